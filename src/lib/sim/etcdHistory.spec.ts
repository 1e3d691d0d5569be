import { describe, expect, it } from 'vitest';
import { FLOWS, FLOW_IDS } from '$lib/flows/registry';
import type { Timeline } from '$lib/flows/types';
import { changesSince, storeAt, type EtcdPast } from './etcdHistory';

const pastOf = (tl: Timeline, upTo: number): EtcdPast => ({
	initial: tl.initial.etcd,
	logs: tl.steps.slice(0, upTo + 1).map((s) => s.snapshot.etcd.log)
});

describe.each(FLOW_IDS)('etcd history of %s', (id) => {
	it('each step logs its own writes: replayed, they give every step’s keys at its revision', async () => {
		const flow = await FLOWS[id].model();
		const tl = flow.build(flow.scenario.defaults) as Timeline;
		const past = pastOf(tl, tl.steps.length - 1);
		let revision = tl.initial.etcd.revision;
		tl.steps.forEach(({ snapshot }) => {
			// one write, one revision: the log accounts for every revision the step used
			const revisions = snapshot.etcd.log.map((e) => e.kv.mod_revision);
			expect(revisions).toEqual(revisions.map((_, i) => revision + 1 + i));
			revision = snapshot.etcd.revision;
			const at = storeAt(past, snapshot.etcd.revision);
			expect(at.revision).toBe(snapshot.etcd.revision);
			expect(at.kvs).toEqual(snapshot.etcd.kvs);
		});
		expect(storeAt(past, tl.initial.etcd.revision).kvs).toEqual(tl.initial.etcd.kvs);
		// the changes since the flow began are every write it made, each with the version before it
		const changes = changesSince(past, tl.initial.etcd.revision + 1);
		expect(changes).toHaveLength(revision - tl.initial.etcd.revision);
		for (const c of changes.filter((c) => c.prev))
			expect(c.prev!.mod_revision).toBeLessThan(c.kv.mod_revision);
	});
});
