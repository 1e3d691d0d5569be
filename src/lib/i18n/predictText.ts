/**
 * The words of the Predict dialog and its verdict, in each language. They load with the dialog,
 * the first time a checkpoint asks: not part of a page's first load.
 */
import type { Lang } from './index';

type P = Record<string, string | number>;

const en = {
	title: 'Predict',
	hint: 'Talk it over, choose, then reveal: the step plays and tells.',
	reveal: 'Reveal',
	skip: 'Skip',
	off: 'Turn checkpoints off',
	right: (p: P) => `Right: ${p.answer}. ${p.why}`,
	wrong: (p: P) => `Not quite: ${p.answer}. ${p.why}`,
	unanswered: (p: P) => `The answer: ${p.answer}. ${p.why}`,
	close: 'Close'
};

const ko: typeof en = {
	title: '예측',
	hint: '함께 이야기해 보고 고른 뒤 공개하세요. 단계가 재생되며 답을 보여 줍니다.',
	reveal: '공개',
	skip: '건너뛰기',
	off: '예측 질문 끄기',
	right: (p: P) => `맞았습니다: ${p.answer}. ${p.why}`,
	wrong: (p: P) => `아쉽습니다. 답은 ${p.answer}입니다. ${p.why}`,
	unanswered: (p: P) => `답: ${p.answer}. ${p.why}`,
	close: '닫기'
};

export const predictTexts: Record<Lang, typeof en> = { en, ko };
