/** English text. ko.ts has the same shape; the type checker keeps them in step. */
type P = Record<string, string | number>;

export const en = {
	lang: { name: 'English', switchTo: '한국어', switchLabel: 'Language: switch to Korean' },
	app: {
		title: 'KubeStep',
		skip: 'Skip to the player',
		back: 'All flows'
	},
	notFound: {
		title: 'Page not found',
		body: 'There is no page at this address: the link may be mistyped, or the flow may not exist (yet).',
		failed: 'This page could not be loaded',
		failedBody:
			'Something went wrong while loading it. Reloading may help; every flow is listed below.',
		flows: 'The flows there are'
	},
	whatIf: {
		title: 'Skip the steps not played yet?',
		body: (p: P) =>
			`A what-if plays after the flow's last step. Playing it now skips the ${p.n} step${p.n === 1 ? '' : 's'} you have not seen; you can go back to them on the timeline.`,
		skip: 'Skip them and play the what-if',
		cancel: 'Cancel',
		played: 'What-ifs in this run',
		remove: (p: P) => `Remove the what-if “${p.what}”`
	},
	controls: {
		group: 'Player controls',
		play: 'Play',
		pause: 'Pause',
		next: 'Next step',
		previous: 'Previous step',
		restart: 'Restart',
		stepwise: 'Step by step: stop at the end of each step',
		large: 'Large text for a room: the picture across the screen, the panels on demand',
		panels: 'Panels',
		more: 'Whole narration',
		speed: 'Speed',
		timeline: 'Timeline',
		status: (p: P) => `Step ${p.n} of ${p.m}`,
		keysHint: 'Space plays and pauses · ← → step · ? lists every key',
		shortcuts: 'Keyboard shortcuts',
		fullscreen: 'Full screen',
		exitFullscreen: 'Exit full screen',
		openFull: 'Open in KubeStep',
		export: 'Export',
		checkpoints: 'Checkpoints',
		present: 'Present',
		building: 'Building the scenario…',
		close: 'Close'
	},
	diagram: {
		clock: 'Cluster time',
		clockTitle: 'Simulated time since the scenario began',
		zoom: 'Zoom',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		fit: 'Fit to screen',
		follow: 'Follow the action: zoom to each step',
		kernel: 'kernel · netfilter · conntrack',
		network: 'network',
		pairs: 'Messages of this step',
		whole: 'Whole cluster',
		zoomHint: 'Drag to pan; Ctrl + wheel or pinch to zoom',
		proxyState: { watching: 'watching', syncing: 'syncing', synced: 'synced' },
		proxyTitle: (p: P) => `${p.pod} — pod of DaemonSet kube-system/kube-proxy (${p.state})`,
		controlPlane: 'Control plane',
		user: 'you',
		aria: (p: P) =>
			`Cluster diagram: kubectl, the control plane and ${p.nodes} worker nodes. Step ${p.n}: ${p.title}`
	},
	panels: {
		tabs: 'Panels',
		sources: 'Sources',
		narration: 'What happens',
		etcd: 'etcd',
		iptables: 'iptables',
		etcdKeys: (p: P) => `Keys under /registry · revision ${p.revision}`,
		wrote: 'written by this step',
		storedObject: (p: P) => `Stored object ${p.key}`,
		storedAs:
			'etcd holds it as Kubernetes protobuf, bytes that begin with k8s\\x00, not as YAML: shown here decoded, the way kubectl get -o yaml prints it.',
		noObject: 'Not stored yet.',
		pod: 'Pod',
		getPods: 'kubectl get pods -o wide',
		cluster: 'Cluster',
		getNodes: 'kubectl get nodes',
		getDeployments: 'kubectl get deployments',
		describe: (p: P) => `kubectl describe pod ${p.name} — Events`,
		noEvents: '<none>',
		notCreated: (p: P) => `Error from server (NotFound): pods "${p.name}" not found`,
		scheduler: 'Scheduler',
		pipeline: 'Request pipeline',
		stages: {
			authentication: 'Authentication',
			authorization: 'Authorization',
			watchCache: 'Watch cache',
			table: 'Table conversion',
			decode: 'Decode and default',
			mutatingAdmission: 'Mutating admission',
			allocate: 'Allocate (BeginCreate)',
			validation: 'Validation',
			validatingAdmission: 'Validating admission',
			persist: 'Persist to etcd'
		},
		command: 'Command',
		output: 'Output',
		terminal: 'Terminal',
		yaml: 'YAML'
	},
	scenario: {
		try: 'Try a scenario',
		changed: 'This run:',
		defaults: 'default values',
		apply: 'Apply scenario',
		none: 'none',
		presets: 'Try'
	}
};

export type Messages = typeof en;
