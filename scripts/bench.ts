/**
 * npm run bench -- [--claims N] [--runs R] [--keep] [--skip-baseline] [--dev] [--profile] [--seed S]
 *
 * Generates N synthetic claim files shaped like content/claims/, builds the whole site from
 * them in a temporary project (tmpfs when there is one) cold, warm, and after changing one
 * claim; runs the validator; weighs the pages; builds a bare Astro project over the same files
 * as a baseline; and prints one JSON line and a readable table. Never touches content/ or dist/.
 * The targets the figures are checked against are listed in docs/performance.md.
 */
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { projectCacheDir } from '../src/lib/cache-dir.ts';
import { soundFilesRecord } from '../src/validator/sound-files.ts';
import { editClaim, generateCorpus, loadSources } from './bench/corpus.ts';
import { devSession, type DevResult } from './bench/dev.ts';
import { distStats, type DistStats, type PageWeight } from './bench/dist-stats.ts';
import { worstHostileFile, type HostileResult } from './bench/hostile.ts';
import { summarizeProfiles, type ProfileSummary } from './bench/profile.ts';
import { buildParts, type BuildParts } from './bench/build-parts.ts';
import { checkoutWithCaches, ciCachePaths } from './bench/ci-push.ts';
import {
	cacheReport,
	clearCaches,
	copySite,
	linkNodeModules,
	makeRunDir,
	writeBareProject,
} from './bench/project.ts';
import { logTail, runNode, type Measured } from './bench/run.ts';
import { measureSocialCards, type SocialCardCost } from './bench/social-cards.ts';
import { kb, median, mib, round, table } from './bench/stats.ts';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const buildChild = fileURLToPath(new URL('./bench/build-child.ts', import.meta.url));
const usage =
	'usage: npm run bench -- [--claims N] [--runs R] [--keep] [--skip-baseline] [--dev] [--profile] [--seed S]';

interface Options {
	claims: number;
	runs: number;
	keep: boolean;
	skipBaseline: boolean;
	dev: boolean;
	profile: boolean;
	seed: number;
}

function options(): Options {
	const { values } = parseArgs({
		options: {
			claims: { type: 'string', default: '1000' },
			runs: { type: 'string', default: '1' },
			keep: { type: 'boolean', default: false },
			'skip-baseline': { type: 'boolean', default: false },
			dev: { type: 'boolean', default: false },
			profile: { type: 'boolean', default: false },
			seed: { type: 'string', default: '1' },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		console.log(usage);
		process.exit(0);
	}
	const int = (name: string, value: string, min: number) => {
		const n = Number(value);
		if (!Number.isInteger(n) || n < min) {
			console.error(`--${name} must be a whole number of at least ${min}\n${usage}`);
			process.exit(2);
		}
		return n;
	};
	return {
		claims: int('claims', values.claims, 1),
		runs: int('runs', values.runs, 1),
		keep: values.keep,
		skipBaseline: values['skip-baseline'],
		dev: values.dev,
		profile: values.profile,
		seed: int('seed', values.seed, 0),
	};
}

const say = (message: string) => console.error(`bench: ${message}`);

/** Median figures of one kind of build over the runs. */
interface BuildFigures {
	readonly ok: boolean;
	readonly wallSeconds: number;
	readonly pagesPerSecond: number;
	readonly peakRssMiB: number;
	readonly selfMaxRssMiB: number;
	readonly treePeakMiB: number;
	readonly cpuSeconds: number;
	/** The processes of the build at its sampled memory peak (MiB by command), from the run with the highest peak. */
	readonly atPeakMiB: Record<string, number>;
}

interface Sample {
	readonly measured: Measured;
	readonly pages: number;
}

function figures(samples: readonly Sample[]): BuildFigures | null {
	if (samples.length === 0) return null;
	const ok = samples.every((s) => s.measured.ok);
	const m = (f: (s: Sample) => number) => median(samples.map(f));
	return {
		ok,
		wallSeconds: round(m((s) => s.measured.wallSeconds)),
		pagesPerSecond: round(
			m((s) => s.pages / s.measured.wallSeconds),
			0,
		),
		peakRssMiB: mib(m((s) => s.measured.peakRssKiB)),
		selfMaxRssMiB: mib(m((s) => s.measured.selfMaxRssKiB ?? 0)),
		treePeakMiB: mib(m((s) => s.measured.treePeakKiB)),
		cpuSeconds: round(m((s) => s.measured.cpuSeconds ?? 0)),
		atPeakMiB: Object.fromEntries(
			Object.entries(
				[...samples].sort((a, b) => b.measured.treePeakKiB - a.measured.treePeakKiB)[0]?.measured
					.atPeakKiB ?? {},
			).map(([name, kib]) => [name, mib(kib)]),
		),
	};
}

function countHtml(dist: string): number {
	if (!existsSync(dist)) return 0;
	return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) =>
		name.endsWith('.html'),
	).length;
}

