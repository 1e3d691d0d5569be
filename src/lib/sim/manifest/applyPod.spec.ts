import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPod } from './applyPod';

const NS = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];
const GOOD = `apiVersion: v1
kind: Pod
metadata:
  labels:
    run: nginx
  name: nginx
spec:
  containers:
  - image: nginx:1.27
    name: nginx
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Always
`;
const apply = (text: string) => applyPod(text, 'pod.yaml', NS);
const errorOf = (text: string) => {
	const r = apply(text);
	return 'error' in r ? r.error : JSON.stringify(r);
};
/** the good manifest with one line replaced (or several, joined by \n) */
const edit = (from: string, to: string) => {
	if (!GOOD.includes(from)) throw new Error(`no ${from}`);
	return GOOD.replace(from, to);
};

const LABEL =
	"a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const LABEL_VALUE =
	"a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const SUBDOMAIN =
	"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const CANNOT =
	'Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: ';

/** bad manifests, each with what kubectl v1.34 prints (kubectl, cli-runtime and the API server's own words) */
const BAD: [string, string, string][] = [
	['an empty file', '', 'error: no objects passed to apply'],
	['only a comment', '# nothing\n---\n', 'error: no objects passed to apply'],
	[
		'a tab for indentation (a scanner error: its own line)',
		edit('  containers:\n', '\tcontainers:\n'),
		'error: error parsing pod.yaml: error converting YAML to JSON: yaml: line 8: found character that cannot start any token'
	],
	[
		'a second colon on a line',
		edit('  name: nginx\n', '  name: nginx: web\n'),
		'error: error parsing pod.yaml: error converting YAML to JSON: yaml: line 6: mapping values are not allowed in this context'
	],
	[
		'a key indented into the value above it: go-yaml stops at its colon',
		edit('    name: nginx\n', '     name: nginx\n'),
		'error: error parsing pod.yaml: error converting YAML to JSON: yaml: line 10: mapping values are not allowed in this context'
	],
	[
		'a key out of line (a parser error: the line before it)',
		edit('  name: nginx\nspec', ' name: nginx\nspec'),
		'error: error parsing pod.yaml: error converting YAML to JSON: yaml: line 5: did not find expected key'
	],
	[
		'an alias to no anchor',
		edit('  dnsPolicy: ClusterFirst', '  dnsPolicy: *policy'),
		"error: error parsing pod.yaml: error converting YAML to JSON: yaml: unknown anchor 'policy' referenced"
	],
	[
		'no kind',
		edit('kind: Pod\n', ''),
		'error: error validating "pod.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false'
	],
	[
		'no apiVersion',
		edit('apiVersion: v1\n', ''),
		'error: error validating "pod.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false'
	],
	[
		'neither',
		edit('apiVersion: v1\nkind: Pod\n', ''),
		'error: error validating "pod.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false'
	],
	[
		'a kind the cluster does not have',
		edit('kind: Pod', 'kind: Podd'),
		'error: resource mapping not found for name: "nginx" namespace: "" from "pod.yaml": no matches for kind "Podd" in version "v1"\nensure CRDs are installed first'
	],
	[
		'a Pod in the wrong group',
		edit('apiVersion: v1', 'apiVersion: apps/v1'),
		'error: resource mapping not found for name: "nginx" namespace: "" from "pod.yaml": no matches for kind "Pod" in version "apps/v1"\nensure CRDs are installed first'
	],
	[
		'no name',
		edit('  name: nginx\nspec', 'spec'),
		'error: error when retrieving current configuration of:\nResource: "/v1, Resource=pods", GroupVersionKind: "/v1, Kind=Pod"\nName: "", Namespace: "default"\nfrom server for: "pod.yaml": resource name may not be empty'
	],
	[
		'a misspelt field (strict field validation)',
		edit('  - image: nginx:1.27', '  - imagee: nginx:1.27'),
		CANNOT + 'strict decoding error: unknown field "spec.containers[0].imagee"'
	],
	[
		'two misspelt fields, named in the order of kubectl’s JSON (keys sorted)',
		edit('  restartPolicy: Always', '  restartPolicy: Always\n  nodename: node-1\n  dnspolicy: x'),
		CANNOT + 'strict decoding error: unknown field "spec.dnspolicy", unknown field "spec.nodename"'
	],
	[
		'a port written as text',
		edit('    resources: {}', '    ports:\n    - containerPort: "80"\n    resources: {}'),
		CANNOT +
			'json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32'
	],
	[
		'a quantity that is not one',
		edit('    resources: {}', '    resources:\n      requests:\n        cpu: 1.5x'),
		CANNOT +
			"quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
	],
	[
		'a quantity with a suffix there is none of',
		edit('    resources: {}', '    resources:\n      requests:\n        memory: 32MMi'),
		CANNOT + "unable to parse quantity's suffix"
	],
	[
		'a namespace the cluster does not have',
		edit('  name: nginx\n', '  name: nginx\n  namespace: shop\n'),
		'Error from server (NotFound): error when creating "pod.yaml": namespaces "shop" not found'
	],
	[
		'no containers',
		edit('  containers:\n  - image: nginx:1.27\n    name: nginx\n    resources: {}\n', ''),
		'The Pod "nginx" is invalid: spec.containers: Required value'
	],
	[
		'a container without an image',
		edit('  - image: nginx:1.27\n    name: nginx', '  - name: nginx'),
		'The Pod "nginx" is invalid: spec.containers[0].image: Required value'
	],
	[
		'an init container without an image',
		edit(
			'  dnsPolicy: ClusterFirst\n',
			'  dnsPolicy: ClusterFirst\n  initContainers:\n  - name: wait\n'
		),
		'The Pod "nginx" is invalid: spec.initContainers[0].image: Required value'
	],
	[
		'an init container named as a container',
		edit(
			'  dnsPolicy: ClusterFirst\n',
			'  dnsPolicy: ClusterFirst\n  initContainers:\n  - name: nginx\n    image: busybox:1.36\n'
		),
		'The Pod "nginx" is invalid: spec.initContainers[0].name: Duplicate value: "nginx"'
	],
	[
		'a field an init container does not have',
		edit(
			'  dnsPolicy: ClusterFirst\n',
			'  dnsPolicy: ClusterFirst\n  initContainers:\n  - name: wait\n    imagee: busybox:1.36\n'
		),
		'Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.initContainers[0].imagee"'
	],
	[
		'a container name in capitals',
		edit('    name: nginx', '    name: Nginx'),
		`The Pod "nginx" is invalid: spec.containers[0].name: Invalid value: "Nginx": ${LABEL}`
	],
	[
		'a pod name in capitals',
		edit('  name: nginx\nspec', '  name: Nginx\nspec'),
		`The Pod "Nginx" is invalid: metadata.name: Invalid value: "Nginx": ${SUBDOMAIN}`
	],
	[
		'a request above its limit',
		edit(
			'    resources: {}',
			'    resources:\n      limits:\n        cpu: 1\n      requests:\n        cpu: 2'
		),
		'The Pod "nginx" is invalid: spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1'
	],
	[
		'a negative request',
		edit('    resources: {}', '    resources:\n      requests:\n        cpu: -1'),
		'The Pod "nginx" is invalid: spec.containers[0].resources.requests[cpu]: Invalid value: "-1": must be greater than or equal to 0'
	],
	[
		'two containers of one name',
		edit('  dnsPolicy', '  - image: redis:7.2\n    name: nginx\n  dnsPolicy'),
		'The Pod "nginx" is invalid: spec.containers[1].name: Duplicate value: "nginx"'
	],
	[
		'a restart policy there is none of',
		edit('restartPolicy: Always', 'restartPolicy: Sometimes'),
		'The Pod "nginx" is invalid: spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'
	],
	[
		'a pull policy there is none of',
		edit('    resources: {}', '    resources: {}\n    imagePullPolicy: Sometimes'),
		'The Pod "nginx" is invalid: spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"'
	],
	[
		'a port past 65535',
		edit('    resources: {}', '    ports:\n    - containerPort: 70000\n    resources: {}'),
		'The Pod "nginx" is invalid: spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive'
	],
	[
		'a label value with a space',
		edit('    run: nginx', '    run: a b'),
		`The Pod "nginx" is invalid: metadata.labels: Invalid value: "a b": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`
	],
	[
		'a toleration with Exists and a value',
		edit(
			'  restartPolicy: Always',
			'  restartPolicy: Always\n  tolerations:\n  - key: pool\n    operator: Exists\n    value: build\n    effect: NoSchedule'
		),
		// field.Invalid of the whole internal struct, which has no String(): Go's %#v
		'The Pod "nginx" is invalid: spec.tolerations[0].operator: Invalid value: core.Toleration{Key:"pool", Operator:"Exists", Value:"build", Effect:"NoSchedule", TolerationSeconds:(*int64)(nil)}: value must be empty when `operator` is \'Exists\''
	],
	[
		'a toleration with no operator is Equal: its value must be a label value, reported on the operator',
		edit(
			'  restartPolicy: Always',
			'  restartPolicy: Always\n  tolerations:\n  - key: pool\n    value: not valid\n    effect: NoSchedule'
		),
		`The Pod "nginx" is invalid: spec.tolerations[0].operator: Invalid value: "not valid": ${LABEL_VALUE}`
	],
	[
		'tolerationSeconds on an effect other than NoExecute',
		edit(
			'  restartPolicy: Always',
			'  restartPolicy: Always\n  tolerations:\n  - key: pool\n    operator: Exists\n    effect: NoSchedule\n    tolerationSeconds: 60'
		),
		'The Pod "nginx" is invalid: spec.tolerations[0].effect: Invalid value: "NoSchedule": effect must be \'NoExecute\' when `tolerationSeconds` is set'
	],
	[
		'two mistakes at once: a list under the header, its first line ending in a space',
		edit('  - image: nginx:1.27\n    name: nginx', '  - name: Nginx'),
		`The Pod "nginx" is invalid: \n* spec.containers[0].name: Invalid value: "Nginx": ${LABEL}\n* spec.containers[0].image: Required value`
	]
];

