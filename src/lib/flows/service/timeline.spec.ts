import { describe, expect, it } from 'vitest';
import type { ClusterState } from '$lib/sim/cluster';
import { restoreText, tableRestoreText } from '$lib/sim/iptables/restore';
import { nodeRules } from '$lib/sim/nodeRules';
import { listSlices, SERVICE_NAME_LABEL, takenServiceIPs } from '$lib/sim/services';
import { findStep, type Step } from '$lib/flows/types';
import type { ServiceStep } from './machine';
import {
	defaultServiceScenario,
	SERVICE_MAX_NODES,
	type ServiceAction,
	type ServiceScenario
} from './scenario';
import { serviceTimeline } from './timeline';
import { listPods } from '$lib/sim/podCodec';

const run = (s: Partial<ServiceScenario> = {}) =>
	serviceTimeline({ ...defaultServiceScenario, ...s });
const ids = (steps: Step[]) => steps.map((s) => s.id);
const stepOf = <K extends ServiceStep['id']>(steps: ServiceStep[], id: K, from = 0) =>
	findStep(steps.slice(from), id)!;
const tables = (state: ClusterState) =>
	state.nodes.map((n) => restoreText(nodeRules(state, n.name)!));
const webSliceOf = (state: ClusterState, name: string) =>
	listSlices(state).find((s) => s.metadata.labels[SERVICE_NAME_LABEL] === name)!;
const webSlice = (state: ClusterState) => webSliceOf(state, 'web');