/** Astro's own phase lines from a build log: where the time went, as Astro reports it. */
function astroPhases(log: string): string[] {
	try {
		return readFileSync(log, 'utf8')
			.split('\n')
			.filter(
				(line) =>
					/Completed in|built in|Generated|Synced|page\(s\) built|files valid|returned after|\[(?!build\]|vite\]|types\]|content\])[\w:@/-]+\]/.test(
						line,
					) && !/├─|└─/.test(line),
			)
			.map((line) => stripVTControlCharacters(line).trim())
			.slice(0, 40);
	} catch {
		return [];
	}
}

interface BuildSeries {
	cold: Sample[];
	warm: Sample[];
	oneChanged: Sample[];
	/** A push as CI builds it: a fresh checkout with CI's build caches restored and one claim changed (the site only). */
	ciPush: Sample[];
	/** Whether the rebuilt page showed the edit, per run (one-changed and CI push builds). */
	editShown: boolean[];
}

async function buildSeries(
	label: string,
	root: string,
	logDir: string,
	ids: readonly string[],
	run: number,
	series: BuildSeries,
	failures: string[],
	ciPush?: { cachePaths: readonly string[]; linkPackages: (root: string) => void },
): Promise<void> {
	const build = async (kind: 'cold' | 'warm' | 'one-changed' | 'ci-push', at = root) => {
		const log = join(logDir, `${label}-${kind}-${run}.log`);
		say(`${label}: ${kind} build (run ${run})`);
		const measured = await runNode(buildChild, [at], { cwd: at, log, timeoutMs: 3_600_000 });
		if (!measured.ok)
			failures.push(
				`${label} ${kind} build failed (exit ${measured.exitCode ?? measured.signal}); log ${log}:\n${logTail(log)}`,
			);
		const sample = { measured, pages: countHtml(join(at, 'dist')) };
		say(
			`${label}: ${kind} ${measured.wallSeconds.toFixed(1)} s, ${sample.pages} pages, peak ${mib(measured.peakRssKiB)} MiB`,
		);
		return sample;
	};
	clearCaches(root);
	const cold = await build('cold');
	series.cold.push(cold);
	if (!cold.measured.ok) return;
	series.warm.push(await build('warm'));
	/** Change one claim in the project at `at`, build it as `kind`, and check its page shows the change. */
	const changeOne = async (kind: 'one-changed' | 'ci-push', at: string, id: string) => {
		const marker = editClaim(join(at, 'content/claims'), id, `${label}-${run}-${Date.now()}`);
		const changed = await build(kind, at);
		const page = join(at, 'dist', 'claims', id, 'index.html');
		const shown = existsSync(page) && readFileSync(page, 'utf8').includes(marker);
		series.editShown.push(shown);
		if (changed.measured.ok && !shown)
			failures.push(`${label}: after editing ${id}.md the rebuilt ${page} does not show the edit`);
		return changed;
	};
	series.oneChanged.push(
		await changeOne('one-changed', root, ids[(run * 7919) % ids.length] as string),
	);
	if (!ciPush) return;
	// The push after: a fresh checkout in the same place (CI checks out to the same path, and
	// Astro's page cache names modules by path), with the caches the last build left restored.
	const built = `${root}-built`;
	renameSync(root, built);
	checkoutWithCaches(built, root, ciPush.cachePaths, ciPush.linkPackages);
	rmSync(built, { recursive: true, force: true });
	series.ciPush.push(
		await changeOne('ci-push', root, ids[(run * 7919 + 1) % ids.length] as string),
	);
}

type DevFigures = { cold: DevResult; warm: DevResult; focused: DevResult; focusedWarm: DevResult };
type Target = { name: string; target: string; actual: string; met: boolean | null };
type PageTypeRow = { type: string; pages: number } & PageWeight;

const ratio = (a: BuildFigures | null, b: BuildFigures | null) =>
	a && b && a.ok && b.ok ? round(a.wallSeconds / b.wallSeconds) : null;
const cpuRatio = (a: BuildFigures | null, b: BuildFigures | null) =>
	a && b && a.ok && b.ok && b.cpuSeconds > 0 ? round(a.cpuSeconds / b.cpuSeconds) : null;
const peakOf = (...list: (BuildFigures | null)[]) =>
	Math.max(0, ...list.map((f) => f?.peakRssMiB ?? 0));

/** The site and the bare baseline project, with a synthetic corpus of `opts.claims` claims. */
function prepareProjects(opts: Options, siteRoot: string, bareRoot: string) {
	const started = performance.now();
	const copied = copySite(repoRoot, siteRoot);
	const sources = loadSources(join(repoRoot, 'content/sources'));
	const corpus = generateCorpus(
		join(siteRoot, 'content/claims'),
		join(siteRoot, 'content/sources'),
		sources,
		opts.claims,
		{ seed: opts.seed },
	);
	// The edition's editorial pages come along: every edition publishes them.
	cpSync(join(repoRoot, 'content/pages'), join(siteRoot, 'content/pages'), { recursive: true });
	if (!opts.skipBaseline) {
		writeBareProject(repoRoot, bareRoot);
		cpSync(join(siteRoot, 'content/claims'), join(bareRoot, 'content/claims'), { recursive: true });
	}
	const generateSeconds = round((performance.now() - started) / 1000);
	say(
		`generated ${opts.claims} claims (${kb(corpus.bytes)} KB, ~${corpus.meanBodyWords} words of analysis each) and copied ${copied.join(', ')} in ${generateSeconds} s`,
	);
	return { corpus, sources, generateSeconds };
}

