import { describe, expect, it } from 'vitest';
import { shareParts } from './share';

describe('shareParts', () => {
	const prev = { a: { x: 1, list: [1, 2] }, b: { y: 'two' }, c: [{ z: 3 }, { z: 4 }] };

	it('takes every unchanged part from the snapshot before, and keeps what changed its own', () => {
		const next = structuredClone(prev);
		next.b.y = 'changed';
		next.c[1].z = 5;
		const b = next.b;
		const out = shareParts(next, prev);
		expect(out).toBe(next);
		expect(out.a).toBe(prev.a);
		expect(out.b).toBe(b);
		expect(out.c[0]).toBe(prev.c[0]);
		expect(out.c[1]).not.toBe(prev.c[1]);
		expect(out).toEqual({
			a: { x: 1, list: [1, 2] },
			b: { y: 'changed' },
			c: [{ z: 3 }, { z: 5 }]
		});
		// the snapshot before is left as it was
		expect(prev).toEqual({ a: { x: 1, list: [1, 2] }, b: { y: 'two' }, c: [{ z: 3 }, { z: 4 }] });
	});

	it('tells added, removed and retyped parts apart', () => {
		const next = { a: { x: 1, list: [1, 2, 3] }, b: null, c: { 0: { z: 3 } } } as unknown;
		const out = shareParts(next, prev) as typeof prev & { c: object };
		expect(out.a).not.toBe(prev.a);
		expect(out.a.list).not.toBe(prev.a.list);
		expect(out.b).toBeNull();
		expect(Array.isArray(out.c)).toBe(false);
	});
});
