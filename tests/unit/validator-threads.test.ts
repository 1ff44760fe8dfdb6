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
import { CheckThreads, checkedSources, checkOwn } from '../../src/validator/check-each-file.ts';
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
	const threads = CheckThreads.start(jobs.length, 3);
	assert.ok(threads, 'the threads did not start');
	const threaded = threads.check(jobs, sources);
	assert.ok(threaded, 'the threads were not used');
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
	assert.equal(CheckThreads.start(10), null);
});

test('threads started for more files than turn out to need checking stop unused', () => {
	const threads = CheckThreads.start(5000, 2);
	assert.ok(threads, 'the threads did not start');
	assert.equal(threads.check(jobs.slice(0, 10), sources), null);
});
