import { describe, expect, it } from 'vitest';
import { stepText } from '$lib/flows/kit/narration';
import { defaultServiceScenario } from '../scenario';
import { serviceTimeline } from '../timeline';
import { serviceStepsEn } from './en';
import { serviceStepsKo } from './ko';

const steps = serviceTimeline(defaultServiceScenario).steps;
const stepOf = (id: string) => steps.find((s) => s.id === id)!;
const bodies = (id: string) =>
	[serviceStepsEn, serviceStepsKo].map((t) => stepText(t, stepOf(id)).body);

describe('the Service narration says what the kernel and the watches really do', () => {
	it('keeps the filter table on every packet of a connection; only nat is skipped (proxier.go KUBE-FORWARD)', () => {
		for (const body of bodies('packetReply')) {
			expect(body).toContain('nat');
			expect(body).toContain('filter');
			expect(body).toContain('KUBE-FORWARD');
			expect(body).toContain('--ctstate RELATED,ESTABLISHED -j ACCEPT');
		}
		expect(bodies('packetReply')[0]).not.toMatch(/no rule is evaluated again/i);
	});

	it("names kube-proxy's label selector and CoreDNS among the Service watchers (kube-proxy server.go)", () => {
		for (const body of bodies('watchService')) {
			expect(body).toContain('service.kubernetes.io/service-proxy-name');
			expect(body).toContain('CoreDNS');
		}
		for (const body of bodies('watchSlice'))
			expect(body).toContain('service.kubernetes.io/headless');
		expect(bodies('watchService')[0]).not.toContain('watch all Services');
	});

	it('says the ClusterIP is taken by creating an IPAddress, not by a bitmap (ipallocator.go)', () => {
		const { ip } = stepOf('servicePipeline').params as { ip: string };
		for (const body of bodies('servicePipeline')) {
			expect(body).toContain(`IPAddress ${ip}`);
			expect(body).toContain(`/registry/ipaddresses/${ip}`);
			expect(body).toContain('ServiceCIDR kubernetes');
			expect(body).toContain('ipallocator.k8s.io');
		}
		for (const body of bodies('persistSlice'))
			expect(body).toContain('endpoints.kubernetes.io/managed-by=endpoint-controller');
	});
});
