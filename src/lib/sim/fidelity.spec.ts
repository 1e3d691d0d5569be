/**
 * The fidelity suite: expected outputs copied from the upstream projects' own tests, fed the same
 * inputs, so that a drift from upstream fails here with the upstream file named. Each block says
 * which test of kubernetes/kubernetes it follows, at the pinned release (KUBERNETES_VERSION in
 * version.ts, v1.34.0). Cases that need what the simulation does not model are listed at the
 * block's top, with why.
 */
import { describe, expect, it } from 'vitest';
import type { KubeEvent, NodeModel, PodObject, Taint, Toleration } from './model';
import {
	balancedAllocationScore,
	balancedAllocationSkips,
	defaultNormalizeScore,
	imageLocalityScore,
	intolerablePreferNoScheduleCount,
	leastAllocatedScore,
	type NodeInfo
} from './scheduler';
import { humanAge, timestamp } from './time';
import {
	isDns1035Label,
	isDns1123Label,
	isDns1123Subdomain,
	isLabelValue,
	isQualifiedName
} from './manifest/names';
import {
	dns1123Label,
	dns1123Subdomain,
	labelValueProblems,
	qualifiedNameProblems
} from './manifest/validationText';
import { eventRow, getPodsWideRow, getNodesRow } from './kubectl';
import { tolerationLines } from './cli/describePod';
import { proxyRules } from './iptables/proxyRules';
import { restoreText } from './iptables/restore';
import { makeService, makeSlice } from './iptables/testFixtures';
import { createStore, put } from './etcd';
import { createCluster, type ClusterState } from './cluster';
import { recordEvent } from './events';
import { listPods } from './podCodec';

const MB = 1024 * 1024;
const CORES = 1000;

describe('staging/src/k8s.io/apimachinery/pkg/util/duration/duration_test.go', () => {
	const s = 1,
		m = 60,
		h = 3600,
		d = 24 * h,
		ms = 0.001,
		ns = 1e-9;
	it.each([
		// TestHumanDuration
		[1 * s, '1s'],
		[70 * s, '70s'],
		[190 * s, '3m10s'],
		[70 * m, '70m'],
		[47 * h, '47h'],
		[49 * h, '2d1h'],
		[(8 * 24 + 2) * h, '8d'],
		[367 * 24 * h, '367d'],
		[(365 * 2 * 24 + 25) * h, '2y1d'],
		[(365 * 8 * 24 + 2) * h, '8y'],
		// TestHumanDurationBoundaries
		[-2 * s, '<invalid>'],
		[-2 * s + ns, '0s'],
		[0, '0s'],
		[1 * s - ms, '0s'],
		[2 * m - ms, '119s'],
		[2 * m, '2m'],
		[2 * m + 1 * s, '2m1s'],
		[10 * m - ms, '9m59s'],
		[10 * m, '10m'],
		[10 * m + 1 * s, '10m'],
		[3 * h - ms, '179m'],
		[3 * h, '3h'],
		[3 * h + 1 * m, '3h1m'],
		[8 * h - ms, '7h59m'],
		[8 * h, '8h'],
		[8 * h + 59 * m, '8h'],
		[48 * h - ms, '47h'],
		[48 * h, '2d'],
		[48 * h + 1 * h, '2d1h'],
		[8 * d - ms, '7d23h'],
		[8 * d, '8d'],
		[8 * d + 23 * h, '8d'],
		[730 * d - ms, '729d'],
		[730 * d, '2y'],
		[730 * d + 23 * h, '2y'],
		[730 * d + 23 * h + 59 * m, '2y'],
		[730 * d + 24 * h - ms, '2y'],
		[730 * d + 24 * h, '2y1d'],
		[3 * 365 * d, '3y'],
		[7 * 365 * d, '7y'],
		[8 * 365 * d - ms, '7y364d'],
		[8 * 365 * d, '8y'],
		[8 * 365 * d + 364 * d, '8y'],
		[9 * 365 * d, '9y']
	])('HumanDuration(%ss) = %s', (seconds, want) => {
		expect(humanAge(seconds)).toBe(want);
	});
});

