/**
 * Text of the Service flow's iptables panel, in English and Korean (`ko` has the shape of `en`).
 * Apart from text.ts so it loads with the panel, not with the page.
 */
import { josa } from '$lib/i18n/josa';

type P = Record<string, string | number>;

const en = {
	label: 'iptables rules',
	node: 'Node',
	thisStep: 'this step',
	proxy: 'kube-proxy',
	states: {
		watching: 'watching: waiting for Service and EndpointSlice changes',
		syncing: 'syncing: computing new rules (those below are still the old ones)',
		synced: 'synced: the rules below are in the kernel'
	},
	noProxy: (p: P) => `No kube-proxy runs on ${p.node} yet, so it has no Service rules.`,
	format: 'Format',
	restore: 'iptables-restore input (what kube-proxy writes)',
	save: 'iptables-save (what the node shows)',
	showingRestore: (p: P) =>
		`What kube-proxy on ${p.node} hands to iptables-restore --noflush in a full sync: only its own chains. (Since v1.28 most syncs are partial: they rewrite only the chains of Services that changed and delete vanished chains with -X lines; the table that results is the one shown.) The jumps from built-in chains such as PREROUTING are installed separately and are not part of it.`,
	showingSave: (p: P) =>
		`What iptables-save prints on ${p.node}: built-in chains and their jumps too, chains sorted by name, every rule in the kernel’s normalised form (counters [0:0], date lines left out).`,
	table: (p: P) => `${p.table} table`,
	order:
		'nat comes first here (kube-proxy writes filter first): nat is where a ClusterIP is DNATed. filter holds the REJECT for a Service with no endpoints.',
	changes: (p: P) =>
		`This step: ${p.added} ${Number(p.added) === 1 ? 'line' : 'lines'} added, ${p.removed} removed.`,
	noChanges: 'This step changed no rule on this node.',
	pending: 'Rules as they were before this step; its changes show once it completes.',
	added: 'added',
	removed: 'removed',
	matched: 'the packet matched this rule',
	passed: 'the packet was checked against this rule, no match',
	packetOn: (p: P) => `How the packet went through ${p.node}’s rules`,
	packetElsewhere: (p: P) => `The packet is going through ${p.node}’s rules.`,
	show: (p: P) => `Show ${p.node}`,
	jump: (p: P) => `${p.sep} p=${p.p} draw ${p.draw} → ${p.taken ? 'yes' : 'no'}`,
	lastJump: (p: P) => `${p.sep} last rule, no probability → ${p.taken ? 'yes' : 'no'}`,
	dnat: (p: P) => `DNAT to ${p.to}`,
	reject: 'REJECT: the Service has no endpoints → ICMP port unreachable',
	noDnat: 'No rule changed the destination.'
};

export type IptablesUi = typeof en;

const ko: IptablesUi = {
	label: 'iptables 규칙',
	node: '노드',
	thisStep: '이 단계',
	proxy: 'kube-proxy',
	states: {
		watching: 'watch 중(watching): Service와 EndpointSlice의 변경을 기다립니다',
		syncing: '동기화 중(syncing): 새 규칙을 계산하고 있습니다 (아래는 아직 이전 규칙)',
		synced: '동기화됨(synced): 아래 규칙이 커널에 반영되었습니다'
	},
	noProxy: (p: P) => `${p.node}에는 아직 kube-proxy가 없어서 Service 규칙도 없습니다.`,
	format: '형식',
	restore: 'iptables-restore 입력 (kube-proxy가 쓰는 내용)',
	save: 'iptables-save (노드에서 보이는 내용)',
	showingRestore: (p: P) =>
		`${p.node}의 kube-proxy가 전체 동기화 때 iptables-restore --noflush에 넘기는 내용입니다. 자기 체인만 들어 있습니다. (v1.28부터 대부분의 동기화는 부분 동기화라서, 바뀐 Service의 체인만 다시 쓰고 사라진 체인은 -X 줄로 지웁니다. 그 결과인 테이블이 여기 보입니다.) PREROUTING 같은 기본 체인에서 넘어오는 점프 규칙은 따로 설치되므로 여기에는 없습니다.`,
	showingSave: (p: P) =>
		`${p.node}에서 iptables-save를 실행하면 보이는 내용입니다. 기본 체인과 점프 규칙까지 모두 나오고, 체인은 이름순이며, 규칙은 커널이 정규화한 형태입니다 (카운터는 [0:0], 날짜 줄은 뺐습니다).`,
	table: (p: P) => `${p.table} 테이블`,
	order:
		'kube-proxy는 filter를 먼저 쓰지만 여기서는 nat을 먼저 보여 줍니다. ClusterIP를 DNAT하는 곳이 nat이기 때문입니다. filter에는 엔드포인트가 없는 Service를 REJECT하는 규칙이 들어갑니다.',
	changes: (p: P) => `이 단계에서 ${p.added}줄이 추가되고 ${p.removed}줄이 삭제되었습니다.`,
	noChanges: '이 단계에서 이 노드의 규칙은 바뀌지 않았습니다.',
	pending: '이 단계 이전의 규칙입니다. 단계가 끝나면 바뀐 부분이 표시됩니다.',
	added: '추가됨',
	removed: '삭제됨',
	matched: '패킷이 이 규칙에 일치함',
	passed: '패킷을 이 규칙과 비교했지만 일치하지 않음',
	packetOn: (p: P) => `패킷이 ${p.node}의 규칙을 지나간 길`,
	packetElsewhere: (p: P) => `패킷은 지금 ${p.node}의 규칙을 지나고 있습니다.`,
	show: (p: P) => `${p.node} 보기`,
	jump: (p: P) => `${p.sep} p=${p.p} 난수 ${p.draw} → ${p.taken ? '선택' : '다음 규칙으로'}`,
	lastJump: (p: P) => `${p.sep} 마지막 규칙, 확률 없음 → ${p.taken ? '선택' : '다음 규칙으로'}`,
	dnat: (p: P) => `${josa(p.to, '으로/로')} DNAT`,
	reject: 'REJECT: 엔드포인트가 없는 Service → ICMP port unreachable',
	noDnat: '목적지를 바꾼 규칙이 없습니다.'
};

export const iptablesUi: { en: IptablesUi; ko: IptablesUi } = { en, ko };
