// Word for the web: the OneDrive page (https://onedrive.live.com/edit.aspx) or a SharePoint page
// (https://contoso.sharepoint.com/_layouts/15/Doc.aspx) embeds the editor
// frame from https://xyz-word-edit.officeapps.live.com/we/wordeditorframe.aspx, as on the live
// site. `?automation=1` on the frame adds Word's automation object (window.WordEditor).
import { defineSite } from '../site-fixture';

export default defineSite({
  id: 'word',
  hosts: ['onedrive.live.com', 'contoso.sharepoint.com', '*.officeapps.live.com'],
  route(url) {
    if (url.hostname === 'onedrive.live.com' && url.pathname === '/edit.aspx') return { file: 'onedrive.html' };
    // A SharePoint document library opens the same editing frame (this host is not in the manifest:
    // only the frame's host matters).
    if (url.hostname === 'contoso.sharepoint.com' && url.pathname === '/_layouts/15/Doc.aspx') return { file: 'onedrive.html' };
    if (url.hostname.endsWith('.officeapps.live.com') && url.pathname === '/we/wordeditorframe.aspx')
      return { file: 'wordeditorframe.html' };
    return null;
  },
});
