/** node tests/serve.ts [dir] [port]: serve a built site on 127.0.0.1 until stopped (used by Playwright's webServer). */
import { serveDirectory } from './static-server.ts';

const [dir = 'dist', port = '4321'] = process.argv.slice(2);
const server = await serveDirectory(dir, Number(port));
console.log(`serving ${dir} at ${server.url}`);
