import { describe, expect, it } from 'vitest';
import { defaultPodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import { clusterId, memberId } from './etcdMembers';
import { dbSize, dbSizeInUse, humanBytes } from './etcdMaintenance';
import { snapshotUsage } from './etcdUsage';
import { runLine, type UserWrite } from './shell';

const tl = podCreationTimeline(defaultPodScenario);
const end = tl.steps.at(-1)!.snapshot;
const CKA =
	'--endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key';

function terminal() {
	const writes: UserWrite[] = [];
	return (line: string) => {
		const answer = runLine(line, end, { writes });
		writes.push(...(answer.writes ?? []));
		return answer.chunks
			.map((c) => ('note' in c ? `[note:${c.note}]` : 'text' in c ? c.text : ''))
			.join('\n');
	};
}

describe('etcd’s ids, computed as etcd computes them', () => {
	it('a member named by its peer URL and token: etcd’s own default member and cluster', () => {
		// what any etcd started with its defaults reports (etcd's docs and every default restore)
		expect(memberId('http://localhost:2380', 'etcd-cluster').toString(16)).toBe('8e9e05c52164694d');
		expect(clusterId(memberId('http://localhost:2380', 'etcd-cluster')).toString(16)).toBe(
			'cdf818194e3a8c32'
		);
	});

	it('go-humanize’s Bytes: SI units, one decimal under 10', () => {
		expect([5, 999, 1000, 25_000, 2_048_000, 225_000_000].map(humanBytes)).toEqual([
			'5 B',
			'999 B',
			'1.0 kB',
			'25 kB',
			'2.0 MB',
			'225 MB'
		]);
	});
});

describe('the CKA’s etcd backup: snapshot save, status, restore', () => {
	it('save: etcd 3.6.4’s log lines on stderr, the file and the server’s version on stdout; etcdutl status reads it back', () => {
		const run = terminal();
		const saved = run(`ETCDCTL_API=3 etcdctl ${CKA} snapshot save /opt/snapshot-pre-boot.db`);
		const lines = saved.split('\n');
		const logs = lines.slice(0, 6).map((l) => JSON.parse(l));
		expect(logs.map((l) => `${l.caller} ${l.msg}`)).toEqual([
			'snapshot/v3_snapshot.go:83 created temporary db file',
			'v3@v3.6.4/maintenance.go:236 opened snapshot stream; downloading',
			'snapshot/v3_snapshot.go:96 fetching snapshot',
			'v3@v3.6.4/maintenance.go:302 completed snapshot read; closing',
			'snapshot/v3_snapshot.go:111 fetched snapshot',
			'snapshot/v3_snapshot.go:121 saved'
		]);
		expect(logs[2]).toMatchObject({ level: 'info', endpoint: 'https://127.0.0.1:2379' });
		// SaveWithVersion: a Go duration, and the storage version the 3.6 server sends with it
		expect(logs[4]).toMatchObject({
			took: expect.stringMatching(/^[\d.]+ms$/),
			'etcd-version': '3.6.0'
		});
		expect(lines.slice(6, 8)).toEqual([
			'Snapshot saved at /opt/snapshot-pre-boot.db',
			'Server version 3.6.0'
		]);
		const status = run('etcdutl snapshot status /opt/snapshot-pre-boot.db -w table');
		expect(status).toMatch(
			new RegExp(
				`^\\+-+\\+-+\\+-+\\+-+\\+-+\\+\\n\\| +HASH +\\| REVISION \\| TOTAL KEYS \\| TOTAL SIZE \\| VERSION \\|\\n\\+[-+]+\\n\\| +[0-9a-f]+ \\| +${end.etcd.revision} \\| +${Object.keys(end.etcd.kvs).length} \\| +[\\d.]+ kB \\| +3\\.6\\.0 \\|`
			)
		);
		expect(run('etcdutl snapshot status /opt/snapshot-pre-boot.db')).toMatch(
			/^[0-9a-f]+, \d+, \d+, [\d.]+ kB, 3\.6\.0\n\[note:estimated\]$/
		);
		expect(run('etcdutl snapshot status /opt/other.db')).toBe(
			'Error: stat /opt/other.db: no such file or directory'
		);
	});

	it('etcdctl 3.6 has no snapshot status or restore: cobra prints the usage of snapshot, a note points to etcdutl', () => {
		const run = terminal();
		run(`etcdctl ${CKA} snapshot save /opt/s.db`);
		const usage = snapshotUsage();
		expect(run(`etcdctl ${CKA} snapshot status /opt/s.db -w table`)).toBe(
			`${usage}\n[note:etcdutlSnapshot]`
		);
		// restore's own flags are not snapshot's: pflag's error, the usage, then etcdctl's error again
		expect(run('etcdctl snapshot restore /opt/s.db --data-dir /tmp/r')).toBe(
			`Error: unknown flag: --data-dir\n${usage}\n\nError: unknown flag: --data-dir\n[note:etcdutlSnapshot]`
		);
		expect(run('etcdctl snapshot')).toBe(usage);
		expect(usage.split('\n').slice(0, 15)).toEqual([
			'NAME:',
			'\tsnapshot - Manages etcd node snapshots',
			'',
			'USAGE:',
			'\tetcdctl snapshot <subcommand> [flags]',
			'',
			'API VERSION:',
			'\t3.6',
			'',
			'',
			'COMMANDS:',
			'\tsave\tStores an etcd node backend snapshot to a given file',
			'',
			'OPTIONS:',
			'  -h, --help[=false]\thelp for snapshot'
		]);
		expect(usage).toContain(
			'\n      --cacert=""\t\t\t\tverify certificates of TLS-enabled secure servers using this CA bundle\n'
		);
		expect(usage).toContain(
			'\n      --insecure-skip-tls-verify[=false]\tskip server certificate verification'
		);
		expect(
			usage.endsWith(
				'\n  -w, --write-out="simple"\t\t\tset the output format (fields, json, protobuf, simple, table)'
			)
		).toBe(true);
	});

	it('save’s mistakes: no path, several endpoints', () => {
		const run = terminal();
		expect(run(`etcdctl ${CKA} snapshot save`)).toBe('Error: snapshot save expects one argument');
		expect(run('etcdctl --endpoints=a:1,b:2 --cacert=a --cert=b --key=c snapshot save /x.db')).toBe(
			'Error: snapshot must be requested to one selected node, not multiple [a:1 b:2]'
		);
	});

	it('etcdutl restore: etcd 3.6.4’s lines, a new data directory with its own member; the live one is refused', () => {
		const run = terminal();
		run(`etcdctl ${CKA} snapshot save /opt/s.db`);
		const restored = run('etcdutl snapshot restore /opt/s.db --data-dir /var/lib/etcd-from-backup');
		const lines = restored.split('\n');
		const fields = lines.slice(0, -1).map((l) => l.split('\t'));
		expect(fields.map((f) => f.slice(1, -1).join(' '))).toEqual([
			'info snapshot/v3_snapshot.go:305 restoring snapshot',
			'info bbolt backend/backend.go:203',
			'info bbolt bbolt@v1.4.2/db.go:321',
			'info schema/membership.go:138',
			'info bbolt backend/backend.go:203',
			'info bbolt bbolt@v1.4.2/db.go:321',
			'info membership/cluster.go:424 added member',
			'info bbolt backend/backend.go:203',
			'info bbolt bbolt@v1.4.2/db.go:321',
			'info snapshot/v3_snapshot.go:333 restored snapshot'
		]);
		expect(lines[6]).toContain(
			'{"cluster-id": "cdf818194e3a8c32", "local-member-id": "0", "added-peer-id": "8e9e05c52164694d", "added-peer-peer-urls": ["http://localhost:2380"], "added-peer-is-learner": false}'
		);
		expect(lines[2]).toContain(
			'Opening bbolt db (/var/lib/etcd-from-backup/member/snap/db) successfully'
		);
		expect(lines.at(-1)).toBe('[note:restored]');
		expect(run('etcdutl snapshot restore /opt/s.db')).toBe(
			'Error: required flag(s) "data-dir" not set'
		);
		expect(run('etcdutl snapshot restore /opt/s.db --data-dir /var/lib/etcd')).toBe(
			'Error: data-dir "/var/lib/etcd" not empty or could not be read'
		);
	});
});

describe('endpoint status and health', () => {
	it('status -w table: etcd 3.6’s columns, from the member’s id and version to the downgrade; the row joined by ", " without -w', () => {
		const run = terminal();
		const id = memberId().toString(16);
		const table = run(`etcdctl ${CKA} endpoint status -w table`).split('\n');
		expect(table[1].split('|').map((h) => h.trim())).toEqual([
			'',
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
			'DOWNGRADE ENABLED',
			''
		]);
		const row = run(`etcdctl ${CKA} endpoint status`).split('\n')[0].split(', ');
		expect(row).toEqual([
			'https://127.0.0.1:2379',
			id,
			'3.6.4',
			'3.6.0',
			humanBytes(dbSize(end.etcd)),
			humanBytes(dbSizeInUse(end.etcd)),
			// KubeStep's file has no free pages: everything is in use
			'0%',
			// kubeadm sets no --quota-backend-bytes, and 3.6.4 reports the configured one
			'0 B',
			'true',
			'false',
			'2',
			expect.stringMatching(/^\d+$/),
			expect.stringMatching(/^\d+$/),
			'',
			'',
			'false'
		]);
		expect(
			table[3]
				.split('|')
				.slice(1, -1)
				.map((c) => c.trim())
		).toEqual(row);
		expect(run(`etcdctl ${CKA} endpoint health`)).toMatch(
			/^https:\/\/127\.0\.0\.1:2379 is healthy: successfully committed proposal: took = [\d.]+ms\n/
		);
		expect(run(`etcdctl ${CKA} endpoint nothing`)).toBe(
			'Error: unknown command "nothing" for "etcdctl endpoint"'
		);
	});
});
