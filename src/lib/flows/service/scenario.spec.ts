import { describe, expect, it } from 'vitest';
import { deepLinkSearch, readDeepLink } from '$lib/flows/kit/deepLink';
import serviceFlow from './flow';
import {
	MAX_ACTIONS,
	defaultServiceScenario,
	formatAction,
	parseAction,
	serviceScenarioSpec,
	type ServiceScenario
} from './scenario';
import { parseScenario, scenarioParams } from '$lib/flows/kit/fields';

const parse = (q: string) => parseScenario(serviceScenarioSpec, new URLSearchParams(q));
const serviceScenarioParams = (s: ServiceScenario) => scenarioParams(serviceScenarioSpec, s);

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
		['delete:<script>alert(1)</script>', null],
		['delete:', null],
		['scale:', null],
		['scale:abc', null],
		['scale:1e3', null],
		['scale:0x10', null],
		['scale:99999999999999999999', null],
		['packet:1', null],
		['ADD-NODE', null],
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

describe('the Service scenario’s fields', () => {
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
		['replicas=51', 'replicas', 'integerRange'],
		['replicas=abc', 'replicas', 'integerRange'],
		['replicas=', 'replicas', 'integerRange'],
		['port=70000', 'port', 'integerRange'],
		['port=65536', 'port', 'integerRange'],
		['port=0', 'port', 'integerRange'],
		['port=-80', 'port', 'integerRange'],
		['port=80.5', 'port', 'integerRange'],
		['port=0x50', 'port', 'integerRange'],
		['port=%20', 'port', 'integerRange'],
		['port=99999999999999999999', 'port', 'integerRange'],
		['port=1e309', 'port', 'integerRange'],
		['targetPort=0', 'targetPort', 'integerRange'],
		['targetPort=http', 'targetPort', 'integerRange'],
		['name=1web', 'name', 'dns1035'],
		['name=Web', 'name', 'dns1035'],
		['name=web_1', 'name', 'dns1035'],
		['name=-web', 'name', 'dns1035'],
		['name=web-', 'name', 'dns1035'],
		['name=', 'name', 'dns1035'],
		[`name=${'a'.repeat(64)}`, 'name', 'dns1035'],
		['name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'name', 'dns1035'],
		['name=kubernetes', 'name', 'reservedName'],
		['name=%20kubernetes', 'name', 'reservedName'],
		['seed=a b', 'seed', 'seed'],
		['then=fly', 'then', 'action'],
		['then=scale:51', 'then', 'action'],
		['then=delete:%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'then', 'action']
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

	it('reads values with whitespace around them, and skips empty what-ifs without a word', () => {
		const { scenario, problems } = parse('port=%20443%20&name=%20api%20&then=scale:1,,%20packet,');
		expect(problems).toEqual([]);
		expect(scenario).toEqual({
			...defaultServiceScenario,
			port: 443,
			name: 'api',
			actions: [{ kind: 'scale', replicas: 1 }, { kind: 'packet' }]
		});
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

	it.each([
		['then=packet&then=add-node', 'then', 'repeated'],
		['replica=2', 'replica', 'unknown'],
		['cpu=500m', 'cpu', 'unknown'],
		['targetport=9376', 'targetport', 'unknown']
	])('%s is reported and the default kept', (q, field, reason) => {
		const link = readDeepLink(`?${q}`, serviceFlow);
		expect(link.problems).toEqual([expect.objectContaining({ field, reason })]);
		expect(link.scenario).toEqual(defaultServiceScenario);
	});
});
