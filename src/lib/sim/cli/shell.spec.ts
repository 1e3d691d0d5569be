import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import { readPod } from '../apiserver';
import type { ClusterState } from '../cluster';
import { listPods, podKey } from '../podCodec';
import { readObject } from '../etcd';
import type { ServiceObject } from '../model';
import { serviceKey } from '../serviceKeys';
import { defaultServiceScenario } from '$lib/flows/service/scenario';
import { serviceTimeline } from '$lib/flows/service/timeline';
import { complete, runLine, watchSince, MAX_LINE } from './shell';
import { suggestCommands } from './suggest';
import { terminalTexts } from '$lib/i18n/terminalText';

const notes = terminalTexts.en.notes;

const tl = podCreationTimeline(defaultPodScenario);
const end = tl.steps.at(-1)!.snapshot;
const first = tl.steps[0].snapshot;

/** what a terminal shows: stdout and stderr as printed, KubeStep's notes by id */
function screen(line: string, state: ClusterState = end): string {
	return runLine(line, state)
		.chunks.map((c) => ('note' in c ? `[note:${c.note}]` : 'text' in c ? c.text : '[watch]'))
		.join('\n');
}

describe('kubectl get, formatted as kubectl v1.34 prints it', () => {
	const pod = readPod(end, podKey('default', 'nginx'))!;

	it('get pods: tabwriter columns, three spaces past the widest cell (a fixture of this scenario)', () => {
		expect(screen('kubectl get pods')).toBe(
			[
				'NAME                     READY   STATUS    RESTARTS   AGE',
				'api-7d4b9c8f6-cdmnx      1/1     Running   0          3d',
				'nginx                    1/1     Running   0          6s',
				'redis-0                  1/1     Running   0          3d',
				'web-7d4b9c8f6-w6lv5      1/1     Running   0          3d',
				'worker-7d4b9c8f6-cbcpl   1/1     Running   0          3d'
			].join('\n')
		);
		expect(screen('k get po')).toBe(screen('kubectl get pods'));
	});

	it('-o wide adds the IP, NODE, NOMINATED NODE and READINESS GATES columns', () => {
		const [head, ...rows] = screen('kubectl get pods -o wide').split('\n');
		expect(head).toBe(
			'NAME                     READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES'
		);
		expect(rows.find((r) => r.startsWith('nginx '))!.split(/ {2,}/)).toEqual([
			'nginx',
			'1/1',
			'Running',
			'0',
			'6s',
			pod.status.podIP,
			pod.spec.nodeName,
			'<none>',
			'<none>'
		]);
	});

	it('a pod not stored yet: the apiserver’s NotFound; an empty namespace: no resources, on stderr', () => {
		expect(screen('kubectl get pod nginx', first)).toBe(
			'Error from server (NotFound): pods "nginx" not found'
		);
		expect(screen('kubectl get pods -n kube-public')).toBe(
			'No resources found in kube-public namespace.'
		);
		expect(screen('kubectl get deploy x')).toBe(
			'Error from server (NotFound): deployments.apps "x" not found'
		);
		expect(screen('kubectl get statefulsets -A')).toBe('No resources found');
		expect(runLine('kubectl get pods -n kube-public', end).chunks).toEqual([
			{ stream: 'err', text: 'No resources found in kube-public namespace.' }
		]);
	});

	it('get nodes: every node etcd holds, Ready, <none> for no role, the kubelet version', () => {
		expect(screen('kubectl get nodes')).toBe(
			[
				'NAME     STATUS   ROLES    AGE   VERSION',
				'node-1   Ready    <none>   3d    v1.34.0',
				'node-2   Ready    <none>   3d    v1.34.0',
				'node-3   Ready    <none>   3d    v1.34.0'
			].join('\n')
		);
		expect(screen('kubectl get nodes -o wide').split('\n')[1]).toBe(
			'node-1   Ready    <none>   3d    v1.34.0   192.168.56.11   <none>        Ubuntu 24.04.1 LTS   6.8.0-51-generic   containerd://1.7.24'
		);
	});

	it('-o name, --show-labels, -l, -A and namespaces', () => {
		expect(screen('kubectl get pods -o name').split('\n')).toContain('pod/nginx');
		expect(screen('kubectl get svc -o name')).toBe('service/kubernetes');
		expect(screen('kubectl get leases -n kube-node-lease -o name').split('\n')[0]).toBe(
			'lease.coordination.k8s.io/node-1'
		);
		const labelled = screen('kubectl get pods --show-labels').split('\n');
		expect(labelled[0]).toMatch(/ {3}LABELS$/);
		expect(labelled.find((l) => l.startsWith('nginx '))).toMatch(
			new RegExp(
				` ${
					Object.entries(pod.metadata.labels ?? {})
						.map(([k, v]) => `${k}=${v}`)
						.join(',') || '<none>'
				}$`
			)
		);
		expect(screen('kubectl get pods -l app=web').split('\n').slice(1)).toEqual([
			expect.stringMatching(/^web-7d4b9c8f6-w6lv5 /)
		]);
		expect(screen('kubectl get pods -l app!=web,app').split('\n').length).toBe(4);
		expect(screen('kubectl get pods -l "app in (api, redis)"').split('\n').length).toBe(3);
		expect(screen('kubectl get pods -l app=nothing')).toBe(
			'No resources found in default namespace.'
		);
		expect(screen('kubectl get pods -l "a b"')).toBe(
			'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "a b", field selector "": unable to parse requirement: found \'b\', expected: in, notin, =, ==, !=, gt, lt'
		);
		expect(screen('kubectl get pods -A').split('\n')[0]).toMatch(/^NAMESPACE {5}NAME /);
		expect(screen('kubectl get ns')).toMatch(/^NAME {14}STATUS {3}AGE\ndefault {11}Active {3}3d\n/);
	});

	it('services: TYPE, CLUSTER-IP, EXTERNAL-IP <none>, PORT(S) as port/protocol', () => {
		expect(screen('kubectl get svc')).toBe(
			'NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nkubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   3d'
		);
		expect(screen('kubectl get endpointslices')).toMatch(
			/^NAME +ADDRESSTYPE +PORTS +ENDPOINTS +AGE\nkubernetes +IPv4 +6443 +[\d.]+ +3d$/
		);
	});

	it('-o yaml: one object by name as stored, with its resourceVersion; a list is a List', () => {
		const yaml = screen('kubectl get pod nginx -o yaml');
		expect(yaml).toMatch(/^apiVersion: v1\nkind: Pod\nmetadata:\n/);
		expect(yaml).toContain(
			`  resourceVersion: "${end.etcd.kvs[podKey('default', 'nginx')].mod_revision}"`
		);
		expect(screen('kubectl get pods -o yaml')).toMatch(
			/^apiVersion: v1\nitems:\n- apiVersion: v1\n {2}kind: Pod\n[\s\S]*\nkind: List\nmetadata:\n {2}resourceVersion: ""$/
		);
		expect(screen('kubectl get pods -n kube-public -o yaml')).toBe(
			'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""'
		);
	});

	it('-o json: sorted keys, four spaces, Go’s HTML escapes', () => {
		const json = screen('kubectl get pod nginx -o json');
		expect(json.split('\n').slice(0, 3)).toEqual([
			'{',
			'    "apiVersion": "v1",',
			'    "kind": "Pod",'
		]);
		expect(JSON.parse(json).metadata.name).toBe('nginx');
	});

	it('several types at once: one table each, names prefixed with their type', () => {
		const out = screen('kubectl get pods,svc');
		expect(out).toMatch(
			/^NAME +READY[\s\S]*\npod\/nginx [\s\S]*\n\nNAME +TYPE[\s\S]*\nservice\/kubernetes /
		);
	});

	it('kubectl’s errors, word for word', () => {
		expect(screen('kubectl get')).toMatch(/^You must specify the type of resource to get\./);
		expect(screen('kubectl get foos')).toBe(
			'error: the server doesn\'t have a resource type "foos"'
		);
		expect(screen('kubectl get pods --bogus')).toBe(
			"error: unknown flag: --bogus\nSee 'kubectl get --help' for usage."
		);
		expect(screen('kubectl get pods -o xml')).toMatch(
			/^error: unable to match a printer suitable for the output format "xml", allowed formats are: custom-columns,/
		);
		expect(screen('kubectl get pods nginx -A')).toBe(
			'error: a resource cannot be retrieved by name across all namespaces'
		);
		expect(screen('kubectl frobnicate')).toBe('error: unknown command "frobnicate" for "kubectl"');
		expect(screen('kubectl delete pod nginx')).toBe('[note:readOnly]');
	});

	it('version and api-resources', () => {
		expect(screen('kubectl version')).toBe(
			'Client Version: v1.34.0\nKustomize Version: v5.7.1\nServer Version: v1.34.0'
		);
		const resources = screen('kubectl api-resources').split('\n');
		expect(resources[0]).toMatch(/^NAME +SHORTNAMES +APIVERSION +NAMESPACED +KIND$/);
		expect(resources[1]).toMatch(/^endpoints +ep +v1 +true +Endpoints$/);
		expect(resources[2]).toMatch(/^events +ev +v1 +true +Event$/);
		expect(resources.find((l) => l.startsWith('deployments'))).toMatch(
			/deploy +apps\/v1 +true +Deployment$/
		);
		// groups in name order: networking.k8s.io (the ClusterIP allocator's, GA in v1.33) comes last
		expect(resources.slice(-2)).toEqual([
			expect.stringMatching(/^ipaddresses +ip +networking\.k8s\.io\/v1 +false +IPAddress$/),
			expect.stringMatching(/^servicecidrs +networking\.k8s\.io\/v1 +false +ServiceCIDR$/)
		]);
	});

	it('answers change with the step: the pod is Pending before it is bound, Running at the end', () => {
		const created = tl.steps.findIndex((s) => s.wrote.includes(podKey('default', 'nginx')));
		expect(screen('kubectl get pod nginx', tl.steps[created].snapshot)).toMatch(
			/\nnginx +0\/1 +Pending /
		);
		expect(screen('kubectl get pod nginx', end)).toMatch(/\nnginx +1\/1 +Running /);
	});
});

