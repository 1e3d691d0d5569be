/**
 * Protobuf field numbers of the Kubernetes API types KubeStep stores in etcd, copied from the
 * `protobuf:"…"` struct tags of the Kubernetes sources (field numbers never change once released):
 * - core/v1, apps/v1, discovery/v1, coordination/v1: k8s.io/api v0.32.1 as vendored in
 *   kubeadapt/kubeadapt-k8s-pulse@2d3917ec, cross-checked against the same core/v1/types.go
 *   vendored in karmada-io/karmada@e184b1fe and, for the volume-source types,
 *   kubernetes/kubernetes@815c3d8f; the fields added for v1.34 from
 *   staging/src/k8s.io/api/core/v1/generated.proto (kubernetes/kubernetes@0032f46b): PodStatus
 *   observedGeneration (17) and PodCondition observedGeneration (7), both non-pointer int64 added
 *   in 1.33, so written (as 0) even where nobody set them.
 * - meta/v1 types.go and time_proto.go: kubernetes/kubernetes staging/src/k8s.io/apimachinery
 *   (ObjectMeta field 15 `clusterName` is tombstoned since 1.25); runtime/types.go and
 *   util/intstr/intstr.go likewise.
 * Later pointer, slice and map fields that no flow writes are left out (a v1.34 apiserver writes
 * nothing for them): e.g. PodSpec hostnameOverride (41), PodStatus
 * extendedResourceClaimStatus (18), ContainerStatus stopSignal.
 *
 * Encoding rules of the gogo-protobuf marshal these numbers feed (generated.pb.go):
 * - The wire type follows the Go type, not the first word of the tag: int32/int64/bool (and
 *   pointers to them) are varints even where the tag says "bytes" (e.g. ServiceSpec
 *   healthCheckNodePort, PodSpec priority/hostUsers); strings, bytes and messages are
 *   length-delimited. A "rep" tag on a non-slice Go field (PodStatus.qosClass,
 *   EndpointSlice.addressType, ServiceAccountTokenProjection.audience, NodeStatus.features)
 *   does not make it repeated.
 * - Non-pointer strings, ints, bools and structs are written always, even when empty/zero;
 *   pointers only when non-nil; slices one field per element; `bytes` ([]byte) only when
 *   non-nil (so marked `optional`), even when empty.
 * - Maps are written as entries {1: key, 2: value} in ascending key order; the value (also a
 *   message such as Quantity) is always written.
 * - Time: the message is meta.Timestamp{seconds} with nanos 0; a zero Time marshals to nothing,
 *   but a non-pointer Time field is still written, with length 0. MicroTime is the same with
 *   nanos set. Quantity: field 1 = its canonical String(). IntOrString: type, intVal and
 *   strVal always.
 */
export type ProtoType =
	| 'string'
	| 'bytes'
	| 'int32'
	| 'int64'
	| 'bool'
	| 'double'
	| 'Time'
	| 'MicroTime'
	| 'Duration'
	| 'Quantity'
	| 'IntOrString'
	| `${string}.${string}`;

export interface ProtoField {
	/** field number */
	n: number;
	/** the JSON name (json tag); for an embedded `json:",inline"` struct, the Go field name */
	json: string;
	type: ProtoType;
	/** a Go slice ([]T, not []byte): one field per element, none when empty */
	repeated?: true;
	/** a Go map[string]V: entries {key = 1, value = 2}; `type` is V */
	map?: true;
	/** a Go pointer: written only when set (present in JSON), even if zero */
	optional?: true;
	/** an embedded struct whose JSON fields sit at the parent's level (`json:",inline"`) */
	inline?: true;
}

