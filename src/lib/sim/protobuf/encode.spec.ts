import { describe, expect, it } from 'vitest';
import { FLOWS, FLOW_IDS } from '$lib/flows/registry';
import type { Timeline } from '$lib/flows/types';
import {
	kubectlGetBranches,
	nodeFailureBranches,
	podBranches,
	scaleOutBranches,
	serviceBranches
} from '$lib/flows/testing/branches';
import { storedBytes } from './encode';

const BRANCHES: Record<(typeof FLOW_IDS)[number], Record<string, object>> = {
	'pod-creation': podBranches,
	service: serviceBranches,
	'node-failure': nodeFailureBranches,
	'scale-out': scaleOutBranches,
	'kubectl-get': kubectlGetBranches
};

describe.each(FLOW_IDS)(
	'every object %s stores, in each of its branches, has its protobuf',
	(id) => {
		it('encodes with the k8s\\x00 prefix and an Unknown naming its apiVersion and kind', async () => {
			const flow = await FLOWS[id].model();
			const seen = new Set<string>();
			for (const scenario of Object.values(BRANCHES[id])) {
				const tl = flow.build(scenario as never) as Timeline;
				for (const state of [tl.initial, ...tl.steps.map((s) => s.snapshot)])
					for (const kv of Object.values(state.etcd.kvs)) {
						if (seen.has(kv.value)) continue;
						seen.add(kv.value);
						const bytes = storedBytes(kv.value);
						const { apiVersion, kind } = JSON.parse(kv.value);
						const typeMeta = [
							0x0a,
							apiVersion.length,
							...Buffer.from(apiVersion),
							0x12,
							kind.length,
							...Buffer.from(kind)
						];
						expect([...bytes.slice(0, 6 + typeMeta.length)]).toEqual([
							0x6b,
							0x38,
							0x73,
							0x00,
							0x0a,
							typeMeta.length,
							...typeMeta
						]);
						expect([...bytes.slice(-4)]).toEqual([0x1a, 0x00, 0x22, 0x00]);
					}
			}
		});
	}
);

/** a protobuf message's fields, read back: number → values (bytes for length-delimited) */
function decode(bytes: Uint8Array): Map<number, (bigint | Uint8Array)[]> {
	const fields = new Map<number, (bigint | Uint8Array)[]>();
	let i = 0;
	const varint = () => {
		let v = 0n;
		for (let shift = 0n; ; shift += 7n) {
			const b = bytes[i++];
			v |= BigInt(b & 0x7f) << shift;
			if (!(b & 0x80)) return v;
		}
	};
	while (i < bytes.length) {
		const tag = varint();
		const [n, wire] = [Number(tag >> 3n), Number(tag & 7n)];
		let value: bigint | Uint8Array;
		if (wire === 0) value = varint();
		else {
			const length = Number(varint());
			value = bytes.slice(i, i + length);
			i += length;
		}
		fields.set(n, [...(fields.get(n) ?? []), value]);
	}
	return fields;
}
const text = (b: unknown) => new TextDecoder().decode(b as Uint8Array);

describe('the bytes read back as the object', () => {
	it('a pod: metadata (1) name, namespace, an empty resourceVersion; spec (2) containers; labels in key order', () => {
		const pod = {
			apiVersion: 'v1',
			kind: 'Pod',
			metadata: {
				name: 'nginx',
				namespace: 'default',
				resourceVersion: '42',
				creationTimestamp: '2026-01-15T09:00:00Z',
				labels: { run: 'nginx', app: 'web' }
			},
			spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }], priority: 0 },
			status: { phase: 'Pending' }
		};
		const unknown = decode(storedBytes(JSON.stringify(pod)).slice(4));
		const typeMeta = decode(unknown.get(1)![0] as Uint8Array);
		expect([text(typeMeta.get(1)![0]), text(typeMeta.get(2)![0])]).toEqual(['v1', 'Pod']);
		const object = decode(unknown.get(2)![0] as Uint8Array);
		const meta = decode(object.get(1)![0] as Uint8Array);
		expect(text(meta.get(1)![0])).toBe('nginx');
		expect(text(meta.get(3)![0])).toBe('default');
		// PrepareObjectForStorage: the version is the key's revision, not stored in the object
		expect(text(meta.get(6)![0])).toBe('');
		const created = decode(meta.get(8)![0] as Uint8Array);
		expect(created.get(1)![0]).toBe(BigInt(Date.parse('2026-01-15T09:00:00Z') / 1000));
		expect(created.get(2)![0]).toBe(0n);
		expect(meta.get(11)!.map((e) => text(decode(e as Uint8Array).get(1)![0]))).toEqual([
			'app',
			'run'
		]);
		const spec = decode(object.get(2)![0] as Uint8Array);
		const container = decode(spec.get(2)![0] as Uint8Array);
		expect(text(container.get(2)![0])).toBe('nginx:1.27');
		// a pointer set to its zero value is written; plain strings are written though empty
		expect(spec.get(25)).toEqual([0n]);
		expect(text(spec.get(10)![0])).toBe('');
		const status = decode(object.get(3)![0] as Uint8Array);
		expect(text(status.get(1)![0])).toBe('Pending');
	});

	it('a pod status carries observedGeneration (17) and each condition its own (7), written as 0 when unset', () => {
		const pod = {
			apiVersion: 'v1',
			kind: 'Pod',
			metadata: { name: 'nginx', namespace: 'default', generation: 1 },
			spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
			status: {
				observedGeneration: 1,
				phase: 'Running',
				conditions: [
					{ type: 'Ready', observedGeneration: 1, status: 'True' },
					{ type: 'PodScheduled', status: 'True' }
				]
			}
		};
		const unknown = decode(storedBytes(JSON.stringify(pod)).slice(4));
		const object = decode(unknown.get(2)![0] as Uint8Array);
		expect(decode(object.get(1)![0] as Uint8Array).get(7)).toEqual([1n]);
		const status = decode(object.get(3)![0] as Uint8Array);
		expect(status.get(17)).toEqual([1n]);
		const conditions = status.get(2)!.map((c) => decode(c as Uint8Array).get(7));
		// a non-pointer int64: gogo-protobuf writes it even at its zero value
		expect(conditions).toEqual([[1n], [0n]]);
	});

	it('a field the schema does not know is an error, not silently dropped', () => {
		expect(() =>
			storedBytes(
				JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: {}, spec: { nope: 1 } })
			)
		).toThrow('core.PodSpec has no field nope');
	});
});
