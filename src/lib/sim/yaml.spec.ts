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
		['300', '"300"']
	])('quotes %j as %s', (input, out) => {
		expect(toYaml({ k: input })).toBe(`k: ${out}`);
	});
});
