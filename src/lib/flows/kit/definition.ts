/**
 * What the player needs from a flow's model: its scenario's fields (which read and write the
 * scenario as URL parameters and drive the form) and how to build its timeline. One player
 * serves every flow through this.
 */
import type { Step, Timeline } from '../types';
import type { ScenarioSpec } from './fields';

export interface FlowDefinition<S extends object = object, St extends Step = Step> {
	id: string;
	scenario: ScenarioSpec<S>;
	build(scenario: S): Timeline<St>;
}
