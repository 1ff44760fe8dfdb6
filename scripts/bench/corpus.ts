/**
 * A synthetic corpus of claim files shaped like the real ones in content/claims/: every source
 * article listed, quotes copied verbatim from the archived texts, 250-400 words of Markdown
 * analysis under ## headings, 1-3 evidence entries, dates in the past, unique ids and claims.
 * Seeded, so the same seed and N give the same files.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import matter from 'gray-matter';
import { PassageIndex } from '../../src/lib/passages.ts';
import { getRating, ratingIds } from '../../src/edition/ratings.ts';
import { silentStance, stanceIds, type StanceId } from '../../src/lib/stances.ts';
import { ownVoice, viaIds } from '../../src/lib/claimants.ts';
import { Random } from './random.ts';

export interface SourceText {
	readonly id: string;
	/** The file name, e.g. military-action-being-considered.md. */
	readonly file: string;
	/** The whole file, copied as-is into the benchmark project. */
	readonly raw: string;
	/** The publication day, when the article gives one. */
	readonly published: string | null;
	/** Verbatim passages of the archived text that a claim may quote. */
	readonly quotes: readonly string[];
	/** Whole sentences of the text, for filler prose. */
	readonly sentences: readonly string[];
}

export interface CorpusOptions {
	readonly seed?: number;
	/** The last day any date may fall on (YYYY-MM-DD); defaults to today (UTC). */
	readonly today?: string;
}

export interface Corpus {
	/** Claim ids in the order generated. */
	readonly ids: readonly string[];
	/** Total bytes of the claim files. */
	readonly bytes: number;
	/** Mean words of Markdown body per claim. */
	readonly meanBodyWords: number;
}

const speakingStances: StanceId[] = stanceIds.filter((id) => id !== silentStance);
/** Characters a frontmatter text value must not hold (HTML, placeholders, control characters). */
const unsafeText =
	// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
	/[<>]|TODO:|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;

/** Read every source file in `dir` and find passages in each that claims can quote. */
export function loadSources(dir: string): SourceText[] {
	const files = readdirSync(dir)
		.filter((name) => name.endsWith('.md') && !name.startsWith('.'))
		.sort();
	return files.map((file) => {
		const raw = readFileSync(join(dir, file), 'utf8');
		const parsed = matter(raw.replace(/\r\n?/g, '\n'));
		const id = typeof parsed.data.id === 'string' ? parsed.data.id : basename(file, '.md');
		const published =
			typeof parsed.data.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(parsed.data.published)
				? parsed.data.published
				: parsed.data.published instanceof Date
					? parsed.data.published.toISOString().slice(0, 10)
					: null;
		const body = parsed.content;
		const index = new PassageIndex(body);
		const sentences: string[] = [];
		const quotes = new Set<string>();
		for (const paragraph of body.split(/\n[ \t]*\n/)) {
			const flat = paragraph.replace(/\s+/g, ' ').trim();
			for (const sentence of splitSentences(flat)) {
				if (sentence.length < 25 || sentence.length > 400 || unsafeText.test(sentence)) continue;
				if (/^[A-Z“"]/.test(sentence) && /[.!?]["”’)]?$/.test(sentence)) sentences.push(sentence);
				quotes.add(sentence);
				const clauses = sentence.split(/(?<=[,;:])\s+|\s+[—–-]\s+/);
				for (const clause of clauses) {
					const trimmed = clause.replace(/[,;:]$/, '').trim();
					if (trimmed.split(' ').length >= 4 && trimmed.length >= 20) quotes.add(trimmed);
				}
			}
		}
		// Keep only passages the site's own matcher finds: the corpus must never hold a bad quote.
		const found = [...quotes].filter((quote) => quote.length <= 1000 && index.find(quote) !== null);
		if (found.length === 0) throw new Error(`${file}: found no quotable passages`);
		return { id, file, raw, published, quotes: found, sentences };
	});
}

const abbreviation =
	/(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Jan|Feb|Aug|Sept|Oct|Nov|Dec|St|No|vs)\.)$/;

/** Sentences of a paragraph: split after . ! ? before a capital, but not after "U.S." or "Gen.". */
function splitSentences(paragraph: string): string[] {
	const pieces = paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/);
	const sentences: string[] = [];
	for (const piece of pieces) {
		const last = sentences.length - 1;
		if (last >= 0 && abbreviation.test(sentences[last] as string)) sentences[last] += ` ${piece}`;
		else sentences.push(piece.trim());
	}
	return sentences;
}

/** The topics the synthetic claims are filed under. */
const benchTopics = ['spending', 'health', 'schools', 'transport'] as const;

