// The page's candidate editors (one per frame) and the one the panel follows, kept current.
import { useEffect, useState } from 'preact/hooks';
import type { FrameChoice } from '../frames/frame-registry';
import type { PageLink } from './page-link';

export interface FrameSwitchView {
  choices: FrameChoice[];
  target: number | null;
  choose(frameId: number): void;
}

export function useFrameSwitch(link: PageLink | null): FrameSwitchView | null {
  const frames = link?.frames;
  const read = () => (frames ? { choices: frames.choices(), target: frames.target() } : null);
  const [view, setView] = useState(read);
  useEffect(() => {
    setView(read());
    return frames?.onChange(() => setView(read()));
  }, [frames]);
  return frames && view ? { ...view, choose: (frameId) => frames.choose(frameId) } : null;
}
