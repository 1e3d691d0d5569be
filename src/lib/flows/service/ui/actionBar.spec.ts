import { describe, expect, it } from 'vitest';
import { defaultServiceScenario, type ServiceScenario } from '$lib/flows/service/scenario';
import { createServiceCluster } from '$lib/sim/serviceCluster';
import { backendPods } from '../backends';
import { currentReplicas, scaleAction, suggestedScale } from './actionBar';

const cluster = (s: Partial<ServiceScenario> = {}) =>
	createServiceCluster({ ...defaultServiceScenario, ...s });

describe('actionBar helpers', () => {
	it('lists the running backend pods with their nodes, not the client or kube-proxy', () => {
		const pods = backendPods(cluster(), 'web');
		expect(pods).toHaveLength(3);
		expect(pods.every((p) => p.name.startsWith('web-') && p.node?.startsWith('node-'))).toBe(true);
	});

	it('leaves out a pod being deleted', () => {
		const state = cluster();
		const [first] = backendPods(state, 'web');
		const key = `/registry/pods/default/${first.name}`;
		const pod = JSON.parse(state.etcd.kvs[key].value);
		pod.metadata.deletionTimestamp = '2025-01-01T00:00:00Z';
		state.etcd.kvs[key] = { ...state.etcd.kvs[key], value: JSON.stringify(pod) };
		expect(backendPods(state, 'web').map((p) => p.name)).not.toContain(first.name);
	});

	it('reads the Deployment’s replicas', () => {
		expect(currentReplicas(cluster({ replicas: 5 }), defaultServiceScenario)).toBe(5);
		expect(currentReplicas(cluster(), { ...defaultServiceScenario, name: 'other' })).toBe(0);
	});

	it.each([
		[0, 1],
		[3, 4],
		[50, 49]
	])('suggests scaling %i → %i', (from, to) => expect(suggestedScale(from)).toBe(to));

	it.each([
		['4', 3, { ok: true, action: { kind: 'scale', replicas: 4 } }],
		['0', 3, { ok: true, action: { kind: 'scale', replicas: 0 } }],
		['51', 3, { ok: false, reason: 'badScale' }],
		['', 3, { ok: false, reason: 'badScale' }],
		['2.5', 3, { ok: false, reason: 'badScale' }],
		['-1', 3, { ok: false, reason: 'badScale' }],
		['3', 3, { ok: false, reason: 'sameScale' }]
	])('scale %j from %i', (text, current, expected) => {
		expect(scaleAction(text, current)).toEqual(expected);
	});
});
