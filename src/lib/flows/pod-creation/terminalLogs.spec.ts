import { describe, expect, it } from 'vitest';
import { complete, runLine } from '$lib/sim/cli/shell';
import type { Chunk } from '$lib/sim/cli/output';
import type { Step } from '$lib/flows/types';
import { containerScenario } from './containers';
import { defaultPodScenario, type PodScenario } from './scenario';
import { podCreationTimeline } from './timeline';

const timeline = (over: Partial<PodScenario> = {}) =>
	podCreationTimeline({ ...defaultPodScenario, ...over });
const at = (steps: Step[], id: string) => steps.find((s) => s.id === id)!;
/** what a command printed: each stream's text, each note's id */
const answer = (step: Step, line: string) =>
	runLine(line, step.snapshot).chunks.map((c: Chunk) =>
		'stream' in c ? `${c.stream}: ${c.text}` : 'note' in c ? `note: ${c.note}` : '?'
	);

describe('kubectl logs: what the apiserver and the kubelet answer at each step', () => {
	const { steps } = timeline();

	it('a pod on no node yet has no logs and no error (LogLocation’s empty location)', () => {
		expect(answer(at(steps, 'persistPod'), 'kubectl logs nginx')).toEqual([]);
	});

	it('a container the kubelet is still creating: the kubelet’s refusal, as kubectl prints it', () => {
		expect(answer(at(steps, 'runSandbox'), 'kubectl logs nginx')).toEqual([
			'err: Error from server (BadRequest): container "nginx" in pod "nginx" is waiting to start: ContainerCreating'
		]);
		// bound, but no status from the kubelet yet
		expect(answer(at(steps, 'watchPodBound'), 'kubectl logs nginx')).toEqual([
			'err: Error from server (BadRequest): container "nginx" in pod "nginx" is not available'
		]);
	});

	it('a running container has a log; what its process writes is not simulated, and the answer says so', () => {
		expect(answer(steps.at(-1)!, 'kubectl logs nginx')).toEqual(['note: logsUnknown']);
		expect(answer(steps.at(-1)!, 'kubectl logs pod/nginx -c nginx --tail=20')).toEqual([
			'note: logsUnknown'
		]);
		expect(answer(steps.at(-1)!, 'kubectl logs nginx -p')).toEqual([
			'err: Error from server (BadRequest): previous terminated container "nginx" in pod "nginx" not found'
		]);
	});

	it('kubectl’s own refusals: usage, a pod not found, a container the pod lacks, flags together', () => {
		const end = steps.at(-1)!;
		expect(answer(end, 'kubectl logs')).toEqual([
			"err: error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples"
		]);
		expect(answer(end, 'kubectl logs web')).toEqual([
			'err: Error from server (NotFound): pods "web" not found'
		]);
		expect(answer(end, 'kubectl logs nginx -c log')).toEqual([
			'err: error: container log is not valid for pod nginx'
		]);
		expect(answer(end, 'kubectl logs nginx nginx -c nginx')).toEqual([
			'err: error: only one of -c or an inline [CONTAINER] arg is allowed'
		]);
		expect(answer(end, 'kubectl logs nginx --all-containers -c nginx')).toEqual([
			'err: error: --all-containers=true should not be specified with container name nginx'
		]);
		expect(answer(end, 'kubectl logs nginx --tail=x')[0]).toContain(
			'invalid argument "x" for "--tail" flag'
		);
		expect(answer(end, 'kubectl logs nginx --tail=-2')).toEqual([
			'err: error: --tail must be greater than or equal to -1'
		]);
		expect(answer(end, 'kubectl logs deployment/web')).toEqual(['note: notModelled']);
		expect(answer(end, 'kubectl logs -l run=nginx')).toEqual(['note: logsUnknown']);
		expect(answer(end, 'kubectl logs -l app=none')).toEqual([
			'err: No resources found in default namespace.'
		]);
	});
});

