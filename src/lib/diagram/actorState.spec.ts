import { describe, expect, it } from 'vitest';
import { STATE_FONT, stateBadge } from './actorState';
import type { Box } from './layout';
import { FONT, estimateTextWidth } from './theme';

const measure = (text: string, size: number) => estimateTextWidth(text, size);
const box = (width: number): Box => ({ x: 100, y: 50, width, height: 30 });

describe('stateBadge', () => {
	it.each([
		// width, word, expected layout
		[88, 'synced', 'two lines'],
		[135, 'syncing', 'two lines'],
		[200, 'watching', 'one line'],
		[200, '동기화 중', 'one line'],
		[88, 'synchronising the rules', 'dot alone'],
		[200, '', 'dot alone']
	])('on a %i-wide box, "%s" goes on %s', (width, word, want) => {
		const b = box(width);
		const badge = stateBadge(b, 'kube-proxy', word, measure);
		const got = !badge.word ? 'dot alone' : badge.oneLine ? 'one line' : 'two lines';
		expect(got).toBe(want);
		// everything inside the box, the name whole and clear of the mark
		const nameW = measure('kube-proxy', FONT.nodeActor);
		const inside = (x: number, y: number) =>
			x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
		expect(inside(badge.name.x - nameW / 2, badge.name.y)).toBe(true);
		expect(inside(badge.name.x + nameW / 2, badge.name.y)).toBe(true);
		expect(inside(badge.dot.cx, badge.dot.cy)).toBe(true);
		if (badge.word) {
			const end = badge.word.x + measure(word, STATE_FONT);
			expect(inside(end, badge.word.y)).toBe(true);
		}
		if (badge.oneLine) {
			expect(badge.dot.cx).toBeGreaterThan(badge.name.x + nameW / 2);
			expect(badge.dot.cy).toBe(badge.name.y);
		} else {
			// the mark on a line of its own below the name, which keeps to the upper half
			expect(badge.name.x).toBe(b.x + b.width / 2);
			expect(badge.dot.cy - badge.name.y).toBeGreaterThanOrEqual((FONT.nodeActor + STATE_FONT) / 2);
		}
	});
});
