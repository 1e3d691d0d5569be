/** Every step of every flow, what-ifs included, has the presenter's notes in both languages. */
import { describe, expect, it } from 'vitest';
import type { FlowUi } from '../components/flowUi';
import type { Timeline } from './types';
import { FLOWS, FLOW_IDS } from './registry';
import type { ServiceAction } from './service/scenario';
import { backendPods } from './service/backends';
import { kubectlGetBranches, nodeFailureBranches } from './testing/branches';

/** Scenarios that reach every kind of step a flow has: its default, and its what-ifs. */
async function runs(id: (typeof FLOW_IDS)[number]) {
	const model = await FLOWS[id].model();
	const defaults = model.scenario.defaults as Record<string, unknown>;
	const scenarios: Record<string, unknown>[] = [defaults];
	if (id === 'service') {
		const actions: ServiceAction[] = [
			{ kind: 'scale', replicas: 2 },
			{ kind: 'add-node' },
			{ kind: 'packet' }
		];
		scenarios.push({ ...defaults, actions });
		// a pod of the first run, deleted
		const first = model.build(defaults) as Timeline;
		const [pod] = backendPods(first.steps.at(-1)!.snapshot, defaults.name as string);
		scenarios.push({ ...defaults, actions: [{ kind: 'delete', pod: pod.name }] });
	}
	// each ending, and both twists
	if (id === 'node-failure')
		scenarios.push(
			...[
				nodeFailureBranches.recover,
				nodeFailureBranches.twoRounds,
				nodeFailureBranches.statefulOutOfService
			].map((s) => ({ ...s }))
		);
	// every what-if
	if (id === 'kubectl-get') scenarios.push({ ...kubectlGetBranches.everyWhatIf });
	return scenarios.map((s) => ({ scenario: s, timeline: model.build(s) as Timeline }));
}

describe.each(FLOW_IDS)('the presenter’s notes of %s', (id) => {
	it('cover every step of every run, in both languages, alike', async () => {
		// every flow's page module, as the player sees it (its own step and scenario types erased)
		const ui: FlowUi = await FLOWS[id].load();
		const { notes } = await ui.notes();
		expect(Object.keys(notes.ko).sort()).toEqual(Object.keys(notes.en).sort());
		const used = new Set<string>();
		for (const { scenario, timeline } of await runs(id))
			for (const step of timeline.steps) {
				const key = ui.noteKey(step, scenario);
				used.add(key);
				for (const lang of ['en', 'ko'] as const) {
					const note = notes[lang][key];
					expect(note?.ask, `${lang} ${key}`).toBeTruthy();
					expect(note?.pitfall, `${lang} ${key}`).toBeTruthy();
				}
			}
		// no note is left without a step to show it
		expect([...used].sort()).toEqual(Object.keys(notes.en).sort());
	});
});
