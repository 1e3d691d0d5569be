import { describe, expect, it } from 'vitest';
import { kubeletAdmission, kubeletRejected } from './kubeletAdmission';
import type { PodObject, Taint } from './model';
import { Gi, Mi, info, node, pod, withRequests } from './testing/podFixtures';
import { timestamp } from './time';

const NO_EXECUTE: Taint = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' };
const NO_SCHEDULE: Taint = { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' };

describe('the kubelet’s admission of a pod bound to its node (lifecycle/predicate.go)', () => {
	// the node already runs 1 CPU and 2 Gi of requests
	const busy = (over = {}) => info(node('n', over), [withRequests('old', 1000, 2 * Gi)]);

	it.each<[string, PodObject, ReturnType<typeof busy>, string | null, string | null]>([
		['a pod that fits', withRequests('p', 500, 256 * Mi), busy(), null, null],
		[
			'more CPU than is left',
			withRequests('p', 3500),
			busy(),
			'OutOfcpu',
			"Node didn't have enough resource: cpu, requested: 3500, used: 1000, capacity: 4000"
		],
		[
			'more memory than is left',
			withRequests('p', 0, 7 * Gi),
			busy(),
			'OutOfmemory',
			`Node didn't have enough resource: memory, requested: ${7 * Gi}, used: ${2 * Gi}, capacity: ${8 * Gi}`
		],
		[
			// InsufficientResource is reported in Fits' order, and only the first becomes the reason
			'no pod slot left, and too much CPU',
			withRequests('p', 9000),
			busy({ allocatable: { cpu: 4000, memory: 8 * Gi, pods: 1 } }),
			'OutOfpods',
			"Node didn't have enough resource: pods, requested: 1, used: 1, capacity: 1"
		],
		[
			'a best-effort pod competes only for a slot',
			pod('p'),
			info(node('n', { allocatable: { cpu: 0, memory: 0, pods: 110 } })),
			null,
			null
		],
		[
			'a node selector the node lacks',
			pod('p', [{}], { nodeSelector: { disktype: 'ssd' } }),
			busy(),
			'NodeAffinity',
			"Predicate NodeAffinity failed: node(s) didn't match Pod's node affinity/selector"
		],
		[
			'a NoExecute taint it does not tolerate',
			pod('p'),
			busy({ taints: [NO_EXECUTE] }),
			'TaintToleration',
			"Predicate TaintToleration failed: node(s) had taints that the pod didn't tolerate"
		],
		[
			'a NoExecute taint it tolerates',
			pod('p', [{}], { tolerations: [{ key: NO_EXECUTE.key, operator: 'Exists' }] }),
			busy({ taints: [NO_EXECUTE] }),
			null,
			null
		],
		// only the scheduler reads NoSchedule: a pod given its node is not stopped by one
		['a NoSchedule taint', pod('p'), busy({ taints: [NO_SCHEDULE] }), null, null]
	])('%s', (_, p, nodeInfo, reason, message) => {
		const got = kubeletAdmission(p, nodeInfo);
		expect(got).toEqual(reason === null ? null : { reason, message });
	});

	it('rejectPod writes phase Failed with the reason, keeping only conditions it does not own', () => {
		const p = withRequests('p', 3500);
		p.status = {
			phase: 'Pending',
			qosClass: 'Burstable',
			conditions: [
				{ type: 'PodScheduled', status: 'True' },
				{ type: 'DisruptionTarget', status: 'True', reason: 'DeletionByPodGC' }
			]
		};
		kubeletRejected(p, { reason: 'OutOfcpu', message: 'Node didn’t have enough' }, 0);
		expect(p.status).toEqual({
			phase: 'Failed',
			conditions: [{ type: 'DisruptionTarget', status: 'True', reason: 'DeletionByPodGC' }],
			message: 'Pod was rejected: Node didn’t have enough',
			reason: 'OutOfcpu',
			startTime: timestamp(0),
			qosClass: 'Burstable'
		});
	});

	it('the rejection, a kubelet status write, carries the pod’s generation (v1.34)', () => {
		const p = withRequests('p', 3500);
		p.metadata.generation = 1;
		p.status = { phase: 'Pending' };
		kubeletRejected(p, { reason: 'OutOfcpu', message: 'Node didn’t have enough' }, 0);
		expect(p.status.observedGeneration).toBe(1);
	});
});
