/**
 * Every kind of object the flows store, compared field for field with what `kubectl get -o yaml`
 * prints for it on a kubeadm cluster at v1.34.0. The expected text was written from the sources
 * named in the modules that build each object (defaults, admission, controllers, kubelet); only
 * values that differ per run (‹…›) are left open.
 */
import { describe, expect, it } from 'vitest';
import { readObject } from '$lib/sim/etcd';
import { toYaml } from '$lib/sim/yaml';
import { legacyEndpoints } from '$lib/sim/services';
import type { ClusterState } from '$lib/sim/cluster';
import type { ServiceObject } from '$lib/sim/model';
import { podCreationTimeline } from './pod-creation/timeline';
import { defaultPodScenario } from './pod-creation/scenario';
import { serviceTimeline } from './service/timeline';
import { scaleOutTimeline } from './scale-out/timeline';
import { defaultScaleOutScenario } from './scale-out/scenario';
import { defaultServiceScenario } from './service/scenario';
import { nodeFailureTimeline } from './node-failure/timeline';
import { defaultNodeFailureScenario } from './node-failure/scenario';

/** kubectl's YAML of the object stored at `key` (resourceVersion from the key's revision). */
function kubectlYaml(state: ClusterState, key: string): string {
	const kv = state.etcd.kvs[key];
	if (!kv) throw new Error(`nothing stored at ${key}`);
	return toYaml(readObject<{ metadata: object }>(kv), { sorted: true });
}

/** Lines must match one for one; ‹…› stands for any value. */
function expectFixture(yaml: string, fixture: string) {
	const want = fixture.trim().split('\n');
	const got = yaml.split('\n');
	const pattern = (line: string) =>
		new RegExp(
			'^' +
				line
					.split(/‹[^›]*›/)
					.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
					.join('.+') +
				'$'
		);
	const mismatches = want
		.map((line, i) =>
			pattern(line).test(got[i] ?? '') ? null : `${i + 1}: want ${line} | got ${got[i]}`
		)
		.filter(Boolean);
	expect(mismatches).toEqual([]);
	expect(got.length).toBe(want.length);
}

const podRun = podCreationTimeline(defaultPodScenario);
const podEnd = podRun.steps.at(-1)!.snapshot;
const service = serviceTimeline(defaultServiceScenario);
const serviceEnd = service.steps.at(-1)!.snapshot;
const keyOf = (state: ClusterState, prefix: string) =>
	Object.keys(state.etcd.kvs).find((k) => k.startsWith(prefix))!;