describe('staging/src/k8s.io/apimachinery/pkg/util/validation/validation_test.go', () => {
	// each check as a link reads it (names.ts) and as the API server words it (validationText.ts)
	const r = (c: string, n: number) => c.repeat(n);
	// the label tests share their values: TestIsDNS1035Label's bad ones are DNS-1123's bad ones
	// and the good ones that start with a digit
	const LETTER_START = ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b'];
	const DIGIT_START = ['0', '01', '012', '1a', '1-a', '1--a--b--2'];
	const LABEL_BAD = [
		...['', 'A', 'ABC', 'aBc', 'A1', 'A-1', '1-A'],
		...['-', 'a-', '-a', '1-', '-1', '_', 'a_', '_a', 'a_b', '1_', '_1', '1_2'],
		...['.', 'a.', '.a', 'a.b', '1.', '.1', '1.2', ' ', 'a ', ' a', 'a b', '1 ', ' 1', '1 2'],
		r('a', 64)
	];
	const cases: [string, (v: string) => boolean, (v: string) => string[], string[], string[]][] = [
		[
			'TestIsDNS1123Label',
			isDns1123Label,
			dns1123Label,
			[...LETTER_START, ...DIGIT_START, r('a', 63)],
			LABEL_BAD
		],
		[
			'TestIsDNS1123Subdomain',
			isDns1123Subdomain,
			dns1123Subdomain,
			[
				'a',
				'ab',
				'abc',
				'a1',
				'a-1',
				'a--1--2--b',
				'0',
				'01',
				'012',
				'1a',
				'1-a',
				'1--a--b--2',
				'a.a',
				'ab.a',
				'abc.a',
				'a1.a',
				'a-1.a',
				'a--1--2--b.a',
				'a.1',
				'ab.1',
				'abc.1',
				'a1.1',
				'a-1.1',
				'a--1--2--b.1',
				'0.a',
				'01.a',
				'012.a',
				'1a.a',
				'1-a.a',
				'1--a--b--2',
				'0.1',
				'01.1',
				'012.1',
				'1a.1',
				'1-a.1',
				'1--a--b--2.1',
				'a.b.c.d.e',
				'aa.bb.cc.dd.ee',
				'1.2.3.4.5',
				'11.22.33.44.55',
				r('a', 253)
			],
			[
				'',
				'A',
				'ABC',
				'aBc',
				'A1',
				'A-1',
				'1-A',
				'-',
				'a-',
				'-a',
				'1-',
				'-1',
				'_',
				'a_',
				'_a',
				'a_b',
				'1_',
				'_1',
				'1_2',
				'.',
				'a.',
				'.a',
				'a..b',
				'1.',
				'.1',
				'1..2',
				' ',
				'a ',
				' a',
				'a b',
				'1 ',
				' 1',
				'1 2',
				'A.a',
				'aB.a',
				'ab.A',
				'A1.a',
				'a1.A',
				'A.1',
				'aB.1',
				'A1.1',
				'1A.1',
				'0.A',
				'01.A',
				'012.A',
				'1A.a',
				'1a.A',
				'A.B.C.D.E',
				'AA.BB.CC.DD.EE',
				'a.B.c.d.e',
				'aa.bB.cc.dd.ee',
				'a@b',
				'a,b',
				'a_b',
				'a;b',
				'a:b',
				'a%b',
				'a?b',
				'a$b',
				r('a', 254)
			]
		],
		[
			'TestIsQualifiedName',
			isQualifiedName,
			qualifiedNameProblems,
			[
				'simple',
				'now-with-dashes',
				'1-starts-with-num',
				'1234',
				'simple/simple',
				'now-with-dashes/simple',
				'now-with-dashes/now-with-dashes',
				'now.with.dots/simple',
				'now-with.dashes-and.dots/simple',
				'1-num.2-num/3-num',
				'1234/5678',
				'1.2.3.4/5678',
				'Uppercase_Is_OK_123',
				'example.com/Uppercase_Is_OK_123',
				'requests.storage-foo',
				r('a', 63),
				`${r('a', 253)}/${r('b', 63)}`
			],
			[
				'nospecialchars%^=@',
				'cantendwithadash-',
				'-cantstartwithadash-',
				'only/one/slash',
				'Example.com/abc',
				'example_com/abc',
				'example.com/',
				'/simple',
				r('a', 64),
				`${r('a', 254)}/abc`
			]
		],
		[
			'TestIsValidLabelValue',
			isLabelValue,
			labelValueProblems,
			['simple', 'now-with-dashes', '1-starts-with-num', 'end-with-num-1', '1234', r('a', 63), ''],
			[
				'nospecialchars%^=@',
				'Tama-nui-te-rā.is.Māori.sun',
				'\\backslashes\\are\\bad',
				'-starts-with-dash',
				'ends-with-dash-',
				'.starts.with.dot',
				'ends.with.dot.',
				r('a', 64)
			]
		]
	];
	it('TestIsDNS1035Label (a Service’s name, as a link gives it)', () => {
		const good = [...LETTER_START, r('a', 63)];
		const bad = [...DIGIT_START, ...LABEL_BAD];
		expect(good.filter((v) => !isDns1035Label(v))).toEqual([]);
		expect(bad.filter(isDns1035Label)).toEqual([]);
	});
	it.each(cases)('%s', (_, check, problems, good, bad) => {
		expect(good.filter((v) => !check(v) || problems(v).length > 0)).toEqual([]);
		expect(bad.filter((v) => check(v) || problems(v).length === 0)).toEqual([]);
	});
});

