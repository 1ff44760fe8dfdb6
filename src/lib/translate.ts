/**
 * A message in the site's language, as the edge binds it once (src/edition/i18n.ts) and passes
 * it in: a lib module that writes words for readers takes one, typed with the keys it uses.
 */
export type Translate<Key extends string> = (
	key: Key,
	values?: Readonly<Record<string, string | number>>,
) => string;
