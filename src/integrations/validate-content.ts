/**
 * Runs the contributor validator with Astro:
 *
 * - before `astro build` (and `astro check`): invalid content stops it with the same
 *   file:line:column messages `npm run validate` prints, as an AstroError with a hint;
 * - during `astro dev`: again whenever a content file changes, showing problems in the browser
 *   (src/dev/content-problems-middleware.ts) rather than stopping the server.
 */
import { relative, sep } from 'node:path';
import { elapsed } from '../lib/elapsed.ts';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { contentProblems, isShownOnPage, setContentProblems } from '../dev/content-problems.ts';
import { projectCacheDir } from '../lib/cache-dir.ts';
import { focusedClaimFile } from '../lib/focused-preview.ts';
import { validatedVariable } from '../lib/language-builds.ts';
import { errorsOf, formatText, isWarning, summarize } from '../validator/diagnostics.ts';
import { contentDirs } from '../lib/edition-files.ts';
import { validateProject } from '../validator/validate-project.ts';

const contentFolders = Object.values(contentDirs);

export function validateContent(): AstroIntegration {
	let root = process.cwd();
	/** In a focused preview (scripts/dev.ts), its one claim, its translations and the sources. */
	const focused = focusedClaimFile();
	const validate = () =>
		validateProject(root, focused ? [focused] : [], {
			cacheDir: projectCacheDir(root),
			...(focused && { claimFiles: [focused] }),
		});
	return {
		name: 'crosscheck:validate-content',
		hooks: {
			'astro:config:setup': ({ config, command, logger, addMiddleware }) => {
				root = fileURLToPath(config.root);
				if (command === 'dev') {
					addMiddleware({
						entrypoint: new URL('../dev/content-problems-middleware.ts', import.meta.url),
						order: 'pre',
					});
					return;
				}
				// A further language's build: the default language's, which started it, has validated.
				if (process.env[validatedVariable]) return;
				const started = performance.now();
				const { problems, checked } = validate();
				// Warnings (a translation behind its original) are printed and stop nothing.
				for (const warning of problems.filter(isWarning)) logger.warn(formatText(warning));
				if (errorsOf(problems).length === 0) {
					logger.info(
						problems.length === 0
							? `${checked} content files valid (${elapsed(started)})`
							: `${summarize(problems, checked)}: the build goes on (${elapsed(started)})`,
					);
					return;
				}
				// The contributor's errors, not the code's: the validator's report as `npm run validate` prints it,
				// then Astro's error with a hint. The report is not the error's message: Astro reads messages
				// for known mistakes, and a claim's text (a link to "javascript:…document…") would draw a wrong hint.
				process.stderr.write(`\n${errorsOf(problems).map(formatText).join('\n')}\n\n`);
				throw new AstroError(
					`${summarize(problems, checked)}: the build stopped. Fix them and build again.`,
					'The problems are listed above, each with its file, line and column. `npm run validate` checks the content without building and prints the same report.',
				);
			},
			'astro:server:setup': ({ server, logger }) => {
				const check = () => {
					const { problems, checked } = validate();
					const before = contentProblems();
					setContentProblems(problems);
					if (problems.length > 0)
						logger.warn(
							`${summarize(problems, checked)}; ${problems.filter((p) => !isShownOnPage(p)).length} shown as errors, the rest on the claims' pages`,
						);
					else if (before.length > 0) logger.info(`${summarize(problems, checked)}`);
				};
				check();
				server.watcher.on('all', (_event, path) => {
					const file = relative(root, path).split(sep).join('/');
					if (!contentFolders.some((folder) => file.startsWith(`${folder}/`))) return;
					check();
					// The content layer reloads the page only when an edit loads; a broken one must be shown too.
					server.hot.send({ type: 'full-reload' });
				});
			},
		},
	};
}
