/**
 * `etcdctl` (v3 API) against the cluster's etcd as it is at a step: get and version. Formats are
 * etcdctl 3.6's (etcdctl/ctlv3/command/get_command.go, printer_simple.go printKV: the key, then
 * the value, each on its own line; with --keys-only the server sends no value, so an empty line).
 */
import { get as getKey, getPrefix, type EtcdStore, type KeyValue } from '../etcd';
import { firstArgument, parseFlags, type FlagSpec } from './flags';
import { CLIENT_URL, MEMBER_NAME, PEER_URL, etcdTable, memberId } from './etcdMembers';
import {
	endpointHealth,
	endpointStatus,
	snapshotRestore,
	snapshotSave,
	snapshotStatus
} from './etcdMaintenance';
import { snapshotUsage } from './etcdUsage';
import { ETCD_API_VERSION } from './etcdVersions';
import type { EtcdAccess, UserWrite } from './etcdSession';
import { printKV, protobufNote, rangeFields, rangeJson } from './etcdPrint';
import { err, note, out, type Chunk, type WatchChange } from './output';
import { ETCD_VERSION } from '../version';

export const ETCDCTL_COMMANDS = [
	'del',
	'endpoint',
	'get',
	'member',
	'put',
	'snapshot',
	'version',
	'watch'
];
/** etcdctl's commands that change etcd: here the flow writes it */
const CHANGES = [
	'txn',
	'compaction',
	'defrag',
	'lease',
	'auth',
	'user',
	'role',
	'move-leader',
	'make-mirror',
	'elect',
	'lock',
	'downgrade'
];
/** its other commands: real, but not answered here */
const OTHERS = ['alarm', 'check', 'completion', 'help'];

/** global flags (ctlv3.go): the connection and TLS flags the CKA's etcd tasks pass */
const GLOBAL: FlagSpec[] = [
	{ name: 'endpoints', value: true },
	{ name: 'cacert', value: true },
	{ name: 'cert', value: true },
	{ name: 'key', value: true },
	{ name: 'write-out', short: 'w', value: true },
	{ name: 'hex' },
	{ name: 'dial-timeout', value: true },
	{ name: 'command-timeout', value: true },
	{ name: 'insecure-skip-tls-verify' },
	{ name: 'user', value: true },
	{ name: 'password', value: true },
	{ name: 'debug' },
	{ name: 'help', short: 'h' }
];

const GET: FlagSpec[] = [
	...GLOBAL,
	{ name: 'prefix' },
	{ name: 'keys-only' },
	{ name: 'print-value-only' },
	{ name: 'rev', value: true },
	{ name: 'limit', value: true },
	{ name: 'from-key' },
	{ name: 'count-only' },
	{ name: 'consistency', value: true },
	{ name: 'order', value: true },
	{ name: 'sort-by', value: true }
];

/** etcdctl v2's commands, gone with the v2 client: etcd 3.6's etcdctl does not know them */
const V2_COMMANDS = ['set', 'ls', 'mk', 'mkdir', 'rmdir', 'rm', 'setdir', 'update', 'updatedir'];

/**
 * etcd 3.6's etcdctl/main.go only unsets ETCDCTL_API and starts the v3 client, whatever the
 * variable says: the v2 client is gone, so the environment is not read here.
 */
