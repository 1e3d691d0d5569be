/** The Kubernetes source files the kubectl-get flow follows, and which of them each step follows. */
import { sourceFile as f, type FlowSources } from '../kit/sources';
import type { KubectlGetStepId } from './machine';

const GET = 'staging/src/k8s.io/kubectl/pkg/cmd/get/get.go';
const CONFIG_FLAGS = 'staging/src/k8s.io/cli-runtime/pkg/genericclioptions/config_flags.go';
const DISCOVERY = 'staging/src/k8s.io/client-go/discovery/discovery_client.go';
const X509 = 'staging/src/k8s.io/apiserver/pkg/authentication/request/x509/x509.go';
const RBAC = 'plugin/pkg/auth/authorizer/rbac/rbac.go';
const KUBEADM_ADMIN = 'cmd/kubeadm/app/phases/kubeconfig/kubeconfig.go';
const CACHER = 'staging/src/k8s.io/apiserver/pkg/storage/cacher/cacher.go';
const WATCH_CACHE = 'staging/src/k8s.io/apiserver/pkg/storage/cacher/watch_cache.go';
const COMPACTOR = 'staging/src/k8s.io/apiserver/pkg/storage/cacher/compactor.go';
const FEATURES = 'staging/src/k8s.io/apiserver/pkg/features/kube_features.go';
const CLIENT_FEATURES = 'staging/src/k8s.io/client-go/features/known_features.go';
const CONTINUE = 'staging/src/k8s.io/apiserver/pkg/storage/continue.go';
const ETCD3 = 'staging/src/k8s.io/apiserver/pkg/storage/etcd3/store.go';
const PRINTERS = 'pkg/printers/internalversion/printers.go';
const TABWRITER = 'staging/src/k8s.io/cli-runtime/pkg/printers/tabwriter.go';
const SCALE = 'staging/src/k8s.io/kubectl/pkg/cmd/scale/scale.go';
const DEPLOYMENT = 'pkg/controller/deployment/sync.go';
const RS = 'pkg/controller/replicaset/replica_set.go';
const SCHEDULE_ONE = 'pkg/scheduler/schedule_one.go';
const STATUS = 'pkg/kubelet/status/status_manager.go';
const RUNTIME = 'pkg/kubelet/kuberuntime/kuberuntime_manager.go';
const REFLECTOR = 'staging/src/k8s.io/client-go/tools/cache/reflector.go';
const KUBELET_SOURCE = 'pkg/kubelet/config/apiserver.go';
const KUBELET = 'pkg/kubelet/kubelet.go';

