/**
 * The terminal's shell: splits a line, runs kubectl or etcdctl against the cluster at a step, and
 * completes a word on Tab. Any line gets an answer: a tool's output or error, bash's complaint,
 * or a note of KubeStep's own. `k` is kubectl, as in the CKA exam's terminal.
 */
import type { ClusterState } from '../cluster';
import type { PodObject } from '../model';
import { podKey } from '../podCodec';
import { get as getKey, readObject, type KeyValue } from '../etcd';
import { etcdctl, etcdutl, ETCDCTL_COMMANDS } from './etcdctl';
import { etcdAccess, type EtcdSession, type UserWrite } from './etcdSession';
import { kubectl, KUBECTL_COMMANDS } from './kubectl';
import { OUTPUT_FORMATS } from './kubectlGet';
import { err, note, out, type Chunk, type WatchPrint, type WatchSpec } from './output';
import { RESOURCES, findResource } from './resources';
import { splitWords } from './words';

export type { Chunk, NoteId, WatchPrint, WatchSpec } from './output';
export type { EtcdSession, UserWrite } from './etcdSession';

/** what the terminal itself answers besides the two tools */
export const BUILTINS = ['help', 'clear', 'history'];
const PROGRAMS = ['kubectl', 'k', 'etcdctl', 'etcdutl'];

export interface Answer {
	chunks: Chunk[];
	/** the line asks for the screen to be emptied */
	clear?: boolean;
	/** the line asks for the commands typed so far */
	history?: boolean;
	/** the command keeps watching: what it prints as the flow writes */
	watch?: WatchSpec;
	/** what the command wrote to etcd (etcdctl put, del): the terminal keeps it */
	writes?: UserWrite[];
}

/** A longest line: past it, a line is refused rather than read (a link's `cmd` has the same limit). */
export const MAX_LINE = 2000;

/**
 * The answer to one line, read from the cluster at a step; `session` is etcd's history up to it
 * and what the learner has written to etcd so far.
 */
export function runLine(line: string, state: ClusterState, session?: EtcdSession): Answer {
	if (line.length > MAX_LINE) return { chunks: [note('tooLong', { max: String(MAX_LINE) })] };
	const split = splitWords(line);
	if ('error' in split) return { chunks: [err(split.error)] };
	if (split.operators) return { chunks: [note('shellSyntax')] };
	const [program, ...args] = split.words;
	// `export X=1`, `X=1`: bash sets a variable and says nothing
	if (program === undefined || (program === 'export' && args.every((a) => /^\w+=/.test(a))))
		return { chunks: [] };
	if (program === 'help') return { chunks: [note('help')] };
	if (program === 'clear') return { chunks: [], clear: true };
	if (program === 'history') return { chunks: [], history: true };
	const chunks =
		program === 'kubectl' || program === 'k'
			? kubectl(args, state)
			: program === 'etcdctl'
				? etcdctl(args, etcdAccess(state, session))
				: program === 'etcdutl'
					? etcdutl(args, etcdAccess(state, session))
					: [err(`bash: ${program}: command not found`)];
	const watch = chunks.find((c): c is { watch: WatchSpec } => 'watch' in c)?.watch;
	const writes = chunks.flatMap((c) => ('write' in c ? [c.write] : []));
	const shown = chunks.filter((c) => !('watch' in c) && !('write' in c));
	return { chunks: shown, ...(watch && { watch }), ...(writes.length && { writes }) };
}

/** The steps a watch reads: the cluster after each, whose etcd log holds the step's writes. */
interface WrittenStep {
	snapshot: ClusterState;
}

/**
 * What a watch prints for the writes of step `i`, one event per write in revision order (a key
 * written twice in a step is heard twice), rows not laid out yet (see watchText).
 */