export function etcdctl(args: string[], etcd: EtcdAccess): Chunk[] {
	// the global flags may come before the command (`etcdctl --endpoints=… get …`)
	const at = firstArgument(args, GET);
	if (at < 0) return [note('notModelled', { command: 'etcdctl' })];
	const sub = args[at];
	const rest = args.filter((_, i) => i !== at);
	if (rest.includes('-h') || rest.includes('--help'))
		return [note('notModelled', { command: `etcdctl ${sub} --help` })];
	// version_command.go: the release and its API version (api/version/version.go)
	if (sub === 'version')
		return [out(`etcdctl version: ${ETCD_VERSION}\nAPI version: ${ETCD_API_VERSION}`)];
	if (sub === 'get') return get(rest, etcd);
	if (sub === 'put') return putCommand(rest, etcd.store);
	if (sub === 'del') return delCommand(rest, etcd.store);
	if (sub === 'endpoint') return endpoint(rest, etcd);
	if (sub === 'snapshot') return etcdctlSnapshot(rest, etcd);
	if (sub === 'member') return member(rest);
	if (sub === 'watch') return watch(rest, etcd);
	if (CHANGES.includes(sub)) return [note('readOnly', { command: `etcdctl ${sub}` })];
	if (OTHERS.includes(sub)) return [note('notModelled', { command: `etcdctl ${sub}` })];
	// cobra's unknown command, as etcdctl prints an error (ExitWithError: "Error: …"); a v2
	// command gets a note on where it went
	return [
		err(`Error: unknown command "${sub}" for "etcdctl"\nRun 'etcdctl --help' for usage.`),
		...(V2_COMMANDS.includes(sub) ? [note('v2Store')] : [])
	];
}

function get(args: string[], etcd: EtcdAccess): Chunk[] {
	const flags = parseFlags(args, GET);
	if ('error' in flags) return [err(`Error: ${flags.error}`)];
	const v = flags.values;
	// get_command.go getGetOp: a key, and a range end unless --prefix says where the range ends
	const [key, rangeEnd] = flags.args;
	if (key === undefined)
		return [
			err('Error: get command needs one argument as key and an optional argument as range_end')
		];
	if (rangeEnd !== undefined && (v.prefix === 'true' || v['from-key'] === 'true'))
		return [
			err(
				'Error: too many arguments, only accept one argument when `--prefix` or `--from-key` is set'
			)
		];
	const format = v['write-out'] ?? 'simple';
	if (!['simple', 'json', 'fields'].includes(format))
		return [note('notModelled', { command: `etcdctl get -w ${format}` })];
	if (v['print-value-only'] === 'true' && format !== 'simple')
		return [err('Error: print-value-only is only for `--write-out=simple`')];
	for (const unmodelled of ['count-only', 'from-key', 'sort-by', 'order'])
		if (v[unmodelled]) return [note('notModelled', { command: `etcdctl get --${unmodelled}` })];
	const chunks: Chunk[] = [];
	chunks.push(...tlsNote(v));
	const rev = v.rev === undefined ? 0 : parseInt64('rev', v.rev);
	if (typeof rev === 'string') return [err(rev)];
	const limit = v.limit === undefined ? 0 : parseInt64('limit', v.limit);
	if (typeof limit === 'string') return [err(limit)];
	const read = readAt(etcd, rev);
	if ('error' in read) return [...chunks, ...read.error];
	const store = read.store;
	let kvs: KeyValue[];
	if (v.prefix === 'true') kvs = getPrefix(store, key);
	else if (rangeEnd !== undefined)
		kvs = getPrefix(store, '').filter((kv) => kv.key >= key && kv.key < rangeEnd);
	else kvs = [getKey(store, key)].filter((kv) => kv !== undefined);
	// the count is the range's, before the limit; `more` says the limit cut it
	const count = kvs.length;
	if (limit > 0) kvs = kvs.slice(0, limit);
	const options = {
		hex: v.hex === 'true',
		valueOnly: v['print-value-only'] === 'true',
		keysOnly: v['keys-only'] === 'true'
	};
	const reply = { store: etcd.store, kvs, count, keysOnly: options.keysOnly };
	// the note on protobuf follows the bytes in whichever form they were printed
	if (format === 'json') return [...chunks, out(rangeJson(reply)), ...protobufNote(kvs, options)];
	if (format === 'fields')
		return [...chunks, out(rangeFields(reply)), ...protobufNote(kvs, options)];
	for (const kv of kvs) chunks.push(...printKV(kv, options));
	return [...chunks, ...protobufNote(kvs, options)];
}

/** pflag's int64 flag: a Go integer literal, or its ParseInt complaint */
function parseInt64(name: string, text: string): number | string {
	if (/^[+-]?\d+$/.test(text)) return Number(text);
	return `Error: invalid argument "${text}" for "--${name}" flag: strconv.ParseInt: parsing "${text}": invalid syntax`;
}

