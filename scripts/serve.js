// Serves the prerendered site in build/ the way a static host would (GitHub Pages, Netlify): a
// missing page is a real 404, answered with build/404.html, never with another page.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('../build', import.meta.url));
const host = '127.0.0.1';
const port = Number(process.env.PORT) || 4173;
// Same variable svelte.config.js reads, so a sub-path build can be tried as deployed.
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

if (!existsSync(root)) {
	console.error('build/ does not exist: run `npm run build` first.');
	process.exit(1);
}

// dev: false indexes build/ once at start-up (fast, like production); restart after a rebuild.
const assets = sirv(root, { single: false, dev: false, etag: true });

const notFoundPage = existsSync(`${root}/404.html`) ? readFileSync(`${root}/404.html`) : null;

/** @param {import('node:http').ServerResponse} res */
function notFound(res) {
	if (!notFoundPage) {
		res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
		return res.end('Not found');
	}
	res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
	res.end(notFoundPage);
}

const server = createServer((req, res) => {
	if (base) {
		const url = req.url ?? '/';
		const [path, query = ''] = url.split(/\?(.*)/s);
		// `/kubestep` → `/kubestep/`, so relative asset URLs resolve under the prefix.
		if (path === base) {
			res.writeHead(308, { Location: `${base}/${query ? `?${query}` : ''}` });
			return res.end();
		}
		if (!url.startsWith(`${base}/`)) return notFound(res);
		req.url = url.slice(base.length);
	}
	assets(req, res, () => notFound(res));
});

server.on('error', (err) => {
	const code = /** @type {NodeJS.ErrnoException} */ (err).code;
	console.error(
		code === 'EADDRINUSE' ? `Port ${port} is already in use (set PORT to use another).` : err
	);
	process.exit(1);
});

server.listen(port, host, () => {
	console.log(`Serving build/ at http://${host}:${port}${base}/`);
});
