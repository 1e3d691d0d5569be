/**
 * What etcd holds under /registry: an object as kube-apiserver's storage encodes it. The protobuf
 * serializer (apimachinery runtime/serializer/protobuf/protobuf.go) writes the 4-byte prefix
 * `k8s\x00`, then a runtime.Unknown whose TypeMeta names the object's apiVersion and kind and
 * whose Raw is the object's own marshal. gogo-protobuf's generated Marshal (generated.pb.go)
 * writes fields in ascending number; a field that is not a Go pointer, slice or map is written
 * even when empty; map entries go in sorted key order. Before storing, the API server clears
 * resourceVersion (storage's APIObjectVersioner.PrepareObjectForStorage), so it is empty here.
 */
import { MESSAGES as CORE_MESSAGES, type ProtoField } from './schema';
import { NETWORKING_MESSAGES } from './schemaNetworking';
import { LENGTH, ProtoWriter, VARINT } from './wire';

export const PROTOBUF_PREFIX = [0x6b, 0x38, 0x73, 0x00];

/** every message the stored kinds are made of */
const MESSAGES: Record<string, ProtoField[]> = { ...CORE_MESSAGES, ...NETWORKING_MESSAGES };

/** The stored kinds, by apiVersion and kind: the message each is marshalled as. */
const KINDS: Record<string, string> = {
	'v1/Namespace': 'core.Namespace',
	'v1/ServiceAccount': 'core.ServiceAccount',
	'v1/Service': 'core.Service',
	'v1/Endpoints': 'core.Endpoints',
	'v1/Node': 'core.Node',
	'v1/Pod': 'core.Pod',
	'v1/Event': 'core.Event',
	'discovery.k8s.io/v1/EndpointSlice': 'discovery.EndpointSlice',
	'coordination.k8s.io/v1/Lease': 'coordination.Lease',
	'apps/v1/Deployment': 'apps.Deployment',
	'apps/v1/ReplicaSet': 'apps.ReplicaSet',
	'apps/v1/DaemonSet': 'apps.DaemonSet',
	'apps/v1/StatefulSet': 'apps.StatefulSet',
	'networking.k8s.io/v1/ServiceCIDR': 'networking.ServiceCIDR',
	'networking.k8s.io/v1/IPAddress': 'networking.IPAddress'
};

type Json = Record<string, unknown>;

/** The bytes etcd holds for an object stored as JSON text (KubeStep's stored form). */
export function storedBytes(json: string): Uint8Array {
	const obj = JSON.parse(json) as Json & { apiVersion: string; kind: string };
	const message = KINDS[`${obj.apiVersion}/${obj.kind}`];
	if (!message) throw new Error(`no protobuf message for ${obj.apiVersion} ${obj.kind}`);
	const metadata = { ...(obj.metadata as Json) };
	delete metadata.resourceVersion;
	const value: Json = { ...obj, metadata };
	const raw = encodeMessage(message, value);
	const typeMeta = new ProtoWriter().tag(1, LENGTH).string(obj.apiVersion);
	typeMeta.tag(2, LENGTH).string(obj.kind);
	const unknown = new ProtoWriter().tag(1, LENGTH).bytes(typeMeta.done());
	unknown.tag(2, LENGTH).bytes(raw);
	// contentEncoding and contentType: plain strings, so written though empty
	unknown.tag(3, LENGTH).string('').tag(4, LENGTH).string('');
	return Uint8Array.from([...PROTOBUF_PREFIX, ...unknown.done()]);
}

