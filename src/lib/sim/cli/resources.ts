/**
 * The resource types `kubectl get` knows in KubeStep's cluster: where the apiserver stores each
 * (its etcd prefix), its names (`kubectl api-resources`), and the columns kubectl prints for it.
 * Columns and cells follow pkg/printers/internalversion/printers.go at v1.34.0 (AddHandlers and
 * each print<Kind> function); a column with Priority 1 there is a `-o wide` column here.
 */
import type { ClusterState } from '../cluster';
import { GET_PODS_WIDE_COLUMNS, getNodesRow, getPodsWideRow } from '../kubectl';
import { GET_DEPLOYMENTS_COLUMNS, deploymentRow } from '../kubectlDeployments';
import type { PodObject } from '../model';
import { CLUSTER_CREATED, humanAge, simSeconds } from '../time';

/** A stored object of any kind, as JSON gives it back. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every kind has its own fields
export type StoredObject = { metadata: ObjectMeta } & Record<string, any>;

interface ObjectMeta {
	name: string;
	namespace?: string;
	uid?: string;
	creationTimestamp?: string;
	deletionTimestamp?: string;
	deletionGracePeriodSeconds?: number;
	labels?: Record<string, string>;
	annotations?: Record<string, string>;
	ownerReferences?: { kind: string; name: string; uid?: string; controller?: boolean }[];
	resourceVersion?: string;
}

export interface ResourceType {
	/** plural, as in `kubectl get pods` */
	name: string;
	singular: string;
	shortNames: string[];
	kind: string;
	/** '' for the core group */
	group: string;
	version: string;
	namespaced: boolean;
	/** where the apiserver keeps these objects; a namespaced one adds `<namespace>/<name>` */
	prefix: string;
	columns: string[];
	row: (obj: StoredObject, state: ClusterState) => string[];
	/** `-o wide`: columns after the others, or (`full`) the whole wide table in its own order */
	wide?: {
		columns: string[];
		row: (obj: StoredObject, state: ClusterState) => string[];
		full?: boolean;
	};
}

/** translateTimestampSince: the object's age on the cluster's clock (the cluster's own age for an object stored without a creation time). */
export function age(obj: StoredObject, state: ClusterState): string {
	const created = obj.metadata.creationTimestamp;
	return created
		? humanAge(state.clock - simSeconds(created))
		: humanAge(state.clock - CLUSTER_CREATED);
}

/** labels.Set.String / FormatLabels: `k=v` pairs by key, `<none>` for none. */
export function formatLabels(labels: Record<string, string> | undefined): string {
	const keys = Object.keys(labels ?? {}).sort();
	return keys.length ? keys.map((k) => `${k}=${labels![k]}`).join(',') : '<none>';
}

/** printers.go listWithMoreString: the first three, then "+ N more...", or <unset> for none. */
function firstThree(list: string[]): string {
	if (list.length > 3) return `${list.slice(0, 3).join(',')} + ${list.length - 3} more...`;
	return list.length ? list.join(',') : '<unset>';
}

/** the containers' names and images of a pod template (layoutContainerCells) */
function containerCells(obj: StoredObject): string[] {
	const containers: { name: string; image: string }[] = obj.spec?.template?.spec?.containers ?? [];
	return [containers.map((c) => c.name).join(','), containers.map((c) => c.image).join(',')];
}

const n = (v: unknown) => String(v ?? 0);

