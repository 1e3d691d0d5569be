/**
 * The API server's strict decoding of a Pod sent as JSON (apiserver handlers with
 * fieldValidation=Strict, sigs.k8s.io/json UnmarshalStrict): every field must be one the type
 * has, and every value of the Go type the field holds. Fields are known from the protobuf schema
 * of the stored types (each lists its JSON name and Go type). kubectl turned the YAML into JSON
 * with Go's map order, so fields are met in sorted order.
 */
import { MESSAGES, type ProtoField } from '../protobuf/schema';
import { quantityProblem } from './quantityText';

export interface DecodeResult {
	/** strict decoding's complaints: unknown fields, by path */
	unknown: string[];
	/**
	 * the first value of the wrong type, as encoding/json words it: the decoder saves it and reads
	 * on (sigs.k8s.io/json decode.go saveError), so unknown fields are then not reported
	 */
	typeError?: string;
	/** a quantity that does not parse (Quantity.UnmarshalJSON): decoding stops there, whatever came before */
	quantityError?: 'format' | 'suffix';
}

type Json = unknown;

/** Go's struct name of a message key (`core.ContainerPort` → `ContainerPort`) */
const goName = (message: string) => message.slice(message.indexOf('.') + 1);

/** the JSON fields of a message, inlined structs' fields at its own level */
function fieldsOf(message: string): ProtoField[] {
	return (MESSAGES[message] ?? []).flatMap((f) => (f.inline ? fieldsOf(f.type) : [f]));
}

/** how encoding/json names a JSON value's kind in "cannot unmarshal X into …" */
function jsonKind(v: Json): string {
	if (typeof v === 'string') return 'string';
	if (typeof v === 'number') return 'number';
	if (typeof v === 'boolean') return 'bool';
	if (Array.isArray(v)) return 'array';
	return 'object';
}

/** string types a Pod's fields are declared with (types.go), as Go's reflect names them */
const ALIASES: Record<string, string> = {
	'core.PodSpec.restartPolicy': 'v1.RestartPolicy',
	'core.PodSpec.dnsPolicy': 'v1.DNSPolicy',
	'core.PodSpec.preemptionPolicy': 'v1.PreemptionPolicy',
	'core.Container.imagePullPolicy': 'v1.PullPolicy',
	'core.Container.terminationMessagePolicy': 'v1.TerminationMessagePolicy',
	'core.ContainerPort.protocol': 'v1.Protocol',
	'core.Toleration.operator': 'v1.TolerationOperator',
	'core.Toleration.effect': 'v1.TaintEffect',
	'core.PodStatus.phase': 'v1.PodPhase',
	'core.PodStatus.qosClass': 'v1.PodQOSClass',
	'meta.ObjectMeta.uid': 'types.UID',
	'core.HostPathVolumeSource.type': 'v1.HostPathType'
};

/** a message's Go type name: every group's types print as their package's `v1.` */
const messageType = (message: string) =>
	message.startsWith('intstr.') ? 'intstr.IntOrString' : `v1.${goName(message)}`;

function goType(message: string, f: ProtoField): string {
	const alias = ALIASES[`${message}.${f.json}`];
	const scalar: Record<string, string> = {
		string: 'string',
		bytes: '[]uint8',
		int32: 'int32',
		int64: 'int64',
		bool: 'bool',
		Time: 'v1.Time',
		MicroTime: 'v1.MicroTime',
		Quantity: 'resource.Quantity',
		// IntOrString's UnmarshalJSON reads an int when the value is no string
		IntOrString: 'int32'
	};
	return alias ?? scalar[f.type] ?? messageType(f.type);
}

export function strictDecode(message: string, value: Record<string, Json>): DecodeResult {
	const result: DecodeResult = { unknown: [] };
	walk(message, value, '', '', result);
	return result;
}

function walk(
	message: string,
	value: Record<string, Json>,
	path: string,
	goPath: string,
	result: DecodeResult
): void {
	// a type KubeStep has no schema of (a volume source no flow stores): its fields are taken as given
	if (!MESSAGES[message]) return;
	const fields = fieldsOf(message);
	for (const key of Object.keys(value).sort()) {
		if (result.quantityError) return;
		if (path === '' && (key === 'apiVersion' || key === 'kind')) continue;
		const f = fields.find((x) => x.json === key);
		const here = path ? `${path}.${key}` : key;
		const goHere = goPath ? `${goPath}.${key}` : key;
		if (!f) {
			result.unknown.push(here);
			continue;
		}
		const v = value[key];
		if (v === null) continue;
		const wrong = (kind: string, type = goType(message, f)) =>
			(result.typeError ??= `json: cannot unmarshal ${kind} into Go struct field ${goName(message)}.${goHere} of type ${type}`);
		if (f.repeated) {
			if (!Array.isArray(v)) {
				wrong(jsonKind(v), `[]${goType(message, f)}`);
				continue;
			}
			v.forEach((item, i) => one(f, item, `${here}[${i}]`, goHere, result, wrong));
		} else if (f.map) {
			if (typeof v !== 'object' || Array.isArray(v)) {
				wrong(
					jsonKind(v),
					f.type === 'Quantity' ? 'v1.ResourceList' : `map[string]${goType(message, f)}`
				);
				continue;
			}
			for (const k of Object.keys(v as object).sort())
				one(f, (v as Record<string, Json>)[k], `${here}[${k}]`, goHere, result, wrong);
		} else one(f, v, here, goHere, result, wrong);
	}
}

function one(
	f: ProtoField,
	v: Json,
	path: string,
	goPath: string,
	result: DecodeResult,
	wrong: (kind: string, type?: string) => void
): void {
	if (v === null || result.quantityError) return;
	switch (f.type) {
		case 'string':
		case 'bytes':
		case 'Time':
		case 'MicroTime':
			if (typeof v !== 'string') wrong(jsonKind(v));
			return;
		case 'int32':
		case 'int64':
			if (typeof v !== 'number') wrong(jsonKind(v));
			else if (!Number.isInteger(v)) wrong(`number ${v}`);
			return;
		case 'bool':
			if (typeof v !== 'boolean') wrong(jsonKind(v));
			return;
		case 'Quantity':
			// Quantity.UnmarshalJSON parses whatever JSON it is given as a quantity's text
			result.quantityError ??=
				typeof v === 'string' || typeof v === 'number' ? quantityProblem(String(v)) : 'format';
			return;
		case 'IntOrString':
			if (typeof v !== 'string' && typeof v !== 'number') wrong(jsonKind(v));
			return;
		default:
			if (typeof v !== 'object' || Array.isArray(v)) return void wrong(jsonKind(v));
			walk(f.type, v as Record<string, Json>, path, goPath, result);
	}
}
