/**
 * The node-failure what-ifs, each read against what the Kubernetes source does: the node comes
 * back, the Node is deleted, the out-of-service taint, web's own toleration, a StatefulSet pod.
 */
import { describe, expect, it } from 'vitest';
import type { ClusterState } from '$lib/sim/cluster';
import { get } from '$lib/sim/etcd';
import { eventsFor } from '$lib/sim/events';
import { nodeKey, nodeReady, readNode } from '$lib/sim/nodeLifecycle';
import { TAINT_OUT_OF_SERVICE } from '$lib/sim/nodeChanges';
import { listPods, podKey } from '$lib/sim/podCodec';
import { displayStatus } from '$lib/sim/podStatus';
import { readPod } from '$lib/sim/apiserver';
import { findStep, type Step } from '../types';
import { nodeFailureBranches as branch } from '../testing/branches';
import {
	defaultNodeFailureScenario,
	failProblems,
	parseNodeFailureAction,
	playedActions,
	type NodeFailureAction
} from './scenario';
import { nodeFailureTimeline } from './timeline';
import { STATEFUL_POD } from './twists';
import { tolerationAction } from './ui/whatIfBar';

const ids = (steps: Step[]) => steps.map((s) => s.id);
const podsOn = (s: ClusterState, node: string) =>
	listPods(s).filter((p) => p.spec.nodeName === node);
const end = (t: { steps: { snapshot: ClusterState }[] }) => t.steps.at(-1)!.snapshot;
const EVICTED = '/registry/pods/default/web-65lgjd7rzz-rzzvs';

describe('then=recover: node-2 comes back', () => {
	const t = nodeFailureTimeline(branch.recover);
	const tail = t.steps.slice(15);

	it('plays after the pods got stuck, as what-if 0, on the clock the controllers keep', () => {
		expect(ids(tail)).toEqual(['nodeReturns', 'taintsLifted', 'kubeletResumes']);
		expect(tail.every((s) => s.action === 0)).toBe(true);
		expect(t.steps.slice(0, 15).some((s) => s.action !== undefined)).toBe(false);
		// a minute after +6:45, then the next 5-second check, then the kubelet's sync
		expect(tail.map((s) => s.snapshot.clock)).toEqual([465, 470, 472]);
	});

	it('posts Ready=True with a NodeReady event, and the taints come off at the next check', () => {
		const back = findStep(t.steps, 'nodeReturns')!.snapshot;
		expect(nodeReady(back, 'node-2')).toBe('True');
		expect(readNode(back, 'node-2')!.spec.taints).toHaveLength(2);
		expect(eventsFor(back, 'default', 'node-2').map((e) => e.message)).toContain(
			'Node node-2 status is now: NodeReady'
		);
		const lifted = findStep(t.steps, 'taintsLifted')!.snapshot;
		expect(readNode(lifted, 'node-2')!.spec.taints).toBeUndefined();
		expect(lifted.nodes.find((n) => n.name === 'node-2')!.taints).toEqual([]);
	});

	it('lets the kubelet finish the evicted pod’s deletion and restart kube-proxy, Ready again', () => {
		// a terminal phase first (canBeDeleted wants it), then the delete
		const labels = findStep(t.steps, 'kubeletResumes')!.messages.map((m) => m.label);
		const patch = labels.indexOf('PATCH pods/web-65lgjd7rzz-rzzvs/status (Failed)');
		const del = labels.indexOf(
			'DELETE pods/web-65lgjd7rzz-rzzvs (gracePeriodSeconds=0, uid precondition)'
		);
		expect(patch).toBeGreaterThanOrEqual(0);
		expect(del).toBeGreaterThan(patch);
		const s = end(t);
		expect(get(s.etcd, EVICTED)).toBeUndefined();
		const [proxy] = podsOn(s, 'node-2');
		expect(proxy.metadata.namespace).toBe('kube-system');
		expect(displayStatus(proxy)).toBe('Running');
		expect(proxy.status.conditions!.find((c) => c.type === 'Ready')!.status).toBe('True');
		const c = proxy.status.containerStatuses![0];
		expect(c.restartCount).toBe(1);
		expect(c.lastState).toMatchObject({ terminated: { exitCode: 255, reason: 'Unknown' } });
	});

	it('moves nothing back: the replacement stays on node-1', () => {
		const replacement = readPod(end(t), podKey('default', 'web-65lgjd7rzz-bs7qt'))!;
		expect(replacement.spec.nodeName).toBe('node-1');
		expect(findStep(t.steps, 'kubeletResumes')!.params).toMatchObject({
			deletedCount: 1,
			restartedCount: 1,
			terminating: 0
		});
	});
});

