// 腾讯文档, 金山文档/WPS, 钉钉文档 and 石墨 under their real hostnames: any document path is the
// canvas page (one fixture, configured by hostname in canvas-doc.ts).
import { resolve } from 'node:path';
import { bundled } from '../bundle';
import { defineSite } from '../site-fixture';

export default defineSite({
  id: 'canvas-suites',
  hosts: ['docs.qq.com', 'www.kdocs.cn', 'www.wps.cn', 'alidocs.dingtalk.com', 'shimo.im'],
  route: (url) =>
    url.pathname === '/__fixture/canvas-doc.js' ? bundled(resolve(import.meta.dirname, 'canvas-doc.ts')) : { file: 'doc.html' },
});
