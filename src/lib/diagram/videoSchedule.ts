/**
 * Which moments of a flow a video shows: frame k is the flow at `start + k × speed × 1000 / fps`
 * ms, shown at k / fps seconds. Time is data, so the same range, speed and rate always give the
 * same frames, however fast or slow the machine renders them.
 */
export interface VideoSchedule {
	/** how many frames the video has */
	frames: number;
	/** the video's length in seconds (frames / fps) */
	seconds: number;
	/** the flow's time (ms) that frame k shows */
	at: (k: number) => number;
}

export function videoSchedule(
	start: number,
	end: number,
	speed: number,
	fps: number
): VideoSchedule {
	if (!(end > start) || !(speed > 0) || !(fps > 0)) throw new RangeError('empty video range');
	const step = (speed * 1000) / fps;
	// the last frame shows the range's end (the last step at rest), never a moment past it
	const frames = Math.ceil((end - start) / step) + 1;
	return {
		frames,
		seconds: frames / fps,
		at: (k) => Math.min(end, start + k * step)
	};
}
