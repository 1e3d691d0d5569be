import { describe, expect, it } from 'vitest';
import { lookupImage, parseImage } from './registry';
import { COREDNS_IMAGE, KUBE_PROXY_IMAGE, PAUSE_IMAGE } from './version';

describe('the images the release brings', () => {
	// a release that moves a tag needs the new image's size in the registry, or pulls weigh nothing
	it.each([COREDNS_IMAGE, KUBE_PROXY_IMAGE, PAUSE_IMAGE])(
		'%s has its size in the registry',
		(image) => {
			expect(lookupImage(parseImage(image)!)).toBeGreaterThan(0);
		}
	);
});