describe('kubectl as cobra and get.go read a line', () => {
	it('global flags before the command; read commands and changing commands get different notes', () => {
		expect(screen('kubectl -n kube-system get pods')).toBe(
			screen('kubectl get pods -n kube-system')
		);
		expect(
			screen('kubectl --namespace=kube-node-lease get leases -o name').split('\n')
		).toHaveLength(3);
		expect(screen('kubectl exec nginx -- ls')).toBe('[note:notModelled]');
		expect(screen('kubectl apply -f pod.yaml')).toBe('[note:applyHere]');
		expect(screen('kubectl get pods -h')).toBe('[note:notModelled]');
		expect(screen('kubectl get cm')).toBe('[note:notStored]');
		expect(screen('kubectl get configmaps.v1')).toBe('[note:notStored]');
	});

	it('get all: each kind the cluster has, its names prefixed with the kind', () => {
		const text = screen('kubectl get all');
		expect(text).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\npod\/api-/);
		expect(text).toMatch(
			/\n\nNAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\(S\) +AGE\nservice\/kubernetes /
		);
		expect(screen('kubectl get all -n kube-public')).toBe(
			'No resources found in kube-public namespace.'
		);
	});

	it('printGeneric: one name asked for is the object or its error alone; more make a List', () => {
		expect(screen('kubectl get pod nope -o yaml')).toBe(
			'Error from server (NotFound): pods "nope" not found'
		);
		expect(screen('kubectl get pod nginx nope -o yaml')).toMatch(
			/^apiVersion: v1\nitems:\n- apiVersion: v1[\s\S]*kind: List\nmetadata:\n {2}resourceVersion: ""\nError from server \(NotFound\): pods "nope" not found$/
		);
		expect(screen('kubectl get pods -n kube-public -o name')).toBe('');
		expect(screen('kubectl get nodes -l nothing')).toBe('No resources found');
	});

	it('the kind prefix goes by the kinds that came back, not those asked for', () => {
		expect(screen('kubectl get pods,statefulsets')).toBe(screen('kubectl get pods'));
	});

	it('-L adds a column per label key, named by its last segment, before LABELS; it repeats and takes commas', () => {
		const lines = screen('kubectl get pods -L app -L kubernetes.io/name,run --show-labels').split(
			'\n'
		);
		expect(lines[0]).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE +APP +NAME +RUN +LABELS$/);
		const web = lines.find((l) => l.startsWith('web-'))!;
		// the app label's value; an empty cell for a key the pod lacks
		expect(web).toMatch(/ {3}web {5} {8}/);
		expect(screen('kubectl get pods -L app,run')).toBe(screen('kubectl get pods -Lapp -L=run'));
		expect(screen('kubectl get nodes -L kubernetes.io/hostname').split('\n')[1]).toMatch(
			/ node-1$/
		);
	});

	it('get’s other flags: --ignore-not-found answered; go-template and the like noted; global ones taken', () => {
		expect(screen('kubectl get pod nope --ignore-not-found')).toBe('');
		expect(screen('kubectl get pods -o go-template={{.kind}}')).toBe('[note:notModelled]');
		expect(screen('kubectl --kubeconfig /etc/kubernetes/admin.conf get nodes')).toBe(
			screen('kubectl get nodes')
		);
		expect(screen('kubectl get pods,svc --no-headers')).not.toMatch(/\n\n/);
		expect(screen('kubectl get pod/a/b')).toBe(
			'error: arguments in resource/name form may not have more than one slash'
		);
		expect(screen('kubectl get pod/')).toBe(
			'error: arguments in resource/name form must have a single resource and name'
		);
	});

	it('selectors: an empty one selects all; a name with one is refused; prototype names are plain keys', () => {
		expect(screen("kubectl get pods -l ''")).toBe(screen('kubectl get pods'));
		expect(screen('kubectl get pod nginx -l app=web')).toBe(
			'error: name cannot be provided when a selector is specified'
		);
		expect(screen('kubectl get pods -l constructor')).toBe(
			'No resources found in default namespace.'
		);
		expect(screen("kubectl get pods -l '!constructor'")).toBe(screen('kubectl get pods'));
		expect(screen('kubectl get pods -l toString=x')).toBe(
			'No resources found in default namespace.'
		);
		expect(screen('etcdctl get constructor')).toMatch(/^\[note:etcdTls\]$/);
		expect(screen('etcdctl get __proto__ --keys-only')).toMatch(/^\[note:etcdTls\]$/);
	});

	it('api-resources --namespaced is a boolean flag', () => {
		expect(
			screen('kubectl api-resources --namespaced=false')
				.split('\n')
				.slice(1)
				.map((l) => l.split(' ')[0])
		).toEqual(['namespaces', 'nodes', 'ipaddresses', 'servicecidrs']);
		expect(screen('kubectl api-resources --namespaced')).not.toMatch(/\nnodes /);
	});

	it('what bash would do with the line: a pipe is not run, a variable set says nothing', () => {
		expect(screen('k get po | grep nginx')).toBe('[note:shellSyntax]');
		expect(screen('kubectl get pods > pods.txt')).toBe('[note:shellSyntax]');
		expect(screen('ETCDCTL_API=3')).toBe('');
		expect(screen('export ETCDCTL_API=3')).toBe('');
	});
});

