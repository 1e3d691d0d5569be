/**
 * `kubectl apply -f <file>` of a Pod manifest against a v1.34 cluster, up to the point where the
 * Pod would be created: each way it can be refused, in the order kubectl and the API server
 * find it, worded as they print it (kubectl cmd/util/helpers.go checkErr, cli-runtime
 * resource/visitor.go and mapper.go, apply.go; the API server's strict decoding, namespace
 * admission and validation). A manifest that passes gives the object the server decoded.
 */
import { QUANTITY_FORMAT_ERROR, QUANTITY_SUFFIX_ERROR } from './quantityText';
import { strictDecode } from './strictDecode';
import { validatePod } from './validatePod';
import { yamlToJson } from './yamlToJson';

type Obj = Record<string, unknown>;

export type ApplyResult =
	| { pod: Obj }
	/** what kubectl prints on stderr */
	| { error: string }
	/** a refusal KubeStep cannot word as kubectl would, or a kind the flow does not apply */
	| { unsupported: 'yaml' | 'kind' | 'several' | 'exists'; detail: string };

/**
 * Built-in kinds a v1.34 cluster serves by default, by apiVersion (pkg/controlplane/instance.go's
 * stable group versions): not found here is "no matches for kind". networking.k8s.io/v1's
 * IPAddress and ServiceCIDR are GA since v1.33; resource.k8s.io/v1 and storage.k8s.io/v1's
 * VolumeAttributesClass since v1.34.
 */
const BUILT_IN: Record<string, string[]> = {
	v1: [
		'Pod',
		'Service',
		'ConfigMap',
		'Secret',
		'Namespace',
		'Node',
		'ServiceAccount',
		'Endpoints',
		'Event',
		'PersistentVolume',
		'PersistentVolumeClaim',
		'ReplicationController',
		'LimitRange',
		'ResourceQuota',
		'PodTemplate'
	],
	'apps/v1': ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'ControllerRevision'],
	'batch/v1': ['Job', 'CronJob'],
	'networking.k8s.io/v1': ['Ingress', 'IngressClass', 'NetworkPolicy', 'IPAddress', 'ServiceCIDR'],
	'rbac.authorization.k8s.io/v1': ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'],
	'coordination.k8s.io/v1': ['Lease'],
	'discovery.k8s.io/v1': ['EndpointSlice'],
	'storage.k8s.io/v1': [
		'StorageClass',
		'CSIDriver',
		'CSINode',
		'CSIStorageCapacity',
		'VolumeAttachment',
		'VolumeAttributesClass'
	],
	'resource.k8s.io/v1': ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'],
	'policy/v1': ['PodDisruptionBudget'],
	'autoscaling/v1': ['HorizontalPodAutoscaler'],
	'autoscaling/v2': ['HorizontalPodAutoscaler'],
	'scheduling.k8s.io/v1': ['PriorityClass'],
	'node.k8s.io/v1': ['RuntimeClass'],
	'events.k8s.io/v1': ['Event'],
	'certificates.k8s.io/v1': ['CertificateSigningRequest'],
	'apiextensions.k8s.io/v1': ['CustomResourceDefinition'],
	'admissionregistration.k8s.io/v1': [
		'MutatingWebhookConfiguration',
		'ValidatingWebhookConfiguration',
		'ValidatingAdmissionPolicy',
		'ValidatingAdmissionPolicyBinding'
	],
	'apiregistration.k8s.io/v1': ['APIService'],
	'flowcontrol.apiserver.k8s.io/v1': ['FlowSchema', 'PriorityLevelConfiguration']
};

const serverError = (file: string, message: string, reason = 'BadRequest') =>
	`Error from server (${reason}): error when creating "${file}": ${message}`;

/** checkErr on an Invalid status: one cause on the line, several as a list under it */
function invalidText(name: string, causes: string[]): string {
	const head = `The Pod ${JSON.stringify(name)} is invalid: `;
	return causes.length === 1
		? head + causes[0]
		: `${head}\n${causes.map((c) => `* ${c}`).join('\n')}`;
}

