/**
 * kube-proxy's chain names (pkg/proxy/iptables/proxier.go: portProtoHash,
 * servicePortPolicyClusterChain, servicePortEndpointChainName). iptables chain names must be at
 * most 28 characters, so kube-proxy hashes the service port and keeps 16 base32 characters.
 */
import { base32Encode } from '$lib/sim/base32';
import { sha256Text } from '$lib/sim/sha256';

/**
 * proxy.ServicePortName.String(): "ns/name:port", or just "ns/name" for an unnamed port
 * (kubectl expose gives one), which is why the reference's "ns1/svc1" has no colon.
 */
export function servicePortName(namespace: string, name: string, portName = ''): string {
	return portName === '' ? `${namespace}/${name}` : `${namespace}/${name}:${portName}`;
}

/** base32(sha256(svcPortName + proto))[:16]; proto is lowercase ("tcp"). */
export function portProtoHash(svcPortName: string, proto: string): string {
	return base32Encode(sha256Text(svcPortName + proto)).slice(0, 16);
}

/** KUBE-SVC-…: the chain that spreads Cluster-policy traffic over the endpoints. */
export function servicePortPolicyClusterChain(svcPortName: string, proto: string): string {
	return `KUBE-SVC-${portProtoHash(svcPortName, proto)}`;
}

/** KUBE-SEP-…: one chain per endpoint; the hash also covers "ip:port". */
export function servicePortEndpointChainName(
	svcPortName: string,
	proto: string,
	endpoint: string
): string {
	return `KUBE-SEP-${base32Encode(sha256Text(svcPortName + proto + endpoint)).slice(0, 16)}`;
}
