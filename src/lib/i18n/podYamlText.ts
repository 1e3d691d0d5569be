/**
 * The Pod YAML tab's words, in each language. They load with the tab, not with the page. The
 * tools' own output (kubectl's errors) stays as the tools print it.
 */
import type { Lang } from './index';

type P = Record<string, string>;

const en = {
	intro:
		'The pod this flow creates, as the manifest kubectl run nginx --image=nginx:1.27 --dry-run=client -o yaml prints. Change it and apply it: the flow plays again with your pod, or you see what kubectl and the API server say about it.',
	editor: 'pod.yaml',
	apply: 'Apply: kubectl apply -f pod.yaml',
	reset: 'Back to the pod on screen',
	loading: 'Loading the editor…',
	applied: 'The flow plays again from its first step with this pod.',
	unreadable:
		'The link’s manifest (yaml=) cannot be read: it was cut short, or not written by this page. The pod on screen is unchanged.',
	ignored: (p: P) =>
		`The flow plays the pod’s name and labels, each container’s name, image, command and args and cpu and memory requests and limits, nodeSelector, nodeName and tolerations; it leaves out ${p.fields}.`,
	cannot: {
		name: (p: P) =>
			`The API server would take the name ${p.value}, but the flow names its pod with a DNS label (lower-case letters, digits and -, at most 63).`,
		namespace: (p: P) =>
			`The namespace ${p.value} exists, but the flow creates its pod in default.`,
		image: (p: P) => `The flow cannot read ${p.value} as an image name.`,
		cpu: (p: P) => `The flow counts cpu in whole millicores: ${p.value} is not one.`,
		memory: (p: P) => `The flow counts memory in bytes it can hold: ${p.value} is not one.`,
		containers: (p: P) =>
			`The flow plays a pod of at most ${p.max} containers; this one has ${p.value}.`,
		initContainers: (p: P) =>
			`The flow plays a pod of at most ${p.max} init containers; this one has ${p.value}.`,
		sidecar: (p: P) =>
			`The init container ${p.value} has a restartPolicy, which makes it a sidecar container that keeps running beside the app containers. The flow plays init containers that run to completion, not sidecars.`
	} as Record<string, (p: P) => string>,
	unsupported: {
		yaml: (p: P) =>
			`The YAML cannot be read at line ${p.detail}. kubectl would refuse it too; KubeStep does not know go-yaml’s exact words for this mistake.`,
		kind: (p: P) => `The flow applies a Pod; a ${p.detail} is for another flow.`,
		several: () => 'The flow applies one object: leave one document in the file.',
		exists: () => 'A pod of that name exists.'
	} as Record<string, (p: P) => string>,
	fields: [
		['apiVersion', 'which API the object belongs to: v1, the core group, for a Pod.'],
		['kind', 'what the object is: a Pod.'],
		['metadata', 'its name, namespace and labels: how you, kubectl and the controllers find it.'],
		[
			'spec',
			'what you ask for: the containers, their images and requests. The API server adds status as the pod runs.'
		]
	]
};

const ko: typeof en = {
	intro:
		'이 흐름이 만드는 파드를 kubectl run nginx --image=nginx:1.27 --dry-run=client -o yaml이 출력하는 매니페스트로 보여 줍니다. 고쳐서 적용하면 그 파드로 흐름을 다시 재생하거나, kubectl과 API 서버가 어떻게 답하는지 보여 줍니다.',
	editor: 'pod.yaml',
	apply: '적용: kubectl apply -f pod.yaml',
	reset: '화면의 파드로 되돌리기',
	loading: '편집기를 불러오는 중…',
	applied: '흐름이 이 파드로 첫 단계부터 다시 재생됩니다.',
	unreadable:
		'링크의 매니페스트(yaml=)를 읽을 수 없습니다. 잘렸거나 이 페이지가 만든 것이 아닙니다. 화면의 파드는 그대로입니다.',
	ignored: (p: P) =>
		`흐름은 파드의 이름과 레이블, 각 컨테이너의 이름·이미지·command·args·cpu와 memory 요청과 제한, nodeSelector, nodeName, tolerations를 재생하고 ${p.fields}는 반영하지 않습니다.`,
	cannot: {
		name: (p: P) =>
			`API 서버는 ${p.value}라는 이름을 받아들이지만, 흐름은 파드 이름으로 DNS 레이블(소문자, 숫자, -, 최대 63자)만 씁니다.`,
		namespace: (p: P) => `${p.value} 네임스페이스는 있지만, 흐름은 default에 파드를 만듭니다.`,
		image: (p: P) => `흐름이 ${p.value}를 이미지 이름으로 읽을 수 없습니다.`,
		cpu: (p: P) => `흐름은 cpu를 밀리코어 단위 정수로 셉니다. ${p.value}는 그렇게 셀 수 없습니다.`,
		memory: (p: P) => `흐름은 memory를 바이트로 셉니다. ${p.value}는 그렇게 셀 수 없습니다.`,
		containers: (p: P) =>
			`흐름은 컨테이너가 최대 ${p.max}개인 파드를 재생합니다. 이 파드에는 ${p.value}개가 있습니다.`,
		initContainers: (p: P) =>
			`흐름은 초기화 컨테이너가 최대 ${p.max}개인 파드를 재생합니다. 이 파드에는 ${p.value}개가 있습니다.`,
		sidecar: (p: P) =>
			`초기화 컨테이너 ${p.value}에는 restartPolicy가 있어, 앱 컨테이너 곁에서 계속 실행되는 사이드카 컨테이너가 됩니다. 이 흐름에서는 끝까지 실행되고 종료되는 초기화 컨테이너만 보여 주며, 사이드카는 보여 주지 않습니다.`
	},
	unsupported: {
		yaml: (p: P) =>
			`${p.detail}행의 YAML을 읽을 수 없습니다. kubectl도 거부하겠지만, 이 실수에 go-yaml이 정확히 뭐라고 하는지는 KubeStep이 모릅니다.`,
		kind: (p: P) => `이 흐름은 Pod를 적용합니다. ${p.detail}는 다른 흐름의 몫입니다.`,
		several: () => '흐름은 오브젝트 하나를 적용합니다. 파일에 문서를 하나만 남기세요.',
		exists: () => '그 이름의 파드가 이미 있습니다.'
	},
	fields: [
		['apiVersion', '오브젝트가 속한 API입니다. Pod는 코어 그룹인 v1입니다.'],
		['kind', '오브젝트의 종류, 여기서는 Pod입니다.'],
		[
			'metadata',
			'이름, 네임스페이스, 레이블입니다. 사용자와 kubectl, 컨트롤러가 이것으로 오브젝트를 찾습니다.'
		],
		[
			'spec',
			'원하는 상태입니다. 컨테이너와 이미지, 요청량을 적습니다. status는 파드가 실행되면서 API 서버가 채웁니다.'
		]
	]
};

export const podYamlTexts: Record<Lang, typeof en> = { en, ko };
