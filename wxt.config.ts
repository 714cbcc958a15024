import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BRIDGE_RESOURCES } from './lib/bridge/sites';
import { CONTENT_MATCHES } from './lib/background/sites';

// Separate output dirs let parallel builds (tests, benches) not overwrite each other.
const outDir = process.env.WXT_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  hooks: {
    // The default highlight colours' stylesheet (lib/highlight/default-highlights.css) styles `:root`,
    // which Chromium's highlights inherit from; Firefox styles them per element and would gain nothing
    // from it, only show pages the rule.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      for (const script of manifest.content_scripts ?? []) delete script.css;
    },
  },
  // WXT_NO_MINIFY=1: readable function names in CPU profiles (BENCH_PROFILE).
  vite: () => ({ plugins: [preact()], ...(process.env.WXT_NO_MINIFY ? { build: { minify: false } } : {}) }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Each one is used; test/manifest-permissions.test.ts lists them so a new one must be justified.
    // The library lives in IndexedDB (Dexie), which needs no permission.
    permissions: ['activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The sites the content script already runs on, no more: the engine is injected there with
    // scripting.executeScript (lib/background/engine-injection.ts), which content_scripts.matches alone
    // does not allow. Same sites, same install warning as the content script.
    host_permissions: CONTENT_MATCHES,
    // Other sites, asked for when the user switches one on. WXT drops optional_host_permissions from the
    // Firefox (MV2) build, where optional hosts belong in optional_permissions.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    // Main-world bridges, each loadable only by its own site's pages (lib/bridge/sites.ts).
    web_accessible_resources: BRIDGE_RESOURCES.map(({ script, matches }) => ({ resources: [script], matches })),
    // Firefox: a fixed add-on id (the store and the E2E profile need one) and the first version with
    // the CSS Custom Highlight API; the extension collects no data. Firefox for Android reads
    // data_collection_permissions only from 142 on (web-ext lint warns otherwise).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'report-assistant@report-assistant.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    commands: {
      'next-blank': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNextBlank__' },
      'previous-blank': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandPreviousBlank__' },
    },
  }),
});
