/**
 * The presenter's notes for the Service flow, one per part of the story and one per kind of
 * what-if: a question to put to the group before the step plays, and the mistake CKA candidates
 * make there. Loaded by the presenter view.
 */
import type { PresenterNotes } from '$lib/components/flowUi';

export const notes: PresenterNotes = {
	en: {
		'control-plane': {
			ask: 'What does the Service get from kube-apiserver that its YAML did not have?',
			pitfall:
				'The ClusterIP is virtual: no interface holds it and ping usually fails. Only the Service’s ports answer, and only through the rules on each node.'
		},
		'kube-proxy': {
			ask: 'Does kube-proxy carry the Service’s traffic?',
			pitfall:
				'kube-proxy only writes rules; the kernel moves every packet. If kube-proxy stops on a node, the rules already written keep working there, but go stale.'
		},
		packet: {
			ask: 'Where, and by whom, is the packet’s destination rewritten?',
			pitfall:
				'DNAT happens in the kernel of the client’s node, in the nat table. The backend is picked at random per connection, not round robin, and conntrack rewrites the reply back.'
		},
		scale: {
			ask: 'Which objects change when the Deployment scales, and which rules follow?',
			pitfall:
				'A new pod gets traffic only once it is Ready: readiness decides what the EndpointSlice lists, and so the KUBE-SEP rules.'
		},
		delete: {
			ask: 'What happens to the Service when one of its pods is deleted?',
			pitfall:
				'The ReplicaSet makes a replacement with a new name and a new IP; the ClusterIP stays the same, and the rules follow the EndpointSlice.'
		},
		'add-node': {
			ask: 'What must the new node have before a packet sent there reaches the Service?',
			pitfall:
				'Its own kube-proxy (a DaemonSet pod) writes the rules there; the node’s pod CIDR comes from kube-controller-manager, not from the kubelet.'
		}
	},
	ko: {
		'control-plane': {
			ask: 'Service는 YAML에 없던 무엇을 kube-apiserver에서 받습니까?',
			pitfall:
				'ClusterIP는 가상 IP입니다. 어느 인터페이스에도 없고 ping도 대개 실패합니다. Service의 포트만, 그것도 각 노드의 규칙을 거쳐서만 응답합니다.'
		},
		'kube-proxy': {
			ask: 'Service의 트래픽을 kube-proxy가 전달합니까?',
			pitfall:
				'kube-proxy는 규칙만 씁니다. 패킷은 모두 커널이 옮깁니다. 어느 노드에서 kube-proxy가 멈추면 이미 쓴 규칙은 그대로 동작하지만 점점 낡습니다.'
		},
		packet: {
			ask: '패킷의 목적지는 어디에서, 누가 바꿉니까?',
			pitfall:
				'DNAT는 클라이언트 노드의 커널, nat 테이블에서 일어납니다. 백엔드는 라운드 로빈이 아니라 연결마다 무작위로 고르며, 응답은 conntrack이 되돌려 씁니다.'
		},
		scale: {
			ask: '디플로이먼트를 스케일하면 어떤 오브젝트가 바뀌고, 어떤 규칙이 따라 바뀝니까?',
			pitfall:
				'새 파드는 Ready가 된 뒤에야 트래픽을 받습니다. EndpointSlice에 무엇이 오르는지, 그래서 KUBE-SEP 규칙이 무엇인지는 readiness가 정합니다.'
		},
		delete: {
			ask: '파드 하나를 지우면 Service에는 무슨 일이 일어납니까?',
			pitfall:
				'레플리카셋이 새 이름, 새 IP로 대신할 파드를 만듭니다. ClusterIP는 그대로이고, 규칙은 EndpointSlice를 따라갑니다.'
		},
		'add-node': {
			ask: '새 노드로 보낸 패킷이 Service에 닿으려면 그 노드에 무엇이 있어야 합니까?',
			pitfall:
				'그 노드의 kube-proxy(데몬셋 파드)가 규칙을 씁니다. 노드의 파드 CIDR은 kubelet이 아니라 kube-controller-manager가 정합니다.'
		}
	}
};
