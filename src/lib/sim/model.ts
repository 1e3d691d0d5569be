/**
 * Plain-data model of the simulated cluster. Everything here is JSON-serialisable so that a
 * timeline step can hold a full snapshot and two runs can be compared byte for byte.
 * Quantities are integers: CPU in millicores, memory in bytes.
 */

export interface Resources {
	/** millicores */
	cpu: number;
	/** bytes */
	memory: number;
}

/** the effects a taint may have, in the order the API server lists them */
export const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const;

export interface Taint {
	key: string;
	value?: string;
	effect: (typeof TAINT_EFFECTS)[number];
}

export interface Toleration {
	key?: string;
	operator?: 'Exists' | 'Equal';
	value?: string;
	effect?: Taint['effect'];
	tolerationSeconds?: number;
}

/** A worker node as the scheduler and kubelet see it. */
export interface NodeModel {
	name: string;
	labels: Record<string, string>;
	allocatable: Resources & { pods: number };
	/** e.g. 10.244.1.0/24 */
	podCIDR: string;
	/** node InternalIP, e.g. 192.168.56.11 */
	address: string;
	unschedulable: boolean;
	taints: Taint[];
	/** images already in the node's image store: reference ("nginx:1.27") → size in bytes */
	images: Record<string, number>;
}

export interface ContainerSpec {
	name: string;
	image: string;
	/** absent fields mean "no request" (the scheduler then counts 100m / 200Mi for scoring) */
	requests?: Partial<Resources>;
	/** the most it may use; a resource limited but not requested is requested at its limit */
	limits?: Partial<Resources>;
	/** what the container runs, when it is not the image's default entrypoint and command */
	command?: string[];
	args?: string[];
	env?: { name: string; valueFrom: { fieldRef: { apiVersion: 'v1'; fieldPath: string } } }[];
	securityContext?: { privileged: boolean };
	/** ports the container declares (informational, like the API's containerPort) */
	ports?: { containerPort: number; protocol: 'TCP' }[];
	volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}

export interface PodCondition {
	type:
		| 'PodScheduled'
		| 'PodReadyToStartContainers'
		| 'Initialized'
		| 'ContainersReady'
		| 'Ready'
		| 'DisruptionTarget';
	status: 'True' | 'False' | 'Unknown';
	reason?: string;
	message?: string;
	lastProbeTime?: null;
	lastTransitionTime?: string;
	/** the pod generation the writer saw (PodObservedGenerationTracking, beta on in v1.34) */
	observedGeneration?: number;
}

export type ContainerState =
	| { waiting: { reason: string; message?: string } }
	| { running: { startedAt: string } }
	| {
			terminated: {
				reason: string;
				exitCode: number;
				startedAt?: string;
				finishedAt?: string;
				containerID?: string;
			};
	  };

