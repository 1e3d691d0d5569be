import { describe, expect, it } from 'vitest';
import { defaultPodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import { frameAt, stateBefore, timeAxis } from './frame';
import { restOf } from './playerRules';
import { HOLD_MS, MESSAGE_MS } from './timing';

const tl = podCreationTimeline(defaultPodScenario);
const { starts, ends } = timeAxis(tl);
const persist = tl.steps.findIndex((s) => s.id === 'persistPod');

describe('frameAt', () => {
	it("draws a step's messages in phases, each with its progress", () => {
		const v = frameAt(tl, starts, ends, starts[persist] + MESSAGE_MS / 2);
		expect(v.index).toBe(persist);
		expect(v.frame.messages.map((m) => [m.from, m.to, m.progress])).toEqual([
			['kube-apiserver', 'etcd', 0.5]
		]);
	});

	it('keeps every message of the step drawn, arrived, while resting on it', () => {
		const v = frameAt(tl, starts, ends, restOf(ends, persist));
		expect(v.frame.messages.map((m) => m.progress)).toEqual([1, 1, 1]);
		expect(v.frame.messages.map((m) => m.label)).toEqual([
			'txn PUT /registry/pods/default/nginx',
			expect.stringMatching(/^OK revision \d+$/),
			'201 Created pod/nginx'
		]);
	});

	it("shows the earlier snapshot until the step's messages have arrived", () => {
		const mid = frameAt(tl, starts, ends, starts[persist] + 10);
		expect(mid.applied).toBe(false);
		expect(mid.state).toBe(tl.steps[persist - 1].snapshot);
		const done = frameAt(tl, starts, ends, ends[persist] - HOLD_MS / 2);
		expect(done.applied).toBe(true);
		expect(done.state).toBe(tl.steps[persist].snapshot);
	});

	it("marks the step's actors active and every other actor inactive", () => {
		const v = frameAt(tl, starts, ends, restOf(ends, persist));
		expect(
			v.frame.actors
				.filter((a) => a.active)
				.map((a) => a.id)
				.sort()
		).toEqual(['etcd', 'kube-apiserver', 'kubectl']);
		expect(v.frame.actors.map((a) => a.id)).toContain('container-runtime@node-3');
	});

	it('draws the subject pod in its node only once it is bound', () => {
		const bind = tl.steps.findIndex((s) => s.id === 'persistBinding');
		const before = frameAt(tl, starts, ends, restOf(ends, bind - 1));
		expect(before.frame.pods.find((p) => p.subject)).toBeUndefined();
		const after = frameAt(tl, starts, ends, restOf(ends, bind));
		expect(after.frame.pods.find((p) => p.subject)).toMatchObject({
			key: 'default/nginx',
			node: 'node-3',
			phase: 'Pending'
		});
		const end = frameAt(tl, starts, ends, restOf(ends, tl.steps.length - 1));
		expect(end.frame.pods.find((p) => p.subject)).toMatchObject({
			phase: 'Running',
			status: 'Running'
		});
	});

	it('gives messages sharing a link distinct lanes', () => {
		const v = frameAt(tl, starts, ends, restOf(ends, persist));
		const apiEtcd = v.frame.messages.filter((m) => [m.from, m.to].includes('etcd'));
		expect(apiEtcd.map((m) => m.lane)).toEqual([0, 1]);
	});

	it('seeking to step k shows the same snapshot as playing through to k', () => {
		for (let k = 0; k < tl.steps.length; k++) {
			expect(frameAt(tl, starts, ends, restOf(ends, k)).state).toBe(tl.steps[k].snapshot);
		}
	});
});

describe('stateBefore', () => {
	it('is the previous step’s snapshot, or the initial cluster before the first', () => {
		expect(stateBefore(tl, 0)).toBe(tl.initial);
		expect(stateBefore(tl, 3)).toBe(tl.steps[2].snapshot);
	});
});
