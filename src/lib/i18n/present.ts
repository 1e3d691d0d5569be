/**
 * The words of a presentation's windows (the presenter's panel, the audience's status line), in
 * each language. Only those windows load them, so they are not part of a page's first load.
 */
import type { Lang } from './index';

type P = Record<string, string | number>;

const en = {
	presenter: 'Presenter view',
	audience: 'Audience window',
	audienceHint: 'If no window opened, open this link in another window of this browser:',
	openAudience: 'Open the audience window',
	stop: 'Stop presenting',
	next: 'Next step',
	nextTitle: (p: P) => `Next: ${p.title}`,
	last: 'This is the last step.',
	nextPreview: (p: P) => `Next step preview: ${p.title}`,
	notes: 'Speaker notes',
	ask: 'Ask the group',
	pitfall: 'Where CKA candidates slip',
	elapsed: 'Elapsed',
	reset: 'Reset the timer',
	clock: 'Clock',
	black: 'The audience screen is black (B or . shows it again)',
	following: 'Following the presenter',
	alone: 'No presenter window is open: the keys drive this window'
};

const ko: typeof en = {
	presenter: '발표자 화면',
	audience: '청중 화면',
	audienceHint: '창이 열리지 않았다면 이 브라우저의 다른 창에서 이 링크를 여세요:',
	openAudience: '청중 화면 열기',
	stop: '발표 끝내기',
	next: '다음 단계',
	nextTitle: (p: P) => `다음: ${p.title}`,
	last: '마지막 단계입니다.',
	nextPreview: (p: P) => `다음 단계 미리 보기: ${p.title}`,
	notes: '발표자 노트',
	ask: '청중에게 물어볼 것',
	pitfall: 'CKA 수험생이 자주 틀리는 곳',
	elapsed: '경과 시간',
	reset: '타이머 초기화',
	clock: '현재 시각',
	black: '청중 화면을 가렸습니다 (B 또는 .을 누르면 다시 보입니다)',
	following: '발표자 화면을 따라갑니다',
	alone: '열린 발표자 화면이 없습니다. 키로 이 창을 움직입니다'
};

export const presentTexts: Record<Lang, typeof en> = { en, ko };
