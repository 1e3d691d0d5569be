/** The Kubernetes source files the Service flow follows, and which of them each step follows. */
import { sourceFile as f, SPREAD, type FlowSources } from '../kit/sources';
import type { ServiceStepId } from './machine';

const EXPOSE = 'staging/src/k8s.io/kubectl/pkg/cmd/expose/expose.go';
const CREATE = 'staging/src/k8s.io/apiserver/pkg/endpoints/handlers/create.go';
const DEFAULTS = 'pkg/apis/core/v1/defaults.go';
const STORE = 'staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go';
const SERVICE_STORAGE = 'pkg/registry/core/service/storage/storage.go';
const ALLOC = 'pkg/registry/core/service/storage/alloc.go';
const IP_ALLOCATOR = 'pkg/registry/core/service/ipallocator/ipallocator.go';
const DEFAULT_CIDR =
	'pkg/controlplane/controller/defaultservicecidr/default_servicecidr_controller.go';
const CACHER = 'staging/src/k8s.io/apiserver/pkg/storage/cacher/cacher.go';
const PROXY_SERVER = 'cmd/kube-proxy/app/server.go';
const PROXY_CONFIG = 'pkg/proxy/config/config.go';
const PROXIER = 'pkg/proxy/iptables/proxier.go';
const SLICES = 'pkg/controller/endpointslice/endpointslice_controller.go';
const RECONCILER = 'staging/src/k8s.io/endpointslice/reconciler.go';
const ENDPOINTS = 'pkg/controller/endpoint/endpoints_controller.go';
const SCALE = 'staging/src/k8s.io/kubectl/pkg/cmd/scale/scale.go';
const DEPLOYMENT = 'pkg/controller/deployment/sync.go';
const RS = 'pkg/controller/replicaset/replica_set.go';
const UTILS = 'pkg/controller/controller_utils.go';
const DELETE = 'pkg/registry/core/pod/strategy.go';
const SCHEDULE = 'pkg/scheduler/schedule_one.go';
const RUNTIME = 'pkg/kubelet/kuberuntime/kuberuntime_manager.go';
const STATUS = 'pkg/kubelet/status/status_manager.go';
const REGISTER = 'pkg/kubelet/kubelet_node_status.go';
const IPAM = 'pkg/controller/nodeipam/ipam/range_allocator.go';
const DAEMON = 'pkg/controller/daemon/daemon_controller.go';
const KUBEADM_PROXY = 'cmd/kubeadm/app/phases/addons/proxy/manifests.go';