/** Half the claims name one topic, a few of them a second, different one. */
function topicLines(random: Random): string[] {
	if (!random.chance(0.5)) return [];
	const first = random.pick(benchTopics);
	const second = random.chance(0.3) ? benchTopics.find((topic) => topic !== first) : undefined;
	return [`topics: [${second ? `${first}, ${second}` : first}]`];
}

const claimants = [
	['The mayor', 'person'],
	['The national president', 'person'],
	['The foreign minister', 'person'],
	['A government spokesperson', 'person'],
	['The defence ministry', 'organization'],
	['Example Daily', 'organization'],
	['Example Broadcasting', 'organization'],
	['An opposition senator', 'person'],
	['The interior ministry', 'organization'],
	['Example News Agency', 'organization'],
	['The ambassador', 'person'],
	['A customs official', 'person'],
] as const;

const subjects = [
	'road deaths',
	'customs seizures',
	'hospital admissions',
	'border crossings',
	'police raids',
	'public flights',
	'sanctions listings',
	'joint operations',
	'troop deployments',
	'extradition requests',
	'arms trafficking cases',
	'drone missions',
];
const verbs = [
	'rose to',
	'fell to',
	'reached',
	'exceeded',
	'stayed below',
	'doubled to',
	'came to',
	'topped',
];
const periods = [
	'in 2023',
	'in 2024',
	'in 2025',
	'last year',
	'since January',
	'in the first half of 2025',
	'over five years',
	'this year',
];
const places = [
	'the capital',
	'the north',
	'the port city',
	'the southern border',
	'the neighbouring country',
	'the coast',
	'the western provinces',
	'parliament',
];
const publishers = [
	'Example Gazette',
	'Example Statistics Office',
	'Example Policy Institute',
	'Example Wire Service',
	'Example Ministry of Security',
	'Example University Press',
];
const docKinds = [
	'Annual report on',
	'Press briefing on',
	'Data release:',
	'Transcript: hearing on',
	'Fact sheet on',
	'Statistical bulletin on',
];
const authors = [
	'Crosscheck desk',
	'Ana Ruiz',
	'Ben Okafor',
	'Chen Li',
	'Dana Weiss',
	'Emil Novak',
];
const headings = {
	says: 'What the article says',
	record: 'What the record shows',
	missing: 'What is missing',
	verdict: 'Verdict',
} as const;
const connectors = [
	'However,',
	'By contrast,',
	'In the same period,',
	'According to the agency,',
	'Officials said that',
	'The figures show that',
	'Separately,',
	'On the record,',
];
const fillers = [
	'The documents we reviewed do not settle every detail of the account',
	'Both governments have described the same events in different terms',
	'The figure depends on which agency counts and over what period',
	'We asked the claimant for the source of the number and did not receive one',
	'Public records from the period are incomplete but consistent on this point',
	'Later reporting added context that the original statement left out',
	'The official transcript matches the quotation word for word',
	'Independent analysts reached a similar estimate using a different method',
];

const slugWords = (text: string, max: number) =>
	text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9\s-]/g, ' ')
		.split(/[\s-]+/)
		.filter((w) => w.length > 2)
		.slice(0, max)
		.join('-');

