/**
 * The part of validating a claim file that needs no other claim file: reading it, and every
 * check but the one for an id or claim repeated across files. Done for each file in this
 * thread, or, when there are many, spread over worker threads (check-each-file-worker.ts).
 * validateProject() then walks the results in order to find repeats.
 */
import { availableParallelism } from 'node:os';
import { receiveMessageOnPort, MessageChannel, Worker } from 'node:worker_threads';
import { checkMarkdownBody } from './check-markdown.ts';
import { ClaimChecker, type ClaimIdentity } from './check-claims.ts';
import { checkSources, type CheckedSource } from './check-sources.ts';
import { internalError, type Diagnostic } from './diagnostics.ts';
import { readContentFile, type ContentFile } from './read-content-file.ts';

/** A claim file's own problems, and the identity it takes (null when it could not be read as a claim file). */
export interface OwnCheck {
	readonly problems: Diagnostic[];
	readonly identity: ClaimIdentity | null;
}

/** Parse a file: its content, or the problems that stop it being read (its body still checked when it was found). */
function parseContent(
	file: string,
	bytes: Uint8Array,
	checkBody: boolean,
): { content: ContentFile | null; problems: Diagnostic[] } {
	const result = readContentFile(file, bytes);
	if (result.ok) return { content: result.content, problems: [] };
	// A file whose frontmatter is broken still has its body checked, so one run shows everything.
	return {
		content: null,
		problems:
			result.body && checkBody
				? [...result.problems, ...checkMarkdownBody(file, result.body)]
				: result.problems,
	};
}

/** The sources claims are checked against, from the source files' bytes (their own problems are reported elsewhere). */
export function checkedSources(files: readonly SourceFile[]): {
	sources: CheckedSource[];
	problems: Diagnostic[];
} {
	const parsed = files.map(({ path, bytes }) => {
		try {
			return parseContent(path, bytes, false);
		} catch (error) {
			return { content: null, problems: [internalError(path, error)] };
		}
	});
	const checked = checkSources(parsed.flatMap(({ content }) => (content ? [content] : [])));
	return {
		sources: checked.sources,
		problems: [...parsed.flatMap(({ problems }) => problems), ...checked.problems],
	};
}

/** One file checked on its own; `content` is there for a caller that needs more of it. */
export function checkOwn(
	file: string,
	bytes: Uint8Array,
	checker: ClaimChecker,
): OwnCheck & { content: ContentFile | null } {
	try {
		const { content, problems } = parseContent(file, bytes, true);
		if (!content) return { problems, identity: null, content };
		return {
			problems: checker.checkOnItsOwn(content),
			identity: ClaimChecker.identityOf(content),
			content,
		};
	} catch (error) {
		// A check that fails on this file is reported on this file; the others are still checked.
		return { problems: [internalError(file, error)], identity: null, content: null };
	}
}

export interface SourceFile {
	readonly path: string;
	readonly bytes: Uint8Array;
}

export interface ClaimJob {
	readonly file: string;
	readonly bytes: Uint8Array;
}

/**
 * Below this many files a thread's start-up costs more than it saves: a thread takes about half
 * a second to load the checks, about as long as a thousand plain files take to check here.
 */
const filesPerThread = 1000;
/** How long to wait for the threads before checking their files here instead. */
const threadTimeoutMs = 600_000;

/** What a thread is sent once the files it checks are known. */
export interface ThreadWork {
	readonly jobs: readonly ClaimJob[];
	readonly sources: readonly SourceFile[];
	readonly topics: readonly string[];
}

/**
 * Worker threads that check claim files on their own, started before the files are read: each
 * loads the checks (about as long as reading ten thousand files takes) while this thread reads
 * and hashes them, then waits for its share. One per core, if there are enough files to be
 * worth it; `check` blocks the caller until they are done.
 */
export class CheckThreads {
	readonly #done = new Int32Array(new SharedArrayBuffer(4));
	readonly #started: { worker: Worker; port: MessageChannel['port1'] }[] = [];
	/** Fewer files than this are checked by the caller: the two-thread minimum, or all that were expected. */
	readonly #least: number;

	private constructor(files: number) {
		this.#least = Math.min(2 * filesPerThread, files);
	}

	/**
	 * Threads for about `files` files, started now; null when that is too few for two threads to
	 * pay (`filesPerThread` files each) or they could not start.
	 */
	static start(
		files: number,
		threads = Math.min(availableParallelism(), Math.floor(files / filesPerThread)),
	): CheckThreads | null {
		if (threads < 2) return null;
		const pool = new CheckThreads(files);
		try {
			for (let i = 0; i < threads; i++) {
				const { port1, port2 } = new MessageChannel();
				const worker = new Worker(new URL('./check-each-file-worker.ts', import.meta.url), {
					workerData: { port: port2, done: pool.#done },
					transferList: [port2],
				});
				// A thread never keeps the process alive: if the caller never gets to `check`, it just ends.
				worker.unref();
				pool.#started.push({ worker, port: port1 });
			}
		} catch {
			pool.close();
			return null;
		}
		return pool;
	}

	/**
	 * Each file checked on its own, spread over the threads, which then stop; null (the threads
	 * stopped unused) when there are fewer than expected and too few for two threads. Files a
	 * thread did not answer for are missing from the map, for the caller to check.
	 */
	check(
		jobs: readonly ClaimJob[],
		sources: readonly SourceFile[],
		topics: readonly string[] = [],
	): Map<string, OwnCheck> | null {
		const threads = this.#started.length;
		if (jobs.length < this.#least) {
			this.close();
			return null;
		}
		this.#started.forEach(({ port }, i) =>
			port.postMessage({
				jobs: jobs.filter((_, j) => j % threads === i),
				sources,
				topics,
			} satisfies ThreadWork),
		);
		const deadline = Date.now() + threadTimeoutMs;
		for (
			let finished = Atomics.load(this.#done, 0);
			finished < threads && Date.now() < deadline;
			finished = Atomics.load(this.#done, 0)
		) {
			Atomics.wait(this.#done, 0, finished, 1000);
		}
		const results = new Map<string, OwnCheck>();
		for (const { port } of this.#started) {
			for (
				let message = receiveMessageOnPort(port);
				message;
				message = receiveMessageOnPort(port)
			) {
				for (const [file, check] of message.message as [string, OwnCheck][])
					results.set(file, check);
			}
		}
		this.close();
		return results;
	}

	/** Stop the threads, whether or not they were given files. */
	close(): void {
		for (const { worker, port } of this.#started.splice(0)) {
			port.close();
			void worker.terminate();
		}
	}
}
