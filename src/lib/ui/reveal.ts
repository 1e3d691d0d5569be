/**
 * Brings a line into view inside the panel's own scrolling box, never scrolling the page itself
 * (a presenter's slide must not jump). Smooth only when the person has not asked for less motion.
 */
function scrollParent(el: HTMLElement): HTMLElement | null {
	for (let p = el.parentElement; p; p = p.parentElement) {
		const { overflowY } = getComputedStyle(p);
		if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight)
			return p;
	}
	return null;
}

/**
 * Scrolls `target` a third of the way down its scroller, if it is not fully visible. `cover` is
 * the height of a sticky header at the scroller's top, which the target must not end up under.
 */
export function revealInScroller(target: HTMLElement, cover = 0): void {
	const box = scrollParent(target);
	if (!box) return;
	const top = target.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
	const bottom = top + target.offsetHeight;
	if (top >= box.scrollTop + cover && bottom <= box.scrollTop + box.clientHeight) return;
	const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
	box.scrollTo({
		top: Math.max(0, top - Math.max(box.clientHeight / 3, cover + 8)),
		behavior: reduced ? 'auto' : 'smooth'
	});
}

/** The first element worth showing: the selectors are tried in order of importance. */
export function firstOf(root: ParentNode, selectors: readonly string[]): HTMLElement | null {
	for (const s of selectors) {
		const el = root.querySelector<HTMLElement>(s);
		if (el) return el;
	}
	return null;
}

/**
 * Runs `work` in a task of its own, as soon as the current one (a frame's, say) is done: its
 * changes are painted with the next frame, but its script is not part of that frame's task.
 * Returns a cancel, for an effect's cleanup.
 */
export function nextTask(work: () => void): () => void {
	let live = true;
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		channel.port1.close();
		if (live) work();
	};
	channel.port2.postMessage(null);
	return () => {
		live = false;
		channel.port1.close();
	};
}

/**
 * Runs `measure` once the next frame is painted, in a task of its own: layout is clean then, so
 * reading positions costs nothing. Read in a frame's requestAnimationFrame instead, they would
 * force a layout of whatever that frame's other callbacks changed, which the frame then lays out
 * again. Returns a cancel, for an effect's cleanup.
 */
export function afterPaint(measure: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const id = requestAnimationFrame(() => (timer = setTimeout(measure, 0)));
	return () => {
		cancelAnimationFrame(id);
		clearTimeout(timer);
	};
}