describe('serviceTimeline: the default flow', () => {
	const tl = run();

	it('plays the steps in the order Kubernetes does the work', () => {
		expect(ids(tl.steps)).toEqual([
			'exposeCommand',
			'servicePipeline',
			'persistService',
			'watchService',
			'syncNoEndpoints',
			'createSlice',
			'persistSlice',
			'watchSlice',
			'syncRules',
			'packetOut',
			'packetDelivered',
			'packetReply'
		]);
	});

	it('allocates the ClusterIP from the upper band of 10.96.0.0/12', () => {
		const ip = String(stepOf(tl.steps, 'persistService').params.ip);
		const [a, b, c] = ip.split('.').map(Number);
		expect(a).toBe(10);
		expect(b).toBeGreaterThanOrEqual(96);
		expect(b).toBeLessThanOrEqual(111);
		// the first 256 addresses are the static band
		expect(b > 96 || c >= 1).toBe(true);
	});

	it('fans the EndpointSlice out to every node’s kube-proxy in one phase', () => {
		const watch = stepOf(tl.steps, 'watchSlice');
		const proxies = watch.messages.filter((m) => m.to.startsWith('kube-proxy@'));
		expect(proxies.map((m) => m.to).sort()).toEqual([
			'kube-proxy@node-1',
			'kube-proxy@node-2',
			'kube-proxy@node-3'
		]);
		expect(new Set(proxies.map((m) => m.phase)).size).toBe(1);
		expect(Object.values(watch.snapshot.proxies!).map((p) => p.state)).toEqual([
			'syncing',
			'syncing',
			'syncing'
		]);
	});

	it('moves every kube-proxy watching → syncing → synced', () => {
		const states = (id: ServiceStep['id']) =>
			Object.values(stepOf(tl.steps, id).snapshot.proxies!).map((p) => p.state);
		expect(states('persistService')).toEqual(['watching', 'watching', 'watching']);
		expect(states('watchService')).toEqual(['syncing', 'syncing', 'syncing']);
		expect(states('syncRules')).toEqual(['synced', 'synced', 'synced']);
	});

	it('first syncs a REJECT rule (no endpoints yet), then the nat chains', () => {
		const early = stepOf(tl.steps, 'syncNoEndpoints').snapshot;
		const filter = tableRestoreText(nodeRules(early, 'node-1')!, 'filter');
		expect(filter).toMatch(/"default\/web has no endpoints".*-j REJECT/);
		expect(tableRestoreText(nodeRules(early, 'node-1')!, 'nat')).not.toContain('default/web');
		const synced = stepOf(tl.steps, 'syncRules').snapshot;
		const nat = tableRestoreText(nodeRules(synced, 'node-1')!, 'nat');
		// three web endpoints and the apiserver's own
		expect(nat.match(/^:KUBE-SEP-/gm)).toHaveLength(4);
		expect(tableRestoreText(nodeRules(synced, 'node-1')!, 'filter')).not.toContain('REJECT');
	});

	it('leaves every node with the same tables after the sync', () => {
		const t = tables(stepOf(tl.steps, 'syncRules').snapshot);
		expect(new Set(t).size).toBe(1);
	});

	it('DNATs the packet to one of the EndpointSlice’s addresses', () => {
		const out = stepOf(tl.steps, 'packetOut');
		const addresses = webSlice(out.snapshot).endpoints.map((e) => `${e.addresses[0]}:8080`);
		expect(addresses).toContain(`${out.trace!.to!.ip}:${out.trace!.to!.port}`);
		expect(out.trace!.node).toBe('node-3');
		// the packet really went through the Service's chains
		expect(out.trace!.hops.some((h) => h.chain.startsWith('KUBE-SVC-') && h.matched)).toBe(true);
	});

	it('labels the packet with its addresses before and after DNAT, kernel to kernel', () => {
		const out = stepOf(tl.steps, 'packetOut');
		const client = listPods(out.snapshot).find((p) => p.metadata.name === 'client')!;
		const src = client.status.podIP!;
		const { ip, port, to } = out.params;
		expect(out.messages[0]).toMatchObject({
			from: 'pod:default/client',
			to: 'node:node-3',
			label: `SYN ${src} → ${ip}:${port}`
		});
		const delivered = stepOf(tl.steps, 'packetDelivered');
		for (const m of delivered.messages) expect(m.label).toBe(`SYN ${src} → ${to}`);
		expect(delivered.messages[0].from).toBe('node:node-3');
	});

	it('has kube-proxy hand its rules to its own node’s kernel, never to a packet', () => {
		const writes = tl.steps
			.flatMap((s) => s.messages)
			.filter((m) => m.label === 'iptables-restore --noflush');
		expect(writes.length).toBeGreaterThanOrEqual(3);
		for (const m of writes) expect(m.to).toBe(`node:${m.from.split('@')[1]}`);
		const packets = tl.steps.flatMap((s) => s.messages).filter((m) => m.kind === 'packet');
		for (const m of packets) {
			expect(m.from.startsWith('kube-proxy')).toBe(false);
			expect(m.to.startsWith('kube-proxy')).toBe(false);
		}
	});

	it('is deterministic and changes with the seed', () => {
		expect(JSON.stringify(run())).toBe(JSON.stringify(tl));
		const ips = new Set(
			['a', 'b', 'c'].map((seed) => String(stepOf(run({ seed }).steps, 'persistService').params.ip))
		);
		expect(ips.size).toBeGreaterThan(1);
	});

	it('picks every backend for some seed (the pick is random, not fixed)', () => {
		const picked = new Set(
			Array.from(
				{ length: 30 },
				(_, i) => stepOf(run({ seed: `s${i}` }).steps, 'packetOut').params.to
			)
		);
		expect(picked.size).toBe(3);
	});
});

