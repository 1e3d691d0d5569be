/**
 * `kubectl run NAME --image=IMAGE … --dry-run=client -o yaml|json`: the Pod kubectl v1.34 would
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
	const usage = "\nSee 'kubectl run -h' for help and examples";
	// cobra checks a required flag before the command runs
	if (v.image === undefined) return [err('error: required flag(s) "image" not set')];
	if (name === undefined) return [err(`error: NAME is required for run${usage}`)];
	if (!v.image) return [err('error: --image is required')];
	for (const attach of ['stdin', 'tty', 'rm'])
		if (v[attach]) return [note('notModelled', { command: `kubectl run --${attach}` })];
	const notClient = clientDryRun(v['dry-run'], 'kubectl run');
	if (notClient) return notClient;
	const restart = v.restart ?? 'Always';
	if (!RESTART.includes(restart)) return [err(`error: invalid restart policy: ${restart}${usage}`)];
	const labels = v.labels ? parseLabels(v.labels) : { run: name };
	if (typeof labels === 'string') return [err(`error: ${labels}`)];
	// --port is text, read by ParsePort: strconv.ParseUint(port, 10, 16)
	const port = v.port === undefined ? undefined : parsePort(v.port);
	if (typeof port === 'string') return [err(`error: ${port}`)];
	if (v.env !== undefined && !v.env.includes('=')) return [err(`error: invalid env: ${v.env}`)];
	const pod = basicPod({
		name,
		image: v.image,
		namespace: v.namespace,
		// Go's JSON printer writes a map's keys sorted
		labels: sortedMap(labels),
		restart,
		annotations: v.annotations ? sortedMap(parseAnnotation(v.annotations)) : undefined,
		container: {
			...(v.command === 'true' && args.length ? { command: args } : {}),
			...(v.command !== 'true' && args.length ? { args } : {}),
			...(port !== undefined ? { ports: [{ containerPort: port }] } : {}),
			...(v.env ? { env: [envVar(v.env)] } : {}),
			...(v.privileged === 'true' ? { securityContext: { privileged: true } } : {})
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
	namespace?: string;
}

/**
 * The Pod kubectl run builds (generate/versioned/run.go BasicPod), its fields in the Go structs'
 * order: Container{name, image, command, args, ports, env, resources, imagePullPolicy}. The zero
 * creationTimestamp is omitted (apimachinery meta/v1 types.go ObjectMeta, `omitzero` since v1.34).
 */
export function basicPod(o: BasicPodOptions) {
	return {
		kind: 'Pod',
		apiVersion: 'v1',
		metadata: {
			name: o.name,
			...(o.namespace ? { namespace: o.namespace } : {}),
			labels: o.labels ?? { run: o.name },
			...(o.annotations ? { annotations: o.annotations } : {})
		},
		spec: {
			containers: [
				{
					name: o.name,
					image: o.image,
					...withoutSecurity(o.container),
					resources: o.resources ?? {},
					...(o.imagePullPolicy ? { imagePullPolicy: o.imagePullPolicy } : {}),
					...(o.container?.securityContext ? { securityContext: o.container.securityContext } : {})
				}
			],
			restartPolicy: o.restart ?? 'Always',
			dnsPolicy: 'ClusterFirst'
		},
		status: {}
	};
}

/**
 * --dry-run's value (cmdutil.GetDryRunStrategy): null for `client`, which prints what would be
 * sent; otherwise kubectl's complaint, or the note that it would change the cluster
 */
export function clientDryRun(value: string | undefined, command: string): Chunk[] | null {
	const dryRun = value ?? 'none';
	if (!['none', 'client', 'server'].includes(dryRun))
		return [
			err(`error: Invalid dry-run value (${dryRun}). Must be "none", "server", or "client".`)
		];
	return dryRun === 'client' ? null : [note('readOnly', { command })];
}

/** --labels `k=v,k2=v2` as generate.ParseLabels reads it, or its complaint */
function parseLabels(text: string): Record<string, string> | string {
	const pairs: Record<string, string> = {};
	for (const part of text.split(',')) {
		const kv = part.split('=');
		if (kv.length !== 2) return `unexpected label spec: ${part}`;
		if (!kv[0]) return 'unexpected empty label key';
		pairs[kv[0]] = kv[1];
	}
	return pairs;
}

/** one --annotations `k=v`: the value is all after the first `=` */
function parseAnnotation(text: string): Record<string, string> {
	const at = text.indexOf('=');
	return at < 0 ? { [text]: '' } : { [text.slice(0, at)]: text.slice(at + 1) };
}

const sortedMap = (m: Record<string, string>) =>
	Object.fromEntries(
		Object.keys(m)
			.sort()
			.map((k) => [k, m[k]])
	);

const withoutSecurity = (c: Record<string, unknown> = {}) =>
	Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'securityContext'));

/** ParsePort: a port number, or strconv's complaint */
function parsePort(text: string): number | string {
	if (!/^\d+$/.test(text))
		return `strconv.ParseUint: parsing ${JSON.stringify(text)}: invalid syntax`;
	const n = Number(text);
	if (n > 65535) return `strconv.ParseUint: parsing ${JSON.stringify(text)}: value out of range`;
	return n === 0 ? 'port cannot be 0' : n;
}

const envVar = (text: string) => {
	const at = text.indexOf('=');
	return at < 0 ? { name: text } : { name: text.slice(0, at), value: text.slice(at + 1) };
};
