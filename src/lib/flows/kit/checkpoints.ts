/**
 * Predict, then reveal: before a step worth predicting, the player stops and asks the room what
 * will happen. A flow's checkpoints compute their choices and their answer from the timeline the
 * scenario built — never a fixed answer: change the nodes, the requests or the seed, and the
 * right answer changes with what the flow then does.
 */
import type { Lang } from '$lib/i18n';
import type { Step, Timeline } from '$lib/flows/types';

export interface Choice {
	value: string;
	label: Record<Lang, string>;
}

export interface Checkpoint<St extends Step = Step> {
	id: string;
	/** the step to predict: the first step of the timeline for which this holds */
	at: (step: St, index: number, timeline: Timeline<St>) => boolean;
	question: Record<Lang, string>;
	/** what the room may answer, from the timeline (the nodes, the pods …) */
	choices: (timeline: Timeline<St>, index: number) => Choice[];
	/** the choice that is right: what the flow does at that step */
	answer: (timeline: Timeline<St>, index: number) => string;
	/** why it is right, in a sentence */
	why: (timeline: Timeline<St>, index: number, lang: Lang) => string;
}

export interface PlacedCheckpoint<St extends Step = Step> {
	checkpoint: Checkpoint<St>;
	/** the step it stops before */
	index: number;
}

/** Where each checkpoint stops in this timeline (one that matches no step is left out). */
export function placeCheckpoints<St extends Step>(
	timeline: Timeline<St>,
	checkpoints: readonly Checkpoint<St>[]
): PlacedCheckpoint<St>[] {
	return checkpoints
		.map((checkpoint) => ({
			checkpoint,
			index: timeline.steps.findIndex((s, i) => checkpoint.at(s, i, timeline))
		}))
		.filter((p) => p.index > 0)
		.sort((a, b) => a.index - b.index);
}
