// Notion under https://www.notion.so: any /<Title>-<id> path is the page.
import { resolve } from 'node:path';
import { bundled } from '../bundle';
import { defineSite } from '../site-fixture';

export default defineSite({
  id: 'notion',
  hosts: ['www.notion.so'],
  route: (url) => {
    if (url.pathname === '/__fixture/page.js') return bundled(resolve(import.meta.dirname, 'page.ts'));
    return /^\/[^/.]+-[0-9a-f]+$/.test(url.pathname) ? { file: 'page.html' } : null;
  },
});
