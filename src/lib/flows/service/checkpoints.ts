/**
 * The Service flow's checkpoints: which nodes kube-proxy writes rules on, how many endpoint chains
 * they get, and which pod a packet sent to the ClusterIP reaches. Each answer is read from what the timeline then does.
 */
import type { Checkpoint } from '$lib/flows/kit/checkpoints';
import type { Timeline } from '$lib/flows/types';
import type { ServiceStep } from './machine';
import { nodeRules } from '$lib/sim/nodeRules';
import { backendPods } from './backends';

type Service = Timeline<ServiceStep>;

const same = (text: string) => ({ en: text, ko: text });
const serviceName = (tl: Service) => tl.subject.split('/')[1];

/** The nodes kube-proxy writes rules into at step `i`. */
const ruleNodes = (tl: Service, i: number) =>
	new Set(
		tl.steps[i].messages
			.filter((m) => m.label.startsWith('iptables-restore'))
			.map((m) => m.to.slice(5))
	);

function rulesOn(tl: Service, i: number): string {
	const all = tl.steps[i].snapshot.nodes.map((n) => n.name);
	const written = ruleNodes(tl, i);
	if (all.every((n) => written.has(n))) return 'every';
	const backends = new Set(backendPods(tl.steps[i].snapshot, serviceName(tl)).map((p) => p.node));
	return [...written].every((n) => backends.has(n)) ? 'backends' : 'some';
}

const rules: Checkpoint<ServiceStep> = {
	id: 'rules',
	at: (s) => s.messages.some((m) => m.label.startsWith('iptables-restore')),
	question: {
		en: 'kube-proxy has seen the new Service. On which nodes will it write rules for it?',
		ko: 'kube-proxy가 새 Service를 보았습니다. 어느 노드에 규칙을 쓰겠습니까?'
	},
	choices: () => [
		{ value: 'every', label: { en: 'On every node', ko: '모든 노드에' } },
		{
			value: 'backends',
			label: {
				en: 'Only on nodes running a pod of the Service',
				ko: 'Service의 파드가 있는 노드에만'
			}
		},
		{
			value: 'some',
			label: {
				en: 'On some nodes only, whether or not they run its pods',
				ko: 'Service 파드가 있든 없든 일부 노드에만'
			}
		}
	],
	answer: rulesOn,
	why: (tl, i, lang) => {
		const n = ruleNodes(tl, i).size;
		return lang === 'ko'
			? `kube-proxy ${n}개가 각자 자기 노드에 규칙을 씁니다. 어느 노드에서 보낸 패킷이든 그 노드의 커널이 Service 주소를 바꿔야 하기 때문입니다.`
			: `${n} kube-proxies each write rules on their own node: a packet to the Service can leave from any node, and that node's kernel must rewrite it.`;
	}
};

/** This Service's KUBE-SEP chains one node's kube-proxy has written after step `i`: one per endpoint. */
function endpointChains(tl: Service, i: number): number {
	const state = tl.steps[i].snapshot;
	const node = state.nodes[0]?.name ?? '';
	const chains = nodeRules(state, node)?.nat.chains ?? [];
	// this Service's: default/kubernetes (the apiserver's own) has one of its own on every node
	return chains.filter(
		(c) =>
			c.name.startsWith('KUBE-SEP-') && c.owner.kind === 'service' && c.owner.service === tl.subject
	).length;
}

const endpoints: Checkpoint<ServiceStep> = {
	id: 'endpoints',
	at: (s) => s.id === 'syncRules',
	question: {
		en: 'kube-proxy has heard of the Service’s endpoints. How many KUBE-SEP chains will each node’s nat table have for it?',
		ko: 'kube-proxy가 Service의 엔드포인트를 알게 되었습니다. 노드마다 nat 테이블에 이 Service의 KUBE-SEP 체인이 몇 개 생기겠습니까?'
	},
	choices: (tl, i) => {
		const most =
			Math.max(endpointChains(tl, i), backendPods(tl.steps[i].snapshot, serviceName(tl)).length) +
			1;
		return Array.from({ length: most + 1 }, (_, n) => ({
			value: String(n),
			label: same(String(n))
		}));
	},
	answer: (tl, i) => String(endpointChains(tl, i)),
	why: (tl, i, lang) => {
		const n = endpointChains(tl, i);
		return lang === 'ko'
			? `엔드포인트 하나마다 KUBE-SEP 체인 하나가 그 파드 IP로 DNAT 합니다. 이 EndpointSlice에는 쓸 수 있는 엔드포인트가 ${n}개이고, KUBE-SVC 체인이 그 가운데 하나를 무작위로 고릅니다.`
			: `One KUBE-SEP chain per endpoint, each DNATing to its pod's IP: the EndpointSlice has ${n} usable endpoints, and the KUBE-SVC chain picks one of them at random.`;
	}
};

/** The pod a packet sent at step `i` reaches: where its delivery ends. */
function reached(tl: Service, i: number): string {
	for (const s of tl.steps.slice(i + 1, i + 3))
		for (const m of s.messages)
			if (m.kind === 'packet' && m.to.startsWith('pod:') && m.to !== tl.steps[i].messages[0]?.from)
				return m.to.split('/')[1];
	return '';
}

const packet: Checkpoint<ServiceStep> = {
	id: 'packet',
	at: (s) => s.id === 'packetOut' && s.params.pod !== '',
	question: {
		en: 'The client opens a connection to the ClusterIP. Which pod will the packet reach?',
		ko: '클라이언트가 ClusterIP로 연결을 엽니다. 패킷은 어느 파드에 닿겠습니까?'
	},
	choices: (tl, i) =>
		backendPods(tl.steps[i - 1].snapshot, serviceName(tl)).map((p) => ({
			value: p.name,
			label: same(`${p.name} (${p.node})`)
		})),
	answer: reached,
	why: (tl, i, lang) => {
		const n = backendPods(tl.steps[i - 1].snapshot, serviceName(tl)).length;
		const pod = reached(tl, i);
		return lang === 'ko'
			? `클라이언트 노드의 커널이 엔드포인트 ${n}개 가운데 하나를 무작위로(각각 1/${n}) 골랐고, 이번에는 ${pod}입니다. 이 연결의 나머지 패킷은 conntrack이 같은 파드로 보냅니다.`
			: `The client node's kernel picked one of ${n} endpoints at random (1/${n} each): this time ${pod}. conntrack sends the rest of the connection to the same pod.`;
	}
};

export const checkpoints = [rules, endpoints, packet];