/** Where the time of each kind of build went in run 1, from its log (the site's, and bare Astro's cold build). */
type TimeParts = Partial<
	Record<'cold' | 'warm' | 'oneChanged' | 'ciPush' | 'bareCold', BuildParts>
>;

function timePartsOf(logDir: string): TimeParts {
	const logs = {
		cold: 'site-cold-1.log',
		warm: 'site-warm-1.log',
		oneChanged: 'site-one-changed-1.log',
		ciPush: 'site-ci-push-1.log',
		bareCold: 'bare-cold-1.log',
	} as const;
	return Object.fromEntries(
		Object.entries(logs)
			.filter(([, name]) => existsSync(join(logDir, name)))
			.map(([kind, name]) => [kind, buildParts(join(logDir, name))]),
	);
}

/** The full builds (site and bare, cold, warm, one claim changed) and the validator, `opts.runs` times. */
async function measureRuns(
	opts: Options,
	roots: { site: string; bare: string; logs: string },
	ids: readonly string[],
	failures: string[],
) {
	const { site: siteRoot, bare: bareRoot, logs: logDir } = roots;
	const site: BuildSeries = { cold: [], warm: [], oneChanged: [], ciPush: [], editShown: [] };
	const bare: BuildSeries = { cold: [], warm: [], oneChanged: [], ciPush: [], editShown: [] };
	const ciPush = {
		cachePaths: ciCachePaths(repoRoot),
		linkPackages: (root: string) => linkNodeModules(join(repoRoot, 'node_modules'), root),
	};
	const validator: { cold: Measured[]; warm: Measured[] } = { cold: [], warm: [] };
	let phases: string[] = [];
	let timeParts: TimeParts = {};
	for (let run = 1; run <= opts.runs; run++) {
		await buildSeries('site', siteRoot, logDir, ids, run, site, failures, ciPush);
		if (run === 1 && site.cold[0]) phases = astroPhases(site.cold[0].measured.log);
		if (!opts.skipBaseline) await buildSeries('bare', bareRoot, logDir, ids, run, bare, failures);
		if (run === 1) timeParts = timePartsOf(logDir);
		const script = join(siteRoot, 'scripts/validate.ts');
		if (!existsSync(script)) {
			failures.push('scripts/validate.ts is missing: no validator figures');
			break;
		}
		// Cold: without the record of sound files the builds left (as on a fresh clone); warm: with the one the cold run writes.
		rmSync(join(projectCacheDir(siteRoot), soundFilesRecord), { force: true });
		for (const kind of ['cold', 'warm'] as const) {
			const log = join(logDir, `validator-${kind}-${run}.log`);
			say(`validator, ${kind} (run ${run})`);
			const measured = await runNode(script, [], { cwd: siteRoot, log, timeoutMs: 600_000 });
			if (!measured.ok)
				failures.push(
					`validator (${kind}) exited ${measured.exitCode ?? measured.signal} on the synthetic corpus; log ${log}:\n${logTail(log, 15)}`,
				);
			validator[kind].push(measured);
		}
	}
	return { site, bare, validator, phases, timeParts };
}

/** `astro dev` and the focused preview: start, edit, start again; problems go to `failures`. */
async function measureDev(
	siteRoot: string,
	logDir: string,
	id: string,
	failures: string[],
): Promise<DevFigures> {
	const file = `content/claims/${id}.md`;
	const edit = () => editClaim(join(siteRoot, 'content/claims'), id, `dev-${Date.now()}`);
	for (const dir of ['.astro', 'node_modules/.vite', 'node_modules/.astro-focused'])
		rmSync(join(siteRoot, dir), { recursive: true, force: true });
	say('astro dev: cold start, then an edit');
	const cold = await devSession(siteRoot, `/claims/${id}/`, join(logDir, 'dev-cold.log'), edit);
	say('astro dev: warm start');
	const warm = await devSession(siteRoot, `/claims/${id}/`, join(logDir, 'dev-warm.log'), null);
	say(`focused preview (npm run dev -- --only ${file}): first start, then an edit`);
	const focused = await devSession(
		siteRoot,
		`/claims/${id}/`,
		join(logDir, 'dev-focused.log'),
		edit,
		file,
	);
	say('focused preview: started again');
	const focusedWarm = await devSession(
		siteRoot,
		`/claims/${id}/`,
		join(logDir, 'dev-focused-warm.log'),
		null,
		file,
	);
	for (const [name, result] of [
		['cold', cold],
		['warm', warm],
		['focused', focused],
		['focused, warm', focusedWarm],
	] as const)
		if (!result.ok)
			failures.push(
				`astro dev (${name}): ${result.error}; log ${result.log}:\n${logTail(result.log, 15)}`,
			);
	return { cold, warm, focused, focusedWarm };
}

