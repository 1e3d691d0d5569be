/**
 * Narration of the kubectl-get flow's steps in Korean (same keys and params as en.ts):
 * 합니다체 throughout, titles included, in the terms of src/lib/i18n/glossary.md.
 */
import type { NarrationOf } from '$lib/flows/kit/narration';
import { josa } from '$lib/i18n/josa';
import type { KubectlGetStep } from '../machine';

const 이 = (w: string | number) => josa(String(w), '이/가');
const 을 = (w: string | number) => josa(String(w), '을/를');
const 으로 = (w: string | number) => josa(String(w), '으로/로');
const 은 = (w: string | number) => josa(String(w), '은/는');

export const kubectlGetStepsKo: NarrationOf<KubectlGetStep> = {
	discovery: {
		title: () => 'kubectl이 “pods”가 무엇인지 알아봅니다',
		body: () =>
			'목록을 받기 전에 kubectl은 어느 API가 “pods”를 제공하는지 알아야 합니다. ~/.kube/config에서 서버 주소(https://192.168.56.10:6443)와 kubernetes-admin의 클라이언트 인증서를 읽고, GET /api와 GET /apis를 보냅니다. 두 응답은 집계된 디스커버리(aggregated discovery)로, 그룹마다 모든 리소스를 한 번에 담습니다. kubectl은 이를 ~/.kube/cache/discovery에 6시간 동안 보관하므로, 다음 명령은 이 두 요청을 건너뜁니다.'
	},
	listRequest: {
		title: () => 'GET /api/v1/namespaces/default/pods?limit=500을 보냅니다',
		body: (p) =>
			`요청은 네임스페이스를 지정하고 파드를 최대 ${p.limit}개까지 달라고 합니다. kubectl은 긴 목록을 --chunk-size만큼씩 나누어 읽습니다. Accept 헤더는 Table을 요청하므로 열은 서버가 만듭니다. 클라이언트 인증서로 kubeadm:cluster-admins 그룹의 사용자 kubernetes-admin이 되고, kubeadm이 만든 바인딩을 통해 RBAC가 “list pods”를 허용합니다. 어드미션 플러그인은 실행되지 않습니다. 어드미션은 쓰기를 위한 것이고, 목록 조회는 아무것도 쓰지 않습니다.`
	},
	currentRevision: {
		title: (p) => `kube-apiserver가 etcd에 리비전을 묻고 ${을(p.revision)} 받습니다`,
		body: (p) =>
			`요청에는 resourceVersion이 없고, 이는 “etcd만큼 최신으로”라는 뜻입니다. kube-apiserver는 그래도 watch 캐시에서 답하지만(ConsistentListFromCache, v1.34부터 GA), 먼저 etcd의 현재 위치를 묻습니다. 아무것도 담지 않은 키 /registry/pods 자체를 읽고, 응답 헤더의 리비전 ${p.revision}만 봅니다. 파드 캐시는 마지막 파드 쓰기인 ${p.cacheRv}에 있습니다. 그 뒤의 쓰기 ${p.behind}건은 kubelet의 Lease처럼 다른 키에 대한 것이었습니다.`
	},
	progressNotify: {
		title: (p) => `진행 알림이 캐시를 ${으로(p.revision)} 옮깁니다`,
		body: (p) =>
			`캐시가 뒤처진 것인지, ${p.from} 이후 바뀐 파드가 없는 것인지 캐시 혼자서는 알 수 없습니다. 그래서 /registry/pods/에 걸어 둔 watch로 etcd에 진행 알림(progress notification)을 요청하고, 조회가 기다리는 동안 100ms마다 다시 요청합니다. etcd는 이 watch가 리비전 ${p.revision}까지 모두 받았다고 답합니다. 바뀐 파드는 없지만 캐시는 이제 ${p.revision}에 있습니다.`
	},
	cacheAnswers: {
		title: (p) => `캐시가 resourceVersion ${p.rv}에서 ${p.count}개 행으로 답합니다`,
		body: (p) =>
			`캐시는 네임스페이스의 파드를 메모리에서 키 순서대로 꺼냅니다. 파드의 REST 핸들러가 이를 Table로 바꿔, 파드마다 NAME, READY, STATUS, RESTARTS, AGE와 wide 열을 담은 행을 만듭니다. 이 목록을 위해 etcd가 내준 파드는 하나도 없습니다. 목록의 resourceVersion은 어느 파드의 것도 아닌 etcd의 리비전 ${p.rv}입니다. 가장 최근 파드는 ${p.newest}에 있습니다. ${p.rv}부터 시작하는 watch는 빠뜨리는 것도 겹치는 것도 없습니다.`
	},
	tablePrinted: {
		title: (p) => `kubectl이 파드 ${p.count}개를 출력합니다`,
		body: () =>
			'kubectl은 서버가 계산한 행을 AGE까지 그대로 출력합니다. 서버가 wide로 표시한 열(IP, NODE, NOMINATED NODE, READINESS GATES)은 -o wide를 주지 않으면 빼고 보여 줍니다. 열 너비는 kubectl의 tabwriter가 가장 긴 칸 뒤에 공백 세 칸을 두어 맞춥니다. 터미널 탭도 같은 클러스터에서 같은 명령에 똑같이 답합니다.'
	},
	watchStarts: {
		title: () => 'kubectl get pods -w는 목록을 받은 뒤 그 resourceVersion부터 watch합니다',
		body: (p) =>
			`-w를 주면 kubectl은 먼저 같은 방식으로 목록을 받습니다.${p.behind > 0 ? '' : ' etcd가 아직 캐시의 리비전에 있으므로 따라잡을 것이 없습니다.'} 파드 ${p.count}개를 출력한 뒤, 목록의 resourceVersion ${p.rv}부터 watch를 보냅니다. ${p.rv} 이후의 변경은 모두 받고, 그 전의 것은 받지 않습니다. 이 watch도 watch 캐시가 처리합니다. 클라이언트가 몇이든 etcd에는 리소스마다 kube-apiserver의 watch 하나만 있습니다.`
	},
	scaledElsewhere: {
		title: (p) => `다른 터미널에서 ${p.name}의 레플리카를 ${p.to}개로 늘립니다`,
		body: (p) =>
			`그사이 동료가 kubectl scale deployment ${p.name} --replicas=${을(p.to)} 실행합니다. etcd에서 Deployment가 바뀌고, Deployment 컨트롤러가 ReplicaSet ${p.rs}의 레플리카를 ${p.to}개로 올립니다. 여러분의 watch에는 아무것도 오지 않습니다. 이 watch는 파드만 보고, 아직 바뀐 파드가 없습니다.`
	},
	podAdded: {
		title: (p) => `ADDED: watch에 ${이(p.name)} 나타납니다`,
		body: (p) =>
			`ReplicaSet 컨트롤러가 리비전 ${p.rv}에서 ${을(p.name)} 만듭니다. 캐시는 자기 etcd watch로 이를 듣고, 필터가 맞는 모든 watch에 이벤트를 넘깁니다. 여러분의 kubectl, kube-scheduler, kube-controller-manager입니다. 파드에 아직 노드가 없으므로 kubelet은 듣지 못합니다. kubectl은 0/1, Pending인 행을 출력합니다.`
	},
	podBound: {
		title: (p) =>
			p.bound
				? `MODIFIED: ${이(p.name)} ${p.node}에 바인딩됩니다`
				: `MODIFIED: ${이(p.name)} Pending으로 남습니다`,
		body: (p) =>
			p.bound
				? `kube-scheduler가 파드를 ${p.node}에 바인딩합니다. kubectl은 같은 행을 한 번 더 출력합니다. -o wide가 아니면 spec.nodeName은 열이 아니고, 파드는 여전히 Pending입니다. ${p.node}의 kubelet은 이 쓰기를 ADDED로 듣습니다. spec.nodeName=${으로(p.node)} 거른 watch에서는 파드가 방금 나타났기 때문입니다.`
				: `kube-scheduler는 파드가 들어갈 여유가 있는 노드를 찾지 못합니다. 파드를 Unschedulable로 표시하고 FailedScheduling 이벤트를 남깁니다. 메시지는 “${p.why}”입니다. 이 상태 쓰기도 여느 이벤트와 같으므로 kubectl은 같은 Pending 행을 한 번 더 출력합니다. 파드는 노드가 합류하는 것처럼 클러스터가 바뀔 때까지 기다립니다.`
	},
	podCreating: {
		title: (p) => `MODIFIED: ${p.name}의 상태가 ContainerCreating입니다`,
		body: (p) =>
			`${p.node}의 kubelet이 파드를 받아들이고 리비전 ${p.rv}에 첫 상태를 씁니다. STATUS는 이제 컨테이너의 대기 이유인 ContainerCreating입니다. 이 행은 목록보다 넓고, 그 열은 이후의 모든 행에서도 넓게 유지됩니다. kubectl의 tabwriter는 watch가 출력하는 행들에 걸쳐 너비를 기억합니다.`
	},
	podRunning: {
		title: (p) => `MODIFIED: ${이(p.name)} Running입니다`,
		body: (p) =>
			`컨테이너가 시작되고 kubelet이 리비전 ${p.rv}에 Running, 1/1을 보고합니다. 파드 샌드박스는 주소 ${을(p.ip)} 받았습니다. 새 파드 하나에 행 네 개가 출력되었습니다. kubectl get -w는 파드마다가 아니라 이벤트마다 한 행을 출력합니다. 이벤트 종류까지 보려면 --output-watch-events를 씁니다.`
	},
	informerList: {
		title: () => '다시 시작한 kubelet이 resourceVersion=0으로 파드 목록을 받습니다',
		body: (p) =>
			`모든 컨트롤러와 kubelet은 kubectl get -w처럼 목록을 받은 뒤 watch합니다. 둘 다 인포머의 핵심인 client-go의 리플렉터를 거칩니다. ${p.node}의 kubelet이 다시 시작합니다. 파드 소스는 spec.nodeName=${p.node}이고 resourceVersion=0인 목록을 요청하며, 이는 “가진 어느 버전이든”이라는 뜻입니다. 캐시는 etcd에 묻지 않고 곧바로 답하며 limit은 무시합니다. resourceVersion ${p.rv}에서 파드 ${p.count}개(${p.pods})입니다. kube-apiserver는 목록을 watch 이벤트로 흘려보내는 방식(WatchList)도 지원하지만, client-go가 이를 기본으로 꺼 두므로 kubelet은 목록을 요청합니다.`
	},
	informerWatch: {
		title: (p) => `이어서 ${p.rv}부터 북마크와 함께 watch합니다`,
		body: (p) =>
			`리플렉터는 목록의 resourceVersion ${p.rv}부터 watch합니다. allowWatchBookmarks=true이면 서버가 때때로 더 새로운 resourceVersion만 담은 이벤트를 보내므로, 끊긴 watch는 거기서 다시 이어집니다. timeoutSeconds=${은(p.timeout)} 5분에서 10분 사이의 무작위 값이라 인포머들이 한꺼번에 다시 연결하지 않습니다. 이어 붙인 watch가 너무 오래되었으면(410 Gone) 리플렉터는 목록을 다시 받습니다.`
	},
	watchOnlyOpens: {
		title: () => 'kubectl get pods --watch-only도 목록 요청은 보냅니다',
		body: (p) =>
			`--watch-only는 목록을 출력하지 않지만 kubectl은 목록을 요청합니다. watch를 시작할 resourceVersion이 필요하기 때문입니다. 캐시는 ${p.rv}에서 ${p.count}개 행으로 답하고, kubectl은 하나도 출력하지 않은 채 ${p.rv}부터 watch합니다. 무언가 바뀔 때까지 화면은 비어 있습니다.`
	},
	labelledElsewhere: {
		title: (p) => `MODIFIED: ${p.pod} 파드에 ${p.label} 레이블이 붙습니다`,
		body: (p) =>
			`다른 터미널에서 kubectl label pod ${p.pod} ${이(p.label)} 리비전 ${p.rv}에 파드를 바꿉니다. 이 이벤트가 --watch-only가 처음 출력하는 것이며, 헤더도 함께 나옵니다. 레이블은 열이 아니므로 행은 그대로 보입니다. 바뀐 것을 보려면 --show-labels를 붙입니다.`
	},
	leasesRenewed: {
		title: (p) => `kubelet ${p.nodes}개가 Lease를 갱신합니다`,
		body: (p) =>
			`지난번 갱신에서 10초가 지나 모든 kubelet이 Lease를 갱신하므로 쓰기가 ${p.nodes}건 일어납니다. etcd는 이제 리비전 ${p.revision}에 있습니다. 파드 캐시는 이 쓰기를 하나도 듣지 않았으므로 아직 ${p.cacheRv}에 있고, ${p.behind}만큼 뒤처졌습니다.`
	},
	rv0List: {
		title: (p) => `resourceVersion=0이면 캐시가 ${p.rv}에서 곧바로 답합니다`,
		body: (p) =>
			`kubectl get --raw가 resourceVersion=0으로 목록을 요청합니다. 캐시는 가진 것으로 곧바로 답합니다. ${p.rv}에서 파드 ${p.count}개이며, etcd의 ${p.revision}보다 ${p.behind}만큼 뒤입니다. 바뀐 파드가 없으므로 여기서 빠진 것은 없습니다. 하지만 아직 오는 중인 파드 이벤트가 있었다면 빠졌을 것이고, resourceVersion 없는 목록이라면 그것을 기다렸을 것입니다. 인포머는 watch가 목록에서 빠진 것을 가져오므로 이 위험을 감수합니다.`
	},
	firstPage: {
		title: (p) => `--chunk-size=${p.size}: 첫 페이지는 캐시에서 옵니다`,
		body: (p) =>
			p.remaining > 0
				? `kubectl은 파드를 한 번에 ${p.size}개씩 요청합니다. 이 목록은 일관된 읽기라서, ${p.behind > 0 ? '캐시가 먼저 etcd를 따라잡은 뒤' : '캐시가 이미 etcd의 리비전에 있으므로 곧바로'} resourceVersion ${p.rv}에서 첫 파드 ${p.count}개를 remainingItemCount ${p.remaining}, continue 토큰과 함께 보냅니다. 토큰은 {"v":"meta.k8s.io/v1","rv":${p.rv},"start":…}의 base64입니다. 목록의 리비전과, 마지막으로 보낸 키 다음의 키를 담습니다.`
				: `kubectl은 파드를 한 번에 ${p.size}개씩 요청하지만, 네임스페이스의 파드는 ${p.count}개뿐입니다. ${p.behind > 0 ? '캐시가 etcd를 따라잡은 뒤 ' : ''}resourceVersion ${p.rv}의 한 페이지에 모두 담기므로 continue 토큰은 없습니다. kubectl은 표를 출력합니다.`
	},
	nextPages: {
		title: (p) =>
			p.fromCache
				? `나머지 페이지 ${p.requests}개는 캐시가 리비전 ${p.rv}의 스냅샷으로 답합니다`
				: `나머지 페이지 ${p.requests}개는 etcd가 리비전 ${p.rv} 기준으로 읽습니다`,
		body: (p) =>
			p.fromCache
				? `v1.34부터는 watch 캐시가 목록을 직접 이어 줍니다. 캐시는 파드 쓰기 이벤트를 받을 때마다 그 시점의 파드 전체를 스냅샷으로 남깁니다. 이 기능은 ListFromCacheSnapshot으로, 베타 단계이지만 기본으로 켜져 있습니다. 토큰이 요구하는 리비전은 ${p.rv}입니다. 그 이하에서 가장 최근 스냅샷은 마지막 파드 쓰기인 ${p.snapshot}의 것이므로, ${p.rv} 시점의 파드와 정확히 같습니다. 모든 페이지가 이 스냅샷을 읽으므로, 그사이 파드가 바뀌어도 ${p.total}개 파드는 한 시점의 모습이고 etcd는 파드를 하나도 내주지 않습니다. 스냅샷은 그 쓰기가 캐시의 최근 이벤트(적어도 ${p.fresh}초 분량)에 남아 있고 etcd가 그 리비전을 압축하기 전까지만 유지됩니다. 스냅샷이 없으면 페이지는 etcd로 갑니다. etcd가 ${을(p.rv)} 이미 압축했다면 410 Gone을 받고, 목록은 처음부터 다시 받아야 합니다. kubectl은 마지막 페이지 뒤에 표 하나를 출력합니다.`
				: `캐시에는 리비전 ${p.rv} 이하의 스냅샷이 남아 있지 않습니다. etcd가 마지막으로 압축한 리비전보다 오래된 스냅샷은 지워지기 때문입니다. 그래서 페이지마다 etcd로 가고, etcd는 첫 페이지의 리비전 ${p.rv}에서 읽습니다. 그사이 파드가 바뀌었어도 ${p.total}개 파드는 한 시점의 모습입니다. etcd가 ${을(p.rv)} 압축하고 나면 그 토큰은 410 Gone을 받고, 목록은 처음부터 다시 받아야 합니다. kubectl은 마지막 페이지 뒤에 표 하나를 출력합니다.`
	}
};
