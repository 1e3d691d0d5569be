/**
 * The presenter's notes for the scale-out flow, one per part of the story: a question to put to
 * the group before the step plays, and the mistake CKA candidates make there. Loaded by the
 * presenter view.
 */
import type { PresenterNotes } from '$lib/components/flowUi';

export const notes: PresenterNotes = {
	en: {
		'scale-up': {
			ask: 'kubectl scale has returned. How many new pods exist at this moment?',
			pitfall:
				'None: kubectl only changes spec.replicas. The Deployment controller resizes the ReplicaSet, and the ReplicaSet controller creates the pods, in slow-start batches.'
		},
		scheduling: {
			ask: 'The nodes are full. Does the ReplicaSet stop creating pods?',
			pitfall:
				'No: the pods are created and stay Pending. Read the FailedScheduling event (kubectl describe pod): it says how many nodes failed which filter, e.g. Insufficient cpu.'
		},
		'node-join': {
			ask: 'A node joined. Why do the Pending pods not land on it at once?',
			pitfall:
				'A new node is tainted not-ready until its network is up; the scheduler retries the pods on the node’s events and binds them once the taint is gone. kube-proxy lands earlier: it tolerates every taint.'
		},
		'scale-down': {
			ask: 'Scaling back to two: which pods go?',
			pitfall:
				'Not the oldest: Pending and not-ready pods first, then pods on the node with the most replicas; among pods of about the same age the uid decides, in effect at random. The controller.kubernetes.io/pod-deletion-cost annotation steers it.'
		}
	},
	ko: {
		'scale-up': {
			ask: 'kubectl scale이 끝났습니다. 지금 새 파드는 몇 개 있습니까?',
			pitfall:
				'하나도 없습니다. kubectl은 spec.replicas만 바꿉니다. Deployment 컨트롤러가 ReplicaSet 크기를 바꾸고, ReplicaSet 컨트롤러가 슬로 스타트 배치로 파드를 만듭니다.'
		},
		scheduling: {
			ask: '노드가 가득 찼습니다. ReplicaSet은 파드 만들기를 멈춥니까?',
			pitfall:
				'아닙니다. 파드는 만들어지고 Pending으로 남습니다. kubectl describe pod로 FailedScheduling 이벤트를 읽으세요. 몇 개의 노드가 어떤 필터에서 떨어졌는지(예: Insufficient cpu) 알려 줍니다.'
		},
		'node-join': {
			ask: '노드가 합류했습니다. Pending 파드는 왜 바로 옮겨 가지 않습니까?',
			pitfall:
				'새 노드는 네트워크가 준비될 때까지 not-ready 테인트가 붙어 있습니다. kube-scheduler는 노드 이벤트가 올 때 파드를 다시 시도하고, 테인트가 지워지면 바인딩합니다. kube-proxy는 모든 테인트를 견디므로 먼저 자리 잡습니다.'
		},
		'scale-down': {
			ask: '다시 2개로 줄입니다. 어떤 파드가 지워집니까?',
			pitfall:
				'가장 오래된 파드가 아닙니다. Pending·준비되지 않은 파드가 먼저, 다음은 레플리카가 가장 많은 노드의 파드입니다. 나이가 비슷한 파드끼리는 uid가 정하므로 사실상 무작위입니다. controller.kubernetes.io/pod-deletion-cost 어노테이션으로 순서를 바꿀 수 있습니다.'
		}
	}
};
