/**
 * What "a consistent cluster" means, for the model-based and property tests: checks over one
 * snapshot, over two consecutive ones, and over a whole timeline. Each returns the violations it
 * found as sentences (empty = consistent), so a failing test says what broke and where. Test
 * support only: nothing in the app imports this.
 */
import type { ClusterState } from '$lib/sim/cluster';
import { cidrContains } from '$lib/sim/iptables/ip';
import { tableRestoreText } from '$lib/sim/iptables/restore';
import type { PodObject } from '$lib/sim/model';
import { nodeRules } from '$lib/sim/nodeRules';
import { listServices, listSlices, SERVICE_CIDR, SERVICE_NAME_LABEL } from '$lib/sim/services';
import type { Step, Timeline } from '$lib/flows/types';
import { decodePod, listPods } from '$lib/sim/podCodec';

const isReady = (p: PodObject) =>
	p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

/**
 * One snapshot: etcd's bookkeeping, objects stored under their own keys, nodes registered, every
 * bound pod on an existing node, every pod IP inside its node's pod CIDR and used once.
 */
export function clusterViolations(state: ClusterState): string[] {
	const out: string[] = [];
	const { etcd } = state;
	const revisions = new Set<number>();
	for (const [key, kv] of Object.entries(etcd.kvs)) {
		if (kv.key !== key) out.push(`etcd: ${key} holds a kv for ${kv.key}`);
		if (!(1 < kv.create_revision && kv.create_revision <= kv.mod_revision))
			out.push(`etcd: ${key} create ${kv.create_revision} > mod ${kv.mod_revision}`);
		if (kv.mod_revision > etcd.revision)
			out.push(`etcd: ${key} mod ${kv.mod_revision} is past the store's ${etcd.revision}`);
		if (kv.version < 1 || kv.version > kv.mod_revision - kv.create_revision + 1)
			out.push(`etcd: ${key} version ${kv.version} impossible for its revisions`);
		// one write = one revision: no two live keys can share their last write's revision
		if (revisions.has(kv.mod_revision)) out.push(`etcd: revision ${kv.mod_revision} used twice`);
		revisions.add(kv.mod_revision);
		const obj = JSON.parse(kv.value) as { metadata: { name: string; namespace?: string } };
		const [kind, ...rest] = key.replace('/registry/', '').split('/');
		const expected = kind === 'services' ? rest.slice(1) : rest;
		const actual = obj.metadata.namespace
			? [obj.metadata.namespace, obj.metadata.name]
			: [obj.metadata.name];
		if (expected.join('/') !== actual.join('/'))
			out.push(`etcd: ${key} stores ${actual.join('/')}`);
	}
	const registered = Object.keys(etcd.kvs)
		.filter((k) => k.startsWith('/registry/minions/'))
		.map((k) => k.slice('/registry/minions/'.length))
		.sort();
	const modelled = state.nodes.map((n) => n.name).sort();
	if (registered.join() !== modelled.join())
		out.push(`nodes: etcd has [${registered}] but the cluster [${modelled}]`);
	const nodes = new Map(state.nodes.map((n) => [n.name, n]));
	const ips = new Map<string, string>();
	for (const pod of listPods(state)) {
		const name = `${pod.metadata.namespace}/${pod.metadata.name}`;
		const nodeName = pod.spec.nodeName;
		const ip = pod.status.podIP;
		if (nodeName === undefined) {
			if (ip || pod.status.phase !== 'Pending') out.push(`${name}: not bound, yet ${ip ?? ''}`);
			continue;
		}
		const node = nodes.get(nodeName);
		if (!node) {
			// a pod created naming a node the cluster lacks waits for the pod GC as it was created:
			// Pending, no IP, no condition (nothing ever bound or ran it)
			if (ip || pod.status.phase !== 'Pending' || pod.status.conditions?.length)
				out.push(`${name}: bound to ${nodeName}, which does not exist`);
			continue;
		}
		if (pod.status.phase === 'Running' && !ip) out.push(`${name}: Running without an IP`);
		if (!ip) continue;
		if (pod.status.hostIP !== node.address)
			out.push(`${name}: hostIP ${pod.status.hostIP} is not ${nodeName}'s ${node.address}`);
		if (pod.spec.hostNetwork) {
			if (ip !== node.address) out.push(`${name}: host-network pod with IP ${ip}`);
			continue;
		}
		if (!cidrContains(node.podCIDR, ip)) out.push(`${name}: IP ${ip} outside ${node.podCIDR}`);
		const holder = ips.get(ip);
		if (holder) out.push(`${name}: IP ${ip} is also ${holder}'s`);
		ips.set(ip, name);
	}
	for (const [uid, sandbox] of Object.entries(state.sandboxes ?? {})) {
		const pod = listPods(state).find((p) => p.metadata.uid === uid);
		const node = pod && nodes.get(pod.spec.nodeName ?? '');
		if (pod && !node) out.push(`sandbox ${uid}: its pod is on no node`);
		if (node && !cidrContains(node.podCIDR, sandbox.ip))
			out.push(`sandbox ${uid}: IP ${sandbox.ip} outside ${node.podCIDR}`);
		if (pod?.status.podIP && pod.status.podIP !== sandbox.ip)
			out.push(`sandbox ${uid}: IP ${sandbox.ip} but its pod reports ${pod.status.podIP}`);
	}
	return out;
}

