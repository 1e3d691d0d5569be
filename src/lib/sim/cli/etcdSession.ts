/**
 * etcd as the terminal's etcdctl reads it: the flow's store at the step on screen, then the
 * learner's own `put` and `del` on keys outside /registry, which the terminal keeps and applies
 * after the step's writes (each one a new revision, as etcd would give it). Earlier revisions come
 * from the flow's history; the ones before the flow began are compacted.
 */
import type { ClusterState } from '../cluster';
import { put, type EtcdStore } from '../etcd';
import { changesSince, storeAt, type EtcdPast } from '../etcdHistory';
import type { SnapshotFile, UserWrite, WatchChange } from './output';

export type { UserWrite };

export interface EtcdSession {
	/** the flow's history up to the step on screen; without it, only the step's revision is kept */
	past?: EtcdPast;
	/** the learner's writes so far, in the order typed */
	writes?: readonly UserWrite[];
}

export interface EtcdAccess {
	/** etcd now: the step's keys, then the learner's writes */
	store: EtcdStore;
	/** the oldest revision that can still be read */
	compacted: number;
	/** the store as it stood at an earlier revision (compacted ≤ rev ≤ store.revision) */
	at(rev: number): EtcdStore;
	/** every change from revision `rev` on (rev ≥ compacted), in revision order */
	since(rev: number): WatchChange[];
	/** the snapshot files saved so far, by path */
	files: ReadonlyMap<string, SnapshotFile>;
	/** the cluster's clock, in simulated seconds (log lines' times) */
	clock: number;
}

export function etcdAccess(state: ClusterState, session: EtcdSession = {}): EtcdAccess {
	const past = session.past ?? { initial: state.etcd, logs: [] };
	const writes = session.writes ?? [];
	const flowRevision = state.etcd.revision;
	const upTo = (rev: number) => {
		const store: EtcdStore = { revision: flowRevision, kvs: { ...state.etcd.kvs }, log: [] };
		for (const w of writes) {
			if (changes(store, w) && store.revision + 1 > rev) break;
			apply(store, w);
		}
		return store;
	};
	const store = upTo(Infinity);
	return {
		store,
		compacted: past.initial.revision,
		at: (rev) => (rev >= flowRevision ? upTo(rev) : storeAt(past, rev)),
		since: (rev) => [
			...changesSince(past, rev),
			...store.log
				.filter((e) => e.kv.mod_revision >= rev)
				.map(({ type, kv, prevKv }) => ({ type, kv, prev: prevKv }))
		],
		files: new Map(writes.flatMap((w) => (w.type === 'file' ? [[w.path, w.snapshot]] : []))),
		clock: state.clock
	};
}

const changes = (store: EtcdStore, w: UserWrite) =>
	w.type === 'put' || (w.type === 'del' && w.keys.some((k) => Object.hasOwn(store.kvs, k)));

/** etcd's DeleteRange: every key in the range goes at one new revision (mvcc kvstore_txn.go) */
export function apply(store: EtcdStore, w: UserWrite): void {
	if (w.type === 'put') {
		put(store, w.key, w.value);
		return;
	}
	if (w.type !== 'del') return;
	const gone = w.keys.filter((k) => Object.hasOwn(store.kvs, k));
	if (!gone.length) return;
	store.revision += 1;
	for (const k of gone) {
		const tombstone = {
			key: k,
			value: '',
			create_revision: 0,
			mod_revision: store.revision,
			version: 0
		};
		store.log.push({ type: 'DELETE', kv: tombstone, prevKv: store.kvs[k] });
		delete store.kvs[k];
	}
}
