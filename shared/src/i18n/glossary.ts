import type { Locale } from '../domain/locale.js';

/** One concept of the product's vocabulary and how each language names it (docs/glossary.md). */
export interface GlossaryEntry {
  concept: string;
  /** The agreed term per language. */
  terms: Readonly<Record<Locale, string>>;
  /** Variants met in earlier translations that must not return (substrings, case-sensitive). */
  avoid: Readonly<Partial<Record<Locale, readonly string[]>>>;
}

/**
 * The glossary applied to content (from om-health-check 1.1.0) and UI strings; docs/glossary.md
 * explains each choice. A text that names a glossary concept with an avoided variant fails the
 * translation tests.
 */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: 'partner',
    terms: { en: 'partner', it: 'partner', nl: 'partner', fa: 'شریک' },
    avoid: {},
  },
  {
    concept: 'partnership',
    terms: { en: 'partnership', it: 'partnership', nl: 'partnerschap', fa: 'شراکت' },
    avoid: { nl: ['Partnermodel'], fa: ['همکاری راهبردی', 'مشارکت کل‌نگر', 'الگوی همکاری'] },
  },
  {
    concept: 'provider (the outsourcing company, whatever the relationship)',
    terms: { en: 'provider', it: 'fornitore di servizi', nl: 'dienstverlener', fa: 'ارائه‌دهندهٔ خدمات' },
    avoid: { en: ['supplier side'], it: ['(lato fornitore)'], nl: ['leverancierskant'], fa: ['طرف تأمین‌کننده'] },
  },
  {
    concept: 'supplier (what a partner is not: the transactional side)',
    terms: { en: 'supplier', it: 'fornitore', nl: 'leverancier', fa: 'تأمین‌کننده' },
    avoid: {},
  },
  {
    concept: 'buyer–seller relationship',
    terms: { en: 'buyer–seller', it: 'acquirente–venditore', nl: 'koper-verkoper', fa: 'خریدار–فروشنده' },
    avoid: { it: ['cliente-fornitore', 'cliente–fornitore'], nl: ['klant-leverancier'] },
  },
  {
    concept: 'S&OP',
    terms: { en: 'S&OP', it: 'S&OP', nl: 'S&OP', fa: 'S&OP' },
    avoid: {},
  },
  {
    concept: 'holism, holistic, holism index',
    terms: { en: 'holism index', it: "indice di coerenza d'insieme", nl: 'holismeindex', fa: 'شاخص کل‌نگری' },
    avoid: { it: ['olismo'], nl: ['integrale strategie'], fa: ['شاخص یکپارچگی'] },
  },
  {
    concept: 'customer focus',
    terms: { en: 'customer focus', it: 'orientamento al cliente', nl: 'klantgerichtheid', fa: 'تمرکز بر مشتری' },
    avoid: { fa: ['مشتری‌مداری'] },
  },
  {
    concept: 'stage (of customer focus)',
    terms: { en: 'stage', it: 'fase', nl: 'fase', fa: 'مرحله' },
    avoid: { it: ['stadio', 'Stadio', 'stadi '] },
  },
  {
    concept: 'stage 1: communal coordination',
    terms: { en: 'communal coordination', it: 'coordinamento collettivo', nl: 'gemeenschappelijke coördinatie', fa: 'هماهنگی همگانی' },
    avoid: { it: ['coordinamento comune', 'Coordinamento comune'] },
  },
  {
    concept: 'stage 2: serial coordination',
    terms: { en: 'serial coordination', it: 'coordinamento seriale', nl: 'seriële coördinatie', fa: 'هماهنگی زنجیره‌ای' },
    avoid: {},
  },
  {
    concept: 'stage 3: symbiotic coordination',
    terms: { en: 'symbiotic coordination', it: 'coordinamento simbiotico', nl: 'symbiotische coördinatie', fa: 'هماهنگی همزیستی' },
    avoid: {},
  },
  {
    concept: 'stage 4: integral coordination',
    terms: { en: 'integral coordination', it: 'coordinamento integrale', nl: 'integrale coördinatie', fa: 'هماهنگی یکپارچه‌ساز' },
    avoid: {},
  },
  {
    concept: 'competences',
    terms: { en: 'competences', it: 'competenze', nl: 'competenties', fa: 'شایستگی' },
    avoid: { fa: ['صلاحیت'] },
  },
  {
    concept: 'sparring and mirroring',
    terms: { en: 'sparring and mirroring', it: 'confronto aperto e rispecchiamento reciproco', nl: 'sparren en spiegelen', fa: 'هم‌اندیشی چالشی و آینه‌داری' },
    avoid: { fa: ['آینه‌شدن'] },
  },
  {
    concept: 'transition',
    terms: { en: 'transition', it: 'transizione', nl: 'transitie', fa: 'گذار' },
    avoid: { fa: ['مدیریت انتقال'] },
  },
  {
    concept: 'milestone',
    terms: { en: 'milestone', it: 'traguardo', nl: 'mijlpaal', fa: 'نقطهٔ عطف' },
    avoid: { it: ['milestone'] },
  },
  {
    concept: 'quick win',
    terms: { en: 'quick win', it: 'risultato rapido', nl: 'quick win', fa: 'دستاورد سریع' },
    avoid: { nl: ['Snelle winst', 'snelle winst'] },
  },
  {
    concept: 'seed (source text)',
    terms: { en: 'seed', it: 'fonte', nl: 'bron', fa: 'منبع' },
    avoid: { it: ['testo di riferimento'], nl: ['Brontekst', 'brontekst'], fa: ['متن مرجع'] },
  },
  {
    concept: 'written form (Persian): ZWNJ in compounds',
    terms: { en: '—', it: '—', nl: '—', fa: 'این‌که' },
    avoid: { fa: ['اینکه'] },
  },
];

/** Where a text uses an avoided variant of a glossary concept: "path (locale): 'variant' — use 'term'". */
export function glossaryProblems(path: string, locale: Locale, text: string): string[] {
  const problems: string[] = [];
  for (const entry of GLOSSARY) {
    for (const variant of entry.avoid[locale] ?? []) {
      if (text.includes(variant)) problems.push(`${path} (${locale}): "${variant}" — the glossary says "${entry.terms[locale]}" for ${entry.concept}`);
    }
  }
  return problems;
}
