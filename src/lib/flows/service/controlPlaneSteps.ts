/**
 * The control-plane half of the Service flow: `kubectl expose`, the apiserver's pipeline and
 * ClusterIP allocation (an IPAddress object), the write, the watch fan-out, and the EndpointSlice
 * the controller writes for it.
 */
import { adminAccess, type PipelineStage } from '$lib/sim/apiserver';
import { uid } from '$lib/sim/ids';
import {
	SERVICE_CIDR,
	allocateServiceIP,
	desiredSlice,
	exposedService,
	serviceKey,
	storeEndpoints,
	storeService,
	storeSlice,
	storedService,
	endpointsKey,
	DEFAULT_SERVICE_CIDR,
	IP_ALLOCATOR
} from '$lib/sim/services';
import { timestamp } from '$lib/sim/time';
import { toYaml } from '$lib/sim/yaml';
import {
	API,
	ETCD,
	KCM,
	KUBECTL,
	msg,
	service,
	serviceWatch,
	slice,
	toAllProxies,
	type ServiceFlowDraft,
	serviceStep
} from './draft';
import { persist } from '$lib/flows/kit/messages';
import { listPods } from '$lib/sim/podCodec';

function requested(d: ServiceFlowDraft) {
	const { name, port, targetPort } = d.scenario;
	return exposedService(name, { app: name }, { app: name }, port, targetPort);
}

export function exposeCommand(d: ServiceFlowDraft) {
	const { name, port, targetPort } = d.scenario;
	return serviceStep({
		step: {
			stage: 'control-plane',
			params: { name, port, targetPort },
			messages: [
				// kubectl expose reads the Deployment first, to copy its selector and labels.
				msg(KUBECTL, API, 'request', `GET /apis/apps/v1/namespaces/default/deployments/${name}`, 0),
				msg(API, KUBECTL, 'response', '200 OK (selector app=' + name + ')', 1),
				msg(KUBECTL, API, 'request', 'POST /api/v1/namespaces/default/services', 2)
			],
			active: [KUBECTL, API],
			wrote: [],
			command: {
				line: `kubectl expose deployment ${name} --port=${port} --target-port=${targetPort}`,
				manifest: toYaml(requested(d))
			}
		}
	});
}

export function servicePipeline(d: ServiceFlowDraft) {
	const name = d.scenario.name;
	// BeginCreate's allocation creates an IPAddress, a write of its own before the Service's
	const { ip, address } = allocateServiceIP(d.state, `default/${name}`);
	d.clusterIP = ip;
	const stages: PipelineStage[] = [
		...adminAccess('create', 'services', 'default'),
		// The scheme's defaults come with decoding, before any admission plugin
		// (pkg/apis/core/v1/defaults.go SetDefaults_Service).
		{
			stage: 'decode',
			detail:
				'defaults: type=ClusterIP, sessionAffinity=None, internalTrafficPolicy=Cluster, ports[0].protocol=TCP'
		},
		{
			stage: 'mutatingAdmission',
			detail: 'no plugin changes a Service (ServiceAccount, DefaultTolerationSeconds … change pods)'
		},
		// The registry's BeginCreate allocates before the object is validated
		// (pkg/registry/core/service/storage/storage.go beginCreate, alloc.go allocateCreate;
		// generic/registry/store.go Create); the allocator creates the IPAddress through the
		// apiserver's own client (ipallocator/ipallocator.go createIPAddress).
		{
			stage: 'allocate',
			detail: `ClusterIP ${ip} from ServiceCIDR ${DEFAULT_SERVICE_CIDR} (${SERVICE_CIDR}, random, upper band): IPAddress ${ip} created, managed-by ${IP_ALLOCATOR}, parentRef services/default/${name}; ipFamilies=[IPv4], ipFamilyPolicy=SingleStack`
		},
		{ stage: 'validation', detail: `services "${name}": ports and selector are valid` },
		{ stage: 'validatingAdmission', detail: 'ResourceQuota: no quota in namespace' },
		{
			stage: 'persist',
			detail: `create ${serviceKey('default', name)} → revision ${address.mod_revision + 1}`
		}
	];
	return serviceStep({
		step: {
			stage: 'control-plane',
			params: {
				name,
				ip,
				cidr: SERVICE_CIDR,
				serviceCIDR: DEFAULT_SERVICE_CIDR,
				key: address.key,
				revision: address.mod_revision
			},
			messages: persist(address.key, address.mod_revision, 0),
			active: [API, ETCD],
			wrote: [address.key],
			pipeline: stages
		}
	});
}

