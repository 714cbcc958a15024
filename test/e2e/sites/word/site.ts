// Word for the web: the OneDrive page (https://onedrive.live.com/edit.aspx) embeds the editor
// frame from https://xyz-word-edit.officeapps.live.com/we/wordeditorframe.aspx, as on the live
// site. `?automation=1` on the frame adds Word's automation object (window.WordEditor).
import { defineSite } from '../site-fixture';

export default defineSite({
  id: 'word',
  hosts: ['onedrive.live.com', '*.officeapps.live.com'],
  route(url) {
    if (url.hostname === 'onedrive.live.com' && url.pathname === '/edit.aspx') return { file: 'onedrive.html' };
    if (url.hostname.endsWith('.officeapps.live.com') && url.pathname === '/we/wordeditorframe.aspx') return { file: 'wordeditorframe.html' };
    return null;
  },
});
