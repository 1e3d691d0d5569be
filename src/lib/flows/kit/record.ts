/**
 * The one way a flow machine records a step: the step function works on a copy of the flow's
 * draft (its cluster included), so every recorded snapshot is independent of the next. A
 * snapshot's etcd log holds that step's own writes, in revision order: with the steps before it
 * they are etcd's history since the flow began (`etcdctl get --rev`).
 */
import type { ClusterState } from '$lib/sim/cluster';
import { shareParts } from './share';
import type { Step, StepDraft, TextParams } from '../types';

/** What every flow's working state holds besides its own fields. */
export interface FlowDraft {
	state: ClusterState;
}

/**
 * Runs `apply` (step `id`) on a copy of `context` and returns the copy with the step appended;
 * `meta` adds fields the flow derives from the draft after the step (say, the what-if it plays).
 */
export function recordStep<D extends FlowDraft, S extends Step>(
	context: D & { steps: S[] },
	id: S['id'],
	apply: (draft: D) => StepDraft<TextParams, object>,
	meta: (draft: D) => object = () => ({})
): D & { steps: S[] } {
	const { steps, ...rest } = context;
	const { etcd } = context.state;
	// the previous step's writes are its own: the copy starts an empty log
	const draft = structuredClone({
		...rest,
		state: { ...context.state, etcd: { ...etcd, log: [] } }
	}) as unknown as D;
	const step = apply(draft);
	// the earlier value of a key is in an earlier snapshot: the log keeps each write's new value only
	draft.state.etcd.log = draft.state.etcd.log.map(({ type, kv }) => ({ type, kv }));
	// what the step left as it was is the previous snapshot's, by reference (the root is new)
	draft.state = shareParts(draft.state, context.state);
	const recorded = { ...step, ...meta(draft), id, snapshot: draft.state } as S;
	return { ...draft, steps: [...steps, recorded] };
}
