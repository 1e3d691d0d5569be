import { describe, expect, it } from 'vitest';
import { decodeManifest, encodeManifest, isManifestParam } from './manifestLink';
import { deepLinkSearch, MAX_MANIFEST_PARAM, readDeepLink } from './deepLink';
import flow from '../pod-creation/flow';

const YAML = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: nginx\n# 한국어 주석\n';

describe('a manifest in a link (yaml=)', () => {
	it('deflated and base64url: it comes back as written, shorter than the text', async () => {
		const param = await encodeManifest(YAML.repeat(4));
		expect(isManifestParam(param)).toBe(true);
		expect(param.length).toBeLessThan(YAML.repeat(4).length);
		expect(await decodeManifest(param)).toBe(YAML.repeat(4));
	});

	it('what it cannot read is null: cut short, other bytes, other characters', async () => {
		const param = await encodeManifest(YAML);
		expect(await decodeManifest(param.slice(0, 10))).toBeNull();
		expect(await decodeManifest('AAAA')).toBeNull();
		expect(await decodeManifest('ab+/')).toBeNull();
		expect(isManifestParam('x'.repeat(MAX_MANIFEST_PARAM + 1))).toBe(false);
	});

	it('the link reads it, reports one it cannot carry, and writes it back', async () => {
		const param = await encodeManifest(YAML);
		const link = readDeepLink(`?yaml=${param}`, flow);
		expect(link.manifest).toBe(param);
		expect(link.problems).toEqual([]);
		const bad = readDeepLink('?yaml=<script>', flow);
		expect(bad.manifest).toBeNull();
		expect(bad.problems).toEqual([
			{ field: 'yaml', value: '<script>', reason: 'manifest', max: MAX_MANIFEST_PARAM }
		]);
		expect(
			deepLinkSearch(
				flow,
				flow.scenario.defaults,
				null,
				'en',
				false,
				null,
				false,
				null,
				null,
				param
			)
		).toBe(`?lang=en&yaml=${param}`);
	});
});
