/**
 * Files a build writes itself, beside the pages Astro renders: each claim's open-data record,
 * oEmbed answer, badge and social card. Astro's page pipeline costs about a millisecond a file
 * whatever the file holds (at 10,000 claims these 40,000 files took about 44 s of the 105 s a cold
 * build spent on pages), and none of them is a page. Their routes still serve them in
 * `astro dev`, from the same code: in a build, a route's getStaticPaths() hands its files to
 * `besidePages` and returns no paths, and src/integrations/files-beside-pages.ts writes them once
 * the pages are done.
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

const queueKey = Symbol.for('crosscheck.filesBesidePages');
type WithQueue = typeof globalThis & { [queueKey]?: FileBesidePages[] };

function queue(): FileBesidePages[] {
	const global = globalThis as WithQueue;
	return (global[queueKey] ??= []);
}

/**
 * A getStaticPaths() result for a route whose every path is a file beside the pages. In a build
 * (`build`: `import.meta.env.PROD`) each path's file, at `fileOf(params)`, is queued to be written
 * after the pages and no path is returned; otherwise (the dev server) the paths are, for the
 * route's GET to answer with the same `body`.
 */
export function besidePages<Params, Props>(
	build: boolean,
	paths: readonly { params: Params; props: Props }[],
	fileOf: (params: Params) => string,
	body: (props: Props) => FileBody | Promise<FileBody>,
): { params: Params; props: Props }[] {
	if (!build) return [...paths];
	queue().push(
		...paths.map(({ params, props }) => ({ file: fileOf(params), body: () => body(props) })),
	);
	return [];
}

/** Every file queued so far, leaving the queue empty. */
export function takeQueuedFiles(): FileBesidePages[] {
	return queue().splice(0);
}
