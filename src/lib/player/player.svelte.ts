/**
 * Runes bridge to the player machine. The machine owns time; while it plays, this class tells it
 * the time only where the picture changes other than by motion (a phase of messages leaves or
 * arrives, a step's work is done, a step ends), where the machine stops (a step played by Next,
 * the end), and before any other event. In between, what moves (packets, the playhead) moves
 * at a pace the time alone sets, and the views animate it themselves from `motion`: no script
 * runs per animation frame. Components read `t`, `view`, `status` and `motion` reactively; they
 * change a few times per step.
 * Ticks add up: one tick of a+b lands where a tick of a then one of b would, stops included.
 *
 * The machine (XState) is not part of the page's first load: until it has loaded, the player
 * rests where it was put, computed by the same rules (playerRules.ts). The first event loads it
 * (or `warm()` does, when a person reaches for the controls); events sent meanwhile are kept and
 * given to it in order once it runs.
 */
import type { Timeline } from '$lib/flows/types';
import { frameAt, timeAxis, type PlayerView } from './frame';
import type { Frame } from './frameTypes';
import type { PlayerActor } from './playerMachine';
import {
	initialContext,
	restOf,
	stepAt,
	total,
	type PlayerContext,
	type PlayerEvent
} from './playerRules';
import { pictureChanges } from './timing';

export type PlayerStatus = 'paused' | 'playing' | 'ended';

type Engine = typeof import('./playerMachine');
let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;
/**
 * Loads the player machine once for the page; later players start with it at once. Evaluating
 * the module (XState) and starting a machine are each a few dozen ms on a slow laptop: a task
 * boundary between them keeps a first press from being one long task.
 */
export function loadEngine(): Promise<Engine> {
	return (loading ??= import('./playerMachine').then(
		(m) => new Promise<Engine>((resolve) => setTimeout(() => resolve((engine = m))))
	));
}

/** What the views read of the machine: its state and context. */
interface Snapshot {
	value: PlayerStatus;
	context: PlayerContext;
}

/** A player at rest before its machine runs: paused, or ended at the very end (as the machine's `always` would). */
const resting = (context: PlayerContext): Snapshot => ({
	value: context.t >= total(context) ? 'ended' : 'paused',
	context
});

/**
 * While playing: the time moves from `from` towards `to`, `rate` ms of flow per ms, having left
 * `from` at `since` (on the clock of `performance.now()` and `document.timeline`).
 */
export interface Motion {
	from: number;
	to: number;
	rate: number;
	since: number;
}

interface Axis {
	starts: number[];
	ends: number[];
	settles: number[];
	total: number;
	/** where the machine is told the time, besides its own stops */
	changes: number[];
}

function axisOf(timeline: Timeline): Axis {
	return { ...timeAxis(timeline), changes: pictureChanges(timeline.steps) };
}

/** The first change strictly after t (Infinity past the last). */
function nextChange(changes: number[], t: number): number {
	let lo = 0;
	let hi = changes.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (changes[mid] <= t) lo = mid + 1;
		else hi = mid;
	}
	return changes[lo] ?? Infinity;
}

/** Where the machine must next hear the time: the next change of picture, its stop or the end. */
function limitOf(c: PlayerContext, axis: Axis): number {
	return Math.min(nextChange(axis.changes, c.t), c.stopAt ?? Infinity, axis.total);
}

export class Player {
	#actor: PlayerActor | null = null;
	/** events sent before the machine ran, for it in order */
	#queued: PlayerEvent[] = [];
	#destroyed = false;
	#snapshot = $state.raw<Snapshot>(undefined!);
	#timeline = $state.raw<Timeline>(undefined!);
	#axis = $state.raw<Axis>(undefined!);
	/** while playing: the timer to the next limit, when it was set, and the wall time it covers */
	#leg: { timer: ReturnType<typeof setTimeout>; since: number; ms: number } | null = null;

