/** The parts of the node-failure flow's story, as the narration's badge and the timeline name them. */
import type { Lang } from '$lib/i18n';
import type { NodeFailureStage } from '../draft';

export const chapters: Record<Lang, Record<NodeFailureStage, string>> = {
	en: {
		heartbeats: 'Heartbeats',
		detection: 'Detection',
		eviction: 'Eviction',
		replacement: 'Replacement',
		aftermath: 'Afterwards',
		recovery: 'The node returns',
		cleanup: 'Cleanup'
	},
	ko: {
		heartbeats: '하트비트',
		detection: '감지',
		eviction: '축출',
		replacement: '대체',
		aftermath: '그 뒤',
		recovery: '노드 복귀',
		cleanup: '정리'
	}
};