export const sources: FlowSources = {
	files: [
		f(
			GET,
			'the Table Accept header, --chunk-size 500, -w and --watch-only (the list sent, not printed)',
			'Table Accept 헤더, --chunk-size 500, -w와 --watch-only(목록은 요청하고 출력하지 않음)'
		),
		f(
			CONFIG_FLAGS,
			'the discovery cache in ~/.kube/cache/discovery, kept six hours',
			'~/.kube/cache/discovery의 디스커버리 캐시, 6시간 보관'
		),
		f(
			DISCOVERY,
			'GET /api and GET /apis, asking for aggregated discovery (apidiscovery.k8s.io/v2)',
			'집계된 디스커버리(apidiscovery.k8s.io/v2)를 요청하는 GET /api와 GET /apis'
		),
		f(
			X509,
			'the user and groups a client certificate names',
			'클라이언트 인증서가 정하는 사용자와 그룹'
		),
		f(
			RBAC,
			'list pods allowed through ClusterRoleBinding kubeadm:cluster-admins → ClusterRole cluster-admin',
			'ClusterRoleBinding kubeadm:cluster-admins → ClusterRole cluster-admin으로 허용되는 list pods'
		),
		f(
			KUBEADM_ADMIN,
			'admin.conf: kubernetes-admin in group kubeadm:cluster-admins',
			'admin.conf: kubeadm:cluster-admins 그룹의 kubernetes-admin'
		),
		f(
			CACHER,
			'which lists the cache serves (consistent reads, resourceVersion=0, a continue token while it holds a snapshot at or below the token’s revision) and which go to etcd',
			'캐시가 답하는 목록(일관된 읽기, resourceVersion=0, 토큰의 리비전 이하 스냅샷이 남아 있을 때의 continue 토큰)과 etcd로 가는 목록'
		),
		f(
			WATCH_CACHE,
			'waiting until the cache reaches etcd’s revision, asking etcd for progress meanwhile; a snapshot of the store after every event, dropped with the oldest events of a full history (at least 75 s of them kept)',
			'etcd에 진행 알림을 요청하며 캐시가 etcd의 리비전에 닿을 때까지 기다리기. 이벤트마다 스냅샷을 남기고, 이벤트 기록이 가득 차면 가장 오래된 이벤트와 함께 그 스냅샷을 지우기(최소 75초 분량 유지)'
		),
		f(
			COMPACTOR,
			'every 15 s, the snapshots older than etcd’s last compaction dropped',
			'15초마다 etcd가 마지막으로 압축한 리비전보다 오래된 스냅샷 지우기'
		),
		f(
			FEATURES,
			'ConsistentListFromCache GA; ListFromCacheSnapshot and WatchList beta, on by default',
			'ConsistentListFromCache는 GA, ListFromCacheSnapshot과 WatchList는 베타이며 기본으로 켜짐'
		),
		f(
			CLIENT_FEATURES,
			'WatchListClient off by default: an informer lists, then watches',
			'WatchListClient는 기본으로 꺼짐: 인포머는 목록을 받은 뒤 watch함'
		),
		f(
			CONTINUE,
			'the continue token: base64 RawURL of {"v","rv","start"}',
			'continue 토큰: {"v","rv","start"}의 base64 RawURL'
		),
		f(
			ETCD3,
			'etcd’s current revision: a get of the prefix key, read for its header; a page after a continue token read from etcd at the token’s revision when the cache has no snapshot of it',
			'etcd의 현재 리비전: 접두사 키 조회의 응답 헤더, 캐시에 스냅샷이 없을 때 continue 토큰 다음 페이지를 토큰의 리비전으로 etcd에서 읽기'
		),
		f(
			PRINTERS,
			'the pods’ Table: NAME, READY, STATUS, RESTARTS, AGE, and the wide columns at priority 1',
			'파드 Table: NAME, READY, STATUS, RESTARTS, AGE와 우선순위 1의 wide 열'
		),
		f(
			TABWRITER,
			'columns padded by three spaces, widths remembered across a watch’s rows',
			'공백 세 칸으로 맞춘 열, watch 행들에 걸쳐 기억하는 너비'
		),
		f(SCALE, 'what it prints: “deployment.apps/web scaled”', '출력: “deployment.apps/web scaled”'),
		f(
			DEPLOYMENT,
			'the ReplicaSet scaled to the Deployment’s replicas',
			'Deployment의 레플리카 수로 ReplicaSet 조정'
		),
		f(RS, 'the missing pod created', '모자란 파드 생성'),
		f(SCHEDULE_ONE, 'the binding that sets spec.nodeName', 'spec.nodeName을 정하는 바인딩'),
		f(
			STATUS,
			'the kubelet’s status writes: ContainerCreating, then Running',
			'kubelet의 상태 쓰기: ContainerCreating, 이어서 Running'
		),
		f(RUNTIME, 'SyncPod: sandbox, image, container', 'SyncPod: 파드 샌드박스, 이미지, 컨테이너'),
		f(
			REFLECTOR,
			'an informer’s list with resourceVersion=0, then its watch with bookmarks and a random 5–10 minute timeout',
			'resourceVersion=0으로 받는 인포머의 목록, 이어서 북마크와 5–10분 무작위 제한 시간의 watch'
		),
		f(
			KUBELET_SOURCE,
			'the kubelet’s pod informer: spec.nodeName=<node>',
			'kubelet의 파드 인포머: spec.nodeName=<노드>'
		),
		f(
			KUBELET,
			'the Lease renewed every ten seconds: a quarter of its 40 s (nodeLeaseRenewIntervalFraction)',
			'10초마다, 곧 40초의 4분의 1마다 갱신하는 Lease(nodeLeaseRenewIntervalFraction)'
		)
	],
	steps: {
		discovery: [CONFIG_FLAGS, DISCOVERY],
		listRequest: [GET, X509, RBAC, KUBEADM_ADMIN],
		currentRevision: [CACHER, ETCD3, FEATURES],
		progressNotify: [WATCH_CACHE],
		cacheAnswers: [CACHER, PRINTERS],
		tablePrinted: [PRINTERS, TABWRITER],
		watchStarts: [GET, CACHER],
		scaledElsewhere: [SCALE, DEPLOYMENT],
		podAdded: [RS, CACHER],
		podBound: [SCHEDULE_ONE, TABWRITER],
		podCreating: [STATUS, TABWRITER],
		podRunning: [RUNTIME, STATUS],
		informerList: [REFLECTOR, KUBELET_SOURCE, CACHER, FEATURES, CLIENT_FEATURES],
		informerWatch: [REFLECTOR],
		watchOnlyOpens: [GET],
		labelledElsewhere: [GET, CACHER],
		leasesRenewed: [KUBELET, WATCH_CACHE],
		rv0List: [CACHER],
		firstPage: [GET, CACHER, CONTINUE],
		nextPages: [CACHER, WATCH_CACHE, COMPACTOR, FEATURES, CONTINUE, ETCD3]
	} satisfies Record<KubectlGetStepId, string[]>
};
