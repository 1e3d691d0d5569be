/**
 * etcd's history as a flow leaves it: the store before the flow's first step and each step's
 * writes. kube-apiserver compacts etcd every 5 minutes (--etcd-compaction-interval, apiserver
 * storage/etcd3/compact.go), and the clusters the flows start from have run for days, so every
 * revision before the flow's first is compacted; from there on, each revision can be read.
 */
import type { EtcdEvent, EtcdStore, KeyValue } from './etcd';

export interface EtcdPast {
	/** etcd when the flow began: the oldest revision still kept */
	initial: EtcdStore;
	/** each step's own writes, from the first step to the one on screen */
	logs: readonly (readonly EtcdEvent[])[];
}

/** The store as it stood at revision `rev` (from the compacted one up to the latest written). */
export function storeAt(past: EtcdPast, rev: number): EtcdStore {
	const kvs = { ...past.initial.kvs };
	let revision = past.initial.revision;
	for (const log of past.logs)
		for (const { type, kv } of log) {
			if (kv.mod_revision > rev) return { revision, kvs, log: [] };
			if (type === 'PUT') kvs[kv.key] = kv;
			else delete kvs[kv.key];
			revision = kv.mod_revision;
		}
	return { revision, kvs, log: [] };
}

/** The writes from revision `rev` on, each with the key's version before it. */
export function changesSince(
	past: EtcdPast,
	rev: number
): { type: EtcdEvent['type']; kv: KeyValue; prev?: KeyValue }[] {
	const latest: Record<string, KeyValue | undefined> = { ...past.initial.kvs };
	const changes = [];
	for (const log of past.logs)
		for (const { type, kv } of log) {
			if (kv.mod_revision >= rev) changes.push({ type, kv, prev: latest[kv.key] });
			latest[kv.key] = type === 'PUT' ? kv : undefined;
		}
	return changes;
}
