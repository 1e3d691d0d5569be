/**
 * The narration reads as one voice in each language, in every step a person can reach: each body
 * opens with a lead sentence short enough to read while the messages move, the Korean is 합니다체
 * throughout (titles included), and it names each concept the one way src/lib/i18n/glossary.md
 * fixes. The branches are the ones the flows' other specs exercise.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stepText, type StepTexts } from './kit/narration';
import { sentences } from './kit/sentences';
import { podStepsEn } from './pod-creation/narration/en';
import { podStepsKo } from './pod-creation/narration/ko';
import { podCreationTimeline } from './pod-creation/timeline';
import { serviceStepsEn } from './service/narration/en';
import { serviceStepsKo } from './service/narration/ko';
import { serviceTimeline } from './service/timeline';
import { iptablesUi } from './service/ui/iptablesText';
import type { Step } from './types';
import { nodeFailureStepsEn } from './node-failure/narration/en';
import { nodeFailureStepsKo } from './node-failure/narration/ko';
import { nodeFailureTimeline } from './node-failure/timeline';
import {
	kubectlGetBranches,
	nodeFailureBranches,
	podBranches,
	scaleOutBranches,
	serviceBranches
} from './testing/branches';
import { scaleOutStepsEn } from './scale-out/narration/en';
import { scaleOutStepsKo } from './scale-out/narration/ko';
import { scaleOutTimeline } from './scale-out/timeline';
import { kubectlGetStepsEn } from './kubectl-get/narration/en';
import { kubectlGetStepsKo } from './kubectl-get/narration/ko';
import { kubectlGetTimeline } from './kubectl-get/timeline';

/** Lead sentence limits: English words, Korean characters not counting spaces. */
const MAX_EN_WORDS = 14;
const MAX_KO_CHARS = 60;

// ---------------------------------------------------------------------------------------------
// sentences

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const chars = (s: string) => s.replace(/\s/g, '').length;

/** ㅂ as the final consonant of a Hangul syllable: 합, 됩, 입, 습 … */
const hasBieup = (syllable: string) => {
	const code = syllable.charCodeAt(0) - 0xac00;
	return code >= 0 && code < 11172 && code % 28 === 17;
};

/**
 * 합니다체: the sentence ends in -ㅂ니다/-습니다, a question in -ㅂ니까/-습니까, or a request in
 * -세요/-십시오; only its final . ? ! is set aside. A noun (“… 선택”), -함/-됨, 한다체 (-한다) and
 * 해요체 (-니까요) fail.
 */
function isFormal(sentence: string): boolean {
	const s = sentence.replace(/[.?!]+$/, '');
	if (/(?:세요|십시오)$/.test(s)) return true;
	const m = /([\uac00-\ud7a3])니[다까]$/.exec(s);
	return m !== null && hasBieup(m[1]);
}

// ---------------------------------------------------------------------------------------------
// the glossary

interface Term {
	used: string[];
	rejected: string[];
}

