// Which main-world bridge script each site gets. wxt.config.ts lists each one in
// web_accessible_resources for its own site's hosts only, so no other page can load it.

export interface BridgeResource {
  /** The unlisted script's output file (entrypoints/<name>.ts → <name>.js). */
  script: string;
  /** Match patterns of the site's pages (also in EDITOR_SITE_MATCHES). */
  matches: string[];
}

export const BRIDGE_RESOURCES: BridgeResource[] = [{ script: 'google-docs-bridge.js', matches: ['https://docs.google.com/*'] }];
