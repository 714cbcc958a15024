// One line of feedback at the bottom of the panel: "已复制", errors from storage, write outcomes.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export interface Notice {
  text: string;
  tone: 'info' | 'error';
}

export const NoticeContext = createContext<(notice: Notice) => void>(() => {});

export function useNotify(): (notice: Notice) => void {
  return useContext(NoticeContext);
}