/** A cold and a warm build under `node --cpu-prof`, summarized; failures go to `failures`. */
async function measureProfiles(
	siteRoot: string,
	base: string,
	logDir: string,
	failures: string[],
): Promise<{ cold: ProfileSummary | null; warm: ProfileSummary | null }> {
	clearCaches(siteRoot);
	const profiled = async (kind: 'cold' | 'warm') => {
		const dir = join(base, `profile-${kind}`);
		say(`profiled ${kind} build (node --cpu-prof)`);
		const measured = await runNode(buildChild, [siteRoot], {
			cwd: siteRoot,
			log: join(logDir, `site-profiled-${kind}.log`),
			nodeFlags: ['--cpu-prof', '--cpu-prof-dir', dir],
			timeoutMs: 3_600_000,
		});
		if (!measured.ok) failures.push(`profiled ${kind} build failed; log ${measured.log}`);
		return existsSync(dir)
			? summarizeProfiles(dir, siteRoot, 30, [
					'validateProject',
					'syncData',
					'getStaticPaths',
					'generatePages',
					'renderPage',
					'writeFile',
				])
			: null;
	};
	return { cold: await profiled('cold'), warm: await profiled('warm') };
}

interface TargetInputs {
	readonly opts: Options;
	readonly siteCold: BuildFigures | null;
	readonly siteWarm: BuildFigures | null;
	readonly siteChanged: BuildFigures | null;
	readonly bareCold: BuildFigures | null;
	readonly bareWarm: BuildFigures | null;
	readonly bareChanged: BuildFigures | null;
	readonly stats: DistStats | null;
	readonly validatorFigures: { cold: ValidatorFigures | null; warm: ValidatorFigures | null };
	readonly pageTypes: readonly PageTypeRow[];
	readonly dev: DevFigures | null;
	readonly hostile: HostileResult;
}

/** The figures against the targets of docs/performance.md. */
function checkTargets({
	opts,
	siteCold,
	siteWarm,
	siteChanged,
	bareCold,
	bareWarm,
	bareChanged,
	stats,
	validatorFigures,
	pageTypes,
	dev,
	hostile,
}: TargetInputs): Target[] {
	const typeOf = (name: string) => pageTypes.find((t) => t.type === name);
	const targets: Target[] = [];
	const target = (
		name: string,
		goal: string,
		actual: number | null | undefined,
		limit: number,
		unit = '',
	) =>
		targets.push({
			name,
			target: goal,
			actual: actual === null || actual === undefined ? 'n/a' : `${actual}${unit}`,
			met: actual === null || actual === undefined ? null : actual <= limit,
		});
	target('full build, cold, vs bare cold', '<= 3x', ratio(siteCold, bareCold), 3, 'x');
	target('full build, warm, vs bare warm', '<= 1.25x', ratio(siteWarm, bareWarm), 1.25, 'x');
	target(
		'one claim changed vs bare one claim changed',
		'<= 1.5x',
		ratio(siteChanged, bareChanged),
		1.5,
		'x',
	);
	target(
		'peak memory (whole process tree) vs bare, any build',
		'<= 1.25x',
		opts.skipBaseline
			? null
			: round(
					peakOf(siteCold, siteWarm, siteChanged) /
						Math.max(1, peakOf(bareCold, bareWarm, bareChanged)),
				),
		1.25,
		'x',
	);
	target(
		'dist/ size',
		`<= ${round(distBudgetMiB(opts.claims))} MiB (40 KiB a claim)`,
		stats ? round(stats.totalBytes / 2 ** 20, 1) : null,
		distBudgetMiB(opts.claims),
		' MiB',
	);
	target(
		`validator, worst hostile file (${hostile.worst.name})`,
		'< 1 s',
		round(hostile.worst.seconds, 2),
		1,
		' s',
	);
	target('validator, cold (fresh clone)', '< 5 s', validatorFigures.cold?.seconds, 5, ' s');
	target('validator, warm', '< 5 s', validatorFigures.warm?.seconds, 5, ' s');
	target(
		'home page HTML+CSS gzipped',
		'<= 60 KB',
		typeOf('home') ? kb(typeOf('home')!.htmlCssGzip) : null,
		60,
		' KB',
	);
	target(
		'claim page HTML+CSS gzipped',
		'<= 25 KB',
		typeOf('claim') ? kb(typeOf('claim')!.htmlCssGzip) : null,
		25,
		' KB',
	);
	target(
		'claim page JS (enhancement only, the page works without it)',
		'<= 1 KB',
		typeOf('claim') ? kb(typeOf('claim')!.jsBytes) : null,
		1,
		' KB',
	);
	target(
		'embed card, all bytes gzipped',
		'<= 15 KB',
		typeOf('embed') ? kb(typeOf('embed')!.htmlCssGzip + typeOf('embed')!.jsGzip) : null,
		15,
		' KB',
	);
	const mostLinks = pageTypes
		.filter((t) => t.type !== 'claim')
		.sort((a, b) => b.claimLinks - a.claimLinks)[0];
	target(
		'most claim links on one listing page (paginated: no page grows with N)',
		'<= 200',
		mostLinks ? mostLinks.claimLinks : null,
		200,
		mostLinks ? ` (${mostLinks.path})` : '',
	);
	if (dev) {
		target(
			'focused preview (--only): first start to claim page',
			'<= 5 s',
			dev.focused.startSeconds === null ? null : round(dev.focused.startSeconds, 1),
			5,
			' s',
		);
		target(
			'focused preview (--only): edit to reload',
			'<= 1 s',
			dev.focused.editSeconds === null ? null : round(dev.focused.editSeconds, 1),
			1,
			' s',
		);
	}
	return targets;
}

