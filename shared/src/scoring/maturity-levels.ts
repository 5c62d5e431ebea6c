import type { LocalizedText } from '../domain/locale.js';
import type { MaturityLevel } from './result.types.js';

/**
 * The maturity level 1–5 of an overall score 0–100: below 20 → 1, below 40 → 2, below 60 → 3,
 * below 80 → 4, else 5.
 */
export function maturityLevelFor(score: number): MaturityLevel {
  if (score < 20) return 1;
  if (score < 40) return 2;
  if (score < 60) return 3;
  if (score < 80) return 4;
  return 5;
}

/** Names of the maturity levels (DESIGN §4), in every locale. */
export const MATURITY_LEVEL_LABELS: Readonly<Record<MaturityLevel, LocalizedText>> = {
  1: { en: 'Transactional supplier', it: 'Fornitore transazionale', nl: 'Transactionele leverancier', fa: 'تأمین‌کنندهٔ معامله‌محور' },
  2: { en: 'Coordinated', it: 'Coordinato', nl: 'Gecoördineerd', fa: 'هماهنگ‌شده' },
  3: { en: 'Aligned', it: 'Allineato', nl: 'Op één lijn', fa: 'هم‌راستا' },
  4: { en: 'Integrated', it: 'Integrato', nl: 'Geïntegreerd', fa: 'یکپارچه' },
  5: { en: 'Holistic partnership', it: 'Partnership olistica', nl: 'Holistisch partnerschap', fa: 'مشارکت کل‌نگر' },
};

/** A customer-focus stage (0–4) is reached when its tagged questions average at least this. */
export const CUSTOMER_FOCUS_STAGE_THRESHOLD = 60;

/** Names of the customer-focus stages 0–4 (Gulati & Oldroyd, seed 003), in every locale. */
export const CUSTOMER_FOCUS_STAGE_LABELS: Readonly<Record<0 | 1 | 2 | 3 | 4, LocalizedText>> = {
  0: { en: 'None yet', it: 'Nessuna fase ancora', nl: 'Nog geen fase', fa: 'هنوز هیچ مرحله‌ای' },
  1: { en: 'Communal coordination', it: 'Coordinamento collettivo', nl: 'Gemeenschappelijke coördinatie', fa: 'هماهنگی همگانی' },
  2: { en: 'Serial coordination', it: 'Coordinamento seriale', nl: 'Seriële coördinatie', fa: 'هماهنگی زنجیره‌ای' },
  3: { en: 'Symbiotic coordination', it: 'Coordinamento simbiotico', nl: 'Symbiotische coördinatie', fa: 'هماهنگی همزیستی' },
  4: { en: 'Integral coordination', it: 'Coordinamento integrale', nl: 'Integrale coördinatie', fa: 'هماهنگی یکپارچه‌ساز' },
};
