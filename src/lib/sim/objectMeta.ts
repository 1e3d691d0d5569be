/**
 * What the apiserver's generic registry does to any object's metadata: on create it sets the
 * uid and creationTimestamp (staging/src/k8s.io/apiserver/pkg/registry/rest/create.go
 * FillObjectMetaSystemFields), and on update it keeps the stored ones whatever the client sent
 * (rest/update.go BeforeUpdate).
 */
import { get, type EtcdStore } from './etcd';
import { uid } from './ids';
import { timestamp } from './time';

interface Meta {
	uid?: string;
	creationTimestamp?: string;
}

/** `obj` as it will be stored at `key` at time `at`: identity kept from the stored object, if any. */
export function withIdentity<T extends { metadata: object }>(
	etcd: EtcdStore,
	key: string,
	obj: T,
	at: number
): T {
	const kv = get(etcd, key);
	const before: Meta | null = kv ? JSON.parse(kv.value).metadata : null;
	const asked: Meta = obj.metadata;
	return {
		...obj,
		metadata: {
			...obj.metadata,
			// a new object's uid: random in Kubernetes, here fixed by the key and the revision it is created at
			uid: before?.uid ?? asked.uid ?? uid(key, String(etcd.revision + 1)),
			creationTimestamp: before?.creationTimestamp ?? asked.creationTimestamp ?? timestamp(at)
		}
	};
}
