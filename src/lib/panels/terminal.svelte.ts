/**
 * The terminal tab's state: the commands answered so far, the last one (which follows the step on
 * screen, and is the link's `cmd=` when the page keeps it), history recall and Tab completion.
 */
import { untrack } from 'svelte';
import type { Timeline } from '$lib/flows/types';
import type { PlayerView } from '$lib/player/frame';
import {
	complete,
	runLine,
	watchSince,
	type Answer,
	type Chunk,
	type EtcdSession,
	type UserWrite,
	type WatchPrint
} from '$lib/sim/cli/shell';

interface Entry {
	line: string;
	/** the step whose cluster it answered (its number on screen is this + 1) */
	step: number;
	chunks: Chunk[];
}

/** What the terminal keeps while its tab is hidden (the tabs show one panel at a time). */
export class TerminalData {
	/** the commands answered before the last one, each as it stood when the next was run */
	done = $state<Entry[]>([]);
	history = $state<string[]>([]);
	/** the last command, when the page does not keep it */
	own = $state<string | null>(null);
	/** where the last command began, in which timeline: a watch prints every write after it */
	// raw: the timeline is compared by identity, which a deep proxy would not keep
	started = $state.raw<{ line: string; from: number; timeline: Timeline } | null>(null);
	/**
	 * what etcdctl put, del and snapshot save wrote, each with the step it was typed at: from that
	 * step on, applied after the step's own writes; a new timeline (another scenario) starts clean
	 */
	writes = $state.raw<{ write: UserWrite; at: number }[]>([]);
	writesFor: Timeline | null = null;
}

interface Inputs {
	view: PlayerView;
	timeline: Timeline;
	/** the page's last command (the link's `cmd=`), when the page keeps it */
	command?: string | null;
	oncommand?: (line: string | null) => void;
}

export class Terminal {
	input = $state('');
	/** the completions Tab found, when more than one fits */
	options = $state<string[]>([]);
	#recall = -1;
	#listedFor: string | null = null;
	#in: () => Inputs;
	#data: TerminalData;
	/** what a watch printed at each step, kept while its line, start and timeline stay */
	#prints: WatchPrint[][] = [];
	#printsFor: { line: string; from: number; timeline: Timeline } | null = null;

