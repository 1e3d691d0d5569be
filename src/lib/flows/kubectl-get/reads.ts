/**
 * The messages of a read kube-apiserver serves from its watch cache, built one way for every
 * list the flow sends: the consistent read's question to etcd, the progress notification that
 * brings a stale cache up to etcd's revision, and the page the cache answers with.
 */
import type { FlowMessage } from '$lib/flows/types';
import { API, ETCD, KUBECTL, msg, type KubectlGetDraft } from './draft';
import { PODS_PREFIX, namespacePods, page, type ListPage } from './watchCache';

export const NAMESPACE = 'default';
const NAMESPACE_PREFIX = `${PODS_PREFIX}${NAMESPACE}/`;
export { KUBECTL_CHUNK } from './scenario';

export const listPath = (query: string) => `/api/v1/namespaces/${NAMESPACE}/pods?${query}`;

/**
 * etcd3/store.go GetCurrentResourceVersion: a get of the resource's prefix key itself (not recursive),
 * which holds nothing, read for the revision in the reply's header.
 */
export function askRevision(d: KubectlGetDraft, phase: number): FlowMessage[] {
	return [
		msg(API, ETCD, 'request', `range ${PODS_PREFIX.slice(0, -1)} limit=1`, phase),
		msg(ETCD, API, 'response', `header revision ${d.state.etcd.revision}`, phase + 1)
	];
}

/**
 * watch_cache.go: while the cache is behind etcd, the progress requester asks etcd on the
 * cache's watch stream; etcd's progress notification carries its revision and moves the cache to it.
 */
export function catchUp(
	d: KubectlGetDraft,
	phase: number
): { behind: number; messages: FlowMessage[] } {
	const target = d.state.etcd.revision;
	const behind = target - d.cacheRv;
	if (behind <= 0) return { behind: 0, messages: [] };
	d.cacheRv = target;
	return {
		behind,
		messages: [
			msg(API, ETCD, 'request', 'RequestProgress (watch stream)', phase),
			msg(ETCD, API, 'watch', `progress notify: revision ${target}`, phase + 1)
		]
	};
}

/**
 * The page after `from` items at the token's revision `rv`, from the cache's snapshot or from etcd.
 * The flow writes no pod between the pages, so the keys as they stand are the keys at `rv`.
 */
export const pageAt = (d: KubectlGetDraft, from: number, limit: number, rv: number) =>
	page(namespacePods(d.state, NAMESPACE), from, limit, rv, NAMESPACE_PREFIX);

/** The first page of the namespace's pods the cache holds, at its revision: `limit` 0 is all. */
export const cachePage = (d: KubectlGetDraft, limit: number): ListPage =>
	pageAt(d, 0, limit, d.cacheRv);

/** What kubectl's request for a Table gets back, as the arrow names it. */
export const tableAnswer = (p: ListPage) =>
	`200 OK Table: ${plural(p.items.length, 'row')}, resourceVersion ${p.rv}${p.continue ? ', continue' : ''}`;

/** "1 row", "2 rows": the labels are English in every language */
export const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * A consistent list from kubectl in one step: the request, etcd's revision, the catch-up if the
 * cache is behind, the Table back. Phases from `phase`; returns the page and the next free phase.
 */
export function consistentList(d: KubectlGetDraft, request: string, limit: number, phase: number) {
	const messages = [msg(KUBECTL, API, 'request', request, phase), ...askRevision(d, phase + 1)];
	const { behind, messages: progress } = catchUp(d, phase + 3);
	messages.push(...progress);
	const after = phase + 3 + (progress.length ? 2 : 0);
	const p = cachePage(d, limit);
	d.listRv = p.rv;
	messages.push(msg(API, KUBECTL, 'response', tableAnswer(p), after));
	return { page: p, behind, messages, phase: after + 1 };
}