export function persistService(d: ServiceFlowDraft) {
	const ip = d.clusterIP!;
	const req = requested(d);
	const svc = storedService(req, ip, d.state.seed, d.state.clock);
	const kv = storeService(d.state.etcd, svc, d.state.clock);
	const name = d.scenario.name;
	return serviceStep({
		step: {
			stage: 'control-plane',
			params: { name, ip, key: kv.key, revision: kv.mod_revision },
			messages: [
				...persist(kv.key, kv.mod_revision, 0),
				msg(API, KUBECTL, 'response', `201 Created service/${name} (${ip})`, 2)
			],
			active: [API, ETCD, KUBECTL],
			wrote: [kv.key]
		}
	});
}

export function watchService(d: ServiceFlowDraft) {
	const svc = service(d)!;
	const messages = serviceWatch(d, 'services', 'ADDED', svc.metadata.name, 0);
	d.syncing = d.state.nodes.map((n) => n.name);
	return serviceStep({
		step: {
			stage: 'control-plane',
			params: { name: svc.metadata.name, nodes: d.state.nodes.length },
			messages,
			active: [API, ...messages.map((m) => m.to)],
			wrote: []
		},
		proxies: toAllProxies(d, { type: 'proxy.watch', change: 'ADDED', service: svc })
	});
}

/** The EndpointSlice controller's create, and the endpoints controller's legacy Endpoints. */
export function createSlice(d: ServiceFlowDraft) {
	const svc = service(d)!;
	const want = desiredSlice(d.state.seed, svc, listPods(d.state));
	const name = svc.metadata.name;
	return serviceStep({
		step: {
			stage: 'control-plane',
			params: {
				name,
				slice: want.metadata.name,
				ready: want.endpoints.filter((e) => e.conditions.ready).length,
				addresses: want.endpoints.map((e) => e.addresses[0]).join(', ')
			},
			messages: [
				msg(
					KCM,
					API,
					'request',
					'POST /apis/discovery.k8s.io/v1/namespaces/default/endpointslices',
					0
				),
				msg(KCM, API, 'request', 'POST /api/v1/namespaces/default/endpoints', 0)
			],
			active: [KCM, API],
			wrote: []
		}
	});
}

export function persistSlice(d: ServiceFlowDraft) {
	const svc = service(d)!;
	const want = desiredSlice(d.state.seed, svc, listPods(d.state));
	want.metadata.uid = uid(d.state.seed, `slice/${want.metadata.name}`);
	want.metadata.creationTimestamp = timestamp(d.state.clock);
	const kv = storeSlice(d.state.etcd, want, d.state.clock);
	const ep = storeEndpoints(d.state.etcd, svc, want.endpoints, d.state.clock);
	return serviceStep({
		step: {
			stage: 'control-plane',
			params: { name: svc.metadata.name, slice: want.metadata.name, key: kv.key },
			messages: [
				...persist(kv.key, kv.mod_revision, 0),
				...persist(endpointsKey('default', svc.metadata.name), ep.mod_revision, 2),
				msg(API, KCM, 'response', `201 Created endpointslice/${want.metadata.name}`, 4)
			],
			active: [API, ETCD, KCM],
			wrote: [kv.key, ep.key]
		}
	});
}

export function watchSlice(d: ServiceFlowDraft) {
	const s = slice(d)!;
	const messages = serviceWatch(d, 'endpointslices', 'ADDED', s.metadata.name, 0);
	d.syncing = d.state.nodes.map((n) => n.name);
	return serviceStep({
		step: {
			stage: 'kube-proxy',
			params: { name: d.scenario.name, slice: s.metadata.name, nodes: d.state.nodes.length },
			messages,
			active: [API, ...messages.map((m) => m.to)],
			wrote: []
		},
		proxies: toAllProxies(d, { type: 'proxy.watch', change: 'ADDED', slice: s })
	});
}
