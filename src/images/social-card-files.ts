/**
 * Social card PNGs for a build. Each card is a cache file named by a hash of what it shows
 * (claim text, rating) and of the code, typeface and renderer that draw it, so a card is
 * rendered once and after that only read back. Missing cards are rendered on worker threads,
 * one per core but one, while the main thread goes on building pages (and one more while it
 * waits for a card still to be drawn); the threads stop when no card has been asked for in a
 * while, so that what they hold (typefaces, drawn glyphs) is free again for what a build does
 * next (the search index).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectCacheDir } from '../lib/cache-dir.ts';
import { packageVersion } from '../lib/package-version.ts';
import { dictionaryFiles } from '../edition/i18n.ts';
import type { SocialCardInput } from './social-card.ts';
import type { CardAnswer, CardJob } from './social-card-worker.ts';

/** Every file of the project the worker runs (a unit test keeps this list complete), and the dictionary it reads its words from. */
export const socialCardCode = [
	'src/images/social-card-worker.ts',
	'src/images/card-raster.ts',
	'src/images/indexed-png.ts',
	'src/images/social-card.ts',
	'src/images/fonts.ts',
	'src/lib/atomic-write.ts',
	'src/lib/text-fit.ts',
	'src/lib/ratings.ts',
	'src/lib/localized.ts',
	'src/lib/contrast.ts',
	'src/lib/icons.ts',
	'src/config/site.ts',
	'src/edition/site.ts',
	'src/edition/i18n.ts',
	'src/lib/settings.ts',
	'src/lib/routes.ts',
	'src/lib/language-tags.ts',
	'src/i18n/index.ts',
	'src/i18n/dictionary.ts',
	'src/i18n/format.ts',
	'src/i18n/languages.ts',
	...dictionaryFiles,
] as const;

/** The packages whose versions change how a card looks. */
const socialCardPackages = [
	'@resvg/resvg-js',
	'@fontsource/atkinson-hyperlegible',
	'opentype.js',
] as const;

interface Waiting {
	readonly resolve: () => void;
	readonly reject: (error: Error) => void;
	readonly file: string;
}

export class SocialCards {
	readonly #root: string;
	readonly #cacheDir: string;
	readonly #threads: number;
	/** Whether a caller waiting for a card has lent its core: one thread more, until `close`. */
	#lent = false;
	#fingerprint: string | undefined;
	readonly #inFlight = new Map<string, Promise<string>>();
	readonly #queue: CardJob[] = [];
	readonly #waiting = new Map<number, Waiting>();
	readonly #idle: Worker[] = [];
	readonly #busy = new Map<Worker, number>();
	readonly #idleMs: number;
	#idleTimer: NodeJS.Timeout | undefined;
	#jobs = 0;
	#madeCacheDir = false;

	/**
	 * `root` is the project folder; cards are kept in `cacheDir` between builds. By default one
	 * core is left to the build's own thread, which renders every page while the cards are drawn:
	 * at 3,000 claims on two cores, the pages took 33 s beside one card thread and 37 to 38 s
	 * beside two (cold builds of 47 to 51 s against 53 to 56 s). While that thread waits for a
	 * card still to be drawn (`png`), a thread more draws in its place. The threads stop after
	 * `idleMs` with nothing to draw, and start again if a card is asked for after that.
	 */
	constructor(
		root: string,
		cacheDir = join(projectCacheDir(root), 'social-cards'),
		threads = availableParallelism() - 1,
		idleMs = 2000,
	) {
		this.#root = root;
		this.#cacheDir = cacheDir;
		this.#threads = Math.max(1, threads);
		this.#idleMs = idleMs;
	}

	/** How many worker threads are running, busy or idle. */
	get threads(): number {
		return this.#idle.length + this.#busy.size;
	}

