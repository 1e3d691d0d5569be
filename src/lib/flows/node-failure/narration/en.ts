/** Narration of the node-failure flow's steps in English; ko.ts has the Korean (same keys, same params). Each loads only when its language is shown. */
import type { NarrationOf } from '$lib/flows/kit/narration';
import type { NodeFailureStep } from '../machine';

/** "1 pod", "2 pods": English counts read as words, not "pod(s)". */
const count = (n: string | number, one: string, many = `${one}s`) =>
	`${n} ${Number(n) === 1 ? one : many}`;

/** "5 min 52 s": a duration the narration names. */
const minutes = (s: number) => `${Math.floor(s / 60)} min ${s % 60} s`;

export const nodeFailureStepsEn: NarrationOf<NodeFailureStep> = {
	renewLeases: {
		title: (p) => `${count(p.nodes, 'kubelet')} renew their Leases`,
		body: (p) =>
			`Every kubelet proves it is alive by renewing a Lease. Each node has one in namespace kube-node-lease, named after the node, with leaseDurationSeconds ${p.duration}. The kubelet renews it every ${p.interval} seconds (a quarter of the duration): one small write each, revisions ${p.first} to ${p.last}. The full node status is posted only when it changes, or every 5 minutes.`
	},
	monitorNodes: {
		title: () => 'The node lifecycle controller checks every node',
		body: (p) =>
			`Every ${p.period} seconds, kube-controller-manager looks at every node. Its node lifecycle controller reads the Leases from its informer cache, so checking costs no API call. A node counts as healthy while its Lease moved within the grace period, ${p.grace} seconds. All ${p.nodes} nodes renewed ${p.age} seconds ago: nothing to do.`
	},
	nodeStops: {
		title: (p) => `${p.node} stops at ${p.at}`,
		body: (p) =>
			`At ${p.at}, ${p.node} loses power. In the ${p.skipped} seconds before, every kubelet renewed at ${p.renewals}, so ${p.node}'s last renewal was at ${p.last}. Nothing tells the cluster that a node died: no message leaves a machine that is off. The control plane can only notice that the Lease stops moving.`
	},
	othersRenew: {
		title: (p) =>
			p.others > 0
				? `${count(p.others, 'kubelet')} renew; ${p.node}'s Lease stays still`
				: `No kubelet renews: ${p.node}'s Lease stays still`,
		body: (p) =>
			`${p.others > 0 ? 'The other kubelets renew on time' : 'No other kubelet is left to renew'}; ${p.node}'s Lease does not move. It has been silent for ${p.silent} seconds, well inside the grace period. The pods on ${p.node} stopped with it, yet the API still reports them Running and Ready. The Service still sends them traffic, and those connections fail.`
	},
	graceRuns: {
		title: (p) => `${p.at}: silent ${p.silent} s, still not Unknown`,
		body: (p) =>
			`The controller keeps checking every 5 seconds, for ${p.skipped} more seconds. At ${p.at} ${p.node} has been silent for exactly ${p.silent} seconds. The source asks whether now is after the last renewal plus the grace period, and equal is not after. So the node waits for the next check, at ${p.next}. Since v1.32 the grace period is ${p.grace} seconds; course notes that say 40 seconds describe older versions.`
	},
	nodeUnknown: {
		title: (p) => `${p.node}'s conditions become Unknown`,
		body: (p) =>
			`After ${p.silent} seconds of silence, the controller writes ${p.node}'s status itself. Ready, MemoryPressure, DiskPressure and PIDPressure become Unknown, with reason ${p.reason} and the message “${p.message}” lastHeartbeatTime keeps the kubelet's last post. kubectl get nodes now prints NotReady, and an event says the node's status is now NodeNotReady.`
	},
	podsNotReady: {
		title: (p) => `${count(p.count, 'pod')} on ${p.node} marked not ready`,
		body: (p) =>
			`The node lifecycle controller marks every pod on ${p.node} not ready. It sets each pod's Ready condition to False, with an event “Node is not ready”: ${p.pods}. The pods are not deleted, and their phase stays Running. kube-proxy's own pod is among them, since a DaemonSet pod is marked like any other.`
	},
	endpointsUpdate: {
		title: (p) => `The Service keeps ${count(p.ready, 'ready endpoint')} of ${p.total}`,
		body: (p) =>
			`The EndpointSlice controller sees pods turn not ready and rewrites slice ${p.slice}. ${p.notReady} ${p.notReadyCount === 1 ? 'stays' : 'stay'} listed with ready=false. ${
				p.ready > 0
					? `Every kube-proxy that still runs drops ${p.notReadyCount === 1 ? 'it' : 'them'} from its rules: new connections to the Service now reach only the ${count(p.ready, 'ready pod')}. This is the first relief for users, about a minute after the failure.`
					: 'No endpoint is ready now: the Service has nowhere to send a connection until a pod is Ready again.'
			}`
	},
	taintNode: {
		title: (p) => `${p.node} gets the unreachable taints`,
		body: (p) =>
			p.noExecute
				? `Two taints with key ${p.key} go on the node, both stamped with timeAdded ${p.at}. The NoSchedule one keeps new pods off it. The NoExecute one evicts the pods already there, once their toleration runs out. The not-ready taints are used instead when the kubelet itself reports Ready=False.`
				: `Only the NoSchedule taint goes on ${p.node}, with timeAdded ${p.at}. Every node of the cluster is NotReady, so the controller enters master disruption mode. It takes the silence for a network cut between the control plane and the nodes, not for every node dying at once, and adds no NoExecute taint: nothing will be evicted.`
	},
	tolerationRuns: {
		title: (p) =>
			p.count > 0
				? `${p.skipped} seconds pass: the toleration runs out`
				: `No pod on the node will be evicted`,
		body: (p) =>
			p.count > 0
				? `The pods tolerate this taint for a while. ${
						p.fromTemplate
							? `web's pod template sets its own toleration of the taint, tolerationSeconds ${p.seconds}, and admission leaves it as it is.`
							: `The DefaultTolerationSeconds admission plugin gave each one tolerationSeconds ${p.seconds}.`
					} So the taint-eviction controller waits ${p.seconds} seconds before acting on ${p.pods}. ${p.later ? `${p.later} tolerates the taint longer and goes later. ` : ''}${p.kept ? `${p.kept} stays: its DaemonSet tolerations have no time limit. ` : ''}The clock jumps ${p.skipped} seconds.`
				: p.noExecute
					? `No pod here has a toleration that runs out. ${p.kept ? `${p.kept} tolerates the taint without a time limit, as every DaemonSet pod does, so it stays bound to ${p.node}. ` : ''}The node stays NotReady until its kubelet comes back.`
					: `Without a NoExecute taint, no pod is evicted. In master disruption mode the pods stay bound to ${p.node}, Running in the API and not ready, until a node is Ready again.`
	},
	evictPods: {
		title: (p) => `The taint-eviction controller deletes ${count(p.count, 'pod')}`,
		body: (p) =>
			`The taint-eviction controller evicts the pods whose toleration ran out. From ${p.node} it takes ${p.pods}. It adds a DisruptionTarget condition (DeletionByTaintManager), then deletes. An event “Marking for deletion Pod …” records it. The apiserver only sets deletionTimestamp, ${p.grace} seconds ahead, so the pod shows Terminating. The EndpointSlice lists it as terminating.${p.unowned ? ` ${p.unowned} has no owner: no controller will make it again.` : ''}`
	},
	replicaSetReplaces: {
		title: (p) => `ReplicaSet ${p.rs} creates ${count(p.count, 'replacement')}`,
		body: (p) =>
			`The ReplicaSet controller counts only pods without a deletionTimestamp. It finds ${p.have} of ${p.want}, so it creates ${p.pods} at once, without waiting for the old pod to go. It creates in slow-start batches (here ${p.batches}), each double the last, and records SuccessfulCreate “Created pod: …” on the ReplicaSet.`
	},
	scheduleReplacements: {
		title: (p) =>
			p.count > 0 ? `kube-scheduler binds ${p.placed}` : 'No node can take the replacement',
		body: (p) =>
			p.count > 0
				? `${
						p.failedNode === 'tainted'
							? `kube-scheduler places the replacement away from ${p.node}. The TaintToleration filter rejects ${p.node}: the pod tolerates the unreachable NoExecute taint for a while, but not the NoSchedule one. The other nodes are scored as usual.`
							: p.failedNode === 'gone'
								? `kube-scheduler places the replacement on the nodes that exist. ${p.node} left its list when the Node object was deleted. The other nodes are scored as usual.`
								: `kube-scheduler weighs every node, ${p.node} included: it is Ready and untainted again. The scores decide; nothing moves pods back to ${p.node} by itself.`
					}${p.pending ? ` ${p.pending} stays Pending: “${p.why}”.` : ''}`
				: `kube-scheduler finds no node for the replacement. ${p.pending} stays Pending with FailedScheduling: “${p.why}”. ${p.failedNode === 'gone' ? 'It is bound once a node with room joins the cluster.' : "It is bound once a node's taint is removed, when that node is Ready again."}`
	},
	kubeletsStart: {
		title: (p) => `${count(p.count, 'replacement')} running on ${p.nodes}`,
		body: (p) =>
			p.backs > 0
				? `The kubelet starts each replacement where it was bound. ${p.pods} ${p.count === 1 ? 'gets' : 'get'} ${p.ips} on ${p.nodes}. Once ready, each is listed ready in the EndpointSlice: ${count(p.ready, 'ready endpoint')}, ${p.terminating} terminating. Every running kube-proxy adds the new endpoints to its rules. The Service is back to full strength, ${minutes(p.since)} after the node stopped.`
				: `The kubelet on ${p.nodes} starts ${p.pods}, with ${p.ips}. It keeps its name, and with it its identity: a volume claimed through the StatefulSet's volumeClaimTemplates would follow it to the new node. It runs again ${minutes(p.since)} after the node stopped.`
	},
	statefulSetHolds: {
		title: (p) => `StatefulSet ${p.set} makes no second ${p.pod}`,
		body: (p) =>
			`The StatefulSet controller sees ${p.pod} Terminating and creates nothing. A StatefulSet pod's name is its identity, so only one ${p.pod} may exist. The old one may still run behind a network cut, writing to its volume, and the control plane cannot tell. So the controller waits until the old pod is gone. With no kubelet on ${p.node} to confirm it, that takes the node's return, kubectl delete node, the out-of-service taint, or kubectl delete pod ${p.pod} --force --grace-period=0.`
	},
	stuckTerminating: {
		title: (p) =>
			`${count(p.count, 'evicted pod')} ${p.count === 1 ? 'stays' : 'stay'} Terminating`,
		body: (p) =>
			`The ${p.grace}-second grace period is over, and nothing changes. Only the kubelet on ${p.node} can confirm that the containers stopped, and it is gone. So ${p.pods} ${p.count === 1 ? 'stays' : 'stay'} Terminating. It goes when ${p.node} comes back and its kubelet finishes the delete, or when the Node object is deleted (the pod garbage collector then removes it). The out-of-service taint also force-deletes it.`
	},
	nodeReturns: {
		title: (p) => `${p.node} is back at ${p.at}`,
		body: (p) =>
			`${p.skipped} seconds later, ${p.node} boots again and its kubelet starts. It renews its Lease and posts the node's status: Ready=True, reason KubeletReady, every condition transitioned now. An event says “Node ${p.node} status is now: NodeReady”. The node was silent for ${minutes(p.down)}. kube-controller-manager and kube-scheduler hear of it through their watches.`
	},
	taintsLifted: {
		title: (p) =>
			p.count === 1
				? `The unreachable taint comes off ${p.node}`
				: `The unreachable taints come off ${p.node}`,
		body: (p) =>
			`The node lifecycle controller sees Ready=True and removes ${p.count === 1 ? 'the NoSchedule taint' : 'both taints'}. ${
				p.count === 1
					? `It goes as soon as the controller sees the status change, by ${p.at}.`
					: `The NoSchedule one goes as soon as it sees the status change; the NoExecute one at its next check, every ${p.period} seconds, here at ${p.at}.`
			} kube-scheduler may place pods on ${p.node} again. Nothing moves back by itself: the replacements stay where they run, since Kubernetes does not rebalance.`
	},
	kubeletResumes: {
		title: (p) =>
			p.deletedCount > 0
				? `The kubelet on ${p.node} finishes ${count(p.deletedCount, 'deletion')}`
				: `The kubelet on ${p.node} starts its pods again`,
		body: (p) =>
			`The kubelet lists the pods bound to ${p.node}. ${
				p.deletedCount > 0
					? `${p.deleted} ${p.deletedCount === 1 ? 'has' : 'have'} a deletionTimestamp, and the power loss already stopped the containers. So the kubelet reports phase Failed, then confirms the delete with grace period 0 and the pod's uid as a precondition; the object leaves etcd. `
					: ''
			}${
				p.restartedCount > 0
					? `${p.restarted} ${p.restartedCount === 1 ? 'was' : 'were'} never deleted: the kubelet starts the containers again and reports Ready. RESTARTS goes up by one; containerd reports the run the power cut short as exit code 255, reason Unknown. `
					: ''
			}The EndpointSlice lists ${count(p.ready, 'ready endpoint')} and ${p.terminating} terminating.`
	},
	nodeDeleted: {
		title: (p) => `An administrator deletes Node ${p.node}`,
		body: (p) =>
			`${p.skipped} seconds later, an administrator runs kubectl delete node ${p.node}. The Node object leaves etcd, and kube-scheduler and kube-controller-manager get a DELETED watch event. The ${count(p.pods, 'pod')} still bound to ${p.node} stay in the API for now. Their node no longer exists, and that is what the pod garbage collector looks for.`
	},
	podGcOrphans: {
		title: (p) => `The pod garbage collector removes ${count(p.count, 'orphaned pod')}`,
		body: (p) =>
			`The pod garbage collector runs every ${p.period} seconds. At ${p.seen} it found pods bound to a node it does not know. It put that node in quarantine for ${p.quarantine} seconds, in case its informer was only late. At ${p.at} it asks kube-apiserver for the Node and gets NotFound. It force-deletes ${p.pods}: phase Failed with the condition “PodGC: node no longer exists”, then a DELETE with grace period 0. The EndpointSlice keeps ${count(p.ready, 'ready endpoint')}.`
	},
	outOfService: {
		title: (p) => `${p.node} gets the out-of-service taint`,
		body: (p) =>
			`${p.skipped} seconds later, an administrator who knows ${p.node} is really off taints it. The command is kubectl taint nodes ${p.node} ${p.key}=nodeshutdown:NoExecute. This is the non-graceful node shutdown: the taint says the node will not come back by itself. ${
				p.count > 0
					? `The taint-eviction controller deletes at once every pod that does not tolerate it: ${p.evicted}. `
					: ''
			}${p.kept ? `${p.kept} stays: kubeadm's kube-proxy DaemonSet tolerates every taint. ` : ''}Volumes attached to the node may now be detached without the usual 6-minute wait.`
	},
	podGcTerminating: {
		title: (p) => `The pod garbage collector force-deletes ${count(p.count, 'pod')}`,
		body: (p) =>
			`At ${p.at}, on its ${p.period}-second loop, the pod garbage collector finds ${p.pods}. It looks for terminating pods on a node that is not Ready and has the out-of-service taint. Each is marked Failed and deleted with grace period 0, so it leaves etcd at once, with no kubelet to ask. The EndpointSlice keeps ${count(p.ready, 'ready endpoint')}.`
	},
	statefulSetRecreates: {
		title: (p) => `StatefulSet ${p.set} creates ${p.pod} again`,
		body: (p) =>
			`The old ${p.pod} is gone, so the StatefulSet controller creates ${p.pod} again. It has the same name and a new uid. It records SuccessfulCreate “create Pod ${p.pod} in StatefulSet ${p.set} successful”. kube-scheduler now places it like any new pod.`
	}
};
