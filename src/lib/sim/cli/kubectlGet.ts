/**
 * `kubectl get`, as kubectl v1.34 prints it (staging/src/k8s.io/kubectl/pkg/cmd/get/get.go): tables
 * through the tabwriter (minwidth 6, padding 3), one per kind returned, names prefixed with their
 * kind when more than one kind came back; -o name, yaml and json (printGeneric: one object when one
 * was asked for by name, else a List); the apiserver's NotFound; "No resources found" on stderr
 * when a table would be empty; and -w, which keeps printing a row for each change.
 */
import type { ClusterState } from '../cluster';
import { readObject } from '../etcd';
import { toYaml } from '../yaml';
import { parseFlags, type FlagSpec } from './flags';
import { goJson } from './goJson';
import { err, intFlagError, kubectlFlagError, note, out, type Chunk } from './output';
import {
	ALL_CATEGORY,
	findResource,
	formatLabels,
	isUnmodelledResource,
	type ResourceType,
	type StoredObject
} from './resources';
import { fetchObjects, noneFound, scopeOf, selectorRefused } from './kubectlObjects';
import { parseSelector } from './selector';
import { tableText } from './tabwriter';
import { fieldSelect, printCustomColumns, printJsonPath, sortBy } from './getQuery';

export const OUTPUT_FORMATS = ['wide', 'name', 'yaml', 'json'];
// what kubectl lists when -o names none of its printers (printers.go AllowedFormats)
const ALLOWED_FORMATS =
	'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

/** kubectl's global flags: one cluster here, so a context or a kubeconfig changes nothing */
export const KUBECTL_GLOBAL: FlagSpec[] = [
	{ name: 'namespace', short: 'n', value: true },
	{ name: 'context', value: true },
	{ name: 'kubeconfig', value: true },
	{ name: 'cluster', value: true },
	{ name: 'user', value: true },
	{ name: 'server', short: 's', value: true },
	{ name: 'request-timeout', value: true },
	{ name: 'v', short: 'v', value: true }
];

/** get's flags that the terminal reads, then those it knows kubectl has but does not answer */
const UNANSWERED = ['output-watch-events', 'template'];
export const GET_FLAGS: FlagSpec[] = [
	...KUBECTL_GLOBAL,
	{ name: 'all-namespaces', short: 'A' },
	{ name: 'output', short: 'o', value: true },
	{ name: 'selector', short: 'l', value: true },
	{ name: 'show-labels' },
	{ name: 'no-headers' },
	{ name: 'watch', short: 'w' },
	{ name: 'ignore-not-found' },
	{ name: 'sort-by', value: true },
	{ name: 'field-selector', value: true },
	{ name: 'label-columns', short: 'L', value: true, repeated: true },
	{ name: 'watch-only' },
	{ name: 'output-watch-events' },
	{ name: 'chunk-size', value: true },
	{ name: 'template', value: true }
];

interface Request {
	resource: ResourceType;
	names: string[];
}

const noType = (type: string) => ({
	error: `error: the server doesn't have a resource type "${type}"`
});

/** `pods`, `pods,svc`, `all`, `pods a b`, `pod/a svc/b`: what to fetch */
function requests(args: string[]): Request[] | { error: string } | { unmodelled: string } {
	if (args.some((a) => a.includes('/'))) {
		const list: Request[] = [];
		for (const a of args) {
			// cli-runtime's resource builder: TYPE/NAME, nothing else
			if (!a.includes('/'))
				return {
					error:
						"error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'"
				};
			const parts = a.split('/');
			if (parts.length > 2)
				return { error: 'error: arguments in resource/name form may not have more than one slash' };
			const [type, name] = parts;
			if (!type || !name)
				return {
					error: 'error: arguments in resource/name form must have a single resource and name'
				};
			const resource = findResource(type);
			if (!resource) return isUnmodelledResource(type) ? { unmodelled: type } : noType(type);
			list.push({ resource, names: [name] });
		}
		return list;
	}
	const [types, ...names] = args;
	const list: Request[] = [];
	for (const type of types.split(',')) {
		if (type === 'all') {
			list.push(...ALL_CATEGORY.map((name) => ({ resource: findResource(name)!, names })));
			continue;
		}
		const resource = findResource(type);
		if (!resource) return isUnmodelledResource(type) ? { unmodelled: type } : noType(type);
		list.push({ resource, names });
	}
	return list;
}

