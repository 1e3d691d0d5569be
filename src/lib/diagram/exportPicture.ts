/**
 * The diagram on screen as files of its own: an SVG that opens correctly by itself (every style
 * the page's CSS gives it written onto its elements, a background, its size) and a PNG drawn from
 * that SVG at twice its size, for slides. Nothing leaves the browser.
 */

/** The presentation properties the page's stylesheets may set on the diagram's elements. */
const STYLED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'opacity',
	'display',
	'visibility',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'paint-order'
] as const;

const BACKGROUND = '#f8fafc';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The picture as shown (zoom included), its styles inlined, as the text of an SVG file. */
export function standaloneSvg(svg: SVGSVGElement): string {
	const { width, height } = svg.getBoundingClientRect();
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const from = [svg, ...svg.querySelectorAll('*')];
	const to = [copy, ...copy.querySelectorAll('*')];
	from.forEach((el, i) => {
		const cs = getComputedStyle(el);
		const style = STYLED.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
		to[i].setAttribute('style', style);
		to[i].removeAttribute('class');
	});
	copy.setAttribute('xmlns', SVG_NS);
	copy.setAttribute('width', String(Math.round(width)));
	copy.setAttribute('height', String(Math.round(height)));
	copy.removeAttribute('role');
	// the name a screen reader gave the picture becomes its title
	const title = document.createElementNS(SVG_NS, 'title');
	title.textContent = svg.getAttribute('aria-label') ?? '';
	copy.removeAttribute('aria-label');
	const paper = document.createElementNS(SVG_NS, 'rect');
	for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: BACKGROUND }))
		paper.setAttribute(k, v);
	// under the viewport's content, in the outer coordinates (the whole box, whatever the zoom)
	const [x, y, w, h] = (svg.getAttribute('viewBox') ?? `0 0 ${width} ${height}`).split(' ');
	Object.entries({ x, y, width: w, height: h }).forEach(([k, v]) => paper.setAttribute(k, v));
	copy.prepend(paper);
	copy.prepend(title);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/**
 * An empty SVG of `size` CSS pixels, off screen but laid out (a hidden element has no computed
 * styles to inline), in the page so that its rules for a drawn picture apply; `remove` takes it out.
 */
export function offscreenSvg(size: { width: number; height: number }) {
	const host = document.createElement('div');
	host.setAttribute('aria-hidden', 'true');
	host.style.cssText = 'position:fixed;left:-100000px;top:0;pointer-events:none';
	const svg = document.createElementNS(SVG_NS, 'svg');
	svg.style.cssText = `display:block;width:${size.width}px;height:${size.height}px`;
	host.append(svg);
	document.body.append(host);
	return { svg, remove: () => host.remove() };
}

/** That SVG as an image ready to draw onto a canvas. */
export async function svgImage(svgText: string): Promise<HTMLImageElement> {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
	await image.decode();
	return image;
}

/** That SVG drawn at `scale` times its size, as a PNG. */
export async function pngOf(svgText: string, width: number, height: number, scale = 2) {
	const image = await svgImage(svgText);
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('no 2D canvas');
	ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise<Blob>((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png')
	);
}

/** Hands a file to the browser's downloads. */
export function download(name: string, data: Blob): void {
	const url = URL.createObjectURL(data);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
