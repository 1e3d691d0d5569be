/**
 * The cluster's one etcd member, as kubeadm v1.32 runs it on the control-plane machine (the etcd
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

export const memberId = (): bigint =>
	uint64BigEndian(sha1(new TextEncoder().encode(PEER_URL + TOKEN)));

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
