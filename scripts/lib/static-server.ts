/**
 * A small static file server for the built site, used by browser tests and scripts.
 * It serves dist/ the way a static host does: directory index.html, 404.html for misses,
 * and the response headers that dist/_headers gives each path (see headers-file.ts). A site
 * built for a base path (https://org.github.io/checks/) is served under that path.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
};

export interface RunningServer {
	readonly url: string;
	close(): Promise<void>;
}

/** Resolve a URL path to a file under root, or null. Never leaves root. */
export function resolveFile(dir: string, urlPath: string): string | null {
	const root = resolve(dir);
	const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	const path = resolve(root, '.' + normalize(decoded));
	if (path !== root && !path.startsWith(root + sep)) return null;
	if (existsSync(path) && statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	return existsSync(index) ? index : null;
}

export function serveDirectory(dir: string, port = 0, base = '/'): Promise<RunningServer> {
	const root = resolve(dir);
	const server: Server = createServer((request, response) => {
		const requested = request.url ?? '/';
		// Under a base path, the site's files answer only there, as on the host.
		const inside = requested.startsWith(base) ? `/${requested.slice(base.length)}` : null;
		const file = inside === null ? null : resolveFile(root, inside);
		const notFound = join(root, '404.html');
		const served = file ?? (existsSync(notFound) ? notFound : null);
		if (!served) {
			response.writeHead(404).end('not found');
			return;
		}
		// Read on every request, so a rebuild under a running server takes effect at once.
		const headersFile = join(root, '_headers');
		const rules = existsSync(headersFile)
			? parseHeadersFile(readFileSync(headersFile, 'utf8'))
			: [];
		// Rules name the addresses readers ask for, base path included, as a host matches them.
		const path = new URL(requested, 'http://localhost').pathname;
		response.writeHead(file ? 200 : 404, {
			...headersFor(rules, path),
			'content-type': types[extname(served)] ?? 'application/octet-stream',
		});
		createReadStream(served).pipe(response);
	});
	return new Promise((ready) => {
		server.listen(port, '127.0.0.1', () => {
			const { port: bound } = server.address() as AddressInfo;
			ready({
				url: `http://127.0.0.1:${bound}${base}`,
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}
