/**
 * The timeline's chapters: runs of steps that belong together (a course step, a part of the
 * story, one what-if), each labelled once where it begins, so one counter (`Step N of M`) is
 * enough and the course's own numbering reads as chapters, not as a second count.
 */
import type { Chapter } from './flowUi';

export interface ChapterRun extends Chapter {
	/** index of its first step */
	start: number;
	/** index after its last step */
	end: number;
}

export function chapterRuns(chapters: Chapter[]): ChapterRun[] {
	const runs: ChapterRun[] = [];
	chapters.forEach((c, i) => {
		const last = runs.at(-1);
		if (last && last.key === c.key) last.end = i + 1;
		else runs.push({ ...c, start: i, end: i + 1 });
	});
	return runs;
}
