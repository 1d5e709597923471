// A refused project file's problem worded in the planner's language, naming the file and the field.
import { projectText } from './project-text.ts';
import type { Lang } from '../types.ts';
import { PROJECT_VERSION, type ProjectProblem } from './project-codec.ts';

export function projectProblemMessage(problem: ProjectProblem, fileName: string, lang: Lang): string {
  const file = JSON.stringify(fileName);
  switch (problem.code) {
    case 'not-json':
      return projectText(lang, 'projectFile.problem.notJson', { file });
    case 'not-a-project':
      return projectText(lang, 'projectFile.problem.notProject', { file });
    case 'version-newer':
      return projectText(lang, 'projectFile.problem.versionNewer', { file, version: problem.version ?? '?', supported: PROJECT_VERSION });
    case 'version-invalid':
      return projectText(lang, 'projectFile.problem.versionInvalid', { file });
    case 'field':
      return projectText(lang, 'projectFile.problem.field', { file, field: problem.field ?? '?' });
  }
}
