import { describe, expect, it } from 'vitest';
import { pressTime, SNAP_PX, stepOf } from './scrub';

// Four steps over 4 s on an 800 px track: 5 ms per pixel, ticks at 0, 200, 400 and 600 px.
const starts = [0, 1000, 2000, 3000];
const total = 4000;
const width = 800;
const at = (px: number) => pressTime(px / width, width, total, starts);

describe('pressTime', () => {
	it('lands on the start of a step when pressed on its tick or within SNAP_PX of it', () => {
		expect(at(200)).toBe(1000);
		expect(at(200 + SNAP_PX)).toBe(1000);
		expect(at(200 - SNAP_PX)).toBe(1000);
		expect(at(401)).toBe(2000);
	});

	it('seeks to the pressed time away from the ticks', () => {
		expect(at(200 + SNAP_PX + 1)).toBe(1035);
		expect(at(300)).toBe(1500);
		expect(at(790)).toBe(3950);
	});

	it('takes the nearer tick when two are within reach', () => {
		const close = [0, 1000, 1010];
		expect(pressTime(201 / width, width, total, close)).toBe(1000);
		expect(pressTime(202 / width, width, total, close)).toBe(1010);
	});

	it('keeps presses outside the track inside the flow', () => {
		expect(at(-50)).toBe(0);
		expect(at(900)).toBe(total);
		expect(pressTime(NaN, width, total, starts)).toBe(0);
	});

	it('does not snap on a track with no width', () => {
		expect(pressTime(0.26, 0, total, starts)).toBe(1040);
	});
});

describe('stepOf', () => {
	it('is the last step started at a time', () => {
		expect(stepOf(starts, 0)).toBe(0);
		expect(stepOf(starts, 999)).toBe(0);
		expect(stepOf(starts, 1000)).toBe(1);
		expect(stepOf(starts, 99999)).toBe(3);
	});
});
