/**
 * Property tests over random scenarios of every flow: every timeline keeps the invariants of
 * testing/invariants.ts at every step, every etcd write bumps the revision by exactly one and is
 * the step's to report, and the same scenario always gives the same timeline.
 *
 * A failure prints fast-check's seed and path: FC_SEED=<seed> FC_PATH=<path> npx vitest run
 * src/lib/flows/properties.spec.ts replays it; FC_NUM_RUNS=<n> runs more (or fewer) cases.
 */
import { parseScenario, scenarioParams } from '$lib/flows/kit/fields';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { EtcdStore } from '$lib/sim/etcd';
import type { FlowDefinition } from './kit/definition';
import podCreationFlow from './pod-creation/flow';
import serviceFlow from './service/flow';
import { serviceTimeline } from './service/timeline';
import nodeFailureFlow from './node-failure/flow';
import { nodeFailureTimeline } from './node-failure/timeline';
import {
	kubectlGetScenarioArb,
	nodeFailureScenarioArb,
	podScenarioArb,
	runs,
	scaleOutScenarioArb,
	serviceScenarioArb
} from './testing/arbitraries';
import scaleOutFlow from './scale-out/flow';
import { scaleOutTimeline } from './scale-out/timeline';
import kubectlGetFlow from './kubectl-get/flow';
import { kubectlGetTimeline } from './kubectl-get/timeline';
import {
	kubectlGetViolations,
	nodeFailureViolations,
	scaleOutViolations,
	serviceViolations,
	timelineViolations
} from './testing/checkTimeline';
import { states } from './testing/invariants';
import { podCreationTimeline } from './pod-creation/timeline';
import type { Timeline } from './types';

// Whole properties run many cases: their time is budgeted by numRuns, not by vitest's 5 s.
vi.setConfig({ testTimeout: 120_000 });

/** etcd's write log, as the store itself sees it: every put and del, by the store written to. */
interface Write {
	op: 'put' | 'del';
	key: string;
	before: number;
	after: number;
}
const writes = vi.hoisted(() => new WeakMap<object, Write[]>());

vi.mock('$lib/sim/etcd', async (importOriginal) => {
	const real = await importOriginal<typeof import('$lib/sim/etcd')>();
	const logged =
		<A extends unknown[], R>(op: Write['op'], f: (store: EtcdStore, key: string, ...a: A) => R) =>
		(store: EtcdStore, key: string, ...rest: A): R => {
			const before = store.revision;
			const result = f(store, key, ...rest);
			const log = writes.get(store) ?? [];
			writes.set(store, [...log, { op, key, before, after: store.revision }]);
			return result;
		};
	return { ...real, put: logged('put', real.put), del: logged('del', real.del) };
});

/**
 * Each step's snapshot is the very store its writes went to (a step works on its own copy): its
 * log must be consecutive revisions from the step before's, one per write, and be what the step
 * says it wrote, in order. A step that wrote nothing shares the store before it (kit/share.ts).
 */
function writeLogViolations(tl: Timeline): string[] {
	const out: string[] = [];
	const all = states(tl);
	tl.steps.forEach((step, i) => {
		const prev = all[i].etcd.revision;
		const shared = step.snapshot.etcd === all[i].etcd;
		const log = shared ? [] : (writes.get(step.snapshot.etcd) ?? []);
		log.forEach((w, j) => {
			if (w.before !== prev + j || w.after !== w.before + 1)
				out.push(`${step.id}: ${w.op} ${w.key} took revision ${w.before} → ${w.after}`);
		});
		if (step.snapshot.etcd.revision !== prev + log.length)
			out.push(
				`${step.id}: revision ${prev} → ${step.snapshot.etcd.revision}, ${log.length} writes`
			);
		const logged = log.map((w) => w.key);
		if (logged.join() !== step.wrote.join())
			out.push(`${step.id}: says it wrote [${step.wrote}], etcd logged [${logged}]`);
	});
	return out;
}

