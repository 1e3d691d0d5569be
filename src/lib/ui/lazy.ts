/**
 * Components whose code loads on first use (a tab's panel, a collapsed form, pan and zoom), so a
 * page's first load carries only what it shows. Once loaded, a component renders synchronously.
 */
import { flushSync, mount, unmount, type Component } from 'svelte';
import { afterPaint } from '$lib/ui/reveal';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one cache for every props type
export type Loader<P extends Record<string, any>> = () => Promise<{ default: Component<P> }>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const cache = new Map<Loader<any>, Component<any>>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function loaded<P extends Record<string, any>>(load: Loader<P>): Component<P> | undefined {
	return cache.get(load);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function loadComponent<P extends Record<string, any>>(
	load: Loader<P>
): Promise<Component<P>> {
	const hit = cache.get(load);
	if (hit) return hit;
	const c = (await load()).default;
	cache.set(load, c);
	return c;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const warmed = new Set<Loader<any>>();

/**
 * Fetches a lazy component's code and renders it once for each of `views`, unseen, one at a time
 * while the page is idle. The first time code runs V8 compiles it, and the first time a text is
 * laid out the browser shapes its words: a big tab panel's first mount spent 40–100 ms of a frame
 * on both at CPU ×4. Warmed with the steps that will show it, the panel then costs what it costs
 * any other time. Each component is warmed once a page.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function warmUp<P extends Record<string, any>>(
	load: Loader<P>,
	views: P[]
): Promise<void> {
	if (warmed.has(load)) return;
	warmed.add(load);
	const Comp = await loadComponent(load);
	// the page's styles, the component's own included now that its code has loaded
	const sheets = [...document.styleSheets].flatMap(copySheet);
	for (const props of views) {
		await idle();
		const { host, target } = offstage(sheets);
		const app = mount(Comp, { target, props });
		flushSync();
		// laid out in the frame after (which is what shapes its text), then gone
		await new Promise<void>((painted) => afterPaint(painted));
		await unmount(app);
		host.remove();
	}
}

/**
 * A box that is laid out but never seen: off screen, hidden, inert, out of the accessibility
 * tree, and in a closed shadow root, so that nothing looking for the page's own elements (its
 * scripts, test tools, axe) finds the copy. It gets the page's styles, for the same fonts.
 */
function offstage(sheets: CSSStyleSheet[]): { host: HTMLElement; target: HTMLElement } {
	const host = document.createElement('div');
	host.style.cssText = 'position:fixed;top:0;left:-200vw;width:26rem;visibility:hidden';
	host.setAttribute('aria-hidden', 'true');
	host.inert = true;
	const root = host.attachShadow({ mode: 'closed' });
	root.adoptedStyleSheets = sheets;
	const target = root.appendChild(document.createElement('div'));
	document.body.append(host);
	return { host, target };
}

function copySheet(sheet: CSSStyleSheet): CSSStyleSheet[] {
	try {
		const copy = new CSSStyleSheet();
		copy.replaceSync([...sheet.cssRules].map((r) => r.cssText).join('\n'));
		return [copy];
	} catch {
		return []; // another origin's sheet: its rules cannot be read, and ours are all local
	}
}

const idle = () => new Promise<void>((done) => whenIdle(done));

/** Runs `work` when the page is next idle (within `timeout` ms at the latest); returns a cancel. */
export function whenIdle(work: () => void, timeout = 2000): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(() => work(), { timeout });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(work, 200);
	return () => clearTimeout(id);
}