describe('watches: what -w and etcdctl watch print as the flow writes', () => {
	const created = tl.steps.findIndex((s) => s.wrote.includes(podKey('default', 'nginx')));
	const at = (i: number) => (i < 0 ? tl.initial : tl.steps[i].snapshot);
	function watched(line: string, from: number, to: number): string {
		const start = runLine(line, at(from));
		return [...start.chunks, ...watchSince(start.watch!, tl.steps, tl.initial, from, to)]
			.map((c) => ('note' in c ? `[note:${c.note}]` : 'text' in c ? c.text : ''))
			.join('\n');
	}

	it('kubectl get pod nginx -w: the pod, then a row for each write to it, in the widths the table set', () => {
		const text = watched('kubectl get pod nginx -w', created, tl.steps.length - 1);
		const writes = tl.steps
			.slice(created + 1)
			.flatMap((s) => s.wrote.filter((k) => k === podKey('default', 'nginx')));
		const lines = text.split('\n');
		expect(lines.slice(0, 2)).toEqual([
			'NAME    READY   STATUS    RESTARTS   AGE',
			'nginx   0/1     Pending   0          0s'
		]);
		expect(lines.slice(2)).toHaveLength(writes.length);
		expect(lines.at(-1)).toMatch(/^nginx {3}1\/1 {5}Running +0 {10}\d+s$/);
		// a name not found ends the watch with its error, as kubectl's does
		expect(runLine('kubectl get pod nginx -w', at(created - 1))).toEqual({
			chunks: [{ stream: 'err', text: 'Error from server (NotFound): pods "nginx" not found' }]
		});
	});

	it('a wider cell widens its column for the rows after it, never narrows it back (RememberWidths)', () => {
		const text = watched('kubectl get pod nginx -w', created, tl.steps.length - 1);
		const lines = text.split('\n');
		const creating = lines.findIndex((l) => l.includes('ContainerCreating'));
		expect(creating).toBeGreaterThan(1);
		expect(lines[creating - 1]).toMatch(/Pending {3}0/);
		expect(lines[creating]).toMatch(/ContainerCreating {3}0/);
		expect(lines.at(-1)).toMatch(/Running {13}0/);
	});

	it('kubectl get pods -w lists first, then rows without a header; other pods’ writes too, none of other kinds', () => {
		const text = watched('kubectl get pods -w', created, created + 6);
		expect(text.startsWith(screen('kubectl get pods', at(created)))).toBe(true);
		expect(text).not.toMatch(/\nNAME /);
		expect(watched('kubectl get pods -w', 3, 2)).toBe(screen('kubectl get pods', at(2)));
	});

	it('etcdctl watch --prefix: PUT, the key and the value for each write under it', () => {
		const text = watched(
			'etcdctl watch /registry/events/ --prefix --cacert=a --cert=b --key=c',
			0,
			tl.steps.length - 1
		);
		const events = tl.steps.flatMap((s) =>
			s.wrote.filter((k) => k.startsWith('/registry/events/'))
		);
		expect(text.split('\n').filter((l) => l === 'PUT')).toHaveLength(events.length);
		expect(text).toMatch(
			/^\[note:protobufValue\]\nPUT\n\/registry\/events\/default\/nginx\.[0-9a-f]+\nk8s\n/
		);
	});

	it('--watch-only lists for its resourceVersion and prints none of it: the header comes with the first row', () => {
		const last = tl.steps.length - 1;
		const text = watched('kubectl get pods --watch-only', created, last);
		const lines = text.split('\n');
		expect(runLine('kubectl get pods --watch-only', at(created)).chunks).toEqual([]);
		expect(lines[0]).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE$/);
		expect(lines.slice(1).every((l) => l.startsWith('nginx '))).toBe(true);
		expect(lines.length).toBeGreaterThan(2);
		// -w with it changes nothing: --watch-only is a watch of its own
		expect(watched('kubectl get pods -w --watch-only', created, last)).toBe(text);
	});

	it('--chunk-size changes the requests, not what is printed; a value that is not a number is refused', () => {
		expect(screen('kubectl get pods --chunk-size=1')).toBe(screen('kubectl get pods'));
		expect(screen('kubectl get pods --chunk-size 0')).toBe(screen('kubectl get pods'));
		expect(screen('kubectl get pods --chunk-size=two')).toBe(
			`error: invalid argument "two" for "--chunk-size" flag: strconv.ParseInt: parsing "two": invalid syntax\nSee 'kubectl get --help' for usage.`
		);
	});

	it('a watch over several kinds is refused as kubectl refuses it', () => {
		expect(screen('kubectl get pods,svc -w')).toBe(
			'error: you may only specify a single resource type'
		);
	});
});