describe('pkg/printers/internalversion/printers_test.go TestPrintPod', () => {
	// Left out: test15 (a pod held by schedulingGates: the simulation has no scheduling gates)
	// and TestPrintPodWithRestartableInitContainer (sidecars are refused, not played).
	const NOW = 1_000_000;
	type Status = {
		ready?: boolean;
		rc?: number;
		running?: boolean;
		waiting?: string;
		terminated?: { reason?: string; exitCode: number };
		/** seconds before NOW the last run ended */
		lastEnded?: number;
	};
	const status = (o: Status, i: number) => ({
		name: `c${i}`,
		image: '',
		imageID: '',
		ready: o.ready ?? false,
		started: false,
		restartCount: o.rc ?? 0,
		state: o.running
			? { running: { startedAt: timestamp(NOW) } }
			: o.waiting !== undefined
				? { waiting: { reason: o.waiting } }
				: o.terminated
					? { terminated: { exitCode: o.terminated.exitCode, reason: o.terminated.reason ?? '' } }
					: {},
		lastState:
			o.lastEnded === undefined
				? {}
				: { terminated: { exitCode: 0, finishedAt: timestamp(NOW - o.lastEnded) } }
	});
	const pod = (
		name: string,
		spec: { containers: number; inits?: number },
		st: {
			phase: string;
			reason?: string;
			cs?: Status[];
			init?: Status[];
			ready?: boolean;
			deleting?: boolean;
		}
	) =>
		({
			metadata: {
				name,
				namespace: 'default',
				...(st.deleting ? { deletionTimestamp: timestamp(NOW - 10) } : {})
			},
			spec: {
				containers: Array.from({ length: spec.containers }, (_, i) => ({ name: `c${i}` })),
				...(spec.inits
					? { initContainers: Array.from({ length: spec.inits }, (_, i) => ({ name: `i${i}` })) }
					: {})
			},
			status: {
				phase: st.phase,
				...(st.reason ? { reason: st.reason } : {}),
				...(st.cs ? { containerStatuses: st.cs.map(status) } : {}),
				...(st.init ? { initContainerStatuses: st.init.map(status) } : {}),
				...(st.ready !== undefined
					? { conditions: [{ type: 'Ready', status: st.ready ? 'True' : 'False' }] }
					: {})
			}
		}) as unknown as PodObject;

	const two = { containers: 2 };
	const one = { containers: 1 };
	const cases: [PodObject, string[]][] = [
		[
			pod('test1', two, {
				phase: 'podPhase',
				cs: [{ ready: true, rc: 3, running: true }, { rc: 3 }]
			}),
			['test1', '1/2', 'podPhase', '6', '<unknown>']
		],
		[
			pod('test2', two, {
				phase: 'podPhase',
				cs: [
					{ ready: true, rc: 3, running: true },
					{ waiting: 'ContainerWaitingReason', rc: 3 }
				]
			}),
			['test2', '1/2', 'ContainerWaitingReason', '6', '<unknown>']
		],
		[
			pod('test3', two, {
				phase: 'podPhase',
				cs: [
					{ waiting: 'ContainerWaitingReason', rc: 3 },
					{ terminated: { reason: 'ContainerTerminatedReason', exitCode: 0 }, rc: 3 }
				]
			}),
			['test3', '0/2', 'ContainerWaitingReason', '6', '<unknown>']
		],
		[
			pod('test4', two, {
				phase: 'podPhase',
				cs: [
					{ ready: true, rc: 3, running: true },
					{ ready: true, rc: 3 }
				]
			}),
			['test4', '1/2', 'podPhase', '6', '<unknown>']
		],
		[
			pod('test5', two, {
				phase: 'podPhase',
				reason: 'podReason',
				cs: [
					{ ready: true, rc: 3, running: true },
					{ ready: true, rc: 3 }
				]
			}),
			['test5', '1/2', 'podReason', '6', '<unknown>']
		],
		[
			pod('test6', two, {
				phase: 'Running',
				cs: [
					{ ready: true, rc: 3, terminated: { reason: 'Completed', exitCode: 0 } },
					{ ready: true, rc: 3, running: true }
				]
			}),
			['test6', '1/2', 'NotReady', '6', '<unknown>']
		],
		[
			pod('test6', two, {
				phase: 'Running',
				ready: true,
				cs: [
					{ ready: true, rc: 3, terminated: { reason: 'Completed', exitCode: 0 } },
					{ ready: true, rc: 3, running: true }
				]
			}),
			['test6', '1/2', 'Running', '6', '<unknown>']
		],
		[
			pod(
				'test7',
				{ containers: 1, inits: 1 },
				{
					phase: 'podPhase',
					init: [{ rc: 3, running: true, lastEnded: 10 }],
					cs: [{ waiting: '' }]
				}
			),
			['test7', '0/1', 'Init:0/1', '3 (10s ago)', '<unknown>']
		],
		[
			pod(
				'test8',
				{ containers: 1, inits: 2 },
				{
					phase: 'podPhase',
					init: [{ rc: 3, running: true, lastEnded: 10 }, { waiting: '' }],
					cs: [{ waiting: '' }]
				}
			),
			['test8', '0/1', 'Init:0/2', '3 (10s ago)', '<unknown>']
		],
		[
			pod(
				'test9',
				{ containers: 1, inits: 2 },
				{
					phase: 'podPhase',
					init: [{ terminated: { exitCode: 0 } }, { rc: 3, running: true, lastEnded: 10 }],
					cs: [{ waiting: '' }]
				}
			),
			['test9', '0/1', 'Init:1/2', '3 (10s ago)', '<unknown>']
		],
		[
			pod(
				'test10',
				{ containers: 1, inits: 2 },
				{
					phase: 'podPhase',
					init: [
						{ rc: 2, terminated: { exitCode: 0 }, lastEnded: 120 },
						{ rc: 3, running: true, lastEnded: 10 }
					],
					cs: [{ waiting: '' }]
				}
			),
			['test10', '0/1', 'Init:1/2', '5 (10s ago)', '<unknown>']
		],
		[
			pod(
				'test11',
				{ containers: 1, inits: 1 },
				{
					phase: 'Running',
					init: [{ rc: 2, terminated: { exitCode: 0 }, lastEnded: 120 }],
					cs: [{ rc: 4, running: true, lastEnded: 20 }]
				}
			),
			['test11', '0/1', 'Running', '4 (20s ago)', '<unknown>']
		],
		[
			pod('test12', one, {
				phase: 'Running',
				cs: [{ ready: true, rc: 3, running: true, lastEnded: 5 * 86400 }]
			}),
			['test12', '1/1', 'Running', '3 (5d ago)', '<unknown>']
		],
		[
			pod('test13', two, {
				phase: 'Running',
				cs: [
					{ ready: true, running: true },
					{ ready: true, rc: 3, running: true, lastEnded: 10 * 86400 }
				]
			}),
			['test13', '2/2', 'Running', '3 (10d ago)', '<unknown>']
		],
		[
			pod('test14', two, {
				phase: 'Running',
				cs: [
					{ ready: true, rc: 6, running: true, lastEnded: 5 * 86400 },
					{ ready: true, rc: 3, running: true, lastEnded: 20 * 86400 }
				]
			}),
			['test14', '2/2', 'Running', '9 (5d ago)', '<unknown>']
		],
		[
			pod('test16', one, {
				phase: 'Succeeded',
				cs: [{ terminated: { reason: 'Completed', exitCode: 0 } }]
			}),
			['test16', '0/1', 'Completed', '0', '<unknown>']
		],
		[
			pod('test17', one, {
				phase: 'Failed',
				cs: [{ terminated: { reason: 'Error', exitCode: 1 } }]
			}),
			['test17', '0/1', 'Error', '0', '<unknown>']
		],
		[
			pod('test18', one, {
				phase: 'Succeeded',
				deleting: true,
				cs: [{ terminated: { reason: 'Completed', exitCode: 0 } }]
			}),
			['test18', '0/1', 'Completed', '0', '<unknown>']
		],
		[
			pod('test19', one, { phase: 'Running', deleting: true, cs: [{ running: true }] }),
			['test19', '0/1', 'Terminating', '0', '<unknown>']
		],
		[
			pod('test20', one, { phase: 'Pending', deleting: true }),
			['test20', '0/1', 'Terminating', '0', '<unknown>']
		]
	];
	it.each(cases)('%#: NAME READY STATUS RESTARTS AGE', (p, row) => {
		expect(getPodsWideRow(p, NOW).slice(0, 5)).toEqual(row);
	});
});

