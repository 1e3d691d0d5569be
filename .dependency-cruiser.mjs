// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/**
 * dependency-cruiser config: one-way import layers for src/.
 * Run with `npm run lint:layers` (runs depcruise from .svelte-kit/, see baseDir below).
 *
 * Layers (a module may only import its own layer, the layers BELOW it, and the leaves):
 *
 *   5  routes      src/routes/**                       anything in src/lib
 *   4  page shell  src/lib/components/**,              everything below + each other
 *                  src/lib/flows/<flow>/ui/**,         (but components must not reach into
 *                  src/lib/flows/registry.ts            flows/<flow>/ui directly: use the registry)
 *   3  views       src/lib/diagram/**, src/lib/panels/**   player, flow models, sim, leaves
 *                  (siblings: diagram and panels never import each other)
 *   2  player      src/lib/player/**                   flow models, sim, leaves
 *   1  flow models src/lib/flows/** minus the shell files above   flow models, sim, leaves
 *   0  sim         src/lib/sim/**                      sim only
 *   -  leaves      src/lib/ui/**, src/lib/i18n/**      leaves only (ui, i18n)
 *
 * The rules are allow-lists: "from layer X, anything under src/ that is NOT in X's
 * allowed set is an error". A new top-level folder under src/lib is therefore off-limits
 * to every layer until it is added here.
 *
 * Test code (*.spec.ts, *.svelte.spec.ts, anything under a testing/ folder, the vitest
 * setup file) is exempt from the layer rules, but production code must never import it.
 *
 * Paths in rules are regular expressions matched against the path relative to the repo
 * root (e.g. "src/lib/flows/types.ts"); `$lib/...` imports are resolved through
 * .svelte-kit/tsconfig.json (the npm script runs `svelte-kit sync` first).
 *
 * Intentional exception: narrow the rule's `from`/`to` with a `pathNot` for that one file
 * (with a comment saying why), or record it as a known violation with
 * `depcruise ... --output-type baseline > .dependency-cruiser-known-violations.json` and
 * `options.knownViolations`. dependency-cruiser has no per-line ignore comment.
 *
 * Known gap: .svelte files are compiled with svelte/compiler before their imports are read,
 * and that erases `import type` / `type X` specifiers in <script lang="ts">. Type-only
 * imports in .svelte files are therefore not checked (value and component imports are).
 */

// ---- path patterns --------------------------------------------------------------------

const SIM = '^src/lib/sim/';
/** Page-shell files that physically live inside flows/: flows/<flow>/ui/** and flows/registry.ts */
const FLOWS_UI = '^src/lib/flows/[^/]+/ui/';
const FLOWS_REGISTRY = '^src/lib/flows/registry\\.ts$';
/** Layer-1 part of flows/: everything in flows/ except the two shell kinds above. */
const FLOWS_MODEL = '^src/lib/flows/(?![^/]+/ui/|registry\\.ts$)';
const PLAYER = '^src/lib/player/';
const DIAGRAM = '^src/lib/diagram/';
const PANELS = '^src/lib/panels/';
const COMPONENTS = '^src/lib/components/';
const LEAVES = '^src/lib/(ui|i18n)/';

/** Test-only modules: specs, testing/ folders, the vitest setup file. */
const TESTS = ['\\.spec\\.ts$', '(^|/)testing/', '^src/test-setup\\.ts$'];

/** Anything in the project source tree (npm packages, $app/*, $env/* are never matched). */
const ANY_SRC = '^src/';

