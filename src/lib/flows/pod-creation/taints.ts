/**
 * Node taints and the pod's tolerations in a link, written as kubectl writes them.
 * `taints=node-2:dedicated=gpu:NoSchedule` is `kubectl taint nodes node-2 dedicated=gpu:NoSchedule`
 * run before the pod is created (kubectl/pkg/cmd/taint/utils.go parseTaint: `key[=value]:effect`).
 * A toleration is `key=value:Effect` (operator Equal), `key:Effect` or `key` (operator Exists),
 * with `*` for the empty key that tolerates every taint.
 */
import { isLabelValue, isQualifiedName } from '$lib/sim/manifest/names';
import { TAINT_EFFECTS, type Taint, type Toleration } from '$lib/sim/model';
import type { InputProblem } from '../kit/fields';

export interface NodeTaint extends Taint {
	node: string;
}

const isEffect = (v: string): v is Taint['effect'] =>
	(TAINT_EFFECTS as readonly string[]).includes(v);

/** kubectl's parseTaint for a taint to add: `key[=value]:effect`, the effect required. */
export function parseTaintSpec(text: string): Taint | null {
	const parts = text.split(':');
	if (parts.length !== 2 || !isEffect(parts[1])) return null;
	const kv = parts[0].split('=');
	if (kv.length > 2 || !isQualifiedName(kv[0])) return null;
	if (kv.length === 2 && !isLabelValue(kv[1])) return null;
	return { key: kv[0], ...(kv[1] ? { value: kv[1] } : {}), effect: parts[1] };
}

export const formatTaint = (t: Taint) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;

/**
 * `node-N:` and a taint spec; whether the cluster has node-N is the run's to say (taintProblems).
 * NoExecute is refused: it would evict the pods already running there (the taint-eviction
 * controller), which this flow does not play; the node-failure flow does.
 */
export function parseNodeTaint(text: string): NodeTaint | null {
	const colon = text.indexOf(':');
	if (colon < 0) return null;
	const node = text.slice(0, colon);
	if (!/^node-[1-9]\d{0,2}$/.test(node)) return null;
	const taint = parseTaintSpec(text.slice(colon + 1));
	return taint && taint.effect !== 'NoExecute' ? { node, ...taint } : null;
}

export const formatNodeTaint = ({ node, ...taint }: NodeTaint) => `${node}:${formatTaint(taint)}`;

export function parseToleration(text: string): Toleration | null {
	const parts = text.split(':');
	if (parts.length > 2 || (parts.length === 2 && !isEffect(parts[1]))) return null;
	const effect = parts.length === 2 ? { effect: parts[1] as Taint['effect'] } : {};
	const eq = parts[0].indexOf('=');
	if (eq >= 0) {
		const [key, value] = [parts[0].slice(0, eq), parts[0].slice(eq + 1)];
		if (!isQualifiedName(key) || !isLabelValue(value)) return null;
		return { key, operator: 'Equal', ...(value ? { value } : {}), ...effect };
	}
	if (parts[0] === '*') return { operator: 'Exists', ...effect };
	return isQualifiedName(parts[0]) ? { key: parts[0], operator: 'Exists', ...effect } : null;
}

export function formatToleration(t: Toleration): string {
	const key = t.operator === 'Exists' ? t.key || '*' : `${t.key ?? ''}=${t.value ?? ''}`;
	return t.effect ? `${key}:${t.effect}` : key;
}

/**
 * The taints a run puts on its nodes, and those it skips: a node the cluster does not have, or
 * a second taint with a node's key and effect (kubectl taint refuses it: "duplicated taints").
 */
export function playedTaints(taints: NodeTaint[], nodes: number) {
	const played: NodeTaint[] = [];
	const skipped: { taint: NodeTaint; reason: 'noSuchNode' | 'duplicateTaint' }[] = [];
	for (const t of taints) {
		if (Number(t.node.slice('node-'.length)) > nodes)
			skipped.push({ taint: t, reason: 'noSuchNode' });
		else if (played.some((p) => p.node === t.node && p.key === t.key && p.effect === t.effect))
			skipped.push({ taint: t, reason: 'duplicateTaint' });
		else played.push(t);
	}
	return { played, skipped };
}

/** What a run does not do as the link asks: the taints it skips, and why. */
export function taintProblems(s: { taints: NodeTaint[]; nodes: number }): InputProblem[] {
	return playedTaints(s.taints, s.nodes).skipped.map(({ taint, reason }) => ({
		field: 'taints',
		value: formatNodeTaint(taint),
		reason,
		max: s.nodes
	}));
}
