/**
 * What `kubectl get` and `kubectl describe` both do with a resource type: fetch the objects asked
 * for from where the apiserver stores them, and say so the apiserver's and kubectl's way when
 * there are none or a selector cannot be read.
 */
import type { ClusterState } from '../cluster';
import { get as getKey, getPrefix, readObject } from '../etcd';
import { qualifiedName, type ResourceType, type StoredObject } from './resources';

/** where a type's objects are stored: one namespace's, or every namespace's */
export const scopeOf = (r: ResourceType, all: boolean, namespace: string) =>
	r.namespaced && !all ? `${r.prefix}${namespace}/` : r.prefix;

/** The objects named (each missing one an apiserver NotFound), or every object under `scope`. */
export function fetchObjects(
	state: ClusterState,
	resource: ResourceType,
	scope: string,
	names: string[]
): { objects: StoredObject[]; errors: string[] } {
	if (!names.length)
		return {
			objects: getPrefix(state.etcd, scope).map((kv) => readObject<StoredObject>(kv)),
			errors: []
		};
	const objects: StoredObject[] = [];
	const errors: string[] = [];
	for (const name of names) {
		const kv = getKey(state.etcd, scope + name);
		if (kv) objects.push(readObject<StoredObject>(kv));
		else
			errors.push(`Error from server (NotFound): ${qualifiedName(resource)} "${name}" not found`);
	}
	return { objects, errors };
}

/** get.go's line when nothing was found: the namespace only when every type asked is namespaced */
export const noneFound = (namespaced: boolean, namespace: string) =>
	namespaced ? `No resources found in ${namespace} namespace.` : 'No resources found';

/** the apiserver's answer to a label selector it cannot parse */
export const selectorRefused = (r: ResourceType, selector: string, error: string) =>
	`Error from server (BadRequest): Unable to find "${r.group}/${r.version}, Resource=${r.name}" that match label selector "${selector}", field selector "": ${error}`;
