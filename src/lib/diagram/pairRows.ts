/**
 * A phone's view of a step: its messages as rows read top to bottom, sender → receiver, the way
 * the step sends them. Alike messages from one sender to several receivers (a fan-out) are one
 * row with every receiver; a row whose sender is the last row's only receiver continues its chain
 * (kubectl → kube-apiserver → etcd reads as one line of boxes and arrows).
 */
import type { MessageKind, MessageView } from '$lib/player/frameTypes';

/** where a message stands at this moment */
export type RowState = 'waiting' | 'moving' | 'arrived';

export interface PairRow {
	from: string;
	to: string[];
	label: string;
	kind: MessageKind;
	state: RowState;
	/** the sender is the receiver of the row before: drawn without its box again */
	continues: boolean;
}

/**
 * The step's messages at rest, in the order they are sent, with how far each one is at this
 * moment (`now`: the messages on their way or arrived; the others have not left yet).
 */
export function pairRows(resting: readonly MessageView[], now: readonly MessageView[]): PairRow[] {
	const progress = new Map(now.map((m) => [m.id, m.progress]));
	const stateOf = (m: MessageView): RowState => {
		const p = progress.get(m.id);
		return p === undefined ? 'waiting' : p >= 1 ? 'arrived' : 'moving';
	};
	const rows: PairRow[] = [];
	for (const m of resting) {
		const last = rows.at(-1);
		const state = stateOf(m);
		if (last && last.from === m.from && last.label === m.label && last.kind === m.kind) {
			if (!last.to.includes(m.to)) last.to.push(m.to);
			// a fan-out is as far as its furthest message
			if (order[state] > order[last.state]) last.state = state;
			continue;
		}
		const continues = !!last && last.to.length === 1 && last.to[0] === m.from;
		rows.push({ from: m.from, to: [m.to], label: m.label, kind: m.kind, state, continues });
	}
	return rows;
}

const order: Record<RowState, number> = { waiting: 0, arrived: 1, moving: 2 };

/**
 * An end's name as a phone shows it: an actor's id reads "kubelet · node-1"; a pod's chip its
 * name; a node's network stack the node's name with `network` after it.
 */
export function endName(id: string, words: { network: string }): string {
	if (id.startsWith('pod:')) return id.slice(id.indexOf('/') + 1);
	if (id.startsWith('node:')) return `${id.slice(5)} ${words.network}`;
	const at = id.indexOf('@');
	return at < 0 ? id : `${id.slice(0, at)} · ${id.slice(at + 1)}`;
}
