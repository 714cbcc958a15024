import type { LocalizedText } from '../analysis/types';
import type { TemplateKind } from '../db/types';

export interface DefaultPhrase {
  /** Stable id derived from the text, so a reworded default is a new default. */
  defaultId: string;
  text: string;
  category: string;
  tags: string[];
  /** Defaults version that first shipped it. */
  since: number;
}

export interface DefaultTemplate {
  defaultId: string;
  name: string;
  kind: TemplateKind;
  body: string;
  since: number;
}

export interface DefaultCategory {
  id: string;
  name: LocalizedText;
  order: number;
}

export interface DefaultSet {
  version: number;
  categories: DefaultCategory[];
  phrases: DefaultPhrase[];
  templates: DefaultTemplate[];
}
