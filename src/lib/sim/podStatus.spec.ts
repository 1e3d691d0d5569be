import { describe, expect, it } from 'vitest';
import type { ContainerSpec, ContainerState, ContainerStatus, PodObject } from './model';
import {
	bind,
	displayStatus,
	markUnschedulable,
	prepareForCreate,
	qosClass,
	sandboxReady,
	setCondition,
	waiting
} from './podStatus';
import { runningContainer } from './containerStatus';

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

describe('generations since v1.33 (PodObservedGenerationTracking, beta in v1.34)', () => {
	const created = () => {
		const pod = {
			apiVersion: 'v1',
			kind: 'Pod',
			metadata: { name: 'p', namespace: 'default', uid: 'u', creationTimestamp: 't' },
			spec: { containers: [c({ cpu: 100 })] },
			status: { phase: 'Running' }
		} as PodObject;
		prepareForCreate(pod);
		return pod;
	};
	const gen = (x: object) => (x as { observedGeneration?: number }).observedGeneration;

	it('PrepareForCreate: generation 1, a status of phase and QoS class only', () => {
		const pod = created();
		expect((pod.metadata as { generation?: number }).generation).toBe(1);
		expect(pod.status).toEqual({ phase: 'Pending', qosClass: 'Burstable' });
	});

	it('the binding writes PodScheduled without a generation; the kubelet stamps its conditions and the status', () => {
		const pod = created();
		bind(pod, 'node-1', 0);
		expect(gen(pod.status.conditions![0])).toBeUndefined();
		sandboxReady(pod, '10.244.1.5', 1);
		expect(gen(pod.status)).toBe(1);
		expect(pod.status.conditions!.map((x) => [x.type, gen(x)])).toEqual([
			['PodScheduled', 1],
			['PodReadyToStartContainers', 1]
		]);
	});

	it('the scheduler’s PodScheduled=False carries the generation it saw', () => {
		const pod = created();
		markUnschedulable(pod, '0/3 nodes are available', 0);
		expect(gen(pod.status.conditions![0])).toBe(1);
		expect(gen(pod.status)).toBeUndefined();
	});

	it('a pod without a generation gets no observedGeneration', () => {
		const pod = created();
		delete (pod.metadata as { generation?: number }).generation;
		setCondition(pod, 'Ready', true, 0);
		expect(gen(pod.status)).toBeUndefined();
		expect(gen(pod.status.conditions![0])).toBeUndefined();
	});
});

describe('a running container’s status reports its resources (InPlacePodVerticalScaling, beta since v1.33)', () => {
	const run = { containerID: 'containerd://1', imageID: 'i', startedAt: 0 };
	const resources = (s: object) => (s as { resources?: object }).resources;

	it('the allocated requests and limits, as quantities; requests defaulted from limits', () => {
		const status = runningContainer(c({ cpu: 250 }, { memory: 128 * 1024 * 1024 }), run);
		expect(resources(status)).toEqual({
			limits: { memory: '128Mi' },
			requests: { cpu: '250m', memory: '128Mi' }
		});
		expect('allocatedResources' in status).toBe(false);
	});

	it('`{}` for a container that asks for nothing; none while it waits to be created', () => {
		expect(resources(runningContainer(c(), run))).toEqual({});
		expect(resources(waiting(c(), 'ContainerCreating'))).toBeUndefined();
	});
});