// ---- rules ----------------------------------------------------------------------------

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
	forbidden: [
		/* ---- layering ---- */
		{
			name: 'layer0-sim-only-imports-sim',
			comment:
				'src/lib/sim is the pure domain model (layer 0). It may only import other sim modules ' +
				'(npm packages are fine). Move shared code down into sim, or invert the dependency.',
			severity: 'error',
			from: { path: SIM, pathNot: TESTS },
			to: { path: ANY_SRC, pathNot: [SIM] }
		},
		{
			name: 'layer1-flow-models-import-down-only',
			comment:
				'Flow models (src/lib/flows/** except flows/<flow>/ui/** and flows/registry.ts) are ' +
				'layer 1: they may import sim, other flow-model files and the leaves (ui, i18n) - never ' +
				'player/diagram/panels/components/routes, nor the flow UI folders or the registry.',
			severity: 'error',
			from: { path: FLOWS_MODEL, pathNot: TESTS },
			to: { path: ANY_SRC, pathNot: [SIM, FLOWS_MODEL, LEAVES] }
		},
		{
			name: 'layer2-player-imports-down-only',
			comment:
				'src/lib/player is layer 2: it may import flow models, sim and the leaves - never ' +
				'diagram/panels/components/routes or the flow UI/registry (page shell).',
			severity: 'error',
			from: { path: PLAYER, pathNot: TESTS },
			to: { path: ANY_SRC, pathNot: [PLAYER, FLOWS_MODEL, SIM, LEAVES] }
		},
		{
			name: 'layer3-diagram-imports-down-only',
			comment:
				'src/lib/diagram is layer 3: it may import player, flow models, sim and the leaves. It ' +
				'must not import its sibling panels/, nor the page shell (components, flow UI, registry) or routes.',
			severity: 'error',
			from: { path: DIAGRAM, pathNot: TESTS },
			to: { path: ANY_SRC, pathNot: [DIAGRAM, PLAYER, FLOWS_MODEL, SIM, LEAVES] }
		},
		{
			name: 'layer3-panels-imports-down-only',
			comment:
				'src/lib/panels is layer 3: it may import player, flow models, sim and the leaves. It ' +
				'must not import its sibling diagram/, nor the page shell (components, flow UI, registry) or routes.',
			severity: 'error',
			from: { path: PANELS, pathNot: TESTS },
			to: { path: ANY_SRC, pathNot: [PANELS, PLAYER, FLOWS_MODEL, SIM, LEAVES] }
		},
		{
			name: 'layer4-shell-no-routes',
			comment:
				'The page shell (components/**, flows/<flow>/ui/**, flows/registry.ts) is layer 4: it may ' +
				'import every src/lib layer, but not routes (layer 5).',
			severity: 'error',
			from: { path: [COMPONENTS, FLOWS_UI, FLOWS_REGISTRY], pathNot: TESTS },
			to: { path: ANY_SRC, pathNot: ['^src/lib/'] }
		},
		{
			name: 'layer4-components-via-registry-only',
			comment:
				'src/lib/components must not import flows/<flow>/ui/** directly: go through ' +
				'src/lib/flows/registry.ts, which is the only thing that knows the per-flow UI.',
			severity: 'error',
			from: { path: COMPONENTS, pathNot: TESTS },
			to: { path: FLOWS_UI }
		},
		{
			name: 'leaves-import-only-leaves',
			comment:
				'src/lib/ui (UI primitives) and src/lib/i18n are leaves usable from every layer, so they ' +
				'may only import each other - nothing from sim/flows/player/diagram/panels/components/routes.',
			severity: 'error',
			from: { path: LEAVES, pathNot: TESTS },
			to: { path: ANY_SRC, pathNot: [LEAVES] }
		},

		/* ---- tests ---- */
		{
			name: 'no-test-code-in-production',
			comment:
				'Production modules must never import spec files or anything under a testing/ folder. ' +
				'(Test files themselves may import across layers freely.)',
			severity: 'error',
			from: { path: ANY_SRC, pathNot: TESTS },
			to: { path: TESTS }
		},

		/* ---- hygiene ---- */
		{
			name: 'no-circular',
			comment:
				'No import cycles that exist at runtime. Cycles that only close through `import type` ' +
				'edges are reported by no-circular-type-only (a warning) instead.',
			severity: 'error',
			from: {},
			to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } }
		},
		{
			name: 'no-circular-type-only',
			comment:
				'Import cycles that close only through type-only imports: harmless at runtime but a sign ' +
				'that a type lives in the wrong module. Warning only (does not fail lint:layers); turn ' +
				'to "error" once today\'s cycles are gone.',
			severity: 'warn',
			from: {},
			to: { circular: true, via: { dependencyTypes: ['type-only'] } }
		},
		{
			name: 'not-to-unresolvable',
			comment:
				'Every import must resolve. This also guards the $lib alias: if `svelte-kit sync` has not ' +
				'run (no .svelte-kit/tsconfig.json) every $lib import shows up here. SvelteKit virtual ' +
				'modules ($app/*, $env/*, ./$types) are exempt.',
			severity: 'error',
			from: {},
			to: {
				couldNotResolve: true,
				pathNot: ['^\\$(app|env|service-worker)(/|$)', '(^|/)\\$types$']
			}
		}
	],

	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '(^|/)(node_modules|\\.svelte-kit|build)/' },
		// Keep type-only imports in .ts files (`import type`) - types count for layering
		// (not in .svelte files: see "Known gap" at the top).
		tsPreCompilationDeps: true,
		// $lib (and any kit.alias) is resolved through the "paths" SvelteKit writes into
		// .svelte-kit/tsconfig.json (run `svelte-kit sync` first). Those paths are relative to
		// .svelte-kit/ and there is no baseUrl; dependency-cruiser 17 then resolves them against
		// the *working directory*, so the npm script runs depcruise from inside .svelte-kit/ and
		// baseDir points the cruise back at the repo root (module paths stay "src/...").
		// Run from anywhere else and every $lib import fails `not-to-unresolvable` - loudly.
		baseDir: ROOT,
		tsConfig: { fileName: path.join(ROOT, '.svelte-kit', 'tsconfig.json') },
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['svelte', 'import', 'require', 'node', 'default', 'types'],
			mainFields: ['svelte', 'module', 'main', 'types', 'typings'],
			extensions: ['.ts', '.js', '.mjs', '.cjs', '.svelte', '.d.ts', '.json']
		},
		skipAnalysisNotInRules: true,
		reporterOptions: {
			text: { highlightFocused: true }
		}
	}
};
