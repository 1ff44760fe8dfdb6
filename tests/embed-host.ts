/**
 * A stand-in for a site that embeds verdict cards: a server on its own localhost port (so a
 * different origin from the site under test) serving host pages that tests write.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { site } from '../src/edition/site.ts';

export interface HostSite {
	/** Serve this body as a page of the host site; returns the page's URL. */
	page(body: string): string;
	readonly origin: string;
	close(): Promise<void>;
}

export async function startHostSite(): Promise<HostSite> {
	const pages = new Map<string, string>();
	const server = createServer((request, response) => {
		const body = pages.get(request.url ?? '');
		if (body === undefined) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head><body>${body}</body></html>`,
		);
	});
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		page(body) {
			const path = `/page-${pages.size + 1}`;
			pages.set(path, body);
			return origin + path;
		},
		close: () => new Promise((done) => server.close(() => done())),
	};
}

/**
 * Embed code names the published site (its origin and base path); point it at the site under
 * test, served from `siteOrigin` under the same base path.
 */
export const servedFrom = (code: string, siteOrigin: string) =>
	code.replaceAll(site.url, new URL(site.base, siteOrigin).href.replace(/\/$/, ''));
