/**
 * A worker thread that renders social cards (social-card-files.ts starts it): it takes a
 * card's input and the cache file to write, and answers when the file is in place.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort, threadId } from 'node:worker_threads';
import { svgToPng } from './render-png.ts';
import { socialCardSvg, type SocialCardInput } from './social-card.ts';

export interface CardJob {
	readonly job: number;
	readonly input: SocialCardInput;
	readonly file: string;
}

export type CardAnswer = { readonly job: number; readonly error?: string };

parentPort?.on('message', ({ job, input, file }: CardJob) => {
	try {
		// Write then rename, so a build that stops halfway never leaves a truncated image in the cache.
		const partial = `${file}.${process.pid}-${threadId}.tmp`;
		writeFileSync(partial, svgToPng(socialCardSvg(input)));
		renameSync(partial, file);
		parentPort?.postMessage({ job } satisfies CardAnswer);
	} catch (error) {
		parentPort?.postMessage({ job, error: error instanceof Error ? error.message : String(error) } satisfies CardAnswer);
	}
});
