/**
 * What contributors submit is read one way, refused with a reason, and never read through a
 * link (issue 19): the text policy, link rules, language tags, special files, messages that
 * always say what to do, and problems that never hide each other.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { isRealDay } from '../../src/lib/dates.ts';
import { languageTagProblem } from '../../src/lib/language-tags.ts';
import { linkProblem } from '../../src/lib/link-policy.ts';
import { comparable, findRefused, visibleLength } from '../../src/lib/text-policy.ts';
import { quoted } from '../../src/validator/diagnostics.ts';
import { validateProject } from '../../src/validator/validate-project.ts';
import { contentRoot } from '../test-edition.ts';

const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-integrity-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the fixture edition's content to break. */
function project(name: string): string {
	const dir = join(scratch, name);
	cpSync(join(contentRoot, 'content'), join(dir, 'content'), { recursive: true });
	return dir;
}

test('every refusal in the fixture corpus says what to do', () => {
	const expected = JSON.parse(readFileSync('tests/fixtures/expected.json', 'utf8')) as Record<
		string,
		{ message: string; hint?: string }[]
	>;
	const bare = Object.entries(expected).flatMap(([file, list]) =>
		list.filter((d) => !d.hint).map((d) => `${file}: ${d.message}`),
	);
	assert.deepEqual(bare, []);
});

test('the text policy refuses each class of code point the issue names, in raw text and in escapes', () => {
	for (const char of [
		'\u0000',
		'\u0007',
		'\u0085',
		'\uFFFF',
		'\uFDD0',
		'\u{10FFFF}',
		'\uD800',
		'\uDC00',
		'\u200F',
		'\u061C',
		'\u202E',
		'\u2066',
		'\u{E0020}',
		'\u{E007F}',
		'\u2028',
		'\u2029',
		'\uFEFF',
	])
		assert.ok(findRefused(`a${char}b`), `U+${char.codePointAt(0)?.toString(16)} passed`);
	// Each class is found as itself, with its own reason, wherever it stands.
	const reasons = ['\u0007', '\u202E', '\u2028', '\uFEFF', '\uFDD0', '\uD800', '\u{E0020}'].map(
		(char) => findRefused(`abc ${char}`),
	);
	assert.deepEqual(
		reasons.map((found) => found?.index),
		reasons.map(() => 4),
	);
	assert.equal(new Set(reasons.map((found) => found?.reason)).size, reasons.length);
	for (const text of ['tab\tand\nnewline', 'emoji 👩‍👩‍👧 with joiners', 'café', 'العربية', '日本語'])
		assert.equal(findRefused(text), null, text);
});

test('blank-looking characters do not count towards a minimum length; NFC before comparing', () => {
	assert.equal(visibleLength('\u3164\u2800\u200B\u3164\u2800\u200B'), 0);
	assert.equal(visibleLength('ab\u200Bc'), 3);
	assert.equal(visibleLength(' \tab c\n'), 4);
	assert.equal(visibleLength('\u3000ab\u00A0'), 2);
	assert.equal(visibleLength('e\u0301'), 1);
	assert.equal(comparable('Nicola\u0301s Ma\u200Bduro'), comparable('Nicolás Maduro'));
});

test('links with a user name or a host that mixes writing systems are refused, with a hint', () => {
	for (const url of [
		'https://reuters.com@other.example/',
		'https://user:secret@example.com/',
		'https://xn--pple-43d.com/',
		'https://xn--80ak6aa92e.com/',
	]) {
		const problem = linkProblem(url);
		assert.ok(problem, url);
		assert.ok(problem.hint.length > 0);
	}
	for (const url of ['https://www.reuters.com/world/', 'https://münchen.de/', 'https://例え.jp/'])
		assert.equal(linkProblem(url), null, url);
});

test('language tags the site cannot name are refused; those it can are accepted', () => {
	for (const tag of ['en-x', 'en-us-us', 'x-foo', 'EN', ''])
		assert.ok(languageTagProblem(tag), tag);
	const names = new Intl.DisplayNames(['en', 'es'], { type: 'language' });
	for (const tag of ['en', 'es-MX', 'zh-Hant-TW', 'de-1996']) {
		assert.equal(languageTagProblem(tag), null, tag);
		assert.doesNotThrow(() => names.of(tag));
	}
});

test('years 0 to 99 are real years', () => {
	assert.equal(isRealDay('0050-01-01'), true);
	assert.equal(isRealDay('0004-02-29'), true);
	assert.equal(isRealDay('0001-02-29'), false);
});

test('long values are cut in messages, with their length', () => {
	const shown = quoted('x'.repeat(100_000));
	assert.ok(shown.length < 250, shown);
	assert.match(shown, /…" \(100000 characters\)$/);
	assert.equal(quoted('short'), '"short"');
});

test('symbolic links and special files in content/ are refused, named, and never read through', () => {
	const dir = project('links');
	symlinkSync('/dev/zero', join(dir, 'content/claims/zero.md'));
	symlinkSync('/etc/hostname', join(dir, 'content/sources/host.md'));
	const { problems } = validateProject(dir);
	assert.deepEqual(
		problems.map((p) => [p.file, p.message]),
		[
			[
				'content/claims/zero.md',
				'is a symbolic link; content files must be plain files, and links are not followed',
			],
			[
				'content/sources/host.md',
				'is a symbolic link; content files must be plain files, and links are not followed',
			],
		],
	);
});

test('a pathological file never hides the problems of another, and each is named', () => {
	const dir = project('two-bad');
	const claims = join(dir, 'content/claims');
	const [first, second] = ['maduro-captured-january-3.md', 'trump-called-former-president.md'];
	const one = readFileSync(join(claims, first), 'utf8');
	writeFileSync(
		join(claims, first),
		one.replace(/^author: .*$/m, `author: ${'['.repeat(20_000)}${']'.repeat(20_000)}`),
	);
	const two = readFileSync(join(claims, second), 'utf8');
	writeFileSync(join(claims, second), `${two}\n${'> - '.repeat(15_000)}\n`);
	const files = new Set(validateProject(dir).problems.map((p) => p.file));
	assert.deepEqual([...files].sort(), [`content/claims/${first}`, `content/claims/${second}`]);
});

test('a content folder that cannot be read is an error, not an empty edition', () => {
	const dir = project('unreadable');
	rmSync(join(dir, 'content/claims'), { recursive: true });
	writeFileSync(join(dir, 'content/claims'), 'a file where the folder should be\n');
	const { problems } = validateProject(dir);
	assert.deepEqual(
		problems.map((p) => [p.file, p.message]),
		[['content/claims', 'cannot be read (ENOTDIR), so its files cannot be checked']],
	);
});
