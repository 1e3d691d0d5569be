/** The Kubernetes source files the pod-creation flow follows, and which of them each step follows. */
import {
	sourceFile as f,
	spreadSources,
	SPREAD,
	SPREAD_SELECTOR,
	type FlowSources
} from '../kit/sources';
import type { PodStepId } from './machine';

const RUN = 'staging/src/k8s.io/kubectl/pkg/cmd/run/run.go';
const APPLY = 'staging/src/k8s.io/kubectl/pkg/cmd/apply/apply.go';
const CREATE = 'staging/src/k8s.io/apiserver/pkg/endpoints/handlers/create.go';
const DEFAULTS = 'pkg/apis/core/v1/defaults.go';
const SERVICE_ACCOUNT = 'plugin/pkg/admission/serviceaccount/admission.go';
const TOLERATION = 'plugin/pkg/admission/defaulttolerationseconds/admission.go';
const PRIORITY = 'plugin/pkg/admission/priority/admission.go';
const CONVERSION = 'pkg/apis/core/v1/conversion.go';
const VALIDATION = 'pkg/apis/core/validation/validation.go';
const POD_STRATEGY = 'pkg/registry/core/pod/strategy.go';
const STORE = 'staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go';
const ETCD3 = 'staging/src/k8s.io/apiserver/pkg/storage/etcd3/store.go';
const CACHER = 'staging/src/k8s.io/apiserver/pkg/storage/cacher/cacher.go';
const SCHEDULE = 'pkg/scheduler/schedule_one.go';
const PLUGINS = 'pkg/scheduler/apis/config/v1/default_plugins.go';
const FIT = 'pkg/scheduler/framework/plugins/noderesources/fit.go';
const BALANCED = 'pkg/scheduler/framework/plugins/noderesources/balanced_allocation.go';
const IMAGE_LOCALITY = 'pkg/scheduler/framework/plugins/imagelocality/image_locality.go';
const FIT_ERROR = 'pkg/scheduler/framework/types.go';
const BINDING = 'pkg/registry/core/pod/storage/storage.go';
const KUBELET = 'pkg/kubelet/kubelet.go';
const ADMIT = 'pkg/kubelet/lifecycle/predicate.go';
const SANDBOX = 'pkg/kubelet/kuberuntime/kuberuntime_sandbox.go';
const RUNTIME = 'pkg/kubelet/kuberuntime/kuberuntime_manager.go';
const CONTAINER = 'pkg/kubelet/kuberuntime/kuberuntime_container.go';
const IMAGES = 'pkg/kubelet/images/image_manager.go';
const STATUS = 'pkg/kubelet/status/status_manager.go';
const PLEG = 'pkg/kubelet/pleg/generic.go';
const EVENTS = 'staging/src/k8s.io/client-go/tools/record/events_cache.go';
const SCHED_HANDLERS = 'pkg/scheduler/eventhandlers.go';
const KUBELET_WATCH = 'pkg/kubelet/config/apiserver.go';
const POD_GC = 'pkg/controller/podgc/gc_controller.go';

