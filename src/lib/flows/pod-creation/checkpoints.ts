/**
 * Pod creation's checkpoints: which node the scheduler picks, which kubelet hears of the pod, and
 * what `kubectl get pods` shows once the kubelet has reported. Each answer is read from what the
 * timeline then does.
 */
import type { Checkpoint, Choice } from '$lib/flows/kit/checkpoints';
import type { Timeline } from '$lib/flows/types';
import { josa } from '$lib/i18n/josa';
import { displayStatus } from '$lib/sim/podStatus';
import { listStoredPods } from '$lib/sim/storedPods';
import type { PodStep } from './machine';

type Pod = Timeline<PodStep>;

const nodesOf = (tl: Pod, i: number) => tl.steps[i].snapshot.nodes.map((n) => n.name);
const same = (text: string) => ({ en: text, ko: text });

/** The subject pod's STATUS in `kubectl get pods` after step `i`. */
function statusAfter(tl: Pod, i: number): string {
	const pod = listStoredPods(tl.steps[i].snapshot).find(
		(p) => `${p.metadata.namespace}/${p.metadata.name}` === tl.subject
	);
	return pod ? displayStatus(pod) : 'NotFound';
}

/** The kubelet the bound pod's watch event reaches at step `i`. */
const watchingKubelet = (tl: Pod, i: number) =>
	tl.steps[i].messages.find((m) => m.to.startsWith('kubelet@'))?.to ?? '';

const STATUSES = ['Running', 'Pending', 'ErrImagePull', 'ImagePullBackOff', 'CrashLoopBackOff'];

const pickNode: Checkpoint<PodStep> = {
	id: 'pick-node',
	at: (s) => s.id === 'scheduleCycle',
	question: {
		en: 'The scheduler filters the nodes, then scores those left. Which node will it pick?',
		ko: '스케줄러가 노드를 거른 뒤 남은 노드에 점수를 매깁니다. 어느 노드를 고르겠습니까?'
	},
	choices: (tl, i) => [
		...nodesOf(tl, i).map((n): Choice => ({ value: n, label: same(n) })),
		{
			value: '',
			label: { en: 'None: the pod stays Pending', ko: '없음: 파드는 Pending으로 남습니다' }
		}
	],
	answer: (tl, i) => tl.steps[i].schedule?.winner ?? '',
	why: (tl, i, lang) => {
		const s = tl.steps[i].schedule;
		if (!s?.winner) return s?.fitError ?? '';
		const totals = s.evaluations
			.filter((e) => e.feasible)
			.map((e) => `${e.node} ${e.total}`)
			.join(', ');
		if (s.feasible.length === 1)
			return lang === 'ko'
				? `필터를 통과한 노드가 ${s.winner} 하나뿐이라 점수 없이 골랐습니다.`
				: `${s.winner} was the only node left after filtering, so it was picked without scoring.`;
		return lang === 'ko'
			? `필터를 통과한 노드의 점수: ${totals}. 가장 높은 ${josa(s.winner, '을/를')} 골랐습니다.`
			: `The feasible nodes scored ${totals}; the highest, ${s.winner}, wins.`;
	}
};

const whichKubelet: Checkpoint<PodStep> = {
	id: 'which-kubelet',
	at: (s) => s.id === 'watchPodBound',
	question: {
		en: 'Every kubelet watches pods. Which one hears of this pod now?',
		ko: '모든 kubelet이 파드를 watch 합니다. 지금 이 파드를 알게 되는 것은 어느 kubelet입니까?'
	},
	choices: (tl, i) =>
		nodesOf(tl, i).map((n) => ({ value: `kubelet@${n}`, label: same(`kubelet@${n}`) })),
	answer: watchingKubelet,
	why: (tl, i, lang) => {
		const node = watchingKubelet(tl, i).slice('kubelet@'.length);
		return lang === 'ko'
			? `kubelet은 spec.nodeName=자기 노드인 파드만 watch 합니다. 바인딩이 spec.nodeName을 ${josa(node, '으로/로')} 정했습니다.`
			: `Each kubelet watches only pods whose spec.nodeName is its node; the binding set it to ${node}.`;
	}
};

const finalStatus: Checkpoint<PodStep> = {
	id: 'status',
	at: (s, i, tl) =>
		i === tl.steps.length - 1 &&
		s.id !== 'failedScheduling' &&
		s.id !== 'alreadyExists' &&
		// the pod garbage collector deleted the pod: there is no STATUS to ask about
		s.id !== 'podGcOrphan',
	question: {
		en: 'The kubelet is about to report. What will kubectl get pods show in STATUS?',
		ko: 'kubelet이 곧 상태를 보고합니다. kubectl get pods의 STATUS에는 무엇이 나오겠습니까?'
	},
	choices: (tl, i) => {
		const answer = statusAfter(tl, i);
		const values = STATUSES.includes(answer) ? STATUSES : [...STATUSES, answer];
		return values.map((v) => ({ value: v, label: same(v) }));
	},
	answer: statusAfter,
	why: (tl, i, lang) => {
		const status = statusAfter(tl, i);
		return lang === 'ko'
			? `STATUS는 컨테이너가 기다리는 이유가 있으면 그 이유를, 없으면 파드의 reason을, 그것도 없으면 phase를 보여 줍니다. 이번에는 ${status}입니다.`
			: `STATUS shows a container's waiting reason when it has one, else the pod's reason, else its phase: here, ${status}.`;
	}
};

export const checkpoints = [pickNode, whichKubelet, finalStatus];