const q = (value: string) => JSON.stringify(value);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A day `days` after `day`, as YYYY-MM-DD. */
function addDays(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const ratingLabel = (id: string) => getRating(id).label;

interface ClaimFile {
	readonly id: string;
	readonly text: string;
	readonly bodyWords: number;
}

/** One claim file. `index` makes the id and the claim text unique. */
function claimFile(
	index: number,
	sources: readonly SourceText[],
	random: Random,
	today: string,
): ClaimFile {
	const [claimant, claimantType] = random.pick(claimants);
	const via = random.pick(viaIds);
	const subject = random.pick(subjects);
	const amount = 1000 + index * 7 + random.int(0, 6);
	const claimText = `${claimant} said ${subject} ${random.pick(verbs)} ${amount.toLocaleString('en-US')} ${random.pick(periods)} in ${random.pick(places)}.`;
	const id = `${slugWords(`${subject} ${random.pick(places)}`, 5)}-${String(index).padStart(6, '0')}`;
	const verdict = random.pick(ratingIds);

	// Between 2024-01-01 and yesterday; updated up to 60 days later, never after today.
	const span = Math.max(1, daysBetween('2024-01-01', today) - 1);
	const published = addDays('2024-01-01', random.int(0, span - 1));
	const updated = random.chance(0.3) ? addDays(published, random.int(1, 60)) : published;
	const updatedDay = updated > today ? today : updated;

	const speakingCount = Math.min(sources.length, random.pick([1, 1, 2, 2, 2, 3, 3, 4]));
	const speaking = new Set(random.sample(sources, speakingCount).map((s) => s.id));
	const appeared = random.pick(sources.filter((s) => speaking.has(s.id)));
	// A dated article gives every claim in it a date; an undated one, sometimes the occasion's.
	const earlier = () => addDays(published, -random.int(1, 30));
	const appearedDate = appeared.published
		? appeared.published <= published
			? appeared.published
			: earlier()
		: random.chance(0.5)
			? earlier()
			: null;

	const stanceLines: string[] = [];
	const quoted: { source: SourceText; quote: string }[] = [];
	for (const source of sources) {
		stanceLines.push(`  - source: ${source.id}`);
		if (speaking.has(source.id)) {
			const quote = random.pick(source.quotes);
			quoted.push({ source, quote });
			stanceLines.push(`    stance: ${random.pick(speakingStances)}`, `    quote: ${q(quote)}`);
			if (random.chance(0.3))
				stanceLines.push(
					`    note: ${q(`The article gives the ${subject} figure without naming a source.`)}`,
				);
		} else {
			stanceLines.push(`    stance: ${silentStance}`);
			if (random.chance(0.25))
				stanceLines.push(`    note: ${q(`Covers ${random.pick(subjects)} but not this claim.`)}`);
		}
	}

	const evidenceLines: string[] = [];
	const evidenceCount = random.int(1, 3);
	for (let k = 0; k < evidenceCount; k++) {
		// Most documents are cited by title; a few only by the desk's description of them.
		const named = `${random.pick(docKinds)} ${subject} ${random.pick(periods)}`;
		evidenceLines.push(
			random.chance(0.9)
				? `  - title: ${q(named)}`
				: `  - description: ${q(`A table of ${named}, with no title on the page`)}`,
			`    publisher: ${q(random.pick(publishers))}`,
		);
		if (random.chance(0.8))
			evidenceLines.push(`    date: ${addDays(published, -random.int(1, 400))}`);
		const url = `https://example.org/${slugWords(subject, 3)}/${index}-${k + 1}`;
		evidenceLines.push(`    url: ${q(url)}`, `    accessed: ${published}`);
		if (random.chance(0.3))
			evidenceLines.push(`    archived: ${q(`https://archive.example.org/${published}/${url}`)}`);
		if (random.chance(0.7))
			evidenceLines.push(
				`    note: ${q(`Gives ${subject} ${random.pick(periods)}, by month and by region.`)}`,
			);
	}

	const updates = [`  - date: ${published}`, `    note: ${q('First published.')}`];
	if (updatedDay !== published) {
		updates.push(
			`  - date: ${updatedDay}`,
			`    note: ${q(`Added a newer figure for ${subject} from ${random.pick(publishers)}.`)}`,
		);
		// Some updates changed the verdict, and record the one it had before.
		if (random.chance(0.3))
			updates.push(`    verdict: ${q(random.pick(ratingIds.filter((id) => id !== verdict)))}`);
	}

	const summary = `${ratingLabel(verdict)}: the record shows ${subject} ${random.pick(verbs)} a different level ${random.pick(periods)} than the claim states.`;
	const frontmatter = [
		'---',
		`id: ${id}`,
		`claim: ${q(claimText)}`,
		'claimant:',
		// A few claims come from a website whose outlet cannot be established.
		...(random.chance(0.1)
			? ['  type: unidentified', `  url: ${q(`https://example.net/page-${index}`)}`]
			: [`  name: ${q(claimant)}`, `  type: ${claimantType}`]),
		...topicLines(random),
		'appeared:',
		`  source: ${appeared.id}`,
		...(appearedDate ? [`  date: ${appearedDate}`] : []),
		`  via: ${via}`,
		...(via !== ownVoice && random.chance(0.5)
			? [`  relayedBy: ${q(random.pick(publishers))}`]
			: []),
		...(random.chance(0.7)
			? [`  context: ${q(`Stated in the article's account of ${random.pick(subjects)}.`)}`]
			: []),
		`verdict: ${q(verdict)}`,
		`summary: ${q(summary)}`,
		'sources:',
		...stanceLines,
		'evidence:',
		...evidenceLines,
		`published: ${published}`,
		`updated: ${updatedDay}`,
		`author: ${q(random.pick(authors))}`,
		'contact:',
		...(random.chance(0.5)
			? [
					'  asked: true',
					`  date: ${published}`,
					`  whom: ${q(`${claimant}'s press office, by email`)}`,
					...(random.chance(0.5)
						? [`  answer: ${q('They pointed to an earlier statement.')}`]
						: []),
				]
			: ['  asked: false', `  reason: ${q('The claimant publishes no address for questions.')}`]),
		'updates:',
		...updates,
		'---',
	].join('\n');

	const body = analysis(random, {
		claimant,
		subject,
		verdict,
		quoted,
		sources,
		index,
		targetWords: random.int(250, 400),
	});
	return { id, text: `${frontmatter}\n\n${body}\n`, bodyWords: wordCount(body) };
}

interface AnalysisInput {
	readonly claimant: string;
	readonly subject: string;
	readonly verdict: string;
	readonly quoted: readonly { source: SourceText; quote: string }[];
	readonly sources: readonly SourceText[];
	readonly index: number;
	readonly targetWords: number;
}

/** The Markdown analysis: ## sections, paragraphs, an occasional list, links, emphasis. */
function analysis(random: Random, input: AnalysisInput): string {
	const { claimant, subject, verdict, quoted, sources, index, targetWords } = input;
	const sentence = () => {
		const source = random.pick(sources);
		if (source.sentences.length > 0 && random.chance(0.5)) return random.pick(source.sentences);
		const filler = random.pick(fillers);
		return `${random.pick(connectors)} ${filler.charAt(0).toLowerCase()}${filler.slice(1)}.`;
	};
	const says = quoted
		.map(
			({ quote }, i) =>
				`${i === 0 ? `${claimant} made the claim as the article reports it, which reads:` : 'Another report covers it too:'} “${quote.replace(/[“”"]/g, '')}”`,
		)
		.join(' ');
	const record: string[] = [
		`We compared the claim with the published figures on ${subject}. ${sentence()} ${sentence()} ${sentence()}`,
		`The [${random.pick(publishers)} data](https://example.org/data/${index}) is the most complete public series. ${sentence()} ${sentence()} **${random.pick(fillers)}.** ${sentence()}`,
	];
	const list = random.chance(0.4)
		? [
				'- ' + random.pick(fillers) + '.',
				'- ' + random.pick(fillers) + '.',
				'- ' + random.pick(fillers) + '.',
			].join('\n')
		: null;
	const missing = random.chance(0.5)
		? `${sentence()} _${random.pick(fillers)}._ ${sentence()}`
		: null;
	const verdictText = `${ratingLabel(verdict)}. ${random.pick(fillers)}, and the claim about ${subject} is rated accordingly.`;

	const build = () =>
		[
			`## ${headings.says}`,
			says,
			`## ${headings.record}`,
			...record,
			...(list ? [list] : []),
			...(missing ? [`## ${headings.missing}`, missing] : []),
			`## ${headings.verdict}`,
			verdictText,
		].join('\n\n');
	let body = build();
	while (wordCount(body) < targetWords) {
		record.push(`${sentence()} ${sentence()} ${sentence()}`);
		body = build();
	}
	while (wordCount(body) > 400 && record.length > 1) {
		record.pop();
		body = build();
	}
	return body;
}

/**
 * Write `n` claim files into `claimsDir` and copy the source files as-is into `sourcesDir`.
 */
export function generateCorpus(
	claimsDir: string,
	sourcesDir: string,
	sources: readonly SourceText[],
	n: number,
	options: CorpusOptions = {},
): Corpus {
	const random = new Random(options.seed ?? 1);
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	mkdirSync(claimsDir, { recursive: true });
	mkdirSync(sourcesDir, { recursive: true });
	for (const source of sources) writeFileSync(join(sourcesDir, source.file), source.raw);
	// The topics claims name, as an edition keeps them beside its claims folder.
	writeFileSync(
		join(claimsDir, '..', 'topics.yml'),
		benchTopics
			.map(
				(id) =>
					`- id: ${id}\n  title: ${q(`Topic ${id}`)}\n  description: ${q(`Claims about ${id}.`)}\n`,
			)
			.join(''),
	);
	const ids: string[] = [];
	let bytes = 0;
	let words = 0;
	for (let i = 1; i <= n; i++) {
		const file = claimFile(i, sources, random, today);
		writeFileSync(join(claimsDir, `${file.id}.md`), file.text);
		ids.push(file.id);
		bytes += Buffer.byteLength(file.text);
		words += file.bodyWords;
	}
	return { ids, bytes, meanBodyWords: n === 0 ? 0 : Math.round(words / n) };
}

/**
 * Change one claim file the way an editor would: a new sentence in the verdict section.
 * Returns the sentence, which the page shows once rebuilt.
 */
export function editClaim(claimsDir: string, id: string, stamp: string): string {
	const file = join(claimsDir, `${id}.md`);
	const marker = `Benchmark edit ${stamp} changed this sentence.`;
	const text = readFileSync(file, 'utf8').trimEnd();
	writeFileSync(file, `${text} ${marker}\n`);
	return marker;
}
