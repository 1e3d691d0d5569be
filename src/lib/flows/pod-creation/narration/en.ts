/** Narration of the pod-creation flow's steps in English; ko.ts has the Korean (same keys, same params). Each loads only when its language is shown. */
import type { NarrationOf } from '$lib/flows/kit/narration';
import type { PodStep } from '../machine';
import { cures, type Cure } from './retry';

const CURES: Record<Cure, string> = {
	labels: 'a node gets the labels the pod selects',
	taint: 'a taint is taken off a node',
	room: 'another pod frees room'
};
/** "a node is added, X, or Y": every change that could let the pod be placed */
const retriedWhen = (message: string) => {
	const all = ['a node is added', ...cures(message).map((c) => CURES[c])];
	return all.length === 1 ? all[0] : `${all.slice(0, -1).join(', ')}, or ${all.at(-1)}`;
};
/**
 * " It is container 2 of 3, log." when the pod has more than one; an init container's place, and
 * what waits for it when `why` is asked for
 */
const containerPlace = (
	p: { index: number; count: number; container: string; init: number },
	why = false
) =>
	p.init
		? ` It is ${p.count > 1 ? `init container ${p.index} of ${p.count}` : "the pod's init container"}${why ? `: it must complete before ${p.index < p.count ? 'the next init container' : 'the app containers'} can start` : ''}.`
		: p.count > 1
			? ` It is container ${p.index} of ${p.count}, ${p.container}.`
			: '';