/**
 * The store a read at `rev` sees (0: the latest), or etcd's refusal: a revision not yet written,
 * or one compacted away (mvcc/kvstore.go ErrFutureRev, ErrCompacted).
 */
function readAt(etcd: EtcdAccess, rev: number): { store: EtcdStore } | { error: Chunk[] } {
	if (rev <= 0) return { store: etcd.store };
	if (rev > etcd.store.revision)
		return { error: [err('Error: etcdserver: mvcc: required revision is a future revision')] };
	if (rev < etcd.compacted)
		return {
			error: [
				err('Error: etcdserver: mvcc: required revision has been compacted'),
				note('compacted', { revision: String(etcd.compacted) })
			]
		};
	return { store: etcd.at(rev) };
}

const PLAIN = { hex: false, valueOnly: false, keysOnly: false };

/** the keys of /registry are the API server's: the terminal writes only outside them */
const registryNote = (command: string): Chunk[] => [note('registryWrite', { command })];

/** `etcdctl put <key> <value>`: prints OK (printer_simple.go Put), then the old pair with --prev-kv */
function putCommand(args: string[], store: EtcdStore): Chunk[] {
	const flags = parseFlags(args, [
		...GLOBAL,
		{ name: 'prev-kv' },
		{ name: 'lease', value: true },
		{ name: 'ignore-value' },
		{ name: 'ignore-lease' }
	]);
	if ('error' in flags) return [err(`Error: ${flags.error}`)];
	const [key, value] = flags.args;
	// put_command.go getPutOp: a missing value would be read from stdin, which this terminal has
	// none of; words after the value are not read
	if (value === undefined)
		return [err('Error: put command needs 1 argument and input from stdin or 2 arguments')];
	if ((flags.values['write-out'] ?? 'simple') !== 'simple')
		return [note('notModelled', { command: `etcdctl put -w ${flags.values['write-out']}` })];
	if (key === '') return [err('Error: etcdserver: key is not provided')];
	for (const unmodelled of ['lease', 'ignore-value', 'ignore-lease'])
		if (flags.values[unmodelled])
			return [note('notModelled', { command: `etcdctl put --${unmodelled}` })];
	if (key.startsWith('/registry/')) return registryNote('put');
	const write: UserWrite = { type: 'put', key, value };
	const prev = getKey(store, key);
	const chunks: Chunk[] = [...tlsNote(flags.values), out('OK'), { write }];
	if (flags.values['prev-kv'] === 'true' && prev) chunks.push(...printKV(prev, PLAIN));
	return chunks;
}

/** `etcdctl del <key> [range_end] [--prefix]`: prints how many keys went (printer_simple.go Del) */
function delCommand(args: string[], store: EtcdStore): Chunk[] {
	const flags = parseFlags(args, [
		...GLOBAL,
		{ name: 'prefix' },
		{ name: 'prev-kv' },
		{ name: 'from-key' }
	]);
	if ('error' in flags) return [err(`Error: ${flags.error}`)];
	const [key, rangeEnd] = flags.args;
	if (key === undefined || flags.args.length > 2)
		return [
			err('Error: del command needs one argument as key and an optional argument as range_end')
		];
	if (flags.values['from-key']) return [note('notModelled', { command: 'etcdctl del --from-key' })];
	if ((flags.values['write-out'] ?? 'simple') !== 'simple')
		return [note('notModelled', { command: `etcdctl del -w ${flags.values['write-out']}` })];
	const all = getPrefix(store, '');
	const gone =
		flags.values.prefix === 'true'
			? all.filter((kv) => kv.key.startsWith(key))
			: rangeEnd !== undefined
				? all.filter((kv) => kv.key >= key && kv.key < rangeEnd)
				: all.filter((kv) => kv.key === key);
	if (gone.some((kv) => kv.key.startsWith('/registry/'))) return registryNote('del');
	const chunks: Chunk[] = [...tlsNote(flags.values), out(String(gone.length))];
	if (gone.length) chunks.push({ write: { type: 'del', keys: gone.map((kv) => kv.key) } });
	if (flags.values['prev-kv'] === 'true') for (const kv of gone) chunks.push(...printKV(kv, PLAIN));
	return chunks;
}

