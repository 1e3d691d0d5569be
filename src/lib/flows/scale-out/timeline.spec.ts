/**
 * The scale-out flow against what the Kubernetes source does: the controllers' writes and events,
 * slow-start batches, FailedScheduling, the joining node's taint, pod CIDR and kube-proxy, the
 * scheduling queue's retries, and the scale-down's ranking.
 */
import { describe, expect, it } from 'vitest';
import type { ClusterState } from '$lib/sim/cluster';
import { get } from '$lib/sim/etcd';
import { eventsFor } from '$lib/sim/events';
import { nodeReady, readNode } from '$lib/sim/nodeLifecycle';
import { listPods } from '$lib/sim/podCodec';
import { displayStatus } from '$lib/sim/podStatus';
import { getDeploymentsRows } from '$lib/sim/kubectlDeployments';
import { findStep, type Step } from '../types';
import { scaleOutBranches as branch } from '../testing/branches';
import { scaleOutTimeline, type ScaleOutTimeline } from './timeline';

const ids = (steps: Step[]) => steps.map((s) => s.id);
/** the scheduling queue's retries, in order */
const retries = (t: ScaleOutTimeline) =>
	t.steps.flatMap((s) => (s.id === 'pendingRetried' ? [s] : []));
const web = (s: ClusterState) => listPods(s).filter((p) => p.metadata.labels?.app === 'web');
const where = (s: ClusterState) =>
	web(s)
		.map((p) => p.spec.nodeName ?? 'Pending')
		.sort();

describe('the default: 2 → 8 pods of 1 CPU on 4 + 2 CPUs, then node-3 (4 CPUs) joins', () => {
	const t = scaleOutTimeline(branch.happy);

	it('plays scale-out, scheduling, the join with its two retries, and the scale-down', () => {
		expect(ids(t.steps)).toEqual([
			'scaleCommand',
			'deploymentScales',
			'replicaSetCreates',
			'schedulePods',
			'kubeletsStart',
			'nodeRegisters',
			'pendingRetried',
			'podCidrAssigned',
			'daemonSetPod',
			'notReadyTainted',
			'nodeReady',
			'pendingRetried',
			'kubeletsStart',
			'scaleCommand',
			'deploymentScales',
			'replicaSetDeletes',
			'kubeletsStop'
		]);
	});

	it('scales the ReplicaSet with both annotations and a ScalingReplicaSet event', () => {
		const s = findStep(t.steps, 'deploymentScales')!.snapshot;
		const rs = JSON.parse(get(s.etcd, '/registry/replicasets/default/web-65lgjd7rzz')!.value);
		expect(rs.spec.replicas).toBe(8);
		expect(rs.metadata.annotations).toMatchObject({
			'deployment.kubernetes.io/desired-replicas': '8',
			'deployment.kubernetes.io/max-replicas': '10'
		});
		expect(eventsFor(s, 'default', 'web').map((e) => e.message)).toContain(
			'Scaled up replica set web-65lgjd7rzz from 2 to 8'
		);
	});

	it('creates in slow-start batches and fills the nodes: 4 on node-1, 2 on node-2, 2 Pending', () => {
		expect(findStep(t.steps, 'replicaSetCreates')!.params.batches).toBe('1, 2, 3');
		const sched = findStep(t.steps, 'schedulePods')!;
		expect(where(sched.snapshot)).toEqual([
			'Pending',
			'Pending',
			'node-1',
			'node-1',
			'node-1',
			'node-1',
			'node-2',
			'node-2'
		]);
		expect(sched.params.why).toMatch(/^0\/2 nodes are available: 2 Insufficient cpu\./);
	});

	it('registers node-3 tainted not-ready, so the first retry fails on the taint', () => {
		const join = findStep(t.steps, 'nodeRegisters')!;
		expect(join.snapshot.clock).toBe(123);
		const node = readNode(join.snapshot, 'node-3')!;
		expect(node.spec.taints).toEqual([
			{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }
		]);
		expect(nodeReady(join.snapshot, 'node-3')).toBe('False');
		const [retry] = retries(t);
		expect(t.steps.indexOf(retry)).toBe(6);
		expect(retry.params.count).toBe(0);
		expect(retry.params.why).toContain(
			'1 node(s) had untolerated taint {node.kubernetes.io/not-ready: }, 2 Insufficient cpu'
		);
	});

	it('adds not-ready:NoExecute at the next 5-second check while the node says Ready=False', () => {
		const step = findStep(t.steps, 'notReadyTainted')!;
		expect(step.snapshot.clock).toBe(125);
		expect(readNode(step.snapshot, 'node-3')!.spec.taints!.at(-1)).toEqual({
			key: 'node.kubernetes.io/not-ready',
			effect: 'NoExecute',
			timeAdded: '2026-01-15T09:02:05Z'
		});
	});

	it('gives node-3 its pod CIDR by a PATCH, and kube-proxy lands before the node is Ready', () => {
		const cidr = findStep(t.steps, 'podCidrAssigned')!.snapshot;
		const node = JSON.parse(get(cidr.etcd, '/registry/minions/node-3')!.value);
		expect(node.spec.podCIDR).toBe('10.244.3.0/24');
		const ds = findStep(t.steps, 'daemonSetPod')!.snapshot;
		const proxy = listPods(ds).find(
			(p) => p.metadata.namespace === 'kube-system' && p.spec.nodeName === 'node-3'
		)!;
		expect(displayStatus(proxy)).toBe('Running');
		expect(nodeReady(ds, 'node-3')).toBe('False');
	});

	it('binds the waiting pods to node-3 once the taint is gone', () => {
		const ready = findStep(t.steps, 'nodeReady')!.snapshot;
		expect(readNode(ready, 'node-3')!.spec.taints).toBeUndefined();
		const retry = retries(t)[1];
		expect(readNode(ready, 'node-3')!.spec.taints).toBeUndefined();
		expect(retry.params.count).toBe(2);
		expect(where(t.steps[12].snapshot).filter((n) => n === 'node-3')).toHaveLength(2);
	});

	it('scales down five minutes later: node-1’s four first (most replicas), then two of like age by uid', () => {
		const down = findStep(t.steps, 'replicaSetDeletes')!;
		expect(down.snapshot.clock).toBe(139 + 300);
		const gone = String(down.params.pods)
			.split(', ')
			.map((p) => p.replace(/.* \((.*)\)/, '$1'));
		expect(gone).toEqual(['node-1', 'node-1', 'node-1', 'node-1', 'node-3', 'node-3']);
		expect(where(t.steps.at(-1)!.snapshot)).toEqual(['node-2', 'node-2']);
	});
});