describe('kubectl describe pod, through Go’s tabwriter as describe.go writes it', () => {
	it('a pod being deleted: Terminating, and how long since its deletion time (<invalid> while it is ahead)', () => {
		const run = serviceTimeline({
			...defaultServiceScenario,
			actions: [{ kind: 'scale', replicas: 2 }]
		});
		const step = run.steps.find((s) =>
			listPods(s.snapshot).some((p) => p.metadata.deletionTimestamp && p.status.phase === 'Running')
		)!;
		const pod = listPods(step.snapshot).find((p) => p.metadata.deletionTimestamp)!;
		const text = screen(`kubectl describe pod ${pod.metadata.name}`, step.snapshot);
		expect(text).toMatch(/^Status: +Terminating \(lasts <invalid>\)$/m);
		expect(text).toMatch(/^Termination Grace Period: +30s$/m);
	});

	it('a pod not scheduled yet: no node, no IP, its volume’s fields aligning QoS Class, Events <none>', () => {
		const created = tl.steps.findIndex((s) => s.wrote.includes(podKey('default', 'nginx')));
		const pod = readPod(tl.steps[created].snapshot, podKey('default', 'nginx'))!;
		const volume = pod.spec.volumes![0].name;
		expect(screen('kubectl describe pod nginx', tl.steps[created].snapshot)).toBe(
			[
				'Name:             nginx',
				'Namespace:        default',
				'Priority:         0',
				'Service Account:  default',
				'Node:             <none>',
				'Labels:           run=nginx',
				'Annotations:      <none>',
				'Status:           Pending',
				'IP:               ',
				'IPs:              <none>',
				'Containers:',
				'  nginx:',
				'    Image:        nginx:1.27',
				'    Port:         <none>',
				'    Host Port:    <none>',
				'    Environment:  <none>',
				'    Mounts:',
				`      /var/run/secrets/kubernetes.io/serviceaccount from ${volume} (ro)`,
				'Volumes:',
				`  ${volume}:`,
				'    Type:                    Projected (a volume that contains injected data from multiple sources)',
				'    TokenExpirationSeconds:  3607',
				'    ConfigMapName:           kube-root-ca.crt',
				'    Optional:                false',
				'    DownwardAPI:             true',
				'QoS Class:                   BestEffort',
				'Node-Selectors:              <none>',
				'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
				'                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
				'Events:                      <none>'
			].join('\n')
		);
	});

	it('running: its node and start time, the container’s state, conditions with their trailing space, events', () => {
		const text = screen('kubectl describe pod nginx');
		expect(text).toContain(
			'Node:             node-3/192.168.56.13\nStart Time:       Thu, 15 Jan 2026 09:00:01 +0000\n'
		);
		expect(text).toMatch(
			/\n {4}State: {10}Running\n {6}Started: {6}Thu, 15 Jan 2026 09:00:05 \+0000\n {4}Ready: {10}True\n {4}Restart Count: {2}0\n/
		);
		expect(text).toContain(
			'Conditions:\n  Type                        Status\n  PodReadyToStartContainers   True \n'
		);
		expect(text).toMatch(
			/\nEvents:\n {2}Type {4}Reason {5}Age {3}From {15}Message\n {2}---- {4}------ {5}---- {2}---- {15}-------\n {2}Normal {2}Scheduled {2}6s {4}default-scheduler {2}Successfully assigned default\/nginx to node-3\n/
		);
		expect(screen('kubectl describe pods').split('\n\n\nName:')).toHaveLength(5);
		expect(screen('kubectl describe pod nope')).toBe(
			'Error from server (NotFound): pods "nope" not found'
		);
		expect(screen('kubectl describe ds kube-proxy -n kube-system')).toBe('[note:notModelled]');
		// TYPE NAME not found: every object whose name begins with it (DescribeMatchingResources)
		const prefixed = screen('kubectl describe pod web');
		expect(prefixed).toMatch(/^Name: +web-7d4b9c8f6-w6lv5\n/);
		expect(screen('kubectl describe pods -l "a b"')).toMatch(
			/^Error from server \(BadRequest\): Unable to find "\/v1, Resource=pods" that match label selector "a b"/
		);
	});

	it('a Service: its addresses, each port with its ready endpoints from the Service’s EndpointSlices', () => {
		const svc = serviceTimeline(defaultServiceScenario);
		const state = svc.steps.at(-1)!.snapshot;
		const spec = readObject<ServiceObject>(state.etcd.kvs[serviceKey('default', 'web')]).spec;
		const ips = listPods(state)
			.filter((p) => p.metadata.labels?.app === 'web')
			.map((p) => `${p.status.podIP}:8080`)
			.sort();
		expect(screen('kubectl describe svc web', state)).toBe(
			[
				'Name:                     web',
				'Namespace:                default',
				'Labels:                   app=web',
				'Annotations:              <none>',
				'Selector:                 app=web',
				'Type:                     ClusterIP',
				'IP Family Policy:         SingleStack',
				'IP Families:              IPv4',
				`IP:                       ${spec.clusterIP}`,
				`IPs:                      ${spec.clusterIP}`,
				'Port:                     <unset>  80/TCP',
				'TargetPort:               8080/TCP',
				`Endpoints:                ${ips.join(',')}`,
				'Session Affinity:         None',
				'Internal Traffic Policy:  Cluster',
				'Events:                   <none>'
			].join('\n')
		);
		expect(screen('kubectl describe svc kubernetes', state)).toContain(
			'Selector:                 <none>\n'
		);
		expect(screen('kubectl describe svc kubernetes', state)).toContain(
			'Port:                     https  443/TCP\nTargetPort:               6443/TCP\nEndpoints:                192.168.56.10:6443\n'
		);
	});
});

