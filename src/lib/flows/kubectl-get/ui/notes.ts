/**
 * The presenter's notes for the kubectl-get flow, one per part of the story and per what-if: a
 * question to put to the group before the step plays, and the mistake CKA candidates make there.
 * Loaded by the presenter view.
 */
import type { PresenterNotes } from '$lib/components/flowUi';

export const notes: PresenterNotes = {
	en: {
		list: {
			ask: 'kubectl get pods: does kube-apiserver read the pods from etcd?',
			pitfall:
				'No, not since v1.31: it asks etcd only for its revision and answers from its watch cache once the cache has reached it. “The API server reads etcd on every get” is the old picture.'
		},
		watch: {
			ask: 'One pod is created. How many lines does kubectl get pods -w print for it?',
			pitfall:
				'One per event, not per pod: created, bound, ContainerCreating, Running. Candidates read the repeated lines as several pods; --output-watch-events names each event.'
		},
		informer: {
			ask: 'A controller restarts. Does it list from etcd?',
			pitfall:
				'Informers list with resourceVersion=0, which the watch cache answers at once, maybe a little behind; the watch that follows brings the rest. That is why a thousand kubelets restarting do not flood etcd.'
		},
		'watch-only': {
			ask: '--watch-only prints no list. Does kubectl skip the list request?',
			pitfall:
				'No: it still lists, to learn the resourceVersion its watch starts from, and only hides what came back.'
		},
		rv0: {
			ask: 'resourceVersion=0 or no resourceVersion: which one can be stale?',
			pitfall:
				'resourceVersion=0 (“any version”) can be behind etcd; no resourceVersion is a consistent read. The names mislead: 0 is not “the oldest”.'
		},
		pages: {
			ask: 'A pod changes between page 1 and page 2. Which version does page 2 show?',
			pitfall:
				'The old one: every page is read at the first page’s revision. Since v1.34 the watch cache serves the later pages from a snapshot it kept of that revision, not etcd. Only when no snapshot is left does etcd serve them, and once etcd has compacted the revision the token fails with 410 and the list starts over.'
		}
	},
	ko: {
		list: {
			ask: 'kubectl get pods를 하면 kube-apiserver가 etcd에서 파드를 읽을까요?',
			pitfall:
				'v1.31부터는 아닙니다. etcd에는 리비전만 묻고, watch 캐시가 그 리비전에 닿으면 캐시에서 답합니다. “get마다 etcd를 읽는다”는 예전 그림입니다.'
		},
		watch: {
			ask: '파드 하나가 생깁니다. kubectl get pods -w는 몇 줄을 출력할까요?',
			pitfall:
				'파드마다가 아니라 이벤트마다 한 줄입니다. 생성, 바인딩, ContainerCreating, Running입니다. 반복된 줄을 여러 파드로 잘못 읽기 쉽고, --output-watch-events를 쓰면 이벤트 이름이 보입니다.'
		},
		informer: {
			ask: '컨트롤러가 다시 시작합니다. 목록을 etcd에서 받을까요?',
			pitfall:
				'인포머는 resourceVersion=0으로 목록을 받고, watch 캐시가 조금 뒤처졌을 수도 있는 상태로 곧바로 답합니다. 나머지는 뒤따르는 watch가 가져옵니다. 그래서 kubelet 천 개가 다시 시작해도 etcd가 넘치지 않습니다.'
		},
		'watch-only': {
			ask: '--watch-only는 목록을 출력하지 않습니다. 그럼 목록 요청도 건너뛸까요?',
			pitfall:
				'아닙니다. watch를 시작할 resourceVersion을 알아야 하므로 목록은 요청하고, 받은 것을 출력하지 않을 뿐입니다.'
		},
		rv0: {
			ask: 'resourceVersion=0과 resourceVersion 없음, 어느 쪽이 오래된 값을 줄 수 있을까요?',
			pitfall:
				'resourceVersion=0(“어느 버전이든”)은 etcd보다 뒤처질 수 있고, resourceVersion이 없으면 일관된 읽기입니다. 0이 “가장 오래된 것”이라는 뜻은 아닙니다.'
		},
		pages: {
			ask: '1페이지와 2페이지 사이에 파드가 바뀝니다. 2페이지는 어느 버전을 보여 줄까요?',
			pitfall:
				'이전 버전입니다. 모든 페이지를 첫 페이지의 리비전에서 읽습니다. v1.34부터는 etcd가 아니라 watch 캐시가 그 리비전의 스냅샷으로 나머지 페이지를 내줍니다. 스냅샷이 남아 있지 않을 때만 etcd가 답하고, etcd가 그 리비전을 이미 압축했다면 continue 토큰은 410으로 실패해 목록을 처음부터 다시 받아야 합니다.'
		}
	}
};
