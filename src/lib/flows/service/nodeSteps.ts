/**
 * The add-node what-if: a kubelet registers a new node, the DaemonSet controller creates a
 * kube-proxy pod for it, the scheduler binds it there, the kubelet starts it, and the new
 * kube-proxy lists every Service and EndpointSlice and writes all their rules in one full sync.
 */
import { registerNode } from '$lib/sim/cluster';
import { makeNode } from '$lib/sim/workerNode';
import { assignPodCIDR } from '$lib/sim/nodeChanges';
import { podKey, storePod } from '$lib/sim/podCodec';
import { listServices, listSlices } from '$lib/sim/services';
import { kubeProxyPodFor, kubeProxyPodOn } from '$lib/sim/serviceCluster';
import { SERVICE_MAX_NODES } from './scenario';
import {
	API,
	ETCD,
	KCM,
	SCHED,
	kubelet,
	msg,
	proxy,
	write,
	type ServiceFlowDraft,
	serviceStep
} from './draft';
import { podCIDRPatch } from '$lib/flows/kit/messages';
import { bindPods, startPod } from '$lib/flows/kit/podLifecycle';

export const canAddNode = (d: ServiceFlowDraft) => d.state.nodes.length < SERVICE_MAX_NODES;

const newest = (d: ServiceFlowDraft) => d.state.nodes.at(-1)!;

function proxyPodName(d: ServiceFlowDraft): string {
	return kubeProxyPodOn(d.state, newest(d).name)!.metadata.name;
}

export function nodeJoins(d: ServiceFlowDraft) {
	const node = makeNode(d.state.nodes.length);
	d.state.nodes.push(node);
	const { node: kv, lease } = registerNode(d.state.etcd, node, false, d.state.clock);
	const cidr = assignPodCIDR(d.state, node.name);
	return serviceStep({
		step: {
			stage: 'what-if',
			params: { node: node.name, address: node.address, cidr: node.podCIDR },
			messages: [
				...write(kubelet(node.name), 'POST /api/v1/nodes', kv.key, kv.mod_revision, 0),
				msg(API, KCM, 'watch', `watch ADDED nodes/${node.name}`, 3),
				msg(API, SCHED, 'watch', `watch ADDED nodes/${node.name}`, 3),
				...podCIDRPatch(node.name, node.podCIDR, cidr, 4)
			],
			active: [kubelet(node.name), API, ETCD, KCM, SCHED],
			// the Lease is written too, and the Node again with its pod CIDR: in write order
			wrote: [kv.key, lease.key, cidr.key],
			command: { line: `kubeadm join 192.168.56.10:6443 …   # on ${node.name}` }
		}
	});
}

export function daemonSetPod(d: ServiceFlowDraft) {
	const node = newest(d);
	// The DaemonSet controller targets the node through the pod's affinity; the scheduler binds it.
	const pod = kubeProxyPodFor(d.state.seed, node, d.state.nodes.length - 1, d.state.clock);
	const kv = storePod(d.state.etcd, pod);
	return serviceStep({
		step: {
			stage: 'what-if',
			params: { node: node.name, pod: pod.metadata.name },
			messages: [
				...write(KCM, 'POST /api/v1/namespaces/kube-system/pods', kv.key, kv.mod_revision, 0)
			],
			active: [KCM, API, ETCD],
			wrote: [kv.key]
		}
	});
}

export function bindProxyPod(d: ServiceFlowDraft) {
	const name = proxyPodName(d);
	const { messages, wrote } = bindPods(d, [podKey('kube-system', name)]);
	return serviceStep({
		step: {
			stage: 'what-if',
			params: { node: newest(d).name, pod: name },
			messages,
			active: [API, SCHED, ETCD],
			wrote
		}
	});
}

export function startProxyPod(d: ServiceFlowDraft) {
	const name = proxyPodName(d);
	const { messages, kv, node } = startPod(d, podKey('kube-system', name), 0);
	return serviceStep({
		step: {
			stage: 'what-if',
			params: { node, pod: name },
			messages,
			active: [API, ETCD, kubelet(node), `container-runtime@${node}`],
			wrote: [kv.key]
		},
		proxies: [{ node, spawn: true }]
	});
}

/** The new kube-proxy's informers start with a LIST of each kind, then watch from there. */
export function proxyLists(d: ServiceFlowDraft) {
	const node = newest(d).name;
	const services = listServices(d.state);
	const slices = listSlices(d.state);
	d.syncing = [node];
	return serviceStep({
		step: {
			stage: 'kube-proxy',
			params: { node, services: services.length, slices: slices.length },
			messages: [
				msg(proxy(node), API, 'request', 'GET /api/v1/services', 0),
				msg(proxy(node), API, 'request', 'GET /apis/discovery.k8s.io/v1/endpointslices', 0),
				msg(API, proxy(node), 'response', `200 OK ${services.length} services`, 1),
				msg(API, proxy(node), 'response', `200 OK ${slices.length} endpointslices`, 1)
			],
			active: [proxy(node), API],
			wrote: []
		},
		proxies: [{ node, event: { type: 'proxy.list', objects: { services, slices } } }]
	});
}