describe('etcdctl (v3, etcd 3.6.4)', () => {
	const tls =
		'--endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key';
	it('version', () => {
		expect(screen('etcdctl version')).toBe('etcdctl version: 3.6.4\nAPI version: 3.6');
		expect(screen('etcdutl version')).toBe('etcdutl version: 3.6.4\nAPI version: 3.6');
		expect(screen('ETCDCTL_API=3 etcdctl version')).toBe(screen('etcdctl version'));
	});

	it('ETCDCTL_API: etcd 3.6 ignores it (etcdctl/main.go), and v2’s commands are unknown', () => {
		for (const api of ['2', '3', '4', ''])
			expect(screen(`ETCDCTL_API=${api} etcdctl version`)).toBe(screen('etcdctl version'));
		expect(screen('ETCDCTL_API=2 etcdctl set foo bar')).toBe(
			'Error: unknown command "set" for "etcdctl"\nRun \'etcdctl --help\' for usage.\n[note:v2Store]'
		);
		expect(screen('etcdctl ls /registry')).toBe(screen('ETCDCTL_API=2 etcdctl ls'));
		expect(screen('etcdctl frob')).not.toContain('[note:v2Store]');
	});

	it('get --prefix --keys-only: every key in byte order, each followed by an empty line', () => {
		const keys = Object.keys(end.etcd.kvs)
			.filter((k) => k.startsWith('/registry/pods/'))
			.sort();
		expect(screen(`etcdctl ${tls} get /registry/pods/ --prefix --keys-only`)).toBe(
			keys.map((k) => `${k}\n`).join('\n')
		);
		expect(screen('etcdctl get /registry/pods/ --prefix --keys-only')).toMatch(
			/^\[note:etcdTls\]\n/
		);
	});

	it('values under /registry print as the protobuf bytes they are, with one note after them', () => {
		const text = screen(`etcdctl ${tls} get /registry/namespaces/ --prefix`);
		// the Unknown envelope: k8s\0, then TypeMeta (\n\x0f: 15 bytes) with "v1" and "Namespace"
		expect(text).toMatch(/^\/registry\/namespaces\/default\nk8s\n\nv1\tNamespace/);
		expect(text.match(/\[note:protobufValue\]/g)).toHaveLength(1);
		expect(text.endsWith('[note:protobufValue]')).toBe(true);
		expect(screen(`etcdctl ${tls} txn`)).toBe('[note:readOnly]');
		expect(screen(`etcdctl get -h`)).toBe('[note:notModelled]');
	});

	it('-w fields quotes the bytes as Go’s %q does; --hex prints each as \\xNN', () => {
		const fields = screen(`etcdctl ${tls} get /registry/namespaces/default -w fields`);
		expect(fields).toMatch(
			/"Value" : "k8s\\x00\\n\\x0f\\n\\x02v1\\x12\\tNamespace\\x12[^\n]*\\x1a\\x00\\"\\x00"\n"Lease" : 0\n"More" : false\n"Count" : 1\n\[note:protobufValue\]$/
		);
		expect(
			screen(`etcdctl ${tls} get /registry/namespaces/default --hex --print-value-only`)
		).toMatch(/^\\x6b\\x38\\x73\\x00\\x0a\\x0f\\x0a\\x02\\x76\\x31\\x12\\x09/);
	});

	it('a value under /registry is protobuf: the key, the bytes as a terminal shows them, the note', () => {
		expect(screen(`etcdctl ${tls} get /registry/pods/default/nginx`)).toMatch(
			/^\/registry\/pods\/default\/nginx\nk8s\n\t\nv1Pod[\s\S]*\n\[note:protobufValue\]$/
		);
		expect(screen(`etcdctl ${tls} get /registry/nothing`)).toBe('');
	});

	it('--rev: a future revision is refused the way etcd refuses it', () => {
		expect(
			screen(`etcdctl ${tls} get /registry/pods/default/nginx --rev ${end.etcd.revision + 5}`)
		).toBe('Error: etcdserver: mvcc: required revision is a future revision');
		// without the flow's history, only the step's own revision is kept
		expect(screen(`etcdctl ${tls} get x --rev 2`)).toBe(
			'Error: etcdserver: mvcc: required revision has been compacted\n[note:compacted]'
		);
		expect(screen(`etcdctl ${tls} get x --rev two`)).toBe(
			'Error: invalid argument "two" for "--rev" flag: strconv.ParseInt: parsing "two": invalid syntax'
		);
	});

	it('member list: the control plane’s member, its id computed as etcd computes it', () => {
		expect(screen(`etcdctl ${tls} member list`)).toMatch(
			/^[0-9a-f]{1,16}, started, control-plane, https:\/\/192\.168\.56\.10:2380, https:\/\/192\.168\.56\.10:2379, false$/
		);
		const id = screen(`etcdctl ${tls} member list`).split(',')[0];
		expect(screen(`etcdctl ${tls} member list -w table`)).toBe(
			[
				'+------------------+---------+---------------+----------------------------+----------------------------+------------+',
				'|        ID        | STATUS  |     NAME      |         PEER ADDRS         |        CLIENT ADDRS        | IS LEARNER |',
				'+------------------+---------+---------------+----------------------------+----------------------------+------------+',
				`| ${id.padStart(16)} | started | control-plane | https://192.168.56.10:2380 | https://192.168.56.10:2379 |      false |`,
				'+------------------+---------+---------------+----------------------------+----------------------------+------------+'
			].join('\n')
		);
		expect(screen(`etcdctl ${tls} member add x`)).toBe('[note:readOnly]');
		// global flags before the command, a value after a space
		expect(screen(`etcdctl --endpoints https://127.0.0.1:2379 ${tls} get get --keys-only`)).toBe(
			''
		);
	});

	it('errors', () => {
		expect(screen('etcdctl get')).toBe(
			'Error: get command needs one argument as key and an optional argument as range_end'
		);
		expect(screen('etcdctl bogus')).toBe(
			'Error: unknown command "bogus" for "etcdctl"\nRun \'etcdctl --help\' for usage.'
		);
		expect(screen('etcdctl get x --bogus')).toBe('Error: unknown flag: --bogus');
	});
});

