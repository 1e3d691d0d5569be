/** The stored object at a key, as YAML with its resourceVersion, or null when absent. */
import type { ClusterState } from '$lib/sim/cluster';
import { readObject } from '$lib/sim/etcd';
import { toYaml } from '$lib/sim/yaml';

const cache = new WeakMap<ClusterState, Map<string, string | null>>();

export function storedYaml(state: ClusterState, key: string): string | null {
	let byKey = cache.get(state);
	if (!byKey) cache.set(state, (byKey = new Map()));
	if (!byKey.has(key)) {
		const kv = state.etcd.kvs[key];
		byKey.set(
			key,
			kv
				? toYaml(readObject<{ metadata: { resourceVersion?: string } }>(kv), { sorted: true })
				: null
		);
	}
	return byKey.get(key)!;
}