/**
 * The warning kube-apiserver sends with every request for v1 Endpoints since v1.33; kubectl's
 * warning handler prints it on stderr as it arrives, before the answer.
 */
export const ENDPOINTS_WARNING =
	'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice';

export function get(args: string[], state: ClusterState): Chunk[] {
	const chunks = answer(args, state);
	const flags = parseFlags(args, GET_FLAGS);
	const asked = 'error' in flags || !flags.args.length ? null : requests(flags.args);
	// only a request that reached the server carries the warning: not KubeStep's note, not one
	// kubectl refused itself (its own errors begin "error:")
	const first = chunks[0];
	const reachedServer =
		first !== undefined && !('note' in first) && !('text' in first && /^error:/.test(first.text));
	return Array.isArray(asked) && reachedServer && asked.some((r) => r.resource.kind === 'Endpoints')
		? [err(ENDPOINTS_WARNING), ...chunks]
		: chunks;
}

function answer(args: string[], state: ClusterState): Chunk[] {
	const flags = parseFlags(args, GET_FLAGS);
	if ('error' in flags) return kubectlFlagError('get', flags.error);
	const v = flags.values;
	const unanswered = UNANSWERED.find((f) => v[f] !== undefined);
	if (unanswered) return [note('notModelled', { command: `kubectl get --${unanswered}` })];
	if (flags.args.length === 0)
		return [
			err(
				'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples'
			)
		];
	// --chunk-size changes the requests (limit, continue), not what is printed
	const badChunk = intFlagError('get', '--chunk-size', v['chunk-size']);
	if (badChunk) return badChunk;
	const format = v.output ?? '';
	// `-o jsonpath=TEMPLATE`, `-o custom-columns=SPEC`: a printer and its argument
	const [printer, printerArg = ''] = format.split(/=(.*)/s);
	const pathPrinter = printer === 'jsonpath' || printer === 'custom-columns';
	if (format && !OUTPUT_FORMATS.includes(format) && !pathPrinter) {
		if (ALLOWED_FORMATS.split(',').includes(format.split('=')[0]))
			return [note('notModelled', { command: `kubectl get -o ${format}` })];
		return [
			err(
				`error: unable to match a printer suitable for the output format "${format}", allowed formats are: ${ALLOWED_FORMATS}`
			)
		];
	}
	const all = v['all-namespaces'] === 'true';
	const namespace = v.namespace ?? 'default';
	const asked = requests(flags.args);
	if ('error' in asked) return [err(asked.error)];
	if ('unmodelled' in asked) return [note('notStored', { resource: asked.unmodelled })];
	const byName = asked.some((r) => r.names.length);
	if (all && byName)
		return [err('error: a resource cannot be retrieved by name across all namespaces')];
	if (byName && v.selector !== undefined)
		return [err('error: name cannot be provided when a selector is specified')];
	const selector = v.selector === undefined ? null : parseSelector(v.selector);
	if (selector && 'error' in selector)
		return [err(selectorRefused(asked[0].resource, v.selector!, selector.error))];

	const found: { resource: ResourceType; objects: StoredObject[] }[] = [];
	const errors: string[] = [];
	for (const { resource, names } of asked) {
		const fetched = fetchObjects(state, resource, scopeOf(resource, all, namespace), names);
		errors.push(...fetched.errors);
		const labelled = selector
			? fetched.objects.filter((o) => selector(o.metadata.labels ?? {}))
			: fetched.objects;
		const fields = v['field-selector'];
		const objects = fields ? fieldSelect(resource, labelled, fields, v.selector ?? '') : labelled;
		if ('error' in objects) return [err(objects.error)];
		found.push({ resource, objects });
	}
	const sortExpr = v['sort-by'];
	if (sortExpr !== undefined && (v.watch === 'true' || v['watch-only'] === 'true'))
		return [note('notModelled', { command: 'kubectl get --watch --sort-by' })];
	const options: PrintOptions = {
		all,
		showLabels: v['show-labels'] === 'true',
		// a string slice: -L app -L tier is -L app,tier
		labelColumns: v['label-columns'] ? v['label-columns'].split(',') : [],
		headers: v['no-headers'] !== 'true'
	};
	if (v['ignore-not-found'] === 'true') errors.length = 0;
	if (v.watch === 'true' || v['watch-only'] === 'true')
		return watch(
			asked,
			found,
			errors,
			format,
			{ ...options, listed: v['watch-only'] !== 'true' },
			selector,
			scopeOf(asked[0].resource, all, namespace),
			state
		);
	const chunks: Chunk[] = [];
	// printGeneric: one name asked for is the object alone, or only its error
	const single = asked.length === 1 && asked[0].names.length === 1;
	if (sortExpr && !single) {
		// sorter.go: a table sorts its own rows (a field no row has prints none of them);
		// the other printers sort the one list of every kind
		const generic = format === 'yaml' || format === 'json' || format === 'name' || pathPrinter;
		const groups = generic
			? [{ resource: found[0].resource, objects: found.flatMap((f) => f.objects) }]
			: found;
		for (const g of groups) {
			// a table of one row is printed as it is (SortingPrinter sorts more than one)
			if (!generic && g.objects.length < 2) continue;
			const sorted = sortBy(g.objects, sortExpr);
			if ('unsortable' in sorted)
				return [note('notModelled', { command: `kubectl get --sort-by=${sortExpr}` })];
			if ('error' in sorted) {
				if (generic) return [err(`error: ${sorted.error}`)];
				g.objects = [];
			} else g.objects = sorted;
		}
		if (generic) found.splice(0, found.length, ...groups);
	}
	if (pathPrinter) {
		const objects = found.flatMap((f) => f.objects);
		if (single && !objects.length) return [err(errors.join('\n'))];
		const printed: { text?: string; error?: string } =
			printer === 'jsonpath'
				? printJsonPath(printerArg, single ? objects[0] : listOf(objects))
				: printCustomColumns(printerArg, objects, options.headers);
		if (printed.text) chunks.push(out(printed.text));
		if (printed.error) chunks.push(err(printed.error));
		else if (errors.length) chunks.push(err(errors.join('\n')));
		return chunks;
	}
	if (format === 'yaml' || format === 'json') {
		const objects = found.flatMap((f) => f.objects);
		if (!single || objects.length)
			chunks.push(out(structured(single ? objects[0] : objects, format)));
	} else {
		const printed = print(found, format, options, state);
		if (printed) chunks.push(out(printed));
		// get.go: nothing written, no error: say so (a namespace only when every kind asked is namespaced)
		else if (!errors.length && format !== 'name' && v['ignore-not-found'] !== 'true') {
			chunks.push(err(noneFound(!all && asked.every((r) => r.resource.namespaced), namespace)));
		}
	}
	if (errors.length) chunks.push(err(errors.join('\n')));
	return chunks;
}

