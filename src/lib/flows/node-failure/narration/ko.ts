/**
 * Narration of the node-failure flow's steps in Korean (same keys and params as en.ts):
 * 합니다체 throughout, titles included, in the terms of src/lib/i18n/glossary.md.
 */
import type { NarrationOf } from '$lib/flows/kit/narration';
import { josa } from '$lib/i18n/josa';
import type { NodeFailureStep } from '../machine';

const 이 = (w: string | number) => josa(String(w), '이/가');
const 을 = (w: string | number) => josa(String(w), '을/를');
const 은 = (w: string | number) => josa(String(w), '은/는');

/** "5분 52초": a duration the narration names. */
const minutes = (s: number) => `${Math.floor(s / 60)}분 ${s % 60}초`;

export const nodeFailureStepsKo: NarrationOf<NodeFailureStep> = {
	renewLeases: {
		title: (p) => `kubelet ${p.nodes}개가 Lease를 갱신합니다`,
		body: (p) =>
			`모든 kubelet은 Lease를 갱신해서 살아 있음을 알립니다. 노드마다 kube-node-lease 네임스페이스에 노드 이름과 같은 Lease가 하나 있고, leaseDurationSeconds는 ${p.duration}입니다. kubelet은 이를 ${p.interval}초마다(기간의 4분의 1) 갱신하며, 매번 작은 쓰기 한 번으로 리비전 ${p.first}부터 ${p.last}까지가 쓰입니다. 전체 노드 상태는 바뀔 때나 5분마다만 보냅니다.`
	},
	monitorNodes: {
		title: () => '노드 라이프사이클 컨트롤러가 모든 노드를 확인합니다',
		body: (p) =>
			`kube-controller-manager는 ${p.period}초마다 모든 노드를 살펴봅니다. 노드 라이프사이클 컨트롤러는 Lease를 인포머 캐시에서 읽으므로 확인에 API 호출이 들지 않습니다. Lease가 유예 기간(${p.grace}초) 안에 움직였으면 정상인 노드로 봅니다. 노드 ${p.nodes}개 모두 ${p.age}초 전에 갱신했으므로 할 일이 없습니다.`
	},
	nodeStops: {
		title: (p) => `${p.at}에 ${이(p.node)} 멈춥니다`,
		body: (p) =>
			`${p.at}에 ${p.node}의 전원이 꺼집니다. 그 전 ${p.skipped}초 동안 모든 kubelet이 ${p.renewals}에 갱신했으므로, ${p.node}의 마지막 갱신은 ${p.last}입니다. 노드가 죽었다고 클러스터에 알려 주는 것은 없습니다. 꺼진 머신에서는 아무 메시지도 나오지 않습니다. 컨트롤 플레인은 Lease가 더 움직이지 않는다는 것만 알아챌 수 있습니다.`
	},
	othersRenew: {
		title: (p) =>
			p.others > 0
				? `kubelet ${p.others}개는 갱신하고 ${p.node}의 Lease는 그대로입니다`
				: `갱신하는 kubelet이 없고 ${p.node}의 Lease는 그대로입니다`,
		body: (p) =>
			`${p.others > 0 ? '다른 kubelet은 제때 갱신하지만' : '갱신할 다른 kubelet이 남아 있지 않고'} ${p.node}의 Lease는 움직이지 않습니다. 조용해진 지 ${p.silent}초로, 아직 유예 기간 안입니다. ${p.node}의 파드도 함께 멈췄지만, API는 여전히 Running이고 Ready라고 보고합니다. Service는 아직 그 파드로 트래픽을 보내고, 그 연결은 실패합니다.`
	},
	graceRuns: {
		title: (p) => `${p.at}: ${p.silent}초째 조용하지만 아직 Unknown이 아닙니다`,
		body: (p) =>
			`컨트롤러는 ${p.skipped}초 더 5초마다 확인을 이어 갑니다. ${p.at}에 ${은(p.node)} 정확히 ${p.silent}초째 조용합니다. 소스 코드는 지금이 마지막 갱신에 유예 기간을 더한 시각보다 “뒤”인지를 묻고, 같은 시각은 뒤가 아닙니다. 그래서 노드는 다음 확인(${p.next})까지 기다립니다. v1.32부터 유예 기간은 ${p.grace}초이며, 40초라고 적은 강의 노트는 예전 버전을 설명합니다.`
	},
	nodeUnknown: {
		title: (p) => `${p.node}의 상태 조건이 Unknown이 됩니다`,
		body: (p) =>
			`${p.silent}초 동안 소식이 없자 컨트롤러가 ${p.node}의 상태를 직접 씁니다. Ready, MemoryPressure, DiskPressure, PIDPressure가 Unknown이 되고, 이유는 ${p.reason}, 메시지는 “${p.message}”입니다. lastHeartbeatTime은 kubelet이 마지막으로 보낸 값을 유지합니다. 이제 kubectl get nodes는 NotReady를 출력하고, 노드 상태가 NodeNotReady가 되었다는 이벤트가 남습니다.`
	},
	podsNotReady: {
		title: (p) => `${p.node}의 파드 ${p.count}개가 준비되지 않은 상태가 됩니다`,
		body: (p) =>
			`노드 라이프사이클 컨트롤러는 ${p.node}의 모든 파드를 준비되지 않은 상태로 표시합니다. 대상은 ${p.pods}입니다. 각 파드의 Ready 조건을 False로 바꾸고 “Node is not ready” 이벤트를 남깁니다. 파드는 삭제되지 않고 phase도 Running 그대로입니다. kube-proxy 자신의 파드도 여기에 들어갑니다. DaemonSet 파드도 다른 파드와 똑같이 표시되기 때문입니다.`
	},
	endpointsUpdate: {
		title: (p) => `Service에 준비된 엔드포인트가 ${p.total}개 중 ${p.ready}개 남습니다`,
		body: (p) =>
			`EndpointSlice 컨트롤러가 준비되지 않은 파드를 보고 ${을(p.slice)} 다시 씁니다. ${은(p.notReady)} ready=false로 목록에 남습니다. ${
				p.ready > 0
					? `아직 동작하는 모든 kube-proxy가 이 엔드포인트를 규칙에서 뺍니다. 이제 Service로 가는 새 연결은 준비된 파드 ${p.ready}개에만 닿습니다. 장애 뒤 약 1분 만에 사용자가 처음 숨을 돌리는 순간입니다.`
					: '이제 준비된 엔드포인트가 하나도 없습니다. 파드가 다시 Ready가 될 때까지 Service는 연결을 보낼 곳이 없습니다.'
			}`
	},
	taintNode: {
		title: (p) => `${p.node}에 unreachable 테인트가 붙습니다`,
		body: (p) =>
			p.noExecute
				? `${p.node}에 unreachable 테인트 두 개가 붙습니다. 키는 둘 다 ${p.key}이고, timeAdded ${이(p.at)} 찍힙니다. NoSchedule 테인트는 새 파드가 이 노드로 오지 못하게 합니다. NoExecute 테인트는 이미 있는 파드를 톨러레이션이 끝나는 대로 내보냅니다. kubelet이 스스로 Ready=False를 보고할 때에는 이 대신 not-ready 테인트가 쓰입니다.`
				: `${p.node}에는 NoSchedule 테인트만 붙고, timeAdded는 ${p.at}입니다. 클러스터의 모든 노드가 NotReady이므로 컨트롤러는 마스터 중단 모드(master disruption mode)에 들어갑니다. 모든 노드가 한꺼번에 죽었다기보다 컨트롤 플레인과 노드 사이의 네트워크가 끊긴 것으로 보고, NoExecute 테인트를 붙이지 않습니다. 그래서 아무것도 축출되지 않습니다.`
	},
	tolerationRuns: {
		title: (p) =>
			p.count > 0
				? `${p.skipped}초가 지나 톨러레이션이 끝납니다`
				: '이 노드에서 축출될 파드는 없습니다',
		body: (p) =>
			p.count > 0
				? `파드들은 이 테인트를 한동안 견딥니다. ${
						p.fromTemplate
							? `web의 파드 템플릿이 이 테인트에 대한 톨러레이션을 직접 tolerationSeconds ${p.seconds}로 정해 두었고, 어드미션은 이를 그대로 둡니다.`
							: `DefaultTolerationSeconds 어드미션 플러그인이 파드마다 tolerationSeconds ${을(p.seconds)} 넣어 두었습니다.`
					} 그래서 테인트 축출 컨트롤러는 ${p.seconds}초를 기다린 뒤에 ${을(p.pods)} 처리합니다. ${p.later ? `${은(p.later)} 테인트를 더 오래 견디므로 나중에 나갑니다. ` : ''}${p.kept ? `${은(p.kept)} 그대로 남습니다. DaemonSet 톨러레이션에는 시간 제한이 없기 때문입니다. ` : ''}시계가 ${p.skipped}초 건너뜁니다.`
				: p.noExecute
					? `여기에는 톨러레이션이 끝나는 파드가 없습니다. ${p.kept ? `${은(p.kept)} 모든 DaemonSet 파드처럼 시간 제한 없이 테인트를 견디므로 ${p.node}에 그대로 바인딩되어 있습니다. ` : ''}노드는 kubelet이 돌아올 때까지 NotReady로 남습니다.`
					: `NoExecute 테인트가 없으므로 어떤 파드도 축출되지 않습니다. 마스터 중단 모드에서 파드는 노드가 다시 Ready가 될 때까지 ${p.node}에 바인딩된 채, API에서는 Running이고 준비되지 않은 상태로 남습니다.`
	},
	evictPods: {
		title: (p) => `테인트 축출 컨트롤러가 파드 ${p.count}개를 삭제합니다`,
		body: (p) =>
			`테인트 축출 컨트롤러는 톨러레이션이 끝난 파드를 내보냅니다. ${p.node}에서 내보내는 파드는 ${p.pods}입니다. 먼저 DisruptionTarget 조건(DeletionByTaintManager)을 붙이고 삭제하며, “Marking for deletion Pod …” 이벤트가 남습니다. kube-apiserver는 deletionTimestamp를 ${p.grace}초 뒤로 설정할 뿐이므로 파드는 Terminating으로 보입니다. EndpointSlice는 이 파드를 terminating으로 표시합니다.${p.unowned ? ` ${은(p.unowned)} 소유자가 없어서 어떤 컨트롤러도 다시 만들지 않습니다.` : ''}`
	},
	replicaSetReplaces: {
		title: (p) => `ReplicaSet ${이(p.rs)} 대체 파드 ${p.count}개를 만듭니다`,
		body: (p) =>
			`ReplicaSet 컨트롤러는 deletionTimestamp가 없는 파드만 셉니다. 의도한 수 ${p.want}개 중 ${p.have}개뿐이므로, 옛 파드가 사라지기를 기다리지 않고 바로 ${을(p.pods)} 만듭니다. 생성은 슬로 스타트 배치(여기서는 ${p.batches})로 하며, 배치마다 앞의 두 배입니다. ReplicaSet에는 SuccessfulCreate 이벤트 “Created pod: …”가 남습니다.`
	},
	scheduleReplacements: {
		title: (p) =>
			p.count > 0
				? `kube-scheduler가 ${josa(p.placed, '으로/로')} 바인딩합니다`
				: '대체 파드를 받을 노드가 없습니다',
		body: (p) =>
			p.count > 0
				? `${
						p.failedNode === 'tainted'
							? `kube-scheduler는 대체 파드를 ${이(p.node)} 아닌 곳에 둡니다. TaintToleration 필터가 ${을(p.node)} 거릅니다. 파드는 unreachable NoExecute 테인트는 한동안 견디지만 NoSchedule 테인트는 견디지 못합니다. 나머지 노드는 평소처럼 점수를 매깁니다.`
							: p.failedNode === 'gone'
								? `kube-scheduler는 대체 파드를 지금 있는 노드 가운데 하나에 둡니다. Node 오브젝트가 삭제되면서 ${은(p.node)} 목록에서 빠졌습니다. 나머지 노드는 평소처럼 점수를 매깁니다.`
								: `kube-scheduler는 ${p.node}까지 포함해 모든 노드를 따져 봅니다. ${은(p.node)} 다시 Ready이고 테인트도 없습니다. 점수가 자리를 정하며, 파드를 ${p.node}로 되돌려 놓는 일은 저절로 일어나지 않습니다.`
					}${p.pending ? ` ${은(p.pending)} Pending으로 남습니다. 이유는 “${p.why}”입니다.` : ''}`
				: `kube-scheduler는 대체 파드를 둘 노드를 찾지 못합니다. ${은(p.pending)} FailedScheduling과 함께 Pending으로 남고, 이유는 “${p.why}”입니다. ${p.failedNode === 'gone' ? '여유 있는 노드가 클러스터에 합류하면 바인딩됩니다.' : '노드가 다시 Ready가 되어 테인트가 지워지면 바인딩됩니다.'}`
	},
	kubeletsStart: {
		title: (p) => `대체 파드 ${p.count}개가 ${p.nodes}에서 실행됩니다`,
		body: (p) =>
			p.backs > 0
				? `kubelet은 대체 파드를 바인딩된 노드에서 시작합니다. ${은(p.pods)} ${p.nodes}에서 ${을(p.ips)} 받습니다. Ready가 되면 EndpointSlice에 준비된 엔드포인트로 올라가고, 준비된 엔드포인트 ${p.ready}개와 terminating ${p.terminating}개가 됩니다. 동작 중인 모든 kube-proxy가 규칙에 추가합니다. 노드가 멈춘 뒤 ${minutes(p.since)} 만에 Service가 다시 제 용량을 찾습니다.`
				: `${p.nodes}의 kubelet이 ${을(p.pods)} 시작하고, 파드는 ${을(p.ips)} 받습니다. 이름이 그대로이므로 정체성도 그대로입니다. StatefulSet의 volumeClaimTemplates로 요청한 볼륨이 있었다면 새 노드까지 따라옵니다. 노드가 멈춘 뒤 ${minutes(p.since)} 만에 다시 실행됩니다.`
	},
	statefulSetHolds: {
		title: (p) => `StatefulSet ${이(p.set)} ${을(p.pod)} 하나 더 만들지 않습니다`,
		body: (p) =>
			`StatefulSet 컨트롤러는 ${이(p.pod)} Terminating인 것을 보고 아무것도 만들지 않습니다. StatefulSet 파드의 이름은 곧 정체성이므로 ${은(p.pod)} 하나만 있어야 합니다. 옛 파드는 네트워크가 끊긴 너머에서 아직 실행되며 볼륨에 쓰고 있을 수도 있고, 컨트롤 플레인은 이를 알 수 없습니다. 그래서 컨트롤러는 옛 파드가 사라질 때까지 기다립니다. 확인해 줄 ${p.node}의 kubelet이 없으니, 노드가 돌아오거나, kubectl delete node를 하거나, out-of-service 테인트를 붙이거나, kubectl delete pod ${p.pod} --force --grace-period=0을 해야 합니다.`
	},
	stuckTerminating: {
		title: (p) => `축출된 파드 ${p.count}개가 Terminating으로 남습니다`,
		body: (p) =>
			`${p.grace}초 유예 기간이 끝났지만 아무것도 바뀌지 않습니다. 컨테이너가 멈췄다고 확인해 줄 수 있는 것은 ${p.node}의 kubelet뿐인데, 그 kubelet이 없습니다. 그래서 ${은(p.pods)} Terminating으로 남습니다. ${이(p.node)} 돌아와 kubelet이 삭제를 마치거나, Node 오브젝트가 삭제되면(그때 파드 가비지 컬렉터가 지웁니다) 사라집니다. out-of-service 테인트를 붙여도 강제로 삭제됩니다.`
	},
	nodeReturns: {
		title: (p) => `${p.at}에 ${이(p.node)} 돌아옵니다`,
		body: (p) =>
			`${p.skipped}초 뒤 ${이(p.node)} 다시 부팅되고 kubelet이 시작됩니다. kubelet은 Lease를 갱신하고 노드 상태를 보냅니다. Ready=True, 이유는 KubeletReady이고, 모든 조건의 전환 시각이 지금입니다. “Node ${p.node} status is now: NodeReady” 이벤트가 남습니다. 노드는 ${minutes(p.down)} 동안 조용했습니다. kube-controller-manager와 kube-scheduler는 watch로 이를 알게 됩니다.`
	},
	taintsLifted: {
		title: (p) => `${p.node}에서 unreachable 테인트가 지워집니다`,
		body: (p) =>
			`노드 라이프사이클 컨트롤러는 Ready=True를 보고 ${p.count === 1 ? 'NoSchedule 테인트를' : '테인트 두 개를 모두'} 지웁니다. ${
				p.count === 1
					? `상태 변화를 보자마자, ${p.at}까지 지웁니다.`
					: `NoSchedule 테인트는 상태 변화를 보자마자 지우고, NoExecute 테인트는 ${p.period}초마다 하는 다음 확인 때, 여기서는 ${p.at}에 지웁니다.`
			} 이제 kube-scheduler는 ${p.node}에 다시 파드를 둘 수 있습니다. 저절로 되돌아가는 것은 없습니다. 쿠버네티스는 재배치하지 않으므로 대체 파드는 지금 자리에 그대로 남습니다.`
	},
	kubeletResumes: {
		title: (p) =>
			p.deletedCount > 0
				? `${p.node}의 kubelet이 삭제 ${p.deletedCount}건을 마칩니다`
				: `${p.node}의 kubelet이 파드를 다시 시작합니다`,
		body: (p) =>
			`kubelet은 ${p.node}에 바인딩된 파드를 살펴봅니다. ${
				p.deletedCount > 0
					? `${은(p.deleted)} deletionTimestamp가 있고, 전원이 꺼지면서 컨테이너는 이미 멈췄습니다. 그래서 kubelet은 단계를 Failed로 보고한 뒤, 파드의 uid를 전제 조건으로 유예 기간 0의 삭제를 확정합니다. 오브젝트는 etcd에서 사라집니다. `
					: ''
			}${
				p.restartedCount > 0
					? `${은(p.restarted)} 삭제된 적이 없으므로 kubelet이 컨테이너를 다시 시작하고 Ready를 보고합니다. RESTARTS가 하나 늘고, containerd는 전원이 끊어 멈춘 실행을 종료 코드 255, 이유 Unknown으로 보고합니다. `
					: ''
			}EndpointSlice에는 준비된 엔드포인트 ${p.ready}개와 terminating ${p.terminating}개가 남습니다.`
	},
	nodeDeleted: {
		title: (p) => `클러스터 운영자가 Node ${을(p.node)} 삭제합니다`,
		body: (p) =>
			`${p.skipped}초 뒤 클러스터 운영자가 ${을(`kubectl delete node ${p.node}`)} 실행합니다. Node 오브젝트가 etcd에서 사라지고, kube-scheduler와 kube-controller-manager는 DELETED watch 이벤트를 받습니다. ${p.node}에 바인딩된 파드 ${p.pods}개는 아직 API에 남아 있습니다. 이 파드들의 노드는 이제 없고, 파드 가비지 컬렉터가 찾는 것이 바로 이런 파드입니다.`
	},
	podGcOrphans: {
		title: (p) => `파드 가비지 컬렉터가 고아 파드 ${p.count}개를 지웁니다`,
		body: (p) =>
			`파드 가비지 컬렉터는 ${p.period}초마다 돕니다. ${p.seen}에 모르는 노드에 바인딩된 파드를 찾았습니다. 인포머가 늦었을 뿐일 수도 있으므로 그 노드를 ${p.quarantine}초 동안 격리해 두었습니다. ${p.at}에 kube-apiserver에 Node를 물어 NotFound를 받습니다. 그래서 ${을(p.pods)} 강제로 삭제합니다. 단계를 Failed로 하고 “PodGC: node no longer exists” 조건을 붙인 뒤, 유예 기간 0으로 DELETE합니다. EndpointSlice에는 준비된 엔드포인트 ${p.ready}개가 남습니다.`
	},
	outOfService: {
		title: (p) => `${p.node}에 out-of-service 테인트가 붙습니다`,
		body: (p) =>
			`${p.skipped}초 뒤, ${이(p.node)} 정말 꺼졌음을 아는 클러스터 운영자가 테인트를 붙입니다. 명령은 kubectl taint nodes ${p.node} ${p.key}=nodeshutdown:NoExecute입니다. 이것이 비정상 노드 종료(non-graceful node shutdown) 처리입니다. 이 테인트는 노드가 스스로 돌아오지 않는다는 뜻입니다. ${
				p.count > 0
					? `테인트 축출 컨트롤러는 이 테인트를 견디지 못하는 파드를 모두 바로 삭제합니다. 여기서는 ${p.evicted}입니다. `
					: ''
			}${p.kept ? `${은(p.kept)} 그대로 남습니다. kubeadm의 kube-proxy DaemonSet은 모든 테인트를 견디기 때문입니다. ` : ''}이제 노드에 붙어 있던 볼륨은 보통의 6분 대기 없이 분리될 수 있습니다.`
	},
	podGcTerminating: {
		title: (p) => `파드 가비지 컬렉터가 파드 ${p.count}개를 강제로 삭제합니다`,
		body: (p) =>
			`${p.at}에 파드 가비지 컬렉터가 ${p.period}초 주기로 다시 돕니다. 찾는 것은 Ready가 아니고 out-of-service 테인트가 붙은 노드의 terminating 파드이며, 여기서는 ${p.pods}입니다. 파드마다 Failed로 표시하고 유예 기간 0으로 삭제하므로, 물어볼 kubelet 없이도 etcd에서 바로 사라집니다. EndpointSlice에는 준비된 엔드포인트 ${p.ready}개가 남습니다.`
	},
	statefulSetRecreates: {
		title: (p) => `StatefulSet ${이(p.set)} ${을(p.pod)} 다시 만듭니다`,
		body: (p) =>
			`옛 ${이(p.pod)} 사라졌으므로 StatefulSet 컨트롤러가 새 ${을(p.pod)} 만듭니다. 이름은 같고 uid는 새것입니다. “create Pod ${p.pod} in StatefulSet ${p.set} successful” SuccessfulCreate 이벤트가 남습니다. 이제 kube-scheduler가 여느 새 파드처럼 자리를 정합니다.`
	}
};