describe('pkg/printers/internalversion/printers_test.go TestPrintNodeStatus, TestPrintNodeRole', () => {
	/** a cluster of one stored Node, as printNode reads it */
	const nodeRow = (
		conditions: { type?: string; status?: string }[],
		unschedulable = false,
		labels: Record<string, string> = {}
	) => {
		const etcd = createStore();
		const node = {
			metadata: { name: 'foo', labels },
			spec: unschedulable ? { unschedulable } : {},
			status: { conditions }
		};
		put(etcd, '/registry/minions/foo', JSON.stringify(node));
		// printNode reads the Node as stored: the simulation's own model of it says nothing here
		const model = { name: 'foo', unschedulable: false, labels: {} } as unknown as NodeModel;
		const state = { seed: '', nodes: [model], etcd, clock: 0, eventSeq: 0 } as ClusterState;
		return getNodesRow(state, 'foo').slice(1, 3);
	};
	it.each([
		['foo1', [{ type: 'Ready', status: 'True' }], false, 'Ready'],
		['foo2', [{ type: 'Ready', status: 'True' }], true, 'Ready,SchedulingDisabled'],
		[
			'foo3',
			[
				{ type: 'Ready', status: 'True' },
				{ type: 'Ready', status: 'True' }
			],
			false,
			'Ready'
		],
		['foo4', [{ type: 'Ready', status: 'False' }], false, 'NotReady'],
		['foo5', [{ type: 'Ready', status: 'False' }], true, 'NotReady,SchedulingDisabled'],
		['foo6', [{ type: 'InvalidValue', status: 'True' }], false, 'Unknown'],
		['foo7', [{}], false, 'Unknown'],
		['foo8', [{ type: 'InvalidValue', status: 'True' }], true, 'Unknown,SchedulingDisabled'],
		['foo9', [{}], true, 'Unknown,SchedulingDisabled']
	])('%s: STATUS %s', (_, conditions, unschedulable, want) => {
		expect(nodeRow(conditions, unschedulable)).toEqual([want, '<none>']);
	});

	it('ROLES: every node-role.kubernetes.io/ key and kubernetes.io/role, sorted; else <none>', () => {
		const ready = [{ type: 'Ready', status: 'True' }];
		expect(nodeRow(ready, false, {})[1]).toBe('<none>');
		expect(
			nodeRow(ready, false, {
				'node-role.kubernetes.io/master': '',
				'node-role.kubernetes.io/control-plane': '',
				'node-role.kubernetes.io/proxy': '',
				'kubernetes.io/role': 'node'
			})[1]
		).toBe('control-plane,master,node,proxy');
		expect(nodeRow(ready, false, { 'kubernetes.io/role': 'node' })[1]).toBe('node');
	});
});

