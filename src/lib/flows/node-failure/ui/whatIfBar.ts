/** The node-failure what-if bar's choices and checks, from the scenario the run plays. */
import { parseIntInRange } from '$lib/flows/kit/fields';
import {
	MAX_TOLERATION_S,
	actionIndex,
	endingOf,
	type NodeFailureAction,
	type NodeFailureScenario
} from '../scenario';

/** What the bar offers: an ending unless the run has one, each twist unless it is there. */
export function barState(s: NodeFailureScenario) {
	return {
		ending: endingOf(s)?.kind ?? null,
		statefulset: actionIndex(s, 'statefulset') >= 0,
		toleration: actionIndex(s, 'toleration') >= 0
	};
}

export type TolerationCheck =
	{ ok: true; action: NodeFailureAction } | { ok: false; reason: 'badToleration' };

export function tolerationAction(text: string): TolerationCheck {
	const seconds = parseIntInRange(text, 0, MAX_TOLERATION_S);
	return seconds === null
		? { ok: false, reason: 'badToleration' }
		: { ok: true, action: { kind: 'toleration', seconds } };
}
