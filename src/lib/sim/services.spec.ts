import { describe, expect, it } from 'vitest';
import { createServiceCluster } from './serviceCluster';
import { put } from './etcd';
import {
	PROXY_SELECTOR,
	SERVICE_CIDR,
	allocateServiceIP,
	exposedService,
	legacyEndpoints,
	serviceWatchers,
	storedLabels,
	storedService,
	takenServiceIPs
} from './services';

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

describe('the ClusterIP allocator keeps IPAddress objects in the default ServiceCIDR (v1.34)', () => {
	const seeded = cluster();
	const read = (key: string) => JSON.parse(seeded.etcd.kvs[key].value);

	it('every cluster has the ServiceCIDR kubernetes, Ready and protected (defaultservicecidr, servicecidrs controllers)', () => {
		const cidr = read('/registry/servicecidrs/kubernetes');
		expect(cidr.apiVersion).toBe('networking.k8s.io/v1');
		expect(cidr.spec).toEqual({ cidrs: [SERVICE_CIDR] });
		expect(cidr.metadata.finalizers).toEqual(['networking.k8s.io/service-cidr-finalizer']);
		expect(cidr.status.conditions).toEqual([
			expect.objectContaining({
				type: 'Ready',
				status: 'True',
				reason: '',
				message: 'Kubernetes Service CIDR is ready'
			})
		]);
	});

	it('the kubernetes Service’s 10.96.0.1 is an IPAddress naming it, and there is no bitmap', () => {
		const address = read('/registry/ipaddresses/10.96.0.1');
		expect(address.metadata.name).toBe('10.96.0.1');
		expect(address.metadata.labels).toEqual({
			'ipaddress.kubernetes.io/ip-family': 'IPv4',
			'ipaddress.kubernetes.io/managed-by': 'ipallocator.k8s.io'
		});
		expect(address.spec.parentRef).toEqual({
			resource: 'services',
			namespace: 'default',
			name: 'kubernetes'
		});
		expect(takenServiceIPs(seeded.etcd)).toEqual(['10.96.0.1']);
		expect(seeded.etcd.kvs['/registry/ranges/serviceips']).toBeUndefined();
	});

	it('an allocation creates the IPAddress, and the next one skips the address', () => {
		const state = cluster();
		const first = allocateServiceIP(state, 'default/web');
		expect(first.address.key).toBe(`/registry/ipaddresses/${first.ip}`);
		expect(first.address.mod_revision).toBe(state.etcd.revision);
		// the same seed and purpose would pick the same address: the allocator scans on past it
		const second = allocateServiceIP(state, 'default/web');
		expect(second.ip).not.toBe(first.ip);
		expect(takenServiceIPs(state.etcd).sort()).toEqual(['10.96.0.1', first.ip, second.ip].sort());
	});
});

describe('the legacy Endpoints (pkg/controller/endpoint/endpoints_controller.go)', () => {
	it('carries the Service’s labels and endpoints.kubernetes.io/managed-by=endpoint-controller', () => {
		const svc = storedService(
			exposedService('web', { app: 'web' }, { app: 'web' }, 80, 8080),
			'10.96.0.10',
			'kubestep',
			0
		);
		expect(legacyEndpoints(svc, []).metadata.labels).toEqual({
			app: 'web',
			'endpoints.kubernetes.io/managed-by': 'endpoint-controller'
		});
	});
});
