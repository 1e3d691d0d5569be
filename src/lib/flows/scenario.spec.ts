import { describe, expect, it } from 'vitest';
import { deepLinkSearch, readDeepLink } from './deepLink';
import { defaultPodScenario, parsePodScenario, podScenarioParams } from './scenario';
import type { Timeline } from './types';

const parse = (q: string) => parsePodScenario(new URLSearchParams(q));

describe('parsePodScenario', () => {
	it('reads every parameter', () => {
		expect(
			parse('nodes=5&name=web-1&image=redis:7.2&cpu=250m&memory=128Mi&seed=abc').scenario
		).toEqual({
			nodes: 5,
			name: 'web-1',
			image: 'redis:7.2',
			cpu: 250,
			memory: 128 * 1024 * 1024,
			seed: 'abc'
		});
	});

	it.each([
		['nodes=0', 'nodes', 'integerRange'],
		['nodes=51', 'nodes', 'integerRange'],
		['nodes=-1', 'nodes', 'integerRange'],
		['nodes=2.5', 'nodes', 'integerRange'],
		['nodes=99999999999999999999', 'nodes', 'integerRange'],
		['name=<b>x</b>', 'name', 'dns1123'],
		['name=Nginx', 'name', 'dns1123'],
		['name=-x', 'name', 'dns1123'],
		[`name=${'a'.repeat(64)}`, 'name', 'dns1123'],
		['image=NGINX!!', 'image', 'image'],
		['cpu=lots', 'cpu', 'cpu'],
		['cpu=-1', 'cpu', 'cpu'],
		['memory=1Zi', 'memory', 'memory'],
		['seed=<script>', 'seed', 'seed']
	])('%s is rejected with a reason and the default kept', (q, field, reason) => {
		const { scenario, problems } = parse(q);
		expect(problems).toMatchObject([{ field, reason, value: new URLSearchParams(q).get(field) }]);
		expect(scenario).toEqual(defaultPodScenario);
	});

	it('an empty cpu or memory means no request', () => {
		expect(parse('cpu=&memory=').scenario).toMatchObject({ cpu: null, memory: null });
	});

	it('round-trips through the query string', () => {
		const s = {
			...defaultPodScenario,
			nodes: 7,
			cpu: 1500,
			memory: 512 * 1024 * 1024,
			image: 'httpd:2.4'
		};
		expect(parsePodScenario(podScenarioParams(s)).scenario).toEqual(s);
	});
});

describe('readDeepLink', () => {
	const count = {
		parse: parsePodScenario,
		build: () => ({ steps: Array(15) }) as unknown as Timeline
	};
	const pod = { params: podScenarioParams };
	it.each([
		['step=abc', null, 'step'],
		['step=999', 14, 'step'],
		['step=0', null, 'step'],
		['step=7', 6, null],
		['lang=fr', null, 'lang'],
		['', null, null]
	])('%s opens at step index %s (null: the very start)', (q, step, problem) => {
		const link = readDeepLink(`?${q}`, count);
		expect(link.step).toBe(step);
		expect(link.problems.map((p) => p.field)).toEqual(problem ? [problem] : []);
	});

	it('writes a link that reads back to the same view', () => {
		const s = { ...defaultPodScenario, nodes: 4, cpu: 250 };
		const link: Partial<ReturnType<typeof readDeepLink>> = readDeepLink(
			deepLinkSearch(pod, s, 6, 'ko'),
			count
		);
		delete link.timeline;
		expect(link).toEqual({ scenario: s, step: 6, lang: 'ko', problems: [] });
	});
});
