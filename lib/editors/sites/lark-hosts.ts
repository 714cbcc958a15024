// Every host 飞书 / Lark serves docx documents from (manifest match patterns).
export const LARK_MATCHES = [
  'https://*.feishu.cn/*',
  'https://*.larksuite.com/*',
  'https://*.larkoffice.com/*',
  'https://*.feishu.net/*',
  'https://*.larkenterprise.com/*',
];
