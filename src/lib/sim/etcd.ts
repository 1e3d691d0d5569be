/**
 * A small MVCC key-value store with etcd v3 semantics (reference §4): one cluster-wide revision
 * bumped by every write, and per key create_revision, mod_revision and version. Plain data so a
 * timeline step can snapshot it; the functions mutate the store they are given.
 */

export interface KeyValue {
	key: string;
	/** the stored object as JSON (real etcd holds protobuf; JSON keeps the panel readable) */
	value: string;
	create_revision: number;
	mod_revision: number;
	version: number;
}

export interface EtcdEvent {
	type: 'PUT' | 'DELETE';
	kv: KeyValue;
	prevKv?: KeyValue;
}

export interface EtcdStore {
	/** current store revision; an empty etcd reports 1 */
	revision: number;
	kvs: Record<string, KeyValue>;
	/** every change in revision order: what a watch replays */
	log: EtcdEvent[];
}

export function createStore(): EtcdStore {
	return { revision: 1, kvs: {}, log: [] };
}

/** One write = one transaction = one new revision. */
export function put(store: EtcdStore, key: string, value: string): KeyValue {
	const prev = get(store, key);
	store.revision += 1;
	const kv: KeyValue = {
		key,
		value,
		create_revision: prev ? prev.create_revision : store.revision,
		mod_revision: store.revision,
		version: prev ? prev.version + 1 : 1
	};
	// a key typed in the terminal can be `__proto__`: an own property, not the object's prototype
	if (key === '__proto__')
		Object.defineProperty(store.kvs, key, {
			value: kv,
			enumerable: true,
			writable: true,
			configurable: true
		});
	else store.kvs[key] = kv;
	store.log.push(prev ? { type: 'PUT', kv, prevKv: prev } : { type: 'PUT', kv });
	return kv;
}

/** Deletes a key; returns how many keys were deleted (what `etcdctl del` prints). */
export function del(store: EtcdStore, key: string): number {
	const prev = get(store, key);
	if (!prev) return 0;
	store.revision += 1;
	delete store.kvs[key];
	const tombstone: KeyValue = {
		key,
		value: '',
		create_revision: 0,
		mod_revision: store.revision,
		version: 0
	};
	store.log.push({ type: 'DELETE', kv: tombstone, prevKv: prev });
	return 1;
}

export function get(store: EtcdStore, key: string): KeyValue | undefined {
	// a key typed in the terminal can be any text: `constructor` is not a key of the store
	return Object.hasOwn(store.kvs, key) ? store.kvs[key] : undefined;
}

/** `etcdctl get <prefix> --prefix`: keys in byte order, as etcd returns them. */
export function getPrefix(store: EtcdStore, prefix: string): KeyValue[] {
	return Object.keys(store.kvs)
		.filter((k) => k.startsWith(prefix))
		.sort(compareBytes)
		.map((k) => store.kvs[k]);
}

/** `etcdctl watch --prefix <prefix> --rev <fromRevision>`: the changes since that revision. */
export function watch(store: EtcdStore, prefix: string, fromRevision: number): EtcdEvent[] {
	return store.log.filter((e) => e.kv.key.startsWith(prefix) && e.kv.mod_revision >= fromRevision);
}

function compareBytes(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads a stored Kubernetes object; its resourceVersion is the key's mod_revision. */
export function readObject<T extends { metadata: { resourceVersion?: string } }>(kv: KeyValue): T {
	const obj = JSON.parse(kv.value) as T;
	obj.metadata.resourceVersion = String(kv.mod_revision);
	return obj;
}
