/**
 * Islands: parts of a prerendered page that hydrate each in a task of its own, after the page
 * around them. Svelte hydrates a component tree in one synchronous call; on a learner's laptop
 * (CPU ×4) a flow's whole page made one task of about 250 ms, during which a press is lost and the
 * page cannot paint. The server renders an island's content in place, so the picture is there
 * from the first paint; the browser makes it live a few milliseconds later.
 */
import { hydrate, mount, unmount, type Component } from 'svelte';
import { nextTask } from './reveal';

type Job = () => void;
const queue: Job[] = [];
let scheduled = false;

// one job per task, each as soon as the one before has let the browser breathe
function schedule() {
	if (scheduled) return;
	scheduled = true;
	nextTask(runOne);
}

function runOne() {
	scheduled = false;
	const job = queue.shift();
	if (queue.length) schedule();
	job?.();
}

function enqueue(job: Job) {
	queue.push(job);
	schedule();
}

/**
 * Runs `then` once every island of the page is live, each in its own task: those the page's
 * hydration queued, and those an island queued as it came to life (islands inside islands). It
 * waits a task first: islands queue themselves while the page around them hydrates.
 */
export function afterIslands(then: () => void): void {
	const whenDone = () => (queue.length ? enqueue(whenDone) : then());
	setTimeout(() => enqueue(whenDone), 0);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
type AnyProps = Record<string, any>;

/** An island's props, on the server's side and the browser's. */
export interface IslandProps<P extends AnyProps> {
	component: Component<P>;
	/** read through getters, so the island follows the page's state */
	props: P;
	class?: string;
}

/**
 * Brings `component` to life in `target`: hydrates what the server rendered there in a later task
 * of its own, or mounts it at once when the target is empty (a page reached by a client-side
 * navigation). Returns the cleanup for an attachment.
 */
export function island<P extends AnyProps>(
	target: HTMLElement,
	component: Component<P>,
	props: P,
	context: Map<unknown, unknown>
): () => void {
	let instance: ReturnType<typeof mount> | undefined;
	let gone = false;
	const options = { target, props, context };
	if (target.firstChild) {
		enqueue(() => {
			if (!gone) instance = hydrate(component, options);
		});
	} else {
		instance = mount(component, options);
	}
	return () => {
		gone = true;
		if (instance) void unmount(instance);
	};
}
