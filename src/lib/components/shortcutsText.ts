/** The keyboard shortcuts dialog's words, in English and Korean: they load with the dialog, not with the page. */
import type { Lang } from '$lib/i18n';

const en = {
	title: 'Keyboard shortcuts',
	space: 'Play / pause',
	left: 'Previous step',
	right: 'Next step',
	home: 'First step',
	end: 'Last step',
	plus: 'Faster',
	minus: 'Slower',
	f: 'Full screen',
	l: 'Large text for a room',
	z: 'Zoom follows the action',
	clickerNext: 'Next step (a clicker’s key)',
	clickerPrevious: 'Previous step (a clicker’s key)',
	blackout: 'Black the audience screen out, and back',
	question: 'Show this list'
};

export const shortcutsText: Record<Lang, typeof en> = {
	en,
	ko: {
		title: '키보드 단축키',
		space: '재생 / 일시정지',
		left: '이전 단계',
		right: '다음 단계',
		home: '첫 단계',
		end: '마지막 단계',
		plus: '빠르게',
		minus: '느리게',
		f: '전체 화면',
		l: '발표용 큰 글씨',
		z: '움직임 따라 확대',
		clickerNext: '다음 단계 (프레젠터 리모컨 키)',
		clickerPrevious: '이전 단계 (프레젠터 리모컨 키)',
		blackout: '청중 화면을 검게 가리기, 다시 보이기',
		question: '이 목록 보기'
	}
};
