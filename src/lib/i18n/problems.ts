/**
 * What the list of a link's or a form's bad values says, in each language. Only that list uses it,
 * and it loads only when there is something to list, so this text is not part of a page's first
 * load.
 */
import type { Lang } from './index';

type P = Record<string, string | number>;

const en = {
	heading: 'Some values were not used',
	rejected: 'Nothing was applied: please fix these values',
	keep: (p: P) => `using ${p.fallback}`,
	ignored: 'ignored',
	skipped: 'skipped',
	/** a value too long to show whole: its start and its length */
	long: (p: P) => `${p.start}… (${p.n} characters)`,
	more: (p: P) => `… and ${p.n} more`,
	unknown: (p: P) =>
		`${p.field}=“${p.value}”: this page has no parameter “${p.field}” (it reads ${p.known})`,
	repeated: (p: P) =>
		`${p.field} is given more than once (“${p.value}”): give it once, so it is clear which value is meant`,
	integerRange: (p: P) =>
		`${p.field}=“${p.value}” must be a whole number from ${p.min} to ${p.max}`,
	dns1123: (p: P) =>
		`${p.field}=“${p.value}” is not a valid pod name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters (RFC 1123)`,
	containerName: (p: P) =>
		`${p.field}=“${p.value}” is not a valid container name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters (RFC 1123)`,
	image: (p: P) => `${p.field}=“${p.value}” is not a valid image reference (e.g. nginx:1.27)`,
	cpu: (p: P) =>
		`${p.field}=“${p.value}” is not a CPU quantity (e.g. 250m, 0.5, 2): whole millicores, at most 1000000 cores`,
	memory: (p: P) =>
		`${p.field}=“${p.value}” is not a memory quantity (e.g. 128Mi, 1Gi, 500M): at most 8Pi`,
	seed: (p: P) => `${p.field}=“${p.value}” must be 1–32 letters, digits, '-' or '_'`,
	lang: (p: P) => `${p.field}=“${p.value}” must be ko or en`,
	text: (p: P) => `${p.field}=“${p.value}” must be large or normal`,
	embed: (p: P) => `embed=“${p.value}” must be 1 (the flow alone, for an iframe) or 0`,
	checkpoints: (p: P) => `checkpoints=“${p.value}” must be on or off`,
	command: (p: P) =>
		`cmd=“${p.value}” must be one command line for the terminal: not empty, no line breaks or control characters, at most ${p.max} characters`,
	labels: (p: P) =>
		`${p.field}=“${p.value}” is not a label: write key=value pairs, comma-separated, such as app=web,tier=frontend (keys like kubernetes.io/hostname, values of letters, digits, '-', '_' and '.')`,
	subdomain: (p: P) =>
		`${p.field}=“${p.value}” is not a valid node name: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters (RFC 1123 subdomain)`,
	taint: (p: P) =>
		`${p.field}=“${p.value}” is not a taint this flow plays: write node:key=value:Effect as kubectl taint nodes takes it, such as node-2:dedicated=gpu:NoSchedule, with the Effect NoSchedule or PreferNoSchedule (NoExecute evicts running pods: see the node-failure flow)`,
	toleration: (p: P) =>
		`${p.field}=“${p.value}” is not a toleration: key=value:Effect (operator Equal), key:Effect or key (operator Exists), * for every key; the effect may be left out`,
	duplicateTaint: (p: P) =>
		`${p.field}=“${p.value}”: that node already gets a taint with this key and effect (kubectl taint refuses duplicated taints)`,
	container: (p: P) =>
		`${p.field}=“${p.value}” is not a container: write name=image, then ;cpu=, ;memory=, ;cpuLimit=, ;memoryLimit=, ;command= or ;args= if wanted, such as log=busybox:1.36;cpu=100m;args=sleep 3600 (the name lowercase letters, digits and '-')`,
	containerCommand: (p: P) =>
		`${p.field}=“${p.value}” is not a command: words separated by spaces, each percent-encoded where it holds a space, a comma or a semicolon (such as sleep 3600), at most ${p.max} words`,
	duplicateContainer: (p: P) =>
		`${p.field}=“${p.value}”: the pod already has a container with this name (the API server refuses a duplicate value), so this run leaves it out`,
	limitBelowRequest: (p: P) =>
		`${p.field}=“${p.value}” is below the request: the API server refuses a pod whose request is more than its limit, so this run leaves the limit out`,
	manifest: (p: P) =>
		`yaml=“${p.value}” must be a manifest this page wrote into a link (letters, digits, - and _, at most ${p.max})`,
	view: (p: P) =>
		p.value
			? `view=“${p.value}” must be presenter or audience`
			: 'room= needs view=presenter or view=audience beside it',
	room: (p: P) =>
		p.value
			? `room=“${p.value}” must be 1–32 letters, digits, '-' or '_'`
			: 'view= needs the room it belongs to (room=…): use the Present button to make one',
	step: (p: P) => `step=“${p.value}” must be a whole number from 1 to ${p.max}`,
	dns1035: (p: P) =>
		`${p.field}=“${p.value}” is not a valid Service name: lowercase letters, digits and '-', starting with a letter and ending with a letter or digit, at most 63 characters (RFC 1035)`,
	reservedName: (p: P) =>
		`${p.field}=“${p.value}”: every cluster already has Service default/kubernetes (the apiserver's own); exposing another one by that name would fail with AlreadyExists`,
	action: (p: P) =>
		`then=“${p.value}” is not a what-if: use scale:N (0–${p.max}), delete:<pod name>, add-node or packet`,
	tooManyActions: (p: P) => `then=“${p.value}”: at most ${p.max} what-ifs in one link`,
	noSuchPod: (p: P) =>
		`then=“${p.value}”: there is no running backend pod with that name at that point`,
	tooManyNodes: (p: P) =>
		`then=“${p.value}”: the cluster already has ${p.max} nodes, the most this app simulates`,
	noRoom: (p: P) =>
		`then=“${p.value}”: no node has room for the pods it would create (they would stay Pending)`,
	nodeName: (p: P) =>
		`${p.field}=“${p.value}” must be a worker node's name, node-1 to node-${p.max}`,
	noSuchNode: (p: P) =>
		`${p.field}=“${p.value}”: the cluster has ${p.max === 1 ? 'one node, node-1' : `${p.max} nodes, node-1 to node-${p.max}`}`,
	nodeAction: (p: P) =>
		`then=“${p.value}” is not a what-if here: use recover, delete-node, out-of-service, statefulset or toleration:N (N seconds, 0–${p.max})`,
	readAction: (p: P) =>
		`then=“${p.value}” is not a what-if here: use watch-only, rv0 or pages:N (N items a page, 1–${p.max})`,
	repeatedWhatIf: (p: P) => `then=“${p.value}”: this what-if is in the link already`,
	oneEnding: (p: P) =>
		`then=“${p.value}”: the link already ends the story (recover, delete-node and out-of-service each decide what becomes of the node: one per run)`,
	notMore: (p: P) =>
		`${p.field}=“${p.value}” must be more than the ${p.min} starting replicas: this flow scales out`,
	fromDoesNotFit: (p: P) =>
		`${p.field}=“${p.value}”: that many pods with this CPU request do not fit the nodes to start with`
};

