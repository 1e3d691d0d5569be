/**
 * The ending what-ifs (`then=recover`, `delete-node`, `out-of-service`): each plays once the
 * evicted pods are stuck Terminating, a minute later, and its steps carry its what-if index.
 */
import type { NodeFailureDraft } from './draft';
import { endingOf, type NodeFailureEnding } from './scenario';

/** how long after the pods got stuck the person acts (or the node boots) */
export const ENDING_AFTER_S = 60;

/** The ending `kind` is the run's and has not started yet. */
export const endingNext = (d: NodeFailureDraft, kind: NodeFailureEnding) =>
	!d.told.ending && endingOf(d.scenario)?.kind === kind;

/** Marks the ending as started, tags the steps that follow with it, and moves the clock on. */
export function startEnding(d: NodeFailureDraft, kind: NodeFailureEnding): number {
	d.told.ending = true;
	d.action = endingOf(d.scenario)?.kind === kind ? endingOf(d.scenario)!.index : -1;
	d.state.clock += ENDING_AFTER_S;
	return ENDING_AFTER_S;
}
