import { describe, expect, it } from 'vitest';
import { createStore, del, get, getPrefix, put, readObject, watch } from './etcd';

describe('etcd MVCC store', () => {
	it('bumps the global revision by one on every write', () => {
		const s = createStore();
		expect(s.revision).toBe(1);
		put(s, '/registry/pods/default/a', '{}');
		put(s, '/registry/pods/default/b', '{}');
		put(s, '/registry/pods/default/a', '{"x":1}');
		expect(s.revision).toBe(4);
	});

	it.each([
		{ writes: 1, create: 2, mod: 2, version: 1 },
		{ writes: 2, create: 2, mod: 3, version: 2 },
		{ writes: 3, create: 2, mod: 4, version: 3 }
	])('after $writes writes: create $create, mod $mod, version $version', (c) => {
		const s = createStore();
		for (let i = 0; i < c.writes; i++) put(s, '/k', String(i));
		expect(get(s, '/k')).toMatchObject({
			create_revision: c.create,
			mod_revision: c.mod,
			version: c.version
		});
	});

	it('delete resets version, and a re-create gets a new create_revision', () => {
		const s = createStore();
		put(s, '/k', 'a');
		expect(del(s, '/k')).toBe(1);
		expect(del(s, '/k')).toBe(0);
		expect(get(s, '/k')).toBeUndefined();
		const kv = put(s, '/k', 'b');
		expect(kv).toMatchObject({ create_revision: 4, mod_revision: 4, version: 1 });
	});

	it('gets by prefix in byte order', () => {
		const s = createStore();
		put(s, '/registry/pods/default/web', '');
		put(s, '/registry/minions/node-1', '');
		put(s, '/registry/pods/default/api', '');
		put(s, '/registry/pods/kube-system/dns', '');
		expect(getPrefix(s, '/registry/pods/default/').map((kv) => kv.key)).toEqual([
			'/registry/pods/default/api',
			'/registry/pods/default/web'
		]);
	});

	it('watch replays changes under a prefix from a revision', () => {
		const s = createStore();
		put(s, '/registry/pods/default/a', '1');
		const from = s.revision + 1;
		put(s, '/registry/minions/node-1', '');
		put(s, '/registry/pods/default/a', '2');
		del(s, '/registry/pods/default/a');
		const events = watch(s, '/registry/pods/', from);
		expect(events.map((e) => e.type)).toEqual(['PUT', 'DELETE']);
		expect(events[0].prevKv?.value).toBe('1');
	});

	it('an object read back carries resourceVersion = mod_revision', () => {
		const s = createStore();
		put(s, '/registry/namespaces/default', '{"metadata":{"name":"default"}}');
		const kv = put(s, '/registry/namespaces/default', '{"metadata":{"name":"default"}}');
		expect(
			readObject<{ metadata: { resourceVersion?: string } }>(kv).metadata.resourceVersion
		).toBe('3');
	});
});
