/**
 * The cluster's one etcd member, as kubeadm v1.34 runs it on the control-plane machine (the etcd
 * static pod's flags: --name=<hostname>, --initial-advertise-peer-urls=https://<ip>:2380,
 * --advertise-client-urls=https://<ip>:2379, no --initial-cluster-token, so "etcd-cluster"), and
 * the ids etcd computes from that (membership/member.go computeMemberID, cluster.go genID).
 */
import { sha1, uint64BigEndian } from '../sha1';
import { CONTROL_PLANE_ADDRESS, CONTROL_PLANE_HOST } from '../controlPlane';

const TOKEN = 'etcd-cluster';
export const MEMBER_NAME = CONTROL_PLANE_HOST;
export const PEER_URL = `https://${CONTROL_PLANE_ADDRESS}:2380`;
export const CLIENT_URL = `https://${CONTROL_PLANE_ADDRESS}:2379`;

/** computeMemberID: a SHA-1 of the sorted peer URLs joined, then the cluster token */
export const memberId = (peerUrl = PEER_URL, token = TOKEN): bigint =>
	uint64BigEndian(sha1(new TextEncoder().encode(peerUrl + token)));

/**
 * etcdctl's table writer (olekukonko/tablewriter as printer_table.go sets it up): borders of + - |,
 * headers centered, cells aligned right.
 */
export function etcdTable(headers: string[], rows: string[][]): string {
	const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
	const center = (s: string, w: number) => {
		const left = Math.floor((w - s.length) / 2);
		return ' '.repeat(left) + s + ' '.repeat(w - s.length - left);
	};
	const line = (cells: string[], fit: (s: string, w: number) => string) =>
		`|${cells.map((c, i) => ` ${fit(c, widths[i])} `).join('|')}|`;
	return [
		rule,
		line(headers, center),
		rule,
		...rows.map((r) => line(r, (s, w) => s.padStart(w))),
		rule
	].join('\n');
}

/** the cluster's id: the first 8 bytes of a SHA-1 of its members' ids, 8 bytes each (cluster.go genID) */
export function clusterId(member = memberId()): bigint {
	const id = new Uint8Array(8);
	new DataView(id.buffer).setBigUint64(0, member);
	return uint64BigEndian(sha1(id));
}

/**
 * The raft term of a one-member etcd that has not restarted: term 1 holds the bootstrap's
 * configuration change, the member's first election makes it leader at term 2.
 */
export const RAFT_TERM = 2;
