import { describe, expect, it } from 'vitest';
import { createServiceCluster } from '../serviceCluster';
import { encodeMessage } from './encode';
import { MESSAGES, type ProtoField } from './schema';
import { NETWORKING_MESSAGES } from './schemaNetworking';

const PLAIN = new Set(['string', 'bytes', 'int32', 'int64', 'bool', 'Time', 'MicroTime']);
const all: Record<string, ProtoField[]> = { ...MESSAGES, ...NETWORKING_MESSAGES };

/** the JSON field names a stored value uses that its message does not list */
function unknownFields(message: string, value: unknown): string[] {
	if (PLAIN.has(message) || value === null || typeof value !== 'object') return [];
	const fields = all[message];
	return Object.entries(value).flatMap(([name, v]) => {
		if (name === 'apiVersion' || name === 'kind') return [];
		const f = fields.find((x) => x.json === name);
		if (!f) return [`${message}.${name}`];
		if (f.map) return [];
		return (f.repeated ? (v as unknown[]) : [v]).flatMap((item) => unknownFields(f.type, item));
	});
}

describe('the networking.k8s.io/v1 messages (staging/src/k8s.io/api/networking/v1/types.go)', () => {
	it('name only message types that exist, each field number once', () => {
		for (const [name, fields] of Object.entries(NETWORKING_MESSAGES)) {
			for (const f of fields)
				expect(PLAIN.has(f.type) || f.type in all, `${name}.${f.json}`).toBe(true);
			expect(new Set(fields.map((f) => f.n)).size).toBe(fields.length);
		}
	});

	it('cover every field of the ServiceCIDR and IPAddresses a cluster stores', () => {
		const state = createServiceCluster({
			nodes: 1,
			replicas: 1,
			name: 'web',
			targetPort: 80,
			seed: 's'
		});
		const stored = Object.entries(state.etcd.kvs).filter(([key]) =>
			/^\/registry\/(servicecidrs|ipaddresses)\//.test(key)
		);
		expect(stored.map(([key]) => key).sort()).toEqual([
			'/registry/ipaddresses/10.96.0.1',
			'/registry/servicecidrs/kubernetes'
		]);
		for (const [key, kv] of stored) {
			const obj = JSON.parse(kv.value);
			expect(unknownFields(`networking.${obj.kind}`, obj), key).toEqual([]);
		}
	});

	it('encode a parentRef with every string written, group "" too', () => {
		const spec = encodeMessage('networking.IPAddressSpec', {
			parentRef: { resource: 'services', namespace: 'default', name: 'kubernetes' }
		});
		const text = (s: string) => [s.length, ...Buffer.from(s)];
		const ref = [0x0a, ...text(''), 0x12, ...text('services'), 0x1a, ...text('default')];
		const parentRef = [...ref, 0x22, ...text('kubernetes')];
		expect([...spec]).toEqual([0x0a, parentRef.length, ...parentRef]);
		expect([...encodeMessage('networking.ServiceCIDRSpec', { cidrs: ['10.96.0.0/12'] })]).toEqual([
			0x0a,
			...text('10.96.0.0/12')
		]);
	});
});
