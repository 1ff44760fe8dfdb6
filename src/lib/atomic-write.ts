/** Writing a cache file so that no reader, and no build stopped halfway, ever sees it half-written. */
import { renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

/** Write to a file of this process and thread, then rename it into place. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
	const partial = `${file}.${process.pid}-${threadId}.tmp`;
	writeFileSync(partial, data);
	renameSync(partial, file);
}
