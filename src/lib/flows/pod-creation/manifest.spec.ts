import { describe, expect, it } from 'vitest';
import { applyPod } from '$lib/sim/manifest/applyPod';
import { runLine } from '$lib/sim/cli/shell';
import { manifestOf, podFromManifest } from './manifest';
import { containerScenario } from './containers';
import { defaultPodScenario, type PodScenario } from './scenario';
import { podCreationTimeline } from './timeline';

const NS = ['default', 'kube-system'];
const pod = (text: string) => {
	const r = applyPod(text, 'pod.yaml', NS);
	if (!('pod' in r)) throw new Error(JSON.stringify(r));
	return r.pod;
};

describe('the flow’s pod as a manifest, and back', () => {
	it('the manifest is what kubectl run --dry-run=client -o yaml prints, with the requests', () => {
		const state = podCreationTimeline(defaultPodScenario).steps[0].snapshot;
		const printed = runLine(
			'kubectl run nginx --image=nginx:1.27 --dry-run=client -o yaml',
			state
		).chunks.map((c) => ('text' in c ? c.text : ''));
		expect(manifestOf(defaultPodScenario).trimEnd()).toBe(printed.join(''));
		expect(manifestOf({ ...defaultPodScenario, cpu: 250, memory: 64 * 2 ** 20 })).toContain(
			'    resources:\n      requests:\n        cpu: 250m\n        memory: 64Mi\n'
		);
	});

	it('applied as it is, it gives the scenario back, with nothing left out', () => {
		const s = {
			...defaultPodScenario,
			cpu: 500,
			memory: 2 ** 30,
			cpuLimit: 1000,
			memoryLimit: 2 ** 30
		};
		expect(podFromManifest(pod(manifestOf(s)), defaultPodScenario)).toEqual({
			scenario: s,
			ignored: []
		});
	});

	it('what the flow does not play is named; limits and nodeName are played', () => {
		const text = manifestOf(defaultPodScenario)
			.replace('    resources: {}\n', '    resources:\n      limits:\n        cpu: "1"\n')
			.replace('  dnsPolicy', '  nodeName: node-2\n  dnsPolicy')
			.replace('    run: nginx', '    app: web');
		const played = podFromManifest(pod(text), defaultPodScenario);
		expect(played).toEqual({
			scenario: {
				...defaultPodScenario,
				cpuLimit: 1000,
				labels: { app: 'web' },
				nodeName: 'node-2'
			},
			ignored: []
		});
	});

	it('labels and a node selector are played: kubectl run’s own label is the default, none is none', () => {
		const base = manifestOf(defaultPodScenario);
		expect(podFromManifest(pod(base), defaultPodScenario)).toEqual({
			scenario: defaultPodScenario,
			ignored: []
		});
		const selected = base
			.replace('  dnsPolicy', '  nodeSelector:\n    kubernetes.io/hostname: node-2\n  dnsPolicy')
			.replace('    run: nginx', '    run: nginx\n    tier: frontend');
		expect(podFromManifest(pod(selected), defaultPodScenario)).toEqual({
			scenario: {
				...defaultPodScenario,
				labels: { run: 'nginx', tier: 'frontend' },
				nodeSelector: { 'kubernetes.io/hostname': 'node-2' }
			},
			ignored: []
		});
		const unlabelled = base.replace('  labels:\n    run: nginx\n', '');
		expect(podFromManifest(pod(unlabelled), defaultPodScenario)).toMatchObject({
			scenario: { labels: {} }
		});
		// an empty nodeName is none: the scheduler places the pod
		const empty = base.replace('  dnsPolicy', '  nodeName: ""\n  dnsPolicy');
		expect(podFromManifest(pod(empty), defaultPodScenario)).toMatchObject({
			scenario: { nodeName: null }
		});
		// the manifest the flow writes for a scenario reads back as that scenario
		const scenario = {
			...defaultPodScenario,
			labels: { app: 'web' },
			nodeSelector: { disktype: 'ssd' },
			nodeName: 'node-9',
			tolerations: [
				{
					key: 'dedicated',
					operator: 'Equal' as const,
					value: 'gpu',
					effect: 'NoSchedule' as const
				},
				{ operator: 'Exists' as const }
			]
		};
		expect(podFromManifest(pod(manifestOf(scenario)), defaultPodScenario)).toEqual({
			scenario,
			ignored: []
		});
	});

	it('a value the API server takes but the flow cannot play is said, not played', () => {
		const dotted = manifestOf(defaultPodScenario).replace(
			'  name: nginx\nspec',
			'  name: web.v2\nspec'
		);
		expect(podFromManifest(pod(dotted), defaultPodScenario)).toEqual({
			cannot: 'name',
			value: 'web.v2'
		});
		const inSystem = manifestOf(defaultPodScenario).replace(
			'  name: nginx\nspec',
			'  name: nginx\n  namespace: kube-system\nspec'
		);
		expect(podFromManifest(pod(inSystem), defaultPodScenario)).toEqual({
			cannot: 'namespace',
			value: 'kube-system'
		});
	});

	it('tolerations are played: no operator is Equal; tolerationSeconds is named, as no eviction plays here', () => {
		const text = manifestOf(defaultPodScenario).replace(
			'  dnsPolicy',
			'  tolerations:\n  - key: dedicated\n    value: gpu\n    effect: NoSchedule\n' +
				'  - key: node.kubernetes.io/unreachable\n    operator: Exists\n    effect: NoExecute\n    tolerationSeconds: 60\n  dnsPolicy'
		);
		expect(podFromManifest(pod(text), defaultPodScenario)).toEqual({
			scenario: {
				...defaultPodScenario,
				tolerations: [
					{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' },
					{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' }
				]
			},
			ignored: ['spec.tolerations[1].tolerationSeconds']
		});
	});
});

describe('a manifest with more than one container', () => {
	const sidecar = containerScenario('log', 'busybox:1.36', { cpu: 100, cpuLimit: 200 });

	it('lists every container, and applied it gives the scenario back with nothing left out', () => {
		const s = { ...defaultPodScenario, moreContainers: [sidecar] };
		const text = manifestOf(s);
		expect(text).toContain(
			'  - image: busybox:1.36\n    name: log\n    resources:\n      limits:\n        cpu: 200m\n      requests:\n        cpu: 100m\n'
		);
		expect(podFromManifest(pod(text), defaultPodScenario)).toEqual({ scenario: s, ignored: [] });
	});

	it('a second container’s command and args are played, with its name, image and resources; ports are named', () => {
		const text = manifestOf(defaultPodScenario).replace(
			'    resources: {}\n',
			'    resources: {}\n  - name: log\n    image: busybox:1.36\n    command: ["sh", "-c"]\n    args: ["while true; do sleep 5; done"]\n    ports:\n    - containerPort: 80\n'
		);
		const played = podFromManifest(pod(text), defaultPodScenario);
		const log = containerScenario('log', 'busybox:1.36', {
			command: ['sh', '-c'],
			args: ['while true; do sleep 5; done']
		});
		expect(played).toEqual({
			scenario: { ...defaultPodScenario, moreContainers: [log] },
			ignored: ['spec.containers[1].ports[0].containerPort']
		});
		// and back: the manifest writes them, and applied it gives the same pod
		const again = podFromManifest(
			pod(manifestOf({ ...defaultPodScenario, moreContainers: [log] })),
			defaultPodScenario
		);
		expect(again).toEqual({
			scenario: { ...defaultPodScenario, moreContainers: [log] },
			ignored: []
		});
	});

	it('more containers than the flow plays, or one it cannot read, is said and nothing is played', () => {
		const six = Array.from(
			{ length: 5 },
			(_, i) => `  - name: c${i}\n    image: nginx:1.27\n`
		).join('');
		const text = manifestOf(defaultPodScenario).replace(
			'    resources: {}\n',
			`    resources: {}\n${six}`
		);
		expect(podFromManifest(pod(text), defaultPodScenario)).toEqual({
			cannot: 'containers',
			value: '6'
		});
		const slow = manifestOf(defaultPodScenario).replace(
			'    resources: {}\n',
			'    resources: {}\n  - name: log\n    image: busybox:1.36\n    resources:\n      requests:\n        cpu: "0.0001"\n'
		);
		expect(podFromManifest(pod(slow), defaultPodScenario)).toEqual({
			cannot: 'cpu',
			value: '0.0001'
		});
	});

	it('a first container named otherwise is played with its own name, beside one named as the pod', () => {
		const text = manifestOf(defaultPodScenario).replace(
			'    name: nginx\n    resources: {}\n',
			'    name: app\n    resources: {}\n  - name: nginx\n    image: redis:7.2\n'
		);
		const s: PodScenario = {
			...defaultPodScenario,
			containerName: 'app',
			moreContainers: [containerScenario('nginx', 'redis:7.2')]
		};
		expect(podFromManifest(pod(text), defaultPodScenario)).toEqual({ scenario: s, ignored: [] });
		// written back with that name, and one named as the pod is kubectl run's again
		expect(manifestOf(s)).toContain('  containers:\n  - image: nginx:1.27\n    name: app\n');
		const again = podFromManifest(
			pod(manifestOf({ ...s, containerName: 'nginx', moreContainers: [] })),
			defaultPodScenario
		);
		expect(again).toEqual({ scenario: defaultPodScenario, ignored: [] });
	});

	it('init containers are played, in order, with their commands and resources, and written back', () => {
		const text = manifestOf(defaultPodScenario).replace(
			'  dnsPolicy: ClusterFirst\n',
			'  dnsPolicy: ClusterFirst\n  initContainers:\n  - name: wait\n    image: busybox:1.36\n    command: ["sh", "-c", "sleep 2"]\n    resources:\n      requests:\n        cpu: 100m\n  - name: migrate\n    image: postgres:16\n'
		);
		const s: PodScenario = {
			...defaultPodScenario,
			initContainers: [
				containerScenario('wait', 'busybox:1.36', { command: ['sh', '-c', 'sleep 2'], cpu: 100 }),
				containerScenario('migrate', 'postgres:16')
			]
		};
		expect(podFromManifest(pod(text), defaultPodScenario)).toEqual({ scenario: s, ignored: [] });
		expect(podFromManifest(pod(manifestOf(s)), defaultPodScenario)).toEqual({
			scenario: s,
			ignored: []
		});
		const four = Array.from({ length: 4 }, (_, i) => `  - name: i${i}\n    image: busybox:1.36\n`);
		const many = manifestOf(defaultPodScenario).replace(
			'  dnsPolicy: ClusterFirst\n',
			`  dnsPolicy: ClusterFirst\n  initContainers:\n${four.join('')}`
		);
		expect(podFromManifest(pod(many), defaultPodScenario)).toEqual({
			cannot: 'initContainers',
			value: '4'
		});
		// a sidecar (restartPolicy Always) keeps running beside the app containers: not played
		const sidecar = manifestOf(defaultPodScenario).replace(
			'  dnsPolicy: ClusterFirst\n',
			'  dnsPolicy: ClusterFirst\n  initContainers:\n  - name: proxy\n    image: nginx:1.27\n    restartPolicy: Always\n'
		);
		expect(podFromManifest(pod(sidecar), defaultPodScenario)).toEqual({
			cannot: 'sidecar',
			value: 'proxy'
		});
	});

	it('two containers of one name are refused by the API server’s validation', () => {
		const text = manifestOf(defaultPodScenario).replace(
			'    resources: {}\n',
			'    resources: {}\n  - name: nginx\n    image: redis:7.2\n'
		);
		const r = applyPod(text, 'pod.yaml', NS);
		expect('pod' in r).toBe(false);
		expect(JSON.stringify(r)).toContain('spec.containers[1].name: Duplicate value: \\"nginx\\"');
	});
});
