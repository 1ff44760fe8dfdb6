/**
 * What `npm run dev` knows about the content's problems: the validator's findings, kept by the
 * validate-content integration as files change and read by the dev middleware
 * (content-problems-middleware.ts). The two run in different module graphs (the integration
 * in Astro's config, the middleware in Vite's server), so they share one global slot.
 */
import { misquoteProblem } from '../validator/check-claims.ts';
import { placeholderProblem } from '../validator/check-text.ts';
import { isWarning, type Diagnostic } from '../validator/diagnostics.ts';

const slot = Symbol.for('crosscheck.dev.contentProblems');
const store = globalThis as typeof globalThis & { [slot]?: readonly Diagnostic[] };

export function setContentProblems(problems: readonly Diagnostic[]): void {
	store[slot] = problems;
}

export function contentProblems(): readonly Diagnostic[] {
	return store[slot] ?? [];
}

/**
 * Problems a page can be shown with, as a notice on it: the placeholders of a draft in progress,
 * quotes not found in their article, and warnings (which stop nothing). Every other problem
 * stops the dev server's pages with Astro's error overlay, as it stops the build.
 */
export const isShownOnPage = (problem: Diagnostic) =>
	isWarning(problem) ||
	problem.message.includes(placeholderProblem) ||
	problem.message.startsWith(misquoteProblem);
