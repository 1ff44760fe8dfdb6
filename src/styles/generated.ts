/**
 * Stylesheets written from the site's data rather than by hand, so a value such as a verdict's
 * color stays defined in one place (the edition's rating scale: src/edition/ratings.ts). Pages import them as
 * `crosscheck:styles/<name>` (src/integrations/generated-styles.ts).
 */
import { ratings } from '../edition/ratings.ts';
import { cardCss } from '../embed/card-style.ts';

export const generatedStylesheets = {
	/** An element with `data-verdict="<rating id>"` gets its verdict's colour as `--verdict`, and the text colour that meets AA on it as `--verdict-ink`. */
	'verdict-colors.css': () =>
		ratings
			.map((r) => `[data-verdict='${r.id}'] { --verdict: ${r.color}; --verdict-ink: ${r.ink}; }`)
			.join('\n'),
	'embed-card.css': () => cardCss,
};

export type GeneratedStylesheet = keyof typeof generatedStylesheets;
