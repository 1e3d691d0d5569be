/**
 * A manifest in a link (`yaml=`): the text deflated (raw DEFLATE, the browser's
 * CompressionStream) and written in base64url, so a pod's YAML fits a link and survives being
 * pasted. Reading it is checked twice: the link's characters when the page opens, the bytes
 * when the tab that shows it decodes them.
 */

import { base64url } from '$lib/sim/cli/bytesText';
import { isManifestParam } from './deepLink';

export { isManifestParam };

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
	const out = new Response(
		new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream)
	);
	return new Uint8Array(await out.arrayBuffer());
}

export async function encodeManifest(text: string): Promise<string> {
	const packed = await through(
		new TextEncoder().encode(text),
		new CompressionStream('deflate-raw')
	);
	return base64url(packed);
}

/** The manifest a `yaml=` holds, or null when its bytes are not one (cut short, or not ours). */
export async function decodeManifest(param: string): Promise<string | null> {
	if (!isManifestParam(param)) return null;
	try {
		const binary = atob(param.replace(/-/g, '+').replace(/_/g, '/'));
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		const text = await through(bytes, new DecompressionStream('deflate-raw'));
		return new TextDecoder('utf-8', { fatal: true }).decode(text);
	} catch {
		return null;
	}
}
