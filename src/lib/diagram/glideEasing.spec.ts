import { describe, expect, it } from 'vitest';
import { glideEase, glideEasingFrom } from './glideEasing';

/** A CSS cubic-bezier() timing function, evaluated the way a browser does. */
function css(fn: string): (x: number) => number {
	const [x1, y1, x2, y2] = /cubic-bezier\(([^)]*)\)/.exec(fn)![1].split(',').map(Number);
	const c = (a: number, b: number, s: number) =>
		3 * (1 - s) ** 2 * s * a + 3 * (1 - s) * s * s * b + s ** 3;
	return (x) => {
		let lo = 0;
		let hi = 1;
		for (let i = 0; i < 50; i++) {
			const mid = (lo + hi) / 2;
			if (c(x1, x2, mid) < x) lo = mid;
			else hi = mid;
		}
		return c(y1, y2, (lo + hi) / 2);
	};
}

describe('glideEase', () => {
	it('leaves at 0, arrives at 1, and only ever moves forward', () => {
		expect(glideEase(0)).toBe(0);
		expect(glideEase(1)).toBe(1);
		for (let x = 0.01; x <= 1; x += 0.01)
			expect(glideEase(x)).toBeGreaterThanOrEqual(glideEase(x - 0.01));
		expect(glideEase(0.5)).toBeCloseTo(0.5, 6);
	});
});

describe('glideEasingFrom', () => {
	it('is the whole curve from the start', () => {
		expect(glideEasingFrom(0)).toBe('cubic-bezier(0.65, 0, 0.35, 1)');
	});

	it.each([0.1, 0.3, 0.5, 0.77, 0.95])(
		'from %s of the way in time, continues exactly where the whole curve goes',
		(x0) => {
			const rest = css(glideEasingFrom(x0));
			const y0 = glideEase(x0);
			for (let u = 0; u <= 1; u += 0.05) {
				const whole = glideEase(x0 + (1 - x0) * u);
				expect(y0 + (1 - y0) * rest(u)).toBeCloseTo(whole, 3);
			}
		}
	);
});
