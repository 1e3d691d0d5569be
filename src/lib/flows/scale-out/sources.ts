/** The Kubernetes source files the scale-out flow follows, and which of them each step follows. */
import {
	sourceFile as f,
	spreadSources,
	SPREAD,
	SPREAD_SELECTOR,
	type FlowSources
} from '../kit/sources';
import type { ScaleOutStepId } from './machine';

const DEPLOYMENT = 'pkg/controller/deployment/sync.go';
const DEPLOYMENT_UTIL = 'pkg/controller/deployment/util/deployment_util.go';
const RS = 'pkg/controller/replicaset/replica_set.go';
const UTILS = 'pkg/controller/controller_utils.go';
const FIT_ERROR = 'pkg/scheduler/framework/types.go';
const FIT = 'pkg/scheduler/framework/plugins/noderesources/fit.go';
const TAINTS = 'pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go';
const QUEUE = 'pkg/scheduler/backend/queue/scheduling_queue.go';
const REGISTER = 'pkg/kubelet/kubelet_node_status.go';
const NODE_TAINT = 'plugin/pkg/admission/nodetaint/admission.go';
const IPAM = 'pkg/controller/nodeipam/ipam/range_allocator.go';
const DAEMON = 'pkg/controller/daemon/daemon_controller.go';
const KUBEADM_PROXY = 'cmd/kubeadm/app/phases/addons/proxy/manifests.go';
const SETTERS = 'pkg/kubelet/nodestatus/setters.go';
const NLC = 'pkg/controller/nodelifecycle/node_lifecycle_controller.go';
const POD_STRATEGY = 'pkg/registry/core/pod/strategy.go';
const RUNTIME = 'pkg/kubelet/kuberuntime/kuberuntime_manager.go';

export const sources: FlowSources = {
	files: [
		f(
			DEPLOYMENT,
			'scaling the ReplicaSet, with the ScalingReplicaSet event',
			'ReplicaSet 크기 조정과 ScalingReplicaSet 이벤트'
		),
		f(
			DEPLOYMENT_UTIL,
			'the desired-replicas and max-replicas annotations, maxSurge',
			'desired-replicas·max-replicas 어노테이션, maxSurge'
		),
		f(
			RS,
			'creating and deleting pods, SuccessfulCreate and SuccessfulDelete',
			'파드 생성과 삭제, SuccessfulCreate·SuccessfulDelete'
		),
		f(
			UTILS,
			'slow-start batches; the ranking a scale-down deletes by',
			'슬로 스타트 배치, 스케일 다운의 삭제 순위'
		),
		f(
			FIT,
			'Insufficient cpu, and the queueing hint on a node added',
			'Insufficient cpu, 노드 추가 때의 큐잉 힌트'
		),
		...spreadSources(),
		f(
			FIT_ERROR,
			'the FailedScheduling message: “0/N nodes are available: …”',
			'FailedScheduling 메시지 “0/N nodes are available: …”'
		),
		f(
			TAINTS,
			'the untolerated not-ready taint, and its hint when the taint is removed',
			'견디지 못한 not-ready 테인트와, 테인트가 지워질 때의 힌트'
		),
		f(
			QUEUE,
			'the unschedulable queue, and moving pods back on cluster events',
			'스케줄 불가 큐, 클러스터 이벤트에 파드를 되돌리기'
		),
		f(REGISTER, 'the kubelet registers its Node', 'kubelet이 자기 Node를 등록'),
		f(
			NODE_TAINT,
			'a new Node gets the not-ready taint at creation (TaintNodesByCondition)',
			'새 Node는 생성될 때 not-ready 테인트를 받음(TaintNodesByCondition)'
		),
		f(
			IPAM,
			'the node IPAM controller PATCHes the pod CIDR',
			'노드 IPAM 컨트롤러가 파드 CIDR을 PATCH'
		),
		f(
			DAEMON,
			'a DaemonSet pod for the new node, pinned by node affinity',
			'새 노드를 위한 DaemonSet 파드, 노드 어피니티로 고정'
		),
		f(
			KUBEADM_PROXY,
			"kubeadm's kube-proxy DaemonSet tolerates every taint",
			'kubeadm의 kube-proxy DaemonSet은 모든 테인트를 견딤'
		),
		f(
			SETTERS,
			'Ready=True once the network is up, with the NodeReady event',
			'네트워크가 준비되면 Ready=True와 NodeReady 이벤트'
		),
		f(
			NLC,
			'not-ready:NoExecute while Ready=False; both not-ready taints come off once Ready',
			'Ready=False인 동안 not-ready:NoExecute, Ready가 되면 not-ready 테인트 둘 다 지움'
		),
		f(
			POD_STRATEGY,
			'an unscheduled pod is deleted at once (grace period 0)',
			'스케줄되지 않은 파드는 바로 삭제(유예 기간 0)'
		),
		f(
			RUNTIME,
			"the kubelet's SyncPod and KillPod: sandbox, containers, and stopping them",
			'kubelet의 SyncPod와 KillPod: 파드 샌드박스, 컨테이너, 그리고 멈추기'
		)
	],
	steps: {
		scaleCommand: [DEPLOYMENT],
		deploymentScales: [DEPLOYMENT, DEPLOYMENT_UTIL],
		replicaSetCreates: [RS, UTILS],
		schedulePods: [FIT, SPREAD, SPREAD_SELECTOR, FIT_ERROR, QUEUE],
		kubeletsStart: [RUNTIME],
		nodeRegisters: [REGISTER, NODE_TAINT],
		pendingRetried: [QUEUE, FIT, TAINTS],
		podCidrAssigned: [IPAM],
		daemonSetPod: [DAEMON, KUBEADM_PROXY],
		notReadyTainted: [NLC],
		nodeReady: [SETTERS, NLC],
		replicaSetDeletes: [UTILS, RS, POD_STRATEGY],
		kubeletsStop: [RUNTIME]
	} satisfies Record<ScaleOutStepId, string[]>
};