describe('then=delete-node: the pod garbage collector removes the orphans', () => {
	const t = nodeFailureTimeline(branch.deleteNode);

	it('deletes the Node, then force-deletes every pod bound to it after the 40 s quarantine', () => {
		expect(ids(t.steps.slice(15))).toEqual(['nodeDeleted', 'podGcOrphans']);
		const deleted = findStep(t.steps, 'nodeDeleted')!.snapshot;
		expect(get(deleted.etcd, nodeKey('node-2'))).toBeUndefined();
		expect(deleted.nodes.map((n) => n.name)).toEqual(['node-1', 'node-3']);
		expect(eventsFor(deleted, 'default', 'node-2').map((e) => e.message)).toContain(
			'Removing Node node-2 from Controller'
		);
		// passes every 20 s: first sees the orphans at +8:00 (480), deletes at 480 + 40
		const gc = findStep(t.steps, 'podGcOrphans')!;
		expect(gc.snapshot.clock).toBe(520);
		expect(gc.params).toMatchObject({ seen: '+8:00', at: '+8:40', count: 2 });
		expect(podsOn(end(t), 'node-2')).toEqual([]);
		const labels = gc.messages.map((m) => m.label);
		expect(labels).toContain('DELETE pods/kube-proxy-2n4kx (gracePeriodSeconds=0)');
		expect(labels).toContain('PATCH pods/web-65lgjd7rzz-rzzvs/status (Failed)');
	});

	it('on one node, the never-evicted web pod goes too and its replacement has nowhere to go', () => {
		const one = nodeFailureTimeline(branch.oneNodeDelete);
		expect(ids(one.steps.slice(-4))).toEqual([
			'nodeDeleted',
			'podGcOrphans',
			'replicaSetReplaces',
			'scheduleReplacements'
		]);
		const sched = findStep(one.steps.slice(-2), 'scheduleReplacements')!;
		expect(sched.params.count).toBe(0);
		// the scheduler's ErrNoNodesAvailable: the cluster has no node left at all
		expect(sched.params.why).toBe('no nodes available to schedule pods');
	});
});

describe('then=out-of-service: non-graceful node shutdown', () => {
	const t = nodeFailureTimeline(branch.outOfService);

	it('taints as kubectl does (no timeAdded); kube-proxy stays, tolerating every taint', () => {
		const step = findStep(t.steps, 'outOfService')!;
		const taint = readNode(step.snapshot, 'node-2')!.spec.taints!.at(-1)!;
		expect(taint).toEqual({
			key: TAINT_OUT_OF_SERVICE,
			value: 'nodeshutdown',
			effect: 'NoExecute'
		});
		expect(step.params).toMatchObject({ evicted: '', count: 0, kept: 'kube-proxy-2n4kx' });
	});

	it('lets the pod GC force-delete every terminating pod at its next pass', () => {
		const gc = findStep(t.steps, 'podGcTerminating')!;
		expect(gc.snapshot.clock).toBe(480);
		expect(gc.params.pods).toBe('web-65lgjd7rzz-rzzvs');
		// kube-proxy is not terminating: it stays bound, not ready, on the node that stays down
		const left = podsOn(end(t), 'node-2');
		expect(left.map((p) => p.metadata.name)).toEqual(['kube-proxy-2n4kx']);
		expect(nodeReady(end(t), 'node-2')).toBe('Unknown');
	});

	it('on one node, the web pod nothing evicted before goes now, and the pod GC removes it', () => {
		const one = nodeFailureTimeline(branch.oneNodeOutOfService);
		const step = findStep(one.steps, 'outOfService')!;
		expect(step.params.evicted).toBe('client, web-65lgjd7rzz-2lzk4');
		const gc = findStep(one.steps, 'podGcTerminating')!;
		expect(gc.params.count).toBe(2);
	});
});

describe('then=toleration:60: web tolerates the unreachable taint for 60 s', () => {
	const t = nodeFailureTimeline(branch.shortToleration);

	it('stores the template’s toleration first and admission’s for not-ready after it', () => {
		const web = listPods(t.initial).find((p) => p.metadata.labels?.app === 'web')!;
		expect(web.spec.tolerations!.map((x) => [x.key, x.tolerationSeconds])).toEqual([
			['node.kubernetes.io/unreachable', 60],
			['node.kubernetes.io/not-ready', 300]
		]);
		const deployment = JSON.parse(get(t.initial.etcd, '/registry/deployments/default/web')!.value);
		expect(deployment.spec.template.spec.tolerations[0].tolerationSeconds).toBe(60);
	});

	it('evicts at +2:15 instead of +6:15, and the replacement carries the same toleration', () => {
		const runs = findStep(t.steps, 'tolerationRuns')!;
		expect(runs.snapshot.clock).toBe(135);
		expect(runs.action).toBe(0);
		expect(runs.params).toMatchObject({ seconds: 60, fromTemplate: 1 });
		const replacement = readPod(end(t), podKey('default', 'web-65lgjd7rzz-bs7qt'))!;
		expect(replacement.spec.tolerations![0].tolerationSeconds).toBe(60);
	});
});

