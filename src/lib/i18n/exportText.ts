/**
 * The words of the export menu, in each language. The menu loads the first time it opens, and
 * this text with it: not part of a page's first load.
 */
import type { Lang } from './index';

type P = Record<string, string | number>;

const en = {
	menu: 'Export this step',
	svg: 'Download SVG',
	png: 'Download PNG',
	copy: 'Copy link',
	copied: 'Link copied',
	copyFailed: 'The browser did not let the page copy: select the link and copy it yourself',
	failed: (p: P) => `The picture could not be made: ${p.why}`
};

const ko: typeof en = {
	menu: '이 단계 내보내기',
	svg: 'SVG 내려받기',
	png: 'PNG 내려받기',
	copy: '링크 복사',
	copied: '링크를 복사했습니다',
	copyFailed: '브라우저가 복사를 허용하지 않았습니다. 링크를 선택해 직접 복사하세요',
	failed: (p: P) => `그림을 만들지 못했습니다: ${p.why}`
};

export const exportTexts: Record<Lang, typeof en> = { en, ko };
