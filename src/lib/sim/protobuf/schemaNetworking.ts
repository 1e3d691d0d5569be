/**
 * Protobuf field numbers of the networking.k8s.io/v1 objects the ClusterIP allocator keeps in
 * etcd, copied from the `protobuf:"…"` struct tags of
 * staging/src/k8s.io/api/networking/v1/types.go. The v1 IPAddress and ServiceCIDR carry
 * `+k8s:prerelease-lifecycle-gen:introduced=1.33`, so a v1.34 apiserver stores them as v1. Same
 * shape and encoding rules as MESSAGES in schema.ts, which these join.
 */
import type { ProtoField } from './schema';

export const NETWORKING_MESSAGES: Record<string, ProtoField[]> = {
	'networking.IPAddress': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'spec', type: 'networking.IPAddressSpec' }
	],
	'networking.IPAddressSpec': [
		// *ParentReference: written only when set
		{ n: 1, json: 'parentRef', type: 'networking.ParentReference', optional: true }
	],
	// plain strings, written even when empty (group "" for the core group's services)
	'networking.ParentReference': [
		{ n: 1, json: 'group', type: 'string' },
		{ n: 2, json: 'resource', type: 'string' },
		{ n: 3, json: 'namespace', type: 'string' },
		{ n: 4, json: 'name', type: 'string' }
	],
	'networking.ServiceCIDR': [
		{ n: 1, json: 'metadata', type: 'meta.ObjectMeta' },
		{ n: 2, json: 'spec', type: 'networking.ServiceCIDRSpec' },
		{ n: 3, json: 'status', type: 'networking.ServiceCIDRStatus' }
	],
	'networking.ServiceCIDRSpec': [
		// the tag says "bytes,1,opt" but the Go type ([]string) decides: one field per CIDR
		{ n: 1, json: 'cidrs', type: 'string', repeated: true }
	],
	'networking.ServiceCIDRStatus': [
		{ n: 1, json: 'conditions', type: 'meta.Condition', repeated: true }
	]
};
