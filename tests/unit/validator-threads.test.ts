/**
 * A large run checks claim files on worker threads (src/validator/check-each-file.ts): what a
 * thread answers for each file must be exactly what checking it in this thread gives, for
 * every kind of broken file in the fixtures and for sound ones.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ClaimChecker } from '../../src/validator/check-claims.ts';
import {
	checkedSources,
	checkOwn,
	checkOwnInThreads,
} from '../../src/validator/check-each-file.ts';
import { contentRoot } from '../test-edition.ts';

const folder = (dir: string) =>
	readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.map((name) => ({ file: `${dir}/${name}`, bytes: readFileSync(join(dir, name)) }));

const sources = folder(join(contentRoot, 'content/sources')).map(({ file, bytes }) => ({
	path: file,
	bytes,
}));
const jobs = [
	...folder(join(contentRoot, 'content/claims')),
	...folder('tests/fixtures/invalid'),
	...folder('tests/fixtures/valid'),
];

test('claim files checked on worker threads get the same problems and identity as in this thread', () => {
	const threaded = checkOwnInThreads(jobs, sources, 3);
	assert.ok(threaded, 'the threads did not start');
	assert.equal(threaded.size, jobs.length, 'a thread left files unanswered');
	const checker = new ClaimChecker(checkedSources(sources).sources);
	let withProblems = 0;
	for (const { file, bytes } of jobs) {
		const { problems, identity } = checkOwn(file, bytes, checker);
		assert.deepEqual(threaded.get(file), { problems, identity }, file);
		if (problems.length > 0) withProblems++;
	}
	assert.ok(
		withProblems >= 70,
		`only ${withProblems} files with problems: the fixtures were not all read`,
	);
});

test('too few files for threads to pay: the caller checks them itself', () => {
	assert.equal(checkOwnInThreads(jobs.slice(0, 10), sources), null);
});
