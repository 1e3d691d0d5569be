import { describe, expect, it } from 'vitest';
import { ROOM_PATTERN } from '$lib/flows/kit/deepLink';
import { newId } from '$lib/ui/newId';
import { PROTOCOL, needsSync, readMessage, type ShowState } from './presentChannel';

const state: ShowState = {
	scenario: 'nodes=4',
	t: 1200,
	playing: false,
	speed: 1,
	lang: 'ko',
	blackout: false,
	asking: null,
	revealed: null
};
const envelope = { protocol: PROTOCOL, flow: 'service', from: 'presenter', sender: 'abc123' };

describe('readMessage', () => {
	it.each([
		['hello', { ...envelope, kind: 'hello' }],
		['state', { ...envelope, kind: 'state', state }],
		['a forwarded key', { ...envelope, from: 'audience', kind: 'key', key: 'next' }],
		['blackout', { ...envelope, from: 'audience', kind: 'key', key: 'blackout' }],
		['an audience’s language', { ...envelope, from: 'audience', kind: 'lang', lang: 'en' }],
		[
			'a checkpoint asked and one revealed',
			{
				...envelope,
				kind: 'state',
				state: { ...state, asking: 'pick-node', revealed: { id: 'status', choice: null } }
			}
		]
	])('lets a well-formed %s through, as it was', (_, data) => {
		expect(readMessage(data, 'service')).toEqual(data);
	});

	it('keeps only the fields of the protocol', () => {
		const read = readMessage(
			{ ...envelope, kind: 'state', state: { ...state, extra: 1 }, evil: '<img>' },
			'service'
		);
		expect(read).toEqual({ ...envelope, kind: 'state', state });
	});

	it.each([
		['nothing', undefined],
		['null', null],
		['a string', 'next'],
		['an array', [envelope]],
		['another protocol', { ...envelope, protocol: 'x', kind: 'hello' }],
		['another flow', { ...envelope, flow: 'pod-creation', kind: 'hello' }],
		['an unknown kind', { ...envelope, kind: 'reload' }],
		['an unknown role', { ...envelope, from: 'admin', kind: 'hello' }],
		['a sender that is not an id', { ...envelope, sender: '../x', kind: 'hello' }],
		['a key from a presenter', { ...envelope, kind: 'key', key: 'next' }],
		['an unknown key', { ...envelope, from: 'audience', kind: 'key', key: 'delete' }],
		['a language from a presenter', { ...envelope, kind: 'lang', lang: 'en' }],
		['an unknown language', { ...envelope, from: 'audience', kind: 'lang', lang: 'fr' }],
		['a language without one', { ...envelope, from: 'audience', kind: 'lang' }],
		['a state without its state', { ...envelope, kind: 'state' }],
		['a negative time', { ...envelope, kind: 'state', state: { ...state, t: -1 } }],
		['a time that is not a number', { ...envelope, kind: 'state', state: { ...state, t: '5' } }],
		['an infinite time', { ...envelope, kind: 'state', state: { ...state, t: Infinity } }],
		['a speed of 0', { ...envelope, kind: 'state', state: { ...state, speed: 0 } }],
		['a NaN speed', { ...envelope, kind: 'state', state: { ...state, speed: NaN } }],
		['another language', { ...envelope, kind: 'state', state: { ...state, lang: 'fr' } }],
		[
			'a blackout that is not a boolean',
			{ ...envelope, kind: 'state', state: { ...state, blackout: 1 } }
		],
		[
			'a huge scenario',
			{ ...envelope, kind: 'state', state: { ...state, scenario: 'x'.repeat(5000) } }
		]
	])('returns null for %s, without throwing', (_, data) => {
		expect(readMessage(data, 'service')).toBeNull();
	});

	it('never throws on random data (a channel delivers structured clones: data only)', () => {
		let seed = 7;
		const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const values = [null, true, 0, -1, NaN, 1e9, '', 'hello', 'state', 'key', PROTOCOL, 'service'];
		const any = (depth: number): unknown => {
			const r = rnd();
			if (depth > 2 || r < 0.5) return values[Math.floor(rnd() * values.length)];
			if (r < 0.75) return Array.from({ length: 3 }, () => any(depth + 1));
			const keys = ['protocol', 'flow', 'from', 'sender', 'kind', 'state', 'key', 't', 'lang'];
			return Object.fromEntries(keys.filter(() => rnd() < 0.6).map((k) => [k, any(depth + 1)]));
		};
		for (let i = 0; i < 2000; i++) {
			const data = structuredClone(any(0));
			expect(() => readMessage(data, 'service')).not.toThrow();
		}
	});
});

describe('needsSync', () => {
	it('is false for the same state, and for a time within the slack', () => {
		expect(needsSync(state, state, 300)).toBe(false);
		expect(needsSync(state, { ...state, t: 1400 }, 300)).toBe(false);
	});
	it.each([
		['scenario', { scenario: 'nodes=5' }],
		['time', { t: 1600 }],
		['playing', { playing: true }],
		['speed', { speed: 2 }],
		['language', { lang: 'en' as const }],
		['blackout', { blackout: true }],
		['checkpoint asked', { asking: 'packet' }],
		['reveal', { revealed: { id: 'packet', choice: 'web-1' } }]
	])('is true when the %s differs', (_, change) => {
		expect(needsSync(state, { ...state, ...change }, 300)).toBe(true);
	});
});

describe('newId', () => {
	it('makes ids a room and a sender accept', () => {
		for (let i = 0; i < 50; i++) {
			const id = newId();
			expect(id).toMatch(ROOM_PATTERN);
			expect(readMessage({ ...envelope, sender: id, kind: 'hello' }, 'service')).not.toBeNull();
		}
		expect(newId(() => 0)).toBe('0000000000');
	});
});