export const podStepsEn: NarrationOf<PodStep> = {
	kubectlRun: {
		title: (p) => `kubectl sends the pod ${p.name} to the apiserver`,
		body: (p) =>
			`You ask for a pod named ${p.name} running ${p.image}. kubectl reads your kubeconfig and talks HTTPS to kube-apiserver only — not to etcd, not to a node: every change in the cluster goes through the apiserver. ${p.apply ? 'kubectl apply first GETs the pod; 404 Not Found means “create it”, so it POSTs the manifest.' : 'kubectl run builds the pod and POSTs it in one request.'}`
	},
	apiserverPipeline: {
		title: () => 'The apiserver checks who you are and what you sent',
		body: (p) =>
			`The request passes a fixed pipeline before anything is stored. First authentication (your client certificate), then authorization (RBAC: may you create pods here?). Decoding the body fills the API's defaults (restartPolicy, dnsPolicy, a 30-second grace period). Mutating admission plugins add the service account and its token volume, priority 0 and two tolerations. Then validation and validating admission. ${p.node ? `The manifest names node ${p.node} itself. Validation checks only that the name is well formed, not that such a node exists.` : `The apiserver does not choose a node for ${p.name}: that is not its job.`}`
	},
	persistPod: {
		title: (p) => `The pod is written to etcd at revision ${p.revision}`,
		body: (p) =>
			`The apiserver writes the pod to ${p.key} in one etcd transaction. etcd bumps its cluster-wide revision to ${p.revision}, which becomes the pod's resourceVersion. ${p.node ? `The pod is Pending, on ${p.node} already by its own spec.nodeName, with no conditions and no events.` : 'The pod is Pending with no node, no conditions and no events.'}${p.qos === 'Guaranteed' ? ' Its CPU and memory requests equal its limits, so its QoS class is Guaranteed.' : ''} kubectl gets 201 Created and returns: the rest happens without it.`
	},
	alreadyExists: {
		title: (p) => `AlreadyExists: a pod named ${p.name} is already there`,
		body: (p) =>
			`Storage creates a key only if it is absent. ${p.key} already holds a pod, so etcd's transaction fails, nothing is written and the revision stays where it was. kubectl prints “${p.message}”. Pick another name, or delete the old pod first.`
	},
	watchPodAdded: {
		title: () => 'Watchers hear about the new pod',
		body: (p) =>
			!p.node
				? `kube-scheduler keeps a watch open on pods that have not finished. The apiserver pushes it an ADDED event for ${p.name}; since the pod has no node, it goes into the scheduling queue. kube-controller-manager's informers get the same event but do nothing: a bare pod has no owner to reconcile. No kubelet hears anything yet — each one only watches pods bound to its own node.`
				: `kube-scheduler hears ADDED for ${p.name} but leaves it alone. A pod with spec.nodeName is already assigned: the scheduler only counts it on ${p.node} in its cache and never queues it. kube-controller-manager's informers get the event too. ${p.kubelet ? `The kubelet on ${p.node} also hears ADDED at once, since the pod matches its watch, spec.nodeName=${p.node}. The nine steps jump from here to step 7.` : `No kubelet hears it: none watches spec.nodeName=${p.node}, because the cluster has no such node.`}`
	},
	scheduleCycle: {
		title: (p) =>
			p.node
				? `The scheduler filters and scores: ${p.node} wins`
				: 'The scheduler finds no node that fits',
		body: (p) =>
			!p.node
				? `Every node fails at least one filter plugin, so nothing is scored. The table shows each node's failing filter and its reason.`
				: p.scoring === 'none'
					? `The scheduler runs its filter plugins on every node. Only ${p.node} can run the pod, so it is chosen without scoring. The table shows every filter verdict.`
					: `The scheduler runs its filter plugins on every node. ${p.feasible} of ${p.total} can run the pod. It then scores the feasible nodes (free resources${p.balance === 'scored' ? ', balance' : ''}, taints, images already present), normalizes and weights the scores, and picks the highest total: ${p.node}. The table shows every verdict and score.`
	},
	bindPod: {
		title: (p) => `The scheduler binds ${p.name} to ${p.node}`,
		body: (p) =>
			`The scheduler does not start anything on the node. It only records its decision: a Binding object posted to the pod's binding subresource, with target Node ${p.node}.`
	},
	persistBinding: {
		title: (p) => `etcd records spec.nodeName = ${p.node}`,
		body: (p) =>
			`The apiserver updates ${p.key}: spec.nodeName is now ${p.node}. The condition PodScheduled becomes True. etcd's revision moves to ${p.revision}; the key's version goes up by one. The pod is still Pending.`
	},
	scheduledEvent: {
		title: () => 'The scheduler records a Scheduled event',
		body: (p) =>
			`Events are API objects too, stored in etcd under /registry/events. This one reads “${p.message}” and is what kubectl describe shows first.`
	},
	watchPodBound: {
		title: (p) => `The kubelet on ${p.node} gets the pod`,
		body: (p) =>
			`The pod now matches the kubelet's watch filter spec.nodeName=${p.node}. That kubelet receives it as ADDED: a pod it has never seen. The scheduler and controller-manager see MODIFIED.${p.others ? ` The other ${p.others} kubelet${p.others === 1 ? '' : 's'} hear nothing.` : ''}`
	},
	kubeletAdmit: {
		title: (p) => `The kubelet on ${p.node} admits the pod`,
		body: (p) =>
			`${p.pinned ? `No scheduler checked this pod, so the kubelet's admission does. ${p.name} fits ${p.node}'s free CPU, memory and pod slots, and matches its node selector if it has one. A NoSchedule taint would not have stopped it either, since only the scheduler reads those. ` : ''}The kubelet on ${p.node} accepts the pod and writes a first status. ${p.inits ? `Initialized is False until ${p.inits > 1 ? `the pod's ${p.inits} init containers have` : "the pod's init container has"} completed, and every container waits with reason PodInitializing. Then it sets up the pod's volumes. kubectl now shows Init:0/${p.inits}` : `Initialized is True, the containers are not ready, and ${p.count > 1 ? `each of the ${p.count} containers waits` : 'the container waits'} with reason ContainerCreating. Then it sets up the pod's volumes. kubectl now shows ContainerCreating`} — a display value, the phase is still Pending. (A fast kubelet can skip this write.)`
	},
	runSandbox: {
		title: (p) => `The runtime starts the pod sandbox: IP ${p.ip}`,
		body: (p) =>
			`Over CRI, the kubelet asks the container runtime for a pod sandbox. The sandbox is the pause container that holds the pod's network namespace. The CNI plugin gives it ${p.ip} from ${p.node}'s pod range ${p.cidr}. Every container of the pod will share this address.`
	},
	ensureImage: {
		title: (p) =>
			p.outcome === 'backoff'
				? `${p.image} is in its pull back-off`
				: p.outcome === 'present'
					? `${p.image} is already on the node`
					: p.outcome === 'failed'
						? `Pulling ${p.image} fails`
						: `The runtime pulls ${p.image}`,
		body: (p) =>
			(p.outcome === 'backoff'
				? `An earlier container of this pod asked for ${p.image}, and that pull failed. The kubelet's back-off is kept per pod and image, so it does not pull again now. It records BackOff and “Error: ImagePullBackOff” for this container too.`
				: p.outcome === 'present'
					? `The kubelet asks the runtime for the image's status. It is already on ${p.node}, so nothing is downloaded; the event says “already present on machine”.`
					: p.outcome === 'repulled'
						? `The image is on ${p.node}, but its tag is latest (or none). So the pull policy defaults to Always: the runtime pulls it again (${p.size} bytes, compressed) to pick up whatever latest means now. The kubelet records Pulling, then Pulled.`
						: p.outcome === 'pulled'
							? `${p.image} is not on ${p.node}, so the runtime pulls it. It comes from the registry: ${p.size} bytes, compressed. The kubelet records Pulling, then Pulled with the time it took.`
							: `The registry does not have ${p.image}. The pull fails; the kubelet records a Failed event with the runtime's gRPC error, then “Error: ErrImagePull”.${p.more && !p.init ? ' The kubelet does not stop here: it goes on to the next container.' : ''}`) +
			containerPlace(p, true)
	},
	createContainer: {
		title: (p) => `The runtime creates container ${p.container}`,
		body: (p) =>
			`CreateContainer prepares container ${p.container} inside the sandbox. It is made from the image, with its command, environment and mounts. It exists but does not run yet.` +
			containerPlace(p)
	},
	startContainer: {
		title: (p) => `The runtime starts container ${p.container}`,
		body: (p) =>
			`StartContainer runs the process. The kubelet's pod lifecycle event generator (PLEG) notices the running container on its next relist.${p.ownPart === 'command' ? ` The process is the container's own command, ${p.ownCommand}, not the image's.` : p.ownPart === 'args' ? ` The container's args, ${p.ownCommand}, replace the image's command (after its entrypoint, if it has one).` : ''}${p.ownPart ? (p.init ? " KubeStep does not run them: it plays an init container's command as one that does its work and exits with success." : ' KubeStep does not run them: it plays this container as a process that keeps running, as a sleep or a loop does.') : ''}${p.init ? ' The kubelet starts nothing else until this init container has exited with success.' : p.more ? ' Then the kubelet moves on to the next container: it starts them one at a time, in the order the spec lists them.' : p.count > 1 ? ` That was the last of the ${p.count} containers.` : ''}`
	},
	reportRunning: {
		title: (p) => `${p.name} is Running on ${p.node}`,
		body: (p) =>
			`The kubelet patches the pod's status to phase Running. podIP is ${p.ip} and all conditions are True (no readiness probe, so ready at once). The apiserver stores it at revision ${p.revision} and every watcher hears MODIFIED.${p.count > 1 ? ` All ${p.count} containers run: READY ${p.count}/${p.count}.` : ''} The nine steps are complete.`
	},
	initContainerDone: {
		title: (p) => `Init container ${p.container} completed`,
		body: (p) =>
			`PLEG sees ${p.container} exit with code 0, and the kubelet writes its status: terminated, reason Completed, and ready. ${p.more ? `kubectl shows ${p.status}. The same sync now starts the next init container.` : `It was the last init container, so Initialized turns True. In the same sync the kubelet goes on to the app containers; until they run, kubectl shows ${p.status}.`} Stored at revision ${p.revision}.`
	},
	initRunning: {
		title: (p) => `Init container ${p.container} keeps running: ${p.status}`,
		body: (p) =>
			`PLEG sees ${p.container} running, and the kubelet writes that status: started, not ready. An init container must exit with success before anything after it starts, and this image's process does not end (a server such as nginx never does). So the pod stays Pending and kubectl shows ${p.status} for as long as it runs. Give the init container a command that finishes, e.g. command: ["sh", "-c", "sleep 2"]. Stored at revision ${p.revision}.`
	},
	containerExit: {
		title: (p) =>
			p.init
				? `Init container ${p.exited} exits at once: Init:${p.reason}`
				: p.count > 1
					? `${p.exited} exit${p.exitedCount > 1 ? '' : 's'} at once: ${p.reason}`
					: `The container exits at once: ${p.reason}`,
		body: (p) =>
			p.init
				? `The image's default command failed straight away (exit code ${p.exitCode}): a database without its required settings refuses to start. The kubelet reports init container ${p.exited} terminated with reason ${p.reason}, and kubectl shows Init:${p.reason}. The app containers do not start, and the phase stays Pending. restartPolicy Always restarts a failed init container, as it would an app container.`
				: `The image's default command finished straight away (exit code ${p.exitCode}). A shell or REPL with no terminal attached reads end-of-file and quits; a database without its required settings refuses to start. The kubelet reports ${p.count > 1 ? p.exited : 'the container'} terminated with reason ${p.reason}. ${p.count > 1 ? `restartPolicy Always will restart ${p.exitedCount > 1 ? 'them' : 'it'}. READY is ${p.ready}/${p.count}: a pod is Ready only when every container is. The phase is ${p.phase}${p.phase === 'Pending' ? ': a container that has never started keeps it there' : ''}.` : 'Because restartPolicy is Always, the phase stays Running — but nothing is ready.'} A long-running image, or a command such as sleep, avoids this.`
	},
	restartBackOff: {
		title: (p) => `Restarted, exited again: ${p.init ? 'Init:' : ''}CrashLoopBackOff`,
		body: (p) =>
			p.init
				? `The kubelet restarts init container ${p.container} at once; it fails again. Now the kubelet waits before the next try — 10s, then 20s, 40s … up to 5 minutes. The init container waits with reason CrashLoopBackOff: kubectl shows Init:CrashLoopBackOff, RESTARTS ${p.restarts}, counting the init container's restarts. The events it writes again are counted, not repeated: the kubelet PATCHes ${p.counted} with count 2. No app container starts until the init container succeeds: fix its image or give it a command that ends with success.`
				: `The kubelet restarts ${p.container} at once; it exits again. Now the kubelet waits before the next try — 10s, then 20s, 40s … up to 5 minutes — and ${p.restarts > 1 ? 'each container' : 'the container'} waits with reason CrashLoopBackOff, RESTARTS ${p.restarts}. The events it writes again are counted, not repeated: the kubelet PATCHes ${p.counted} with count 2, and kubectl describe shows (x2 over …). ${p.count > 1 ? 'Give such a container a command that keeps running, e.g. command: ["sleep", "3600"] in the manifest.' : `This is the classic result of kubectl run with busybox and no command: give it one, e.g. kubectl run ${p.name} --image=busybox -- sleep 3600.`}${p.failed ? ` The same sync finds ${p.failed} still in the pull back-off: ${p.failedCount > 1 ? 'they wait' : 'it waits'} with ImagePullBackOff, and a container that has never started keeps the phase Pending.` : ''}`
	},
	reportPullError: {
		title: () => 'The kubelet reports ErrImagePull',
		body: (p) =>
			p.init
				? `The kubelet writes the pod's status: init container ${p.pullFailed} waits with reason ErrImagePull, and kubectl shows Init:ErrImagePull. No app container starts while an init container has not succeeded, so the phase stays Pending. Stored at revision ${p.revision}.`
				: p.count > 1
					? `The kubelet writes the pod's status: ${p.pullFailed} ${p.pullFailedCount > 1 ? 'wait' : 'waits'} with reason ErrImagePull${p.backedOff ? `, and ${p.backedOff}, held by the same image's back-off, with ImagePullBackOff` : ''}. ${p.running ? `${p.running} of the ${p.count} containers run, but a container that has never started keeps the phase Pending: READY ${p.running}/${p.count}.` : 'No container runs, and the phase stays Pending.'} Stored at revision ${p.revision}.`
					: `The kubelet writes the pod's status with reason ErrImagePull. The container waits; the phase stays Pending. The sandbox and its IP exist, but no container runs. Stored at revision ${p.revision}.`
	},
	imagePullBackOff: {
		title: (p) => `The kubelet backs off: ${p.init ? 'Init:' : ''}ImagePullBackOff`,
		body: (p) =>
			`A second later, PLEG's relist brings another sync. The image is inside its 10 s back-off, so the kubelet does not pull: it records BackOff and “Error: ImagePullBackOff”. The pod worker retries the failed sync 10–15 s on, and that status shows ${p.init ? `init container ${p.failed}` : p.count > 1 ? p.failed : 'the container'} waiting with reason ImagePullBackOff; kubectl shows ${p.init ? 'Init:ImagePullBackOff' : 'it too'}. With the 10 s over, that same sync pulls again; each failure doubles the wait: 20s, 40s … up to 5 minutes. The waiting message carries the last pull's error, so kubectl describe shows why. Fix the image name (${p.image}) and the next retry succeeds.`
	},
	kubeletRejects: {
		title: (p) => `The kubelet on ${p.node} rejects the pod: ${p.reason}`,
		body: (p) =>
			`The kubelet compares the pod with ${p.node} before running anything. No scheduler looked at this pod: spec.nodeName skipped it, so this admission is its only check. It fails with “${p.message}”. The kubelet records a Warning event ${p.reason} and writes phase Failed, reason ${p.reason}, message “Pod was rejected: …”. kubectl get pods shows ${p.reason} in STATUS. Nothing retries: delete the pod, then pick a node with room or leave nodeName out so the scheduler chooses.`
	},
	awaitingNode: {
		title: (p) => `No kubelet watches for ${p.node}: the pod stays Pending`,
		body: (p) =>
			`The cluster has no node named ${p.node}, yet the pod is stored. kube-scheduler leaves a pod that names its node alone, and each of the ${p.nodes} kubelets watches only its own node's name. Nothing will run it: kubectl get pods shows Pending, and kubectl describe shows Node: ${p.node}/ with no events. At ${p.seen} the pod garbage collector in kube-controller-manager makes its ${p.period}-second pass. It finds a pod bound to a node it does not know, and quarantines that name for ${p.quarantine} seconds in case its node informer is only late.`
	},
	podGcOrphan: {
		title: (p) => `The pod garbage collector deletes ${p.name}`,
		body: (p) =>
			`At ${p.at} the quarantine is over and ${p.node} is still unknown. The pod garbage collector asks kube-apiserver for the Node and gets 404 NotFound. It patches the pod to phase Failed with the condition DisruptionTarget, “${p.message}”. Then it deletes the pod with grace period 0, and etcd drops the key at once. kubectl get pods no longer lists ${p.name}, and no event says why. Create the node first, or leave nodeName out and let the scheduler choose.`
	},
	failedScheduling: {
		title: () => 'FailedScheduling: the pod stays Pending',
		body: (p) =>
			`The scheduler records a Warning event, FailedScheduling. It sets PodScheduled=False with reason Unschedulable: “${p.message}” The pod goes back to the queue and is retried when the cluster changes: ${retriedWhen(String(p.message))}.`
	}
};
