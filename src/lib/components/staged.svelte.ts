/**
 * A step change painted in three frames, so that no frame does all of a step's work: the diagram,
 * timeline and status at once; the narration in a task right after that frame; the tab panels and
 * the request pipeline after the next frame is painted (a step that opens a tab mounts it then).
 * Keyed on what the side reads, which changes per step, never per frame.
 */
import { untrack } from 'svelte';
import { afterPaint, nextTask } from '$lib/ui/reveal';

/** Call during component init: `current` is what the diagram shows, `key` names its step. */
export function staged<T>(current: () => T, key: () => string) {
	let narration = $state.raw(untrack(current));
	let panels = $state.raw(untrack(current));
	// a string that changes per step, so the effect below does not rerun with every frame
	const step = $derived(key());
	$effect(() => {
		void step;
		const next = untrack(current);
		return nextTask(() => (narration = next));
	});
	$effect(() => {
		const next = narration;
		return afterPaint(() => (panels = next));
	});
	return {
		get narration() {
			return narration;
		},
		get panels() {
			return panels;
		}
	};
}
