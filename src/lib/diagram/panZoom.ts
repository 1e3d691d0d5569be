/**
 * Pan and zoom for the diagram (d3-zoom). The transform goes on the viewport group only, so a
 * zoomed picture costs nothing per frame, and stepping keeps the zoom. Scale 1 is the whole
 * picture (the layout already fills the box), so zooming out stops there and panning stays inside
 * it. A plain wheel keeps scrolling the page; Ctrl + wheel (also what a trackpad pinch sends)
 * zooms. Loaded on first use (see Diagram.svelte): d3-zoom with d3-transition, d3-drag and
 * d3-interpolate weighs about 10 KB gzip, more than the rest of the diagram's d3.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { MAX_ZOOM, startsGesture } from './zoomLimits';

export interface PanZoom {
	zoomBy(factor: number): void;
	fit(): void;
	/** glides to a zoom that follows the action (followFocus.ts) */
	focus(t: { k: number; x: number; y: number }): void;
	/** the picture's size in viewBox units changed: keep panning inside it */
	resize(width: number, height: number): void;
	destroy(): void;
}

export function attachPanZoom(
	svg: SVGSVGElement,
	viewport: SVGGElement,
	opts: {
		onscale: (k: number) => void;
		/** the person panned or zoomed with a gesture */
		onmanual?: () => void;
		reducedMotion: () => boolean;
	}
): PanZoom {
	const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
		.scaleExtent([1, MAX_ZOOM])
		.filter(startsGesture)
		.on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
			viewport.setAttribute('transform', e.transform.toString());
			opts.onscale(e.transform.k);
			// only a gesture carries the browser's event: the buttons and the follow zoom do not
			if (e.sourceEvent) opts.onmanual?.();
		});
	const sel = select(svg).call(behavior);
	const animated = (ms = 250) => sel.transition().duration(opts.reducedMotion() ? 0 : ms);
	return {
		// Instant, so that quick presses multiply instead of restarting from a half-done glide.
		zoomBy: (factor) => behavior.scaleBy(sel, factor),
		fit: () => behavior.transform(animated(), zoomIdentity),
		// slower than a press: the audience should see where the picture goes
		focus: ({ k, x, y }) =>
			behavior.transform(animated(600), zoomIdentity.translate(x, y).scale(k)),
		resize(width, height) {
			behavior.translateExtent([
				[0, 0],
				[width, height]
			]);
			// re-applies the current transform inside the new bounds
			behavior.translateBy(sel, 0, 0);
		},
		destroy: () => {
			sel.on('.zoom', null);
		}
	};
}