export const sources: FlowSources = {
	files: [
		f(RUN, 'kubectl run: the pod it POSTs', 'kubectl run이 POST 하는 파드'),
		f(APPLY, 'kubectl apply: GET first, then create', 'kubectl apply: 먼저 GET, 그다음 생성'),
		f(
			CREATE,
			'the create request: decode with defaults, then admission',
			'생성 요청: 기본값과 함께 디코딩, 그다음 어드미션'
		),
		f(
			DEFAULTS,
			'the pod defaults: restartPolicy, dnsPolicy, grace period, imagePullPolicy',
			'파드 기본값: restartPolicy, dnsPolicy, 유예 시간, imagePullPolicy'
		),
		f(
			CONVERSION,
			'v1 conversion: the old serviceAccount field, copied from serviceAccountName',
			'v1 변환: serviceAccountName에서 복사되는 옛 serviceAccount 필드'
		),
		f(PRIORITY, 'priority 0 and its preemption policy', '우선순위 0과 선점 정책'),
		f(SERVICE_ACCOUNT, 'the service account and its token volume', '서비스 어카운트와 토큰 볼륨'),
		f(
			TOLERATION,
			'the two 300 s tolerations every pod gets',
			'모든 파드가 받는 300초 톨러레이션 두 개'
		),
		f(VALIDATION, 'validating the pod', '파드 유효성 검사'),
		f(
			POD_STRATEGY,
			'what create sets: phase Pending, the QoS class',
			'생성 때 정해지는 것: Pending 단계, QoS 클래스'
		),
		f(
			STORE,
			'create in storage: 409 AlreadyExists for a name taken',
			'저장소의 생성: 이미 있는 이름이면 409 AlreadyExists'
		),
		f(ETCD3, 'the etcd transaction and its revision', 'etcd 트랜잭션과 리비전'),
		f(
			CACHER,
			'the watch fan-out, each watcher with its filter',
			'watch 전달: watcher마다 자기 필터로'
		),
		f(
			SCHEDULE,
			'a scheduling cycle, binding, FailedScheduling',
			'스케줄링 사이클, 바인딩, FailedScheduling'
		),
		f(PLUGINS, 'the default plugins and their weights', '기본 플러그인과 가중치'),
		f(FIT, 'NodeResourcesFit: filter and score', 'NodeResourcesFit: 필터와 점수'),
		f(
			BALANCED,
			'NodeResourcesBalancedAllocation: how evenly cpu and memory are used',
			'NodeResourcesBalancedAllocation: cpu와 메모리 사용의 균형'
		),
		...spreadSources(),
		f(
			IMAGE_LOCALITY,
			'ImageLocality, and why a short image name scores 0',
			'ImageLocality, 짧은 이미지 이름이 0점인 이유'
		),
		f(
			FIT_ERROR,
			'the FailedScheduling message, node counts by reason',
			'FailedScheduling 메시지, 이유별 노드 수'
		),
		f(BINDING, 'the binding subresource: nodeName set', 'binding 하위 리소스: nodeName 기록'),
		f(KUBELET, "the kubelet's pod sync", 'kubelet의 파드 동기화'),
		f(ADMIT, "the kubelet's own admission of a pod", 'kubelet 자신의 파드 승인'),
		f(
			SANDBOX,
			'RunPodSandbox: the pause container and its IP',
			'RunPodSandbox: pause 컨테이너와 IP'
		),
		f(
			RUNTIME,
			'SyncPod: sandbox, then containers; the restart back-off',
			'SyncPod: 샌드박스, 그다음 컨테이너, 재시작 백오프'
		),
		f(
			CONTAINER,
			'creating and starting a container, Created and Started',
			'컨테이너 생성과 시작, Created와 Started'
		),
		f(
			IMAGES,
			'the pull policy, Pulling/Pulled, ErrImagePull and its back-off',
			'풀 정책, Pulling/Pulled, ErrImagePull과 백오프'
		),
		f(STATUS, 'the status PATCH the kubelet sends', 'kubelet이 보내는 상태 PATCH'),
		f(PLEG, 'PLEG: the kubelet sees a container start or exit', 'PLEG: 컨테이너 시작과 종료 감지'),
		f(
			EVENTS,
			'a repeated event counted up instead of written again',
			'같은 이벤트는 다시 쓰지 않고 횟수만 올림'
		),
		f(
			SCHED_HANDLERS,
			'a pod with spec.nodeName goes to the cache, never to the queue',
			'spec.nodeName이 있는 파드는 큐가 아니라 캐시로'
		),
		f(
			KUBELET_WATCH,
			"the kubelet's watch: spec.nodeName=<its node>",
			'kubelet의 watch: spec.nodeName=<자기 노드>'
		),
		f(
			POD_GC,
			'the pod garbage collector: 20 s passes, 40 s quarantine, orphans deleted',
			'파드 가비지 컬렉터: 20초 주기, 40초 격리, 고아 파드 삭제'
		)
	],
	steps: {
		kubectlRun: [RUN, APPLY],
		apiserverPipeline: [
			CREATE,
			DEFAULTS,
			CONVERSION,
			SERVICE_ACCOUNT,
			PRIORITY,
			TOLERATION,
			VALIDATION
		],
		persistPod: [POD_STRATEGY, STORE, ETCD3],
		alreadyExists: [STORE],
		watchPodAdded: [CACHER, SCHED_HANDLERS, KUBELET_WATCH],
		awaitingNode: [SCHED_HANDLERS, KUBELET_WATCH, POD_GC],
		podGcOrphan: [POD_GC],
		kubeletRejects: [ADMIT, KUBELET, STATUS],
		scheduleCycle: [SCHEDULE, PLUGINS, FIT, SPREAD, SPREAD_SELECTOR, BALANCED, IMAGE_LOCALITY],
		failedScheduling: [SCHEDULE, FIT_ERROR],
		bindPod: [SCHEDULE],
		persistBinding: [BINDING, ETCD3],
		scheduledEvent: [SCHEDULE],
		watchPodBound: [CACHER],
		kubeletAdmit: [KUBELET, ADMIT],
		runSandbox: [RUNTIME, SANDBOX],
		ensureImage: [IMAGES],
		reportPullError: [IMAGES, STATUS],
		imagePullBackOff: [IMAGES, STATUS],
		createContainer: [CONTAINER],
		startContainer: [CONTAINER, PLEG],
		initContainerDone: [CONTAINER, PLEG, STATUS],
		initRunning: [CONTAINER, PLEG, STATUS],
		reportRunning: [STATUS, PLEG],
		containerExit: [PLEG, STATUS],
		restartBackOff: [RUNTIME, EVENTS]
	} satisfies Record<PodStepId, string[]>
};
