/**
 * The presenter's notes for pod creation, one per course step: a question to put to the group
 * before the step plays, and the mistake CKA candidates make there. Loaded by the presenter view.
 */
import type { PresenterNotes } from '$lib/components/flowUi';

export const notes: PresenterNotes = {
	en: {
		'1': {
			ask: 'Before anything is stored, which three checks does the request pass?',
			pitfall:
				'Authentication, authorization (RBAC) and admission all run in kube-apiserver. A request that fails one gets a 4xx error and nothing reaches etcd: the scheduler never rejects an invalid pod.'
		},
		'2': {
			ask: 'kubectl has answered “created”. Is the pod running? What does kubectl get pods show now?',
			pitfall:
				'kubectl returns once etcd holds the object. The pod is Pending with no node: created is not running.'
		},
		'3': {
			ask: 'How does kube-scheduler learn of the new pod: does kube-apiserver push it, or does the scheduler poll?',
			pitfall:
				'Components never talk to each other directly. Each watches kube-apiserver, and only kube-apiserver talks to etcd.'
		},
		'4': {
			ask: 'Which node will the scheduler pick, and why that one?',
			pitfall:
				'Requests decide whether a pod fits, not what the node uses right now: a node idling at 5 % CPU can be full by requests.'
		},
		'5': {
			ask: 'Which field of the pod does the binding set?',
			pitfall:
				'The scheduler only writes the binding (spec.nodeName). It starts nothing; the pod stays Pending until a kubelet runs it.'
		},
		'6': {
			ask: 'Every kubelet watches pods. Why does only this node’s kubelet hear of this one?',
			pitfall:
				'Each kubelet watches with the field selector spec.nodeName=<its node>. Static pods are the exception: the kubelet reads them from /etc/kubernetes/manifests, with no scheduler at all.'
		},
		'7': {
			ask: 'What can make a kubelet refuse a pod the scheduler bound to its node?',
			pitfall:
				'The kubelet admits the pod again on its own node. A pod it rejects (OutOfcpu, for example) ends Failed and is never moved to another node; a ReplicaSet makes a new pod instead.'
		},
		'8': {
			ask: 'How does the kubelet ask for the image and the container?',
			pitfall:
				'Over the CRI (gRPC) to containerd or CRI-O. The kubelet has not spoken to Docker since dockershim was removed in 1.24: debug on a node with crictl.'
		},
		'9': {
			ask: 'Who writes Running into etcd: the kubelet, or someone else?',
			pitfall:
				'The kubelet reports to kube-apiserver, which writes etcd. kubectl get pods reads from kube-apiserver, never from the kubelet.'
		}
	},
	ko: {
		'1': {
			ask: '무엇이든 저장되기 전에 요청은 어떤 세 가지 검사를 거칩니까?',
			pitfall:
				'인증, 인가(RBAC), 어드미션은 모두 kube-apiserver에서 일어납니다. 하나라도 실패하면 4xx 오류가 돌아가고 etcd에는 아무것도 닿지 않습니다. 잘못된 파드를 거르는 것은 스케줄러가 아닙니다.'
		},
		'2': {
			ask: 'kubectl이 “created”라고 답했습니다. 파드가 실행 중입니까? 지금 kubectl get pods는 무엇을 보여 줍니까?',
			pitfall:
				'kubectl은 etcd에 오브젝트가 저장되면 바로 돌아옵니다. 파드는 노드 없이 Pending 상태입니다. 생성과 실행은 다릅니다.'
		},
		'3': {
			ask: 'kube-scheduler는 새 파드를 어떻게 알게 됩니까? kube-apiserver가 보내 줍니까, 스케줄러가 물어봅니까?',
			pitfall:
				'컴포넌트끼리는 직접 통신하지 않습니다. 모두 kube-apiserver를 watch 하고, etcd와 통신하는 것은 kube-apiserver뿐입니다.'
		},
		'4': {
			ask: '스케줄러는 어느 노드를 고르겠습니까? 왜 그 노드입니까?',
			pitfall:
				'파드가 들어갈 수 있는지는 지금의 사용량이 아니라 요청량(requests)으로 정합니다. CPU를 5 %만 쓰는 노드도 요청량으로는 가득 찰 수 있습니다.'
		},
		'5': {
			ask: '바인딩은 파드의 어느 필드를 채웁니까?',
			pitfall:
				'스케줄러는 바인딩(spec.nodeName)만 기록하고 아무것도 실행하지 않습니다. kubelet이 실행할 때까지 파드는 Pending입니다.'
		},
		'6': {
			ask: 'kubelet은 모두 파드를 watch 합니다. 왜 이 노드의 kubelet만 이 파드를 알게 됩니까?',
			pitfall:
				'kubelet은 필드 셀렉터 spec.nodeName=<자기 노드>로 watch 합니다. 스태틱 파드는 예외입니다. kubelet이 /etc/kubernetes/manifests에서 직접 읽고, 스케줄러를 거치지 않습니다.'
		},
		'7': {
			ask: '스케줄러가 바인딩한 파드를 kubelet이 거절할 수도 있습니까? 무엇 때문에 그렇습니까?',
			pitfall:
				'kubelet은 자기 노드에서 파드를 다시 승인합니다. 거절된 파드(예: OutOfcpu)는 Failed로 끝나고 다른 노드로 옮겨지지 않습니다. 레플리카셋이 있다면 새 파드를 만듭니다.'
		},
		'8': {
			ask: 'kubelet은 이미지와 컨테이너를 어떻게 요청합니까?',
			pitfall:
				'CRI(gRPC)로 containerd나 CRI-O에 요청합니다. 1.24에서 dockershim이 제거된 뒤로 kubelet은 Docker와 통신하지 않습니다. 노드에서는 crictl로 살펴봅니다.'
		},
		'9': {
			ask: 'etcd에 Running을 기록하는 것은 kubelet입니까, 다른 컴포넌트입니까?',
			pitfall:
				'kubelet은 kube-apiserver에 보고하고, etcd에 쓰는 것은 kube-apiserver입니다. kubectl get pods도 kubelet이 아니라 kube-apiserver에서 읽습니다.'
		}
	}
};
