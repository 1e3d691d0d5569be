/**
 * Runes bridge to the player machine: the actor's snapshot lives in `$state.raw`, and one
 * requestAnimationFrame loop advances time while the machine is playing. Components read
 * `player.view` and send events; they never touch the timeline or the machine's context.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import type { Timeline } from '$lib/flows/types';
import { frameAt, timeAxis, type PlayerView } from './frame';
import { playerMachine, stepAt, type PlayerEvent } from './playerMachine';

export type PlayerStatus = 'paused' | 'playing' | 'ended';

export class Player {
	#actor;
	#snapshot = $state.raw<SnapshotFrom<typeof playerMachine>>(undefined!);
	#timeline = $state.raw<Timeline>(undefined!);
	#axis = $state.raw<{ starts: number[]; ends: number[]; total: number }>(undefined!);
	#raf = 0;
	#last = 0;

	constructor(timeline: Timeline, index: number | null, speed = 1) {
		this.#timeline = timeline;
		this.#axis = timeAxis(timeline);
		this.#actor = createActor(playerMachine, {
			input: { ends: this.#axis.ends, index, speed }
		});
		this.#actor.subscribe((s) => {
			this.#snapshot = s;
			this.#sync();
		});
		this.#actor.start();
	}

	get status(): PlayerStatus {
		return this.#snapshot.value as PlayerStatus;
	}
	get t(): number {
		return this.#snapshot.context.t;
	}
	get speed(): number {
		return this.#snapshot.context.speed;
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
	get view(): PlayerView {
		return frameAt(this.#timeline, this.#axis.starts, this.#axis.ends, this.t);
	}

	send(event: PlayerEvent): void {
		this.#actor.send(event);
	}

	/** Swaps in another timeline (a new scenario): rests on step `index`, or null for its very start. */
	load(timeline: Timeline, index: number | null): void {
		this.#timeline = timeline;
		this.#axis = timeAxis(timeline);
		this.#actor.send({ type: 'player.load', ends: this.#axis.ends, index });
	}

	/** Starts or stops the animation loop to match the machine's state; #frame keeps it going. */
	#sync(): void {
		if (typeof requestAnimationFrame === 'undefined') return;
		const playing = this.#snapshot.value === 'playing';
		if (playing && !this.#raf) {
			this.#last = performance.now();
			this.#raf = requestAnimationFrame(this.#frame);
		} else if (!playing && this.#raf) {
			cancelAnimationFrame(this.#raf);
			this.#raf = 0;
		}
	}

	#frame = (now: number) => {
		// Cap dt so a backgrounded tab does not jump several steps when it returns.
		const dt = Math.min(100, Math.max(0, now - this.#last));
		this.#last = now;
		// Re-arm before sending, so #sync (run by the subscriber) sees the loop as running.
		this.#raf = requestAnimationFrame(this.#frame);
		this.#actor.send({ type: 'player.tick', dt });
	};

	destroy(): void {
		if (this.#raf) cancelAnimationFrame(this.#raf);
		this.#raf = 0;
		this.#actor.stop();
	}
}
