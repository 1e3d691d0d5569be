/**
 * A deep link is the scenario plus `step` and `lang`. Reading one never throws: each bad value
 * becomes a problem to show, and its default is used instead.
 */
import { isLang, type Lang } from '$lib/i18n';
import {
	defaultPodScenario,
	parseIntInRange,
	parsePodScenario,
	podScenarioParams,
	type InputProblem,
	type PodScenario
} from './scenario';

export interface DeepLink {
	scenario: PodScenario;
	/** 0-based step index to rest on, or null (no step asked for) to start before the first message */
	step: number | null;
	lang: Lang | null;
	problems: InputProblem[];
}

export function readDeepLink(search: string, stepCount: (s: PodScenario) => number): DeepLink {
	const params = new URLSearchParams(search);
	const { scenario, problems } = parsePodScenario(params);
	const count = stepCount(scenario);
	let step: number | null = null;
	const rawStep = params.get('step');
	if (rawStep !== null) {
		const n = parseIntInRange(rawStep, 1, count);
		if (n !== null) step = n - 1;
		else {
			problems.push({ field: 'step', value: rawStep, reason: 'step', min: 1, max: count });
			// A number past the end means "the end"; anything else starts at the beginning.
			if (/^\s*\d+\s*$/.test(rawStep) && Number(rawStep) > count) step = count - 1;
		}
	}
	const rawLang = params.get('lang');
	let lang: Lang | null = null;
	if (rawLang !== null) {
		if (isLang(rawLang)) lang = rawLang;
		else problems.push({ field: 'lang', value: rawLang, reason: 'lang' });
	}
	return { scenario, step, lang, problems };
}

/** The query string that reopens this exact view. */
export function deepLinkSearch(scenario: PodScenario, step: number | null, lang: Lang): string {
	const p = podScenarioParams(scenario);
	if (step !== null) p.set('step', String(step + 1));
	p.set('lang', lang);
	return `?${p.toString()}`;
}

/** What a rejected field falls back to, as text for the message ('' = no value: "none"). */
export function fallbackText(field: InputProblem['field'], link: DeepLink): string {
	switch (field) {
		case 'step':
			return String((link.step ?? 0) + 1);
		case 'lang':
			return '';
		case 'cpu':
		case 'memory':
			return String(podScenarioParams(link.scenario).get(field) ?? '');
		default:
			return String(link.scenario[field] ?? defaultPodScenario[field]);
	}
}
