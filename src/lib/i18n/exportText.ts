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
	failed: (p: P) => `The picture could not be made: ${p.why}`,
	record: 'Record video',
	recordLegend: 'A video of the flow',
	from: 'From step',
	to: 'To step',
	speed: 'Speed',
	format: 'Format',
	formats: { mp4: 'MP4 (H.264)', webm: 'WebM (VP9)' },
	length: (p: P) => `${p.seconds} s of video: ${p.frames} frames at ${p.fps} per second, 1920×1080`,
	start: 'Start recording',
	cancel: 'Cancel',
	progress: 'Recording video',
	frameOf: (p: P) => `Frame ${p.n} of ${p.m}`,
	checking: 'Finding out what this browser can encode…',
	unsupported:
		'This browser cannot encode video (it has no WebCodecs video encoder). Chrome, Edge and Safari 16.4 or later can.',
	saved: (p: P) => `Saved ${p.file}: ${p.seconds} s, ${p.frames} frames`,
	cancelled: 'Recording cancelled: nothing was saved',
	recordFailed: (p: P) => `The video could not be made: ${p.why}`
};

const ko: typeof en = {
	menu: '이 단계 내보내기',
	svg: 'SVG 내려받기',
	png: 'PNG 내려받기',
	copy: '링크 복사',
	copied: '링크를 복사했습니다',
	copyFailed: '브라우저가 복사를 허용하지 않았습니다. 링크를 선택해 직접 복사하세요',
	failed: (p: P) => `그림을 만들지 못했습니다: ${p.why}`,
	record: '영상 녹화',
	recordLegend: '흐름을 영상으로',
	from: '시작 단계',
	to: '끝 단계',
	speed: '속도',
	format: '형식',
	formats: { mp4: 'MP4 (H.264)', webm: 'WebM (VP9)' },
	length: (p: P) => `영상 ${p.seconds}초: 초당 ${p.fps}장으로 ${p.frames}프레임, 1920×1080`,
	start: '녹화 시작',
	cancel: '취소',
	progress: '영상 녹화 중',
	frameOf: (p: P) => `${p.m}프레임 중 ${p.n}번째`,
	checking: '이 브라우저가 인코딩할 수 있는 형식을 확인하는 중…',
	unsupported:
		'이 브라우저는 영상을 인코딩할 수 없습니다(WebCodecs 영상 인코더가 없음). Chrome, Edge, Safari 16.4 이상에서 녹화할 수 있습니다.',
	saved: (p: P) => `${p.file} 저장: ${p.seconds}초, ${p.frames}프레임`,
	cancelled: '녹화를 취소했습니다. 저장된 파일은 없습니다',
	recordFailed: (p: P) => `영상을 만들지 못했습니다: ${p.why}`
};

export const exportTexts: Record<Lang, typeof en> = { en, ko };
