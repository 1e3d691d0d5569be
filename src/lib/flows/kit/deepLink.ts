/**
 * A deep link is the scenario plus `step`, `lang`, `text` (`large`: the room-sized view), `embed`
 * (`1`: the flow alone, for an iframe) and, for a presentation, `view` (`presenter` or `audience`)
 * with its `room`. Reading one never throws: each bad value
 * becomes a problem to show, and its default is used instead. A parameter the flow does not
 * read is reported and ignored (a typo such as `node=5` must not pass for the default without a
 * word); one given twice is ambiguous, so it is reported and its default used.
 */
import { readLang, type Lang } from '$lib/i18n';
import type { FlowDefinition } from './definition';
import {
	paramNames,
	parseIntInRange,
	parseScenario,
	scenarioParams,
	type InputProblem
} from './fields';
import type { Timeline } from '$lib/flows/types';

export interface DeepLink<S extends object = object> {
	scenario: S;
	/** 0-based step index to rest on, or null (no step asked for) to start before the first message */
	step: number | null;
	lang: Lang | null;
	/** the room-sized view (`text=large`) */
	large: boolean;
	/** a presentation's window: which one, and the room that links it to the others */
	present: Presenting | null;
	/** the flow alone, for an iframe in a slide deck or a post (`embed=1`) */
	embed: boolean;
	/** predict, then reveal: `checkpoints=on|off` in the link, or null when it says nothing */
	checkpoints: boolean | null;
	/** a command the terminal answers at the step (`cmd=`), or null */
	command: string | null;
	/** a manifest the YAML tab shows and applies (`yaml=`, still deflated), or null */
	manifest: string | null;
	problems: InputProblem[];
}

export interface Presenting {
	view: 'presenter' | 'audience';
	room: string;
}

const LINK_PARAMS = ['step', 'lang', 'text', 'view', 'room', 'embed', 'checkpoints', 'cmd'];

/** the parameters a flow's link may carry besides its scenario's */
const linkParams = (flow: Pick<FlowDefinition, 'manifest'>) =>
	flow.manifest ? [...LINK_PARAMS, 'yaml'] : LINK_PARAMS;
/** the longest command a link may carry (the terminal's own limit) */
export const MAX_COMMAND = 2000;
/**
 * A command a link may carry: one line of printable text (a newline or a control character would
 * run something else), not empty, at most MAX_COMMAND long.
 */
export const isLinkCommand = (line: string) =>
	line.trim() !== '' &&
	line.length <= MAX_COMMAND &&
	[...line].every((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f);
/** the longest `yaml=` a link may carry (a manifest deflated: some 6 KB of YAML) */
export const MAX_MANIFEST_PARAM = 4000;
/** a manifest in a link: base64url of its deflated bytes (kit/manifestLink.ts writes and reads it) */
export const isManifestParam = (text: string) =>
	text.length > 0 && text.length <= MAX_MANIFEST_PARAM && /^[A-Za-z0-9_-]+$/.test(text);
const TEXT_SIZES = ['large', 'normal'];
const VIEWS = ['presenter', 'audience'] as const;
/** a room id: short, and safe in a URL and a channel name */
export const ROOM_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** The parameters to read (known, given once) and a problem for every other one. */
export function checkParams(
	given: URLSearchParams,
	known: readonly string[]
): { params: URLSearchParams; problems: InputProblem[] } {
	const params = new URLSearchParams();
	const problems: InputProblem[] = [];
	for (const name of new Set(given.keys())) {
		const values = given.getAll(name);
		if (!known.includes(name))
			problems.push({ field: name, value: values[0], reason: 'unknown', known: known.join(', ') });
		else if (values.length > 1)
			problems.push({ field: name, value: values.join('”, “'), reason: 'repeated' });
		else params.set(name, values[0]);
	}
	return { params, problems };
}

/** The scenario a link asks for, bad values replaced by their defaults (see readDeepLink). */
export function linkScenario<S extends object>(
	search: string,
	flow: Pick<FlowDefinition<S>, 'scenario' | 'manifest'>
): S {
	const known = [...paramNames(flow.scenario), ...linkParams(flow)];
	return parseScenario(flow.scenario, checkParams(new URLSearchParams(search), known).params)
		.scenario;
}

/** Reads a link; `timeline` is what the scenario builds (built once, here, to count its steps). */
export function readDeepLink<S extends object>(
	search: string,
	flow: Pick<FlowDefinition<S>, 'scenario' | 'build' | 'manifest'>
): DeepLink<S> & { timeline: Timeline } {
	const known = [...paramNames(flow.scenario), ...linkParams(flow)];
	const { params, problems: unread } = checkParams(new URLSearchParams(search), known);
	const { scenario, problems: bad } = parseScenario(flow.scenario, params);
	const problems = bad;
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
		// read as the layout reads it to set the language (langFromSearch)
		lang = readLang(rawLang);
		if (lang === null) problems.push({ field: 'lang', value: rawLang, reason: 'lang' });
	}
	const rawText = params.get('text');
	if (rawText !== null && !TEXT_SIZES.includes(rawText))
		problems.push({ field: 'text', value: rawText, reason: 'text' });
	const large = rawText === 'large';
	const present = readPresenting(params, problems);
	const rawEmbed = params.get('embed');
	if (rawEmbed !== null && rawEmbed !== '1' && rawEmbed !== '0')
		problems.push({ field: 'embed', value: rawEmbed, reason: 'embed' });
	const embed = rawEmbed === '1';
	const rawCheckpoints = params.get('checkpoints');
	if (rawCheckpoints !== null && rawCheckpoints !== 'on' && rawCheckpoints !== 'off')
		problems.push({ field: 'checkpoints', value: rawCheckpoints, reason: 'checkpoints' });
	const checkpoints = rawCheckpoints === 'on' ? true : rawCheckpoints === 'off' ? false : null;
	const command = readText(params, 'cmd', isLinkCommand, 'command', MAX_COMMAND, problems);
	const manifest = readText(
		params,
		'yaml',
		isManifestParam,
		'manifest',
		MAX_MANIFEST_PARAM,
		problems
	);
	// the values first, then what was not read at all
	problems.push(...unread);
	return {
		scenario,
		step,
		lang,
		large,
		present,
		embed,
		checkpoints,
		command,
		manifest,
		problems,
		timeline
	};
}

