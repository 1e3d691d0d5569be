import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { defaultPodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import { frameAt, timeAxis } from './frame';
import { loadEngine, Player } from './player.svelte';
import { restOf } from './playerRules';
import { MESSAGE_MS, pictureChanges, phaseCount, workMs } from './timing';

const tl = podCreationTimeline(defaultPodScenario);
const axis = timeAxis(tl);
const changes = pictureChanges(tl.steps);

// the machine loaded: every player here runs it from its first event (see player.engine.svelte.spec.ts)
beforeAll(() => loadEngine());
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => vi.useRealTimers());

/** A key for what a frame draws other than where moving messages are. */
function picture(t: number) {
	const v = frameAt(tl, axis.starts, axis.ends, t);
	return JSON.stringify([
		v.index,
		v.applied,
		v.frame.actors,
		v.frame.pods,
		v.frame.messages.map((m) => [m.id, m.progress >= 1])
	]);
}

describe('pictureChanges', () => {
	it('lists, ascending, every step end, work done and phase of messages leaving', () => {
		expect([...changes].sort((a, b) => a - b)).toEqual(changes);
		expect(new Set(changes).size).toBe(changes.length);
		for (let i = 0; i < tl.steps.length; i++) {
			const s = tl.steps[i];
			expect(changes).toContain(axis.ends[i]);
			expect(changes).toContain(axis.starts[i] + workMs(s));
			for (let k = 1; k < phaseCount(s); k++)
				expect(changes).toContain(axis.starts[i] + k * MESSAGE_MS);
		}
	});

	it('leaves nothing but motion between two changes', () => {
		const points = [0, ...changes];
		for (let i = 0; i + 1 < points.length; i++) {
			const [a, b] = [points[i], points[i + 1]];
			// just after a change and just before the next: the same picture, only packets elsewhere
			expect(picture(a + 1), `between ${a} and ${b}`).toBe(picture(b - 1));
		}
	});
});

describe('Player while playing', () => {
	it('tells the machine the time only at the changes of picture, each exactly', () => {
		const player = new Player(tl, null);
		const seen: number[] = [];
		$effect.root(() => {
			$effect(() => {
				if (seen.at(-1) !== player.t) seen.push(player.t);
			});
		});
		flushSync();
		player.send({ type: 'player.play' });
		for (let ms = 0; ms < axis.total + 1000; ms += 50) {
			vi.advanceTimersByTime(50);
			flushSync();
		}
		expect(player.status).toBe('ended');
		expect(seen).toEqual([0, ...changes]);
		player.destroy();
	});

	it('says how the time moves on until the next change, at the speed', () => {
		const player = new Player(tl, null, 2);
		player.send({ type: 'player.play' });
		expect(player.motion).toEqual({ from: 0, to: changes[0], rate: 2, since: expect.any(Number) });
		vi.advanceTimersByTime(changes[0] / 2);
		expect(player.t).toBe(changes[0]);
		expect(player.motion).toEqual({
			from: changes[0],
			to: changes[1],
			rate: 2,
			since: expect.any(Number)
		});
		player.send({ type: 'player.pause' });
		expect(player.motion).toBeNull();
		player.destroy();
	});

	it('gives the machine the time played before any other event', () => {
		const player = new Player(tl, null);
		player.send({ type: 'player.play' });
		vi.advanceTimersByTime(700);
		player.send({ type: 'player.pause' });
		expect(player.t).toBe(700);
		expect(player.status).toBe('paused');
		// paused, time passing changes nothing
		vi.advanceTimersByTime(5000);
		expect(player.t).toBe(700);
		player.destroy();
	});

	it("plays one step with Next and rests at its end, as the machine's own ticks would", () => {
		const player = new Player(tl, 2);
		player.send({ type: 'player.next' });
		vi.advanceTimersByTime(axis.total);
		expect(player.status).toBe('paused');
		expect(player.t).toBe(restOf(axis.ends, 3));
		player.destroy();
	});

	it('never runs past a change when its timer fires late', () => {
		const player = new Player(tl, null);
		player.send({ type: 'player.play' });
		// a page busy for five seconds: the timer fires once, late
		vi.setSystemTime(Date.now() + 5000);
		vi.advanceTimersToNextTimer();
		expect(player.t).toBe(changes[0]);
		player.destroy();
	});
});

describe('restingFrame', () => {
	it("is each step at rest, its messages arrived: the step's own picture, not the next one's start", () => {
		const player = new Player(tl, 0);
		for (let i = 0; i < tl.steps.length; i++) {
			const frame = player.restingFrame(i);
			const atRest = frameAt(tl, axis.starts, axis.ends, restOf(axis.ends, i));
			expect(atRest.index).toBe(i);
			expect(frame).toEqual(atRest.frame);
			// every message of the step is drawn, and has arrived
			expect(frame.messages).toHaveLength(tl.steps[i].messages.length);
			for (const m of frame.messages) {
				expect(m.id.startsWith(`s${i}-`)).toBe(true);
				expect(m.progress).toBeGreaterThanOrEqual(1);
			}
		}
		player.destroy();
	});
});