/**
 * One step against the snapshot before it: the revision never goes back, it grew by exactly the
 * number of writes the step reports, every key that changed is among them, and each write's
 * revision follows the previous one's.
 */
export function revisionViolations(before: ClusterState, step: Step): string[] {
	const out: string[] = [];
	const prev = before.etcd.revision;
	const now = step.snapshot.etcd.revision;
	if (now - prev !== step.wrote.length)
		out.push(`${step.id}: revision ${prev} → ${now} for ${step.wrote.length} writes`);
	const kvs = step.snapshot.etcd.kvs;
	for (const [key, kv] of Object.entries(kvs)) {
		const changed = kv.mod_revision > prev;
		if (changed !== step.wrote.includes(key))
			out.push(`${step.id}: ${key} at mod ${kv.mod_revision} vs writes [${step.wrote}]`);
		if (!changed && before.etcd.kvs[key]?.mod_revision !== kv.mod_revision)
			out.push(`${step.id}: ${key} changed without a new revision`);
	}
	for (const key of Object.keys(before.etcd.kvs))
		if (!kvs[key] && !step.wrote.includes(key)) out.push(`${step.id}: ${key} vanished unwritten`);
	// the step's log is its writes, one revision each, in order: etcd's history (get --rev) is these logs
	const log = step.snapshot.etcd.log;
	if (log.map((e) => e.kv.key).join('\n') !== step.wrote.join('\n'))
		out.push(`${step.id}: logged [${log.map((e) => e.kv.key)}] vs writes [${step.wrote}]`);
	log.forEach((e, i) => {
		if (e.kv.mod_revision !== prev + i + 1)
			out.push(`${step.id}: log entry ${i + 1} at revision ${e.kv.mod_revision}`);
	});
	// a key's last write in the step got the revision its position in the write order gives
	step.wrote.forEach((key, i) => {
		const last = step.wrote.lastIndexOf(key) === i;
		if (last && kvs[key] && kvs[key].mod_revision !== prev + i + 1)
			out.push(`${step.id}: ${key} is write ${i + 1} but has mod ${kvs[key].mod_revision}`);
	});
	return out;
}

/** The snapshots of a timeline in order, the cluster before the first step included. */
export const states = (tl: Timeline): ClusterState[] => [
	tl.initial,
	...tl.steps.map((s) => s.snapshot)
];

/**
 * A pod is bound at most once: once its spec.nodeName is set it never changes while the pod
 * exists, and the scheduler sends exactly one binding for every pod that got bound in the flow
 * (a pod created with spec.nodeName is never bound: it comes with its node).
 */
export function bindingViolations(tl: Timeline): string[] {
	const out: string[] = [];
	const node = new Map<string, string>();
	const boundHere = new Set<string>();
	const createdBound = createdWithNode(tl);
	for (const state of states(tl)) {
		for (const pod of listPods(state)) {
			const id = pod.metadata.uid;
			const was = node.get(id);
			const is = pod.spec.nodeName;
			if (was !== undefined && was !== is)
				out.push(`${pod.metadata.name}: bound to ${was}, then to ${is ?? 'nothing'}`);
			if (is !== undefined && was === undefined) {
				node.set(id, is);
				if (state !== tl.initial && !createdBound.has(id)) boundHere.add(pod.metadata.name);
			}
		}
	}
	const bindings = new Map<string, number>();
	for (const step of tl.steps)
		for (const m of step.messages) {
			const name = /^POST pods\/([^/]+)\/binding/.exec(m.label)?.[1];
			if (name) bindings.set(name, (bindings.get(name) ?? 0) + 1);
		}
	for (const [name, n] of bindings) if (n > 1) out.push(`${name}: ${n} bindings`);
	const sent = [...bindings.keys()].sort().join();
	const seen = [...boundHere].sort().join();
	if (sent !== seen) out.push(`bindings sent for [${sent}] but pods bound [${seen}]`);
	return out;
}

/** The pods (by uid) whose create already carried spec.nodeName: no binding is sent for them. */
function createdWithNode(tl: Timeline): Set<string> {
	const out = new Set<string>();
	// each snapshot's log holds that step's own writes
	for (const e of tl.steps.flatMap((s) => s.snapshot.etcd.log)) {
		if (e.type !== 'PUT' || e.kv.version !== 1 || !e.kv.key.startsWith('/registry/pods/')) continue;
		const pod = decodePod(e.kv);
		if (pod.spec.nodeName) out.add(pod.metadata.uid);
	}
	return out;
}

/**
 * The Service's EndpointSlice lists exactly the pods its selector picks that have an IP and have
 * not finished, each ready when the pod is Ready and not terminating (what the controller must
 * have written once it has seen the pods as they are now).
 */