	/** The cache file a card is kept in: its name changes with the card's input, code, typeface or renderer. */
	fileOf(input: SocialCardInput): string {
		const key = createHash('sha256')
			.update(this.#codeFingerprint())
			.update(JSON.stringify(input))
			.digest('base64url');
		return join(this.#cacheDir, `${key}.png`);
	}

	/** The card's PNG file, rendered first (on a worker thread) if it is not in the cache. */
	file(input: SocialCardInput): Promise<string> {
		return this.#cardFile(input, this.fileOf(input));
	}

	#cardFile(input: SocialCardInput, file: string): Promise<string> {
		const running = this.#inFlight.get(file);
		if (running) return running;
		if (existsSync(file)) return Promise.resolve(file);
		if (!this.#madeCacheDir) {
			mkdirSync(this.#cacheDir, { recursive: true });
			this.#madeCacheDir = true;
		}
		const rendered = new Promise<string>((resolve, reject) => {
			const job = this.#jobs++;
			this.#waiting.set(job, { resolve: () => resolve(file), reject, file });
			this.#queue.push({ job, input, file });
			this.#dispatch();
		});
		const done = () => this.#inFlight.delete(file);
		rendered.then(done, done);
		this.#inFlight.set(file, rendered);
		return rendered;
	}

	/** The card's PNG bytes. */
	async png(input: SocialCardInput): Promise<Buffer> {
		const file = this.fileOf(input);
		const card = this.#cardFile(input, file);
		// The caller waits for a card still to be drawn: its core is free to draw meanwhile.
		if (this.#inFlight.has(file) && !this.#lent) {
			this.#lent = true;
			this.#dispatch();
		}
		return readFileSync(await card);
	}

	/** Start rendering every missing card now, so they are ready when their pages ask; failures surface there. */
	prepare(inputs: Iterable<SocialCardInput>): void {
		for (const input of inputs) this.file(input).catch(() => undefined);
	}

	/** Stop the worker threads, failing the cards not drawn yet (threads start again if more cards are asked for). */
	async close(): Promise<void> {
		clearTimeout(this.#idleTimer);
		this.#lent = false;
		for (const { job } of this.#queue.splice(0))
			this.#settle(job, new Error('stopped before it was drawn'));
		const workers = [...this.#idle, ...this.#busy.keys()];
		this.#idle.length = 0;
		await Promise.all(workers.map((worker) => worker.terminate()));
	}

	#codeFingerprint(): string {
		if (this.#fingerprint === undefined) {
			const hash = createHash('sha256');
			for (const file of socialCardCode)
				hash.update(`${file}\n`).update(readFileSync(join(this.#root, file)));
			for (const name of socialCardPackages) hash.update(`${name}@${packageVersion(name)}\n`);
			this.#fingerprint = hash.digest('hex');
		}
		return this.#fingerprint;
	}

	#dispatch(): void {
		clearTimeout(this.#idleTimer);
		while (this.#queue.length > 0) {
			const worker =
				this.#idle.pop() ??
				(this.#busy.size < this.#threads + Number(this.#lent) ? this.#start() : undefined);
			if (!worker) return;
			const job = this.#queue.shift() as CardJob;
			this.#busy.set(worker, job.job);
			// A busy worker keeps the process alive until its card is written; an idle one does not.
			worker.ref();
			worker.postMessage(job);
		}
		if (this.#busy.size === 0 && this.#idle.length > 0)
			this.#idleTimer = setTimeout(() => void this.close(), this.#idleMs).unref();
	}

	#start(): Worker {
		const worker = new Worker(join(this.#root, socialCardCode[0]));
		worker.on('message', ({ job, error }: CardAnswer) => {
			this.#settle(job, error === undefined ? undefined : new Error(error));
			this.#busy.delete(worker);
			worker.unref();
			this.#idle.push(worker);
			this.#dispatch();
		});
		worker.on('error', (error) => this.#lose(worker, error));
		worker.on('exit', (code) =>
			this.#lose(worker, new Error(`the social card worker stopped (exit code ${code})`)),
		);
		return worker;
	}

	/** A worker that failed or stopped: its card fails, and the rest of the queue goes to a new worker. */
	#lose(worker: Worker, error: Error): void {
		const job = this.#busy.get(worker);
		this.#busy.delete(worker);
		const idle = this.#idle.indexOf(worker);
		if (idle >= 0) this.#idle.splice(idle, 1);
		if (job !== undefined) this.#settle(job, error);
		this.#dispatch();
	}

	#settle(job: number, error: Error | undefined): void {
		const waiting = this.#waiting.get(job);
		if (!waiting) return;
		this.#waiting.delete(job);
		if (error) waiting.reject(new Error(`social card ${waiting.file}: ${error.message}`));
		else waiting.resolve();
	}
}

let shared: SocialCards | undefined;

/** The build's social cards, cached in the project this process runs in. */
export function socialCards(): SocialCards {
	shared ??= new SocialCards(process.cwd());
	return shared;
}
