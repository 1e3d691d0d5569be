import { describe, expect, it } from 'vitest';
import { sentences, splitLead } from './sentences';

describe('sentences', () => {
	it.each([
		['One. Two.', ['One.', 'Two.']],
		[
			'It asks 10.96.0.1 on v1.28. Then it waits.',
			['It asks 10.96.0.1 on v1.28.', 'Then it waits.']
		],
		['Quantities (e.g. 0.5) stay. Next one!', ['Quantities (e.g. 0.5) stay.', 'Next one!']],
		['It says “Back-off. Retrying” and stops.', ['It says “Back-off. Retrying” and stops.']],
		[
			'It records “Scheduled.” Then the kubelet starts.',
			['It records “Scheduled.”', 'Then the kubelet starts.']
		],
		['파드를 만듭니다. 끝입니까? 네', ['파드를 만듭니다.', '끝입니까?', '네']],
		['', []]
	])('%s', (text, expected) => expect(sentences(text)).toEqual(expected));
});

describe('splitLead', () => {
	it.each([
		['One. Two three.', 'One.', ' Two three.'],
		['Only one', 'Only one', ''],
		['', '', '']
	])('%s', (body, lead, rest) => {
		const split = splitLead(body);
		expect(split).toEqual({ lead, rest });
		expect(split.lead + split.rest).toBe(body);
	});
});
