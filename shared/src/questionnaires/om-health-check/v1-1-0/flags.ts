import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';
import type { Condition } from '../../../domain/condition.schema.js';

type FlagDefinitionInput = QuestionnaireDefinition['flags'][number];

/**
 * A customer-focus stage counts as practised from a tag score of 60 (of 100), i.e. a mean
 * answer around level 2.4: a documented practice that is used, not just intended.
 */
const STAGE_PRACTISED = 60;

/**
 * An earlier stage counts as skipped only when it is clearly short: under 51.7, more than one answer
 * step (25 ÷ 3 questions ≈ 8.3) below the threshold. A stage one step short is near, not skipped,
 * and gets its own advice (`finish-the-earlier-stage`), not a "rebuild the foundations" alarm.
 */
const STAGE_CLEARLY_SHORT = 51.7;

/** True when a later stage is practised while an earlier one is clearly not (seed 003). */
function stageSkipped(later: 2 | 3 | 4, earlier: 1 | 2 | 3): Condition {
  return {
    all: [
      { tag: `stage-${later}`, score: { gte: STAGE_PRACTISED } },
      { tag: `stage-${earlier}`, score: { lt: STAGE_CLEARLY_SHORT } },
    ],
  };
}

/** The ten red flags of DESIGN §4. Question scores are 0–4 maturity levels. */
export const omHealthCheckFlags: FlagDefinitionInput[] = [
  {
    id: 'ECOMMERCE_WITHOUT_CUSTOMER_CARE',
    severity: 'HIGH',
    message: {
      en: 'You sell online (or plan to) without quality customer care and the resources to run it. Seed 000: there is no point in adding e-commerce just to sell products — the project is only competitive when customer care is planned with it.',
      it: "L'azienda vende online (o prevede di farlo) senza un customer care di qualità e senza le risorse per gestirlo. Fonte 000: è inutile inserire un e-commerce solo per vendere prodotti — il progetto è competitivo solo se il customer care viene pianificato insieme.",
      nl: 'U verkoopt online (of bent dat van plan) zonder goede klantenservice en zonder de mensen en middelen om die te leveren. Bron 000: het heeft geen zin een webshop toe te voegen alleen om producten te verkopen – het project is pas concurrerend als de klantenservice er meteen bij wordt gepland.',
      fa: 'شما آنلاین می‌فروشید (یا قصد آن را دارید) بدون آن‌که خدمات مشتریان باکیفیت و منابع لازم برای ادارهٔ آن را داشته باشید. منبع ۰۰۰: افزودن فروشگاه اینترنتی فقط برای فروش محصولات فایده‌ای ندارد؛ پروژه تنها زمانی رقابتی است که خدمات مشتریان همراه با آن برنامه‌ریزی شود.',
    },
    // "planned" counts: the seed warns precisely about adding an e-commerce channel, so the
    // flag must reach companies before launch, when the plan can still change.
    condition: {
      all: [
        { question: 'sells-online', is: ['yes', 'planned'] },
        {
          any: [
            { question: 'ecommerce-customer-care', score: { lt: 2 } },
            { all: [{ question: 'ecommerce-resources', score: { lt: 2 } }, { question: 'ecommerce-customer-care', score: { lt: 3 } }] },
          ],
        },
      ],
    },
    seeds: ['000_771def5f3f0c7c25.txt'],
  },
  {
    id: 'MARKETING_DEFERRED',
    severity: 'HIGH',
    message: {
      en: 'Marketing is treated as something to think about later, after the sales push. Seed 000 quotes exactly this anti-pattern: marketing must be planned together with sales and understood in its links with the other functions.',
      it: 'Il marketing viene trattato come qualcosa a cui pensare dopo, una volta spinte le vendite. La fonte 000 cita proprio questo errore («al marketing ci penseremo con calma»): il marketing va pianificato insieme alle vendite e compreso nei suoi legami con le altre funzioni.',
      nl: 'Marketing wordt behandeld als iets voor later, na het verkoopoffensief. Bron 000 citeert precies dit verkeerde patroon: marketing moet samen met de verkoop worden gepland en worden begrepen in samenhang met de andere afdelingen.',
      fa: 'بازاریابی کاری تلقی می‌شود که باید بعد از فشار فروش به آن فکر کرد. منبع ۰۰۰ دقیقاً همین الگوی نادرست را نقل می‌کند: بازاریابی باید همراه با فروش برنامه‌ریزی شود و در پیوند با سایر کارکردهای سازمان درک شود.',
    },
    condition: {
      any: [
        { question: 'marketing-with-sales-plan', score: { lt: 2 } },
        {
          all: [
            { question: 'marketing-process-interrelations', score: { lt: 2 } },
            { question: 'communication-checkup', score: { lt: 2 } },
          ],
        },
      ],
    },
    seeds: ['000_771def5f3f0c7c25.txt'],
  },
  {
    id: 'RIGID_BUYER_SELLER',
    severity: 'HIGH',
    message: {
      en: 'The relationship is run as a buyer–seller deal: at least two of KPIs, contract terms, financial model and the response to a missed KPI are rigid. Seed 002: this stops the provider from changing gears as your needs change, whatever the contract calls it.',
      it: "La relazione è gestita come un rapporto tra acquirente e venditore: almeno due elementi tra KPI, clausole contrattuali, modello economico e reazione a un KPI mancato sono rigidi. Fonte 002: questo impedisce al fornitore di cambiare marcia al mutare delle esigenze dell'azienda, qualunque nome le dia il contratto.",
      nl: "De relatie wordt gevoerd als een koper-verkoperrelatie: minstens twee van de vier – KPI's, contractvoorwaarden, financieel model en de reactie op een gemiste KPI – zijn star. Bron 002: dat belet de leverancier om mee te schakelen als uw behoeften veranderen, hoe het contract de relatie ook noemt.",
      fa: 'رابطه مانند معامله‌ای میان خریدار و فروشنده اداره می‌شود: دست‌کم دو مورد از میان شاخص‌های کلیدی عملکرد (KPI)، شرایط قرارداد، مدل مالی و واکنش به تحقق‌نیافتن یک KPI انعطاف‌ناپذیر است. منبع ۰۰۲: این وضعیت، هر نامی که قرارداد بر این رابطه بگذارد، مانع می‌شود که تأمین‌کننده خود را با نیازهای در حال تغییر شما هماهنگ کند.',
    },
    // Two rigid levers out of four: one alone can be a deliberate choice, two make a pattern.
    condition: {
      any: [
        { all: [{ question: 'partner-kpi-flexibility', score: { lt: 2 } }, { question: 'contract-flexibility', score: { lt: 2 } }] },
        { all: [{ question: 'partner-kpi-flexibility', score: { lt: 2 } }, { question: 'financial-model-flexibility', score: { lt: 2 } }] },
        { all: [{ question: 'partner-kpi-flexibility', score: { lt: 2 } }, { question: 'kpi-miss-response', score: { lt: 2 } }] },
        { all: [{ question: 'contract-flexibility', score: { lt: 2 } }, { question: 'financial-model-flexibility', score: { lt: 2 } }] },
        { all: [{ question: 'contract-flexibility', score: { lt: 2 } }, { question: 'kpi-miss-response', score: { lt: 2 } }] },
        { all: [{ question: 'financial-model-flexibility', score: { lt: 2 } }, { question: 'kpi-miss-response', score: { lt: 2 } }] },
      ],
    },
    seeds: ['002_454879f926d32761.txt'],
  },
  {
    id: 'NO_SALES_OPS_DIALOGUE',
    severity: 'HIGH',
    message: {
      en: 'Sales and Operations have no regular dialogue: they meet only when things go wrong and do not look back at concrete cases or challenge each other. Seed 004 calls this dialogue — sparring and mirroring in a fixed meeting structure — the most essential step to alignment.',
      it: "Vendite e operations non hanno un dialogo regolare: si incontrano solo quando qualcosa va storto, non riesaminano casi concreti e non si mettono in discussione a vicenda. La fonte 004 considera questo dialogo — confronto aperto e rispecchiamento reciproco in una struttura fissa di riunioni — il passo più essenziale verso l'allineamento.",
      nl: 'Sales en Operations voeren geen regelmatige dialoog: ze zien elkaar alleen als er iets misgaat, kijken niet terug op concrete cases en dagen elkaar niet uit. Bron 004 noemt deze dialoog – sparren en spiegelen in een vaste overlegstructuur – de meest essentiële stap naar afstemming.',
      fa: 'فروش و عملیات گفت‌وگوی منظمی با هم ندارند: فقط وقتی مشکلی پیش می‌آید با هم جلسه می‌گذارند، موردهای مشخص گذشته را مرور نمی‌کنند و یکدیگر را به چالش نمی‌کشند. منبع ۰۰۴ این گفت‌وگو را (هم‌اندیشی چالشی و آینه‌داری در ساختار ثابتی از جلسات) اساسی‌ترین گام به سوی هم‌راستایی می‌داند.',
    },
    condition: {
      all: [
        { question: 'sales-ops-meeting-structure', score: { lt: 2 } },
        {
          any: [
            { question: 'concrete-cases-review', score: { lt: 2 } },
            { question: 'sparring-mirroring', score: { lt: 2 } },
          ],
        },
      ],
    },
    seeds: ['004_4f64f7360c716017.txt'],
  },
  {
    id: 'STRATEGY_NOT_TRANSLATED',
    severity: 'HIGH',
    message: {
      en: 'The strategy is not translated into what each function does: objectives and operational plans are not derived from it, or it exists on paper but teams describe it differently. Seed 004: setting strategy is not enough — sharing it unambiguously and translating it carefully is at least as important.',
      it: 'La strategia non viene tradotta in ciò che fa ciascuna funzione: obiettivi e piani operativi non ne derivano, oppure esiste sulla carta ma i team la descrivono in modi diversi. Fonte 004: definire la strategia non basta — condividerla in modo univoco e tradurla con cura è almeno altrettanto importante.',
      nl: 'De strategie wordt niet vertaald naar wat elke afdeling doet: doelen en operationele plannen zijn er niet van afgeleid, of de strategie bestaat op papier maar teams beschrijven haar elk anders. Bron 004: strategie bepalen is niet genoeg – haar eenduidig delen en zorgvuldig vertalen is minstens zo belangrijk.',
      fa: 'راهبرد به کاری که هر واحد انجام می‌دهد ترجمه نشده است: اهداف و برنامه‌های عملیاتی از آن استخراج نمی‌شوند، یا راهبرد روی کاغذ وجود دارد اما تیم‌ها آن را به شکل‌های متفاوتی توصیف می‌کنند. منبع ۰۰۴: تعیین راهبرد کافی نیست؛ به اشتراک گذاشتن بی‌ابهام و ترجمهٔ دقیق آن دست‌کم به همان اندازه اهمیت دارد.',
    },
    condition: {
      any: [
        { question: 'strategy-translated-functions', score: { lt: 2 } },
        {
          all: [
            { question: 'strategy-documented', score: { gte: 2 } },
            {
              any: [
                { question: 'strategy-shared-unambiguously', score: { lt: 2 } },
                { question: 'operational-plan-from-strategy', score: { lt: 2 } },
              ],
            },
          ],
        },
      ],
    },
    seeds: ['004_4f64f7360c716017.txt', '001_036e9d3a361eeafd.txt'],
  },
  {
    id: 'PRODUCT_CENTRIC_CUSTOMER_DATA',
    severity: 'MEDIUM',
    message: {
      en: 'Customer data is organised by product, order or region rather than by customer, or interactions are not collected in one place. Seed 003: this is the first stage of customer focus, and every later stage rests on it.',
      it: "I dati dei clienti sono organizzati per prodotto, ordine o area anziché per cliente, oppure le interazioni non sono raccolte in un unico luogo. Fonte 003: questa è la prima fase dell'orientamento al cliente, e tutte le fasi successive poggiano su di essa.",
      nl: 'Klantdata is geordend per product, order of regio in plaats van per klant, of interacties worden niet op één plek verzameld. Bron 003: dit is de eerste fase van klantgerichtheid, en elke volgende fase bouwt daarop voort.',
      fa: 'داده‌های مشتریان به‌جای مشتری، بر اساس محصول، سفارش یا منطقه سازمان یافته‌اند، یا تعامل‌ها در یک جا گردآوری نمی‌شوند. منبع ۰۰۳: این نخستین مرحلهٔ تمرکز بر مشتری است و همهٔ مراحل بعدی بر آن استوارند.',
    },
    condition: {
      any: [
        { question: 'data-organised-by-customer', score: { lt: 2 } },
        { all: [{ question: 'customer-repository', score: { lt: 2 } }, { question: 'data-organised-by-customer', score: { lt: 3 } }] },
      ],
    },
    seeds: ['003_50109f7b1aff138e.txt'],
  },
  {
    id: 'SHORT_TERM_OUTSOURCING',
    severity: 'HIGH',
    message: {
      en: 'Outsourcing is planned year by year or job by job, with attention only to operations. Seed 000: outsourcing is advantageous and sustainable for all parties only with medium- to long-term programming.',
      it: "L'outsourcing viene pianificato anno per anno o commessa per commessa, con attenzione ai soli aspetti operativi. Fonte 000: l'outsourcing è vantaggioso e sostenibile per tutte le parti solo con una programmazione a medio o lungo termine.",
      nl: 'Outsourcing wordt per jaar of per opdracht gepland, met alleen aandacht voor de uitvoering. Bron 000: outsourcing is alleen voordelig en duurzaam voor alle partijen met een planning op middellange tot lange termijn.',
      fa: 'برون‌سپاری سال به سال یا کار به کار برنامه‌ریزی می‌شود و توجه فقط به جنبه‌های عملیاتی است. منبع ۰۰۰: برون‌سپاری تنها با برنامه‌ریزی میان‌مدت تا بلندمدت برای همهٔ طرف‌ها سودمند و پایدار است.',
    },
    condition: {
      any: [
        { question: 'outsourcing-horizon', score: { lt: 2 } },
        { all: [{ question: 'outsourcing-horizon', score: { lt: 3 } }, { question: 'relationship-goals-defined', score: { lt: 2 } }] },
      ],
    },
    seeds: ['000_771def5f3f0c7c25.txt'],
  },
  {
    id: 'UNVERIFIED_PARTNER_COMPETENCE',
    severity: 'MEDIUM',
    message: {
      en: 'The partner\'s competences in the agreed roles are assumed rather than verified. Seed 000: an outsourcing management relationship presupposes certified competences of the partner in the agreed roles.',
      it: 'Le competenze del partner nei ruoli concordati vengono date per scontate invece di essere verificate. Fonte 000: una relazione di Outsourcing Management presuppone competenze certificate del partner nei ruoli concordati.',
      nl: 'De competenties van de partner in de afgesproken rollen worden verondersteld in plaats van getoetst. Bron 000: een relatie op basis van outsourcing management veronderstelt gecertificeerde competenties van de partner in de afgesproken rollen.',
      fa: 'شایستگی‌های شریک در نقش‌های توافق‌شده به‌جای راستی‌آزمایی، مفروض گرفته می‌شود. منبع ۰۰۰: رابطهٔ مدیریت برون‌سپاری مستلزم شایستگی‌های گواهی‌شدهٔ شریک در نقش‌های توافق‌شده است.',
    },
    // "Don't know" already counts as 0; a separate don't-know branch would fire when those who
    // run the relationship verify competences and only a newcomer does not know (a knowledge gap).
    condition: { question: 'partner-certified-competences', score: { lt: 2 } },
    seeds: ['000_771def5f3f0c7c25.txt'],
  },
  {
    id: 'STAGE_SKIPPING',
    severity: 'MEDIUM',
    message: {
      en: 'Later customer-focus practices (analytics, prediction, insight in daily decisions) run without the earlier stages in place. Seed 003: skipping stages deprives the company of the foundation that lasting customer-centric thinking needs, and CRM money is spent less wisely.',
      it: "Pratiche avanzate di orientamento al cliente (analisi, previsione, conoscenza del cliente nelle decisioni quotidiane) sono attive senza che le fasi precedenti siano consolidate. Fonte 003: saltare le fasi priva l'azienda delle fondamenta di cui ha bisogno una cultura duratura orientata al cliente, e gli investimenti in CRM vengono spesi in modo meno oculato.",
      nl: 'Latere praktijken van klantgerichtheid (analyse, voorspelling, inzicht in dagelijkse beslissingen) draaien zonder dat de eerdere fasen op orde zijn. Bron 003: wie fasen overslaat, mist het fundament dat duurzaam klantgericht denken nodig heeft, en besteedt het CRM-budget minder verstandig.',
      fa: 'رویه‌های مراحل بالاتر تمرکز بر مشتری (تحلیل، پیش‌بینی، به‌کارگیری شناخت مشتری در تصمیم‌های روزانه) بدون استقرار مراحل پیشین اجرا می‌شوند. منبع ۰۰۳: حذف مراحل، شرکت را از زیربنایی که تفکر پایدار مشتری‌محور به آن نیاز دارد محروم می‌کند و بودجهٔ CRM کمتر عاقلانه خرج می‌شود.',
    },
    condition: {
      any: [
        stageSkipped(2, 1),
        stageSkipped(3, 1),
        stageSkipped(3, 2),
        stageSkipped(4, 1),
        stageSkipped(4, 2),
        stageSkipped(4, 3),
      ],
    },
    seeds: ['003_50109f7b1aff138e.txt'],
  },
  {
    id: 'KNOWLEDGE_GAP',
    severity: 'MEDIUM',
    message: {
      en: 'One in five answers or more was "don\'t know". Not knowing how your own outsourcing, marketing and planning work is itself a finding: those who run them do not share the picture, and the scores rest on less than it seems. This is the check-up\'s own finding.',
      it: 'Almeno una risposta su cinque è stata «non lo so». Non sapere come funzionano outsourcing, marketing e pianificazione nella propria azienda è già di per sé un risultato: chi li gestisce non condivide il quadro, e i punteggi poggiano su basi più deboli di quanto sembri. È un risultato del check-up stesso.',
      nl: 'Minstens één op de vijf antwoorden was ‘weet ik niet’. Niet weten hoe uw eigen outsourcing, marketing en planning werken, is op zich al een bevinding: wie ze aanstuurt, deelt het beeld niet, en de scores rusten op minder dan het lijkt. Dit is een bevinding van de check-up zelf.',
      fa: 'دست‌کم یک پاسخ از هر پنج پاسخ «نمی‌دانم» بوده است. ندانستن این‌که برون‌سپاری، بازاریابی و برنامه‌ریزی در سازمان خودتان چگونه کار می‌کند، خود یک یافته است: کسانی که این امور را اداره می‌کنند تصویر مشترکی ندارند و امتیازها بر پایه‌ای سست‌تر از آنچه به نظر می‌رسد استوارند. این یافتهٔ خودِ چکاپ است.',
    },
    // 20 %: about eleven of the 55 questions for one respondent — more than a whole dimension's
    // worth. Below that, scattered "don't know"s are normal for a single role; above it, scores
    // and flags stand on too little and the gap itself becomes the first thing to discuss.
    condition: { dontKnowShare: { gte: 20 } },
    seeds: ['000_771def5f3f0c7c25.txt', '004_4f64f7360c716017.txt'],
  },
];
