import { describe, expect, it } from 'vitest';
import type { ContainerSpec } from './model';
import { qosClass } from './podStatus';

const c = (
	requests?: ContainerSpec['requests'],
	limits?: ContainerSpec['limits']
): ContainerSpec => ({
	name: 'c',
	image: 'nginx',
	...(requests ? { requests } : {}),
	...(limits ? { limits } : {})
});

describe('GetPodQOS (pkg/apis/core/helper/qos/qos.go)', () => {
	it.each<[string, ContainerSpec[], string]>([
		['nothing asked', [c()], 'BestEffort'],
		['zero requests count as none', [c({ cpu: 0, memory: 0 })], 'BestEffort'],
		['a request only', [c({ cpu: 100 })], 'Burstable'],
		[
			'limits on both, requests defaulted from them',
			[c(undefined, { cpu: 500, memory: 64 })],
			'Guaranteed'
		],
		[
			'requests equal to limits',
			[c({ cpu: 500, memory: 64 }, { cpu: 500, memory: 64 })],
			'Guaranteed'
		],
		[
			'a request below its limit',
			[c({ cpu: 250, memory: 64 }, { cpu: 500, memory: 64 })],
			'Burstable'
		],
		['a cpu limit only', [c(undefined, { cpu: 500 })], 'Burstable'],
		[
			'every container must limit both',
			[c(undefined, { cpu: 500, memory: 64 }), c({ cpu: 100 })],
			'Burstable'
		],
		[
			'two containers, each guaranteed',
			[c(undefined, { cpu: 500, memory: 64 }), c(undefined, { cpu: 100, memory: 32 })],
			'Guaranteed'
		]
	])('%s', (_, containers, want) => {
		expect(qosClass(containers)).toBe(want);
	});
});
