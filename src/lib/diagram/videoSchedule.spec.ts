import { describe, expect, it } from 'vitest';
import { videoSchedule } from './videoSchedule';

describe('videoSchedule', () => {
	it('gives a frame every speed × 1000 / fps ms of flow, ending on the range end', () => {
		const s = videoSchedule(1000, 3000, 1, 30);
		expect(s.frames).toBe(61);
		expect(s.at(0)).toBe(1000);
		expect(s.at(30)).toBeCloseTo(2000);
		expect(s.at(60)).toBe(3000);
		expect(s.seconds).toBeCloseTo(61 / 30);
	});

	it('halves the frames at twice the speed', () => {
		const one = videoSchedule(0, 9000, 1, 30);
		const two = videoSchedule(0, 9000, 2, 30);
		expect(two.frames - 1).toBe((one.frames - 1) / 2);
		expect(two.at(two.frames - 1)).toBe(9000);
	});

	it('never shows a moment past the end when the range is not a whole number of frames', () => {
		const s = videoSchedule(0, 1010, 1, 30);
		expect(s.frames).toBe(32);
		expect(s.at(s.frames - 1)).toBe(1010);
		expect(s.at(s.frames - 2)).toBeLessThan(1010);
	});

	it('refuses an empty or backward range and a speed or rate that is not positive', () => {
		expect(() => videoSchedule(5, 5, 1, 30)).toThrow(RangeError);
		expect(() => videoSchedule(5, 1, 1, 30)).toThrow(RangeError);
		expect(() => videoSchedule(0, 5, 0, 30)).toThrow(RangeError);
		expect(() => videoSchedule(0, 5, 1, Number.NaN)).toThrow(RangeError);
	});
});
