import { describe, expect, it } from 'vitest';
import { FLOWS } from '$lib/flows/registry';
import type { Timeline } from '$lib/flows/types';
import { defaultPodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import type { ClusterState } from '../cluster';
import { KUBERNETES_VERSION } from '../version';
import { runLine } from './shell';

const end = podCreationTimeline(defaultPodScenario).steps.at(-1)!.snapshot;
const text = (line: string, state: ClusterState = end) =>
	runLine(line, state)
		.chunks.map((c) => ('text' in c ? c.text : `[${Object.keys(c)[0]}]`))
		.join('\n');

describe('kubectl describe node, as describe.go writes it through the tabwriter', () => {
	const out = text('kubectl describe node node-3').split('\n');

	it('the head: name, roles, labels, taints, lease, one aligned block until a line without a tab', () => {
		expect(out.slice(0, 2)).toEqual(['Name:               node-3', 'Roles:              <none>']);
		expect(out).toContain('Taints:             <none>');
		expect(out).toContain('Unschedulable:      false');
		const lease = out.indexOf('Lease:');
		expect(out[lease + 1]).toBe('  HolderIdentity:  node-3');
		expect(out[lease + 2]).toBe('  AcquireTime:     <unset>');
		expect(out[lease + 3]).toMatch(
			/^ {2}RenewTime: {7}\w{3}, \d\d \w{3} 2026 \d\d:\d\d:\d\d \+0000$/
		);
	});

	it('conditions with the trailing spaces describe.go writes, then addresses, capacity, system info', () => {
		const head = out.indexOf('Conditions:');
		expect(out[head + 1]).toMatch(
			/^ {2}Type +Status +LastHeartbeatTime +LastTransitionTime +Reason +Message$/
		);
		expect(out[head + 6]).toMatch(
			/^ {2}Ready +True +\w{3}, .* +KubeletReady +kubelet is posting ready status$/
		);
		expect(out).toContain('  InternalIP:  192.168.56.13');
		expect(out).toContain(`  Kubelet Version:            ${KUBERNETES_VERSION}`);
	});

	it('Kube-Proxy Version stays, empty: the kubelet no longer reports one (DisableNodeKubeProxyVersion)', () => {
		const line = out.find((l) => l.startsWith('  Kube-Proxy Version:'));
		expect(line?.trim()).toBe('Kube-Proxy Version:');
	});

	it('the pods on it and what they ask for, in shares of what it can give, truncated', () => {
		const pods = out.indexOf('Non-terminated Pods:          (4 in total)');
		expect(pods).toBeGreaterThan(0);
		// the pods' table shares its first column with PodCIDRs and System Info above it
		expect(out[pods - 1]).toBe('PodCIDRs:                     10.244.3.0/24');
		expect(out[pods + 4]).toMatch(
			/^ {2}default {21}web-7d4b9c8f6-w6lv5 {7}250m \(6%\) {5}0 \(0%\) {6}256Mi \(1%\) {7}0 \(0%\) {9}3d$/
		);
		expect(out.slice(-8)).toEqual([
			'  Resource           Requests    Limits',
			'  --------           --------    ------',
			'  cpu                250m (6%)   0 (0%)',
			'  memory             256Mi (1%)  0 (0%)',
			'  ephemeral-storage  0 (0%)      0 (0%)',
			'  hugepages-1Gi      0 (0%)      0 (0%)',
			'  hugepages-2Mi      0 (0%)      0 (0%)',
			'Events:              <none>'
		]);
	});

	it('a node the controllers acted on: its taints sorted by effect, its events by uid and name', async () => {
		const flow = await FLOWS['node-failure'].model();
		const tl = flow.build(flow.scenario.defaults) as Timeline;
		const failed = text('kubectl describe node node-2', tl.steps.at(-1)!.snapshot).split('\n');
		expect(failed).toContain('Taints:             node.kubernetes.io/unreachable:NoExecute');
		expect(failed).toContain('                    node.kubernetes.io/unreachable:NoSchedule');
		expect(failed.at(-1)).toMatch(
			/^ {2}Normal +NodeNotReady +\S+ +node-controller +Node node-2 status is now: NodeNotReady$/
		);
	});

	it('describe nodes: each of them; a name not there is NotFound', () => {
		expect(text('kubectl describe nodes').match(/^Name: /gm)).toHaveLength(3);
		expect(text('kubectl describe node node-9')).toBe(
			'Error from server (NotFound): nodes "node-9" not found'
		);
	});
});
