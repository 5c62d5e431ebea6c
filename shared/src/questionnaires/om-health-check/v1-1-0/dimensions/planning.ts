import type { QuestionnaireDefinition } from '../../../../domain/questionnaire.schema.js';
import type { RespondentRole } from '../../../../domain/vocabulary.js';
import { PLANNING_ROLES } from '../roles.js';

type DimensionDefinition = QuestionnaireDefinition['dimensions'][number];

/** The client's internal planning routines; the partner is asked only about its own part in them. */
const INTERNAL_ROLES: RespondentRole[] = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'OTHER'];

/**
 * Operational planning & S&OP (seed 001): the strategic plan turned into a weekly or daily
 * plan with milestones, sales operations, consensus on demand and supply, real-time data, AI/ML.
 */
export const planningDimension: DimensionDefinition = {
  id: 'planning',
  title: {
    en: 'Operational planning & S&OP',
    it: 'Pianificazione operativa e S&OP',
    nl: 'Operationele planning en S&OP',
    fa: 'برنامه‌ریزی عملیاتی و برنامه‌ریزی فروش و عملیات (S&OP)',
  },
  description: {
    en: 'Whether the strategic plan is turned into weekly or daily team plans with milestones, whether a sales operations function supports the sales force, and whether sales and operations planning (S&OP) builds consensus on demand and supply with real-time data and, where it pays, AI and machine learning.',
    it: 'Se il piano strategico viene tradotto in piani settimanali o giornalieri per ogni team, con traguardi precisi; se una funzione di sales operations supporta la forza vendita; e se la pianificazione delle vendite e delle operations (S&OP) costruisce il consenso sul bilanciamento tra domanda e offerta, con dati in tempo reale e, dove conviene, intelligenza artificiale e machine learning.',
    nl: 'Of het strategisch plan wordt vertaald naar week- of dagplannen per team met mijlpalen, of een sales-operationsfunctie het verkoopteam ondersteunt, en of Sales & Operations Planning (S&OP) met realtime data – en waar het loont met AI en machine learning – draagvlak creëert voor de balans tussen vraag en aanbod.',
    fa: 'این‌که آیا برنامهٔ راهبردی به برنامه‌های هفتگی یا روزانهٔ تیم‌ها با نقاط عطف مشخص تبدیل می‌شود، آیا واحدی برای عملیات فروش از نیروی فروش پشتیبانی می‌کند، و آیا برنامه‌ریزی فروش و عملیات (S&OP) با داده‌های بلادرنگ و، هر جا که صرفه داشته باشد، با هوش مصنوعی و یادگیری ماشین، بر سر توازن عرضه و تقاضا اجماع ایجاد می‌کند.',
  },
  weight: 1.5,
  weightRationale: {
    en: 'Seed 001 supplies the mechanics that carry strategy into daily work; they matter, but they serve the strategy and the partnership rather than replace them, so this dimension weighs a little less than the others.',
    it: "La fonte 001 fornisce i meccanismi che portano la strategia nel lavoro quotidiano: sono importanti, ma sono al servizio della strategia e della partnership e non possono sostituirle; per questo questa dimensione pesa un po' meno delle altre.",
    nl: 'Bron 001 levert de mechanismen die de strategie naar het dagelijkse werk brengen. Die zijn belangrijk, maar ze dienen de strategie en het partnerschap in plaats van die te vervangen; daarom weegt deze dimensie iets minder zwaar dan de andere.',
    fa: 'منبع ۰۰۱ سازوکارهایی را ارائه می‌دهد که راهبرد را به کار روزمره می‌رسانند؛ این سازوکارها مهم‌اند، اما در خدمت راهبرد و مشارکت هستند و جایگزین آن‌ها نمی‌شوند؛ از این رو وزن این بُعد اندکی کمتر از سایر ابعاد است.',
  },
  seeds: ['001_036e9d3a361eeafd.txt'],
  questions: [
    {
      id: 'operational-plan-from-strategy',
      kind: 'maturity',
      allowNotApplicable: false,
      prompt: {
        en: 'How is the strategic plan turned into an operational plan for each team?',
        it: 'In che modo il piano strategico viene tradotto in un piano operativo per ciascun team?',
        nl: 'Hoe wordt het strategisch plan vertaald naar een operationeel plan per team?',
        fa: 'برنامهٔ راهبردی چگونه به برنامهٔ عملیاتی هر تیم تبدیل می‌شود؟',
      },
      help: {
        en: 'Seed 001: operational planning turns the 3–5-year strategic plan into a detailed map of what each team does every week, or even every day, and which milestones it must reach.',
        it: 'Fonte 001: la pianificazione operativa trasforma il piano strategico a 3–5 anni in una mappa dettagliata di ciò che ogni team fa ogni settimana, o persino ogni giorno, e dei traguardi che deve raggiungere.',
        nl: 'Bron 001: operationele planning vertaalt het strategisch plan voor 3 à 5 jaar naar een gedetailleerd overzicht van wat elk team elke week, of zelfs elke dag, doet en welke mijlpalen het moet halen.',
        fa: 'منبع ۰۰۱: برنامه‌ریزی عملیاتی، برنامهٔ راهبردی ۳ تا ۵ ساله را به نقشه‌ای دقیق تبدیل می‌کند که نشان می‌دهد هر تیم هر هفته، یا حتی هر روز، چه می‌کند و به کدام نقاط عطف باید برسد.',
      },
      levels: [
        {
          en: 'There is no operational plan; teams work from the day\'s urgencies.',
          it: 'Non esiste un piano operativo; i team lavorano inseguendo le urgenze del giorno.',
          nl: 'Er is geen operationeel plan; teams werken vanuit de urgenties van de dag.',
          fa: 'برنامهٔ عملیاتی وجود ندارد؛ تیم‌ها بر اساس کارهای فوری همان روز کار می‌کنند.',
        },
        {
          en: 'Departments have annual budgets, but no plan of activities.',
          it: 'I reparti hanno budget annuali, ma nessun piano delle attività.',
          nl: 'Afdelingen hebben jaarbudgetten, maar geen activiteitenplan.',
          fa: 'واحدها بودجهٔ سالانه دارند، اما برنامهٔ فعالیت ندارند.',
        },
        {
          en: 'Departments have activity plans, but they cannot be traced back to the strategic plan.',
          it: 'I reparti hanno piani di attività, ma non sono riconducibili al piano strategico.',
          nl: 'Afdelingen hebben activiteitenplannen, maar die zijn niet te herleiden tot het strategisch plan.',
          fa: 'واحدها برنامهٔ فعالیت دارند، اما ارتباط این برنامه‌ها با برنامهٔ راهبردی قابل ردیابی نیست.',
        },
        {
          en: 'Each team has an operational plan with activities and milestones derived from the strategic plan.',
          it: 'Ogni team ha un piano operativo con attività e traguardi derivati dal piano strategico.',
          nl: 'Elk team heeft een operationeel plan met activiteiten en mijlpalen die zijn afgeleid van het strategisch plan.',
          fa: 'هر تیم برنامهٔ عملیاتی‌ای دارد با فعالیت‌ها و نقاط عطفی که از برنامهٔ راهبردی استخراج شده‌اند.',
        },
        {
          en: 'The strategic plan is translated into weekly (or daily) activities per team with milestones, and progress is tracked against it.',
          it: "Il piano strategico è tradotto in attività settimanali (o giornaliere) per team, con traguardi, e l'avanzamento viene monitorato rispetto al piano.",
          nl: 'Het strategisch plan is vertaald naar wekelijkse (of dagelijkse) activiteiten per team met mijlpalen, en de voortgang wordt daaraan getoetst.',
          fa: 'برنامهٔ راهبردی به فعالیت‌های هفتگی (یا روزانهٔ) هر تیم با نقاط عطف مشخص تبدیل شده و پیشرفت کار بر اساس آن پایش می‌شود.',
        },
      ],
      tags: ['operational-planning', 'strategy'],
      seeds: ['001_036e9d3a361eeafd.txt'],
      roles: INTERNAL_ROLES,
      weight: 2,
    },
    {
      id: 'milestones-tracked',
      kind: 'maturity',
      allowNotApplicable: false,
      prompt: {
        en: 'How are the milestones in the operational plan followed up?',
        it: 'Come vengono seguiti i traguardi del piano operativo?',
        nl: 'Hoe worden de mijlpalen uit het operationeel plan opgevolgd?',
        fa: 'پیگیری نقاط عطف برنامهٔ عملیاتی چگونه انجام می‌شود؟',
      },
      help: {
        en: 'Seed 001: an operational plan includes the milestones each team or department must reach to put the strategic plan into effect; milestones nobody checks do not steer anything.',
        it: 'Fonte 001: un piano operativo comprende i traguardi che ogni team o reparto deve raggiungere per attuare il piano strategico; traguardi che nessuno verifica non orientano nulla.',
        nl: 'Bron 001: een operationeel plan bevat de mijlpalen die elk team of elke afdeling moet halen om het strategisch plan uit te voeren; mijlpalen die niemand controleert, sturen niets.',
        fa: 'منبع ۰۰۱: برنامهٔ عملیاتی شامل نقاط عطفی است که هر تیم یا واحد برای اجرای برنامهٔ راهبردی باید به آن‌ها برسد؛ نقاط عطفی که کسی بررسی‌شان نکند، هیچ چیزی را هدایت نمی‌کنند.',
      },
      levels: [
        {
          en: 'No milestones are set.',
          it: 'Non sono fissati traguardi.',
          nl: 'Er zijn geen mijlpalen vastgesteld.',
          fa: 'هیچ نقطهٔ عطفی تعیین نشده است.',
        },
        {
          en: 'Milestones exist but are checked only at year end.',
          it: 'I traguardi esistono, ma vengono verificati solo a fine anno.',
          nl: 'Er zijn mijlpalen, maar die worden pas aan het eind van het jaar gecontroleerd.',
          fa: 'نقاط عطف وجود دارند، اما فقط در پایان سال بررسی می‌شوند.',
        },
        {
          en: 'Management checks the milestones once a month.',
          it: 'La direzione verifica i traguardi una volta al mese.',
          nl: 'Het management controleert de mijlpalen eens per maand.',
          fa: 'مدیریت ماهی یک بار نقاط عطف را بررسی می‌کند.',
        },
        {
          en: 'Each team reviews its milestones weekly and reports deviations together with the actions it takes.',
          it: 'Ogni team verifica i propri traguardi ogni settimana e segnala gli scostamenti insieme alle azioni intraprese.',
          nl: 'Elk team bespreekt zijn mijlpalen wekelijks en meldt afwijkingen samen met de acties die het neemt.',
          fa: 'هر تیم هر هفته نقاط عطف خود را مرور می‌کند و انحراف‌ها را همراه با اقداماتی که انجام می‌دهد گزارش می‌کند.',
        },
        {
          en: 'Milestones are visible to every team and to the partner, and a missed one triggers re-planning within days.',
          it: 'I traguardi sono visibili a tutti i team e al partner, e un traguardo mancato fa scattare una ripianificazione entro pochi giorni.',
          nl: 'De mijlpalen zijn zichtbaar voor elk team en voor de partner; een gemiste mijlpaal leidt binnen enkele dagen tot herplanning.',
          fa: 'نقاط عطف برای همهٔ تیم‌ها و برای شریک قابل مشاهده است و نرسیدن به هر یک از آن‌ها، ظرف چند روز به برنامه‌ریزی مجدد می‌انجامد.',
        },
      ],
      tags: ['operational-planning', 'meeting-cadence'],
      seeds: ['001_036e9d3a361eeafd.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 'sales-operations-support',
      kind: 'maturity',
      prompt: {
        en: 'How well is the sales force supported by a sales operations function (data, tools, process, forecasts)?',
        it: 'In che misura la forza vendita è supportata da una funzione di sales operations (dati, strumenti, processi, previsioni)?',
        nl: 'Hoe goed wordt het verkoopteam ondersteund door een sales-operationsfunctie (data, tools, processen, prognoses)?',
        fa: 'نیروی فروش تا چه حد از سوی واحد عملیات فروش پشتیبانی می‌شود (داده، ابزار، فرایند، پیش‌بینی)؟',
      },
      help: {
        en: 'Seed 001: sales operations exist to make the sales organisation fluid and the whole sales process effective, giving account managers a shoulder to lean on — essential now that data volumes and digital buying make selling complex.',
        it: "Fonte 001: le sales operations servono a rendere più fluida l'organizzazione commerciale ed efficace l'intero processo di vendita, offrendo agli account manager una spalla su cui contare — oggi indispensabili, perché la mole di dati e la digitalizzazione degli acquisti rendono la vendita complessa.",
        nl: 'Bron 001: sales operations bestaat om de verkooporganisatie soepel te laten lopen en het hele verkoopproces effectief te maken, zodat accountmanagers op een steunpilaar kunnen terugvallen – onmisbaar nu grote datavolumes en gedigitaliseerde inkoopprocessen het verkopen complex maken.',
        fa: 'منبع ۰۰۱: عملیات فروش برای این است که سازمان فروش روان‌تر و کل فرایند فروش اثربخش‌تر شود و مدیران حساب پشتوانه‌ای داشته باشند که بتوانند به آن تکیه کنند؛ امروز که حجم داده‌ها و خرید دیجیتال فروش را پیچیده کرده است، وجود این واحد ضروری است.',
      },
      levels: [
        {
          en: 'Salespeople handle their own administration, data and quotes.',
          it: 'I venditori gestiscono da soli amministrazione, dati e offerte.',
          nl: 'Verkopers doen zelf hun administratie, data en offertes.',
          fa: 'فروشندگان خودشان کارهای اداری، داده‌ها و پیشنهادهای قیمت را انجام می‌دهند.',
        },
        {
          en: 'There is some administrative support, but nobody owns the sales process or its data.',
          it: "C'è un certo supporto amministrativo, ma nessuno è responsabile del processo di vendita o dei suoi dati.",
          nl: 'Er is enige administratieve ondersteuning, maar niemand is eigenaar van het verkoopproces of de bijbehorende data.',
          fa: 'تا حدی پشتیبانی اداری وجود دارد، اما هیچ‌کس مسئولیت فرایند فروش یا داده‌های آن را بر عهده ندارد.',
        },
        {
          en: 'A sales support team handles administration and reports, focused on salespeople\'s productivity.',
          it: "Un team di supporto alle vendite gestisce amministrazione e report, con l'obiettivo della produttività dei venditori.",
          nl: 'Een sales-supportteam verzorgt administratie en rapportages, gericht op de productiviteit van verkopers.',
          fa: 'یک تیم پشتیبانی فروش کارهای اداری و گزارش‌ها را انجام می‌دهد و تمرکزش بر بهره‌وری فروشندگان است.',
        },
        {
          en: 'Sales operations owns the sales process, CRM data and forecasting, and helps account managers win new customers and projects.',
          it: 'Le sales operations sono responsabili del processo di vendita, dei dati CRM e delle previsioni, e aiutano gli account manager a conquistare nuovi clienti e progetti.',
          nl: 'Sales operations is eigenaar van het verkoopproces, de CRM-data en de forecasting, en helpt accountmanagers nieuwe klanten en projecten binnen te halen.',
          fa: 'واحد عملیات فروش مسئول فرایند فروش، داده‌های CRM و پیش‌بینی فروش است و به مدیران حساب کمک می‌کند مشتریان و پروژه‌های جدید به دست آورند.',
        },
        {
          en: 'Sales operations uses data to keep the whole sales process fluid and effective, and connects sales with operations and marketing planning.',
          it: "Le sales operations usano i dati per mantenere fluido ed efficace l'intero processo di vendita e collegano le vendite alla pianificazione delle operations e del marketing.",
          nl: 'Sales operations gebruikt data om het hele verkoopproces soepel en effectief te houden, en verbindt de verkoop met de planning van Operations en marketing.',
          fa: 'واحد عملیات فروش با استفاده از داده‌ها کل فرایند فروش را روان و اثربخش نگه می‌دارد و فروش را به برنامه‌ریزی عملیات و بازاریابی پیوند می‌دهد.',
        },
      ],
      tags: ['sales-ops', 'analytics'],
      seeds: ['001_036e9d3a361eeafd.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 's-and-op-process',
      kind: 'maturity',
      allowNotApplicable: false,
      prompt: {
        en: 'Is there a sales and operations planning (S&OP) process that reaches consensus on balancing demand and supply?',
        it: 'Esiste un processo di pianificazione delle vendite e delle operations (S&OP) che porta a un consenso sul bilanciamento tra domanda e offerta?',
        nl: 'Is er een proces voor Sales & Operations Planning (S&OP) dat tot overeenstemming leidt over de balans tussen vraag en aanbod?',
        fa: 'آیا فرایند برنامه‌ریزی فروش و عملیات (S&OP) وجود دارد که بر سر ایجاد توازن میان عرضه و تقاضا به اجماع برسد؟',
      },
      help: {
        en: 'Seed 001: S&OP is an integrated management process that builds organisational consensus on balancing demand and supply, and gives a holistic, globally optimised plan.',
        it: 'Fonte 001: la S&OP è un processo gestionale integrato che costruisce il consenso organizzativo sul bilanciamento tra domanda e offerta e produce un piano olistico, ottimizzato a livello globale.',
        nl: 'Bron 001: S&OP is een geïntegreerd managementproces dat in de hele organisatie draagvlak creëert voor de balans tussen vraag en aanbod, en een holistisch, integraal geoptimaliseerd plan oplevert.',
        fa: 'منبع ۰۰۱: S&OP فرایند مدیریتی یکپارچه‌ای است که در سازمان بر سر توازن عرضه و تقاضا اجماع ایجاد می‌کند و برنامه‌ای کل‌نگر و بهینه در سطح کل سازمان به دست می‌دهد.',
      },
      levels: [
        {
          en: 'No; sales sells, operations produces, and conflicts go to the director.',
          it: 'No: le vendite vendono, le operations producono e i conflitti finiscono sul tavolo del direttore.',
          nl: 'Nee; Sales verkoopt, Operations produceert en conflicten gaan naar de directeur.',
          fa: 'خیر؛ فروش می‌فروشد، عملیات تولید می‌کند و اختلاف‌ها به مدیر ارشد ارجاع می‌شود.',
        },
        {
          en: 'Sales passes a forecast to operations without a joint discussion.',
          it: 'Le vendite passano una previsione alle operations senza discuterla insieme.',
          nl: 'Sales geeft een forecast door aan Operations zonder gezamenlijk overleg.',
          fa: 'فروش پیش‌بینی خود را بدون بحث مشترک به عملیات تحویل می‌دهد.',
        },
        {
          en: 'A monthly meeting compares forecast with capacity, but each side still decides separately.',
          it: 'Una riunione mensile confronta previsioni e capacità, ma ciascuna parte decide ancora per conto proprio.',
          nl: 'In een maandelijks overleg worden forecast en capaciteit vergeleken, maar elke kant beslist nog apart.',
          fa: 'در جلسه‌ای ماهانه پیش‌بینی با ظرفیت مقایسه می‌شود، اما هر طرف همچنان جداگانه تصمیم می‌گیرد.',
        },
        {
          en: 'A monthly S&OP cycle produces one agreed plan balancing demand and supply, signed off by management.',
          it: 'Un ciclo S&OP mensile produce un unico piano condiviso che bilancia domanda e offerta, approvato dalla direzione.',
          nl: 'Een maandelijkse S&OP-cyclus levert één afgestemd plan op dat vraag en aanbod in balans brengt en door het management wordt vastgesteld.',
          fa: 'چرخهٔ ماهانهٔ S&OP یک برنامهٔ توافق‌شده برای توازن عرضه و تقاضا تولید می‌کند که به تأیید مدیریت می‌رسد.',
        },
        {
          en: 'S&OP is the integrated management process: one consensus plan across sales, operations, finance and partners, optimised for the whole business and linked to the strategy.',
          it: "La S&OP è il processo gestionale integrato: un unico piano condiviso tra vendite, operations, finanza e partner, ottimizzato per l'intera azienda e collegato alla strategia.",
          nl: 'S&OP is hét geïntegreerde managementproces: één gedragen plan voor Sales, Operations, Finance en partners, geoptimaliseerd voor het hele bedrijf en gekoppeld aan de strategie.',
          fa: 'S&OP همان فرایند مدیریتی یکپارچه است: یک برنامهٔ مورد اجماع میان فروش، عملیات، مالی و شرکا که برای کل کسب‌وکار بهینه شده و به راهبرد پیوند خورده است.',
        },
      ],
      tags: ['s-and-op', 'sales-ops', 'linkage'],
      seeds: ['001_036e9d3a361eeafd.txt'],
      roles: PLANNING_ROLES,
      weight: 2,
    },
    {
      id: 'scenario-risk-planning',
      kind: 'maturity',
      allowNotApplicable: false,
      prompt: {
        en: 'Does planning prepare for risks and opportunities with scenarios (a demand peak, a supply failure, a new customer), with or without AI tools?',
        it: 'La pianificazione si prepara a rischi e opportunità con scenari (un picco di domanda, un’interruzione delle forniture, un nuovo cliente), con o senza strumenti di AI?',
        nl: 'Bereidt de planning zich met scenario’s voor op risico’s en kansen (een piek in de vraag, uitval van een leverancier, een nieuwe klant), met of zonder AI-tools?',
        fa: 'آیا برنامه‌ریزی با سناریوها (اوج تقاضا، قطع تأمین، مشتری جدید) خود را برای ریسک‌ها و فرصت‌ها آماده می‌کند، با ابزارهای هوش مصنوعی یا بدون آن‌ها؟',
      },
      help: {
        en: 'Seed 001: S&OP gives a holistic approach to planning that seizes every opportunity and mitigates risks. That is a planning habit first; AI and machine learning can improve it but are not a precondition.',
        it: 'Fonte 001: la S&OP offre un approccio olistico alla pianificazione, con cui sfruttare ogni opportunità e mitigare i rischi. È prima di tutto un’abitudine di pianificazione; AI e machine learning possono migliorarla, ma non ne sono la condizione.',
        nl: 'Bron 001: S&OP biedt een holistische aanpak van planning waarmee elke kans wordt benut en risico’s worden beperkt. Dat is eerst een planningsgewoonte; AI en machine learning kunnen haar verbeteren, maar zijn geen voorwaarde.',
        fa: 'منبع ۰۰۱: S&OP رویکردی کل‌نگر به برنامه‌ریزی می‌دهد که با آن از هر فرصتی استفاده و ریسک‌ها کاهش داده می‌شود. این پیش از هر چیز یک عادت برنامه‌ریزی است؛ هوش مصنوعی و یادگیری ماشین می‌توانند آن را بهتر کنند، اما پیش‌شرط آن نیستند.',
      },
      levels: [
        {
          en: 'There is one plan; deviations are handled when they happen.',
          it: 'C’è un solo piano; gli scostamenti si gestiscono quando si presentano.',
          nl: 'Er is één plan; afwijkingen worden opgevangen wanneer ze zich voordoen.',
          fa: 'فقط یک برنامه وجود دارد؛ انحراف‌ها هنگام وقوع رسیدگی می‌شوند.',
        },
        {
          en: 'Risks are discussed informally, but no alternatives are prepared.',
          it: 'I rischi si discutono in modo informale, ma non si preparano alternative.',
          nl: 'Risico’s worden informeel besproken, maar er worden geen alternatieven voorbereid.',
          fa: 'ریسک‌ها به‌طور غیررسمی بحث می‌شوند، اما هیچ گزینهٔ جایگزینی آماده نمی‌شود.',
        },
        {
          en: 'For the main risks a fallback is written down, but it is neither costed nor rehearsed.',
          it: 'Per i rischi principali è scritto un piano di riserva, ma non è né quantificato né provato.',
          nl: 'Voor de grootste risico’s is een terugvaloptie opgeschreven, maar die is niet doorgerekend of geoefend.',
          fa: 'برای ریسک‌های اصلی یک راه جایگزین نوشته شده، اما نه هزینه‌اش برآورد شده و نه تمرین شده است.',
        },
        {
          en: 'Sales and Operations keep a few scenarios (high, low, disruption) with agreed triggers and actions.',
          it: 'Vendite e operations tengono aggiornati alcuni scenari (alto, basso, interruzione) con segnali e azioni concordati.',
          nl: 'Sales en Operations houden enkele scenario’s bij (hoog, laag, verstoring) met afgesproken signalen en acties.',
          fa: 'فروش و عملیات چند سناریو (بالا، پایین، اختلال) را با نشانه‌ها و اقدام‌های توافق‌شده نگه می‌دارند.',
        },
        {
          en: 'Scenarios for risks and opportunities are updated in every planning cycle and checked against current data; AI tools may help, but the routine works without them.',
          it: 'Gli scenari di rischio e opportunità sono aggiornati a ogni ciclo di pianificazione e confrontati con dati aggiornati; gli strumenti di AI possono aiutare, ma la routine funziona anche senza.',
          nl: 'Scenario’s voor risico’s en kansen worden elke planningscyclus bijgewerkt en getoetst aan actuele gegevens; AI-tools kunnen helpen, maar de routine werkt ook zonder.',
          fa: 'سناریوهای ریسک و فرصت در هر دورهٔ برنامه‌ریزی به‌روز و با داده‌های جاری سنجیده می‌شوند؛ ابزارهای هوش مصنوعی می‌توانند کمک کنند، اما این روال بدون آن‌ها هم کار می‌کند.',
        },
      ],
      roles: PLANNING_ROLES,
      tags: ['s-and-op', 'operational-planning'],
      seeds: ['001_036e9d3a361eeafd.txt'],
    },
    {
      id: 'real-time-data',
      kind: 'maturity',
      allowNotApplicable: false,
      prompt: {
        en: 'How current is the data you use to manage changes in demand and supply?',
        it: 'Quanto sono aggiornati i dati usati per gestire le variazioni di domanda e offerta?',
        nl: 'Hoe actueel zijn de gegevens waarmee u veranderingen in vraag en aanbod stuurt?',
        fa: 'داده‌هایی که برای مدیریت تغییرات عرضه و تقاضا به کار می‌برید تا چه حد به‌روز هستند؟',
      },
      help: {
        en: 'Seed 001: modern S&OP integrates real-time data — user behaviour and market information — so that variations in demand and supply can be managed daily.',
        it: 'Fonte 001: la S&OP moderna integra dati in tempo reale — comportamento degli utenti e informazioni di mercato — così che le variazioni di domanda e offerta possano essere gestite giorno per giorno.',
        nl: 'Bron 001: moderne S&OP integreert realtime data – gebruikersgedrag en marktinformatie – zodat schommelingen in vraag en aanbod dagelijks kunnen worden bijgestuurd.',
        fa: 'منبع ۰۰۱: S&OP نوین داده‌های بلادرنگ، از جمله رفتار کاربران و اطلاعات بازار، را یکپارچه می‌کند تا بتوان تغییرات عرضه و تقاضا را روزانه مدیریت کرد.',
      },
      levels: [
        {
          en: 'Monthly figures, available weeks after the fact.',
          it: 'Dati mensili, disponibili settimane dopo i fatti.',
          nl: 'Maandcijfers, die pas weken achteraf beschikbaar zijn.',
          fa: 'ارقام ماهانه که چند هفته پس از وقوع در دسترس قرار می‌گیرند.',
        },
        {
          en: 'Weekly reports compiled by hand.',
          it: 'Report settimanali compilati a mano.',
          nl: 'Weekrapportages die met de hand worden samengesteld.',
          fa: 'گزارش‌های هفتگی که به‌صورت دستی تهیه می‌شوند.',
        },
        {
          en: 'Daily data for some areas, such as incoming orders; monthly for the rest.',
          it: 'Dati giornalieri per alcune aree, come gli ordini in entrata; mensili per il resto.',
          nl: 'Dagelijkse data voor sommige gebieden, zoals binnenkomende orders; maandelijkse voor de rest.',
          fa: 'داده‌های روزانه برای برخی حوزه‌ها، مانند سفارش‌های دریافتی، و داده‌های ماهانه برای بقیه.',
        },
        {
          en: 'Daily or real-time data on orders, stock, capacity and customer behaviour, used to adjust plans every week.',
          it: 'Dati giornalieri o in tempo reale su ordini, scorte, capacità e comportamento dei clienti, usati per adeguare i piani ogni settimana.',
          nl: 'Dagelijkse of realtime data over orders, voorraad, capaciteit en klantgedrag, waarmee de plannen elke week worden bijgesteld.',
          fa: 'داده‌های روزانه یا بلادرنگ دربارهٔ سفارش‌ها، موجودی، ظرفیت و رفتار مشتریان که برای اصلاح هفتگی برنامه‌ها به کار می‌روند.',
        },
        {
          en: 'Real-time data, including user behaviour and market information, feeds the daily management of demand and supply variations.',
          it: 'Dati in tempo reale, compresi il comportamento degli utenti e le informazioni di mercato, alimentano la gestione quotidiana delle variazioni di domanda e offerta.',
          nl: 'Realtime data, inclusief gebruikersgedrag en marktinformatie, voedt de dagelijkse sturing op schommelingen in vraag en aanbod.',
          fa: 'داده‌های بلادرنگ، از جمله رفتار کاربران و اطلاعات بازار، مبنای مدیریت روزانهٔ تغییرات عرضه و تقاضاست.',
        },
      ],
      tags: ['real-time-data', 's-and-op'],
      seeds: ['001_036e9d3a361eeafd.txt'],
      roles: PLANNING_ROLES,
    },
    {
      id: 'ai-ml-planning',
      kind: 'maturity',
      allowNotApplicable: false,
      prompt: {
        en: 'How are AI and machine-learning tools used in planning and forecasting?',
        it: 'Come vengono usati gli strumenti di intelligenza artificiale e machine learning nella pianificazione e nelle previsioni?',
        nl: 'Hoe worden AI- en machine-learningtools ingezet bij planning en forecasting?',
        fa: 'ابزارهای هوش مصنوعی و یادگیری ماشین چگونه در برنامه‌ریزی و پیش‌بینی به کار می‌روند؟',
      },
      help: {
        en: 'Seed 001: S&OP has existed for decades, but AI and machine learning have turned it into a more advanced process that seizes opportunities and mitigates risks.',
        it: "Fonte 001: la S&OP esiste da decenni, ma l'intelligenza artificiale e il machine learning l'hanno trasformata in un processo più evoluto, capace di cogliere le opportunità e mitigare i rischi.",
        nl: "Bron 001: S&OP bestaat al tientallen jaren, maar AI en machine learning hebben er een geavanceerder proces van gemaakt dat kansen benut en risico's beperkt.",
        fa: 'منبع ۰۰۱: S&OP چند دهه است که وجود دارد، اما هوش مصنوعی و یادگیری ماشین آن را به فرایندی پیشرفته‌تر تبدیل کرده‌اند که از فرصت‌ها بهره می‌گیرد و ریسک‌ها را کاهش می‌دهد.',
      },
      levels: [
        {
          en: 'Not at all; forecasts come from judgement or simple spreadsheets.',
          it: "Per nulla: le previsioni nascono dall'esperienza personale o da semplici fogli di calcolo.",
          nl: 'Helemaal niet; prognoses komen uit inschattingen of eenvoudige spreadsheets.',
          fa: 'اصلاً؛ پیش‌بینی‌ها بر پایهٔ قضاوت شخصی یا صفحه‌گسترده‌های ساده انجام می‌شوند.',
        },
        {
          en: 'They are being explored, with no use in practice yet.',
          it: 'Sono in fase di valutazione, ma non ancora usati nella pratica.',
          nl: 'Ze worden verkend, maar nog niet in de praktijk gebruikt.',
          fa: 'در حال بررسی‌اند، اما هنوز در عمل به کار نرفته‌اند.',
        },
        {
          en: 'They are used in a pilot or for one product group.',
          it: 'Sono usati in un progetto pilota o per un solo gruppo di prodotti.',
          nl: 'Ze worden gebruikt in een pilot of voor één productgroep.',
          fa: 'در یک طرح آزمایشی یا برای یک گروه محصول به کار می‌روند.',
        },
        {
          en: 'They are used routinely for demand forecasting, with planners reviewing and correcting the output.',
          it: 'Sono usati abitualmente per la previsione della domanda, con i pianificatori che ne verificano e correggono i risultati.',
          nl: 'Ze worden standaard ingezet voor vraagvoorspelling, waarbij planners de uitkomsten controleren en corrigeren.',
          fa: 'به‌طور معمول برای پیش‌بینی تقاضا به کار می‌روند و برنامه‌ریزان خروجی آن‌ها را بازبینی و اصلاح می‌کنند.',
        },
        {
          en: 'AI/ML models drive scenario planning and the balancing of demand and supply across the business, and are monitored and improved continuously.',
          it: "Modelli di AI/ML guidano la pianificazione per scenari e il bilanciamento di domanda e offerta in tutta l'azienda, e vengono monitorati e migliorati di continuo.",
          nl: 'AI/ML-modellen sturen de scenarioplanning en de balans tussen vraag en aanbod in het hele bedrijf, en worden voortdurend gemonitord en verbeterd.',
          fa: 'مدل‌های هوش مصنوعی و یادگیری ماشین (AI/ML) برنامه‌ریزی سناریو و توازن عرضه و تقاضا را در کل کسب‌وکار هدایت می‌کنند و پیوسته پایش و بهبود داده می‌شوند.',
        },
      ],
      tags: ['ai-ml', 's-and-op', 'analytics'],
      seeds: ['001_036e9d3a361eeafd.txt'],
      roles: PLANNING_ROLES,
    },
    {
      id: 'partner-in-planning',
      kind: 'maturity',
      prompt: {
        en: 'How is the outsourcing partner included in operational planning?',
        it: 'In che modo il partner di outsourcing è coinvolto nella pianificazione operativa?',
        nl: 'Hoe wordt de outsourcingpartner betrokken bij de operationele planning?',
        fa: 'شریک برون‌سپاری چگونه در برنامه‌ریزی عملیاتی مشارکت داده می‌شود؟',
      },
      help: {
        en: 'Seed 001: S&OP gives a holistic plan only when everyone who supplies is in it; seed 000: outsourcing needs programming, not just operations. A partner planned around cannot plan with you.',
        it: "Fonte 001: la S&OP produce un piano olistico solo se vi partecipano tutti coloro che forniscono; fonte 000: l'outsourcing richiede programmazione, non solo attenzione all'operatività. Un partner escluso dalla pianificazione non può pianificare insieme alla vostra azienda.",
        nl: 'Bron 001: S&OP levert alleen een holistisch plan op als iedereen die levert erin meedoet; bron 000: outsourcing vraagt om planning op langere termijn, niet alleen om aandacht voor de uitvoering. Een partner om wie heen wordt gepland, kan niet met u meeplannen.',
        fa: 'منبع ۰۰۱: S&OP تنها زمانی برنامه‌ای کل‌نگر به دست می‌دهد که همهٔ کسانی که در تأمین نقش دارند در آن حضور داشته باشند؛ منبع ۰۰۰: برون‌سپاری به برنامه‌ریزی نیاز دارد، نه فقط به عملیات. شریکی که بدون حضور او برنامه‌ریزی می‌شود، نمی‌تواند همراه شما برنامه‌ریزی کند.',
      },
      levels: [
        {
          en: 'The partner receives orders without any forward view.',
          it: 'Il partner riceve ordini senza alcuna visibilità su ciò che verrà.',
          nl: 'De partner ontvangt orders zonder enig zicht op wat eraan komt.',
          fa: 'شریک سفارش‌ها را بدون هیچ چشم‌اندازی از آینده دریافت می‌کند.',
        },
        {
          en: 'The partner receives a forecast now and then.',
          it: 'Il partner riceve di tanto in tanto una previsione.',
          nl: 'De partner krijgt af en toe een forecast.',
          fa: 'شریک گاه‌به‌گاه یک پیش‌بینی دریافت می‌کند.',
        },
        {
          en: 'The partner receives a regular forecast but does not contribute to it.',
          it: 'Il partner riceve regolarmente una previsione, ma non contribuisce a definirla.',
          nl: 'De partner krijgt regelmatig een forecast, maar levert er zelf geen input voor.',
          fa: 'شریک به‌طور منظم پیش‌بینی دریافت می‌کند، اما در تهیهٔ آن سهمی ندارد.',
        },
        {
          en: 'The partner brings its capacity and constraints into the planning cycle and receives the agreed plan.',
          it: 'Il partner porta nel ciclo di pianificazione la propria capacità e i propri vincoli e riceve il piano concordato.',
          nl: 'De partner brengt zijn capaciteit en beperkingen in de planningscyclus in en ontvangt het afgesproken plan.',
          fa: 'شریک ظرفیت و محدودیت‌های خود را وارد چرخهٔ برنامه‌ریزی می‌کند و برنامهٔ توافق‌شده را دریافت می‌کند.',
        },
        {
          en: 'The partner is part of the S&OP cycle, with shared data and joint decisions on how to handle variations.',
          it: 'Il partner fa parte del ciclo S&OP, con dati condivisi e decisioni congiunte su come gestire le variazioni.',
          nl: 'De partner maakt deel uit van de S&OP-cyclus, met gedeelde data en gezamenlijke besluiten over hoe met schommelingen wordt omgegaan.',
          fa: 'شریک بخشی از چرخهٔ S&OP است؛ داده‌ها مشترک‌اند و دربارهٔ نحوهٔ مدیریت تغییرات به‌صورت مشترک تصمیم گرفته می‌شود.',
        },
      ],
      tags: ['operational-planning', 's-and-op', 'partnership', 'linkage'],
      seeds: ['001_036e9d3a361eeafd.txt', '000_771def5f3f0c7c25.txt'],
      weight: 1.5,
    },
  ],
};