describe('serviceTimeline: what-ifs', () => {
	it('with zero replicas the packet is rejected', () => {
		const tl = run({ replicas: 0 });
		expect(ids(tl.steps).slice(-2)).toEqual(['packetOut', 'packetRejected']);
		expect(tl.steps.at(-1)!.trace!.to).toBeNull();
	});

	it('scaling down removes exactly that endpoint’s chains on every node', () => {
		const tl = run({ actions: [{ kind: 'scale', replicas: 2 }] });
		const before = stepOf(tl.steps, 'syncRules').snapshot;
		const start = tl.actionStarts![0];
		const deleted = String(stepOf(tl.steps, 'replicaSetSync', start).params.deleted);
		const gone = listPods(before).find((p) => p.metadata.name === deleted)!.status.podIP!;
		const after = tl.steps.at(-1)!.snapshot;
		for (const n of after.nodes) {
			const b = tableRestoreText(nodeRules(before, n.name)!, 'nat').split('\n');
			const a = tableRestoreText(nodeRules(after, n.name)!, 'nat').split('\n');
			const removed = b.filter((l) => !a.includes(l));
			const added = a.filter((l) => !b.includes(l));
			// the endpoint's chain declaration, its two rules and its KUBE-SVC jump are gone …
			expect(removed.filter((l) => l.includes(gone))).toHaveLength(3);
			expect(removed.filter((l) => /^:KUBE-SEP-/.test(l))).toHaveLength(1);
			// … and the probabilities were recomputed for two endpoints
			expect(added.join('\n')).toContain('--probability 0.5000000000');
		}
		expect(new Set(tables(after)).size).toBe(1);
	});

	it('scaling up adds an endpoint on every node, through scheduler and kubelet', () => {
		const tl = run({ actions: [{ kind: 'scale', replicas: 4 }] });
		const start = tl.actionStarts![0];
		expect(ids(tl.steps.slice(start))).toEqual([
			'scaleCommand',
			'deploymentSync',
			'replicaSetSync',
			'scheduleNew',
			'kubeletsWork',
			'sliceUpdate',
			'resync'
		]);
		const after = tl.steps.at(-1)!.snapshot;
		expect(webSlice(after).endpoints).toHaveLength(4);
		for (const n of after.nodes)
			expect(
				tableRestoreText(nodeRules(after, n.name)!, 'nat').match(/^:KUBE-SEP-/gm)
			).toHaveLength(
				5 // four web endpoints and the apiserver's
			);
	});

	it('deleting a pod: its endpoint goes, a replacement comes', () => {
		const base = run();
		const victim = webSlice(base.steps.at(-1)!.snapshot).endpoints[0].targetRef!.name;
		const tl = run({ actions: [{ kind: 'delete', pod: victim }] });
		const after = tl.steps.at(-1)!.snapshot;
		const names = webSlice(after).endpoints.map((e) => e.targetRef!.name);
		expect(names).toHaveLength(3);
		expect(names).not.toContain(victim);
		expect(listPods(after).some((p) => p.metadata.name === victim)).toBe(false);
	});

	it('adding a node starts kube-proxy there, which writes the same rules', () => {
		const tl = run({ actions: [{ kind: 'add-node' }] });
		const after = tl.steps.at(-1)!.snapshot;
		expect(after.nodes.map((n) => n.name)).toEqual(['node-1', 'node-2', 'node-3', 'node-4']);
		expect(tl.steps.at(-1)!.id).toBe('syncNode');
		expect(after.proxies!['node-4'].state).toBe('synced');
		expect(new Set(tables(after)).size).toBe(1);
		const proxyPod = listPods(after).find(
			(p) => p.spec.nodeName === 'node-4' && p.metadata.labels?.['k8s-app'] === 'kube-proxy'
		)!;
		expect(proxyPod.status.phase).toBe('Running');
		expect(proxyPod.status.podIP).toBe('192.168.56.14');
	});

	it('skips a scale or a delete whose new pods no node has room for, instead of throwing', () => {
		// node-1 has 4000m: 40 backends of 100m fill it
		const full = run({ nodes: 1, actions: [{ kind: 'scale', replicas: 50 }] });
		expect(full.skipped).toEqual([{ index: 0, reason: 'noRoom' }]);
		const fits = run({ nodes: 1, actions: [{ kind: 'scale', replicas: 40 }] });
		expect(fits.skipped).toEqual([]);
		const pods = listPods(fits.steps.at(-1)!.snapshot).filter((p) => p.metadata.labels?.app);
		expect(pods.filter((p) => p.status.phase === 'Running')).toHaveLength(40);
		// a deleted pod holds its room until it is gone: the replacement has nowhere to go
		const victim = pods[0].metadata.name;
		const again = run({
			nodes: 1,
			actions: [
				{ kind: 'scale', replicas: 40 },
				{ kind: 'delete', pod: victim }
			]
		});
		expect(again.skipped).toEqual([{ index: 1, reason: 'noRoom' }]);
	});

	it('a joining node’s step lists its writes: the Node, its Lease, then node IPAM’s pod CIDR', () => {
		const tl = run({ actions: [{ kind: 'add-node' }] });
		const i = tl.steps.findIndex((s) => s.id === 'nodeJoins');
		const [before, after] = [tl.steps[i - 1].snapshot.etcd, tl.steps[i].snapshot.etcd];
		expect(tl.steps[i].wrote).toEqual([
			'/registry/minions/node-4',
			'/registry/leases/kube-node-lease/node-4',
			'/registry/minions/node-4'
		]);
		expect(after.revision - before.revision).toBe(tl.steps[i].wrote.length);
		// the kubelet registers no pod CIDR (range_allocator.go assigns it): the Node's first
		// version has none, its second has node-4's
		const node = JSON.parse(after.kvs['/registry/minions/node-4'].value);
		expect(after.kvs['/registry/minions/node-4'].version).toBe(2);
		expect(node.spec.podCIDR).toBe('10.244.4.0/24');
		expect(tl.steps[i].messages.map((m) => m.label)).toContain(
			'PATCH nodes/node-4 (podCIDR 10.244.4.0/24)'
		);
	});

	it('skips what-ifs it cannot play, and says so', () => {
		const actions: ServiceAction[] = [
			{ kind: 'delete', pod: 'no-such-pod' },
			...Array.from({ length: 8 }, () => ({ kind: 'add-node' as const }))
		];
		const tl = run({ nodes: SERVICE_MAX_NODES - 1, actions: actions.slice(0, 3) });
		expect(tl.skipped).toEqual([
			{ index: 0, reason: 'noSuchPod' },
			{ index: 2, reason: 'tooManyNodes' }
		]);
		expect(tl.steps.at(-1)!.snapshot.nodes).toHaveLength(SERVICE_MAX_NODES);
	});

	it('a second packet draws again', () => {
		const tl = run({ actions: Array.from({ length: 6 }, () => ({ kind: 'packet' as const })) });
		const picks = tl.steps.filter((s) => s.id === 'packetOut').map((s) => s.params.to);
		expect(picks).toHaveLength(7);
		expect(new Set(picks).size).toBeGreaterThan(1);
	});

	it('keeps generated names within 63 characters, as generateName does', () => {
		const name = 'a'.repeat(50);
		const tl = run({ name, actions: [{ kind: 'scale', replicas: 4 }] });
		const after = tl.steps.at(-1)!.snapshot;
		const names = [
			...listPods(after).map((p) => p.metadata.name),
			...listSlices(after).map((s) => s.metadata.name)
		];
		expect(Math.max(...names.map((n) => n.length))).toBeLessThanOrEqual(63);
	});

	it('schedules the pods of a Deployment whose name starts like kube-proxy’s', () => {
		const tl = run({ name: 'kube-proxy-web', actions: [{ kind: 'scale', replicas: 4 }] });
		expect(tl.steps.at(-1)!.id).toBe('resync');
		expect(webSliceOf(tl.steps.at(-1)!.snapshot, 'kube-proxy-web').endpoints).toHaveLength(4);
	});

	it('pins the DaemonSet pod with node affinity, and the scheduler honours it', () => {
		const tl = run({ actions: [{ kind: 'add-node' }] });
		const created = stepOf(tl.steps, 'daemonSetPod').snapshot;
		const pod = listPods(created).find(
			(p) => p.metadata.labels?.['k8s-app'] === 'kube-proxy' && !p.spec.nodeName
		)!;
		expect(
			pod.spec.affinity!.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution
				.nodeSelectorTerms[0].matchFields
		).toEqual([{ key: 'metadata.name', operator: 'In', values: ['node-4'] }]);
		expect(stepOf(tl.steps, 'bindProxyPod').params.node).toBe('node-4');
	});

	it('scaled to zero, kube-proxy keeps the terminating endpoints until they are gone', () => {
		const tl = run({ actions: [{ kind: 'scale', replicas: 0 }] });
		const start = tl.actionStarts![0];
		const first = stepOf(tl.steps, 'resync', start);
		// the narration counts what the rules hold: three serving, terminating endpoints
		expect(first.params.endpoints).toBe(3);
		const nat = tableRestoreText(nodeRules(first.snapshot, 'node-1')!, 'nat');
		expect(nat.match(/^:KUBE-SEP-/gm)).toHaveLength(4);
		expect(stepOf(tl.steps, 'sliceUpdate', start).params.fallback).toBe(3);
		const last = tl.steps.at(-1)!;
		expect(last.id === 'resync' && last.params.endpoints).toBe(0);
	});

	it('says when a resync writes nothing new', () => {
		const tl = run({ actions: [{ kind: 'scale', replicas: 2 }] });
		const resyncs = tl.steps.filter((s) => s.id === 'resync');
		// first the terminating endpoint leaves the rules; its final removal from the slice changes none
		expect(resyncs.map((s) => s.params.changed)).toEqual([1, 0]);
	});

	it('with zero replicas the second sync still has no endpoint', () => {
		expect(stepOf(run({ replicas: 0 }).steps, 'syncRules').params.endpoints).toBe(0);
	});
});

