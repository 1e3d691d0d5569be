/** `kubectl describe pod|service|node|deployment|replicaset [name …]`: describe.go prints objects one after another, two empty lines apart. */
import type { ClusterState } from '../cluster';
import { getPrefix, readObject } from '../etcd';
import { describeNode } from './describeNode';
import { describePod } from './describePod';
import { describeService } from './describeService';
import { describeDeployment, describeReplicaSet } from './describeWorkload';
import { parseFlags, type FlagSpec } from './flags';
import { err, kubectlFlagError, note, out, type Chunk } from './output';
import { KUBECTL_GLOBAL } from './kubectlGet';
import { findResource, isUnmodelledResource, type StoredObject } from './resources';
import { fetchObjects, noneFound, scopeOf, selectorRefused } from './kubectlObjects';
import { parseSelector } from './selector';

export const DESCRIBE_FLAGS: FlagSpec[] = [
	...KUBECTL_GLOBAL,
	{ name: 'all-namespaces', short: 'A' },
	{ name: 'selector', short: 'l', value: true },
	{ name: 'show-events' }
];

const DESCRIBERS: Record<string, (obj: StoredObject, state: ClusterState) => string> = {
	pods: describePod,
	services: describeService,
	nodes: describeNode,
	deployments: describeDeployment,
	replicasets: describeReplicaSet
};

export function describe(args: string[], state: ClusterState): Chunk[] {
	const flags = parseFlags(args, DESCRIBE_FLAGS);
	if ('error' in flags) return kubectlFlagError('describe', flags.error);
	const [first, ...more] = flags.args;
	if (first === undefined)
		return [
			err(
				'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee \'kubectl describe -h\' for help and examples'
			)
		];
	const slash = first.indexOf('/');
	const type = slash < 0 ? first : first.slice(0, slash);
	const names = slash < 0 ? more : [first.slice(slash + 1), ...more];
	const resource = findResource(type);
	if (!resource)
		return isUnmodelledResource(type)
			? [note('notStored', { resource: type })]
			: [err(`error: the server doesn't have a resource type "${type}"`)];
	const describeOne = DESCRIBERS[resource.name];
	if (!describeOne) return [note('notModelled', { command: `kubectl describe ${resource.name}` })];
	const all = flags.values['all-namespaces'] === 'true';
	const namespace = flags.values.namespace ?? 'default';
	const scope = scopeOf(resource, all, namespace);
	const fetched = fetchObjects(state, resource, scope, names);
	const errors = fetched.errors;
	let objects = fetched.objects;
	// describe.go: TYPE NAME not found describes every object whose name begins with NAME
	// (DescribeMatchingResources), each followed by an empty line
	if (names.length === 1 && !objects.length) {
		const matching = getPrefix(state.etcd, scope + names[0])
			.filter((kv) => !kv.key.slice(scope.length).includes('/'))
			.map((kv) => readObject<StoredObject>(kv));
		if (matching.length) return [out(matching.map((o) => describeOne(o, state)).join('\n\n'))];
	}
	if (flags.values.selector !== undefined) {
		const selector = parseSelector(flags.values.selector);
		if ('error' in selector)
			return [err(selectorRefused(resource, flags.values.selector, selector.error))];
		objects = objects.filter((p) => selector(p.metadata.labels ?? {}));
	}
	const chunks: Chunk[] = [];
	if (objects.length) chunks.push(out(objects.map((o) => describeOne(o, state)).join('\n\n\n')));
	if (errors.length) chunks.push(err(errors.join('\n')));
	else if (!objects.length) chunks.push(err(noneFound(!all, namespace)));
	return chunks;
}
