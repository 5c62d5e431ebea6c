import type { Locale } from '../domain/locale.js';
import type { Horizon } from '../domain/vocabulary.js';
import type { RecommendationStatus } from '../recommendations/merge-recommendations.js';
import type { AgendaPrompt, RoleGroupKey } from '../team/index.js';

/**
 * The words of a rendered report (web report, PDF, deck) in its own language, chosen at export
 * and independent of the UI. Terms follow the app's glossary (client locales, docs/glossary.md).
 * `{name}` placeholders are filled by `fillLabel`.
 */
export interface ReportLabels {
  documentTitle: string;
  selfAssessment: string;
  checkup: string;
  preparedFor: string;
  scoredOn: string;
  questionnaire: string;
  respondents: string;
  page: string;
  downloadPdf: string;
  print: string;
  summary: string;
  overallScore: string;
  maturityLevel: string;
  holismIndex: string;
  customerFocusStage: string;
  outOf100: string;
  stageOf4: string;
  confidence: Record<'HIGH' | 'MEDIUM' | 'LOW', string>;
  strongest: string;
  weakest: string;
  holdsTogether: string;
  strongParts: string;
  weakParts: string;
  flags: string;
  profile: string;
  profileTable: string;
  dimension: string;
  score: string;
  target: string;
  previous: string;
  dimensions: string;
  answered: string;
  insufficientData: string;
  whereToStart: string;
  noScore: string;
  team: string;
  groupScores: string;
  group: string;
  people: string;
  hiddenRoles: string;
  hiddenOutcome: Record<'POOLED' | 'OMITTED', string>;
  perceptionGaps: string;
  gap: string;
  agenda: string;
  agendaPrompts: Record<AgendaPrompt, string>;
  recommendations: string;
  topRecommendations: string;
  noRecommendations: string;
  status: Record<RecommendationStatus, string>;
  horizon: Record<Horizon, string>;
  priority: string;
  dismissReason: string;
  handWritten: string;
  actionPlan: string;
  actionItem: string;
  owner: string;
  dueDate: string;
  done: string;
  open: string;
  noActionItems: string;
  appendix: string;
  appendixIntro: string;
  consensus: { title: string; intro: string; score: string; individual: string; difference: string; agreedAnswers: string; note: string };
  comments: string;
  answeredBy: string;
  roles: Record<RoleGroupKey, string>;
}

