/** Each flow's list of Kubernetes source files: every step points into it, and nothing is listed unused. */
import { describe, expect, it } from 'vitest';
import { sourceUrl } from './kit/sources';
import { sources as nodeFailure } from './node-failure/sources';
import { sources as podCreation } from './pod-creation/sources';
import { sources as scaleOut } from './scale-out/sources';
import { sources as service } from './service/sources';
import { sources as kubectlGet } from './kubectl-get/sources';

describe.each([
	['pod-creation', podCreation],
	['service', service],
	['node-failure', nodeFailure],
	['scale-out', scaleOut],
	['kubectl-get', kubectlGet]
])('the sources of %s', (_id, sources) => {
	const paths = sources.files.map((f) => f.path);

	it('list each file once, with what the flow takes from it in both languages', () => {
		expect(new Set(paths).size).toBe(paths.length);
		for (const path of paths)
			expect(path).toMatch(/^(pkg|cmd|plugin|staging\/src\/k8s\.io)\/[\w./-]+\.go$/);
		for (const f of sources.files) {
			expect(f.what.en).not.toBe('');
			expect(f.what.ko).not.toBe(f.what.en);
		}
	});

	it('give every step files of the list, and use every file', () => {
		const used = new Set(Object.values(sources.steps).flat());
		for (const [step, files] of Object.entries(sources.steps)) {
			expect(files.length, step).toBeGreaterThan(0);
			for (const path of files) expect(paths, `${step}: ${path}`).toContain(path);
		}
		expect([...used].sort()).toEqual([...paths].sort());
	});
});

it('links a file at the version the app models', () => {
	expect(sourceUrl('pkg/controller/podgc/gc_controller.go')).toBe(
		'https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/controller/podgc/gc_controller.go'
	);
});
