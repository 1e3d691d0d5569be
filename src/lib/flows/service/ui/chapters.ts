/** The parts of the Service flow's story, as the narration's badge names them. */
import type { Lang } from '$lib/i18n';
import type { ServiceStage } from '../draft';
import type { ServiceAction } from '../scenario';

/** One what-if, as the timeline labels its chapter. */
export const whatIfLabels: Record<Lang, (a: ServiceAction) => string> = {
	en: (a) =>
		a.kind === 'scale'
			? `scale → ${a.replicas}`
			: a.kind === 'delete'
				? 'delete pod'
				: a.kind === 'add-node'
					? 'add node'
					: 'send packet',
	ko: (a) =>
		a.kind === 'scale'
			? `스케일 → ${a.replicas}`
			: a.kind === 'delete'
				? '파드 삭제'
				: a.kind === 'add-node'
					? '노드 추가'
					: '패킷 보내기'
};

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
		'what-if': '바꿔 보기'
	}
};