const en: ReportLabels = {
  documentTitle: 'Outsourcing & marketing check-up',
  selfAssessment: 'Self-assessment',
  checkup: 'Check-up',
  preparedFor: 'Prepared for {name}',
  scoredOn: 'Scored on {date}',
  questionnaire: 'Questionnaire',
  respondents: 'Respondents',
  page: 'Page',
  downloadPdf: 'Download PDF',
  print: 'Print',
  summary: 'Summary',
  overallScore: 'Overall score',
  maturityLevel: 'Maturity level',
  holismIndex: 'Holism index',
  customerFocusStage: 'Customer-focus stage',
  outOf100: 'out of 100',
  stageOf4: 'stage {stage} of 4',
  confidence: {
    HIGH: 'Confidence: high — this result rests on answers to most questions.',
    MEDIUM: 'Confidence: medium — part of this result rests on unanswered or “don’t know” questions.',
    LOW: 'Confidence: low — fewer than half of the questions have a real answer.',
  },
  strongest: 'Strongest areas',
  weakest: 'Weakest areas',
  holdsTogether: 'The areas lie within one level of each other: the parts hold together.',
  strongParts: 'Strong parts',
  weakParts: 'Weak parts',
  flags: 'Points of attention',
  profile: 'Profile',
  profileTable: 'Scores per dimension',
  dimension: 'Dimension',
  score: 'Score',
  target: 'Target',
  previous: 'Previous check-up',
  dimensions: 'Dimensions',
  answered: 'Answered',
  insufficientData: 'Too few answers to score this dimension.',
  whereToStart: 'Where to start',
  noScore: '–',
  team: 'Team view',
  groupScores: 'Scores per group',
  group: 'Group',
  people: 'people',
  hiddenRoles: 'Not shown on their own',
  hiddenOutcome: {
    POOLED: 'fewer than {min} people: counted with the other small roles',
    OMITTED: 'fewer than {min} people, even pooled: left out of the group views',
  },
  perceptionGaps: 'Largest perception gaps',
  gap: 'Gap',
  agenda: 'Meeting agenda',
  agendaPrompts: {
    COMPARE_CASES: '{roleA} says {levelA}, {roleB} says {levelB}. Bring one recent concrete case and let each side explain what it sees.',
    MIRROR_WITH_PARTNER: '{roleA} says {levelA}, {roleB} says {levelB}. Mirror it with the partner: each side describes how the other works, then compare. Calling it a partnership doesn’t make it one.',
    SETTLE_WITHIN_GROUP: 'Within {role} the answers are far apart (spread {spread}). Let the group first agree on what is true before comparing with the others.',
  },
  recommendations: 'Recommendations',
  topRecommendations: 'Top recommendations',
  noRecommendations: 'No recommendations.',
  status: { PROPOSED: 'Proposed', ACCEPTED: 'Accepted', DISMISSED: 'Dismissed', DONE: 'Done' },
  horizon: { QUICK_WIN: 'Quick wins (within 30 days)', NEXT_90_DAYS: 'Next 90 days', STRATEGIC: 'Strategic (6–12 months)' },
  priority: 'Priority',
  dismissReason: 'Reason',
  handWritten: 'Added by the consultant',
  actionPlan: 'Action plan',
  actionItem: 'Action',
  owner: 'Owner',
  dueDate: 'Due',
  done: 'Done',
  open: 'Open',
  noActionItems: 'No action items yet.',
  appendix: 'Appendix: answers and comments',
  appendixIntro: 'Mean level per group (0–4) where a group has at least {min} people; comments without names.',
  consensus: {
    title: 'Workshop consensus',
    intro: 'The answers the room agreed on in the workshop ({count} questions), scored on their own.',
    score: 'Consensus',
    individual: 'Individual answers',
    difference: 'Difference',
    agreedAnswers: 'Agreed answers',
    note: 'Note',
  },
  comments: 'Comments',
  answeredBy: 'answered by {count}',
  roles: {
    MANAGEMENT: 'Owner or management', SALES: 'Sales', OPERATIONS: 'Operations', MARKETING: 'Marketing', CUSTOMER_CARE: 'Customer care',
    PARTNER: 'Outsourcing partner', OTHER: 'Other', POOLED: 'Small roles pooled', CLIENT: 'Client side',
  },
};

