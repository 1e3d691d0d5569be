import { describe, expect, it } from 'vitest';
import { deepLinkSearch, readDeepLink } from '../deepLink';
import { serviceFlow } from './definition';
import {
	MAX_ACTIONS,
	defaultServiceScenario,
	formatAction,
	parseAction,
	parseServiceScenario,
	serviceScenarioParams
} from './scenario';

const parse = (q: string) => parseServiceScenario(new URLSearchParams(q));

describe('parseAction', () => {
	it.each([
		['scale:0', { kind: 'scale', replicas: 0 }],
		['scale:10', { kind: 'scale', replicas: 10 }],
		[' add-node ', { kind: 'add-node' }],
		['packet', { kind: 'packet' }],
		['delete:web-abc12-x7k2p', { kind: 'delete', pod: 'web-abc12-x7k2p' }],
		['scale:51', null],
		['scale:-1', null],
		['scale:2.5', null],
		['scale', null],
		['scale:1:2', null],
		['delete:Web_1', null],
		['delete:<b>x</b>', null],
		['fly', null],
		['', null]
	])('%s → %j', (text, action) => {
		expect(parseAction(text)).toEqual(action);
	});

	it('writes back what it reads', () => {
		for (const t of ['scale:3', 'delete:web-1', 'add-node', 'packet'])
			expect(formatAction(parseAction(t)!)).toBe(t);
	});
});

describe('parseServiceScenario', () => {
	it('reads every parameter', () => {
		expect(
			parse('nodes=5&replicas=2&port=8080&targetPort=9376&name=api&seed=x&then=scale:1,packet')
				.scenario
		).toEqual({
			nodes: 5,
			replicas: 2,
			port: 8080,
			targetPort: 9376,
			name: 'api',
			seed: 'x',
			actions: [{ kind: 'scale', replicas: 1 }, { kind: 'packet' }]
		});
	});

	it.each([
		['nodes=0', 'nodes', 'integerRange'],
		['nodes=51', 'nodes', 'integerRange'],
		['replicas=-1', 'replicas', 'integerRange'],
		['replicas=1e3', 'replicas', 'integerRange'],
		['port=70000', 'port', 'integerRange'],
		['targetPort=0', 'targetPort', 'integerRange'],
		['name=1web', 'name', 'dns1035'],
		['name=Web', 'name', 'dns1035'],
		['name=kubernetes', 'name', 'reservedName'],
		['seed=a b', 'seed', 'seed'],
		['then=fly', 'then', 'action']
	])('%s is refused (%s: %s) and the default stays', (q, field, reason) => {
		const { scenario, problems } = parse(q);
		expect(problems).toEqual([expect.objectContaining({ field, reason })]);
		expect(scenario).toEqual(defaultServiceScenario);
	});

	it(`keeps the good what-ifs and at most ${MAX_ACTIONS}`, () => {
		const many = Array.from({ length: MAX_ACTIONS + 2 }, () => 'packet');
		const { scenario, problems } = parse(`then=fly,${many.join(',')}`);
		expect(scenario.actions).toHaveLength(MAX_ACTIONS);
		expect(problems.map((p) => p.reason)).toEqual(['action', 'tooManyActions', 'tooManyActions']);
	});

	it('writes only what differs from the defaults, and reads it back', () => {
		expect(serviceScenarioParams(defaultServiceScenario).toString()).toBe('');
		const s = { ...defaultServiceScenario, replicas: 0, actions: [{ kind: 'add-node' as const }] };
		expect(parse(serviceScenarioParams(s).toString()).scenario).toEqual(s);
	});
});

describe('deep links of the Service flow', () => {
	it('keep the what-ifs readable and read back to the same scenario', () => {
		const s = {
			...defaultServiceScenario,
			actions: [{ kind: 'scale' as const, replicas: 1 }, { kind: 'packet' as const }]
		};
		const search = deepLinkSearch(serviceFlow, s, 3, 'ko');
		expect(search).toBe('?then=scale:1,packet&step=4&lang=ko');
		const link = readDeepLink(search, serviceFlow);
		expect(link.scenario).toEqual(s);
		expect(link.step).toBe(3);
	});
});