/** printServicePorts / makePortString: `port[:nodePort]/protocol`, comma separated */
function servicePorts(obj: StoredObject): string {
	const ports: { port: number; nodePort?: number; protocol?: string }[] = obj.spec?.ports ?? [];
	if (!ports.length) return '<none>';
	return ports
		.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`)
		.join(',');
}

/** getServiceExternalIP for the types the app models: ClusterIP and NodePort have none */
function serviceExternalIP(obj: StoredObject): string {
	const ips: string[] = obj.spec?.externalIPs ?? [];
	return ips.length ? ips.join(',') : '<none>';
}

function nodeAddress(obj: StoredObject, type: string): string {
	const found = (obj.status?.addresses ?? []).find((a: { type: string }) => a.type === type);
	return found?.address ?? '<none>';
}

const orUnknown = (v: string | undefined) => v || '<unknown>';

/** -o wide of a workload with a pod template: its containers, images and selector */
const TEMPLATE_WIDE: ResourceType['wide'] = {
	columns: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
	row: (obj) => [...containerCells(obj), formatLabels(obj.spec?.selector?.matchLabels)]
};

export const RESOURCES: ResourceType[] = [
	{
		name: 'pods',
		singular: 'pod',
		shortNames: ['po'],
		kind: 'Pod',
		group: '',
		version: 'v1',
		namespaced: true,
		prefix: '/registry/pods/',
		columns: GET_PODS_WIDE_COLUMNS.slice(0, 5),
		row: (obj, state) => getPodsWideRow(obj as unknown as PodObject, state.clock).slice(0, 5),
		wide: {
			columns: GET_PODS_WIDE_COLUMNS.slice(5),
			row: (obj, state) => getPodsWideRow(obj as unknown as PodObject, state.clock).slice(5)
		}
	},
	{
		name: 'nodes',
		singular: 'node',
		shortNames: ['no'],
		kind: 'Node',
		group: '',
		version: 'v1',
		namespaced: false,
		prefix: '/registry/minions/',
		columns: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
		row: (obj, state) => getNodesRow(state, obj.metadata.name),
		wide: {
			columns: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
			row: (obj) => [
				nodeAddress(obj, 'InternalIP'),
				nodeAddress(obj, 'ExternalIP'),
				orUnknown(obj.status?.nodeInfo?.osImage),
				orUnknown(obj.status?.nodeInfo?.kernelVersion),
				orUnknown(obj.status?.nodeInfo?.containerRuntimeVersion)
			]
		}
	},
	{
		name: 'namespaces',
		singular: 'namespace',
		shortNames: ['ns'],
		kind: 'Namespace',
		group: '',
		version: 'v1',
		namespaced: false,
		prefix: '/registry/namespaces/',
		columns: ['NAME', 'STATUS', 'AGE'],
		row: (obj, state) => [obj.metadata.name, obj.status?.phase ?? '', age(obj, state)]
	},
	{
		name: 'services',
		singular: 'service',
		shortNames: ['svc'],
		kind: 'Service',
		group: '',
		version: 'v1',
		namespaced: true,
		prefix: '/registry/services/specs/',
		columns: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
		row: (obj, state) => [
			obj.metadata.name,
			obj.spec?.type ?? 'ClusterIP',
			obj.spec?.clusterIP || '<none>',
			serviceExternalIP(obj),
			servicePorts(obj),
			age(obj, state)
		],
		wide: { columns: ['SELECTOR'], row: (obj) => [formatLabels(obj.spec?.selector)] }
	},
	{
		name: 'serviceaccounts',
		singular: 'serviceaccount',
		shortNames: ['sa'],
		kind: 'ServiceAccount',
		group: '',
		version: 'v1',
		namespaced: true,
		prefix: '/registry/serviceaccounts/',
		columns: ['NAME', 'SECRETS', 'AGE'],
		row: (obj, state) => [obj.metadata.name, n(obj.secrets?.length), age(obj, state)]
	},
	{
		name: 'events',
		singular: 'event',
		shortNames: ['ev'],
		kind: 'Event',
		group: '',
		version: 'v1',
		namespaced: true,
		prefix: '/registry/events/',
		columns: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
		row: (obj, state) => {
			const e = eventCells(obj, state);
			return [e.last, obj.type ?? '', obj.reason ?? '', e.target, e.message];
		},
		wide: {
			full: true,
			columns: [
				'LAST SEEN',
				'TYPE',
				'REASON',
				'OBJECT',
				'SUBOBJECT',
				'SOURCE',
				'MESSAGE',
				'FIRST SEEN',
				'COUNT',
				'NAME'
			],
			row: (obj, state) => {
				const e = eventCells(obj, state);
				return [
					e.last,
					obj.type ?? '',
					obj.reason ?? '',
					e.target,
					obj.involvedObject?.fieldPath ?? '',
					eventSource(obj),
					e.message,
					e.first,
					String(e.count),
					obj.metadata.name
				];
			}
		}
	},
	{
		name: 'daemonsets',
		singular: 'daemonset',
		shortNames: ['ds'],
		kind: 'DaemonSet',
		group: 'apps',
		version: 'v1',
		namespaced: true,
		prefix: '/registry/daemonsets/',
		columns: [
			'NAME',
			'DESIRED',
			'CURRENT',
			'READY',
			'UP-TO-DATE',
			'AVAILABLE',
			'NODE SELECTOR',
			'AGE'
		],
		row: (obj, state) => {
			const s = obj.status ?? {};
			return [
				obj.metadata.name,
				n(s.desiredNumberScheduled),
				n(s.currentNumberScheduled),
				n(s.numberReady),
				n(s.updatedNumberScheduled),
				n(s.numberAvailable),
				formatLabels(obj.spec?.template?.spec?.nodeSelector),
				age(obj, state)
			];
		},
		wide: TEMPLATE_WIDE
	},
	{
		name: 'deployments',
		singular: 'deployment',
		shortNames: ['deploy'],
		kind: 'Deployment',
		group: 'apps',
		version: 'v1',
		namespaced: true,
		prefix: '/registry/deployments/',
		columns: GET_DEPLOYMENTS_COLUMNS,
		row: (obj, state) => deploymentRow(obj, state),
		wide: TEMPLATE_WIDE
	},
	{
		name: 'replicasets',
		singular: 'replicaset',
		shortNames: ['rs'],
		kind: 'ReplicaSet',
		group: 'apps',
		version: 'v1',
		namespaced: true,
		prefix: '/registry/replicasets/',
		columns: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
		row: (obj, state) => {
			const s = obj.status ?? {};
			return [
				obj.metadata.name,
				n(obj.spec?.replicas),
				n(s.replicas),
				n(s.readyReplicas),
				age(obj, state)
			];
		},
		wide: TEMPLATE_WIDE
	},
	{
		name: 'statefulsets',
		singular: 'statefulset',
		shortNames: ['sts'],
		kind: 'StatefulSet',
		group: 'apps',
		version: 'v1',
		namespaced: true,
		prefix: '/registry/statefulsets/',
		columns: ['NAME', 'READY', 'AGE'],
		row: (obj, state) => [
			obj.metadata.name,
			`${n(obj.status?.readyReplicas)}/${n(obj.spec?.replicas)}`,
			age(obj, state)
		],
		wide: { columns: ['CONTAINERS', 'IMAGES'], row: (obj) => containerCells(obj) }
	},
	{
		name: 'leases',
		singular: 'lease',
		shortNames: [],
		kind: 'Lease',
		group: 'coordination.k8s.io',
		version: 'v1',
		namespaced: true,
		prefix: '/registry/leases/',
		columns: ['NAME', 'HOLDER', 'AGE'],
		row: (obj, state) => [obj.metadata.name, obj.spec?.holderIdentity ?? '', age(obj, state)]
	},
	{
		name: 'endpoints',
		singular: 'endpoints',
		shortNames: ['ep'],
		kind: 'Endpoints',
		group: '',
		version: 'v1',
		namespaced: true,
		prefix: '/registry/services/endpoints/',
		columns: ['NAME', 'ENDPOINTS', 'AGE'],
		row: (obj, state) => [obj.metadata.name, formatEndpoints(obj.subsets ?? []), age(obj, state)]
	},
	{
		name: 'endpointslices',
		singular: 'endpointslice',
		shortNames: [],
		kind: 'EndpointSlice',
		group: 'discovery.k8s.io',
		version: 'v1',
		namespaced: true,
		prefix: '/registry/endpointslices/',
		columns: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
		// formatDiscoveryPorts and formatDiscoveryEndpoints: a port's number, else its name, else *
		row: (obj, state) => [
			obj.metadata.name,
			obj.addressType ?? '',
			firstThree(
				(obj.ports ?? []).map((p: { port?: number; name?: string }) =>
					p.port !== undefined ? String(p.port) : (p.name ?? '*')
				)
			),
			firstThree((obj.endpoints ?? []).flatMap((e: { addresses?: string[] }) => e.addresses ?? [])),
			age(obj, state)
		]
	},
	{
		name: 'servicecidrs',
		singular: 'servicecidr',
		shortNames: [],
		kind: 'ServiceCIDR',
		group: 'networking.k8s.io',
		version: 'v1',
		namespaced: false,
		prefix: '/registry/servicecidrs/',
		columns: ['NAME', 'CIDRS', 'AGE'],
		// printServiceCIDR: the CIDRs joined by commas
		row: (obj, state) => [obj.metadata.name, (obj.spec?.cidrs ?? []).join(','), age(obj, state)]
	},
	{
		name: 'ipaddresses',
		singular: 'ipaddress',
		// pkg/registry/networking/ipaddress/storage/storage.go ShortNames
		shortNames: ['ip'],
		kind: 'IPAddress',
		group: 'networking.k8s.io',
		version: 'v1',
		namespaced: false,
		prefix: '/registry/ipaddresses/',
		// two column definitions: printIPAddress's third cell (its age) is cut off by kubectl's
		// table printer, which prints no more cells than the table has columns
		columns: ['NAME', 'PARENTREF'],
		row: (obj) => [obj.metadata.name, parentRefName(obj.spec?.parentRef)]
	}
];

interface EndpointSubset {
	addresses?: { ip: string }[];
	ports?: { port: number }[];
}

/**
 * printers.go formatEndpoints: each ready address with each port (the bare address when the
 * subset has no ports), the first three and "+ N more...", `<none>` without subsets.
 */
function formatEndpoints(subsets: EndpointSubset[]): string {
	if (!subsets.length) return '<none>';
	const all = subsets.flatMap(({ addresses = [], ports = [] }) =>
		ports.length
			? ports.flatMap((p) => addresses.map((a) => `${a.ip}:${p.port}`))
			: addresses.map((a) => a.ip)
	);
	const shown = all.slice(0, 3).join(',');
	return all.length > 3 ? `${shown} + ${all.length - 3} more...` : shown;
}

/** printIPAddress: `<group-resource>[/<namespace>]/<name>`, the core group's resource bare */
function parentRefName(ref?: {
	group?: string;
	resource: string;
	namespace?: string;
	name: string;
}): string {
	if (!ref) return '<none>';
	const resource = (ref.group ? `${ref.resource}.${ref.group}` : ref.resource).toLowerCase();
	return [resource, ref.namespace, ref.name].filter(Boolean).join('/');
}

/** printEvent's times, count, target and message */
function eventCells(obj: StoredObject, state: ClusterState) {
	const since = (t: string | undefined) =>
		t ? humanAge(state.clock - simSeconds(t)) : '<unknown>';
	const first = obj.firstTimestamp ? since(obj.firstTimestamp) : since(obj.eventTime);
	const last = obj.series
		? since(obj.series.lastObservedTime)
		: obj.lastTimestamp
			? since(obj.lastTimestamp)
			: first;
	const count = obj.series?.count ?? (obj.count || 1);
	const kind = String(obj.involvedObject?.kind ?? '').toLowerCase();
	const target = obj.involvedObject?.name ? `${kind}/${obj.involvedObject.name}` : kind;
	return { first, last, count, target, message: String(obj.message ?? '').trim() };
}

/** formatEventSource: the source's component and host, else the reporting controller and instance */
function eventSource(obj: StoredObject): string {
	const component = obj.source?.component || obj.reportingComponent || '';
	const instance = obj.source?.host || obj.reportingInstance || '';
	return instance ? `${component}, ${instance}` : component;
}

/** The resource a word names: plural, singular, short name, or any of them with `.group`. */
export function findResource(word: string): ResourceType | undefined {
	const lower = word.toLowerCase();
	return RESOURCES.find((r) => {
		const names = [r.name, r.singular, ...r.shortNames];
		return names.some((x) => x === lower || (r.group && `${x}.${r.group}` === lower));
	});
}

/** `pods`, or `deployments.apps`: how the apiserver names a resource in its errors */
export const qualifiedName = (r: ResourceType) => (r.group ? `${r.name}.${r.group}` : r.name);

/** what `kubectl get all` lists, in the order of the "all" category (those the cluster stores) */
export const ALL_CATEGORY = [
	'pods',
	'services',
	'daemonsets',
	'deployments',
	'replicasets',
	'statefulsets'
];

/**
 * Kinds a real v1.34 cluster serves that KubeStep's cluster does not store: asked for, they get a
 * note rather than the apiserver's "doesn't have a resource type", which would be untrue.
 */
const NOT_STORED = [
	'configmaps',
	'configmap',
	'cm',
	'secrets',
	'secret',
	'jobs',
	'job',
	'cronjobs',
	'cronjob',
	'cj',
	'persistentvolumes',
	'persistentvolume',
	'pv',
	'persistentvolumeclaims',
	'persistentvolumeclaim',
	'pvc',
	'storageclasses',
	'storageclass',
	'sc',
	'ingresses',
	'ingress',
	'ing',
	'ingressclasses',
	'networkpolicies',
	'networkpolicy',
	'netpol',
	'roles',
	'role',
	'rolebindings',
	'rolebinding',
	'clusterroles',
	'clusterrole',
	'clusterrolebindings',
	'clusterrolebinding',
	'horizontalpodautoscalers',
	'hpa',
	'limitranges',
	'limits',
	'resourcequotas',
	'quota',
	'priorityclasses',
	'priorityclass',
	'pc',
	'certificatesigningrequests',
	'csr',
	'customresourcedefinitions',
	'crd',
	'crds',
	'poddisruptionbudgets',
	'pdb',
	'replicationcontrollers',
	'rc',
	'podtemplates',
	'controllerrevisions',
	'runtimeclasses',
	'csidrivers',
	'csinodes',
	'volumeattachments',
	'mutatingwebhookconfigurations',
	'validatingwebhookconfigurations',
	'apiservices',
	'componentstatuses',
	'cs',
	'flowschemas',
	'prioritylevelconfigurations',
	'csistoragecapacities',
	'bindings',
	'tokenreviews',
	'subjectaccessreviews',
	'selfsubjectreviews'
];

export const isUnmodelledResource = (word: string) =>
	NOT_STORED.includes(word.toLowerCase().split('.')[0]);
