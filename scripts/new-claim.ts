/**
 * npm run new-claim [-- --claim "…" --id … --claimant "…" --claimant-type person|organization --via own-voice|quoted|paraphrased|relayed --source <id> --date YYYY-MM-DD --verdict <rating> --author "…" [--yes]]
 * Writes content/claims/<id>.md from the template. Asks for whatever the flags leave out,
 * unless --yes is given, in which case the rest is left as TODO placeholders. Never
 * overwrites a file. Exit 0 when written, 1 when the file exists, 2 on bad input.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { isoDay } from '../src/lib/schema.ts';
import { claimSchema } from '../src/edition/schema.ts';
import { ratingIds } from '../src/edition/ratings.ts';
import { claimantTypes, viaIds } from '../src/lib/claimants.ts';
import { today } from '../src/lib/dates.ts';
import {
	defaultAuthor,
	idFromClaim,
	isValidId,
	readSourceArticles,
	scaffoldClaim,
	type ClaimDraft,
	type SourceArticle,
} from '../src/validator/claim-scaffold.ts';
import { closestWord } from '../src/validator/suggest.ts';
import { claimFile, contentDirs } from '../src/lib/edition-files.ts';
import { paths } from '../src/edition/paths.ts';
import { ask, checkFlags, InputError, openPrompt, refuse, type Field } from './lib/questions.ts';

const usage = `usage: npm run new-claim [-- --claim "…" --id <id> --claimant "…" --claimant-type person|organization
                          --via own-voice|quoted|paraphrased|relayed --source <source id> --date YYYY-MM-DD
                          --verdict <rating> --author "…" --yes]
  Asks for anything not given; with --yes, leaves it as a TODO placeholder instead.`;

function fields(root: string, sources: readonly SourceArticle[]) {
	const sourceIds = sources.map((s) => s.id);
	/** Checked with the claim schema's own rule for the field, and its wording. */
	const text = (question: string, rule: z.ZodType<string>): Field => ({
		question,
		check: (answer) => {
			const parsed = rule.safeParse(answer);
			if (!parsed.success)
				throw new InputError(`"${answer}" ${parsed.error.issues[0]?.message ?? 'is not valid'}`);
			return parsed.data;
		},
	});
	return {
		claim: text(
			"The claim: the narrowest wording the verdict rates, in the claimant's words",
			claimSchema.shape.claim,
		),
		claimant: text(
			"Who made it: a person's or an organization's name (for an unsigned article's own words, its publication)",
			claimSchema.shape.claimant.shape.name.unwrap(),
		),
		claimantType: text(
			`Is the claimant a person, an organization or an unidentified website: ${claimantTypes.join(', ')}? (empty to decide later)`,
			claimSchema.shape.claimant.shape.type,
		),
		via: text(
			`How did the claim reach the article: ${viaIds.join(', ')}? (empty to decide later)`,
			claimSchema.shape.appeared.shape.via,
		),
		source: {
			question: `Which article it appeared in:\n${sources.map((s, i) => `  ${i + 1}. ${s.id}  (${s.data.label})`).join('\n')}\nNumber or id`,
			check: (answer: string) => {
				const byNumber = /^\d+$/.test(answer) ? sources[Number(answer) - 1]?.id : undefined;
				if (byNumber || sourceIds.includes(answer)) return byNumber ?? answer;
				if (/^\d+$/.test(answer))
					throw new InputError(
						`there is no article number ${answer}: give a number from 1 to ${sources.length}, or an article's id`,
					);
				const guess = closestWord(answer, sourceIds);
				throw new InputError(
					`unknown source "${answer}"${guess ? `; did you mean "${guess}"?` : `; known sources: ${sourceIds.join(', ')}`}`,
				);
			},
		},
		date: {
			question: 'The day it appeared, YYYY-MM-DD (empty if the article gives none)',
			check: (answer: string) => {
				const parsed = isoDay.safeParse(answer);
				if (!parsed.success)
					throw new InputError(`"${answer}" ${parsed.error.issues[0]?.message ?? 'is not a date'}`);
				return parsed.data;
			},
		},
		verdict: {
			question: `Verdict: ${ratingIds.join(', ')} (empty to decide later)`,
			check: (answer: string) => {
				// The same rule for case as claim files: a rating id in any case.
				if ((ratingIds as readonly string[]).includes(answer.toLowerCase()))
					return answer.toLowerCase();
				const guess = closestWord(answer, ratingIds);
				throw new InputError(
					`"${answer}" is not on the rating scale${guess ? `; did you mean "${guess}"?` : `: ${ratingIds.join(', ')}`}`,
				);
			},
		},
		author: text(`Author [${defaultAuthor}]`, claimSchema.shape.author),
		id: {
			question: `Id, which becomes the URL ${paths.claim('<id>')}`,
			check: (answer: string) => {
				if (!isValidId(answer))
					throw new InputError(
						`"${answer}" must be 3 to 80 lowercase letters, digits and single hyphens`,
					);
				if (existsSync(join(root, claimFile(answer)))) {
					throw new InputError(
						`${claimFile(answer)} already exists: edit that file, or choose another id`,
						1,
					);
				}
				return answer;
			},
		},
	} satisfies Record<string, Field>;
}

