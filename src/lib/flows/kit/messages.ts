/**
 * The messages flows send, built one way: a single message, a write through the apiserver into
 * etcd (with the revision etcd answers), and a watch event fanned out to the watchers whose
 * filter matched.
 */
import type { Delivery } from '$lib/sim/apiserver';
import type { FlowMessage, MessageKind } from '../types';
import { API, ETCD, KCM, kubelet } from './actors';

export function msg(
	from: string,
	to: string,
	kind: MessageKind,
	label: string,
	phase: number
): FlowMessage {
	return { from, to, kind, label, phase };
}

/** The apiserver's etcd transaction for one key and etcd's answer, in phases `phase`, `phase + 1`. */
export function persist(key: string, revision: number, phase: number, op = 'PUT'): FlowMessage[] {
	return [
		msg(API, ETCD, 'request', `txn ${op} ${key}`, phase),
		msg(ETCD, API, 'response', `OK revision ${revision}`, phase + 1)
	];
}

/** A client's request, the etcd write it causes and etcd's answer: three phases from `phase`. */
export function write(
	from: string,
	request: string,
	key: string,
	revision: number,
	phase: number,
	op = 'PUT'
): FlowMessage[] {
	return [msg(from, API, 'request', request, phase), ...persist(key, revision, phase + 1, op)];
}

/**
 * One watch event pushed by the apiserver to each watcher that gets it (the sim decides who:
 * sim/apiserver podDeliveries, sim/services serviceWatchers), all in the same phase.
 */
export function watchFanOut(
	deliveries: Pick<Delivery, 'actor' | 'type'>[],
	resource: string,
	phase: number
): FlowMessage[] {
	return deliveries.map((w) => msg(API, w.actor, 'watch', `watch ${w.type} ${resource}`, phase));
}

/**
 * Node IPAM assigns a joined node its pod CIDR (sim/nodeChanges assignPodCIDR): the PATCH through
 * the apiserver into etcd, then the node's kubelet hears of it. Four phases from `phase`.
 */
export function podCIDRPatch(
	node: string,
	cidr: string,
	kv: { key: string; mod_revision: number },
	phase: number
): FlowMessage[] {
	return [
		...write(KCM, `PATCH nodes/${node} (podCIDR ${cidr})`, kv.key, kv.mod_revision, phase),
		msg(API, kubelet(node), 'watch', `watch MODIFIED nodes/${node}`, phase + 3)
	];
}
