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
		['---', '을/를', '---을(를)']
	] as const)('%s + %s → %s', (word, pair, out) => expect(josa(word, pair)).toBe(out));
});