export const MESSAGES: Record<string, ProtoField[]> = {
	// core: objects stored in etcd and their parts (k8s.io/api/core/v1/types.go)
	'core.Namespace': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'spec', type: 'core.NamespaceSpec' },
		{ n: 3, json: 'status', type: 'core.NamespaceStatus' }
	],
	'core.NamespaceSpec': [
		{ n: 1, json: 'finalizers', type: 'string', repeated: true } // []FinalizerName
	],
	'core.NamespaceStatus': [
		{ n: 1, json: 'phase', type: 'string' }, // NamespacePhase
		{ n: 2, json: 'conditions', type: 'core.NamespaceCondition', repeated: true }
	],
	'core.NamespaceCondition': [
		{ n: 1, json: 'type', type: 'string' }, // NamespaceConditionType
		{ n: 2, json: 'status', type: 'string' }, // ConditionStatus
		{ n: 4, json: 'lastTransitionTime', type: 'Time' },
		{ n: 5, json: 'reason', type: 'string' },
		{ n: 6, json: 'message', type: 'string' }
	],
	'core.ServiceAccount': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'secrets', type: 'core.ObjectReference', repeated: true },
		{ n: 3, json: 'imagePullSecrets', type: 'core.LocalObjectReference', repeated: true },
		{ n: 4, json: 'automountServiceAccountToken', type: 'bool', optional: true }
	],
	'core.ObjectReference': [
		{ n: 1, json: 'kind', type: 'string' },
		{ n: 2, json: 'namespace', type: 'string' },
		{ n: 3, json: 'name', type: 'string' },
		{ n: 4, json: 'uid', type: 'string' }, // types.UID
		{ n: 5, json: 'apiVersion', type: 'string' },
		{ n: 6, json: 'resourceVersion', type: 'string' },
		{ n: 7, json: 'fieldPath', type: 'string' }
	],
	'core.LocalObjectReference': [{ n: 1, json: 'name', type: 'string' }],
	'core.Service': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'spec', type: 'core.ServiceSpec' },
		{ n: 3, json: 'status', type: 'core.ServiceStatus' }
	],
	'core.ServiceSpec': [
		{ n: 1, json: 'ports', type: 'core.ServicePort', repeated: true },
		{ n: 2, json: 'selector', type: 'string', map: true },
		{ n: 3, json: 'clusterIP', type: 'string' },
		{ n: 4, json: 'type', type: 'string' }, // ServiceType
		{ n: 5, json: 'externalIPs', type: 'string', repeated: true },
		{ n: 7, json: 'sessionAffinity', type: 'string' }, // ServiceAffinity
		{ n: 8, json: 'loadBalancerIP', type: 'string' },
		{ n: 9, json: 'loadBalancerSourceRanges', type: 'string', repeated: true },
		{ n: 10, json: 'externalName', type: 'string' },
		{ n: 11, json: 'externalTrafficPolicy', type: 'string' }, // ServiceExternalTrafficPolicy
		// tag says "bytes,12" but the Go type (int32) decides: varint
		{ n: 12, json: 'healthCheckNodePort', type: 'int32' },
		{ n: 13, json: 'publishNotReadyAddresses', type: 'bool' },
		{ n: 14, json: 'sessionAffinityConfig', type: 'core.SessionAffinityConfig', optional: true },
		{ n: 17, json: 'ipFamilyPolicy', type: 'string', optional: true }, // *IPFamilyPolicy
		{ n: 18, json: 'clusterIPs', type: 'string', repeated: true },
		{ n: 19, json: 'ipFamilies', type: 'string', repeated: true }, // []IPFamily
		// tag says "bytes,20"; *bool is varint
		{ n: 20, json: 'allocateLoadBalancerNodePorts', type: 'bool', optional: true },
		{ n: 21, json: 'loadBalancerClass', type: 'string', optional: true },
		// *ServiceInternalTrafficPolicy
		{ n: 22, json: 'internalTrafficPolicy', type: 'string', optional: true },
		{ n: 23, json: 'trafficDistribution', type: 'string', optional: true }
	],
	'core.ServicePort': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'protocol', type: 'string' }, // Protocol
		{ n: 3, json: 'port', type: 'int32' },
		{ n: 4, json: 'targetPort', type: 'IntOrString' },
		{ n: 5, json: 'nodePort', type: 'int32' },
		{ n: 6, json: 'appProtocol', type: 'string', optional: true }
	],
	'core.ServiceStatus': [
		{ n: 1, json: 'loadBalancer', type: 'core.LoadBalancerStatus' },
		{ n: 2, json: 'conditions', type: 'meta.Condition', repeated: true }
	],
	'core.LoadBalancerStatus': [
		{ n: 1, json: 'ingress', type: 'core.LoadBalancerIngress', repeated: true }
	],
	'core.Endpoints': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'subsets', type: 'core.EndpointSubset', repeated: true }
	],
	'core.EndpointSubset': [
		{ n: 1, json: 'addresses', type: 'core.EndpointAddress', repeated: true },
		{ n: 2, json: 'notReadyAddresses', type: 'core.EndpointAddress', repeated: true },
		{ n: 3, json: 'ports', type: 'core.EndpointPort', repeated: true }
	],
	'core.EndpointAddress': [
		{ n: 1, json: 'ip', type: 'string' },
		{ n: 2, json: 'targetRef', type: 'core.ObjectReference', optional: true },
		{ n: 3, json: 'hostname', type: 'string' },
		{ n: 4, json: 'nodeName', type: 'string', optional: true }
	],
	'core.EndpointPort': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'port', type: 'int32' },
		{ n: 3, json: 'protocol', type: 'string' }, // Protocol
		{ n: 4, json: 'appProtocol', type: 'string', optional: true }
	],
	'core.Node': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'spec', type: 'core.NodeSpec' },
		{ n: 3, json: 'status', type: 'core.NodeStatus' }
	],
	'core.NodeSpec': [
		{ n: 1, json: 'podCIDR', type: 'string' },
		{ n: 2, json: 'externalID', type: 'string' }, // DoNotUseExternalID
		{ n: 3, json: 'providerID', type: 'string' },
		{ n: 4, json: 'unschedulable', type: 'bool' },
		{ n: 5, json: 'taints', type: 'core.Taint', repeated: true },
		{ n: 6, json: 'configSource', type: 'core.NodeConfigSource', optional: true },
		{ n: 7, json: 'podCIDRs', type: 'string', repeated: true }
	],
	'core.Taint': [
		{ n: 1, json: 'key', type: 'string' },
		{ n: 2, json: 'value', type: 'string' },
		{ n: 3, json: 'effect', type: 'string' }, // TaintEffect
		{ n: 4, json: 'timeAdded', type: 'Time', optional: true }
	],
	'core.NodeStatus': [
		{ n: 1, json: 'capacity', type: 'Quantity', map: true }, // ResourceList
		{ n: 2, json: 'allocatable', type: 'Quantity', map: true }, // ResourceList
		{ n: 3, json: 'phase', type: 'string' }, // NodePhase
		{ n: 4, json: 'conditions', type: 'core.NodeCondition', repeated: true },
		{ n: 5, json: 'addresses', type: 'core.NodeAddress', repeated: true },
		{ n: 6, json: 'daemonEndpoints', type: 'core.NodeDaemonEndpoints' },
		{ n: 7, json: 'nodeInfo', type: 'core.NodeSystemInfo' },
		{ n: 8, json: 'images', type: 'core.ContainerImage', repeated: true },
		{ n: 9, json: 'volumesInUse', type: 'string', repeated: true }, // []UniqueVolumeName
		{ n: 10, json: 'volumesAttached', type: 'core.AttachedVolume', repeated: true },
		{ n: 11, json: 'config', type: 'core.NodeConfigStatus', optional: true },
		{ n: 12, json: 'runtimeHandlers', type: 'core.NodeRuntimeHandler', repeated: true },
		// tag says "bytes,13,rep" but the Go type is *NodeFeatures
		{ n: 13, json: 'features', type: 'core.NodeFeatures', optional: true }
	],
	'core.NodeAddress': [
		{ n: 1, json: 'type', type: 'string' }, // NodeAddressType
		{ n: 2, json: 'address', type: 'string' }
	],
	'core.NodeCondition': [
		{ n: 1, json: 'type', type: 'string' }, // NodeConditionType
		{ n: 2, json: 'status', type: 'string' }, // ConditionStatus
		{ n: 3, json: 'lastHeartbeatTime', type: 'Time' },
		{ n: 4, json: 'lastTransitionTime', type: 'Time' },
		{ n: 5, json: 'reason', type: 'string' },
		{ n: 6, json: 'message', type: 'string' }
	],
	'core.NodeDaemonEndpoints': [{ n: 1, json: 'kubeletEndpoint', type: 'core.DaemonEndpoint' }],
	'core.DaemonEndpoint': [
		{ n: 1, json: 'Port', type: 'int32' } // the JSON name really is capitalised
	],
	'core.NodeSystemInfo': [
		{ n: 1, json: 'machineID', type: 'string' },
		{ n: 2, json: 'systemUUID', type: 'string' },
		{ n: 3, json: 'bootID', type: 'string' },
		{ n: 4, json: 'kernelVersion', type: 'string' },
		{ n: 5, json: 'osImage', type: 'string' },
		{ n: 6, json: 'containerRuntimeVersion', type: 'string' },
		{ n: 7, json: 'kubeletVersion', type: 'string' },
		{ n: 8, json: 'kubeProxyVersion', type: 'string' },
		{ n: 9, json: 'operatingSystem', type: 'string' },
		{ n: 10, json: 'architecture', type: 'string' }
	],
	'core.ContainerImage': [
		{ n: 1, json: 'names', type: 'string', repeated: true },
		{ n: 2, json: 'sizeBytes', type: 'int64' }
	],
	'core.NodeFeatures': [{ n: 1, json: 'supplementalGroupsPolicy', type: 'bool', optional: true }],
	'core.NodeRuntimeHandler': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'features', type: 'core.NodeRuntimeHandlerFeatures', optional: true }
	],
	'core.NodeRuntimeHandlerFeatures': [
		{ n: 1, json: 'recursiveReadOnlyMounts', type: 'bool', optional: true },
		{ n: 2, json: 'userNamespaces', type: 'bool', optional: true }
	],
	'core.Pod': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'spec', type: 'core.PodSpec' },
		{ n: 3, json: 'status', type: 'core.PodStatus' }
	],
	'core.PodSpec': [
		{ n: 1, json: 'volumes', type: 'core.Volume', repeated: true },
		{ n: 2, json: 'containers', type: 'core.Container', repeated: true },
		{ n: 3, json: 'restartPolicy', type: 'string' }, // RestartPolicy
		{ n: 4, json: 'terminationGracePeriodSeconds', type: 'int64', optional: true },
		{ n: 5, json: 'activeDeadlineSeconds', type: 'int64', optional: true },
		{ n: 6, json: 'dnsPolicy', type: 'string' }, // DNSPolicy
		{ n: 7, json: 'nodeSelector', type: 'string', map: true },
		{ n: 8, json: 'serviceAccountName', type: 'string' },
		{ n: 9, json: 'serviceAccount', type: 'string' }, // DeprecatedServiceAccount
		{ n: 10, json: 'nodeName', type: 'string' },
		{ n: 11, json: 'hostNetwork', type: 'bool' },
		{ n: 12, json: 'hostPID', type: 'bool' },
		{ n: 13, json: 'hostIPC', type: 'bool' },
		{ n: 14, json: 'securityContext', type: 'core.PodSecurityContext', optional: true },
		{ n: 15, json: 'imagePullSecrets', type: 'core.LocalObjectReference', repeated: true },
		{ n: 16, json: 'hostname', type: 'string' },
		{ n: 17, json: 'subdomain', type: 'string' },
		{ n: 18, json: 'affinity', type: 'core.Affinity', optional: true },
		{ n: 19, json: 'schedulerName', type: 'string' },
		{ n: 20, json: 'initContainers', type: 'core.Container', repeated: true },
		{ n: 21, json: 'automountServiceAccountToken', type: 'bool', optional: true },
		{ n: 22, json: 'tolerations', type: 'core.Toleration', repeated: true },
		{ n: 23, json: 'hostAliases', type: 'core.HostAlias', repeated: true },
		{ n: 24, json: 'priorityClassName', type: 'string' },
		// tag says "bytes,25"; *int32 is varint
		{ n: 25, json: 'priority', type: 'int32', optional: true },
		{ n: 26, json: 'dnsConfig', type: 'core.PodDNSConfig', optional: true },
		{ n: 27, json: 'shareProcessNamespace', type: 'bool', optional: true },
		{ n: 28, json: 'readinessGates', type: 'core.PodReadinessGate', repeated: true },
		{ n: 29, json: 'runtimeClassName', type: 'string', optional: true },
		{ n: 30, json: 'enableServiceLinks', type: 'bool', optional: true },
		{ n: 31, json: 'preemptionPolicy', type: 'string', optional: true }, // *PreemptionPolicy
		{ n: 32, json: 'overhead', type: 'Quantity', map: true }, // ResourceList
		{
			n: 33,
			json: 'topologySpreadConstraints',
			type: 'core.TopologySpreadConstraint',
			repeated: true
		},
		{ n: 34, json: 'ephemeralContainers', type: 'core.EphemeralContainer', repeated: true },
		{ n: 35, json: 'setHostnameAsFQDN', type: 'bool', optional: true },
		{ n: 36, json: 'os', type: 'core.PodOS', optional: true },
		// tag says "bytes,37"; *bool is varint
		{ n: 37, json: 'hostUsers', type: 'bool', optional: true },
		{ n: 38, json: 'schedulingGates', type: 'core.PodSchedulingGate', repeated: true },
		{ n: 39, json: 'resourceClaims', type: 'core.PodResourceClaim', repeated: true },
		// PodLevelResources (beta in 1.34)
		{ n: 40, json: 'resources', type: 'core.ResourceRequirements', optional: true }
	],
	'core.Container': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'image', type: 'string' },
		{ n: 3, json: 'command', type: 'string', repeated: true },
		{ n: 4, json: 'args', type: 'string', repeated: true },
		{ n: 5, json: 'workingDir', type: 'string' },
		{ n: 6, json: 'ports', type: 'core.ContainerPort', repeated: true },
		{ n: 7, json: 'env', type: 'core.EnvVar', repeated: true },
		{ n: 8, json: 'resources', type: 'core.ResourceRequirements' },
		{ n: 9, json: 'volumeMounts', type: 'core.VolumeMount', repeated: true },
		{ n: 10, json: 'livenessProbe', type: 'core.Probe', optional: true },
		{ n: 11, json: 'readinessProbe', type: 'core.Probe', optional: true },
		{ n: 12, json: 'lifecycle', type: 'core.Lifecycle', optional: true },
		{ n: 13, json: 'terminationMessagePath', type: 'string' },
		{ n: 14, json: 'imagePullPolicy', type: 'string' }, // PullPolicy
		{ n: 15, json: 'securityContext', type: 'core.SecurityContext', optional: true },
		{ n: 16, json: 'stdin', type: 'bool' },
		{ n: 17, json: 'stdinOnce', type: 'bool' },
		{ n: 18, json: 'tty', type: 'bool' },
		{ n: 19, json: 'envFrom', type: 'core.EnvFromSource', repeated: true },
		{ n: 20, json: 'terminationMessagePolicy', type: 'string' }, // TerminationMessagePolicy
		{ n: 21, json: 'volumeDevices', type: 'core.VolumeDevice', repeated: true },
		{ n: 22, json: 'startupProbe', type: 'core.Probe', optional: true },
		{ n: 23, json: 'resizePolicy', type: 'core.ContainerResizePolicy', repeated: true },
		{ n: 24, json: 'restartPolicy', type: 'string', optional: true } // *ContainerRestartPolicy
	],
	'core.ContainerPort': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'hostPort', type: 'int32' },
		{ n: 3, json: 'containerPort', type: 'int32' },
		{ n: 4, json: 'protocol', type: 'string' }, // Protocol
		{ n: 5, json: 'hostIP', type: 'string' }
	],
	'core.EnvVar': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'value', type: 'string' },
		{ n: 3, json: 'valueFrom', type: 'core.EnvVarSource', optional: true }
	],
	'core.EnvVarSource': [
		{ n: 1, json: 'fieldRef', type: 'core.ObjectFieldSelector', optional: true },
		{ n: 2, json: 'resourceFieldRef', type: 'core.ResourceFieldSelector', optional: true },
		{ n: 3, json: 'configMapKeyRef', type: 'core.ConfigMapKeySelector', optional: true },
		{ n: 4, json: 'secretKeyRef', type: 'core.SecretKeySelector', optional: true }
	],
	'core.ObjectFieldSelector': [
		{ n: 1, json: 'apiVersion', type: 'string' },
		{ n: 2, json: 'fieldPath', type: 'string' }
	],
	'core.ResourceRequirements': [
		{ n: 1, json: 'limits', type: 'Quantity', map: true }, // ResourceList
		{ n: 2, json: 'requests', type: 'Quantity', map: true }, // ResourceList
		{ n: 3, json: 'claims', type: 'core.ResourceClaim', repeated: true }
	],
	'core.ResourceClaim': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'request', type: 'string' }
	],
	'core.SecurityContext': [
		{ n: 1, json: 'capabilities', type: 'core.Capabilities', optional: true },
		{ n: 2, json: 'privileged', type: 'bool', optional: true },
		{ n: 3, json: 'seLinuxOptions', type: 'core.SELinuxOptions', optional: true },
		{ n: 4, json: 'runAsUser', type: 'int64', optional: true },
		{ n: 5, json: 'runAsNonRoot', type: 'bool', optional: true },
		{ n: 6, json: 'readOnlyRootFilesystem', type: 'bool', optional: true },
		{ n: 7, json: 'allowPrivilegeEscalation', type: 'bool', optional: true },
		{ n: 8, json: 'runAsGroup', type: 'int64', optional: true },
		{ n: 9, json: 'procMount', type: 'string', optional: true }, // *ProcMountType
		{ n: 10, json: 'windowsOptions', type: 'core.WindowsSecurityContextOptions', optional: true },
		{ n: 11, json: 'seccompProfile', type: 'core.SeccompProfile', optional: true },
		{ n: 12, json: 'appArmorProfile', type: 'core.AppArmorProfile', optional: true }
	],
	'core.VolumeMount': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'readOnly', type: 'bool' },
		{ n: 3, json: 'mountPath', type: 'string' },
		{ n: 4, json: 'subPath', type: 'string' },
		{ n: 5, json: 'mountPropagation', type: 'string', optional: true }, // *MountPropagationMode
		{ n: 6, json: 'subPathExpr', type: 'string' },
		{ n: 7, json: 'recursiveReadOnly', type: 'string', optional: true } // *RecursiveReadOnlyMode
	],
	'core.Volume': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'VolumeSource', type: 'core.VolumeSource', inline: true }
	],
	'core.VolumeSource': [
		{ n: 1, json: 'hostPath', type: 'core.HostPathVolumeSource', optional: true },
		{ n: 2, json: 'emptyDir', type: 'core.EmptyDirVolumeSource', optional: true },
		{ n: 3, json: 'gcePersistentDisk', type: 'core.GCEPersistentDiskVolumeSource', optional: true },
		{
			n: 4,
			json: 'awsElasticBlockStore',
			type: 'core.AWSElasticBlockStoreVolumeSource',
			optional: true
		},
		{ n: 5, json: 'gitRepo', type: 'core.GitRepoVolumeSource', optional: true },
		{ n: 6, json: 'secret', type: 'core.SecretVolumeSource', optional: true },
		{ n: 7, json: 'nfs', type: 'core.NFSVolumeSource', optional: true },
		{ n: 8, json: 'iscsi', type: 'core.ISCSIVolumeSource', optional: true },
		{ n: 9, json: 'glusterfs', type: 'core.GlusterfsVolumeSource', optional: true },
		{
			n: 10,
			json: 'persistentVolumeClaim',
			type: 'core.PersistentVolumeClaimVolumeSource',
			optional: true
		},
		{ n: 11, json: 'rbd', type: 'core.RBDVolumeSource', optional: true },
		{ n: 12, json: 'flexVolume', type: 'core.FlexVolumeSource', optional: true },
		{ n: 13, json: 'cinder', type: 'core.CinderVolumeSource', optional: true },
		{ n: 14, json: 'cephfs', type: 'core.CephFSVolumeSource', optional: true },
		{ n: 15, json: 'flocker', type: 'core.FlockerVolumeSource', optional: true },
		{ n: 16, json: 'downwardAPI', type: 'core.DownwardAPIVolumeSource', optional: true },
		{ n: 17, json: 'fc', type: 'core.FCVolumeSource', optional: true },
		{ n: 18, json: 'azureFile', type: 'core.AzureFileVolumeSource', optional: true },
		{ n: 19, json: 'configMap', type: 'core.ConfigMapVolumeSource', optional: true },
		{ n: 20, json: 'vsphereVolume', type: 'core.VsphereVirtualDiskVolumeSource', optional: true },
		{ n: 21, json: 'quobyte', type: 'core.QuobyteVolumeSource', optional: true },
		{ n: 22, json: 'azureDisk', type: 'core.AzureDiskVolumeSource', optional: true },
		{
			n: 23,
			json: 'photonPersistentDisk',
			type: 'core.PhotonPersistentDiskVolumeSource',
			optional: true
		},
		{ n: 24, json: 'portworxVolume', type: 'core.PortworxVolumeSource', optional: true },
		{ n: 25, json: 'scaleIO', type: 'core.ScaleIOVolumeSource', optional: true },
		{ n: 26, json: 'projected', type: 'core.ProjectedVolumeSource', optional: true },
		{ n: 27, json: 'storageos', type: 'core.StorageOSVolumeSource', optional: true },
		{ n: 28, json: 'csi', type: 'core.CSIVolumeSource', optional: true },
		{ n: 29, json: 'ephemeral', type: 'core.EphemeralVolumeSource', optional: true },
		{ n: 30, json: 'image', type: 'core.ImageVolumeSource', optional: true }
	],
	'core.ConfigMapVolumeSource': [
		{ n: 1, json: 'LocalObjectReference', type: 'core.LocalObjectReference', inline: true },
		{ n: 2, json: 'items', type: 'core.KeyToPath', repeated: true },
		{ n: 3, json: 'defaultMode', type: 'int32', optional: true },
		{ n: 4, json: 'optional', type: 'bool', optional: true }
	],
	'core.KeyToPath': [
		{ n: 1, json: 'key', type: 'string' },
		{ n: 2, json: 'path', type: 'string' },
		{ n: 3, json: 'mode', type: 'int32', optional: true }
	],
	'core.HostPathVolumeSource': [
		{ n: 1, json: 'path', type: 'string' },
		{ n: 2, json: 'type', type: 'string', optional: true } // *HostPathType
	],
	'core.ProjectedVolumeSource': [
		{ n: 1, json: 'sources', type: 'core.VolumeProjection', repeated: true },
		{ n: 2, json: 'defaultMode', type: 'int32', optional: true }
	],
	'core.VolumeProjection': [
		{ n: 1, json: 'secret', type: 'core.SecretProjection', optional: true },
		{ n: 2, json: 'downwardAPI', type: 'core.DownwardAPIProjection', optional: true },
		{ n: 3, json: 'configMap', type: 'core.ConfigMapProjection', optional: true },
		{
			n: 4,
			json: 'serviceAccountToken',
			type: 'core.ServiceAccountTokenProjection',
			optional: true
		},
		{ n: 5, json: 'clusterTrustBundle', type: 'core.ClusterTrustBundleProjection', optional: true }
	],
	'core.ConfigMapProjection': [
		{ n: 1, json: 'LocalObjectReference', type: 'core.LocalObjectReference', inline: true },
		{ n: 2, json: 'items', type: 'core.KeyToPath', repeated: true },
		{ n: 4, json: 'optional', type: 'bool', optional: true }
	],
	'core.DownwardAPIProjection': [
		{ n: 1, json: 'items', type: 'core.DownwardAPIVolumeFile', repeated: true }
	],
	'core.DownwardAPIVolumeFile': [
		{ n: 1, json: 'path', type: 'string' },
		{ n: 2, json: 'fieldRef', type: 'core.ObjectFieldSelector', optional: true },
		{ n: 3, json: 'resourceFieldRef', type: 'core.ResourceFieldSelector', optional: true },
		{ n: 4, json: 'mode', type: 'int32', optional: true }
	],
	'core.ServiceAccountTokenProjection': [
		// tag says "bytes,1,rep" but the Go type is a plain string
		{ n: 1, json: 'audience', type: 'string' },
		{ n: 2, json: 'expirationSeconds', type: 'int64', optional: true },
		{ n: 3, json: 'path', type: 'string' }
	],
	'core.Affinity': [
		{ n: 1, json: 'nodeAffinity', type: 'core.NodeAffinity', optional: true },
		{ n: 2, json: 'podAffinity', type: 'core.PodAffinity', optional: true },
		{ n: 3, json: 'podAntiAffinity', type: 'core.PodAntiAffinity', optional: true }
	],
	'core.NodeAffinity': [
		{
			n: 1,
			json: 'requiredDuringSchedulingIgnoredDuringExecution',
			type: 'core.NodeSelector',
			optional: true
		},
		{
			n: 2,
			json: 'preferredDuringSchedulingIgnoredDuringExecution',
			type: 'core.PreferredSchedulingTerm',
			repeated: true
		}
	],
	'core.NodeSelector': [
		{ n: 1, json: 'nodeSelectorTerms', type: 'core.NodeSelectorTerm', repeated: true }
	],
	'core.NodeSelectorTerm': [
		{ n: 1, json: 'matchExpressions', type: 'core.NodeSelectorRequirement', repeated: true },
		{ n: 2, json: 'matchFields', type: 'core.NodeSelectorRequirement', repeated: true }
	],
	'core.NodeSelectorRequirement': [
		{ n: 1, json: 'key', type: 'string' },
		{ n: 2, json: 'operator', type: 'string' }, // NodeSelectorOperator
		{ n: 3, json: 'values', type: 'string', repeated: true }
	],
	'core.PreferredSchedulingTerm': [
		{ n: 1, json: 'weight', type: 'int32' },
		{ n: 2, json: 'preference', type: 'core.NodeSelectorTerm' }
	],
	'core.Toleration': [
		{ n: 1, json: 'key', type: 'string' },
		{ n: 2, json: 'operator', type: 'string' }, // TolerationOperator
		{ n: 3, json: 'value', type: 'string' },
		{ n: 4, json: 'effect', type: 'string' }, // TaintEffect
		{ n: 5, json: 'tolerationSeconds', type: 'int64', optional: true }
	],
	'core.PodStatus': [
		{ n: 1, json: 'phase', type: 'string' }, // PodPhase
		{ n: 2, json: 'conditions', type: 'core.PodCondition', repeated: true },
		{ n: 3, json: 'message', type: 'string' },
		{ n: 4, json: 'reason', type: 'string' },
		{ n: 5, json: 'hostIP', type: 'string' },
		{ n: 6, json: 'podIP', type: 'string' },
		{ n: 7, json: 'startTime', type: 'Time', optional: true },
		{ n: 8, json: 'containerStatuses', type: 'core.ContainerStatus', repeated: true },
		// PodQOSClass; tag says "bytes,9,rep" but the Go type is a plain string
		{ n: 9, json: 'qosClass', type: 'string' },
		{ n: 10, json: 'initContainerStatuses', type: 'core.ContainerStatus', repeated: true },
		{ n: 11, json: 'nominatedNodeName', type: 'string' },
		{ n: 12, json: 'podIPs', type: 'core.PodIP', repeated: true },
		{ n: 13, json: 'ephemeralContainerStatuses', type: 'core.ContainerStatus', repeated: true },
		// PodResizeStatus (non-pointer: always written, usually empty)
		{ n: 14, json: 'resize', type: 'string' },
		{ n: 15, json: 'resourceClaimStatuses', type: 'core.PodResourceClaimStatus', repeated: true },
		{ n: 16, json: 'hostIPs', type: 'core.HostIP', repeated: true },
		// the generation the kubelet last wrote the status from (PodObservedGenerationTracking)
		{ n: 17, json: 'observedGeneration', type: 'int64' }
	],
	'core.PodCondition': [
		{ n: 1, json: 'type', type: 'string' }, // PodConditionType
		{ n: 2, json: 'status', type: 'string' }, // ConditionStatus
		{ n: 3, json: 'lastProbeTime', type: 'Time' },
		{ n: 4, json: 'lastTransitionTime', type: 'Time' },
		{ n: 5, json: 'reason', type: 'string' },
		{ n: 6, json: 'message', type: 'string' },
		{ n: 7, json: 'observedGeneration', type: 'int64' }
	],
	'core.ContainerStatus': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'state', type: 'core.ContainerState' },
		{ n: 3, json: 'lastState', type: 'core.ContainerState' }, // Go field LastTerminationState
		{ n: 4, json: 'ready', type: 'bool' },
		{ n: 5, json: 'restartCount', type: 'int32' },
		{ n: 6, json: 'image', type: 'string' },
		{ n: 7, json: 'imageID', type: 'string' },
		{ n: 8, json: 'containerID', type: 'string' },
		{ n: 9, json: 'started', type: 'bool', optional: true },
		{ n: 10, json: 'allocatedResources', type: 'Quantity', map: true }, // ResourceList
		{ n: 11, json: 'resources', type: 'core.ResourceRequirements', optional: true },
		{ n: 12, json: 'volumeMounts', type: 'core.VolumeMountStatus', repeated: true },
		{ n: 13, json: 'user', type: 'core.ContainerUser', optional: true },
		{ n: 14, json: 'allocatedResourcesStatus', type: 'core.ResourceStatus', repeated: true }
	],
	'core.ContainerState': [
		{ n: 1, json: 'waiting', type: 'core.ContainerStateWaiting', optional: true },
		{ n: 2, json: 'running', type: 'core.ContainerStateRunning', optional: true },
		{ n: 3, json: 'terminated', type: 'core.ContainerStateTerminated', optional: true }
	],
	'core.ContainerStateRunning': [{ n: 1, json: 'startedAt', type: 'Time' }],
	'core.ContainerStateWaiting': [
		{ n: 1, json: 'reason', type: 'string' },
		{ n: 2, json: 'message', type: 'string' }
	],
	'core.ContainerStateTerminated': [
		{ n: 1, json: 'exitCode', type: 'int32' },
		{ n: 2, json: 'signal', type: 'int32' },
		{ n: 3, json: 'reason', type: 'string' },
		{ n: 4, json: 'message', type: 'string' },
		{ n: 5, json: 'startedAt', type: 'Time' },
		{ n: 6, json: 'finishedAt', type: 'Time' },
		{ n: 7, json: 'containerID', type: 'string' }
	],
	'core.VolumeMountStatus': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'mountPath', type: 'string' },
		{ n: 3, json: 'readOnly', type: 'bool' },
		{ n: 4, json: 'recursiveReadOnly', type: 'string', optional: true } // *RecursiveReadOnlyMode
	],
	'core.HostIP': [{ n: 1, json: 'ip', type: 'string' }],
	'core.PodIP': [{ n: 1, json: 'ip', type: 'string' }],
	'core.PodTemplateSpec': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'spec', type: 'core.PodSpec' }
	],
	'core.Event': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'involvedObject', type: 'core.ObjectReference' },
		{ n: 3, json: 'reason', type: 'string' },
		{ n: 4, json: 'message', type: 'string' },
		{ n: 5, json: 'source', type: 'core.EventSource' },
		{ n: 6, json: 'firstTimestamp', type: 'Time' },
		{ n: 7, json: 'lastTimestamp', type: 'Time' },
		{ n: 8, json: 'count', type: 'int32' },
		{ n: 9, json: 'type', type: 'string' },
		{ n: 10, json: 'eventTime', type: 'MicroTime' },
		{ n: 11, json: 'series', type: 'core.EventSeries', optional: true },
		{ n: 12, json: 'action', type: 'string' },
		{ n: 13, json: 'related', type: 'core.ObjectReference', optional: true },
		{ n: 14, json: 'reportingComponent', type: 'string' }, // Go field ReportingController
		{ n: 15, json: 'reportingInstance', type: 'string' }
	],
	'core.EventSource': [
		{ n: 1, json: 'component', type: 'string' },
		{ n: 2, json: 'host', type: 'string' }
	],
	'core.EventSeries': [
		{ n: 1, json: 'count', type: 'int32' },
		{ n: 2, json: 'lastObservedTime', type: 'MicroTime' }
	],

	// core: extra messages reachable only through pointer/slice fields (same sources); the
	// ones kube-apiserver defaults or kubeadm-style workloads commonly carry
	'core.PodSecurityContext': [
		{ n: 1, json: 'seLinuxOptions', type: 'core.SELinuxOptions', optional: true },
		{ n: 2, json: 'runAsUser', type: 'int64', optional: true },
		{ n: 3, json: 'runAsNonRoot', type: 'bool', optional: true },
		{ n: 4, json: 'supplementalGroups', type: 'int64', repeated: true },
		{ n: 5, json: 'fsGroup', type: 'int64', optional: true },
		{ n: 6, json: 'runAsGroup', type: 'int64', optional: true },
		{ n: 7, json: 'sysctls', type: 'core.Sysctl', repeated: true },
		{ n: 8, json: 'windowsOptions', type: 'core.WindowsSecurityContextOptions', optional: true },
		// *PodFSGroupChangePolicy
		{ n: 9, json: 'fsGroupChangePolicy', type: 'string', optional: true },
		{ n: 10, json: 'seccompProfile', type: 'core.SeccompProfile', optional: true },
		{ n: 11, json: 'appArmorProfile', type: 'core.AppArmorProfile', optional: true },
		// *SupplementalGroupsPolicy
		{ n: 12, json: 'supplementalGroupsPolicy', type: 'string', optional: true },
		// *PodSELinuxChangePolicy
		{ n: 13, json: 'seLinuxChangePolicy', type: 'string', optional: true }
	],
	'core.SELinuxOptions': [
		{ n: 1, json: 'user', type: 'string' },
		{ n: 2, json: 'role', type: 'string' },
		{ n: 3, json: 'type', type: 'string' },
		{ n: 4, json: 'level', type: 'string' }
	],
	'core.SeccompProfile': [
		{ n: 1, json: 'type', type: 'string' }, // SeccompProfileType
		{ n: 2, json: 'localhostProfile', type: 'string', optional: true }
	],
	'core.AppArmorProfile': [
		{ n: 1, json: 'type', type: 'string' }, // AppArmorProfileType
		{ n: 2, json: 'localhostProfile', type: 'string', optional: true }
	],
	'core.Sysctl': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'value', type: 'string' }
	],
	'core.Capabilities': [
		{ n: 1, json: 'add', type: 'string', repeated: true }, // []Capability
		{ n: 2, json: 'drop', type: 'string', repeated: true } // []Capability
	],
	'core.Probe': [
		// protobuf name=handler
		{ n: 1, json: 'ProbeHandler', type: 'core.ProbeHandler', inline: true },
		{ n: 2, json: 'initialDelaySeconds', type: 'int32' },
		{ n: 3, json: 'timeoutSeconds', type: 'int32' },
		{ n: 4, json: 'periodSeconds', type: 'int32' },
		{ n: 5, json: 'successThreshold', type: 'int32' },
		{ n: 6, json: 'failureThreshold', type: 'int32' },
		{ n: 7, json: 'terminationGracePeriodSeconds', type: 'int64', optional: true }
	],
	'core.ProbeHandler': [
		{ n: 1, json: 'exec', type: 'core.ExecAction', optional: true },
		{ n: 2, json: 'httpGet', type: 'core.HTTPGetAction', optional: true },
		{ n: 3, json: 'tcpSocket', type: 'core.TCPSocketAction', optional: true },
		{ n: 4, json: 'grpc', type: 'core.GRPCAction', optional: true }
	],
	'core.ExecAction': [{ n: 1, json: 'command', type: 'string', repeated: true }],
	'core.HTTPGetAction': [
		{ n: 1, json: 'path', type: 'string' },
		{ n: 2, json: 'port', type: 'IntOrString' },
		{ n: 3, json: 'host', type: 'string' },
		{ n: 4, json: 'scheme', type: 'string' }, // URIScheme
		{ n: 5, json: 'httpHeaders', type: 'core.HTTPHeader', repeated: true }
	],
	'core.HTTPHeader': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'value', type: 'string' }
	],
	'core.TCPSocketAction': [
		{ n: 1, json: 'port', type: 'IntOrString' },
		{ n: 2, json: 'host', type: 'string' }
	],
	'core.GRPCAction': [
		{ n: 1, json: 'port', type: 'int32' }, // tag says "bytes,1"; int32 is varint
		{ n: 2, json: 'service', type: 'string', optional: true }
	],
	'core.Lifecycle': [
		{ n: 1, json: 'postStart', type: 'core.LifecycleHandler', optional: true },
		{ n: 2, json: 'preStop', type: 'core.LifecycleHandler', optional: true }
	],
	'core.LifecycleHandler': [
		{ n: 1, json: 'exec', type: 'core.ExecAction', optional: true },
		{ n: 2, json: 'httpGet', type: 'core.HTTPGetAction', optional: true },
		{ n: 3, json: 'tcpSocket', type: 'core.TCPSocketAction', optional: true },
		{ n: 4, json: 'sleep', type: 'core.SleepAction', optional: true }
	],
	'core.SleepAction': [
		{ n: 1, json: 'seconds', type: 'int64' } // tag says "bytes,1"; int64 is varint
	],
	'core.ContainerResizePolicy': [
		{ n: 1, json: 'resourceName', type: 'string' }, // ResourceName
		{ n: 2, json: 'restartPolicy', type: 'string' } // ResourceResizeRestartPolicy
	],
	'core.VolumeDevice': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'devicePath', type: 'string' }
	],
	'core.EnvFromSource': [
		{ n: 1, json: 'prefix', type: 'string' },
		{ n: 2, json: 'configMapRef', type: 'core.ConfigMapEnvSource', optional: true },
		{ n: 3, json: 'secretRef', type: 'core.SecretEnvSource', optional: true }
	],
	'core.ConfigMapEnvSource': [
		{ n: 1, json: 'LocalObjectReference', type: 'core.LocalObjectReference', inline: true },
		{ n: 2, json: 'optional', type: 'bool', optional: true }
	],
	'core.SecretEnvSource': [
		{ n: 1, json: 'LocalObjectReference', type: 'core.LocalObjectReference', inline: true },
		{ n: 2, json: 'optional', type: 'bool', optional: true }
	],
	'core.ResourceFieldSelector': [
		{ n: 1, json: 'containerName', type: 'string' },
		{ n: 2, json: 'resource', type: 'string' },
		{ n: 3, json: 'divisor', type: 'Quantity' }
	],
	'core.ConfigMapKeySelector': [
		{ n: 1, json: 'LocalObjectReference', type: 'core.LocalObjectReference', inline: true },
		{ n: 2, json: 'key', type: 'string' },
		{ n: 3, json: 'optional', type: 'bool', optional: true }
	],
	'core.SecretKeySelector': [
		{ n: 1, json: 'LocalObjectReference', type: 'core.LocalObjectReference', inline: true },
		{ n: 2, json: 'key', type: 'string' },
		{ n: 3, json: 'optional', type: 'bool', optional: true }
	],
	'core.EmptyDirVolumeSource': [
		{ n: 1, json: 'medium', type: 'string' }, // StorageMedium
		{ n: 2, json: 'sizeLimit', type: 'Quantity', optional: true }
	],
	'core.SecretVolumeSource': [
		{ n: 1, json: 'secretName', type: 'string' },
		{ n: 2, json: 'items', type: 'core.KeyToPath', repeated: true },
		// tag says "bytes,3"; *int32 is varint
		{ n: 3, json: 'defaultMode', type: 'int32', optional: true },
		{ n: 4, json: 'optional', type: 'bool', optional: true }
	],
	'core.PodAffinity': [
		{
			n: 1,
			json: 'requiredDuringSchedulingIgnoredDuringExecution',
			type: 'core.PodAffinityTerm',
			repeated: true
		},
		{
			n: 2,
			json: 'preferredDuringSchedulingIgnoredDuringExecution',
			type: 'core.WeightedPodAffinityTerm',
			repeated: true
		}
	],
	'core.PodAntiAffinity': [
		{
			n: 1,
			json: 'requiredDuringSchedulingIgnoredDuringExecution',
			type: 'core.PodAffinityTerm',
			repeated: true
		},
		{
			n: 2,
			json: 'preferredDuringSchedulingIgnoredDuringExecution',
			type: 'core.WeightedPodAffinityTerm',
			repeated: true
		}
	],
	'core.WeightedPodAffinityTerm': [
		{ n: 1, json: 'weight', type: 'int32' },
		{ n: 2, json: 'podAffinityTerm', type: 'core.PodAffinityTerm' }
	],
	'core.PodAffinityTerm': [
		{ n: 1, json: 'labelSelector', type: 'meta.LabelSelector', optional: true },
		{ n: 2, json: 'namespaces', type: 'string', repeated: true },
		{ n: 3, json: 'topologyKey', type: 'string' },
		{ n: 4, json: 'namespaceSelector', type: 'meta.LabelSelector', optional: true },
		{ n: 5, json: 'matchLabelKeys', type: 'string', repeated: true },
		{ n: 6, json: 'mismatchLabelKeys', type: 'string', repeated: true }
	],
	'core.TopologySpreadConstraint': [
		{ n: 1, json: 'maxSkew', type: 'int32' },
		{ n: 2, json: 'topologyKey', type: 'string' },
		{ n: 3, json: 'whenUnsatisfiable', type: 'string' }, // UnsatisfiableConstraintAction
		{ n: 4, json: 'labelSelector', type: 'meta.LabelSelector', optional: true },
		{ n: 5, json: 'minDomains', type: 'int32', optional: true },
		{ n: 6, json: 'nodeAffinityPolicy', type: 'string', optional: true }, // *NodeInclusionPolicy
		{ n: 7, json: 'nodeTaintsPolicy', type: 'string', optional: true }, // *NodeInclusionPolicy
		{ n: 8, json: 'matchLabelKeys', type: 'string', repeated: true }
	],
	'core.PodDNSConfig': [
		{ n: 1, json: 'nameservers', type: 'string', repeated: true },
		{ n: 2, json: 'searches', type: 'string', repeated: true },
		{ n: 3, json: 'options', type: 'core.PodDNSConfigOption', repeated: true }
	],
	'core.PodDNSConfigOption': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'value', type: 'string', optional: true }
	],
	'core.HostAlias': [
		{ n: 1, json: 'ip', type: 'string' },
		{ n: 2, json: 'hostnames', type: 'string', repeated: true }
	],
	'core.PodReadinessGate': [
		{ n: 1, json: 'conditionType', type: 'string' } // PodConditionType
	],
	'core.PodOS': [
		{ n: 1, json: 'name', type: 'string' } // OSName
	],
	'core.PodSchedulingGate': [{ n: 1, json: 'name', type: 'string' }],
	'core.PodResourceClaim': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 3, json: 'resourceClaimName', type: 'string', optional: true },
		{ n: 4, json: 'resourceClaimTemplateName', type: 'string', optional: true }
	],
	'core.PodResourceClaimStatus': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'resourceClaimName', type: 'string', optional: true }
	],
	'core.ContainerUser': [{ n: 1, json: 'linux', type: 'core.LinuxContainerUser', optional: true }],
	'core.LinuxContainerUser': [
		{ n: 1, json: 'uid', type: 'int64' },
		{ n: 2, json: 'gid', type: 'int64' },
		{ n: 3, json: 'supplementalGroups', type: 'int64', repeated: true }
	],
	'core.ResourceStatus': [
		{ n: 1, json: 'name', type: 'string' }, // ResourceName
		{ n: 2, json: 'resources', type: 'core.ResourceHealth', repeated: true }
	],
	'core.ResourceHealth': [
		{ n: 1, json: 'resourceID', type: 'string' }, // ResourceID
		{ n: 2, json: 'health', type: 'string' } // ResourceHealthStatus
	],
	'core.LoadBalancerIngress': [
		{ n: 1, json: 'ip', type: 'string' },
		{ n: 2, json: 'hostname', type: 'string' },
		{ n: 3, json: 'ipMode', type: 'string', optional: true }, // *LoadBalancerIPMode
		{ n: 4, json: 'ports', type: 'core.PortStatus', repeated: true }
	],
	'core.PortStatus': [
		{ n: 1, json: 'port', type: 'int32' },
		{ n: 2, json: 'protocol', type: 'string' }, // Protocol
		{ n: 3, json: 'error', type: 'string', optional: true }
	],
	'core.SessionAffinityConfig': [
		{ n: 1, json: 'clientIP', type: 'core.ClientIPConfig', optional: true }
	],
	'core.ClientIPConfig': [{ n: 1, json: 'timeoutSeconds', type: 'int32', optional: true }],
	'core.DownwardAPIVolumeSource': [
		{ n: 1, json: 'items', type: 'core.DownwardAPIVolumeFile', repeated: true },
		{ n: 2, json: 'defaultMode', type: 'int32', optional: true }
	],
	'core.SecretProjection': [
		{ n: 1, json: 'LocalObjectReference', type: 'core.LocalObjectReference', inline: true },
		{ n: 2, json: 'items', type: 'core.KeyToPath', repeated: true },
		{ n: 4, json: 'optional', type: 'bool', optional: true }
	],
	'core.PersistentVolumeClaimVolumeSource': [
		{ n: 1, json: 'claimName', type: 'string' },
		{ n: 2, json: 'readOnly', type: 'bool' }
	],
	'core.NFSVolumeSource': [
		{ n: 1, json: 'server', type: 'string' },
		{ n: 2, json: 'path', type: 'string' },
		{ n: 3, json: 'readOnly', type: 'bool' }
	],
	'core.ImageVolumeSource': [
		{ n: 1, json: 'reference', type: 'string' },
		{ n: 2, json: 'pullPolicy', type: 'string' } // PullPolicy
	],
	'core.WindowsSecurityContextOptions': [
		{ n: 1, json: 'gmsaCredentialSpecName', type: 'string', optional: true },
		{ n: 2, json: 'gmsaCredentialSpec', type: 'string', optional: true },
		{ n: 3, json: 'runAsUserName', type: 'string', optional: true },
		// tag says "bytes,4"; *bool is varint
		{ n: 4, json: 'hostProcess', type: 'bool', optional: true }
	],
	'core.AttachedVolume': [
		// UniqueVolumeName; tag says "rep" but the Go type is a plain string
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'devicePath', type: 'string' } // tag says "rep" but the Go type is a plain string
	],

	// meta (k8s.io/apimachinery/pkg/apis/meta/v1)
	'meta.ObjectMeta': [
		{ n: 1, json: 'name', type: 'string' },
		{ n: 2, json: 'generateName', type: 'string' },
		{ n: 3, json: 'namespace', type: 'string' },
		{ n: 4, json: 'selfLink', type: 'string' },
		{ n: 5, json: 'uid', type: 'string' }, // types.UID
		{ n: 6, json: 'resourceVersion', type: 'string' },
		{ n: 7, json: 'generation', type: 'int64' },
		// non-pointer: always written, length 0 when zero
		{ n: 8, json: 'creationTimestamp', type: 'Time' },
		{ n: 9, json: 'deletionTimestamp', type: 'Time', optional: true },
		{ n: 10, json: 'deletionGracePeriodSeconds', type: 'int64', optional: true },
		{ n: 11, json: 'labels', type: 'string', map: true },
		{ n: 12, json: 'annotations', type: 'string', map: true },
		{ n: 13, json: 'ownerReferences', type: 'meta.OwnerReference', repeated: true },
		{ n: 14, json: 'finalizers', type: 'string', repeated: true },
		// 15 (clusterName) is tombstoned since 1.25
		{ n: 17, json: 'managedFields', type: 'meta.ManagedFieldsEntry', repeated: true }
	],
	'meta.OwnerReference': [
		{ n: 1, json: 'kind', type: 'string' },
		{ n: 3, json: 'name', type: 'string' },
		{ n: 4, json: 'uid', type: 'string' }, // types.UID
		{ n: 5, json: 'apiVersion', type: 'string' },
		{ n: 6, json: 'controller', type: 'bool', optional: true },
		{ n: 7, json: 'blockOwnerDeletion', type: 'bool', optional: true }
	],
	'meta.ManagedFieldsEntry': [
		{ n: 1, json: 'manager', type: 'string' },
		{ n: 2, json: 'operation', type: 'string' }, // ManagedFieldsOperationType
		{ n: 3, json: 'apiVersion', type: 'string' },
		{ n: 4, json: 'time', type: 'Time', optional: true },
		{ n: 6, json: 'fieldsType', type: 'string' }, // 5 (fields) is tombstoned
		{ n: 7, json: 'fieldsV1', type: 'meta.FieldsV1', optional: true },
		{ n: 8, json: 'subresource', type: 'string' }
	],
	'meta.FieldsV1': [
		// json:"-": FieldsV1 serialises to JSON as the raw object itself
		{ n: 1, json: 'Raw', type: 'bytes', optional: true }
	],
	'meta.LabelSelector': [
		{ n: 1, json: 'matchLabels', type: 'string', map: true },
		{ n: 2, json: 'matchExpressions', type: 'meta.LabelSelectorRequirement', repeated: true }
	],
	'meta.LabelSelectorRequirement': [
		{ n: 1, json: 'key', type: 'string' },
		{ n: 2, json: 'operator', type: 'string' }, // LabelSelectorOperator
		{ n: 3, json: 'values', type: 'string', repeated: true }
	],
	'meta.Condition': [
		{ n: 1, json: 'type', type: 'string' },
		{ n: 2, json: 'status', type: 'string' }, // ConditionStatus
		{ n: 3, json: 'observedGeneration', type: 'int64' },
		{ n: 4, json: 'lastTransitionTime', type: 'Time' },
		{ n: 5, json: 'reason', type: 'string' },
		{ n: 6, json: 'message', type: 'string' }
	],
	'meta.Timestamp': [
		{ n: 1, json: 'seconds', type: 'int64' }, // always written, even 0
		// always written, even 0 (Time leaves it 0; MicroTime sets it)
		{ n: 2, json: 'nanos', type: 'int32' }
	],

	// runtime (apimachinery/pkg/runtime/types.go): the envelope after the k8s\x00 prefix
	'runtime.Unknown': [
		{ n: 1, json: 'TypeMeta', type: 'runtime.TypeMeta', inline: true }, // protobuf name=typeMeta
		// no json tag; written when non-nil (`if m.Raw != nil`), always set for stored objects
		{ n: 2, json: 'Raw', type: 'bytes', optional: true },
		// no json tag; always written (empty for etcd)
		{ n: 3, json: 'ContentEncoding', type: 'string' },
		{ n: 4, json: 'ContentType', type: 'string' } // no json tag; always written (empty for etcd)
	],
	'runtime.TypeMeta': [
		{ n: 1, json: 'apiVersion', type: 'string' },
		{ n: 2, json: 'kind', type: 'string' }
	],

	// intstr (apimachinery/pkg/util/intstr); custom JSON, so json = the protobuf names
	'intstr.IntOrString': [
		{ n: 1, json: 'type', type: 'int64' }, // intstr.Type (int64): 0 = Int, 1 = String
		{ n: 2, json: 'intVal', type: 'int32' },
		{ n: 3, json: 'strVal', type: 'string' }
	],

	// discovery.k8s.io/v1
	'discovery.EndpointSlice': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'endpoints', type: 'discovery.Endpoint', repeated: true },
		{ n: 3, json: 'ports', type: 'discovery.EndpointPort', repeated: true },
		// AddressType; tag says "bytes,4,rep" but the Go type is a plain string
		{ n: 4, json: 'addressType', type: 'string' }
	],
	'discovery.Endpoint': [
		{ n: 1, json: 'addresses', type: 'string', repeated: true },
		{ n: 2, json: 'conditions', type: 'discovery.EndpointConditions' },
		{ n: 3, json: 'hostname', type: 'string', optional: true },
		{ n: 4, json: 'targetRef', type: 'core.ObjectReference', optional: true },
		{ n: 5, json: 'deprecatedTopology', type: 'string', map: true },
		{ n: 6, json: 'nodeName', type: 'string', optional: true },
		{ n: 7, json: 'zone', type: 'string', optional: true },
		{ n: 8, json: 'hints', type: 'discovery.EndpointHints', optional: true }
	],
	'discovery.EndpointConditions': [
		{ n: 1, json: 'ready', type: 'bool', optional: true }, // tag says "bytes,1"; *bool is varint
		{ n: 2, json: 'serving', type: 'bool', optional: true },
		{ n: 3, json: 'terminating', type: 'bool', optional: true }
	],
	'discovery.EndpointHints': [
		{ n: 1, json: 'forZones', type: 'discovery.ForZone', repeated: true }
	],
	'discovery.ForZone': [{ n: 1, json: 'name', type: 'string' }],
	'discovery.EndpointPort': [
		{ n: 1, json: 'name', type: 'string', optional: true },
		{ n: 2, json: 'protocol', type: 'string', optional: true }, // *v1.Protocol
		{ n: 3, json: 'port', type: 'int32', optional: true }, // tag says "bytes,3"; *int32 is varint
		{ n: 4, json: 'appProtocol', type: 'string', optional: true }
	],

	// coordination.k8s.io/v1
	'coordination.Lease': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'spec', type: 'coordination.LeaseSpec' }
	],
	'coordination.LeaseSpec': [
		{ n: 1, json: 'holderIdentity', type: 'string', optional: true },
		{ n: 2, json: 'leaseDurationSeconds', type: 'int32', optional: true },
		{ n: 3, json: 'acquireTime', type: 'MicroTime', optional: true },
		{ n: 4, json: 'renewTime', type: 'MicroTime', optional: true },
		{ n: 5, json: 'leaseTransitions', type: 'int32', optional: true },
		// *CoordinatedLeaseStrategy (CoordinatedLeaderElection, alpha)
		{ n: 6, json: 'strategy', type: 'string', optional: true },
		{ n: 7, json: 'preferredHolder', type: 'string', optional: true }
	],

	// apps/v1
	'apps.Deployment': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'spec', type: 'apps.DeploymentSpec' },
		{ n: 3, json: 'status', type: 'apps.DeploymentStatus' }
	],
	'apps.DeploymentSpec': [
		{ n: 1, json: 'replicas', type: 'int32', optional: true },
		{ n: 2, json: 'selector', type: 'meta.LabelSelector', optional: true },
		{ n: 3, json: 'template', type: 'core.PodTemplateSpec' },
		{ n: 4, json: 'strategy', type: 'apps.DeploymentStrategy' },
		{ n: 5, json: 'minReadySeconds', type: 'int32' },
		{ n: 6, json: 'revisionHistoryLimit', type: 'int32', optional: true },
		{ n: 7, json: 'paused', type: 'bool' },
		// 8 (rollbackTo) is gone from apps/v1
		{ n: 9, json: 'progressDeadlineSeconds', type: 'int32', optional: true }
	],
	'apps.DeploymentStrategy': [
		{ n: 1, json: 'type', type: 'string' }, // DeploymentStrategyType
		{ n: 2, json: 'rollingUpdate', type: 'apps.RollingUpdateDeployment', optional: true }
	],
	'apps.RollingUpdateDeployment': [
		{ n: 1, json: 'maxUnavailable', type: 'IntOrString', optional: true },
		{ n: 2, json: 'maxSurge', type: 'IntOrString', optional: true }
	],
	'apps.DeploymentStatus': [
		{ n: 1, json: 'observedGeneration', type: 'int64' },
		{ n: 2, json: 'replicas', type: 'int32' },
		{ n: 3, json: 'updatedReplicas', type: 'int32' },
		{ n: 4, json: 'availableReplicas', type: 'int32' },
		{ n: 5, json: 'unavailableReplicas', type: 'int32' },
		{ n: 6, json: 'conditions', type: 'apps.DeploymentCondition', repeated: true },
		{ n: 7, json: 'readyReplicas', type: 'int32' },
		{ n: 8, json: 'collisionCount', type: 'int32', optional: true }
	],
	'apps.DeploymentCondition': [
		{ n: 1, json: 'type', type: 'string' }, // DeploymentConditionType
		{ n: 2, json: 'status', type: 'string' }, // ConditionStatus
		{ n: 4, json: 'reason', type: 'string' },
		{ n: 5, json: 'message', type: 'string' },
		{ n: 6, json: 'lastUpdateTime', type: 'Time' },
		{ n: 7, json: 'lastTransitionTime', type: 'Time' }
	],
	'apps.ReplicaSet': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'spec', type: 'apps.ReplicaSetSpec' },
		{ n: 3, json: 'status', type: 'apps.ReplicaSetStatus' }
	],
	'apps.ReplicaSetSpec': [
		{ n: 1, json: 'replicas', type: 'int32', optional: true },
		{ n: 2, json: 'selector', type: 'meta.LabelSelector', optional: true },
		{ n: 3, json: 'template', type: 'core.PodTemplateSpec' },
		{ n: 4, json: 'minReadySeconds', type: 'int32' }
	],
	'apps.ReplicaSetStatus': [
		{ n: 1, json: 'replicas', type: 'int32' },
		{ n: 2, json: 'fullyLabeledReplicas', type: 'int32' },
		{ n: 3, json: 'observedGeneration', type: 'int64' },
		{ n: 4, json: 'readyReplicas', type: 'int32' },
		{ n: 5, json: 'availableReplicas', type: 'int32' },
		{ n: 6, json: 'conditions', type: 'apps.ReplicaSetCondition', repeated: true }
	],
	'apps.ReplicaSetCondition': [
		{ n: 1, json: 'type', type: 'string' }, // ReplicaSetConditionType
		{ n: 2, json: 'status', type: 'string' }, // ConditionStatus
		{ n: 3, json: 'lastTransitionTime', type: 'Time' },
		{ n: 4, json: 'reason', type: 'string' },
		{ n: 5, json: 'message', type: 'string' }
	],
	'apps.DaemonSet': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'spec', type: 'apps.DaemonSetSpec' },
		{ n: 3, json: 'status', type: 'apps.DaemonSetStatus' }
	],
	'apps.DaemonSetSpec': [
		{ n: 1, json: 'selector', type: 'meta.LabelSelector', optional: true },
		{ n: 2, json: 'template', type: 'core.PodTemplateSpec' },
		{ n: 3, json: 'updateStrategy', type: 'apps.DaemonSetUpdateStrategy' },
		{ n: 4, json: 'minReadySeconds', type: 'int32' },
		// 5 (templateGeneration) is gone from apps/v1
		{ n: 6, json: 'revisionHistoryLimit', type: 'int32', optional: true }
	],
	// StatefulSet (apps/v1 types.go): the node-failure flow's db
	'apps.StatefulSet': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'spec', type: 'apps.StatefulSetSpec' },
		{ n: 3, json: 'status', type: 'apps.StatefulSetStatus' }
	],
	'apps.StatefulSetSpec': [
		{ n: 1, json: 'replicas', type: 'int32', optional: true },
		{ n: 2, json: 'selector', type: 'meta.LabelSelector', optional: true },
		{ n: 3, json: 'template', type: 'core.PodTemplateSpec' },
		{ n: 4, json: 'volumeClaimTemplates', type: 'core.PersistentVolumeClaim', repeated: true },
		{ n: 5, json: 'serviceName', type: 'string' },
		{ n: 6, json: 'podManagementPolicy', type: 'string' }, // PodManagementPolicyType
		{ n: 7, json: 'updateStrategy', type: 'apps.StatefulSetUpdateStrategy' },
		{ n: 8, json: 'revisionHistoryLimit', type: 'int32', optional: true },
		{ n: 9, json: 'minReadySeconds', type: 'int32' },
		{
			n: 10,
			json: 'persistentVolumeClaimRetentionPolicy',
			type: 'apps.StatefulSetPersistentVolumeClaimRetentionPolicy',
			optional: true
		},
		{ n: 11, json: 'ordinals', type: 'apps.StatefulSetOrdinals', optional: true }
	],
	'apps.StatefulSetUpdateStrategy': [
		{ n: 1, json: 'type', type: 'string' }, // StatefulSetUpdateStrategyType
		{
			n: 2,
			json: 'rollingUpdate',
			type: 'apps.RollingUpdateStatefulSetStrategy',
			optional: true
		}
	],
	'apps.RollingUpdateStatefulSetStrategy': [
		{ n: 1, json: 'partition', type: 'int32', optional: true },
		{ n: 2, json: 'maxUnavailable', type: 'IntOrString', optional: true }
	],
	'apps.StatefulSetPersistentVolumeClaimRetentionPolicy': [
		{ n: 1, json: 'whenDeleted', type: 'string' }, // PersistentVolumeClaimRetentionPolicyType
		{ n: 2, json: 'whenScaled', type: 'string' }
	],
	'apps.StatefulSetOrdinals': [{ n: 1, json: 'start', type: 'int32' }],
	'apps.StatefulSetStatus': [
		{ n: 1, json: 'observedGeneration', type: 'int64' },
		{ n: 2, json: 'replicas', type: 'int32' },
		{ n: 3, json: 'readyReplicas', type: 'int32' },
		{ n: 4, json: 'currentReplicas', type: 'int32' },
		{ n: 5, json: 'updatedReplicas', type: 'int32' },
		{ n: 6, json: 'currentRevision', type: 'string' },
		{ n: 7, json: 'updateRevision', type: 'string' },
		{ n: 9, json: 'collisionCount', type: 'int32', optional: true },
		{ n: 10, json: 'conditions', type: 'apps.StatefulSetCondition', repeated: true },
		{ n: 11, json: 'availableReplicas', type: 'int32' }
	],
	'apps.StatefulSetCondition': [
		{ n: 1, json: 'type', type: 'string' },
		{ n: 2, json: 'status', type: 'string' },
		{ n: 3, json: 'lastTransitionTime', type: 'Time' },
		{ n: 4, json: 'reason', type: 'string' },
		{ n: 5, json: 'message', type: 'string' }
	],
	'apps.DaemonSetUpdateStrategy': [
		{ n: 1, json: 'type', type: 'string' }, // DaemonSetUpdateStrategyType
		{ n: 2, json: 'rollingUpdate', type: 'apps.RollingUpdateDaemonSet', optional: true }
	],
	'apps.RollingUpdateDaemonSet': [
		{ n: 1, json: 'maxUnavailable', type: 'IntOrString', optional: true },
		{ n: 2, json: 'maxSurge', type: 'IntOrString', optional: true }
	],
	'apps.DaemonSetStatus': [
		{ n: 1, json: 'currentNumberScheduled', type: 'int32' },
		{ n: 2, json: 'numberMisscheduled', type: 'int32' },
		{ n: 3, json: 'desiredNumberScheduled', type: 'int32' },
		{ n: 4, json: 'numberReady', type: 'int32' },
		{ n: 5, json: 'observedGeneration', type: 'int64' },
		{ n: 6, json: 'updatedNumberScheduled', type: 'int32' },
		{ n: 7, json: 'numberAvailable', type: 'int32' },
		{ n: 8, json: 'numberUnavailable', type: 'int32' },
		{ n: 9, json: 'collisionCount', type: 'int32', optional: true },
		{ n: 10, json: 'conditions', type: 'apps.DaemonSetCondition', repeated: true }
	],
	'apps.DaemonSetCondition': [
		{ n: 1, json: 'type', type: 'string' }, // DaemonSetConditionType
		{ n: 2, json: 'status', type: 'string' }, // ConditionStatus
		{ n: 3, json: 'lastTransitionTime', type: 'Time' },
		{ n: 4, json: 'reason', type: 'string' },
		{ n: 5, json: 'message', type: 'string' }
	]
};
