import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { playerMachine } from './playerMachine';
import { restOf, stepAt } from './playerRules';

// Three steps ending at 1000, 2500 and 4000 ms.
const ends = [1000, 2500, 4000];

function start(index: number | null = 0) {
	return createActor(playerMachine, { input: { ends, index } }).start();
}
const state = (a: ReturnType<typeof start>) => ({
	value: a.getSnapshot().value,
	t: a.getSnapshot().context.t,
	step: stepAt(ends, a.getSnapshot().context.t)
});

describe('stepAt / restOf', () => {
	it.each([
		[0, 0],
		[999, 0],
		[1000, 1],
		[3999, 2],
		[4000, 2]
	])('t=%i is step %i', (t, i) => expect(stepAt(ends, t)).toBe(i));

	it('rests each step inside it, the last at the very end', () => {
		expect(ends.map((_, i) => stepAt(ends, restOf(ends, i)))).toEqual([0, 1, 2]);
		expect(restOf(ends, 2)).toBe(4000);
	});
});

describe('player machine', () => {
	it('opens paused, resting on the requested step', () => {
		expect(state(start(1))).toEqual({ value: 'paused', t: 2499, step: 1 });
	});

	it('plays by ticks scaled by speed, and ends at the end', () => {
		const a = start(0);
		a.send({ type: 'player.restart' });
		a.send({ type: 'player.play' });
		a.send({ type: 'player.tick', dt: 500 });
		expect(state(a)).toMatchObject({ value: 'playing', t: 500 });
		a.send({ type: 'player.speed', speed: 4 });
		a.send({ type: 'player.tick', dt: 500 });
		expect(state(a).t).toBe(2500);
		a.send({ type: 'player.tick', dt: 1000 });
		expect(state(a)).toMatchObject({ value: 'ended', t: 4000 });
	});

	it('pause stops ticks from moving time', () => {
		const a = start(0);
		a.send({ type: 'player.play' });
		a.send({ type: 'player.pause' });
		a.send({ type: 'player.tick', dt: 500 });
		expect(state(a)).toMatchObject({ value: 'paused', t: 999 });
	});

	it('next plays the step after the one on screen and rests at its end', () => {
		const a = start(0);
		a.send({ type: 'player.next' });
		expect(state(a)).toMatchObject({ value: 'playing', t: 1000, step: 1 });
		a.send({ type: 'player.tick', dt: 5000 });
		expect(state(a)).toEqual({ value: 'paused', t: 2499, step: 1 });
	});

	it('next from the very start moves the counter: it plays the second step', () => {
		const a = start(null);
		expect(state(a).step).toBe(0);
		a.send({ type: 'player.next' });
		expect(state(a)).toMatchObject({ value: 'playing', t: 1000, step: 1 });
	});

	it('next pressed again mid-animation skips to the following step', () => {
		const a = start(0);
		a.send({ type: 'player.next' });
		a.send({ type: 'player.tick', dt: 100 });
		a.send({ type: 'player.next' });
		expect(state(a)).toMatchObject({ value: 'playing', t: 2500, step: 2 });
	});

	it('with "pause at each step", play plays the step on screen and rests at its end', () => {
		const a = start(null);
		a.send({ type: 'player.stepwise', on: true });
		a.send({ type: 'player.play' });
		a.send({ type: 'player.tick', dt: 5000 });
		expect(state(a)).toEqual({ value: 'paused', t: 999, step: 0 });
		a.send({ type: 'player.toggle' });
		a.send({ type: 'player.tick', dt: 5000 });
		expect(state(a)).toEqual({ value: 'paused', t: 2499, step: 1 });
		// switched off, play runs on through the steps
		a.send({ type: 'player.stepwise', on: false });
		a.send({ type: 'player.play' });
		a.send({ type: 'player.tick', dt: 5000 });
		expect(state(a).value).toBe('ended');
	});

	it("next and step by step rest where the picture is complete; the time to read is the person's", () => {
		// steps settle 600 ms after they begin; the rest of each is narration to read
		const a = createActor(playerMachine, {
			input: { ends, settles: [600, 1600, 3100], index: null }
		}).start();
		a.send({ type: 'player.next' });
		a.send({ type: 'player.tick', dt: 5000 });
		expect(state(a)).toEqual({ value: 'paused', t: 1600, step: 1 });
		a.send({ type: 'player.stepwise', on: true });
		a.send({ type: 'player.play' });
		a.send({ type: 'player.tick', dt: 5000 });
		expect(state(a)).toEqual({ value: 'paused', t: 3100, step: 2 });
		// the last step, settled: play runs on to the end
		a.send({ type: 'player.play' });
		a.send({ type: 'player.tick', dt: 5000 });
		expect(state(a)).toEqual({ value: 'ended', t: 4000, step: 2 });
	});

	it('"pause at each step" switched on while playing stops at the end of this step', () => {
		const a = start(null);
		a.send({ type: 'player.play' });
		a.send({ type: 'player.tick', dt: 1200 });
		a.send({ type: 'player.stepwise', on: true });
		a.send({ type: 'player.tick', dt: 5000 });
		expect(state(a)).toEqual({ value: 'paused', t: 2499, step: 1 });
	});

	it('previous goes back to the rest of the step before, from rest or mid-step', () => {
		const a = start(2);
		expect(state(a).value).toBe('ended');
		a.send({ type: 'player.previous' });
		expect(state(a)).toEqual({ value: 'paused', t: 2499, step: 1 });
		a.send({ type: 'player.seek', t: 1200 });
		a.send({ type: 'player.previous' });
		expect(state(a)).toEqual({ value: 'paused', t: 999, step: 0 });
		a.send({ type: 'player.previous' });
		expect(state(a)).toEqual({ value: 'paused', t: 0, step: 0 });
	});

	it('seek clamps into the timeline and pauses', () => {
		const a = start(0);
		a.send({ type: 'player.play' });
		a.send({ type: 'player.seek', t: -50 });
		expect(state(a)).toMatchObject({ value: 'paused', t: 0 });
		a.send({ type: 'player.seekStep', index: 99 });
		expect(state(a)).toMatchObject({ value: 'ended', t: 4000 });
	});

	it('play after the end replays from the start', () => {
		const a = start(2);
		a.send({ type: 'player.play' });
		expect(state(a)).toMatchObject({ value: 'playing', t: 0 });
	});

	it.each([
		[{ type: 'player.faster' as const }, 1.5],
		[{ type: 'player.slower' as const }, 0.75],
		[{ type: 'player.speed' as const, speed: 10 }, 4],
		[{ type: 'player.speed' as const, speed: 0.1 }, 0.25]
	])('speed control %j gives %f', (event, speed) => {
		const a = start(0);
		a.send(event);
		expect(a.getSnapshot().context.speed).toBe(speed);
	});

	it('speed stays within 0.25× and 4×', () => {
		const a = start(0);
		for (let i = 0; i < 20; i++) a.send({ type: 'player.faster' });
		expect(a.getSnapshot().context.speed).toBe(4);
		for (let i = 0; i < 20; i++) a.send({ type: 'player.slower' });
		expect(a.getSnapshot().context.speed).toBe(0.25);
	});
});