describe('the shell', () => {
	it('an unknown program gets bash’s answer; help, clear and history are the terminal’s', () => {
		expect(screen('ls -l')).toBe('bash: ls: command not found');
		expect(screen('help')).toBe('[note:help]');
		expect(runLine('clear', end).clear).toBe(true);
		expect(runLine('history', end).history).toBe(true);
		expect(screen('x'.repeat(MAX_LINE + 1))).toBe('[note:tooLong]');
	});

	it('Tab completes programs, subcommands, resources, names and etcd keys', () => {
		expect(complete('kub', end)).toEqual({ line: 'kubectl ', options: [] });
		expect(complete('kubectl g', end)).toEqual({ line: 'kubectl get ', options: [] });
		expect(complete('kubectl get po', end)).toEqual({ line: 'kubectl get pods ', options: [] });
		expect(complete('kubectl get pods ng', end)).toEqual({
			line: 'kubectl get pods nginx ',
			options: []
		});
		expect(complete('kubectl get pods -o y', end)).toEqual({
			line: 'kubectl get pods -o yaml ',
			options: []
		});
		expect(complete('etcdctl get /registry/po', end).line).toBe('etcdctl get /registry/pods/');
		const several = complete('kubectl get ', end);
		expect(several.options).toContain('pods');
		expect(several.options).toContain('nodes');
		expect(complete('zzz', end)).toEqual({ line: 'zzz', options: [] });
		expect(complete('ETCDCTL_API=3 etcdctl ge', end).line).toBe('ETCDCTL_API=3 etcdctl get ');
		expect(complete('kubectl -n kube-system get po', end).line).toBe(
			'kubectl -n kube-system get pods '
		);
		expect(complete('kubectl -n kube-system get pods kube-pr', end).options).toHaveLength(3);
		expect(complete('kubectl describe pod ng', end).line).toBe('kubectl describe pod nginx ');
		expect(complete('kubectl get pods -n kube-n', end).line).toBe(
			'kubectl get pods -n kube-node-lease '
		);
	});

	it('suggests commands from what the step wrote', () => {
		const bind = tl.steps.find((s) => s.wrote.includes(podKey('default', 'nginx')))!;
		expect(suggestCommands(bind.wrote)).toEqual([
			'kubectl get pods -o wide',
			'kubectl describe pod nginx',
			'kubectl get pod nginx -o yaml',
			'etcdctl get /registry/pods/ --prefix --keys-only'
		]);
		expect(suggestCommands([])).toEqual([
			'kubectl get pods -o wide',
			'etcdctl get /registry/ --prefix --keys-only'
		]);
		// every suggestion is a command the terminal answers without an error or a note
		for (const step of [...tl.steps, ...serviceTimeline(defaultServiceScenario).steps])
			for (const c of suggestCommands(step.wrote))
				expect(
					runLine(c, step.snapshot)
						.chunks.filter((x) => !('stream' in x && x.stream === 'out'))
						.map((x) => JSON.stringify(x))
						.filter((x) => !x.includes('etcdTls'))
				).toEqual([]);
	});

	it('any line at all gets an answer, never an exception (fuzz)', () => {
		const vocabulary = fc.constantFrom(
			'kubectl',
			'k',
			'etcdctl',
			'get',
			'pods',
			'po',
			'nodes',
			'svc',
			'deploy',
			'rs',
			'ev',
			'leases',
			'endpointslices',
			'ns',
			'nginx',
			'-n',
			'-A',
			'-o',
			'wide',
			'yaml',
			'json',
			'name',
			'-l',
			'app=x',
			'--show-labels',
			"jsonpath='{.items[*].metadata.name}'",
			'jsonpath={range .items[*]}{.x}{end}',
			'jsonpath={.items[',
			'custom-columns=N:.metadata.name,I:.status.podIP',
			'--sort-by=.metadata.name',
			'--sort-by={.spec}',
			'--field-selector',
			'status.phase=Running',
			'spec.nodeName!=node-1,foo=bar',
			'--prefix',
			'--keys-only',
			'--rev',
			'0',
			'99999',
			'/registry/',
			"'",
			'"',
			'\\',
			'=',
			'-',
			'--',
			'-w',
			'version',
			'api-resources',
			'ETCDCTL_API=2',
			'ETCDCTL_API=3',
			'(',
			')',
			',',
			'constructor',
			'__proto__',
			'toString',
			'hasOwnProperty',
			'describe',
			'watch',
			'member',
			'list',
			'all',
			'|',
			'cm',
			'-h',
			'--namespaced',
			'nginx,po',
			'put',
			'del',
			'etcdutl',
			'endpoint',
			'status',
			'health',
			'snapshot',
			'save',
			'restore',
			'/opt/s.db',
			'--data-dir',
			'--hex',
			'fields',
			'--limit',
			'-1',
			'--prev-kv',
			'--print-value-only',
			'run',
			'create',
			'deployment',
			'--image=nginx',
			'--dry-run=client',
			'--replicas=x'
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ maxLength: 60 }),
					fc.array(vocabulary, { maxLength: 8 }).map((w) => w.join(' '))
				),
				fc.constantFrom(
					tl.initial,
					first,
					end,
					serviceTimeline(defaultServiceScenario).steps.at(-1)!.snapshot
				),
				(line, state) => {
					const answer = runLine(line, state);
					for (const c of answer.chunks)
						if ('note' in c) expect(Object.keys(notes)).toContain(c.note);
						else expect(typeof (c as { text: string }).text).toBe('string');
					if (answer.watch)
						for (const c of watchSince(answer.watch, tl.steps, tl.initial, 0, tl.steps.length - 1))
							expect('note' in c || typeof (c as { text: string }).text === 'string').toBe(true);
					expect(typeof complete(line, state).line).toBe('string');
				}
			),
			{ numRuns: 400 }
		);
	});
});