/** A text parameter as given when `ok`, else null and a problem naming its first 80 characters. */
function readText(
	params: URLSearchParams,
	field: string,
	ok: (text: string) => boolean,
	reason: 'command' | 'manifest',
	max: number,
	problems: InputProblem[]
): string | null {
	const raw = params.get(field);
	if (raw === null || ok(raw)) return raw;
	problems.push({ field, value: raw.slice(0, 80), reason, max });
	return null;
}

/** `view` and `room` together, or neither: one without the other is reported and ignored. */
function readPresenting(params: URLSearchParams, problems: InputProblem[]): Presenting | null {
	const view = params.get('view');
	const room = params.get('room');
	if (view === null && room === null) return null;
	const viewOk = view !== null && (VIEWS as readonly string[]).includes(view);
	const roomOk = room !== null && ROOM_PATTERN.test(room);
	if (view !== null && !viewOk) problems.push({ field: 'view', value: view, reason: 'view' });
	if (!roomOk) problems.push({ field: 'room', value: room ?? '', reason: 'room' });
	else if (view === null) problems.push({ field: 'view', value: '', reason: 'view' });
	return viewOk && roomOk ? { view: view as Presenting['view'], room: room! } : null;
}

/** The query string that reopens this exact view. */
export function deepLinkSearch<S extends object>(
	flow: Pick<FlowDefinition<S>, 'scenario'>,
	scenario: S,
	step: number | null,
	lang: Lang,
	large = false,
	present: Presenting | null = null,
	embed = false,
	checkpoints: boolean | null = null,
	command: string | null = null,
	manifest: string | null = null
): string {
	const p = scenarioParams(flow.scenario, scenario);
	if (step !== null) p.set('step', String(step + 1));
	p.set('lang', lang);
	if (large) p.set('text', 'large');
	if (present) {
		p.set('view', present.view);
		p.set('room', present.room);
	}
	if (embed) p.set('embed', '1');
	if (checkpoints !== null) p.set('checkpoints', checkpoints ? 'on' : 'off');
	// a line no link can carry (a pasted tab, past the limit) stays out of the address bar
	if (command !== null && isLinkCommand(command)) p.set('cmd', command);
	if (manifest !== null && isManifestParam(manifest)) p.set('yaml', manifest);
	return `?${readable(p)}`;
}

/** The scenario's own part of a link (what-ifs included): what windows of a presentation share. */
export function scenarioSearch<S extends object>(
	flow: Pick<FlowDefinition<S>, 'scenario'>,
	scenario: S
): string {
	return readable(scenarioParams(flow.scenario, scenario));
}

/**
 * The scenario's values that differ from the flow's defaults, for a person to read: each
 * parameter with its value as typed, not percent-encoded (`nodeSelector=kubernetes.io/hostname=node-3`),
 * joined by ' · ' ('' for none).
 */
export function scenarioChanges<S extends object>(
	flow: Pick<FlowDefinition<S>, 'scenario'>,
	scenario: S
): string {
	return [...scenarioParams(flow.scenario, scenario)].map(([k, v]) => `${k}=${v}`).join(' · ');
}

// ':' and ',' are allowed in a query as they are: then=scale:1,packet reads better than %3A/%2C
const readable = (p: URLSearchParams) => p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');

/** What a rejected field falls back to, as text for the message ('' = no value: "none"). */
export function fallbackText<S extends object>(
	flow: Pick<FlowDefinition<S>, 'scenario'>,
	field: InputProblem['field'],
	link: DeepLink<S>
): string {
	if (field === 'step') return String((link.step ?? 0) + 1);
	if (field === 'lang') return '';
	if (field === 'text') return 'normal';
	// a window that is not part of a presentation
	if (field === 'view' || field === 'room') return '';
	if (field === 'embed') return '0';
	if (field === 'checkpoints') return 'on';
	if (field === 'cmd' || field === 'yaml') return '';
	const written = scenarioParams(flow.scenario, link.scenario).get(field);
	if (written !== null) return written;
	const value = (flow.scenario.defaults as Record<string, unknown>)[field];
	return value === null || value === undefined || Array.isArray(value) ? '' : String(value);
}
