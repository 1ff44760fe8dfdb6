/**
 * Placeholder addresses: domains reserved for examples (RFC 2606 and RFC 6761: `.example`,
 * `.invalid`, `example.com`, `example.org`, `example.net`). A published site must not carry
 * them; a demonstration edition (`demo: true` in the settings) may, but never links to one.
 */

const reservedNames = ['example.com', 'example.org', 'example.net'];
const reservedTopLevel = ['example', 'invalid'];

/** Whether a host name is a placeholder: a reserved example domain or one of its subdomains. */
function isPlaceholderHost(host: string): boolean {
	const name = host.toLowerCase().replace(/\.$/, '');
	const top = name.split('.').at(-1) ?? '';
	return (
		reservedTopLevel.includes(top) ||
		reservedNames.some((reserved) => name === reserved || name.endsWith(`.${reserved}`))
	);
}

/** Whether a URL (http, https or mailto) or an email address points at a placeholder domain. */
export function isPlaceholderAddress(address: string): boolean {
	const at = address.lastIndexOf('@');
	if (!address.includes('://') && at >= 0) return isPlaceholderHost(address.slice(at + 1));
	try {
		return isPlaceholderHost(new URL(address).hostname);
	} catch {
		return false;
	}
}

/** Every web address and email address in a line of text, with its column (1-based). */
export function addressesIn(line: string): { address: string; column: number }[] {
	const found: { address: string; column: number }[] = [];
	for (const match of line.matchAll(
		/\bhttps?:\/\/[^\s"'<>()\]]+|\b[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/giu,
	))
		found.push({ address: match[0], column: (match.index ?? 0) + 1 });
	return found;
}
