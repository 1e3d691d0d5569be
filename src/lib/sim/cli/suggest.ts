/**
 * A few commands worth typing at a step, computed from what the step wrote: the objects it
 * stored, read back with kubectl and seen as keys in etcd.
 */
import { RESOURCES } from './resources';

const MAX = 4;

export function suggestCommands(wrote: readonly string[]): string[] {
	const commands: string[] = [];
	const add = (c: string) => {
		if (!commands.includes(c) && commands.length < MAX) commands.push(c);
	};
	for (const key of wrote) {
		const resource = RESOURCES.find((r) => key.startsWith(r.prefix));
		// v1 Endpoints are deprecated (v1.33+): the step's EndpointSlice is the one to read
		if (!resource || resource.kind === 'Endpoints') continue;
		const [namespace, name] = resource.namespaced
			? key.slice(resource.prefix.length).split('/')
			: [undefined, key.slice(resource.prefix.length)];
		const ns = namespace && namespace !== 'default' ? ` -n ${namespace}` : '';
		// the exam's way to read events: oldest first
		if (resource.name === 'events')
			add(`kubectl get events${ns} --sort-by=.metadata.creationTimestamp`);
		else if (resource.name === 'pods') add(`kubectl get pods${ns} -o wide`);
		else add(`kubectl get ${resource.name}${ns}`);
		if (resource.name === 'pods' || resource.name === 'services')
			add(`kubectl describe ${resource.singular} ${name}${ns}`);
		if (resource.name !== 'events') add(`kubectl get ${resource.singular} ${name}${ns} -o yaml`);
		add(`etcdctl get ${resource.prefix} --prefix --keys-only`);
	}
	add('kubectl get pods -o wide');
	add('etcdctl get /registry/ --prefix --keys-only');
	return commands;
}
