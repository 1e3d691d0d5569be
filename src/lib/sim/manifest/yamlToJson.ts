/**
 * A manifest's YAML read as kubectl reads it (sigs.k8s.io/yaml over go-yaml v2: YAML 1.1, so
 * `yes` and `on` are booleans). Parsing is the `yaml` library's; a document it refuses is reported
 * in go-yaml's words for the mistakes people make by hand (a tab, a key out of line, a missing
 * colon), with go-yaml's line number: scanner errors name the line of the problem, parser errors
 * the line before it (yaml.v2 yaml.go parser.fail adds 1 only for scanner errors).
 */
import { parseAllDocuments, type YAMLError } from 'yaml';

export type YamlResult =
	| { documents: unknown[] }
	/** go-yaml's message, `yaml: line N: …`, or null when KubeStep cannot word it as go-yaml would */
	| { error: string | null; line: number; detail: string };

/** the library's error codes, in go-yaml's words, and whether go-yaml's scanner or parser finds it */
const GO_YAML: Record<string, { message: string; scanner: boolean }> = {
	TAB_AS_INDENT: { message: 'found character that cannot start any token', scanner: true },
	BLOCK_AS_IMPLICIT_KEY: {
		message: 'mapping values are not allowed in this context',
		scanner: true
	},
	BAD_INDENT: { message: 'did not find expected key', scanner: false },
	MISSING_CHAR: { message: "did not find expected '-' indicator", scanner: false },
	MULTILINE_IMPLICIT_KEY: { message: "could not find expected ':'", scanner: true }
};

export function yamlToJson(text: string): YamlResult {
	const documents = parseAllDocuments(text, { version: '1.1', uniqueKeys: false });
	const list = Array.isArray(documents) ? documents : [documents];
	for (const doc of list) {
		const first: YAMLError | undefined = doc.errors[0];
		if (!first) continue;
		let line = first.linePos?.[0].line ?? 1;
		// go-yaml stops at the colon a plain value runs into, which may be lines after it begins
		if (first.code === 'BLOCK_AS_IMPLICIT_KEY')
			line = lineOf(text, text.slice(first.pos[0]).search(/:(\s|$)/) + first.pos[0]);
		const known =
			first.code === 'MISSING_CHAR' && !first.message.startsWith('Sequence item without')
				? undefined
				: GO_YAML[first.code];
		if (!known) return { error: null, line, detail: first.message.split('\n')[0] };
		return {
			error: `yaml: line ${known.scanner ? line : line - 1}: ${known.message}`,
			line,
			detail: first.message.split('\n')[0]
		};
	}
	// a document with nothing in it (only comments, or `---` alone) is no object
	try {
		return { documents: list.map((d) => d.toJS()).filter((d) => d !== null && d !== undefined) };
	} catch (e) {
		// an alias to no anchor: go-yaml's decoder says so without a line (decode.go failf)
		const alias = /alias .*?: (\S+)/.exec(String(e))?.[1] ?? '';
		return { error: `yaml: unknown anchor '${alias}' referenced`, line: 1, detail: String(e) };
	}
}

/** the 1-based line of an offset in the text */
const lineOf = (text: string, offset: number) =>
	text.slice(0, Math.max(0, offset)).split('\n').length;
