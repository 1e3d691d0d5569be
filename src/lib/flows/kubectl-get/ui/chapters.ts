/** The parts of the kubectl-get flow's story, as the narration's badge and the timeline name them. */
import type { Lang } from '$lib/i18n';
import type { KubectlGetStage } from '../draft';

export const chapters: Record<Lang, Record<KubectlGetStage, string>> = {
	en: {
		list: 'kubectl get pods',
		watch: 'kubectl get pods -w',
		informer: 'Informers',
		'what-if': 'What if'
	},
	ko: {
		list: 'kubectl get pods',
		watch: 'kubectl get pods -w',
		informer: '인포머',
		'what-if': '바꿔 보기'
	}
};
