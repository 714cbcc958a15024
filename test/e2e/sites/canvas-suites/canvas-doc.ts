// Paints the sample report on the canvas and adds what each suite's public code shows of its page:
// 腾讯文档: canvas engine (AlloyTeam's article on it; WindRunnerMax/TKScript issue #16) and
//   window.pad.editor.getCopyContent() (TKScript packages/copy/src/modules/docqq.ts);
// 金山文档/WPS: window.APP with canCopy() (TKScript packages/copy/src/modules/kdocs.ts);
// 钉钉文档, 石墨: nothing public shows their editor; the same canvas page stands for "no text in the page".
// The input proxies are generic (fixture-model.ts), not copied from any suite.
import { SAMPLE_LINES, SAMPLE_TEXT } from '../../pages/editors/sample-report';
import { addInputProxies } from '../fixture-model';

const canvas = document.querySelector<HTMLCanvasElement>('#doc-canvas')!;
const ctx = canvas.getContext('2d')!;
ctx.font = '16px sans-serif';
ctx.fillStyle = '#222';
SAMPLE_LINES.forEach((line, i) => ctx.fillText(line, 40, 48 + i * 30, 680));

const page = window as unknown as Record<string, unknown>;
const host = location.hostname;
if (host === 'docs.qq.com') page.pad = { editor: { getCopyContent: () => ({ plain: '', html: '' }) } };
if (host.endsWith('kdocs.cn') || host.endsWith('wps.cn')) page.APP = { canCopy: () => true };

addInputProxies(document);
(window as unknown as { __canvasFixture: { text: string } }).__canvasFixture = { text: SAMPLE_TEXT };
document.documentElement.dataset.fixtureReady = 'canvas-suite';
