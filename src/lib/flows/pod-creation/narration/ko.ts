/**
 * Narration of the pod-creation flow's steps in Korean (same keys and params as en.ts): 합니다체
 * throughout, titles included, in the terms of src/lib/i18n/glossary.md.
 */
import type { NarrationOf } from '$lib/flows/kit/narration';
import type { PodStep } from '../machine';
import { josa } from '$lib/i18n/josa';
import { cures, type Cure } from './retry';

const CURES: Record<Cure, string> = {
	labels: '어느 노드에 파드가 고르는 레이블이 붙거나',
	taint: '노드에서 테인트가 제거되거나',
	room: '다른 파드가 자리를 비우는'
};
/** "노드가 추가되거나 … 등": every change that could let the pod be placed */
const retriedWhen = (message: string) =>
	['노드가 추가되거나', ...cures(message).map((c) => CURES[c])].join(' ').replace(/거나$/, '는');
/**
 * " 컨테이너 3개 중 두 번째인 log입니다." when the pod has more than one; an init container's place,
 * and what waits for it when `why` is asked for
 */
const containerPlace = (
	p: { index: number; count: number; container: string; init: number },
	why = false
) =>
	p.init
		? `${p.count > 1 ? ` 초기화 컨테이너 ${p.count}개 중 ${ORDINALS[p.index - 1]}인 ${p.container}입니다.` : ` ${josa(p.container, '은/는')} 이 파드의 초기화 컨테이너입니다.`}${why ? ` 이 컨테이너가 성공적으로 종료되어야 ${p.index < p.count ? '다음 초기화 컨테이너가' : '앱 컨테이너가'} 시작될 수 있습니다.` : ''}`
		: p.count > 1
			? ` 컨테이너 ${p.count}개 중 ${ORDINALS[p.index - 1]}인 ${p.container}입니다.`
			: '';
/** 첫 번째 … 다섯 번째: a pod here has at most five containers */
const ORDINALS = ['첫 번째', '두 번째', '세 번째', '네 번째', '다섯 번째'];

