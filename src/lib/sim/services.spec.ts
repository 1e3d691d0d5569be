import { describe, expect, it } from 'vitest';
import { createServiceCluster } from './serviceCluster';
import { put } from './etcd';
import { PROXY_SELECTOR, serviceWatchers, storedLabels } from './services';

const cluster = () =>
	createServiceCluster({
		nodes: 3,
		replicas: 2,
		name: 'web',
		targetPort: 80,
		seed: 'kubestep'
	});
const state = cluster();
const actors = (labels: Record<string, string>) =>
	serviceWatchers(state, 'ADDED', labels).map((d) => d.actor);

describe('who hears of a Service or EndpointSlice change (cmd/kube-proxy/app/server.go)', () => {
	it('kube-proxy watches with its label selector, printed as labels.Selector prints it', () => {
		expect(PROXY_SELECTOR).toBe(
			'!service.kubernetes.io/headless,!service.kubernetes.io/service-proxy-name'
		);
		const proxies = serviceWatchers(state, 'ADDED', {}).filter((d) =>
			d.actor.startsWith('kube-proxy')
		);
		expect(proxies.map((d) => d.selector)).toEqual([
			PROXY_SELECTOR,
			PROXY_SELECTOR,
			PROXY_SELECTOR
		]);
	});

	it('an ordinary object reaches kube-controller-manager and every node’s kube-proxy', () => {
		expect(actors({ app: 'web' })).toEqual([
			'kube-controller-manager',
			'kube-proxy@node-1',
			'kube-proxy@node-2',
			'kube-proxy@node-3'
		]);
	});

	it('a Service another proxy serves, or a headless Service’s slice, reaches no kube-proxy', () => {
		expect(actors({ 'service.kubernetes.io/service-proxy-name': 'other' })).toEqual([
			'kube-controller-manager'
		]);
		expect(
			actors({ 'kubernetes.io/service-name': 'db', 'service.kubernetes.io/headless': '' })
		).toEqual(['kube-controller-manager']);
	});

	it('reads the labels an object is stored with', () => {
		const state = cluster();
		put(
			state.etcd,
			'/registry/endpointslices/default/db-abcde',
			JSON.stringify({ metadata: { labels: { 'service.kubernetes.io/headless': '' } } })
		);
		expect(storedLabels(state, '/registry/endpointslices/default/db-abcde')).toEqual({
			'service.kubernetes.io/headless': ''
		});
		expect(storedLabels(state, '/registry/endpointslices/default/none')).toEqual({});
	});
});
