import { describe, expect, it } from 'vitest';
import { parseFlags } from './flags';
import { splitWords } from './words';

describe('a command line split as bash splits it', () => {
	it.each([
		['kubectl get pods', {}, ['kubectl', 'get', 'pods']],
		['  kubectl   get\tpods  ', {}, ['kubectl', 'get', 'pods']],
		[
			`kubectl get pods -l 'app in (web, api)'`,
			{},
			['kubectl', 'get', 'pods', '-l', 'app in (web, api)']
		],
		[
			'etcdctl get "/registry/pods/default/nginx"',
			{},
			['etcdctl', 'get', '/registry/pods/default/nginx']
		],
		['echo a\\ b "c\\"d" \'e\\f\'', {}, ['echo', 'a b', 'c"d', 'e\\f']],
		['ETCDCTL_API=3 etcdctl version', { ETCDCTL_API: '3' }, ['etcdctl', 'version']],
		['A=1 B=2 kubectl', { A: '1', B: '2' }, ['kubectl']],
		['X=1', { X: '1' }, []],
		["''", {}, ['']],
		['', {}, []]
	])('%s', (line, env, words) => expect(splitWords(line)).toEqual({ env, words }));

	it('notes an unquoted pipe, redirection or list, but not a quoted one', () => {
		expect(splitWords('k get po | grep x')).toMatchObject({ operators: true });
		expect(splitWords('k get po > out.txt')).toMatchObject({ operators: true });
		expect(splitWords("k get po -l 'a in (b)' '|'")).not.toHaveProperty('operators');
	});

	it('an unterminated quote gets bash’s message', () => {
		expect(splitWords("kubectl get 'pods")).toEqual({
			error:
				"bash: unexpected EOF while looking for matching `''\nbash: syntax error: unexpected end of file"
		});
		expect(splitWords('kubectl get "pods')).toHaveProperty('error');
	});
});

describe('flags read as spf13/pflag reads them', () => {
	const specs = [
		{ name: 'namespace', short: 'n', value: true },
		{ name: 'all-namespaces', short: 'A' },
		{ name: 'output', short: 'o', value: true }
	];
	it.each([
		[['pods', '-n', 'kube-system'], { namespace: 'kube-system' }, ['pods']],
		[['-nkube-system', 'pods'], { namespace: 'kube-system' }, ['pods']],
		[['-n=x', 'pods'], { namespace: 'x' }, ['pods']],
		[['--namespace=x'], { namespace: 'x' }, []],
		[['--namespace', 'x'], { namespace: 'x' }, []],
		[['-Aowide'], { 'all-namespaces': 'true', output: 'wide' }, []],
		[['--', '-n'], {}, ['-n']]
	])('%j', (words, values, args) =>
		expect(parseFlags(words, specs)).toMatchObject({ values, args })
	);

	it('says where each argument stood', () => {
		expect(parseFlags(['-n', 'x', 'get', '-A', 'pods'], specs)).toMatchObject({ at: [2, 4] });
	});

	it.each([
		[['--bogus'], 'unknown flag: --bogus'],
		[['-z'], "unknown shorthand flag: 'z' in -z"],
		[['-Az'], "unknown shorthand flag: 'z' in -z"],
		[['-An'], "flag needs an argument: 'n' in -n"],
		[['-n'], "flag needs an argument: 'n' in -n"],
		[['--namespace'], 'flag needs an argument: --namespace']
	])('%j: %s', (words, error) => expect(parseFlags(words, specs)).toEqual({ error }));
});
