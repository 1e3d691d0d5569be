import { describe, expect, it } from 'vitest';
import {
	portProtoHash,
	servicePortEndpointChainName,
	servicePortName,
	servicePortPolicyClusterChain
} from './chainNames';

describe('servicePortName', () => {
	it('adds ":port" only for a named port', () => {
		expect(servicePortName('ns1', 'svc1', 'p80')).toBe('ns1/svc1:p80');
		expect(servicePortName('ns1', 'svc1', '')).toBe('ns1/svc1');
		expect(servicePortName('ns1', 'svc1')).toBe('ns1/svc1');
	});
});

describe('portProtoHash (reference §3 recomputed examples)', () => {
	it.each([
		['ns1/svc1:p80', 'XPGD46QRK7WJZT7O'],
		['ns1/svc1', 'AQI2S6QIMU7PVVRP'],
		['default/kubernetes:https', 'NPX46M4PTMTKRN6Y']
	])('%s + tcp → %s', (name, hash) => {
		expect(portProtoHash(name, 'tcp')).toBe(hash);
	});

	it('names the KUBE-SVC chain', () => {
		expect(servicePortPolicyClusterChain('ns1/svc1', 'tcp')).toBe('KUBE-SVC-AQI2S6QIMU7PVVRP');
	});

	it('depends on the protocol', () => {
		expect(portProtoHash('ns1/svc1', 'udp')).not.toBe(portProtoHash('ns1/svc1', 'tcp'));
	});
});

describe('servicePortEndpointChainName', () => {
	it.each([
		['ns1/svc1:p80', '10.180.0.1:80', 'KUBE-SEP-SXIVWICOYRO3J4NJ'],
		['ns1/svc1', '10.0.1.1:80', 'KUBE-SEP-3JOIVZTXZZRGORX4'],
		['ns1/svc1', '10.0.1.2:80', 'KUBE-SEP-IO5XOSKPAXIFQXAJ'],
		['ns1/svc1', '10.0.1.3:80', 'KUBE-SEP-XGJFVO3L2O5SRFNT']
	])('%s tcp %s → %s', (name, endpoint, chain) => {
		expect(servicePortEndpointChainName(name, 'tcp', endpoint)).toBe(chain);
	});

	it('stays within the 28-character iptables limit', () => {
		expect(
			servicePortEndpointChainName('a-very-long-namespace/x', 'sctp', '1.2.3.4:5')
		).toHaveLength(25);
	});
});
