/**
 * Drives a flow machine from its first step to a final state, one `flow.next` at a time. A step
 * that throws stops the machine; that error is rethrown rather than handing back half a flow.
 */
const MAX_STEPS = 400;

/** What this needs of an XState actor of a flow machine. */
interface FlowActor {
	start(): unknown;
	send(event: { type: 'flow.next' }): void;
	getSnapshot(): { status: string; error?: unknown };
}

export function runToEnd(actor: FlowActor, afterEach: () => void = () => {}): void {
	actor.start();
	afterEach();
	for (let i = 0; i < MAX_STEPS && actor.getSnapshot().status === 'active'; i++) {
		actor.send({ type: 'flow.next' });
		afterEach();
	}
	const end = actor.getSnapshot();
	if (end.status === 'error') throw end.error;
}