async function main(): Promise<number> {
	const opts = options();
	const failures: string[] = [];
	const loadBefore = loadavg().map((l) => round(l));
	const base = makeRunDir();
	const siteRoot = join(base, 'site');
	const bareRoot = join(base, 'bare');
	const logDir = join(base, 'logs');
	mkdirSync(logDir, { recursive: true });
	say(`working in ${base}`);

	const { corpus, sources, generateSeconds } = prepareProjects(opts, siteRoot, bareRoot);

	const { site, bare, validator, phases, timeParts } = await measureRuns(
		opts,
		{ site: siteRoot, bare: bareRoot, logs: logDir },
		corpus.ids,
		failures,
	);

	say('weighing dist/');
	const siteDist = join(siteRoot, 'dist');
	const stats: DistStats | null = existsSync(siteDist) ? distStats(siteDist) : null;
	const bareStats =
		!opts.skipBaseline && existsSync(join(bareRoot, 'dist'))
			? distStats(join(bareRoot, 'dist'))
			: null;
	const caches = {
		site: cacheReport(siteRoot),
		...(opts.skipBaseline ? {} : { baseline: cacheReport(bareRoot) }),
	};

	say('social cards, one at a time');
	const socialCards = measureSocialCards(join(siteRoot, 'content/claims'));

	const dev = opts.dev
		? await measureDev(siteRoot, logDir, corpus.ids[0] as string, failures)
		: null;

	const profile = opts.profile ? await measureProfiles(siteRoot, base, logDir, failures) : null;

	const siteCold = figures(site.cold);
	const siteWarm = figures(site.warm);
	const siteChanged = figures(site.oneChanged);
	const siteCiPush = figures(site.ciPush);
	const bareCold = figures(bare.cold);
	const bareWarm = figures(bare.warm);
	const bareChanged = figures(bare.oneChanged);
	const validatorRun = (runs: Measured[]): ValidatorFigures | null =>
		runs.length
			? {
					ok: runs.every((v) => v.ok),
					seconds: round(median(runs.map((v) => v.wallSeconds))),
					cpuSeconds: round(median(runs.map((v) => v.cpuSeconds ?? 0))),
					peakRssMiB: mib(median(runs.map((v) => v.peakRssKiB))),
				}
			: null;
	const validatorFigures = {
		cold: validatorRun(validator.cold),
		warm: validatorRun(validator.warm),
	};
	const pageTypes = (stats?.pageTypes ?? []).map((t) => ({
		type: t.type,
		pages: t.count,
		...t.largest,
	}));
	// The slowest of the files built to stall the validator (scripts/bench/hostile.ts), each checked on its own.
	say('validator, hostile files');
	const hostile = worstHostileFile(repoRoot);
	const targets = checkTargets({
		opts,
		siteCold,
		siteWarm,
		siteChanged,
		bareCold,
		bareWarm,
		bareChanged,
		stats,
		validatorFigures,
		pageTypes,
		dev,
		hostile,
	});

	const astroVersion = (
		JSON.parse(readFileSync(join(repoRoot, 'node_modules/astro/package.json'), 'utf8')) as {
			version: string;
		}
	).version;
	const result = {
		bench: 'crosscheck',
		date: new Date().toISOString(),
		machine: {
			cores: cpus().length,
			cpu: cpus()[0]?.model ?? 'unknown',
			memoryGiB: round(totalmem() / 2 ** 30, 1),
			node: process.version,
			astro: astroVersion,
			temp: base.startsWith('/dev/shm') ? 'tmpfs (/dev/shm)' : base,
			loadBefore,
			loadAfter: loadavg().map((l) => round(l)),
		},
		claims: opts.claims,
		runs: opts.runs,
		seed: opts.seed,
		corpus: {
			bytes: corpus.bytes,
			meanBodyWords: corpus.meanBodyWords,
			sources: sources.length,
			generateSeconds,
		},
		site: {
			cold: siteCold,
			warm: siteWarm,
			oneChanged: siteChanged,
			ciPush: siteCiPush,
			editShown: site.editShown.every(Boolean),
			htmlPages: stats?.htmlPages ?? 0,
			files: stats?.files ?? 0,
			distBytes: stats?.totalBytes ?? 0,
		},
		validator: validatorFigures,
		hostile,
		socialCards,
		baseline: opts.skipBaseline
			? null
			: {
					cold: bareCold,
					warm: bareWarm,
					oneChanged: bareChanged,
					editShown: bare.editShown.every(Boolean),
					htmlPages: bareStats?.htmlPages ?? 0,
					distBytes: bareStats?.totalBytes ?? 0,
				},
		ratios: {
			cold: ratio(siteCold, bareCold),
			warm: ratio(siteWarm, bareWarm),
			oneChanged: ratio(siteChanged, bareChanged),
			warmVsBareCold: ratio(siteWarm, bareCold),
			oneChangedVsBareCold: ratio(siteChanged, bareCold),
			ciPushVsBareChanged: ratio(siteCiPush, bareChanged),
			cpu: {
				cold: cpuRatio(siteCold, bareCold),
				warm: cpuRatio(siteWarm, bareWarm),
				oneChanged: cpuRatio(siteChanged, bareChanged),
			},
		},
		pageTypes,
		distByExtension: stats?.byExtension ?? {},
		distByFolder: stats?.byFolder ?? {},
		caches,
		astroPhases: phases,
		timeParts,
		dev: dev
			? {
					cold: {
						startSeconds: round(dev.cold.startSeconds ?? NaN),
						editSeconds: round(dev.cold.editSeconds ?? NaN),
						peakRssMiB: mib(dev.cold.peakRssKiB),
					},
					warm: {
						startSeconds: round(dev.warm.startSeconds ?? NaN),
						peakRssMiB: mib(dev.warm.peakRssKiB),
					},
					focused: {
						startSeconds: round(dev.focused.startSeconds ?? NaN),
						editSeconds: round(dev.focused.editSeconds ?? NaN),
						warmStartSeconds: round(dev.focusedWarm.startSeconds ?? NaN),
						peakRssMiB: mib(dev.focused.peakRssKiB),
					},
				}
			: null,
		profile,
		targets,
		failures,
		kept: opts.keep ? base : null,
	};
	console.log(JSON.stringify(result));
	console.log(report(result));

	if (!opts.keep) rmSync(base, { recursive: true, force: true });
	else
		say(
			`kept ${base} (site: ${siteRoot}${opts.skipBaseline ? '' : `, bare: ${bareRoot}`}, logs: ${logDir})`,
		);
	return failures.length === 0 ? 0 : 1;
}