describe('kubectl logs of a pod that did not start', () => {
	it('a failed pull: image can’t be pulled, then trying and failing', () => {
		const { steps } = timeline({ image: 'nginx:9.9' });
		expect(answer(at(steps, 'reportPullError'), 'kubectl logs nginx')).toEqual([
			'err: Error from server (BadRequest): container "nginx" in pod "nginx" is waiting to start: image can\'t be pulled'
		]);
		expect(answer(steps.at(-1)!, 'kubectl logs nginx')).toEqual([
			'err: Error from server (BadRequest): container "nginx" in pod "nginx" is waiting to start: trying and failing to pull image'
		]);
	});

	it('a crash loop: the last run’s log, empty for busybox’s sh, and -p reads it too', () => {
		const { steps } = timeline({ image: 'busybox:1.36' });
		expect(answer(steps.at(-1)!, 'kubectl logs nginx')).toEqual(['note: logsEmpty']);
		expect(answer(steps.at(-1)!, 'kubectl logs nginx --previous')).toEqual(['note: logsEmpty']);
		// before the restart there is no previous run
		expect(answer(at(steps, 'containerExit'), 'kubectl logs nginx -p')).toEqual([
			'err: Error from server (BadRequest): previous terminated container "nginx" in pod "nginx" not found'
		]);
	});

	it('busybox given a command of its own runs it: its output is not known, so no empty log is claimed', () => {
		const { steps } = timeline({ image: 'busybox:1.36', args: ['sleep', '3600'] });
		expect(answer(steps.at(-1)!, 'kubectl logs nginx')).toEqual(['note: logsUnknown']);
	});

	it('a node the cluster does not have: the apiserver cannot find it', () => {
		const { steps } = timeline({ nodeName: 'node-9' });
		expect(answer(at(steps, 'awaitingNode'), 'kubectl logs nginx')).toEqual([
			'err: Error from server (NotFound): nodes "node-9" not found'
		]);
	});
});

describe('kubectl logs of a pod with more than one container', () => {
	const { steps } = timeline({
		moreContainers: [containerScenario('log', 'nginx:9.9')]
	});
	const end = steps.at(-1)!;

	it('kubectl picks the first container and says which on stderr', () => {
		expect(answer(end, 'kubectl logs nginx')).toEqual([
			'err: Defaulted container "nginx" out of: nginx, log',
			'note: logsUnknown'
		]);
	});

	it('-c or an inline name picks one; --all-containers reads each until one is refused', () => {
		const refused =
			'err: Error from server (BadRequest): container "log" in pod "nginx" is waiting to start: trying and failing to pull image';
		expect(answer(end, 'kubectl logs nginx -c log')).toEqual([refused]);
		expect(answer(end, 'kubectl logs nginx log')).toEqual([refused]);
		expect(answer(end, 'kubectl logs nginx --all-containers')).toEqual([
			'note: logsUnknown',
			refused
		]);
	});
});

describe('Tab after kubectl logs', () => {
	const end = timeline({ moreContainers: [containerScenario('log', 'redis:7.2')] }).steps.at(
		-1
	)!.snapshot;

	it('completes a pod’s name, then one of its containers, as a word or after -c', () => {
		expect(complete('kubectl logs ng', end)).toEqual({ line: 'kubectl logs nginx ', options: [] });
		expect(complete('kubectl logs nginx l', end)).toEqual({
			line: 'kubectl logs nginx log ',
			options: []
		});
		expect(complete('kubectl logs pod/nginx -c ', end).options).toEqual(['nginx', 'log']);
		expect(complete('kubectl logs nginx log ', end).options).toEqual([]);
	});

	it('offers the init containers too, after the containers', () => {
		const withInit = timeline({
			initContainers: [containerScenario('wait', 'busybox:1.36')]
		}).steps.at(-1)!.snapshot;
		expect(complete('kubectl logs nginx -c ', withInit).options).toEqual(['nginx', 'wait']);
		// a completed init container's log is there to read: busybox's sh wrote nothing
		expect(answer({ snapshot: withInit } as Step, 'kubectl logs nginx -c wait')).toEqual([
			'note: logsEmpty'
		]);
		expect(answer({ snapshot: withInit } as Step, 'kubectl logs nginx --all-containers')).toEqual([
			'note: logsEmpty',
			'note: logsUnknown'
		]);
	});
});