describe('kubectl get servicecidrs and ipaddresses (the v1.34 ClusterIP allocator)', () => {
	it('lists the default ServiceCIDR and the IPAddress of every ClusterIP, as printers.go prints them', () => {
		expect(screen('kubectl get servicecidrs')).toBe(
			['NAME         CIDRS          AGE', 'kubernetes   10.96.0.0/12   3d'].join('\n')
		);
		const ips = screen('kubectl get ip').split('\n');
		// printIPAddress's age cell is cut: its table has two columns
		expect(ips[0]).toBe('NAME        PARENTREF');
		expect(ips).toContain('10.96.0.1   services/default/kubernetes');
		expect(screen('kubectl get ipaddresses')).toBe(ips.join('\n'));
	});
});

describe('kubectl get endpoints (v1, deprecated since v1.33)', () => {
	const svcEnd = serviceTimeline(defaultServiceScenario).steps.at(-1)!.snapshot;
	it('prints the server’s deprecation warning first, then printers.go’s ENDPOINTS column', () => {
		const [warning, head, ...rows] = screen('kubectl get ep', svcEnd).split('\n');
		expect(warning).toBe(
			'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice'
		);
		expect(head).toMatch(/^NAME +ENDPOINTS +AGE$/);
		// the kubernetes Service's endpoint is the API server itself
		expect(rows.find((r) => r.startsWith('kubernetes '))).toMatch(
			/^kubernetes +192\.168\.56\.10:6443 +\S+$/
		);
		const web = rows.find((r) => r.startsWith('web '))!.split(/ {2,}/)[1];
		expect(web).toMatch(/^(\d+\.){3}\d+:\d+(,(\d+\.){3}\d+:\d+){0,2}( \+ \d+ more\.\.\.)?$/);
	});
	it('no warning when kubectl refuses the request itself, or for other kinds', () => {
		expect(screen('kubectl get ep web -l app=web', svcEnd)).toBe(
			'error: name cannot be provided when a selector is specified'
		);
		expect(screen('kubectl get svc', svcEnd)).not.toContain('Warning:');
	});
});

