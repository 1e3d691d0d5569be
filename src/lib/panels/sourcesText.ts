/** The Sources tab's words, in English and Korean: they load with the tab, not with the page. */
import type { Lang } from '$lib/i18n';

export const sourcesText: Record<
	Lang,
	{
		title: string;
		note: (version: string, etcd: string) => string;
		step: string;
		none: string;
		all: string;
	}
> = {
	en: {
		title: 'Sources',
		note: (v, etcd) =>
			`Every number, condition, taint and message here comes from these files of the Kubernetes source, at ${v}. The cluster's etcd is ${etcd}, the version kubeadm installs with it.`,
		step: 'This step follows',
		none: 'No file is listed for this step.',
		all: 'Every file this flow follows'
	},
	ko: {
		title: '출처',
		note: (v, etcd) =>
			`여기 나오는 모든 수치, 상태 조건, 테인트, 메시지는 쿠버네티스 소스 ${v}의 다음 파일에서 왔습니다. 클러스터의 etcd는 kubeadm이 함께 설치하는 ${etcd}입니다.`,
		step: '이 단계가 따르는 파일',
		none: '이 단계에 따로 적힌 파일은 없습니다.',
		all: '이 흐름이 따르는 모든 파일'
	}
};