/**
 * `get -w` (get.go watch): one resource type; the list first (an error ends it there, and an empty
 * list prints nothing, not even "No resources found"), then a row for every write to an object it
 * lists (a deleted one as it last was), the header coming with the first row when the list had none.
 * `--watch-only` still lists, for the resourceVersion its watch starts from, and prints none of it
 * (get.go's skipPrinter): the header comes with the first row.
 */
function watch(
	asked: Request[],
	found: { resource: ResourceType; objects: StoredObject[] }[],
	errors: string[],
	format: string,
	options: PrintOptions & { listed: boolean },
	selector: ((labels: Record<string, string>) => boolean) | null,
	scope: string,
	state: ClusterState
): Chunk[] {
	if (asked.length !== 1) return [err('error: you may only specify a single resource type')];
	if (errors.length) return [err(errors.join('\n'))];
	if (format !== '' && format !== 'wide' && format !== 'name')
		return [note('notModelled', { command: `kubectl get --watch -o ${format}` })];
	const [{ resource, names }] = asked;
	const [table = []] = options.listed ? tables(found, format, options, state) : [];
	const rowOptions = { ...options, headers: false };
	return [
		...(table.length ? [out(tableText(table))] : []),
		{
			watch: {
				// the list's table sets the widths the rows after it keep
				seed: table,
				header:
					!table.length && options.headers && format !== 'name'
						? headerOf(resource, format, options)
						: undefined,
				hears: (key) => {
					if (!key.startsWith(scope)) return false;
					const rest = key.slice(scope.length).split('/');
					const depth = scope === resource.prefix && resource.namespaced ? 2 : 1;
					return rest.length === depth && (!names.length || names.includes(rest[depth - 1]));
				},
				// a deleted object is printed as it last was
				event: ({ type, kv: written, prev }, after) => {
					const kv = type === 'PUT' ? written : prev;
					if (!kv) return [];
					const obj = readObject<StoredObject>(kv);
					if (selector && !selector(obj.metadata.labels ?? {})) return [];
					const [rows = []] = tables([{ resource, objects: [obj] }], format, rowOptions, after);
					return rows.map((cells) => ({ cells }));
				}
			}
		}
	];
}

