/**
 * What the gallery says of each flow beyond its title: the CKA topics, what it teaches and its
 * path in one line, from each flow's `about.ts`. Only the gallery loads this: a flow's page
 * carries its title alone (the registry's).
 */
export interface About {
	/** the CKA curriculum's domains the flow prepares for */
	cka: string;
	/** what a learner comes away knowing, a sentence each */
	teaches: string[];
	/** the flow's path in one line of components and objects */
	summary: string;
}

const modules = import.meta.glob<Record<'en' | 'ko', About>>('./*/about.ts', {
	eager: true,
	import: 'about'
});

/** The gallery's text of flow `id` in both languages (every flow has an about.ts). */
export function aboutOf(id: string): Record<'en' | 'ko', About> {
	return modules[`./${id}/about.ts`];
}
