/**
 * kubectlGetTimeline(scenario): run the kubectl-get machine to its end and keep every step, with
 * what each watching command has printed by then. Pure: the same scenario gives the same steps.
 */
import { createActor } from 'xstate';
import { runToEnd } from '$lib/flows/kit/runToEnd';
import type { Timeline } from '$lib/flows/types';
import { createKubectlGetCluster } from './cluster';
import { kubectlGetMachine, type KubectlGetStep } from './machine';
import { watchOutputs } from './printed';
import type { KubectlGetScenario } from './scenario';

export type KubectlGetTimeline = Timeline<KubectlGetStep>;

/** the steps that start a watch: their output runs on over the steps after them */
const WATCHES = new Set(['watchStarts', 'watchOnlyOpens']);

export function kubectlGetTimeline(scenario: KubectlGetScenario): KubectlGetTimeline {
	const initial = createKubectlGetCluster(scenario);
	initial.etcd.log = [];
	const actor = createActor(kubectlGetMachine, {
		input: { scenario, state: structuredClone(initial) }
	});
	runToEnd(actor);
	const { steps } = actor.getSnapshot().context;
	actor.stop();
	steps.forEach((s, i) => {
		if (WATCHES.has(s.id))
			for (const [at, output] of watchOutputs(steps, initial, i))
				steps[at].command!.output = output;
	});
	return { flow: 'kubectl-get', subject: 'default/web', steps, initial, clock: true };
}
