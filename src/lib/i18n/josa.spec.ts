import { describe, expect, it } from 'vitest';
import { josa } from './josa';

describe('josa', () => {
	it.each([
		['nginx', '을/를', 'nginx를'],
		['node-3', '을/를', 'node-3을'],
		['node-2', '을/를', 'node-2를'],
		['node-10', '이/가', 'node-10이'],
		['10.244.3.4', '을/를', '10.244.3.4를'],
		['nginx:1.27', '을/를', 'nginx:1.27을'],
		['busybox', '이/가', 'busybox가'],
		['web', '을/를', 'web을'],
		['web', '이/가', 'web이'],
		['ping', '을/를', 'ping을'],
		['dog', '이/가', 'dog가'],
		['10.244.1.2:8080', '으로/로', '10.244.1.2:8080으로'],
		['redis-0', '은/는', 'redis-0은'],
		[23, '으로/로', '23으로'],
		[22, '으로/로', '22로'],
		[21, '으로/로', '21로'],
		['파드', '을/를', '파드를'],
		['컨테이너', '이/가', '컨테이너가'],
		['서비스', '과/와', '서비스와'],
		['kube-apiserver', '이/가', 'kube-apiserver가'],
		['---', '을/를', '---을(를)'],
		// a generated suffix or an acronym is spelled out: 비, 디, 에스 end in a vowel; 엘, 엠, 엔, 알 not
		['kube-proxy-6xq2b', '을/를', 'kube-proxy-6xq2b를'],
		['kube-proxy-9zwhr', '을/를', 'kube-proxy-9zwhr을'],
		['kube-proxy-9zwhr', '으로/로', 'kube-proxy-9zwhr로'],
		['web-7d9f8c6b5-x2kq4', '이/가', 'web-7d9f8c6b5-x2kq4가'],
		['web-7d9f8c6b5-b5xbn', '은/는', 'web-7d9f8c6b5-b5xbn은'],
		['db', '을/를', 'db를'],
		['dns', '이/가', 'dns가'],
		['k8s', '을/를', 'k8s를'],
		['html', '을/를', 'html을'],
		['ctr', '으로/로', 'ctr로'],
		// words as read: app → 앱, net → 넷, kubelet → 큐블릿; port → 포트, boot → 부트
		['app', '을/를', 'app을'],
		['app', '으로/로', 'app으로'],
		['net', '이/가', 'net이'],
		['kubelet', '이/가', 'kubelet이'],
		['pack', '은/는', 'pack은'],
		['port', '을/를', 'port를'],
		['boot', '이/가', 'boot가'],
		['test', '은/는', 'test는'],
		['kubectl', '이/가', 'kubectl이'],
		['kubectl', '으로/로', 'kubectl로'],
		['etcd', '이/가', 'etcd가'],
		['pod', '을/를', 'pod를'],
		// a run of capitals is spelled (ClusterIP → 클러스터아이피), unless it is read as a word
		['ClusterIP', '을/를', 'ClusterIP를'],
		['TCP', '으로/로', 'TCP로'],
		['NodePort', '이/가', 'NodePort가'],
		['CIDR', '을/를', 'CIDR를'],
		['DNAT', '이/가', 'DNAT이'],
		['SYN', '을/를', 'SYN을']
	] as const)('%s + %s → %s', (word, pair, out) => expect(josa(word, pair)).toBe(out));
});

describe('josa on generated names', () => {
	// Kubernetes' random suffixes use this alphabet (apimachinery's util/rand): no vowels, so every
	// suffix is read letter by letter.
	const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
	it.each([...alphabet].map((c) => [c]))(
		'kube-proxy-xxxx%s takes the particle of its spelled last letter',
		(c) => {
			const spelled: Record<string, boolean> = { l: true, m: true, n: true, r: true };
			const digit: Record<string, boolean> = {
				'2': false,
				'4': false,
				'5': false,
				'6': true,
				'7': true,
				'8': true,
				'9': false
			};
			const consonant = c in digit ? digit[c] : (spelled[c] ?? false);
			expect(josa(`kube-proxy-xq2z${c}`, '을/를')).toBe(
				`kube-proxy-xq2z${c}${consonant ? '을' : '를'}`
			);
		}
	);
});
