/**
 * etcd 3.6.4's maintenance commands as the CKA's etcd tasks use them: etcdctl's endpoint status
 * and health and snapshot save (the backup), and etcdutl's snapshot status and restore, which
 * since etcd 3.6 only etcdutl has. Formats: etcdctl/ctlv3/command/ep_command.go, printer.go and
 * printer_table.go (makeEndpointStatusTable, makeEndpointHealthTable), snapshot_command.go,
 * client/v3/snapshot/v3_snapshot.go (SaveWithVersion's log lines, zap's JSON with logutil's time
 * format), etcdutl/etcdutl/printer.go (makeDBStatusTable), etcdutl/snapshot/v3_snapshot.go.
 */
import type { EtcdStore } from '../etcd';
import { timestamp } from '../time';
import { ETCD_VERSION } from '../version';
import { valueBytes } from './etcdPrint';
import { ETCD_STORAGE_VERSION } from './etcdVersions';
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

/**
 * The bytes of the database file in use: its size less bbolt's free pages. KubeStep's file holds
 * only the keys' latest revisions, written once and never compacted, so it has no free page.
 */
export const dbSizeInUse = (store: EtcdStore) => dbSize(store);

/**
 * The quota endpoint status reports: etcd 3.6.4 returns the configured --quota-backend-bytes
 * (v3rpc/maintenance.go Status, DbSizeQuota), and kubeadm's etcd manifest sets none, so 0; the
 * 2 GiB default applies all the same (etcd-io/etcd#20786 fixed the report after 3.6.4).
 */
const CONFIGURED_QUOTA = 0;

/**
 * endpoint status: one row per endpoint, -w simple joins the cells with ", " (printer.go
 * makeEndpointStatusTable, etcd 3.6): the percentage is Go's integer arithmetic,
 * 100 - inUse*100/size; errors, the downgrade target and whether a downgrade is on come last.
 */
export function endpointStatus(
	v: Record<string, string>,
	store: EtcdStore,
	format: string
): Chunk[] {
	const size = dbSize(store);
	const inUse = dbSizeInUse(store);
	const rows = endpointsOf(v).map((e) => [
		e,
		memberId().toString(16),
		ETCD_VERSION,
		ETCD_STORAGE_VERSION,
		humanBytes(size),
		humanBytes(inUse),
		`${100 - Math.floor((inUse * 100) / size)}%`,
		humanBytes(CONFIGURED_QUOTA),
		'true',
		'false',
		String(RAFT_TERM),
		String(raftIndex(store)),
		String(raftIndex(store)),
		'',
		'',
		'false'
	]);
	const headers = [
		'ENDPOINT',
		'ID',
		'VERSION',
		'STORAGE VERSION',
		'DB SIZE',
		'IN USE',
		'PERCENTAGE NOT IN USE',
		'QUOTA',
		'IS LEADER',
		'IS LEARNER',
		'RAFT TERM',
		'RAFT INDEX',
		'RAFT APPLIED INDEX',
		'ERRORS',
		'DOWNGRADE TARGET VERSION',
		'DOWNGRADE ENABLED'
	];
	if (format === 'table') return [out(etcdTable(headers, rows)), note('estimated')];
	if (format === 'simple')
		return [out(rows.map((r) => r.join(', ')).join('\n')), note('estimated')];
	return [note('notModelled', { command: `etcdctl endpoint status -w ${format}` })];
}

/** endpoint health: stdout, how long the health check's proposal took (a Go duration) */
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

/** how long fetching the snapshot took, a Go duration: KubeStep's figure, not a measured one */
const SNAPSHOT_TOOK = '13.822583ms';

/**
 * snapshot save <path>: SaveWithVersion's log lines on stderr (the caller lines are etcd
 * 3.6.4's: client/v3/snapshot/v3_snapshot.go and the client module's maintenance.go), then where
 * it was saved and the server's version on stdout (snapshot_command.go). The version a 3.6
 * server sends with the snapshot is its storage version (v3rpc/maintenance.go Snapshot).
 */
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
			caller: 'snapshot/v3_snapshot.go:83',
			msg: 'created temporary db file',
			path: `${path}.part`
		}),
		log({
			logger: 'client',
			caller: `v3@v${ETCD_VERSION}/maintenance.go:236`,
			msg: 'opened snapshot stream; downloading'
		}),
		log({ caller: 'snapshot/v3_snapshot.go:96', msg: 'fetching snapshot', endpoint }),
		log({
			logger: 'client',
			caller: `v3@v${ETCD_VERSION}/maintenance.go:302`,
			msg: 'completed snapshot read; closing'
		}),
		log({
			caller: 'snapshot/v3_snapshot.go:111',
			msg: 'fetched snapshot',
			endpoint,
			size: humanBytes(size),
			took: SNAPSHOT_TOOK,
			'etcd-version': ETCD_STORAGE_VERSION
		}),
		log({ caller: 'snapshot/v3_snapshot.go:121', msg: 'saved', path })
	];
	const write: UserWrite = { type: 'file', path, snapshot: file };
	return [
		err(lines.join('\n')),
		out(`Snapshot saved at ${path}\nServer version ${ETCD_STORAGE_VERSION}`),
		{ write },
		note('snapshotSaved', { revision: String(store.revision) })
	];
}