export function watchStep(
	watch: WatchSpec,
	steps: readonly WrittenStep[],
	initial: ClusterState,
	i: number
): WatchPrint[] {
	const before = i > 0 ? steps[i - 1].snapshot : initial;
	const after = steps[i].snapshot;
	const latest = new Map<string, KeyValue | undefined>();
	const prints: WatchPrint[] = [];
	for (const { type, kv } of after.etcd.log) {
		const prev = latest.has(kv.key) ? latest.get(kv.key) : getKey(before.etcd, kv.key);
		if (watch.hears(kv.key)) prints.push(...watch.event({ type, kv, prev }, after));
		latest.set(kv.key, type === 'PUT' ? kv : undefined);
	}
	return prints;
}

/**
 * What a watch begun after step `from` prints by step `to`, as text: each step's writes in turn,
 * worked out once into `cache` (by step index) when one is given.
 */
export function watchSince(
	watch: WatchSpec,
	steps: readonly WrittenStep[],
	initial: ClusterState,
	from: number,
	to: number,
	cache: WatchPrint[][] = []
): Chunk[] {
	const prints: WatchPrint[] = [];
	for (let i = Math.max(0, from + 1); i <= to && i < steps.length; i++) {
		cache[i] ??= watchStep(watch, steps, initial, i);
		prints.push(...cache[i]);
	}
	return watchText(watch, prints);
}

/**
 * The prints of a watch as text: each table row through kubectl's tabwriter, which remembers its
 * columns' widths across flushes (liggitt/tabwriter RememberWidths: minwidth 6, padding 3), so a
 * wider cell widens its column for every row after it.
 */
export function watchText(watch: WatchSpec, prints: readonly WatchPrint[]): Chunk[] {
	const widths: number[] = [];
	const remember = (row: string[]) =>
		row
			.slice(0, -1)
			.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length + 3, 6)));
	(watch.seed ?? []).forEach(remember);
	let header = watch.header;
	const line = (cells: string[]) =>
		cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i]) : c)).join('');
	return prints.map((p) => {
		if (!('cells' in p)) return p;
		// the table printer prints its header with the first row it prints
		const rows = header ? [header, p.cells] : [p.cells];
		header = undefined;
		rows.forEach(remember);
		return out(rows.map(line).join('\n'));
	});
}

/**
 * What Tab adds to `line`: the one word that completes the last word, or, when several fit, their
 * longest common start and the list to show.
 */
export function complete(line: string, state: ClusterState): { line: string; options: string[] } {
	const at = line.lastIndexOf(' ') + 1;
	const word = line.slice(at);
	const before = line.slice(0, at).trim().split(/\s+/).filter(Boolean);
	const options = candidates(before, state).filter((c) => c.startsWith(word));
	if (options.length === 0) return { line, options: [] };
	const common = options.reduce((a, b) => {
		let i = 0;
		while (i < a.length && a[i] === b[i]) i++;
		return a.slice(0, i);
	});
	const done = options.length === 1 && !common.endsWith('/');
	return {
		line: line.slice(0, at) + common + (done ? ' ' : ''),
		options: options.length > 1 ? options : []
	};
}

/** flags whose value is the next word, when typed without `=` */
const VALUE_FLAGS = [
	'-n',
	'--namespace',
	'-o',
	'--output',
	'-l',
	'--selector',
	'-c',
	'--container',
	'--tail',
	'--context',
	'--kubeconfig',
	'-w',
	'--write-out',
	'--endpoints',
	'--cacert',
	'--cert',
	'--key',
	'--rev',
	'--limit'
];

/** the words that are not flags or their values (-w takes one in etcdctl, is --watch in kubectl) */
function positionals(words: string[], etcd: boolean): string[] {
	const kept: string[] = [];
	for (let i = 0; i < words.length; i++) {
		if (!words[i].startsWith('-')) kept.push(words[i]);
		else if (VALUE_FLAGS.includes(words[i]) && (etcd || words[i] !== '-w')) i++;
	}
	return kept;
}