describe('staging/src/k8s.io/kubectl/pkg/describe/describe_test.go', () => {
	it('TestDescribePodTolerations: each toleration as printTolerationsMultilineWithIndent writes it', () => {
		const tolerations: Toleration[] = [
			{ operator: 'Exists' },
			{ effect: 'NoSchedule', operator: 'Exists' },
			{ key: 'key0', operator: 'Exists' },
			{ key: 'key1', value: 'value1' },
			{ key: 'key2', operator: 'Equal', value: 'value2', effect: 'NoSchedule' },
			{ key: 'key3', value: 'value3', effect: 'NoExecute', tolerationSeconds: 300 },
			{ key: 'key4', effect: 'NoExecute', tolerationSeconds: 60 }
		];
		expect(tolerationLines(tolerations).map((l) => l.split('\t')[1])).toEqual([
			'op=Exists',
			':NoSchedule op=Exists',
			'key0 op=Exists',
			'key1=value1',
			'key2=value2:NoSchedule',
			'key3=value3:NoExecute for 300s',
			'key4:NoExecute for 60s'
		]);
	});

	it('TestDescribeDeployment: an event seen again reads "<last> (x<count> over <first>)"', () => {
		const NOW = 10_000;
		const event = (at: number, last: number, count: number) =>
			({
				type: 'Normal',
				reason: 'ScalingReplicaSet',
				from: 'deployment-controller',
				message: 'Scaled up replica set bar-002 to 1',
				at: NOW - at,
				last: NOW - last,
				count,
				involved: 'default/bar'
			}) as KubeEvent;
		expect(eventRow(event(20 * 60, 12 * 60, 3), NOW)[2]).toBe('12m (x3 over 20m)');
		expect(eventRow(event(10 * 60, 10 * 60, 1), NOW)[2]).toBe('10m');
		expect(eventRow(event(2 * 60, 2 * 60, 1), NOW)[2]).toBe('2m');
		// one minute is still counted in seconds (HumanDuration below 2m)
		expect(eventRow(event(60, 60, 1), NOW)[2]).toBe('60s');
		expect(eventRow(event(15, 15, 1), NOW)[2]).toBe('15s');
	});
});

describe('staging/src/k8s.io/client-go/tools/record/events_cache_test.go TestEventCorrelator', () => {
	// Left out: the cases where ten similar events (same reason, other messages) within ten
	// minutes are combined into "(combined from similar events): …". No flow has one object's
	// component say ten different things for one reason; the simulation does not aggregate.
	const fresh = () => {
		const state = createCluster(1, 'kubestep');
		const pod = listPods(state).find((p) => p.metadata.namespace === 'default')!;
		const say = (message: string, container = 'mycontainer') =>
			recordEvent(
				state,
				pod,
				{ component: 'kubelet', host: 'node-1' },
				'Normal',
				'duplicate',
				message,
				container
			);
		const stored = (kv: { value: string }) =>
			JSON.parse(kv.value) as {
				count: number;
				firstTimestamp: string;
				lastTimestamp: string;
				metadata: { name: string };
			};
		return { state, say, stored };
	};

	it('the-same-event-should-just-count: count 2, last seen after first seen, one stored event', () => {
		const { state, say, stored } = fresh();
		const first = stored(say('me again'));
		state.clock += 5;
		const second = stored(say('me again'));
		expect(second.count).toBe(2);
		expect(second.metadata.name).toBe(first.metadata.name);
		expect(second.lastTimestamp).not.toBe(second.firstTimestamp);
	});

	it('the-same-event-should-just-count-even-if-more-than-aggregate: eleven times is count 11', () => {
		const { state, say, stored } = fresh();
		let last = stored(say('me again'));
		for (let i = 0; i < 10; i++) {
			state.clock += 30;
			last = stored(say('me again'));
		}
		expect(last.count).toBe(11);
	});

	it('create-many-unique-events and events-from-different-containers-do-not-aggregate', () => {
		const { say, stored } = fresh();
		const names = new Set(
			Array.from({ length: 30 }, (_, i) => stored(say(`unique ${i}`)).metadata.name)
		);
		expect(names.size).toBe(30);
		expect(stored(say('similar message', 'container1')).count).toBe(1);
		expect(stored(say('similar message', 'container2')).count).toBe(1);
	});
});

/** A scheduler snapshot node: allocatable in milli-CPU and bytes, the pods bound to it. */
function info(
	name: string,
	cpu: number,
	memory: number,
	pods: PodObject[] = [],
	extra: Partial<NodeModel> = {}
): NodeInfo {
	return {
		node: {
			name,
			labels: {},
			allocatable: { cpu, memory, pods: 110 },
			podCIDR: '',
			address: '',
			unschedulable: false,
			taints: [],
			images: {},
			...extra
		},
		pods
	};
}

/** A pod of containers with these requests (milli-CPU, bytes); `null` leaves the request out. */
function requesting(...containers: [number | null, number | null][]): PodObject {
	return {
		metadata: { name: 'p', namespace: 'default' },
		spec: {
			containers: containers.map(([cpu, memory], i) => ({
				name: `c${i}`,
				image: 'x',
				requests: {
					...(cpu === null ? {} : { cpu }),
					...(memory === null ? {} : { memory })
				}
			}))
		},
		status: { phase: 'Pending' }
	} as unknown as PodObject;
}
const noContainers = requesting();

