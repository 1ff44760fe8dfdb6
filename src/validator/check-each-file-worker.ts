/** A worker thread of checkOwnInThreads(): checks its share of claim files on their own and posts the results. */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { ClaimJob, OwnCheck, SourceFile } from './check-each-file.ts';

const { jobs, sources, topics, port, done } = workerData as {
	jobs: ClaimJob[];
	sources: SourceFile[];
	topics: string[];
	port: MessagePort;
	done: Int32Array;
};
try {
	// Loaded here, inside the try, so that even a failure to load lets the waiting thread go on.
	const { ClaimChecker } = await import('./check-claims.ts');
	const { checkedSources, checkOwn } = await import('./check-each-file.ts');
	const checker = new ClaimChecker(checkedSources(sources).sources, topics);
	port.postMessage(
		jobs.map(({ file, bytes }): [string, OwnCheck] => {
			const { problems, identity } = checkOwn(file, bytes, checker);
			return [file, { problems, identity }];
		}),
	);
} finally {
	// Whatever happened, the waiting thread goes on; files missing from the answer are checked there.
	Atomics.add(done, 0, 1);
	Atomics.notify(done, 0);
}
