/**
 * `kubectl describe node`, as kubectl v1.34 prints it (staging/src/k8s.io/kubectl/pkg/describe/
 * describe.go: describeNode, describeNodeLease, describeNodeResource, printNodeTaintsMultiline,
 * findNodeRoles), through Go's tabwriter with padding 2, so the pods' table shares its first
 * column with the lines above it, as a real terminal shows it.
 */
import type { ClusterState } from '../cluster';
import { get, getPrefix, readObject } from '../etcd';
import { eventsFor } from '../events';
import { describeEvents, eventRow } from '../kubectl';
import { formatCpu, formatMemory, parseCpu, parseMemory } from '../quantity';
import { podAmounts } from '../scheduler';
import { humanAge, simSeconds } from '../time';
import { annotationLines, labelLines, rfc1123z } from './describePod';
import type { StoredObject } from './resources';
import { tabwrite } from './tabwriter';

const ROLE_PREFIX = 'node-role.kubernetes.io/';

/** findNodeRoles: node-role.kubernetes.io/<role> labels and kubernetes.io/role's value, sorted */
function roles(labels: Record<string, string> = {}): string {
	const found = new Set<string>();
	for (const [k, v] of Object.entries(labels)) {
		if (k.startsWith(ROLE_PREFIX) && k.length > ROLE_PREFIX.length)
			found.add(k.slice(ROLE_PREFIX.length));
		else if (k === 'kubernetes.io/role' && v) found.add(v);
	}
	return found.size ? [...found].sort().join(',') : '<none>';
}

interface Taint {
	key: string;
	value?: string;
	effect: string;
}

/** printTaintsMultilineWithIndent: sorted by effect, then key; Taint.ToString */
function taintLines(taints: Taint[] = []): string[] {
	if (!taints.length) return ['Taints:\t<none>'];
	return [...taints]
		.sort((a, b) => (`${a.effect},${a.key}` < `${b.effect},${b.key}` ? -1 : 1))
		.map(
			(t, i) =>
				`${i === 0 ? 'Taints:' : ''}\t${t.value ? `${t.key}=${t.value}` : t.key}:${t.effect}`
		);
}

/** SortableResourceNames: by name */
const resourceLines = (list: Record<string, string>) =>
	Object.keys(list)
		.sort()
		.map((r) => `  ${r}:\t${list[r]}`);

interface Usage {
	cpu: number;
	memory: number;
}

/** resourcehelper.PodRequests / PodLimits for the pods the flows run (scheduler.ts podAmounts) */
const podUsage = (pod: StoredObject, which: 'requests' | 'limits'): Usage =>
	podAmounts({ spec: pod.spec }, (c: StoredObject) => {
		const r = c.resources?.[which] ?? {};
		return {
			cpu: r.cpu ? (parseCpu(r.cpu) ?? 0) : 0,
			memory: r.memory ? (parseMemory(r.memory) ?? 0) : 0
		};
	});

/** `250m (6%)`: the quantity, then its share of what the node can give, truncated */
const share = (text: string, part: number, whole: number) =>
	`${text} (${whole ? Math.trunc((part / whole) * 100) : 0}%)`;

function podsLines(node: StoredObject, pods: StoredObject[], state: ClusterState): string[] {
	const allocatable = node.status.allocatable ?? node.status.capacity ?? {};
	const cpu = parseCpu(allocatable.cpu ?? '0') ?? 0;
	const memory = parseMemory(allocatable.memory ?? '0') ?? 0;
	const cells = (u: Usage, l: Usage) => [
		share(formatCpu(u.cpu), u.cpu, cpu),
		share(formatCpu(l.cpu), l.cpu, cpu),
		share(formatMemory(u.memory), u.memory, memory),
		share(formatMemory(l.memory), l.memory, memory)
	];
	const total = { requests: { cpu: 0, memory: 0 }, limits: { cpu: 0, memory: 0 } };
	const rows = pods.map((p) => {
		const req = podUsage(p, 'requests');
		const lim = podUsage(p, 'limits');
		total.requests.cpu += req.cpu;
		total.requests.memory += req.memory;
		total.limits.cpu += lim.cpu;
		total.limits.memory += lim.memory;
		const age = humanAge(state.clock - simSeconds(p.metadata.creationTimestamp ?? ''));
		return `  ${p.metadata.namespace}\t${p.metadata.name}\t\t${cells(req, lim).join('\t')}\t${age}`;
	});
	const [cpuReq, cpuLim, memReq, memLim] = cells(total.requests, total.limits);
	const hugePages = Object.keys(allocatable)
		.filter((r) => r.startsWith('hugepages-'))
		.sort();
	return [
		`Non-terminated Pods:\t(${pods.length} in total)`,
		'  Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge',
		'  ---------\t----\t\t------------\t----------\t---------------\t-------------\t---',
		...rows,
		'Allocated resources:',
		'  (Total limits may be over 100 percent, i.e., overcommitted.)',
		'  Resource\tRequests\tLimits',
		'  --------\t--------\t------',
		`  cpu\t${cpuReq}\t${cpuLim}`,
		`  memory\t${memReq}\t${memLim}`,
		'  ephemeral-storage\t0 (0%)\t0 (0%)',
		...hugePages.map((r) => `  ${r}\t0 (0%)\t0 (0%)`)
	];
}

