import { describe, expect, it } from 'vitest';
import { chapterRuns } from './chapters';

const c = (key: string) => ({ key, label: key.toUpperCase(), title: `chapter ${key}` });

describe('chapterRuns', () => {
	it('joins steps in a row with one key, and starts again where the key changes', () => {
		expect(chapterRuns(['a', 'a', 'b', 'c', 'c', 'c'].map(c))).toEqual([
			{ key: 'a', label: 'A', title: 'chapter a', start: 0, end: 2 },
			{ key: 'b', label: 'B', title: 'chapter b', start: 2, end: 3 },
			{ key: 'c', label: 'C', title: 'chapter c', start: 3, end: 6 }
		]);
	});

	it('keeps a key that comes back as a chapter of its own', () => {
		expect(chapterRuns(['a', 'b', 'a'].map(c)).map((r) => [r.key, r.start, r.end])).toEqual([
			['a', 0, 1],
			['b', 1, 2],
			['a', 2, 3]
		]);
	});

	it('has no chapter without steps', () => expect(chapterRuns([])).toEqual([]));
});
