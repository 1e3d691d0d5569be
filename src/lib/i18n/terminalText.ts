/**
 * The terminal tab's own words, in each language: its notes where KubeStep's cluster differs from
 * a real one, its help and its labels. They load with the tab, not with the page.
 */
import type { Lang } from './index';

type P = Record<string, string>;

const en = {
	/** the command line's accessible name: `Command`, as the interface contract names it */
	label: 'Command',
	placeholder: 'kubectl get pods -o wide — Tab completes, ↑/↓ recall',
	output: 'Terminal output',
	run: 'Run',
	suggestions: 'Try at this step',
	/** the prompt's step: the answer under it is the cluster at that step */
	atStep: (p: P) => `step ${p.n}`,
	live: 'follows the step on screen',
	notes: {
		notModelled: (p: P) => `KubeStep does not answer ${p.command} yet.`,
		readOnly: (p: P) =>
			`${p.command} would change the cluster. Here the flow changes it; the terminal only reads it at the step on screen.`,
		protobufShort: '(a protobuf value, as above)',
		protobufValue: (p: P) =>
			`(value not shown: etcd holds this object as Kubernetes protobuf, bytes that begin with k8s\\x00, which a terminal prints as unreadable bytes. Read it decoded with kubectl get … -o yaml, or see ${p.key} in the etcd tab.)`,
		etcdTls:
			'On a kubeadm cluster etcdctl also needs --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key, or it gives up with "context deadline exceeded". KubeStep answers anyway.',
		historyNotKept:
			'KubeStep keeps each step’s keys as they are, not etcd’s older revisions: --rev is answered only at the current revision (or 0).',
		help: 'Commands: kubectl (or k) get <resource> [name] with -n, -A, -o wide|name|yaml|json, -l, --show-labels, -w (keeps printing as the flow writes); kubectl describe pod|service [name]; kubectl version; kubectl api-resources; etcdctl get <key> [--prefix] [--keys-only] [--print-value-only] [--limit N] [--rev N]; etcdctl watch <key> [--prefix]; etcdctl member list [-w table]; etcdctl version; history; clear. Answers read the cluster at the step on screen.',
		tooLong: (p: P) => `A command line may be at most ${p.max} characters.`,
		notStored: (p: P) =>
			`A real cluster has ${p.resource}, but KubeStep’s cluster does not store them: the flows never write any. kubectl api-resources lists the kinds it keeps.`,
		shellSyntax:
			'The terminal runs one command at a time: pipes (|), redirections (>, <) and lists (;, &&) are not run.',
		v2Store: (p: P) =>
			`ETCDCTL_API=2 runs etcdctl’s old v2 client, whose ${p.command} talks to the v2 API. An etcd 3.5 server serves it only with --enable-v2, which kubeadm does not set, and Kubernetes keeps everything in the v3 keyspace: use v3 (ETCDCTL_API=3, or unset), where put replaces v2’s set and get --prefix replaces ls.`
	}
};

const ko: typeof en = {
	label: '명령 (Command)',
	placeholder: 'kubectl get pods -o wide — Tab으로 완성, ↑/↓로 이전 명령',
	output: '터미널 출력',
	run: '실행',
	suggestions: '이 단계에서 해 볼 명령',
	atStep: (p: P) => `${p.n}단계`,
	live: '화면의 단계를 따라갑니다',
	notes: {
		notModelled: (p: P) => `KubeStep은 아직 ${p.command} 명령에 답하지 않습니다.`,
		readOnly: (p: P) =>
			`${p.command} 명령은 클러스터를 바꿉니다. 여기서는 흐름이 클러스터를 바꾸고, 터미널은 화면의 단계에서 클러스터를 읽기만 합니다.`,
		protobufShort: '(위와 같은 protobuf 값)',
		protobufValue: (p: P) =>
			`(값은 생략: etcd는 이 오브젝트를 k8s\\x00으로 시작하는 쿠버네티스 protobuf 바이트로 저장하므로 터미널에는 읽을 수 없는 바이트로 찍힙니다. 해석된 내용은 kubectl get … -o yaml이나 etcd 탭의 ${p.key}에서 보세요.)`,
		etcdTls:
			'kubeadm 클러스터에서 etcdctl은 --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key도 있어야 하며, 없으면 "context deadline exceeded"로 끝납니다. KubeStep은 그래도 답합니다.',
		historyNotKept:
			'KubeStep은 단계마다 키의 현재 값만 두고 etcd의 예전 리비전은 두지 않습니다. --rev는 현재 리비전(또는 0)에서만 답합니다.',
		help: '명령: kubectl(또는 k) get <리소스> [이름] 과 -n, -A, -o wide|name|yaml|json, -l, --show-labels, -w(흐름이 쓸 때마다 계속 출력); kubectl describe pod|service [이름]; kubectl version; kubectl api-resources; etcdctl get <키> [--prefix] [--keys-only] [--print-value-only] [--limit N] [--rev N]; etcdctl watch <키> [--prefix]; etcdctl member list [-w table]; etcdctl version; history; clear. 답은 화면에 보이는 단계의 클러스터를 읽습니다.',
		tooLong: (p: P) => `명령 한 줄은 최대 ${p.max}자입니다.`,
		notStored: (p: P) =>
			`실제 클러스터에는 ${p.resource} 리소스가 있지만 KubeStep의 클러스터는 흐름이 쓰지 않으므로 저장하지 않습니다. 저장하는 종류는 kubectl api-resources로 볼 수 있습니다.`,
		shellSyntax:
			'터미널은 한 번에 명령 하나만 실행합니다. 파이프(|), 리다이렉션(>, <), 명령 목록(;, &&)은 실행하지 않습니다.',
		v2Store: (p: P) =>
			`ETCDCTL_API=2는 etcdctl의 예전 v2 클라이언트를 실행하며, 그 ${p.command} 명령은 v2 API와 통신합니다. etcd 3.5 서버는 --enable-v2가 있을 때만 v2 API를 제공하는데 kubeadm은 이 옵션을 켜지 않고, 쿠버네티스는 모든 것을 v3 키 공간에 저장합니다. v3(ETCDCTL_API=3 또는 미설정)를 쓰세요. v2의 set은 put으로, ls는 get --prefix로 바뀌었습니다.`
	}
};

export const terminalTexts: Record<Lang, typeof en> = { en, ko };
