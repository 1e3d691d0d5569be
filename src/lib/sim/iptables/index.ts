/** kube-proxy in iptables mode (reference §3): rule generation, its text forms, a packet tracer. */
export {
	portProtoHash,
	servicePortEndpointChainName,
	servicePortName,
	servicePortPolicyClusterChain
} from './chainNames';
export {
	servicePortEndpoints,
	slicesOfService,
	usableEndpoints,
	type ServiceEndpoint
} from './endpoints';
export { masqueradeMarkForBit } from './fixedRules';
export { parseRule, type ParsedRule } from './parseRule';
export {
	computeProbability,
	effectiveProbability,
	kernelProbability,
	saveProbability
} from './probability';
export { proxyRules } from './proxyRules';
export { restoreText, tableRestoreText } from './restore';
export { saveRuleLine, saveText, tableSaveText } from './save';
export {
	tracePacket,
	type Trace,
	type TraceHop,
	type TraceOptions,
	type TraceOutcome,
	type TracePacket
} from './trace';
export type * from './types';
