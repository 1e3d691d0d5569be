/** The parts of the Service flow's story, as the narration's badge names them. */
import type { Lang } from '$lib/i18n';
import type { ServiceStage } from '../draft';

export const chapters: Record<Lang, Record<ServiceStage, string>> = {
	en: {
		'control-plane': 'Control plane',
		'kube-proxy': 'kube-proxy on every node',
		packet: 'Data path',
		'what-if': 'What if'
	},
	ko: {
		'control-plane': '컨트롤 플레인',
		'kube-proxy': '모든 노드의 kube-proxy',
		packet: '데이터 경로',
		'what-if': '만약에'
	}
};
