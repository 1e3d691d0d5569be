import { describe, expect, it } from 'vitest';
import { alignColumns } from './kubectl';
import { humanAge } from './time';

describe('kubectl output helpers', () => {
	it('aligns columns like kubectl (3 spaces after the widest cell)', () => {
		expect(
			alignColumns([
				['NAME', 'READY'],
				['nginx', '0/1']
			])
		).toEqual(['NAME    READY', 'nginx   0/1']);
	});

	it.each([
		[0, '0s'],
		[59, '59s'],
		[119, '119s'],
		[120, '2m'],
		[185, '3m5s'],
		[600, '10m'],
		[3 * 3600, '3h'],
		[3 * 86400, '3d']
	])('age of %is prints %s', (s, out) => expect(humanAge(s)).toBe(out));
});
