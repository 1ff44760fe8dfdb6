/**
 * `npm run dev` only (added by src/integrations/validate-content.ts): shows the validator's
 * findings in the browser. A problem the build would refuse stops every page with Astro's error
 * overlay, at the file, line and column; a draft's placeholders and its misquotes are listed on
 * the claim's own page, which still renders.
 */
import { resolve } from 'node:path';
import { defineMiddleware } from 'astro:middleware';
import { AstroError } from 'astro/errors';
import { paths } from '../edition/paths.ts';
import { formatText, type Diagnostic } from '../validator/diagnostics.ts';
import { claimFile } from '../lib/edition-files.ts';
import { contentProblems, isShownOnPage } from './content-problems.ts';
import { draftNotice } from './draft-notice.ts';

/** The claim a page path shows ("/claims/x/" is "x"), or null. */
const [claimPrefix = ''] = paths.claim('\0').split('\0');
const claimOn = (pathname: string) =>
	pathname.startsWith(claimPrefix)
		? (pathname.slice(claimPrefix.length).split('/')[0] ?? null)
		: null;

/** An error Astro's overlay shows with the problems, the hint, and the first problem's line in the file. */
function overlayError(problems: readonly Diagnostic[]): AstroError {
	const error = new AstroError(
		`${problems.length} problem(s) in the content:\n${problems.map(formatText).join('\n')}`,
		'Fix the file and save it: the page reloads. `npm run validate` lists the same problems.',
	);
	error.name = 'ContentError';
	error.stack = '';
	const [first] = problems;
	// The overlay reads a location from `loc`, as it does for Vite's errors, and shows the file's lines around it.
	return first
		? Object.assign(error, {
				loc: { file: resolve(first.file), line: first.line, column: first.column },
			})
		: error;
}

export const onRequest = defineMiddleware(async (context, next) => {
	const problems = contentProblems();
	const stopping = problems.filter((problem) => !isShownOnPage(problem));
	if (stopping.length > 0) throw overlayError(stopping);
	const response = await next();
	const id = claimOn(context.url.pathname);
	const shown = id === null ? [] : problems.filter((problem) => problem.file === claimFile(id));
	if (shown.length === 0 || !response.headers.get('content-type')?.startsWith('text/html'))
		return response;
	const html = (await response.text()).replace(
		/<main\b[^>]*>/,
		(main) => `${main}${draftNotice(shown)}`,
	);
	return new Response(html, { status: response.status, headers: response.headers });
});
