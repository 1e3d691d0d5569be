/**
 * How etcdctl 3.6 prints what a range returned: the simple printer's lines (util.go printKV:
 * the key, then the value, raw or --hex), the JSON printer's one line (printer_json.go:
 * encoding/json of the RangeResponse, every field omitempty, bytes in base64) and the fields
 * printer's `"Name" : value` lines (printer_fields.go, Go-quoted keys and values).
 */
import type { EtcdStore, KeyValue } from '../etcd';
import { storedBytes } from '../protobuf/encode';
import { asPrinted, base64, goQuote, hexEscaped } from './bytesText';
import { RAFT_TERM, clusterId, memberId } from './etcdMembers';
import { note, out, type Chunk } from './output';

const encoder = new TextEncoder();
/** a stored object's bytes, worked out once per value */
const encoded = new Map<string, Uint8Array>();

/**
 * What etcd holds for a key: Kubernetes' protobuf under /registry, the text itself elsewhere;
 * null for an object whose protobuf KubeStep cannot write (a field its schema does not list).
 */
export function valueBytes(kv: KeyValue): Uint8Array | null {
	// a deleted key's tombstone has no value
	if (!kv.key.startsWith('/registry/') || !kv.value) return encoder.encode(kv.value);
	let bytes = encoded.get(kv.value);
	if (!bytes) {
		if (encoded.size > 2000) encoded.clear();
		try {
			bytes = storedBytes(kv.value);
		} catch {
			return null;
		}
		encoded.set(kv.value, bytes);
	}
	return bytes;
}

const unencodable = (kv: KeyValue): Chunk =>
	note('notModelled', { command: `the protobuf of ${kv.key}` });

export interface PrintOptions {
	hex: boolean;
	valueOnly: boolean;
	/** the server sent no values (--keys-only) */
	keysOnly: boolean;
}

/** printKV: the key (unless --print-value-only), then the value, each on its own line */
export function printKV(kv: KeyValue, o: PrintOptions): Chunk[] {
	const key = encoder.encode(kv.key);
	const value = o.keysOnly ? new Uint8Array() : valueBytes(kv);
	const show = o.hex ? hexEscaped : asPrinted;
	return [...(o.valueOnly ? [] : [out(show(key))]), value ? out(show(value)) : unencodable(kv)];
}

/** the simple printer's note once, after the output, when a value printed was protobuf */
export const protobufNote = (kvs: readonly KeyValue[], o: PrintOptions): Chunk[] =>
	!o.keysOnly && !o.hex && kvs.some((kv) => kv.key.startsWith('/registry/'))
		? [note('protobufValue')]
		: [];

/** the response header every reply carries: the member that answered, the store's revision */
function header(store: EtcdStore) {
	return {
		cluster_id: clusterId(),
		member_id: memberId(),
		revision: store.revision,
		raft_term: RAFT_TERM
	};
}

/** what a range returned: the pairs after the limit, the count before it, and the store's revision */
export interface RangeReply {
	/** the store now (the header's revision is the latest, whatever revision was read) */
	store: EtcdStore;
	kvs: readonly KeyValue[];
	count: number;
	/** the server sent no values (--keys-only) */
	keysOnly: boolean;
}

/** `-w json` of a range: {"header":…,"kvs":[…],"more":…,"count":…}, zero values left out */
export function rangeJson({ store, kvs, count, keysOnly }: RangeReply): string {
	const h = header(store);
	const fields = (pairs: [string, string | number | bigint | boolean][]) =>
		pairs
			.filter(([, v]) => v !== 0 && v !== '' && v !== false)
			.map(([k, v]) => `"${k}":${typeof v === 'string' ? `"${v}"` : String(v)}`)
			.join(',');
	const kvJson = kvs.map(
		(kv) =>
			`{${fields([
				['key', base64(encoder.encode(kv.key))],
				['create_revision', kv.create_revision],
				['mod_revision', kv.mod_revision],
				['version', kv.version],
				['value', keysOnly ? '' : base64(valueBytes(kv) ?? new Uint8Array())]
			])}}`
	);
	const parts = [
		`"header":{${fields(Object.entries(h))}}`,
		...(kvJson.length ? [`"kvs":[${kvJson.join(',')}]`] : []),
		...(count > kvs.length ? ['"more":true'] : []),
		...(count ? [`"count":${count}`] : [])
	];
	return `{${parts.join(',')}}`;
}

/** `-w fields` of a range */
export function rangeFields({ store, kvs, count, keysOnly }: RangeReply): string {
	const h = header(store);
	const lines = [
		`"ClusterID" : ${h.cluster_id}`,
		`"MemberID" : ${h.member_id}`,
		`"Revision" : ${h.revision}`,
		`"RaftTerm" : ${h.raft_term}`
	];
	for (const kv of kvs)
		lines.push(
			`"Key" : ${goQuote(encoder.encode(kv.key))}`,
			`"CreateRevision" : ${kv.create_revision}`,
			`"ModRevision" : ${kv.mod_revision}`,
			`"Version" : ${kv.version}`,
			`"Value" : ${goQuote((keysOnly ? null : valueBytes(kv)) ?? new Uint8Array())}`,
			`"Lease" : 0`
		);
	lines.push(`"More" : ${count > kvs.length}`, `"Count" : ${count}`);
	return lines.join('\n');
}
