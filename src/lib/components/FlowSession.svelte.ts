/**
 * One flow's session on a page: the scenario and what was wrong with the link that set it, the
 * timelines built from it, the what-ifs, and the address bar that always holds a link to the view
 * on screen. The page's components read it and call its methods; they never build a timeline.
 */
import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import {
	deepLinkSearch,
	fallbackText,
	linkScenario,
	readDeepLink,
	scenarioSearch,
	type Presenting
} from '$lib/flows/kit/deepLink';
import type { InputProblem } from '$lib/flows/kit/fields';
import type { FlowDefinition } from '$lib/flows/kit/definition';
import type { Timeline } from '$lib/flows/types';
import { locale } from '$lib/i18n/locale.svelte';
import { Player } from '$lib/player/player.svelte';
import type { FlowUi } from './flowUi';
import { rememberCheckpoints, rememberedCheckpoints } from './checkpointsPref';
import { Timelines } from './timelines';

export type ShownProblem = InputProblem & { fallback: string };

/** The address bar follows a step once the person rests on it this long (ms). */
const ADDRESS_DELAY = 150;

export class FlowSession<S extends object = object, A = unknown> {
	readonly ui: FlowUi<S, A>;
	readonly player: Player;
	scenario = $state.raw<S>(undefined!);
	problems = $state.raw<ShownProblem[]>([]);
	/** a scenario's timeline is being built (the page still shows the one before) */
	building = $state(false);
	/** the room-sized view: large text, the diagram across the screen, the panels as an overlay */
	large = $state(false);
	/** this window's part in a presentation (presenter or audience, and its room), if any */
	present = $state.raw<Presenting | null>(null);
	/** the flow alone, for an iframe (`embed=1`): no page header, form or what-ifs */
	embed = $state(false);
	/** what the link says of the checkpoints (`checkpoints=on|off`), or null when it says nothing */
	linkCheckpoints = $state<boolean | null>(null);
	/** the terminal's last command: the link's `cmd=`, answered at the step on screen */
	command = $state<string | null>(null);
	/** the manifest the YAML tab last applied, deflated as the link's `yaml=` carries it */
	manifest = $state<string | null>(null);
	#search: () => string;
	/** the step on screen, or null at the very start (before the first message) */
	#step: () => number | null;
	// The default timeline comes with the page (built with the site); the last one built is kept,
	// so a link to the scenario on screen does not build it again.
	#built: { key: string; timeline: Timeline } | null = null;
	#timelines: Timelines;
	/** the latest build asked for: an earlier one that finishes later is dropped */
	#request = 0;
	/** the scenario last asked for: the one on screen, or the one being built */
	#wanted: S;

