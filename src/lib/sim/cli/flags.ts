/**
 * Flags parsed the way spf13/pflag parses them (kubectl and etcdctl both use it): `--name value`,
 * `--name=value`, `-n value`, `-nvalue`, `-n=value`, boolean flags without a value, and `--`
 * ending the flags. Errors are pflag's own messages (flag.go: failf in parseLongArg and
 * parseSingleShortArg).
 */
export interface FlagSpec {
	name: string;
	short?: string;
	/** takes a value; otherwise a boolean flag */
	value?: boolean;
	/** a string slice (pflag StringSlice): each time it is given adds its values, comma-joined */
	repeated?: boolean;
}

export interface ParsedFlags {
	/** flag name → its value ("true" for a boolean flag given) */
	values: Record<string, string>;
	args: string[];
	/** where each of `args` stood in the words */
	at: number[];
}

export function parseFlags(words: string[], specs: FlagSpec[]): ParsedFlags | { error: string } {
	const values: Record<string, string> = {};
	const set = (spec: FlagSpec, v: string) => {
		values[spec.name] =
			spec.repeated && values[spec.name] !== undefined ? `${values[spec.name]},${v}` : v;
	};
	const args: string[] = [];
	const at: number[] = [];
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		if (w === '--') {
			for (let j = i + 1; j < words.length; j++) at.push(j);
			args.push(...words.slice(i + 1));
			break;
		}
		if (w.startsWith('--') && w.length > 2) {
			const [name, inline] = splitOnce(w.slice(2), '=');
			const spec = specs.find((s) => s.name === name);
			if (!spec) return { error: `unknown flag: --${name}` };
			if (!spec.value) values[name] = inline ?? 'true';
			else if (inline !== undefined) set(spec, inline);
			else if (i + 1 < words.length) set(spec, words[++i]);
			else return { error: `flag needs an argument: --${name}` };
		} else if (w.startsWith('-') && w.length > 1) {
			// a run of shorthand booleans (-Ao): each letter a flag until one takes a value
			for (let j = 1; j < w.length; j++) {
				const letter = w[j];
				const spec = specs.find((s) => s.short === letter);
				// pflag names the shorthands left to read: -Az gives "'z' in -z"
				if (!spec) return { error: `unknown shorthand flag: '${letter}' in -${w.slice(j)}` };
				if (!spec.value) {
					values[spec.name] = 'true';
					continue;
				}
				const rest = w.slice(j + 1);
				if (rest) set(spec, rest.startsWith('=') ? rest.slice(1) : rest);
				else if (i + 1 < words.length) set(spec, words[++i]);
				else return { error: `flag needs an argument: '${letter}' in -${w.slice(j)}` };
				break;
			}
		} else {
			args.push(w);
			at.push(i);
		}
	}
	return { values, args, at };
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
	const at = s.indexOf(sep);
	return at < 0 ? [s, undefined] : [s.slice(0, at), s.slice(at + 1)];
}

/**
 * Where the command's first argument stands (its subcommand), the flags before it skipped as
 * cobra's stripFlags skips them: a flag that takes a value skips the next word too unless it has
 * `=`; an unknown flag is left for the subcommand to report. -1 when there is none.
 */
export function firstArgument(words: string[], specs: FlagSpec[]): number {
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		if (w === '--') return i + 1 < words.length ? i + 1 : -1;
		if (!w.startsWith('-') || w === '-') return i;
		const long = w.startsWith('--');
		const spec = long
			? specs.find((s) => s.name === w.slice(2).split('=')[0])
			: specs.find((s) => s.short === w[1]);
		if (spec?.value && !w.includes('=') && (long || w.length === 2)) i++;
	}
	return -1;
}
