/**
 * A video of a flow, rendered frame by frame in the browser: each frame is the picture at one
 * moment of the flow (videoSchedule.ts), drawn into an SVG of its own off screen, rasterised onto
 * a canvas with the step's title under it, and encoded with WebCodecs through mediabunny. The
 * page's own picture and player are not touched, and nothing leaves the browser.
 */
import {
	BufferTarget,
	CanvasSource,
	canEncodeVideo,
	Mp4OutputFormat,
	Output,
	QUALITY_HIGH,
	WebMOutputFormat,
	type VideoCodec
} from 'mediabunny';
import { offscreenSvg, svgImage, standaloneSvg } from './exportPicture';
import { videoSchedule } from './videoSchedule';

export type VideoFormat = 'mp4' | 'webm';

/** MP4 with H.264 plays in slide software (PowerPoint, Keynote); WebM with VP9 is the open choice. */
const CODEC: Record<VideoFormat, VideoCodec> = { mp4: 'avc', webm: 'vp9' };

/** 1080p at 30 frames per second: a slide's size, and smooth enough for packets on their way. */
export const VIDEO = { width: 1920, height: 1080, fps: 30 } as const;
/** the strip under the picture that names the step, in canvas pixels */
const BAND = 120;
/** the picture is laid out at this fraction of the canvas: a 1280-wide layout drawn at 1.5× */
const SCALE = 1.5;

/** The formats this browser can encode at the video's size, best first (none without WebCodecs). */
export async function encodableFormats(): Promise<VideoFormat[]> {
	if (typeof VideoEncoder === 'undefined') return [];
	const size = { width: VIDEO.width, height: VIDEO.height };
	const out: VideoFormat[] = [];
	for (const f of ['mp4', 'webm'] as const)
		if (await canEncodeVideo(CODEC[f], size).catch(() => false)) out.push(f);
	return out;
}

/** What a video shows: a span of the flow's time, and how to draw a moment of it. */
export interface VideoSource {
	/** the flow's time (ms) the video starts and ends at */
	start: number;
	end: number;
	/** ms of flow per ms of video */
	speed: number;
	/**
	 * Draws the flow at `t` into `svg`, laid out for `size`; says which step that is and a key
	 * that changes exactly when the picture does (a frame at rest is not drawn again).
	 */
	draw(
		svg: SVGSVGElement,
		t: number,
		size: { width: number; height: number }
	): { key: string; index: number };
	/** the two lines under the picture for step `index`: where it is, and its title */
	caption(index: number): { over: string; title: string };
}

export interface Recorded {
	blob: Blob;
	frames: number;
	seconds: number;
	format: VideoFormat;
}

interface RecordOptions {
	onprogress: (done: number, total: number) => void;
	signal: AbortSignal;
}

/** Renders and encodes the video; rejects with an AbortError if `signal` aborts. */
export async function recordVideo(
	source: VideoSource,
	format: VideoFormat,
	{ onprogress, signal }: RecordOptions
): Promise<Recorded> {
	const schedule = videoSchedule(source.start, source.end, source.speed, VIDEO.fps);
	const size = { width: VIDEO.width / SCALE, height: (VIDEO.height - BAND) / SCALE };
	const { svg, remove } = offscreenSvg(size);
	const canvas = document.createElement('canvas');
	canvas.width = VIDEO.width;
	canvas.height = VIDEO.height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('no 2D canvas');
	const output = new Output({
		format:
			format === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
		target: new BufferTarget()
	});
	const track = new CanvasSource(canvas, { codec: CODEC[format], bitrate: QUALITY_HIGH });
	output.addVideoTrack(track, { frameRate: VIDEO.fps });
	try {
		await output.start();
		let drawn = '';
		let breath = performance.now();
		const band = bandStyle();
		for (let k = 0; k < schedule.frames; k++) {
			signal.throwIfAborted();
			const { key, index } = source.draw(svg, schedule.at(k), size);
			if (key !== drawn) {
				await paint(ctx, svg, source.caption(index), band);
				drawn = key;
			}
			await track.add(k / VIDEO.fps, 1 / VIDEO.fps);
			onprogress(k + 1, schedule.frames);
			// the page stays responsive (Cancel, the progress bar) while it records
			if (performance.now() - breath > 40) {
				await new Promise((r) => setTimeout(r));
				breath = performance.now();
			}
		}
		signal.throwIfAborted();
		await output.finalize();
	} catch (e) {
		if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel();
		throw e;
	} finally {
		remove();
	}
	const buffer = output.target.buffer;
	if (!buffer) throw new Error('the encoder gave no file');
	return {
		blob: new Blob([buffer], { type: output.format.mimeType }),
		frames: schedule.frames,
		seconds: schedule.seconds,
		format
	};
}

/** The page's ink, muted ink and font, for the band under the picture. */
interface BandStyle {
	ink: string;
	muted: string;
	font: string;
}

/** Read once per video: the page's theme does not change while it records. */
function bandStyle(): BandStyle {
	const styles = getComputedStyle(document.documentElement);
	return {
		ink: styles.getPropertyValue('--ink').trim() || '#0f172a',
		muted: styles.getPropertyValue('--muted').trim() || '#475569',
		font: getComputedStyle(document.body).fontFamily
	};
}

/** One frame: the picture on top, the step's place and title in the band under it. */
async function paint(
	ctx: CanvasRenderingContext2D,
	svg: SVGSVGElement,
	caption: { over: string; title: string },
	{ ink, muted, font }: BandStyle
): Promise<void> {
	const image = await svgImage(standaloneSvg(svg));
	const pictureHeight = VIDEO.height - BAND;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, VIDEO.width, VIDEO.height);
	ctx.drawImage(image, 0, 0, VIDEO.width, pictureHeight);
	ctx.fillStyle = '#e2e8f0';
	ctx.fillRect(0, pictureHeight, VIDEO.width, 2);
	ctx.textBaseline = 'alphabetic';
	ctx.fillStyle = muted;
	ctx.font = `500 28px ${font}`;
	ctx.fillText(caption.over, 48, pictureHeight + 44, VIDEO.width - 96);
	ctx.fillStyle = ink;
	ctx.font = `700 40px ${font}`;
	ctx.fillText(caption.title, 48, pictureHeight + 96, VIDEO.width - 96);
}