/** the List printGeneric makes of what it got (zero items or several) */
const listOf = (items: StoredObject[]) => ({
	apiVersion: 'v1',
	items,
	kind: 'List',
	metadata: { resourceVersion: '' }
});

function structured(value: StoredObject | StoredObject[], format: 'yaml' | 'json'): string {
	const list = Array.isArray(value) ? listOf(value) : value;
	if (format === 'json') return goJson(list);
	const yaml = toYaml(list, { sorted: true });
	// the YAML writer leaves out empty lists; kubectl prints an empty List's items
	return Array.isArray(value) && !value.length
		? yaml.replace('kind: List', 'items: []\nkind: List')
		: yaml;
}

interface PrintOptions {
	all: boolean;
	showLabels: boolean;
	/** -L: a column for each of these label keys, after the kind's own */
	labelColumns: string[];
	headers: boolean;
}

/** Each kind's table as cells (its header first when headers are on), for the kinds that came back. */
function tables(
	found: { resource: ResourceType; objects: StoredObject[] }[],
	format: string,
	o: PrintOptions,
	state: ClusterState
): string[][][] {
	const returned = found.filter((f) => f.objects.length);
	if (format === 'name')
		return [
			returned.flatMap(({ resource, objects }) =>
				objects.map((obj) => [`${typeName(resource)}/${obj.metadata.name}`])
			)
		];
	// more than one kind came back: each its own table, names prefixed with the kind (printWithKind)
	const withKind = returned.length > 1;
	return returned.map(({ resource, objects }) => {
		const wide = format === 'wide' ? resource.wide : undefined;
		const columns = columnsOf(resource, format);
		const namespaced = o.all && resource.namespaced;
		const rows = objects.map((obj) => {
			const cells = [
				...(wide?.full ? [] : resource.row(obj, state)),
				...(wide ? wide.row(obj, state) : [])
			];
			if (withKind && columns[0] === 'NAME') cells[0] = `${typeName(resource)}/${cells[0]}`;
			return [
				...(namespaced ? [obj.metadata.namespace ?? ''] : []),
				...cells,
				...o.labelColumns.map((key) => obj.metadata.labels?.[key] ?? ''),
				...(o.showLabels ? [formatLabels(obj.metadata.labels)] : [])
			];
		});
		return o.headers ? [headerOf(resource, format, o), ...rows] : rows;
	});
}

/** A kind's columns: its own, then its wide ones with -o wide (or the whole wide table) */
function columnsOf(resource: ResourceType, format: string): string[] {
	const wide = format === 'wide' ? resource.wide : undefined;
	return wide?.full ? wide.columns : [...resource.columns, ...(wide?.columns ?? [])];
}

/** A kind's table header: NAMESPACE with -A, its columns (wide ones with -o wide), LABELS */
function headerOf(resource: ResourceType, format: string, o: PrintOptions): string[] {
	return [
		...(o.all && resource.namespaced ? ['NAMESPACE'] : []),
		...columnsOf(resource, format),
		// printers.go formatLabelHeaders: the key's last path segment, upper-cased
		...o.labelColumns.map((key) => key.split('/').at(-1)!.toUpperCase()),
		...(o.showLabels ? ['LABELS'] : [])
	];
}

function print(
	found: { resource: ResourceType; objects: StoredObject[] }[],
	format: string,
	o: PrintOptions,
	state: ClusterState
): string {
	return (
		tables(found, format, o, state)
			.filter((t) => t.length)
			.map(tableText)
			// get.go: an empty line between kinds only when they have headers
			.join(o.headers ? '\n\n' : '\n')
	);
}

/** `pod`, `deployment.apps`: how kubectl names a kind before an object's name */
const typeName = (r: ResourceType) => `${r.singular}${r.group ? `.${r.group}` : ''}`;
