import { describe, expect, it } from 'vitest';
import { toYaml } from './yaml';

describe('toYaml', () => {
	it('writes a pod skeleton with nested maps and lists', () => {
		const yaml = toYaml({
			apiVersion: 'v1',
			kind: 'Pod',
			metadata: { name: 'nginx', namespace: 'default', resourceVersion: '12' },
			spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
			status: { phase: 'Pending', conditions: [] }
		});
		expect(yaml).toBe(
			[
				'apiVersion: v1',
				'kind: Pod',
				'metadata:',
				'  name: nginx',
				'  namespace: default',
				'  resourceVersion: "12"',
				'spec:',
				'  containers:',
				'  - name: nginx',
				'    image: nginx:1.27',
				'status:',
				'  phase: Pending'
			].join('\n')
		);
	});

	it.each([
		['True', '"True"'],
		['', '""'],
		['<b>x</b>', '"<b>x</b>"'],
		['a: b', '"a: b"'],
		['300', '"300"'],
		['2', '"2"'],
		['1.5', '"1.5"'],
		['2026-01-15T09:00:00Z', '"2026-01-15T09:00:00Z"'],
		['yes', '"yes"'],
		['10.244.3.4', '10.244.3.4'],
		['spec.containers{nginx}', 'spec.containers{nginx}'],
		['128Mi', '128Mi'],
		['25%', '25%'],
		['--hostname-override=$(NODE_NAME)', '--hostname-override=$(NODE_NAME)'],
		['docker.io/library/nginx@sha256:ab', 'docker.io/library/nginx@sha256:ab']
	])('writes %j as %s, as kubectl -o yaml does', (input, out) => {
		expect(toYaml({ k: input })).toBe(`k: ${out}`);
	});

	it('sorts keys as kubectl -o yaml prints them (go-yaml v2 sorter.go)', () => {
		const yaml = toYaml(
			{
				spec: 1,
				apiVersion: 'v1',
				kind: 'Pod',
				a10: 1,
				a2: 1,
				Zeta: 1,
				'beta.kubernetes.io/os': 1,
				b: 1
			},
			{ sorted: true }
		);
		expect(yaml.split('\n').map((l) => l.split(':')[0])).toEqual([
			'Zeta',
			'a2',
			'a10',
			'apiVersion',
			'b',
			'beta.kubernetes.io/os',
			'kind',
			'spec'
		]);
	});

	it('keeps a manifest’s own order unless asked to sort', () => {
		expect(toYaml({ kind: 'Pod', apiVersion: 'v1' })).toBe('kind: Pod\napiVersion: v1');
	});
});