describe('stored objects, as kubectl get -o yaml prints them', () => {
	it('a Pod from kubectl run nginx --image=nginx:1.27, Running', () => {
		expectFixture(
			kubectlYaml(podEnd, '/registry/pods/default/nginx'),
			`
apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: "‹t›"
  generation: 1
  labels:
    run: nginx
  name: nginx
  namespace: default
  resourceVersion: "‹rv›"
  uid: ‹uid›
spec:
  containers:
  - image: nginx:1.27
    imagePullPolicy: IfNotPresent
    name: nginx
    resources: {}
    terminationMessagePath: /dev/termination-log
    terminationMessagePolicy: File
    volumeMounts:
    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
      name: kube-api-access-‹5›
      readOnly: true
  dnsPolicy: ClusterFirst
  enableServiceLinks: true
  nodeName: node-‹n›
  preemptionPolicy: PreemptLowerPriority
  priority: 0
  restartPolicy: Always
  schedulerName: default-scheduler
  securityContext: {}
  serviceAccount: default
  serviceAccountName: default
  terminationGracePeriodSeconds: 30
  tolerations:
  - effect: NoExecute
    key: node.kubernetes.io/not-ready
    operator: Exists
    tolerationSeconds: 300
  - effect: NoExecute
    key: node.kubernetes.io/unreachable
    operator: Exists
    tolerationSeconds: 300
  volumes:
  - name: kube-api-access-‹5›
    projected:
      defaultMode: 420
      sources:
      - serviceAccountToken:
          expirationSeconds: 3607
          path: token
      - configMap:
          items:
          - key: ca.crt
            path: ca.crt
          name: kube-root-ca.crt
      - downwardAPI:
          items:
          - fieldRef:
              apiVersion: v1
              fieldPath: metadata.namespace
            path: namespace
status:
  conditions:
  - lastProbeTime: null
    lastTransitionTime: "‹t›"
    observedGeneration: 1
    status: "True"
    type: PodReadyToStartContainers
  - lastProbeTime: null
    lastTransitionTime: "‹t›"
    observedGeneration: 1
    status: "True"
    type: Initialized
  - lastProbeTime: null
    lastTransitionTime: "‹t›"
    observedGeneration: 1
    status: "True"
    type: Ready
  - lastProbeTime: null
    lastTransitionTime: "‹t›"
    observedGeneration: 1
    status: "True"
    type: ContainersReady
  - lastProbeTime: null
    lastTransitionTime: "‹t›"
    observedGeneration: 1
    status: "True"
    type: PodScheduled
  containerStatuses:
  - containerID: containerd://‹id›
    image: docker.io/library/nginx:1.27
    imageID: docker.io/library/nginx@sha256:‹digest›
    lastState: {}
    name: nginx
    ready: true
    resources: {}
    restartCount: 0
    started: true
    state:
      running:
        startedAt: "‹t›"
    volumeMounts:
    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
      name: kube-api-access-‹5›
      readOnly: true
      recursiveReadOnly: Disabled
  hostIP: 192.168.56.‹ip›
  hostIPs:
  - ip: 192.168.56.‹ip›
  observedGeneration: 1
  phase: Running
  podIP: 10.244.‹ip›
  podIPs:
  - ip: 10.244.‹ip›
  qosClass: BestEffort
  startTime: "‹t›"
`
		);
	});

	it('a Deployment from kubectl create deployment, and the ReplicaSet its controller made', () => {
		const template = (extraLabel: string) => `
  template:
    metadata:
      labels:
        app: web
${extraLabel}    spec:
      containers:
      - args:
        - netexec
        - --http-port=8080
        image: registry.k8s.io/e2e-test-images/agnhost:2.53
        imagePullPolicy: IfNotPresent
        name: agnhost
        ports:
        - containerPort: 8080
          protocol: TCP
        resources:
          requests:
            cpu: 100m
            memory: 64Mi
        terminationMessagePath: /dev/termination-log
        terminationMessagePolicy: File
      dnsPolicy: ClusterFirst
      restartPolicy: Always
      schedulerName: default-scheduler
      securityContext: {}
      terminationGracePeriodSeconds: 30`;
		expectFixture(
			kubectlYaml(serviceEnd, '/registry/deployments/default/web'),
			`
apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    deployment.kubernetes.io/revision: "1"
  creationTimestamp: "‹t›"
  generation: 1
  labels:
    app: web
  name: web
  namespace: default
  resourceVersion: "‹rv›"
  uid: ‹uid›
spec:
  progressDeadlineSeconds: 600
  replicas: 3
  revisionHistoryLimit: 10
  selector:
    matchLabels:
      app: web
  strategy:
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 25%
    type: RollingUpdate${template('')}
status:
  availableReplicas: 3
  conditions:
  - lastTransitionTime: "‹t›"
    lastUpdateTime: "‹t›"
    message: Deployment has minimum availability.
    reason: MinimumReplicasAvailable
    status: "True"
    type: Available
  - lastTransitionTime: "‹t›"
    lastUpdateTime: "‹t›"
    message: "ReplicaSet \\"web-‹hash›\\" has successfully progressed."
    reason: NewReplicaSetAvailable
    status: "True"
    type: Progressing
  observedGeneration: 1
  readyReplicas: 3
  replicas: 3
  updatedReplicas: 3
`
		);
		expectFixture(
			kubectlYaml(serviceEnd, keyOf(serviceEnd, '/registry/replicasets/default/web-')),
			`
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  annotations:
    deployment.kubernetes.io/desired-replicas: "3"
    deployment.kubernetes.io/max-replicas: "4"
    deployment.kubernetes.io/revision: "1"
  creationTimestamp: "‹t›"
  generation: 1
  labels:
    app: web
    pod-template-hash: ‹hash›
  name: web-‹hash›
  namespace: default
  ownerReferences:
  - apiVersion: apps/v1
    blockOwnerDeletion: true
    controller: true
    kind: Deployment
    name: web
    uid: ‹uid›
  resourceVersion: "‹rv›"
  uid: ‹uid›
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
      pod-template-hash: ‹hash›${template('        pod-template-hash: ‹hash›\n')}
status:
  availableReplicas: 3
  fullyLabeledReplicas: 3
  observedGeneration: 1
  readyReplicas: 3
  replicas: 3
`
		);
	});

	it('a ReplicaSet’s pod names its owner and the prefix its name grew from', () => {
		const yaml = kubectlYaml(serviceEnd, keyOf(serviceEnd, '/registry/pods/default/web-'));
		expect(yaml).toMatch(/^ {2}generateName: web-[a-z0-9]+-$/m);
		expect(yaml).toMatch(/^ {4}kind: ReplicaSet$/m);
	});

	it('the Service kubectl expose made, and the EndpointSlice its controller writes', () => {
		expectFixture(
			kubectlYaml(serviceEnd, '/registry/services/specs/default/web'),
			`
apiVersion: v1
kind: Service
metadata:
  creationTimestamp: "‹t›"
  labels:
    app: web
  name: web
  namespace: default
  resourceVersion: "‹rv›"
  uid: ‹uid›
spec:
  clusterIP: 10.‹ip›
  clusterIPs:
  - 10.‹ip›
  internalTrafficPolicy: Cluster
  ipFamilies:
  - IPv4
  ipFamilyPolicy: SingleStack
  ports:
  - port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: web
  sessionAffinity: None
  type: ClusterIP
status:
  loadBalancer: {}
`
		);
		const endpoint = `
- addresses:
  - 10.244.‹ip›
  conditions:
    ready: true
    serving: true
    terminating: false
  nodeName: node-‹n›
  targetRef:
    kind: Pod
    name: web-‹name›
    namespace: default
    uid: ‹uid›`;
		expectFixture(
			kubectlYaml(serviceEnd, keyOf(serviceEnd, '/registry/endpointslices/default/web-')),
			`
addressType: IPv4
apiVersion: discovery.k8s.io/v1
endpoints:${endpoint.repeat(3)}
kind: EndpointSlice
metadata:
  annotations:
    endpoints.kubernetes.io/last-change-trigger-time: "‹t›"
  creationTimestamp: "‹t›"
  generateName: web-
  generation: 1
  labels:
    app: web
    endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io
    kubernetes.io/service-name: web
  name: web-‹5›
  namespace: default
  ownerReferences:
  - apiVersion: v1
    blockOwnerDeletion: true
    controller: true
    kind: Service
    name: web
    uid: ‹uid›
  resourceVersion: "‹rv›"
  uid: ‹uid›
ports:
- name: ""
  port: 8080
  protocol: TCP
`
		);
	});

	it('the default ServiceCIDR and the IPAddress the allocator creates for each ClusterIP', () => {
		// pkg/controlplane/controller/defaultservicecidr: Ready with an empty reason, the finalizer
		// the servicecidrs controller adds
		expectFixture(
			kubectlYaml(serviceEnd, '/registry/servicecidrs/kubernetes'),
			`
apiVersion: networking.k8s.io/v1
kind: ServiceCIDR
metadata:
  creationTimestamp: ‹t›
  finalizers:
  - networking.k8s.io/service-cidr-finalizer
  name: kubernetes
  resourceVersion: ‹rv›
  uid: ‹uid›
spec:
  cidrs:
  - 10.96.0.0/12
status:
  conditions:
  - lastTransitionTime: ‹t›
    message: Kubernetes Service CIDR is ready
    reason: ""
    status: "True"
    type: Ready`
		);
		// ipallocator.go: named by the address; parentRef's empty core group is omitted
		const web = readObject<ServiceObject>(
			serviceEnd.etcd.kvs['/registry/services/specs/default/web']
		).spec.clusterIP;
		expectFixture(
			kubectlYaml(serviceEnd, `/registry/ipaddresses/${web}`),
			`
apiVersion: networking.k8s.io/v1
kind: IPAddress
metadata:
  creationTimestamp: ‹t›
  labels:
    ipaddress.kubernetes.io/ip-family: IPv4
    ipaddress.kubernetes.io/managed-by: ipallocator.k8s.io
  name: ${web}
  resourceVersion: ‹rv›
  uid: ‹uid›
spec:
  parentRef:
    name: web
    namespace: default
    resource: services`
		);
	});

	it('the legacy Endpoints beside the slice: ready addresses with their pods, no subsets when there are none', () => {
		expectFixture(
			kubectlYaml(serviceEnd, '/registry/services/endpoints/default/web'),
			`
apiVersion: v1
kind: Endpoints
metadata:
  annotations:
    endpoints.kubernetes.io/last-change-trigger-time: "‹t›"
  creationTimestamp: "‹t›"
  labels:
    app: web
    endpoints.kubernetes.io/managed-by: endpoint-controller
  name: web
  namespace: default
  resourceVersion: "‹rv›"
  uid: ‹uid›
subsets:
- addresses:
  - ip: 10.244.1.2
    nodeName: node-1
    targetRef:
      kind: Pod
      name: web-‹pod›
      namespace: default
      uid: ‹uid›
  - ip: 10.244.2.2
    nodeName: node-2
    targetRef:
      kind: Pod
      name: web-‹pod›
      namespace: default
      uid: ‹uid›
  - ip: 10.244.3.2
    nodeName: node-3
    targetRef:
      kind: Pod
      name: web-‹pod›
      namespace: default
      uid: ‹uid›
  ports:
  - port: 8080
    protocol: TCP
`
		);
		const svc = JSON.parse(serviceEnd.etcd.kvs['/registry/services/specs/default/web'].value);
		expect(legacyEndpoints(svc, [])).not.toHaveProperty('subsets');
	});

	it('the default Namespace and its default ServiceAccount, as the apiserver and the controllers make them', () => {
		expectFixture(
			kubectlYaml(serviceEnd, '/registry/namespaces/default'),
			`
apiVersion: v1
kind: Namespace
metadata:
  creationTimestamp: "‹t›"
  labels:
    kubernetes.io/metadata.name: default
  name: default
  resourceVersion: "‹rv›"
  uid: ‹uid›
spec:
  finalizers:
  - kubernetes
status:
  phase: Active
`
		);
		// no token Secret since v1.24 (LegacyServiceAccountTokenNoAutoGeneration)
		expectFixture(
			kubectlYaml(serviceEnd, '/registry/serviceaccounts/default/default'),
			`
apiVersion: v1
kind: ServiceAccount
metadata:
  creationTimestamp: "‹t›"
  name: default
  namespace: default
  resourceVersion: "‹rv›"
  uid: ‹uid›
`
		);
	});

	it('the kube-proxy DaemonSet kubeadm writes, with the scheme’s defaults and its controller’s status', () => {
		// cmd/kubeadm/app/phases/addons/proxy/manifests.go KubeProxyDaemonSet19, then
		// pkg/apis/apps/v1/defaults.go SetDefaults_DaemonSet and the pod template's defaults;
		// serviceAccount is v1 conversion's copy of serviceAccountName (core/v1/conversion.go)
		expectFixture(
			kubectlYaml(serviceEnd, '/registry/daemonsets/kube-system/kube-proxy'),
			`
apiVersion: apps/v1
kind: DaemonSet
metadata:
  annotations:
    deprecated.daemonset.template.generation: "1"
  creationTimestamp: "‹t›"
  generation: 1
  labels:
    k8s-app: kube-proxy
  name: kube-proxy
  namespace: kube-system
  resourceVersion: "‹rv›"
  uid: ‹uid›
spec:
  revisionHistoryLimit: 10
  selector:
    matchLabels:
      k8s-app: kube-proxy
  template:
    metadata:
      labels:
        k8s-app: kube-proxy
    spec:
      containers:
      - command:
        - /usr/local/bin/kube-proxy
        - --config=/var/lib/kube-proxy/config.conf
        - --hostname-override=$(NODE_NAME)
        env:
        - name: NODE_NAME
          valueFrom:
            fieldRef:
              apiVersion: v1
              fieldPath: spec.nodeName
        image: registry.k8s.io/kube-proxy:v1.34.0
        imagePullPolicy: IfNotPresent
        name: kube-proxy
        resources: {}
        securityContext:
          privileged: true
        terminationMessagePath: /dev/termination-log
        terminationMessagePolicy: File
        volumeMounts:
        - mountPath: /var/lib/kube-proxy
          name: kube-proxy
        - mountPath: /run/xtables.lock
          name: xtables-lock
        - mountPath: /lib/modules
          name: lib-modules
          readOnly: true
      dnsPolicy: ClusterFirst
      hostNetwork: true
      nodeSelector:
        kubernetes.io/os: linux
      priorityClassName: system-node-critical
      restartPolicy: Always
      schedulerName: default-scheduler
      securityContext: {}
      serviceAccount: kube-proxy
      serviceAccountName: kube-proxy
      terminationGracePeriodSeconds: 30
      tolerations:
      - key: CriticalAddonsOnly
        operator: Exists
      - operator: Exists
      volumes:
      - configMap:
          defaultMode: 420
          name: kube-proxy
        name: kube-proxy
      - hostPath:
          path: /run/xtables.lock
          type: FileOrCreate
        name: xtables-lock
      - hostPath:
          path: /lib/modules
          type: ""
        name: lib-modules
  updateStrategy:
    rollingUpdate:
      maxSurge: 0
      maxUnavailable: 1
    type: RollingUpdate
status:
  currentNumberScheduled: 3
  desiredNumberScheduled: 3
  numberAvailable: 3
  numberMisscheduled: 0
  numberReady: 3
  observedGeneration: 1
  updatedNumberScheduled: 3
`
		);
	});

	it('a StatefulSet with its defaults and revisions, and the pod it made, labelled with both', () => {
		const run = nodeFailureTimeline({
			...defaultNodeFailureScenario,
			actions: [{ kind: 'statefulset' }]
		});
		const start = run.steps[0].snapshot;
		// pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet; the status as
		// pkg/controller/statefulset/stateful_set_control.go writes it, both revisions the one
		// ControllerRevision (history.ControllerRevisionName: <set>-<hash>)
		const set = kubectlYaml(start, '/registry/statefulsets/default/db');
		expectFixture(
			set,
			`
apiVersion: apps/v1
kind: StatefulSet
metadata:
  creationTimestamp: "‹t›"
  generation: 1
  name: db
  namespace: default
  resourceVersion: "‹rv›"
  uid: ‹uid›
spec:
  persistentVolumeClaimRetentionPolicy:
    whenDeleted: Retain
    whenScaled: Retain
  podManagementPolicy: OrderedReady
  replicas: 1
  revisionHistoryLimit: 10
  selector:
    matchLabels:
      app: db
  serviceName: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
      - image: postgres:17
        imagePullPolicy: IfNotPresent
        name: postgres
        resources: {}
        terminationMessagePath: /dev/termination-log
        terminationMessagePolicy: File
      dnsPolicy: ClusterFirst
      restartPolicy: Always
      schedulerName: default-scheduler
      securityContext: {}
      terminationGracePeriodSeconds: 30
  updateStrategy:
    rollingUpdate:
      partition: 0
    type: RollingUpdate
status:
  availableReplicas: 1
  collisionCount: 0
  currentReplicas: 1
  currentRevision: db-‹hash›
  observedGeneration: 1
  readyReplicas: 1
  replicas: 1
  updateRevision: db-‹hash›
  updatedReplicas: 1
`
		);
		const revision = set.match(/currentRevision: (\S+)/)![1];
		expect(set).toContain(`updateRevision: ${revision}`);
		// the pod: the revision it was made from (setPodRevision), its name and ordinal, its
		// stable hostname under the set's Service (stateful_set_utils.go)
		const pod = kubectlYaml(start, '/registry/pods/default/db-0');
		expect(pod).toContain(
			`  labels:\n    app: db\n    apps.kubernetes.io/pod-index: "0"\n    controller-revision-hash: ${revision}\n    statefulset.kubernetes.io/pod-name: db-0\n`
		);
		expect(pod).toMatch(/^ {2}hostname: db-0$/m);
		expect(pod).toMatch(/^ {2}subdomain: db$/m);
		expect(pod).not.toMatch(/generateName/);
	});

	it('a Node its kubelet registered, and its heartbeat Lease', () => {
		const condition = (type: string, status: string, reason: string, message: string) => `
  - lastHeartbeatTime: "‹t›"
    lastTransitionTime: "‹t›"
    message: ${message}
    reason: ${reason}
    status: "${status}"
    type: ${type}`;
		expectFixture(
			kubectlYaml(podEnd, '/registry/minions/node-1'),
			`
apiVersion: v1
kind: Node
metadata:
  annotations:
    node.alpha.kubernetes.io/ttl: "0"
    volumes.kubernetes.io/controller-managed-attach-detach: "true"
  creationTimestamp: "‹t›"
  labels:
    beta.kubernetes.io/arch: amd64
    beta.kubernetes.io/os: linux
    kubernetes.io/arch: amd64
    kubernetes.io/hostname: node-1
    kubernetes.io/os: linux
  name: node-1
  resourceVersion: "‹rv›"
  uid: ‹uid›
spec:
  podCIDR: 10.244.1.0/24
  podCIDRs:
  - 10.244.1.0/24
status:
  addresses:
  - address: 192.168.56.11
    type: InternalIP
  - address: node-1
    type: Hostname
  allocatable:
    cpu: "4"
    ephemeral-storage: "56453061334"
    hugepages-1Gi: "0"
    hugepages-2Mi: "0"
    memory: ‹n›Ki
    pods: "110"
  capacity:
    cpu: "4"
    ephemeral-storage: 61255492Ki
    hugepages-1Gi: "0"
    hugepages-2Mi: "0"
    memory: ‹n›Ki
    pods: "110"
  conditions:${condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available')}${condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure')}${condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available')}${condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status')}
  daemonEndpoints:
    kubeletEndpoint:
      Port: 10250
  images:
${'  - names:\n    - ‹digest›\n    - ‹tag›\n    sizeBytes: ‹n›\n'.repeat(4).trimEnd()}
  nodeInfo:
    architecture: amd64
    bootID: ‹id›
    containerRuntimeVersion: containerd://‹v›
    kernelVersion: ‹v›
    kubeProxyVersion: ""
    kubeletVersion: v1.34.0
    machineID: ‹id›
    operatingSystem: linux
    osImage: ‹os›
    systemUUID: ‹id›
`
		);
		expectFixture(
			kubectlYaml(podEnd, '/registry/leases/kube-node-lease/node-1'),
			`
apiVersion: coordination.k8s.io/v1
kind: Lease
metadata:
  creationTimestamp: "‹t›"
  name: node-1
  namespace: kube-node-lease
  ownerReferences:
  - apiVersion: v1
    kind: Node
    name: node-1
    uid: ‹uid›
  resourceVersion: "‹rv›"
  uid: ‹uid›
spec:
  holderIdentity: node-1
  leaseDurationSeconds: 40
  renewTime: "‹t›.000000Z"
`
		);
	});

	it('events: the kubelet’s through core/v1, the scheduler’s through events.k8s.io/v1', () => {
		const events = Object.keys(podEnd.etcd.kvs)
			.filter((k) => k.startsWith('/registry/events/default/nginx.'))
			.map((k) => kubectlYaml(podEnd, k));
		const scheduled = events.find((e) => e.includes('reason: Scheduled'))!;
		const pulling = events.find((e) => e.includes('reason: Pulling'))!;
		expectFixture(
			pulling,
			`
apiVersion: v1
count: 1
eventTime: null
firstTimestamp: "‹t›"
involvedObject:
  apiVersion: v1
  fieldPath: spec.containers{nginx}
  kind: Pod
  name: nginx
  namespace: default
  resourceVersion: "‹rv›"
  uid: ‹uid›
kind: Event
lastTimestamp: "‹t›"
message: "Pulling image \\"nginx:1.27\\""
metadata:
  creationTimestamp: "‹t›"
  name: nginx.‹hex›
  namespace: default
  resourceVersion: "‹rv›"
  uid: ‹uid›
reason: Pulling
reportingComponent: kubelet
reportingInstance: node-‹n›
source:
  component: kubelet
  host: node-‹n›
type: Normal
`
		);
		expectFixture(
			scheduled,
			`
action: Binding
apiVersion: v1
eventTime: "‹t›.000000Z"
firstTimestamp: null
involvedObject:
  apiVersion: v1
  kind: Pod
  name: nginx
  namespace: default
  resourceVersion: "‹rv›"
  uid: ‹uid›
kind: Event
lastTimestamp: null
message: Successfully assigned default/nginx to node-‹n›
metadata:
  creationTimestamp: "‹t›"
  name: nginx.‹hex›
  namespace: default
  resourceVersion: "‹rv›"
  uid: ‹uid›
reason: Scheduled
reportingComponent: default-scheduler
reportingInstance: default-scheduler-control-plane
source: {}
type: Normal
`
		);
	});

	it('the kubelet names its Node by name in its events: no apiVersion, the name as uid', () => {
		const scale = scaleOutTimeline(defaultScaleOutScenario);
		const end = scale.steps.at(-1)!.snapshot;
		const nodeEvent = Object.keys(end.etcd.kvs).find((k) =>
			/\/registry\/events\/default\/node-/.test(k)
		)!;
		expect(kubectlYaml(end, nodeEvent)).toContain(
			'involvedObject:\n  kind: Node\n  name: node-3\n  uid: node-3\nkind: Event'
		);
	});

	it('a waiting container reports its mounts too', () => {
		const creating = podRun.steps.find((s) =>
			s.snapshot.etcd.kvs['/registry/pods/default/nginx']?.value.includes('ContainerCreating')
		)!;
		expect(kubectlYaml(creating.snapshot, '/registry/pods/default/nginx')).toMatch(
			/reason: ContainerCreating\n {4}volumeMounts:\n {4}- mountPath: \/var\/run\/secrets\/kubernetes.io\/serviceaccount\n {6}name: kube-api-access-[a-z0-9]{5}\n {6}readOnly: true\n {6}recursiveReadOnly: Disabled/
		);
	});

	it('system pods as kubeadm’s manifests and the DaemonSet controller make them', () => {
		const pods = Object.keys(podEnd.etcd.kvs).filter((k) =>
			k.startsWith('/registry/pods/kube-system/')
		);
		const coredns = kubectlYaml(
			podEnd,
			pods.find((k) => k.includes('/coredns-'))!
		);
		expect(coredns).toMatch(/^ {2}dnsPolicy: Default$/m);
		expect(coredns).toMatch(/^ {2}serviceAccountName: coredns$/m);
		expect(coredns).toMatch(/^ {2}priority: 2000000000$/m);
		expect(coredns).toMatch(/^ {2}priorityClassName: system-cluster-critical$/m);
		const proxy = kubectlYaml(
			podEnd,
			pods.find((k) => k.includes('/kube-proxy-'))!
		);
		expect(proxy).toMatch(/^ {2}generateName: kube-proxy-$/m);
		expect(proxy).toMatch(/^ {4}kind: DaemonSet$/m);
		expect(proxy).toMatch(/^ {2}priority: 2000001000$/m);
		expect(proxy).toMatch(/^ {4}- --hostname-override=\$\(NODE_NAME\)$/m);
		expect(proxy).toMatch(
			/matchFields:\n {10}- key: metadata.name\n {12}operator: In\n {12}values:\n {12}- node-\d/
		);
	});
});