describe('the kinds a v1.34 cluster serves', () => {
	// GA after v1.32: IPAddress and ServiceCIDR in v1.33, resource.k8s.io/v1 and
	// VolumeAttributesClass in v1.34 — a real cluster maps them, so no "no matches for kind"
	it.each([
		['networking.k8s.io/v1', 'ServiceCIDR'],
		['networking.k8s.io/v1', 'IPAddress'],
		['resource.k8s.io/v1', 'ResourceClaim'],
		['storage.k8s.io/v1', 'VolumeAttributesClass']
	])('%s %s is a kind the cluster knows, not one it lacks', (apiVersion, kind) => {
		const text = edit('apiVersion: v1\nkind: Pod', `apiVersion: ${apiVersion}\nkind: ${kind}`);
		expect(apply(text)).toEqual({ unsupported: 'kind', detail: kind });
	});
});

describe('kubectl apply -f pod.yaml: a manifest is refused as kubectl and the API server refuse it', () => {
	it('the manifest kubectl run --dry-run=client -o yaml prints is accepted', () => {
		const r = apply(GOOD);
		expect('pod' in r && r.pod.metadata).toEqual({ labels: { run: 'nginx' }, name: 'nginx' });
	});

	it.each(BAD)('%s', (_, text, expected) => {
		expect(errorOf(text)).toBe(expected);
	});

	it('a duplicate key is not refused: the last value wins, as kubectl’s YAML reader has it', () => {
		const r = apply(edit('    name: nginx', '    name: nginx\n    image: nginx:1.26'));
		expect(
			'pod' in r && (r.pod.spec as { containers: { image: string }[] }).containers[0].image
		).toBe('nginx:1.26');
	});

	it('YAML 1.1, as go-yaml reads it: yes is a boolean, so a field of text refuses it', () => {
		expect(errorOf(edit('  dnsPolicy: ClusterFirst', '  dnsPolicy: yes'))).toBe(
			CANNOT +
				'json: cannot unmarshal bool into Go struct field PodSpec.spec.dnsPolicy of type v1.DNSPolicy'
		);
	});

	it('go-yaml keeps dates and 12:30 as text; a type with no schema here is taken as given', () => {
		const r = apply(
			edit('    run: nginx', '    run: nginx\n    day: 2024-01-01').replace(
				'    resources: {}',
				'    resources: {}\n    args: [12:30]\n    volumeMounts:\n    - name: v\n      mountPath: /v\n  volumes:\n  - name: v\n    csi:\n      driver: x'
			)
		);
		expect('pod' in r && (r.pod.metadata as { labels: object }).labels).toEqual({
			run: 'nginx',
			day: '2024-01-01'
		});
	});

	it('what defaulting fills in may be left empty; a kind with no value is no string', () => {
		expect('pod' in apply(edit('restartPolicy: Always', 'restartPolicy: ""'))).toBe(true);
		expect(errorOf(edit('kind: Pod', 'kind:'))).toBe(
			'error: error validating "pod.yaml": error validating data: kind isn\'t string type; if you choose to ignore these errors, turn validation off with --validate=false'
		);
	});

	it('a quantity that is no text at all is still a quantity error; it outranks a type error before it', () => {
		expect(
			errorOf(edit('    resources: {}', '    resources:\n      requests:\n        cpu: true'))
		).toBe(
			CANNOT +
				"quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
		);
		expect(
			errorOf(
				edit('  dnsPolicy: ClusterFirst', '  dnsPolicy: 1').replace(
					'    resources: {}',
					'    resources:\n      requests:\n        cpu: 1x'
				)
			)
		).toMatch(/quantities must match/);
	});

	it('line numbers count from the document’s own start, after its ---', () => {
		expect(errorOf('---\n' + edit('  containers:\n', '\tcontainers:\n'))).toBe(
			'error: error parsing pod.yaml: error converting YAML to JSON: yaml: line 8: found character that cannot start any token'
		);
	});

	it('any text at all gets an answer, never an exception (fuzz)', () => {
		const pieces = fc.constantFrom(
			'apiVersion: v1\n',
			'kind: Pod\n',
			'metadata:\n',
			'  name: x\n',
			'spec:\n',
			'  containers:\n',
			'  - name: a\n',
			'    image: b\n',
			'\t',
			'  ',
			'- ',
			': ',
			'"',
			"'",
			'{',
			'[',
			'---\n',
			'    resources:\n      requests:\n        cpu: 1x\n',
			'    ports:\n    - containerPort: 99999\n',
			'  nodeName: 3\n',
			'\n'
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ maxLength: 80 }),
					fc.array(pieces, { maxLength: 14 }).map((p) => p.join(''))
				),
				(text) => {
					const r = apply(text);
					expect('pod' in r || 'error' in r || 'unsupported' in r).toBe(true);
				}
			),
			{ numRuns: 600 }
		);
	});
});
