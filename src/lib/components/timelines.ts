/**
 * Builds timelines off the page's main thread, in the build worker (timelineWorker.ts), started
 * the first time one is asked for. A browser that cannot run the worker, or a worker that fails
 * to load, still gets its timeline: built here, with the flow's model loaded for it.
 */
import type { Remote } from 'comlink';
import type { FlowDefinition } from '$lib/flows/kit/definition';
import type { Timeline } from '$lib/flows/types';
import type { TimelineBuilder } from './timelineWorker';

export class Timelines {
	#worker: Worker | undefined;
	#builder: Promise<Remote<TimelineBuilder>> | undefined;
	/** rejects once the worker fails to load: a worker that never loaded never answers */
	#broken: Promise<never> | undefined;

	constructor(
		readonly flowId: string,
		/** the flow's model, for building here when the worker cannot */
		readonly model: () => Promise<FlowDefinition>
	) {}

	async build(scenario: object): Promise<Timeline> {
		try {
			if (!this.#builder) {
				// Vite finds the worker by this very expression, and bundles it apart
				const worker = new Worker(new URL('./timelineWorker.ts', import.meta.url), {
					type: 'module'
				});
				this.#worker = worker;
				this.#broken = new Promise((_, reject) => (worker.onerror = reject));
				// comlink loads with the first build: a page that keeps its default timeline never needs it
				this.#builder = import('comlink').then(({ wrap }) => wrap<TimelineBuilder>(worker));
			}
			const builder = await this.#builder;
			return await Promise.race([builder.build(this.flowId, scenario), this.#broken!]);
		} catch {
			return (await this.model()).build(scenario);
		}
	}

	destroy(): void {
		this.#worker?.terminate();
	}
}