describe('pod-creation flow, any scenario', () => {
	it('keeps every invariant at every step, and reports every etcd write', () => {
		fc.assert(
			fc.property(podScenarioArb, (scenario) => {
				const tl = podCreationTimeline(scenario);
				expect(timelineViolations(tl)).toEqual([]);
				expect(writeLogViolations(tl)).toEqual([]);
			}),
			runs(100)
		);
	});
});

describe('Service flow, any scenario and what-ifs', () => {
	it('keeps every invariant at every step: slices, rules on every node, replicas settled', () => {
		fc.assert(
			fc.property(serviceScenarioArb, (scenario) => {
				const tl = serviceTimeline(scenario);
				expect(serviceViolations(tl, scenario)).toEqual([]);
				expect(writeLogViolations(tl)).toEqual([]);
			}),
			runs(60)
		);
	});
});

describe('node-failure flow, any scenario and what-ifs', () => {
	it('keeps every invariant at every step: replicas, identities, tolerations, the node’s end', () => {
		fc.assert(
			fc.property(nodeFailureScenarioArb, (scenario) => {
				const tl = nodeFailureTimeline(scenario);
				expect(nodeFailureViolations(tl, scenario)).toEqual([]);
				expect(writeLogViolations(tl)).toEqual([]);
			}),
			runs(80)
		);
	});
});

describe('scale-out flow, any scenario', () => {
	it('never overcommits a node or binds past a taint, and ends back at `from` replicas', () => {
		fc.assert(
			fc.property(scaleOutScenarioArb, (scenario) => {
				const tl = scaleOutTimeline(scenario);
				expect(scaleOutViolations(tl, scenario)).toEqual([]);
				expect(writeLogViolations(tl)).toEqual([]);
			}),
			runs(80)
		);
	});
});

describe('kubectl-get flow, any scenario', () => {
	it('lists at etcd’s revision, watches to the new pod Running, pages every pod once', () => {
		fc.assert(
			fc.property(kubectlGetScenarioArb, (scenario) => {
				const tl = kubectlGetTimeline(scenario);
				expect(kubectlGetViolations(tl, scenario)).toEqual([]);
				expect(writeLogViolations(tl)).toEqual([]);
			}),
			runs(60)
		);
	});
});

/** Every flow as the player loads it, with how many cases its slower properties get. */
const flows = [
	{ flow: podCreationFlow, arb: podScenarioArb as fc.Arbitrary<object>, builds: 60 },
	{ flow: serviceFlow, arb: serviceScenarioArb as fc.Arbitrary<object>, builds: 15 },
	{ flow: nodeFailureFlow, arb: nodeFailureScenarioArb as fc.Arbitrary<object>, builds: 15 },
	{ flow: scaleOutFlow, arb: scaleOutScenarioArb as fc.Arbitrary<object>, builds: 15 },
	{ flow: kubectlGetFlow, arb: kubectlGetScenarioArb as fc.Arbitrary<object>, builds: 15 }
] as { flow: FlowDefinition; arb: fc.Arbitrary<object>; builds: number }[];

describe.each(flows)('$flow.id flow, any scenario', ({ flow, arb, builds }) => {
	it('gives the same timeline for the same scenario, whatever was built before', () => {
		fc.assert(
			fc.property(arb, arb, (scenario, other) => {
				const first = JSON.stringify(flow.build(scenario));
				flow.build(other);
				expect(JSON.stringify(flow.build(structuredClone(scenario)))).toBe(first);
			}),
			runs(builds)
		);
	});

	it('reads back from its own link', () => {
		fc.assert(
			fc.property(arb, (scenario) => {
				expect(parseScenario(flow.scenario, scenarioParams(flow.scenario, scenario))).toEqual({
					scenario,
					problems: []
				});
			}),
			runs(200)
		);
	});
});
