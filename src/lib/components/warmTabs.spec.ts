import { describe, expect, it } from 'vitest';
import serviceFlow from '$lib/flows/service/flow';
import { defaultServiceScenario } from '$lib/flows/service/scenario';
import { ui } from '$lib/flows/service/ui';
import type { Step } from '$lib/flows/types';
import { stateBefore, stepsOpening } from './warmTabs';

describe('stepsOpening', () => {
	const timeline = serviceFlow.build(defaultServiceScenario);
	const { steps } = timeline;

	it('finds the first and the last step whose panel of choice is the tab', () => {
		const at = stepsOpening(steps, ui.suggestTab as (s: Step) => string, 'iptables');
		const stages = steps.map((s) => s.stage);
		expect(at).toHaveLength(2);
		expect(stages.indexOf('kube-proxy')).toBe(at[0]);
		expect(['kube-proxy', 'packet']).toContain(stages[at[1]]);
		expect(stages.slice(at[1] + 1).every((s) => s !== 'kube-proxy' && s !== 'packet')).toBe(true);
	});

	it('takes the last step for a tab no step opens, and one step once', () => {
		expect(stepsOpening(steps, () => 'etcd', 'pod')).toEqual([steps.length - 1]);
		expect(stepsOpening(steps.slice(0, 1), () => 'etcd', 'etcd')).toEqual([0]);
	});
});

describe('stateBefore', () => {
	it('is the previous step’s snapshot, or the initial cluster before the first', () => {
		const timeline = serviceFlow.build(defaultServiceScenario);
		expect(stateBefore(timeline, 0)).toBe(timeline.initial);
		expect(stateBefore(timeline, 3)).toBe(timeline.steps[2].snapshot);
	});
});