describe('the Service create request, in the order the apiserver runs it', () => {
	it('defaults on decode, allocates in BeginCreate before validation, then persists (handlers/create.go, registry/store.go)', () => {
		const step = stepOf(run().steps, 'servicePipeline');
		expect(step.pipeline!.map((s) => s.stage)).toEqual([
			'authentication',
			'authorization',
			'decode',
			'mutatingAdmission',
			'allocate',
			'validation',
			'validatingAdmission',
			'persist'
		]);
		const [decode, , allocate] = step.pipeline!.slice(2);
		expect(decode.detail).toContain('type=ClusterIP');
		expect(decode.detail).toContain('internalTrafficPolicy=Cluster');
		expect(allocate.detail).toContain(`ClusterIP ${step.params.ip}`);
		expect(allocate.detail).toContain('ipFamilyPolicy=SingleStack');
	});

	it('creates the IPAddress of the ClusterIP, a revision before the Service itself (ipallocator.go createIPAddress)', () => {
		const steps = run().steps;
		const pipeline = stepOf(steps, 'servicePipeline');
		const persisted = stepOf(steps, 'persistService');
		const key = `/registry/ipaddresses/${pipeline.params.ip}`;
		const address = pipeline.snapshot.etcd.kvs[key];
		expect(pipeline.wrote).toEqual([key]);
		expect(pipeline.messages.map((m) => m.label)).toEqual([
			`txn PUT ${key}`,
			`OK revision ${address.mod_revision}`
		]);
		expect(persisted.params.revision).toBe(address.mod_revision + 1);
		expect(address.version).toBe(1);
		const stored = JSON.parse(address.value);
		expect(stored.metadata.labels).toEqual({
			'ipaddress.kubernetes.io/ip-family': 'IPv4',
			'ipaddress.kubernetes.io/managed-by': 'ipallocator.k8s.io'
		});
		expect(stored.spec.parentRef).toEqual({
			resource: 'services',
			namespace: 'default',
			name: 'web'
		});
		expect(takenServiceIPs(pipeline.snapshot.etcd).sort()).toEqual(
			['10.96.0.1', pipeline.params.ip].sort()
		);
	});

	it('keeps no allocator bitmap: DisableAllocatorDualWrite is on by default in v1.34', () => {
		const tl = run();
		for (const state of [tl.initial, ...tl.steps.map((s) => s.snapshot)])
			expect(state.etcd.kvs['/registry/ranges/serviceips']).toBeUndefined();
	});
});
