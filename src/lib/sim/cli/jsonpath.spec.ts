import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { executeTemplate, goSyntax, parseTemplate, relaxed } from './jsonpath';
import { naturalLess } from './getQuery';

const doc = {
	kind: 'List',
	items: [
		{
			metadata: { name: 'a', labels: { app: 'web', 'app.kubernetes.io/name': 'x' } },
			n: 3,
			ok: true
		},
		{ metadata: { name: 'b' }, n: 10, ok: false },
		{ metadata: { name: 'c', labels: { app: 'db' } }, n: 1, note: null }
	]
};

const run = (template: string) => {
	const nodes = parseTemplate(template);
	if ('error' in nodes) return `parse: ${nodes.error}`;
	const out = executeTemplate(nodes, doc);
	return typeof out === 'string' ? out : `run: ${out.error}`;
};

describe('client-go JSONPath templates', () => {
	it.each([
		['{.kind}', 'List'],
		['kind={.kind}!', 'kind=List!'],
		['{.items[*].metadata.name}', 'a b c'],
		['{.items[0].metadata.name}{.items[1].metadata.name}', 'ab'],
		['{.items[-1].metadata.name}', 'c'],
		['{.items[0:2].metadata.name}', 'a b'],
		['{.items[0,2].metadata.name}', 'a c'],
		['{.items[::2].metadata.name}', 'a c'],
		['{.items[*].n}', '3 10 1'],
		['{.items[*].ok}', 'true false'],
		['{.items[2].note}', 'null'],
		['{.items[?(@.n>2)].metadata.name}', 'a b'],
		['{.items[?(@.metadata.labels.app=="db")].metadata.name}', 'c'],
		['{.items[?(@.metadata.labels)].metadata.name}', 'a c'],
		['{.items[?(@.ok==false)].metadata.name}', 'b'],
		['{..name}', 'a b c'],
		['{.items[0].metadata.labels}', '{"app":"web","app.kubernetes.io/name":"x"}'],
		["{.items[0].metadata.labels['app']}", 'web'],
		// a quoted key is read as a path: its dots still split it
		["{.items[0].metadata.labels['app.kubernetes.io/name']}", ''],
		['{.items[0].metadata.labels.app\\.kubernetes\\.io/name}', 'x'],
		['{range .items[*]}{.metadata.name}{"\\n"}{end}', 'a\nb\nc\n'],
		['{range .items[*]}[{.metadata.name},{.n}]{end}', '[a,3][b,10][c,1]'],
		['{.missing.deeper}', ''],
		['}{.kind}', '}List'],
		// errors, as parser.go and jsonpath.go word them
		['{.items[*', 'parse: unterminated array'],
		['{.items', 'parse: unclosed action'],
		['{.items[?(@.n>1]}', 'parse: unterminated filter'],
		['{.items[x]}', 'parse: invalid array index x'],
		['{.items[-]}', 'parse: array index - is not a number'],
		['{.items["a"]}', 'parse: invalid array index "a"'],
		['{.items[0]\t}', 'parse: unrecognized character in action: U+0009'],
		['{"a\\qb"}', 'parse: unquote string "a\\qb" error invalid syntax'],
		// a literal on either side of a filter, and as an action
		['{.items[?(1==@.n)].metadata.name}', 'c'],
		['{.items[?(@.n==1)].metadata.name}', 'c'],
		['{5}{true}', '5true'],
		['{...name}', 'a b c'],
		['{....name}', 'parse: invalid multiple recursive descent'],
		["{.items[0].metadata['labels','name']}", '{"app":"web","app.kubernetes.io/name":"x"} a'],
		['{#}', "parse: unrecognized character in action: U+0023 '#'"],
		// a field name runs to a terminator: '#' is part of it, and no such key prints nothing
		['{.items#}', ''],
		['{"abc}', 'parse: unterminated quoted string'],
		['{.items[5]}', 'run: array index out of bounds: index 5, length 3'],
		['{.kind[0]}', 'run: string is not array or slice'],
		['{.items[?(@.n=="3")]}', 'run: incompatible types for comparison'],
		['{foo}', 'run: unrecognized identifier foo'],
		['{end}', 'run: not in range, nothing to end']
	])('%s', (template, want) => {
		expect(run(template)).toBe(want);
	});

	it('any template at all parses or is refused, and runs or errs, never throws', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc
						.array(
							fc.constantFrom(
								'{',
								'}',
								'.',
								'..',
								'[',
								']',
								'*',
								'?(',
								')',
								'@',
								'"',
								"'",
								'\\',
								'items',
								'0',
								':',
								',',
								'==',
								'1==@.n',
								'true',
								'range',
								'end',
								' '
							)
						)
						.map((p) => p.join(''))
				),
				(template) => {
					const nodes = parseTemplate(template);
					if (!('error' in nodes)) executeTemplate(nodes, doc);
				}
			)
		);
	});

	it('the relaxed paths --sort-by and custom-columns accept', () => {
		for (const e of ['a.b', '.a.b', '{a.b}', '{.a.b}']) expect(relaxed(e)).toBe('{.a.b}');
		expect(relaxed('{a}.b')).toEqual({
			error:
				"unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"
		});
	});

	it('Go’s %#v of what the template was given, for its error', () => {
		expect(goSyntax({ b: [1, 'x'], a: null })).toBe(
			'map[string]interface {}{"a":interface {}(nil), "b":[]interface {}{1, "x"}}'
		);
	});

	it('natural order: digit runs as numbers, fewer leading zeros first', () => {
		const sorted = ['node-10', 'node-2', 'node-1', 'node-02', 'a', 'node-'].sort((x, y) =>
			naturalLess(x, y) ? -1 : naturalLess(y, x) ? 1 : 0
		);
		expect(sorted).toEqual(['a', 'node-', 'node-1', 'node-2', 'node-02', 'node-10']);
	});
});