describe('pkg/scheduler/framework/plugins/noderesources/least_allocated_test.go TestLeastAllocatedScoringStrategy', () => {
	// Left out: custom resource weights, invalid weights and extended resources (the simulation
	// scores cpu and memory with the default weight 1 each). st.MakeNode().Capacity reads "4000"
	// as 4000 cores; makePod's requests are in cores too.
	const big = requesting([1000 * CORES, 2000], [2000 * CORES, 3000]);
	const cpuOnly = requesting([3000 * CORES, 0]);
	const cpuAndMemory = requesting([3000 * CORES, 5000]);
	it.each([
		[
			'nothing scheduled, nothing requested',
			noContainers,
			[info('n1', 4000 * CORES, 10000), info('n2', 4000 * CORES, 10000)],
			[100, 100]
		],
		[
			// st.MakePod().Obj() has no containers, so no non-zero defaults are added either
			'no resources requested, pods scheduled',
			noContainers,
			[
				info('n1', 4000 * CORES, 10000, [noContainers, noContainers]),
				info('n2', 4000 * CORES, 10000, [noContainers, noContainers])
			],
			[100, 100]
		],
		[
			'nothing scheduled, resources requested, differently sized nodes',
			big,
			[info('n1', 4000 * CORES, 10000), info('n2', 6000 * CORES, 10000)],
			[37, 50]
		],
		[
			'no resources requested, pods scheduled with resources',
			noContainers,
			[
				info('n1', 10000 * CORES, 20000, [cpuOnly, cpuOnly]),
				info('n2', 10000 * CORES, 20000, [cpuOnly, cpuAndMemory])
			],
			[70, 57]
		],
		[
			'resources requested, pods scheduled with resources',
			big,
			[
				info('n1', 10000 * CORES, 20000, [cpuOnly]),
				info('n2', 10000 * CORES, 20000, [cpuAndMemory])
			],
			[57, 45]
		],
		[
			'resources requested, pods scheduled with resources, differently sized nodes',
			big,
			[
				info('n1', 10000 * CORES, 20000, [cpuOnly]),
				info('n2', 10000 * CORES, 50000, [cpuAndMemory])
			],
			[57, 60]
		],
		[
			'requested resources exceed node capacity',
			requesting([3000 * CORES, 0]),
			[info('n1', 4000 * CORES, 10000, [cpuOnly]), info('n2', 4000 * CORES, 10000, [cpuAndMemory])],
			[50, 25]
		],
		[
			'zero node resources, pods scheduled with resources',
			noContainers,
			[info('n1', 0, 0, [cpuOnly]), info('n2', 0, 0, [cpuAndMemory])],
			[0, 0]
		]
	] as const)('%s', (_, pod, nodes, want) => {
		expect(nodes.map((n) => leastAllocatedScore(pod, n))).toEqual(want);
	});

	it('a resource the node has none of is left out of the average (resource_allocation.go)', () => {
		// cpu allocatable 0: only memory counts, (10000-5000)*100/10000 = 50, not (0+50)/2
		expect(leastAllocatedScore(requesting([null, 5000]), info('n', 0, 10000))).toBe(50);
	});
});

describe('pkg/scheduler/framework/plugins/noderesources/balanced_allocation_test.go TestNodeResourcesBalancedAllocation', () => {
	// Left out: the scalar (nvidia.com/gpu) and DRA extended-resource cases, and the "PreScore not
	// called" repeats of a case above (the simulation has cpu and memory only, and one Score path).
	const cpuOnly = requesting([1000, 0], [2000, 0]);
	const cpuAndMemory = requesting([1000, 2000], [2000, 3000]);
	it('nothing scheduled, nothing requested, skip in PreScore', () => {
		// a best-effort pod: PreScore returns Skip (PR #130260), so Score never runs for it
		expect(balancedAllocationSkips(noContainers)).toBe(true);
		expect(balancedAllocationSkips(cpuAndMemory)).toBe(false);
	});
	it.each([
		[
			'nothing scheduled, resources requested, differently sized nodes',
			cpuAndMemory,
			[info('n1', 4000, 10000), info('n2', 6000, 10000)],
			[87, 100]
		],
		[
			'resources requested, pods scheduled with resources',
			cpuAndMemory,
			[info('n1', 10000, 20000, [cpuOnly]), info('n2', 10000, 20000, [cpuAndMemory])],
			[82, 95]
		],
		[
			'resources requested, pods scheduled with resources, differently sized nodes',
			cpuAndMemory,
			[info('n1', 10000, 20000, [cpuOnly]), info('n2', 10000, 50000, [cpuAndMemory])],
			[82, 80]
		],
		[
			'requested resources at node capacity',
			cpuOnly,
			[info('n1', 6000, 10000, [cpuOnly]), info('n2', 6000, 10000, [cpuAndMemory])],
			[50, 75]
		]
	] as const)('%s', (_, pod, nodes, want) => {
		expect(balancedAllocationSkips(pod)).toBe(false);
		expect(nodes.map((n) => balancedAllocationScore(pod, n))).toEqual(want);
	});
});

