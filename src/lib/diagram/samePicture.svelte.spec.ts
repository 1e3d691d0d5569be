/**
 * The picture is a function of (timeline, t): a step reached by playing up to it, by Next, by a
 * seek from elsewhere or by a link opening there draws the same elements with the same
 * attributes, whatever was drawn before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import podCreationFlow from '$lib/flows/pod-creation/flow';
import serviceFlow from '$lib/flows/service/flow';
import type { Timeline } from '$lib/flows/types';
import { frameAt, timeAxis } from '$lib/player/frame';
import { restOf } from '$lib/player/playerRules';
import type { DiagramLabels } from '$lib/player/frameTypes';
import { render } from './render';

const labels: DiagramLabels = {
	controlPlane: 'Control plane',
	user: 'you',
	ariaLabel: 'Cluster diagram',
	proxyState: { watching: 'watching', syncing: 'syncing', synced: 'synced' },
	proxyTitle: (p) => `${p.pod} (${p.state})`
};

function freshSvg(): SVGSVGElement {
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	document.body.appendChild(svg);
	return svg;
}
afterEach(() => {
	document.body.innerHTML = '';
});

/** Every element as its tag, its attributes (sorted) and its own text: what is drawn. */
function picture(svg: SVGSVGElement): string[] {
	return [svg, ...svg.querySelectorAll('*')].map((el) => {
		const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
		const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent);
		return `${el.tagName} ${attrs.join(' ')} ${text.join('')}`;
	});
}

function drawAt(svg: SVGSVGElement, tl: Timeline, t: number) {
	const { starts, ends } = timeAxis(tl);
	render(svg, frameAt(tl, starts, ends, t).frame, labels, { reducedMotion: false });
}

const cases: [string, Timeline][] = [
	['pod creation', podCreationFlow.build(podCreationFlow.scenario.defaults)],
	[
		'Service, with what-ifs',
		serviceFlow.build({
			...serviceFlow.scenario.defaults,
			actions: [{ kind: 'scale', replicas: 2 }, { kind: 'packet' }]
		})
	]
];

describe.each(cases)('%s: every step at rest looks the same however it was reached', (_, tl) => {
	const { ends } = timeAxis(tl);
	const played = freshSvg();
	let t = 0;

	it.each(tl.steps.map((s, i) => [i + 1, s.id, i] as const))('step %i (%s)', (_n, _id, i) => {
		const rest = restOf(ends, i);
		// played: every frame up to the step's rest, 50 ms apart
		for (; t < rest; t = Math.min(rest, t + 50)) drawAt(played, tl, t);
		drawAt(played, tl, rest);
		// a link: a fresh picture drawn at the rest alone
		const linked = freshSvg();
		drawAt(linked, tl, rest);
		// a seek: from the last step back to this one
		const sought = freshSvg();
		drawAt(sought, tl, restOf(ends, tl.steps.length - 1));
		drawAt(sought, tl, rest);
		expect(picture(played)).toEqual(picture(linked));
		expect(picture(sought)).toEqual(picture(linked));
		linked.remove();
		sought.remove();
	});
});
