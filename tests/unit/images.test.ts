import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import opentype from 'opentype.js';
import { face, pathData } from '../../src/images/fonts.ts';
import { badgeSvg } from '../../src/images/badge.ts';
import { socialCardPng } from '../../src/images/card-raster.ts';
import { SocialCards, socialCardCode } from '../../src/images/social-card-files.ts';
import { site } from '../../src/edition/site.ts';
import { dictionaryFiles } from '../../src/edition/i18n.ts';
import { socialCardLayout, socialCardSize, socialCardSvg } from '../../src/images/social-card.ts';
import { type Rating } from '../../src/lib/ratings.ts';
import { getRating, ratings } from '../../src/edition/ratings.ts';
import { claims } from '../site-content.ts';

const maxClaim = 500;
/** The widest text a claim can be: 500 characters, no spaces to break at. */
const widest = 'W'.repeat(maxClaim);
/** A long claim written as sentences, at the schema's limit. */
const longest =
	'The council said that the bridges, which it declared unsafe in a report last spring, would close for a year of repairs. '
		.repeat(5)
		.slice(0, maxClaim);
// Two ratings of the edition's scale (the settings require at least two).
const [first, second] = ratings as [Rating, Rating, ...Rating[]];

function assertFits(claim: string, rating: Rating) {
	const { claim: fitted, meaning } = socialCardLayout({ claim, rating });
	for (const { box, text } of [fitted, meaning]) {
		for (const line of text.lines)
			assert.ok(
				face(400).measure(line) * text.size <= box.width + 0.01,
				`too wide at ${text.size}px: ${line}`,
			);
	}
	assert.ok(
		fitted.text.lines.length * fitted.text.size * 1.25 <= fitted.box.height,
		'claim too tall',
	);
	return fitted.text;
}

test('every claim, and every verdict meaning, fits the social card without being cut', () => {
	for (const { data } of claims)
		assert.equal(assertFits(data.claim, getRating(data.verdict)).truncated, false, data.id);
	for (const rating of ratings)
		assert.equal(
			socialCardLayout({ claim: 'x'.repeat(10), rating }).meaning.text.truncated,
			false,
			rating.id,
		);
});

test('a 500-character claim fits at a legible size, without an ellipsis, whatever its rating', () => {
	for (const rating of ratings) {
		const fitted = assertFits(longest, rating);
		assert.equal(fitted.truncated, false, rating.id);
		assert.ok(fitted.size >= 26, `set at ${fitted.size}px with ${rating.id}`);
		assert.equal(fitted.lines.join(' '), `“${longest.trim()}”`);
	}
});

test('only a pathological claim is cut, with an ellipsis, and still stays inside its box', () => {
	for (const rating of ratings) {
		const fitted = assertFits(widest, rating);
		assert.equal(fitted.truncated, true, rating.id);
		assert.ok(fitted.lines.at(-1)?.endsWith('…'), rating.id);
	}
});

test('text outside the Latin-1 range is drawn from the fallback subset, not as missing glyphs', () => {
	const { claim } = socialCardLayout({
		claim: 'Łódź and Gdańsk are in Poland.',
		rating: first,
	});
	const missing = face(400).path('\u{E000}', 0, 0, 10);
	for (const char of 'ŁńŽ') assert.notEqual(face(400).path(char, 0, 0, 10), missing, char);
	assert.ok(!socialCardSvg({ claim: 'Łódź and Gdańsk', rating: first }).includes('NaN'));
	assert.equal(claim.text.truncated, false);
});

/** Run `use` with a social card pool of its own over an empty cache folder, then stop the pool and remove the folder. */
async function withCards(
	{ threads, idleMs }: { threads: number; idleMs?: number },
	use: (cards: SocialCards, cache: string) => Promise<void>,
): Promise<void> {
	const cache = mkdtempSync(join(tmpdir(), 'crosscheck-images-'));
	const cards = new SocialCards(process.cwd(), cache, threads, idleMs);
	try {
		await use(cards, cache);
	} finally {
		await cards.close();
		rmSync(cache, { recursive: true });
	}
}