type Answers = { -readonly [K in keyof ClaimDraft]?: string };

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			options: {
				id: { type: 'string' },
				claim: { type: 'string' },
				claimant: { type: 'string' },
				'claimant-type': { type: 'string' },
				via: { type: 'string' },
				source: { type: 'string' },
				date: { type: 'string' },
				verdict: { type: 'string' },
				author: { type: 'string' },
				yes: { type: 'boolean', short: 'y' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { yes, help, 'claimant-type': claimantType, ...rest } = parsed.values;
	const given = { ...rest, claimantType };
	if (help) {
		console.log(usage);
		return 0;
	}
	const root = process.cwd();
	const sources = readSourceArticles(root);
	if (sources.length === 0) {
		console.error(
			`no source articles found in ${contentDirs.sources}/: run this from the project root`,
		);
		return 2;
	}
	const field = fields(root, sources);
	const keys = [
		'claim',
		'id',
		'claimant',
		'claimantType',
		'via',
		'source',
		'date',
		'verdict',
		'author',
	] as const;
	const { answers, wrong }: { answers: Answers; wrong: InputError[] } = checkFlags(
		field,
		keys,
		given,
	);
	if (wrong.length > 0) return refuse(wrong, 'new-claim');
	const prompt = yes ? null : openPrompt();
	try {
		for (const key of keys.filter((k) => answers[k] === undefined)) {
			const suggested = key === 'id' && answers.claim ? idFromClaim(answers.claim) : undefined;
			if (prompt) {
				answers[key] = await ask(prompt, field[key], suggested, key === 'id');
			} else if (key === 'id') {
				if (!suggested) throw new InputError('give --id, or --claim to make the id from');
				answers.id = field.id.check(suggested);
			}
		}
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		return refuse([error], 'new-claim');
	} finally {
		prompt?.terminal.close();
	}

	const { id } = answers;
	if (id === undefined) throw new Error('no id');
	const path = claimFile(id);
	writeFileSync(join(root, path), scaffoldClaim({ ...answers, id, today: today() }, sources), {
		flag: 'wx',
	});
	console.log(`Created ${path}

Next steps:
  1. Replace every "TODO:" in the file: the summary, the context, the analysis, and for each
     article that speaks to the claim, its stance and the passage, copied exactly from
     ${contentDirs.sources}/<id>.md. Add evidence you have read; never a page you have not.
  2. npm run validate -- ${path}
     It lists what is still missing, line by line; repeat until it passes.
  3. npm run dev, then open http://localhost:4321${paths.claim(id)} to see the page.
  4. Open a pull request. CONTRIBUTING.md describes the review.`);
	return 0;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(`new-claim stopped: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 2;
	},
);
