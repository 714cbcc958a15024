// Known online suites without readable page text: the panel names the site and says why, offers
// pasted text (and the page selection where the text is in the page), fills blanks there and
// copies the filled text back with the exact steps to put it into the document.
import { afterEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '@/components/App';
import { DegradedPanel } from '@/components/DegradedPanel';
import { I18nContext } from '@/lib/panel/i18n-context';
import { NoticeContext, noticeText } from '@/lib/panel/notices';
import { translator } from '@/lib/i18n';
import type { PageLink } from '@/lib/panel/page-link';
import type { DocState } from '@/lib/protocol';
import { degradedSiteForHost, DEGRADED_SITES } from '@/lib/editors/sites/degraded';
import { docStateFromText } from '@/lib/panel/local-state';

afterEach(cleanup);

const NO_EDITOR = '此页面未发现支持的编辑器，已切换到简化模式。';
const pasted = '一、主要工作\n全年完成项目XX个。\n二、存在问题';

function page(url: string, state: DocState | null = null): PageLink {
  const fail = () => Promise.reject(new Error('Receiving end does not exist.'));
  return {
    getState: state ? async () => state : fail,
    jumpTo: async () => false,
    insertText: fail,
    replaceRange: fail,
    fillLabel: fail,
    applyFix: fail,
    applyEdits: fail,
    applyFixEdits: fail,
    previewEdits: fail,
    insertTemplate: fail,
    setHighlights: async () => {},
    getSelectionText: async () => '',
    pageUrl: async () => url,
    onStateChanged: () => () => {},
  };
}

async function siteState(site: string, url: string): Promise<DocState> {
  return { ...(await docStateFromText('', { url, title: '', version: 1 })), site };
}

test.each([
  ['https://docs.qq.com/doc/DTmVwb3J0', '腾讯文档'],
  ['https://www.kdocs.cn/l/report', '金山文档'],
  ['https://abc.wps.cn/doc', 'WPS 云文档'],
  ['https://alidocs.dingtalk.com/i/nodes/x', '钉钉文档'],
  ['https://shimo.im/docs/abc', '石墨文档'],
])('%s is named (%s), with the reason, even when its content script does not answer', async (url, name) => {
  render(<App link={page(url)} language="zh" />);
  expect((await screen.findByTestId('site-line')).textContent).toBe(`${name}：已切换到简化模式。`);
  expect(screen.getByTestId('site-reason').textContent).toContain(name);
  expect(screen.queryByText(NO_EDITOR)).toBeNull();
});

test('the site named by the content script (ONLYOFFICE has no fixed host) wins over the URL', async () => {
  const url = 'https://office.example.org/apps/report';
  render(<App link={page(url, await siteState('onlyoffice', url))} language="zh" />);
  expect((await screen.findByTestId('site-line')).textContent).toBe('ONLYOFFICE：已切换到简化模式。');
  expect(screen.getByTestId('site-reason').textContent).toContain('画布');
});

test('on a canvas site there is no page selection to offer, only pasted text; elsewhere both', async () => {
  render(<App link={page('https://docs.qq.com/doc/x')} language="zh" />);
  await screen.findByTestId('site-line');
  expect(screen.queryByRole('button', { name: '分析页面选中文字' })).toBeNull();
  expect(screen.getByText(/在腾讯文档中选中要检查的内容/)).toBeTruthy();
  cleanup();
  render(<App link={page('https://shimo.im/docs/x')} language="zh" />);
  await screen.findByTestId('site-line');
  expect(screen.getByRole('button', { name: '分析页面选中文字' })).toBeTruthy();
});

test('pasted text is filled in the panel and copied back with the steps for that site', async () => {
  render(<App link={page('https://docs.qq.com/doc/x')} language="zh" />);
  await screen.findByTestId('site-line');
  fireEvent.input(screen.getByLabelText('粘贴要分析的文本'), { target: { value: pasted } });
  fireEvent.click(screen.getByRole('button', { name: '分析粘贴的文本' }));
  fireEvent.click(await screen.findByRole('tab', { name: /待填/ }));
  const input = (await screen.findAllByPlaceholderText('填入内容后按回车'))[0];
  fireEvent.input(input, { target: { value: '12' } });
  fireEvent.keyDown(input, { key: 'Enter' });
  await waitFor(() => expect(screen.getByTestId('blank-count').textContent).toBe('0'));
  fireEvent.click(screen.getByRole('button', { name: '复制填好的文字' }));
  await waitFor(() =>
    expect(screen.getByTestId('notice').textContent).toContain(
      '已复制填好的文字。回到腾讯文档，选中你当初复制的那段原文，按 Ctrl+V 粘贴替换。',
    ),
  );
  expect(await navigator.clipboard.readText()).toBe(pasted.replace('XX', '12'));
});

test('a clipboard that refuses says so instead of claiming a copy', async () => {
  render(
    <I18nContext.Provider value={{ language: 'zh', t: translator('zh') }}>
      <NoticeContext.Provider value={(n) => notices.push(noticeText(n, translator('zh'), 'zh'))}>
        <DegradedPanel
          getSelection={async () => ''}
          onText={() => {}}
          hasLocal
          filledText={() => pasted}
          site={degradedSiteForHost('docs.qq.com')}
          copy={async () => false}
        />
      </NoticeContext.Provider>
    </I18nContext.Provider>,
  );
  fireEvent.click(screen.getByRole('button', { name: '复制填好的文字' }));
  await waitFor(() => expect(notices).toEqual(['无法访问剪贴板。']));
});

const notices: string[] = [];

test('every degraded site has a name and a reason the panel can say, and hosts do not overlap', () => {
  const ids = DEGRADED_SITES.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const site of DEGRADED_SITES) expect(['canvas', 'closed']).toContain(site.reason);
  expect(degradedSiteForHost('docs.qq.com.evil.example')).toBeNull();
  expect(degradedSiteForHost('notdocs.qq.com')).toBeNull();
});
