/**
 * Text made safe to place in HTML or XML, in an element or a quoted attribute: the five
 * characters that could end either are written as entities every HTML and XML reader knows.
 */
const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

export const escapeMarkup = (text: string): string =>
	text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
