/** A worker thread that indexes one search shard (search-shard.ts), then stops its Pagefind process. */
import { workerData } from 'node:worker_threads';
import { close } from 'pagefind';
import { indexShard, type ShardJob } from './search-shard.ts';

try {
	await indexShard(workerData as ShardJob);
} finally {
	await close();
}
