/**
 * node tests/serve.ts [dir] [port] [base]: serve a built site on 127.0.0.1 until stopped (used by
 * Playwright's webServer), under the site's base path unless another is given.
 */
import { site } from '../src/edition/site.ts';
import { serveDirectory } from '../scripts/lib/static-server.ts';

const [dir = 'dist', port = '4321', base = site.base] = process.argv.slice(2);
const server = await serveDirectory(dir, Number(port), base);
console.log(`serving ${dir} at ${server.url}`);
