/**
 * A worker thread that renders social cards (social-card-files.ts starts it): it takes a
 * card's input and the cache file to write, and answers when the file is in place.
 */
import { parentPort } from 'node:worker_threads';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import { socialCardPng } from './card-raster.ts';
import type { SocialCardInput } from './social-card.ts';

export interface CardJob {
	readonly job: number;
	readonly input: SocialCardInput;
	readonly file: string;
}

export type CardAnswer = { readonly job: number; readonly error?: string };

parentPort?.on('message', ({ job, input, file }: CardJob) => {
	try {
		writeFileAtomic(file, socialCardPng(input));
		parentPort?.postMessage({ job } satisfies CardAnswer);
	} catch (error) {
		parentPort?.postMessage({
			job,
			error: error instanceof Error ? error.message : String(error),
		} satisfies CardAnswer);
	}
});
