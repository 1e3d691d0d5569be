/**
 * Narration of the scale-out flow's steps in Korean (same keys and params as en.ts): 합니다체
 * throughout, titles included, in the terms of src/lib/i18n/glossary.md.
 */
import type { NarrationOf } from '$lib/flows/kit/narration';
import { josa } from '$lib/i18n/josa';
import type { ScaleOutStep } from '../machine';

const 이 = (w: string | number) => josa(String(w), '이/가');
const 을 = (w: string | number) => josa(String(w), '을/를');
const 은 = (w: string | number) => josa(String(w), '은/는');

export const scaleOutStepsKo: NarrationOf<ScaleOutStep> = {
	scaleCommand: {
		title: (p) => `${을(`kubectl scale deployment ${p.name} --replicas=${p.to}`)} 실행합니다`,
		body: (p) =>
			p.to > p.from
				? `kubectl이 레플리카를 ${p.from}개에서 ${p.to}개로 늘려 달라고 요청합니다. Deployment의 scale 하위 리소스에 PATCH를 보내고, kube-apiserver가 새 spec.replicas를 etcd에 저장합니다. 늘어난 만큼의 파드는 아직 없습니다. kube-controller-manager가 watch로 변화를 알아채고 나머지를 합니다.`
				: `${p.skipped}초 뒤 부하가 지나가고, kubectl이 레플리카를 다시 ${p.to}개로 요청합니다. 앞에서처럼 PATCH는 etcd의 spec.replicas만 바꿉니다. 어느 파드를 지울지는 사용자가 아니라 ReplicaSet 컨트롤러가 정합니다.`
	},
	deploymentScales: {
		title: (p) => `Deployment 컨트롤러가 ReplicaSet ${을(p.rs)} ${p.to}개로 맞춥니다`,
		body: (p) =>
			`Deployment 컨트롤러는 파드를 직접 건드리지 않습니다. ReplicaSet ${p.rs}의 spec.replicas를 ${p.to}로 바꿉니다. desired-replicas ${p.to}, max-replicas ${p.maxReplicas}(25% 서지를 더한 값) 어노테이션도 씁니다. Deployment에는 “Scaled ${p.up ? 'up' : 'down'} replica set ${p.rs} from ${p.from} to ${p.to}” 이벤트가 남습니다.`
	},
	replicaSetCreates: {
		title: (p) => `ReplicaSet ${이(p.rs)} 파드 ${p.count}개를 만듭니다`,
		body: (p) =>
			`ReplicaSet 컨트롤러는 파드를 ${p.want}개 중 ${p.have}개로 세므로 ${p.count}개를 만듭니다. 생성은 슬로 스타트 배치로 하며, 여기서는 ${p.batches}입니다. 배치마다 앞의 두 배이고, 생성이 하나라도 실패하면 다음 배치를 멈춥니다. 잘못된 요청이 몰려도 호출 ${p.count}번이 아니라 한 번만 낭비됩니다. 파드마다 SuccessfulCreate 이벤트 “Created pod: …”가 남고, 파드는 노드 없이 시작합니다.`
	},
	schedulePods: {
		title: (p) =>
			p.pendingCount > 0
				? `파드 ${p.count}개가 바인딩되고 ${p.pendingCount}개는 Pending으로 남습니다`
				: `kube-scheduler가 파드 ${p.count}개를 바인딩합니다`,
		body: (p) =>
			`kube-scheduler는 파드마다 스케줄링 사이클을 한 번씩 돌며, 앞의 바인딩을 보고 다음을 정합니다. 결과는 ${p.placed || '들어갈 곳 없음'}입니다. ${
				p.pendingCount > 0
					? `${은(p.pending)} 들어가지 못합니다. 노드마다 요청한 CPU가 남아 있지 않기 때문입니다. 파드마다 FailedScheduling 이벤트가 남고, 이유는 “${p.why}”입니다. 파드는 노드 추가처럼 도움이 될 이벤트가 올 때까지 kube-scheduler의 스케줄 불가 큐에서 기다립니다.`
					: '모든 노드에 아직 요청만큼의 여유가 있습니다.'
			}`
	},
	kubeletsStart: {
		title: (p) => `파드 ${p.count}개가 ${p.nodes}에서 실행됩니다`,
		body: (p) =>
			`${p.nodes}의 kubelet이 watch로 바인딩된 파드를 보고 시작합니다. 파드 샌드박스, 이미지, 컨테이너 순서입니다. ${이(p.pods)} Running을 보고합니다. ReplicaSet과 Deployment 컨트롤러가 상태를 쓰므로 kubectl get deployments는 READY ${p.ready}/${p.want}를 보여 줍니다.${p.ready < p.minAvailable ? ` Deployment는 Available이 아닙니다. 25%(내림)까지만 준비되지 않아도 되므로 ${p.minAvailable}개가 필요합니다.` : ''}`
	},
	nodeRegisters: {
		title: (p) => `${이(p.node)} 클러스터에 합류합니다`,
		body: (p) =>
			`${p.skipped}초 뒤, 파드 ${p.pending}개가 어디에서도 실행되지 못하자 클러스터 운영자가 머신을 추가하고 kubeadm join을 실행합니다. kubelet은 할당 가능한 CPU ${p.cpu / 1000}개로 Node ${을(p.node)} 등록합니다. TaintNodesByCondition 어드미션 플러그인이 생성 시점에 not-ready 테인트를 붙입니다. 첫 상태는 Ready=False입니다. 파드 네트워크가 아직 준비되지 않았기 때문입니다. Node에는 아직 파드 CIDR이 없습니다.`
	},
	pendingRetried: {
		title: (p) =>
			p.count > 0
				? `kube-scheduler가 기다리던 파드 ${p.count}개를 ${josa(p.node, '으로/로')} 바인딩합니다`
				: '기다리던 파드를 다시 시도하지만 테인트에 막힙니다',
		body: (p) =>
			p.count > 0
				? `테인트가 지워진 것은 기다리던 파드에 의미 있는 이벤트이므로, kube-scheduler가 파드를 활성 큐로 되돌립니다. 이번에는 ${이(p.node)} 모든 필터를 통과합니다. 결과는 ${p.placed}입니다.${p.pendingCount > 0 ? ` ${은(p.pending)} 여전히 들어가지 못하고, 이유는 “${p.why}”입니다.` : ''}`
				: `노드가 추가되었고, NodeResourcesFit의 큐잉 힌트는 파드가 그 노드에 들어갈 수 있다고 봅니다. 그래서 kube-scheduler가 파드를 스케줄 불가 큐에서 활성 큐로 옮겨 다시 시도합니다. 그런데 ${p.node}에는 아직 not-ready 테인트가 있어 다시 실패하고, 이유는 “${p.why}”입니다. 파드는 도움이 될 다음 이벤트, 곧 테인트가 지워지기를 기다립니다.`
	},
	podCidrAssigned: {
		title: (p) => `${이(p.node)} 파드 CIDR ${을(p.cidr)} 받습니다`,
		body: (p) =>
			`kubelet은 파드 주소를 스스로 고르지 않습니다. kube-controller-manager의 노드 IPAM 컨트롤러가 클러스터 CIDR에서 비어 있는 다음 /24를 골라 ${p.node}의 spec.podCIDR을 ${josa(p.cidr, '으로/로')} PATCH합니다. 이 값을 쓰는 네트워크 플러그인(Flannel처럼 host-local IPAM을 쓰는 경우)이 여기서 노드의 파드 IP를 나눠 줍니다.`
	},
	daemonSetPod: {
		title: (p) => `kube-proxy가 ${p.node}에 옵니다`,
		body: (p) =>
			`DaemonSet 컨트롤러가 새 노드를 보고 ${을(p.pod)} 만듭니다. 파드는 metadata.name에 대한 노드 어피니티로 그 노드에 고정됩니다. ${p.node}는 아직 준비되지 않았지만 kube-scheduler가 바인딩합니다. kubeadm의 kube-proxy DaemonSet은 모든 테인트를 견디기 때문입니다. 호스트 네트워크에서 실행되므로 파드 IP가 필요 없습니다.`
	},
	notReadyTainted: {
		title: (p) => `${p.node}에 ${p.key}:NoExecute도 붙습니다`,
		body: (p) =>
			`노드 라이프사이클 컨트롤러는 ${p.period}초마다 확인하다가 ${이(p.node)} Ready=False를 보고하는 것을 봅니다. 그래서 NoExecute not-ready 테인트도 timeAdded와 함께 붙입니다. 이 테인트를 견디지 못하는 파드는 노드에서 축출됩니다. kube-proxy는 모든 테인트를 견디므로 남습니다.`
	},
	nodeReady: {
		title: (p) => `${이(p.node)} Ready가 되고 not-ready 테인트가 지워집니다`,
		body: (p) =>
			`${p.skipped}초 뒤 파드 네트워크가 준비됩니다. 네트워크 플러그인의 DaemonSet 파드(Flannel, Calico 등, 여기에는 그리지 않음)가 노드에 CNI 설정을 썼습니다. kubelet이 Ready=True와 “NodeReady” 이벤트를 보냅니다. 노드 라이프사이클 컨트롤러는 이 변경을 보자마자 ${p.key}:NoSchedule 테인트를 지우고, NoExecute 테인트는 다음 확인 때 지웁니다. 이제 그 톨러레이션이 없는 파드도 이 노드에 스케줄링될 수 있습니다.`
	},
	replicaSetDeletes: {
		title: (p) => `ReplicaSet ${이(p.rs)} 파드 ${p.count}개를 삭제합니다`,
		body: (p) =>
			`ReplicaSet 컨트롤러는 ${p.keep}개를 남기고 나머지를 삭제 순서대로 줄 세웁니다. 스케줄되지 않은 파드가 먼저이고, 다음은 Pending, 그다음은 준비되지 않은 파드입니다. 이어서 자기 파드가 더 많은 노드의 파드, 준비된 지 짧은 파드, 재시작이 많은 파드, 더 새로운 파드 순서입니다. 나이는 2의 거듭제곱 단위로 비교하므로, 나이가 비슷한 파드는 비기고 uid가 정합니다. 사실상 무작위입니다. 한꺼번에 삭제합니다. 대상은 ${p.pods}입니다. 파드마다 SuccessfulDelete 이벤트 “Deleted pod: …”가 남습니다.${p.pendingFirst > 0 ? ` Pending 파드 ${p.pendingFirst}개는 노드가 없어 바로 사라집니다. 멈출 kubelet이 없기 때문입니다.` : ''}`
	},
	kubeletsStop: {
		title: (p) => `파드 ${p.count}개가 멈추고 ${p.left}개가 남습니다`,
		body: (p) =>
			`${p.nodes}의 kubelet이 삭제된 파드를 멈춥니다. deletionTimestamp를 보고, 30초 유예 기간 안에 컨테이너를 멈춘 뒤 삭제를 확정합니다. Deployment는 다시 레플리카 ${p.left}개입니다. 노드는 그대로 남아 여유가 생깁니다.`
	}
};
