import { describe, expect, it } from 'vitest';
import { nextTask } from './reveal';

describe('nextTask', () => {
	it('runs the work in a later task, after this one and its microtasks', async () => {
		const order: string[] = [];
		nextTask(() => order.push('task'));
		queueMicrotask(() => order.push('microtask'));
		order.push('now');
		await new Promise((r) => setTimeout(r, 20));
		expect(order).toEqual(['now', 'microtask', 'task']);
	});

	it('does nothing once cancelled', async () => {
		const ran: string[] = [];
		const cancel = nextTask(() => ran.push('cancelled'));
		nextTask(() => ran.push('kept'));
		cancel();
		await new Promise((r) => setTimeout(r, 20));
		expect(ran).toEqual(['kept']);
	});
});
