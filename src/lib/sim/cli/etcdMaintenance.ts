/**
 * etcdctl 3.5.16's maintenance commands as the CKA's etcd tasks use them: endpoint status and
 * health, snapshot save (the backup), snapshot status and restore (which etcdctl 3.5 hands to
 * etcdutl, saying so). Formats: etcdctl/ctlv3/command/ep_command.go, printer_simple.go and
 * printer_table.go (makeEndpointStatusTable, makeEndpointHealthTable), snapshot_command.go,
 * client/v3/snapshot/v3_snapshot.go (Save's log lines, zap's JSON with logutil's time format),
 * etcdutl/etcdutl/printer.go (makeDBStatusTable).
 */
import type { EtcdStore } from '../etcd';
import { timestamp } from '../time';
import { ETCD_VERSION } from '../version';
import { valueBytes } from './etcdPrint';
import { RAFT_TERM, clusterId, etcdTable, memberId } from './etcdMembers';
import { err, note, out, type Chunk, type SnapshotFile, type UserWrite } from './output';

/** kubeadm's etcd listens on the machine's address and on 127.0.0.1 (etcd.yaml --listen-client-urls) */
export const DEFAULT_ENDPOINT = '127.0.0.1:2379';

export function endpointsOf(v: Record<string, string>): string[] {
	return (v.endpoints ?? DEFAULT_ENDPOINT).split(',').filter(Boolean);
}

/** go-humanize Bytes: SI units, one decimal under 10 (humanateBytes) */
export function humanBytes(n: number): string {
	if (n < 10) return `${n} B`;
	const units = ['B', 'kB', 'MB', 'GB', 'TB'];
	const e = Math.floor(Math.log(n) / Math.log(1000));
	const value = Math.floor((n / 1000 ** e) * 10 + 0.5) / 10;
	return value < 10 ? `${value.toFixed(1)} ${units[e]}` : `${value.toFixed(0)} ${units[e]}`;
}

/**
 * The size of etcd's bbolt file, estimated from what this store holds: each key's latest
 * revision as mvccpb.KeyValue under a 17-byte revision key, in 4 KiB pages filled to 90 % (the
 * fill etcd's backend sets for sequential writes), with bbolt's two meta pages, freelist and root.
 */
export function dbSize(store: EtcdStore): number {
	let bytes = 0;
	for (const kv of Object.values(store.kvs))
		bytes += 17 + kv.key.length + (valueBytes(kv)?.length ?? 0) + 24;
	return (Math.ceil(bytes / (4096 * 0.9)) + 4) * 4096;
}

/**
 * The raft index, estimated: one entry per write, and the bootstrap's four that are not writes
 * (the member's configuration change, the new leader's empty entry, the member's attributes and
 * the cluster version).
 */
export const raftIndex = (store: EtcdStore) => store.revision - 1 + 4;

/** endpoint status: one row per endpoint (-w simple joins the cells with ", "; errors last, empty) */
export function endpointStatus(
	v: Record<string, string>,
	store: EtcdStore,
	format: string
): Chunk[] {
	const rows = endpointsOf(v).map((e) => [
		e,
		memberId().toString(16),
		ETCD_VERSION,
		humanBytes(dbSize(store)),
		'true',
		'false',
		String(RAFT_TERM),
		String(raftIndex(store)),
		String(raftIndex(store)),
		''
	]);
	const headers = [
		'ENDPOINT',
		'ID',
		'VERSION',
		'DB SIZE',
		'IS LEADER',
		'IS LEARNER',
		'RAFT TERM',
		'RAFT INDEX',
		'RAFT APPLIED INDEX',
		'ERRORS'
	];
	if (format === 'table') return [out(etcdTable(headers, rows)), note('estimated')];
	if (format === 'simple')
		return [out(rows.map((r) => r.join(', ')).join('\n')), note('estimated')];
	return [note('notModelled', { command: `etcdctl endpoint status -w ${format}` })];
}

/** endpoint health: stdout in 3.5, how long the health check's proposal took (a Go duration) */
export function endpointHealth(v: Record<string, string>, format: string): Chunk[] {
	const rows = endpointsOf(v).map((e) => [e, 'true', TOOK, '']);
	if (format === 'table')
		return [out(etcdTable(['ENDPOINT', 'HEALTH', 'TOOK', 'ERROR'], rows)), note('estimated')];
	if (format === 'simple')
		return [
			out(
				rows
					.map((r) => `${r[0]} is healthy: successfully committed proposal: took = ${r[2]}`)
					.join('\n')
			),
			note('estimated')
		];
	return [note('notModelled', { command: `etcdctl endpoint health -w ${format}` })];
}

/** a health check's round trip on one machine: KubeStep's figure, not a measured one */
const TOOK = '9.460152ms';

/** zap's JSON line as etcdctl's default logger writes it (logutil DefaultZapLoggerConfig) */
function logLine(clock: number, fields: Record<string, string>): string {
	const ts = timestamp(clock);
	return JSON.stringify({ level: 'info', ts, ...fields });
}

