/** Go's string comparison (bytewise): the same as UTF-16 order for the ASCII names and keys here. */
export function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
