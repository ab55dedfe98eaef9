import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Locale } from 'antd/es/locale';
import dayjs from 'dayjs';
// Loaded for its side effect: antd's pickers take month and week-day names from dayjs, which knows only
// English until a locale is loaded.
import 'dayjs/locale/zh-cn';
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
const DAYJS_LOCALES: Record<Lang, string> = { en: 'en', 'zh-CN': 'zh-cn' };
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
  const lang: Lang = saved === 'en' || saved === 'zh-CN' ? saved : navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  dayjs.locale(DAYJS_LOCALES[lang]);
  return lang;
}

/**
 * A time as the chosen language writes it (not the browser's locale), in the browser's time zone. Empty for
 * no time; an unreadable one is shown as the server sent it rather than as "Invalid Date".
 */
export function formatTime(lang: Lang, iso: string | number | Date | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(d);
}

/** A business type's label in the chosen language; a type without one shows as the wire names it. */
export function bizTypeLabel(lang: Lang, bizType: string | null | undefined): string {
  if (!bizType) return '';
  const key = `common.bizType.${bizType}`;
  return DICTIONARIES[lang][key] ?? DICTIONARIES.en[key] ?? bizType;
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
    // Before the re-render, so that every dayjs format the new render makes already speaks the new language.
    dayjs.locale(DAYJS_LOCALES[next]);
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

/** formatTime in the chosen language. */
export function useFormatTime(): (iso: string | number | Date | null | undefined) => string {
  const { lang } = useContext(LangContext);
  return useCallback((iso) => formatTime(lang, iso), [lang]);
}

/** bizTypeLabel in the chosen language. */
export function useBizTypeLabel(): (bizType: string | null | undefined) => string {
  const { lang } = useContext(LangContext);
  return useCallback((bizType) => bizTypeLabel(lang, bizType), [lang]);
}
