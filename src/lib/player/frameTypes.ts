/**
 * What the diagram needs to draw one moment of a flow. A frame is a pure function of
 * (timeline, t): see frame.ts. The diagram never reads the simulation directly.
 */
import type { MessageKind, NodeMark } from '$lib/flows/types';
import type { PodPhase } from '$lib/sim/model';

export type { MessageKind, NodeMark };

/** kube-proxy's state in the Service flow: idle with rules in step, a change pending, rules written */
export type ProxyState = 'watching' | 'syncing' | 'synced';

export interface ActorView {
	/** stable id: kubectl, kube-apiserver, etcd, kube-scheduler, kube-controller-manager, kubelet@node-1, kube-proxy@node-1, container-runtime@node-1 */
	id: string;
	active: boolean;
	/** kube-proxy actors in the Service flow: where its sync stands */
	state?: ProxyState;
	/** kube-proxy actors in the Service flow: the DaemonSet pod behind it (named in its tooltip) */
	pod?: string;
}

export interface MessageView {
	/** unique within the timeline, e.g. "s3-m0" */
	id: string;
	/** an actor id, or for packets `pod:<namespace>/<name>` (the pod's chip) or `node:<name>` (the node's network stack) */
	from: string;
	to: string;
	label: string;
	kind: MessageKind;
	/** 0 = leaving `from`, 1 = arrived at `to`; stays 1 while the player rests on the step */
	progress: number;
	/** 0-based index among this step's messages that share the same pair of actors (either direction), so labels can be offset instead of overlapping */
	lane: number;
}

export interface PodView {
	/** namespace/name */
	key: string;
	/** the pod's IP, when it has one (the Service flow labels backends with it) */
	ip?: string;
	node: string;
	phase: PodPhase;
	/** what `kubectl get pods` prints in STATUS, e.g. ContainerCreating, Running, ImagePullBackOff */
	status: string;
	/** the pod this flow is about (drawn emphasised) */
	subject: boolean;
}

export interface Frame {
	/** worker node names in display order */
	nodes: string[];
	actors: ActorView[];
	/** the messages on their way or arrived at this moment */
	messages: MessageView[];
	pods: PodView[];
	/**
	 * every message of the step as it is at rest (all arrived): the same array for every frame
	 * of a step, so what depends on the step alone (where its labels go) is worked out once
	 */
	resting: MessageView[];
	/** the pods once the step's work is done: where the step's packets end, at rest */
	restPods: PodView[];
	/** the step's marks on node boxes (the same object for every frame of a step), if any */
	marks?: Record<string, NodeMark>;
	/** each node's Ready condition as stored (the same object for every frame of a step side) */
	ready?: Record<string, NodeReadiness>;
	/** whole simulated seconds since the scenario began, in flows whose clock is on screen */
	clock?: number;
}

/** A node's Ready condition: what `kubectl get nodes` turns into Ready or NotReady. */
export type NodeReadiness = 'True' | 'False' | 'Unknown';

/** Localised words the diagram draws besides actor ids. */
export interface DiagramLabels {
	controlPlane: string;
	user: string;
	/** accessible description of the whole picture */
	ariaLabel: string;
	/** short words for kube-proxy's sync state, drawn on its box in the Service flow */
	proxyState?: Record<ProxyState, string>;
	/** the words on a node's kernel strip, in pictures of the data path */
	kernel?: string;
	/** kube-proxy's tooltip, from its pod and the word for its state */
	proxyTitle?: (p: { pod: string; state: string }) => string;
}
