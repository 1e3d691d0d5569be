/** The parts of the scale-out flow's story, as the narration's badge and the timeline name them. */
import type { Lang } from '$lib/i18n';
import type { ScaleOutStage } from '../draft';

export const chapters: Record<Lang, Record<ScaleOutStage, string>> = {
	en: {
		'scale-up': 'Scale out',
		scheduling: 'Scheduling',
		'node-join': 'A node joins',
		'scale-down': 'Scale back'
	},
	ko: {
		'scale-up': '스케일 아웃',
		scheduling: '스케줄링',
		'node-join': '노드 합류',
		'scale-down': '다시 줄이기'
	}
};
