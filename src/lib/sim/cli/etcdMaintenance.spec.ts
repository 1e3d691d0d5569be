import { describe, expect, it } from 'vitest';
import { defaultPodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import { clusterId, memberId } from './etcdMembers';
import { humanBytes } from './etcdMaintenance';
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
	it('save: Save’s log lines on stderr, where it went on stdout; status reads the file back', () => {
		const run = terminal();
		const saved = run(`ETCDCTL_API=3 etcdctl ${CKA} snapshot save /opt/snapshot-pre-boot.db`);
		const lines = saved.split('\n');
		expect(lines.slice(0, 6).map((l) => JSON.parse(l).msg)).toEqual([
			'created temporary db file',
			'opened snapshot stream; downloading',
			'fetching snapshot',
			'completed snapshot read; closing',
			'fetched snapshot',
			'saved'
		]);
		expect(JSON.parse(lines[2])).toMatchObject({
			level: 'info',
			caller: 'snapshot/v3_snapshot.go:73',
			endpoint: 'https://127.0.0.1:2379'
		});
		expect(lines[6]).toBe('Snapshot saved at /opt/snapshot-pre-boot.db');
		const status = run('etcdutl snapshot status /opt/snapshot-pre-boot.db -w table');
		expect(status).toMatch(
			new RegExp(
				`^\\+-+\\+-+\\+-+\\+-+\\+\\n\\| +HASH +\\| REVISION \\| TOTAL KEYS \\| TOTAL SIZE \\|\\n\\+[-+]+\\n\\| +[0-9a-f]+ \\| +${end.etcd.revision} \\| +${Object.keys(end.etcd.kvs).length} \\| +[\\d.]+ kB \\|`
			)
		);
		expect(run('etcdctl snapshot status /opt/snapshot-pre-boot.db')).toMatch(
			/^Deprecated: Use `etcdutl snapshot status` instead.\n\n[0-9a-f]+, \d+, \d+, [\d.]+ kB\n\[note:estimated\]$/
		);
		expect(run('etcdutl snapshot status /opt/other.db')).toBe(
			'Error: stat /opt/other.db: no such file or directory'
		);
	});

	it('save’s mistakes: no path, several endpoints', () => {
		const run = terminal();
		expect(run(`etcdctl ${CKA} snapshot save`)).toBe('Error: snapshot save expects one argument');
		expect(run('etcdctl --endpoints=a:1,b:2 --cacert=a --cert=b --key=c snapshot save /x.db')).toBe(
			'Error: snapshot must be requested to one selected node, not multiple [a:1 b:2]'
		);
	});

	it('restore: a new data directory with its own member; the live one is refused', () => {
		const run = terminal();
		run(`etcdctl ${CKA} snapshot save /opt/s.db`);
		const restored = run('etcdutl snapshot restore /opt/s.db --data-dir /var/lib/etcd-from-backup');
		const lines = restored.split('\n');
		expect(lines[0].split('\t').slice(1, 4)).toEqual([
			'info',
			'snapshot/v3_snapshot.go:265',
			'restoring snapshot'
		]);
		expect(lines[2]).toContain(
			'{"cluster-id": "cdf818194e3a8c32", "local-member-id": "0", "added-peer-id": "8e9e05c52164694d", "added-peer-peer-urls": ["http://localhost:2380"]}'
		);
		expect(lines.at(-1)).toBe('[note:restored]');
		expect(run('etcdutl snapshot restore /opt/s.db')).toBe(
			'Error: required flag(s) "data-dir" not set'
		);
		expect(run('etcdutl snapshot restore /opt/s.db --data-dir /var/lib/etcd')).toBe(
			'Error: data-dir "/var/lib/etcd" not empty or could not be read'
		);
		expect(run('etcdctl snapshot restore /opt/s.db --data-dir /tmp/r')).toMatch(
			/^Deprecated: Use `etcdutl snapshot restore` instead.\n\n/
		);
	});
});

describe('endpoint status and health', () => {
	it('status -w table: the member’s id, version, leader, term; the row joined by ", " without -w', () => {
		const run = terminal();
		const id = memberId().toString(16);
		expect(run(`etcdctl ${CKA} endpoint status -w table`)).toMatch(
			new RegExp(
				`\\| https://127\\.0\\.0\\.1:2379 \\| ${id} \\| +3\\.5\\.16 \\| +[\\d.]+ kB \\| +true \\| +false \\| +2 \\| +\\d+ \\| +\\d+ \\| +\\|\\n\\+`
			)
		);
		expect(run(`etcdctl ${CKA} endpoint status`)).toMatch(
			new RegExp(
				`^https://127\\.0\\.0\\.1:2379, ${id}, 3\\.5\\.16, [\\d.]+ kB, true, false, 2, \\d+, \\d+, \\n`
			)
		);
		expect(run(`etcdctl ${CKA} endpoint health`)).toMatch(
			/^https:\/\/127\.0\.0\.1:2379 is healthy: successfully committed proposal: took = [\d.]+ms\n/
		);
		expect(run(`etcdctl ${CKA} endpoint nothing`)).toBe(
			'Error: unknown command "nothing" for "etcdctl endpoint"'
		);
	});
});
