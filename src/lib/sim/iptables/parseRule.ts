/**
 * Reads an iptables-restore rule line back into its parts, the way iptables does: "-s", "-d" and
 * "-p" belong to the IP header match, "-m <module>" starts a match that owns the "--options" that
 * follow, "-j <target>" starts the target, and "!" negates the next option. The save view and the
 * packet tracer both work from this parse of the text, never from how the text was built.
 */

export interface ParsedOption {
	name: string;
	value?: string;
	negated: boolean;
}

export interface ParsedAddress {
	cidr: string;
	negated: boolean;
}

export interface ParsedMatch {
	module: string;
	options: ParsedOption[];
}

export interface ParsedRule {
	chain: string;
	source?: ParsedAddress;
	destination?: ParsedAddress;
	protocol?: string;
	matches: ParsedMatch[];
	target?: { name: string; options: ParsedOption[] };
}

/** Options that take no value (MASQUERADE, recent); every other "--option" takes exactly one. */
const FLAGS = new Set(['--random-fully', '--set', '--rcheck', '--update', '--remove', '--reap']);

/** Splits on spaces, keeping a double-quoted argument (kube-proxy's comments) as one token. */
export function tokenize(line: string): string[] {
	return line.match(/"[^"]*"|\S+/g) ?? [];
}

export const unquote = (token: string): string => token.replace(/^"(.*)"$/, '$1');

export function parseRule(line: string): ParsedRule {
	const tokens = tokenize(line);
	if (tokens[0] !== '-A' || tokens.length < 2) throw new Error(`not a rule: ${line}`);
	const rule: ParsedRule = { chain: tokens[1], matches: [] };
	let options: ParsedOption[] | undefined;
	let negated = false;
	for (let i = 2; i < tokens.length; i++) {
		const token = tokens[i];
		const next = (): string => {
			if (i + 1 >= tokens.length) throw new Error(`${token} needs a value: ${line}`);
			return unquote(tokens[++i]);
		};
		if (token === '!') {
			negated = true;
			continue;
		}
		if (token === '-s' || token === '--source') rule.source = { cidr: next(), negated };
		else if (token === '-d' || token === '--destination') {
			rule.destination = { cidr: next(), negated };
		} else if (token === '-p' || token === '--protocol') rule.protocol = next();
		else if (token === '-m' || token === '--match') {
			const match: ParsedMatch = { module: next(), options: [] };
			rule.matches.push(match);
			options = match.options;
		} else if (token === '-j' || token === '--jump') {
			rule.target = { name: next(), options: [] };
			options = rule.target.options;
		} else if (token.startsWith('--') && options) {
			options.push({ name: token, value: FLAGS.has(token) ? undefined : next(), negated });
		} else throw new Error(`unexpected ${token}: ${line}`);
		negated = false;
	}
	return rule;
}

/** The value of `name` in a match or target, if present. */
export function option(options: readonly ParsedOption[], name: string): ParsedOption | undefined {
	return options.find((o) => o.name === name);
}
