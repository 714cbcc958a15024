// 语雀 under https://www.yuque.com: any /<group>/<book>/<doc>/edit path is the editor page.
import { resolve } from 'node:path';
import { bundled } from '../bundle';
import { defineSite } from '../site-fixture';

export default defineSite({
  id: 'yuque',
  hosts: ['www.yuque.com'],
  route: (url) => {
    if (url.pathname === '/__fixture/editor.js') return bundled(resolve(import.meta.dirname, 'editor.ts'));
    return /^\/[^/]+\/[^/]+\/[^/]+\/edit$/.test(url.pathname) ? { file: 'editor.html' } : null;
  },
});
