/**
 * A worker thread of CheckThreads (check-each-file.ts): loads the checks as soon as it starts,
 * then checks the share of claim files it is sent and posts the results.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { OwnCheck, ThreadWork } from './check-each-file.ts';

const { port, done } = workerData as { port: MessagePort; done: Int32Array };

/** The checks, or null when they could not be loaded: the waiting thread then checks this share itself. */
const loaded = await Promise.all([
	import('./check-claims.ts'),
	import('./check-each-file.ts'),
]).then(
	([claims, each]) => ({ ClaimChecker: claims.ClaimChecker, ...each }),
	() => null,
);

port.once('message', ({ jobs, sources, topics }: ThreadWork) => {
	try {
		if (!loaded) return;
		const checker = new loaded.ClaimChecker(loaded.checkedSources(sources).sources, topics);
		port.postMessage(
			jobs.map(({ file, bytes }): [string, OwnCheck] => {
				const { problems, identity } = loaded.checkOwn(file, bytes, checker);
				return [file, { problems, identity }];
			}),
		);
	} finally {
		// Whatever happened, the waiting thread goes on; files missing from the answer are checked there.
		Atomics.add(done, 0, 1);
		Atomics.notify(done, 0);
		port.close();
	}
});
