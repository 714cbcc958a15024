// Confluence Cloud under https://example.atlassian.net/wiki/…/edit-v2/<id>.
import { resolve } from 'node:path';
import { bundled } from '../bundle';
import { defineSite } from '../site-fixture';

export default defineSite({
  id: 'confluence',
  hosts: ['example.atlassian.net'],
  route: (url) => {
    if (url.pathname === '/__fixture/editor.js') return bundled(resolve(import.meta.dirname, 'editor.ts'));
    return /^\/wiki\/spaces\/[^/]+\/pages\/edit-v2\/\d+$/.test(url.pathname) ? { file: 'editor.html' } : null;
  },
});