/** snapshot save <path>: Save's log lines on stderr, then where it was saved on stdout */
export function snapshotSave(
	args: string[],
	v: Record<string, string>,
	store: EtcdStore,
	clock: number
): Chunk[] {
	if (args.length !== 1) return [err('Error: snapshot save expects one argument')];
	const endpoints = endpointsOf(v);
	if (endpoints.length !== 1)
		return [
			err(
				`Error: snapshot must be requested to one selected node, not multiple [${endpoints.join(' ')}]`
			)
		];
	const [path] = args;
	const [endpoint] = endpoints;
	const size = dbSize(store);
	const file: SnapshotFile = {
		revision: store.revision,
		keys: Object.keys(store.kvs).length,
		size,
		hash: crc(store)
	};
	const log = (fields: Record<string, string>) => logLine(clock, fields);
	const lines = [
		log({
			caller: 'snapshot/v3_snapshot.go:65',
			msg: 'created temporary db file',
			path: `${path}.part`
		}),
		log({
			logger: 'client',
			caller: `v3@v${ETCD_VERSION}/maintenance.go:212`,
			msg: 'opened snapshot stream; downloading'
		}),
		log({ caller: 'snapshot/v3_snapshot.go:73', msg: 'fetching snapshot', endpoint }),
		log({
			logger: 'client',
			caller: `v3@v${ETCD_VERSION}/maintenance.go:220`,
			msg: 'completed snapshot read; closing'
		}),
		log({
			caller: 'snapshot/v3_snapshot.go:88',
			msg: 'fetched snapshot',
			endpoint,
			size: humanBytes(size),
			took: 'now'
		}),
		log({ caller: 'snapshot/v3_snapshot.go:97', msg: 'saved', path })
	];
	const write: UserWrite = { type: 'file', path, snapshot: file };
	return [
		err(lines.join('\n')),
		out(`Snapshot saved at ${path}`),
		{ write },
		note('snapshotSaved', { revision: String(store.revision) })
	];
}

/** snapshot status <file>: etcdctl 3.5 says it moved to etcdutl, then etcdutl's answer */
export function snapshotStatus(
	args: string[],
	format: string,
	files: ReadonlyMap<string, SnapshotFile>,
	deprecated: boolean
): Chunk[] {
	const notice = deprecated ? [err('Deprecated: Use `etcdutl snapshot status` instead.\n')] : [];
	if (args.length !== 1)
		return [...notice, err('Error: snapshot status requires exactly one argument')];
	const file = files.get(args[0]);
	if (!file) return [...notice, err(`Error: stat ${args[0]}: no such file or directory`)];
	const row = [
		file.hash.toString(16),
		String(file.revision),
		String(file.keys),
		humanBytes(file.size)
	];
	if (format === 'table')
		return [
			...notice,
			out(etcdTable(['HASH', 'REVISION', 'TOTAL KEYS', 'TOTAL SIZE'], [row])),
			note('estimated')
		];
	if (format === 'simple') return [...notice, out(row.join(', ')), note('estimated')];
	return [...notice, note('notModelled', { command: `snapshot status -w ${format}` })];
}

/** CRC-32 (IEEE) of the store's keys and values, standing in for the hash of a bbolt file */
function crc(store: EtcdStore): number {
	let c = 0xffffffff;
	const bytes = new TextEncoder().encode(
		Object.keys(store.kvs)
			.sort()
			.map((k) => k + store.kvs[k].value)
			.join('')
	);
	for (const b of bytes) {
		c ^= b;
		for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
	}
	return (c ^ 0xffffffff) >>> 0;
}

/**
 * snapshot restore <file>: a new data directory from the snapshot, as etcdutl's Restore writes it
 * (zap's console lines, tab-separated): the one member named by --name and
 * --initial-advertise-peer-urls, in a cluster whose id comes from it. The flow's cluster is not
 * touched: on a real control plane, the etcd manifest would then be pointed at the new directory.
 */
export function snapshotRestore(
	args: string[],
	v: Record<string, string>,
	files: ReadonlyMap<string, SnapshotFile>,
	clock: number,
	deprecated: boolean
): Chunk[] {
	const notice = deprecated ? [err('Deprecated: Use `etcdutl snapshot restore` instead.\n')] : [];
	if (args.length !== 1)
		return [...notice, err('Error: snapshot restore requires exactly one argument')];
	const [path] = args;
	// etcdutl marks --data-dir required (cobra's MarkFlagRequired); etcdctl 3.5 defaults it
	if (!deprecated && !v['data-dir']) return [err('Error: required flag(s) "data-dir" not set')];
	if (!files.has(path)) return [...notice, err(`Error: stat ${path}: no such file or directory`)];
	const name = v.name ?? 'default';
	const dataDir = v['data-dir'] ?? `${name}.etcd`;
	if (dataDir.replace(/\/+$/, '') === '/var/lib/etcd')
		return [...notice, err(`Error: data-dir "${dataDir}" not empty or could not be read`)];
	const peer = v['initial-advertise-peer-urls'] ?? 'http://localhost:2380';
	const token = v['initial-cluster-token'] ?? 'etcd-cluster';
	const member = memberId(peer, token);
	const ts = timestamp(clock);
	const where = `{"path": "${path}", "wal-dir": "${dataDir}/member/wal", "data-dir": "${dataDir}", "snap-dir": "${dataDir}/member/snap", "initial-memory-map-size": 10737418240}`;
	const lines = [
		[ts, 'info', 'snapshot/v3_snapshot.go:265', 'restoring snapshot', where],
		[ts, 'info', 'membership/store.go:141', 'Trimming membership information from the backend...'],
		[
			ts,
			'info',
			'membership/cluster.go:421',
			'added member',
			`{"cluster-id": "${clusterId(member).toString(16)}", "local-member-id": "0", "added-peer-id": "${member.toString(16)}", "added-peer-peer-urls": ["${peer}"]}`
		],
		[ts, 'info', 'snapshot/v3_snapshot.go:293', 'restored snapshot', where]
	];
	return [
		...notice,
		err(lines.map((l) => l.join('\t')).join('\n')),
		note('restored', { dir: dataDir })
	];
}
