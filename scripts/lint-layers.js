// `npm run lint:layers`: one-way import layers (.dependency-cruiser.mjs) over src/.
// dependency-cruiser reads .svelte files through svelte/compiler, which erases type-only imports;
// so it runs over a copy of src/ whose .svelte files import their types as values, and an upward
// `import type` in a component fails the lint like any other import. It runs from inside the
// copy's .svelte-kit/, where SvelteKit's tsconfig resolves `$lib` (run `svelte-kit sync` first).
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'kubestep-layers-'));
try {
	cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
	cpSync(join(root, '.svelte-kit/tsconfig.json'), join(copy, '.svelte-kit/tsconfig.json'));
	cpSync(join(root, '.dependency-cruiser.mjs'), join(copy, '.dependency-cruiser.mjs'));
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'junction');
	for (const entry of readdirSync(join(copy, 'src'), { recursive: true })) {
		if (!entry.endsWith('.svelte')) continue;
		const file = join(copy, 'src', entry);
		const text = readFileSync(file, 'utf8')
			.replace(/\bimport\s+type\s+(?=[{*\w])/g, 'import ') // import type { A } / import type A
			.replace(/([{,]\s*)type\s+(?=\w)/g, '$1'); // import { a, type B }
		writeFileSync(file, text);
	}
	const cli = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
	const run = spawnSync(
		process.execPath,
		[cli, 'src', '--config', '../.dependency-cruiser.mjs', ...process.argv.slice(2)],
		{ cwd: join(copy, '.svelte-kit'), stdio: 'inherit' }
	);
	process.exitCode = run.status ?? 1;
} finally {
	rmSync(copy, { recursive: true, force: true });
}
