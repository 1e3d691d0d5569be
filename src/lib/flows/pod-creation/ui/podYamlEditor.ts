/**
 * The pod.yaml editor: CodeMirror 6 with YAML highlighting, two-space indents and undo. Tab is
 * left to the page (it moves the focus on, so the editor never traps it); Ctrl/⌘+Enter applies.
 * Its code loads when the Pod YAML tab first opens.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { defaultHighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import {
	EditorView,
	drawSelection,
	highlightActiveLine,
	keymap,
	lineNumbers
} from '@codemirror/view';

export interface PodYamlEditor {
	text(): string;
	set(text: string): void;
	destroy(): void;
}

export function createEditor(
	parent: HTMLElement,
	doc: string,
	label: string,
	apply: () => void
): PodYamlEditor {
	const view = new EditorView({
		parent,
		state: EditorState.create({
			doc,
			extensions: [
				lineNumbers(),
				history(),
				drawSelection(),
				highlightActiveLine(),
				indentUnit.of('  '),
				EditorState.tabSize.of(2),
				syntaxHighlighting(defaultHighlightStyle),
				yaml(),
				keymap.of([
					{
						key: 'Mod-Enter',
						run: () => {
							apply();
							return true;
						}
					},
					...defaultKeymap,
					...historyKeymap
				]),
				EditorView.contentAttributes.of({ 'aria-label': label })
			]
		})
	});
	return {
		text: () => view.state.doc.toString(),
		set: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
		destroy: () => view.destroy()
	};
}
