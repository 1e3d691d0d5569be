import { describe, expect, it } from 'vitest';
import type { PodObject, Taint, Toleration } from '$lib/sim/model';
import type { NodeTaint } from './taints';
import { displayStatus } from '$lib/sim/podStatus';
import { eventsFor } from '$lib/sim/events';
import { defaultPodScenario, type PodScenario } from './scenario';
import { podCreationTimeline } from './timeline';
import type { Step } from '$lib/flows/types';
import { stepText, type StepTexts } from '../kit/narration';
import { podStepsEn } from './narration/en';
import { podStepsKo } from './narration/ko';
import { runLine } from '$lib/sim/cli/shell';
import { clockText } from '$lib/sim/time';
import { listPods } from '$lib/sim/podCodec';
import { podRequests } from '$lib/sim/scheduler';
import { containerScenario, type ContainerScenario } from './containers';

const scenario = (over: Partial<PodScenario> = {}): PodScenario => ({
	...defaultPodScenario,
	...over
});

/** course steps 7–9 as a pod that runs goes through them */
const KUBELET_RUNS_IT = [
	'kubeletAdmit',
	'runSandbox',
	'ensureImage',
	'createContainer',
	'startContainer',
	'reportRunning'
];

function podAt(step: Step, name = 'nginx'): PodObject | null {
	const kv = step.snapshot.etcd.kvs[`/registry/pods/default/${name}`];
	return kv ? (JSON.parse(kv.value) as PodObject) : null;
}

function conditions(pod: PodObject | null): Record<string, string> {
	return Object.fromEntries((pod?.status.conditions ?? []).map((c) => [c.type, c.status]));
}

