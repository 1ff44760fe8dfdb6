/**
 * Check every evidence link of the edition (original and archived copy) and list the dead ones.
 * Run weekly by .github/workflows/evidence-links.yml; locally: node scripts/check-evidence-links.ts.
 * Writes the report to standard output (and to the job summary on GitHub Actions); exits 1 when
 * a link is dead, 0 otherwise. Links that are merely blocked or slow are listed, not failed.
 */
import { appendFile } from 'node:fs/promises';
import { contentDirs } from '../src/lib/edition-files.ts';
import { checkLinks, collectEvidenceLinks, linkReport } from './lib/evidence-links.ts';

const results = await checkLinks(await collectEvidenceLinks(contentDirs.claims));
const report = linkReport(results);
console.log(report);
const summary = process.env['GITHUB_STEP_SUMMARY'];
if (summary) await appendFile(summary, `${report}\n`);
process.exitCode = results.some((r) => r.state === 'dead') ? 1 : 0;