export function describeNode(node: StoredObject, state: ClusterState): string {
	const { metadata: m, spec, status } = node;
	const leaseKv = get(state.etcd, `/registry/leases/kube-node-lease/${m.name}`);
	const lease = leaseKv ? readObject<StoredObject>(leaseKv) : undefined;
	const info = status.nodeInfo ?? {};
	// the pods bound to it that have not ended (describe's field selector on spec.nodeName and phase)
	const pods = getPrefix(state.etcd, '/registry/pods/')
		.map((kv) => readObject<StoredObject>(kv))
		.filter(
			(p) =>
				p.spec.nodeName === m.name && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed'
		);
	const lines = [
		`Name:\t${m.name}`,
		`Roles:\t${roles(m.labels)}`,
		...labelLines('Labels', m.labels),
		...annotationLines(m.annotations),
		`CreationTimestamp:\t${rfc1123z(m.creationTimestamp ?? '')}`,
		...taintLines(spec.taints),
		`Unschedulable:\t${spec.unschedulable === true}`,
		...(lease
			? [
					'Lease:',
					`  HolderIdentity:\t${lease.spec.holderIdentity ?? '<unset>'}`,
					`  AcquireTime:\t${lease.spec.acquireTime ? rfc1123z(lease.spec.acquireTime) : '<unset>'}`,
					`  RenewTime:\t${lease.spec.renewTime ? rfc1123z(lease.spec.renewTime) : '<unset>'}`
				]
			: [`Lease:\tFailed to get lease: leases.coordination.k8s.io "${m.name}" not found`]),
		...(status.conditions?.length
			? [
					'Conditions:',
					'  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage',
					'  ----\t------\t-----------------\t------------------\t------\t-------',
					...status.conditions.map(
						(c: Record<string, string>) =>
							`  ${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}`
					)
				]
			: []),
		'Addresses:',
		...(status.addresses ?? []).map(
			(a: { type: string; address: string }) => `  ${a.type}:\t${a.address}`
		),
		...(status.capacity ? ['Capacity:', ...resourceLines(status.capacity)] : []),
		...(status.allocatable ? ['Allocatable:', ...resourceLines(status.allocatable)] : []),
		'System Info:',
		`  Machine ID:\t${info.machineID ?? ''}`,
		`  System UUID:\t${info.systemUUID ?? ''}`,
		`  Boot ID:\t${info.bootID ?? ''}`,
		`  Kernel Version:\t${info.kernelVersion ?? ''}`,
		`  OS Image:\t${info.osImage ?? ''}`,
		`  Operating System:\t${info.operatingSystem ?? ''}`,
		`  Architecture:\t${info.architecture ?? ''}`,
		`  Container Runtime Version:\t${info.containerRuntimeVersion ?? ''}`,
		`  Kubelet Version:\t${info.kubeletVersion ?? ''}`,
		`  Kube-Proxy Version:\t${info.kubeProxyVersion ?? ''}`,
		...(spec.podCIDR ? [`PodCIDR:\t${spec.podCIDR}`] : []),
		...(spec.podCIDRs?.length ? [`PodCIDRs:\t${spec.podCIDRs.join(',')}`] : []),
		...(spec.providerID ? [`ProviderID:\t${spec.providerID}`] : []),
		...podsLines(node, pods, state)
	];
	// the node's events: the kubelet's name it by the node's name, the controllers by its uid
	const rows = eventsFor(state, 'default', m.name, [m.uid ?? '', m.name]).map((e) =>
		eventRow(e, state.clock)
	);
	if (!rows.length) return tabwrite([...lines, 'Events:\t<none>'].join('\n'), 2);
	return `${tabwrite(lines.join('\n'), 2)}\n${describeEvents(state, 'default', m.name, rows).join('\n')}`;
}
