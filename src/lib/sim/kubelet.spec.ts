import { describe, expect, it } from 'vitest';
import { makeNode } from './workerNode';
import { ensureImage, goDuration } from './kubelet';

function nodeWith(images: Record<string, number>) {
	const node = makeNode(0);
	node.images = { ...images };
	return node;
}

describe('EnsureImageExists', () => {
	it.each([
		{ image: 'nginx:1.27', has: 'docker.io/library/nginx:1.27', outcome: 'present' },
		{ image: 'nginx:1.27', has: null, outcome: 'pulled' },
		// IfNotPresent is the default for a tag; Always for :latest or no tag, even if present.
		{ image: 'busybox', has: 'docker.io/library/busybox:latest', outcome: 'pulled' },
		{ image: 'busybox:latest', has: 'docker.io/library/busybox:latest', outcome: 'pulled' },
		{ image: 'nginx:9.9', has: null, outcome: 'failed' }
	])('$image on a node with $has → $outcome', ({ image, has, outcome }) => {
		const node = nodeWith(has ? { [has]: 1 } : {});
		expect(ensureImage(node, image).outcome).toBe(outcome);
	});

	it('records the pulled image on the node under its canonical name', () => {
		const node = nodeWith({});
		const r = ensureImage(node, 'redis:7.2');
		expect(r).toMatchObject({
			outcome: 'pulled',
			imageID: expect.stringMatching(/^docker\.io\/library\/redis@sha256:[0-9a-f]{64}$/)
		});
		expect(Object.keys(node.images)).toEqual(['docker.io/library/redis:7.2']);
	});

	it('reports NotFound for an unknown tag and Unknown for an unknown repository', () => {
		expect(ensureImage(nodeWith({}), 'nginx:0.0')).toMatchObject({ code: 'NotFound' });
		expect(ensureImage(nodeWith({}), 'no-such-image:1')).toMatchObject({ code: 'Unknown' });
	});
});

describe('goDuration', () => {
	it.each([
		[0.85, '850ms'],
		[2.888, '2.888s'],
		[3.2, '3.2s'],
		[12, '12s']
	])('%f s prints %s', (s, out) => expect(goDuration(s)).toBe(out));
});
