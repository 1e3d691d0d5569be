/** What the scenario forms and the what-if bar share about telling a person which field is wrong. */
import { tick } from 'svelte';

/** An aria-describedby value from the ids that apply (false: does not apply), or none. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
	return ids.filter(Boolean).join(' ') || undefined;
}

/** After a refused submit, takes the person to the first field to fix (its message is read with it). */
export async function focusFirstInvalid(form: HTMLFormElement | undefined): Promise<void> {
	await tick();
	form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