export const podStepsKo: NarrationOf<PodStep> = {
	kubectlRun: {
		title: (p) => `kubectl이 파드 ${p.name}의 생성 요청을 kube-apiserver로 보냅니다`,
		body: (p) =>
			`이미지 ${josa(p.image, '을/를')} 실행하는 파드 ${josa(p.name, '을/를')} 요청합니다. kubectl은 kubeconfig를 읽고 kube-apiserver와만 HTTPS로 통신합니다. etcd나 노드에 직접 연결하지 않습니다. 클러스터의 모든 변경은 kube-apiserver를 거칩니다. ${p.apply ? 'kubectl apply는 먼저 파드를 GET 합니다. 응답이 404 Not Found이면 새로 만들어야 하므로 매니페스트를 POST 합니다.' : 'kubectl run은 파드를 만들어 요청 한 번으로 POST 합니다.'}`
	},
	apiserverPipeline: {
		title: () => 'kube-apiserver가 누가 무엇을 보냈는지 확인합니다',
		body: (p) =>
			`요청은 저장되기 전에 정해진 단계를 차례로 거칩니다. 인증(클라이언트 인증서)으로 누구인지 확인하고, 인가(RBAC)로 이 네임스페이스에 파드를 만들 권한이 있는지 봅니다. 본문을 디코딩하면서 API 기본값(restartPolicy, dnsPolicy, 30초 유예 시간)이 채워집니다. 변형 어드미션 플러그인은 서비스 어카운트와 토큰 볼륨, 우선순위 0, 톨러레이션 두 개를 더합니다. 그다음 유효성 검사와 검증 어드미션을 거칩니다. ${p.node ? `매니페스트가 노드 ${josa(p.node, '을/를')} 직접 지정했습니다. 유효성 검사는 이름의 형식만 보고, 그런 노드가 있는지는 확인하지 않습니다.` : `파드 ${p.name}의 노드를 고르는 일은 kube-apiserver의 몫이 아닙니다.`}`
	},
	persistPod: {
		title: (p) => `파드가 리비전 ${josa(p.revision, '으로/로')} etcd에 기록됩니다`,
		body: (p) =>
			`kube-apiserver가 etcd 트랜잭션 하나로 파드를 씁니다. 키는 ${p.key}입니다. etcd의 클러스터 전체 리비전이 ${josa(p.revision, '으로/로')} 오르고, 이 값이 파드의 resourceVersion이 됩니다. ${p.node ? `파드는 Pending 상태입니다. 자신의 spec.nodeName으로 이미 ${p.node}에 정해져 있고, 조건도 이벤트도 없습니다.` : '파드는 Pending 상태이며 노드도, 조건도, 이벤트도 없습니다.'}${p.qos === 'Guaranteed' ? ' CPU와 메모리의 요청이 제한과 같으므로 QoS 클래스는 Guaranteed입니다.' : ''} kubectl은 201 Created를 받고 종료합니다. 나머지는 kubectl 없이 진행됩니다.`
	},
	alreadyExists: {
		title: (p) => `AlreadyExists: 이름이 ${p.name}인 파드가 이미 있습니다`,
		body: (p) =>
			`kube-apiserver는 키가 아직 없을 때만 새로 만듭니다. ${p.key}에는 이미 파드가 있으므로 etcd 트랜잭션이 실패합니다. 아무것도 쓰이지 않고 리비전도 그대로입니다. kubectl은 “${p.message}”를 출력합니다. 다른 이름을 쓰거나 기존 파드를 먼저 삭제하세요.`
	},
	watchPodAdded: {
		title: () => '새 파드의 ADDED 이벤트가 watch 중인 컴포넌트에 전달됩니다',
		body: (p) =>
			p.node
				? `kube-scheduler는 파드 ${p.name}의 ADDED 이벤트를 받지만 손대지 않습니다. spec.nodeName이 있는 파드는 이미 배정된 파드입니다. kube-scheduler는 캐시에서 ${p.node}의 파드로 셀 뿐, 스케줄링 큐에 넣지 않습니다. kube-controller-manager의 인포머도 이벤트를 받습니다. ${p.kubelet ? `${p.node}의 kubelet도 곧바로 ADDED 이벤트를 받습니다. 파드가 그 kubelet의 watch 필터 spec.nodeName=${p.node}에 맞기 때문입니다. 아홉 단계는 여기서 7단계로 건너뜁니다.` : `어느 kubelet도 이벤트를 받지 않습니다. 그런 노드가 없으니 spec.nodeName=${josa(p.node, '을/를')} watch 하는 kubelet도 없습니다.`}`
				: `kube-scheduler는 아직 끝나지 않은 파드를 watch 하고 있습니다. kube-apiserver가 파드 ${p.name}의 ADDED 이벤트를 보냅니다. 파드에 노드가 없으므로 kube-scheduler는 파드를 스케줄링 큐에 넣습니다. kube-controller-manager의 인포머도 같은 이벤트를 받지만 아무것도 하지 않습니다. 소유자가 없는 파드라서 조정할 것이 없기 때문입니다. kubelet은 아직 아무 이벤트도 받지 않습니다. 각 kubelet은 자기 노드에 바인딩된 파드만 watch 하기 때문입니다.`
	},
	scheduleCycle: {
		title: (p) =>
			p.node
				? `kube-scheduler가 노드를 거르고 점수를 매겨 ${josa(p.node, '을/를')} 고릅니다`
				: 'kube-scheduler가 조건에 맞는 노드를 찾지 못합니다',
		body: (p) =>
			!p.node
				? `모든 노드가 필터 플러그인 하나 이상을 통과하지 못합니다. 그래서 점수를 매길 노드가 없습니다. 노드마다 실패한 필터와 그 이유가 표에 나옵니다.`
				: p.scoring === 'none'
					? `kube-scheduler가 모든 노드에 필터 플러그인을 실행합니다. 파드를 실행할 수 있는 노드는 ${p.node} 하나뿐이라 점수를 매기지 않고 그 노드를 고릅니다. 모든 필터 판정이 표에 나옵니다.`
					: `kube-scheduler가 모든 노드에 필터 플러그인을 실행합니다. 노드 ${p.total}개 중 ${p.feasible}개가 파드를 실행할 수 있습니다. 이 노드들에 남은 리소스${p.balance === 'scored' ? ', 균형' : ''}, 테인트, 이미 있는 이미지로 점수를 매깁니다. 점수를 정규화하고 가중치를 곱해 합계가 가장 높은 노드 ${josa(p.node, '을/를')} 고릅니다. 모든 판정과 점수가 표에 나옵니다.`
	},
	bindPod: {
		title: (p) => `kube-scheduler가 파드 ${josa(p.name, '을/를')} ${p.node}에 바인딩합니다`,
		body: (p) =>
			`kube-scheduler는 노드에서 아무것도 실행하지 않습니다. 결정만 기록합니다. 대상 노드가 ${p.node}인 Binding 오브젝트를 파드의 binding 하위 리소스로 보냅니다.`
	},
	persistBinding: {
		title: (p) => `etcd에 spec.nodeName = ${josa(p.node, '이/가')} 기록됩니다`,
		body: (p) =>
			`kube-apiserver가 etcd에 있는 파드를 갱신합니다. ${p.key}의 spec.nodeName이 ${josa(p.node, '이/가')} 되고, PodScheduled 조건이 True가 됩니다. etcd 리비전은 ${josa(p.revision, '으로/로')} 오르고 이 키의 version은 1 늘어납니다. 파드는 아직 Pending입니다.`
	},
	scheduledEvent: {
		title: () => 'kube-scheduler가 Scheduled 이벤트를 남깁니다',
		body: (p) =>
			`이벤트도 API 오브젝트이며 etcd의 /registry/events 아래에 저장됩니다. 이번 이벤트의 메시지 ${josa(`“${p.message}”`, '은/는')} kubectl describe에서 가장 먼저 보입니다.`
	},
	watchPodBound: {
		title: (p) => `${p.node}의 kubelet이 파드를 받습니다`,
		body: (p) =>
			`파드가 이제 kubelet의 watch 필터 spec.nodeName=${p.node}에 맞습니다. 그래서 그 kubelet은 처음 보는 파드로 ADDED 이벤트를 받습니다. kube-scheduler와 kube-controller-manager는 MODIFIED 이벤트를 받습니다.${p.others ? ` 나머지 kubelet ${p.others}개는 아무 이벤트도 받지 않습니다.` : ''}`
	},
	kubeletAdmit: {
		title: (p) => `${p.node}의 kubelet이 파드를 받아들입니다`,
		body: (p) =>
			`${p.pinned ? `이 파드는 kube-scheduler를 거치지 않았으므로 kubelet의 어드미션이 대신 확인합니다. 파드 ${josa(p.name, '은/는')} ${p.node}의 남은 CPU·메모리·파드 수에 들어가고, 노드 셀렉터가 있다면 그것도 맞습니다. NoSchedule 테인트는 이 파드를 막지 않습니다. 그 테인트는 kube-scheduler만 읽기 때문입니다. ` : ''}kubelet이 파드를 받아들이고 첫 상태를 기록합니다. ${p.inits ? `초기화 컨테이너${p.inits > 1 ? ` ${p.inits}개가 모두` : '가'} 성공적으로 끝날 때까지 Initialized는 False이고, 모든 컨테이너가 PodInitializing 이유로 대기합니다. 이어서 파드의 볼륨을 준비합니다. 이제 kubectl에는 Init:0/${josa(p.inits, '이/가')} 보이지만` : `Initialized는 True이고, ${p.count > 1 ? `컨테이너 ${p.count}개는 아직 준비되지 않았으며 모두` : '컨테이너는 아직 준비되지 않았으며'} ContainerCreating 이유로 대기합니다. 이어서 파드의 볼륨을 준비합니다. 이제 kubectl에는 ContainerCreating이 보이지만`} 이는 표시용 값이고, phase는 여전히 Pending입니다. kubelet이 빠르면 이 기록을 건너뛰기도 합니다.`
	},
	runSandbox: {
		title: (p) =>
			`컨테이너 런타임이 파드 샌드박스를 시작하고, 파드는 IP ${josa(p.ip, '을/를')} 받습니다`,
		body: (p) =>
			`kubelet이 CRI로 컨테이너 런타임에 파드 샌드박스를 요청합니다. 파드 샌드박스는 파드의 네트워크 네임스페이스를 유지하는 pause 컨테이너입니다. CNI 플러그인이 ${p.node}의 파드 CIDR ${p.cidr}에서 IP ${josa(p.ip, '을/를')} 할당합니다. 파드의 모든 컨테이너가 이 주소를 함께 씁니다.`
	},
	ensureImage: {
		title: (p) =>
			p.outcome === 'backoff'
				? `이미지 ${josa(p.image, '은/는')} 내려받기 대기 중입니다`
				: p.outcome === 'present'
					? `이미지 ${josa(p.image, '이/가')} 이미 노드에 있습니다`
					: p.outcome === 'failed'
						? `이미지 ${josa(p.image, '을/를')} 내려받지 못합니다`
						: `컨테이너 런타임이 이미지 ${josa(p.image, '을/를')} 내려받습니다`,
		body: (p) =>
			(p.outcome === 'backoff'
				? `이 파드의 앞선 컨테이너가 ${josa(p.image, '을/를')} 요청했고, 그 내려받기가 실패했습니다. kubelet의 재시도 대기(back-off)는 파드와 이미지별로 관리되므로 지금은 다시 내려받지 않습니다. 이 컨테이너에도 BackOff 이벤트와 “Error: ImagePullBackOff” 이벤트를 기록합니다.`
				: p.outcome === 'present'
					? `kubelet이 컨테이너 런타임에 이미지 상태를 묻습니다. 이미지가 이미 ${p.node}에 있으므로 내려받지 않습니다. 이벤트에는 “already present on machine”이라고 남습니다.`
					: p.outcome === 'repulled'
						? `이미지가 ${p.node}에 있지만 다시 내려받습니다. 태그가 latest이거나 없으면 이미지 풀 정책의 기본값이 Always이기 때문입니다. 컨테이너 런타임은 지금 latest가 가리키는 이미지를 받으려고 다시 내려받습니다. 압축된 크기는 ${p.size}바이트입니다. kubelet은 Pulling 이벤트와 Pulled 이벤트를 차례로 기록합니다.`
						: p.outcome === 'pulled'
							? `이미지가 ${p.node}에 없으므로 컨테이너 런타임이 레지스트리에서 내려받습니다. 압축된 크기는 ${p.size}바이트입니다. kubelet은 Pulling 이벤트를, 이어서 걸린 시간과 함께 Pulled 이벤트를 기록합니다.`
							: `레지스트리에 이미지 ${josa(p.image, '이/가')} 없습니다. 내려받기가 실패하고, kubelet은 컨테이너 런타임의 gRPC 오류가 담긴 Failed 이벤트를 기록합니다. 이어서 “Error: ErrImagePull” 이벤트를 기록합니다.${p.more && !p.init ? ' kubelet은 여기서 멈추지 않고 다음 컨테이너로 넘어갑니다.' : ''}`) +
			containerPlace(p, true)
	},
	createContainer: {
		title: (p) => `컨테이너 런타임이 컨테이너 ${josa(p.container, '을/를')} 만듭니다`,
		body: (p) =>
			`CreateContainer가 샌드박스 안에 컨테이너 ${josa(p.container, '을/를')} 준비합니다. 이미지를 바탕으로 명령, 환경 변수, 마운트를 갖춘 컨테이너입니다. 컨테이너는 만들어졌지만 아직 실행되지 않습니다.` +
			containerPlace(p)
	},
	startContainer: {
		title: (p) => `컨테이너 런타임이 컨테이너 ${josa(p.container, '을/를')} 시작합니다`,
		body: (p) =>
			`StartContainer가 프로세스를 실행합니다. kubelet의 PLEG(파드 라이프사이클 이벤트 생성기)는 다음 relist 때 실행 중인 컨테이너를 알아챕니다.${p.ownPart === 'command' ? ` 이 프로세스는 이미지의 기본 명령이 아니라 컨테이너에 준 명령 ${p.ownCommand}입니다.` : p.ownPart === 'args' ? ` 컨테이너에 준 인자 ${josa(p.ownCommand, '이/가')} 이미지의 기본 명령을 대신합니다. 이미지에 엔트리포인트가 있다면 그 뒤에 실행됩니다.` : ''}${p.ownPart ? (p.init ? ' KubeStep은 이를 실제로 실행하지 않고, 초기화 컨테이너의 명령은 할 일을 마치고 성공적으로 종료되는 것으로 재생합니다.' : ' KubeStep은 이를 실제로 실행하지 않고, sleep이나 반복문처럼 계속 실행되는 프로세스로 재생합니다.') : ''}${p.init ? ' 이 초기화 컨테이너가 성공적으로 종료될 때까지 kubelet은 다른 것을 시작하지 않습니다.' : p.more ? ' 이어서 kubelet은 다음 컨테이너로 넘어갑니다. 컨테이너는 spec에 적힌 순서대로 하나씩 시작됩니다.' : p.count > 1 ? ` 컨테이너 ${p.count}개 중 마지막 컨테이너였습니다.` : ''}`
	},
	reportRunning: {
		title: (p) => `파드 ${josa(p.name, '이/가')} ${p.node}에서 Running 상태가 됩니다`,
		body: (p) =>
			`kubelet이 파드의 status를 Running으로 패치합니다. podIP는 ${p.ip}입니다. 준비성 프로브가 없어 곧바로 준비되므로 모든 조건이 True입니다. kube-apiserver가 리비전 ${josa(p.revision, '으로/로')} 저장하고, watch 중인 모든 컴포넌트가 MODIFIED 이벤트를 받습니다.${p.count > 1 ? ` 컨테이너 ${p.count}개가 모두 실행 중이므로 READY는 ${p.count}/${p.count}입니다.` : ''} 이것으로 아홉 단계가 모두 끝났습니다.`
	},
	initContainerDone: {
		title: (p) => `초기화 컨테이너 ${josa(p.container, '이/가')} 완료됩니다`,
		body: (p) =>
			`${josa(p.container, '이/가')} 종료 코드 0으로 끝난 것을 PLEG가 알아채고, kubelet이 그 상태를 기록합니다. 상태는 terminated, 이유는 Completed이고, 준비된 것으로 표시됩니다. ${p.more ? `kubectl에는 ${josa(p.status, '이/가')} 보입니다. 다음 초기화 컨테이너는 이 동기화에서 이어서 시작됩니다.` : `마지막 초기화 컨테이너였으므로 Initialized가 True가 됩니다. kubelet은 같은 동기화에서 앱 컨테이너로 넘어가고, 앱 컨테이너가 실행될 때까지 kubectl에는 ${josa(p.status, '이/가')} 보입니다.`} 리비전 ${josa(p.revision, '으로/로')} 저장됩니다.`
	},
	initRunning: {
		title: (p) =>
			`초기화 컨테이너 ${josa(p.container, '이/가')} 끝나지 않아 파드가 ${p.status}에 머뭅니다`,
		body: (p) =>
			`${josa(p.container, '이/가')} 실행 중인 것을 PLEG가 알아채고, kubelet이 그 상태를 기록합니다. 시작되었지만 준비되지는 않았습니다. 초기화 컨테이너가 성공적으로 종료되어야 그다음 것이 시작되는데, 이 이미지의 프로세스는 nginx 같은 서버처럼 끝나지 않습니다. 그래서 파드는 Pending에 머물고, 실행이 이어지는 동안 kubectl에는 ${josa(p.status, '이/가')} 보입니다. 초기화 컨테이너에는 command: ["sh", "-c", "sleep 2"]처럼 끝나는 명령을 주세요. 리비전 ${josa(p.revision, '으로/로')} 저장됩니다.`
	},
	containerExit: {
		title: (p) =>
			p.init
				? `초기화 컨테이너 ${josa(p.exited, '이/가')} 곧바로 종료되어 Init:${p.reason} 상태가 됩니다`
				: p.count > 1
					? `컨테이너 ${josa(p.exited, '이/가')} ${p.reason} 상태로 곧바로 종료됩니다`
					: `컨테이너가 ${p.reason} 상태로 곧바로 종료됩니다`,
		body: (p) =>
			p.init
				? `이미지의 기본 명령이 종료 코드 ${josa(p.exitCode, '으로/로')} 곧바로 실패했습니다. 필수 설정이 없는 데이터베이스는 시작을 거부합니다. kubelet은 초기화 컨테이너 ${josa(p.exited, '이/가')} ${p.reason} 이유로 종료되었다고 보고하고, kubectl에는 Init:${josa(p.reason, '이/가')} 보입니다. 앱 컨테이너는 시작되지 않고 phase는 Pending 그대로입니다. restartPolicy가 Always이므로 kubelet은 실패한 초기화 컨테이너도 앱 컨테이너처럼 다시 시작합니다.`
				: `이미지의 기본 명령이 종료 코드 ${josa(p.exitCode, '으로/로')} 곧바로 끝났습니다. 터미널이 연결되지 않은 셸이나 REPL은 입력 끝(EOF)을 읽고 종료하고, 필수 설정이 없는 데이터베이스는 시작을 거부합니다. kubelet은 ${p.count > 1 ? `컨테이너 ${josa(p.exited, '이/가')}` : '컨테이너가'} ${p.reason} 이유로 종료되었다고 보고합니다. ${p.count > 1 ? `restartPolicy가 Always이므로 kubelet이 ${p.exitedCount > 1 ? '모두 ' : ''}다시 시작합니다. READY는 ${p.ready}/${p.count}입니다. 모든 컨테이너가 준비되어야 파드가 Ready가 됩니다. phase는 ${p.phase}입니다.${p.phase === 'Pending' ? ' 한 번도 시작하지 못한 컨테이너가 phase를 Pending에 묶어 둡니다.' : ''}` : 'restartPolicy가 Always이므로 phase는 Running으로 남지만 준비된 컨테이너는 없습니다.'} 계속 실행되는 이미지를 쓰거나 sleep 같은 명령을 주면 이 문제를 피할 수 있습니다.`
	},
	restartBackOff: {
		title: (p) =>
			p.init
				? '재시작한 초기화 컨테이너가 또 실패하여 Init:CrashLoopBackOff가 됩니다'
				: '재시작한 컨테이너가 또 종료되어 CrashLoopBackOff가 됩니다',
		body: (p) =>
			p.init
				? `kubelet이 초기화 컨테이너 ${josa(p.container, '을/를')} 곧바로 재시작하지만 또 실패합니다. 이제 kubelet은 다음 시도 전에 10초, 20초, 40초 … 최대 5분까지 점점 오래 기다립니다. 초기화 컨테이너는 CrashLoopBackOff 이유로 대기하고, kubectl에는 Init:CrashLoopBackOff와 RESTARTS ${josa(p.restarts, '이/가')} 보입니다. RESTARTS는 초기화 컨테이너의 재시작 횟수입니다. 다시 생긴 이벤트는 새로 쌓이지 않고, kubelet이 ${p.counted} 이벤트를 count 2로 PATCH 합니다. 초기화 컨테이너가 성공할 때까지 앱 컨테이너는 시작되지 않습니다. 이미지를 고치거나 성공적으로 끝나는 명령을 주세요.`
				: `kubelet이 ${josa(p.container, '을/를')} 곧바로 재시작하지만 또 종료됩니다. 이제 kubelet은 다음 시도 전에 10초, 20초, 40초 … 최대 5분까지 점점 오래 기다립니다. 그동안 컨테이너는 CrashLoopBackOff 이유로 대기하고, RESTARTS는 ${p.restarts}입니다. 다시 생긴 이벤트는 새로 쌓이지 않고 횟수만 늘어납니다. kubelet이 ${p.counted} 이벤트를 count 2로 PATCH 하므로, kubectl describe에는 (x2 over …)로 나옵니다. ${p.count > 1 ? '이런 컨테이너에는 매니페스트에 command: ["sleep", "3600"]처럼 계속 실행되는 명령을 주세요.' : `busybox를 명령 없이 kubectl run으로 실행하면 흔히 보는 결과입니다. kubectl run ${p.name} --image=busybox -- sleep 3600처럼 명령을 함께 주세요.`}${p.failed ? ` 같은 동기화에서 ${josa(p.failed, '은/는')} 아직 이미지 내려받기 대기 중이므로 ImagePullBackOff 이유로 대기합니다. 한 번도 시작하지 못했으므로 phase는 Pending입니다.` : ''}`
	},
	reportPullError: {
		title: () => 'kubelet이 ErrImagePull을 보고합니다',
		body: (p) =>
			p.init
				? `kubelet이 파드 상태를 기록합니다. 초기화 컨테이너 ${josa(p.pullFailed, '은/는')} ErrImagePull 이유로 대기하고, kubectl에는 Init:ErrImagePull이 보입니다. 초기화 컨테이너가 성공하지 않는 한 앱 컨테이너는 시작되지 않으므로 phase는 Pending 그대로입니다. 리비전 ${josa(p.revision, '으로/로')} 저장됩니다.`
				: p.count > 1
					? `kubelet이 파드 상태를 기록합니다. ${josa(p.pullFailed, '은/는')} ErrImagePull 이유로 대기합니다.${p.backedOff ? ` 같은 이미지의 재시도 대기에 걸린 ${josa(p.backedOff, '은/는')} ImagePullBackOff 이유로 대기합니다.` : ''} ${p.running ? `컨테이너 ${p.count}개 중 ${p.running}개는 실행 중이지만, 한 번도 시작하지 못한 컨테이너가 있으면 phase는 Pending으로 남습니다. READY는 ${p.running}/${p.count}입니다.` : '실행 중인 컨테이너가 없고, phase는 Pending 그대로입니다.'} 리비전 ${josa(p.revision, '으로/로')} 저장됩니다.`
					: `kubelet이 파드 상태에 ErrImagePull을 기록합니다. 컨테이너는 ErrImagePull 이유로 대기하고, phase는 Pending 그대로입니다. 샌드박스와 IP는 있지만 실행 중인 컨테이너는 없습니다. 리비전 ${josa(p.revision, '으로/로')} 저장됩니다.`
	},
	imagePullBackOff: {
		title: (p) =>
			p.init
				? 'kubelet이 재시도를 미루고, 초기화 컨테이너는 Init:ImagePullBackOff 상태가 됩니다'
				: 'kubelet이 재시도를 미루고, 컨테이너는 ImagePullBackOff 상태가 됩니다',
		body: (p) =>
			`1초 뒤 PLEG의 relist가 동기화를 한 번 더 일으킵니다. 이미지가 아직 10초의 재시도 대기 안에 있으므로 kubelet은 내려받지 않고 BackOff 이벤트와 “Error: ImagePullBackOff” 이벤트를 기록합니다. 파드 워커는 실패한 동기화를 10~15초 뒤에 다시 하고, 그때 기록되는 상태에서 ${p.init ? `초기화 컨테이너 ${josa(p.failed, '은/는')}` : p.count > 1 ? `컨테이너 ${josa(p.failed, '은/는')}` : '컨테이너는'} ImagePullBackOff 이유로 대기합니다. kubectl에도 ${p.init ? 'Init:ImagePullBackOff로' : '그렇게'} 표시됩니다. 10초가 지났으므로 같은 동기화에서 다시 내려받기를 시도하고, 대기 시간은 20초, 40초 …로 두 배씩 늘어 최대 5분이 됩니다. 대기 메시지에는 마지막 내려받기의 오류가 남아 있어서 kubectl describe로 이유를 볼 수 있습니다. 이미지 이름(${p.image})을 고치면 다음 시도에서 성공합니다.`
	},
	kubeletRejects: {
		title: (p) => `${p.node}의 kubelet이 ${josa(p.reason, '으로/로')} 파드를 거부합니다`,
		body: (p) =>
			`kubelet은 무엇이든 실행하기 전에 파드를 ${josa(p.node, '과/와')} 비교합니다. spec.nodeName 때문에 kube-scheduler를 거치지 않았으므로 이 어드미션이 유일한 확인입니다. 결과는 실패이고, 메시지는 “${p.message}”입니다. kubelet은 Warning 이벤트 ${josa(p.reason, '을/를')} 남기고, phase Failed, reason ${p.reason}, 메시지 “Pod was rejected: …”를 기록합니다. kubectl get pods의 STATUS에는 ${josa(p.reason, '이/가')} 보입니다. 다시 시도하는 컴포넌트는 없습니다. 파드를 삭제한 뒤 자리가 있는 노드를 고르거나, nodeName을 빼서 kube-scheduler가 고르게 하세요.`
	},
	awaitingNode: {
		title: (p) => `${josa(p.node, '을/를')} watch 하는 kubelet이 없어 파드가 Pending으로 남습니다`,
		body: (p) =>
			`클러스터에는 이름이 ${p.node}인 노드가 없지만 파드는 저장되었습니다. kube-scheduler는 노드가 정해진 파드에 손대지 않고, kubelet ${p.nodes}개는 각자 자기 노드 이름만 watch 합니다. 이 파드를 실행할 컴포넌트는 없습니다. kubectl get pods에는 Pending이 보입니다. kubectl describe의 Node 항목에는 ${p.node}/만 있고, 이벤트는 하나도 없습니다. ${p.seen}에 kube-controller-manager의 파드 가비지 컬렉터가 ${p.period}초마다 하는 점검을 합니다. 모르는 노드에 바인딩된 파드를 찾고, 노드 인포머가 늦었을 뿐일 수도 있으므로 그 이름을 ${p.quarantine}초 동안 격리해 둡니다.`
	},
	podGcOrphan: {
		title: (p) => `파드 가비지 컬렉터가 파드 ${josa(p.name, '을/를')} 지웁니다`,
		body: (p) =>
			`${p.at}에 격리 기간이 끝났지만 ${josa(p.node, '은/는')} 여전히 없습니다. 파드 가비지 컬렉터가 kube-apiserver에 Node를 묻고 404 NotFound를 받습니다. 파드의 phase를 Failed로 바꾸고 DisruptionTarget 조건 “${p.message}”를 붙입니다. 이어서 유예 기간 0으로 삭제하고, etcd는 키를 바로 지웁니다. kubectl get pods에 ${josa(p.name, '이/가')} 더는 나오지 않고, 이유를 알려 주는 이벤트도 없습니다. 노드를 먼저 만들거나, nodeName을 빼서 kube-scheduler가 고르게 하세요.`
	},
	failedScheduling: {
		title: () => 'FailedScheduling: 파드가 Pending 상태로 남습니다',
		body: (p) =>
			`kube-scheduler가 Warning 이벤트 FailedScheduling을 남깁니다. PodScheduled 조건을 False로, reason을 Unschedulable로 설정합니다. 메시지는 “${p.message}”입니다. 파드는 큐로 돌아가고, ${retriedWhen(String(p.message))} 등 클러스터가 바뀌면 다시 스케줄링됩니다.`
	}
};
