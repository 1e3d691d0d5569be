import { describe, expect, it } from 'vitest';
import {
	formatNodeTaint,
	formatTaint,
	formatToleration,
	parseTaintSpec,
	parseToleration,
	playedTaints,
	taintProblems
} from './taints';

describe('taints as kubectl taint nodes reads them (cmd/taint/utils.go parseTaint)', () => {
	it.each([
		['dedicated=gpu:NoSchedule', { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }],
		['dedicated:NoExecute', { key: 'dedicated', effect: 'NoExecute' }],
		['example.com/spot=:PreferNoSchedule', { key: 'example.com/spot', effect: 'PreferNoSchedule' }],
		// an effect is required to add a taint; kubectl says "invalid taint spec"
		['dedicated', null],
		['dedicated=gpu', null],
		['dedicated=gpu:NoRun', null],
		['a=b=c:NoSchedule', null],
		['a:b:NoSchedule', null],
		['-bad:NoSchedule', null],
		['dedicated=not valid:NoSchedule', null],
		[':NoSchedule', null]
	])('%s', (text, want) => {
		const got = parseTaintSpec(text);
		expect(got).toEqual(want);
		if (got) expect(formatTaint(got)).toBe(text.replace('=:', ':'));
	});
});

describe('tolerations in a link', () => {
	it.each([
		[
			'dedicated=gpu:NoSchedule',
			{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }
		],
		['dedicated=gpu', { key: 'dedicated', operator: 'Equal', value: 'gpu' }],
		['dedicated:NoSchedule', { key: 'dedicated', operator: 'Exists', effect: 'NoSchedule' }],
		['dedicated', { key: 'dedicated', operator: 'Exists' }],
		['*', { operator: 'Exists' }],
		['*:NoExecute', { operator: 'Exists', effect: 'NoExecute' }],
		['=gpu', null],
		['a:b:NoSchedule', null],
		['a:Never', null],
		['-a', null]
	])('%s', (text, want) => {
		const got = parseToleration(text);
		expect(got).toEqual(want);
		if (got) expect(formatToleration(got)).toBe(text);
	});
});

describe('the taints a run plays', () => {
	const t = (node: string, effect: 'NoSchedule' | 'NoExecute' = 'NoSchedule') => ({
		node,
		key: 'dedicated',
		effect
	});

	it('skips a node the cluster lacks and a repeated key and effect, and says so', () => {
		const taints = [t('node-2'), t('node-4'), t('node-2'), t('node-2', 'NoExecute')];
		expect(playedTaints(taints, 3).played).toEqual([t('node-2'), t('node-2', 'NoExecute')]);
		expect(taintProblems({ taints, nodes: 3 })).toEqual([
			{ field: 'taints', value: 'node-4:dedicated:NoSchedule', reason: 'noSuchNode', max: 3 },
			{ field: 'taints', value: 'node-2:dedicated:NoSchedule', reason: 'duplicateTaint', max: 3 }
		]);
		expect(formatNodeTaint(t('node-1'))).toBe('node-1:dedicated:NoSchedule');
	});
});