export const sources: FlowSources = {
	files: [
		f(
			EXPOSE,
			"kubectl expose: the Deployment's selector copied",
			'kubectl expose: Deployment의 셀렉터 복사'
		),
		f(
			CREATE,
			'decode with defaults, mutating admission, then the storage',
			'기본값과 함께 디코딩, 변형 어드미션, 그다음 저장소'
		),
		f(
			DEFAULTS,
			'the Service defaults: type, sessionAffinity, internalTrafficPolicy',
			'Service 기본값: type, sessionAffinity, internalTrafficPolicy'
		),
		f(
			STORE,
			'BeginCreate before validation and validating admission',
			'유효성 검사와 검증 어드미션보다 먼저 오는 BeginCreate'
		),
		f(
			SERVICE_STORAGE,
			'beginCreate: the ClusterIP, ipFamilies and ipFamilyPolicy',
			'beginCreate: ClusterIP, ipFamilies, ipFamilyPolicy'
		),
		f(
			ALLOC,
			'allocateCreate: a ClusterIP for each of the ipFamilies',
			'allocateCreate: ipFamilies마다 ClusterIP 하나'
		),
		f(
			IP_ALLOCATOR,
			'a random free address from the upper band, taken by creating its IPAddress',
			'범위 위쪽 구간에서 무작위로 고른 빈 주소, IPAddress를 만들어 차지'
		),
		f(
			DEFAULT_CIDR,
			'the default ServiceCIDR kubernetes, made from --service-cluster-ip-range',
			'--service-cluster-ip-range로 만드는 기본 ServiceCIDR kubernetes'
		),
		f(CACHER, 'the watch fan-out to every matching watcher', '셀렉터가 맞는 모든 watcher에 전달'),
		f(
			PROXY_SERVER,
			"kube-proxy's informers and their label selector",
			'kube-proxy의 인포머와 레이블 셀렉터'
		),
		f(
			PROXY_CONFIG,
			'Service and EndpointSlice handlers asking for a sync',
			'동기화를 요청하는 Service·EndpointSlice 핸들러'
		),
		f(
			PROXIER,
			'the rules: KUBE-SERVICES, KUBE-SVC, KUBE-SEP, REJECT, KUBE-FORWARD',
			'규칙: KUBE-SERVICES, KUBE-SVC, KUBE-SEP, REJECT, KUBE-FORWARD'
		),
		f(
			SLICES,
			'the EndpointSlice controller watching Services and pods',
			'Service와 파드를 watch 하는 EndpointSlice 컨트롤러'
		),
		f(
			RECONCILER,
			"a slice's endpoints and their conditions",
			'EndpointSlice의 엔드포인트와 상태 조건'
		),
		f(
			ENDPOINTS,
			'the legacy Endpoints, without terminating pods',
			'종료 중인 파드를 뺀 레거시 Endpoints'
		),
		f(SCALE, 'kubectl scale: the scale subresource', 'kubectl scale: scale 하위 리소스'),
		f(DEPLOYMENT, 'the Deployment scaling its ReplicaSet', 'ReplicaSet 크기를 바꾸는 Deployment'),
		f(RS, 'the ReplicaSet creating and deleting pods', '파드를 만들고 지우는 ReplicaSet'),
		f(UTILS, 'which pod a scale-down deletes first', '스케일 다운 때 먼저 지우는 파드'),
		f(
			DELETE,
			'graceful deletion: deletionTimestamp first',
			'정상 종료 삭제: 먼저 deletionTimestamp'
		),
		f(SCHEDULE, 'scheduling the new pods', '새 파드 스케줄링'),
		f(
			SPREAD,
			'PodTopologySpread: replicas spread over the nodes by default',
			'PodTopologySpread: 기본으로 레플리카를 노드에 퍼뜨림'
		),
		f(
			RUNTIME,
			'the kubelet starting and stopping containers',
			'컨테이너를 시작하고 멈추는 kubelet'
		),
		f(STATUS, "the kubelet's status PATCH", 'kubelet의 상태 PATCH'),
		f(REGISTER, 'a new node registering itself', '새 노드의 자기 등록'),
		f(IPAM, "the new node's pod CIDR, with a PATCH", '새 노드의 파드 CIDR, PATCH로'),
		f(
			DAEMON,
			'the DaemonSet controller creating kube-proxy',
			'kube-proxy를 만드는 DaemonSet 컨트롤러'
		),
		f(
			KUBEADM_PROXY,
			"kubeadm's kube-proxy DaemonSet: it tolerates every taint",
			'kubeadm의 kube-proxy DaemonSet: 모든 테인트 허용'
		)
	],
	steps: {
		exposeCommand: [EXPOSE],
		servicePipeline: [CREATE, DEFAULTS, STORE, SERVICE_STORAGE, ALLOC, IP_ALLOCATOR, DEFAULT_CIDR],
		persistService: [STORE],
		watchService: [CACHER, PROXY_SERVER],
		syncNoEndpoints: [PROXY_CONFIG, PROXIER],
		createSlice: [SLICES, RECONCILER],
		persistSlice: [RECONCILER, ENDPOINTS],
		watchSlice: [CACHER, PROXY_SERVER],
		syncRules: [PROXY_CONFIG, PROXIER],
		packetOut: [PROXIER],
		packetDelivered: [PROXIER],
		packetReply: [PROXIER],
		packetRejected: [PROXIER],
		scaleCommand: [SCALE],
		deploymentSync: [DEPLOYMENT],
		replicaSetSync: [RS, UTILS],
		deleteCommand: [DELETE],
		controllersReact: [RS, RECONCILER, ENDPOINTS],
		sliceUpdate: [CACHER, RECONCILER],
		resync: [PROXY_CONFIG, PROXIER],
		scheduleNew: [SCHEDULE, SPREAD],
		kubeletsWork: [RUNTIME, STATUS],
		nodeJoins: [REGISTER, IPAM],
		daemonSetPod: [DAEMON, KUBEADM_PROXY],
		bindProxyPod: [SCHEDULE],
		startProxyPod: [RUNTIME, STATUS],
		proxyLists: [PROXY_SERVER, PROXY_CONFIG],
		syncNode: [PROXIER]
	} satisfies Record<ServiceStepId, string[]>
};
