/**
 * `etcdctl` (v3 API) against the cluster's etcd as it is at a step: get and version. Formats are
 * etcdctl 3.5's (etcdctl/ctlv3/command/get_command.go, printer_simple.go printKV: the key, then
 * the value, each on its own line; with --keys-only the server sends no value, so an empty line).
 */
import type { ClusterState } from '../cluster';
import { get as getKey, getPrefix, type KeyValue } from '../etcd';
import { firstArgument, parseFlags, type FlagSpec } from './flags';
import { CLIENT_URL, MEMBER_NAME, PEER_URL, etcdTable, memberId } from './etcdMembers';
import { err, note, out, type Chunk } from './output';

/** the etcd kubeadm v1.32.0 installs (constants.go SupportedEtcdVersion) */
export const ETCDCTL_VERSION = '3.5.16';

export const ETCDCTL_COMMANDS = ['get', 'member', 'version', 'watch'];
/** etcdctl's commands that change etcd: here the flow writes it */
const CHANGES = [
	'put',
	'del',
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
const OTHERS = ['endpoint', 'snapshot', 'alarm', 'check', 'completion', 'help'];

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

export function etcdctl(args: string[], env: Record<string, string>, state: ClusterState): Chunk[] {
	// etcdctl/main.go (3.4, 3.5): v3 when unset or 3, the v2 client for 2, else a complaint
	const api = env.ETCDCTL_API;
	if (api === '2') return etcdctlV2(args);
	if (api !== undefined && api !== '' && api !== '3')
		return [err(`unsupported API version: ${api}`)];
	// the global flags may come before the command (`etcdctl --endpoints=… get …`)
	const at = firstArgument(args, GET);
	if (at < 0) return [note('notModelled', { command: 'etcdctl' })];
	const sub = args[at];
	const rest = args.filter((_, i) => i !== at);
	if (rest.includes('-h') || rest.includes('--help'))
		return [note('notModelled', { command: `etcdctl ${sub} --help` })];
	if (sub === 'version') return [out(`etcdctl version: ${ETCDCTL_VERSION}\nAPI version: 3.5`)];
	if (sub === 'get') return get(rest, state);
	if (sub === 'member') return member(rest);
	if (sub === 'watch') return watch(rest);
	if (CHANGES.includes(sub)) return [note('readOnly', { command: `etcdctl ${sub}` })];
	if (OTHERS.includes(sub)) return [note('notModelled', { command: `etcdctl ${sub}` })];
	// cobra's unknown command, as etcdctl prints an error (ExitWithError: "Error: …")
	return [err(`Error: unknown command "${sub}" for "etcdctl"\nRun 'etcdctl --help' for usage.`)];
}

/** a value as a terminal shows it; Kubernetes' objects are protobuf, which the note stands in for */
function valueChunk(kv: KeyValue, explained = false): Chunk {
	if (!kv.key.startsWith('/registry/')) return out(kv.value);
	return explained ? note('protobufShort') : note('protobufValue', { key: kv.key });
}

function get(args: string[], state: ClusterState): Chunk[] {
	const flags = parseFlags(args, GET);
	if ('error' in flags) return [err(`Error: ${flags.error}`)];
	const v = flags.values;
	const [key, rangeEnd] = flags.args;
	if (key === undefined || flags.args.length > 2)
		return [
			err('Error: get command needs one argument as key and an optional argument as range_end')
		];
	const format = v['write-out'] ?? 'simple';
	if (format !== 'simple') return [note('notModelled', { command: `etcdctl get -w ${format}` })];
	for (const unmodelled of ['count-only', 'from-key', 'hex', 'sort-by', 'order'])
		if (v[unmodelled]) return [note('notModelled', { command: `etcdctl get --${unmodelled}` })];
	const chunks: Chunk[] = [];
	chunks.push(...tlsNote(v));
	if (v.rev !== undefined) {
		const rev = Number(v.rev);
		if (!/^\d+$/.test(v.rev))
			return [
				err(
					`Error: invalid argument "${v.rev}" for "--rev" flag: strconv.ParseInt: parsing "${v.rev}": invalid syntax`
				)
			];
		if (rev > state.etcd.revision)
			return [...chunks, err('Error: etcdserver: mvcc: required revision is a future revision')];
		if (rev !== 0 && rev < state.etcd.revision) return [...chunks, note('historyNotKept')];
	}
	let kvs: KeyValue[];
	if (v.prefix === 'true') kvs = getPrefix(state.etcd, key);
	else if (rangeEnd !== undefined)
		kvs = getPrefix(state.etcd, '').filter((kv) => kv.key >= key && kv.key < rangeEnd);
	else kvs = [getKey(state.etcd, key)].filter((kv) => kv !== undefined);
	if (v.limit !== undefined && Number(v.limit) > 0) kvs = kvs.slice(0, Number(v.limit));
	const keysOnly = v['keys-only'] === 'true';
	const valueOnly = v['print-value-only'] === 'true';
	let explained = false;
	for (const kv of kvs) {
		if (!valueOnly) chunks.push(out(kv.key));
		// the long note once; each value after it a short one
		const value: Chunk = keysOnly ? out('') : valueChunk(kv, explained);
		explained ||= 'note' in value;
		chunks.push(value);
	}
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
 * `etcdctl watch <key> [--prefix]`: nothing at once, then each change as it happens: the event's
 * type, the key and the value (printer_simple.go Watch: fmt.Println(ev.Type), then printKV).
 */
function watch(args: string[]): Chunk[] {
	const flags = parseFlags(args, [
		...GLOBAL,
		{ name: 'prefix' },
		{ name: 'rev', value: true },
		{ name: 'prev-kv' }
	]);
	if ('error' in flags) return [err(`Error: ${flags.error}`)];
	const [key] = flags.args;
	if (key === undefined || flags.args.length > 2) return [err('Error: bad number of arguments')];
	if (flags.values.rev !== undefined) return [note('historyNotKept')];
	const prefix = flags.values.prefix === 'true';
	return [
		...tlsNote(flags.values),
		{
			watch: {
				hears: (k) => (prefix ? k.startsWith(key) : k === key),
				event: (k: string, _before: ClusterState, after: ClusterState) => {
					const kv = getKey(after.etcd, k);
					if (!kv) return [out(`DELETE\n${k}\n`)];
					return [out(`PUT\n${k}`), valueChunk(kv)];
				}
			}
		}
	];
}

/** the v2 client's commands (ctlv2/ctl.go): `set` where v3 has `put`, `ls`, directories … */
const V2_COMMANDS = [
	'backup',
	'cluster-health',
	'mk',
	'mkdir',
	'rm',
	'rmdir',
	'get',
	'ls',
	'set',
	'setdir',
	'update',
	'updatedir',
	'watch',
	'exec-watch',
	'member',
	'user',
	'role',
	'auth'
];

/**
 * `ETCDCTL_API=2 etcdctl …`: etcdctl 3.5 still carries the v2 client (urfave/cli). Its version is
 * the `--version` flag, not a command; its commands talk to the v2 API, which an etcd 3.5 server
 * only serves with --enable-v2 (kubeadm does not set it), and Kubernetes keeps nothing there.
 */
function etcdctlV2(args: string[]): Chunk[] {
	if (args.includes('--version') || args.includes('-v'))
		return [out(`etcdctl version: ${ETCDCTL_VERSION}\nAPI version: 2`)];
	const sub = args.find((a) => !a.startsWith('-'));
	if (sub === undefined) return [note('notModelled', { command: 'ETCDCTL_API=2 etcdctl' })];
	if (V2_COMMANDS.includes(sub)) return [note('v2Store', { command: sub })];
	// urfave/cli v1: a command it does not have
	return [err(`No help topic for '${sub}'`)];
}

/** without kubeadm's certificates a real etcd would not answer: a note says which it needs */
const tlsNote = (v: Record<string, string>): Chunk[] =>
	v.cacert && v.cert && v.key ? [] : [note('etcdTls')];