/**
 * etcdutl snapshot status <file>: the file's hash, revision, keys, size and the storage version
 * written in it (etcdutl/etcdutl/printer.go makeDBStatusTable, etcd 3.6)
 */
export function snapshotStatus(
	args: string[],
	format: string,
	files: ReadonlyMap<string, SnapshotFile>
): Chunk[] {
	if (args.length !== 1) return [err('Error: snapshot status requires exactly one argument')];
	const file = files.get(args[0]);
	if (!file) return [err(`Error: stat ${args[0]}: no such file or directory`)];
	const row = [
		file.hash.toString(16),
		String(file.revision),
		String(file.keys),
		humanBytes(file.size),
		ETCD_STORAGE_VERSION
	];
	if (format === 'table')
		return [
			out(etcdTable(['HASH', 'REVISION', 'TOTAL KEYS', 'TOTAL SIZE', 'VERSION'], [row])),
			note('estimated')
		];
	if (format === 'simple') return [out(row.join(', ')), note('estimated')];
	return [note('notModelled', { command: `etcdutl snapshot status -w ${format}` })];
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
 * bbolt's two lines each time etcdutl opens the new data directory's db (backend/backend.go,
 * bbolt v1.4.2 db.go, as etcdutl 3.6.4 logs them); the Logger is a Go pointer, different each
 * time: these are the ones an etcdutl 3.6.4 run printed.
 */
function openDb(ts: string, db: string, logger: string): string[][] {
	return [
		[
			ts,
			'info',
			'bbolt',
			'backend/backend.go:203',
			`Opening db file (${db}) with mode -rw------- and with options: {Timeout: 0s, NoGrowSync: false, NoFreelistSync: true, PreLoadFreelist: false, FreelistType: , ReadOnly: false, MmapFlags: 8000, InitialMmapSize: 10737418240, PageSize: 0, NoSync: false, OpenFile: 0x0, Mlock: false, Logger: ${logger}}`
		],
		[ts, 'info', 'bbolt', 'bbolt@v1.4.2/db.go:321', `Opening bbolt db (${db}) successfully`]
	];
}

/**
 * etcdutl snapshot restore <file>: a new data directory from the snapshot, as etcdutl 3.6.4's
 * Restore writes it (zap's console lines, tab-separated: etcdutl/snapshot/v3_snapshot.go,
 * server/storage/schema/membership.go, membership/cluster.go): the one member named by --name
 * and --initial-advertise-peer-urls, in a cluster whose id comes from it. The flow's cluster is
 * not touched: on a real control plane, the etcd manifest would then be pointed at the new
 * directory.
 */
export function snapshotRestore(
	args: string[],
	v: Record<string, string>,
	files: ReadonlyMap<string, SnapshotFile>,
	clock: number
): Chunk[] {
	if (args.length !== 1) return [err('Error: snapshot restore requires exactly one argument')];
	const [path] = args;
	// etcdutl marks --data-dir required (cobra's MarkFlagRequired)
	if (!v['data-dir']) return [err('Error: required flag(s) "data-dir" not set')];
	if (!files.has(path)) return [err(`Error: stat ${path}: no such file or directory`)];
	const dataDir = v['data-dir'];
	if (dataDir.replace(/\/+$/, '') === '/var/lib/etcd')
		return [err(`Error: data-dir "${dataDir}" not empty or could not be read`)];
	const peer = v['initial-advertise-peer-urls'] ?? 'http://localhost:2380';
	const token = v['initial-cluster-token'] ?? 'etcd-cluster';
	const member = memberId(peer, token);
	const ts = timestamp(clock);
	const db = `${dataDir}/member/snap/db`;
	const where = `{"path": "${path}", "wal-dir": "${dataDir}/member/wal", "data-dir": "${dataDir}", "snap-dir": "${dataDir}/member/snap", "initial-memory-map-size": 10737418240}`;
	const lines = [
		[ts, 'info', 'snapshot/v3_snapshot.go:305', 'restoring snapshot', where],
		...openDb(ts, db, '0xc000136098'),
		[ts, 'info', 'schema/membership.go:138', 'Trimming membership information from the backend...'],
		...openDb(ts, db, '0xc000092018'),
		[
			ts,
			'info',
			'membership/cluster.go:424',
			'added member',
			`{"cluster-id": "${clusterId(member).toString(16)}", "local-member-id": "0", "added-peer-id": "${member.toString(16)}", "added-peer-peer-urls": ["${peer}"], "added-peer-is-learner": false}`
		],
		...openDb(ts, db, '0xc0001f8018'),
		[ts, 'info', 'snapshot/v3_snapshot.go:333', 'restored snapshot', where]
	];
	return [err(lines.map((l) => l.join('\t')).join('\n')), note('restored', { dir: dataDir })];
}
