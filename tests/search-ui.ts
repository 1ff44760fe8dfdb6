/**
 * Pagefind's search interface, as the browser tests drive it. Its filter options are labelled
 * with the value and a count ("Falso (3)"), so a verdict is found by its whole label: "Verdadero"
 * must not pick "Verdadero, pero…".
 */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches the label of the filter option for `value`, and no option whose value merely starts with it. */
export const filterOption = (value: string) =>
	new RegExp(`^\\s*${escape(value)}(?![\\p{L}\\p{N},;:.…])`, 'u');