describe('pod-creation timeline, happy path', () => {
	const tl = podCreationTimeline(scenario());
	const byId = Object.fromEntries(tl.steps.map((s) => [s.id, s]));

	it('visits the steps in the order Kubernetes does the work', () => {
		expect(tl.steps.map((s) => s.id)).toEqual([
			'kubectlRun',
			'apiserverPipeline',
			'persistPod',
			'watchPodAdded',
			'scheduleCycle',
			'bindPod',
			'persistBinding',
			'scheduledEvent',
			'watchPodBound',
			...KUBELET_RUNS_IT
		]);
	});

	it('shows all nine course steps, in order', () => {
		const nine = tl.steps.map((s) => s.nine ?? 0);
		expect([...new Set(nine)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(nine).toEqual([...nine].sort((a, b) => a - b));
	});

	// Reference §1 table: the pod as stored in etcd after every step. Between the kubelet's status
	// writes etcd does not change, however much happens on the node.
	const none = {};
	const scheduled = { PodScheduled: 'True' };
	const creating = {
		PodScheduled: 'True',
		PodReadyToStartContainers: 'False',
		Initialized: 'True',
		ContainersReady: 'False',
		Ready: 'False'
	};
	const running = {
		PodScheduled: 'True',
		PodReadyToStartContainers: 'True',
		Initialized: 'True',
		ContainersReady: 'True',
		Ready: 'True'
	};
	it.each([
		{ id: 'kubectlRun', exists: false },
		{ id: 'apiserverPipeline', exists: false },
		{ id: 'persistPod', phase: 'Pending', node: undefined, status: 'Pending', cond: none },
		{ id: 'watchPodAdded', phase: 'Pending', node: undefined, status: 'Pending', cond: none },
		{ id: 'scheduleCycle', phase: 'Pending', node: undefined, status: 'Pending', cond: none },
		{ id: 'bindPod', phase: 'Pending', node: undefined, status: 'Pending', cond: none },
		{ id: 'persistBinding', phase: 'Pending', node: 'node-3', status: 'Pending', cond: scheduled },
		{ id: 'scheduledEvent', phase: 'Pending', node: 'node-3', status: 'Pending', cond: scheduled },
		{ id: 'watchPodBound', phase: 'Pending', node: 'node-3', status: 'Pending', cond: scheduled },
		{
			id: 'kubeletAdmit',
			phase: 'Pending',
			node: 'node-3',
			status: 'ContainerCreating',
			cond: creating
		},
		{
			id: 'runSandbox',
			phase: 'Pending',
			node: 'node-3',
			status: 'ContainerCreating',
			cond: creating
		},
		{
			id: 'ensureImage',
			phase: 'Pending',
			node: 'node-3',
			status: 'ContainerCreating',
			cond: creating
		},
		{
			id: 'createContainer',
			phase: 'Pending',
			node: 'node-3',
			status: 'ContainerCreating',
			cond: creating
		},
		{
			id: 'startContainer',
			phase: 'Pending',
			node: 'node-3',
			status: 'ContainerCreating',
			cond: creating
		},
		{ id: 'reportRunning', phase: 'Running', node: 'node-3', status: 'Running', cond: running }
	])('after $id the stored pod is $phase / $status', (c) => {
		const pod = podAt(byId[c.id]);
		if (c.exists === false) return expect(pod).toBeNull();
		expect(pod!.status.phase).toBe(c.phase);
		expect(pod!.spec.nodeName).toBe(c.node);
		expect(displayStatus(pod!)).toBe(c.status);
		expect(conditions(pod)).toEqual(c.cond);
	});

	it('stores the pod as the apiserver leaves it on create: Pending, QoS class, admission defaults', () => {
		const pod = podAt(byId.persistPod)!;
		expect(pod.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
		expect(pod.spec.serviceAccountName).toBe('default');
		expect(pod.spec.tolerations?.map((t) => `${t.key}:${t.effect}:${t.tolerationSeconds}`)).toEqual(
			['node.kubernetes.io/not-ready:NoExecute:300', 'node.kubernetes.io/unreachable:NoExecute:300']
		);
	});

	it('labels the messages with the real API calls', () => {
		const labels = tl.steps.flatMap((s) => s.messages.map((m) => m.label));
		for (const l of [
			'POST /api/v1/namespaces/default/pods',
			'watch ADDED pods/nginx',
			'POST pods/nginx/binding → node-3',
			'CRI RunPodSandbox nginx',
			'CRI PullImage nginx:1.27',
			'PATCH pods/nginx/status'
		])
			expect(labels).toContain(l);
	});

	it("only the chosen node's kubelet hears about the pod, and only once it is bound", () => {
		const kubeletMsgs = (s: Step) =>
			s.messages.filter((m) => m.to.startsWith('kubelet@') && m.kind === 'watch');
		expect(kubeletMsgs(byId.watchPodAdded)).toEqual([]);
		expect(kubeletMsgs(byId.watchPodBound).map((m) => `${m.to} ${m.label}`)).toEqual([
			'kubelet@node-3 watch ADDED pods/nginx'
		]);
		expect(byId.watchPodAdded.messages.map((m) => m.to).sort()).toEqual([
			'kube-controller-manager',
			'kube-scheduler'
		]);
	});

	it('marks each node with its verdict while scheduling: the winner, the others with their scores', () => {
		const cycle = byId.scheduleCycle;
		const result = cycle.schedule!;
		expect(Object.keys(cycle.marks!)).toEqual(tl.initial.nodes.map((n) => n.name));
		for (const e of result.evaluations)
			expect(cycle.marks![e.node]).toEqual({
				verdict: e.node === result.winner ? 'chosen' : 'fit',
				score: e.total
			});
		expect(byId.bindPod.marks).toEqual(cycle.marks);
		// the other steps draw nothing on the nodes
		expect(tl.steps.filter((s) => s.marks).map((s) => s.id)).toEqual(['scheduleCycle', 'bindPod']);
	});

	it('bumps the etcd revision by exactly one per write', () => {
		let rev = tl.initial.etcd.revision;
		for (const s of tl.steps) {
			expect(s.snapshot.etcd.revision).toBe(rev + s.wrote.length);
			for (const key of s.wrote) expect(s.snapshot.etcd.kvs[key]).toBeDefined();
			rev = s.snapshot.etcd.revision;
		}
	});

	it("gives the pod an IP from its node's pod CIDR and writes it with the Running status", () => {
		const pod = podAt(byId.reportRunning)!;
		expect(pod.status.podIP).toMatch(/^10\.244\.3\.\d+$/);
		expect(podAt(byId.startContainer)!.status.podIP).toBeUndefined();
	});

	it('records the events kubectl describe shows, in order, with the reference messages', () => {
		const events = eventsFor(byId.reportRunning.snapshot, 'default', 'nginx');
		expect(events.map((e) => `${e.type} ${e.reason} ${e.from}`)).toEqual([
			'Normal Scheduled default-scheduler',
			'Normal Pulling kubelet',
			'Normal Pulled kubelet',
			'Normal Created kubelet',
			'Normal Started kubelet'
		]);
		expect(events[0].message).toBe('Successfully assigned default/nginx to node-3');
		expect(events[1].message).toBe('Pulling image "nginx:1.27"');
		expect(events[2].message).toMatch(
			/^Successfully pulled image "nginx:1\.27" in [\d.]+m?s \([\d.]+m?s including waiting\)\. Image size: \d+ bytes\.$/
		);
		expect(events[3].message).toBe('Created container: nginx');
		expect(events[4].message).toBe('Started container nginx');
	});

	it('is deterministic: the same scenario gives the same timeline, byte for byte', () => {
		expect(JSON.stringify(podCreationTimeline(scenario()))).toBe(JSON.stringify(tl));
	});

	it('changes with its inputs: another seed changes ids, not the outcome', () => {
		const other = podCreationTimeline(scenario({ seed: 'other' }));
		expect(JSON.stringify(other)).not.toBe(JSON.stringify(tl));
		expect(other.steps.map((s) => s.id)).toEqual(tl.steps.map((s) => s.id));
	});
});

describe('pod-creation timeline, branches', () => {
	it('an image already on the node is not pulled', () => {
		const tl = podCreationTimeline(scenario({ image: 'nginx:1.26' }));
		const step = tl.steps.find((s) => s.id === 'ensureImage')!;
		expect(step.params.outcome).toBe('present');
		const events = eventsFor(step.snapshot, 'default', 'nginx');
		expect(events.at(-1)?.message).toBe('Container image "nginx:1.26" already present on machine');
		expect(step.messages.map((m) => m.label)).not.toContain('CRI PullImage nginx:1.26');
	});

	it('a CPU request no node can hold ends in FailedScheduling with the real message', () => {
		const tl = podCreationTimeline(scenario({ cpu: 8000 }));
		const last = tl.steps.at(-1)!;
		expect(last.id).toBe('failedScheduling');
		const msg =
			'0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..';
		expect(last.id === 'failedScheduling' && last.params.message).toBe(msg);
		const pod = podAt(last)!;
		expect(pod.status.phase).toBe('Pending');
		expect(pod.status.conditions).toMatchObject([
			{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: msg }
		]);
		// every node is crossed out on its own box, with no score
		const cycle = tl.steps.find((s) => s.id === 'scheduleCycle')!;
		expect(Object.values(cycle.marks!)).toEqual([
			{ verdict: 'unfit' },
			{ verdict: 'unfit' },
			{ verdict: 'unfit' }
		]);
		expect(eventsFor(last.snapshot, 'default', 'nginx')).toMatchObject([
			{ type: 'Warning', reason: 'FailedScheduling', message: msg }
		]);
	});

	it('a node selector: a hostname pins the pod there, a label no node has ends in FailedScheduling', () => {
		const pinned = podCreationTimeline(
			scenario({ nodeSelector: { 'kubernetes.io/hostname': 'node-3' }, labels: { app: 'web' } })
		);
		const bound = pinned.steps.find((s) => s.id === 'persistBinding')!;
		expect(podAt(bound)!.spec.nodeName).toBe('node-3');
		expect(podAt(bound)!.metadata.labels).toEqual({ app: 'web' });
		const cycle = pinned.steps.find((s) => s.id === 'scheduleCycle')!;
		expect(cycle.marks).toMatchObject({
			'node-1': { verdict: 'unfit' },
			'node-2': { verdict: 'unfit' },
			'node-3': { verdict: 'chosen' }
		});
		// kubectl run has no flag for it: the flow applies a manifest that says so
		expect(pinned.steps[0].command?.manifest).toContain('nodeSelector:');
		const nowhere = podCreationTimeline(scenario({ nodeSelector: { disktype: 'ssd' } }));
		const last = nowhere.steps.at(-1)!;
		expect(last.id === 'failedScheduling' && last.params.message).toBe(
			"0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.."
		);
		// what could move it is a node's labels, not room
		expect(stepText(podStepsEn as StepTexts, last).body).toContain(
			'a node gets the labels the pod selects'
		);
		expect(stepText(podStepsKo as StepTexts, last).body).toContain('파드가 고르는 레이블');
	});

	const notFound =
		'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:9.9": failed to resolve reference "docker.io/library/nginx:9.9": docker.io/library/nginx:9.9: not found';

	it('an unknown image ends in ImagePullBackOff, phase Pending', () => {
		const tl = podCreationTimeline(scenario({ image: 'nginx:9.9' }));
		const last = tl.steps.at(-1)!;
		expect(tl.steps.slice(-3).map((s) => s.id)).toEqual([
			'ensureImage',
			'reportPullError',
			'imagePullBackOff'
		]);
		const pod = podAt(last)!;
		expect(pod.status.phase).toBe('Pending');
		expect(displayStatus(pod)).toBe('ImagePullBackOff');
		const events = eventsFor(last.snapshot, 'default', 'nginx');
		expect(events.map((e) => `${e.type} ${e.reason}`)).toEqual([
			'Normal Scheduled',
			'Normal Pulling',
			'Warning Failed',
			'Warning Failed',
			'Normal BackOff',
			'Warning Failed'
		]);
		expect(events.slice(1).map((e) => e.message)).toEqual([
			'Pulling image "nginx:9.9"',
			`Failed to pull image "nginx:9.9": ${notFound}`,
			'Error: ErrImagePull',
			'Back-off pulling image "nginx:9.9"',
			'Error: ImagePullBackOff'
		]);
		const errPull = podAt(tl.steps.at(-2)!)!;
		expect(displayStatus(errPull)).toBe('ErrImagePull');
		// The status carries the bare CRI error; only the event adds "Failed to pull image".
		expect(errPull.status.containerStatuses?.[0].state).toEqual({
			waiting: { reason: 'ErrImagePull', message: notFound }
		});
		// the sync a second later records the back-off; the worker's retry, 10 s on, its status
		const at = (reason: string) => events.find((e) => e.reason === reason)!.at;
		expect(at('BackOff') - events.find((e) => e.message === 'Error: ErrImagePull')!.at).toBe(1);
		expect(last.snapshot.clock - at('BackOff')).toBe(10);
		// since v1.32 the back-off message keeps the last pull's error; the BackOff event does not
		expect(pod.status.containerStatuses?.[0].state).toEqual({
			waiting: {
				reason: 'ImagePullBackOff',
				message: `Back-off pulling image "nginx:9.9": ErrImagePull: ${notFound}`
			}
		});
	});

	it('a repository that does not exist fails with code Unknown (pull access denied)', () => {
		const tl = podCreationTimeline(scenario({ image: 'nginxx:1.0' }));
		const step = tl.steps.find((s) => s.id === 'ensureImage')!;
		expect(step.messages.map((m) => m.label)).toContain('rpc error: code = Unknown');
		const failed = eventsFor(step.snapshot, 'default', 'nginx').find((e) => e.reason === 'Failed')!;
		expect(failed.message).toMatch(
			/^Failed to pull image "nginxx:1\.0": rpc error: code = Unknown desc = .*pull access denied, repository does not exist or may require authorization/
		);
	});

	it.each([
		{ image: 'busybox:1.36', exitCode: 0, reason: 'Completed' },
		{ image: 'postgres:16', exitCode: 1, reason: 'Error' }
	])('$image exits at once: $reason, then CrashLoopBackOff with phase Running', (c) => {
		const tl = podCreationTimeline(scenario({ image: c.image }));
		expect(tl.steps.slice(-3).map((s) => s.id)).toEqual([
			'startContainer',
			'containerExit',
			'restartBackOff'
		]);
		const exited = podAt(tl.steps.at(-2)!)!;
		expect(exited.status.phase).toBe('Running');
		expect(displayStatus(exited)).toBe(c.reason);
		expect(exited.status.containerStatuses?.[0].state).toMatchObject({
			terminated: { exitCode: c.exitCode, reason: c.reason }
		});
		expect(conditions(exited)).toMatchObject({ Ready: 'False', ContainersReady: 'False' });
		const last = podAt(tl.steps.at(-1)!)!;
		expect(last.status.phase).toBe('Running');
		expect(displayStatus(last)).toBe('CrashLoopBackOff');
		const cs = last.status.containerStatuses![0];
		expect(cs.restartCount).toBe(1);
		expect(cs.lastState).toMatchObject({ terminated: { exitCode: c.exitCode, reason: c.reason } });
		expect(cs.state).toEqual({
			waiting: {
				reason: 'CrashLoopBackOff',
				message: `back-off 10s restarting failed container=nginx pod=nginx_default(${last.metadata.uid})`
			}
		});
		const events = eventsFor(tl.steps.at(-1)!.snapshot, 'default', 'nginx');
		expect(events.at(-1)).toMatchObject({
			type: 'Warning',
			reason: 'BackOff',
			message: `Back-off restarting failed container nginx in pod nginx_default(${last.metadata.uid})`
		});
	});

	it('a name already taken ends in 409 AlreadyExists and writes nothing', () => {
		const base = podCreationTimeline(scenario());
		const taken = Object.keys(base.initial.etcd.kvs)
			.find((k) => k.startsWith('/registry/pods/default/'))!
			.split('/')
			.pop()!;
		const tl = podCreationTimeline(scenario({ name: taken }));
		expect(tl.steps.map((s) => s.id)).toEqual(['kubectlRun', 'apiserverPipeline', 'alreadyExists']);
		expect(tl.steps.at(-1)!.snapshot.etcd.revision).toBe(tl.initial.etcd.revision);
		expect(tl.steps.at(-1)!.messages.map((m) => m.label)).toContain(
			`409 AlreadyExists pods "${taken}"`
		);
		expect(tl.steps[1].pipeline?.at(-1)?.detail).toMatch(/409 AlreadyExists/);
	});

	it('fills the scheme defaults on decode, before mutating admission (handlers/create.go)', () => {
		for (const [image, policy] of [
			['nginx:1.27', 'IfNotPresent'],
			['busybox:latest', 'Always']
		]) {
			const step = podCreationTimeline(scenario({ image })).steps[1];
			const stages = step.pipeline!.map((s) => s.stage);
			expect(stages.indexOf('decode')).toBe(stages.indexOf('mutatingAdmission') - 1);
			expect(step.pipeline!.find((s) => s.stage === 'decode')!.detail).toBe(
				`defaults: restartPolicy=Always, schedulerName=default-scheduler, dnsPolicy=ClusterFirst, terminationGracePeriodSeconds=30, enableServiceLinks=true, containers[nginx].imagePullPolicy=${policy}, terminationMessagePath=/dev/termination-log`
			);
		}
	});

	it(':latest gets pull policy Always and is pulled', () => {
		const tl = podCreationTimeline(scenario({ image: 'busybox:latest' }));
		const step = tl.steps.find((s) => s.id === 'ensureImage')!;
		expect(step.params.policy).toBe('Always');
		expect(step.messages.map((m) => m.label)).toContain('CRI PullImage busybox:latest');
		const stored = JSON.parse(step.snapshot.etcd.kvs['/registry/pods/default/nginx'].value);
		expect(stored.spec.containers[0].imagePullPolicy).toBe('Always');
	});

	it.each([1, 2, 5, 10])(
		'works for %i nodes and the kubelet on the chosen node gets the pod',
		(nodes) => {
			const tl = podCreationTimeline(scenario({ nodes }));
			const bound = tl.steps.find((s) => s.id === 'watchPodBound')!;
			const node = podAt(bound)!.spec.nodeName!;
			expect(bound.messages.filter((m) => m.to.startsWith('kubelet@')).map((m) => m.to)).toEqual([
				`kubelet@${node}`
			]);
			expect(tl.steps.at(-1)!.id).toBe('reportRunning');
		}
	);

	it('requests change the scores and the manifest kubectl applies', () => {
		const tl = podCreationTimeline(scenario({ cpu: 500, memory: 256 * 1024 * 1024 }));
		expect(tl.steps[0].command?.line).toBe('kubectl apply -f nginx.yaml');
		expect(tl.steps[0].command?.manifest).toContain('cpu: 500m');
		expect(tl.steps[0].command?.manifest).toContain('memory: 256Mi');
		expect(podAt(tl.steps[2])!.status.qosClass).toBe('Burstable');
		// Stored as the API has it: quantities under resources.requests, defaults filled in.
		const stored = JSON.parse(tl.steps[2].snapshot.etcd.kvs['/registry/pods/default/nginx'].value);
		expect(stored.spec.containers[0]).toEqual({
			name: 'nginx',
			image: 'nginx:1.27',
			imagePullPolicy: 'IfNotPresent',
			resources: { requests: { cpu: '500m', memory: '256Mi' } },
			terminationMessagePath: '/dev/termination-log',
			terminationMessagePolicy: 'File',
			// ServiceAccount admission mounts the API token volume.
			volumeMounts: [
				{
					name: expect.stringMatching(/^kube-api-access-[a-z0-9]{5}$/),
					mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
					readOnly: true
				}
			]
		});
		expect(stored.spec.volumes[0].name).toBe(stored.spec.containers[0].volumeMounts[0].name);
		expect(stored.spec.volumes[0].projected.sources[0]).toEqual({
			serviceAccountToken: { expirationSeconds: 3607, path: 'token' }
		});
	});
});

describe('pod-creation timeline, a pod that names its node (spec.nodeName)', () => {
	const kubectl = (line: string, step: Step) =>
		runLine(line, step.snapshot)
			.chunks.map((c) => ('text' in c ? c.text : ''))
			.join('');
	const ids = (tl: { steps: Step[] }) => tl.steps.map((s) => s.id);
	const to = (step: Step) => step.messages.map((m) => `${m.to} ${m.label}`);

	it('skips the scheduler: the kubelet hears the create itself, and no binding or Scheduled event is written', () => {
		const tl = podCreationTimeline(scenario({ nodeName: 'node-2' }));
		expect(ids(tl)).toEqual([
			'kubectlRun',
			'apiserverPipeline',
			'persistPod',
			'watchPodAdded',
			...KUBELET_RUNS_IT
		]);
		// kubectl run has no flag for it: the manifest is applied
		expect(tl.steps[0].command?.line).toBe('kubectl apply -f nginx.yaml');
		expect(tl.steps[0].command?.manifest).toMatch(/^ {2}nodeName: node-2$/m);
		expect(podAt(tl.steps[2])!.spec.nodeName).toBe('node-2');
		expect(to(tl.steps[3])).toEqual([
			'kube-scheduler watch ADDED pods/nginx',
			'kube-controller-manager watch ADDED pods/nginx',
			'kubelet@node-2 watch ADDED pods/nginx'
		]);
		const end = tl.steps.at(-1)!;
		expect(tl.steps.flatMap((s) => s.messages).some((m) => m.label.includes('binding'))).toBe(
			false
		);
		const pod = podAt(end)!;
		expect(eventsFor(end.snapshot, 'default', 'nginx').map((e) => e.reason)).toEqual([
			'Pulling',
			'Pulled',
			'Created',
			'Started'
		]);
		// the kubelet's own status write says PodScheduled=True
		expect(conditions(pod).PodScheduled).toBe('True');
		expect(displayStatus(pod)).toBe('Running');
		expect(kubectl('kubectl get pod nginx -o wide', end)).toMatch(/nginx\s+1\/1\s+Running.*node-2/);
	});

	it('the kubelet rejects a pod its node has no room for: OutOfcpu, phase Failed, computed from the node', () => {
		const tl = podCreationTimeline(scenario({ nodeName: 'node-1', cpu: 8000 }));
		expect(ids(tl).slice(3)).toEqual(['watchPodAdded', 'kubeletRejects']);
		const end = tl.steps.at(-1)!;
		const node = end.snapshot.nodes.find((n) => n.name === 'node-1')!;
		const used = listPods(end.snapshot)
			.filter((p) => p.spec.nodeName === 'node-1' && p.metadata.name !== 'nginx')
			.reduce((sum, p) => sum + podRequests(p).cpu, 0);
		expect(used).toBeGreaterThan(0);
		const message = `Node didn't have enough resource: cpu, requested: 8000, used: ${used}, capacity: ${node.allocatable.cpu}`;
		const pod = podAt(end)!;
		expect(pod.status).toMatchObject({
			phase: 'Failed',
			reason: 'OutOfcpu',
			message: `Pod was rejected: ${message}`
		});
		expect(pod.status.conditions).toBeUndefined();
		const events = eventsFor(end.snapshot, 'default', 'nginx');
		expect(events.map((e) => [e.type, e.reason, e.from, e.message])).toEqual([
			['Warning', 'OutOfcpu', 'kubelet', message]
		]);
		// Failed leaves the scheduler's watch (status.phase!=Failed): it hears DELETED
		expect(to(end)).toContain('kube-scheduler watch DELETED pods/nginx');
		expect(to(end)).toContain('kubelet@node-1 watch MODIFIED pods/nginx');
		expect(kubectl('kubectl get pods nginx', end)).toMatch(/nginx\s+0\/1\s+OutOfcpu\s+0/);
		const described = kubectl('kubectl describe pod nginx', end);
		expect(described).toContain(
			`Reason:           OutOfcpu\nMessage:          Pod was rejected: ${message}\n`
		);
		// the status manager stamps a start time on it
		expect(described).toMatch(/\nStart Time: +\w{3}, /);
	});

	it('the kubelet checks the node selector too: NodeAffinity', () => {
		const tl = podCreationTimeline(
			scenario({ nodeName: 'node-2', nodeSelector: { disktype: 'ssd' } })
		);
		const pod = podAt(tl.steps.at(-1)!)!;
		expect(tl.steps.at(-1)!.id).toBe('kubeletRejects');
		expect(pod.status.reason).toBe('NodeAffinity');
		expect(pod.status.message).toBe(
			"Pod was rejected: Predicate NodeAffinity failed: node(s) didn't match Pod's node affinity/selector"
		);
		// a selector the node matches is admitted
		const fits = podCreationTimeline(
			scenario({ nodeName: 'node-2', nodeSelector: { 'kubernetes.io/hostname': 'node-2' } })
		);
		expect(fits.steps.at(-1)!.id).toBe('reportRunning');
	});

	it('a node the cluster lacks: Pending with no kubelet, then the pod GC deletes it after its quarantine', () => {
		const tl = podCreationTimeline(scenario({ nodeName: 'node-9' }));
		expect(ids(tl).slice(3)).toEqual(['watchPodAdded', 'awaitingNode', 'podGcOrphan']);
		expect(to(tl.steps[3]).filter((m) => m.startsWith('kubelet@'))).toEqual([]);
		const waiting = tl.steps[4];
		const created = tl.steps[2].snapshot.clock;
		// the next 20 s pass of the pod GC, then its 40 s quarantine
		expect(waiting.snapshot.clock).toBe((Math.floor(created / 20) + 1) * 20);
		expect((waiting.params as { seen: string }).seen).toBe(clockText(waiting.snapshot.clock));
		const described = kubectl('kubectl describe pod nginx', waiting);
		expect(described).toContain('Node:             node-9/\n');
		expect(described).toContain('Status:           Pending\n');
		expect(described).toMatch(/Events:\s+<none>/);
		const end = tl.steps.at(-1)!;
		expect(end.snapshot.clock).toBe(waiting.snapshot.clock + 40);
		expect(to(end).slice(0, 2)).toEqual([
			'kube-apiserver GET nodes/node-9',
			'kube-controller-manager 404 NotFound'
		]);
		const key = '/registry/pods/default/nginx';
		// written Failed with the condition, then deleted: the log has both
		const log = end.snapshot.etcd.log.filter((e) => e.kv.key === key).slice(-2);
		expect(log.map((e) => e.type)).toEqual(['PUT', 'DELETE']);
		const failed = JSON.parse(log[0].kv.value) as PodObject;
		expect(failed.status.phase).toBe('Failed');
		expect(failed.status.conditions).toEqual([
			expect.objectContaining({
				type: 'DisruptionTarget',
				status: 'True',
				reason: 'DeletionByPodGC',
				message: 'PodGC: node no longer exists'
			})
		]);
		expect(podAt(end)).toBeNull();
		expect(kubectl('kubectl get pod nginx', end)).toBe(
			'Error from server (NotFound): pods "nginx" not found'
		);
	});

	it('the narration says which way the pod went, in both languages', () => {
		const texts = (over: Partial<PodScenario>, lang: StepTexts) =>
			podCreationTimeline(scenario(over)).steps.map((s) => stepText(lang, s));
		const pinnedEn = texts({ nodeName: 'node-2' }, podStepsEn);
		expect(pinnedEn[3].body).toContain('leaves it alone');
		expect(pinnedEn[4].body).toContain('No scheduler checked this pod');
		const pinnedKo = texts({ nodeName: 'node-2' }, podStepsKo);
		expect(pinnedKo[4].body).toContain('kube-scheduler를 거치지 않았으므로');
		const orphanEn = texts({ nodeName: 'node-9' }, podStepsEn);
		expect(orphanEn[1].body).toContain('not that such a node exists');
		expect(orphanEn[3].body).toContain('none watches spec.nodeName=node-9');
		expect(orphanEn[5].title).toBe('The pod garbage collector deletes nginx');
		const orphanKo = texts({ nodeName: 'node-9' }, podStepsKo);
		expect(orphanKo[5].title).toBe('파드 가비지 컬렉터가 파드 nginx를 지웁니다');
		const rejectedKo = texts({ nodeName: 'node-1', cpu: 8000 }, podStepsKo);
		expect(rejectedKo[4].title).toBe('node-1의 kubelet이 OutOfcpu로 파드를 거부합니다');
	});

	it('a BestEffort pod is not scored for balance (balanced_allocation.go, since v1.33)', () => {
		const cycle = (over: Partial<PodScenario>, lang: StepTexts) => {
			const step = podCreationTimeline(scenario(over)).steps.find((s) => s.id === 'scheduleCycle')!;
			return { step, text: stepText(lang, step).body };
		};
		const bestEffort = cycle({ cpu: 0, memory: 0 }, podStepsEn);
		const plugins = (step: typeof bestEffort.step) =>
			step.schedule!.evaluations.flatMap((e) => e.scores.map((x) => x.plugin));
		expect(plugins(bestEffort.step)).not.toContain('NodeResourcesBalancedAllocation');
		expect(bestEffort.text).toContain('(free resources, taints, images already present)');
		expect(cycle({ cpu: 0, memory: 0 }, podStepsKo).text).toContain('남은 리소스, 테인트,');
		const burstable = cycle({ cpu: 250, memory: 0 }, podStepsEn);
		expect(plugins(burstable.step)).toContain('NodeResourcesBalancedAllocation');
		expect(burstable.text).toContain('(free resources, balance, taints,');
	});
});

describe('pod-creation timeline, taints on the nodes and the pod’s tolerations', () => {
	const taint = (node: string, effect: Taint['effect'] = 'NoSchedule'): NodeTaint => ({
		node,
		key: 'dedicated',
		value: 'gpu',
		effect
	});
	const GPU: Toleration = {
		key: 'dedicated',
		operator: 'Equal',
		value: 'gpu',
		effect: 'NoSchedule'
	};
	const verdicts = (tl: ReturnType<typeof podCreationTimeline>) =>
		Object.fromEntries(
			tl.steps
				.find((s) => s.id === 'scheduleCycle')!
				.schedule!.evaluations.map((e) => [e.node, e.filters.find((f) => !f.passed)?.reasons ?? []])
		);

	it('a NoSchedule taint the pod does not tolerate filters its node out; every node tainted is FailedScheduling', () => {
		const two = podCreationTimeline(scenario({ taints: [taint('node-1'), taint('node-3')] }));
		expect(verdicts(two)).toEqual({
			'node-1': ['node(s) had untolerated taint {dedicated: gpu}'],
			'node-2': [],
			'node-3': ['node(s) had untolerated taint {dedicated: gpu}']
		});
		expect(podAt(two.steps.at(-1)!)!.spec.nodeName).toBe('node-2');
		// the Node objects carry the taints from the first step, as kubectl describe shows them
		expect(runLine('kubectl describe node node-1', two.steps[0].snapshot).chunks).toContainEqual(
			expect.objectContaining({
				text: expect.stringContaining('Taints:             dedicated=gpu:NoSchedule\n')
			})
		);
		const all = podCreationTimeline(
			scenario({ taints: ['node-1', 'node-2', 'node-3'].map((n) => taint(n)) })
		);
		const last = all.steps.at(-1)!;
		expect(last.id === 'failedScheduling' && last.params.message).toBe(
			'0/3 nodes are available: 3 node(s) had untolerated taint {dedicated: gpu}. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling..'
		);
		expect(stepText(podStepsEn as StepTexts, last).body).toContain(
			'retried when the cluster changes: a node is added, or a taint is taken off a node.'
		);
		expect(stepText(podStepsKo as StepTexts, last).body).toContain(
			'노드가 추가되거나 노드에서 테인트가 제거되는 등 클러스터가 바뀌면'
		);
	});

	it('a matching toleration lets the pod on: it is stored beside admission’s own, and the manifest says it', () => {
		const tl = podCreationTimeline(
			scenario({ taints: ['node-1', 'node-2', 'node-3'].map((n) => taint(n)), tolerations: [GPU] })
		);
		expect(Object.values(verdicts(tl))).toEqual([[], [], []]);
		expect(tl.steps.at(-1)!.id).toBe('reportRunning');
		expect(tl.steps[0].command?.line).toBe('kubectl apply -f nginx.yaml');
		expect(tl.steps[0].command?.manifest).toContain(
			'  tolerations:\n  - key: dedicated\n    operator: Equal\n    value: gpu\n    effect: NoSchedule'
		);
		expect(podAt(tl.steps[2])!.spec.tolerations?.map((t) => t.key)).toEqual([
			'dedicated',
			'node.kubernetes.io/not-ready',
			'node.kubernetes.io/unreachable'
		]);
		// the wrong value tolerates nothing
		const wrong = podCreationTimeline(
			scenario({ taints: [taint('node-1')], tolerations: [{ ...GPU, value: 'tpu' }], nodes: 1 })
		);
		expect(wrong.steps.at(-1)!.id).toBe('failedScheduling');
	});

	it('a PreferNoSchedule taint only lowers its node’s TaintToleration score', () => {
		const tl = podCreationTimeline(scenario({ taints: [taint('node-2', 'PreferNoSchedule')] }));
		const cycle = tl.steps.find((s) => s.id === 'scheduleCycle')!.schedule!;
		const score = (node: string) =>
			cycle.evaluations
				.find((e) => e.node === node)!
				.scores.find((x) => x.plugin === 'TaintToleration')!.normalized;
		expect(cycle.feasible).toEqual(['node-1', 'node-2', 'node-3']);
		expect([score('node-1'), score('node-2'), score('node-3')]).toEqual([100, 0, 100]);
	});

	it('nodeName skips the scheduler, so a NoSchedule taint does not stop the pod', () => {
		const noSchedule = podCreationTimeline(
			scenario({ nodeName: 'node-2', taints: [taint('node-2')] })
		);
		expect(noSchedule.steps.at(-1)!.id).toBe('reportRunning');
	});

	it('a taint on a node the cluster lacks, or repeated, is skipped, and the run says so', () => {
		const tl = podCreationTimeline(
			scenario({ taints: [taint('node-7'), taint('node-1'), taint('node-1')] })
		);
		expect(verdicts(tl)['node-1']).toEqual(['node(s) had untolerated taint {dedicated: gpu}']);
		expect(tl.initial.nodes.find((n) => n.name === 'node-1')!.taints).toHaveLength(1);
	});
});

describe('pod-creation timeline, limits and the QoS class', () => {
	it('limits alone: stored with requests defaulted from them, Guaranteed, and described as kubectl shows them', () => {
		const tl = podCreationTimeline(scenario({ cpuLimit: 500, memoryLimit: 128 * 2 ** 20 }));
		expect(tl.steps[0].command?.manifest).toContain(
			'    resources:\n      limits:\n        cpu: 500m\n        memory: 128Mi'
		);
		const stored = JSON.parse(tl.steps[2].snapshot.etcd.kvs['/registry/pods/default/nginx'].value);
		expect(stored.spec.containers[0].resources).toEqual({
			limits: { cpu: '500m', memory: '128Mi' },
			requests: { cpu: '500m', memory: '128Mi' }
		});
		expect(stored.status.qosClass).toBe('Guaranteed');
		expect(stepText(podStepsEn as StepTexts, tl.steps[2]).body).toContain(
			'so its QoS class is Guaranteed'
		);
		// the scheduler weighs the defaulted requests
		const cycle = tl.steps.find((s) => s.id === 'scheduleCycle')!.schedule!;
		const fit = cycle.evaluations[0].scores.find((x) => x.plugin === 'NodeResourcesFit');
		const none = podCreationTimeline(scenario())
			.steps.find((s) => s.id === 'scheduleCycle')!
			.schedule!.evaluations[0].scores.find((x) => x.plugin === 'NodeResourcesFit');
		expect(fit?.raw).not.toBe(none?.raw);
		const described = runLine('kubectl describe pod nginx', tl.steps.at(-1)!.snapshot)
			.chunks.map((c) => ('text' in c ? c.text : ''))
			.join('');
		expect(described).toContain(
			'    Limits:\n      cpu:     500m\n      memory:  128Mi\n    Requests:\n      cpu:        500m\n      memory:     128Mi\n'
		);
		expect(described).toContain('QoS Class:                   Guaranteed\n');
	});

	it('a request below its limit is Burstable; a limit below its request is left out', () => {
		const burstable = podCreationTimeline(
			scenario({ cpu: 250, memory: 64 * 2 ** 20, cpuLimit: 500, memoryLimit: 64 * 2 ** 20 })
		);
		expect(podAt(burstable.steps[2])!.status.qosClass).toBe('Burstable');
		const refused = podCreationTimeline(scenario({ cpu: 500, cpuLimit: 100 }));
		const stored = JSON.parse(
			refused.steps[2].snapshot.etcd.kvs['/registry/pods/default/nginx'].value
		);
		expect(stored.spec.containers[0].resources).toEqual({ requests: { cpu: '500m' } });
	});
});

describe('pod-creation timeline, a pod with more than one container', () => {
	const container = (
		name: string,
		image: string,
		cpu: number | null = null,
		over: Partial<ContainerScenario> = {}
	) => containerScenario(name, image, { cpu, ...over });
	const text = (tl: { steps: Step[] }, line: string) =>
		runLine(line, tl.steps.at(-1)!.snapshot)
			.chunks.map((c) => ('text' in c ? c.text : ''))
			.join('');
	/** the events about the pod as etcd stores them, oldest first */
	const stored = (step: Step) =>
		Object.values(step.snapshot.etcd.kvs)
			.filter((kv) => kv.key.startsWith('/registry/events/default/nginx.'))
			.sort((x, y) => x.mod_revision - y.mod_revision)
			.map(
				(kv) =>
					JSON.parse(kv.value) as {
						reason: string;
						message: string;
						involvedObject: { fieldPath?: string };
					}
			);
	const lastPod = (tl: { steps: Step[] }) => podAt(tl.steps.at(-1)!)!;
	const states = (pod: PodObject) =>
		(pod.status.containerStatuses ?? []).map((c) => [c.name, Object.keys(c.state)[0], c.ready]);
	const readyCondition = (pod: PodObject) =>
		pod.status.conditions!.find((c) => c.type === 'Ready')!;

	it('starts the containers one after another, in the spec’s order, each with its own events', () => {
		const tl = podCreationTimeline(scenario({ moreContainers: [container('log', 'redis:7.2')] }));
		const kubeletSteps = tl.steps.slice(tl.steps.findIndex((s) => s.id === 'runSandbox'));
		expect(
			kubeletSteps.map((s) => `${s.id}${'container' in s.params ? ` ${s.params.container}` : ''}`)
		).toEqual([
			'runSandbox',
			'ensureImage nginx',
			'createContainer nginx',
			'startContainer nginx',
			'ensureImage log',
			'createContainer log',
			'startContainer log',
			'reportRunning'
		]);
		const pod = lastPod(tl);
		// the kubelet sorts its statuses by name
		expect(states(pod)).toEqual([
			['log', 'running', true],
			['nginx', 'running', true]
		]);
		expect(pod.status.phase).toBe('Running');
		const started = stored(tl.steps.at(-1)!)
			.filter((e) => e.reason === 'Started')
			.map((e) => [e.involvedObject.fieldPath, e.message]);
		expect(started).toEqual([
			['spec.containers{nginx}', 'Started container nginx'],
			['spec.containers{log}', 'Started container log']
		]);
		expect(text(tl, 'kubectl get pods')).toMatch(/^nginx +2\/2 +Running +0 +\d+s$/m);
		expect(stepText(podStepsEn as StepTexts, tl.steps.at(-1)!).body).toContain('READY 2/2');
		expect(stepText(podStepsKo as StepTexts, tl.steps.at(-1)!).body).toContain('READY는 2/2');
	});

	it('a container whose image cannot be pulled waits; the other runs, and the pod stays Pending', () => {
		const tl = podCreationTimeline(scenario({ moreContainers: [container('log', 'nginx:9.9')] }));
		expect(tl.steps.slice(-3).map((s) => s.id)).toEqual([
			'ensureImage',
			'reportPullError',
			'imagePullBackOff'
		]);
		const pod = lastPod(tl);
		expect(states(pod)).toEqual([
			['log', 'waiting', false],
			['nginx', 'running', true]
		]);
		expect(pod.status.phase).toBe('Pending');
		expect(readyCondition(pod).message).toBe('containers with unready status: [log]');
		expect(displayStatus(pod)).toBe('ImagePullBackOff');
		expect(text(tl, 'kubectl get pods')).toContain('1/2     ImagePullBackOff');
		const backOff = stored(tl.steps.at(-1)!).find((e) => e.reason === 'BackOff')!;
		expect(backOff.involvedObject.fieldPath).toBe('spec.containers{log}');
		expect(stepText(podStepsEn as StepTexts, tl.steps.at(-2)!).body).toContain('log waits');
	});

	it('the first container cannot be pulled: the kubelet goes on to the next', () => {
		const tl = podCreationTimeline(
			scenario({ image: 'nginx:9.9', moreContainers: [container('log', 'redis:7.2')] })
		);
		const ids = tl.steps.map((s) => s.id);
		expect(ids.slice(ids.indexOf('runSandbox'))).toEqual([
			'runSandbox',
			'ensureImage',
			'ensureImage',
			'createContainer',
			'startContainer',
			'reportPullError',
			'imagePullBackOff'
		]);
		expect(states(lastPod(tl))).toEqual([
			['log', 'running', true],
			['nginx', 'waiting', false]
		]);
	});

	it('a container that exits loops on its own; a failed pull backs off in the same sync and keeps the pod Pending', () => {
		const exits = podCreationTimeline(
			scenario({ moreContainers: [container('shell', 'busybox:1.36')] })
		);
		const pod = lastPod(exits);
		expect(exits.steps.at(-1)!.id).toBe('restartBackOff');
		expect(pod.status.phase).toBe('Running');
		expect(states(pod)).toEqual([
			['nginx', 'running', true],
			['shell', 'waiting', false]
		]);
		expect(pod.status.containerStatuses![1].restartCount).toBe(1);
		expect(readyCondition(pod).message).toBe('containers with unready status: [shell]');
		expect(text(exits, 'kubectl get pods')).toContain('1/2     CrashLoopBackOff   1 (');

		const both = podCreationTimeline(
			scenario({
				moreContainers: [container('shell', 'busybox:1.36'), container('log', 'nginx:9.9')]
			})
		);
		expect(both.steps.slice(-3).map((s) => s.id)).toEqual([
			'reportPullError',
			'containerExit',
			'restartBackOff'
		]);
		const end = lastPod(both);
		expect(
			end.status.containerStatuses!.map((c) => [
				c.name,
				'waiting' in c.state ? c.state.waiting.reason : 'running'
			])
		).toEqual([
			['log', 'ImagePullBackOff'],
			['nginx', 'running'],
			['shell', 'CrashLoopBackOff']
		]);
		// getPhase: a container that has never started keeps the pod Pending
		expect(end.status.phase).toBe('Pending');
		expect(readyCondition(end).message).toBe('containers with unready status: [shell log]');
		expect(stepText(podStepsEn as StepTexts, both.steps.at(-1)!).body).toContain(
			'ImagePullBackOff'
		);
	});

	it('a second container of an image that just failed does not pull again: the pod’s back-off holds it', () => {
		const tl = podCreationTimeline(
			scenario({ image: 'nginx:9.9', moreContainers: [container('log', 'nginx:9.9')] })
		);
		const ensures = tl.steps.filter((s) => s.id === 'ensureImage');
		expect(ensures.map((s) => s.params.outcome)).toEqual(['failed', 'backoff']);
		expect(ensures[1].messages.map((m) => m.label)).not.toContain('CRI PullImage nginx:9.9');
		const logEvents = stored(ensures[1])
			.filter((e) => e.involvedObject.fieldPath === 'spec.containers{log}')
			.map((e) => [e.reason, e.message]);
		expect(logEvents).toEqual([
			['BackOff', 'Back-off pulling image "nginx:9.9"'],
			['Failed', 'Error: ImagePullBackOff']
		]);
		// the back-off step counts up the events the held container wrote already
		expect(tl.steps.at(-1)!.messages[0].label).toBe(
			'POST events: BackOff, Failed · PATCH 2 events'
		);
		expect(
			stepText(
				podStepsEn as StepTexts,
				tl.steps.find((s) => s.id === 'reportPullError')!
			).body
		).toContain("nginx waits with reason ErrImagePull, and log, held by the same image's back-off");
		const reported = podAt(tl.steps.find((s) => s.id === 'reportPullError')!)!;
		expect(
			reported.status.containerStatuses!.map((c) => [
				c.name,
				'waiting' in c.state ? c.state.waiting.reason : ''
			])
		).toEqual([
			['log', 'ImagePullBackOff'],
			['nginx', 'ErrImagePull']
		]);
	});

	it('containers that exit each keep their own code, and their restarts add up', () => {
		const tl = podCreationTimeline(
			scenario({
				moreContainers: [container('shell', 'busybox:1.36'), container('db', 'postgres:16')]
			})
		);
		const exit = tl.steps.find((s) => s.id === 'containerExit')!;
		expect([exit.params.exitCode, exit.params.reason, exit.params.exitedCount]).toEqual([
			'0, 1',
			'Completed, Error',
			2
		]);
		const restart = tl.steps.at(-1)!;
		expect(restart.messages.filter((m) => m.kind === 'error').map((m) => m.label)).toEqual([
			'exited, code 0',
			'exited, code 1'
		]);
		expect(text(tl, 'kubectl get pods nginx')).toMatch(/nginx +1\/3 +\w+ +2 \(/);
		expect(stepText(podStepsEn as StepTexts, restart).body).toContain('RESTARTS 2');
	});

	it('a command of its own keeps a busybox running: kubectl run -- sleep 3600, and a sidecar’s loop', () => {
		const run = podCreationTimeline(scenario({ image: 'busybox:1.36', args: ['sleep', '3600'] }));
		expect(run.steps[0].command?.line).toBe('kubectl run nginx --image=busybox:1.36 -- sleep 3600');
		expect(run.steps.at(-1)!.id).toBe('reportRunning');
		expect(podAt(run.steps.at(-1)!)!.spec.containers[0].args).toEqual(['sleep', '3600']);
		expect(text(run, 'kubectl describe pod nginx')).toContain(
			'    Args:\n      sleep\n      3600\n'
		);
		const start = run.steps.find((s) => s.id === 'startContainer')!;
		expect(stepText(podStepsEn as StepTexts, start).body).toContain(
			"The container's args, sleep 3600, replace the image's command"
		);
		const withCommand = podCreationTimeline(
			scenario({ image: 'busybox:1.36', command: ['sh', '-c', 'sleep 3600'] })
		);
		expect(withCommand.steps[0].command?.line).toBe(
			"kubectl run nginx --image=busybox:1.36 --command -- sh -c 'sleep 3600'"
		);
		const started = withCommand.steps.find((s) => s.id === 'startContainer')!;
		expect(stepText(podStepsEn as StepTexts, started).body).toContain(
			"the container's own command, sh -c 'sleep 3600', not the image's"
		);

		const sidecar = podCreationTimeline(
			scenario({
				moreContainers: [
					container('log', 'busybox:1.36', null, {
						command: ['sh', '-c', 'while true; do sleep 5; done']
					})
				]
			})
		);
		expect(sidecar.steps.at(-1)!.id).toBe('reportRunning');
		expect(text(sidecar, 'kubectl get pods nginx')).toMatch(/nginx +2\/2 +Running/);
	});

	it('the scheduler and the kubelet add the containers’ requests up', () => {
		// 2500m and 2500m each fit a 4-CPU node, together they do not
		const two = [container('log', 'redis:7.2', 2500)];
		const tl = podCreationTimeline(scenario({ cpu: 2500, moreContainers: two }));
		expect(tl.steps.at(-1)!.id).toBe('failedScheduling');
		const pinned = podCreationTimeline(
			scenario({ cpu: 2500, moreContainers: two, nodeName: 'node-1' })
		);
		expect(pinned.steps.at(-1)!.id).toBe('kubeletRejects');
		// the rejection is about the pod: no container's fieldPath
		const rejected = stored(pinned.steps.at(-1)!).find((e) => e.reason === 'OutOfcpu')!;
		expect(rejected.involvedObject.fieldPath).toBeUndefined();
	});

	it('the manifest lists every container with its resources, and kubectl describe shows each', () => {
		const tl = podCreationTimeline(
			scenario({ moreContainers: [container('log', 'redis:7.2', 100)] })
		);
		expect(tl.steps[0].command?.manifest).toContain(
			'  - name: log\n    image: redis:7.2\n    resources:\n      requests:\n        cpu: 100m'
		);
		const described = text(tl, 'kubectl describe pod nginx');
		expect(described).toContain('\n  nginx:\n');
		expect(described).toContain('\n  log:\n');
	});

	it('a first container named otherwise than the pod needs a manifest, and keeps its name everywhere', () => {
		const tl = podCreationTimeline(
			scenario({ containerName: 'web', moreContainers: [container('nginx', 'redis:7.2')] })
		);
		// kubectl run names the container as the pod: only a manifest names it otherwise
		expect(tl.steps[0].command?.line).toBe('kubectl apply -f nginx.yaml');
		expect(tl.steps[0].command?.manifest).toContain(
			'  containers:\n  - name: web\n    image: nginx:1.27\n  - name: nginx\n    image: redis:7.2'
		);
		const kubeletSteps = tl.steps.filter((s) => s.id === 'startContainer');
		expect(kubeletSteps.map((s) => s.params.container)).toEqual(['web', 'nginx']);
		const pod = lastPod(tl);
		expect(pod.spec.containers.map((c) => c.name)).toEqual(['web', 'nginx']);
		expect(states(pod)).toEqual([
			['nginx', 'running', true],
			['web', 'running', true]
		]);
		const pulled = stored(tl.steps.at(-1)!).filter((e) => e.reason === 'Created');
		expect(pulled.map((e) => e.involvedObject.fieldPath)).toEqual([
			'spec.containers{web}',
			'spec.containers{nginx}'
		]);
		// kubectl logs defaults to the first container in the spec, by its own name
		const logs = runLine('kubectl logs nginx', tl.steps.at(-1)!.snapshot).chunks;
		expect(logs).toContainEqual(
			expect.objectContaining({ text: 'Defaulted container "web" out of: web, nginx' })
		);
		// one container, named as the pod, is kubectl run's as before
		const same = podCreationTimeline(scenario({ containerName: 'nginx' }));
		expect(same.steps[0].command?.line).toBe('kubectl run nginx --image=nginx:1.27');
	});
});

describe('pod-creation timeline, init containers', () => {
	const init = (name: string, image: string, over: Partial<ContainerScenario> = {}) =>
		containerScenario(name, image, over);
	const get = (step: Step, line = 'kubectl get pods nginx') =>
		runLine(line, step.snapshot)
			.chunks.map((c) => ('text' in c ? c.text : ''))
			.join('\n');
	const statusAt = (step: Step) => get(step).split('\n')[1].split(/ +/).slice(1, 4).join(' ');
	const two = [
		init('init-a', 'busybox:1.36'),
		init('init-b', 'busybox:1.36', { command: ['sh', '-c', 'sleep 2'] })
	];

	it('run one at a time, each to success, before the containers start; kubectl shows Init:N/M, then PodInitializing', () => {
		const tl = podCreationTimeline(scenario({ initContainers: two }));
		const kubeletSteps = tl.steps.slice(tl.steps.findIndex((s) => s.id === 'kubeletAdmit'));
		expect(
			kubeletSteps.map((s) => `${s.id}${'container' in s.params ? ` ${s.params.container}` : ''}`)
		).toEqual([
			'kubeletAdmit',
			'runSandbox',
			'ensureImage init-a',
			'createContainer init-a',
			'startContainer init-a',
			'initContainerDone init-a',
			'ensureImage init-b',
			'createContainer init-b',
			'startContainer init-b',
			'initContainerDone init-b',
			'ensureImage nginx',
			'createContainer nginx',
			'startContainer nginx',
			'reportRunning'
		]);
		// printPod: READY counts the containers only; STATUS reads the init containers first
		expect(kubeletSteps.map(statusAt)).toEqual([
			'0/1 Init:0/2 0',
			'0/1 Init:0/2 0',
			'0/1 Init:0/2 0',
			'0/1 Init:0/2 0',
			'0/1 Init:0/2 0',
			'0/1 Init:1/2 0',
			'0/1 Init:1/2 0',
			'0/1 Init:1/2 0',
			'0/1 Init:1/2 0',
			'0/1 PodInitializing 0',
			'0/1 PodInitializing 0',
			'0/1 PodInitializing 0',
			'0/1 PodInitializing 0',
			'1/1 Running 0'
		]);
		const admitted = podAt(kubeletSteps[0])!;
		expect(admitted.status.conditions!.find((c) => c.type === 'Initialized')).toMatchObject({
			status: 'False',
			reason: 'ContainersNotInitialized',
			message: 'containers with incomplete status: [init-a init-b]'
		});
		expect(admitted.status.initContainerStatuses!.map((c) => c.name)).toEqual(['init-a', 'init-b']);
		for (const cs of [
			...admitted.status.initContainerStatuses!,
			...admitted.status.containerStatuses!
		])
			expect(cs.state).toEqual({ waiting: { reason: 'PodInitializing' } });
		const pod = podAt(tl.steps.at(-1)!)!;
		expect(conditions(pod).Initialized).toBe('True');
		expect(pod.status.phase).toBe('Running');
		for (const cs of pod.status.initContainerStatuses!)
			expect(cs).toMatchObject({
				ready: true,
				started: false,
				state: { terminated: { exitCode: 0, reason: 'Completed' } }
			});
		// each init container's events name it in spec.initContainers
		const started = Object.values(tl.steps.at(-1)!.snapshot.etcd.kvs)
			.filter((kv) => kv.key.startsWith('/registry/events/default/nginx.'))
			.sort((x, y) => x.mod_revision - y.mod_revision)
			.map((kv) => JSON.parse(kv.value))
			.filter((e) => e.reason === 'Started')
			.map((e) => e.involvedObject.fieldPath);
		expect(started).toEqual([
			'spec.initContainers{init-a}',
			'spec.initContainers{init-b}',
			'spec.containers{nginx}'
		]);
		// kubectl: the manifest names them, describe lists them first, logs names them (init)
		expect(tl.steps[0].command?.line).toBe('kubectl apply -f nginx.yaml');
		expect(tl.steps[0].command?.manifest).toContain(
			'  initContainers:\n  - name: init-a\n    image: busybox:1.36\n  - name: init-b\n'
		);
		const described = get(tl.steps.at(-1)!, 'kubectl describe pod nginx');
		expect(described.indexOf('Init Containers:\n  init-a:\n')).toBeGreaterThan(0);
		expect(described.indexOf('Init Containers:')).toBeLessThan(described.indexOf('\nContainers:'));
		expect(described).toMatch(
			/ {4}State: +Terminated\n {6}Reason: +Completed\n {6}Exit Code: +0\n/
		);
		expect(get(tl.steps.at(-1)!, 'kubectl logs nginx')).toContain(
			'Defaulted container "nginx" out of: nginx, init-a (init), init-b (init)'
		);
		const body = (s: Step) => stepText(podStepsEn as StepTexts, s).body;
		const done = tl.steps.filter((s) => s.id === 'initContainerDone');
		expect(body(done[0])).toContain('kubectl shows Init:1/2');
		expect(body(done[1])).toContain('Initialized turns True');
		expect(stepText(podStepsKo as StepTexts, done[1]).body).toContain(
			'Initialized가 True가 됩니다'
		);
	});

	it('an init container that keeps running holds the pod at Init:0/1; one not pulled at Init:ImagePullBackOff', () => {
		const running = podCreationTimeline(scenario({ initContainers: [init('wait', 'nginx:1.27')] }));
		expect(running.steps.at(-1)!.id).toBe('initRunning');
		expect(statusAt(running.steps.at(-1)!)).toBe('0/1 Init:0/1 0');
		expect(
			running.steps.some((s) => 'container' in s.params && s.params.container === 'nginx')
		).toBe(false);
		const pod = podAt(running.steps.at(-1)!)!;
		expect(pod.status.initContainerStatuses![0]).toMatchObject({ ready: false, started: true });
		expect(pod.status.phase).toBe('Pending');

		const notPulled = podCreationTimeline(
			scenario({ initContainers: [init('fetch', 'nginx:9.9'), init('later', 'busybox:1.36')] })
		);
		// the next init container is not tried: an init container's failure stops the pod there
		expect(notPulled.steps.slice(-3).map((s) => s.id)).toEqual([
			'ensureImage',
			'reportPullError',
			'imagePullBackOff'
		]);
		expect(statusAt(notPulled.steps.at(-2)!)).toBe('0/1 Init:ErrImagePull 0');
		expect(statusAt(notPulled.steps.at(-1)!)).toBe('0/1 Init:ImagePullBackOff 0');
		expect(get(notPulled.steps.at(-1)!, 'kubectl logs nginx')).toContain(
			'container "nginx" in pod "nginx" is waiting to start: PodInitializing'
		);
		expect(get(notPulled.steps.at(-1)!, 'kubectl logs nginx -c fetch')).toContain(
			'container "fetch" in pod "nginx" is waiting to start: trying and failing to pull image'
		);
	});

	it('an init container that fails is restarted and backs off: Init:Error, then Init:CrashLoopBackOff with its restarts', () => {
		const tl = podCreationTimeline(scenario({ initContainers: [init('db', 'postgres:16')] }));
		expect(tl.steps.slice(-2).map((s) => s.id)).toEqual(['containerExit', 'restartBackOff']);
		expect(statusAt(tl.steps.at(-2)!)).toBe('0/1 Init:Error 0');
		expect(get(tl.steps.at(-1)!)).toMatch(/nginx +0\/1 +Init:CrashLoopBackOff +1 \(0s ago\)/);
		const pod = podAt(tl.steps.at(-1)!)!;
		expect(pod.status.phase).toBe('Pending');
		// Initialized stayed False throughout: its transition time is the first status's
		const initialized = pod.status.conditions!.find((c) => c.type === 'Initialized')!;
		expect(initialized.status).toBe('False');
		expect(initialized.lastTransitionTime).toBe(
			podAt(tl.steps.find((s) => s.id === 'kubeletAdmit')!)!.status.conditions!.find(
				(c) => c.type === 'Initialized'
			)!.lastTransitionTime
		);
		expect(stepText(podStepsEn as StepTexts, tl.steps.at(-1)!).title).toBe(
			'Restarted, exited again: Init:CrashLoopBackOff'
		);
		// it ran: its status has the runtime's ids, and its logs (now and before the restart) are there
		const db = pod.status.initContainerStatuses![0];
		expect(db.image).toBe('docker.io/library/postgres:16');
		expect(db.lastState).toMatchObject({ terminated: { exitCode: 1, reason: 'Error' } });
		expect(
			(db.lastState as { terminated: { containerID: string } }).terminated.containerID
		).toMatch(/^containerd:\/\//);
		expect(get(tl.steps.at(-2)!, 'kubectl logs nginx -c db')).not.toContain('Error from server');
		expect(get(tl.steps.at(-1)!, 'kubectl logs nginx -c db --previous')).not.toContain(
			'Error from server'
		);
	});

	it('the scheduler counts the largest init container where it asks for more than the containers together', () => {
		// 3000m fits a 4-CPU node; 5000m in an init container fits none, though the container asks for nothing
		const fits = podCreationTimeline(
			scenario({ cpu: 500, initContainers: [init('a', 'busybox:1.36', { cpu: 3000 })] })
		);
		const pod = listPods(fits.steps.at(-1)!.snapshot).find((p) => p.metadata.name === 'nginx')!;
		expect(fits.steps.at(-1)!.id).toBe('reportRunning');
		expect(podRequests(pod).cpu).toBe(3000);
		// kubectl describe node counts it so too (resourcehelper.PodRequests)
		expect(get(fits.steps.at(-1)!, `kubectl describe node ${pod.spec.nodeName}`)).toMatch(
			/ nginx +3 \(75%\) /
		);
		const big = podCreationTimeline(
			scenario({ initContainers: [init('a', 'busybox:1.36', { cpu: 5000 })] })
		);
		expect(big.steps.at(-1)!.id).toBe('failedScheduling');
		expect(stepText(podStepsEn as StepTexts, big.steps.at(-1)!).body).toContain('Insufficient cpu');
	});

	it('an init container named as a container is left out, as the API server would refuse it', () => {
		const tl = podCreationTimeline(
			scenario({ initContainers: [init('nginx', 'busybox:1.36'), init('init', 'busybox:1.36')] })
		);
		const pod = podAt(tl.steps.at(-1)!)!;
		expect(pod.spec.initContainers!.map((c) => c.name)).toEqual(['init']);
	});
});
