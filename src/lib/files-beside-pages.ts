/**
 * Files a build writes itself, beside the pages Astro renders: each claim's open-data record,
 * oEmbed answer, badge and social card. Astro's page pipeline costs about a millisecond a file
 * whatever the file holds, and none of these is a page. In a build, a route's getStaticPaths()
 * hands its files to `besidePages` and returns no paths, and src/integrations/files-beside-pages.ts
 * writes them once the pages are done. The dev server, and a build whose config lacks that
 * integration (a site that kept an older astro.config.mjs), get the paths instead and serve or
 * render each from its route, with the same code.
 *
 * The queue is kept on `globalThis` because the routes run in Astro's bundle of the site and the
 * integration in the config's own copy of the modules: the two share the process, not the module.
 */

export type FileBody = string | Uint8Array;

/** One file beside the pages. */
export interface FileBesidePages {
	/** Where it goes, relative to the build's output folder: `oembed/<id>.json`. */
	readonly file: string;
	/** What it holds, made when it is written. */
	readonly body: () => FileBody | Promise<FileBody>;
}

interface Queue {
	/** Whether a build's writer will write what is queued (from the build's start to its end). */
	open: boolean;
	files: FileBesidePages[];
}

const queueKey = Symbol.for('crosscheck.filesBesidePages');
type WithQueue = typeof globalThis & { [queueKey]?: Queue };

function queue(): Queue {
	const global = globalThis as WithQueue;
	return (global[queueKey] ??= { open: false, files: [] });
}

/** Queue files from now on, for a writer to take when the pages are done: a build starts. */
export function openQueue(): void {
	const waiting = queue();
	waiting.open = true;
	waiting.files = [];
}

/** Every file queued since `openQueue`, and stop queuing. */
export function takeQueuedFiles(): FileBesidePages[] {
	const waiting = queue();
	waiting.open = false;
	return waiting.files.splice(0);
}

/**
 * A getStaticPaths() result for a route whose every path is a file beside the pages. While a
 * writer waits for them (`openQueue`), each path's file, at `fileOf(params)`, is queued with its
 * `body` and no path is returned; otherwise the paths are, for the route's GET to answer with the
 * same `body`.
 */
export function besidePages<Params, Props>(
	paths: readonly { params: Params; props: Props }[],
	fileOf: (params: Params) => string,
	body: (props: Props) => FileBody | Promise<FileBody>,
): { params: Params; props: Props }[] {
	const waiting = queue();
	if (!waiting.open) return [...paths];
	waiting.files.push(
		...paths.map(({ params, props }) => ({ file: fileOf(params), body: () => body(props) })),
	);
	return [];
}
