import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Locale } from 'antd/es/locale';
import { createContext, createElement, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import enAudit from './en/audit';
import enBatches from './en/batches';
import enCommon from './en/common';
import enKeys from './en/keys';
import enMembers from './en/members';
import enObjects from './en/objects';
import enReview from './en/review';
import enReviewers from './en/reviewers';
import zhAudit from './zh-CN/audit';
import zhBatches from './zh-CN/batches';
import zhCommon from './zh-CN/common';
import zhKeys from './zh-CN/keys';
import zhMembers from './zh-CN/members';
import zhObjects from './zh-CN/objects';
import zhReview from './zh-CN/review';
import zhReviewers from './zh-CN/reviewers';

export type Lang = 'en' | 'zh-CN';
export const LANGS: Lang[] = ['en', 'zh-CN'];

// Exported so a test can check that every key exists in both languages.
export const DICTIONARIES: Record<Lang, Record<string, string>> = {
  en: { ...enCommon, ...enReview, ...enObjects, ...enBatches, ...enReviewers, ...enAudit, ...enMembers, ...enKeys },
  'zh-CN': { ...zhCommon, ...zhReview, ...zhObjects, ...zhBatches, ...zhReviewers, ...zhAudit, ...zhMembers, ...zhKeys },
};

const ANTD_LOCALES: Record<Lang, Locale> = { en: enUS, 'zh-CN': zhCN };
const STORAGE_KEY = 'archgate.lang';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export function translate(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  // A missing key shows itself rather than an empty string, so it is visible on screen and in tests.
  const text = DICTIONARIES[lang][key] ?? DICTIONARIES.en[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function initialLang(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangState>({ lang: 'en', setLang: () => {} });

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  // Screen readers pronounce the page in the language it shows.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return createElement(LangContext.Provider, { value }, children);
}

export function useLang(): LangState & { antdLocale: Locale } {
  const state = useContext(LangContext);
  return { ...state, antdLocale: ANTD_LOCALES[state.lang] };
}

export function useT(): Translate {
  const { lang } = useContext(LangContext);
  return useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
}