function candidates(typed: string[], state: ClusterState): string[] {
	// leading NAME=value words are the command's environment (ETCDCTL_API=3 etcdctl …)
	const before = typed.slice(typed.findIndex((w) => !/^[A-Za-z_]\w*=/.test(w)));
	if (typed.every((w) => /^[A-Za-z_]\w*=/.test(w)))
		return [...PROGRAMS.filter((p) => p !== 'k'), ...BUILTINS];
	const [program, ...args] = before;
	const last = before.at(-1)!;
	const [sub, ...rest] = positionals(args, program === 'etcdctl');
	if (program === 'kubectl' || program === 'k') {
		if (last === '-n' || last === '--namespace') return names(state, '/registry/namespaces/');
		if (sub === undefined) return KUBECTL_COMMANDS;
		if (sub === 'logs') return logsCandidates(rest, last, namespaceOf(before), state);
		if (sub !== 'get' && sub !== 'describe') return [];
		if (last === '-o' || last === '--output') return OUTPUT_FORMATS;
		if (rest.length === 0) return RESOURCES.map((r) => r.name);
		const resource = findResource(rest[0]);
		if (!resource) return [];
		const ns = namespaceOf(before);
		return names(state, resource.namespaced ? `${resource.prefix}${ns}/` : resource.prefix);
	}
	if (program === 'etcdctl' || program === 'etcdutl') {
		if (sub === undefined)
			return program === 'etcdctl' ? ETCDCTL_COMMANDS : ['snapshot', 'version'];
		// etcd 3.6's etcdctl keeps only `snapshot save`; status and restore are etcdutl's
		if (rest.length === 0 && sub === 'snapshot')
			return program === 'etcdctl' ? ['save'] : ['restore', 'status'];
		if (rest.length === 0 && Object.hasOwn(SUBCOMMANDS, sub)) return SUBCOMMANDS[sub];
		if (sub === 'get' || sub === 'watch' || sub === 'put' || sub === 'del') return keyParts(state);
	}
	return [];
}

/** `kubectl logs`: a pod's name, then (as a word or after -c) one of its containers */
function logsCandidates(rest: string[], last: string, ns: string, state: ClusterState): string[] {
	const asksContainer = last === '-c' || last === '--container';
	if (rest.length === 0 && !asksContainer) return names(state, `/registry/pods/${ns}/`);
	if (rest[0] === undefined || (rest.length > 1 && !asksContainer)) return [];
	// pod/NAME, pods/NAME or po/NAME names the pod as NAME does
	const slash = rest[0].indexOf('/');
	if (slash >= 0 && findResource(rest[0].slice(0, slash))?.name !== 'pods') return [];
	const kv = getKey(state.etcd, podKey(ns, rest[0].slice(slash + 1)));
	if (!kv) return [];
	const { containers, initContainers = [] } = readObject<PodObject>(kv).spec;
	return [...containers, ...initContainers].map((c) => c.name);
}

/** etcdctl's commands that take a command of their own */
const SUBCOMMANDS: Record<string, string[]> = {
	endpoint: ['health', 'status'],
	member: ['list']
};

function namespaceOf(words: string[]): string {
	const i = words.findIndex((w) => w === '-n' || w === '--namespace');
	return i >= 0 && words[i + 1] ? words[i + 1] : 'default';
}

function names(state: ClusterState, prefix: string): string[] {
	return Object.keys(state.etcd.kvs)
		.filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/'))
		.map((k) => k.slice(prefix.length))
		.sort();
}

/** every key, and every folder on the way to one (`/registry/`, `/registry/pods/` …) */
function keyParts(state: ClusterState): string[] {
	const parts = new Set<string>();
	for (const key of Object.keys(state.etcd.kvs)) {
		parts.add(key);
		for (let i = key.indexOf('/', 1); i > 0; i = key.indexOf('/', i + 1))
			parts.add(key.slice(0, i + 1));
	}
	return [...parts].sort();
}
