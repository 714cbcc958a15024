// 飞书 / Lark docx under every Lark host: https://<tenant>.feishu.cn/docx/<token> (and the same
// path on larksuite.com, larkoffice.com, feishu.net, larkenterprise.com). `?model=0` serves the
// page without its page-world model (the degraded path).
import { defineSite } from '../site-fixture';

export default defineSite({
  id: 'lark',
  hosts: ['*.feishu.cn', '*.larksuite.com', '*.larkoffice.com', '*.feishu.net', '*.larkenterprise.com'],
  route: (url) => (/^\/docx\/[A-Za-z0-9]+$/.test(url.pathname) ? { file: 'docx.html' } : null),
});
