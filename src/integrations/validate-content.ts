/**
 * Runs the contributor validator before Astro builds or serves the site, so an invalid
 * claim file stops the build with the same file:line:column messages `npm run validate` prints.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { projectCacheDir } from '../lib/cache-dir.ts';
import { formatText } from '../validator/diagnostics.ts';
import { validateProject } from '../validator/validate-project.ts';

export function validateContent(): AstroIntegration {
	return {
		name: 'crosscheck:validate-content',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const { problems, checked } = validateProject(root, [], { cacheDir: projectCacheDir(root) });
				if (problems.length === 0) {
					logger.info(`${checked} content files valid`);
					return;
				}
				const report = problems.map(formatText).join('\n');
				if (command === 'dev') {
					logger.error(`content has ${problems.length} problem(s):\n${report}`);
					return;
				}
				// These are the contributor's errors, not the code's: report them as a message and a hint, with no stack trace.
				const error = new AstroError(`Content validation failed with ${problems.length} problem(s):\n${report}`, 'Run `npm run validate` to check content files without building.');
				error.stack = '';
				throw error;
			},
		},
	};
}
