/**
 * ValidatePodCreate's checks for the fields a hand-written Pod gets wrong, after the API server's
 * defaulting (pkg/apis/core/validation/validation.go: ValidateObjectMeta, validateContainers,
 * validateContainerCommon, validateContainerPorts, validatePullPolicy, ValidateResourceRequirements,
 * validateRestartPolicy, validateDNSPolicy, ValidateTolerations), each cause as `field: message`,
 * in the order validation.go finds them.
 */
import { TAINT_EFFECTS } from '../model';
import { formatCpu, formatMemory, parseCpu, parseMemory } from '../quantity';
import {
	dns1123Label,
	dns1123Subdomain,
	labelValueProblems,
	qualifiedNameProblems,
	quoted,
	unsupported
} from './validationText';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj =>
	v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
/** a field the API server's defaulting fills when it is left empty (SetDefaults_Pod, _Container …) */
const given = (v: unknown) => v !== undefined && v !== null && v !== '';

const invalid = (field: string, value: unknown, message: string) =>
	`${field}: Invalid value: ${quoted(value)}: ${message}`;

function labelCauses(field: string, labels: Obj): string[] {
	const causes: string[] = [];
	for (const [k, v] of Object.entries(labels)) {
		for (const m of qualifiedNameProblems(k)) causes.push(invalid(field, k, m));
		for (const m of labelValueProblems(str(v))) causes.push(invalid(field, str(v), m));
	}
	return causes;
}

/** a quantity's amount in the unit the comparison needs: millicores for cpu, bytes otherwise */
const amount = (resource: string, text: string) =>
	resource === 'cpu' ? parseCpu(text) : parseMemory(text);

/** Quantity.String(): cpu and binary memory amounts in their canonical form, others as written */
function canonical(resource: string, text: string): string {
	if (resource === 'cpu') {
		const milli = parseCpu(text);
		return milli === null ? text : formatCpu(milli);
	}
	const bytes = /i$/.test(text) ? parseMemory(text) : null;
	return bytes === null ? text : formatMemory(bytes);
}

/**
 * ValidateResourceRequirements: each limit, then each request, not below zero; a request above
 * its limit names the limit. Go walks the maps in no set order; here, in the order written.
 */
function resourceCauses(field: string, resources: Obj): string[] {
	const causes: string[] = [];
	const requests = obj(resources.requests);
	const limits = obj(resources.limits);
	const negative = (at: string, name: string, value: unknown) =>
		String(value).trim().startsWith('-')
			? [
					invalid(
						`${at}[${name}]`,
						canonical(name, String(value)),
						'must be greater than or equal to 0'
					)
				]
			: [];
	for (const [name, value] of Object.entries(limits))
		causes.push(...negative(`${field}.limits`, name, value));
	for (const [name, value] of Object.entries(requests)) {
		causes.push(...negative(`${field}.requests`, name, value));
		if (!(name in limits)) continue;
		const req = amount(name, String(value));
		const lim = amount(name, String(limits[name]));
		if (req !== null && lim !== null && req > lim)
			causes.push(
				invalid(
					`${field}.requests`,
					canonical(name, String(value)),
					`must be less than or equal to ${name} limit of ${canonical(name, String(limits[name]))}`
				)
			);
	}
	return causes;
}

function containerCauses(c: Obj, field: string): string[] {
	const causes: string[] = [];
	const name = str(c.name);
	if (!name) causes.push(`${field}.name: Required value`);
	else for (const m of dns1123Label(name)) causes.push(invalid(`${field}.name`, name, m));
	if (!str(c.image)) causes.push(`${field}.image: Required value`);
	list(c.ports).forEach((p, i) => {
		const port = obj(p).containerPort;
		const at = `${field}.ports[${i}]`;
		if (port === undefined || port === 0) causes.push(`${at}.containerPort: Required value`);
		else if (typeof port === 'number' && (port < 1 || port > 65535))
			causes.push(
				`${at}.containerPort: Invalid value: ${port}: must be between 1 and 65535, inclusive`
			);
		const protocol = obj(p).protocol;
		if (given(protocol) && !['SCTP', 'TCP', 'UDP'].includes(str(protocol)))
			causes.push(`${at}.protocol: ${unsupported(str(protocol), ['SCTP', 'TCP', 'UDP'])}`);
	});
	const pull = c.imagePullPolicy;
	if (given(pull) && !['Always', 'IfNotPresent', 'Never'].includes(str(pull)))
		causes.push(
			`${field}.imagePullPolicy: ${unsupported(str(pull), ['Always', 'IfNotPresent', 'Never'])}`
		);
	causes.push(...resourceCauses(`${field}.resources`, obj(c.resources)));
	return causes;
}