describe('the Deployment as kubectl get deployments shows it', () => {
	const t = scaleOutTimeline(branch.happy);
	const row = (id: string, nth = 0) =>
		getDeploymentsRows(t.steps.filter((s) => s.id === id)[nth].snapshot)[0];
	const conditions = (id: string, nth = 0) => {
		const s = t.steps.filter((x) => x.id === id)[nth].snapshot;
		return JSON.parse(get(s.etcd, '/registry/deployments/default/web')!.value).status
			.conditions as { type: string; status: string; lastTransitionTime: string }[];
	};
	const available = (id: string, nth = 0) =>
		conditions(id, nth).find((c) => c.type === 'Available');

	it('counts what the controllers wrote: 2/8 created, 6/8 running, 8/8 with node-3, 2/2 at the end', () => {
		expect(row('replicaSetCreates')).toEqual(['web', '2/8', '8', '2', '3d']);
		expect(row('kubeletsStart', 0).slice(1, 4)).toEqual(['6/8', '8', '6']);
		expect(row('kubeletsStart', 1).slice(1, 4)).toEqual(['8/8', '8', '8']);
		expect(getDeploymentsRows(t.steps.at(-1)!.snapshot)[0].slice(1, 4)).toEqual(['2/2', '2', '2']);
	});

	it('is not Available while fewer than 6 of 8 are (maxUnavailable 25 %, rounded down)', () => {
		expect(available('replicaSetCreates')).toMatchObject({
			status: 'False',
			reason: 'MinimumReplicasUnavailable',
			message: 'Deployment does not have minimum availability.'
		});
		expect(available('kubeletsStart')).toMatchObject({
			status: 'True',
			reason: 'MinimumReplicasAvailable'
		});
	});

	it('moves Available after Progressing when its status changes, as SetDeploymentCondition appends it', () => {
		const types = (id: string) => conditions(id).map((c) => c.type);
		const before = JSON.parse(get(t.initial.etcd, '/registry/deployments/default/web')!.value)
			.status.conditions as { type: string; lastTransitionTime: string }[];
		expect(before.map((c) => c.type)).toEqual(['Available', 'Progressing']);
		expect(types('replicaSetCreates')).toEqual(['Progressing', 'Available']);
		expect(types('kubeletsStart')).toEqual(['Progressing', 'Available']);
		// Progressing did not change: its transition time is the Deployment's first
		expect(conditions('kubeletsStart')[0].lastTransitionTime).toBe(before[1].lastTransitionTime);
	});
});

describe('other branches', () => {
	it('no CPU request: every pod fits, no node joins', () => {
		const t = scaleOutTimeline(branch.noRequest);
		expect(t.steps.some((s) => s.id === 'nodeRegisters')).toBe(false);
	});

	it('a node too small for the pods: no retry, and the scale-down removes the Pending pods', () => {
		const t = scaleOutTimeline(branch.tooBig);
		expect(t.steps.some((s) => s.id === 'pendingRetried')).toBe(false);
		const down = findStep(t.steps, 'replicaSetDeletes')!;
		// node-1 (4 CPUs) runs one 3-CPU pod; node-2 (2 CPUs) takes none: two stay Pending
		expect(down.params.pendingFirst).toBe(2);
		// unscheduled pods have no kubelet: they are deleted at once, only the bound one is stopped
		expect(String(down.params.pods)).toMatch(/\(Pending\), \S+ \(Pending\), \S+ \(node-1\)$/);
		expect(findStep(t.steps, 'kubeletsStop')!.params.count).toBe(1);
		expect(web(t.steps.at(-1)!.snapshot)).toEqual([]);
	});

	it('the new node takes what fits and the rest stays Pending, deleted first on the way down', () => {
		const t = scaleOutTimeline(branch.partly);
		const retry = retries(t).at(-1)!;
		expect(retry.params).toMatchObject({ count: 2, pendingCount: 1 });
		expect(String(findStep(t.steps, 'replicaSetDeletes')!.params.pods)).toMatch(/^\S+ \(Pending\)/);
	});
});
