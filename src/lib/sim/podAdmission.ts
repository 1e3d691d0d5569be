/**
 * The default admission plugins that change a new pod, in the apiserver's order
 * (pkg/kubeapiserver/options/plugins.go AllOrderedPlugins): ServiceAccount, Priority,
 * DefaultTolerationSeconds. Every pod the simulation stores passes here once, whether a flow
 * shows its create or the pod was there before the flow began.
 */
import { nameSuffix } from './ids';
import type { ContainerSpec, PodObject } from './model';
import { defaultTolerations } from './nodeBasics';

const TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/**
 * The two PriorityClasses every cluster has (pkg/apis/scheduling/types.go: SystemCriticalPriority
 * = 2000000000, and system-node-critical 1000 above it). kubeadm's kube-proxy DaemonSet asks for
 * system-node-critical and its CoreDNS Deployment for system-cluster-critical.
 */
const SYSTEM_PRIORITIES: Record<string, number> = {
	'system-cluster-critical': 2000000000,
	'system-node-critical': 2000001000
};

/** Applies the mutating plugins to `pod` and says what each changed (nothing, when run again). */
export function admitPod(pod: PodObject, seed: string): string[] {
	return [...serviceAccount(pod, seed), ...priority(pod), ...defaultTolerationSeconds(pod)];
}

/** plugin/pkg/admission/serviceaccount/admission.go: the default account and its API token. */
function serviceAccount(pod: PodObject, seed: string): string[] {
	const changes: string[] = [];
	if (!pod.spec.serviceAccountName) {
		pod.spec.serviceAccountName = 'default';
		changes.push('ServiceAccount: serviceAccountName=default');
	}
	const mounted = pod.spec.containers.some((c) =>
		c.volumeMounts?.some((m) => m.mountPath === TOKEN_PATH)
	);
	if (mounted) return changes;
	const { namespace, name } = pod.metadata;
	const volume = `kube-api-access-${nameSuffix(seed, `kube-api-access/${namespace}/${name}`)}`;
	pod.spec.volumes = [...(pod.spec.volumes ?? []), serviceAccountVolume(volume)];
	// every init container and container mounts the token (mountServiceAccountToken)
	const mount = (c: ContainerSpec) => ({
		...c,
		volumeMounts: [
			...(c.volumeMounts ?? []),
			{ name: volume, mountPath: TOKEN_PATH, readOnly: true }
		]
	});
	if (pod.spec.initContainers) pod.spec.initContainers = pod.spec.initContainers.map(mount);
	pod.spec.containers = pod.spec.containers.map(mount);
	changes.push(`ServiceAccount: volume ${volume} (token, ca.crt, namespace) mounted read-only`);
	return changes;
}

/**
 * plugin/pkg/admission/priority/admission.go: the priority of the pod's class, or 0 when it
 * names none and the cluster has no default class; the preemption policy PreemptLowerPriority.
 */
function priority(pod: PodObject): string[] {
	if (pod.spec.priority !== undefined) return [];
	const className = pod.spec.priorityClassName;
	pod.spec.priority = className ? (SYSTEM_PRIORITIES[className] ?? 0) : 0;
	pod.spec.preemptionPolicy = 'PreemptLowerPriority';
	return [
		`Priority: priority=${pod.spec.priority}${className ? ` (${className})` : ''}, preemptionPolicy=PreemptLowerPriority`
	];
}

/**
 * plugin/pkg/admission/defaulttolerationseconds/admission.go: a pod that does not tolerate the
 * not-ready or unreachable NoExecute taint (a toleration with that key or none, and that effect
 * or none) gets one that lasts 300 s.
 */
function defaultTolerationSeconds(pod: PodObject): string[] {
	const tolerations = pod.spec.tolerations ?? [];
	const changes: string[] = [];
	for (const t of defaultTolerations()) {
		const tolerated = tolerations.some(
			(own) => (!own.key || own.key === t.key) && (!own.effect || own.effect === 'NoExecute')
		);
		if (tolerated) continue;
		tolerations.push(t);
		changes.push(`DefaultTolerationSeconds: ${t.key}:NoExecute for ${t.tolerationSeconds}s`);
	}
	pod.spec.tolerations = tolerations;
	return changes;
}

/** The projected volume the ServiceAccount plugin adds (plugin/pkg/admission/serviceaccount). */
function serviceAccountVolume(name: string) {
	return {
		name,
		projected: {
			defaultMode: 420,
			sources: [
				{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
				{ configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
				{
					downwardAPI: {
						items: [
							{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }
						]
					}
				}
			]
		}
	};
}
