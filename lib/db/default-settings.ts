// What every setting reads as until it is stored. Its own module so the side panel's first bundle
// can show defaults without loading the database code.
import type { Settings } from './types';

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  highlightsEnabled: true,
  highlightColours: {},
  sites: {},
  profile: [],
};