/** The dist/ budget: 40 KiB a claim, so that 10,000 claims fit in 400 MiB and 20,000 in a 1 GB host. */
const distBudgetMiB = (claims: number) => (claims * 40) / 1024;

type ValidatorFigures = { ok: boolean; seconds: number; cpuSeconds: number; peakRssMiB: number };

type Result = {
	claims: number;
	runs: number;
	machine: {
		cores: number;
		cpu: string;
		memoryGiB: number;
		node: string;
		astro: string;
		temp: string;
		loadBefore: number[];
		loadAfter: number[];
	};
	corpus: { bytes: number; meanBodyWords: number };
	site: {
		cold: BuildFigures | null;
		warm: BuildFigures | null;
		oneChanged: BuildFigures | null;
		ciPush: BuildFigures | null;
		htmlPages: number;
		files: number;
		distBytes: number;
	};
	distByFolder: Record<string, { files: number; bytes: number }>;
	validator: { cold: ValidatorFigures | null; warm: ValidatorFigures | null };
	/** The slowest hostile file the validator was given (scripts/bench/hostile.ts). */
	hostile: HostileResult;
	/** What one social card costs, by stage (scripts/bench/social-cards.ts). */
	socialCards: SocialCardCost;
	baseline: {
		cold: BuildFigures | null;
		warm: BuildFigures | null;
		oneChanged: BuildFigures | null;
		htmlPages: number;
		distBytes: number;
	} | null;
	pageTypes: {
		type: string;
		pages: number;
		path: string;
		htmlCssGzip: number;
		jsBytes: number;
		claimLinks: number;
	}[];
	caches: Record<string, Record<string, number>>;
	timeParts: TimeParts;
	dev: {
		cold: { startSeconds: number; editSeconds: number; peakRssMiB: number };
		warm: { startSeconds: number; peakRssMiB: number };
		focused: {
			startSeconds: number;
			editSeconds: number;
			warmStartSeconds: number;
			peakRssMiB: number;
		};
	} | null;
	profile: { cold: ProfileSummary | null; warm: ProfileSummary | null } | null;
	targets: { name: string; target: string; actual: string; met: boolean | null }[];
	failures: string[];
};