export interface ContainerStatus {
	name: string;
	image: string;
	imageID: string;
	ready: boolean;
	started: boolean;
	restartCount: number;
	state: ContainerState;
	/** the previous run, once the container has restarted; `{}` before that */
	lastState?: ContainerState | Record<string, never>;
	containerID?: string;
	/** the allocated requests and limits, once the runtime knows the container (since v1.33) */
	resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
	/** the mounts as the runtime reports them, once the container exists */
	volumeMounts?: {
		name: string;
		mountPath: string;
		readOnly?: boolean;
		recursiveReadOnly?: 'Disabled';
	}[];
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export interface PodObject {
	apiVersion: 'v1';
	kind: 'Pod';
	metadata: {
		name: string;
		namespace: string;
		uid: string;
		resourceVersion?: string;
		creationTimestamp: string;
		/** 1 on create since v1.33, bumped by every spec change (pkg/registry/core/pod/strategy.go) */
		generation?: number;
		/** a controller's pods: the prefix the apiserver added 5 random characters to */
		generateName?: string;
		labels?: Record<string, string>;
		/** set when a delete was accepted and the pod is shutting down (kubectl shows Terminating) */
		deletionTimestamp?: string;
		deletionGracePeriodSeconds?: number;
		ownerReferences?: {
			apiVersion: string;
			kind: string;
			name: string;
			uid: string;
			controller: boolean;
			blockOwnerDeletion: boolean;
		}[];
	};
	spec: {
		/** run one after another, each to success, before the containers start (restartPolicy unset) */
		initContainers?: ContainerSpec[];
		containers: ContainerSpec[];
		hostNetwork?: boolean;
		nodeName?: string;
		schedulerName: string;
		/** as the API stores them; the simulation does not look inside */
		volumes?: { name: string; [source: string]: unknown }[];
		serviceAccountName?: string;
		restartPolicy: 'Always' | 'OnFailure' | 'Never';
		nodeSelector?: Record<string, string>;
		/** only the form the DaemonSet controller writes: required node affinity on metadata.name */
		affinity?: NodeNameAffinity;
		tolerations?: Toleration[];
		/** set by the Priority admission plugin (podAdmission.ts) */
		priority?: number;
		priorityClassName?: string;
		preemptionPolicy?: 'PreemptLowerPriority' | 'Never';
		/** the scheme's defaults (podCodec.ts encodePodSpec): every stored pod has them */
		dnsPolicy?: 'ClusterFirst' | 'Default';
		enableServiceLinks?: boolean;
		securityContext?: Record<string, never>;
		terminationGracePeriodSeconds?: number;
		/** the deprecated alias of serviceAccountName that v1 conversion fills */
		serviceAccount?: string;
		/** a StatefulSet pod's stable DNS name: <hostname>.<subdomain> (its ordinal name, its Service) */
		hostname?: string;
		subdomain?: string;
	};
	status: {
		phase: PodPhase;
		/** why the pod is in its phase, in CamelCase (OutOfcpu); kubectl prints it as STATUS */
		reason?: string;
		message?: string;
		qosClass?: 'Guaranteed' | 'Burstable' | 'BestEffort';
		/** the generation the kubelet last wrote the status from */
		observedGeneration?: number;
		conditions?: PodCondition[];
		initContainerStatuses?: ContainerStatus[];
		containerStatuses?: ContainerStatus[];
		hostIP?: string;
		hostIPs?: { ip: string }[];
		podIP?: string;
		podIPs?: { ip: string }[];
		startTime?: string;
	};
}

/**
 * `requiredDuringSchedulingIgnoredDuringExecution` with one `matchFields` term on metadata.name,
 * what the DaemonSet controller puts on each pod it creates (daemon/util.ReplaceDaemonSetPodNodeNameNodeAffinity).
 */
export interface NodeNameAffinity {
	nodeAffinity: {
		requiredDuringSchedulingIgnoredDuringExecution: {
			nodeSelectorTerms: {
				matchFields: { key: 'metadata.name'; operator: 'In'; values: string[] }[];
			}[];
		};
	};
}

/** The node a pod's DaemonSet-style affinity pins it to, if it has one. */
export function affinityNodeName(pod: {
	spec: { affinity?: NodeNameAffinity };
}): string | undefined {
	return pod.spec.affinity?.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution
		.nodeSelectorTerms[0]?.matchFields[0]?.values[0];
}

/** A core/v1 style Event as `kubectl describe` shows it. */
export interface KubeEvent {
	type: 'Normal' | 'Warning';
	reason: string;
	/** component, e.g. "default-scheduler" or "kubelet" */
	from: string;
	message: string;
	/** simulated seconds since the pod was created; drives the Age column */
	at: number;
	/** when it was last seen, and how often: a repeated event is one event counted up */
	last: number;
	count: number;
	/** namespace/name of the object the event is about */
	involved: string;
}

/** A ClusterIP Service as the API stores it (only the fields kube-proxy and the panels read). */
export interface ServicePort {
	/** empty for an unnamed port (`kubectl expose --port=80` gives one) */
	name?: string;
	protocol: 'TCP' | 'UDP' | 'SCTP';
	port: number;
	targetPort: number;
}

export interface ServiceObject {
	apiVersion: 'v1';
	kind: 'Service';
	metadata: {
		name: string;
		namespace: string;
		uid?: string;
		resourceVersion?: string;
		creationTimestamp?: string;
		labels?: Record<string, string>;
	};
	spec: {
		type: 'ClusterIP';
		selector?: Record<string, string>;
		clusterIP: string;
		clusterIPs: string[];
		ipFamilies: ['IPv4'];
		ipFamilyPolicy: 'SingleStack';
		ports: ServicePort[];
		sessionAffinity: 'None';
		internalTrafficPolicy: 'Cluster';
	};
	status: { loadBalancer: Record<string, never> };
}

export interface EndpointConditions {
	ready: boolean;
	serving: boolean;
	terminating: boolean;
}

export interface Endpoint {
	addresses: string[];
	conditions: EndpointConditions;
	nodeName?: string;
	targetRef?: { kind: 'Pod'; namespace: string; name: string; uid: string };
}

/** discovery.k8s.io/v1 EndpointSlice, as the EndpointSlice controller writes it. */
export interface EndpointSliceObject {
	apiVersion: 'discovery.k8s.io/v1';
	kind: 'EndpointSlice';
	metadata: {
		name: string;
		namespace: string;
		generateName?: string;
		uid?: string;
		resourceVersion?: string;
		creationTimestamp?: string;
		/** counts changes to endpoints and ports (the EndpointSlice strategy) */
		generation?: number;
		annotations?: Record<string, string>;
		labels: Record<string, string>;
		ownerReferences?: {
			apiVersion: string;
			kind: string;
			name: string;
			uid: string;
			controller: boolean;
			blockOwnerDeletion: boolean;
		}[];
	};
	addressType: 'IPv4';
	endpoints: Endpoint[];
	/** the endpoint port: the Service's targetPort; name '' for an unnamed Service port */
	ports: { name: string; protocol: 'TCP' | 'UDP' | 'SCTP'; port: number }[];
}
