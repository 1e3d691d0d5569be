import { expect, type Page } from '@playwright/test';

/**
 * Opens a page and waits until Svelte has hydrated it (buttons work only then), a player has the
 * link's timeline (a scenario other than the default is built off the main thread) and has drawn it.
 */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	await page.locator('#player[aria-busy="true"]').waitFor({ state: 'detached' });
	// the diagram is drawn in the frame after the page is up
	if (await page.locator('#player').count())
		await page.locator('svg.diagram [data-actor]').first().waitFor({ state: 'attached' });
}

export const status = (page: Page) => page.getByTestId('step-status');

/** What the step status says at step `n` of `total`, in each language. */
export const stepStatus = {
	en: (n: number, total: number) => `Step ${n} of ${total}`,
	ko: (n: number, total: number) => `${n} / ${total} 단계`
};

/** Presses Next step and waits until the player rests on the following step. */
export async function next(page: Page, expectStep: number, total: number): Promise<void> {
	await page.getByRole('button', { name: 'Next step' }).click();
	await expect(status(page)).toHaveText(`Step ${expectStep} of ${total}`);
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });
}

export const actor = (page: Page, id: string) => page.locator(`[data-actor="${id}"]`);

/** Ids of the actors marked active in the diagram. */
export async function activeActors(page: Page): Promise<string[]> {
	return (
		await page
			.locator('[data-actor][data-active="true"]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-actor') ?? ''))
	).sort();
}

/** Messages drawn now, as "from→to label". */
export async function messages(page: Page): Promise<string[]> {
	return page
		.locator('[data-message]')
		.evaluateAll((els) =>
			els.map(
				(e) =>
					`${e.getAttribute('data-from')}→${e.getAttribute('data-to')} ${e.textContent?.trim()}`
			)
		);
}

/** Fails the test on any console error or uncaught exception. */
export function watchConsole(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

/** True when the first element's box lies within the second's on screen. */
export async function drawnInside(page: Page, inner: string, outer: string): Promise<boolean> {
	const a = await page.locator(inner).boundingBox();
	const b = await page.locator(outer).boundingBox();
	if (!a || !b) return false;
	return (
		a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height
	);
}

/** A node's frame in the diagram (its `data-ready` carries the Node's Ready condition). */
export const nodeFrame = (page: Page, name: string) =>
	page.locator(`svg.diagram g[data-node="${name}"]`);

/** What each web pod's chip says kubectl prints in STATUS (data-status), sorted. */
export async function webPodStatuses(page: Page): Promise<string[]> {
	return page
		.locator('[data-pod^="default/web-"]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? '').sort());
}
