import { afterPaint } from './reveal';

/**
 * How many items of a list to draw, for a list whose items are costly to create (a scheduler
 * cycle's node cards, iptables' tables): a list that appears, or grows, is drawn `perFrame` items
 * a frame, so that a step which brings one in does not build it all in one frame. Each batch is
 * built in a task of its own once the previous frame is painted (afterPaint), so that its script
 * and the layout of what came before it are never one task. Items already drawn stay, and so does
 * a count once reached: a list that shrinks, or grows back within it, is drawn whole at once. `first` items are drawn with the list: 0 leaves its first frame to what
 * surrounds it (a panel mounted by a step). Call it during component init.
 */
export function progressive(
	length: () => number,
	perFrame = 1,
	first = perFrame
): { readonly count: number } {
	let count = $state(first);
	$effect(() => {
		const n = length();
		if (count >= n) return;
		return afterPaint(() => (count = Math.min(n, count + perFrame)));
	});
	return {
		get count() {
			return Math.min(count, length());
		}
	};
}
