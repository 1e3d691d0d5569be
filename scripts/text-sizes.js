// Text sizes as people meet them, step by step (issue 16's measures): on a 1920×1080 screen in
// full screen (the room-sized view, the zoom following the action) the diagram's labels and,
// with the panels open, the panels' text; on a 390×844 phone, every text on screen. Used by
// `npm run bench`; `npm run bench -- --text` runs it alone.

/** The smallest text on screen: svg text in the diagram's box, html text elsewhere, in CSS px. */
function smallest() {
	const svg = document.querySelector('svg.diagram');
	const box = svg?.getBoundingClientRect();
	const onScreen = (b) =>
		b.width > 0 &&
		b.height > 0 &&
		b.bottom > 0 &&
		b.top < innerHeight &&
		b.right > 0 &&
		b.left < innerWidth;
	const inPicture = (b) =>
		box &&
		b.width > 0 &&
		b.left >= box.left - 1 &&
		b.right <= box.right + 1 &&
		b.top >= box.top - 1 &&
		b.bottom <= box.bottom + 1;
	const px = (el, k = 1) => parseFloat(getComputedStyle(el).fontSize) * k;
	const min = (xs) => (xs.length ? Math.min(...xs) : null);
	const svgTexts = box?.width
		? [...svg.querySelectorAll('text')].filter(
				(t) => t.textContent.trim() && inPicture(t.getBoundingClientRect())
			)
		: [];
	const scaled = (t) => px(t, t.getScreenCTM().a);
	// the words that say who talks to whom: message labels and actor names
	const labels = svgTexts.filter(
		(t) => t.closest('[data-message]') || t.classList.contains('ks-label')
	);
	const html = [];
	const side = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	while (walker.nextNode()) {
		const el = walker.currentNode.parentElement;
		if (!walker.currentNode.textContent.trim() || !el || el.closest('svg')) continue;
		const cs = getComputedStyle(el);
		if (cs.visibility === 'hidden' || cs.clipPath === 'inset(50%)') continue;
		if (!onScreen(el.getBoundingClientRect())) continue;
		html.push(px(el));
		if (el.closest('.side')) side.push(px(el));
	}
	return {
		labels: min(labels.map(scaled)),
		diagram: min(svgTexts.map(scaled)),
		html: min(html),
		side: min(side)
	};
}

const min = (xs) => {
	const v = xs.filter((x) => x !== null);
	return v.length ? Math.round(Math.min(...v) * 10) / 10 : null;
};

/** Steps from the first to the last through the timeline slider, measuring each once settled. */
async function eachStep(page, measure) {
	const slider = page.getByRole('slider', { name: /Timeline/ });
	const count = Number(await slider.getAttribute('aria-valuemax'));
	const out = [];
	for (let i = 1; i <= count; i++) {
		await slider.focus();
		if (i > 1) await page.keyboard.press('ArrowRight');
		// the zoom's glide to the step (600 ms) and the panels' stage
		await page.waitForTimeout(900);
		out.push(await measure());
	}
	return out;
}

export async function textSizes(browser, base, path) {
	const result = {};
	for (const lang of ['en', 'ko']) {
		const room = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
		await room.goto(`${base}${path}?lang=${lang}&step=1`);
		await room.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await room.locator('body').press('f');
		await room.waitForFunction(() => document.documentElement.classList.contains('room'));
		const panels = room.getByRole('button', { name: /^(Panels|패널)$/ });
		const roomSteps = await eachStep(room, async () => {
			const picture = await room.evaluate(smallest);
			await panels.click();
			await room.waitForTimeout(150);
			const open = await room.evaluate(smallest);
			await panels.click();
			return { ...picture, side: open.side };
		});
		await room.close();
		const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await phone.goto(`${base}${path}?lang=${lang}&step=1`);
		await phone.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await phone.locator('ol.pairs').waitFor({ state: 'attached' });
		const phoneSteps = await eachStep(phone, () => phone.evaluate(smallest));
		await phone.close();
		result[lang] = {
			steps: roomSteps.length,
			roomLabelsMinPx: min(roomSteps.map((s) => s.labels)),
			roomLabelsStepsAtLeast24: roomSteps.filter((s) => s.labels >= 24).length,
			roomDiagramMinPx: min(roomSteps.map((s) => s.diagram)),
			roomPanelsMinPx: min(roomSteps.map((s) => s.side)),
			phoneMinPx: min(phoneSteps.map((s) => Math.min(s.html ?? Infinity, s.diagram ?? Infinity)))
		};
	}
	return result;
}
