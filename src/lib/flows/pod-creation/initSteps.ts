/**
 * An init container's end as PLEG sees it. Its success lets the kubelet go on, in the sync that
 * sees it, to the next init container or to the containers; one that keeps running holds the pod
 * there, at Init:0/1, for as long as it runs.
 */
import { initContainerRunning, initContainerSucceeded } from '$lib/sim/containerStatus';
import { displayStatus, sandboxReady } from '$lib/sim/podStatus';
import { API, ETCD, kubelet } from '$lib/flows/kit/actors';
import { patchStatus, podStep, subject, type PodFlowDraft } from './draft';
import { currentRun, inInit, position, setRun } from './containerRuns';
import { sandboxOf, started } from './kubeletReports';

/** The status write PLEG's relist brings for the init container started last. */
function reportInit(d: PodFlowDraft, succeeded: boolean) {
	const pod = subject(d);
	const node = pod.spec.nodeName!;
	const run = currentRun(d);
	const { index, count } = position(d);
	d.state.clock += 1;
	const at = d.state.clock;
	if (succeeded) setRun(d, { ...run, finishedAt: at }, true);
	const [seen] = started(d, pod, [run]);
	const patch = patchStatus(
		d,
		kubelet(node),
		(p) => {
			sandboxReady(p, sandboxOf(d, pod).ip, at);
			(succeeded ? initContainerSucceeded : initContainerRunning)(p, seen, at);
		},
		0
	);
	return podStep({
		// a success goes on to the runtime's next start; one that keeps running ends the flow
		nine: succeeded ? 8 : 9,
		params: {
			name: pod.metadata.name,
			node,
			container: run.name,
			index,
			count,
			// another init container follows, or the containers do
			more: succeeded && inInit(d) ? 1 : 0,
			status: displayStatus(subject(d)),
			revision: patch.kv.mod_revision
		},
		messages: patch.messages,
		active: [kubelet(node), API, ETCD, ...patch.watchers],
		wrote: [patch.kv.key]
	});
}

/** The init container exited with success: Completed; Initialized once it was the last. */
export const initContainerDone = (d: PodFlowDraft) => reportInit(d, true);

/** The init container's process keeps running: the containers never start while it does. */
export const initRunning = (d: PodFlowDraft) => reportInit(d, false);
