/**
 * Narration of the Service flow's steps in Korean (same keys and params as en.ts): 합니다체
 * throughout, titles included, in the terms of src/lib/i18n/glossary.md.
 */
import type { NarrationOf } from '$lib/flows/kit/narration';
import type { ServiceStep } from '../machine';
import { josa } from '$lib/i18n/josa';

const 을 = (w: string | number) => josa(String(w), '을/를');
/** “10.96.0.10:80으로”: an address and port, with the particle its port number takes. */
const 으로 = (ip: string | number, port: string | number) => josa(`${ip}:${port}`, '으로/로');

export const serviceStepsKo: NarrationOf<ServiceStep> = {
	exposeCommand: {
		title: (p) => `kubectl이 Deployment ${josa(p.name, '을/를')} 노출합니다`,
		body: (p) =>
			`Deployment ${p.name}의 파드 앞에 둘 Service를 요청합니다. kubectl은 먼저 Deployment를 GET 해서 셀렉터(app=${p.name})를 복사한 뒤 Service를 POST 합니다. Service의 포트는 ${p.port}, 파드 쪽 targetPort는 ${p.targetPort}입니다. Service는 API 안의 오브젝트일 뿐이며, 프로세스도 네트워크 인터페이스도 없습니다.`
	},
	servicePipeline: {
		title: (p) => `kube-apiserver가 Service를 승인하고 ${을(p.ip)} 할당합니다`,
		body: (p) =>
			`Service도 파드와 같은 처리 단계를 거칩니다. 먼저 인증과 RBAC 인가를 통과합니다. 기본값(type ClusterIP, sessionAffinity None, internalTrafficPolicy Cluster)은 요청을 디코딩할 때, 어떤 어드미션 플러그인보다도 먼저 채워집니다. 변형 어드미션에서는 바꿀 것이 없습니다. 그다음 유효성 검사보다 먼저, Service의 REST 저장소가 --service-cluster-ip-range(${p.cidr})에서 ClusterIP ${을(p.ip)} 할당합니다. 주소는 범위의 위쪽에서 무작위로 고르고, 아래쪽은 사람이 직접 지정하는 주소를 위해 남겨 둡니다. 할당기는 이 주소를 별도의 오브젝트로 남깁니다. kube-apiserver가 자체(루프백) 클라이언트로 ServiceCIDR ${p.serviceCIDR} 범위 안의 IPAddress ${을(p.ip)} 만듭니다. 이 오브젝트의 managed-by 레이블은 ipallocator.k8s.io이고, parentRef는 이 Service를 가리킵니다. 이 오브젝트가 ${p.key}에 리비전 ${josa(p.revision, '으로/로')} 저장되고, 그다음에야 Service가 저장됩니다. 어떤 주소가 이미 쓰이는지는 할당기가 IPAddress를 watch해서 알고 있으므로, 그런 주소는 건너뜁니다. v1.33부터는 ClusterIP 하나하나가 이런 오브젝트이고(kubectl get ipaddresses로 볼 수 있습니다), v1.34부터는 예전 할당기의 비트맵 /registry/ranges/serviceips를 함께 쓰지 않습니다. 유효성 검사와 검증 어드미션은 주소까지 채워진 Service를 확인합니다. 이 주소를 가진 머신은 없습니다. 주소는 API 안에만 있습니다.`
	},
	persistService: {
		title: (p) =>
			`Service ${josa(p.name, '이/가')} 리비전 ${josa(p.revision, '으로/로')} 저장됩니다`,
		body: (p) =>
			`Service가 etcd에 저장됩니다. 키는 ${josa(p.key, '으로/로')}, services/ 바로 아래가 아니라 services/specs 아래에 있습니다. kubectl은 “service/${p.name} exposed”를 출력합니다. 아직 어느 노드에도 바뀐 것이 없습니다. ClusterIP ${josa(p.ip, '은/는')} 모든 kube-proxy가 규칙을 쓴 뒤에야 동작합니다.`
	},
	watchService: {
		title: (p) =>
			`ADDED 이벤트 하나가 kube-controller-manager와 kube-proxy ${p.nodes}개에 동시에 갑니다`,
		body: (p) =>
			`Service를 watch 하는 것은 kube-controller-manager와 각 노드의 kube-proxy입니다. kube-controller-manager에서는 EndpointSlice 컨트롤러와 Endpoints 컨트롤러가 이벤트를 받습니다. kube-proxy의 watch에는 레이블 셀렉터가 붙어 있어서, 다른 프록시가 맡는 Service(service.kubernetes.io/service-proxy-name 레이블이 있는 것)는 받지 않습니다. ${p.name}에는 그런 레이블이 없습니다. CoreDNS도 DNS 이름에 답하려고 Service와 EndpointSlice를 watch 하지만, 그림에는 그 화살표를 그리지 않았습니다. kube-apiserver는 같은 ADDED 이벤트를 셀렉터가 맞는 모든 watch에 한꺼번에 보냅니다. 각 kube-proxy는 Service ${을(p.name)} 캐시에 넣고 동기화를 요청하며, 상태가 동기화 중(syncing)으로 바뀝니다.`
	},
	syncNoEndpoints: {
		title: () => '모든 kube-proxy가 엔드포인트가 아직 없는 Service를 동기화합니다',
		body: (p) =>
			`kube-proxy는 기다리지 않습니다. 마지막 동기화 후 1초(minSyncPeriod)가 지났으면 바로 동기화합니다. EndpointSlice가 아직 없으므로 Service ${p.name}에는 엔드포인트가 없습니다. 그래서 nat 체인 대신 “has no endpoints … -j REJECT” filter 규칙이 생깁니다. 그동안 ${josa(p.ip, '으로/로')} 가는 연결은 기다리지 않고 바로 거부됩니다. 노드 ${p.nodes}개가 모두 동시에 이렇게 합니다.`
	},
	createSlice: {
		title: (p) => `EndpointSlice 컨트롤러가 준비된 파드 ${p.ready}개를 찾습니다`,
		body: (p) =>
			`EndpointSlice 컨트롤러가 Service의 셀렉터에 맞는 파드를 찾습니다. 인포머 캐시에서 찾으므로 API 호출은 필요 없습니다. IP가 있는 파드를 모두 모아 EndpointSlice ${을(p.slice)} 만듭니다. ${p.addresses ? `주소는 ${p.addresses}입니다.` : '아직 IP가 있는 파드는 없습니다.'} 컨트롤러는 이 EndpointSlice를 POST 하고, Endpoints 컨트롤러는 예전 방식의 Endpoints 오브젝트를 함께 POST 합니다. Ready가 아닌 파드는 ready=false로 들어가며 트래픽을 받지 않습니다.`
	},
	persistSlice: {
		title: (p) => `EndpointSlice ${josa(p.slice, '이/가')} 저장됩니다`,
		body: (p) =>
			`EndpointSlice가 etcd에 저장됩니다. 키는 ${p.key}입니다. kubernetes.io/service-name=${p.name} 레이블이 붙고, endpointslice.kubernetes.io/managed-by 레이블은 EndpointSlice 컨트롤러가 이 오브젝트를 관리한다는 표시입니다. 예전 방식의 Endpoints 오브젝트는 services/endpoints 아래에 저장됩니다. 여기에는 endpoints.kubernetes.io/managed-by=endpoint-controller 레이블이 붙어, 사용자가 직접 만든 Endpoints와 구별됩니다. kube-proxy는 EndpointSlice만 읽습니다.`
	},
	watchSlice: {
		title: (p) => `EndpointSlice가 kube-proxy ${p.nodes}개에 동시에 전달됩니다`,
		body: (p) =>
			`kube-apiserver가 새 EndpointSlice를 모든 kube-proxy에 보냅니다. kube-proxy의 셀렉터가 거르는 것은 service.kubernetes.io/headless 레이블(ClusterIP가 없는 Service라 프록시할 것이 없음)이나 service.kubernetes.io/service-proxy-name 레이블이 붙은 EndpointSlice뿐입니다. 쓰기는 한 번이고, 이벤트는 한꺼번에 퍼집니다. 모든 노드의 kube-proxy에 ADDED endpointslices/${p.slice} 이벤트가 병렬로 가고, 그림에서도 화살표가 함께 출발합니다. 각 kube-proxy는 캐시를 갱신하고 다시 동기화 중(syncing) 상태가 됩니다.`
	},
	syncRules: {
		title: (p) =>
			Number(p.endpoints) > 0
				? `모든 노드가 ${p.ip}에 대해 같은 규칙을 씁니다`
				: `모든 노드가 다시 동기화하지만 ${p.ip}에는 여전히 엔드포인트가 없습니다`,
		body: (p) =>
			Number(p.endpoints) > 0
				? `각 kube-proxy가 syncProxyRules로 규칙을 새로 씁니다. 결과는 iptables-restore에 넘깁니다. 이제 KUBE-SERVICES가 ${을(p.ip)} KUBE-SVC 체인으로 보내고, KUBE-SVC는 엔드포인트마다 하나씩 있는 KUBE-SEP 체인(${p.endpoints}개)으로 점프합니다. 각 KUBE-SEP 체인은 파드로 DNAT 합니다. 어느 노드의 파드든 Service로 보낼 수 있고 주소 변환은 보내는 쪽 노드에서 일어나므로, 모든 노드가 같은 규칙을 갖습니다. API에는 아무것도 다시 쓰지 않습니다. ${p.ip}에 ping을 보내도 여전히 응답이 없습니다. 규칙은 Service 포트로 가는 TCP만 잡고, 그 주소를 가진 인터페이스도 없기 때문입니다.`
				: `각 kube-proxy가 새 EndpointSlice로 다시 동기화합니다. 하지만 준비된 엔드포인트가 하나도 없습니다. 그래서 KUBE-SVC 체인은 여전히 없고, ${p.ip}에 대한 filter 테이블의 REJECT 규칙이 그대로 남습니다. 어느 노드의 파드든 Service로 보낼 수 있으므로 모든 노드가 똑같습니다. API에는 아무것도 다시 쓰지 않습니다.`
	},
	packetOut: {
		title: (p) =>
			p.outcome === 'dnat'
				? `${으로(p.ip, p.port)} 가는 클라이언트 패킷이 ${josa(p.to, '으로/로')} DNAT 됩니다`
				: `${으로(p.ip, p.port)} 가는 클라이언트 패킷이 REJECT에 걸립니다`,
		body: (p) =>
			p.outcome === 'dnat'
				? `${p.node}의 파드 ${josa(p.client, '이/가')} ${으로(p.ip, p.port)} TCP 연결을 엽니다. 패킷은 파드의 veth를 지나 ${p.node}의 커널로 들어갑니다. nat PREROUTING → KUBE-SERVICES에서 Service 규칙에 걸려 KUBE-SVC로 점프합니다. KUBE-SVC에서는 마지막 규칙을 뺀 각 규칙이 자기 확률(1/n, 1/(n-1), …)로 주사위를 굴리므로, 모든 엔드포인트가 뽑힐 확률이 같습니다. 이번에는 ${josa(p.pod, '이/가')} 뽑혔습니다. 그 KUBE-SEP 체인이 목적지를 ${josa(p.to, '으로/로')} 바꿉니다. conntrack은 연결이 끝날 때까지 이 변환을 기억합니다.`
				: `${p.node}의 파드 ${josa(p.client, '이/가')} ${으로(p.ip, p.port)} 패킷을 보냅니다. Service에 준비된 엔드포인트가 없어 KUBE-SVC 체인이 없습니다. FORWARD에서 이어지는 filter 테이블의 REJECT 규칙이 바로 응답합니다.`
	},
	packetDelivered: {
		title: (p) =>
			p.away
				? `패킷이 ${p.node}에서 ${josa(p.backendNode, '으로/로')} 라우팅됩니다`
				: `패킷이 ${p.node} 안에서 바로 전달됩니다`,
		body: (p) =>
			p.away
				? `DNAT 후의 목적지 ${josa(p.to, '은/는')} ${p.backendNode}의 파드입니다. 이 IP는 ${p.backendNode}의 파드 CIDR에 속하므로, 노드는 다른 파드 간 패킷과 똑같이 그쪽으로 라우팅합니다. internalTrafficPolicy가 Cluster이므로 무작위 선택은 파드가 어느 노드에 있는지 따지지 않습니다. 그래서 패킷은 대개 출발한 노드를 떠납니다. ${p.backendNode}에 도착한 패킷은 ${p.pod}에 전달되고, 파드는 클라이언트의 실제 IP를 봅니다.`
				: `DNAT 후의 목적지 ${josa(p.to, '은/는')} 같은 노드의 파드입니다. 그래서 패킷은 바로 ${josa(p.pod, '으로/로')} 갑니다. 다른 노드로 갈 수도 있었습니다. 선택은 모든 엔드포인트 중에서 무작위로 이루어집니다.`
	},
	packetReply: {
		title: () => '응답이 돌아오고, conntrack이 DNAT를 되돌립니다',
		body: (p) =>
			`백엔드가 ${p.from}에서 응답합니다. ${p.away ? `응답은 ${josa(p.node, '으로/로')} 라우팅되어 돌아오고, 거기서` : '같은 노드에서'} conntrack이 연결을 알아보고 출발지를 ${으로(p.ip, p.port)} 되돌립니다. 그래서 클라이언트는 자신이 호출한 주소에서 응답을 받습니다. 이 연결의 나머지 패킷이 건너뛰는 것은 nat 테이블뿐입니다. 변환은 첫 패킷이 정했고, conntrack이 이후 패킷마다 그 변환을 그대로 적용합니다. filter 테이블은 여전히 패킷마다 거치며, kube-proxy의 KUBE-FORWARD 체인이 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT 규칙으로 통과시킵니다.`
	},
	packetRejected: {
		title: () => '연결 거부: Service에 엔드포인트가 없습니다',
		body: (p) =>
			`준비된 엔드포인트가 없으면 kube-proxy는 REJECT 규칙을 씁니다. filter 테이블의 이 규칙은 ${으로(p.ip, p.port)} 가는 트래픽을 ICMP port unreachable로 거부합니다. 그래서 클라이언트는 타임아웃을 기다리지 않고 “connection refused”로 바로 실패합니다. Deployment ${을(p.name)} 스케일 업하면 이 규칙이 nat 체인으로 바뀝니다.`
	},
	scaleCommand: {
		title: (p) => `kubectl이 Deployment ${을(p.name)} ${p.from}개에서 ${p.to}개로 스케일합니다`,
		body: (p) =>
			`kubectl이 Deployment의 scale 하위 리소스를 패치합니다. spec.replicas가 ${josa(p.to, '이/가')} 됩니다. kubectl이 쓰는 것은 이것뿐이고, 나머지는 컨트롤러가 합니다.`
	},
	deploymentSync: {
		title: (p) => `Deployment 컨트롤러가 ${p.rs}의 레플리카를 ${p.to}개로 바꿉니다`,
		body: (p) =>
			`Deployment 컨트롤러가 변경을 알아채고 현재 ReplicaSet을 고칩니다. ReplicaSet ${p.rs}의 replicas가 ${josa(p.to, '이/가')} 됩니다. 템플릿은 바뀌지 않았으므로 새 ReplicaSet도, 롤아웃도 없습니다.`
	},
	replicaSetSync: {
		title: (p) =>
			p.change === 'up'
				? `ReplicaSet 컨트롤러가 파드 ${Number(p.want) - Number(p.have)}개를 만듭니다`
				: p.change === 'down'
					? `ReplicaSet 컨트롤러가 파드 ${Number(p.have) - Number(p.want)}개를 삭제합니다`
					: 'ReplicaSet에는 이미 의도한 수만큼 파드가 있습니다',
		body: (p) =>
			p.change === 'up'
				? `${p.rs}에는 파드가 ${p.have}개 있고, 의도한 수는 ${p.want}개입니다. 그래서 ${을(p.created)} POST 합니다. 새 파드는 아직 노드도 IP도 없는 Pending 상태라 엔드포인트가 아닙니다.`
				: p.change === 'down'
					? `${p.rs}에는 파드가 ${p.have}개 있고, 의도한 수는 ${p.want}개입니다. 그래서 ${을(p.deleted)} 삭제합니다. 자기 파드가 더 많이 실행 중인 노드의 파드를 먼저 고르고, 그다음은 가장 새 파드입니다. 삭제된 파드는 먼저 deletionTimestamp를 받고, 최대 30초의 유예 기간 동안 Terminating 상태로 있습니다.`
					: `${p.rs}에서는 이미 파드 ${p.have}개가 실행 중이므로 할 일이 없습니다.`
	},
	deleteCommand: {
		title: (p) => `kubectl이 파드 ${을(p.pod)} 삭제합니다`,
		body: () =>
			`kube-apiserver는 파드를 바로 없애지 않습니다. deletionTimestamp와 30초 유예 기간을 설정하고, 파드는 Terminating으로 표시됩니다. 파드를 멈추는 것은 kubelet이고, 컨트롤러들은 곧바로 반응합니다.`
	},
	controllersReact: {
		title: (p) => `컨트롤러 두 개가 ${p.pod}의 종료에 반응합니다`,
		body: (p) =>
			`ReplicaSet 컨트롤러는 종료 중인 파드를 세지 않습니다. 그래서 의도한 수를 맞추려고 ${을(p.created)} 만듭니다. 동시에 EndpointSlice 컨트롤러는 EndpointSlice ${p.slice}에서 ${p.pod}의 엔드포인트를 ready=false, terminating=true로 표시합니다.`
	},
	sliceUpdate: {
		title: (p) => `EndpointSlice의 준비된 엔드포인트가 ${p.ready}개가 됩니다`,
		body: (p) =>
			`EndpointSlice 컨트롤러가 ${을(p.slice)} 파드 상태에 맞게 고칩니다. 준비된 엔드포인트는 ${p.ready}개, 종료 중인 엔드포인트는 ${p.terminating}개, 모두 ${p.total}개입니다. ${p.fallback ? `준비된 엔드포인트가 없으므로 kube-proxy는 새 연결을 거부하지 않습니다. 종료 중이지만 아직 요청을 처리하는 엔드포인트 ${p.fallback}개로 계속 보냅니다.` : '새 연결은 준비된 엔드포인트로만 갑니다.'}`
	},
	resync: {
		title: (p) =>
			p.changed
				? `kube-proxy ${p.nodes}개가 모두 엔드포인트 ${p.endpoints}개로 다시 동기화합니다`
				: `kube-proxy ${p.nodes}개가 모두 다시 동기화하지만 바뀐 규칙은 없습니다`,
		body: (p) =>
			p.changed
				? `EndpointSlice 변경이 모든 kube-proxy에 동시에 도착합니다. MODIFIED endpointslices/${을(p.slice)} 받은 각 kube-proxy가 규칙을 다시 씁니다. 엔드포인트에 따라 KUBE-SEP 체인이 생기거나 사라지고, KUBE-SVC의 확률은 엔드포인트 ${p.endpoints}개에 맞게 다시 계산됩니다. 모든 노드가 다시 같은 테이블을 갖습니다.`
				: `EndpointSlice 변경이 모든 kube-proxy에 동시에 도착합니다. MODIFIED endpointslices/${을(p.slice)} 받은 각 kube-proxy가 동기화하지만, 규칙에 들어갈 엔드포인트는 그대로입니다. 바뀐 엔드포인트는 이미 규칙에서 빠졌기 때문입니다. 새로 쓸 것이 없으므로 모든 노드가 같은 테이블을 유지합니다.`
	},
	scheduleNew: {
		title: (p) => `kube-scheduler가 새 파드 ${p.count}개를 바인딩합니다`,
		body: (p) =>
			`새 파드마다 실제 스케줄링 사이클을 거칩니다. 파드 생성 흐름과 같은 필터와 점수로 노드를 고릅니다. 결과는 ${p.placed}입니다.`
	},
	kubeletsWork: {
		title: () => 'kubelet들이 파드를 시작하고 멈춥니다',
		body: (p) =>
			[
				'각 kubelet이 kube-apiserver에 파드 상태를 보고합니다. EndpointSlice 컨트롤러는 이 변화를 watch 하고 있습니다.',
				p.started
					? `Running이고 Ready가 된 파드는 ${p.started}이고, 파드 IP는 ${p.ips}입니다.`
					: '',
				p.stopped ? `멈추고 삭제한 파드는 ${p.stopped}입니다.` : ''
			]
				.filter(Boolean)
				.join(' ')
	},
	nodeJoins: {
		title: (p) => `${josa(p.node, '이/가')} 클러스터에 합류합니다`,
		body: (p) =>
			`새 머신의 kubelet이 주소 ${p.address}로 Node 오브젝트 ${을(p.node)} 등록합니다. DaemonSet 컨트롤러와 kube-scheduler가 watch로 새 노드를 알게 됩니다. 이 노드에는 아직 파드 CIDR이 없습니다. kube-controller-manager의 노드 IPAM 컨트롤러가 PATCH로 ${josa(p.cidr, '을/를')} 줍니다. 이것도 따로 하는 쓰기입니다.`
	},
	daemonSetPod: {
		title: (p) => `DaemonSet kube-proxy가 ${p.node}용 ${을(p.pod)} 만듭니다`,
		body: (p) =>
			`kube-proxy는 노드마다 파드 하나를 두는 DaemonSet입니다. DaemonSet 컨트롤러는 kube-proxy 파드가 없는 노드를 발견하고 ${을(p.pod)} 만듭니다. 이 파드는 노드 어피니티로 ${p.node}에 고정됩니다.`
	},
	bindProxyPod: {
		title: (p) => `kube-scheduler가 ${을(p.pod)} ${p.node}에 바인딩합니다`,
		body: () =>
			`DaemonSet 파드도 kube-scheduler를 거칩니다. 노드 어피니티 때문에 조건에 맞는 노드는 하나뿐입니다.`
	},
	startProxyPod: {
		title: (p) => `${p.node}에서 kube-proxy가 시작됩니다`,
		body: (p) =>
			`${p.node}의 kubelet이 ${을(p.pod)} 시작합니다. 이 파드는 호스트의 네트워크 네임스페이스(hostNetwork)에서 실행되므로 그 노드의 iptables를 다룰 수 있습니다.`
	},
	proxyLists: {
		title: (p) =>
			`새 kube-proxy가 Service ${p.services}개와 EndpointSlice ${p.slices}개를 LIST 합니다`,
		body: (p) =>
			`새 인포머는 먼저 모든 오브젝트를 LIST 합니다. 그다음 그 시점부터 watch 합니다. 이제 ${p.node}의 kube-proxy는 클러스터의 모든 Service를 압니다.`
	},
	syncNode: {
		title: () => '전체 동기화가 새 노드에 모든 규칙을 씁니다',
		body: () =>
			`첫 동기화는 테이블 전체를 한 번에 씁니다. 규칙은 다른 모든 노드와 같습니다. Service도 엔드포인트도 바뀌지 않았으므로 다른 노드들은 아무것도 하지 않습니다.`
	}
};
