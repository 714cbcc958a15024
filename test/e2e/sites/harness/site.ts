// The harness's own smoke page: a plain contenteditable served under a real site hostname, to
// prove the manifest's content script runs there (test/e2e/site-harness.e2e.ts).
import { defineSite } from '../site-fixture';

export default defineSite({
  id: 'harness',
  hosts: ['docs.google.com'],
  route: (url) => (url.pathname.startsWith('/__harness/') ? { file: url.pathname.slice('/__harness/'.length) } : null),
});
