/** Narration of the pod-creation flow's steps in Korean (same keys and params as en.ts). */
import type { NarrationOf } from '$lib/flows/kit/narration';
import type { PodStep } from '../machine';
import { josa } from '$lib/i18n/josa';

export const podStepsKo: NarrationOf<PodStep> = {
	kubectlRun: {
		title: (p) => `kubectl이 파드 ${p.name}의 생성 요청을 apiserver로 보낸다`,
		body: (p) =>
			`이미지 ${josa(p.image, '을/를')} 실행하는 파드 ${josa(p.name, '을/를')} 요청합니다. kubectl은 kubeconfig를 읽고 kube-apiserver와만 HTTPS로 통신합니다. etcd에도, 노드에도 직접 말하지 않습니다. 클러스터의 모든 변경은 apiserver를 거칩니다. ${p.apply ? 'kubectl apply는 먼저 파드를 GET합니다. 404 Not Found는 “새로 만들라”는 뜻이므로 매니페스트를 POST합니다.' : 'kubectl run은 파드를 만들어 요청 하나로 POST합니다.'}`
	},
	apiserverPipeline: {
		title: () => 'apiserver가 누가 무엇을 보냈는지 확인한다',
		body: (p) =>
			`저장하기 전에 요청은 정해진 순서를 거칩니다: 인증(클라이언트 인증서), 인가(RBAC: 이 네임스페이스에 파드를 만들 수 있는가?), 변경 어드미션(서비스 어카운트, 톨러레이션 두 개 같은 기본값을 채움), 스키마 검증, 검증 어드미션. apiserver는 파드 ${p.name}의 노드를 고르지 않습니다. 그건 apiserver의 일이 아닙니다.`
	},
	persistPod: {
		title: (p) => `파드가 etcd에 기록된다 (리비전 ${p.revision})`,
		body: (p) =>
			`apiserver는 etcd 트랜잭션 하나로 파드를 키 ${p.key}에 씁니다. etcd의 클러스터 전체 리비전은 이제 ${p.revision}입니다. 이 값이 파드의 resourceVersion입니다. 파드는 노드도, 조건도, 이벤트도 없는 Pending 상태입니다. kubectl은 201 Created를 받고 끝납니다. 나머지는 kubectl 없이 진행됩니다.`
	},
	alreadyExists: {
		title: (p) => `AlreadyExists: 이름이 ${p.name}인 파드가 이미 있다`,
		body: (p) =>
			`저장소는 키가 없을 때만 새로 만듭니다. ${p.key}에 이미 파드가 있으므로 etcd 트랜잭션이 실패하고, 아무것도 쓰이지 않으며 리비전도 그대로입니다. kubectl은 “${p.message}”를 출력합니다. 다른 이름을 쓰거나 기존 파드를 먼저 지우세요.`
	},
	watchPodAdded: {
		title: () => '지켜보던 컴포넌트들이 새 파드 소식을 듣는다',
		body: (p) =>
			`kube-scheduler는 끝나지 않은 파드에 대한 watch를 열어 둡니다. apiserver가 파드 ${p.name}의 ADDED 이벤트를 보내고, 노드가 없으므로 파드는 스케줄링 큐에 들어갑니다. kube-controller-manager의 인포머도 같은 이벤트를 받지만 아무것도 하지 않습니다. 소유자가 없는 파드이기 때문입니다. kubelet은 아직 아무것도 듣지 못합니다. 각 kubelet은 자기 노드에 바인딩된 파드만 watch합니다.`
	},
	scheduleCycle: {
		title: (p) =>
			p.node
				? `스케줄러가 거르고 점수를 매긴다: ${p.node} 선택`
				: '스케줄러가 맞는 노드를 찾지 못한다',
		body: (p) =>
			!p.node
				? `모든 노드가 필터 플러그인 하나 이상에서 떨어져 점수를 매길 노드가 없습니다. 표에서 노드마다 실패한 필터와 이유를 볼 수 있습니다.`
				: p.scoring === 'none'
					? `스케줄러는 모든 노드에 필터 플러그인을 실행합니다. 파드를 실행할 수 있는 노드가 ${p.node} 하나뿐이라 점수 없이 그 노드를 고릅니다. 표에서 모든 필터 판정을 볼 수 있습니다.`
					: `스케줄러는 모든 노드에 필터 플러그인을 실행합니다. 노드 ${p.total}개 중 ${p.feasible}개가 파드를 실행할 수 있습니다. 이 노드들에 점수(남은 자원${p.scoring === 'all' ? ', 균형' : ''}, 테인트, 이미 있는 이미지)를 매기고 정규화와 가중치를 거쳐 합계가 가장 높은 노드 ${josa(p.node, '을/를')} 고릅니다.${p.scoring === 'noBalance' ? ' 파드가 자원을 전혀 요청하지 않아(BestEffort) 균형 점수는 매기지 않습니다.' : ''} 표에서 모든 판정과 점수를 볼 수 있습니다.`
	},
	bindPod: {
		title: (p) => `스케줄러가 파드 ${josa(p.name, '을/를')} 노드 ${p.node}에 바인딩한다`,
		body: (p) =>
			`스케줄러는 노드에서 아무것도 실행하지 않습니다. 결정만 기록합니다: 대상 노드가 ${p.node}인 Binding 객체를 파드의 binding 하위 리소스로 보냅니다.`
	},
	persistBinding: {
		title: (p) => `etcd에 기록: spec.nodeName = ${p.node}`,
		body: (p) =>
			`apiserver가 키 ${p.key}의 값을 갱신합니다: spec.nodeName은 ${p.node}, PodScheduled 조건은 True입니다. etcd 리비전은 이제 ${p.revision}입니다. 키의 version은 하나 올라갑니다. 파드는 아직 Pending입니다.`
	},
	scheduledEvent: {
		title: () => '스케줄러가 Scheduled 이벤트를 남긴다',
		body: (p) =>
			`이벤트도 API 객체이며 etcd의 /registry/events 아래 저장됩니다. 이 이벤트의 내용은 “${p.message}”이며, kubectl describe에서 가장 먼저 보입니다.`
	},
	watchPodBound: {
		title: (p) => `${p.node}의 kubelet이 파드를 받는다`,
		body: (p) =>
			`이제 파드가 kubelet의 watch 필터 spec.nodeName=${p.node}에 맞으므로, 그 kubelet은 처음 보는 파드로서 ADDED를 받습니다. 스케줄러와 컨트롤러 매니저는 MODIFIED를 받습니다.${p.others ? ` 나머지 kubelet ${p.others}개는 아무것도 듣지 못합니다.` : ''}`
	},
	kubeletAdmit: {
		title: (p) => `${p.node}의 kubelet이 파드를 받아들인다`,
		body: () =>
			`kubelet은 파드를 받아들이고 첫 상태를 씁니다: Initialized는 True, 컨테이너는 준비되지 않았고 ContainerCreating 이유로 대기 중. 그다음 파드의 볼륨을 준비합니다. kubectl은 이제 ContainerCreating을 보여 주지만 이는 표시 값일 뿐 phase는 여전히 Pending입니다. (빠른 kubelet은 이 기록을 건너뛰기도 합니다.)`
	},
	runSandbox: {
		title: (p) => `런타임이 파드 샌드박스를 시작한다: IP ${p.ip}`,
		body: (p) =>
			`kubelet은 CRI로 컨테이너 런타임에 파드 샌드박스를 요청합니다. 파드의 네트워크 네임스페이스를 붙잡고 있는 pause 컨테이너입니다. CNI 플러그인이 ${p.node}의 파드 대역 ${p.cidr}에서 IP ${josa(p.ip, '을/를')} 줍니다. 파드의 모든 컨테이너가 이 주소를 함께 씁니다.`
	},
	ensureImage: {
		title: (p) =>
			p.outcome === 'present'
				? `이미지 ${p.image}: 이미 노드에 있다`
				: p.outcome === 'failed'
					? `이미지 ${p.image}: pull 실패`
					: `런타임이 이미지 ${josa(p.image, '을/를')} pull한다`,
		body: (p) =>
			p.outcome === 'present'
				? `kubelet이 런타임에 이미지 상태를 묻습니다. 이미 ${p.node}에 있으므로 내려받지 않고, 이벤트는 “already present on machine”이라고 남깁니다.`
				: p.outcome === 'repulled'
					? `이미지가 ${p.node}에 있지만 태그가 latest(또는 없음)라서 pull 정책의 기본값이 Always입니다. 지금의 latest를 받기 위해 런타임이 다시 pull합니다 (압축 크기 ${p.size} 바이트). kubelet은 Pulling, 이어서 Pulled를 기록합니다.`
					: p.outcome === 'pulled'
						? `이미지가 ${p.node}에 없으므로 런타임이 레지스트리에서 pull합니다 (압축 크기 ${p.size} 바이트). kubelet은 Pulling, 그리고 걸린 시간과 함께 Pulled를 기록합니다.`
						: `레지스트리에 이미지 ${josa(p.image, '이/가')} 없습니다. pull이 실패하고, kubelet은 런타임의 gRPC 오류와 함께 Failed 이벤트를, 이어서 “Error: ErrImagePull”을 기록합니다.`
	},
	createContainer: {
		title: (p) => `런타임이 컨테이너 ${josa(p.container, '을/를')} 만든다`,
		body: (p) =>
			`CreateContainer는 샌드박스 안에 이미지로부터 컨테이너 ${josa(p.container, '을/를')} 명령, 환경 변수, 마운트와 함께 준비합니다. 컨테이너는 존재하지만 아직 실행되지 않습니다.`
	},
	startContainer: {
		title: (p) => `런타임이 컨테이너 ${josa(p.container, '을/를')} 시작한다`,
		body: () =>
			`StartContainer가 프로세스를 실행합니다. kubelet의 PLEG(파드 수명 주기 이벤트 생성기)가 다음 relist에서 실행 중인 컨테이너를 알아챕니다.`
	},
	reportRunning: {
		title: (p) => `파드 ${p.name}: 노드 ${p.node}에서 Running`,
		body: (p) =>
			`kubelet이 파드 상태를 패치합니다: phase Running, podIP ${p.ip}, 모든 조건 True (readiness probe가 없어 바로 준비됨). apiserver가 저장하고(리비전 ${p.revision}) 모든 watcher가 MODIFIED를 받습니다. 9단계가 모두 끝났습니다.`
	},
	containerExit: {
		title: (p) => `컨테이너가 바로 종료된다: ${p.reason}`,
		body: (p) =>
			`이미지의 기본 명령이 곧바로 끝났습니다 (종료 코드 ${p.exitCode}). 터미널이 붙지 않은 셸이나 REPL은 입력 끝(EOF)을 읽고 종료하고, 필수 설정이 없는 데이터베이스는 시작을 거부합니다. kubelet은 컨테이너가 ${p.reason} 이유로 종료되었다고 보고합니다. restartPolicy가 Always라서 phase는 Running으로 남지만 준비된 것은 없습니다. 계속 실행되는 이미지를 쓰거나 sleep 같은 명령을 주면 이를 피할 수 있습니다.`
	},
	restartBackOff: {
		title: () => '재시작 후 또 종료: CrashLoopBackOff',
		body: (p) =>
			`kubelet이 ${josa(p.container, '을/를')} 바로 재시작하지만 또 종료됩니다. 이제 kubelet은 다음 시도 전에 기다립니다 (10초, 20초, 40초 … 최대 5분). 그동안 컨테이너는 CrashLoopBackOff 이유로 대기하고 RESTARTS는 1입니다. busybox를 명령 없이 kubectl run 했을 때의 전형적인 결과입니다. 명령을 주세요. 예: kubectl run ${p.name} --image=busybox -- sleep 3600`
	},
	reportPullError: {
		title: () => 'kubelet이 ErrImagePull을 보고한다',
		body: (p) =>
			`kubelet이 파드 상태를 씁니다: 컨테이너가 ErrImagePull 이유로 대기합니다. phase는 Pending 그대로이고, 샌드박스와 IP는 있지만 실행 중인 컨테이너는 없습니다. 저장된 리비전은 ${p.revision}입니다.`
	},
	imagePullBackOff: {
		title: () => 'kubelet이 pull 재시도를 미룬다: ImagePullBackOff',
		body: (p) =>
			`kubelet은 pull을 다시 시도하되 매번 더 오래 기다립니다 (10초, 20초, 40초 … 최대 5분). 그동안 컨테이너는 ImagePullBackOff 이유로 대기하고, kubectl도 그렇게 보여 줍니다. 이미지 이름(${p.image})을 고치면 다음 시도에서 성공합니다.`
	},
	failedScheduling: {
		title: () => 'FailedScheduling: 파드는 Pending으로 남는다',
		body: (p) =>
			`스케줄러가 Warning 이벤트 FailedScheduling을 남기고 PodScheduled=False, reason Unschedulable로 설정합니다: “${p.message}” 파드는 큐로 돌아가고, 노드가 추가되거나 다른 파드가 자리를 비우는 등 클러스터가 바뀌면 다시 시도됩니다.`
	}
};
