/**
 * What the player needs from a flow's model: its scenario's fields (which read and write the
 * scenario as URL parameters and drive the form) and how to build its timeline. One player
 * serves every flow through this.
 */
import type { Step, Timeline } from '../types';
import type { ScenarioSpec } from './fields';

/** What the page needs of a flow's model: its id and its scenario's fields (no simulation). */
export interface FlowModel<S extends object = object> {
	id: string;
	scenario: ScenarioSpec<S>;
	/** the flow has a YAML tab: its links may carry a manifest (`yaml=`) */
	manifest?: true;
}

/** The whole model: the fields and the simulation that builds a timeline from a scenario. */
export interface FlowDefinition<
	S extends object = object,
	St extends Step = Step
> extends FlowModel<S> {
	build(scenario: S): Timeline<St>;
}