export function encodeMessage(message: string, value: Json): Uint8Array {
	const fields = MESSAGES[message];
	if (!fields) throw new Error(`no protobuf fields for ${message}`);
	const known = new Set(fields.filter((f) => !f.inline).map((f) => f.json));
	const inlined = fields.filter((f) => f.inline).flatMap((f) => jsonNames(f.type));
	for (const name of Object.keys(value))
		if (!known.has(name) && !inlined.includes(name) && name !== 'apiVersion' && name !== 'kind')
			throw new Error(`${message} has no field ${name}`);
	const w = new ProtoWriter();
	for (const f of fields) {
		// an inlined struct's JSON fields sit beside the parent's
		const v = f.inline ? pick(value, jsonNames(f.type)) : value[f.json];
		if (f.repeated) {
			for (const item of (v as unknown[] | undefined) ?? []) single(w, f, item);
		} else if (f.map) {
			const map = (v as Json | undefined) ?? {};
			for (const key of Object.keys(map).sort()) {
				const entry = new ProtoWriter().tag(1, LENGTH).string(key);
				single(entry, { ...f, n: 2 }, map[key]);
				w.tag(f.n, LENGTH).bytes(entry.done());
			}
		} else if (!f.optional || (v !== undefined && v !== null)) single(w, f, v);
	}
	return w.done();
}

const pick = (value: Json, names: string[]): Json =>
	Object.fromEntries(Object.entries(value).filter(([k]) => names.includes(k)));

/** the JSON names of a message's fields, inlined ones included */
function jsonNames(message: string): string[] {
	return (MESSAGES[message] ?? []).flatMap((f) => (f.inline ? jsonNames(f.type) : [f.json]));
}

/** one value of field `f` (undefined: the type's zero value) */
function single(w: ProtoWriter, f: ProtoField, v: unknown): void {
	switch (f.type) {
		case 'string':
			w.tag(f.n, LENGTH).string((v as string | undefined) ?? '');
			return;
		case 'bytes':
			w.tag(f.n, LENGTH).bytes(
				v instanceof Uint8Array ? v : base64Bytes((v as string | undefined) ?? '')
			);
			return;
		case 'int32':
		case 'int64':
			w.tag(f.n, VARINT).varint(BigInt((v as number | undefined) ?? 0));
			return;
		case 'bool':
			w.tag(f.n, VARINT).varint(v ? 1 : 0);
			return;
		case 'Time':
		case 'MicroTime':
			w.tag(f.n, LENGTH).bytes(timestamp(v as string | null | undefined, f.type === 'MicroTime'));
			return;
		case 'Quantity':
			// quantity_proto.go: field 1, the quantity's canonical string (stored values already are)
			w.tag(f.n, LENGTH).bytes(
				new ProtoWriter()
					.tag(1, LENGTH)
					.string(String(v ?? '0'))
					.done()
			);
			return;
		case 'IntOrString': {
			// the zero value is Type 0, an int
			const isInt = typeof v !== 'string';
			const inner = new ProtoWriter().tag(1, VARINT).varint(isInt ? 0 : 1);
			inner.tag(2, VARINT).varint(isInt ? ((v as number | undefined) ?? 0) : 0);
			inner.tag(3, LENGTH).string(isInt ? '' : String(v ?? ''));
			w.tag(f.n, LENGTH).bytes(inner.done());
			return;
		}
		case 'double':
		case 'Duration':
			throw new Error(`${f.json}: ${f.type} is not stored by any flow`);
		default:
			w.tag(f.n, LENGTH).bytes(encodeMessage(f.type, (v as Json | undefined) ?? {}));
	}
}

/**
 * metav1.Time and MicroTime (time_proto.go, micro_time_proto.go): nothing for the zero time, else
 * a Timestamp of seconds (1) and nanos (2), both written; a Time's nanos are always 0.
 */
function timestamp(rfc3339: string | null | undefined, micro: boolean): Uint8Array {
	if (!rfc3339) return new Uint8Array();
	const seconds = Math.floor(Date.parse(rfc3339) / 1000);
	const fraction = /\.(\d+)/.exec(rfc3339)?.[1] ?? '';
	// ProtoMicroTime keeps microseconds
	const nanos = micro ? Number(fraction.slice(0, 6).padEnd(9, '0')) : 0;
	return new ProtoWriter().tag(1, VARINT).varint(seconds).tag(2, VARINT).varint(nanos).done();
}

function base64Bytes(text: string): Uint8Array {
	const binary = atob(text);
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
