/**
 * What a command prints, as the Terminal tab prints it (sim/cli/shell.ts): the flow shows kubectl's
 * output from the same code that answers the learner's own commands.
 */
import type { ClusterState } from '$lib/sim/cluster';
import { runLine, watchSince, type Chunk, type WatchPrint } from '$lib/sim/cli/shell';
import type { Step } from '$lib/flows/types';

/** The text of the chunks a terminal shows as the tool's output (KubeStep's own notes left out). */
export const chunksText = (chunks: readonly Chunk[]) =>
	chunks.flatMap((c) => ('text' in c ? [c.text] : [])).join('\n');

/** What `line` prints against the cluster `state`. */
export const printed = (line: string, state: ClusterState) =>
	chunksText(runLine(line, state).chunks);

/**
 * The output of a watching command on each step from `start` (the step that typed it) that shows
 * it, until another `kubectl get` is typed: its list, then the rows each later step's writes print.
 */
export function watchOutputs(
	steps: readonly Step[],
	initial: ClusterState,
	start: number
): Map<number, string> {
	const line = steps[start].command!.line;
	const answer = runLine(line, steps[start].snapshot);
	const outputs = new Map<number, string>();
	if (!answer.watch) return outputs;
	const first = chunksText(answer.chunks);
	outputs.set(start, first);
	const cache: WatchPrint[][] = [];
	for (let i = start + 1; i < steps.length; i++) {
		const typed = steps[i].command?.line;
		if (typed !== line && typed?.startsWith('kubectl get')) break;
		if (typed !== line) continue;
		const rows = chunksText(watchSince(answer.watch, steps, initial, start, i, cache));
		outputs.set(i, [first, rows].filter(Boolean).join('\n'));
	}
	return outputs;
}
