/**
 * A flow page's part in a presentation: which window it is (presenter, audience, or neither), the
 * audience's blackout, the link to an audience window, and the channel to the other windows,
 * whose code loads only in a window of a presentation. Call during component init.
 */
import { resolve } from '$app/paths';
import { newId } from '$lib/ui/newId';
import type { FlowSession } from './FlowSession.svelte';
import { runShowKey } from './keyboard';
import type { ShowKey } from './presentChannel';
import type { PresentLink, Show } from './presentSync.svelte';
import type { checkpointRun } from './checkpointRun.svelte';

type Checks = ReturnType<typeof checkpointRun>;

export function presentation(session: FlowSession, checks: Checks) {
	let blackout = $state(false);
	let link = $state.raw<PresentLink | null>(null);
	// Present again after Stop presenting: the same room, so the audience window already on the
	// projector (opened under the room's name) is found again, not a second one opened
	let lastRoom: string | null = null;
	const show: Show = {
		get blackout() {
			return blackout;
		},
		set blackout(v: boolean) {
			blackout = v;
		},
		get asking() {
			return checks.askingId;
		},
		get revealed() {
			return checks.revealed;
		},
		follow: (asking, revealed) => checks.follow(asking, revealed)
	};
	const view = $derived(session.present?.view ?? null);
	const lastIndex = () => session.player.timeline.steps.length - 1;
	const toggleBlackout = () => (blackout = !blackout);
	// a key an audience window handed over: a question asking here takes it first (Next reveals)
	const run = (key: ShowKey) =>
		checks.key(key) ||
		runShowKey(key, session.player, { lastIndex: lastIndex(), blackout: toggleBlackout });

	$effect(() => {
		const present = session.present;
		if (!present) return;
		let made: PresentLink | undefined;
		let gone = false;
		void import('./presentSync.svelte').then(({ linkWindows }) => {
			if (gone) return;
			link = made = linkWindows(session, show, run, newId());
		});
		return () => {
			gone = true;
			made?.destroy();
			link = null;
			blackout = false;
		};
	});

	/** the link that opens an audience window of this presentation, at the step on screen */
	const audienceHref = $derived.by(() => {
		const room = session.present?.room;
		if (!room) return '';
		const search = session.linkSearch({ present: { view: 'audience', room } });
		return resolve('/flows/[id]', { id: session.ui.flow.id }) + search;
	});

	// inside the click that asks for it, or the browser blocks the window
	function openAudience() {
		if (audienceHref) window.open(audienceHref, `kubestep-audience-${session.present?.room}`);
	}

	return {
		get view() {
			return view;
		},
		get blackout() {
			return blackout;
		},
		/** an audience window that hears its presenter */
		get following() {
			return link?.presenterHeard ?? false;
		},
		get audienceHref() {
			return audienceHref;
		},
		/** this window becomes the presenter's (a new room unless it has one) and opens the audience's */
		start() {
			const room = session.present?.room ?? lastRoom ?? newId();
			lastRoom = room;
			session.present = { view: 'presenter', room };
			openAudience();
		},
		openAudience,
		stop() {
			session.present = null;
		},
		/** the keyboard's hooks: black out in a presentation, an audience's keys to its presenter */
		keys: {
			get blackout() {
				return view ? toggleBlackout : undefined;
			},
			forward: (key: ShowKey) => (view === 'audience' ? (link?.forward(key) ?? false) : false)
		}
	};
}