export function sliceViolations(state: ClusterState, name: string): string[] {
	const svc = listServices(state).find(
		(s) => s.metadata.namespace === 'default' && s.metadata.name === name
	);
	if (!svc) return [`service default/${name} is not stored`];
	const out: string[] = [];
	if (!cidrContains(SERVICE_CIDR, svc.spec.clusterIP))
		out.push(`ClusterIP ${svc.spec.clusterIP} outside ${SERVICE_CIDR}`);
	const slices = listSlices(state).filter((s) => s.metadata.labels[SERVICE_NAME_LABEL] === name);
	if (slices.length !== 1) return [...out, `${slices.length} EndpointSlices for ${name}`];
	const selector = Object.entries(svc.spec.selector ?? {});
	const expected = listPods(state)
		.filter((p) => selector.every(([k, v]) => p.metadata.labels?.[k] === v))
		.filter((p) => p.status.podIP && !['Succeeded', 'Failed'].includes(p.status.phase))
		.map((p) => `${p.status.podIP} ready=${isReady(p) && !p.metadata.deletionTimestamp}`)
		.sort();
	const listed = slices[0].endpoints
		.map((e) => `${e.addresses[0]} ready=${e.conditions.ready}`)
		.sort();
	if (expected.join() !== listed.join())
		out.push(`slice lists [${listed}] but the pods are [${expected}]`);
	const ports = slices[0].ports.map((p) => p.port);
	if (ports.join() !== String(svc.spec.ports[0].targetPort))
		out.push(`slice ports [${ports}] for targetPort ${svc.spec.ports[0].targetPort}`);
	return out;
}

/**
 * After a sync: every node's kube-proxy has synced, all nodes hold the same nat and filter
 * tables, and those rules send the Service's ClusterIP to exactly the slice's usable endpoints
 * (its ready ones, else the serving terminating ones) with equal odds, or REJECT it when none.
 */
export function proxyViolations(state: ClusterState, name: string): string[] {
	const out: string[] = [];
	const nodes = state.nodes.map((n) => n.name);
	const notSynced = nodes.filter((n) => state.proxies?.[n]?.state !== 'synced');
	if (notSynced.length) return [`kube-proxy not synced on ${notSynced}`];
	const texts = nodes.map((n) => {
		const rules = nodeRules(state, n)!;
		return { nat: tableRestoreText(rules, 'nat'), filter: tableRestoreText(rules, 'filter') };
	});
	for (let i = 1; i < nodes.length; i++) {
		if (texts[i].nat !== texts[0].nat) out.push(`nat of ${nodes[i]} differs from ${nodes[0]}'s`);
		if (texts[i].filter !== texts[0].filter)
			out.push(`filter of ${nodes[i]} differs from ${nodes[0]}'s`);
	}
	const svc = listServices(state).find((s) => s.metadata.name === name);
	if (!svc) return [...out, `service ${name} is not stored`];
	const { clusterIP, ports } = svc.spec;
	const endpoints = listSlices(state)
		.filter((s) => s.metadata.labels[SERVICE_NAME_LABEL] === name)
		.flatMap((s) => s.endpoints);
	const ready = endpoints.filter((e) => e.conditions.ready);
	const usable = ready.length
		? ready
		: endpoints.filter((e) => e.conditions.serving && e.conditions.terminating);
	const expected = usable.map((e) => `${e.addresses[0]}:${ports[0].targetPort}`).sort();
	const nat = texts[0].nat.split('\n');
	const comment = `--comment default/${name} `;
	const dnat = nat
		.filter((l) => l.startsWith('-A KUBE-SEP-') && l.includes(comment))
		.flatMap((l) => /-j DNAT --to-destination (\S+)$/.exec(l)?.[1] ?? [])
		.sort();
	if (dnat.join() !== expected.join()) out.push(`DNAT to [${dnat}], slice has [${expected}]`);
	const toService = `-d ${clusterIP} --dport ${ports[0].port} -j `;
	const entry = nat.filter((l) => l.startsWith('-A KUBE-SERVICES') && l.includes(toService));
	const rejects = texts[0].filter
		.split('\n')
		.filter((l) => l.includes(toService) && l.endsWith('-j REJECT'));
	if (entry.length !== (expected.length ? 1 : 0) || rejects.length !== (expected.length ? 0 : 1))
		out.push(
			`${entry.length} KUBE-SERVICES jumps, ${rejects.length} REJECTs, ${expected.length} endpoints`
		);
	// the n endpoints are picked with probabilities 1/n, 1/(n-1), …, and the last unconditionally
	const svcChain = /-j (KUBE-SVC-\S+)$/.exec(entry[0] ?? '')?.[1];
	const picks = nat.filter((l) => l.startsWith(`-A ${svcChain} `) && l.includes(' -j KUBE-SEP-'));
	picks.forEach((l, i) => {
		const p = /--probability (\S+)/.exec(l)?.[1];
		const want = i === picks.length - 1 ? undefined : (1 / (picks.length - i)).toFixed(10);
		if (p !== want) out.push(`pick ${i + 1} of ${picks.length} has probability ${p}`);
	});
	return out;
}
