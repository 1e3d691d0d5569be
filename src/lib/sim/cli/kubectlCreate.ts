/**
 * `kubectl create deployment NAME --image=IMAGE [--replicas=N] [--port=N] --dry-run=client -o
 * yaml|json`: the Deployment kubectl v1.34 would send (staging/src/k8s.io/kubectl/pkg/cmd/create/
 * create_deployment.go createDeployment and buildPodSpec: labels app=NAME, the selector and the
 * template's labels the same, one container named after the image). Other `create` kinds, and
 * create without --dry-run=client, would change the cluster: a note says the flow does that here.
 */
import { toYaml } from '../yaml';
import { firstArgument, parseFlags, type FlagSpec } from './flags';
import { goJson } from './goJson';
import { KUBECTL_GLOBAL } from './kubectlGet';
import { clientDryRun } from './kubectlRun';
import { err, intFlagError, kubectlFlagError, note, out, type Chunk } from './output';

export const CREATE_FLAGS: FlagSpec[] = [
	...KUBECTL_GLOBAL,
	{ name: 'image', value: true },
	{ name: 'replicas', short: 'r', value: true },
	{ name: 'port', value: true },
	{ name: 'dry-run', value: true },
	{ name: 'output', short: 'o', value: true }
];

/** buildPodSpec: the image's last path part, without its tag or digest, `_` made `-` */
function containerName(image: string): string {
	let name = image.split('/').at(-1)!;
	name = name.split(':')[0].split('@')[0];
	return name.replace(/_/g, '-');
}

export function create(words: string[]): Chunk[] {
	// the kind is the first word that is not a flag (cobra's subcommand)
	const at = firstArgument(words, CREATE_FLAGS);
	const kind = at < 0 ? undefined : words[at];
	const rest = words.filter((_, i) => i !== at);
	if (kind !== 'deployment' && kind !== 'deploy')
		return [note('readOnly', { command: `kubectl create ${kind ?? ''}`.trim() })];
	const flags = parseFlags(rest, CREATE_FLAGS);
	if ('error' in flags) return kubectlFlagError('create deployment', flags.error);
	const v = flags.values;
	if (v.image === undefined) return [err('error: required flag(s) "image" not set')];
	if (flags.args.length !== 1)
		return [
			err(
				`error: exactly one NAME is required, got ${flags.args.length}\nSee 'kubectl create deployment -h' for help and examples`
			)
		];
	const notClient = clientDryRun(v['dry-run'], 'kubectl create deployment');
	if (notClient) return notClient;
	const badInt =
		intFlagError('create deployment', '-r, --replicas', v.replicas) ??
		intFlagError('create deployment', '--port', v.port);
	if (badInt) return badInt;
	const replicas = v.replicas === undefined ? 1 : Number(v.replicas);
	const port = v.port === undefined ? -1 : Number(v.port);
	const [name] = flags.args;
	const labels = { app: name };
	// the Go structs' order: Deployment{kind, apiVersion, metadata, spec, status}; the zero
	// creationTimestamp is omitted (apimachinery meta/v1 types.go ObjectMeta, `omitzero` since v1.34)
	const deployment = {
		kind: 'Deployment',
		apiVersion: 'apps/v1',
		metadata: {
			name,
			...(v.namespace ? { namespace: v.namespace } : {}),
			labels
		},
		spec: {
			replicas,
			selector: { matchLabels: labels },
			template: {
				metadata: { labels },
				spec: {
					containers: [
						{
							name: containerName(v.image),
							image: v.image,
							...(port >= 0 ? { ports: [{ containerPort: port }] } : {}),
							resources: {}
						}
					]
				}
			},
			strategy: {}
		},
		status: {}
	};
	const format = v.output ?? '';
	if (format === 'yaml') return [out(toYaml(deployment, { sorted: true }).trimEnd())];
	if (format === 'json') return [out(goJson(deployment, { sorted: false }))];
	if (format === 'name') return [out(`deployment.apps/${name}`)];
	if (format === '') return [out(`deployment.apps/${name} created (dry run)`)];
	return [note('notModelled', { command: `kubectl create deployment -o ${format}` })];
}
