import { describe, expect, it } from 'vitest';
import { defaultScaleOutScenario } from '$lib/flows/scale-out/scenario';
import { scaleOutTimeline } from '$lib/flows/scale-out/timeline';
import type { ClusterState } from '../cluster';
import { runLine } from './shell';

const tl = scaleOutTimeline(defaultScaleOutScenario);
const text = (line: string, state: ClusterState) =>
	runLine(line, state)
		.chunks.map((c) => ('text' in c ? c.text : `[${Object.keys(c)[0]}]`))
		.join('\n');
const rs = text('kubectl get rs -o name', tl.initial).replace('replicaset.apps/', '');
const hash = rs.slice('web-'.length);

/** DescribePodTemplate for the flow's web Deployment (agnhost netexec, 1 CPU), `labels` its own */
const template = (labels: string[]) => [
	'Pod Template:',
	...labels,
	'  Containers:',
	'   agnhost:',
	'    Image:      registry.k8s.io/e2e-test-images/agnhost:2.53',
	'    Port:       8080/TCP',
	'    Host Port:  0/TCP',
	'    Args:',
	'      netexec',
	'      --http-port=8080',
	'    Requests:',
	'      cpu:         1',
	'    Environment:   <none>',
	'    Mounts:        <none>',
	'  Volumes:         <none>',
	'  Node-Selectors:  <none>',
	'  Tolerations:     <none>'
];

describe('kubectl describe deployment and replicaset, as describe.go writes them in v1.34', () => {
	it('a Deployment: its head, its pod template, its conditions and its ReplicaSets', () => {
		expect(text('kubectl describe deployment web', tl.initial)).toBe(
			[
				'Name:                   web',
				'Namespace:              default',
				'CreationTimestamp:      Mon, 12 Jan 2026 09:00:00 +0000',
				'Labels:                 app=web',
				'Annotations:            deployment.kubernetes.io/revision: 1',
				'Selector:               app=web',
				'Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable',
				'StrategyType:           RollingUpdate',
				'MinReadySeconds:        0',
				'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
				...template(['  Labels:  app=web']),
				'Conditions:',
				'  Type           Status  Reason',
				'  ----           ------  ------',
				'  Available      True    MinimumReplicasAvailable',
				'  Progressing    True    NewReplicaSetAvailable',
				'OldReplicaSets:  <none>',
				`NewReplicaSet:   ${rs} (2/2 replicas created)`,
				'Events:          <none>'
			].join('\n')
		);
	});

	it('a ReplicaSet: its owner, its replicas and pods by phase, its template with the hash label', () => {
		expect(text(`kubectl describe rs ${rs}`, tl.initial)).toBe(
			[
				`Name:           ${rs}`,
				'Namespace:      default',
				`Selector:       app=web,pod-template-hash=${hash}`,
				'Labels:         app=web',
				`                pod-template-hash=${hash}`,
				'Annotations:    deployment.kubernetes.io/desired-replicas: 2',
				'                deployment.kubernetes.io/max-replicas: 3',
				'                deployment.kubernetes.io/revision: 1',
				'Controlled By:  Deployment/web',
				'Replicas:       2 current / 2 desired',
				'Pods Status:    2 Running / 0 Waiting / 0 Succeeded / 0 Failed',
				...template(['  Labels:  app=web', `           pod-template-hash=${hash}`]),
				'Events:            <none>'
			].join('\n')
		);
	});

	it('the controllers’ events, by the object’s uid: the scaling on the Deployment, the pods on the ReplicaSet', () => {
		const end = tl.steps.at(-1)!.snapshot;
		const deployment = text('kubectl describe deploy web', end);
		expect(deployment).toMatch(
			new RegExp(
				`Normal {2}ScalingReplicaSet {2}\\S+ +deployment-controller {2}Scaled up replica set ${rs} from 2 to \\d+`
			)
		);
		expect(deployment).not.toContain('SuccessfulCreate');
		const replicaSet = text(`kubectl describe replicasets ${rs}`, end);
		expect(replicaSet).toMatch(
			/Normal {2}SuccessfulCreate +\S+ +replicaset-controller {2}Created pod: web-/
		);
		expect(replicaSet).not.toContain('ScalingReplicaSet');
		// a prefix describes every object it begins (DescribeMatchingResources)
		expect(text('kubectl describe rs web', end)).toContain(`Name:           ${rs}`);
	});
});
