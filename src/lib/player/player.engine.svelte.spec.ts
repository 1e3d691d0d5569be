/**
 * A Player before its machine (XState) has loaded: it rests where it was put, by the machine's
 * own rules, and the events sent meanwhile reach the machine in order once it runs. This file
 * runs alone, so the machine is not loaded when it starts.
 */
import { describe, expect, it } from 'vitest';
import { defaultPodScenario } from '$lib/flows/pod-creation/scenario';
import { podCreationTimeline } from '$lib/flows/pod-creation/timeline';
import { timeAxis } from './frame';
import { loadEngine, Player } from './player.svelte';
import { restOf } from './playerRules';

const tl = podCreationTimeline(defaultPodScenario);
const { ends } = timeAxis(tl);
const last = ends.length - 1;

describe('a Player before its machine has loaded', () => {
	it('rests on a step, at the start or, at the end, ended — as the machine would', () => {
		const at2 = new Player(tl, 2, 2);
		expect([at2.status, at2.t, at2.index, at2.speed]).toEqual(['paused', restOf(ends, 2), 2, 2]);
		const start = new Player(tl, null);
		expect([start.status, start.t]).toEqual(['paused', 0]);
		expect(new Player(tl, last).status).toBe('ended');
	});

	it('a new timeline before the machine runs rests on it at once, keeping the speed', () => {
		const p = new Player(tl, 4, 1.5);
		p.load(tl, 1);
		expect([p.status, p.t, p.speed]).toEqual(['paused', restOf(ends, 1), 1.5]);
		p.load(tl, null);
		expect(p.t).toBe(0);
	});

	it('keeps the events sent meanwhile and gives them to the machine in order', async () => {
		const p = new Player(tl, 3);
		p.send({ type: 'player.speed', speed: 3 });
		p.send({ type: 'player.next' });
		// nothing moves until the machine runs
		expect([p.status, p.speed, p.t]).toEqual(['paused', 1, restOf(ends, 3)]);
		// nor in the task that evaluates the machine's module: on a slow laptop a first press is
		// two tasks of a few dozen ms, not one long one
		await import('./playerMachine');
		for (let i = 0; i < 5; i++) await Promise.resolve();
		expect([p.status, p.speed]).toEqual(['paused', 1]);
		await loadEngine();
		await Promise.resolve();
		expect(p.speed).toBe(3);
		// Next from step 4's rest plays step 5
		expect(p.status).toBe('playing');
		expect(p.index).toBe(4);
		p.destroy();
	});

	it('once the machine has loaded, a new player runs it from its first event', async () => {
		await loadEngine();
		const p = new Player(tl, 0);
		p.send({ type: 'player.seekStep', index: 5 });
		expect([p.status, p.t]).toEqual(['paused', restOf(ends, 5)]);
		p.destroy();
	});
});
