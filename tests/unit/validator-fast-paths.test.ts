/**
 * The validator's fast paths change no result: plain frontmatter read without the full YAML
 * reader gives the same data as that reader and as the site's build, and messages still point
 * at their lines; an analysis whose syntax tree is skipped gets exactly the problems the tree
 * would have found. Each fast path is also shown to be taken, so a change that loses it fails.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { checkedSources } from '../../src/validator/check-each-file.ts';
import { checkMarkdownBody } from '../../src/validator/check-markdown.ts';
import { fileIdFinder, type FileIdFinder } from '../../src/validator/check-reader-text.ts';
import { readPlainFrontmatter } from '../../src/validator/plain-frontmatter.ts';
import { readContentFile } from '../../src/validator/read-content-file.ts';
import { siteReading } from '../../src/validator/site-reading.ts';
import { contentRoot } from '../test-edition.ts';

const read = (dir: string) =>
	readdirSync(join(contentRoot, 'content', dir))
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => ({
			path: `content/${dir}/${name}`,
			text: readFileSync(join(contentRoot, 'content', dir, name), 'utf8'),
		}));
const claims = read('claims');
const sourceFiles = read('sources').map(({ path, text }) => ({
	path,
	bytes: new TextEncoder().encode(text),
}));
const finder = fileIdFinder(checkedSources(sourceFiles).sources.map(({ data }) => data));

/** The frontmatter block as read-content-file.ts splits it off: the rest of the "---" line to the closing line. */
const frontmatterOf = (text: string) => text.slice(3, text.indexOf('\n---', 3) + 1);
const bodyOf = (text: string) => {
	const close = text.indexOf('\n---', 3);
	return text.slice(text.indexOf('\n', close + 1) + 1);
};
const yaml12 = (source: string) =>
	parseDocument(source, { uniqueKeys: true, version: '1.2', schema: 'core' }).toJS() as unknown;

test('plain frontmatter: the fast reading equals the YAML reader and the site build', () => {
	const sources = [
		...claims.map(({ text }) => frontmatterOf(text)),
		'\nid: a\ncount: 12\nzero: 0\nflag: true\nnothing:\nalso: ~\ntopics: [one, two three]\nnone: []\n',
		'\nsingle: \'it\'\'s\'\nescaped: "a \\"b\\" \\\\ \\u00e9 \\/"\nurl: https://example.org/a#b\n',
		'\ndate: 2026-01-09\nodd: 2026-13-45\nlist:\n  - one\n  - key: value\n    other: 2026-02-03\n',
		'\n# a comment\nkey: value # a comment\nquoted: "x" # a comment\n',
	];
	let fast = 0;
	for (const source of sources) {
		const plain = readPlainFrontmatter(source);
		if (!plain) continue;
		fast++;
		assert.deepEqual(plain.ours, yaml12(source), source);
		const site = siteReading(`---${source}---\n`);
		assert.ok(site.ok, source);
		assert.deepEqual(plain.theirs, site.data, source);
	}
	assert.equal(fast, sources.length, 'every one of these is plain');
});

test('plain frontmatter: what YAML readers may read differently is left to the full reader', () => {
	const awkward = [
		'\nkey: value\u00a0\n',
		'\nkey:\n\t- a\n',
		'\nkey: &anchor value\nother: *anchor\n',
		'\nkey: !!str 1\n',
		'\nkey: a\n  continued\n',
		'\nkey: "a\n  b"\n',
		'\nkey: "a\\rb"\n',
		'\nkey: |\n  block\n',
		'\nkey: a\nkey: b\n',
		'\nkey: {a: 1}\n',
		'\nkey: [a, [b]]\n',
		'\n<<: {a: 1}\n',
		'\nkey: 1_000\n',
		'\nkey: 0x1F\n',
		'\nkey: 012\n',
		'\nkey: .5\n',
		'\nkey: -1\n',
		'\nkey: a: b\n',
		'\nnull: a\n',
		'\n__proto__: a\n',
		'\nkey:\n- a\n',
		'\nkey:\n  a: 1\n  # indented comment\n  b: 2\n',
		'\nkey: True\u2028\n',
		'x\nkey: a\n',
		'\n',
	];
	for (const source of awkward) assert.equal(readPlainFrontmatter(source), null, source);
});

test('a plain file still names the line of a field its message is about', () => {
	const { path, text } = claims[0] as { path: string; text: string };
	const result = readContentFile(path, new TextEncoder().encode(text));
	assert.ok(result.ok);
	assert.ok(readPlainFrontmatter(frontmatterOf(text)), 'the fixture claim is plain');
	const lines = text.split('\n');
	const sourcesLine = lines.findIndex((line) => line.startsWith('sources:')) + 1;
	const secondEntry =
		lines.findIndex((line, i) => i >= sourcesLine && line.startsWith('  - source:')) + 1;
	assert.deepEqual(result.content.locate(['sources']), { line: sourcesLine, column: 1 });
	const second = lines.slice(secondEntry).findIndex((line) => line.startsWith('  - source:'));
	assert.deepEqual(result.content.locate(['sources', 1, 'source']), {
		line: secondEntry + second + 1,
		column: 5,
	});
});

/** A finder that counts its calls, and one that also makes the tree always be built. */
function counted(mayName?: () => boolean): { find: FileIdFinder; calls: () => number } {
	let calls = 0;
	const find = Object.assign(
		(text: string) => {
			calls++;
			return finder(text);
		},
		{ mayName: mayName ?? ((text: string) => finder.mayName(text)) },
	);
	return { find, calls: () => calls };
}

test('an analysis whose syntax tree is skipped gets exactly the problems the tree finds', () => {
	const source = sourceFiles[0]?.path.replace(/^content\/sources\/|\.md$/g, '') ?? '';
	const additions = [
		'',
		'<b>bold</b>',
		'a < b',
		'![chart](https://example.org/c.png)',
		'[x](javascript:alert(1))',
		'[x]( javascript:alert(1))',
		'[x](ftp://example.org)',
		'[x](//example.org)',
		'[x](HTTPS://example.org/a)',
		'[x](/claims/a/) and [y](#verdict) and [z](mailto:a@example.org)',
		'[ref]\n\n[ref]: javascript:x',
		'<https://example.org>',
		'# A title',
		'#### Too deep',
		'## Verdict',
		'## Sources',
		'Text\n===',
		'Text\n---',
		'> ## Quoted heading',
		'- ## Listed heading',
		'   ## Indented heading',
		'## *Emphasis* in a heading',
		'`code` here',
		'```\n# not a heading\n```',
		'~~~\n# not a heading\n~~~',
		'&amp; and \\# escaped',
		'import x from "y"',
		'export const a = 1',
		'> import x from "y"',
		`the ${source} file`,
		`_${source}_`,
		'article 004',
		'Article\n> 004',
		'sources no. 01',
		'TODO: finish',
		'javascript: in prose',
	];
	const base = bodyOf((claims[0] as { text: string }).text);
	for (const addition of additions) {
		for (const text of [`${base}\n${addition}\n`, `${addition}\n\n${base}`]) {
			const body = { text, line: 20 };
			const tree = counted(() => true);
			const fast = counted();
			assert.deepEqual(
				checkMarkdownBody('f.md', body, fast.find),
				checkMarkdownBody('f.md', body, tree.find),
				addition,
			);
			assert.ok(tree.calls() > 0, 'the tree pass looks for file ids in every text');
			if (addition === '' || addition.startsWith('[x](/claims/'))
				assert.equal(fast.calls(), 0, `plain prose skips the tree: ${addition}`);
		}
	}
});
