import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { App } from '@/components/App';
import { createTabLink } from '@/lib/panel/tab-link';
import { followTargetTab } from '@/lib/panel/target-tab';
import '@/components/panel.css';

function SidePanel() {
  const [tabId, setTabId] = useState<number | undefined>();
  useEffect(() => followTargetTab(setTabId), []);
  const link = useMemo(() => (tabId === undefined ? null : createTabLink(tabId)), [tabId]);
  return <App link={link} />;
}

render(<SidePanel />, document.getElementById('app')!);