/**
 * `etcdctl member list`: the one member, started (it has a name), not a learner. Simple output
 * joins a row's cells with ", "; -w table draws them (printer_simple.go and printer_table.go
 * MemberList, makeMemberListTable).
 */
function member(args: string[]): Chunk[] {
	const flags = parseFlags(args, GLOBAL);
	if ('error' in flags) return [err(`Error: ${flags.error}`)];
	const [action] = flags.args;
	if (action !== 'list')
		return [note('readOnly', { command: `etcdctl member ${action ?? ''}`.trim() })];
	const format = flags.values['write-out'] ?? 'simple';
	const row = [memberId().toString(16), 'started', MEMBER_NAME, PEER_URL, CLIENT_URL, 'false'];
	const chunks: Chunk[] = [];
	chunks.push(...tlsNote(flags.values));
	if (format === 'simple') chunks.push(out(row.join(', ')));
	else if (format === 'table')
		chunks.push(
			out(etcdTable(['ID', 'STATUS', 'NAME', 'PEER ADDRS', 'CLIENT ADDRS', 'IS LEARNER'], [row]))
		);
	else chunks.push(note('notModelled', { command: `etcdctl member list -w ${format}` }));
	return chunks;
}

/**
 * `etcdctl watch <key> [--prefix] [--rev N] [--prev-kv]`: with --rev, the changes since that
 * revision at once; then each change as it happens: the event's type, the previous pair with
 * --prev-kv, and the pair (printer_simple.go Watch: fmt.Println(ev.Type), then printKV; a
 * deleted key's value is empty).
 */
function watch(args: string[], etcd: EtcdAccess): Chunk[] {
	const flags = parseFlags(args, [
		...GLOBAL,
		{ name: 'prefix' },
		{ name: 'rev', value: true },
		{ name: 'prev-kv' }
	]);
	if ('error' in flags) return [err(`Error: ${flags.error}`)];
	const [key, rangeEnd] = flags.args;
	if (key === undefined || flags.args.length > 2) return [err('Error: bad number of arguments')];
	const prefix = flags.values.prefix === 'true';
	if (prefix && rangeEnd !== undefined)
		return [err('Error: `range_end` and `--prefix` are mutually exclusive')];
	const prevKv = flags.values['prev-kv'] === 'true';
	// a key, a prefix, or the range [key, range_end)
	const hears = (k: string) =>
		prefix ? k.startsWith(key) : rangeEnd !== undefined ? k >= key && k < rangeEnd : k === key;
	const print = ({ type, kv, prev }: WatchChange): Chunk[] => [
		out(type),
		...(prevKv && prev ? printKV(prev, PLAIN) : []),
		...printKV(kv, PLAIN)
	];
	const chunks = tlsNote(flags.values);
	const rev = flags.values.rev === undefined ? 0 : parseInt64('rev', flags.values.rev);
	if (typeof rev === 'string') return [err(rev)];
	if (rev > 0 && rev < etcd.compacted)
		// watch_command.go: a canceled watch ends the command with the server's reason
		return [
			...chunks,
			err('watch was canceled (etcdserver: mvcc: required revision has been compacted)'),
			err('Error: watch is canceled by the server'),
			note('compacted', { revision: String(etcd.compacted) })
		];
	if (key.startsWith('/registry')) chunks.push(note('protobufValue'));
	if (rev > 0)
		chunks.push(
			...etcd
				.since(rev)
				.filter((c) => hears(c.kv.key))
				.flatMap(print)
		);
	return [...chunks, { watch: { hears, event: (change) => print(change) } }];
}

/** `etcdctl endpoint status|health` */
function endpoint(args: string[], etcd: EtcdAccess): Chunk[] {
	const flags = parseFlags(args, [...GLOBAL, { name: 'cluster' }]);
	if ('error' in flags) return [err(`Error: ${flags.error}`)];
	const [action] = flags.args;
	const format = flags.values['write-out'] ?? 'simple';
	const tls = tlsNote(flags.values);
	if (action === 'status') return [...tls, ...endpointStatus(flags.values, etcd.store, format)];
	if (action === 'health') return [...tls, ...endpointHealth(flags.values, format)];
	if (action === 'hashkv') return [note('notModelled', { command: 'etcdctl endpoint hashkv' })];
	return [err(`Error: unknown command "${action ?? ''}" for "etcdctl endpoint"`)];
}

