/**
 * The kubelet's predicate admit handler (pkg/kubelet/lifecycle/predicate.go, v1.34): before it
 * runs a pod bound to its node, the kubelet checks the pod against the node the way the scheduler
 * would (scheduler.AdmissionCheck: resources, then required node affinity and the node selector),
 * then NoExecute taints. A pod the scheduler placed passes; a pod created with spec.nodeName never
 * met the scheduler, so this is the only check it gets. The first failure rejects the pod.
 */
import type { NodeModel, PodObject } from './model';
import { timestamp } from './time';
import { KUBELET_CONDITIONS, observedByKubelet } from './podStatus';
import {
	REASON_NODE_SELECTOR,
	requiredAffinityMatches,
	resourceShortfalls,
	tolerated,
	type NodeInfo
} from './scheduler';

/** Why the kubelet refuses a pod: the event's reason and message (rejectPod). */
export interface AdmissionRejection {
	reason: string;
	message: string;
}

/** tainttoleration.ErrReasonNotMatch */
const UNTOLERATED = "node(s) had taints that the pod didn't tolerate";

/** The kubelet cares only for NoExecute taints here (generalFilter). */
function untoleratedNoExecute(pod: PodObject, node: NodeModel): boolean {
	return node.taints.some(
		(t) => t.effect === 'NoExecute' && !tolerated(pod.spec.tolerations ?? [], t)
	);
}

/** null: admitted. `info.pods` are the pods the kubelet already runs on the node. */
export function kubeletAdmission(pod: PodObject, info: NodeInfo): AdmissionRejection | null {
	const [short] = resourceShortfalls(pod, info);
	if (short)
		return {
			// OutOfcpu, OutOfmemory, OutOfpods: InsufficientResourcePrefix + the resource's name
			reason: `OutOf${short.resource}`,
			// InsufficientResourceError.Error()
			message: `Node didn't have enough resource: ${short.resource}, requested: ${short.requested}, used: ${short.used}, capacity: ${short.capacity}`
		};
	// PredicateFailureError.Error(): "Predicate %s failed: %s"
	if (!requiredAffinityMatches(pod, info.node))
		return {
			reason: 'NodeAffinity',
			message: `Predicate NodeAffinity failed: ${REASON_NODE_SELECTOR}`
		};
	if (untoleratedNoExecute(pod, info.node))
		return {
			reason: 'TaintToleration',
			message: `Predicate TaintToleration failed: ${UNTOLERATED}`
		};
	return null;
}

/**
 * rejectPod's status: phase Failed, the reason, and the message after "Pod was rejected: "; the
 * status manager gives it a startTime when it has none (updateStatusInternal).
 */
export function kubeletRejected(pod: PodObject, why: AdmissionRejection, at: number): void {
	// mergePodStatus keeps the conditions other components own
	const kept = (pod.status.conditions ?? []).filter((c) => !KUBELET_CONDITIONS.has(c.type));
	pod.status = {
		phase: 'Failed',
		...(kept.length ? { conditions: kept } : {}),
		message: `Pod was rejected: ${why.message}`,
		reason: why.reason,
		startTime: pod.status.startTime ?? timestamp(at),
		...(pod.status.qosClass ? { qosClass: pod.status.qosClass } : {})
	};
	// a kubelet status write like any other: it carries the generation it saw (v1.34)
	observedByKubelet(pod);
}
