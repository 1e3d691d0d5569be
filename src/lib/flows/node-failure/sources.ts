/** The Kubernetes source files the node-failure flow follows, and which of them each step follows. */
import { sourceFile as f, type FlowSources } from '../kit/sources';
import type { NodeFailureStepId } from './machine';

const LEASE = 'pkg/kubelet/apis/config/v1beta1/defaults.go';
const RENEW = 'pkg/kubelet/kubelet.go';
const NLC = 'pkg/controller/nodelifecycle/node_lifecycle_controller.go';
const GRACE = 'pkg/controller/nodelifecycle/config/v1alpha1/defaults.go';
const PERIOD = 'staging/src/k8s.io/cloud-provider/config/v1alpha1/defaults.go';
const NODE_UTIL = 'pkg/controller/util/node/controller_utils.go';
const SLICES = 'pkg/controller/endpointslice/endpointslice_controller.go';
const ENDPOINTS = 'pkg/controller/endpoint/endpoints_controller.go';
const TOLERATION = 'plugin/pkg/admission/defaulttolerationseconds/admission.go';
const EVICTION = 'pkg/controller/tainteviction/taint_eviction.go';
const DS_TOLERATIONS = 'pkg/controller/daemon/util/daemonset_util.go';
const KUBEADM_PROXY = 'cmd/kubeadm/app/phases/addons/proxy/manifests.go';
const RS = 'pkg/controller/replicaset/replica_set.go';
const TAINT_FILTER = 'pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go';
const SETTERS = 'pkg/kubelet/nodestatus/setters.go';
const STATUS_MANAGER = 'pkg/kubelet/status/status_manager.go';
const POD_GC = 'pkg/controller/podgc/gc_controller.go';
const STS = 'pkg/controller/statefulset/stateful_set_control.go';
const STS_POD = 'pkg/controller/statefulset/stateful_pod_control.go';

export const sources: FlowSources = {
	files: [
		f(
			LEASE,
			'the Lease lasts 40 s (NodeLeaseDurationSeconds)',
			'Lease 기간 40초(NodeLeaseDurationSeconds)'
		),
		f(
			RENEW,
			'the kubelet renews it every quarter of that: 10 s',
			'kubelet은 그 4분의 1인 10초마다 갱신'
		),
		f(
			PERIOD,
			'the node lifecycle controller checks every 5 s (NodeMonitorPeriod)',
			'노드 라이프사이클 컨트롤러는 5초마다 확인(NodeMonitorPeriod)'
		),
		f(
			GRACE,
			'the 50 s grace period (NodeMonitorGracePeriod, 40 s before v1.32)',
			'50초 유예 기간(NodeMonitorGracePeriod, v1.32 전에는 40초)'
		),
		f(
			NLC,
			'conditions set to Unknown, the unreachable taints, master disruption mode, lifting the taints',
			'상태 조건 Unknown, unreachable 테인트, 마스터 중단 모드, 테인트 해제'
		),
		f(
			NODE_UTIL,
			'marking the pods not ready; swapping and stamping taints (timeAdded)',
			'파드를 준비되지 않음으로 표시, 테인트 교체와 timeAdded'
		),
		f(
			SLICES,
			'a not-ready or terminating pod stays in the EndpointSlice, marked so',
			'준비되지 않거나 종료 중인 파드는 표시된 채 EndpointSlice에 남음'
		),
		f(
			ENDPOINTS,
			'the legacy Endpoints drop terminating pods',
			'레거시 Endpoints는 종료 중인 파드를 뺌'
		),
		f(
			TOLERATION,
			'the 300 s tolerations every pod gets unless it has its own',
			'자기 톨러레이션이 없는 파드마다 붙는 300초 톨러레이션'
		),
		f(
			DS_TOLERATIONS,
			'the tolerations the DaemonSet controller adds, without a time limit',
			'DaemonSet 컨트롤러가 더하는 시간 제한 없는 톨러레이션'
		),
		f(
			KUBEADM_PROXY,
			"kubeadm's kube-proxy DaemonSet tolerates every taint",
			'kubeadm의 kube-proxy DaemonSet은 모든 테인트를 견딤'
		),
		f(
			EVICTION,
			'eviction once a toleration runs out: DisruptionTarget, delete, TaintManagerEviction',
			'톨러레이션이 끝나면 축출: DisruptionTarget, 삭제, TaintManagerEviction'
		),
		f(
			RS,
			'terminating pods are not counted; replacements in slow-start batches',
			'종료 중인 파드는 세지 않음, 슬로 스타트 배치로 대체 파드 생성'
		),
		f(
			TAINT_FILTER,
			'the NoSchedule taint keeps replacements off the node',
			'NoSchedule 테인트가 대체 파드를 그 노드에서 떼어 놓음'
		),
		f(
			SETTERS,
			'a returning kubelet posts Ready=True, with the NodeReady event',
			'돌아온 kubelet이 Ready=True와 NodeReady 이벤트를 보냄'
		),
		f(
			STATUS_MANAGER,
			'the kubelet reports a terminal phase, then deletes with grace period 0',
			'kubelet이 종료 단계를 보고한 뒤 유예 기간 0으로 삭제'
		),
		f(
			POD_GC,
			'the pod garbage collector: 20 s loop, 40 s quarantine, orphans and out-of-service',
			'파드 가비지 컬렉터: 20초 주기, 40초 격리, 고아 파드와 out-of-service'
		),
		f(
			STS,
			'a StatefulSet makes no pod while one with that ordinal exists',
			'StatefulSet은 같은 순번의 파드가 있는 동안 만들지 않음'
		),
		f(STS_POD, "the StatefulSet's SuccessfulCreate event", 'StatefulSet의 SuccessfulCreate 이벤트')
	],
	steps: {
		renewLeases: [LEASE, RENEW],
		monitorNodes: [PERIOD, GRACE, NLC],
		nodeStops: [RENEW],
		othersRenew: [RENEW],
		graceRuns: [GRACE, NLC],
		nodeUnknown: [NLC],
		podsNotReady: [NODE_UTIL],
		endpointsUpdate: [SLICES, ENDPOINTS],
		taintNode: [NLC, NODE_UTIL],
		tolerationRuns: [TOLERATION, DS_TOLERATIONS, KUBEADM_PROXY],
		evictPods: [EVICTION, SLICES],
		replicaSetReplaces: [RS],
		scheduleReplacements: [TAINT_FILTER],
		kubeletsStart: [SLICES],
		statefulSetHolds: [STS],
		stuckTerminating: [STATUS_MANAGER],
		nodeReturns: [SETTERS],
		taintsLifted: [NLC],
		kubeletResumes: [STATUS_MANAGER],
		nodeDeleted: [NLC],
		podGcOrphans: [POD_GC],
		outOfService: [EVICTION, KUBEADM_PROXY],
		podGcTerminating: [POD_GC],
		statefulSetRecreates: [STS, STS_POD]
	} satisfies Record<NodeFailureStepId, string[]>
};
