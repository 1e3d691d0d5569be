/**
 * kube-apiserver's watch cache of pods (staging/src/k8s.io/apiserver/pkg/storage/cacher), as
 * v1.34 serves lists from it. The cache hears every write under /registry/pods/ through its own
 * etcd watch, so its resourceVersion is the revision of the newest pod write it has heard, or of
 * the last progress notification etcd sent it: etcd's revision moves with every key (Leases,
 * Events), the cache's only with pods.
 *
 * - A list without resourceVersion is a consistent read. ConsistentListFromCache (GA and locked
 *   on in v1.34, pkg/features/kube_features.go) serves it from the cache once the cache has
 *   caught up with etcd: the cacher asks etcd for its current revision
 *   (etcd3/store.go GetCurrentResourceVersion: a list of the prefix key itself, not recursive,
 *   which holds nothing, read for its header's revision), and while the cache is behind, asks for a progress
 *   notification every 100 ms (watch_cache.go, through its conditional progress requester). A
 *   limit is honoured, with a continue token.
 * - resourceVersion=0: whatever the cache holds, at once, and the limit is ignored
 *   (cacher.go computeListLimit).
 * - A continue token, like an exact resourceVersion: ListFromCacheSnapshot (beta and on by
 *   default in v1.34, KEP-4988) serves it from a snapshot of the cache's store, the newest one at
 *   or below the token's revision (cacher.go ShouldDelegateContinue → shouldDelegateExactRV →
 *   CanServeExactRV; watch_cache.go waitAndListExactRV answers at the token's revision). The
 *   cache takes a snapshot after every event it processes and drops them with its history: when
 *   its ring of recent events is full, the snapshots older than the oldest event it keeps (it
 *   keeps at least DefaultEventFreshDuration, 75 s, of events), and every 15 s the snapshots older
 *   than etcd's last compaction (compactor.go). With no snapshot left, etcd serves the page at the
 *   token's revision, and answers 410 Gone once it has compacted that revision.
 */
import { getPrefix, type KeyValue } from '$lib/sim/etcd';
import type { ClusterState } from '$lib/sim/cluster';
import { base64url } from '$lib/sim/cli/bytesText';

export const PODS_PREFIX = '/registry/pods/';

/** The revision of the newest pod write: what the cache has heard when nothing else told it more. */
export function newestPodRevision(state: ClusterState): number {
	const revisions = getPrefix(state.etcd, PODS_PREFIX).map((kv) => kv.mod_revision);
	const logged = state.etcd.log.filter((e) => e.kv.key.startsWith(PODS_PREFIX));
	return Math.max(0, ...revisions, ...logged.map((e) => e.kv.mod_revision));
}

/** The keys of a namespace's pods, in key order (the cache sorts a limited list as etcd orders it). */
export const namespacePods = (state: ClusterState, namespace: string): KeyValue[] =>
	getPrefix(state.etcd, `${PODS_PREFIX}${namespace}/`);

/**
 * A list's continue token (pkg/storage/continue.go EncodeContinue): the JSON
 * {"v":"meta.k8s.io/v1","rv":N,"start":"<key after the prefix>\u0000"}, base64 RawURL (no padding).
 */
export function continueToken(lastKey: string, keyPrefix: string, rv: number): string {
	const start = `${lastKey.slice(keyPrefix.length)}\u0000`;
	const json = `{"v":"meta.k8s.io/v1","rv":${rv},"start":${JSON.stringify(start)}}`;
	return base64url(new TextEncoder().encode(json));
}

/** One page of a list: its items, and where the next page starts (etcd3/store.go GetList). */
export interface ListPage {
	items: KeyValue[];
	/** the list's resourceVersion */
	rv: number;
	/** absent on the last page */
	continue?: string;
	/** items after this page: set when a page is cut short and no selector filters */
	remaining?: number;
}

/** Page `from`… of `all` (in key order), `limit` items at most (0: all), read at revision `rv`. */
export function page(
	all: KeyValue[],
	from: number,
	limit: number,
	rv: number,
	keyPrefix: string
): ListPage {
	const items = limit > 0 ? all.slice(from, from + limit) : all.slice(from);
	const rest = all.length - from - items.length;
	if (rest <= 0 || items.length === 0) return { items, rv };
	return {
		items,
		rv,
		continue: continueToken(items[items.length - 1].key, keyPrefix, rv),
		remaining: rest
	};
}

/** cacher.go DefaultEventFreshDuration: the least time the cache's history keeps an event, in seconds */
export const EVENT_FRESH_S = 75;

/** The revisions of the pod writes in `state`'s log: the cache keeps a snapshot after each it hears. */
export const podWrites = (state: ClusterState): number[] =>
	state.etcd.log.filter((e) => e.kv.key.startsWith(PODS_PREFIX)).map((e) => e.kv.mod_revision);

/**
 * The snapshot of `snapshots` (their revisions) that serves a read at revision `rv`: the newest
 * at or below it (the snapshotter's GetLessOrEqual), or undefined when none is left and etcd
 * serves the read.
 */
export function snapshotFor(snapshots: readonly number[], rv: number): number | undefined {
	const held = snapshots.filter((r) => r <= rv);
	return held.length ? Math.max(...held) : undefined;
}
