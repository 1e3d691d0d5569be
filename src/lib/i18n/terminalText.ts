/**
 * The terminal tab's own words, in each language: its notes where KubeStep's cluster differs from
 * a real one, its help and its labels. They load with the tab, not with the page.
 */
import type { Lang } from './index';
import { josa } from './josa';

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
		applyHere:
			'kubectl apply would change the cluster, and the terminal only reads it. In Pod creation, the YAML tab applies a manifest: press its Apply button, and the flow plays again with that pod.',
		protobufValue:
			'Under /registry each value is what kube-apiserver stores: Kubernetes protobuf, the bytes k8s\\x00, then the object’s kind and its fields, not YAML, so a terminal shows it half unreadable. -w fields quotes every byte, --hex prints them in hex, and kubectl get … -o yaml decodes the same object.',
		etcdTls:
			'On a kubeadm cluster etcdctl also needs --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key, or it gives up with "context deadline exceeded". KubeStep answers anyway.',
		compacted: (p: P) =>
			`kube-apiserver compacts etcd every 5 minutes, and this cluster has run for days: the revisions before this flow began are gone. The oldest one left is ${p.revision}.`,
		registryWrite: (p: P) =>
			`etcdctl ${p.command} would change /registry behind the API server's back, which is how clusters get broken: no controller or cache hears of it the way it should. The terminal writes only keys outside /registry (try etcdctl put greeting hello).`,
		linkWrite:
			'A link only reads: type the command to write it. Opening a link never changes etcd.',
		estimated:
			'KubeStep works out the member id, versions, term and revision as etcd does; the database size and the part of it in use, the raft index, the snapshot hash and the health-check and snapshot times are its estimates from the keys this cluster holds (a real cluster’s are larger after days of lease renewals and compactions, and compaction leaves part of the file free).',
		snapshotSaved: (p: P) =>
			`The snapshot holds etcd at revision ${p.revision}: every object of the cluster at this step. etcdutl snapshot status <file> -w table reads it back.`,
		restored: (p: P) =>
			`A restored data directory, ${p.dir}, now holds the snapshot. On a kubeadm control plane, etcd uses it once /etc/kubernetes/manifests/etcd.yaml's etcd-data hostPath points there; the kubelet then restarts etcd. KubeStep's flow keeps its own cluster.`,
		help: 'Commands: kubectl (or k) get <resource> [name] with -n, -A, -o wide|name|yaml|json, -o jsonpath={…}, -o custom-columns=NAME:.path,…, --sort-by=.path, --field-selector status.phase=Running, -l, -L <label key>, --show-labels, -w (keeps printing as the flow writes); kubectl describe pod|service|node [name]; kubectl logs <pod> [-c <container>] [-p] [--all-containers] [-l <selector>]; kubectl run <name> --image=<image> --dry-run=client -o yaml; kubectl create deployment <name> --image=<image> --dry-run=client -o yaml; kubectl version; kubectl api-resources; etcdctl get <key> [--prefix] [--keys-only] [--print-value-only] [--limit N] [--rev N] [--hex] [-w json|fields]; etcdctl put <key> <value>; etcdctl del <key> [--prefix]; etcdctl watch <key> [--prefix] [--rev N]; etcdctl snapshot save <file>; etcdutl snapshot status|restore <file>; etcdctl endpoint status|health [-w table]; etcdctl member list [-w table]; etcdctl version; history; clear. Answers read the cluster at the step on screen.',
		tooLong: (p: P) => `A command line may be at most ${p.max} characters.`,
		notStored: (p: P) =>
			`A real cluster has ${p.resource}, but KubeStep’s cluster does not store them: the flows never write any. kubectl api-resources lists the kinds it keeps.`,
		shellSyntax:
			'The terminal runs one command at a time: pipes (|), redirections (>, <) and lists (;, &&) are not run.',
		logsEmpty: (p: P) =>
			`No log lines: ${p.image}'s default command, a shell or REPL with no terminal, reads end-of-file and exits without writing anything. kubectl logs prints nothing, as it does here.`,
		logsUnknown: (p: P) =>
			`The container ${p.container} runs ${p.image}; on a real cluster kubectl logs prints what its process has written. KubeStep does not simulate what a process prints, only whether the kubelet has a log to give.`,
		v2Store:
			'etcd 3.6 removed the v2 API and etcdctl’s v2 client: etcdctl always speaks v3 and ignores ETCDCTL_API, so v2’s commands are unknown to it. Kubernetes keeps everything in the v3 keyspace anyway: put replaces v2’s set, and get --prefix replaces ls.',
		etcdutlSnapshot: (p: P) =>
			`Since etcd 3.6, etcdctl snapshot has only save, which asks the running server for a copy. snapshot ${p.command} works on the file itself, so only etcdutl has it: etcdctl did not find the command and printed the usage of snapshot. Run etcdutl snapshot ${p.command} with the same file${p.command === 'restore' ? ' and --data-dir' : ''}.`
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
		applyHere:
			'kubectl apply 명령은 클러스터를 바꾸지만, 터미널은 클러스터를 읽기만 합니다. 파드 생성 흐름에서는 YAML 탭이 매니페스트를 적용합니다. 탭의 적용 버튼을 누르면 그 파드로 흐름이 다시 재생됩니다.',
		protobufValue:
			'/registry 아래의 값은 kube-apiserver가 저장한 그대로, 즉 k8s\\x00 바이트 다음에 오브젝트의 종류와 필드가 이어지는 쿠버네티스 protobuf입니다. YAML이 아니라서 터미널에는 절반쯤 깨져 보입니다. -w fields는 바이트를 하나하나 따옴표로 보여 주고, --hex는 16진수로 찍으며, kubectl get … -o yaml은 같은 오브젝트를 해석해 보여 줍니다.',
		etcdTls:
			'kubeadm 클러스터에서 etcdctl은 --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key도 있어야 하며, 없으면 "context deadline exceeded"로 끝납니다. KubeStep은 그래도 답합니다.',
		compacted: (p: P) =>
			`kube-apiserver는 5분마다 etcd를 압축(compaction)하고, 이 클러스터는 며칠째 돌고 있습니다. 그래서 이 흐름이 시작되기 전 리비전은 남아 있지 않습니다. 남은 가장 오래된 리비전은 ${p.revision}입니다.`,
		registryWrite: (p: P) =>
			`etcdctl ${p.command}는 API 서버 모르게 /registry를 바꾸게 되고, 클러스터는 흔히 이렇게 망가집니다. 컨트롤러나 캐시가 이 변경을 제대로 전달받지 못하기 때문입니다. 터미널에서는 /registry 밖의 키만 쓸 수 있습니다(etcdctl put greeting hello를 해 보세요).`,
		linkWrite:
			'링크는 읽기만 합니다. 쓰려면 명령을 직접 입력하세요. 링크를 연다고 etcd가 바뀌지는 않습니다.',
		estimated:
			'멤버 ID, 버전, term, 리비전은 etcd와 같은 방식으로 계산합니다. 데이터베이스 크기와 그중 실제로 쓰이는 크기, raft 인덱스, 스냅샷 해시, 헬스 체크와 스냅샷에 걸린 시간은 이 클러스터가 가진 키로 KubeStep이 추정한 값입니다(실제 클러스터는 며칠 동안의 리스 갱신과 압축을 거쳐 더 크고, 압축이 지나간 자리는 파일 안에 빈 공간으로 남습니다).',
		snapshotSaved: (p: P) =>
			`스냅샷에는 리비전 ${p.revision}의 etcd, 즉 이 단계의 클러스터 오브젝트 전부가 담깁니다. etcdutl snapshot status <파일> -w table로 다시 읽어 볼 수 있습니다.`,
		restored: (p: P) =>
			`복원한 데이터 디렉터리 ${p.dir}에 스냅샷이 들어 있습니다. kubeadm 컨트롤 플레인에서는 /etc/kubernetes/manifests/etcd.yaml의 etcd-data hostPath를 이 디렉터리로 바꾸면 kubelet이 etcd를 다시 띄우면서 이를 씁니다. KubeStep의 흐름은 자기 클러스터를 그대로 둡니다.`,
		help: '명령: kubectl(또는 k) get <리소스> [이름] 과 -n, -A, -o wide|name|yaml|json, -o jsonpath={…}, -o custom-columns=NAME:.path,…, --sort-by=.path, --field-selector status.phase=Running, -l, -L <label key>, --show-labels, -w(흐름이 쓸 때마다 계속 출력); kubectl describe pod|service|node [이름]; kubectl logs <파드> [-c <컨테이너>] [-p] [--all-containers] [-l <셀렉터>]; kubectl run <이름> --image=<이미지> --dry-run=client -o yaml; kubectl create deployment <이름> --image=<이미지> --dry-run=client -o yaml; kubectl version; kubectl api-resources; etcdctl get <키> [--prefix] [--keys-only] [--print-value-only] [--limit N] [--rev N] [--hex] [-w json|fields]; etcdctl put <키> <값>; etcdctl del <키> [--prefix]; etcdctl watch <키> [--prefix] [--rev N]; etcdctl snapshot save <파일>; etcdutl snapshot status|restore <파일>; etcdctl endpoint status|health [-w table]; etcdctl member list [-w table]; etcdctl version; history; clear. 답은 화면에 보이는 단계의 클러스터를 읽습니다.',
		tooLong: (p: P) => `명령 한 줄은 최대 ${p.max}자입니다.`,
		notStored: (p: P) =>
			`실제 클러스터에는 ${p.resource} 리소스가 있지만 KubeStep의 클러스터는 흐름이 쓰지 않으므로 저장하지 않습니다. 저장하는 종류는 kubectl api-resources로 볼 수 있습니다.`,
		shellSyntax:
			'터미널은 한 번에 명령 하나만 실행합니다. 파이프(|), 리다이렉션(>, <), 명령 목록(;, &&)은 실행하지 않습니다.',
		logsEmpty: (p: P) =>
			`로그가 없습니다. ${p.image}의 기본 명령은 터미널 없는 셸이나 REPL이라서, 입력 끝(EOF)을 읽자마자 아무것도 쓰지 않고 종료합니다. 실제 kubectl logs도 여기처럼 아무것도 출력하지 않습니다.`,
		logsUnknown: (p: P) =>
			`컨테이너 ${josa(p.container, '은/는')} ${josa(p.image, '을/를')} 실행합니다. 실제 클러스터라면 kubectl logs가 그 프로세스가 쓴 내용을 출력합니다. KubeStep은 프로세스가 무엇을 출력하는지는 시뮬레이션하지 않고, kubelet이 줄 로그가 있는지만 따집니다.`,
		v2Store:
			'etcd 3.6에서 v2 API와 etcdctl의 v2 클라이언트가 없어졌습니다. etcdctl은 ETCDCTL_API 값과 상관없이 항상 v3로 동작하므로 v2 명령은 알지 못합니다. 어차피 쿠버네티스는 모든 것을 v3 키 공간에 저장합니다. v2의 set은 put으로, ls는 get --prefix로 바뀌었습니다.',
		etcdutlSnapshot: (p: P) =>
			`etcd 3.6부터 etcdctl snapshot에는 save만 남았습니다. save는 실행 중인 서버에 사본을 요청하는 명령이고, snapshot ${p.command}는 파일을 직접 다루므로 etcdutl에만 있습니다. 그래서 etcdctl은 명령을 찾지 못하고 snapshot 사용법을 출력했습니다. 같은 파일로 etcdutl snapshot ${p.command}${p.command === 'restore' ? '를 --data-dir과 함께' : '를'} 실행하세요.`
	}
};

export const terminalTexts: Record<Lang, typeof en> = { en, ko };
