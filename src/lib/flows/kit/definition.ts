/**
 * What the player needs from a flow: its scenario's defaults, how to read and write the scenario
 * as URL parameters, and how to build its timeline. One player serves every flow through this.
 */
import type { FlowId } from '$lib/flows/catalog';
import type { InputProblem } from '$lib/flows/pod-creation/scenario';
import type { Timeline } from '$lib/flows/types';

export interface FlowDefinition<S extends object = object> {
	id: FlowId;
	defaults: S;
	/** the scenario's URL parameters (`step` and `lang` are every flow's) */
	paramNames: readonly string[];
	parse(params: URLSearchParams): { scenario: S; problems: InputProblem[] };
	/** only the values that differ from the defaults */
	params(scenario: S): URLSearchParams;
	build(scenario: S): Timeline;
}
