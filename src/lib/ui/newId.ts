/** A short random id (a presentation's room, a window), safe in a URL and a channel name. */
export function newId(random: () => number = Math.random): string {
	return Array.from({ length: 10 }, () => Math.floor(random() * 36).toString(36)).join('');
}
