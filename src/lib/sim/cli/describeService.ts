/**
 * `kubectl describe service`, as kubectl v1.34 prints it (describe.go describeService, and
 * formatEndpointSlices for its Endpoints line: the ready endpoints of the Service's slices,
 * address:port, the first three and "+ N more...").
 */
import type { ClusterState } from '../cluster';
import { getPrefix } from '../etcd';
import { annotationLines, labelLines, withEvents } from './describePod';
import { formatLabels, type StoredObject } from './resources';

interface SlicePort {
	name?: string;
	port?: number;
}
interface SliceEndpoint {
	addresses: string[];
	conditions?: { ready?: boolean };
}

/** formatEndpointSlices: each port of the slices named like the Service's port, with each ready endpoint */
function endpoints(slices: StoredObject[], portName: string): string {
	if (!slices.length) return '<none>';
	const list: string[] = [];
	let more = false;
	let count = 0;
	for (const slice of slices) {
		const ready = (slice.endpoints ?? []).filter(
			(e: SliceEndpoint) => e.conditions?.ready !== false
		);
		const ports: SlicePort[] = slice.ports ?? [];
		const pairs: [SliceEndpoint, number | null][] = ports.length
			? ports
					.filter((p) => (p.name ?? '') === portName)
					.flatMap((p) =>
						ready.map((e: SliceEndpoint): [SliceEndpoint, number | null] => [e, p.port ?? 0])
					)
			: ready.map((e: SliceEndpoint): [SliceEndpoint, number | null] => [e, null]);
		for (const [e, port] of pairs) {
			if (list.length === 3) more = true;
			if (!more) list.push(port === null ? e.addresses[0] : `${e.addresses[0]}:${port}`);
			count++;
		}
	}
	return more ? `${list.join(',')} + ${count - 3} more...` : list.join(',');
}

export function describeService(svc: StoredObject, state: ClusterState): string {
	const { metadata: m, spec } = svc;
	const slices = getPrefix(state.etcd, `/registry/endpointslices/${m.namespace}/`)
		.map((kv) => JSON.parse(kv.value) as StoredObject)
		.filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === m.name);
	const lines = [
		`Name:\t${m.name}`,
		`Namespace:\t${m.namespace}`,
		...labelLines('Labels', m.labels),
		...annotationLines(m.annotations),
		`Selector:\t${formatLabels(spec.selector)}`,
		`Type:\t${spec.type}`,
		...(spec.ipFamilyPolicy ? [`IP Family Policy:\t${spec.ipFamilyPolicy}`] : []),
		`IP Families:\t${spec.ipFamilies?.length ? spec.ipFamilies.join(',') : '<none>'}`,
		`IP:\t${spec.clusterIP ?? ''}`,
		...(spec.clusterIPs?.length ? [`IPs:\t${spec.clusterIPs.join(',')}`] : []),
		...(spec.externalIPs?.length ? [`External IPs:\t${spec.externalIPs.join(',')}`] : []),
		...(spec.ports ?? []).flatMap(
			(p: {
				name?: string;
				port: number;
				protocol: string;
				targetPort: number | string;
				nodePort?: number;
			}) => [
				`Port:\t${p.name || '<unset>'}\t${p.port}/${p.protocol}`,
				`TargetPort:\t${p.targetPort}/${p.protocol}`,
				...(p.nodePort ? [`NodePort:\t${p.name || '<unset>'}\t${p.nodePort}/${p.protocol}`] : []),
				`Endpoints:\t${endpoints(slices, p.name ?? '')}`
			]
		),
		`Session Affinity:\t${spec.sessionAffinity}`,
		...(spec.externalTrafficPolicy
			? [`External Traffic Policy:\t${spec.externalTrafficPolicy}`]
			: []),
		...(spec.internalTrafficPolicy
			? [`Internal Traffic Policy:\t${spec.internalTrafficPolicy}`]
			: [])
	];
	return withEvents(lines, state, m.namespace!, m.name);
}
