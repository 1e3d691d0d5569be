import { describe, expect, it } from 'vitest';
import { defaultPodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import { podKey } from '../podCodec';
import { runLine, type EtcdSession, type UserWrite } from './shell';

const tl = podCreationTimeline(defaultPodScenario);
const tls = '--cacert=a --cert=b --key=c';
const at = (i: number) => (i < 0 ? tl.initial : tl.steps[i].snapshot);
const session = (i: number, writes: UserWrite[] = []): EtcdSession => ({
	past: {
		initial: tl.initial.etcd,
		logs: tl.steps.slice(0, i + 1).map((s) => s.snapshot.etcd.log)
	},
	writes
});

/** a terminal that keeps its writes, as the Terminal tab does */
function terminal(step: number) {
	const writes: UserWrite[] = [];
	return {
		run(line: string, i = step) {
			const answer = runLine(`etcdctl ${tls} ${line}`, at(i), session(i, writes));
			writes.push(...(answer.writes ?? []));
			return answer.chunks
				.map((c) => ('note' in c ? `[note:${c.note}]` : 'text' in c ? c.text : ''))
				.join('\n');
		},
		writes
	};
}

describe('etcdctl put and del: the terminal’s own keys, each write a new revision', () => {
	it('put prints OK and takes the next revision; a later put another; get --rev reads the first', () => {
		const t = terminal(3);
		const rev = at(3).etcd.revision;
		expect(t.run('put greeting hello')).toBe('OK');
		expect(t.run('put greeting hi --prev-kv')).toBe('OK\ngreeting\nhello');
		expect(t.run('get greeting')).toBe('greeting\nhi');
		expect(t.run(`get greeting --rev ${rev + 1}`)).toBe('greeting\nhello');
		expect(t.run(`get greeting --rev ${rev}`)).toBe('');
		expect(t.run(`get greeting --rev ${rev + 3}`)).toBe(
			'Error: etcdserver: mvcc: required revision is a future revision'
		);
		expect(t.writes).toEqual([
			{ type: 'put', key: 'greeting', value: 'hello' },
			{ type: 'put', key: 'greeting', value: 'hi' }
		]);
	});

	it('the writes follow the step: applied after its own, at the revisions after its', () => {
		const t = terminal(1);
		t.run('put a 1');
		const later = tl.steps.length - 1;
		expect(t.run('get a', later)).toBe('a\n1');
		expect(t.run(`get a --rev ${at(later).etcd.revision + 1}`, later)).toBe('a\n1');
		expect(t.run(`get a --rev ${at(later).etcd.revision}`, later)).toBe('');
	});

	it('del prints how many keys went, in one revision; nothing deleted writes nothing', () => {
		const t = terminal(2);
		t.run('put /app/a 1');
		t.run('put /app/b 2');
		expect(t.run('del /app/ --prefix --prev-kv')).toBe('2\n/app/a\n1\n/app/b\n2');
		expect(t.writes.at(-1)).toEqual({ type: 'del', keys: ['/app/a', '/app/b'] });
		expect(t.run('del /app/a')).toBe('0');
		expect(t.writes).toHaveLength(3);
		const rev = at(2).etcd.revision;
		// both keys went at one revision: the one after the two puts
		expect(t.run(`get /app/ --prefix --rev ${rev + 2}`)).toBe('/app/a\n1\n/app/b\n2');
		expect(t.run(`get /app/ --prefix --rev ${rev + 3}`)).toBe('');
	});

	it('/registry is the API server’s: put and del there are refused with a note and write nothing', () => {
		const t = terminal(4);
		expect(t.run(`put ${podKey('default', 'nginx')} x`)).toBe('[note:registryWrite]');
		expect(t.run('del /registry/pods/ --prefix')).toBe('[note:registryWrite]');
		expect(t.run('del "" --prefix')).toBe('[note:registryWrite]');
		expect(t.writes).toEqual([]);
	});

	it('get’s and watch’s ranges: a range end, or --prefix, not both', () => {
		const t = terminal(2);
		t.run('put /a/1 x');
		t.run('put /a/2 y');
		t.run('put /b/1 z');
		expect(t.run('get /a/ /b/ --keys-only')).toBe('/a/1\n\n/a/2\n');
		expect(t.run('get /a/ /b/ --prefix')).toBe(
			'Error: too many arguments, only accept one argument when `--prefix` or `--from-key` is set'
		);
		expect(t.run('get /a/1 -w json --print-value-only')).toBe(
			'Error: print-value-only is only for `--write-out=simple`'
		);
		expect(t.run('watch /a/ /b/ --prefix')).toBe(
			'Error: `range_end` and `--prefix` are mutually exclusive'
		);
		// put reads its key and value; words after them are not read
		expect(t.run('put /c v extra')).toBe('OK');
		expect(t.run('get /c')).toBe('/c\nv');
	});

	it('put’s argument errors are etcdctl’s', () => {
		const t = terminal(0);
		expect(t.run('put onlykey')).toBe(
			'Error: put command needs 1 argument and input from stdin or 2 arguments'
		);
		expect(t.run('put "" v')).toBe('Error: etcdserver: key is not provided');
		expect(t.run('del')).toBe(
			'Error: del command needs one argument as key and an optional argument as range_end'
		);
		expect(t.writes).toEqual([]);
	});
});

describe('etcd’s history: every revision since the flow began can be read', () => {
	const key = podKey('default', 'nginx');
	const last = tl.steps.length - 1;

	it('get --rev at each step’s revision gives the pod as that step left it', () => {
		const t = terminal(last);
		tl.steps.forEach((s, i) => {
			const then = terminal(i).run(`get ${key}`);
			expect(t.run(`get ${key} --rev ${s.snapshot.etcd.revision}`)).toBe(then);
		});
		expect(t.run(`get ${key} --rev ${tl.initial.etcd.revision - 1}`)).toBe(
			'Error: etcdserver: mvcc: required revision has been compacted\n[note:compacted]'
		);
	});

	it('watch --rev replays the changes since then before it waits for more', () => {
		const t = terminal(last);
		const created = tl.steps.findIndex((s) => s.snapshot.etcd.kvs[key]);
		const from = tl.steps[created].snapshot.etcd.kvs[key].create_revision;
		const writes = tl.steps.flatMap((s) => s.snapshot.etcd.log).filter((e) => e.kv.key === key);
		const text = t.run(`watch ${key} --rev ${from}`);
		expect(text.startsWith('[note:protobufValue]\nPUT\n')).toBe(true);
		expect(text.split('\n').filter((l) => l === 'PUT')).toHaveLength(writes.length);
		expect(t.run(`watch ${key} --rev 1`)).toMatch(
			/^watch was canceled \(etcdserver: mvcc: required revision has been compacted\)\n/
		);
	});
});

describe('keys that are names of JavaScript’s own', () => {
	it('put __proto__ stores a key like any other', () => {
		const t = terminal(0);
		expect(t.run('put __proto__ x')).toBe('OK');
		expect(t.run('get __proto__')).toBe('__proto__\nx');
		// '_' sorts after '/': the last key
		expect(t.run('get "" --prefix --keys-only')).toMatch(/\n__proto__\n$/);
		expect(t.run('del __proto__')).toBe('1');
	});
});
