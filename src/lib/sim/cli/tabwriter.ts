/**
 * Go's text/tabwriter, which kubectl prints through: cells end at a tab; a column is aligned over
 * each block of consecutive lines that have a tab-terminated cell in it (so a line without one
 * starts a new block: `kubectl describe` relies on this), each cell padded to the block's widest
 * plus `padding`, at least `minWidth`; the last cell of a line is written as it is. Padded with
 * tabs (as etcdctl's cobrautl sets it up), a column is rounded up to a tab stop (tabwidth 8) and
 * each cell gets as many tabs as reach it (writePadding).
 * (text/tabwriter/tabwriter.go: format and writeLines, flags 0.)
 */
export function tabwrite(
	text: string,
	padding: number,
	minWidth = 0,
	padchar: ' ' | '\t' = ' '
): string {
	const lines = text.split('\n').map((l) => l.split('\t'));
	const out: string[] = [];
	const widths: number[] = [];
	const TAB_WIDTH = 8;
	const pad = (cell: string, width = 0) =>
		padchar === ' '
			? cell.padEnd(width)
			: cell +
				'\t'.repeat(
					Math.ceil((Math.ceil(width / TAB_WIDTH) * TAB_WIDTH - cell.length) / TAB_WIDTH)
				);

	const write = (from: number, to: number) => {
		for (let i = from; i < to; i++)
			out.push(
				lines[i].map((cell, j) => (j < lines[i].length - 1 ? pad(cell, widths[j]) : cell)).join('')
			);
	};

	const format = (line0: number, line1: number) => {
		const column = widths.length;
		for (let at = line0; at < line1; at++) {
			if (column >= lines[at].length - 1) continue;
			write(line0, at);
			line0 = at;
			let width = minWidth;
			for (; at < line1 && column < lines[at].length - 1; at++)
				width = Math.max(width, lines[at][column].length + padding);
			widths.push(width);
			format(line0, at);
			widths.pop();
			line0 = at;
			at--;
		}
		write(line0, line1);
	};

	format(0, lines.length);
	return out.join('\n');
}

/** A table as kubectl's printers write it (cli-runtime printers/tabwriter.go: minwidth 6, padding 3). */
export const tableText = (table: string[][]) =>
	tabwrite(table.map((r) => r.join('\t')).join('\n'), 3, 6);
