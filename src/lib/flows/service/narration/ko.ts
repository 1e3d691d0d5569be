/** Narration of the Service flow's steps in Korean (same keys and params as en.ts). */
import type { NarrationOf } from '$lib/flows/kit/narration';
import type { ServiceStep } from '../machine';
import { josa } from '$lib/i18n/josa';

const 을 = (w: string | number) => josa(String(w), '을/를');

export const serviceStepsKo: NarrationOf<ServiceStep> = {
	exposeCommand: {
		title: (p) => `kubectl이 Deployment ${josa(p.name, '을/를')} 노출합니다`,
		body: (p) =>
			`Deployment ${p.name}의 파드들 앞에 Service를 만들어 달라고 요청합니다. kubectl은 먼저 Deployment를 GET 해서 셀렉터(app=${p.name})를 복사한 뒤 Service를 POST 합니다. Service의 포트는 ${p.port}, 파드 쪽 targetPort는 ${p.targetPort}입니다. Service는 API 안의 객체일 뿐, 프로세스도 네트워크 인터페이스도 없습니다.`
	},
	servicePipeline: {
		title: (p) => `apiserver가 Service를 승인하고 ${을(p.ip)} 할당합니다`,
		body: (p) =>
			`파드와 같은 파이프라인입니다: 인증, RBAC 인가, 기본값(type ClusterIP, sessionAffinity None), 검증, 어드미션. 그다음 Service 저장소가 --service-cluster-ip-range(${p.cidr})에서 ClusterIP ${을(p.ip)} 고릅니다. 범위의 위쪽에서 무작위로 고르고, 아래쪽은 사람이 직접 지정하는 주소용으로 남겨 둡니다. 이 주소를 가진 기계는 없습니다. API 안에만 있습니다.`
	},
	persistService: {
		title: (p) => `Service ${josa(p.name, '이/가')} 리비전 ${p.revision}에 저장됩니다`,
		body: (p) =>
			`Service는 ${p.key}에 저장됩니다(etcd에서 Service는 services/specs 아래에 있습니다). kubectl은 “service/${p.name} exposed”를 출력합니다. 아직 어느 노드도 바뀌지 않았습니다. ClusterIP ${josa(p.ip, '은/는')} 모든 kube-proxy가 규칙을 쓴 뒤에야 동작합니다.`
	},
	watchService: {
		title: (p) =>
			`ADDED 이벤트 하나가 controller-manager와 kube-proxy ${p.nodes}개에 동시에 갑니다`,
		body: (p) =>
			`kube-controller-manager(EndpointSlice·Endpoints 컨트롤러)와 모든 노드의 kube-proxy는 클러스터 전체의 Service를 watch 합니다. apiserver는 같은 ADDED 이벤트를 모두에게 한꺼번에 보냅니다. 각 kube-proxy는 ${을(p.name)} 캐시에 넣고 동기화를 요청합니다. 상태가 동기화 중(syncing)으로 바뀝니다.`
	},
	syncNoEndpoints: {
		title: () => '모든 kube-proxy가 동기화: 아직 엔드포인트가 없는 Service',
		body: (p) =>
			`kube-proxy는 기다리지 않습니다. 마지막 동기화가 1초(minSyncPeriod)보다 오래됐으면 바로 실행합니다. EndpointSlice가 아직 없으니 ${p.name}에는 엔드포인트가 없습니다. 그래서 nat 체인 대신 “has no endpoints … -j REJECT” filter 규칙이 생깁니다. 잠깐 동안 ${josa(p.ip, '으로/로')}의 연결은 기다리지 않고 바로 거부됩니다. ${p.nodes}개 노드가 모두 동시에 이렇게 합니다.`
	},
	createSlice: {
		title: (p) => `EndpointSlice 컨트롤러가 준비된 파드 ${p.ready}개를 찾습니다`,
		body: (p) =>
			`EndpointSlice 컨트롤러는 Service의 셀렉터를 informer 캐시 속 파드들과 맞춰 봅니다. API 호출은 필요 없습니다. IP가 있는 파드로 슬라이스 ${을(p.slice)} 만듭니다: ${p.addresses || '없음'}. 그리고 POST 합니다. Endpoints 컨트롤러는 예전 방식의 Endpoints 객체를 옆에 POST 합니다. Ready가 아닌 파드는 ready=false로 들어가고 트래픽을 받지 않습니다.`
	},
	persistSlice: {
		title: (p) => `EndpointSlice ${p.slice} 저장`,
		body: (p) =>
			`슬라이스는 ${p.key}에 저장됩니다. 레이블 kubernetes.io/service-name=${p.name}, 관리자는 컨트롤러입니다. 예전 Endpoints 객체는 services/endpoints에 저장됩니다. kube-proxy는 슬라이스만 읽습니다.`
	},
	watchSlice: {
		title: (p) => `슬라이스가 kube-proxy ${p.nodes}개에 동시에 전달됩니다`,
		body: (p) =>
			`쓰기 한 번, 팬아웃 한 번: apiserver가 ADDED endpointslices/${을(p.slice)} 모든 노드의 kube-proxy에 병렬로 보냅니다. 화살표가 함께 출발하는 것이 보입니다. 각 kube-proxy는 캐시를 갱신하고 다시 동기화 중(syncing) 상태가 됩니다.`
	},
	syncRules: {
		title: (p) =>
			Number(p.endpoints) > 0
				? `모든 노드가 ${p.ip}에 대해 같은 규칙을 씁니다`
				: `모든 노드가 다시 동기화: ${p.ip}에는 여전히 엔드포인트가 없습니다`,
		body: (p) =>
			Number(p.endpoints) > 0
				? `각 kube-proxy는 syncProxyRules를 실행하고 결과를 iptables-restore에 넘깁니다. 이제 KUBE-SERVICES가 ${을(p.ip)} KUBE-SVC 체인으로 보내고, KUBE-SVC는 엔드포인트(${p.endpoints}개)마다 하나씩 있는 KUBE-SEP 체인으로 점프하며, 각 KUBE-SEP은 파드로 DNAT 합니다. 모든 노드가 같은 규칙을 갖는 이유는 어느 노드의 어느 파드든 Service로 보낼 수 있고, 주소 변환은 보내는 쪽 노드에서 일어나기 때문입니다. API에는 아무것도 다시 쓰지 않습니다. ${p.ip}에 ping을 보내도 여전히 응답이 없습니다. 규칙은 Service 포트로 가는 TCP만 잡고, 그 주소를 가진 인터페이스는 없기 때문입니다.`
				: `각 kube-proxy가 새 EndpointSlice로 동기화하지만, 준비된 엔드포인트가 하나도 없습니다. 그래서 KUBE-SVC 체인은 여전히 없고, ${p.ip}에 대한 filter 테이블의 REJECT 규칙이 그대로 남습니다. 어느 노드의 파드든 Service로 보낼 수 있으므로 모든 노드가 똑같습니다. API에는 아무것도 다시 쓰지 않습니다.`
	},
	packetOut: {
		title: (p) =>
			p.outcome === 'dnat'
				? `client의 패킷(${p.ip}:${p.port})이 ${josa(p.to, '으로/로')} DNAT 됩니다`
				: `client의 패킷(${p.ip}:${p.port})이 REJECT에 걸립니다`,
		body: (p) =>
			p.outcome === 'dnat'
				? `${p.node}의 파드 ${josa(p.client, '이/가')} ${p.ip}:${josa(p.port, '으로/로')} TCP 연결을 엽니다. 패킷은 파드의 veth를 지나 ${p.node}의 커널로 들어가, nat PREROUTING → KUBE-SERVICES를 지나 Service 규칙에 걸려 KUBE-SVC로 점프합니다. 거기서 마지막을 뺀 각 규칙이 자기 확률(1/n, 1/(n-1), …)로 주사위를 굴리므로 모든 엔드포인트가 같은 확률로 뽑힙니다. 이번에는 ${josa(p.pod, '이/가')} 뽑혔습니다. 그 KUBE-SEP 체인이 목적지를 ${josa(p.to, '으로/로')} 바꿉니다. conntrack이 이 변환을 연결 내내 기억합니다.`
				: `${p.node}의 파드 ${josa(p.client, '이/가')} ${p.ip}:${josa(p.port, '으로/로')} 보냅니다. Service에 준비된 엔드포인트가 없어 KUBE-SVC 체인이 없고, filter 테이블의 REJECT 규칙이 바로 응답합니다.`
	},
	packetDelivered: {
		title: (p) =>
			p.away
				? `${p.node}에서 ${josa(p.backendNode, '으로/로')} 라우팅`
				: `${p.node} 안에서 바로 전달`,
		body: (p) =>
			p.away
				? `DNAT 뒤의 목적지는 파드 IP ${p.to}이고, ${p.backendNode}의 파드 CIDR에 속합니다. 그래서 노드는 여느 파드 간 패킷처럼 그쪽으로 라우팅합니다. 무작위 선택은 파드가 어디서 도는지 보지 않습니다(internalTrafficPolicy Cluster). 그래서 패킷은 보통 출발한 노드를 떠납니다. ${p.backendNode}에서 ${p.pod}에 도착하고, 파드는 client의 실제 IP를 봅니다.`
				: `DNAT 뒤의 목적지 ${josa(p.to, '은/는')} 같은 노드의 파드라서 패킷이 바로 ${josa(p.pod, '으로/로')} 갑니다. 다른 노드로 갈 수도 있었습니다. 선택은 모든 엔드포인트 중에서 무작위입니다.`
	},
	packetReply: {
		title: () => '응답이 돌아오고, conntrack이 DNAT를 되돌립니다',
		body: (p) =>
			`백엔드가 ${p.from}에서 응답합니다. ${p.away ? `응답은 ${josa(p.node, '으로/로')} 라우팅되어 돌아오고, 거기서` : '같은 노드에서'} conntrack이 연결을 알아보고 출발지를 ${p.ip}:${josa(p.port, '으로/로')} 되돌립니다. 그래서 client는 자신이 부른 주소에서 답을 받습니다. 이 연결에서는 규칙을 다시 평가하지 않습니다. 체인을 지나는 것은 첫 패킷뿐입니다.`
	},
	packetRejected: {
		title: () => '연결 거부: Service에 엔드포인트가 없습니다',
		body: (p) =>
			`준비된 엔드포인트가 0개면 kube-proxy는 ${p.ip}:${josa(p.port, '으로/로')} 가는 트래픽을 ICMP port unreachable로 REJECT 하는 filter 규칙을 씁니다. client는 타임아웃을 기다리지 않고 바로 실패합니다(“connection refused”). ${을(p.name)} 스케일 업하면 이 규칙이 nat 체인으로 바뀝니다.`
	},
	scaleCommand: {
		title: (p) => `kubectl이 ${을(p.name)} ${p.from}개에서 ${p.to}개로 스케일합니다`,
		body: (p) =>
			`kubectl은 Deployment의 scale 하위 리소스를 패치합니다. spec.replicas가 ${josa(p.to, '이/가')} 됩니다. kubectl이 하는 쓰기는 이것뿐이고, 나머지는 컨트롤러가 합니다.`
	},
	deploymentSync: {
		title: (p) => `Deployment 컨트롤러가 ${p.rs}의 레플리카를 ${p.to}개로 바꿉니다`,
		body: (p) =>
			`Deployment 컨트롤러가 변경을 보고 현재 ReplicaSet ${p.rs}의 replicas를 ${josa(p.to, '으로/로')} 고칩니다. 템플릿은 그대로라서 새 ReplicaSet도, 롤아웃도 없습니다.`
	},
	replicaSetSync: {
		title: (p) =>
			p.change === 'up'
				? `ReplicaSet 컨트롤러가 파드 ${Number(p.want) - Number(p.have)}개를 만듭니다`
				: p.change === 'down'
					? `ReplicaSet 컨트롤러가 파드 ${Number(p.have) - Number(p.want)}개를 지웁니다`
					: 'ReplicaSet은 이미 원하는 수만큼 파드가 있습니다',
		body: (p) =>
			p.change === 'up'
				? `${p.rs}에는 파드가 ${p.have}개, 원하는 수는 ${p.want}개: ${을(p.created)} POST 합니다. 아직 노드도 IP도 없는 Pending 상태라 엔드포인트가 아닙니다.`
				: p.change === 'down'
					? `${p.rs}에는 파드가 ${p.have}개, 원하는 수는 ${p.want}개: ${을(p.deleted)} 지웁니다. 자기 파드가 더 많은 노드의 파드, 그다음 가장 새 파드를 먼저 고릅니다. 지워진 파드는 먼저 deletionTimestamp를 받고, 최대 30초의 유예 기간 동안 Terminating입니다.`
					: `${josa(p.rs, '은/는')} 이미 파드 ${p.have}개를 돌리고 있습니다. 할 일이 없습니다.`
	},
	deleteCommand: {
		title: (p) => `kubectl이 파드 ${을(p.pod)} 지웁니다`,
		body: () =>
			`apiserver는 파드를 바로 없애지 않습니다. deletionTimestamp와 30초 유예 기간을 설정하고, 파드는 Terminating으로 보입니다. kubelet이 파드를 멈추고, 컨트롤러들은 바로 반응합니다.`
	},
	controllersReact: {
		title: (p) => `컨트롤러 두 개가 ${p.pod}의 종료에 반응합니다`,
		body: (p) =>
			`ReplicaSet 컨트롤러는 종료 중인 파드를 세지 않으므로 원하는 수를 맞추려고 ${을(p.created)} 만듭니다. 동시에 EndpointSlice 컨트롤러는 ${p.slice}에서 ${p.pod}의 엔드포인트를 ready=false, terminating=true로 표시합니다.`
	},
	sliceUpdate: {
		title: (p) => `EndpointSlice의 준비된 엔드포인트: ${p.ready}개`,
		body: (p) =>
			`EndpointSlice 컨트롤러가 ${을(p.slice)} 파드의 현재 상태에 맞춥니다: 준비 ${p.ready}개, 종료 중 ${p.terminating}개, 모두 ${p.total}개. ${p.fallback ? `준비된 엔드포인트가 없으므로 kube-proxy는 새 연결을 거부하지 않고, 종료 중이지만 아직 서비스하는 ${p.fallback}개로 계속 보냅니다.` : '새 연결은 준비된 엔드포인트만 받습니다.'}`
	},
	resync: {
		title: (p) =>
			p.changed
				? `kube-proxy ${p.nodes}개가 모두 다시 동기화: 엔드포인트 ${p.endpoints}개`
				: `kube-proxy ${p.nodes}개가 모두 다시 동기화: 바뀐 규칙 없음`,
		body: (p) =>
			p.changed
				? `MODIFIED endpointslices/${josa(p.slice, '이/가')} 모든 kube-proxy에 동시에 도착하고, 각자 규칙을 다시 씁니다. 엔드포인트와 함께 KUBE-SEP 체인이 생기거나 사라지고, KUBE-SVC의 확률은 엔드포인트 ${p.endpoints}개에 맞게 다시 계산됩니다. 모든 노드가 다시 같은 테이블을 갖습니다.`
				: `MODIFIED endpointslices/${josa(p.slice, '이/가')} 모든 kube-proxy에 동시에 도착하고 각자 동기화를 하지만, 규칙에 들어가는 엔드포인트는 그대로입니다(바뀐 것은 이미 규칙에서 빠졌습니다). 새로 쓸 것이 없습니다. 모든 노드가 같은 테이블을 유지합니다.`
	},
	scheduleNew: {
		title: (p) => `스케줄러가 새 파드 ${p.count}개를 바인딩합니다`,
		body: (p) =>
			`새 파드마다 실제 스케줄링 사이클(파드 생성 흐름과 같은 필터와 점수)을 거칩니다: ${p.placed}.`
	},
	kubeletsWork: {
		title: () => 'kubelet들이 파드를 시작하고 멈춥니다',
		body: (p) =>
			`${p.started ? `시작: ${p.started}(파드 IP ${p.ips}), Running이고 Ready. ` : ''}${p.stopped ? `멈추고 삭제: ${p.stopped}. ` : ''}각 kubelet이 apiserver에 보고하고, EndpointSlice 컨트롤러가 그것을 보고 있습니다.`
	},
	nodeJoins: {
		title: (p) => `${josa(p.node, '이/가')} 클러스터에 들어옵니다`,
		body: (p) =>
			`새 머신의 kubelet이 Node ${을(p.node)} 등록합니다(주소 ${p.address}, 파드 CIDR ${p.cidr}). DaemonSet 컨트롤러와 스케줄러가 이를 알게 됩니다.`
	},
	daemonSetPod: {
		title: (p) => `DaemonSet kube-proxy가 ${p.node}용 ${을(p.pod)} 만듭니다`,
		body: (p) =>
			`kube-proxy는 DaemonSet입니다. 노드마다 파드가 하나씩 있습니다. DaemonSet 컨트롤러는 파드가 없는 노드를 보고 ${을(p.pod)} 만들어 노드 어피니티로 ${p.node}에 묶습니다.`
	},
	bindProxyPod: {
		title: (p) => `스케줄러가 ${을(p.pod)} ${p.node}에 바인딩합니다`,
		body: () =>
			`DaemonSet 파드도 기본 스케줄러를 거칩니다. 노드 어피니티 때문에 가능한 노드는 딱 하나입니다.`
	},
	startProxyPod: {
		title: (p) => `${p.node}에서 kube-proxy가 시작됩니다`,
		body: (p) =>
			`${p.node}의 kubelet이 ${을(p.pod)} 호스트 네트워크 네임스페이스(hostNetwork)에서 시작합니다. 그래야 그 노드의 iptables를 다룰 수 있습니다.`
	},
	proxyLists: {
		title: (p) =>
			`새 kube-proxy가 Service ${p.services}개와 EndpointSlice ${p.slices}개를 LIST 합니다`,
		body: (p) =>
			`새 informer는 먼저 전부를 LIST 하고, 그 시점부터 watch 합니다. 이제 ${p.node}의 kube-proxy는 클러스터의 모든 Service를 압니다.`
	},
	syncNode: {
		title: () => '전체 동기화로 새 노드에 모든 규칙을 씁니다',
		body: () =>
			`첫 동기화는 테이블 전체를 한 번에 씁니다. 다른 모든 노드와 같은 규칙입니다. 다른 노드들은 아무것도 하지 않습니다. 바뀐 Service나 엔드포인트가 없으니까요.`
	}
};
