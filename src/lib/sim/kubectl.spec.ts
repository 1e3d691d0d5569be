import { describe, expect, it } from 'vitest';
import { defaultPodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import { nodeFailureTimeline } from '$lib/flows/node-failure/timeline';
import { nodeFailureBranches } from '$lib/flows/testing/branches';
import { readPod } from './apiserver';
import { createCluster } from './cluster';
import { alignColumns, describeEvents, getPodsWide } from './kubectl';
import { podKey } from './podCodec';
import { humanAge } from './time';

describe('kubectl output helpers', () => {
	it('aligns columns like kubectl (3 spaces after the widest cell)', () => {
		expect(
			alignColumns([
				['NAME', 'READY'],
				['nginx', '0/1']
			])
		).toEqual(['NAME    READY', 'nginx   0/1']);
	});

	it.each([
		[0, '0s'],
		[59, '59s'],
		[119, '119s'],
		[120, '2m'],
		[185, '3m5s'],
		[600, '10m'],
		[3 * 3600, '3h'],
		[3 * 3600 + 300, '3h5m'],
		[10 * 3600 + 300, '10h'],
		[3 * 86400, '3d'],
		[3 * 86400 + 4 * 3600, '3d4h'],
		[9 * 86400 + 4 * 3600, '9d'],
		[800 * 86400, '2y70d']
	])('age of %is prints %s', (s, out) => expect(humanAge(s)).toBe(out));
});

describe('kubectl get pods -o wide and describe pod, as a terminal prints them', () => {
	const tl = podCreationTimeline(defaultPodScenario);
	const end = tl.steps.at(-1)!.snapshot;
	const pod = readPod(end, podKey('default', 'nginx'))!;

	it('prints the header and the pod’s row, aligned', () => {
		const [header, row] = getPodsWide(pod, end.clock);
		expect(header).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE +IP +NODE /);
		expect(row).toMatch(/^nginx +1\/1 +Running +0 +\d+s +10\.244\.\d+\.\d+ +node-\d/);
		expect(row.indexOf('Running')).toBe(header.indexOf('STATUS'));
	});

	it('prints the Events under kubectl’s literal rule, oldest first', () => {
		const lines = describeEvents(end, 'default', 'nginx');
		expect(lines[0]).toBe('Events:');
		expect(lines[1].trim().split(/\s+/)).toEqual(['Type', 'Reason', 'Age', 'From', 'Message']);
		expect(lines[2].trim().split(/\s+/)).toEqual(['----', '------', '----', '----', '-------']);
		expect(lines.slice(3).map((l) => l.trim().split(/\s+/)[1])).toEqual([
			'Scheduled',
			'Pulling',
			'Pulled',
			'Created',
			'Started'
		]);
		expect(describeEvents(createCluster(1, 's'), 'default', 'nginx')).toEqual(['Events:  <none>']);
	});
});

describe('a repeated event is one event, counted (client-go events_cache.go, kubectl describe.go)', () => {
	it('a container started again adds to its Created and Started events: "(x2 over …)"', () => {
		const tl = podCreationTimeline({ ...defaultPodScenario, image: 'postgres:16' });
		const state = tl.steps.at(-1)!.snapshot;
		const created = Object.values(state.etcd.kvs)
			.filter((kv) => kv.key.startsWith('/registry/events/default/nginx.'))
			.map((kv) => JSON.parse(kv.value))
			.filter((e) => e.reason === 'Created');
		expect(created).toHaveLength(1);
		expect(created[0].count).toBe(2);
		expect(created[0].lastTimestamp > created[0].firstTimestamp).toBe(true);
		const rows = describeEvents(state, 'default', 'nginx');
		const row = rows.find((r) => /\bCreated\b/.test(r))!;
		expect(row).toMatch(
			/Normal\s+Created\s+\d+s \(x2 over \d+s\)\s+kubelet\s+Created container: nginx/
		);
	});
});

it('the restart step PATCHes the events it has sent before and POSTs the new ones ("already present" is a new message)', () => {
	const tl = podCreationTimeline({ ...defaultPodScenario, image: 'postgres:16' });
	const step = tl.steps.find((s) => s.id === 'restartBackOff')!;
	expect(step.messages.map((m) => m.label)).toContain(
		'POST events: Pulled, BackOff · PATCH 2 events'
	);
});

it('describe lists the events of this pod, not of the pod of the same name before it (by uid)', () => {
	const tl = nodeFailureTimeline(nodeFailureBranches.statefulRecover);
	const state = tl.steps.at(-1)!.snapshot;
	const db0 = JSON.parse(state.etcd.kvs['/registry/pods/default/db-0'].value);
	const all = Object.values(state.etcd.kvs)
		.filter((kv) => kv.key.startsWith('/registry/events/default/db-0.'))
		.map((kv) => JSON.parse(kv.value));
	// the evicted db-0's events are still stored under the same name …
	expect(all.some((e) => e.involvedObject.uid !== db0.metadata.uid)).toBe(true);
	// … and describe leaves them out
	const rows = describeEvents(state, 'default', 'db-0').join('\n');
	for (const e of all.filter((x) => x.involvedObject.uid !== db0.metadata.uid))
		if (!all.some((x) => x.involvedObject.uid === db0.metadata.uid && x.message === e.message))
			expect(rows).not.toContain(e.message);
});
