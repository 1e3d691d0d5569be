import { describe, expect, it } from 'vitest';
import { contrast } from './contrast';
import { COLOR, KIND_COLOR, PHASE_STYLE, TERMINATING_STYLE } from './theme';

// axe cannot measure text drawn in SVG (it reports it as "needs review"), so the diagram's text
// colours are held to WCAG AA (4.5:1) here, against every fill they are drawn on.
describe('diagram text contrast (WCAG AA, 4.5:1)', () => {
	it('knows the ratio of black on white and of a colour on itself', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
		expect(contrast('#1d4ed8', '#1d4ed8')).toBe(1);
	});

	// message labels sit on a white pill over the frame's fill
	it.each(Object.entries(KIND_COLOR))('%s message labels', (_kind, color) => {
		for (const bg of ['#ffffff', COLOR.frameFill]) expect(contrast(color, bg)).toBeGreaterThan(4.5);
	});

	it.each([...Object.entries(PHASE_STYLE), ['Terminating', TERMINATING_STYLE] as const])(
		'%s pod chips',
		(_phase, style) => {
			expect(contrast(style.text, style.fill)).toBeGreaterThan(4.5);
		}
	);

	it.each([
		['names', COLOR.ink],
		['captions and titles', COLOR.muted],
		['an active actor’s icon', COLOR.activeStroke]
	])('actor %s', (_what, color) => {
		for (const bg of [COLOR.actorFill, COLOR.activeFill, COLOR.frameFill])
			expect(contrast(color, bg)).toBeGreaterThan(4.5);
	});

	it('a NotReady node’s title on its frame', () => {
		expect(contrast(COLOR.downStroke, COLOR.downFill)).toBeGreaterThan(4.5);
	});
});
