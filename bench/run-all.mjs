// `pnpm bench [-- --record]`: every benchmark in turn, each with the same arguments (a plain
// `a && b && c` script would hand `--record` to the last one only). Stops at the first failure.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BENCHMARKS = ['score-assessment.bench.mjs', 'save-answers.bench.mjs', 'many-respondents.bench.mjs', 'first-page.mjs', 'lighthouse.mjs', 'report-pdf.bench.mjs', 'portfolio.bench.mjs', 'workshop.bench.mjs'];

const started = Date.now();
const took = [];
for (const file of BENCHMARKS) {
  console.log(`\n== ${file}`);
  const begun = Date.now();
  const run = spawnSync(process.execPath, [path.join(here, file), ...process.argv.slice(2)], { stdio: 'inherit' });
  took.push(`${file} ${Math.round((Date.now() - begun) / 1000)} s`);
  if (run.status !== 0) process.exit(run.status ?? 1);
}
// Per benchmark too: the whole run must stay under ten minutes (issue 10).
console.log(`\nAll benchmarks: ${Math.round((Date.now() - started) / 1000)} s (${took.join(', ')})`);
