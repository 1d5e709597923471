// "Project file" in My data: Save project and Open project… (a file picker drawn as a button, the
// keyboard reaching the input itself), with a status line and an alert for a refused file. DOM only:
// what the buttons do is given (project-mount.ts).
import type { Lang } from '../types.ts';
import { projectText } from './project-text.ts';
import { el } from '../ui/dom.ts';
import { createLocalisedText, type Wording } from '../user-data/localised-text.ts';
import '../styles/project-file.css';

export interface ProjectControlsOptions {
  container: HTMLElement;
  getLang(): Lang;
  /** saves and returns the status line */
  save(): Promise<Wording>;
  open(file: File): Promise<{ ok: boolean; message: Wording }>;
}

export interface ProjectControls {
  applyLang(): void;
}

export function mountProjectControls(options: ProjectControlsOptions): ProjectControls {
  const { getLang } = options;
  const words = createLocalisedText(getLang);
  const section = el('section', { class: 'panel project-file-panel', 'data-testid': 'project-file-panel', 'aria-labelledby': 'project-file-heading' });
  const heading = words.bind(el('h2', { class: 'panel-heading', id: 'project-file-heading' }), (lang) => projectText(lang, 'projectFile.title'));
  const help = words.bind(el('p', { class: 'user-layers-help', id: 'project-file-help' }), (lang) => projectText(lang, 'projectFile.help'));
  const save = words.bind(el('button', { type: 'button', class: 'project-file-save', 'data-testid': 'project-save', 'aria-describedby': 'project-file-help' }), (lang) => projectText(lang, 'projectFile.save'));
  const openLabel = words.bind(el('label', { for: 'project-file-input', class: 'user-layers-choose' }), (lang) => projectText(lang, 'projectFile.open'));
  const picker = el('input', { type: 'file', accept: '.json,application/json', id: 'project-file-input', class: 'user-layers-file', 'data-testid': 'project-open', 'aria-describedby': 'project-file-help' });
  const actions = el('div', { class: 'project-file-actions' });
  const alerts = el('div', { class: 'user-layers-alerts', role: 'alert', 'data-testid': 'project-alerts' });
  const status = el('div', { class: 'user-layers-status', role: 'status', 'data-testid': 'project-status' });
  actions.append(save, openLabel, picker);
  section.append(heading, help, actions, alerts, status);
  options.container.append(section);

  const show = (ok: boolean, message: Wording) => {
    alerts.replaceChildren();
    status.replaceChildren();
    const line = words.bind(el('p', { class: ok ? 'import-message' : 'import-problem', 'data-testid': ok ? 'project-message' : 'project-problem' }), message);
    (ok ? status : alerts).append(line);
  };
  save.addEventListener('click', () => {
    void options.save().then((message) => show(true, message));
  });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    // cleared so choosing the same file again (after fixing it) fires change again
    picker.value = '';
    if (file) void options.open(file).then((result) => show(result.ok, result.message));
  });
  return { applyLang: () => words.refresh() };
}
