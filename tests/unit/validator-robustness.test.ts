/**
 * The validator never crashes and never stalls: thousands of mangled copies of real claim
 * files, and Markdown and YAML built to make parsers recurse or backtrack, all come back as
 * ordinary diagnostics with real positions, quickly.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Diagnostic } from '../../src/validator/diagnostics.ts';
import { validateProject } from '../../src/validator/validate-project.ts';
import { contentRoot } from '../test-edition.ts';

const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-robustness-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A small seeded generator (mulberry32), so every run mangles the files the same way. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const awkward = [
	'<',
	'>',
	'{',
	'}',
	'[',
	']',
	':',
	'"',
	"'",
	'\t',
	'\r',
	'\n',
	'-',
	'#',
	'*',
	'&',
	'!',
	'|',
	'%',
	'@',
	'`',
	'\\',
	'\0',
	'\u202e',
	'\ufeff',
	'---',
	'\n---\n',
	': ',
	'- ',
	'&a ',
	'*a ',
	'!!str ',
	'<script>',
	'javascript:',
	'é',
	'🇻🇪',
];

function mangle(text: string, next: () => number): Buffer {
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
	const at = () => Math.floor(next() * text.length);
	let out = text;
	for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
		const i = at();
		switch (Math.floor(next() * 5)) {
			case 0:
				out = out.slice(0, i) + pick(awkward) + out.slice(i);
				break;
			case 1:
				out = out.slice(0, i) + out.slice(i + Math.floor(next() * 200));
				break;
			case 2: {
				const lines = out.split('\n');
				const line = Math.floor(next() * lines.length);
				lines.splice(line, 0, lines[Math.floor(next() * lines.length)] ?? '');
				out = lines.join('\n');
				break;
			}
			case 3:
				out = out.slice(0, i);
				break;
			default:
				return Buffer.concat([
					Buffer.from(out.slice(0, i)),
					Buffer.from([Math.floor(next() * 256)]),
					Buffer.from(out.slice(i)),
				]);
		}
	}
	return Buffer.from(out);
}

function assertOrdinary(problems: readonly Diagnostic[], files: ReadonlySet<string>): void {
	for (const problem of problems) {
		assert.ok(files.has(problem.file), `diagnostic on a file not asked about: ${problem.file}`);
		assert.ok(
			problem.line >= 1 && problem.column >= 1,
			`bad position ${problem.line}:${problem.column} in ${problem.file}`,
		);
		assert.doesNotMatch(
			problem.message,
			/could not check this file/,
			`${problem.file}: ${problem.message}`,
		);
		assert.doesNotMatch(
			problem.message,
			/Invalid input|expected .+, received/,
			`schema library wording leaked: ${problem.message}`,
		);
	}
}

test('1,000 mangled copies of real claim files give diagnostics, never a crash', () => {
	const claims = readdirSync(join(contentRoot, 'content/claims')).map((name) =>
		readFileSync(join(contentRoot, 'content/claims', name), 'utf8'),
	);
	const next = random(20261123);
	const paths = Array.from({ length: 1000 }, (_, i) => {
		const path = join(scratch, `mangled-${i}.md`);
		writeFileSync(path, mangle(claims[i % claims.length] as string, next));
		return path;
	});
	const { problems } = validateProject(contentRoot, paths);
	assertOrdinary(
		problems,
		new Set(problems.map((p) => p.file).filter((file) => file.includes('mangled-'))),
	);
	assert.ok(
		new Set(problems.map((p) => p.file)).size > 750,
		'most mangled files should be refused',
	);
});

const head = '---\nid: x\n---\n';
const hostile: Record<string, string> = {
	'deeply nested YAML flow lists': `---\nid: ${'['.repeat(20000)}${']'.repeat(20000)}\n---\nText.\n`,
	'deeply nested blockquotes': `${head}${'>'.repeat(100000)} x\n`,
	'thousands of emphasis markers': `${head}${'*a'.repeat(60000)}\n`,
	'unclosed link openers': `${head}${'[a]('.repeat(15000)}\n`,
	'thousands of tag openers': `${head}${'<a'.repeat(60000)}\n`,
	'nested lists': `${head}${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`,
};

for (const [name, text] of Object.entries(hostile)) {
	test(`hostile input is refused quickly: ${name}`, () => {
		const path = join(scratch, `${name.replaceAll(' ', '-')}.md`);
		writeFileSync(path, text);
		const started = performance.now();
		const { problems } = validateProject(contentRoot, [path]);
		assert.ok(
			performance.now() - started < 5000,
			`took ${Math.round(performance.now() - started)} ms`,
		);
		assert.ok(problems.length > 0);
		assertOrdinary(problems, new Set([problems[0]?.file ?? '']));
	});
}