/**
 * A toleration as Go's %#v prints it: field.Invalid of the whole struct. A set tolerationSeconds
 * prints as its pointer, an address that differs on every server.
 */
const tolerationStruct = (t: Obj) =>
	`core.Toleration{Key:${quoted(str(t.key))}, Operator:${quoted(str(t.operator))}, Value:${quoted(str(t.value))}, Effect:${quoted(str(t.effect))}, TolerationSeconds:${given(t.tolerationSeconds) ? '(*int64)(0xc000a1c2b8)' : '(*int64)(nil)'}}`;

const EFFECTS: string[] = [...TAINT_EFFECTS];

/** ValidateTolerations, in its order: key, an empty key's operator, tolerationSeconds, operator, effect. */
function tolerationCauses(tolerations: unknown[]): string[] {
	const causes: string[] = [];
	tolerations.forEach((t, i) => {
		const { key, operator, value, effect, tolerationSeconds } = obj(t);
		const at = `spec.tolerations[${i}]`;
		if (key)
			for (const m of qualifiedNameProblems(str(key))) causes.push(invalid(`${at}.key`, key, m));
		const op = str(operator);
		if (!key && op !== 'Exists')
			causes.push(
				invalid(
					`${at}.operator`,
					op,
					'operator must be Exists when `key` is empty, which means "match all values and all keys"'
				)
			);
		if (given(tolerationSeconds) && str(effect) !== 'NoExecute')
			causes.push(
				invalid(
					`${at}.effect`,
					str(effect),
					"effect must be 'NoExecute' when `tolerationSeconds` is set"
				)
			);
		// no operator means Equal; a bad value is reported on the operator, its messages joined
		if (op === 'Equal' || op === '') {
			const problems = labelValueProblems(str(value));
			if (problems.length) causes.push(invalid(`${at}.operator`, str(value), problems.join(';')));
		} else if (op === 'Exists') {
			if (value)
				causes.push(
					`${at}.operator: Invalid value: ${tolerationStruct(obj(t))}: value must be empty when \`operator\` is 'Exists'`
				);
		} else causes.push(`${at}.operator: ${unsupported(op, ['Equal', 'Exists'])}`);
		if (effect && !EFFECTS.includes(str(effect)))
			causes.push(`${at}.effect: ${unsupported(str(effect), EFFECTS)}`);
	});
	return causes;
}

/** The causes of a Pod the API server would refuse as Invalid (none: it would store it). */
export function validatePod(pod: Obj): string[] {
	const meta = obj(pod.metadata);
	const spec = obj(pod.spec);
	const causes: string[] = [];
	const name = str(meta.name);
	for (const m of dns1123Subdomain(name)) causes.push(invalid('metadata.name', name, m));
	causes.push(...labelCauses('metadata.labels', obj(meta.labels)));
	const containers = list(spec.containers);
	if (!containers.length) causes.push('spec.containers: Required value');
	// validateContainers, then validateInitContainers: a name is unique across both lists
	const inits = list(spec.initContainers);
	const seen = new Set<string>();
	const lists = [
		['spec.containers', containers],
		['spec.initContainers', inits]
	] as const;
	for (const [path, each] of lists)
		each.forEach((c, i) => {
			causes.push(...containerCauses(obj(c), `${path}[${i}]`));
			const n = str(obj(c).name);
			if (n && seen.has(n)) causes.push(`${path}[${i}].name: Duplicate value: ${quoted(n)}`);
			seen.add(n);
		});
	const restart = spec.restartPolicy;
	if (given(restart) && !['Always', 'OnFailure', 'Never'].includes(str(restart)))
		causes.push(
			`spec.restartPolicy: ${unsupported(str(restart), ['Always', 'OnFailure', 'Never'])}`
		);
	const dns = spec.dnsPolicy;
	const dnsPolicies = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];
	if (given(dns) && !dnsPolicies.includes(str(dns)))
		causes.push(`spec.dnsPolicy: ${unsupported(str(dns), dnsPolicies)}`);
	causes.push(...labelCauses('spec.nodeSelector', obj(spec.nodeSelector)));
	// ValidatePodSpec: a node's name is a DNS subdomain; the node need not exist
	const node = str(spec.nodeName);
	if (node) for (const m of dns1123Subdomain(node)) causes.push(invalid('spec.nodeName', node, m));
	causes.push(...tolerationCauses(list(spec.tolerations)));
	// validateContainersOnlyForPod, last: an image with spaces around it
	for (const [path, each] of lists)
		each.forEach((c, i) => {
			const image = str(obj(c).image);
			if (image && image.trim() !== image)
				causes.push(
					invalid(`${path}[${i}].image`, image, 'must not have leading or trailing whitespace')
				);
		});
	// statusCausesToAggrError drops repeated lines
	return [...new Set(causes)];
}
