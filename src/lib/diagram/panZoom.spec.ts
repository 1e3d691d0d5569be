import { describe, expect, it } from 'vitest';
import { startsGesture } from './zoomLimits';

describe('startsGesture', () => {
	it.each([
		[{ type: 'wheel' }, false],
		[{ type: 'wheel', ctrlKey: true }, true],
		[{ type: 'wheel', metaKey: true }, true],
		[{ type: 'mousedown', button: 0 }, true],
		[{ type: 'mousedown', button: 2 }, false],
		[{ type: 'mousedown', button: 0, ctrlKey: true }, false],
		[{ type: 'dblclick', button: 0 }, true],
		[{ type: 'touchstart' }, true]
	])('%j → %s', (e, starts) => expect(startsGesture(e)).toBe(starts));
});
