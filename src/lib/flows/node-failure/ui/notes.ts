/**
 * The presenter's notes for the node-failure flow, one per part of the story: a question to put
 * to the group before the step plays, and the mistake CKA candidates make there. Loaded by the
 * presenter view.
 */
import type { PresenterNotes } from '$lib/components/flowUi';

export const notes: PresenterNotes = {
	en: {
		heartbeats: {
			ask: 'How does the control plane know a node is alive, and how often does it hear from it?',
			pitfall:
				'The heartbeat is the Lease in kube-node-lease, renewed every 10 s; the full node status is posted only on change or every 5 minutes. Node objects rarely change, Leases constantly.'
		},
		detection: {
			ask: 'How long after a node dies does kubectl get nodes say NotReady?',
			pitfall:
				'The grace period is 50 s since v1.32 (40 s before), and NotReady alone evicts nothing: the pods stay bound, Running in the API, and only leave the Service’s ready endpoints.'
		},
		eviction: {
			ask: 'Who deletes the pods of a dead node, and when?',
			pitfall:
				'The taint-eviction controller, after each pod’s tolerationSeconds for the NoExecute taint (300 s by default). DaemonSet pods tolerate it forever; a deleted pod stays Terminating while no kubelet confirms.'
		},
		replacement: {
			ask: 'Does the ReplicaSet wait for the Terminating pod to disappear before it replaces it?',
			pitfall:
				'No: pods with a deletionTimestamp are not counted, so the replacement is created at once. A StatefulSet does wait, because two pods with one identity must never run.'
		},
		aftermath: {
			ask: 'The grace period is over. Why is the old pod still listed, and what would remove it?',
			pitfall:
				'Only the pod’s kubelet confirms a graceful delete. With the node gone for good, kubectl delete node lets the pod garbage collector remove it; force-deleting the pod is the last resort.'
		},
		recover: {
			ask: 'The node is back. Do the replacements move back to it?',
			pitfall:
				'No: Kubernetes does not rebalance. The taints come off and the kubelet finishes the stuck deletions, but running pods stay where they are until something deletes them.'
		},
		'delete-node': {
			ask: 'What removes the stuck pods once the Node object is deleted, and how soon?',
			pitfall:
				'The pod garbage collector, not the node lifecycle controller: every 20 s it looks for pods bound to missing nodes, quarantines the node for 40 s, then force-deletes them.'
		},
		'out-of-service': {
			ask: 'When is the out-of-service taint safe to add?',
			pitfall:
				'Only when the node is really off: it force-deletes its terminating pods and lets volumes detach, so a node that still runs could have two writers. Remove the taint once the node is back.'
		},
		toleration: {
			ask: 'Where does the 300 s toleration come from, and how would you shorten it?',
			pitfall:
				'The DefaultTolerationSeconds admission plugin adds it only when the pod has no NoExecute toleration with that key; set tolerationSeconds in the pod template to change it per workload (kube-apiserver’s --default-unreachable-toleration-seconds changes the default for all).'
		},
		statefulset: {
			ask: 'Why is db-0 not replaced like web’s pod?',
			pitfall:
				'A StatefulSet keeps at most one pod per identity. While the old db-0 may still run, no new one is made: the node must come back, be deleted, or get the out-of-service taint.'
		}
	},
	ko: {
		heartbeats: {
			ask: '컨트롤 플레인은 노드가 살아 있는지 어떻게 알고, 얼마나 자주 소식을 듣습니까?',
			pitfall:
				'하트비트는 kube-node-lease의 Lease이며 10초마다 갱신됩니다. 전체 노드 상태는 바뀔 때나 5분마다만 보냅니다. Node 오브젝트는 거의 바뀌지 않고 Lease는 계속 바뀝니다.'
		},
		detection: {
			ask: '노드가 죽고 얼마 뒤에 kubectl get nodes가 NotReady를 보여 줍니까?',
			pitfall:
				'유예 기간은 v1.32부터 50초(그 전에는 40초)입니다. NotReady만으로는 아무것도 축출되지 않습니다. 파드는 바인딩된 채 API에서 Running이고, Service의 준비된 엔드포인트에서만 빠집니다.'
		},
		eviction: {
			ask: '죽은 노드의 파드는 누가, 언제 삭제합니까?',
			pitfall:
				'테인트 축출 컨트롤러가 NoExecute 테인트에 대한 파드별 tolerationSeconds(기본 300초)가 지난 뒤 삭제합니다. DaemonSet 파드는 영원히 견딥니다. 삭제된 파드는 kubelet이 확인해 주지 않는 한 Terminating으로 남습니다.'
		},
		replacement: {
			ask: 'ReplicaSet은 Terminating 파드가 사라질 때까지 기다렸다가 대체 파드를 만듭니까?',
			pitfall:
				'아닙니다. deletionTimestamp가 있는 파드는 세지 않으므로 대체 파드를 바로 만듭니다. StatefulSet은 기다립니다. 같은 정체성을 가진 파드 두 개가 동시에 실행되면 안 되기 때문입니다.'
		},
		aftermath: {
			ask: '유예 기간이 끝났습니다. 옛 파드는 왜 아직 목록에 있고, 무엇이 지울 수 있습니까?',
			pitfall:
				'정상 삭제를 확인해 주는 것은 그 파드의 kubelet뿐입니다. 노드가 영영 돌아오지 않으면 kubectl delete node로 파드 가비지 컬렉터가 지우게 합니다. 파드 강제 삭제는 마지막 수단입니다.'
		},
		recover: {
			ask: '노드가 돌아왔습니다. 대체 파드가 이 노드로 되돌아갑니까?',
			pitfall:
				'아닙니다. 쿠버네티스는 재배치하지 않습니다. 테인트가 지워지고 kubelet이 멈춰 있던 삭제를 마치지만, 실행 중인 파드는 누군가 삭제하기 전까지 제자리에 있습니다.'
		},
		'delete-node': {
			ask: 'Node 오브젝트를 삭제하면 멈춰 있던 파드는 무엇이, 얼마나 빨리 지웁니까?',
			pitfall:
				'노드 라이프사이클 컨트롤러가 아니라 파드 가비지 컬렉터입니다. 20초마다 없는 노드에 바인딩된 파드를 찾고, 그 노드를 40초 동안 격리한 뒤 강제로 삭제합니다.'
		},
		'out-of-service': {
			ask: 'out-of-service 테인트는 언제 붙여도 안전합니까?',
			pitfall:
				'노드가 정말 꺼졌을 때만입니다. terminating 파드를 강제로 삭제하고 볼륨을 분리하게 하므로, 아직 실행 중인 노드라면 같은 볼륨에 쓰는 쪽이 둘이 될 수 있습니다. 노드가 돌아오면 테인트를 지우세요.'
		},
		toleration: {
			ask: '300초 톨러레이션은 어디서 오고, 어떻게 줄입니까?',
			pitfall:
				'DefaultTolerationSeconds 어드미션 플러그인은 그 키의 NoExecute 톨러레이션이 없는 파드에만 넣습니다. 워크로드마다 파드 템플릿에 tolerationSeconds를 적어 바꿉니다(kube-apiserver의 --default-unreachable-toleration-seconds는 모든 파드의 기본값을 바꿉니다).'
		},
		statefulset: {
			ask: 'db-0은 왜 web의 파드처럼 대체되지 않습니까?',
			pitfall:
				'StatefulSet은 정체성 하나에 파드를 하나만 둡니다. 옛 db-0이 아직 실행 중일 수 있는 동안에는 새것을 만들지 않습니다. 노드가 돌아오거나, 삭제되거나, out-of-service 테인트가 붙어야 합니다.'
		}
	}
};
