/**
 * The data path: the client pod sends to the ClusterIP; the rules kube-proxy wrote on the
 * client's own node pick a backend at random and DNAT the packet to it; it is routed to the
 * node that hosts that pod; the reply comes back and conntrack undoes the translation.
 */
import { createRng } from '$lib/sim/rng';
import type { FlowMessage } from '$lib/flows/types';
import {
	clientPod,
	msg,
	nodeEnd,
	podEnd,
	service,
	type ServiceFlowDraft,
	serviceStep
} from './draft';
import { traceOnNode } from './packet';
import { listPods } from '$lib/sim/podCodec';

export function packetOut(d: ServiceFlowDraft) {
	const client = clientPod(d);
	const node = client.spec.nodeName!;
	const svc = service(d)!;
	const { clusterIP } = svc.spec;
	const port = svc.spec.ports[0].port;
	// one random stream per packet the flow sends: another packet, another draw
	const n = d.action + 1;
	const rand = createRng(`${d.state.seed}/packet/${n}`);
	const trace = traceOnNode(
		d.state,
		node,
		{ src: client.status.podIP!, dst: clusterIP, dport: port },
		rand
	);
	const backendPod = trace.to
		? listPods(d.state).find((p) => p.status.podIP === trace.to!.ip && !p.spec.hostNetwork)
		: undefined;
	d.packet = {
		trace,
		clientNode: node,
		clientIP: client.status.podIP!,
		clusterIP,
		port,
		backend:
			trace.to && backendPod
				? {
						pod: backendPod.metadata.name,
						node: backendPod.spec.nodeName!,
						ip: trace.to.ip,
						port: trace.to.port
					}
				: undefined
	};
	const b = d.packet.backend;
	return serviceStep({
		step: {
			stage: 'packet',
			params: {
				ip: clusterIP,
				port,
				node,
				client: client.metadata.name,
				outcome: trace.outcome,
				to: b ? `${b.ip}:${b.port}` : '',
				pod: b?.pod ?? '',
				backendNode: b?.node ?? '',
				// where the backend is, for the narration: here, or another node
				away: b ? (b.node === node ? 0 : 1) : 0
			},
			messages: [
				msg(
					podEnd('default', client.metadata.name),
					nodeEnd(node),
					'packet',
					`SYN ${client.status.podIP} → ${clusterIP}:${port}`,
					0
				)
			],
			active: [],
			wrote: [],
			focusNode: node,
			trace
		}
	});
}

export function packetDelivered(d: ServiceFlowDraft) {
	const p = d.packet!;
	const b = p.backend!;
	// after DNAT: the same source, the backend as destination
	const label = `SYN ${p.clientIP} → ${b.ip}:${b.port}`;
	const messages: FlowMessage[] =
		b.node === p.clientNode
			? [msg(nodeEnd(p.clientNode), podEnd('default', b.pod), 'packet', label, 0)]
			: [
					msg(nodeEnd(p.clientNode), nodeEnd(b.node), 'packet', label, 0),
					msg(nodeEnd(b.node), podEnd('default', b.pod), 'packet', label, 1)
				];
	return serviceStep({
		step: {
			stage: 'packet',
			params: {
				node: p.clientNode,
				backendNode: b.node,
				pod: b.pod,
				to: `${b.ip}:${b.port}`,
				away: b.node === p.clientNode ? 0 : 1
			},
			messages,
			active: [],
			wrote: [],
			focusNode: p.clientNode,
			trace: p.trace
		}
	});
}

export function packetReply(d: ServiceFlowDraft) {
	const p = d.packet!;
	const b = p.backend!;
	const client = podEnd('default', clientPod(d).metadata.name);
	const raw = `SYN-ACK ${b.ip}:${b.port} → ${p.clientIP}`;
	const undone = `SYN-ACK ${p.clusterIP}:${p.port} → ${p.clientIP}`;
	const messages: FlowMessage[] =
		b.node === p.clientNode
			? [
					msg(podEnd('default', b.pod), nodeEnd(b.node), 'packet', raw, 0),
					msg(nodeEnd(p.clientNode), client, 'packet', undone, 1)
				]
			: [
					msg(podEnd('default', b.pod), nodeEnd(b.node), 'packet', raw, 0),
					msg(nodeEnd(b.node), nodeEnd(p.clientNode), 'packet', raw, 1),
					msg(nodeEnd(p.clientNode), client, 'packet', undone, 2)
				];
	return serviceStep({
		step: {
			stage: 'packet',
			params: {
				ip: p.clusterIP,
				port: p.port,
				from: `${b.ip}:${b.port}`,
				node: p.clientNode,
				backendNode: b.node,
				away: b.node === p.clientNode ? 0 : 1
			},
			messages,
			active: [],
			wrote: [],
			focusNode: p.clientNode
		}
	});
}

/** No endpoint: the filter table's REJECT answers at once (ICMP port unreachable). */
export function packetRejected(d: ServiceFlowDraft) {
	const p = d.packet!;
	return serviceStep({
		step: {
			stage: 'packet',
			params: { ip: p.clusterIP, port: p.port, node: p.clientNode, name: d.scenario.name },
			messages: [
				msg(
					nodeEnd(p.clientNode),
					podEnd('default', clientPod(d).metadata.name),
					'error',
					'ICMP port unreachable → connection refused',
					0
				)
			],
			active: [],
			wrote: [],
			focusNode: p.clientNode,
			trace: p.trace
		}
	});
}

export const packetWasRejected = (d: ServiceFlowDraft) => !d.packet?.backend;