	constructor(timeline: Timeline, index: number | null, speed = 1) {
		this.#timeline = timeline;
		this.#axis = axisOf(timeline);
		this.#snapshot = resting(
			initialContext({ ends: this.#axis.ends, settles: this.#axis.settles, index, speed })
		);
		if (engine) this.#run(engine);
	}

	/** Fetches the machine ahead of the first event (a person reaching for the controls). */
	warm(): void {
		void loadEngine();
	}

	/** Starts the machine where the player rests, and gives it what was sent meanwhile. */
	#run(m: Engine): void {
		if (this.#actor || this.#destroyed) return;
		const c = this.#snapshot.context;
		const actor = m.startPlayer({ ...c, index: null });
		this.#actor = actor;
		this.#snapshot = actor.getSnapshot() as Snapshot;
		actor.subscribe((s) => {
			this.#snapshot = s as Snapshot;
			this.#sync(s as Snapshot);
		});
		const queued = this.#queued;
		this.#queued = [];
		for (const event of queued) actor.send(event);
	}

	get status(): PlayerStatus {
		return this.#snapshot.value as PlayerStatus;
	}
	/** the time the machine holds: while playing it is behind the picture's motion (see `motion`) */
	get t(): number {
		return this.#snapshot.context.t;
	}
	get speed(): number {
		return this.#snapshot.context.speed;
	}
	/** "pause at each step" is on */
	get stepwise(): boolean {
		return this.#snapshot.context.stepwise;
	}
	get total(): number {
		return this.#axis.total;
	}
	get starts(): number[] {
		return this.#axis.starts;
	}
	get ends(): number[] {
		return this.#axis.ends;
	}
	get timeline(): Timeline {
		return this.#timeline;
	}
	get index(): number {
		return stepAt(this.#axis.ends, this.t);
	}
	/** the view at `t`; while playing, `motion` says how its messages move on from there */
	get view(): PlayerView {
		return this.viewAt(this.t);
	}
	/** The view at any time of the flow, whatever the player is doing (a video's frames). */
	viewAt(t: number): PlayerView {
		return frameAt(this.#timeline, this.#axis.starts, this.#axis.ends, t);
	}
	/** Step `index` as it rests once done (a presenter's preview of what comes next). */
	restingFrame(index: number): Frame {
		// its end would read as the start of the step after it
		return this.viewAt(restOf(this.#axis.ends, index)).frame;
	}
	/** While playing, how the time moves on from `t` until the machine next hears it; else null. */
	get motion(): Motion | null {
		if (this.status !== 'playing' || !this.#leg) return null;
		const c = this.#snapshot.context;
		return { from: c.t, to: limitOf(c, this.#axis), rate: c.speed, since: this.#leg.since };
	}

	send(event: PlayerEvent): void {
		if (!this.#actor) {
			// the first event waiting starts the machine; it takes the later ones with it
			if (this.#queued.push(event) === 1) void loadEngine().then((m) => this.#run(m));
			return;
		}
		this.#flush();
		this.#actor.send(event);
	}

	/** Swaps in another timeline (a new scenario): rests on step `index`, or null for its very start. */
	load(timeline: Timeline, index: number | null): void {
		this.#stopLeg();
		this.#timeline = timeline;
		this.#axis = axisOf(timeline);
		const { ends, settles } = this.#axis;
		// nothing waiting for the machine: rest on the new timeline at once, as the machine would
		if (!this.#actor && !this.#queued.length) {
			const { speed, stepwise } = this.#snapshot.context;
			this.#snapshot = resting(initialContext({ ends, settles, index, speed, stepwise }));
		} else this.send({ type: 'player.load', ends, settles, index });
	}

	/** Tells the machine the time played since it last heard it (never past the leg's limit). */
	#flush(whole = false): void {
		const leg = this.#leg;
		if (!leg) return;
		this.#stopLeg();
		const dt = whole ? leg.ms : Math.min(leg.ms, performance.now() - leg.since);
		if (dt > 0) this.#actor?.send({ type: 'player.tick', dt });
	}

	#stopLeg(): void {
		if (this.#leg) clearTimeout(this.#leg.timer);
		this.#leg = null;
	}

	/** Every new snapshot: while playing, a timer to the next point the machine must hear. */
	#sync(s: Snapshot): void {
		this.#stopLeg();
		if (s.value !== 'playing' || typeof window === 'undefined') return;
		const c = s.context;
		const ms = Math.max(0, (limitOf(c, this.#axis) - c.t) / c.speed);
		// A timer that fires late (a busy or backgrounded page) tells the machine the leg's time,
		// not more: the flow never skips a change of picture.
		this.#leg = {
			since: performance.now(),
			ms,
			timer: setTimeout(() => this.#flush(true), ms)
		};
	}

	destroy(): void {
		this.#destroyed = true;
		this.#stopLeg();
		this.#actor?.stop();
	}
}
