import { describe, expect, it } from 'vitest';
import { servicePortEndpoints, usableEndpoints } from './endpoints';
import { makeService, makeSlice } from './testFixtures';

const svc = makeService('ns1', 'svc1', '172.30.1.1');
const keys = (eps: { endpoint: string }[]): string[] => eps.map((e) => e.endpoint);

describe('servicePortEndpoints', () => {
	it('sorts by the "ip:port" string, as endpointslicecache.go does', () => {
		const slice = makeSlice('ns1', 'svc1', ['10.0.1.2', '10.0.1.10', '10.0.1.1']);
		expect(keys(servicePortEndpoints(svc, svc.spec.ports[0], [slice]))).toEqual([
			'10.0.1.10:80',
			'10.0.1.1:80',
			'10.0.1.2:80'
		]);
	});

	it('merges slices and drops duplicate endpoints', () => {
		const a = makeSlice('ns1', 'svc1', ['10.0.1.1', '10.0.1.2'], undefined, 'svc1-a');
		const b = makeSlice('ns1', 'svc1', ['10.0.1.2', '10.0.1.3'], undefined, 'svc1-b');
		const eps = servicePortEndpoints(svc, svc.spec.ports[0], [a, b]);
		expect(keys(eps)).toEqual(['10.0.1.1:80', '10.0.1.2:80', '10.0.1.3:80']);
		expect(eps.map((e) => e.slice)).toEqual(['svc1-a', 'svc1-a', 'svc1-b']);
	});

	it('ignores slices of another service or namespace', () => {
		const other = makeSlice('ns1', 'svc2', ['10.0.2.1']);
		const elsewhere = makeSlice('ns2', 'svc1', ['10.0.3.1']);
		expect(servicePortEndpoints(svc, svc.spec.ports[0], [other, elsewhere])).toEqual([]);
	});

	it('matches slice ports by name and protocol, and takes the slice port number', () => {
		const multi = makeService('ns1', 'web', '172.30.1.2', [
			{ name: 'http', port: 80 },
			{ name: 'metrics', port: 9100 }
		]);
		const slice = makeSlice(
			'ns1',
			'web',
			['10.0.1.1'],
			[
				{ name: 'http', protocol: 'TCP', port: 8080 },
				{ name: 'http', protocol: 'UDP', port: 8081 },
				{ name: 'metrics', protocol: 'TCP', port: 9100 }
			]
		);
		expect(keys(servicePortEndpoints(multi, multi.spec.ports[0], [slice]))).toEqual([
			'10.0.1.1:8080'
		]);
		expect(keys(servicePortEndpoints(multi, multi.spec.ports[1], [slice]))).toEqual([
			'10.0.1.1:9100'
		]);
	});

	it('an unnamed service port matches the slice port named ""', () => {
		const slice = makeSlice(
			'ns1',
			'svc1',
			['10.0.1.1'],
			[{ name: 'x', protocol: 'TCP', port: 80 }]
		);
		expect(servicePortEndpoints(svc, svc.spec.ports[0], [slice])).toEqual([]);
	});
});

describe('usableEndpoints (CategorizeEndpoints, Cluster policy)', () => {
	const eps = (specs: Parameters<typeof makeSlice>[2]) =>
		servicePortEndpoints(svc, svc.spec.ports[0], [makeSlice('ns1', 'svc1', specs)]);

	it('keeps ready endpoints only', () => {
		const all = eps(['10.0.1.1', { ip: '10.0.1.2', ready: false, serving: false }]);
		expect(keys(usableEndpoints(all))).toEqual(['10.0.1.1:80']);
	});

	it('ignores serving-terminating endpoints while one is ready', () => {
		const all = eps(['10.0.1.1', { ip: '10.0.1.2', ready: false, terminating: true }]);
		expect(keys(usableEndpoints(all))).toEqual(['10.0.1.1:80']);
	});

	it('falls back to serving-terminating endpoints when none is ready', () => {
		const all = eps([
			{ ip: '10.0.1.1', ready: false, serving: true, terminating: true },
			{ ip: '10.0.1.2', ready: false, serving: false, terminating: true },
			{ ip: '10.0.1.3', ready: false, serving: false, terminating: false }
		]);
		expect(keys(usableEndpoints(all))).toEqual(['10.0.1.1:80']);
	});
});
