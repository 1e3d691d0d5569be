import { error } from '@sveltejs/kit';
import { FLOWS, isFlowId } from '$lib/flows/catalog';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => FLOWS.map((id) => ({ id }));

export const load: PageLoad = ({ params }) => {
	if (!isFlowId(params.id)) error(404, `No flow named ${params.id}`);
	return { id: params.id };
};
