// npm run bench [-- <figure id> ...]
// Runs every figure in bench/figures (or the ones named), prints a table and updates
// bench/results.json. A subset run keeps the other figures' previous entries.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Figure, FigureResult } from './figure';
import { runTimedFigure } from './timing';
import { formatTable } from './table';

const FIGURES_DIR = fileURLToPath(new URL('./figures/', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

async function loadFigures(): Promise<Figure[]> {
  const files = readdirSync(FIGURES_DIR).filter((f) => f.endsWith('.ts')).sort();
  const figures: Figure[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(FIGURES_DIR + file).href)) as { figure?: Figure };
    if (!module.figure) throw new Error(`bench/figures/${file} must export a \`figure\``);
    if (`${module.figure.id}.ts` !== file) throw new Error(`bench/figures/${file} declares id "${module.figure.id}"`);
    figures.push(module.figure);
  }
  return figures;
}

function pick(figures: Figure[], ids: string[]): Figure[] {
  if (ids.length === 0) return figures;
  const unknown = ids.filter((id) => !figures.some((f) => f.id === id));
  if (unknown.length > 0) {
    throw new Error(`unknown figure ${unknown.join(', ')}; known: ${figures.map((f) => f.id).join(', ')}`);
  }
  return figures.filter((f) => ids.includes(f.id));
}

function previousResults(): Record<string, FigureResult> {
  return existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, FigureResult>) : {};
}

async function main(): Promise<void> {
  const chosen = pick(await loadFigures(), process.argv.slice(2).filter((a) => a !== '--'));
  const results: Record<string, FigureResult> = {};
  for (const figure of chosen) {
    console.log(`running ${figure.id}: ${figure.title}`);
    results[figure.id] =
      figure.kind === 'time'
        ? await runTimedFigure(figure, (line) => console.log(line))
        : { value: await figure.measure(), unit: 'bytes' };
  }
  const merged = { ...previousResults(), ...results };
  const sorted = Object.fromEntries(Object.keys(merged).sort().map((id) => [id, merged[id]]));
  writeFileSync(RESULTS, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`\n${formatTable(chosen, results)}`);
  console.log(`\nwrote ${chosen.length} figure(s) to bench/results.json`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
