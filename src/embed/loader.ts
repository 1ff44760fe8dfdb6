/**
 * The source of /embed.js, the script embed: it turns each
 * `<blockquote class="crosscheck-claim" data-claim="<id>">` into the claim's card in an iframe,
 * and sizes card iframes to the height their cards report. No dependencies; bundled and
 * minified at build time (src/pages/embed.js.ts). Loading it twice, or alongside pasted
 * iframes, is harmless.
 */
import { fixedRoutes } from '../lib/routes.ts';
import {
	cardWidth,
	claimIdPattern,
	fitMessageType,
	frameClass,
	isHeightMessage,
	quoteClass,
	type FitMessage,
} from './protocol.ts';

/** The card frame's accessible name in the site's language, with `{claim}` to fill in: set at build time (src/pages/embed.js.ts). */
declare const CROSSCHECK_FRAME_TITLE: string;

// The site is wherever this script was loaded from (its folder, for a site under a path), so it works on any deployment.
const script = document.currentScript;
const root = script instanceof HTMLScriptElement && script.src ? new URL('.', script.src) : null;
const origin = root?.origin ?? null;

function toFrame(quote: HTMLElement): void {
	const id = quote.dataset.claim ?? '';
	const link = quote.querySelector('a');
	// Leave the fallback link alone for a bad id, or for a card from another site's script.
	if (!root || !claimIdPattern.test(id) || (link && new URL(link.href).origin !== origin)) return;
	const frame = document.createElement('iframe');
	frame.className = frameClass;
	frame.src = new URL(fixedRoutes.embed(id), root).href;
	frame.title = CROSSCHECK_FRAME_TITLE.replace('{claim}', (link?.textContent ?? id).trim());
	frame.loading = 'lazy';
	frame.style.cssText = `width:100%;max-width:${cardWidth.max}px;height:240px;border:0;display:block`;
	quote.replaceWith(frame);
}

function upgradeAll(): void {
	document.querySelectorAll<HTMLElement>(`blockquote.${quoteClass}[data-claim]`).forEach(toFrame);
}

if (origin) {
	window.addEventListener('message', (event) => {
		if (event.origin !== origin || !isHeightMessage(event.data)) return;
		for (const frame of document.querySelectorAll<HTMLIFrameElement>(`iframe.${frameClass}`)) {
			if (frame.contentWindow !== event.source) continue;
			frame.style.height = `${event.data.height}px`;
			// This frame's height now follows its card, so the card may lay its text out in full.
			const fit: FitMessage = { type: fitMessageType };
			frame.contentWindow?.postMessage(fit, origin);
		}
	});
	upgradeAll();
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgradeAll);
}
