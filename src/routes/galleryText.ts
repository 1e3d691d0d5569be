/** The gallery's own words, in English and Korean: flow pages never load them. */
import type { Lang } from '$lib/i18n';
import { josa } from '$lib/i18n/josa';

const en = {
	tagline: 'Step through what really happens inside a Kubernetes cluster, message by message.',
	intro:
		'Each flow plays what the cluster does, message by message, with the state of etcd and the nodes at every step. Press Play and read along, or step with ← and →.',
	start: 'Start here',
	learn: 'You will see',
	cka: 'CKA',
	length: (steps: number, minutes: number) => `${steps} steps · about ${minutes} min at 1×`,
	gallery: 'Flows',
	version: (v: string, etcd: string) =>
		`Every flow models Kubernetes ${v} with etcd ${etcd}, the version kubeadm installs with it: its messages, objects and numbers follow that release's source, and each step's Sources tab links the files.`
};

export const galleryText: Record<Lang, typeof en> = {
	en,
	ko: {
		tagline: '쿠버네티스 클러스터 안에서 실제로 일어나는 일을 메시지 하나씩 따라가 봅니다.',
		intro:
			'흐름마다 클러스터가 하는 일을 메시지 하나씩, 단계마다 etcd와 노드의 상태와 함께 재생합니다. 재생을 누르고 따라 읽거나, ←와 →로 한 단계씩 넘겨 보세요.',
		start: '여기서 시작하세요',
		learn: '볼 수 있는 것',
		cka: 'CKA',
		length: (steps, minutes) => `${steps}단계 · 1× 속도로 약 ${minutes}분`,
		gallery: '흐름 목록',
		version: (v, etcd) =>
			`모든 흐름은 쿠버네티스 ${josa(v, '과/와')} kubeadm이 함께 설치하는 etcd ${josa(etcd, '을/를')} 따릅니다. 메시지, 오브젝트, 수치는 이 릴리스의 소스에서 왔고, 단계마다 출처 탭이 그 파일을 연결합니다.`
	}
};
