import { describe, expect, it } from 'vitest';
import { ellipsizeMiddle, fitMiddle, namePart, shorterLabels, shorterNames } from './labelText';

const nameOf = (label: string) => {
	const p = namePart(label);
	return p && label.slice(p.start, p.end);
};

describe('labelText', () => {
	it('finds the name in the labels of the pod-creation flow', () => {
		expect(nameOf('txn PUT /registry/pods/default/payment-service-canary-v2')).toBe(
			'payment-service-canary-v2'
		);
		expect(nameOf('txn PUT /registry/events/default/nginx.188adbe996c9a000')).toBe(
			'nginx.188adbe996c9a000'
		);
		expect(nameOf('txn PUT /registry/pods/default/redis-0 if absent')).toBe('redis-0');
		expect(nameOf('PATCH pods/payment-service-canary-v2/status')).toBe('payment-service-canary-v2');
		expect(nameOf('watch MODIFIED pods/payment-service-canary-v2')).toBe(
			'payment-service-canary-v2'
		);
		expect(nameOf('201 Created pod/payment-service-canary-v2')).toBe('payment-service-canary-v2');
		expect(nameOf('409 AlreadyExists pods "redis-0-canary"')).toBe('redis-0-canary');
		expect(nameOf(`CRI RunPodSandbox ${'a'.repeat(63)}`)).toBe('a'.repeat(63));
		// nothing that looks like a generated name
		expect(namePart('POST events: Created, Started, BackOff')).toBeUndefined();
		expect(namePart('CRI RunPodSandbox nginx')).toBeUndefined();
	});

	it('never takes an address or an API group for a name (cutting it would name another)', () => {
		expect(namePart('201 Created service/web (10.106.32.192)')).toBeUndefined();
		expect(namePart('SYN → 10.244.1.2:8080')).toBeUndefined();
		// the label then loses its end, never "discovery.k8s.io" its middle
		const post = 'POST /apis/discovery.k8s.io/v1/namespaces/default/endpointslices';
		expect(namePart(post)).toBeUndefined();
		expect(shorterLabels(post).every((l) => post.startsWith(l.slice(0, -1)))).toBe(true);
	});

	it('cuts a name in its middle, keeping its start and its end', () => {
		expect(ellipsizeMiddle('payment-service-canary-v2', 10)).toBe('payme…ry-v2');
		expect(ellipsizeMiddle('nginx', 5)).toBe('nginx');
		const forms = shorterNames('PATCH pods/payment-service-canary-v2/status');
		expect(forms[0]).toBe('PATCH pods/payment-serv…ce-canary-v2/status');
		for (const f of forms) expect(f).toMatch(/^PATCH pods\/pa.*….*2\/status$/);
		expect(forms[forms.length - 1]).toBe('PATCH pods/pa…v2/status');
		// each form a character shorter than the one before
		forms.forEach((f, i) => i && expect([...f].length).toBe([...forms[i - 1]].length - 1));
	});

	it('cuts the end of a label only after its name', () => {
		const all = shorterLabels('watch MODIFIED pods/payment-service-canary-v2');
		const names = shorterNames('watch MODIFIED pods/payment-service-canary-v2');
		expect(all.slice(0, names.length)).toEqual(names);
		// from the whole label, shorter than its shortest name form
		expect(all[names.length]).toBe('watch MODIFIED pods/pay…');
		expect(all[names.length].length).toBeLessThan(names[names.length - 1].length);
		expect(all.every((t) => !t.includes('……'))).toBe(true);
		expect(shorterLabels('POST events: Created, Started, BackOff')[0]).toBe(
			'POST events: Created, Started, BackOf…'
		);
	});

	it('fits a name to a width with the longest middle cut that fits', () => {
		const measure = (t: string) => [...t].length * 7;
		expect(fitMiddle('web-7d4b9c8f6-w6lv5', 200, measure)).toBe('web-7d4b9c8f6-w6lv5');
		const cut = fitMiddle('web-7d4b9c8f6-w6lv5', 70, measure);
		expect(cut).toBe('web-7…6lv5');
		expect(measure(cut)).toBeLessThanOrEqual(70);
		expect(measure(fitMiddle('web-7d4b9c8f6-w6lv5', 77, measure))).toBeGreaterThan(70);
	});
});
