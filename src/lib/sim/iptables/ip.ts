/** IPv4 addresses and CIDRs as iptables reads them (the simulated cluster is IPv4 single-stack). */

export function parseIPv4(text: string): number | undefined {
	const parts = text.split('.');
	if (parts.length !== 4) return undefined;
	let value = 0;
	for (const part of parts) {
		if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
		value = value * 256 + Number(part);
	}
	return value;
}

export const formatIPv4 = (value: number): string =>
	[24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');

/** "a.b.c.d" or "a.b.c.d/n" → network address and prefix length; a bare address is a /32. */
export function parseCidr(text: string): { network: number; prefix: number } {
	const [address, bits = '32'] = text.split('/');
	const ip = parseIPv4(address);
	const prefix = Number(bits);
	if (ip === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) {
		throw new Error(`bad IPv4 CIDR: ${text}`);
	}
	const size = 2 ** (32 - prefix);
	return { network: ip - (ip % size), prefix };
}

export function cidrContains(cidr: string, ip: string): boolean {
	const { network, prefix } = parseCidr(cidr);
	const value = parseIPv4(ip);
	if (value === undefined) throw new Error(`bad IPv4 address: ${ip}`);
	return value - (value % 2 ** (32 - prefix)) === network;
}

/** How iptables prints an address match: host bits masked off and the prefix always shown. */
export function normalizeCidr(text: string): string {
	const { network, prefix } = parseCidr(text);
	return `${formatIPv4(network)}/${prefix}`;
}