describe('pkg/scheduler/framework/plugins/tainttoleration/taint_toleration_test.go TestTaintTolerationScore', () => {
	const prefer = (key: string, value: string): Taint => ({
		key,
		value,
		effect: 'PreferNoSchedule'
	});
	const tolerate = (key: string, value: string, effect: Taint['effect']): Toleration => ({
		key,
		operator: 'Equal',
		value,
		effect
	});
	const withTolerations = (tolerations: Toleration[]) =>
		({ ...noContainers, spec: { ...noContainers.spec, tolerations } }) as PodObject;
	const scores = (pod: PodObject, taints: Taint[][]) =>
		defaultNormalizeScore(
			taints.map((t) =>
				intolerablePreferNoScheduleCount(pod, info('n', 1, 1, [], { taints: t }).node)
			),
			true
		);
	it('a node whose taints are tolerated scores higher than one with intolerable taints', () => {
		const pod = withTolerations([tolerate('foo', 'bar', 'PreferNoSchedule')]);
		expect(scores(pod, [[prefer('foo', 'bar')], [prefer('foo', 'blah')]])).toEqual([100, 0]);
	});
	it('nodes whose taints are all tolerated score the same, however many they have', () => {
		const pod = withTolerations([
			tolerate('cpu-type', 'arm64', 'PreferNoSchedule'),
			tolerate('disk-type', 'ssd', 'PreferNoSchedule')
		]);
		expect(
			scores(pod, [
				[],
				[prefer('cpu-type', 'arm64')],
				[prefer('cpu-type', 'arm64'), prefer('disk-type', 'ssd')]
			])
		).toEqual([100, 100, 100]);
	});
	it('the more intolerable taints a node has, the lower it scores', () => {
		const pod = withTolerations([tolerate('foo', 'bar', 'PreferNoSchedule')]);
		expect(
			scores(pod, [
				[],
				[prefer('cpu-type', 'arm64')],
				[prefer('cpu-type', 'arm64'), prefer('disk-type', 'ssd')]
			])
		).toEqual([100, 50, 0]);
	});
	it('only PreferNoSchedule taints and tolerations take part', () => {
		const pod = withTolerations([
			tolerate('cpu-type', 'arm64', 'NoSchedule'),
			tolerate('disk-type', 'ssd', 'NoSchedule')
		]);
		expect(
			scores(pod, [
				[],
				[{ key: 'cpu-type', value: 'arm64', effect: 'NoSchedule' }],
				[prefer('cpu-type', 'arm64'), prefer('disk-type', 'ssd')]
			])
		).toEqual([100, 100, 0]);
	});
	it('no taints and no tolerations: the node without taints wins', () => {
		expect(scores(withTolerations([]), [[], [prefer('cpu-type', 'arm64')]])).toEqual([100, 0]);
	});
});

describe('pkg/scheduler/framework/plugins/imagelocality/image_locality_test.go TestImageLocalityPriority', () => {
	const images = (...sizes: [string, number][]) =>
		Object.fromEntries(sizes.map(([name, mb]) => [name, mb * MB]));
	const node403002000 = images(
		['gcr.io/40:latest', 40],
		['gcr.io/300:latest', 300],
		['gcr.io/2000:latest', 2000]
	);
	const node25010 = images(['gcr.io/250:latest', 250], ['gcr.io/10:latest', 10]);
	const node60040900 = images(
		['gcr.io/600:latest', 600],
		['gcr.io/40:latest', 40],
		['gcr.io/900:latest', 900]
	);
	const node300600900 = images(
		['gcr.io/300:latest', 300],
		['gcr.io/600:latest', 600],
		['gcr.io/900:latest', 900]
	);
	const node400030 = images(['gcr.io/4000:latest', 4000], ['gcr.io/30:latest', 30]);
	const node203040 = images(
		['gcr.io/20:latest', 20],
		['gcr.io/30:latest', 30],
		['gcr.io/40:latest', 40]
	);
	const podOf = (imageNames: string[], inits: string[] = []) =>
		({
			metadata: { name: 'p', namespace: 'default' },
			spec: {
				containers: imageNames.map((image, i) => ({ name: `c${i}`, image })),
				...(inits.length
					? { initContainers: inits.map((image, i) => ({ name: `i${i}`, image })) }
					: {})
			},
			status: { phase: 'Pending' }
		}) as unknown as PodObject;
	const run = (pod: PodObject, nodeImages: Record<string, number>[]) => {
		const nodes = nodeImages.map((imgs, i) => info(`n${i}`, 1, 1, [], { images: imgs }));
		return nodes.map((n) => imageLocalityScore(pod, n, nodes));
	};
	it.each([
		[
			'two images spread on two nodes, prefer the larger image one',
			podOf(['gcr.io/40', 'gcr.io/250']),
			[node403002000, node25010],
			[0, 5]
		],
		[
			'two images on one node, prefer this node',
			podOf(['gcr.io/40', 'gcr.io/300']),
			[node403002000, node25010],
			[7, 0]
		],
		[
			'if exceed limit, use limit',
			podOf(['gcr.io/10', 'gcr.io/4000']),
			[node400030, node25010],
			[100, 0]
		],
		[
			'if exceed limit, use limit (with node which has no images present)',
			podOf(['gcr.io/10', 'gcr.io/4000']),
			[node400030, node25010, {}],
			[66, 0, 0]
		],
		[
			'pod with multiple large images, node2 is preferred',
			podOf(['gcr.io/300', 'gcr.io/600', 'gcr.io/900']),
			[node60040900, node300600900, {}],
			[32, 36, 0]
		],
		[
			'include InitContainers: two images spread on two nodes, prefer the larger image one',
			podOf(['gcr.io/30'], ['gcr.io/300']),
			[node403002000, node203040],
			[6, 0]
		]
	] as const)('%s', (_, pod, nodeImages, want) => {
		expect(run(pod, [...nodeImages])).toEqual(want);
	});
});

