/** 한국어 텍스트. en.ts와 같은 모양이어야 한다 (타입 검사로 맞춘다). */
import type { Messages } from './en';

type P = Record<string, string | number>;

export const ko: Messages = {
	lang: { name: '한국어', switchTo: 'English', switchLabel: '언어: 영어로 바꾸기 (Language)' },
	app: {
		title: 'KubeStep',
		skip: '플레이어로 건너뛰기',
		back: '모든 흐름'
	},
	notFound: {
		title: '페이지를 찾을 수 없습니다',
		body: '이 주소에는 페이지가 없습니다. 링크가 잘못 입력되었거나, 아직 없는 흐름일 수 있습니다.',
		failed: '페이지를 불러오지 못했습니다',
		failedBody:
			'불러오는 중에 문제가 생겼습니다. 새로 고침하면 나아질 수 있습니다. 아래에 모든 흐름이 있습니다.',
		flows: '볼 수 있는 흐름'
	},
	whatIf: {
		title: '아직 보지 않은 단계를 건너뛸까요?',
		body: (p: P) =>
			`바꿔 보기는 흐름의 마지막 단계 뒤에 이어서 재생됩니다. 지금 재생하면 아직 보지 않은 ${p.n}개 단계를 건너뜁니다. 건너뛴 단계는 타임라인에서 다시 볼 수 있습니다.`,
		skip: '건너뛰고 바꿔 보기 재생',
		cancel: '취소',
		played: '이번 실행의 바꿔 보기',
		remove: (p: P) => `바꿔 보기 “${p.what}” 빼기`
	},
	controls: {
		group: '플레이어 조작',
		play: '재생 (Play)',
		pause: '일시정지 (Pause)',
		next: '다음 단계 (Next step)',
		previous: '이전 단계 (Previous step)',
		restart: '처음부터 (Restart)',
		stepwise: '한 단계씩: 단계가 끝날 때마다 멈춤',
		large: '발표용 큰 글씨: 그림을 화면 가득, 패널은 필요할 때만',
		panels: '패널',
		more: '설명 전체',
		speed: '속도 (Speed)',
		timeline: '타임라인 (Timeline)',
		status: (p: P) => `${p.n} / ${p.m} 단계`,
		keysHint: 'Space로 재생·일시정지 · ← →로 한 단계씩 · ?로 모든 단축키',
		shortcuts: '키보드 단축키',
		fullscreen: '전체 화면',
		exitFullscreen: '전체 화면 종료',
		openFull: 'KubeStep에서 열기',
		export: '내보내기',
		checkpoints: '예측 질문',
		present: '발표',
		building: '시나리오를 만드는 중…',
		close: '닫기'
	},
	diagram: {
		clock: '클러스터 시각',
		clockTitle: '시나리오가 시작된 뒤 흐른 시뮬레이션 시간',
		zoom: '확대/축소',
		zoomIn: '확대',
		zoomOut: '축소',
		fit: '화면에 맞추기',
		follow: '움직임 따라 확대: 단계마다 그 부분을 크게',
		kernel: '커널 · netfilter · conntrack',
		network: '네트워크',
		pairs: '이 단계의 메시지',
		whole: '클러스터 전체',
		zoomHint: '끌어서 이동, Ctrl + 휠 또는 두 손가락으로 확대/축소',
		proxyState: { watching: 'watch 중', syncing: '동기화 중', synced: '동기화됨' },
		proxyTitle: (p: P) => `${p.pod} — DaemonSet kube-system/kube-proxy의 파드 (${p.state})`,
		controlPlane: '컨트롤 플레인',
		user: '사용자',
		aria: (p: P) =>
			`클러스터 그림: kubectl, 컨트롤 플레인, 워커 노드 ${p.nodes}개. ${p.n}단계: ${p.title}`
	},
	panels: {
		tabs: '패널',
		sources: '출처',
		narration: '무슨 일이 일어나나',
		etcd: 'etcd',
		iptables: 'iptables',
		etcdKeys: (p: P) => `/registry 아래 키 · 리비전 ${p.revision}`,
		wrote: '이 단계에서 쓴 키',
		storedObject: (p: P) => `저장된 오브젝트 ${p.key}`,
		storedAs:
			'etcd에는 YAML이 아니라 k8s\\x00으로 시작하는 쿠버네티스 protobuf 바이트로 저장됩니다. 여기서는 kubectl get -o yaml처럼 풀어서 보여 줍니다.',
		noObject: '아직 저장되지 않았습니다.',
		pod: '파드',
		getPods: 'kubectl get pods -o wide',
		cluster: '클러스터',
		getNodes: 'kubectl get nodes',
		getDeployments: 'kubectl get deployments',
		describe: (p: P) => `kubectl describe pod ${p.name} — Events`,
		noEvents: '<none>',
		notCreated: (p: P) => `Error from server (NotFound): pods "${p.name}" not found`,
		scheduler: '스케줄러',
		pipeline: '요청 처리 단계',
		stages: {
			authentication: '인증 (Authentication)',
			authorization: '인가 (Authorization)',
			watchCache: 'watch 캐시',
			table: 'Table 변환',
			decode: '디코딩과 기본값 (Defaulting)',
			mutatingAdmission: '변형 어드미션 (Mutating)',
			allocate: '할당 (BeginCreate)',
			validation: '유효성 검사 (Validation)',
			validatingAdmission: '검증 어드미션 (Validating)',
			persist: 'etcd에 저장'
		},
		command: '명령',
		output: '출력',
		terminal: '터미널',
		yaml: 'YAML'
	},
	scenario: {
		try: '시나리오 바꿔 보기',
		changed: '지금 실행:',
		defaults: '기본값',
		apply: '시나리오 적용',
		none: '없음',
		presets: '예시'
	}
};