/** The rows of the glossary's table under `## heading`: its 사용 and 쓰지 않음 columns. */
function glossaryTable(md: string, heading: string): Term[] {
	const section = md.split(/^## /m).find((s) => s.startsWith(heading));
	if (!section) throw new Error(`glossary.md has no section “## ${heading}”`);
	const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
	return section
		.split('\n')
		.filter((l) => l.startsWith('|'))
		.slice(2) // the header and its --- line
		.map((l) => l.split('|').slice(1, -1))
		.map((cells) => ({ used: ticked(cells[1]), rejected: ticked(cells[2]) }));
}

const glossary = readFileSync(new URL('../i18n/glossary.md', import.meta.url), 'utf8');
const TERMS = glossaryTable(glossary, 'Terms');
const IPTABLES_TERMS = glossaryTable(glossary, 'iptables panel');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The rejected terms `text` uses. A rejected term may appear inside a chosen one (검증 in
 * 검증 어드미션, apiserver in kube-apiserver), so those chosen terms are blanked out first; a
 * Latin term matches only as a whole word (pull, not ErrImagePull or Pulling).
 */
function rejectedIn(text: string, terms: Term[]): string[] {
	const rejected = terms.flatMap((t) => t.rejected);
	const masks = terms
		.flatMap((t) => t.used)
		.filter((u) => rejected.some((r) => r !== u && u.includes(r)))
		.sort((a, b) => b.length - a.length);
	const masked = masks.reduce((s, u) => s.split(u).join('\u2400'), text);
	return rejected.filter((r) =>
		/^[\x20-\x7e]+$/.test(r)
			? new RegExp(`(?<![A-Za-z0-9_./-])${escape(r)}(?![A-Za-z0-9_-])`).test(masked)
			: masked.includes(r)
	);
}

// ---------------------------------------------------------------------------------------------
// every step of every branch, rendered in both languages

interface Rendered {
	name: string;
	title: string;
	body: string;
}

/** Every distinct title and body a flow's branches show in one language. */
function rendered(
	flow: string,
	build: (scenario: never) => { steps: Step[] },
	branches: Record<string, unknown>,
	texts: StepTexts
): Rendered[] {
	const seen = new Map<string, Rendered>();
	for (const [branch, scenario] of Object.entries(branches))
		build(scenario as never).steps.forEach((step, i) => {
			const { title, body } = stepText(texts, step);
			const key = `${title}\n${body}`;
			if (!seen.has(key))
				seen.set(key, { name: `${flow} ${step.id} (${branch}, ${i + 1})`, title, body });
		});
	return [...seen.values()];
}

const build = {
	pod: podCreationTimeline as (s: never) => { steps: Step[] },
	service: serviceTimeline as (s: never) => { steps: Step[] },
	nodeFailure: nodeFailureTimeline as (s: never) => { steps: Step[] },
	scaleOut: scaleOutTimeline as (s: never) => { steps: Step[] },
	kubectlGet: kubectlGetTimeline as (s: never) => { steps: Step[] }
};
const en = [
	...rendered('pod-creation', build.pod, podBranches, podStepsEn as StepTexts),
	...rendered('service', build.service, serviceBranches, serviceStepsEn as StepTexts),
	...rendered(
		'node-failure',
		build.nodeFailure,
		nodeFailureBranches,
		nodeFailureStepsEn as StepTexts
	),
	...rendered('scale-out', build.scaleOut, scaleOutBranches, scaleOutStepsEn as StepTexts),
	...rendered('kubectl-get', build.kubectlGet, kubectlGetBranches, kubectlGetStepsEn as StepTexts)
];
const ko = [
	...rendered('pod-creation', build.pod, podBranches, podStepsKo as StepTexts),
	...rendered('service', build.service, serviceBranches, serviceStepsKo as StepTexts),
	...rendered(
		'node-failure',
		build.nodeFailure,
		nodeFailureBranches,
		nodeFailureStepsKo as StepTexts
	),
	...rendered('scale-out', build.scaleOut, scaleOutBranches, scaleOutStepsKo as StepTexts),
	...rendered('kubectl-get', build.kubectlGet, kubectlGetBranches, kubectlGetStepsKo as StepTexts)
];
const cases = (list: Rendered[]) => list.map((r) => [r.name, r] as const);

// ---------------------------------------------------------------------------------------------

describe('the helpers', () => {
	it.each([
		['One. Two.', ['One.', 'Two.']],
		['Send to 10.96.0.1. Then wait.', ['Send to 10.96.0.1.', 'Then wait.']],
		['Give it one, e.g. sleep 3600. Done', ['Give it one, e.g. sleep 3600.', 'Done']],
		[
			'It reads “0/3 nodes. preemption: none..” The pod waits.',
			['It reads “0/3 nodes. preemption: none..”', 'The pod waits.']
		],
		['“a. b.”를 출력합니다. 끝납니다.', ['“a. b.”를 출력합니다.', '끝납니다.']],
		['v1.28부터 바뀝니다 (압축 0.5). 다음입니다', ['v1.28부터 바뀝니다 (압축 0.5).', '다음입니다']],
		['Is it? Yes! No', ['Is it?', 'Yes!', 'No']]
	])('sentences(%j)', (text, want) => expect(sentences(text)).toEqual(want));

	it.each([
		['저장합니다.', true],
		['이미 있습니다', true],
		['Pending입니다.', true],
		['다시 시도합니까?', true],
		['명령을 주세요.', true],
		['apiserver로 보낸다', false],
		['nginx 선택', false],
		['대기 중.', false],
		['바뀐 것이 없으니까요.', false],
		['없으니까', false],
		['준비됨', false]
	])('isFormal(%j) is %s', (s, want) => expect(isFormal(s)).toBe(want));

	it('reads the glossary: rejected terms, and chosen terms that contain them', () => {
		expect(TERMS.length).toBeGreaterThan(20);
		expect(rejectedIn('검증 어드미션 다음에 kube-apiserver가 씁니다', TERMS)).toEqual([]);
		expect(rejectedIn('스키마 검증 뒤 apiserver가 씁니다', TERMS)).toEqual(
			expect.arrayContaining(['검증', '스키마 검증', 'apiserver'])
		);
		expect(rejectedIn('ErrImagePull, Pulling, CRI PullImage', TERMS)).toEqual([]);
		expect(rejectedIn('이미지를 pull 합니다', TERMS)).toEqual(['pull']);
		expect(rejectedIn('→ 통과', IPTABLES_TERMS)).toEqual(['통과']);
	});
});

describe('1. every body opens with a short lead sentence', () => {
	it.each(cases(en))('en: %s', (_name, r) => {
		const lead = sentences(r.body)[0];
		expect(words(lead), lead).toBeLessThanOrEqual(MAX_EN_WORDS);
	});
	it.each(cases(ko))('ko: %s', (_name, r) => {
		const lead = sentences(r.body)[0];
		expect(chars(lead), lead).toBeLessThanOrEqual(MAX_KO_CHARS);
	});
});

describe('2. the Korean is 합니다체: every title one sentence, every body sentence', () => {
	it.each(cases(ko))('title: %s', (_name, r) => {
		expect(sentences(r.title), r.title).toHaveLength(1);
		expect(r.title, 'a title has no final period').not.toMatch(/\.$/);
		expect(isFormal(r.title), r.title).toBe(true);
	});
	it.each(cases(ko))('body: %s', (_name, r) => {
		expect(sentences(r.body).filter((s) => !isFormal(s))).toEqual([]);
	});
});

describe('3. the Korean uses the glossary’s terms, not the ones it rejects', () => {
	it.each(cases(ko))('%s', (_name, r) => {
		expect(rejectedIn(`${r.title}\n${r.body}`, TERMS)).toEqual([]);
	});

	it('the iptables panel too', () => {
		const texts: string[] = [];
		const walk = (v: unknown) => {
			if (typeof v === 'string') texts.push(v);
			else if (typeof v === 'function')
				for (const taken of [0, 1])
					texts.push(
						v({
							node: 'node-1',
							table: 'nat',
							added: 1,
							removed: 0,
							sep: 'KUBE-SEP-X',
							p: '0.5000000000',
							draw: '0.71',
							taken,
							to: '10.244.1.2:8080'
						})
					);
			else if (v && typeof v === 'object') Object.values(v).forEach(walk);
		};
		walk(iptablesUi.ko);
		expect(texts.flatMap((t) => rejectedIn(t, [...TERMS, ...IPTABLES_TERMS]))).toEqual([]);
	});
});
