/** Narration of the scale-out flow's steps in English; ko.ts has the Korean (same keys, same params). Each loads only when its language is shown. */
import type { NarrationOf } from '$lib/flows/kit/narration';
import type { ScaleOutStep } from '../machine';

/** "1 pod", "2 pods": English counts read as words, not "pod(s)". */
const count = (n: string | number, one: string, many = `${one}s`) =>
	`${n} ${Number(n) === 1 ? one : many}`;

export const scaleOutStepsEn: NarrationOf<ScaleOutStep> = {
	scaleCommand: {
		title: (p) => `kubectl scale deployment ${p.name} --replicas=${p.to}`,
		body: (p) =>
			p.to > p.from
				? `kubectl asks for ${p.to} replicas instead of ${p.from}. It sends a PATCH to the Deployment's scale subresource, and kube-apiserver stores the new spec.replicas in etcd. No pod exists yet for the difference: kube-controller-manager hears of the change through its watch and does the rest.`
				: `${p.skipped} seconds later, the load has passed and kubectl asks for ${p.from > 0 ? p.to : 'no'} replicas again. The PATCH changes only spec.replicas in etcd, as before. Which ${p.from - p.to === 1 ? 'pod goes' : `${p.from - p.to} pods go`} is the ReplicaSet controller's choice, not yours.`
	},
	deploymentScales: {
		title: (p) => `The Deployment controller scales ReplicaSet ${p.rs} to ${p.to}`,
		body: (p) =>
			`The Deployment controller does not touch pods. It sets spec.replicas of its ReplicaSet ${p.rs} to ${p.to}, and writes the annotations desired-replicas ${p.to} and max-replicas ${p.maxReplicas} (25% surge on top). An event on the Deployment says “Scaled ${p.up ? 'up' : 'down'} replica set ${p.rs} from ${p.from} to ${p.to}”.`
	},
	replicaSetCreates: {
		title: (p) => `ReplicaSet ${p.rs} creates ${count(p.count, 'pod')}`,
		body: (p) =>
			`The ReplicaSet controller counts ${p.have} of ${p.want} pods, so it creates ${p.count}. It creates in slow-start batches, here ${p.batches}: each batch doubles the last, and a failed create stops the next batch. A burst of bad requests then costs one call, not ${p.count}. Each pod gets a SuccessfulCreate event “Created pod: …” and starts without a node.`
	},
	schedulePods: {
		title: (p) =>
			p.pendingCount > 0
				? `${count(p.count, 'pod')} bound, ${p.pendingCount} left Pending`
				: `kube-scheduler binds ${count(p.count, 'pod')}`,
		body: (p) =>
			`kube-scheduler runs one scheduling cycle per pod. Each sees the bindings before it: ${p.placed || 'no pod fits'}. ${
				p.pendingCount > 0
					? `${p.pending} ${p.pendingCount === 1 ? 'does' : 'do'} not fit: the nodes have no CPU left for the request. Each gets a FailedScheduling event: “${p.why}” The pods wait in the scheduler's unschedulable queue until an event could help them, such as a node added.`
					: 'Every node still has room for the request.'
			}`
	},
	kubeletsStart: {
		title: (p) => `${count(p.count, 'pod')} running on ${p.nodes}`,
		body: (p) =>
			`The kubelets of ${p.nodes} start the bound pods. Each hears of its pods through its watch: sandbox, image, container. ${p.pods} ${p.count === 1 ? 'reports' : 'report'} Running. The ReplicaSet and Deployment controllers write their status: kubectl get deployments reads READY ${p.ready}/${p.want}${p.ready < p.minAvailable ? `, and the Deployment is not Available: it needs ${p.minAvailable} (25% may be unavailable, rounded down)` : ''}.`
	},
	nodeRegisters: {
		title: (p) => `${p.node} joins the cluster`,
		body: (p) =>
			`${p.skipped} seconds later, an administrator adds a machine. ${count(p.pending, 'pod')} cannot run anywhere, so they run kubeadm join on it. Its kubelet registers Node ${p.node} with ${p.cpu / 1000} CPU to allocate. The TaintNodesByCondition admission plugin taints it not-ready at creation. Its first status says Ready=False: the pod network is not up yet. The Node has no pod CIDR so far.`
	},
	pendingRetried: {
		title: (p) =>
			p.count > 0
				? `kube-scheduler binds ${count(p.count, 'waiting pod')} to ${p.node}`
				: `The waiting pods are tried again, and fail on the taint`,
		body: (p) =>
			p.count > 0
				? `The taint is gone, so the waiting pods are tried again. Its removal is an event they care about: the scheduler moves them back to its active queue. This time ${p.node} passes every filter: ${p.placed}.${p.pendingCount > 0 ? ` ${p.pending} still ${p.pendingCount === 1 ? 'does' : 'do'} not fit: “${p.why}”` : ''}`
				: `A node was added, and the scheduler tries the waiting pods again. NodeResourcesFit's queueing hint sees that they could fit it, so the scheduler moves them from the unschedulable queue back to the active one and tries again. ${p.node} still has the not-ready taint, so they fail once more: “${p.why}” They wait for the next event that could help, the taint's removal.`
	},
	podCidrAssigned: {
		title: (p) => `${p.node} gets pod CIDR ${p.cidr}`,
		body: (p) =>
			`The kubelet does not pick its pod addresses. kube-controller-manager's node IPAM controller takes the next free /24 of the cluster CIDR and PATCHes spec.podCIDR of ${p.node} to ${p.cidr}. A network plugin that uses it (host-local IPAM, as Flannel's does) hands out the node's pod IPs from it.`
	},
	daemonSetPod: {
		title: (p) => `kube-proxy comes to ${p.node}`,
		body: (p) =>
			`The DaemonSet controller creates ${p.pod} for the new node. Node affinity on metadata.name pins it there. kube-scheduler binds it although ${p.node} is not ready: kubeadm's kube-proxy DaemonSet tolerates every taint. It runs in the host network, so it needs no pod IP.`
	},
	notReadyTainted: {
		title: (p) => `${p.node} also gets ${p.key}:NoExecute`,
		body: (p) =>
			`The node lifecycle controller checks every ${p.period} seconds and sees ${p.node} report Ready=False. So it adds the NoExecute not-ready taint too, stamped with timeAdded. A pod that does not tolerate it would be evicted from the node; kube-proxy tolerates every taint and stays.`
	},
	nodeReady: {
		title: (p) => `${p.node} is Ready, and the not-ready taints come off`,
		body: (p) =>
			`${p.skipped} seconds on, the pod network is up. The network plugin's own DaemonSet pod (Flannel, Calico …, not drawn here) has written its CNI configuration on the node. The kubelet posts Ready=True, with an event “NodeReady”. The node lifecycle controller removes ${p.key}:NoSchedule as soon as it sees the update, and the NoExecute one at its next check. From now on, pods without those tolerations can be scheduled here.`
	},
	replicaSetDeletes: {
		title: (p) => `ReplicaSet ${p.rs} deletes ${count(p.count, 'pod')}`,
		body: (p) =>
			`The ReplicaSet controller keeps ${p.keep} and ranks the rest for deletion. Unscheduled pods go first, then pending, then not ready. Next come pods on a node with more of its pods, then those ready for less time, then more restarts, then the newer. Ages are compared by their power of two, so pods of about the same age tie and their uid decides: in effect, at random. It deletes all at once: ${p.pods}. Each gets a SuccessfulDelete event “Deleted pod: …”.${p.pendingFirst > 0 ? ` The ${count(p.pendingFirst, 'Pending pod')} had no node and ${p.pendingFirst === 1 ? 'is' : 'are'} removed at once: no kubelet needs to stop anything.` : ''}`
	},
	kubeletsStop: {
		title: (p) => `${count(p.count, 'pod')} stopped; ${p.left} left`,
		body: (p) =>
			`The kubelets on ${p.nodes} stop the deleted pods. Each sees the deletionTimestamp, stops the containers within the 30-second grace period and confirms the delete. The Deployment is back to ${count(p.left, 'replica')}; the nodes stay, with room to spare.`
	}
};