test('social cards render on worker threads into the cache, and are read back, not rendered again', async () => {
	await withCards({ threads: 2 }, async (cards, cache) => {
		const inputs = ['A claim for the cache test.', 'Another claim.', 'A third claim.'].map(
			(claim) => ({ claim, rating: first }),
		);
		cards.prepare(inputs);
		const pngs = await Promise.all(inputs.map((input) => cards.png(input)));
		for (const png of pngs) {
			assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a');
			assert.deepEqual(
				[png.readUInt32BE(16), png.readUInt32BE(20)],
				[socialCardSize.width, socialCardSize.height],
			);
		}
		assert.deepEqual(
			pngs[0],
			socialCardPng(inputs[0]!),
			'the worker draws what the main thread would',
		);
		assert.equal(readdirSync(cache).length, 3, 'one file a card, no leftovers');
		// Unchanged input: the cached file is returned, not a new rendering.
		writeFileSync(cards.fileOf(inputs[0]!), 'cached');
		assert.equal((await cards.png(inputs[0]!)).toString(), 'cached');
		// A different verdict is a different card.
		assert.notEqual(cards.fileOf({ ...inputs[0]!, rating: second }), cards.fileOf(inputs[0]!));
	});
});

test('a card the worker cannot draw fails with the cache file named, and the next card still renders', async () => {
	await withCards({ threads: 1 }, async (cards) => {
		const broken = { claim: 'No rating', rating: undefined as unknown as Rating };
		await assert.rejects(cards.png(broken), (error: Error) =>
			error.message.startsWith(`social card ${cards.fileOf(broken)}: `),
		);
		assert.equal(
			(await cards.png({ claim: 'Fine', rating: first })).subarray(1, 4).toString(),
			'PNG',
		);
	});
});

test('social card threads stop once idle, and start again for the next card', async () => {
	await withCards({ threads: 1, idleMs: 100 }, async (cards) => {
		await cards.png({ claim: 'Drawn before the threads stop.', rating: first });
		assert.equal(cards.threads, 1, 'the thread waits a while for more cards');
		const stopped = Date.now() + 5000;
		while (cards.threads > 0 && Date.now() < stopped)
			await new Promise((resolve) => setTimeout(resolve, 50));
		assert.equal(cards.threads, 0, 'the thread stops when no card is asked for');
		const again = await cards.png({ claim: 'Drawn after they stopped.', rating: second });
		assert.equal(again.subarray(1, 4).toString(), 'PNG');
	});
});

test('while the caller waits for a card still to be drawn, a thread more draws; not for a card drawn already', async () => {
	await withCards({ threads: 1 }, async (cards) => {
		const inputs = [1, 2, 3, 4, 5, 6].map((n) => ({ claim: `Claim number ${n}.`, rating: first }));
		cards.prepare(inputs);
		assert.equal(cards.threads, 1, 'one thread draws while the caller does other work');
		const last = cards.png(inputs.at(-1)!);
		assert.equal(cards.threads, 2, 'the waiting caller lends its core');
		await Promise.all([last, ...inputs.map((input) => cards.file(input))]);
		await cards.close();
		const again = cards.png(inputs[0]!);
		assert.equal(cards.threads, 0, 'a card in the cache is read, with no thread started');
		assert.equal((await again).subarray(1, 4).toString(), 'PNG');
	});
});

test('closing the social cards stops every thread and fails the cards not drawn yet, rather than drawing on', async () => {
	await withCards({ threads: 1 }, async (cards) => {
		const inputs = [1, 2, 3, 4].map((n) => ({ claim: `Closed early ${n}.`, rating: first }));
		cards.prepare(inputs);
		const last = assert.rejects(cards.png(inputs.at(-1)!), /stopped before it was drawn$/);
		await cards.close();
		await last;
		assert.equal(cards.threads, 0);
	});
});

