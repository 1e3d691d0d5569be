import { describe, expect, it } from 'vitest';
import { defaultPodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import { runLine } from './shell';

const state = podCreationTimeline(defaultPodScenario).steps[0].snapshot;
const text = (line: string) =>
	runLine(line, state)
		.chunks.map((c) => ('text' in c ? c.text : `[note:${'note' in c ? c.note : ''}]`))
		.join('\n');

describe('kubectl create deployment --dry-run=client: a Deployment’s manifest to start from', () => {
	it('-o yaml: labels app=NAME, the selector and template alike, the container named after its image', () => {
		expect(
			text(
				'kubectl create deployment web --image=registry.k8s.io/nginx:1.27 --replicas=3 --dry-run=client -o yaml'
			)
		).toBe(
			[
				'apiVersion: apps/v1',
				'kind: Deployment',
				'metadata:',
				'  labels:',
				'    app: web',
				'  name: web',
				'spec:',
				'  replicas: 3',
				'  selector:',
				'    matchLabels:',
				'      app: web',
				'  strategy: {}',
				'  template:',
				'    metadata:',
				'      labels:',
				'        app: web',
				'    spec:',
				'      containers:',
				'      - image: registry.k8s.io/nginx:1.27',
				'        name: nginx',
				'        resources: {}',
				'status: {}'
			].join('\n')
		);
	});

	it('--port gives the container its port; -o name and no -o print what it would create', () => {
		expect(
			text('k create deploy api --image=redis:7.2 --port=6379 --dry-run=client -o yaml')
		).toContain(
			'      - image: redis:7.2\n        name: redis\n        ports:\n        - containerPort: 6379\n        resources: {}'
		);
		expect(text('kubectl create deployment api --image=redis --dry-run=client -o name')).toBe(
			'deployment.apps/api'
		);
		expect(text('kubectl create deployment api --image=redis --dry-run=client')).toBe(
			'deployment.apps/api created (dry run)'
		);
	});

	it('its mistakes are kubectl’s; without --dry-run=client, or another kind, it would change the cluster', () => {
		expect(text('kubectl create deployment web')).toBe('error: required flag(s) "image" not set');
		expect(text('kubectl create deployment --image=nginx')).toBe(
			"error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples"
		);
		expect(text('kubectl create deployment web --image=nginx')).toBe('[note:readOnly]');
		expect(text('kubectl create configmap c --from-literal=a=b')).toBe('[note:readOnly]');
	});
});
