/**
 * `kubectl describe pod`, as kubectl v1.34 prints it (staging/src/k8s.io/kubectl/pkg/describe/
 * describe.go: describePod, describeContainers, describeVolumes, printLabelsMultiline,
 * printTolerationsMultiline, DescribeEvents), through Go's tabwriter with padding 2: so a block of
 * lines aligns together, and `QoS Class:` lines up with the volumes' fields above it.
 */
import type { ClusterState } from '../cluster';
import { describeEventRows, describeEvents } from '../kubectl';
import { humanAge, simSeconds } from '../time';
import type { StoredObject } from './resources';
import { tabwrite } from './tabwriter';

/** annotations describe never prints (describe.go skipAnnotations) */
const SKIP_ANNOTATIONS = ['kubectl.kubernetes.io/last-applied-configuration'];
const MAX_ANNOTATION = 140;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's time.RFC1123Z in UTC: `Thu, 15 Jan 2026 09:00:01 +0000` */
export function rfc1123z(rfc3339: string): string {
	const d = new Date(rfc3339);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** printLabelsMultiline: the first pair beside the title, each next one under it */
export function labelLines(title: string, labels: Record<string, string> | undefined): string[] {
	const keys = Object.keys(labels ?? {}).sort();
	if (!keys.length) return [`${title}:\t<none>`];
	return keys.map((k, i) => `${i === 0 ? `${title}:` : ''}\t${k}=${labels![k]}`);
}

export function annotationLines(annotations: Record<string, string> | undefined): string[] {
	const keys = Object.keys(annotations ?? {})
		.filter((k) => !SKIP_ANNOTATIONS.includes(k))
		.sort();
	if (!keys.length) return ['Annotations:\t<none>'];
	return keys.flatMap((k, i) => {
		const head = i === 0 ? 'Annotations:\t' : '\t';
		const value = annotations![k].replace(/\n$/, '');
		if (value.length + k.length + 2 <= MAX_ANNOTATION && !value.includes('\n'))
			return [`${head}${k}: ${value}`];
		return [
			`${head}${k}:`,
			...value.split('\n').map((s) => `\t  ${shorten(s, MAX_ANNOTATION - 2)}`)
		];
	});
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}...` : s);

interface Toleration {
	key?: string;
	operator?: string;
	value?: string;
	effect?: string;
	tolerationSeconds?: number;
}

/** printTolerationsMultiline: by key, `key[=value][:effect][ op=Exists][ for Ns]` */
export function tolerationLines(
	tolerations: Toleration[] | undefined,
	title = 'Tolerations'
): string[] {
	if (!tolerations?.length) return [`${title}:\t<none>`];
	return [...tolerations]
		.sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0))
		.map((t, i) => {
			let text = t.key ?? '';
			if (t.value) text += `=${t.value}`;
			if (t.effect) text += `:${t.effect}`;
			if (t.operator === 'Exists' && !t.value)
				text += t.key || t.effect ? ' op=Exists' : 'op=Exists';
			if (t.tolerationSeconds !== undefined) text += ` for ${t.tolerationSeconds}s`;
			return `${i === 0 ? `${title}:` : ''}\t${text}`;
		});
}

/** describeStatus: a container's state and what it says of it */
function stateLines(
	name: string,
	state: Record<string, Record<string, string | number>>
): string[] {
	if (state?.running)
		return [
			`    ${name}:\tRunning`,
			`      Started:\t${rfc1123z(String(state.running.startedAt))}`
		];
	if (state?.terminated) {
		const t = state.terminated;
		return [
			`    ${name}:\tTerminated`,
			...(t.reason ? [`      Reason:\t${t.reason}`] : []),
			...(t.message ? [`      Message:\t${t.message}`] : []),
			`      Exit Code:\t${t.exitCode ?? 0}`,
			...(Number(t.signal) > 0 ? [`      Signal:\t${t.signal}`] : []),
			`      Started:\t${rfc1123z(String(t.startedAt))}`,
			`      Finished:\t${rfc1123z(String(t.finishedAt))}`
		];
	}
	return [
		`    ${name}:\tWaiting`,
		...(state?.waiting?.reason ? [`      Reason:\t${state.waiting.reason}`] : [])
	];
}

/**
 * A container's lines, with its status (a pod's) or without (a pod template's, whose container
 * names sit one space deeper: describeContainers' `space`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a stored container, as JSON gives it back
export function containerLines(c: any, status: any, nameIndent = '  '): string[] {
	const ports: { containerPort: number; hostPort?: number; protocol?: string }[] = c.ports ?? [];
	const portText = ports.map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(',');
	const hostText = ports.map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(',');
	const lines = [`${nameIndent}${c.name}:`];
	if (status) lines.push(`    Container ID:\t${status.containerID ?? ''}`);
	lines.push(`    Image:\t${c.image}`);
	if (status) lines.push(`    Image ID:\t${status.imageID ?? ''}`);
	lines.push(
		portText.includes(',') ? `    Ports:\t${portText}` : `    Port:\t${portText || '<none>'}`
	);
	lines.push(
		hostText.includes(',')
			? `    Host Ports:\t${hostText}`
			: `    Host Port:\t${hostText || '<none>'}`
	);
	for (const [title, list] of [
		['Command', c.command],
		['Args', c.args]
	] as const)
		if (list?.length)
			lines.push(
				`    ${title}:`,
				...list.flatMap((x: string) => x.split('\n').map((s) => `      ${s}`))
			);
	if (status) {
		lines.push(...stateLines('State', status.state));
		if (status.lastState?.terminated) lines.push(...stateLines('Last State', status.lastState));
		lines.push(
			`    Ready:\t${status.ready ? 'True' : 'False'}`,
			`    Restart Count:\t${status.restartCount ?? 0}`
		);
	}
	for (const [title, list] of [
		['Limits', c.resources?.limits],
		['Requests', c.resources?.requests]
	] as const) {
		const names = Object.keys(list ?? {}).sort();
		if (names.length) lines.push(`    ${title}:`, ...names.map((n) => `      ${n}:\t${list[n]}`));
	}
	const env: {
		name: string;
		value?: string;
		valueFrom?: { fieldRef?: { apiVersion: string; fieldPath: string } };
	}[] = c.env ?? [];
	lines.push(env.length ? '    Environment:' : '    Environment:\t<none>');
	for (const e of env) {
		// EnvValueRetriever reads only metadata.* fields; any other path resolves to ''
		if (e.valueFrom?.fieldRef)
			lines.push(
				`      ${e.name}:\t (${e.valueFrom.fieldRef.apiVersion}:${e.valueFrom.fieldRef.fieldPath})`
			);
		else
			(e.value ?? '')
				.split('\n')
				.forEach((s, i) => lines.push(i === 0 ? `      ${e.name}:\t${s}` : `      \t${s}`));
	}
	const mounts: { mountPath: string; name: string; readOnly?: boolean; subPath?: string }[] = [
		...(c.volumeMounts ?? [])
	].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
	lines.push(mounts.length ? '    Mounts:' : '    Mounts:\t<none>');
	for (const m of mounts) {
		const flags = [
			m.readOnly ? 'ro' : 'rw',
			...(m.subPath ? [`path=${JSON.stringify(m.subPath)}`] : [])
		];
		lines.push(`      ${m.mountPath} from ${m.name} (${flags.join(',')})`);
	}
	return lines;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a stored volume, as JSON gives it back
export function volumeLines(v: any): string[] {
	const lines = [`  ${v.name}:`];
	if (v.projected) {
		lines.push('    Type:\tProjected (a volume that contains injected data from multiple sources)');
		for (const s of v.projected.sources ?? []) {
			if (s.downwardAPI) lines.push('    DownwardAPI:\ttrue');
			// printProjectedVolumeSource: since v1.33 `Optional:` with the pointer read as a bool
			// (it printed `ConfigMapOptional: <nil>` before)
			else if (s.configMap)
				lines.push(
					`    ConfigMapName:\t${s.configMap.name}`,
					`    Optional:\t${s.configMap.optional === true}`
				);
			else if (s.serviceAccountToken)
				lines.push(`    TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds}`);
		}
	} else if (v.hostPath)
		lines.push(
			'    Type:\tHostPath (bare host directory volume)',
			`    Path:\t${v.hostPath.path}`,
			`    HostPathType:\t${v.hostPath.type ?? '<none>'}`
		);
	else if (v.configMap)
		lines.push(
			'    Type:\tConfigMap (a volume populated by a ConfigMap)',
			`    Name:\t${v.configMap.name}`,
			`    Optional:\t${v.configMap.optional === true}`
		);
	return lines;
}

/** Each container's lines with its status, the status found by name. */
const containersLines = (containers: { name: string }[], statuses: { name: string }[] = []) =>
	containers.flatMap((c) =>
		containerLines(
			c,
			statuses.find((s) => s.name === c.name)
		)
	);

export function describePod(pod: StoredObject, state: ClusterState): string {
	const { metadata: m, spec, status } = pod;
	const owner = (m.ownerReferences ?? []).find((o: { controller?: boolean }) => o.controller);
	const lines = [
		`Name:\t${m.name}`,
		`Namespace:\t${m.namespace}`,
		...(spec.priority !== undefined ? [`Priority:\t${spec.priority}`] : []),
		...(spec.priorityClassName ? [`Priority Class Name:\t${spec.priorityClassName}`] : []),
		...(spec.serviceAccountName ? [`Service Account:\t${spec.serviceAccountName}`] : []),
		`Node:\t${spec.nodeName ? `${spec.nodeName}/${status.hostIP ?? ''}` : '<none>'}`,
		...(status.startTime ? [`Start Time:\t${rfc1123z(status.startTime)}`] : []),
		...labelLines('Labels', m.labels),
		...annotationLines(m.annotations),
		// describe.go: translateTimestampSince of a deletion time still ahead is "<invalid>", as
		// kubectl prints it; a pod that has finished shows its phase
		...(m.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded'
			? [
					`Status:\tTerminating (lasts ${humanAge(state.clock - simSeconds(m.deletionTimestamp))})`,
					`Termination Grace Period:\t${m.deletionGracePeriodSeconds ?? 0}s`
				]
			: [`Status:\t${status.phase}`]),
		...(status.reason ? [`Reason:\t${status.reason}`] : []),
		...(status.message ? [`Message:\t${status.message}`] : []),
		`IP:\t${status.podIP ?? ''}`,
		...(status.podIPs?.length
			? ['IPs:', ...status.podIPs.map((p: { ip: string }) => `  IP:\t${p.ip}`)]
			: ['IPs:\t<none>']),
		...(owner ? [`Controlled By:\t${owner.kind}/${owner.name}`] : []),
		// describeContainers: the init containers first, laid out as the others
		...(spec.initContainers?.length
			? ['Init Containers:', ...containersLines(spec.initContainers, status.initContainerStatuses)]
			: []),
		'Containers:',
		...containersLines(spec.containers, status.containerStatuses),
		...(status.conditions?.length
			? [
					'Conditions:',
					'  Type\tStatus',
					...status.conditions.map(
						(c: { type: string; status: string }) => `  ${c.type} \t${c.status} `
					)
				]
			: []),
		...(spec.volumes?.length
			? ['Volumes:', ...spec.volumes.flatMap(volumeLines)]
			: ['Volumes:\t<none>']),
		`QoS Class:\t${status.qosClass ?? ''}`,
		...labelLines('Node-Selectors', spec.nodeSelector),
		...tolerationLines(spec.tolerations)
	];
	return withEvents(lines, state, m.namespace!, m.name);
}

/**
 * The lines, then DescribeEvents: `Events: <none>` in the lines' own block, or the events' table,
 * which the writer's flush before it aligns on its own.
 */
export function withEvents(
	lines: string[],
	state: ClusterState,
	namespace: string,
	name: string,
	uid?: string
): string {
	const rows = describeEventRows(state, namespace, name, uid);
	if (!rows.length) return tabwrite([...lines, 'Events:\t<none>'].join('\n'), 2);
	return `${tabwrite(lines.join('\n'), 2)}\n${describeEvents(state, namespace, name, rows).join('\n')}`;
}
