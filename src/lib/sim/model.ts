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

export interface Taint {
	key: string;
	value?: string;
	effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
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
	volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}

export interface PodCondition {
	type: 'PodScheduled' | 'PodReadyToStartContainers' | 'Initialized' | 'ContainersReady' | 'Ready';
	status: 'True' | 'False' | 'Unknown';
	reason?: string;
	message?: string;
	lastTransitionTime?: string;
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
	/** the previous run, once the container has restarted */
	lastState?: ContainerState;
	containerID?: string;
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
		labels?: Record<string, string>;
	};
	spec: {
		containers: ContainerSpec[];
		nodeName?: string;
		schedulerName: string;
		/** as the API stores them; the simulation does not look inside */
		volumes?: { name: string; [source: string]: unknown }[];
		serviceAccountName?: string;
		restartPolicy: 'Always' | 'OnFailure' | 'Never';
		nodeSelector?: Record<string, string>;
		tolerations?: Toleration[];
		priority?: number;
	};
	status: {
		phase: PodPhase;
		qosClass?: 'Guaranteed' | 'Burstable' | 'BestEffort';
		conditions?: PodCondition[];
		containerStatuses?: ContainerStatus[];
		hostIP?: string;
		hostIPs?: { ip: string }[];
		podIP?: string;
		podIPs?: { ip: string }[];
		startTime?: string;
	};
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
	/** namespace/name of the object the event is about */
	involved: string;
}
