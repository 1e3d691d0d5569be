/**
 * The kubectl-get flow's steps for each branch of its machine: the read path request by request,
 * the watch and what it prints, the informer, and each what-if, computed from the cluster.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../kit/fields';
import { kubectlGetBranches } from '../testing/branches';
import { listPods } from '$lib/sim/podCodec';
import type { ClusterState } from '$lib/sim/cluster';
import { runLine } from '$lib/sim/cli/shell';
import { findStep } from '../types';
import type { KubectlGetStep } from './machine';
import { kubectlGetTimeline } from './timeline';
import { kubectlGetScenarioSpec, readProblems } from './scenario';
import { continueToken, newestPodRevision, podWrites, snapshotFor } from './watchCache';
import { nextPages } from './nextPages';
import type { KubectlGetDraft } from './draft';

const tl = kubectlGetTimeline(kubectlGetBranches.happy);
const all = kubectlGetTimeline(kubectlGetBranches.everyWhatIf);
const find = <K extends KubectlGetStep['id']>(t: typeof tl, id: K) => findStep(t.steps, id)!;
const params = (t: typeof tl, id: KubectlGetStep['id']) =>
	find(t, id).params as Record<string, string | number>;
const defaultPods = (s: ClusterState) =>
	listPods(s).filter((p) => p.metadata.namespace === 'default');

describe('kubectl get pods, request by request', () => {
	it('discovery, the request, etcd’s revision, the catch-up, the cache’s answer, the table', () => {
		expect(tl.steps.map((s) => s.id)).toEqual([
			'discovery',
			'listRequest',
			'currentRevision',
			'progressNotify',
			'cacheAnswers',
			'tablePrinted',
			'watchStarts',
			'scaledElsewhere',
			'podAdded',
			'podBound',
			'podCreating',
			'podRunning',
			'informerList',
			'informerWatch'
		]);
		// a read writes nothing
		expect(tl.steps.slice(0, 7).every((s) => s.wrote.length === 0)).toBe(true);
	});

	it('asks for a Table, 500 at a time, through authentication and RBAC, without admission', () => {
		const step = find(tl, 'listRequest');
		expect(step.messages[0].label).toBe('GET /api/v1/namespaces/default/pods?limit=500');
		expect(step.pipeline!.map((s) => s.stage)).toEqual([
			'authentication',
			'authorization',
			'watchCache',
			'table'
		]);
		expect(step.pipeline![3].detail).toContain('application/json;as=Table;v=v1;g=meta.k8s.io');
	});

	it('the cache is behind by the Leases written since the newest pod, and catches up to etcd', () => {
		const asked = params(tl, 'currentRevision');
		// every kubelet renewed its Lease after the last pod write
		expect(asked.behind).toBe(kubectlGetBranches.happy.nodes);
		expect(asked.revision).toBe(tl.initial.etcd.revision);
		expect(params(tl, 'progressNotify')).toMatchObject({
			from: asked.cacheRv,
			revision: asked.revision
		});
		expect(find(tl, 'progressNotify').messages.map((m) => m.label)).toEqual([
			'RequestProgress (watch stream)',
			`progress notify: revision ${asked.revision}`
		]);
	});

	it('lists at etcd’s revision, which no pod carries, and prints what the terminal prints', () => {
		const answer = params(tl, 'cacheAnswers');
		const snapshot = find(tl, 'cacheAnswers').snapshot;
		const pods = defaultPods(snapshot);
		expect(answer.count).toBe(pods.length);
		expect(answer.rv).toBe(snapshot.etcd.revision);
		expect(pods.every((p) => Number(p.metadata.resourceVersion) < Number(answer.rv))).toBe(true);
		const printed = find(tl, 'tablePrinted').command!.output!;
		expect(printed).toBe(
			runLine('kubectl get pods', snapshot)
				.chunks.map((c) => ('text' in c ? c.text : ''))
				.join('\n')
		);
		expect(printed.split('\n')[0]).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE$/);
		// the rows in key order: client before web-…
		expect(
			printed
				.split('\n')
				.slice(1)
				.map((l) => l.split(' ')[0])
		).toEqual(pods.map((p) => p.metadata.name).sort());
	});

	it('a cache at etcd’s revision is not caught up again: the -w list asks etcd and goes on', () => {
		const watch = find(tl, 'watchStarts');
		expect(watch.params).toMatchObject({ behind: 0 });
		expect(watch.messages.some((m) => m.label.startsWith('RequestProgress'))).toBe(false);
		expect(watch.messages.at(-2)!.label).toBe(
			`GET /api/v1/namespaces/default/pods?resourceVersion=${watch.params.rv}&watch=true`
		);
	});
});

describe('kubectl get pods -w', () => {
	it('prints the list, then one row per event of the new pod: Pending twice, ContainerCreating, Running', () => {
		const list = find(tl, 'watchStarts').command!.output!;
		const end = find(tl, 'podRunning');
		const rows = end.command!.output!.slice(list.length + 1).split('\n');
		const name = String(end.params.name);
		expect(rows.map((r) => r.split(/ +/).slice(0, 3).join(' '))).toEqual([
			`${name} 0/1 Pending`,
			`${name} 0/1 Pending`,
			`${name} 0/1 ContainerCreating`,
			`${name} 1/1 Running`
		]);
		// the wider STATUS cell widened the column for the row after it
		expect(rows[3]).toMatch(/Running {13}0/);
	});

	it('the scale in another terminal prints nothing in the watch: no pod changed', () => {
		expect(find(tl, 'scaledElsewhere').command).toEqual({
			line: 'kubectl scale deployment web --replicas=4',
			output: 'deployment.apps/web scaled'
		});
		const added = find(tl, 'podAdded');
		expect(added.messages.filter((m) => m.kind === 'watch').map((m) => m.to)).toEqual([
			'kube-apiserver',
			'kubectl',
			'kube-scheduler',
			'kube-controller-manager'
		]);
	});

	it('the node’s kubelet hears the binding as ADDED, kubectl as MODIFIED', () => {
		const bound = find(tl, 'podBound');
		const to = (actor: string) => bound.messages.find((m) => m.to === actor && m.kind === 'watch');
		expect(to('kubectl')!.label).toMatch(/^watch MODIFIED /);
		expect(to(`kubelet@${bound.params.node}`)!.label).toMatch(/^watch ADDED /);
	});
});

describe('a new pod no node has room for', () => {
	it('is marked Unschedulable: the watch prints Pending once more, and the kubelets hear nothing', () => {
		const full = kubectlGetTimeline(kubectlGetBranches.noRoom);
		const bound = find(full, 'podBound');
		expect(bound.params).toMatchObject({ bound: 0, node: '' });
		expect(bound.params.why).toMatch(/^0\/1 nodes are available: 1 Insufficient cpu\./);
		expect(bound.messages.some((m) => m.to.startsWith('kubelet@'))).toBe(false);
		expect(full.steps.some((s) => s.id === 'podCreating' || s.id === 'podRunning')).toBe(false);
		const rows = bound.command!.output!.split('\n').slice(-2);
		expect(rows.map((r) => r.split(/ +/).slice(0, 3).join(' '))).toEqual([
			`${bound.params.name} 0/1 Pending`,
			`${bound.params.name} 0/1 Pending`
		]);
	});
});

describe('an informer: list with resourceVersion=0, then watch', () => {
	it('the cache answers at once with its node’s pods, every namespace, without etcd', () => {
		const step = find(tl, 'informerList');
		const node = String(step.params.node);
		expect(step.messages.some((m) => m.to === 'etcd')).toBe(false);
		expect(step.messages[0].label).toBe(
			`GET /api/v1/pods?fieldSelector=spec.nodeName%3D${node}&limit=500&resourceVersion=0`
		);
		const onNode = listPods(step.snapshot).filter((p) => p.spec.nodeName === node);
		expect(step.params.count).toBe(onNode.length);
		expect(onNode.some((p) => p.metadata.namespace === 'kube-system')).toBe(true);
	});

	it('watches from the list’s resourceVersion, with bookmarks, for 5 to 10 minutes', () => {
		const step = find(tl, 'informerWatch');
		expect(Number(step.params.timeout)).toBeGreaterThanOrEqual(300);
		expect(Number(step.params.timeout)).toBeLessThan(600);
		expect(step.messages[0].label).toContain(
			`allowWatchBookmarks=true&fieldSelector=spec.nodeName%3D${step.params.node}&resourceVersion=${params(tl, 'informerList').rv}&timeoutSeconds=`
		);
	});
});

describe('the what-ifs', () => {
	it('play after the story in the scenario’s order, each a chapter of its own', () => {
		const played = all.steps.filter((s) => s.action !== undefined);
		expect(played.map((s) => `${s.action} ${s.id}`)).toEqual([
			'0 watchOnlyOpens',
			'0 labelledElsewhere',
			'1 leasesRenewed',
			'1 rv0List',
			'2 firstPage',
			'2 nextPages'
		]);
	});

	it('--watch-only: the list is sent and not printed; the first event comes with the header', () => {
		const opens = find(all, 'watchOnlyOpens');
		expect(opens.messages[0].label).toBe('GET /api/v1/namespaces/default/pods?limit=500');
		expect(opens.command!.output).toBe('');
		const lines = find(all, 'labelledElsewhere').command!.output!.split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^NAME +READY/);
		expect(lines[1]).toMatch(/^client +1\/1 +Running/);
	});

	it('resourceVersion=0 after the heartbeats: the cache’s revision, behind etcd, with no etcd call', () => {
		const renewed = params(all, 'leasesRenewed');
		const rv0 = find(all, 'rv0List');
		expect(rv0.params).toMatchObject({
			rv: renewed.cacheRv,
			revision: renewed.revision,
			behind: kubectlGetBranches.everyWhatIf.nodes
		});
		expect(rv0.messages.some((m) => m.to === 'etcd')).toBe(false);
	});

	it('pages of 2: the first from the cache with a continue token, the rest from the cache’s snapshot at its revision', () => {
		const first = find(all, 'firstPage');
		const snapshot = first.snapshot;
		const names = defaultPods(snapshot)
			.map((p) => p.metadata.name)
			.sort();
		const rv = Number(first.params.rv);
		expect(rv).toBe(snapshot.etcd.revision);
		expect(first.params.remaining).toBe(names.length - 2);
		expect(first.params.token).toBe(
			continueToken(`/registry/pods/default/${names[1]}`, '/registry/pods/default/', rv)
		);
		const json = Buffer.from(String(first.params.token), 'base64url').toString();
		expect(JSON.parse(json)).toEqual({ v: 'meta.k8s.io/v1', rv, start: `${names[1]}\u0000` });
		const next = find(all, 'nextPages');
		// ListFromCacheSnapshot: etcd serves none of the continued pages
		expect(next.messages.some((m) => m.from === 'etcd' || m.to === 'etcd')).toBe(false);
		const requests = next.messages.filter((m) => m.from === 'kubectl');
		expect(requests).toHaveLength(Math.ceil((names.length - 2) / 2));
		expect(requests[0].label).toBe('GET /api/v1/namespaces/default/pods?continue=…&limit=2');
		const answers = next.messages.filter((m) => m.to === 'kubectl');
		expect(answers).toHaveLength(requests.length);
		for (const answer of answers) expect(answer.label).toContain(`resourceVersion ${rv}`);
		expect(answers.at(-1)!.label).not.toContain('continue');
		// the snapshot it reads: the newest pod write at or below the token's revision
		const newest = newestPodRevision(snapshot);
		expect(newest).toBeLessThan(rv);
		expect(next.params).toMatchObject({
			total: names.length,
			requests: requests.length,
			fromCache: 1,
			snapshot: newest
		});
		// the one table kubectl prints after the last page
		expect(next.command!.output).toBe(
			runLine('kubectl get pods', next.snapshot)
				.chunks.map((c) => ('text' in c ? c.text : ''))
				.join('\n')
		);
	});

	it('reads the newest snapshot at or below the token’s revision; with none left, etcd serves the pages', () => {
		// one snapshot after each pod write the cache heard during the story
		const heard = all.steps.flatMap((s) => podWrites(s.snapshot));
		expect(heard.length).toBeGreaterThan(0);
		const last = Math.max(...heard);
		expect(snapshotFor(heard, last + 100)).toBe(last);
		expect(snapshotFor(heard, last)).toBe(last);
		expect(snapshotFor(heard, Math.min(...heard) - 1)).toBeUndefined();
		// the cluster's older pod writes were compacted away, their snapshots with them
		const state = structuredClone(find(all, 'firstPage').snapshot);
		const rv = state.etcd.revision;
		const draft = {
			scenario: kubectlGetBranches.everyWhatIf,
			state,
			listRv: rv,
			snapshots: [],
			action: 2
		} as unknown as KubectlGetDraft;
		const fallback = nextPages(draft);
		expect(fallback.params).toMatchObject({ fromCache: 0, snapshot: 0 });
		const ranges = fallback.messages.filter((m) => m.to === 'etcd').map((m) => m.label);
		const names = defaultPods(state)
			.map((p) => p.metadata.name)
			.sort();
		expect(ranges).toHaveLength(Math.ceil((names.length - 2) / 2));
		expect(ranges[0]).toBe(`range /registry/pods/default/${names[1]}\\x00 rev=${rv} limit=2`);
		expect(fallback.messages.at(-1)!.label).toContain(`resourceVersion ${rv}`);
	});

	it('a page as large as the list: no token, no etcd page, the table at once', () => {
		const one = kubectlGetTimeline(kubectlGetBranches.onePage);
		const first = find(one, 'firstPage');
		expect(first.params).toMatchObject({ remaining: 0, token: '' });
		expect(one.steps.some((s) => s.id === 'nextPages')).toBe(false);
		expect(first.command!.output).toMatch(/^NAME +READY/);
	});

	it('a what-if twice in a link plays once, and the list says so', () => {
		const parsed = parseScenario(
			kubectlGetScenarioSpec,
			new URLSearchParams('then=rv0,rv0,pages:0,pages:501,pages:3')
		);
		expect(parsed.problems.map((p) => `${p.value} ${p.reason}`)).toEqual([
			'pages:0 readAction',
			'pages:501 readAction'
		]);
		expect(parsed.scenario.actions).toEqual([
			{ kind: 'rv0' },
			{ kind: 'rv0' },
			{ kind: 'pages', size: 3 }
		]);
		expect(readProblems(parsed.scenario)).toEqual([
			{ field: 'then', value: 'rv0', reason: 'repeatedWhatIf' }
		]);
		const run = kubectlGetTimeline(parsed.scenario);
		expect(run.steps.filter((s) => s.id === 'rv0List')).toHaveLength(1);
	});
});
