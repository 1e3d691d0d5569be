/**
 * Pods as they are stored, without decoding their containers' resource requests: all a view of
 * names, nodes, phases and statuses needs, without loading the quantity parser (podCodec.ts
 * decodes the whole pod).
 */
import { getPrefix, readObject, type EtcdStore } from './etcd';
import type { PodObject } from './model';

export type StoredPod = Omit<PodObject, 'spec'> & { spec: Omit<PodObject['spec'], 'containers'> };

/** Every pod stored, in key order. */
export function listStoredPods(state: { etcd: EtcdStore }): StoredPod[] {
	return getPrefix(state.etcd, '/registry/pods/').map((kv) => readObject<StoredPod>(kv));
}
