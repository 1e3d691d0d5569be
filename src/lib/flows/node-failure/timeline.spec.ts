/**
 * The node-failure flow, step by step against the source's rules: the clock, the node's
 * conditions and taints, the pods that are evicted and when, the replacements and where they go.
 */
import { describe, expect, it } from 'vitest';
import { readPod } from '$lib/sim/apiserver';
import type { ClusterState } from '$lib/sim/cluster';
import { eventsFor } from '$lib/sim/events';
import type { PodObject } from '$lib/sim/model';
import { nodeReady, readNode, TAINT_UNREACHABLE } from '$lib/sim/nodeLifecycle';
import { listPods } from '$lib/sim/podCodec';
import { displayStatus } from '$lib/sim/podStatus';
import { endpointsKey, listSlices } from '$lib/sim/services';
import { getNodesRow } from '$lib/sim/kubectl';
import { getDeploymentsRows } from '$lib/sim/kubectlDeployments';
import { findStep } from '../types';
import { nodeFailureBranches } from '../testing/branches';
import { defaultNodeFailureScenario, failProblems, type NodeFailureScenario } from './scenario';
import { nodeFailureTimeline } from './timeline';
import { STATEFUL_POD, webTolerationSeconds } from './twists';
import { KUBERNETES_VERSION } from '$lib/sim/version';

const tl = nodeFailureTimeline(defaultNodeFailureScenario);
const at = (id: string) => tl.steps.find((s) => s.id === id)!;
const webPods = (s: ClusterState) => listPods(s).filter((p) => p.metadata.labels?.app === 'web');
const running = (pods: PodObject[]) => pods.filter((p) => displayStatus(p) === 'Running');