const it: ReportLabels = {
  documentTitle: 'Check-up di outsourcing e marketing',
  selfAssessment: 'Autovalutazione',
  checkup: 'Check-up',
  preparedFor: 'Preparato per {name}',
  scoredOn: 'Calcolato il {date}',
  questionnaire: 'Questionario',
  respondents: 'Rispondenti',
  page: 'Pagina',
  downloadPdf: 'Scarica il PDF',
  print: 'Stampa',
  summary: 'Sintesi',
  overallScore: 'Punteggio complessivo',
  maturityLevel: 'Livello di maturità',
  holismIndex: 'Indice di coerenza d’insieme',
  customerFocusStage: 'Fase di orientamento al cliente',
  outOf100: 'su 100',
  stageOf4: 'fase {stage} di 4',
  confidence: {
    HIGH: 'Affidabilità: alta — il risultato si basa sulle risposte alla maggior parte delle domande.',
    MEDIUM: 'Affidabilità: media — parte del risultato si basa su domande senza risposta o con “non so”.',
    LOW: 'Affidabilità: bassa — meno della metà delle domande ha una risposta vera.',
  },
  strongest: 'Aree più forti',
  weakest: 'Aree più deboli',
  holdsTogether: 'Le aree distano meno di un livello l’una dall’altra: le parti stanno insieme.',
  strongParts: 'Parti forti',
  weakParts: 'Parti deboli',
  flags: 'Punti di attenzione',
  profile: 'Profilo',
  profileTable: 'Punteggi per dimensione',
  dimension: 'Dimensione',
  score: 'Punteggio',
  target: 'Obiettivo',
  previous: 'Check-up precedente',
  dimensions: 'Dimensioni',
  answered: 'Risposte',
  insufficientData: 'Troppe poche risposte per calcolare questa dimensione.',
  whereToStart: 'Da dove cominciare',
  noScore: '–',
  team: 'Vista del team',
  groupScores: 'Punteggi per gruppo',
  group: 'Gruppo',
  people: 'persone',
  hiddenRoles: 'Non mostrati da soli',
  hiddenOutcome: {
    POOLED: 'meno di {min} persone: contati con gli altri ruoli piccoli',
    OMITTED: 'meno di {min} persone anche accorpati: esclusi dalle viste per gruppo',
  },
  perceptionGaps: 'Le maggiori differenze di percezione',
  gap: 'Differenza',
  agenda: 'Ordine del giorno della riunione',
  agendaPrompts: {
    COMPARE_CASES: '{roleA} dice {levelA}, {roleB} dice {levelB}. Portate un caso concreto recente e lasciate che ogni parte spieghi che cosa vede.',
    MIRROR_WITH_PARTNER: '{roleA} dice {levelA}, {roleB} dice {levelB}. Rispecchiatelo con il partner: ogni parte descrive come lavora l’altra, poi confrontate. Chiamarla partnership non la rende tale.',
    SETTLE_WITHIN_GROUP: 'In {role} le risposte sono molto distanti (dispersione {spread}). Lasciate che il gruppo si accordi prima su che cosa è vero, poi confrontate con gli altri.',
  },
  recommendations: 'Raccomandazioni',
  topRecommendations: 'Raccomandazioni principali',
  noRecommendations: 'Nessuna raccomandazione.',
  status: { PROPOSED: 'Proposta', ACCEPTED: 'Accettata', DISMISSED: 'Scartata', DONE: 'Fatta' },
  horizon: { QUICK_WIN: 'Risultati rapidi (entro 30 giorni)', NEXT_90_DAYS: 'Prossimi 90 giorni', STRATEGIC: 'Strategiche (6–12 mesi)' },
  priority: 'Priorità',
  dismissReason: 'Motivo',
  handWritten: 'Aggiunta dal consulente',
  actionPlan: 'Piano d’azione',
  actionItem: 'Azione',
  owner: 'Responsabile',
  dueDate: 'Scadenza',
  done: 'Fatta',
  open: 'Aperta',
  noActionItems: 'Ancora nessuna azione.',
  appendix: 'Appendice: risposte e commenti',
  appendixIntro: 'Livello medio per gruppo (0–4) dove un gruppo ha almeno {min} persone; commenti senza nomi.',
  consensus: {
    title: 'Consenso del workshop',
    intro: 'Le risposte concordate dalla sala nel workshop ({count} domande), con un punteggio a sé.',
    score: 'Consenso',
    individual: 'Risposte individuali',
    difference: 'Differenza',
    agreedAnswers: 'Risposte concordate',
    note: 'Nota',
  },
  comments: 'Commenti',
  answeredBy: 'risposte di {count}',
  roles: {
    MANAGEMENT: 'Titolare o direzione', SALES: 'Vendite', OPERATIONS: 'Operations', MARKETING: 'Marketing', CUSTOMER_CARE: 'Customer care',
    PARTNER: 'Partner di outsourcing', OTHER: 'Altro', POOLED: 'Ruoli piccoli accorpati', CLIENT: 'Lato cliente',
  },
};

