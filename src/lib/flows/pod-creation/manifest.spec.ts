import { describe, expect, it } from 'vitest';
import { applyPod } from '$lib/sim/manifest/applyPod';
import { runLine } from '$lib/sim/cli/shell';
import { manifestOf, podFromManifest } from './manifest';
import { containerScenario } from './containers';
import { defaultPodScenario, type PodScenario } from './scenario';
import { podCreationTimeline } from './timeline';

const NS = ['default', 'kube-system'];
/** the default pod's manifest with `from` replaced by `to` */
const edited = (from: string, to: string) => manifestOf(defaultPodScenario).replace(from, to);
const pod = (text: string) => {
	const r = applyPod(text, 'pod.yaml', NS);
	if (!('pod' in r)) throw new Error(JSON.stringify(r));
	return r.pod;
};
/** what the flow plays of a manifest the API server accepted */
const played = (text: string) => podFromManifest(pod(text), defaultPodScenario);

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
		const result = played(text);
		expect(result).toEqual({
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
		expect(played(base)).toEqual({
			scenario: defaultPodScenario,
			ignored: []
		});
		const selected = base
			.replace('  dnsPolicy', '  nodeSelector:\n    kubernetes.io/hostname: node-2\n  dnsPolicy')
			.replace('    run: nginx', '    run: nginx\n    tier: frontend');
		expect(played(selected)).toEqual({
			scenario: {
				...defaultPodScenario,
				labels: { run: 'nginx', tier: 'frontend' },
				nodeSelector: { 'kubernetes.io/hostname': 'node-2' }
			},
			ignored: []
		});
		const unlabelled = base.replace('  labels:\n    run: nginx\n', '');
		expect(played(unlabelled)).toMatchObject({
			scenario: { labels: {} }
		});
		// an empty nodeName is none: the scheduler places the pod
		const empty = base.replace('  dnsPolicy', '  nodeName: ""\n  dnsPolicy');
		expect(played(empty)).toMatchObject({
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
		const dotted = edited('  name: nginx\nspec', '  name: web.v2\nspec');
		expect(played(dotted)).toEqual({
			cannot: 'name',
			value: 'web.v2'
		});
		const inSystem = edited('  name: nginx\nspec', '  name: nginx\n  namespace: kube-system\nspec');
		expect(played(inSystem)).toEqual({
			cannot: 'namespace',
			value: 'kube-system'
		});
	});

	it('tolerations are played: no operator is Equal; tolerationSeconds is named, as no eviction plays here', () => {
		const text = edited(
			'  dnsPolicy',
			'  tolerations:\n  - key: dedicated\n    value: gpu\n    effect: NoSchedule\n' +
				'  - key: node.kubernetes.io/unreachable\n    operator: Exists\n    effect: NoExecute\n    tolerationSeconds: 60\n  dnsPolicy'
		);
		expect(played(text)).toEqual({
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
		expect(played(text)).toEqual({ scenario: s, ignored: [] });
	});

	it('a second container’s command and args are played, with its name, image and resources; ports are named', () => {
		const text = edited(
			'    resources: {}\n',
			'    resources: {}\n  - name: log\n    image: busybox:1.36\n    command: ["sh", "-c"]\n    args: ["while true; do sleep 5; done"]\n    ports:\n    - containerPort: 80\n'
		);
		const result = played(text);
		const log = containerScenario('log', 'busybox:1.36', {
			command: ['sh', '-c'],
			args: ['while true; do sleep 5; done']
		});
		expect(result).toEqual({
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
		const text = edited('    resources: {}\n', `    resources: {}\n${six}`);
		expect(played(text)).toEqual({
			cannot: 'containers',
			value: '6'
		});
		const slow = edited(
			'    resources: {}\n',
			'    resources: {}\n  - name: log\n    image: busybox:1.36\n    resources:\n      requests:\n        cpu: "0.0001"\n'
		);
		expect(played(slow)).toEqual({
			cannot: 'cpu',
			value: '0.0001'
		});
	});

	it('a first container named otherwise is played with its own name, beside one named as the pod', () => {
		const text = edited(
			'    name: nginx\n    resources: {}\n',
			'    name: app\n    resources: {}\n  - name: nginx\n    image: redis:7.2\n'
		);
		const s: PodScenario = {
			...defaultPodScenario,
			containerName: 'app',
			moreContainers: [containerScenario('nginx', 'redis:7.2')]
		};
		expect(played(text)).toEqual({ scenario: s, ignored: [] });
		// written back with that name, and one named as the pod is kubectl run's again
		expect(manifestOf(s)).toContain('  containers:\n  - image: nginx:1.27\n    name: app\n');
		const again = podFromManifest(
			pod(manifestOf({ ...s, containerName: 'nginx', moreContainers: [] })),
			defaultPodScenario
		);
		expect(again).toEqual({ scenario: defaultPodScenario, ignored: [] });
	});

	it('init containers are played, in order, with their commands and resources, and written back', () => {
		const text = edited(
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
		expect(played(text)).toEqual({ scenario: s, ignored: [] });
		expect(podFromManifest(pod(manifestOf(s)), defaultPodScenario)).toEqual({
			scenario: s,
			ignored: []
		});
		const four = Array.from({ length: 4 }, (_, i) => `  - name: i${i}\n    image: busybox:1.36\n`);
		const many = edited(
			'  dnsPolicy: ClusterFirst\n',
			`  dnsPolicy: ClusterFirst\n  initContainers:\n${four.join('')}`
		);
		expect(played(many)).toEqual({
			cannot: 'initContainers',
			value: '4'
		});
		// a sidecar (restartPolicy Always) keeps running beside the app containers: not played
		const sidecar = edited(
			'  dnsPolicy: ClusterFirst\n',
			'  dnsPolicy: ClusterFirst\n  initContainers:\n  - name: proxy\n    image: nginx:1.27\n    restartPolicy: Always\n'
		);
		expect(played(sidecar)).toEqual({
			cannot: 'sidecar',
			value: 'proxy'
		});
	});

	it('two containers of one name are refused by the API server’s validation', () => {
		const text = edited(
			'    resources: {}\n',
			'    resources: {}\n  - name: nginx\n    image: redis:7.2\n'
		);
		const r = applyPod(text, 'pod.yaml', NS);
		expect('pod' in r).toBe(false);
		expect(JSON.stringify(r)).toContain('spec.containers[1].name: Duplicate value: \\"nginx\\"');
	});
});
