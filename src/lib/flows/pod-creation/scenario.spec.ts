import { containerScenario, playedLimits } from './containers';
import { podContainers, podInitContainers } from './playedContainers';
import { describe, expect, it } from 'vitest';
import { deepLinkSearch, readDeepLink, scenarioChanges } from '$lib/flows/kit/deepLink';
import { parseScenario, scenarioParams } from '$lib/flows/kit/fields';
import { defaultPodScenario, podProblems, podScenarioSpec, type PodScenario } from './scenario';
import type { Timeline } from '$lib/flows/types';

const parse = (q: string) => parseScenario(podScenarioSpec, new URLSearchParams(q));
const podScenarioParams = (s: PodScenario) => scenarioParams(podScenarioSpec, s);

describe('the pod-creation scenario’s fields', () => {
	it('reads every parameter', () => {
		expect(
			parse('nodes=5&name=web-1&image=redis:7.2&cpu=250m&memory=128Mi&seed=abc').scenario
		).toEqual({
			nodes: 5,
			name: 'web-1',
			containerName: null,
			image: 'redis:7.2',
			cpu: 250,
			memory: 128 * 1024 * 1024,
			cpuLimit: null,
			memoryLimit: null,
			command: null,
			args: null,
			labels: null,
			nodeSelector: {},
			nodeName: null,
			tolerations: [],
			moreContainers: [],
			initContainers: [],
			taints: [],
			seed: 'abc'
		});
	});

	it('reads more containers as name=image with their amounts; a bad one is named and skipped', () => {
		const read = parse(
			'moreContainers=log=busybox:1.36;cpu=100m;memoryLimit=64Mi,proxy=nginx:1.27,BAD=nginx,x=nginx;cpu=lots,y=nginx;gpu=1'
		);
		expect(read.scenario.moreContainers).toEqual([
			containerScenario('log', 'busybox:1.36', { cpu: 100, memoryLimit: 64 * 2 ** 20 }),
			containerScenario('proxy', 'nginx:1.27')
		]);
		expect(read.problems.map((p) => [p.field, p.value, p.reason])).toEqual([
			['moreContainers', 'BAD=nginx', 'container'],
			['moreContainers', 'x=nginx;cpu=lots', 'container'],
			['moreContainers', 'y=nginx;gpu=1', 'container']
		]);
		// written back as read
		expect(scenarioParams(podScenarioSpec, read.scenario).get('moreContainers')).toBe(
			'log=busybox:1.36;cpu=100m;memoryLimit=64Mi,proxy=nginx:1.27'
		);
	});

	it('reads a command and args as words, each percent-encoded where it must be; a bad one is named', () => {
		// as the app writes the link: the words' own escapes escaped again
		const read = parse(
			new URLSearchParams({
				image: 'busybox:1.36',
				args: 'sleep 3600',
				moreContainers:
					'loop=busybox:1.36;command=sh -c;args=while%20true%3B%20do%20sleep%205%3B%20done'
			}).toString()
		);
		expect(read.problems).toEqual([]);
		expect(read.scenario.args).toEqual(['sleep', '3600']);
		expect(read.scenario.command).toBeNull();
		expect(read.scenario.moreContainers[0]).toMatchObject({
			command: ['sh', '-c'],
			args: ['while true; do sleep 5; done']
		});
		// written back as read
		const params = scenarioParams(podScenarioSpec, read.scenario);
		expect(params.get('args')).toBe('sleep 3600');
		expect(params.get('moreContainers')).toBe(
			'loop=busybox:1.36;command=sh -c;args=while%20true%3B%20do%20sleep%205%3B%20done'
		);
		// a line break inside a word is refused too
		expect(parse('args=echo a%250Ab').problems.map((p) => p.reason)).toEqual(['containerCommand']);
		const bad = parse(`command=%25E0%25A4&args=${Array(21).fill('x').join(' ')}`);
		expect(bad.problems.map((p) => [p.field, p.reason])).toEqual([
			['command', 'containerCommand'],
			['args', 'containerCommand']
		]);
	});

	it('plays a container named twice once, and a limit below its request not at all, and says so', () => {
		const read = parse('moreContainers=nginx=redis:7.2,log=busybox:1.36;cpu=500m;cpuLimit=200m');
		expect(podContainers(read.scenario).map((c) => [c.name, c.cpu, c.cpuLimit])).toEqual([
			['nginx', null, null],
			['log', 500, null]
		]);
		expect(podProblems(read.scenario).map((p) => [p.field, p.value, p.reason])).toEqual([
			['moreContainers', 'nginx=redis:7.2', 'duplicateContainer'],
			['moreContainers', 'log;cpuLimit=200m', 'limitBelowRequest']
		]);
	});

	it('names the first container as given, else as the pod; a name taken twice is the given one', () => {
		const own = parse('containerName=web&moreContainers=nginx=redis:7.2,web=busybox:1.36');
		expect(podContainers(own.scenario).map((c) => [c.name, c.image])).toEqual([
			['web', 'nginx:1.27'],
			['nginx', 'redis:7.2']
		]);
		expect(podProblems(own.scenario).map((p) => [p.field, p.value, p.reason])).toEqual([
			['moreContainers', 'web=busybox:1.36', 'duplicateContainer']
		]);
		expect(podScenarioParams(own.scenario).get('containerName')).toBe('web');
		expect(podContainers(parse('').scenario)[0].name).toBe('nginx');
		// the API server's check of a container's name: a DNS-1123 label
		for (const bad of ['Web', 'web_1', '-web', 'a'.repeat(64), '-'])
			expect(parse(`containerName=${bad}`)).toEqual({
				scenario: defaultPodScenario,
				problems: [{ field: 'containerName', value: bad, reason: 'containerName' }]
			});
	});

	it('reads init containers as more containers are read; one named as a container is left out and said', () => {
		const read = parse(
			'initContainers=wait=busybox:1.36;command=sh -c sleep%25202;cpu=100m,nginx=busybox:1.36,log=busybox:1.36,BAD'
		);
		expect(read.problems.map((p) => [p.field, p.value, p.reason])).toEqual([
			['initContainers', 'BAD', 'container']
		]);
		expect(read.scenario.initContainers.map((c) => [c.name, c.command, c.cpu])).toEqual([
			['wait', ['sh', '-c', 'sleep 2'], 100],
			['nginx', null, null],
			['log', null, null]
		]);
		expect(podInitContainers(read.scenario).map((c) => c.name)).toEqual(['wait', 'log']);
		expect(podProblems(read.scenario).map((p) => [p.field, p.value, p.reason])).toEqual([
			['initContainers', 'nginx=busybox:1.36', 'duplicateContainer']
		]);
		// a sidecar's name an init container takes too: the init container is the duplicate
		const both = parse('moreContainers=log=redis:7.2&initContainers=log=busybox:1.36');
		expect(podProblems(both.scenario).map((p) => [p.field, p.reason])).toEqual([
			['initContainers', 'duplicateContainer']
		]);
		expect(scenarioParams(podScenarioSpec, read.scenario).get('initContainers')).toBe(
			'wait=busybox:1.36;cpu=100m;command=sh -c sleep%202,nginx=busybox:1.36,log=busybox:1.36'
		);
	});

	it('reads taints as kubectl taint nodes writes them, and tolerations; a bad one is named and skipped', () => {
		const read = parse(
			'taints=node-2:dedicated=gpu:NoSchedule,node-3:example.com/spot:PreferNoSchedule' +
				'&tolerations=dedicated=gpu:NoSchedule,spot,*:NoExecute'
		);
		expect(read.problems).toEqual([]);
		expect(read.scenario.taints).toEqual([
			{ node: 'node-2', key: 'dedicated', value: 'gpu', effect: 'NoSchedule' },
			{ node: 'node-3', key: 'example.com/spot', effect: 'PreferNoSchedule' }
		]);
		expect(read.scenario.tolerations).toEqual([
			{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' },
			{ key: 'spot', operator: 'Exists' },
			{ operator: 'Exists', effect: 'NoExecute' }
		]);
		// written back as read
		expect(parse(scenarioParams(podScenarioSpec, read.scenario).toString()).scenario).toEqual(
			read.scenario
		);
		const bad = parse(
			'taints=node-2:dedicated=gpu,node-2:dedicated=gpu:NoRun,node-x:a:NoSchedule,node-2:a:NoExecute,node-1:a:NoSchedule' +
				'&tolerations==gpu:NoSchedule,a:b:NoSchedule,a'
		);
		expect(bad.problems.map((p) => `${p.field} ${p.value} ${p.reason}`)).toEqual([
			'tolerations =gpu:NoSchedule toleration',
			'tolerations a:b:NoSchedule toleration',
			'taints node-2:dedicated=gpu taint',
			'taints node-2:dedicated=gpu:NoRun taint',
			'taints node-x:a:NoSchedule taint',
			// NoExecute would evict what runs there: the node-failure flow's story, not this one's
			'taints node-2:a:NoExecute taint'
		]);
		expect(bad.scenario.taints).toEqual([{ node: 'node-1', key: 'a', effect: 'NoSchedule' }]);
		expect(bad.scenario.tolerations).toEqual([{ key: 'a', operator: 'Exists' }]);
	});

	it('reads limits as quantities; one below its request is left out of the run, and said', () => {
		const read = parse('cpu=500m&cpuLimit=1&memoryLimit=256Mi&memory=512Mi');
		expect(read.problems).toEqual([]);
		expect(read.scenario).toMatchObject({ cpuLimit: 1000, memoryLimit: 256 * 2 ** 20 });
		expect(playedLimits(read.scenario)).toEqual({ cpu: 1000, memory: null });
		expect(podProblems(read.scenario)).toEqual([
			{ field: 'memoryLimit', value: '256Mi', reason: 'limitBelowRequest' }
		]);
		expect(parse('cpuLimit=lots').problems.map((p) => `${p.field} ${p.reason}`)).toEqual([
			'cpuLimit cpu'
		]);
	});

	it('reads nodeName as a node’s name, whether or not the cluster has it; a bad one is refused', () => {
		expect(parse('nodeName=node-9').scenario.nodeName).toBe('node-9');
		expect(parse('nodeName=worker.example.com').scenario.nodeName).toBe('worker.example.com');
		for (const bad of ['Node-1', '-node', 'node_1', '', 'a'.repeat(254)]) {
			const read = parse(`nodeName=${bad}`);
			expect(read.scenario.nodeName).toBeNull();
			expect(read.problems.map((p) => `${p.field} ${p.reason}`)).toEqual(['nodeName subdomain']);
		}
		const pinned = { ...defaultPodScenario, nodeName: 'node-2' };
		expect(scenarioParams(podScenarioSpec, pinned).toString()).toBe('nodeName=node-2');
		expect(parse('nodeName=node-2').scenario).toEqual(pinned);
	});

	it('says what a run changes as typed, not percent-encoded, and the link reads it back', () => {
		const scenario: PodScenario = {
			...defaultPodScenario,
			cpu: 500,
			labels: { app: 'web' },
			nodeSelector: { 'kubernetes.io/hostname': 'node-3' }
		};
		const flow = { scenario: podScenarioSpec };
		expect(scenarioChanges(flow, scenario)).toBe(
			'cpu=500m · labels=app=web · nodeSelector=kubernetes.io/hostname=node-3'
		);
		expect(parse(scenarioParams(podScenarioSpec, scenario).toString()).scenario).toEqual(scenario);
	});

	it('reads labels and a node selector as key=value pairs; one bad pair refuses the value', () => {
		const read = parse('labels=app=web,tier=frontend&nodeSelector=kubernetes.io/hostname=node-2');
		expect(read.scenario).toMatchObject({
			labels: { app: 'web', tier: 'frontend' },
			nodeSelector: { 'kubernetes.io/hostname': 'node-2' }
		});
		expect(read.problems).toEqual([]);
		expect(parse('labels=').scenario.labels).toEqual({});
		const bad = parse('labels=app=web,-bad=x&nodeSelector=disktype');
		expect(bad.scenario).toMatchObject({ labels: null, nodeSelector: {} });
		expect(bad.problems.map((p) => `${p.field} ${p.value} ${p.reason}`)).toEqual([
			'labels -bad=x labels',
			'nodeSelector disktype labels'
		]);
	});

	const nodes = (v: string) => [`nodes=${encodeURIComponent(v)}`, 'nodes', 'integerRange'];
	it.each([
		...[
			'0',
			'51',
			'-1',
			'-0',
			'+3',
			'2.5',
			'1.0',
			'1e3',
			'0x10',
			'abc',
			'',
			'   ',
			'3 4',
			'99999999999999999999',
			'1e309',
			'Infinity',
			'NaN',
			'٣', // an Arabic-Indic three: a digit, but not an ASCII one
			'3\u0000'
		].map(nodes),
		['name=<b>x</b>', 'name', 'dns1123'],
		['name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'name', 'dns1123'],
		['name=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'name', 'dns1123'],
		['name=Nginx', 'name', 'dns1123'],
		['name=web_1', 'name', 'dns1123'],
		['name=web.1', 'name', 'dns1123'],
		['name=-x', 'name', 'dns1123'],
		['name=x-', 'name', 'dns1123'],
		['name=caf%C3%A9', 'name', 'dns1123'],
		['name=', 'name', 'dns1123'],
		[`name=${'a'.repeat(64)}`, 'name', 'dns1123'],
		['image=NGINX!!', 'image', 'image'],
		['image=%3Cscript%3E', 'image', 'image'],
		['image=', 'image', 'image'],
		[`image=${'a'.repeat(300)}`, 'image', 'image'],
		...['lots', 'abc', '-1', '-250m', '1e3', '1.5m', '0.0005', '2Ki', '99999999999999999999'].map(
			(v) => [`cpu=${v}`, 'cpu', 'cpu']
		),
		...['1Zi', 'abc', '-1Gi', '1e3', '1.5.5Mi', '128MB', '9999Ei'].map((v) => [
			`memory=${v}`,
			'memory',
			'memory'
		]),
		['seed=<script>', 'seed', 'seed'],
		['seed=', 'seed', 'seed'],
		['seed=a%20b', 'seed', 'seed'],
		[`seed=${'a'.repeat(33)}`, 'seed', 'seed']
	])('%s is rejected with a reason and the default kept', (q, field, reason) => {
		const { scenario, problems } = parse(q);
		expect(problems).toMatchObject([{ field, reason, value: new URLSearchParams(q).get(field) }]);
		expect(scenario).toEqual(defaultPodScenario);
	});

	it.each([
		['nodes=%207%20', { nodes: 7 }],
		['nodes=007', { nodes: 7 }],
		['nodes=50', { nodes: 50 }],
		['name=%20web%20', { name: 'web' }],
		['name=1web', { name: '1web' }], // a pod name may start with a digit (DNS-1123 label)
		[`name=${'a'.repeat(63)}`, { name: 'a'.repeat(63) }],
		['image=%20redis:7.2', { image: 'redis:7.2' }],
		['cpu=%20500m%20', { cpu: 500 }],
		['cpu=%20', { cpu: null }],
		['seed=%20abc', { seed: 'abc' }]
	])('%s is read (surrounding whitespace is not part of a value)', (q, expected) => {
		const { scenario, problems } = parse(q);
		expect(problems).toEqual([]);
		expect(scenario).toEqual({ ...defaultPodScenario, ...expected });
	});

	it('an empty cpu or memory means no request', () => {
		expect(parse('cpu=&memory=').scenario).toMatchObject({ cpu: null, memory: null });
	});

	it('round-trips through the query string', () => {
		const s = {
			...defaultPodScenario,
			nodes: 7,
			cpu: 1500,
			memory: 512 * 1024 * 1024,
			image: 'httpd:2.4'
		};
		expect(parse(podScenarioParams(s).toString()).scenario).toEqual(s);
	});
});

describe('readDeepLink', () => {
	const count = {
		scenario: podScenarioSpec,
		manifest: true as const,
		build: () => ({ steps: Array(15) }) as unknown as Timeline
	};
	const pod = { scenario: podScenarioSpec };
	it.each([
		['step=abc', null, 'step'],
		['step=999', 14, 'step'],
		['step=0', null, 'step'],
		['step=7', 6, null],
		['step=%207', 6, null],
		['step=', null, 'step'],
		['step=-3', null, 'step'],
		['step=1.5', null, 'step'],
		['step=1e3', null, 'step'],
		['step=99999999999999999999', 14, 'step'],
		['step=1e309', null, 'step'],
		['step=3&step=4', null, 'step'],
		['lang=fr', null, 'lang'],
		['lang=%3Cscript%3E', null, 'lang'],
		['lang=ko&lang=en', null, 'lang'],
		['', null, null]
	])('%s opens at step index %s (null: the very start)', (q, step, problem) => {
		const link = readDeepLink(`?${q}`, count);
		expect(link.step).toBe(step);
		expect(link.problems.map((p) => p.field)).toEqual(problem ? [problem] : []);
	});

	it.each([
		['foo=bar', { field: 'foo', value: 'bar', reason: 'unknown' }],
		['node=5', { field: 'node', value: '5', reason: 'unknown' }],
		['replicas=2', { field: 'replicas', value: '2', reason: 'unknown' }],
		['%3Cimg%3E=1', { field: '<img>', value: '1', reason: 'unknown' }],
		['nodes=5&nodes=7', { field: 'nodes', value: '5”, “7', reason: 'repeated' }],
		['name=a&name=a', { field: 'name', value: 'a”, “a', reason: 'repeated' }],
		['lang=ko&lang=ko', { field: 'lang', value: 'ko”, “ko', reason: 'repeated' }]
	])('%s is reported, and nothing of it is used', (q, problem) => {
		const link = readDeepLink(`?${q}`, count);
		expect(link.problems).toMatchObject([problem]);
		expect(link.scenario).toEqual(defaultPodScenario);
		expect(link.lang).toBeNull();
	});

	it('names the parameters it reads for an unknown one', () => {
		expect(readDeepLink('?nod=4', count).problems[0].known).toBe(
			'nodes, name, containerName, image, cpu, memory, cpuLimit, memoryLimit, command, args, labels, nodeSelector, nodeName, tolerations, moreContainers, initContainers, taints, seed, step, lang, text, view, room, embed, checkpoints, cmd, yaml'
		);
	});

	it.each([
		['text=large', true, []],
		['text=normal', false, []],
		['', false, []],
		['text=huge', false, ['text']],
		['text=LARGE', false, ['text']],
		['text=large&text=large', false, ['text']]
	])('%s opens the room-sized view: %s', (q, large, problems) => {
		const link = readDeepLink(`?${q}`, count);
		expect(link.large).toBe(large);
		expect(link.problems.map((p) => p.field)).toEqual(problems);
	});

	it('writes a link that reads back to the same view', () => {
		const s = { ...defaultPodScenario, nodes: 4, cpu: 250 };
		const link: Partial<ReturnType<typeof readDeepLink>> = readDeepLink(
			deepLinkSearch(pod, s, 6, 'ko'),
			count
		);
		delete link.timeline;
		expect(link).toEqual({
			scenario: s,
			step: 6,
			lang: 'ko',
			large: false,
			present: null,
			embed: false,
			checkpoints: null,
			command: null,
			manifest: null,
			problems: []
		});
		expect(readDeepLink(deepLinkSearch(pod, s, 2, 'en', false, null, true), count)).toMatchObject({
			step: 2,
			embed: true,
			problems: []
		});
		expect(readDeepLink(deepLinkSearch(pod, s, 6, 'en', true), count)).toMatchObject({
			step: 6,
			lang: 'en',
			large: true,
			problems: []
		});
		const present = { view: 'audience', room: 'r00m_1' } as const;
		expect(readDeepLink(deepLinkSearch(pod, s, 6, 'en', false, present), count)).toMatchObject({
			step: 6,
			present,
			problems: []
		});
	});

	it.each([
		['cmd=kubectl+get+pods+-o+wide', 'kubectl get pods -o wide', []],
		[
			`cmd=${encodeURIComponent('etcdctl get /registry/pods/ --prefix --keys-only')}`,
			'etcdctl get /registry/pods/ --prefix --keys-only',
			[]
		],
		['', null, []],
		['cmd=', null, ['cmd']],
		['cmd=%20%20', null, ['cmd']],
		['cmd=kubectl%0Aget', null, ['cmd']],
		[`cmd=${'k'.repeat(2001)}`, null, ['cmd']],
		['cmd=a&cmd=b', null, ['cmd']]
	])('%s gives the terminal its command: %s', (q, command, problems) => {
		const link = readDeepLink(`?${q}`, count);
		expect(link.command).toBe(command);
		expect(link.problems.map((p) => p.field)).toEqual(problems);
		if (command !== null)
			expect(
				readDeepLink(
					deepLinkSearch(pod, link.scenario, 3, 'en', false, null, false, null, command),
					count
				)
			).toMatchObject({ command, step: 3, problems: [] });
	});

	it.each([
		['checkpoints=off', false, []],
		['checkpoints=on', true, []],
		['', null, []],
		['checkpoints=no', null, ['checkpoints']],
		['checkpoints=OFF', null, ['checkpoints']]
	])('%s turns the checkpoints: %s', (q, on, problems) => {
		const link = readDeepLink(`?${q}`, count);
		expect(link.checkpoints).toBe(on);
		expect(link.problems.map((p) => p.field)).toEqual(problems);
		if (on !== null)
			expect(deepLinkSearch(pod, link.scenario, null, 'en', false, null, false, on)).toContain(
				`checkpoints=${on ? 'on' : 'off'}`
			);
	});

	it.each([
		['embed=1', true, []],
		['embed=0', false, []],
		['', false, []],
		['embed=yes', false, ['embed']],
		['embed=1&embed=1', false, ['embed']]
	])('%s embeds the flow alone: %s', (q, embed, problems) => {
		const link = readDeepLink(`?${q}`, count);
		expect(link.embed).toBe(embed);
		expect(link.problems.map((p) => p.field)).toEqual(problems);
	});

	it.each([
		['view=presenter&room=abc', { view: 'presenter', room: 'abc' }, []],
		['view=audience&room=A-b_9', { view: 'audience', room: 'A-b_9' }, []],
		['', null, []],
		['view=audience', null, ['room']],
		['room=abc', null, ['view']],
		['view=speaker&room=abc', null, ['view']],
		['view=presenter&room=a%20b', null, ['room']],
		['view=presenter&room=' + 'x'.repeat(33), null, ['room']],
		['view=presenter&view=audience&room=abc', null, ['view', 'view']]
	])('%s is a presentation window: %o', (q, present, problems) => {
		const link = readDeepLink(`?${q}`, count);
		expect(link.present).toEqual(present);
		expect(link.problems.map((p) => p.field)).toEqual(problems);
		// the rest of the link reads as without them
		expect(link.step).toBeNull();
	});
});
