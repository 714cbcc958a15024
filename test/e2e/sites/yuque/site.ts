// 语雀 under https://www.yuque.com: /<group>/<book>/<doc>/edit is the editor page, /<group>/<book>/<doc> the read view.
import { resolve } from 'node:path';
import { bundled } from '../bundle';
import { defineSite } from '../site-fixture';

export default defineSite({
  id: 'yuque',
  hosts: ['www.yuque.com'],
  route: (url) => {
    if (url.pathname === '/__fixture/editor.js') return bundled(resolve(import.meta.dirname, 'editor.ts'));
    if (/^\/[^/]+\/[^/]+\/[^/]+\/edit$/.test(url.pathname)) return { file: 'editor.html' };
    return /^\/[^/]+\/[^/]+\/[^/]+$/.test(url.pathname) ? { file: 'viewer.html' } : null;
  },
});
