/**
 * What a video of the flow shows (see diagram/recordVideo.ts): the player's timeline from one
 * step to another, each moment drawn as the page draws it, and each step's place and title in
 * the strip under the picture. Made here, in the page, so the recorder's lazily loaded code
 * needs nothing of the page's modules.
 */
import { layout, MAX_SCALE, type DiagramLayout } from '$lib/diagram/layout';
import type { VideoSource } from '$lib/diagram/recordVideo';
import { render } from '$lib/diagram/render';
import type { Player } from '$lib/player/player.svelte';
import type { DiagramLabels } from '$lib/player/frameTypes';

export interface VideoRange {
	/** first and last step shown, 0-based */
	from: number;
	to: number;
	speed: number;
}

export interface VideoLook {
	labels: DiagramLabels;
	/** each node's kernel strip is drawn (a flow of the data path) */
	kernel: boolean;
	caption: (index: number) => { over: string; title: string };
}

/** What the export menu is given to record a video of the flow. */
export interface VideoOffer {
	/** each step's title, in order */
	titles: string[];
	/** the player's speed, and those it offers */
	speed: number;
	speeds: readonly number[];
	/** the file's name without what the video covers: `kubestep-<flow>` */
	name: string;
	source: (range: VideoRange) => VideoSource;
}

type Size = { width: number; height: number };

/**
 * Draws the flow at `t` into `svg` as the page would in a box of `size`: a picture of the moment
 * on screen where the page shows none (a phone's step view), and each frame of a video.
 */
export function drawMoment(
	player: Player,
	look: Pick<VideoLook, 'labels' | 'kernel'>,
	svg: SVGSVGElement,
	t: number,
	size: Size,
	picture?: DiagramLayout
) {
	const view = player.viewAt(t);
	const l = picture ?? layout(view.frame.nodes, size, { maxScale: MAX_SCALE, kernel: look.kernel });
	render(svg, view.frame, look.labels, { reducedMotion: false, size, layout: l });
	return { view, layout: l };
}

export function videoSource(player: Player, range: VideoRange, look: VideoLook): VideoSource {
	// one layout per recording: a timeline's nodes and the video's size do not change
	let picture: DiagramLayout | undefined;
	return {
		start: player.starts[range.from],
		end: player.ends[range.to],
		speed: range.speed,
		draw(svg, t, size) {
			const drawn = drawMoment(player, look, svg, t, size, picture);
			picture = drawn.layout;
			const view = drawn.view;
			// a step's actors and pods follow from the step and whether its work is done; what
			// else moves is the messages on their way
			const progress = view.frame.messages.map((m) => m.progress.toFixed(4)).join(',');
			return { key: `${view.index}|${view.applied}|${progress}`, index: view.index };
		},
		caption: look.caption
	};
}