const ko: typeof en = {
	heading: '사용하지 않은 값이 있습니다',
	rejected: '아무것도 적용하지 않았습니다. 다음 값을 고쳐 주세요',
	keep: (p: P) => `대신 ${p.fallback} 사용`,
	ignored: '무시함',
	skipped: '건너뜀',
	long: (p: P) => `${p.start}… (${p.n}자)`,
	more: (p: P) => `… 외 ${p.n}개`,
	unknown: (p: P) =>
		`${p.field}=“${p.value}”: 이 페이지에는 “${p.field}” 매개변수가 없습니다 (읽는 매개변수: ${p.known})`,
	repeated: (p: P) =>
		`${p.field} 매개변수가 여러 번 주어졌습니다 (“${p.value}”): 어느 값인지 분명하도록 한 번만 쓰세요`,
	integerRange: (p: P) => `${p.field}=“${p.value}”: ${p.min}부터 ${p.max}까지의 정수여야 합니다`,
	dns1123: (p: P) =>
		`${p.field}=“${p.value}”: 올바른 파드 이름이 아닙니다. 소문자·숫자·'-'만 쓰고, 영숫자로 시작하고 끝나며, 63자 이하여야 합니다 (RFC 1123)`,
	containerName: (p: P) =>
		`${p.field}=“${p.value}”: 올바른 컨테이너 이름이 아닙니다. 소문자·숫자·'-'만 쓰고, 영숫자로 시작하고 끝나며, 63자 이하여야 합니다 (RFC 1123)`,
	image: (p: P) => `${p.field}=“${p.value}”: 올바른 이미지 참조가 아닙니다 (예: nginx:1.27)`,
	cpu: (p: P) =>
		`${p.field}=“${p.value}”: CPU 수량이 아닙니다 (예: 250m, 0.5, 2). 밀리코어 단위의 정수, 최대 1000000코어`,
	memory: (p: P) =>
		`${p.field}=“${p.value}”: 메모리 수량이 아닙니다 (예: 128Mi, 1Gi, 500M). 최대 8Pi`,
	seed: (p: P) => `${p.field}=“${p.value}”: 영문자·숫자·'-'·'_' 1–32자여야 합니다`,
	lang: (p: P) => `${p.field}=“${p.value}”: ko 또는 en이어야 합니다`,
	text: (p: P) => `${p.field}=“${p.value}”: large 또는 normal이어야 합니다`,
	embed: (p: P) => `embed=“${p.value}”: 1(iframe에 넣을 흐름만) 또는 0이어야 합니다`,
	checkpoints: (p: P) => `checkpoints=“${p.value}”: on 또는 off여야 합니다`,
	command: (p: P) =>
		`cmd=“${p.value}”: 터미널에서 실행할 명령 한 줄이어야 합니다. 비어 있으면 안 되고, 줄바꿈이나 제어 문자 없이 최대 ${p.max}자`,
	labels: (p: P) =>
		`${p.field}=“${p.value}”: 레이블이 아닙니다. app=web,tier=frontend처럼 key=value를 쉼표로 이어 쓰세요 (키는 kubernetes.io/hostname 같은 이름, 값은 영문자·숫자·'-'·'_'·'.')`,
	subdomain: (p: P) =>
		`${p.field}=“${p.value}”: 올바른 노드 이름이 아닙니다. 소문자·숫자·'-'·'.'만 쓰고, 영숫자로 시작하고 끝나며, 253자 이하여야 합니다 (RFC 1123 서브도메인)`,
	taint: (p: P) =>
		`${p.field}=“${p.value}”: 이 흐름이 재생하는 테인트가 아닙니다. kubectl taint nodes처럼 node:key=value:Effect로 쓰세요(예: node-2:dedicated=gpu:NoSchedule). Effect는 NoSchedule이나 PreferNoSchedule이어야 합니다. NoExecute는 실행 중인 파드를 축출하며, 노드 장애 흐름에서 볼 수 있습니다`,
	toleration: (p: P) =>
		`${p.field}=“${p.value}”: 톨러레이션이 아닙니다. key=value:Effect(연산자 Equal), key:Effect 또는 key(연산자 Exists)로 쓰고, 모든 키는 *로 씁니다. Effect는 생략할 수 있습니다`,
	duplicateTaint: (p: P) =>
		`${p.field}=“${p.value}”: 그 노드에는 같은 키와 Effect의 테인트가 이미 있습니다 (kubectl taint는 중복 테인트를 거부합니다)`,
	container: (p: P) =>
		`${p.field}=“${p.value}”: 컨테이너가 아닙니다. name=image로 쓰고, 필요하면 ;cpu=, ;memory=, ;cpuLimit=, ;memoryLimit=, ;command=, ;args=를 붙이세요(예: log=busybox:1.36;cpu=100m;args=sleep 3600). 이름은 소문자·숫자·'-'로 씁니다`,
	containerCommand: (p: P) =>
		`${p.field}=“${p.value}”: 명령이 아닙니다. 단어를 공백으로 구분해 쓰고, 공백·쉼표·세미콜론이 든 단어는 퍼센트 인코딩하세요(예: sleep 3600). 최대 ${p.max}단어입니다`,
	duplicateContainer: (p: P) =>
		`${p.field}=“${p.value}”: 파드에 같은 이름의 컨테이너가 이미 있습니다. kube-apiserver가 중복 값을 거부하므로 이번 실행에서는 뺍니다`,
	limitBelowRequest: (p: P) =>
		`${p.field}=“${p.value}”: 요청보다 작습니다. kube-apiserver는 요청이 제한보다 큰 파드를 거부하므로 이번 실행에서는 제한을 뺍니다`,
	manifest: (p: P) =>
		`yaml=“${p.value}”: 이 페이지가 링크에 넣은 매니페스트여야 합니다(영문자·숫자·-·_, 최대 ${p.max}자)`,
	view: (p: P) =>
		p.value
			? `view=“${p.value}”: presenter 또는 audience여야 합니다`
			: 'room=에는 view=presenter 또는 view=audience가 함께 있어야 합니다',
	room: (p: P) =>
		p.value
			? `room=“${p.value}”: 영문자, 숫자, '-', '_'로 된 1–32자여야 합니다`
			: 'view=에는 속한 발표 방(room=…)이 함께 있어야 합니다. 발표 버튼으로 만들 수 있습니다',
	step: (p: P) => `step=“${p.value}”: 1부터 ${p.max}까지의 정수여야 합니다`,
	dns1035: (p: P) =>
		`${p.field}=“${p.value}”: 올바른 Service 이름이 아닙니다. 소문자·숫자·'-'만 쓰고, 영문자로 시작해 영숫자로 끝나며, 63자 이하여야 합니다 (RFC 1035)`,
	reservedName: (p: P) =>
		`${p.field}=“${p.value}”: 모든 클러스터에는 이미 Service default/kubernetes(kube-apiserver 자신)가 있어, 같은 이름으로 노출하면 AlreadyExists로 실패합니다`,
	action: (p: P) =>
		`then=“${p.value}”: 알 수 없는 동작입니다. scale:N(0–${p.max}), delete:<파드 이름>, add-node, packet 중 하나를 쓰세요`,
	tooManyActions: (p: P) => `then=“${p.value}”: 링크 하나에 동작은 ${p.max}개까지입니다`,
	noSuchPod: (p: P) => `then=“${p.value}”: 그 시점에 그런 이름의 실행 중인 백엔드 파드가 없습니다`,
	tooManyNodes: (p: P) =>
		`then=“${p.value}”: 클러스터에 이미 노드가 ${p.max}개로, 이 앱이 시뮬레이션하는 최대입니다`,
	noRoom: (p: P) =>
		`then=“${p.value}”: 만들 파드를 받아 줄 여유가 있는 노드가 없습니다(Pending으로 남게 됩니다)`,
	nodeName: (p: P) =>
		`${p.field}=“${p.value}”: 워커 노드 이름이어야 합니다 (node-1부터 node-${p.max}까지)`,
	noSuchNode: (p: P) =>
		`${p.field}=“${p.value}”: 클러스터의 노드는 ${p.max === 1 ? '1개(node-1)' : `${p.max}개(node-1부터 node-${p.max}까지)`}입니다`,
	nodeAction: (p: P) =>
		`then=“${p.value}”: 이 흐름의 바꿔 보기가 아닙니다. recover, delete-node, out-of-service, statefulset, toleration:N(N초, 0–${p.max}) 중 하나를 쓰세요`,
	readAction: (p: P) =>
		`then=“${p.value}”: 이 흐름의 바꿔 보기가 아닙니다. watch-only, rv0, pages:N(한 페이지에 N개, 1–${p.max}) 중 하나를 쓰세요`,
	repeatedWhatIf: (p: P) => `then=“${p.value}”: 이 바꿔 보기는 링크에 이미 있습니다`,
	oneEnding: (p: P) =>
		`then=“${p.value}”: 링크가 이미 이야기의 끝을 정했습니다 (recover, delete-node, out-of-service는 저마다 노드의 운명을 정하므로 한 번에 하나만 씁니다)`,
	notMore: (p: P) =>
		`${p.field}=“${p.value}”: 이 흐름은 스케일 아웃이므로 처음 레플리카 ${p.min}개보다 커야 합니다`,
	fromDoesNotFit: (p: P) =>
		`${p.field}=“${p.value}”: 이 CPU 요청으로는 처음부터 그만큼의 파드가 노드에 들어가지 않습니다`
};

export const problemTexts: Record<Lang, typeof en> = { en, ko };
