import { describe, expect, it } from 'vitest';
import type { MessageView } from '$lib/player/frameTypes';
import { endName, pairRows } from './pairRows';

const m = (id: string, from: string, to: string, label: string, progress = 1): MessageView => ({
	id,
	from,
	to,
	label,
	kind: 'request',
	progress,
	lane: 0
});

describe('pairRows', () => {
	const create = [
		m('a', 'kubectl', 'kube-apiserver', 'POST pods'),
		m('b', 'kube-apiserver', 'etcd', 'txn PUT'),
		m('c', 'etcd', 'kube-apiserver', 'OK revision 24'),
		m('d', 'kube-apiserver', 'kubectl', '201 Created')
	];

	it('chains a message whose sender received the one before', () => {
		const rows = pairRows(create, create);
		expect(rows.map((r) => [r.from, r.to, r.continues])).toEqual([
			['kubectl', ['kube-apiserver'], false],
			['kube-apiserver', ['etcd'], true],
			['etcd', ['kube-apiserver'], true],
			['kube-apiserver', ['kubectl'], true]
		]);
	});

	it('says which messages are on their way, arrived, or not sent yet', () => {
		const now = [create[0], { ...create[1], progress: 0.4 }];
		expect(pairRows(create, now).map((r) => r.state)).toEqual([
			'arrived',
			'moving',
			'waiting',
			'waiting'
		]);
	});

	it('makes one row of a fan-out, as far as its furthest message', () => {
		const fan = ['node-1', 'node-2', 'node-3'].map((n, i) =>
			m(`w${i}`, 'kube-apiserver', `kube-proxy@${n}`, 'WATCH EndpointSlice')
		);
		const rows = pairRows(fan, [{ ...fan[1], progress: 0.5 }]);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			from: 'kube-apiserver',
			to: ['kube-proxy@node-1', 'kube-proxy@node-2', 'kube-proxy@node-3'],
			state: 'moving'
		});
	});

	it('starts a new chain when the sender is someone else', () => {
		const rows = pairRows(
			[
				m('a', 'kube-scheduler', 'kube-apiserver', 'POST binding'),
				m('b', 'kubelet@node-3', 'kube-apiserver', 'PATCH status')
			],
			[]
		);
		expect(rows.map((r) => r.continues)).toEqual([false, false]);
	});

	it('is empty for a step without messages', () => {
		expect(pairRows([], [])).toEqual([]);
	});
});

describe('endName', () => {
	it.each([
		['kube-apiserver', 'kube-apiserver'],
		['kubelet@node-2', 'kubelet · node-2'],
		['pod:default/client', 'client'],
		['node:node-3', 'node-3 network']
	])('%s reads %s', (id, name) => expect(endName(id, { network: 'network' })).toBe(name));
});
