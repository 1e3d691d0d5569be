/**
 * Predict, then reveal, on a flow page: reaching a checkpoint's step by playing (Play or Next)
 * stops the player at the rest of the step before and asks; revealing plays the step and leaves a
 * verdict on screen until the next step. A checkpoint asked once is not asked again in that run;
 * a new timeline (another scenario, a what-if) asks again. The flow's checkpoints load the first
 * time they are needed. Call during component init.
 */
import type { Choice, PlacedCheckpoint } from '$lib/flows/kit/checkpoints';
import { placeCheckpoints, type Checkpoint } from '$lib/flows/kit/checkpoints';
import type { Lang } from '$lib/i18n';
import type { FlowSession } from './FlowSession.svelte';
import type { ShowKey } from './presentChannel';

export interface Asking {
	id: string;
	index: number;
	question: Record<Lang, string>;
	choices: Choice[];
}

export interface Verdict {
	/** the step it is about: it goes once another step is on screen */
	index: number;
	/** right, wrong, or null when nothing was chosen */
	right: boolean | null;
	answer: Record<Lang, string>;
	why: Record<Lang, string>;
}

/** A presenter's reveal, as its audience windows hear of it: which checkpoint, and the room's choice. */
export interface Revealed {
	id: string;
	choice: string | null;
}

/**
 * `leads`: this window asks by itself (not an audience window, which shows what its presenter
 * asks and reveals: `follow`).
 */
export function checkpointRun(session: FlowSession, leads: () => boolean = () => true) {
	const player = session.player;
	let defs = $state.raw<Checkpoint[] | null>(null);
	let asking = $state.raw<(Asking & { placed: PlacedCheckpoint }) | null>(null);
	let verdict = $state.raw<Verdict | null>(null);
	let revealed = $state.raw<Revealed | null>(null);
	let followed = $state.raw<{ asking: string | null; revealed: Revealed | null } | null>(null);
	/** the choice made in the dialog so far: a clicker's Next reveals it */
	let choice = $state<string | null>(null);
	// not state: asking again is decided here, nothing on screen follows it
	let asked: string[] = [];

	const active = $derived(session.checkpoints && !!session.ui.checkpoints && leads());
	// loaded once something plays (or an audience window is asked): a page's first load carries
	// only what it shows
	$effect(() => {
		const wanted = (active && player.status === 'playing') || followed;
		if (wanted && !defs && session.ui.checkpoints)
			void session.ui.checkpoints().then((m) => (defs = m.checkpoints));
	});
	const placed = $derived(defs ? placeCheckpoints(player.timeline, defs) : []);
	const question = (p: PlacedCheckpoint) => ({
		id: p.checkpoint.id,
		index: p.index,
		question: p.checkpoint.question,
		choices: p.checkpoint.choices(player.timeline, p.index),
		placed: p
	});
	function verdictOf(p: PlacedCheckpoint, choice: string | null): Verdict {
		const tl = player.timeline;
		const c = p.checkpoint;
		const answer = c.answer(tl, p.index);
		const choices = c.choices(tl, p.index);
		return {
			index: p.index,
			right: choice === null ? null : choice === answer,
			answer: choices.find((x) => x.value === answer)?.label ?? { en: answer, ko: answer },
			why: { en: c.why(tl, p.index, 'en'), ko: c.why(tl, p.index, 'ko') }
		};
	}
	// An audience window: what its presenter asks, and what it revealed. A presenter window that
	// was reloaded hears it once from its audience, takes it over and leads from there: what
	// was asked or revealed is not asked again.
	$effect(() => {
		const f = followed;
		if (!f || !defs) return;
		const find = (id: string | null) => placed.find((p) => p.checkpoint.id === id);
		const ask = find(f.asking);
		if ((asking?.id ?? null) !== (ask?.checkpoint.id ?? null)) {
			asking = ask ? question(ask) : null;
			choice = null;
		}
		const shown = find(f.revealed?.id ?? null);
		// a heartbeat repeats the last reveal: only a new one is news
		if (JSON.stringify(f.revealed) !== JSON.stringify(revealed)) {
			revealed = f.revealed;
			verdict = shown ? verdictOf(shown, f.revealed!.choice) : null;
		}
		if (!leads()) return;
		for (const id of [f.asking, f.revealed?.id]) if (id && !asked.includes(id)) asked.push(id);
		followed = null;
	});
	// a new run asks again
	$effect(() => {
		void player.timeline;
		asked = [];
	});

	$effect(() => {
		const index = player.index;
		// the verdict stays while its step plays and rests (it starts from the step before)
		if (verdict && (index < verdict.index - 1 || index > verdict.index)) verdict = null;
		if (!active || asking || player.status !== 'playing') return;
		const due = placed.find((p) => p.index === index && !asked.includes(p.checkpoint.id));
		if (!due) return;
		asked.push(due.checkpoint.id);
		// back to where the step before rests, before anything of this one shows
		player.send({ type: 'player.seekStep', index: index - 1 });
		asking = question(due);
		choice = null;
	});

	/** the question goes without an answer, to be asked again when its step is played into */
	function withdraw(): void {
		const a = asking;
		if (!a) return;
		asking = null;
		asked = asked.filter((id) => id !== a.id);
	}

	function reveal(chosen: string | null = choice): void {
		const a = asking;
		if (!a) return;
		asking = null;
		verdict = verdictOf(a.placed, chosen);
		revealed = { id: a.id, choice: chosen };
		player.send({ type: 'player.next' });
	}

	return {
		get asking(): Asking | null {
			return asking;
		},
		get verdict() {
			return verdict;
		},
		/** the checkpoint asking now, and the last one revealed: what an audience window shows */
		get askingId(): string | null {
			return asking?.id ?? null;
		},
		get revealed(): Revealed | null {
			return revealed;
		},
		follow(askingId: string | null, last: Revealed | null) {
			followed = { asking: askingId, revealed: last };
		},
		get choice(): string | null {
			return choice;
		},
		set choice(v: string | null) {
			choice = v;
		},
		/** the room's choice (or none): the step plays, and the verdict says why */
		reveal,
		/**
		 * A player key while this window asks: Next (a clicker's PageDown) reveals the choice made;
		 * any other key that moves the player withdraws the question first. True when the key was
		 * taken here; blackout is never.
		 */
		key(key: ShowKey): boolean {
			if (!asking || !leads() || key === 'blackout') return false;
			if (key === 'next') {
				reveal();
				return true;
			}
			withdraw();
			return false;
		},
		/** no prediction this time: the step plays on */
		skip() {
			if (!asking) return;
			asking = null;
			player.send({ type: 'player.next' });
		},
		dismiss() {
			verdict = null;
		}
	};
}
