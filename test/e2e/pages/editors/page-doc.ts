// Which document a fixture page loads: the sample report, or with `?doc=fill` the fill template
// (test/fixtures/fill-template.ts) used by the 待填 tests.
import { FILL_TEMPLATE_LINES } from '../../../fixtures/fill-template';
import { SAMPLE_LINES } from './sample-report';

export const isFillDoc = () => new URLSearchParams(location.search).get('doc') === 'fill';

export function pageLines(): string[] {
  return isFillDoc() ? FILL_TEMPLATE_LINES : SAMPLE_LINES;
}

export const pageText = () => pageLines().join('\n');
