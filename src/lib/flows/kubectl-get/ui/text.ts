/**
 * Text of the kubectl-get flow's what-if bar, in English and Korean (the form's is in form.ts).
 * `ko` has the shape of `en`.
 */
import type { Lang } from '$lib/i18n';
import type { KubectlGetAction } from '../scenario';

type P = Record<string, string | number>;

const en = {
	group: 'What if…',
	watchOnly: 'kubectl get pods --watch-only',
	rv0: 'A list with resourceVersion=0',
	pagesLabel: 'Pods per page (--chunk-size)',
	pages: 'List in pages',
	badPages: (p: P) => `Enter a whole number of pods from 1 to ${p.max}.`,
	played: 'This what-if is in the run already: remove it from the list to play it again.'
};

export type KubectlGetUi = typeof en;

const ko: KubectlGetUi = {
	group: '바꿔 보기',
	watchOnly: 'kubectl get pods --watch-only',
	rv0: 'resourceVersion=0인 목록',
	pagesLabel: '페이지당 파드 수(--chunk-size)',
	pages: '페이지로 나눠 받기',
	badPages: (p: P) => `1부터 ${p.max}까지의 정수로 파드 수를 입력하세요.`,
	played: '이번 실행에 이미 있는 바꿔 보기입니다. 다시 하려면 목록에서 지우세요.'
};

export const kubectlGetUi: Record<Lang, KubectlGetUi> = { en, ko };

/** One what-if, as the timeline labels its chapter. */
export const whatIfLabels: Record<Lang, (a: KubectlGetAction) => string> = {
	en: (a) =>
		a.kind === 'watch-only'
			? '--watch-only'
			: a.kind === 'rv0'
				? 'resourceVersion=0'
				: `pages of ${a.size}`,
	ko: (a) =>
		a.kind === 'watch-only'
			? '--watch-only'
			: a.kind === 'rv0'
				? 'resourceVersion=0'
				: `${a.size}개씩 페이지`
};