/** Where the time went in run 1: each part of the cold, warm, one-changed and CI-push builds, and the cold build's pages by folder. */
function timeReport(r: Result): string[] {
	const { cold, warm, oneChanged, ciPush, bareCold } = r.timeParts;
	if (!cold) return [];
	const wall = r.site.cold?.wallSeconds ?? 0;
	const share = (seconds: number, of: number) =>
		of > 0 ? `${round((100 * seconds) / of, 0)}%` : '-';
	const shown = (seconds: number | undefined) => (seconds === undefined ? '-' : round(seconds));
	const partOf = (parts: BuildParts | undefined, name: string) =>
		parts?.parts.find((part) => part.name === name)?.seconds;
	const names = [
		...new Set(
			[cold, warm, oneChanged, ciPush].flatMap((p) => p?.parts.map((part) => part.name) ?? []),
		),
	];
	const rows: (string | number)[][] = [
		['build part (run 1)', 'cold s', 'of cold wall', 'warm s', 'one changed s', 'CI push s'],
		...names.map((name) => [
			name,
			shown(partOf(cold, name)),
			share(partOf(cold, name) ?? 0, wall),
			shown(partOf(warm, name)),
			shown(partOf(oneChanged, name)),
			shown(partOf(ciPush, name)),
		]),
		[
			'pages restored from the last build',
			cold.restored,
			'-',
			warm?.restored ?? '-',
			oneChanged?.restored ?? '-',
			ciPush?.restored ?? '-',
		],
	];
	const pages = partOf(cold, 'pages') ?? 0;
	const bareClaims = bareCold?.pageGroups.find((group) => group.folder === 'claims');
	const groups: (string | number)[][] = [
		['cold build: pages by folder', 'pages', 's', 'ms a page', 'of pages'],
		...cold.pageGroups.map((group) => [
			`${group.folder}${group.folder === '/' ? '' : '/'}`,
			group.pages,
			round(group.seconds),
			round((1000 * group.seconds) / group.pages),
			share(group.seconds, pages),
		]),
		...(bareClaims
			? [
					[
						'bare Astro: claims/',
						bareClaims.pages,
						round(bareClaims.seconds),
						round((1000 * bareClaims.seconds) / bareClaims.pages),
						'-',
					],
				]
			: []),
	];
	const overlap =
		cold.pageTimeScale < 1
			? [
					`(on average ${round(1 / cold.pageTimeScale)} pages were in progress at once, so each folder's time is its pages' own times scaled by ${round(cold.pageTimeScale)}: its share of the pages' wall time)`,
				]
			: [];
	return [table(rows, [0]), '', table(groups, [0]), ...overlap, ''];
}

