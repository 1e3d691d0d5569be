/**
 * What a command answers: text on stdout or stderr as the real tool writes it, and KubeStep's own
 * notes (in the learner's language) where the simulated cluster differs from a real one.
 */
import type { ClusterState } from '../cluster';
import type { KeyValue } from '../etcd';

export type NoteId =
	| 'notModelled'
	| 'protobufValue'
	| 'etcdTls'
	| 'compacted'
	| 'registryWrite'
	| 'linkWrite'
	| 'estimated'
	| 'snapshotSaved'
	| 'restored'
	| 'readOnly'
	| 'applyHere'
	| 'help'
	| 'tooLong'
	| 'notStored'
	| 'shellSyntax'
	| 'v2Store'
	| 'etcdutlSnapshot'
	| 'logsEmpty'
	| 'logsUnknown';

export type Chunk =
	| { stream: 'out' | 'err'; text: string }
	| { note: NoteId; params?: Record<string, string> }
	| { watch: WatchSpec }
	| { write: UserWrite };

/**
 * A command that keeps watching (`kubectl get -w`, `etcdctl watch`): which etcd keys it hears of,
 * and what it prints when one is written, given the cluster before and after the write.
 */
export interface WatchSpec {
	hears: (key: string) => boolean;
	/**
	 * what one write prints (text, or a table's row, which the tabwriter lays out: see `seed`),
	 * given the write and the cluster after the step that made it
	 */
	event: (change: WatchChange, after: ClusterState) => WatchPrint[];
	/** the table the list printed first: kubectl's tabwriter keeps its widths for the rows after (RememberWidths) */
	seed?: string[][];
	/** the header the first row brings when the list printed none (an empty list prints no table) */
	header?: string[];
}

export type WatchPrint = Chunk | { cells: string[] };

/** one write as a watch hears it: the key's new version (a tombstone for DELETE) and the one before */
export interface WatchChange {
	type: 'PUT' | 'DELETE';
	kv: KeyValue;
	prev?: KeyValue;
}

export const out = (text: string): Chunk => ({ stream: 'out', text });
export const err = (text: string): Chunk => ({ stream: 'err', text });
export const note = (id: NoteId, params?: Record<string, string>): Chunk =>
	params ? { note: id, params } : { note: id };

/** a bad flag, as kubectl's CheckErr prints it, with the usage hint cobra adds */
export const kubectlFlagError = (sub: string, error: string): Chunk[] => [
	err(`error: ${error}\nSee 'kubectl ${sub} --help' for usage.`)
];

/** pflag's refusal of an int flag's value that is not a number (`flag` as kubectl names it: "-r, --replicas") */
export function intFlagError(sub: string, flag: string, text: string | undefined): Chunk[] | null {
	if (text === undefined || /^[-+]?\d+$/.test(text)) return null;
	return kubectlFlagError(
		sub,
		`invalid argument "${text}" for "${flag}" flag: strconv.ParseInt: parsing "${text}": invalid syntax`
	);
}

/** a snapshot file the terminal saved: what `snapshot status` reads back */
export interface SnapshotFile {
	revision: number;
	keys: number;
	size: number;
	hash: number;
}

/** a write typed in the terminal: one transaction, so one revision (none when nothing changes) */
export type UserWrite =
	| { type: 'put'; key: string; value: string }
	| { type: 'del'; keys: readonly string[] }
	/** a file `snapshot save` wrote (not an etcd write: no revision) */
	| { type: 'file'; path: string; snapshot: SnapshotFile };
