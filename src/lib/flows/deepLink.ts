/**
 * A deep link is the scenario plus `step` and `lang`. Reading one never throws: each bad value
 * becomes a problem to show, and its default is used instead.
 */
import { isLang, type Lang } from '$lib/i18n';
import type { FlowDefinition } from './definition';
import { parseIntInRange, type InputProblem } from './scenario';
import type { Timeline } from './types';

export interface DeepLink<S extends object = object> {
	scenario: S;
	/** 0-based step index to rest on, or null (no step asked for) to start before the first message */
	step: number | null;
	lang: Lang | null;
	problems: InputProblem[];
}

/** Reads a link; `timeline` is what the scenario builds (built once, here, to count its steps). */
export function readDeepLink<S extends object>(
	search: string,
	flow: Pick<FlowDefinition<S>, 'parse' | 'build'>
): DeepLink<S> & { timeline: Timeline } {
	const params = new URLSearchParams(search);
	const { scenario, problems } = flow.parse(params);
	const timeline = flow.build(scenario);
	const count = timeline.steps.length;
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
	return { scenario, step, lang, problems, timeline };
}

/** The query string that reopens this exact view. */
export function deepLinkSearch<S extends object>(
	flow: Pick<FlowDefinition<S>, 'params'>,
	scenario: S,
	step: number | null,
	lang: Lang
): string {
	const p = flow.params(scenario);
	if (step !== null) p.set('step', String(step + 1));
	p.set('lang', lang);
	// ':' and ',' are allowed in a query as they are: then=scale:1,packet reads better than %3A/%2C
	return `?${p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',')}`;
}

/** What a rejected field falls back to, as text for the message ('' = no value: "none"). */
export function fallbackText<S extends object>(
	flow: Pick<FlowDefinition<S>, 'params' | 'defaults'>,
	field: InputProblem['field'],
	link: DeepLink<S>
): string {
	if (field === 'step') return String((link.step ?? 0) + 1);
	if (field === 'lang') return '';
	const written = flow.params(link.scenario).get(field);
	if (written !== null) return written;
	const value = (flow.defaults as Record<string, unknown>)[field];
	return value === null || value === undefined || Array.isArray(value) ? '' : String(value);
}