describe('pkg/proxy/iptables/proxier_test.go TestSyncProxyRulesRepeated', () => {
	// NewFakeProxier: pod CIDR 10.0.0.0/8 for the local detector, mark 0x4000, localhostNodePorts
	// and nfacct on; the test compares kube-proxy's restore input, tables and chains sorted as
	// sortIPTablesRules does, which is the order proxyRules writes
	it('the first sync of two ClusterIP Services with one endpoint each', () => {
		const svc1 = makeService('ns1', 'svc1', '172.30.0.41', [
			{ name: 'p80', port: 80, targetPort: 80 }
		]);
		const svc2 = makeService('ns2', 'svc2', '172.30.0.42', [
			{ name: 'p8080', port: 8080, targetPort: 8080 }
		]);
		const slices = [
			makeSlice(
				'ns1',
				'svc1',
				['10.0.1.1'],
				[{ name: 'p80', protocol: 'TCP', port: 80 }],
				'svc1-1'
			),
			makeSlice(
				'ns2',
				'svc2',
				['10.0.2.1'],
				[{ name: 'p8080', protocol: 'TCP', port: 8080 }],
				'svc2-1'
			)
		];
		const rules = proxyRules([svc1, svc2], slices, { clusterCIDR: '10.0.0.0/8' });
		expect(restoreText(rules)).toBe(`*filter
:KUBE-NODEPORTS - [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-EXTERNAL-SERVICES - [0:0]
:KUBE-FIREWALL - [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
-A KUBE-FIREWALL -m comment --comment "block incoming localnet connections" -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
-A KUBE-FORWARD -m conntrack --ctstate INVALID -m nfacct --nfacct-name ct_state_invalid_dropped_pkts -j DROP
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
COMMIT
*nat
:KUBE-NODEPORTS - [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-SEP-SNQ3ZNILQDEJNDQO - [0:0]
:KUBE-SEP-UHEGFW77JX3KXTOV - [0:0]
:KUBE-SVC-2VJB64SDSIJUP5T6 - [0:0]
:KUBE-SVC-XPGD46QRK7WJZT7O - [0:0]
-A KUBE-SERVICES -m comment --comment "ns1/svc1:p80 cluster IP" -m tcp -p tcp -d 172.30.0.41 --dport 80 -j KUBE-SVC-XPGD46QRK7WJZT7O
-A KUBE-SERVICES -m comment --comment "ns2/svc2:p8080 cluster IP" -m tcp -p tcp -d 172.30.0.42 --dport 8080 -j KUBE-SVC-2VJB64SDSIJUP5T6
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE
-A KUBE-SEP-SNQ3ZNILQDEJNDQO -m comment --comment ns1/svc1:p80 -s 10.0.1.1 -j KUBE-MARK-MASQ
-A KUBE-SEP-SNQ3ZNILQDEJNDQO -m comment --comment ns1/svc1:p80 -m tcp -p tcp -j DNAT --to-destination 10.0.1.1:80
-A KUBE-SEP-UHEGFW77JX3KXTOV -m comment --comment ns2/svc2:p8080 -s 10.0.2.1 -j KUBE-MARK-MASQ
-A KUBE-SEP-UHEGFW77JX3KXTOV -m comment --comment ns2/svc2:p8080 -m tcp -p tcp -j DNAT --to-destination 10.0.2.1:8080
-A KUBE-SVC-2VJB64SDSIJUP5T6 -m comment --comment "ns2/svc2:p8080 cluster IP" -m tcp -p tcp -d 172.30.0.42 --dport 8080 ! -s 10.0.0.0/8 -j KUBE-MARK-MASQ
-A KUBE-SVC-2VJB64SDSIJUP5T6 -m comment --comment "ns2/svc2:p8080 -> 10.0.2.1:8080" -j KUBE-SEP-UHEGFW77JX3KXTOV
-A KUBE-SVC-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 cluster IP" -m tcp -p tcp -d 172.30.0.41 --dport 80 ! -s 10.0.0.0/8 -j KUBE-MARK-MASQ
-A KUBE-SVC-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 -> 10.0.1.1:80" -j KUBE-SEP-SNQ3ZNILQDEJNDQO
COMMIT
`);
	});

	it('a later Service with two endpoints: 1/2, then the rest (the partial sync’s SVC chain)', () => {
		const svc3 = makeService('ns3', 'svc3', '172.30.0.43', [
			{ name: 'p80', port: 80, targetPort: 80 }
		]);
		const slice = makeSlice(
			'ns3',
			'svc3',
			['10.0.3.2', '10.0.3.3'],
			[{ name: 'p80', protocol: 'TCP', port: 80 }]
		);
		const text = restoreText(proxyRules([svc3], [slice], { clusterCIDR: '10.0.0.0/8' }));
		expect(text).toContain(
			'-A KUBE-SVC-X27LE4BHSL4DOUIK -m comment --comment "ns3/svc3:p80 -> 10.0.3.2:80" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-DKCFIS26GWF2WLWC\n-A KUBE-SVC-X27LE4BHSL4DOUIK -m comment --comment "ns3/svc3:p80 -> 10.0.3.3:80" -j KUBE-SEP-JVVZVJ7BSEPPRNBS\n'
		);
	});
});
