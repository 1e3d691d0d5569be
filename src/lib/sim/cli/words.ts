/**
 * A command line split the way bash splits it before running a program: words separated by
 * blanks, '…' taken literally, "…" with \" \\ \$ \` escapes, a backslash escaping the next
 * character, and leading NAME=value words as the command's environment (`ETCDCTL_API=3 etcdctl …`).
 * Expansions ($VAR, globs, pipes) are not a shell's job here: they stay literal text.
 */
export interface CommandWords {
	env: Record<string, string>;
	words: string[];
	/** an unquoted | > < ; & or backquote: a pipe, a redirection, a list, which the terminal does not run */
	operators?: boolean;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** The words of `line`, or bash's message for an unterminated quote. */
export function splitWords(line: string): CommandWords | { error: string } {
	const words: string[] = [];
	let word: string | null = null;
	let quote: "'" | '"' | null = null;
	let operators = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (quote === "'") {
			if (c === "'") quote = null;
			else word += c;
		} else if (quote === '"') {
			if (c === '"') quote = null;
			else if (c === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1]))
				word += line[++i];
			else word += c;
		} else if (c === ' ' || c === '\t') {
			if (word !== null) words.push(word);
			word = null;
		} else if (c === "'" || c === '"') {
			quote = c;
			word ??= '';
		} else if ('|><;&`'.includes(c)) {
			operators = true;
			word = (word ?? '') + c;
		} else if (c === '\\') {
			word = (word ?? '') + (i + 1 < line.length ? line[++i] : '');
		} else word = (word ?? '') + c;
	}
	// bash: "unexpected EOF while looking for matching `''" and a second line for the end of input
	if (quote)
		return {
			error: `bash: unexpected EOF while looking for matching \`${quote}'\nbash: syntax error: unexpected end of file`
		};
	if (word !== null) words.push(word);
	const env: Record<string, string> = {};
	while (words.length > 0 && ASSIGNMENT.test(words[0])) {
		const [, name] = words[0].match(ASSIGNMENT)!;
		env[name] = words.shift()!.slice(name.length + 1);
	}
	return operators ? { env, words, operators } : { env, words };
}
