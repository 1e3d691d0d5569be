/** The kubectl-get what-if bar's choices and checks, from the scenario the run plays. */
import { parseIntInRange } from '$lib/flows/kit/fields';
import { KUBECTL_CHUNK, type KubectlGetAction, type KubectlGetScenario } from '../scenario';

/** Which what-ifs the run has already: each kind plays once. */
export function barState(s: KubectlGetScenario) {
	const has = (kind: KubectlGetAction['kind']) => s.actions.some((a) => a.kind === kind);
	return { watchOnly: has('watch-only'), rv0: has('rv0'), pages: has('pages') };
}

export type PagesCheck = { ok: true; action: KubectlGetAction } | { ok: false; reason: 'badPages' };

export function pagesAction(text: string): PagesCheck {
	const size = parseIntInRange(text, 1, KUBECTL_CHUNK);
	return size === null
		? { ok: false, reason: 'badPages' }
		: { ok: true, action: { kind: 'pages', size } };
}
