/**
 * `kubectl`: the command and its global flags (which may come before it, as in
 * `kubectl -n kube-system get pods`), then get, describe, logs, version and api-resources. Messages are
 * kubectl's (cobra's unknown command, cmd/util/helpers.go CheckErr's "error: " prefix).
 */
import type { ClusterState } from '../cluster';
import { KUBERNETES_VERSION, KUSTOMIZE_VERSION } from '../version';
import { firstArgument, parseFlags, type FlagSpec } from './flags';
import { describe, DESCRIBE_FLAGS } from './kubectlDescribe';
import { get, GET_FLAGS, KUBECTL_GLOBAL } from './kubectlGet';
import { create, CREATE_FLAGS } from './kubectlCreate';
import { run, RUN_FLAGS } from './kubectlRun';
import { logs, LOGS_FLAGS } from './kubectlLogs';
import { err, kubectlFlagError, note, out, type Chunk } from './output';
import { RESOURCES } from './resources';
import { tabwrite } from './tabwriter';

export const KUBECTL_COMMANDS = [
	'api-resources',
	'create',
	'describe',
	'get',
	'logs',
	'run',
	'version'
];
/** kubectl's commands that change the cluster: here the flow changes it */
const CHANGES = [
	'annotate',
	'apply',
	'autoscale',
	'certificate',
	'cordon',
	'delete',
	'drain',
	'edit',
	'expose',
	'label',
	'patch',
	'replace',
	'rollout',
	'scale',
	'set',
	'taint',
	'uncordon'
];
/** kubectl's other commands: real, but not answered here */
const OTHERS = [
	'alpha',
	'api-versions',
	'attach',
	'auth',
	'cluster-info',
	'completion',
	'config',
	'cp',
	'debug',
	'diff',
	'events',
	'exec',
	'explain',
	'help',
	'kustomize',
	'options',
	'plugin',
	'port-forward',
	'proxy',
	'top',
	'wait'
];

export function kubectl(args: string[], state: ClusterState): Chunk[] {
	// every subcommand's flags, to find the subcommand among them
	const at = firstArgument(args, [
		...GET_FLAGS,
		...DESCRIBE_FLAGS,
		...VERSION_FLAGS,
		...API_FLAGS,
		...RUN_FLAGS,
		...CREATE_FLAGS,
		...LOGS_FLAGS
	]);
	if (at < 0) return [note('notModelled', { command: 'kubectl' })];
	const sub = args[at];
	const rest = args.filter((_, i) => i !== at);
	if (rest.includes('-h') || rest.includes('--help'))
		return [note('notModelled', { command: `kubectl ${sub} --help` })];
	if (sub === 'get') return get(rest, state);
	if (sub === 'describe') return describe(rest, state);
	if (sub === 'logs') return logs(rest, state);
	if (sub === 'version') return version(rest);
	if (sub === 'api-resources') return apiResources(rest);
	if (sub === 'run') return run(rest);
	if (sub === 'create') return create(rest);
	// a manifest is applied where the flow can play it: Pod creation's YAML tab
	if (sub === 'apply') return [note('applyHere')];
	if (CHANGES.includes(sub)) return [note('readOnly', { command: `kubectl ${sub}` })];
	if (OTHERS.includes(sub)) return [note('notModelled', { command: `kubectl ${sub}` })];
	return [err(`error: unknown command "${sub}" for "kubectl"`)];
}

const VERSION_FLAGS: FlagSpec[] = [...KUBECTL_GLOBAL, { name: 'client' }];

function version(args: string[]): Chunk[] {
	const flags = parseFlags(args, VERSION_FLAGS);
	if ('error' in flags) return kubectlFlagError('version', flags.error);
	const lines = [
		`Client Version: ${KUBERNETES_VERSION}`,
		`Kustomize Version: ${KUSTOMIZE_VERSION}`
	];
	if (flags.values.client !== 'true') lines.push(`Server Version: ${KUBERNETES_VERSION}`);
	return [out(lines.join('\n'))];
}

const API_FLAGS: FlagSpec[] = [...KUBECTL_GLOBAL, { name: 'namespaced' }, { name: 'no-headers' }];

/** `kubectl api-resources [--namespaced[=false]]`: the resources `get` knows here */
function apiResources(args: string[]): Chunk[] {
	const flags = parseFlags(args, API_FLAGS);
	if ('error' in flags) return kubectlFlagError('api-resources', flags.error);
	const namespaced = flags.values.namespaced;
	if (namespaced !== undefined && namespaced !== 'true' && namespaced !== 'false')
		return kubectlFlagError(
			'api-resources',
			`invalid argument "${namespaced}" for "--namespaced" flag: strconv.ParseBool: parsing "${namespaced}": invalid syntax`
		);
	const rows = [...RESOURCES]
		.filter((r) => namespaced === undefined || String(r.namespaced) === namespaced)
		.sort(
			// api-resources' default order: by group (the core group's empty name first), then name
			(a, b) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name)
		)
		.map((r) =>
			[
				r.name,
				r.shortNames.join(','),
				r.group ? `${r.group}/${r.version}` : r.version,
				String(r.namespaced),
				r.kind
			].join('\t')
		);
	const head =
		flags.values['no-headers'] === 'true' ? [] : ['NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND'];
	return [out(tabwrite([...head, ...rows].join('\n'), 3, 6))];
}
