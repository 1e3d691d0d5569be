import { describe, expect, it } from 'vitest';
import { tabwrite } from './tabwriter';

describe('Go’s text/tabwriter', () => {
	it('aligns a column over a block of consecutive lines that have it, padding past the widest', () => {
		expect(tabwrite('a\tb\tc\naaa\tbbbb\tc\nx', 2)).toBe('a    b     c\naaa  bbbb  c\nx');
	});

	it('a line without a tab-terminated cell ends the block: the next block aligns on its own', () => {
		expect(tabwrite('Name:\tnginx\nService Account:\tdefault\nIPs:\n  IP:\t10.0.0.1', 2)).toBe(
			'Name:             nginx\nService Account:  default\nIPs:\n  IP:  10.0.0.1'
		);
	});

	it('an inner column’s block can be shorter than the outer one’s', () => {
		expect(tabwrite('a\tb\tc\naa\tb\nx\ty\tz', 1)).toBe('a  b c\naa b\nx  y z');
	});

	it('pads to minWidth, and leaves the last cell as it is, trailing spaces too', () => {
		expect(tabwrite('NAME\tAGE\nab\t3s ', 3, 6)).toBe('NAME   AGE\nab     3s ');
		expect(tabwrite('A\tB\nab\tc', 3, 6)).toBe('A     B\nab    c');
		expect(tabwrite('IP:\t\nNode:\tn', 2)).toBe('IP:    \nNode:  n');
	});
});

describe('tabwrite padded with tabs, as etcdctl’s cobrautl sets it up', () => {
	it('a column as wide as its widest cell plus one, to the next tab stop', () => {
		expect(tabwrite('a\tx\nabcdefgh\ty\n\nlong cell here\tz', 1, 0, '\t')).toBe(
			'a\t\tx\nabcdefgh\ty\n\nlong cell here\tz'
		);
	});
});
