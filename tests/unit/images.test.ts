import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { face } from '../../src/images/fonts.ts';
import { badgeSvg } from '../../src/images/badge.ts';
import { renderPng } from '../../src/images/render-png.ts';
import { socialCardLayout, socialCardSize, socialCardSvg } from '../../src/images/social-card.ts';
import { getRating, ratings } from '../../src/lib/ratings.ts';
import { claims } from '../site-content.ts';

const maxClaim = 500;
/** The widest text a claim can be: 500 characters, no spaces to break at. */
const widest = 'W'.repeat(maxClaim);
/** A long claim written as sentences, at the schema's limit. */
const longest = 'The administration said that the cartels, which it designated as foreign terrorist organizations, would face military action. '.repeat(5).slice(0, maxClaim);

function assertFits(claim: string, verdict: string) {
	const { claim: fitted, meaning } = socialCardLayout({ claim, rating: getRating(verdict) });
	for (const { box, text } of [fitted, meaning]) {
		for (const line of text.lines) assert.ok(face(400).measure(line) * text.size <= box.width + 0.01, `too wide at ${text.size}px: ${line}`);
	}
	assert.ok(fitted.text.lines.length * fitted.text.size * 1.25 <= fitted.box.height, 'claim too tall');
	return fitted.text;
}

test('every claim, and every verdict meaning, fits the social card without being cut', () => {
	for (const { data } of claims) assert.equal(assertFits(data.claim, data.verdict).truncated, false, data.id);
	for (const rating of ratings) assert.equal(socialCardLayout({ claim: 'x'.repeat(10), rating }).meaning.text.truncated, false, rating.id);
});

test('a 500-character claim fits at a legible size, without an ellipsis', () => {
	const fitted = assertFits(longest, 'mostly-false');
	assert.equal(fitted.truncated, false);
	assert.ok(fitted.size >= 26, `set at ${fitted.size}px`);
	assert.equal(fitted.lines.join(' '), `“${longest.trim()}”`);
});

test('only a pathological claim is cut, with an ellipsis, and still stays inside its box', () => {
	const fitted = assertFits(widest, 'false');
	assert.equal(fitted.truncated, true);
	assert.ok(fitted.lines.at(-1)?.endsWith('…'));
});

test('text outside the Latin-1 range is drawn from the fallback subset, not as missing glyphs', () => {
	const { claim } = socialCardLayout({ claim: 'Łódź and Gdańsk are in Poland.', rating: getRating('true') });
	const missing = face(400).path('\u{E000}', 0, 0, 10);
	for (const char of 'ŁńŽ') assert.notEqual(face(400).path(char, 0, 0, 10), missing, char);
	assert.ok(!socialCardSvg({ claim: 'Łódź and Gdańsk', rating: getRating('true') }).includes('NaN'));
	assert.equal(claim.text.truncated, false);
});

test('the social card renders to a 1200x630 PNG, kept in the cache and read back from it', () => {
	const cache = mkdtempSync(join(tmpdir(), 'crosscheck-images-'));
	const svg = socialCardSvg({ claim: 'A claim for the cache test.', rating: getRating('mixed') });
	const png = renderPng(svg, cache);
	assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a');
	assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [socialCardSize.width, socialCardSize.height]);
	const [file, ...others] = readdirSync(cache);
	assert.deepEqual(others, []);
	assert.deepEqual(readFileSync(join(cache, file!)), png);
	// Unchanged input: the cached file is returned, not a new rendering.
	writeFileSync(join(cache, file!), 'cached');
	assert.equal(renderPng(svg, cache).toString(), 'cached');
	rmSync(cache, { recursive: true });
});

test('the badge names the site and the verdict in its title, and draws the verdict color', () => {
	for (const rating of ratings) {
		const svg = badgeSvg(rating);
		assert.match(svg, new RegExp(`<title>Crosscheck verdict: ${rating.label}</title>`));
		assert.ok(svg.includes(`fill="${rating.color}"`));
		assert.ok(!svg.includes('NaN'));
	}
});