	constructor(inputs: () => Inputs, data: TerminalData) {
		this.#in = inputs;
		this.#data = data;
		// a command from the link begins where the flow stands when it arrives
		$effect.pre(() => {
			const line = this.current;
			const { timeline } = this.#in();
			const started = untrack(() => this.#data.started);
			if (line !== null && (started?.line !== line || started.timeline !== timeline))
				this.#data.started = { line, from: untrack(() => this.position), timeline };
		});
	}

	get done(): Entry[] {
		return this.#data.done;
	}

	get current(): string | null {
		const i = this.#in();
		return i.oncommand ? (i.command ?? null) : this.#data.own;
	}

	/** the cluster on screen: -1 before the first step's work, i once step i's is done */
	get position(): number {
		const v = this.#in().view;
		return v.applied ? v.index : v.index - 1;
	}

	/**
	 * The last command's answer at the step on screen. A watch prints the list where it began, then
	 * each write since; stepped back before its start, it begins there; a watch that could not
	 * begin (its object not there yet) is its error, as kubectl ends it.
	 */
	live = $derived.by((): Answer | null => {
		const line = this.current;
		if (line === null) return null;
		const { view, timeline } = this.#in();
		const position = this.position;
		const answer = runLine(line, view.state, this.#session(position));
		// a link only reads: a write in one would change etcd each time the page opened
		if (answer.writes) return { chunks: [{ note: 'linkWrite' }] };
		const started = this.#data.started;
		const begun = started?.line === line && started.timeline === timeline ? started.from : position;
		const from = Math.min(begun, position);
		const start =
			from === position
				? answer
				: runLine(
						line,
						from < 0 ? timeline.initial : timeline.steps[from].snapshot,
						this.#session(from)
					);
		if (!start.watch) return answer.watch ? start : answer;
		return { chunks: [...start.chunks, ...this.#watched(start, line, from, position, timeline)] };
	});

	/** etcd's history up to step `at` (-1: before the first), and the learner's writes */
	#session(at: number): EtcdSession {
		const { timeline } = this.#in();
		const typed = this.#data.writesFor === timeline ? this.#data.writes : [];
		return {
			past: {
				initial: timeline.initial.etcd,
				logs: timeline.steps.slice(0, at + 1).map((s) => s.snapshot.etcd.log)
			},
			writes: typed.filter((w) => w.at <= at).map((w) => w.write)
		};
	}

	/** a watch's prints from `from` to `to`, each step's worked out once */
	#watched(start: Answer, line: string, from: number, to: number, timeline: Timeline): Chunk[] {
		const kept = this.#printsFor;
		if (!kept || kept.line !== line || kept.from !== from || kept.timeline !== timeline) {
			this.#prints = [];
			this.#printsFor = { line, from, timeline };
		}
		return watchSince(start.watch!, timeline.steps, timeline.initial, from, to, this.#prints);
	}

	get history(): string[] {
		return this.#data.history;
	}

	run(line: string): void {
		const { view, timeline, oncommand } = this.#in();
		const data = this.#data;
		this.#seedHistory();
		const last = this.current;
		if (last !== null && this.live)
			data.done.push({ line: last, step: view.index, chunks: this.live.chunks });
		if (line.trim()) data.history.push(line);
		this.#recall = -1;
		this.input = '';
		this.options = [];
		const answer = runLine(line, view.state, this.#session(this.position));
		if (answer.clear) data.done = [];
		// a write is done once: its answer stays as it was, and the line does not follow the step
		if (answer.writes) {
			const kept = data.writesFor === timeline ? data.writes : [];
			const at = this.position;
			data.writes = [...kept, ...answer.writes.map((write) => ({ write, at }))];
			data.writesFor = timeline;
			data.done.push({ line, step: view.index, chunks: answer.chunks });
		}
		if (answer.history)
			data.done.push({
				line,
				step: view.index,
				chunks: [{ stream: 'out', text: numbered(data.history) }]
			});
		const next = answer.clear || answer.history || answer.writes || !line.trim() ? null : line;
		data.started = next === null ? null : { line: next, from: this.position, timeline };
		if (oncommand) oncommand(next);
		else data.own = next;
	}

	/** ↑/↓: the command before or after; true when the key was used */
	recall(up: boolean): boolean {
		this.#seedHistory();
		const h = this.#data.history;
		// ↓ on a line not recalled keeps what is typed, as bash does
		if (!h.length || (!up && this.#recall < 0)) return false;
		const at = Math.min(
			h.length,
			Math.max(0, (this.#recall < 0 ? h.length : this.#recall) + (up ? -1 : 1))
		);
		this.#recall = at === h.length ? -1 : at;
		this.input = h[at] ?? '';
		return true;
	}

	/** Tab: completes the word, or lists what fits; false when Tab should move the focus on instead */
	complete(): boolean {
		if (!this.input.trim()) return false;
		const { line, options } = complete(this.input, this.#in().view.state);
		// the same list a second time: the person wants to move on
		if (line === this.input && (!options.length || this.#listedFor === line)) return false;
		this.input = line;
		this.options = options;
		this.#listedFor = options.length ? line : null;
		return true;
	}

	/** the line was edited: the list of completions no longer applies */
	typed(): void {
		this.options = [];
		this.#listedFor = null;
	}

	/** the link's command counts as the first one typed */
	#seedHistory(): void {
		const link = this.current;
		if (!this.#data.history.length && link !== null) this.#data.history.push(link);
	}
}

const numbered = (lines: string[]) =>
	lines.map((l, i) => `${String(i + 1).padStart(5)}  ${l}`).join('\n');
