/**
 * What one social card costs, measured in this process on the corpus's own claims, by each
 * renderer, card by card in turn (so both see the same load): the site's (card-raster.ts:
 * laying out the scene, drawing it into a palette image, deflating it) and the SVG reference it
 * replaced (laying out and writing the card's SVG, rasterizing it with resvg, mapping the pixels
 * to a palette and deflating them, indexed-png.ts). A build renders the same cards on worker
 * threads beside page rendering; this measures one card at a time, away from that contention.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import matter from 'gray-matter';
import { indexedPng } from '../../src/images/indexed-png.ts';
import { drawCard, encodeCard } from '../../src/images/card-raster.ts';
import { socialCardScene, socialCardSvg } from '../../src/images/social-card.ts';
import { getRating } from '../../src/edition/ratings.ts';
import { round } from './stats.ts';

export interface SocialCardCost {
	readonly cards: number;
	/** The site's renderer: CPU milliseconds a card on average, the whole and each stage, and bytes. */
	readonly drawn: {
		readonly msPerCard: number;
		readonly layoutMs: number;
		readonly drawMs: number;
		readonly encodeMs: number;
		readonly meanBytes: number;
	};
	/** The SVG reference: CPU milliseconds a card (this process's user and system time, steadier than wall time on a shared machine), on average: the whole, and each stage. */
	readonly msPerCard: number;
	readonly layoutMs: number;
	readonly rasterizeMs: number;
	readonly encodeMs: number;
	readonly meanBytes: number;
}

/** This process's CPU time so far, in milliseconds. */
function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/** Render up to `limit` cards from the claim files in `claimsDir` (after a few to warm up) and time each stage. */
export function measureSocialCards(claimsDir: string, limit = 300): SocialCardCost {
	const inputs = readdirSync(claimsDir)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.slice(0, limit)
		.map((name) => {
			const { data } = matter(readFileSync(join(claimsDir, name), 'utf8')) as unknown as {
				data: { claim: string; verdict: string };
			};
			return { claim: data.claim, rating: getRating(data.verdict) };
		});
	const totals = { layout: 0, rasterize: 0, encode: 0, bytes: 0 };
	const drawn = { layout: 0, draw: 0, encode: 0, bytes: 0 };
	const warmUp = Math.min(10, Math.floor(inputs.length / 3));
	inputs.forEach((input, i) => {
		const start = cpuMs();
		const svg = socialCardSvg(input);
		const laidOut = cpuMs();
		const rendered = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
		const rasterized = cpuMs();
		const png = indexedPng(rendered.pixels, rendered.width, rendered.height) ?? rendered.asPng();
		const encoded = cpuMs();
		const scene = socialCardScene(input);
		const placed = cpuMs();
		const image = drawCard(scene);
		const painted = cpuMs();
		const card = encodeCard(image);
		const deflated = cpuMs();
		if (i < warmUp) return;
		drawn.layout += placed - encoded;
		drawn.draw += painted - placed;
		drawn.encode += deflated - painted;
		drawn.bytes += card.length;
		totals.layout += laidOut - start;
		totals.rasterize += rasterized - laidOut;
		totals.encode += encoded - rasterized;
		totals.bytes += png.length;
	});
	const cards = inputs.length - warmUp;
	const per = (ms: number) => (cards > 0 ? round(ms / cards, 2) : 0);
	const meanBytes = (bytes: number) => (cards > 0 ? Math.round(bytes / cards) : 0);
	return {
		cards,
		drawn: {
			msPerCard: per(drawn.layout + drawn.draw + drawn.encode),
			layoutMs: per(drawn.layout),
			drawMs: per(drawn.draw),
			encodeMs: per(drawn.encode),
			meanBytes: meanBytes(drawn.bytes),
		},
		msPerCard: per(totals.layout + totals.rasterize + totals.encode),
		layoutMs: per(totals.layout),
		rasterizeMs: per(totals.rasterize),
		encodeMs: per(totals.encode),
		meanBytes: meanBytes(totals.bytes),
	};
}
