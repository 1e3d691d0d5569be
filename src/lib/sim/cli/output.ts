/**
 * What a command answers: text on stdout or stderr as the real tool writes it, and KubeStep's own
 * notes (in the learner's language) where the simulated cluster differs from a real one.
 */
import type { ClusterState } from '../cluster';

export type NoteId =
	| 'notModelled'
	| 'protobufValue'
	| 'protobufShort'
	| 'etcdTls'
	| 'historyNotKept'
	| 'readOnly'
	| 'help'
	| 'tooLong'
	| 'notStored'
	| 'shellSyntax'
	| 'v2Store';

export type Chunk =
	| { stream: 'out' | 'err'; text: string }
	| { note: NoteId; params?: Record<string, string> }
	| { watch: WatchSpec };

/**
 * A command that keeps watching (`kubectl get -w`, `etcdctl watch`): which etcd keys it hears of,
 * and what it prints when one is written, given the cluster before and after the write.
 */
export interface WatchSpec {
	hears: (key: string) => boolean;
	/** what one write prints: text, or a table's row, which the tabwriter lays out (see `seed`) */
	event: (key: string, before: ClusterState, after: ClusterState) => WatchPrint[];
	/** the table the list printed first: kubectl's tabwriter keeps its widths for the rows after (RememberWidths) */
	seed?: string[][];
	/** the header the first row brings when the list printed none (an empty list prints no table) */
	header?: string[];
}

export type WatchPrint = Chunk | { cells: string[] };

export const out = (text: string): Chunk => ({ stream: 'out', text });
export const err = (text: string): Chunk => ({ stream: 'err', text });
export const note = (id: NoteId, params?: Record<string, string>): Chunk =>
	params ? { note: id, params } : { note: id };

/** a bad flag, as kubectl's CheckErr prints it, with the usage hint cobra adds */
export const kubectlFlagError = (sub: string, error: string): Chunk[] => [
	err(`error: ${error}\nSee 'kubectl ${sub} --help' for usage.`)
];