describe('kubectl get -o jsonpath, -o custom-columns, --sort-by and --field-selector', () => {
	const names = listPods(end)
		.filter((p) => p.metadata.namespace === 'default')
		.map((p) => p.metadata.name)
		.sort();

	it('jsonpath over the List: one action’s results joined by a space, no newline added', () => {
		expect(screen("kubectl get pods -o jsonpath='{.items[*].metadata.name}'")).toBe(
			names.join(' ')
		);
		const nginx = readPod(end, podKey('default', 'nginx'))!;
		expect(screen("kubectl get pod nginx -o jsonpath='{.status.podIP}'")).toBe(nginx.status.podIP);
		// range … end with quoted tabs and newlines, as the exam writes it
		expect(
			screen(
				`kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.spec.nodeName}{"\\n"}{end}'`
			)
		).toBe(
			listPods(end)
				.filter((p) => p.metadata.namespace === 'default')
				.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))
				.map((p) => `${p.metadata.name}\t${p.spec.nodeName}\n`)
				.join('')
		);
		const onNode2 = listPods(end)
			.filter((p) => p.metadata.namespace === 'default' && p.spec.nodeName === 'node-2')
			.map((p) => p.metadata.name)
			.sort();
		expect(
			screen(`kubectl get pods -o jsonpath='{.items[?(@.spec.nodeName=="node-2")].metadata.name}'`)
		).toBe(onNode2.join(' '));
		// a map prints as compact JSON, keys sorted
		expect(screen("kubectl get svc kubernetes -o jsonpath='{.spec.ports[0]}'")).toBe(
			'{"name":"https","port":443,"protocol":"TCP","targetPort":6443}'
		);
		// a missing key prints nothing
		expect(screen("kubectl get pod nginx -o jsonpath='{.spec.nothing}'")).toBe('');
	});

	it('jsonpath errors as kubectl words them: parsing, an empty template, an index past the end', () => {
		expect(screen("kubectl get pods -o jsonpath='{.items[*'")).toBe(
			'error: error parsing jsonpath {.items[*, unterminated array'
		);
		expect(screen("kubectl get pods -o jsonpath='{.items'")).toBe(
			'error: error parsing jsonpath {.items, unclosed action'
		);
		expect(screen('kubectl get pods -o jsonpath')).toBe(
			'error: template format specified but no template given'
		);
		expect(screen("kubectl get pods -l none=here -o jsonpath='{.items[0].metadata.name}'")).toBe(
			'error: error executing jsonpath "{.items[0].metadata.name}": Error executing template: array index out of bounds: index 0, length 0. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.items[0].metadata.name}\n\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{"apiVersion":"v1", "items":[]interface {}{}, "kind":"List", "metadata":map[string]interface {}{"resourceVersion":""}}\n\n'
		);
	});

	it('custom-columns: the header as written, <none> for nothing found, padded as kubectl pads', () => {
		const printed = screen(
			'kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName,CPU:.spec.containers[0].resources.requests.cpu'
		).split('\n');
		expect(printed[0]).toMatch(/^NAME {3,}NODE {3,}CPU$/);
		expect(printed.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(names);
		expect(printed.find((l) => l.startsWith('nginx '))).toMatch(/nginx +node-\d +<none>$/);
		expect(screen('kubectl get pods -o custom-columns=NAME')).toBe(
			'error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>'
		);
		expect(screen('kubectl get pods -o custom-columns=')).toBe(
			'error: custom-columns format specified but no custom columns given'
		);
	});

	it('--sort-by: natural order, quantities by amount, a missing field first; none at all is said', () => {
		const byCpu = screen(
			'kubectl get pods --sort-by=.spec.containers[0].resources.requests.cpu -o custom-columns=CPU:.spec.containers[0].resources.requests.cpu --no-headers'
		).split('\n');
		const cpus = byCpu.filter((c) => c !== '<none>');
		expect(byCpu.slice(0, byCpu.length - cpus.length).every((c) => c === '<none>')).toBe(true);
		// 250m < 500m < 1: by amount, not as text
		expect(cpus).toEqual(['250m', '500m', '1']);
		expect(screen('kubectl get pods --sort-by=.foo -o name')).toBe(
			'error: couldn\'t find any field with path "{.foo}" in the list of objects'
		);
		// Less puts a pod without the field before any other, even another without it: insertion
		// sort then reverses them
		const unrequested = listPods(end)
			.filter((p) => p.metadata.namespace === 'default' && !p.spec.containers[0].requests?.cpu)
			.map((p) => `pod/${p.metadata.name}`)
			.sort();
		expect(unrequested.length).toBeGreaterThan(1);
		expect(
			screen('kubectl get pods --sort-by=.spec.containers[0].resources.requests.cpu -o name')
				.split('\n')
				.slice(0, unrequested.length)
		).toEqual([...unrequested].reverse());
		// a table of one row is not sorted at all, so a field it lacks does not matter
		expect(screen('kubectl get svc --sort-by=.foo')).toBe(screen('kubectl get svc'));
		expect(screen('kubectl get pods --sort-by=.items[ -o name')).toBe('error: unterminated array');
		// a table sorts its own rows: a field no row has prints none (kubectl#1343)
		expect(screen('kubectl get pods --sort-by=.foo')).toBe(
			'No resources found in default namespace.'
		);
		expect(screen('kubectl get pods --sort-by=metadata.name')).toBe(screen('kubectl get pods'));
	});

	it('--field-selector: the apiserver’s field labels for each kind, refused as kubectl reports it', () => {
		const running = screen(
			'kubectl get pods --field-selector status.phase=Running,spec.nodeName=node-2'
		);
		expect(
			running
				.split('\n')
				.slice(1)
				.map((l) => l.split(/\s+/)[0])
		).toEqual(
			listPods(end)
				.filter((p) => p.metadata.namespace === 'default' && p.spec.nodeName === 'node-2')
				.map((p) => p.metadata.name)
				.sort()
		);
		expect(screen('kubectl get pods --field-selector spec.nodeName!=node-2 -o name')).not.toMatch(
			/redis-0/
		);
		expect(screen('kubectl get pods --field-selector foo=bar')).toBe(
			'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "foo=bar": field label not supported: foo'
		);
		expect(screen('kubectl get deploy -l app=web --field-selector spec.replicas=1')).toBe(
			'Error from server (BadRequest): Unable to find "apps/v1, Resource=deployments" that match label selector "app=web", field selector "spec.replicas=1": "spec.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"'
		);
		expect(screen('kubectl get nodes --field-selector metadata.name=node-1 -o name')).toBe(
			'node/node-1'
		);
	});
});