describe('then=statefulset: db-0 is not replaced while it may still run', () => {
	it('evicts db-0 with web but makes no second db-0 until an ending removes the first', () => {
		const t = nodeFailureTimeline(branch.statefulRecover);
		const pod = readPod(t.initial, podKey('default', STATEFUL_POD))!;
		expect(pod.spec.nodeName).toBe('node-2');
		const holds = findStep(t.steps, 'statefulSetHolds')!;
		expect(holds.action).toBe(0);
		expect(displayStatus(readPod(holds.snapshot, podKey('default', STATEFUL_POD))!)).toBe(
			'Terminating'
		);
		const again = findStep(t.steps, 'statefulSetRecreates')!;
		expect(again.action).toBe(1);
		const fresh = readPod(end(t), podKey('default', STATEFUL_POD))!;
		expect(fresh.metadata.uid).not.toBe(pod.metadata.uid);
		expect(displayStatus(fresh)).toBe('Running');
		expect(eventsFor(end(t), 'default', 'db').map((e) => e.message)).toContain(
			'create Pod db-0 in StatefulSet db successful'
		);
	});

	it('with the toleration what-if too: web goes at 60 s, db-0 at 300 s, in two rounds', () => {
		const t = nodeFailureTimeline(branch.twoRounds);
		const rounds = t.steps.filter((s) => s.id === 'tolerationRuns');
		expect(rounds.map((s) => [s.snapshot.clock, s.params.pods, s.action])).toEqual([
			[135, 'web-65lgjd7rzz-rzzvs', 0],
			[375, 'db-0', undefined]
		]);
		expect(rounds[0].params.later).toBe('db-0');
		// the Node's deletion lets the pod GC remove db-0, and the StatefulSet makes it again
		expect(ids(t.steps.slice(-5))).toEqual([
			'nodeDeleted',
			'podGcOrphans',
			'statefulSetRecreates',
			'scheduleReplacements',
			'kubeletsStart'
		]);
		expect(findStep(t.steps.slice(-2), 'scheduleReplacements')!.params.failedNode).toBe('gone');
	});
});

describe('the what-ifs of a link', () => {
	it.each([
		['recover', { kind: 'recover' }],
		['delete-node', { kind: 'delete-node' }],
		['out-of-service', { kind: 'out-of-service' }],
		['statefulset', { kind: 'statefulset' }],
		['toleration:0', { kind: 'toleration', seconds: 0 }],
		['toleration:3600', { kind: 'toleration', seconds: 3600 }],
		['toleration:3601', null],
		['toleration:-1', null],
		['toleration:', null],
		['recover:1', null],
		['scale:2', null]
	] as [string, NodeFailureAction | null][])('%s', (text, action) => {
		expect(parseNodeFailureAction(text)).toEqual(action);
	});

	it('plays each kind once and one ending, and says which it skipped', () => {
		const s = {
			...defaultNodeFailureScenario,
			actions: [
				{ kind: 'recover' },
				{ kind: 'statefulset' },
				{ kind: 'delete-node' },
				{ kind: 'statefulset' }
			] as NodeFailureAction[]
		};
		expect(playedActions(s).played).toEqual([true, true, false, false]);
		expect(failProblems(s)).toEqual([
			{ field: 'then', value: 'delete-node', reason: 'oneEnding' },
			{ field: 'then', value: 'statefulset', reason: 'repeatedWhatIf' }
		]);
		const t = nodeFailureTimeline(s);
		expect(t.steps.some((x) => x.id === 'nodeDeleted')).toBe(false);
		expect(t.steps.some((x) => x.id === 'nodeReturns')).toBe(true);
	});

	it('the bar takes a whole number of seconds from 0 to 3600 and nothing else', () => {
		expect(tolerationAction('45')).toEqual({
			ok: true,
			action: { kind: 'toleration', seconds: 45 }
		});
		for (const bad of ['', '1.5', '-3', '3601', 'abc'])
			expect(tolerationAction(bad)).toEqual({ ok: false, reason: 'badToleration' });
	});
});
