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
		}
	}
};
