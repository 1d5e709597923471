// The day the project facts were last checked: the date of the last commit that changed
// data/facts/ (the facts and the verification log that records each check). Outside a git
// checkout (a source tarball) the date is unknown and stays null; it is never guessed.
import { spawnSync } from 'node:child_process';

export function factsCheckedDate(factsDir: string): string | null {
  const result = spawnSync('git', ['log', '-1', '--format=%cs', '--', '.'], { cwd: factsDir, encoding: 'utf8' });
  const date = result.status === 0 ? result.stdout.trim() : '';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}