const nl: ReportLabels = {
  documentTitle: 'Check-up van outsourcing en marketing',
  selfAssessment: 'Zelfevaluatie',
  checkup: 'Check-up',
  preparedFor: 'Opgesteld voor {name}',
  scoredOn: 'Berekend op {date}',
  questionnaire: 'Vragenlijst',
  respondents: 'Respondenten',
  page: 'Pagina',
  downloadPdf: 'PDF downloaden',
  print: 'Afdrukken',
  summary: 'Samenvatting',
  overallScore: 'Totaalscore',
  maturityLevel: 'Volwassenheidsniveau',
  holismIndex: 'Samenhangindex',
  customerFocusStage: 'Fase van klantgerichtheid',
  outOf100: 'van 100',
  stageOf4: 'fase {stage} van 4',
  confidence: {
    HIGH: 'Betrouwbaarheid: hoog — dit resultaat steunt op antwoorden op de meeste vragen.',
    MEDIUM: 'Betrouwbaarheid: gemiddeld — een deel van dit resultaat steunt op onbeantwoorde vragen of “weet niet”.',
    LOW: 'Betrouwbaarheid: laag — minder dan de helft van de vragen heeft een echt antwoord.',
  },
  strongest: 'Sterkste gebieden',
  weakest: 'Zwakste gebieden',
  holdsTogether: 'De gebieden liggen binnen één niveau van elkaar: de delen hangen samen.',
  strongParts: 'Sterke delen',
  weakParts: 'Zwakke delen',
  flags: 'Aandachtspunten',
  profile: 'Profiel',
  profileTable: 'Scores per dimensie',
  dimension: 'Dimensie',
  score: 'Score',
  target: 'Doel',
  previous: 'Vorige check-up',
  dimensions: 'Dimensies',
  answered: 'Beantwoord',
  insufficientData: 'Te weinig antwoorden om deze dimensie te scoren.',
  whereToStart: 'Waar te beginnen',
  noScore: '–',
  team: 'Teamweergave',
  groupScores: 'Scores per groep',
  group: 'Groep',
  people: 'personen',
  hiddenRoles: 'Niet apart getoond',
  hiddenOutcome: {
    POOLED: 'minder dan {min} personen: meegeteld met de andere kleine rollen',
    OMITTED: 'minder dan {min} personen, ook samen: weggelaten uit de groepsweergaven',
  },
  perceptionGaps: 'Grootste verschillen in perceptie',
  gap: 'Verschil',
  agenda: 'Agenda voor het overleg',
  agendaPrompts: {
    COMPARE_CASES: '{roleA} zegt {levelA}, {roleB} zegt {levelB}. Neem één recent concreet geval mee en laat elke kant uitleggen wat zij ziet.',
    MIRROR_WITH_PARTNER: '{roleA} zegt {levelA}, {roleB} zegt {levelB}. Spiegel het met de partner: elke kant beschrijft hoe de ander werkt, vergelijk daarna. Het een partnerschap noemen maakt het er nog geen.',
    SETTLE_WITHIN_GROUP: 'Binnen {role} liggen de antwoorden ver uit elkaar (spreiding {spread}). Laat de groep eerst afstemmen wat klopt, en vergelijk daarna met de anderen.',
  },
  recommendations: 'Aanbevelingen',
  topRecommendations: 'Belangrijkste aanbevelingen',
  noRecommendations: 'Geen aanbevelingen.',
  status: { PROPOSED: 'Voorgesteld', ACCEPTED: 'Aanvaard', DISMISSED: 'Afgewezen', DONE: 'Gedaan' },
  horizon: { QUICK_WIN: 'Quick wins (binnen 30 dagen)', NEXT_90_DAYS: 'Komende 90 dagen', STRATEGIC: 'Strategisch (6–12 maanden)' },
  priority: 'Prioriteit',
  dismissReason: 'Reden',
  handWritten: 'Toegevoegd door de consultant',
  actionPlan: 'Actieplan',
  actionItem: 'Actie',
  owner: 'Eigenaar',
  dueDate: 'Uiterlijk',
  done: 'Gedaan',
  open: 'Open',
  noActionItems: 'Nog geen acties.',
  appendix: 'Bijlage: antwoorden en opmerkingen',
  appendixIntro: 'Gemiddeld niveau per groep (0–4) waar een groep minstens {min} personen telt; opmerkingen zonder namen.',
  consensus: {
    title: 'Consensus van de workshop',
    intro: 'De antwoorden waarover de zaal het in de workshop eens werd ({count} vragen), apart gescoord.',
    score: 'Consensus',
    individual: 'Individuele antwoorden',
    difference: 'Verschil',
    agreedAnswers: 'Afgesproken antwoorden',
    note: 'Notitie',
  },
  comments: 'Opmerkingen',
  answeredBy: 'beantwoord door {count}',
  roles: {
    MANAGEMENT: 'Eigenaar of directie', SALES: 'Sales', OPERATIONS: 'Operations', MARKETING: 'Marketing', CUSTOMER_CARE: 'Klantenservice',
    PARTNER: 'Outsourcingpartner', OTHER: 'Anders', POOLED: 'Kleine rollen samen', CLIENT: 'Klantzijde',
  },
};

