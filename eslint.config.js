// @ts-check
/**
 * ESLint, flat config (as Starlight and the Astro docs): JavaScript's and typescript-eslint's
 * recommended rules, type-aware for the TypeScript modules; eslint-plugin-astro's rules and its
 * accessibility rules (jsx-a11y's, through eslint-plugin-jsx-a11y-x, the fork that runs on
 * ESLint 10) for .astro files; and the import boundaries docs/architecture.md describes.
 * Formatting is Prettier's job, not ESLint's. `npm run lint` runs this, Prettier's check and knip.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** The site (pages, components, layouts, lib) never reaches into the validator's internals. */
const siteNotValidator = {
	group: ['**/validator/**'],
	message: 'The site never imports the validator: move what both need into src/lib/.',
};

/** Who may not import whom (docs/architecture.md, "Layers"). */
const boundaries = [
	{
		// The command-line tools never depend on the test suite; what both use lives in scripts/lib/ or src/.
		files: ['scripts/**/*.ts'],
		patterns: [
			{
				group: ['**/tests/**'],
				message: 'Scripts never import tests: move what both need into scripts/lib/ or src/.',
			},
		],
	},
	{
		// The site (pages, components, layouts, lib) never reaches into the validator's internals;
		// what the site and the validator share lives in a module both import (src/lib/edition-files.ts).
		files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
		patterns: [siteNotValidator],
	},
	{
		// The engine's modules know no edition: the settings and the dictionary enter at the edge
		// (src/edition/), which binds them once and passes them in.
		// ESLint applies one no-restricted-imports per file, so lib's list repeats the site's rule.
		files: ['src/lib/**'],
		patterns: [
			siteNotValidator,
			{
				group: ['**/config/site.ts', '**/i18n/**', '**/edition/**'],
				message:
					'src/lib knows no edition: take the site, t() or what they give as a parameter; src/edition/ binds them.',
			},
		],
	},
	{
		// The dictionaries and their format know no settings and no engine module: the edge passes
		// the language, its dictionary and the quotation marks in.
		files: ['src/i18n/**'],
		patterns: [
			{
				group: ['**/lib/**', '**/edition/**', '**/config/site.ts'],
				message:
					'src/i18n imports neither src/lib nor the edge: take what it needs as a parameter (src/edition/i18n.ts binds it).',
			},
		],
	},
];

export default defineConfig(
	{
		ignores: [
			'dist/**',
			'.astro/**',
			'node_modules/**',
			'screenshots/**',
			'test-results/**',
			'playwright-report/**',
			'public/**',
			'tests/editions/**',
			'scripts/new-site/**',
			'tests/fixtures/**',
			'.editions/**',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.ts'],
		extends: [...tseslint.configs.recommendedTypeChecked],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	...astro.configs.recommended,
	...astro.configs['jsx-a11y-recommended'],
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
	{
		// node:test's test() and describe() return promises its runner awaits; tests read JSON
		// (structured data, feeds, messages) whose shape is what they assert, so `any` is expected there.
		files: ['tests/**/*.ts'],
		rules: {
			'@typescript-eslint/no-floating-promises': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
	{
		// Components imported by a .ts module are typed by Astro's language tools, not by tsc.
		files: ['src/components/editorial.ts'],
		rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
	},
	...boundaries.map(({ files, patterns }) => ({
		files,
		rules: /** @type {import('eslint').Linter.RulesRecord} */ ({
			'no-restricted-imports': ['error', { patterns }],
		}),
	})),
);
