// One line of the feature detail panel, shared by the modules that word the facts.
import type { Lang } from '../types';

export interface Fact {
  /** stable name for tests and styling */
  field: string;
  label: string;
  value: string;
  /** the value is English text whatever the interface language (the curator wrote it in English) */
  englishText?: boolean;
  /** the value is in the other language than the interface's: its language, and a note saying so */
  otherLanguage?: { lang: Lang; note: string };
}
