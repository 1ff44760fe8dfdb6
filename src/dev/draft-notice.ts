/**
 * The notice `npm run dev` puts at the top of a claim page whose file is not ready to publish:
 * a draft's placeholders and quotes not found in their article, each at its line. Dev only, so
 * it carries its own style; the build refuses such a file and never shows it. Its title and
 * lead are in the site's language; the problems are the validator's, in English like all
 * contributor tooling.
 */
import { t } from '../edition/i18n.ts';
import { placeholderProblem } from '../validator/check-text.ts';
import type { Diagnostic } from '../validator/diagnostics.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';

const style = `.dev-notice{margin:1rem 0;padding:.75rem 1rem;border:2px solid #8a5300;border-radius:.25rem;background:#fff4e0;color:#1b2230}.dev-notice h2{margin:0 0 .4rem;font-size:1.1rem}.dev-notice ul{margin:.4rem 0 0;padding-left:1.2rem}.dev-notice code{font-size:.9em}`;

export function draftNotice(problems: readonly Diagnostic[]): string {
	const draft = problems.some(({ message }) => message.includes(placeholderProblem));
	const title = escapeMarkup(t(draft ? 'devNotice.draft' : 'devNotice.notReady'));
	const lead = escapeMarkup(t('devNotice.lead', { dev: '\u0001', build: '\u0002' }))
		.replace('\u0001', '<code>npm run dev</code>')
		.replace('\u0002', '<code>npm run build</code>');
	const items = problems
		.map(
			({ line, column, field, message, hint }) =>
				`<li><code>${line}:${column}</code> ${escapeMarkup(field ? `${field}: ${message}` : message)}${hint ? `<br><small>${escapeMarkup(hint)}</small>` : ''}</li>`,
		)
		.join('');
	return `<style>${style}</style><aside class="dev-notice" role="note" aria-label="${title}"><h2>${title}</h2><p>${lead}</p><ul>${items}</ul></aside>`;
}