describe('the default scenario: node-2 of three stops', () => {
	it('plays every part of the story in order', () => {
		expect(tl.steps.map((s) => s.id)).toEqual([
			'renewLeases',
			'monitorNodes',
			'nodeStops',
			'othersRenew',
			'graceRuns',
			'nodeUnknown',
			'podsNotReady',
			'endpointsUpdate',
			'taintNode',
			'tolerationRuns',
			'evictPods',
			'replicaSetReplaces',
			'scheduleReplacements',
			'kubeletsStart',
			'stuckTerminating'
		]);
	});

	it('keeps the clock the source implies: stop at +0:25, Unknown at +1:15, eviction at +6:15', () => {
		expect(tl.steps.map((s) => s.snapshot.clock)).toEqual([
			0, 5, 25, 30, 70, 75, 75, 75, 75, 375, 375, 375, 375, 377, 405
		]);
		expect(findStep(tl.steps, 'graceRuns')!.params.silent).toBe(50);
		expect(findStep(tl.steps, 'nodeUnknown')!.params.silent).toBe(55);
	});

	it('leaves node-2 Ready until the grace period is over, then Unknown with the real reason', () => {
		expect(nodeReady(at('graceRuns').snapshot, 'node-2')).toBe('True');
		const node = readNode(at('nodeUnknown').snapshot, 'node-2')!;
		for (const type of ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure']) {
			const c = node.status.conditions.find((x) => x.type === type)!;
			expect([c.status, c.reason, c.message]).toEqual([
				'Unknown',
				'NodeStatusUnknown',
				'Kubelet stopped posting node status.'
			]);
		}
		// the kubelet's last heartbeat stays
		const before = readNode(tl.initial, 'node-2')!.status.conditions[0].lastHeartbeatTime;
		expect(node.status.conditions[0].lastHeartbeatTime).toBe(before);
		expect(['node-1', 'node-3'].map((n) => nodeReady(tl.steps.at(-1)!.snapshot, n))).toEqual([
			'True',
			'True'
		]);
	});

	it('taints node-2 unreachable, NoSchedule and NoExecute, each with timeAdded', () => {
		const taints = readNode(at('taintNode').snapshot, 'node-2')!.spec.taints!;
		expect(taints.map((t) => [t.key, t.effect])).toEqual([
			[TAINT_UNREACHABLE, 'NoSchedule'],
			[TAINT_UNREACHABLE, 'NoExecute']
		]);
		expect(taints.every((t) => t.timeAdded === '2026-01-15T09:01:15Z')).toBe(true);
	});

	it('marks every pod on node-2 not ready, kube-proxy’s too, and the slice drops the web pod', () => {
		const snap = at('podsNotReady').snapshot;
		const onNode = listPods(snap).filter((p) => p.spec.nodeName === 'node-2');
		expect(onNode.length).toBe(2);
		for (const p of onNode)
			expect(p.status.conditions!.find((c) => c.type === 'Ready')!.status).toBe('False');
		const slice = listSlices(at('endpointsUpdate').snapshot).find(
			(s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web'
		)!;
		expect(slice.endpoints).toHaveLength(3);
		expect(slice.endpoints.map((e) => [e.nodeName, e.conditions.ready])).toEqual(
			slice.endpoints.map((e) => [e.nodeName, e.nodeName !== 'node-2'])
		);
		expect(
			eventsFor(
				snap,
				'default',
				onNode.find((p) => p.metadata.namespace === 'default')!.metadata.name
			).map((e) => e.reason)
		).toContain('NodeNotReady');
	});

	it('evicts no pod before the toleration runs out, then the web pod; kube-proxy stays', () => {
		for (const s of tl.steps.slice(0, tl.steps.indexOf(at('evictPods'))))
			expect(listPods(s.snapshot).filter((p) => p.metadata.deletionTimestamp)).toEqual([]);
		const snap = at('evictPods').snapshot;
		expect(snap.clock - at('taintNode').snapshot.clock).toBe(300);
		const deleted = listPods(snap).filter((p) => p.metadata.deletionTimestamp);
		expect(deleted.map((p) => [p.spec.nodeName, p.metadata.labels?.app])).toEqual([
			['node-2', 'web']
		]);
		expect(deleted[0].status.conditions!.find((c) => c.type === 'DisruptionTarget')?.reason).toBe(
			'DeletionByTaintManager'
		);
		const proxy = listPods(snap).find(
			(p) => p.metadata.labels?.['k8s-app'] === 'kube-proxy' && p.spec.nodeName === 'node-2'
		)!;
		expect(proxy.metadata.deletionTimestamp).toBeUndefined();
		expect(
			eventsFor(snap, 'default', deleted[0].metadata.name).map((e) => [e.reason, e.message])
		).toContainEqual([
			'TaintManagerEviction',
			`Marking for deletion Pod default/${deleted[0].metadata.name}`
		]);
	});

	it('lists the evicted pod as terminating in the slice, and leaves it out of the legacy Endpoints', () => {
		const snap = at('evictPods').snapshot;
		const evicted = listPods(snap).find((p) => p.metadata.deletionTimestamp)!;
		const slice = listSlices(snap).find(
			(s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web'
		)!;
		const listed = slice.endpoints.find((e) => e.targetRef?.name === evicted.metadata.name)!;
		expect(listed.conditions).toEqual({ ready: false, serving: false, terminating: true });
		const legacy = snap.etcd.kvs[endpointsKey('default', 'web')].value;
		expect(legacy).not.toContain(evicted.status.podIP!);
	});

	it('kubectl get nodes prints node-2 NotReady once it is Unknown', () => {
		const row = (i: number) => getNodesRow(tl.steps[i].snapshot, 'node-2');
		expect(row(tl.steps.indexOf(at('graceRuns')))).toEqual([
			'node-2',
			'Ready',
			'<none>',
			'3d',
			KUBERNETES_VERSION
		]);
		expect(row(tl.steps.indexOf(at('nodeUnknown')))[1]).toBe('NotReady');
	});

	it('replaces the evicted pod at once on another node; the old one stays Terminating', () => {
		const end = tl.steps.at(-1)!.snapshot;
		const web = webPods(end);
		expect(web.length).toBe(4);
		expect(running(web).length).toBe(3);
		const stuck = web.filter((p) => displayStatus(p) === 'Terminating');
		expect(stuck.map((p) => p.spec.nodeName)).toEqual(['node-2']);
		const fresh = web.filter(
			(p) => Date.parse(p.metadata.creationTimestamp) > Date.parse('2026-01-15T09:00:00Z')
		);
		expect(fresh.length).toBe(1);
		expect(fresh[0].spec.nodeName).not.toBe('node-2');
		expect(findStep(tl.steps, 'replicaSetReplaces')!.params.batches).toBe('1');
		expect(findStep(tl.steps, 'scheduleReplacements')!.params.placed).toMatch(/→ node-[13]$/);
	});
});

describe('the Deployment while a replica is down', () => {
	it('reads 2/3 and not Available from the moment the pod is not ready, 3/3 once replaced', () => {
		const rows = (id: string) => getDeploymentsRows(at(id).snapshot)[0].slice(1, 4);
		expect(rows('nodeUnknown')).toEqual(['3/3', '3', '3']);
		expect(rows('podsNotReady')).toEqual(['2/3', '3', '2']);
		expect(rows('kubeletsStart')).toEqual(['3/3', '3', '3']);
		const status = JSON.parse(
			at('podsNotReady').snapshot.etcd.kvs['/registry/deployments/default/web'].value
		).status;
		// SetDeploymentCondition appends a condition whose status changed: after Progressing
		expect(status.conditions.map((c: { type: string }) => c.type)).toEqual([
			'Progressing',
			'Available'
		]);
		expect(status.conditions[1]).toMatchObject({ type: 'Available', status: 'False' });
		expect(status.unavailableReplicas).toBe(1);
	});
});

describe('every branch', () => {
	it.each(Object.entries(nodeFailureBranches))(
		'%s: invariants at every step',
		(_name, scenario) => {
			const t = nodeFailureTimeline(scenario);
			// the first eviction: the taint (at +1:15) plus the shortest toleration
			const firstEviction = 75 + Math.min(300, webTolerationSeconds(scenario) ?? 300);
			for (const step of t.steps) {
				const pods = listPods(step.snapshot);
				// a replacement never lands on the failed node while it is not Ready
				const fresh = pods.filter((p) => p.metadata.creationTimestamp > '2026-01-15T09:00:00Z');
				if (nodeReady(step.snapshot, t.failed) !== 'True')
					expect(fresh.filter((p) => p.spec.nodeName === t.failed)).toEqual([]);
				// a pod has at most one live replacement: live web pods never exceed the replicas
				const live = webPods(step.snapshot).filter((p) => !p.metadata.deletionTimestamp);
				expect(live.length).toBeLessThanOrEqual(scenario.replicas);
				// nothing is evicted before its toleration runs out (or an administrator acts)
				if (step.snapshot.clock < firstEviction && step.action === undefined)
					expect(pods.filter((p) => p.metadata.deletionTimestamp)).toEqual([]);
				// no StatefulSet ever holds two pods of one identity
				expect(pods.filter((p) => p.metadata.name === STATEFUL_POD).length).toBeLessThanOrEqual(1);
			}
			const end = t.steps.at(-1)!.snapshot;
			const fits = !findStep(t.steps, 'scheduleReplacements')?.params.pending;
			const liveWeb = webPods(end).filter((p) => !p.metadata.deletionTimestamp);
			if (fits) expect(running(liveWeb).length).toBe(scenario.replicas);
			// DaemonSet pods are never evicted
			expect(
				listPods(end).filter(
					(p) => p.metadata.namespace === 'kube-system' && p.metadata.deletionTimestamp
				)
			).toEqual([]);
		}
	);

	it('a bare pod on the failed node is evicted and never replaced', () => {
		const t = nodeFailureTimeline(nodeFailureBranches.clientNode);
		const evict = findStep(t.steps, 'evictPods')!;
		expect(evict.params.unowned).toBe('client');
		const end = t.steps.at(-1)!.snapshot;
		expect(displayStatus(readPod(end, '/registry/pods/default/client')!)).toBe('Terminating');
		expect(listPods(end).filter((p) => p.metadata.name.startsWith('client'))).toHaveLength(1);
	});

	it('one node: master disruption mode, no NoExecute taint, nothing evicted', () => {
		const t = nodeFailureTimeline(nodeFailureBranches.oneNode);
		const taints = readNode(findStep(t.steps, 'taintNode')!.snapshot, 'node-1')!.spec.taints!;
		expect(taints.map((x) => x.effect)).toEqual(['NoSchedule']);
		expect(t.steps.at(-1)!.id).toBe('tolerationRuns');
		const end = t.steps.at(-1)!.snapshot;
		expect(listPods(end).filter((p) => p.metadata.deletionTimestamp)).toEqual([]);
		expect(running(webPods(end))).toHaveLength(1);
	});

	it('a node with no pod but kube-proxy: nothing to evict, and the flow ends there', () => {
		const t = nodeFailureTimeline(nodeFailureBranches.emptyNode);
		expect(t.steps.at(-1)!.id).toBe('tolerationRuns');
		expect(findStep(t.steps, 'tolerationRuns')!.params.count).toBe(0);
		expect(t.steps.map((x) => x.id)).not.toContain('endpointsUpdate');
	});

	it('many replicas: the ReplicaSet creates its replacements in slow-start batches', () => {
		const t = nodeFailureTimeline(nodeFailureBranches.manyReplicas);
		const r = findStep(t.steps, 'replicaSetReplaces')!;
		expect([r.params.count, r.params.batches]).toEqual([3, '1, 2']);
	});
});

describe('the failed node as given', () => {
	const problems = (s: Partial<NodeFailureScenario>) =>
		failProblems({ ...defaultNodeFailureScenario, ...s });
	it('a node the cluster does not have: the default fails instead, and the list says so', () => {
		expect(nodeFailureTimeline({ ...defaultNodeFailureScenario, fail: 'node-9' }).failed).toBe(
			'node-2'
		);
		expect(problems({ fail: 'node-9' })).toEqual([
			{ field: 'fail', value: 'node-9', reason: 'noSuchNode', max: 3, fallback: 'node-2' }
		]);
		expect(problems({ nodes: 1, fail: 'node-2' })[0].fallback).toBe('node-1');
		expect(problems({})).toEqual([]);
	});
});
