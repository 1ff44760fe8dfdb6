/** The icon sprite (src/lib/icons.ts): one symbol for every icon, drawn from the icons' own parts, at an address that changes with it. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { iconSprite, iconSpriteVersion, icons, type IconPart } from '../../src/lib/icons.ts';
import { paths } from '../../src/edition/paths.ts';
import { site } from '../../src/edition/site.ts';

/** The sprite's symbols: id, viewBox and each path's attributes, as written. */
const symbols = [
	...iconSprite.matchAll(/<symbol id="([^"]+)" viewBox="([^"]+)">(.*?)<\/symbol>/g),
].map(([, id, viewBox, body]) => ({
	id,
	viewBox,
	paths: [...(body ?? '').matchAll(/<path ([^>]*?)\/>/g)].map(([, attributes]) =>
		Object.fromEntries(
			[...(attributes ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [
				name,
				value,
			]),
		),
	),
}));

test('the sprite is one SVG document with a symbol for every icon, and nothing else', () => {
	assert.match(iconSprite, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg">/);
	assert.match(iconSprite, /<\/svg>$/);
	assert.deepEqual(
		symbols.map((symbol) => symbol.id),
		Object.keys(icons),
	);
	for (const symbol of symbols) assert.equal(symbol.viewBox, '0 0 16 16', symbol.id);
	assert.equal(iconSprite.match(/<symbol /g)?.length, Object.keys(icons).length);
});

test("each symbol draws its icon's parts; a filled part fills itself, since page CSS cannot reach it", () => {
	for (const symbol of symbols) {
		const parts: readonly IconPart[] = icons[symbol.id as keyof typeof icons];
		assert.deepEqual(
			symbol.paths,
			parts.map((part) =>
				part.filled ? { d: part.d, fill: 'currentColor', stroke: 'none' } : { d: part.d },
			),
			symbol.id,
		);
	}
	assert.ok(
		symbols.some((symbol) => symbol.paths.some((path) => path.fill)),
		'some icon has a filled part',
	);
});

test("the sprite's address is under the site's base path and names its content's version", () => {
	const address = paths.iconSprite(iconSpriteVersion);
	assert.ok(address.startsWith(site.base), address);
	assert.ok(address.endsWith(`/${iconSpriteVersion}.svg`), address);
	assert.ok(
		createHash('sha256').update(iconSprite).digest('hex').startsWith(iconSpriteVersion),
		'the version is a hash of the sprite',
	);
});