test('the social card cache key covers every project file the worker runs', () => {
	const reached = new Set<string>();
	const visit = (file: string) => {
		if (reached.has(file)) return;
		reached.add(file);
		for (const [, spec] of readFileSync(file, 'utf8').matchAll(
			/^\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gm,
		))
			visit(join(dirname(file), spec!));
	};
	visit(socialCardCode[0]);
	// The site's dictionaries are imported by name at run time, so no static import reaches them.
	for (const file of dictionaryFiles) reached.add(file);
	assert.deepEqual([...reached].sort(), [...new Set(socialCardCode)].sort());
});

test('the badge names the site and the verdict in its title, and draws the verdict color', () => {
	for (const rating of ratings) {
		const svg = badgeSvg(rating);
		assert.match(svg, new RegExp(`<title>${site.name} verdict: ${rating.label}</title>`));
		assert.ok(svg.includes(`fill="${rating.color}"`));
		assert.ok(!svg.includes('NaN'));
	}
});

/** Path data read back as absolute points in tenths of a pixel: each command with its points, as SVG defines relative and implicit commands. */
function absolutePoints(d: string): string[] {
	const tokens = d.match(/[MLHVQCZmlhvqcz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
	const arity: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, q: 4, c: 6, z: 0 };
	const out: string[] = [];
	let at = { x: 0, y: 0 };
	let start = at;
	let command = '';
	for (let i = 0; i < tokens.length;) {
		if (/[a-z]/i.test(tokens[i]!)) command = tokens[i++]!;
		else if (command === 'M') command = 'L';
		const lower = command.toLowerCase();
		const values = tokens.slice(i, i + arity[lower]!).map((t) => Math.round(Number(t) * 10));
		i += arity[lower]!;
		const relative = command === lower;
		const point = (dx: number, dy: number) =>
			relative ? { x: at.x + dx, y: at.y + dy } : { x: dx, y: dy };
		let points: { x: number; y: number }[];
		if (lower === 'z') points = [start];
		else if (lower === 'h') points = [{ x: relative ? at.x + values[0]! : values[0]!, y: at.y }];
		else if (lower === 'v') points = [{ x: at.x, y: relative ? at.y + values[0]! : values[0]! }];
		else
			points = Array.from({ length: values.length / 2 }, (_, k) =>
				point(values[2 * k]!, values[2 * k + 1]!),
			);
		const kind = lower === 'h' || lower === 'v' ? 'l' : lower;
		out.push(`${kind} ${points.map((p) => `${p.x},${p.y}`).join(' ')}`);
		at = points.at(-1)!;
		if (lower === 'm') start = at;
	}
	return out;
}

test('glyph outlines in relative path data land on exactly the points opentype.js gives, to a tenth of a pixel', () => {
	const fontFile = readFileSync(
		join(
			dirname(
				import.meta.resolve('@fontsource/atkinson-hyperlegible/LICENSE').replace('file://', ''),
			),
			'files/atkinson-hyperlegible-latin-700-normal.woff',
		),
	);
	const font = opentype.parse(
		fontFile.buffer.slice(fontFile.byteOffset, fontFile.byteOffset + fontFile.byteLength),
	);
	const path = font.getPath(
		'Crosscheck: 50% MOSTLY FALSE, quick brown fox (jumps) 1,234.5 ~ -0.04',
		12.34,
		56.78,
		37,
	);
	const p = (x: number, y: number) => `${Math.round(x * 10)},${Math.round(y * 10)}`;
	const expected: string[] = [];
	let at = '';
	let start = '';
	for (const c of path.commands) {
		if (c.type === 'Z') {
			expected.push(`z ${start}`);
			at = start;
			continue;
		}
		const end = p(c.x, c.y);
		if (c.type === 'L' && end === at) continue; // a line to where the pen is draws nothing
		if (c.type === 'M') expected.push(`m ${(start = end)}`);
		else if (c.type === 'L') expected.push(`l ${end}`);
		else if (c.type === 'Q') expected.push(`q ${p(c.x1, c.y1)} ${end}`);
		else expected.push(`c ${p(c.x1, c.y1)} ${p(c.x2, c.y2)} ${end}`);
		at = end;
	}
	assert.ok(expected.length > 200);
	assert.deepEqual(absolutePoints(pathData(path)), expected);
});
