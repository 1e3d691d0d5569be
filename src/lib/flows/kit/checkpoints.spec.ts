/**
 * Each flow's checkpoints, over several scenarios: the answer is one of the choices, and it is
 * what the flow then does, read independently of the checkpoint's own code.
 */
import { describe, expect, it } from 'vitest';
import podFlow from '../pod-creation/flow';
import { checkpoints as podCheckpoints } from '../pod-creation/checkpoints';
import serviceFlow from '../service/flow';
import { checkpoints as serviceCheckpoints } from '../service/checkpoints';
import { josa } from '$lib/i18n/josa';
import { listStoredPods } from '$lib/sim/storedPods';
import { placeCheckpoints } from './checkpoints';

const pod = (changes: object) => podFlow.build({ ...podFlow.scenario.defaults, ...changes });

describe('pod creation’s checkpoints', () => {
	it.each([
		[{}, 'Running'],
		[{ nodes: 5, cpu: 500 }, 'Running'],
		[{ nodes: 4, seed: 'other' }, 'Running'],
		[{ nodes: 7, seed: 'x1', memory: 256 * 1024 * 1024 }, 'Running'],
		[{ image: 'nginx:9.9' }, 'ImagePullBackOff'],
		[{ image: 'busybox:1.36' }, 'CrashLoopBackOff']
	])('%o: the node, the kubelet and the status are what the flow then does', (changes, status) => {
		const tl = pod(changes);
		const placed = placeCheckpoints(tl, podCheckpoints);
		expect(placed.map((p) => p.checkpoint.id)).toEqual(['pick-node', 'which-kubelet', 'status']);
		const last = tl.steps.at(-1)!.snapshot;
		const stored = listStoredPods(last).find(
			(p) => p.metadata.name === 'nginx' || `default/${p.metadata.name}` === tl.subject
		)!;
		const expected = {
			'pick-node': stored.spec.nodeName,
			'which-kubelet': `kubelet@${stored.spec.nodeName}`,
			status
		};
		for (const { checkpoint, index } of placed) {
			const answer = checkpoint.answer(tl, index);
			expect(answer, checkpoint.id).toBe(expected[checkpoint.id as keyof typeof expected]);
			expect(checkpoint.choices(tl, index).map((c) => c.value)).toContain(answer);
			for (const lang of ['en', 'ko'] as const)
				expect(checkpoint.why(tl, index, lang)).not.toBe('');
			// the Korean reads the chosen node's name as it is said (node-3을, node-2를)
			if (checkpoint.id === 'pick-node')
				expect(checkpoint.why(tl, index, 'ko')).toContain(josa(answer, '을/를'));
		}
	});

	it('with no node that fits, the scheduler picks none and nothing further is asked', () => {
		const tl = pod({ cpu: 8000 });
		const placed = placeCheckpoints(tl, podCheckpoints);
		expect(placed.map((p) => p.checkpoint.id)).toEqual(['pick-node']);
		expect(placed[0].checkpoint.answer(tl, placed[0].index)).toBe('');
		expect(placed[0].checkpoint.why(tl, placed[0].index, 'en')).toMatch(/Insufficient cpu/);
	});
});

describe('the Service flow’s checkpoints', () => {
	it.each([{}, { nodes: 5, replicas: 4 }, { seed: 'abc' }, { seed: 'zz9', replicas: 6, nodes: 6 }])(
		'%o: the rules go on every node, and the packet reaches the pod its DNAT picked',
		(changes) => {
			const tl = serviceFlow.build({ ...serviceFlow.scenario.defaults, ...changes });
			const placed = placeCheckpoints(tl, serviceCheckpoints);
			expect(placed.map((p) => p.checkpoint.id)).toEqual(['rules', 'endpoints', 'packet']);
			const [rules, chains, packet] = placed;
			expect(rules.checkpoint.answer(tl, rules.index)).toBe('every');
			// one chain per running backend pod
			const replicas = (changes as { replicas?: number }).replicas ?? 3;
			expect(chains.checkpoint.answer(tl, chains.index)).toBe(String(replicas));
			expect(chains.checkpoint.choices(tl, chains.index).map((c) => c.value)).toContain(
				String(replicas)
			);
			// the DNAT destination's IP is the pod's IP, in the cluster after the packet
			const out = tl.steps[packet.index];
			const ip = (out.params as { to: string }).to.split(':')[0];
			const byIp = listStoredPods(tl.steps.at(-1)!.snapshot).find((p) => p.status.podIP === ip)!;
			const answer = packet.checkpoint.answer(tl, packet.index);
			expect(answer).toBe(byIp.metadata.name);
			expect(packet.checkpoint.choices(tl, packet.index).map((c) => c.value)).toContain(answer);
		}
	);

	it('with no endpoint the packet is refused: nothing to predict there', () => {
		const tl = serviceFlow.build({ ...serviceFlow.scenario.defaults, replicas: 0 });
		const placed = placeCheckpoints(tl, serviceCheckpoints);
		expect(placed.map((p) => p.checkpoint.id)).not.toContain('packet');
		const chains = placed.find((p) => p.checkpoint.id === 'endpoints');
		if (chains) expect(chains.checkpoint.answer(tl, chains.index)).toBe('0');
	});
});
