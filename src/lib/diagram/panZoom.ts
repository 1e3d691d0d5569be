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
	/** the picture's size in viewBox units changed: keep panning inside it */
	resize(width: number, height: number): void;
	destroy(): void;
}

export function attachPanZoom(
	svg: SVGSVGElement,
	viewport: SVGGElement,
	opts: { onscale: (k: number) => void; reducedMotion: () => boolean }
): PanZoom {
	const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
		.scaleExtent([1, MAX_ZOOM])
		.filter(startsGesture)
		.on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
			viewport.setAttribute('transform', e.transform.toString());
			opts.onscale(e.transform.k);
		});
	const sel = select(svg).call(behavior);
	const animated = () => sel.transition().duration(opts.reducedMotion() ? 0 : 250);
	return {
		// Instant, so that quick presses multiply instead of restarting from a half-done glide.
		zoomBy: (factor) => behavior.scaleBy(sel, factor),
		fit: () => behavior.transform(animated(), zoomIdentity),
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