export function applyPod(text: string, file: string, namespaces: readonly string[]): ApplyResult {
	const read = yamlToJson(text);
	if ('error' in read) {
		if (read.error === null) return { unsupported: 'yaml', detail: String(read.line) };
		// the reader's own refusal comes before any conversion
		const converting = read.error.startsWith('invalid Yaml')
			? ''
			: 'error converting YAML to JSON: ';
		return { error: `error: error parsing ${file}: ${converting}${read.error}` };
	}
	if (!read.documents.length) return { error: 'error: no objects passed to apply' };
	if (read.documents.length > 1)
		return { unsupported: 'several', detail: String(read.documents.length) };
	const doc = read.documents[0];
	if (!doc || typeof doc !== 'object' || Array.isArray(doc))
		return { unsupported: 'yaml', detail: '1' };
	const obj = doc as Obj;
	// client-side schema check (kubectl validation/schema.go getObjectKind)
	// kubectl validation/schema.go getObjectKind: absent is "not set", a null or a number not text
	const problem = (field: 'apiVersion' | 'kind') =>
		obj[field] === undefined
			? [`${field} not set`]
			: typeof obj[field] !== 'string'
				? [`${field} isn't string type`]
				: [];
	const missing = [...problem('apiVersion'), ...problem('kind')];
	if (missing.length)
		return {
			error: `error: error validating "${file}": error validating data: ${missing.length > 1 ? `[${missing.join(', ')}]` : missing[0]}; if you choose to ignore these errors, turn validation off with --validate=false`
		};
	const apiVersion = obj.apiVersion as string;
	const kind = obj.kind as string;
	const meta = (obj.metadata && typeof obj.metadata === 'object' ? obj.metadata : {}) as Obj;
	const name = typeof meta.name === 'string' ? meta.name : '';
	const namespace = typeof meta.namespace === 'string' ? meta.namespace : '';
	if (!BUILT_IN[apiVersion]?.includes(kind))
		return {
			error: `error: resource mapping not found for name: ${JSON.stringify(name)} namespace: ${JSON.stringify(namespace)} from "${file}": no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}\nensure CRDs are installed first`
		};
	if (kind !== 'Pod') return { unsupported: 'kind', detail: kind };
	if (!name) {
		if (typeof meta.generateName === 'string' && meta.generateName)
			return { error: `error: from ${meta.generateName}: cannot use generate name with apply` };
		return {
			error: `error: error when retrieving current configuration of:\nResource: "/v1, Resource=pods", GroupVersionKind: "/v1, Kind=Pod"\nName: "", Namespace: "${namespace || 'default'}"\nfrom server for: "${file}": resource name may not be empty`
		};
	}
	// the server decodes strictly (fieldValidation=Strict): a wrong type or quantity stops it, then
	// every unknown field is named
	const decoded = strictDecode('core.Pod', obj);
	const cannot = `Pod in version "v1" cannot be handled as a Pod: `;
	if (decoded.typeError) return { error: serverError(file, cannot + decoded.typeError) };
	if (decoded.quantityError)
		return {
			error: serverError(
				file,
				cannot +
					(decoded.quantityError === 'format' ? QUANTITY_FORMAT_ERROR : QUANTITY_SUFFIX_ERROR)
			)
		};
	if (decoded.unknown.length)
		return {
			error: serverError(
				file,
				cannot +
					'strict decoding error: ' +
					decoded.unknown.map((u) => `unknown field "${u}"`).join(', ')
			)
		};
	if (!namespaces.includes(namespace || 'default'))
		return { error: serverError(file, `namespaces "${namespace}" not found`, 'NotFound') };
	const causes = validatePod(obj);
	if (causes.length) return { error: invalidText(name, causes) };
	return { pod: obj };
}
