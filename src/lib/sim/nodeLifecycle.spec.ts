/** The node lifecycle's numbers and rules, against the Kubernetes source's defaults (v1.34). */
import { describe, expect, it } from 'vitest';
import type { PodObject, Toleration } from './model';
import {
	DEFAULT_TOLERATION_S,
	LEASE_DURATION_S,
	LEASE_RENEW_S,
	NODE_MONITOR_GRACE_S,
	NODE_MONITOR_PERIOD_S,
	TAINT_UNREACHABLE,
	defaultTolerations,
	lastRenewalBefore,
	tolerationSecondsFor,
	unknownAt,
	unreachable
} from './nodeLifecycle';
import { slowStartBatches } from './workloads';

describe('the defaults, as the source sets them', () => {
	it.each([
		['kubelet NodeLeaseDurationSeconds', LEASE_DURATION_S, 40],
		['kubelet renew interval (duration × 0.25)', LEASE_RENEW_S, 10],
		['--node-monitor-period', NODE_MONITOR_PERIOD_S, 5],
		['--node-monitor-grace-period (v1.32+; 40 before)', NODE_MONITOR_GRACE_S, 50],
		['DefaultTolerationSeconds', DEFAULT_TOLERATION_S, 300]
	])('%s is %d', (_name, value, want) => expect(value).toBe(want));
});

describe('when a silent node becomes Unknown: the first check strictly after renewal + grace', () => {
	it.each([
		[0, 55],
		[20, 75],
		[25, 80],
		[23, 75]
	])('last renewal at %d s → Unknown at %d s', (last, at) => {
		expect(unknownAt(last)).toBe(at);
		expect(at - last).toBeGreaterThan(NODE_MONITOR_GRACE_S);
		expect(at % NODE_MONITOR_PERIOD_S).toBe(0);
	});

	it.each([
		[25, 20],
		[20, 20],
		[9, 0]
	])('a kubelet that stops at %d s last renewed at %d s', (stop, last) =>
		expect(lastRenewalBefore(stop)).toBe(last)
	);
});

const podWith = (tolerations?: Toleration[]) =>
	({ spec: { containers: [], tolerations } }) as unknown as PodObject;

describe('how long a pod stays on an unreachable node (getMinTolerationTime)', () => {
	const taint = unreachable('NoExecute');
	it.each<[string, Toleration[] | undefined, number | null]>([
		['no tolerations: at once', undefined, 0],
		['the admission defaults: 300 s', defaultTolerations(), 300],
		[
			'a DaemonSet pod (no seconds): never',
			[{ key: TAINT_UNREACHABLE, operator: 'Exists', effect: 'NoExecute' }],
			null
		],
		[
			'the first toleration that matches, not the least seconds',
			[
				{ key: TAINT_UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
				{ operator: 'Exists', tolerationSeconds: 60 }
			],
			300
		],
		[
			'a first match without seconds: never',
			[
				{ operator: 'Exists' },
				{ key: TAINT_UNREACHABLE, operator: 'Exists', tolerationSeconds: 30 }
			],
			null
		],
		[
			'a toleration of another key is passed over',
			[
				{ key: 'gpu', operator: 'Exists', tolerationSeconds: 5 },
				{ key: TAINT_UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 120 }
			],
			120
		],
		['a toleration of another taint: at once', [{ key: 'gpu', operator: 'Exists' }], 0],
		[
			'a NoSchedule toleration does not tolerate NoExecute',
			[{ key: TAINT_UNREACHABLE, operator: 'Exists', effect: 'NoSchedule' }],
			0
		],
		['negative seconds: at once', [{ operator: 'Exists', tolerationSeconds: -5 }], 0]
	])('%s', (_name, tolerations, want) =>
		expect(tolerationSecondsFor(podWith(tolerations), taint)).toBe(want)
	);
});

describe('the ReplicaSet controller creates in slow-start batches', () => {
	it.each([
		[0, []],
		[1, [1]],
		[3, [1, 2]],
		[7, [1, 2, 4]],
		[10, [1, 2, 4, 3]],
		[500, [1, 2, 4, 8, 16, 32, 64, 128, 245]]
	])('%d pods → %j', (count, want) => {
		expect(slowStartBatches(count)).toEqual(want);
		expect(slowStartBatches(count).reduce((a, b) => a + b, 0)).toBe(count);
	});
});