	/**
	 * `initial`: the default scenario's timeline (built with the site); `model`: loads the flow's
	 * simulation, for a browser that cannot run the build worker.
	 */
	constructor(ui: FlowUi<S, A>, initial: Timeline, model: () => Promise<FlowDefinition>) {
		this.ui = ui;
		this.#timelines = new Timelines(ui.flow.id, model);
		this.scenario = this.#wanted = ui.flow.scenario.defaults;
		this.#built = { key: JSON.stringify(this.scenario), timeline: initial };
		this.player = new Player(this.#built.timeline, null);
		// per step, not per frame: the player's time changes every animation frame, these between steps
		const index = $derived(this.player.index);
		const atStart = $derived(this.player.t === 0);
		const step = $derived(atStart ? null : index);
		this.#step = () => step;
		const search = $derived(
			this.linkSearch({
				large: this.large,
				present: this.present,
				embed: this.embed,
				checkpoints: this.linkCheckpoints
			})
		);
		this.#search = () => search;
	}

	/**
	 * A link to the step on screen in this scenario and language; `own` adds what belongs to one
	 * window (its text size, its part in a presentation, embedding, the checkpoints' switch).
	 */
	linkSearch(
		own: {
			large?: boolean;
			present?: Presenting | null;
			embed?: boolean;
			checkpoints?: boolean | null;
		} = {}
	): string {
		return deepLinkSearch(
			this.ui.flow,
			this.scenario,
			this.#step(),
			locale.lang,
			own.large,
			own.present,
			own.embed,
			own.checkpoints,
			this.command,
			this.manifest
		);
	}

	/**
	 * Predict, then reveal: the player stops before the steps worth predicting. The link decides,
	 * else what this browser last chose, else on.
	 */
	get checkpoints(): boolean {
		return this.linkCheckpoints ?? rememberedCheckpoints(() => localStorage) ?? true;
	}
	/** turned on or off by hand: the link says so from now on, and this browser remembers it */
	set checkpoints(on: boolean) {
		this.linkCheckpoints = on;
		rememberCheckpoints(() => localStorage, on);
	}

	/** the scenario's own part of the link (what-ifs included): what a presentation's windows share */
	get scenarioSearch(): string {
		return scenarioSearch(this.ui.flow, this.scenario);
	}

	/**
	 * Moves to the scenario a presentation's other window shows (its query, as `scenarioSearch`
	 * writes it), then runs `then` with its timeline loaded: at once when it is the one on screen.
	 */
	follow(search: string, then: () => void): void {
		const next = linkScenario(`?${search}`, this.ui.flow);
		if (JSON.stringify(next) === JSON.stringify(this.scenario)) return then();
		this.#withTimeline(next, (tl) => {
			this.scenario = next;
			this.problems = this.#timelineProblems(tl);
			this.player.load(tl, null);
			then();
		});
	}

	/** the link that reopens the view on screen: the scenario, the step (none at the very start), the language, the text size */
	get search(): string {
		return this.#search();
	}

	/** Opens the view a link describes; every bad value in it is reported and its default used. */
	open(search: string): void {
		this.#withTimeline(linkScenario(search, this.ui.flow), (tl) => {
			const link = readDeepLink(search, { ...this.ui.flow, build: () => tl });
			this.scenario = link.scenario;
			this.large = link.large;
			this.present = link.present;
			this.embed = link.embed;
			this.linkCheckpoints = link.checkpoints;
			this.command = link.command;
			this.manifest = link.manifest;
			this.problems = [
				...link.problems.map((p) => ({
					...p,
					fallback: fallbackText(this.ui.flow, p.field, link)
				})),
				...this.#timelineProblems(tl)
			];
			this.player.load(tl, link.step);
		});
	}

	/** A scenario from the form: a new run from the very start (a YAML tab gives its manifest after). */
	apply(next: S): void {
		this.manifest = null;
		this.#withTimeline(next, (tl) => {
			this.scenario = next;
			this.problems = [];
			this.player.load(tl, null);
		});
	}

	/** A what-if: appended to the scenario and played from its first step (if it got any). */
	act(action: A): void {
		const whatIfs = this.ui.whatIfs;
		if (!whatIfs) return;
		// after a what-if still being built, not instead of it
		const next = whatIfs.add(this.#wanted, action);
		this.#withTimeline(next, (tl) => {
			this.scenario = next;
			this.problems = this.#timelineProblems(tl);
			const first = whatIfs.firstStep(tl, whatIfs.count(next) - 1);
			if (first < 0) return this.player.load(tl, tl.steps.length - 1);
			this.player.load(tl, first > 0 ? first - 1 : null);
			this.player.send({ type: 'player.play' });
		});
	}

	/**
	 * Takes what-if `index` out of the run. The player rests where that what-if began (the step
	 * before its first), or where it was when the what-if had played nothing.
	 */
	removeWhatIf(index: number): void {
		const whatIfs = this.ui.whatIfs;
		if (!whatIfs || index < 0 || index >= whatIfs.count(this.#wanted)) return;
		const first = whatIfs.firstStep(this.player.timeline, index);
		const at = first < 0 ? this.player.index : first - 1;
		const next = whatIfs.remove(this.#wanted, index);
		this.#withTimeline(next, (tl) => {
			this.scenario = next;
			this.problems = this.#timelineProblems(tl);
			this.player.load(tl, at < 0 ? null : Math.min(at, tl.steps.length - 1));
		});
	}

	/**
	 * Runs `then` with the scenario's timeline: at once when it is the one kept, else once the
	 * build worker has made it (the page keeps showing the timeline before, marked busy).
	 */
	#withTimeline(scenario: S, then: (tl: Timeline) => void): void {
		const key = JSON.stringify(scenario);
		const request = ++this.#request;
		this.#wanted = scenario;
		if (this.#built?.key === key) {
			this.building = false;
			return then(this.#built.timeline);
		}
		this.building = true;
		this.#timelines
			.build(scenario)
			.then((timeline) => {
				if (request !== this.#request) return;
				this.#built = { key, timeline };
				this.building = false;
				then(timeline);
			})
			// a scenario the simulation cannot run leaves the view as it was
			.catch(() => {
				if (request !== this.#request) return;
				this.building = false;
				this.#wanted = this.scenario;
			});
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
		return (this.ui.problems?.(tl, this.scenario) ?? []).map((p) => ({
			...p,
			fallback: p.fallback ?? ''
		}));
	}

	destroy(): void {
		this.#timelines.destroy();
		this.player.destroy();
	}
}
