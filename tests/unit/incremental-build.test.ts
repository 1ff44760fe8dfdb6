/**
 * Incremental builds (experimental.incrementalBuild, keys from src/lib/cache-key.ts) must
 * never serve a stale page. A copy of the project is built, one claim is edited (new claim
 * text and verdict) and another deleted, and it is built again reusing the first build's
 * cache; the result must be byte for byte what a clean build of the same files writes.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
	existsSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { ratings } from '../../src/edition/ratings.ts';
import { site } from '../../src/edition/site.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { build, copyProject, removeCopies } from '../project-copy.ts';

after(removeCopies);

/** A claim page's folder in the built site, under the edition's word for claims. */
const claimRoute = createRoutes(site.paths).claim;

/** Every file under `dir`, by path, as a hash of its bytes. */
function snapshot(dir: string, root = dir): Map<string, string> {
	const files = new Map<string, string>();
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) for (const entry of snapshot(path, root)) files.set(...entry);
		else
			files.set(
				relative(root, path),
				createHash('sha256').update(readFileSync(path)).digest('hex'),
			);
	}
	return files;
}

function assertBuilt(result: { status: number | null; output: string }): string {
	assert.equal(result.status, 0, result.output);
	return result.output;
}

test('a build that reuses the last one writes exactly what a clean build writes', () => {
	const dir = copyProject();
	const claims = join(dir, 'content/claims');
	assertBuilt(build(dir));

	const edited = 'maduro-captured-january-3';
	const deleted = 'trump-called-former-president';
	const file = join(claims, `${edited}.md`);
	const text = readFileSync(file, 'utf8');
	const verdict = /^verdict: "?([a-z-]+)"?$/m.exec(text)?.[1];
	const otherVerdict = ratings.find((rating) => rating.id !== verdict)?.id;
	assert.ok(verdict && otherVerdict);
	writeFileSync(
		file,
		text
			.replace(/^verdict: .*$/m, `verdict: ${otherVerdict}`)
			.replace(/^claim: "/m, 'claim: "Edited for the incremental build test: '),
	);
	unlinkSync(join(claims, `${deleted}.md`));

	const output = assertBuilt(build(dir));
	assert.match(
		output,
		new RegExp(`/${claimRoute('[a-z0-9-]+')}index\\.html \\(restored\\)`),
		'nothing was reused: the test would prove nothing',
	);
	assert.doesNotMatch(
		output,
		new RegExp(`/${claimRoute(edited)}index\\.html \\(restored\\)`),
		'the edited claim was not rendered again',
	);
	const incremental = snapshot(join(dir, 'dist'));
	assert.ok(
		![...incremental.keys()].some((path) => path.includes(deleted)),
		'a deleted claim left files behind',
	);

	rmSync(join(dir, 'dist'), { recursive: true });
	rmSync(join(dir, 'node_modules/.astro'), { recursive: true });
	assertBuilt(build(dir));
	const clean = snapshot(join(dir, 'dist'));
	assert.ok(existsSync(join(dir, 'dist/claims', edited, 'index.html')));
	assert.deepEqual([...incremental.keys()].sort(), [...clean.keys()].sort());
	for (const [path, hash] of clean)
		assert.equal(incremental.get(path), hash, `${path} differs from a clean build`);
});
