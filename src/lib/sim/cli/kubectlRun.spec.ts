import { describe, expect, it } from 'vitest';
import { defaultPodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import { runLine } from './shell';

const state = podCreationTimeline(defaultPodScenario).steps[0].snapshot;
const text = (line: string) =>
	runLine(line, state)
		.chunks.map((c) => ('text' in c ? c.text : `[note:${'note' in c ? c.note : ''}]`))
		.join('\n');

describe('kubectl run --dry-run=client: the manifest a CKA candidate starts from', () => {
	it('-o yaml: the Pod BasicPod builds, its keys sorted as kubectl’s YAML printer sorts them', () => {
		expect(text('kubectl run nginx --image=nginx:1.27 --dry-run=client -o yaml')).toBe(
			[
				'apiVersion: v1',
				'kind: Pod',
				'metadata:',
				'  labels:',
				'    run: nginx',
				'  name: nginx',
				'spec:',
				'  containers:',
				'  - image: nginx:1.27',
				'    name: nginx',
				'    resources: {}',
				'  dnsPolicy: ClusterFirst',
				'  restartPolicy: Always',
				'status: {}'
			].join('\n')
		);
	});

	it('--port, --labels, --restart, --command and its words after --', () => {
		const yaml = text(
			'k run bb --image=busybox:1.36 --port=80 -l app=bb,tier=x --restart=Never --dry-run=client -o yaml --command -- sleep 3600'
		);
		expect(yaml).toContain('  labels:\n    app: bb\n    tier: x\n  name: bb');
		expect(yaml).toContain(
			'  - command:\n    - sleep\n    - "3600"\n    image: busybox:1.36\n    name: bb\n    ports:\n    - containerPort: 80\n    resources: {}'
		);
		expect(yaml).toContain('  restartPolicy: Never');
	});

	it('-n and --privileged: the namespace in metadata, a privileged security context', () => {
		const yaml = text(
			'kubectl run p --image=nginx -n kube-system --privileged --dry-run=client -o yaml'
		);
		expect(yaml).toContain('  name: p\n  namespace: kube-system\n');
		expect(yaml).toContain('    resources: {}\n    securityContext:\n      privileged: true\n');
	});

	it('-o json keeps the Go struct’s order, four spaces, a map’s keys sorted', () => {
		expect(text('kubectl run x --image=n -l tier=x,app=y --dry-run=client -o json')).toContain(
			'"labels": {\n            "app": "y",\n            "tier": "x"\n        }'
		);
		expect(text('kubectl run nginx --image=nginx --dry-run=client -o json')).toBe(
			`{
    "kind": "Pod",
    "apiVersion": "v1",
    "metadata": {
        "name": "nginx",
        "labels": {
            "run": "nginx"
        }
    },
    "spec": {
        "containers": [
            {
                "name": "nginx",
                "image": "nginx",
                "resources": {}
            }
        ],
        "restartPolicy": "Always",
        "dnsPolicy": "ClusterFirst"
    },
    "status": {}
}`
		);
	});

	it('its mistakes are kubectl’s; without --dry-run=client it would create the pod', () => {
		expect(text('kubectl run --image=nginx')).toBe(
			"error: NAME is required for run\nSee 'kubectl run -h' for help and examples"
		);
		// cobra's check of a required flag comes first
		expect(text('kubectl run')).toBe('error: required flag(s) "image" not set');
		expect(text('kubectl run x --image=')).toBe('error: --image is required');
		expect(text('kubectl run x --image=n --restart=Sometimes --dry-run=client')).toBe(
			"error: invalid restart policy: Sometimes\nSee 'kubectl run -h' for help and examples"
		);
		expect(text('kubectl run x --image=n --port=70000 --dry-run=client')).toBe(
			'error: strconv.ParseUint: parsing "70000": value out of range'
		);
		expect(text('kubectl run x --image=n -l a=b=c --dry-run=client')).toBe(
			'error: unexpected label spec: a=b=c'
		);
		expect(text('kubectl run x --image=n --env=FOO --dry-run=client')).toBe(
			'error: invalid env: FOO'
		);
		expect(text('kubectl run x --image=n --dry-run=maybe')).toBe(
			'error: Invalid dry-run value (maybe). Must be "none", "server", or "client".'
		);
		expect(text('kubectl run x --image=n')).toBe('[note:readOnly]');
		expect(text('kubectl run x --image=n --dry-run=client')).toBe('pod/x created (dry run)');
	});
});