/** etcdutl snapshot restore's flags (etcdutl/etcdutl/snapshot_command.go) */
const SNAPSHOT_FLAGS: FlagSpec[] = [
	...GLOBAL,
	{ name: 'data-dir', value: true },
	{ name: 'wal-dir', value: true },
	{ name: 'name', value: true },
	{ name: 'initial-cluster', value: true },
	{ name: 'initial-cluster-token', value: true },
	{ name: 'initial-advertise-peer-urls', value: true },
	{ name: 'skip-hash-check' }
];

/**
 * `etcdctl snapshot`: since etcd 3.6 its one command is save, which asks the server
 * (etcdctl/ctlv3/command/snapshot_command.go); status and restore read the file, which only
 * etcdutl does. Any other word runs `snapshot` itself, which prints its usage (etcdUsage.ts),
 * after a flag it does not know: cobra's error, the usage, a blank line, then etcdctl's own
 * `Error:` again (cobra command.go ExecuteC, ctlv3/ctl.go MustStart).
 */
function etcdctlSnapshot(args: string[], etcd: EtcdAccess): Chunk[] {
	// the command cobra finds: the first word that is not a flag or a flag's value
	const at = firstArgument(args, GLOBAL);
	const word = at < 0 ? undefined : args[at];
	const flags = parseFlags(args, GLOBAL);
	if (word === 'save') {
		if ('error' in flags) return [err(`Error: ${flags.error}`)];
		const [, ...rest] = flags.args;
		return [...tlsNote(flags.values), ...snapshotSave(rest, flags.values, etcd.store, etcd.clock)];
	}
	const moved =
		word === 'status' || word === 'restore' ? [note('etcdutlSnapshot', { command: word })] : [];
	if ('error' in flags) {
		const error = `Error: ${flags.error}`;
		return [err(error), out(snapshotUsage()), err(`\n${error}`), ...moved];
	}
	return [out(snapshotUsage()), ...moved];
}

/** `etcdutl snapshot status|restore`: they read the snapshot file, with no server to ask */
function etcdutlSnapshot(args: string[], etcd: EtcdAccess): Chunk[] {
	const flags = parseFlags(args, SNAPSHOT_FLAGS);
	if ('error' in flags) return [err(`Error: ${flags.error}`)];
	const [action, ...rest] = flags.args;
	const v = flags.values;
	if (action === 'status') return snapshotStatus(rest, v['write-out'] ?? 'simple', etcd.files);
	if (action === 'restore') return snapshotRestore(rest, v, etcd.files, etcd.clock);
	return [err(`Error: unknown command "${action ?? ''}" for "etcdutl snapshot"`)];
}

/** `etcdutl`, etcd's offline tool: it works on files, where etcdctl asks a server */
export function etcdutl(args: string[], etcd: EtcdAccess): Chunk[] {
	const at = firstArgument(args, SNAPSHOT_FLAGS);
	const sub = at < 0 ? undefined : args[at];
	const rest = args.filter((_, i) => i !== at);
	if (sub === 'version')
		return [out(`etcdutl version: ${ETCD_VERSION}\nAPI version: ${ETCD_API_VERSION}`)];
	if (sub === 'snapshot') return etcdutlSnapshot(rest, etcd);
	if (sub === undefined) return [note('notModelled', { command: 'etcdutl' })];
	if (['backup', 'defrag', 'migrate', 'completion', 'help', 'hashkv'].includes(sub))
		return [note('notModelled', { command: `etcdutl ${sub}` })];
	return [err(`Error: unknown command "${sub}" for "etcdutl"\nRun 'etcdutl --help' for usage.`)];
}

/** without kubeadm's certificates a real etcd would not answer: a note says which it needs */
const tlsNote = (v: Record<string, string>): Chunk[] =>
	v.cacert && v.cert && v.key ? [] : [note('etcdTls')];
