/**
 * One flow's session on a page: the scenario and what was wrong with the link that set it, the
 * timelines built from it, the what-ifs, and the address bar that always holds a link to the view
 * on screen. The page's components read it and call its methods; they never build a timeline.
 */
import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { deepLinkSearch, fallbackText, readDeepLink } from '$lib/flows/kit/deepLink';
import type { InputProblem } from '$lib/flows/kit/fields';
import type { Step, Timeline } from '$lib/flows/types';
import { locale } from '$lib/i18n/locale.svelte';
import { Player } from '$lib/player/player.svelte';
import type { FlowUi } from './flowUi';

export type ShownProblem = InputProblem & { fallback: string };

/** The address bar follows a step once the person rests on it this long (ms). */
const ADDRESS_DELAY = 150;

export class FlowSession<S extends object = object, A = unknown> {
	readonly ui: FlowUi<S, A>;
	readonly player: Player;
	scenario = $state.raw<S>(undefined!);
	problems = $state.raw<ShownProblem[]>([]);
	#search: () => string;
	// The page builds the default timeline to prerender it; a link with no scenario parameters
	// opens that same timeline, so the last one built is kept instead of building it twice.
	#built: { key: string; timeline: Timeline } | null = null;

	constructor(ui: FlowUi<S, A>) {
		this.ui = ui;
		this.scenario = ui.flow.scenario.defaults;
		this.player = new Player(this.build(this.scenario), null);
		// per step, not per frame: the player's time changes every animation frame, these between steps
		const index = $derived(this.player.index);
		const atStart = $derived(this.player.t === 0);
		const search = $derived(
			deepLinkSearch(ui.flow, this.scenario, atStart ? null : index, locale.lang)
		);
		this.#search = () => search;
	}

	/** the link that reopens the view on screen: the scenario, the step (none at the very start), the language */
	get search(): string {
		return this.#search();
	}

	build(scenario: S): Timeline {
		const key = JSON.stringify(scenario);
		if (this.#built?.key !== key)
			this.#built = { key, timeline: this.ui.flow.build(scenario) as Timeline<Step> };
		return this.#built.timeline;
	}

	/** Opens the view a link describes; every bad value in it is reported and its default used. */
	open(search: string): void {
		const link = readDeepLink(search, { ...this.ui.flow, build: (s: S) => this.build(s) });
		this.scenario = link.scenario;
		this.problems = [
			...link.problems.map((p) => ({ ...p, fallback: fallbackText(this.ui.flow, p.field, link) })),
			...this.#timelineProblems(link.timeline)
		];
		this.player.load(link.timeline, link.step);
	}

	/** A scenario from the form: a new run from the very start. */
	apply(next: S): void {
		this.scenario = next;
		this.problems = [];
		this.player.load(this.build(next), null);
	}

	/** A what-if: appended to the scenario and played from its first step (if it got any). */
	act(action: A): void {
		const whatIfs = this.ui.whatIfs;
		if (!whatIfs) return;
		const next = whatIfs.add(this.scenario, action);
		const tl = this.build(next);
		this.scenario = next;
		this.problems = this.#timelineProblems(tl);
		const first = whatIfs.firstStep(tl, whatIfs.count(next) - 1);
		if (first < 0) return this.player.load(tl, tl.steps.length - 1);
		this.player.load(tl, first > 0 ? first - 1 : null);
		this.player.send({ type: 'player.play' });
	}

	dismissProblems(): void {
		this.problems = [];
	}

	/**
	 * Keeps the address bar on the step being shown, so copying it always gives a deep link. The
	 * browser's history update costs a few ms: it is done once the person stops on a step, not on
	 * every step a fast scrub or a held arrow key passes. Call during component init; `ready`
	 * says when SvelteKit's router can take replaceState (after the first navigation).
	 */
	followAddress(ready: () => boolean): void {
		$effect(() => {
			if (!ready() || this.player.status === 'playing') return;
			const next = this.search;
			const timer = setTimeout(() => {
				if (next !== location.search)
					// The path is resolve()d; the rule does not follow the query string appended to it.
					// eslint-disable-next-line svelte/no-navigation-without-resolve
					replaceState(resolve('/flows/[id]', { id: this.ui.flow.id }) + next, {});
			}, ADDRESS_DELAY);
			return () => clearTimeout(timer);
		});
	}

	/** What the timeline could not do as asked (a what-if it skipped), shown like a bad URL value. */
	#timelineProblems(tl: Timeline): ShownProblem[] {
		return (this.ui.problems?.(tl, this.scenario) ?? []).map((p) => ({ ...p, fallback: '' }));
	}

	destroy(): void {
		this.player.destroy();
	}
}
