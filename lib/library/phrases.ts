import { CAUSES } from './phrases/causes';
import { CLOSING } from './phrases/closing';
import { GENERAL } from './phrases/general';
import { INTEGRITY } from './phrases/integrity';
import { MEASURES } from './phrases/measures';
import { OPENING } from './phrases/opening';
import { PARTY } from './phrases/party';
import { PROBLEMS } from './phrases/problems';
import { RESULTS } from './phrases/results';
import { TRANSITION } from './phrases/transition';
import type { DefaultPhrase } from './types';

export const DEFAULT_PHRASES: DefaultPhrase[] = [
  ...OPENING,
  ...RESULTS,
  ...PROBLEMS,
  ...CAUSES,
  ...MEASURES,
  ...CLOSING,
  ...TRANSITION,
  ...PARTY,
  ...INTEGRITY,
  ...GENERAL,
];
