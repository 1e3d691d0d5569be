/**
 * The pages after the first of `kubectl get pods --chunk-size=N`: each request carries the
 * continue token, whose revision is the first page's. ListFromCacheSnapshot (beta and on by
 * default since v1.34) lets the watch cache serve it from the newest snapshot of its store at or
 * below that revision (cacher.go ShouldDelegateContinue → shouldDelegateExactRV →
 * CanServeExactRV, watch_cache.go waitAndListExactRV). With no snapshot left, etcd reads the page
 * at that revision (etcd3/store.go GetList).
 */
import type { FlowMessage } from '$lib/flows/types';
import { API, ETCD, KUBECTL, kgStep, msg, type KubectlGetDraft } from './draft';
import { listPath, pageAt, plural, tableAnswer } from './reads';
import { EVENT_FRESH_S, snapshotFor, type ListPage } from './watchCache';
import { pageSize, pagesCommand } from './whatIfSteps';
import { printed } from './printed';

/**
 * One continued request, from `phase`: answered from the snapshot inside kube-apiserver, or
 * read from etcd at `rv` starting just after the key the page before ended on.
 */
function continued(
	page: ListPage,
	after: string,
	size: number,
	rv: number,
	fromCache: boolean,
	phase: number
): FlowMessage[] {
	const request = msg(
		KUBECTL,
		API,
		'request',
		`GET ${listPath(`continue=…&limit=${size}`)}`,
		phase
	);
	if (fromCache) return [request, msg(API, KUBECTL, 'response', tableAnswer(page), phase + 1)];
	return [
		request,
		msg(API, ETCD, 'request', `range ${after}\\x00 rev=${rv} limit=${size}`, phase + 1),
		msg(
			ETCD,
			API,
			'response',
			`${plural(page.items.length, 'key')}${page.continue ? ', more' : ''}`,
			phase + 2
		),
		msg(API, KUBECTL, 'response', tableAnswer(page), phase + 3)
	];
}

/** Every page after the first, at the first page's revision; kubectl prints one table at the end. */
export function nextPages(d: KubectlGetDraft) {
	const size = pageSize(d);
	const rv = d.listRv;
	const snapshot = snapshotFor(d.snapshots, rv);
	const fromCache = snapshot !== undefined;
	const messages: FlowMessage[] = [];
	let p = pageAt(d, 0, size, rv);
	let from = p.items.length;
	let requests = 0;
	while (p.continue) {
		// the token's start key: just after the last key the page before sent
		const after = p.items.at(-1)!.key;
		p = pageAt(d, from, size, rv);
		messages.push(...continued(p, after, size, rv, fromCache, messages.length));
		requests++;
		from += p.items.length;
	}
	const line = pagesCommand(size);
	return kgStep({
		stage: 'what-if',
		params: {
			size,
			requests,
			rv,
			total: from,
			fromCache: fromCache ? 1 : 0,
			snapshot: snapshot ?? 0,
			fresh: EVENT_FRESH_S
		},
		messages,
		active: fromCache ? [KUBECTL, API] : [KUBECTL, API, ETCD],
		wrote: [],
		command: { line, output: printed(line, d.state) }
	});
}
