/**
 * An element's client size, reported whenever it changes, through a ResizeObserver alone.
 * `bind:clientWidth` reads the size at once when the element mounts, and a read in the middle of
 * hydration forces the browser to lay the whole page out there and then (the largest single cost
 * of hydrating a flow page). A ResizeObserver's first report comes in the frame's rendering step
 * instead, after layout and before paint, where reading the size costs nothing.
 */
import type { Attachment } from 'svelte/attachments';

export function observeSize(report: (width: number, height: number) => void): Attachment {
	return (element) => {
		const observer = new ResizeObserver(() => report(element.clientWidth, element.clientHeight));
		observer.observe(element);
		return () => observer.disconnect();
	};
}
