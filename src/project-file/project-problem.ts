// A refused project file's problem worded in the planner's language, naming the file and the field.
import { translate } from '../i18n/translate.ts';
import type { Lang } from '../types.ts';
import { PROJECT_VERSION, type ProjectProblem } from './project-codec.ts';

export function projectProblemMessage(problem: ProjectProblem, fileName: string, lang: Lang): string {
  const file = JSON.stringify(fileName);
  switch (problem.code) {
    case 'not-json':
      return translate(lang, 'projectFile.problem.notJson', { file });
    case 'not-a-project':
      return translate(lang, 'projectFile.problem.notProject', { file });
    case 'version-newer':
      return translate(lang, 'projectFile.problem.versionNewer', { file, version: problem.version ?? '?', supported: PROJECT_VERSION });
    case 'version-invalid':
      return translate(lang, 'projectFile.problem.versionInvalid', { file });
    case 'field':
      return translate(lang, 'projectFile.problem.field', { file, field: problem.field ?? '?' });
  }
}
