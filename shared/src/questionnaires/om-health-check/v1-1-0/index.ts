import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';
import { strategyDimension } from './dimensions/strategy.js';
import { partnershipDimension } from './dimensions/partnership.js';
import { lifecycleDimension } from './dimensions/lifecycle.js';
import { marketingDimension } from './dimensions/marketing.js';
import { planningDimension } from './dimensions/planning.js';
import { alignmentDimension } from './dimensions/alignment.js';
import { customerDimension } from './dimensions/customer.js';
import { omHealthCheckFlags } from './flags.js';
import { strategyRecommendations } from './recommendations/strategy.js';
import { partnershipRecommendations } from './recommendations/partnership.js';
import { lifecycleRecommendations } from './recommendations/lifecycle.js';
import { marketingRecommendations } from './recommendations/marketing.js';
import { planningRecommendations } from './recommendations/planning.js';
import { alignmentRecommendations } from './recommendations/alignment.js';
import { customerRecommendations } from './recommendations/customer.js';

/**
 * The built-in OM Check-up questionnaire (DESIGN §3–5). Published versions are immutable:
 * change content only together with a new `version`. Dimension order is the answering order,
 * and `showIf` conditions may only refer to questions that come earlier in it.
 */
export const omHealthCheck11Definition: QuestionnaireDefinition = {
  key: 'om-health-check',
  version: '1.1.0',
  title: {
    en: 'OM Check-up: outsourcing and marketing health check',
    it: 'OM Check-up: verifica dello stato di salute di outsourcing e marketing',
    nl: 'OM Check-up: gezondheidscheck van outsourcing en marketing',
    fa: 'چکاپ OM: ارزیابی سلامت برون‌سپاری و بازاریابی',
  },
  description: {
    en: 'Seven short sections on how your company runs outsourcing and marketing: as a partnership built on one holistic strategy, or as a string of separate supplier deals. Answer from your own experience; "don\'t know" is a valid answer and is itself a finding.',
    it: "Sette brevi sezioni su come la vostra azienda gestisce outsourcing e marketing: come una partnership fondata su un'unica strategia olistica o come una serie di contratti di fornitura scollegati tra loro. Rispondete in base alla vostra esperienza; «non lo so» è una risposta valida e costituisce già di per sé un'indicazione.",
    nl: 'Zeven korte onderdelen over hoe uw bedrijf outsourcing en marketing aanpakt: als een partnerschap op basis van één holistische strategie, of als een reeks losse leveranciersdeals. Antwoord vanuit uw eigen ervaring; “weet ik niet” is een geldig antwoord en zegt op zich al iets.',
    fa: 'هفت بخش کوتاه دربارهٔ این‌که شرکت شما برون‌سپاری و بازاریابی را چگونه اداره می‌کند: به‌صورت شراکتی مبتنی بر یک راهبرد واحد و کل‌نگر، یا به‌صورت مجموعه‌ای از قراردادهای جداگانه با تأمین‌کنندگان. بر اساس تجربهٔ خود پاسخ دهید؛ «نمی‌دانم» پاسخی معتبر است و خود یک یافته به شمار می‌رود.',
  },
  dimensions: [
    strategyDimension,
    partnershipDimension,
    lifecycleDimension,
    marketingDimension,
    planningDimension,
    alignmentDimension,
    customerDimension,
  ],
  flags: omHealthCheckFlags,
  recommendations: [
    ...strategyRecommendations,
    ...partnershipRecommendations,
    ...lifecycleRecommendations,
    ...marketingRecommendations,
    ...planningRecommendations,
    ...alignmentRecommendations,
    ...customerRecommendations,
  ],
};
