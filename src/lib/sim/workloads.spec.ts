/** The scale-down ranking (ActivePodsWithRanks.Less), read against the order the source gives. */
import { describe, expect, it } from 'vitest';
import type { PodObject } from './model';
import { podsToDelete } from './workloads';
import { timestamp } from './time';

/** A pod on `node`, created at `created`, Ready since `ready` (seconds), with a uid of its own. */
function pod(
	name: string,
	node: string | undefined,
	created: number,
	ready?: number,
	restarts = 0
) {
	return {
		metadata: {
			name,
			uid: `uid-${name}`,
			creationTimestamp: timestamp(created),
			namespace: 'default'
		},
		spec: { nodeName: node, containers: [] },
		status: {
			phase: node ? 'Running' : 'Pending',
			conditions:
				ready === undefined
					? []
					: [{ type: 'Ready', status: 'True', lastTransitionTime: timestamp(ready) }],
			containerStatuses: [{ restartCount: restarts }]
		}
	} as unknown as PodObject;
}

const names = (pods: PodObject[]) => pods.map((p) => p.metadata.name);

describe('podsToDelete at a given time', () => {
	const now = 1000;

	it('takes unscheduled, then not ready, then the pods of the most crowded node', () => {
		const pods = [
			pod('crowded-1', 'n1', 0, 0),
			pod('crowded-2', 'n1', 0, 0),
			pod('alone', 'n2', 0, 0),
			pod('pending', undefined, 900),
			pod('not-ready', 'n2', 0)
		];
		expect(names(podsToDelete(pods, 5, now))).toEqual([
			'pending',
			'not-ready',
			'crowded-1',
			'crowded-2',
			'alone'
		]);
	});

	it('compares ready ages by their power of two in nanoseconds: a bucket apart, the younger goes', () => {
		// 130 s = 1.3e11 ns (bucket 36) and 140 s = 1.4e11 ns (bucket 37): in seconds both would be
		// bucket 7 and the uid would pick `a`
		const pods = [pod('a', 'n1', 0, now - 140), pod('b', 'n2', 0, now - 130)];
		expect(names(podsToDelete(pods, 1, now))).toEqual(['b']);
	});

	it('lets the uid decide between ages in one bucket, whatever the creation times', () => {
		// 300 s and 435 s ago: both bucket 38, so uid-a goes before uid-b
		const pods = [pod('b', 'n1', 500, now - 300), pod('a', 'n2', 0, now - 435)];
		expect(names(podsToDelete(pods, 1, now))).toEqual(['a']);
	});

	it('takes more restarts first when ready at the same moment', () => {
		const pods = [pod('calm', 'n1', 0, 10), pod('flaky', 'n2', 0, 10, 3)];
		expect(names(podsToDelete(pods, 1, now))).toEqual(['flaky']);
	});
});
