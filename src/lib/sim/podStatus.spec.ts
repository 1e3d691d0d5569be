import { describe, expect, it } from 'vitest';
import type { ContainerSpec, ContainerState, ContainerStatus, PodObject } from './model';
import { displayStatus, qosClass } from './podStatus';

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

describe('kubectl get pods STATUS (printers.go printPod)', () => {
	const status = (name: string, state: ContainerState, ready = false): ContainerStatus => ({
		name,
		image: 'x',
		imageID: '',
		ready,
		started: ready,
		restartCount: 0,
		state
	});
	const running = { running: { startedAt: '' } };
	const podInitializing = { waiting: { reason: 'PodInitializing' } };
	const withInits = (p: Pick<PodObject, 'metadata' | 'status'>, inits: ContainerStatus[]) => ({
		...p,
		status: { ...p.status, phase: 'Pending' as const, initContainerStatuses: inits }
	});
	const completed = { terminated: { reason: 'Completed', exitCode: 0 } };
	const pod = (
		statuses: ContainerStatus[],
		over: {
			ready?: boolean;
			phase?: PodObject['status']['phase'];
			reason?: string;
			deleting?: boolean;
			initialized?: boolean;
		} = {}
	): Pick<PodObject, 'metadata' | 'status'> => ({
		metadata: {
			name: 'p',
			namespace: 'default',
			uid: '',
			creationTimestamp: '',
			...(over.deleting ? { deletionTimestamp: '2024-01-01T00:00:00Z' } : {})
		},
		status: {
			phase: over.phase ?? 'Running',
			...(over.reason ? { reason: over.reason } : {}),
			conditions: [
				{ type: 'Ready', status: over.ready ? 'True' : 'False', lastProbeTime: null },
				...(over.initialized
					? [{ type: 'Initialized' as const, status: 'True' as const, lastProbeTime: null }]
					: [])
			],
			containerStatuses: statuses
		}
	});
	it.each<[string, Pick<PodObject, 'metadata' | 'status'>, string]>([
		['every container running', pod([status('a', running, true)], { ready: true }), 'Running'],
		[
			'the first container’s reason wins',
			pod([
				status('a', { waiting: { reason: 'ImagePullBackOff' } }),
				status('b', { waiting: { reason: 'CrashLoopBackOff' } })
			]),
			'ImagePullBackOff'
		],
		[
			'a Completed container beside a running one, pod not Ready: NotReady',
			pod([status('a', running, true), status('b', completed)]),
			'NotReady'
		],
		[
			'a Completed container beside a running one, pod Ready: Running',
			pod([status('a', running, true), status('b', completed)], { ready: true }),
			'Running'
		],
		['Completed alone', pod([status('a', completed)]), 'Completed'],
		[
			'a termination without a reason: its exit code',
			pod([status('a', { terminated: { reason: '', exitCode: 137 } })]),
			'ExitCode:137'
		],
		[
			'the pod’s reason stands for its phase',
			pod([], { phase: 'Failed', reason: 'OutOfcpu' }),
			'OutOfcpu'
		],
		['being deleted', pod([status('a', running, true)], { deleting: true }), 'Terminating'],
		[
			'being deleted, phase already Failed',
			pod([], { deleting: true, phase: 'Failed', reason: 'OutOfcpu' }),
			'OutOfcpu'
		],
		['deleted on a lost node', pod([], { deleting: true, reason: 'NodeLost' }), 'Unknown'],
		// the init containers first (printPod's loop over InitContainerStatuses)
		[
			'an init container running, the second of two',
			withInits(pod([status('a', podInitializing)]), [
				status('i1', completed, true),
				status('i2', running)
			]),
			'Init:1/2'
		],
		[
			'an init container waiting with PodInitializing counts as not started',
			withInits(pod([status('a', podInitializing)]), [status('i1', podInitializing)]),
			'Init:0/1'
		],
		[
			'an init container waiting with a reason of its own',
			withInits(pod([status('a', podInitializing)]), [
				status('i1', { waiting: { reason: 'CrashLoopBackOff' } })
			]),
			'Init:CrashLoopBackOff'
		],
		[
			'an init container that failed, with and without a reason',
			withInits(pod([status('a', podInitializing)]), [
				status('i1', { terminated: { reason: '', exitCode: 2 } })
			]),
			'Init:ExitCode:2'
		],
		[
			'every init container done: the containers’ reasons',
			withInits(pod([status('a', podInitializing)], { initialized: true }), [
				status('i1', completed, true)
			]),
			'PodInitializing'
		]
	])('%s → %s', (_, p, want) => {
		expect(displayStatus(p)).toBe(want);
	});
});
