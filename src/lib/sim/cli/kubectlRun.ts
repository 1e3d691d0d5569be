/**
 * `kubectl run NAME --image=IMAGE … --dry-run=client -o yaml|json`: the Pod kubectl v1.32 would
 * send, printed without sending it (staging/src/k8s.io/kubectl/pkg/cmd/run/run.go and
 * generate/versioned/run.go BasicPod: labels run=NAME unless --labels, one container named
 * NAME, dnsPolicy ClusterFirst, restartPolicy from --restart). The CKA's way to start a manifest.
 * Without --dry-run=client, run would create the pod: the flow does that here.
 */
import { toYaml } from '../yaml';
import { parseFlags, type FlagSpec } from './flags';
import { goJson } from './goJson';
import { KUBECTL_GLOBAL } from './kubectlGet';
import { err, kubectlFlagError, note, out, type Chunk } from './output';

export const RUN_FLAGS: FlagSpec[] = [
	...KUBECTL_GLOBAL,
	{ name: 'image', value: true },
	{ name: 'labels', short: 'l', value: true },
	{ name: 'port', value: true },
	{ name: 'restart', value: true },
	{ name: 'env', value: true },
	{ name: 'command' },
	{ name: 'dry-run', value: true },
	{ name: 'output', short: 'o', value: true },
	{ name: 'image-pull-policy', value: true },
	{ name: 'annotations', value: true },
	{ name: 'stdin', short: 'i' },
	{ name: 'tty', short: 't' },
	{ name: 'rm' },
	{ name: 'privileged' }
];

const RESTART = ['Always', 'OnFailure', 'Never'];

export function run(words: string[]): Chunk[] {
	// the words after `--` are the container's command or arguments, not kubectl's
	const dash = words.indexOf('--');
	const args = dash < 0 ? [] : words.slice(dash + 1);
	const flags = parseFlags(dash < 0 ? words : words.slice(0, dash), RUN_FLAGS);
	if ('error' in flags) return kubectlFlagError('run', flags.error);
	const v = flags.values;
	const [name] = flags.args;
	if (name === undefined)
		return [err("error: NAME is required for run\nSee 'kubectl run -h' for help and examples")];
	if (!v.image) return [err('error: --image is required')];
	const dryRun = v['dry-run'] ?? 'none';
	if (!['none', 'client', 'server'].includes(dryRun))
		return [
			err(`error: Invalid dry-run value (${dryRun}). Must be "none", "server", or "client".`)
		];
	if (dryRun !== 'client') return [note('readOnly', { command: 'kubectl run' })];
	const restart = v.restart ?? 'Always';
	if (!RESTART.includes(restart)) return [err(`error: invalid restart policy: ${restart}`)];
	const labels = v.labels ? parsePairs(v.labels) : { run: name };
	if (!labels) return [err(`error: invalid label spec: ${v.labels}`)];
	const port = v.port === undefined ? undefined : Number(v.port);
	if (port !== undefined && !/^-?\d+$/.test(v.port!))
		return kubectlFlagError(
			'run',
			`invalid argument "${v.port}" for "--port" flag: strconv.ParseInt: parsing "${v.port}": invalid syntax`
		);
	const pod = basicPod({
		name,
		image: v.image,
		labels,
		restart,
		annotations: v.annotations ? (parsePairs(v.annotations) ?? {}) : undefined,
		container: {
			...(v.command === 'true' && args.length ? { command: args } : {}),
			...(v.command !== 'true' && args.length ? { args } : {}),
			...(port !== undefined && port >= 0 ? { ports: [{ containerPort: port }] } : {}),
			...(v.env ? { env: [envVar(v.env)] } : {})
		},
		imagePullPolicy: v['image-pull-policy']
	});
	const format = v.output ?? '';
	if (format === 'yaml') return [out(toYaml(pod, { sorted: true }).trimEnd())];
	if (format === 'json') return [out(goJson(pod, { sorted: false }))];
	if (format === 'name') return [out(`pod/${name}`)];
	if (format === '') return [out(`pod/${name} created (dry run)`)];
	return [note('notModelled', { command: `kubectl run -o ${format}` })];
}

interface BasicPodOptions {
	name: string;
	image: string;
	labels?: Record<string, string>;
	restart?: string;
	annotations?: Record<string, string>;
	/** the container's command, args, ports and env */
	container?: Record<string, unknown>;
	resources?: Record<string, unknown>;
	imagePullPolicy?: string;
}

/**
 * The Pod kubectl run builds (generate/versioned/run.go BasicPod), its fields in the Go structs'
 * order: Container{name, image, command, args, ports, env, resources, imagePullPolicy}.
 */
export function basicPod(o: BasicPodOptions) {
	return {
		kind: 'Pod',
		apiVersion: 'v1',
		metadata: {
			name: o.name,
			creationTimestamp: null,
			labels: o.labels ?? { run: o.name },
			...(o.annotations ? { annotations: o.annotations } : {})
		},
		spec: {
			containers: [
				{
					name: o.name,
					image: o.image,
					...o.container,
					resources: o.resources ?? {},
					...(o.imagePullPolicy ? { imagePullPolicy: o.imagePullPolicy } : {})
				}
			],
			restartPolicy: o.restart ?? 'Always',
			dnsPolicy: 'ClusterFirst'
		},
		status: {}
	};
}

/** `k=v,k2=v2` (--labels, --annotations), or null when a pair has no `=` */
function parsePairs(text: string): Record<string, string> | null {
	const pairs: Record<string, string> = {};
	for (const part of text.split(',')) {
		const at = part.indexOf('=');
		if (at < 1) return null;
		pairs[part.slice(0, at)] = part.slice(at + 1);
	}
	return pairs;
}

const envVar = (text: string) => {
	const at = text.indexOf('=');
	return at < 0 ? { name: text } : { name: text.slice(0, at), value: text.slice(at + 1) };
};
