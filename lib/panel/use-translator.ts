import { useEffect, useRef, useState } from 'preact/hooks';
import { loadedTranslator, loadTranslator } from '../i18n/load';
import { zhTranslator, type Language, type Translate } from '../i18n/translate';

export interface LoadedLanguage {
  language: Language;
  t: Translate;
}

/**
 * The translator for `language` once its catalogue is at hand (fetched once per panel, in a few
 * milliseconds). Meanwhile the previous language stays, or null on the panel's first render; a
 * catalogue that cannot be fetched falls back to the reference language, Chinese.
 */
export function useTranslator(language: Language): LoadedLanguage | null {
  const [failed, setFailed] = useState<Language | null>(null);
  const [, setLoaded] = useState<Language | null>(null);
  const ready = loadedTranslator(language);
  const last = useRef<LoadedLanguage | null>(null);
  useEffect(() => {
    if (ready) return;
    let alive = true;
    loadTranslator(language).then(
      () => alive && setLoaded(language),
      () => alive && setFailed(language),
    );
    return () => {
      alive = false;
    };
  }, [language, !!ready]);
  if (ready) {
    if (last.current?.t !== ready) last.current = { language, t: ready };
  } else if (failed === language && last.current?.t !== zhTranslator) {
    last.current = { language: 'zh', t: zhTranslator };
  }
  return last.current;
}