function report(r: Result): string {
	const out: string[] = [];
	const m = r.machine;
	out.push(
		'',
		`Crosscheck benchmark: ${r.claims} claims (~${r.corpus.meanBodyWords} words each), ${r.runs === 1 ? '1 run' : `median of ${r.runs} runs`}; ${m.cores} cores, ${m.memoryGiB} GiB, ${m.cpu}; Node ${m.node}, Astro ${m.astro}; ${m.temp}; load average ${m.loadBefore.join(' ')} before, ${m.loadAfter.join(' ')} after`,
		'',
	);
	const row = (
		name: string,
		f: BuildFigures | null | undefined,
		b: BuildFigures | null | undefined,
	) => [
		name,
		f ? `${f.wallSeconds}${f.ok ? '' : ' FAILED'}` : '-',
		f ? f.pagesPerSecond : '-',
		f ? f.cpuSeconds : '-',
		f ? f.peakRssMiB : '-',
		b ? `${b.wallSeconds}${b.ok ? '' : ' FAILED'}` : '-',
		b ? b.cpuSeconds : '-',
		b ? b.peakRssMiB : '-',
		f && b ? `${round(f.wallSeconds / b.wallSeconds)}x` : '-',
		f && b && b.cpuSeconds > 0 ? `${round(f.cpuSeconds / b.cpuSeconds)}x` : '-',
	];
	const rows: (string | number)[][] = [
		[
			'',
			'wall s',
			'pages/s',
			'CPU s',
			'peak RSS MiB',
			'bare wall s',
			'bare CPU s',
			'bare RSS MiB',
			'vs bare',
			'CPU vs bare',
		],
	];
	rows.push(row('full build, cold', r.site.cold, r.baseline?.cold));
	rows.push(row('full build, warm', r.site.warm, r.baseline?.warm));
	rows.push(row('one claim changed', r.site.oneChanged, r.baseline?.oneChanged));
	rows.push(
		row('CI push (fresh checkout, CI caches, one changed)', r.site.ciPush, r.baseline?.oneChanged),
	);
	const dash = (k: number) => Array.from({ length: k }, () => '-');
	for (const [kind, v] of Object.entries(r.validator))
		if (v)
			rows.push([
				`validator, ${kind}${v.ok ? '' : ' (FAILED)'}`,
				v.seconds,
				'-',
				v.cpuSeconds,
				v.peakRssMiB,
				...dash(5),
			]);
	if (r.dev) {
		rows.push([
			'astro dev: start to claim page (cold)',
			round(r.dev.cold.startSeconds, 1),
			...dash(2),
			r.dev.cold.peakRssMiB,
			...dash(5),
		]);
		rows.push(['astro dev: edit to reload shows it', round(r.dev.cold.editSeconds, 1), ...dash(8)]);
		rows.push([
			'astro dev: start (warm cache)',
			round(r.dev.warm.startSeconds, 1),
			...dash(2),
			r.dev.warm.peakRssMiB,
			...dash(5),
		]);
		rows.push([
			'focused preview (--only): first start to claim page',
			round(r.dev.focused.startSeconds, 1),
			...dash(2),
			r.dev.focused.peakRssMiB,
			...dash(5),
		]);
		rows.push([
			'focused preview (--only): edit to reload shows it',
			round(r.dev.focused.editSeconds, 1),
			...dash(8),
		]);
		rows.push([
			'focused preview (--only): start again (its caches warm)',
			round(r.dev.focused.warmStartSeconds, 1),
			...dash(8),
		]);
	}
	out.push(table(rows));
	const c = r.socialCards;
	out.push(
		`social cards, one at a time in one thread (${c.cards} cards): the site's ${c.drawn.msPerCard} CPU ms a card (layout ${c.drawn.layoutMs}, draw into the palette ${c.drawn.drawMs}, deflate ${c.drawn.encodeMs}), ${kb(c.drawn.meanBytes)} KiB each; the SVG reference ${c.msPerCard} (layout and SVG ${c.layoutMs}, rasterize ${c.rasterizeMs}, palette and deflate ${c.encodeMs}), ${kb(c.meanBytes)} KiB each`,
	);
	const parts = (f: BuildFigures | null | undefined) =>
		f
			? Object.entries(f.atPeakMiB)
					.sort((a, b) => b[1] - a[1])
					.map(([name, v]) => `${name} ${v}`)
					.join(' + ')
			: '';
	out.push(
		`processes at the memory peak (MiB): cold ${parts(r.site.cold)}; warm ${parts(r.site.warm)}; one changed ${parts(r.site.oneChanged)}${r.baseline ? `; bare cold ${parts(r.baseline.cold)}` : ''}`,
		'',
	);
	out.push(...timeReport(r));
	out.push(
		`dist/: ${round(r.site.distBytes / 2 ** 20, 1)} MiB in ${r.site.files} files, ${r.site.htmlPages} HTML pages${r.baseline ? ` (bare: ${round(r.baseline.distBytes / 2 ** 20, 1)} MiB, ${r.baseline.htmlPages} pages)` : ''}`,
	);
	const folders = Object.entries(r.distByFolder).sort((a, b) => b[1].bytes - a[1].bytes);
	out.push(
		`by folder (KB a claim): ${folders.map(([name, f]) => `${name} ${round(f.bytes / 2 ** 20, 1)} MiB (${round(f.bytes / 1024 / r.claims, 1)})`).join(', ')}`,
		'',
	);
	const pages: (string | number)[][] = [
		['page type', 'pages', 'largest page', 'HTML+CSS gz KB', 'JS KB', 'claim links'],
	];
	for (const t of r.pageTypes)
		pages.push([
			t.type,
			t.pages,
			t.path.length > 48 ? `${t.path.slice(0, 45)}...` : t.path,
			kb(t.htmlCssGzip),
			kb(t.jsBytes),
			t.claimLinks,
		]);
	out.push(table(pages, [2]), '');
	out.push(
		`caches: ${Object.entries(r.caches)
			.map(
				([root, dirs]) =>
					`${root}: ${
						Object.entries(dirs)
							.map(([d, b]) => `${d} ${round(b / 2 ** 20, 1)} MiB`)
							.join(', ') || 'none'
					}`,
			)
			.join('; ')}`,
		'',
	);
	const targets: (string | number)[][] = [['target (docs/performance.md)', 'goal', 'actual', '']];
	for (const t of r.targets)
		targets.push([t.name, t.target, t.actual, t.met === null ? 'n/a' : t.met ? 'met' : 'MISSED']);
	out.push(table(targets));
	for (const [kind, p] of Object.entries(r.profile ?? {})) {
		if (!p) continue;
		out.push(
			'',
			`CPU profile of a ${kind} build (${p.seconds} s sampled, main thread): self time by module`,
		);
		out.push(
			table(
				p.byModule
					.slice(0, 15)
					.map((e) => [e.name, `${e.seconds} s`, `${round(e.share * 100, 1)}%`]),
			),
		);
		out.push('', `${kind}: top functions by self time`);
		out.push(
			table(
				p.byFunction
					.slice(0, 15)
					.map((e) => [
						e.name.length > 100 ? `${e.name.slice(0, 97)}...` : e.name,
						`${e.seconds} s`,
						`${round(e.share * 100, 1)}%`,
					]),
			),
		);
		out.push(
			'',
			`${kind}: inclusive time (self + callees) of Astro's build steps and the site's own functions`,
		);
		out.push(
			table(
				p.inclusive
					.slice(0, 20)
					.map((e) => [
						e.name.length > 100 ? `${e.name.slice(0, 97)}...` : e.name,
						`${e.seconds} s`,
						`${round(e.share * 100, 1)}%`,
					]),
			),
		);
	}
	if (r.failures.length) out.push('', 'FAILURES:', ...r.failures);
	return out.join('\n');
}

process.exitCode = await main();