const fa: ReportLabels = {
  documentTitle: 'ارزیابی برون‌سپاری و بازاریابی',
  selfAssessment: 'خودارزیابی',
  checkup: 'ارزیابی',
  preparedFor: 'تهیه‌شده برای {name}',
  scoredOn: 'محاسبه‌شده در {date}',
  questionnaire: 'پرسش‌نامه',
  respondents: 'پاسخ‌دهندگان',
  page: 'صفحه',
  downloadPdf: 'دریافت PDF',
  print: 'چاپ',
  summary: 'خلاصه',
  overallScore: 'امتیاز کلی',
  maturityLevel: 'سطح بلوغ',
  holismIndex: 'شاخص کل‌نگری',
  customerFocusStage: 'مرحلهٔ تمرکز بر مشتری',
  outOf100: 'از ۱۰۰',
  stageOf4: 'مرحلهٔ {stage} از ۴',
  confidence: {
    HIGH: 'اطمینان: بالا — این نتیجه بر پاسخ بیشتر پرسش‌ها استوار است.',
    MEDIUM: 'اطمینان: متوسط — بخشی از این نتیجه بر پرسش‌های بی‌پاسخ یا «نمی‌دانم» استوار است.',
    LOW: 'اطمینان: پایین — کمتر از نیمی از پرسش‌ها پاسخ واقعی دارند.',
  },
  strongest: 'قوی‌ترین حوزه‌ها',
  weakest: 'ضعیف‌ترین حوزه‌ها',
  holdsTogether: 'فاصلهٔ حوزه‌ها از یکدیگر کمتر از یک سطح است: اجزا با هم منسجم‌اند.',
  strongParts: 'اجزای قوی',
  weakParts: 'اجزای ضعیف',
  flags: 'نکته‌های قابل توجه',
  profile: 'نیم‌رخ',
  profileTable: 'امتیاز هر حوزه',
  dimension: 'حوزه',
  score: 'امتیاز',
  target: 'هدف',
  previous: 'ارزیابی قبلی',
  dimensions: 'حوزه‌ها',
  answered: 'پاسخ‌داده',
  insufficientData: 'پاسخ‌ها برای محاسبهٔ امتیاز این حوزه کافی نیست.',
  whereToStart: 'از کجا شروع کنیم',
  noScore: '–',
  team: 'نمای تیم',
  groupScores: 'امتیاز هر گروه',
  group: 'گروه',
  people: 'نفر',
  hiddenRoles: 'به‌تنهایی نشان داده نمی‌شوند',
  hiddenOutcome: {
    POOLED: 'کمتر از {min} نفر: همراه با دیگر نقش‌های کوچک شمرده می‌شوند',
    OMITTED: 'حتی با هم کمتر از {min} نفر: از نماهای گروهی کنار گذاشته شده‌اند',
  },
  perceptionGaps: 'بزرگ‌ترین تفاوت‌های برداشت',
  gap: 'تفاوت',
  agenda: 'دستور جلسه',
  agendaPrompts: {
    COMPARE_CASES: '{roleA} می‌گوید {levelA}، {roleB} می‌گوید {levelB}. یک نمونهٔ واقعی و تازه بیاورید و بگذارید هر طرف توضیح دهد چه می‌بیند.',
    MIRROR_WITH_PARTNER: '{roleA} می‌گوید {levelA}، {roleB} می‌گوید {levelB}. آن را با شریک بازتاب دهید: هر طرف توضیح دهد طرف دیگر چگونه کار می‌کند، سپس مقایسه کنید. نام مشارکت گذاشتن، آن را مشارکت نمی‌کند.',
    SETTLE_WITHIN_GROUP: 'درون {role} پاسخ‌ها از هم بسیار دورند (پراکندگی {spread}). بگذارید گروه اول دربارهٔ واقعیت به توافق برسد و بعد با دیگران مقایسه کنید.',
  },
  recommendations: 'توصیه‌ها',
  topRecommendations: 'مهم‌ترین توصیه‌ها',
  noRecommendations: 'توصیه‌ای وجود ندارد.',
  status: { PROPOSED: 'پیشنهادشده', ACCEPTED: 'پذیرفته‌شده', DISMISSED: 'کنارگذاشته', DONE: 'انجام‌شده' },
  horizon: { QUICK_WIN: 'دستاوردهای سریع (تا ۳۰ روز)', NEXT_90_DAYS: '۹۰ روز آینده', STRATEGIC: 'راهبردی (۶ تا ۱۲ ماه)' },
  priority: 'اولویت',
  dismissReason: 'دلیل',
  handWritten: 'افزوده‌شده توسط مشاور',
  actionPlan: 'برنامهٔ اقدام',
  actionItem: 'اقدام',
  owner: 'مسئول',
  dueDate: 'مهلت',
  done: 'انجام‌شده',
  open: 'باز',
  noActionItems: 'هنوز اقدامی ثبت نشده است.',
  appendix: 'پیوست: پاسخ‌ها و نظرها',
  appendixIntro: 'میانگین سطح هر گروه (۰ تا ۴) در جایی که گروه دست‌کم {min} نفر دارد؛ نظرها بدون نام.',
  consensus: {
    title: 'توافق کارگاه',
    intro: 'پاسخ‌هایی که جمع در کارگاه بر آن‌ها توافق کرد ({count} پرسش)، جداگانه امتیازدهی‌شده.',
    score: 'توافق',
    individual: 'پاسخ‌های فردی',
    difference: 'تفاوت',
    agreedAnswers: 'پاسخ‌های توافق‌شده',
    note: 'یادداشت',
  },
  comments: 'نظرها',
  answeredBy: 'پاسخ {count} نفر',
  roles: {
    MANAGEMENT: 'مالک یا مدیریت ارشد', SALES: 'فروش', OPERATIONS: 'عملیات', MARKETING: 'بازاریابی', CUSTOMER_CARE: 'خدمات مشتریان',
    PARTNER: 'شریک برون‌سپاری', OTHER: 'سایر', POOLED: 'نقش‌های کوچک با هم', CLIENT: 'طرف مشتری',
  },
};

export const REPORT_LABELS: Readonly<Record<Locale, ReportLabels>> = { en, it, nl, fa };

/** Fills `{name}` placeholders; unknown ones stay visible rather than vanish. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A number as the report's language writes it (Persian digits in Persian), at most one decimal. */
export function formatReportNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(value);
}

/** A score as every rendering of the report shows it: in the report's digits, or "no score" (–) when there is none. */
export function formatReportScore(value: number | null, locale: Locale, fractionDigits = 0): string {
  return value === null ? REPORT_LABELS[locale].noScore : formatReportNumber(value, locale, fractionDigits);
}

/** A date (ISO 8601) as the report's language writes it. */
export function formatReportDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}
