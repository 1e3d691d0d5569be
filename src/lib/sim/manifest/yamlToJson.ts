/**
 * A manifest's YAML read as kubectl reads it: its YAMLReader splits the file at `---` lines and
 * numbers each document's lines from its own start, then sigs.k8s.io/yaml reads each with go-yaml
 * v2 (YAML 1.1: `yes` and `on` are booleans, `017` is octal; dates and `12:30` stay text, as a
 * value go-yaml reads into interface{}). Parsing is the `yaml` library's; a document it refuses is
 * reported in go-yaml's words for the mistakes people make by hand (a tab, a key out of line, a
 * second colon), with go-yaml's line number: scanner errors name the line of the problem, parser
 * errors the line before it, and neither names a line it counts as 0 (yaml.v2 yaml.go parser.fail).
 */
import { parseAllDocuments, type YAMLError } from 'yaml';

export type YamlResult =
	| { documents: unknown[] }
	/** go-yaml's message, `yaml: line N: …`, or null when KubeStep cannot word it as go-yaml would */
	| { error: string | null; line: number; detail: string };

/** go-yaml's words for the library's errors, and whether go-yaml's scanner or its parser finds it */
function goYaml(e: YAMLError): { message: string; scanner: boolean } | undefined {
	if (e.code === 'TAB_AS_INDENT')
		return { message: 'found character that cannot start any token', scanner: true };
	if (e.code === 'BLOCK_AS_IMPLICIT_KEY')
		return e.message.startsWith('Nested mappings')
			? { message: 'mapping values are not allowed in this context', scanner: true }
			: { message: 'did not find expected key', scanner: false };
	if (e.code === 'BAD_INDENT') return { message: 'did not find expected key', scanner: false };
	if (e.code === 'MISSING_CHAR' && e.message.startsWith('Sequence item without'))
		return { message: "did not find expected '-' indicator", scanner: false };
	return undefined;
}

const SEPARATOR = /^---(\s|$)/;

export function yamlToJson(text: string): YamlResult {
	const lines = text.split('\n');
	const bad = lines.find((l) => l.startsWith('---') && !SEPARATOR.test(l));
	if (bad !== undefined)
		return { error: 'invalid Yaml document separator: ' + bad, line: 1, detail: bad };
	const documents = parseAllDocuments(text, {
		version: '1.1',
		uniqueKeys: false,
		// go-yaml v2 keeps timestamps and base-60 numbers as text when it reads into interface{}
		customTags: (tags) =>
			tags.filter((t) =>
				typeof t === 'string'
					? !['timestamp', 'floatTime', 'intTime'].includes(t)
					: t.tag !== 'tag:yaml.org,2002:timestamp' && t.format !== 'TIME'
			)
	});
	const list = Array.isArray(documents) ? documents : [documents];
	for (const doc of list) {
		const first: YAMLError | undefined = doc.errors[0];
		if (!first) continue;
		let line = first.linePos?.[0].line ?? 1;
		// go-yaml stops at the colon a plain value runs into, which may be lines after it begins
		if (first.code === 'BLOCK_AS_IMPLICIT_KEY' && first.message.startsWith('Nested mappings'))
			line = lineOf(text, text.slice(first.pos[0]).search(/:(\s|$)/) + first.pos[0]);
		// kubectl numbers a document's lines from the line after its `---`
		const separator = lines.slice(0, line - 1).findLastIndex((l) => SEPARATOR.test(l));
		const inDocument = line - (separator + 1);
		const known = goYaml(first);
		const detail = first.message.split('\n')[0];
		if (!known) return { error: null, line, detail };
		// fail() counts from 0, and adds 1 for scanner errors only; a 0 names no line
		const counted = inDocument - 1;
		const shown = known.scanner ? counted + 1 : counted;
		const where = counted === 0 ? '' : `line ${shown}: `;
		return { error: `yaml: ${where}${known.message}`, line, detail };
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
