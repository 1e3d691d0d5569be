import { describe, expect, it } from 'vitest';
import { int, list, paramNames, parseScenario, scenarioParams, type ScenarioSpec } from './fields';
import { cpu } from './quantityFields';

interface S {
	nodes: number;
	cpu: number | null;
	items: string[];
}

const spec: ScenarioSpec<S> = {
	fields: {
		nodes: int(1, 5),
		cpu: cpu(),
		items: list(
			{
				read: (t) => (/^[a-z]+$/.test(t.trim()) ? t.trim() : null),
				write: (v) => v,
				invalid: { reason: 'action', max: 9 }
			},
			2,
			'then'
		)
	},
	defaults: { nodes: 3, cpu: null, items: [] }
};

const parse = (q: string) => parseScenario(spec, new URLSearchParams(q));

describe('scenario fields', () => {
	it('name their URL parameters, a list by its own', () => {
		expect(paramNames(spec)).toEqual(['nodes', 'cpu', 'then']);
	});

	it('read good values, trimmed, and keep the default for a bad one, with why', () => {
		expect(parse('nodes=%204%20&cpu=250m')).toEqual({
			scenario: { nodes: 4, cpu: 250, items: [] },
			problems: []
		});
		expect(parse('nodes=9&cpu=lots')).toEqual({
			scenario: spec.defaults,
			problems: [
				{ field: 'nodes', value: '9', reason: 'integerRange', min: 1, max: 5 },
				{ field: 'cpu', value: 'lots', reason: 'cpu' }
			]
		});
	});

	it('keep a list’s good items up to its most, and name each bad or extra one', () => {
		expect(parse('then=a,,B,b,c')).toEqual({
			scenario: { ...spec.defaults, items: ['a', 'b'] },
			problems: [
				{ field: 'then', value: 'B', reason: 'action', max: 9 },
				{ field: 'then', value: 'c', reason: 'tooManyActions', max: 2 }
			]
		});
	});

	it('write only what differs from the defaults, and read it back', () => {
		expect(scenarioParams(spec, spec.defaults).toString()).toBe('');
		const s: S = { nodes: 5, cpu: 1500, items: ['x', 'y'] };
		expect(scenarioParams(spec, s).toString()).toBe('nodes=5&cpu=1500m&then=x%2Cy');
		expect(parse(scenarioParams(spec, s).toString()).scenario).toEqual(s);
	});
});
