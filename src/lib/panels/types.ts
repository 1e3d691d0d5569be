/** What every side-panel tab gets from the player. */
import type { Timeline } from '$lib/flows/types';
import type { PlayerView } from '$lib/player/frame';
import type { ClusterState } from '$lib/sim/cluster';

export interface PanelProps {
	view: PlayerView;
	timeline: Timeline;
	/** the cluster before the current step */
	previous: ClusterState;
	/** the etcd key the etcd tab shows (see FlowUi.etcdKey) */
	watched: string;
	/** the terminal's command: from the link at first, then the last one typed (null: none) */
	command?: string | null;
	/** the terminal ran a command (null: cleared), for the link */
	oncommand?: (line: string | null) => void;
	/** where a panel keeps what must outlive its tab being hidden (one per set of tabs) */
	memory?: Record<string, unknown>;
	/** the scenario on screen, and how a panel plays another (the Pod YAML tab's apply) */
	scenario?: object;
	onapply?: (scenario: object) => void;
	/** the manifest the YAML tab applied, deflated as the link's `yaml=` carries it */
	manifest?: string | null;
	onmanifest?: (manifest: string | null) => void;
}

/** The narration's badge for a step: the course's numbered step, or the part of the story. */
export type NarrationBadge =
	{ number: number; label: string; text: string } | { stage: string; text: string };
