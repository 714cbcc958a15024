import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BRIDGE_RESOURCES } from './lib/bridge/sites';

// Separate output dirs let parallel builds (tests, benches) not overwrite each other.
const outDir = process.env.WXT_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    // Main-world bridges, each loadable only by its own site's pages (lib/bridge/sites.ts).
    web_accessible_resources: BRIDGE_RESOURCES.map(({ script, matches }) => ({ resources: [script], matches })),
    commands: {
      'next-blank': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNextBlank__' },
      'previous-blank': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandPreviousBlank__' },
    },
  }),
});
