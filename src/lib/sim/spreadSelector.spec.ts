import { describe, expect, it } from 'vitest';
import { listPods } from './podCodec';
import { createServiceCluster } from './serviceCluster';
import { exposedService, storeService, storedService } from './services';
import { defaultSpreadSelector } from './spreadSelector';

const cluster = () =>
	createServiceCluster({ nodes: 3, replicas: 3, name: 'web', targetPort: 8080, seed: 's' });

describe('defaultSpreadSelector', () => {
	it('takes a ReplicaSet pod’s group from its ReplicaSet’s selector', () => {
		const state = cluster();
		const replica = listPods(state).find((p) => p.metadata.labels?.app === 'web')!;
		expect(defaultSpreadSelector(state, replica)).toEqual({
			app: 'web',
			'pod-template-hash': replica.metadata.labels!['pod-template-hash']
		});
	});

	it('adds the selector of a Service that selects the pod, and nothing selects a bare pod', () => {
		const state = cluster();
		const client = listPods(state).find((p) => p.metadata.name === 'client')!;
		expect(defaultSpreadSelector(state, client)).toBeNull();
		const svc = storedService(
			exposedService('c', {}, { run: 'client' }, 80, 80),
			'10.96.0.9',
			's',
			0
		);
		storeService(state.etcd, svc, 0);
		expect(defaultSpreadSelector(state, client)).toEqual({ run: 'client' });
	});
});
