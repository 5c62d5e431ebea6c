import type { QuestionnaireDefinition } from '../../../../domain/questionnaire.schema.js';
import type { RespondentRole } from '../../../../domain/vocabulary.js';

type DimensionDefinition = QuestionnaireDefinition['dimensions'][number];

/** How the provider was chosen is the client's own process; the partner only saw its outside. */
const INTERNAL_ROLES: RespondentRole[] = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'OTHER'];

/**
 * Outsourcing lifecycle & governance (seeds 000, 002): from goals, horizon and selection of
 * suppliers and tools, through transition, to verified competences and ongoing governance.
 */
export const lifecycleDimension: DimensionDefinition = {
  id: 'lifecycle',
  title: {
    en: 'Outsourcing lifecycle & governance',
    it: "Ciclo di vita e governance dell'outsourcing",
    nl: 'Levenscyclus & governance van outsourcing',
    fa: 'چرخهٔ عمر و حاکمیت برون‌سپاری',
  },
  description: {
    en: 'Whether the outsourcing relationship is programmed for the medium and long term and managed well in every phase: goals, choice of suppliers and tools, transition periods, the partner\'s certified competences in the agreed roles, and governance from goals to ongoing management.',
    it: 'Se il rapporto di outsourcing è programmato nel medio e lungo termine e gestito bene in ogni fase: obiettivi, scelta dei fornitori e degli strumenti, periodi di transizione, competenze certificate del partner nei ruoli concordati e governance, dagli obiettivi alla gestione continuativa.',
    nl: 'Of de outsourcingrelatie voor de middellange en lange termijn is gepland en in elke fase goed wordt beheerd: doelen, keuze van leveranciers en tools, overgangsperiodes, de gecertificeerde competenties van de partner in de afgesproken rollen, en governance van doelen tot doorlopend beheer.',
    fa: 'این‌که آیا رابطهٔ برون‌سپاری برای میان‌مدت و بلندمدت برنامه‌ریزی شده و در هر مرحله به‌خوبی اداره می‌شود: اهداف، انتخاب تأمین‌کنندگان و ابزارها، دوره‌های گذار، شایستگی‌های گواهی‌شدهٔ شریک در نقش‌های توافق‌شده، و حاکمیت رابطه از تعیین اهداف تا مدیریت جاری.',
  },
  weight: 2,
  weightRationale: {
    en: 'The lifecycle is where the partnership model is made real or lost, phase by phase (seed 000) and from the first goals onwards (seed 002). It weighs less than strategy and partnership because it carries them out rather than defining them.',
    it: 'È nel ciclo di vita che il modello di partnership si concretizza o si perde, fase dopo fase (fonte 000) e fin dai primi obiettivi (fonte 002). Pesa meno di strategia e partnership perché le mette in pratica anziché definirle.',
    nl: 'In de levenscyclus wordt het partnerschapsmodel werkelijkheid of gaat het verloren, fase na fase (bron 000) en vanaf de eerste doelen (bron 002). Het weegt minder dan strategie en partnerschap omdat het die uitvoert in plaats van ze te bepalen.',
    fa: 'چرخهٔ عمر جایی است که مدل شراکت، مرحله به مرحله (منبع ۰۰۰) و از همان نخستین اهداف (منبع ۰۰۲)، یا تحقق می‌یابد یا از دست می‌رود. وزن آن از راهبرد و شراکت کمتر است، زیرا آن‌ها را اجرا می‌کند، نه این‌که تعریفشان کند.',
  },
  seeds: ['000_771def5f3f0c7c25.txt', '002_454879f926d32761.txt'],
  questions: [
    {
      id: 'outsourcing-horizon',
      kind: 'maturity',
      prompt: {
        en: 'Over what time horizon is the outsourcing relationship planned?',
        it: 'Su quale orizzonte temporale è pianificato il rapporto di outsourcing?',
        nl: 'Over welke tijdshorizon wordt de outsourcingrelatie gepland?',
        fa: 'رابطهٔ برون‌سپاری برای چه افق زمانی برنامه‌ریزی شده است؟',
      },
      help: {
        en: 'Seed 000: for outsourcing to be advantageous and sustainable for all parties it needs medium- to long-term programming, not only attention to operational matters.',
        it: "Fonte 000: perché l'outsourcing sia vantaggioso e sostenibile per tutte le parti in gioco occorre una programmazione a medio o lungo termine, non solo l'attenzione agli aspetti operativi.",
        nl: 'Bron 000: om outsourcing voor alle partijen voordelig en duurzaam te maken, is planning op middellange tot lange termijn nodig, niet alleen aandacht voor operationele zaken.',
        fa: 'منبع ۰۰۰: برای آن‌که برون‌سپاری برای همهٔ طرف‌ها سودمند و پایدار باشد، به برنامه‌ریزی میان‌مدت تا بلندمدت نیاز است، نه فقط توجه به امور عملیاتی.',
      },
      levels: [
        {
          en: 'Outsourcing is bought job by job or season by season, with no plan beyond it.',
          it: "L'outsourcing si acquista commessa per commessa o stagione per stagione, senza alcun piano che vada oltre.",
          nl: 'Outsourcing wordt per klus of per seizoen ingekocht, zonder plan voor daarna.',
          fa: 'برون‌سپاری کار به کار یا فصل به فصل خریداری می‌شود و برنامه‌ای فراتر از آن وجود ندارد.',
        },
        {
          en: 'Contracts run a year at a time and plans cover only the next operational steps.',
          it: 'I contratti durano un anno alla volta e i piani coprono solo i prossimi passi operativi.',
          nl: 'Contracten lopen telkens een jaar en plannen beslaan alleen de volgende operationele stappen.',
          fa: 'قراردادها هر بار برای یک سال بسته می‌شوند و برنامه‌ها فقط گام‌های عملیاتی بعدی را در بر می‌گیرند.',
        },
        {
          en: 'A multi-year contract exists, but planning is still about day-to-day operations.',
          it: "Esiste un contratto pluriennale, ma la pianificazione riguarda ancora l'operatività quotidiana.",
          nl: 'Er is een meerjarig contract, maar de planning gaat nog steeds over de dagelijkse operatie.',
          fa: 'قرارداد چندساله وجود دارد، اما برنامه‌ریزی همچنان به عملیات روزمره محدود است.',
        },
        {
          en: 'A 2–3-year plan sets goals, investments and milestones for the outsourced area and is reviewed every year.',
          it: "Un piano a 2–3 anni fissa obiettivi, investimenti e traguardi per l'area esternalizzata e viene rivisto ogni anno.",
          nl: 'Een plan voor 2 à 3 jaar legt doelen, investeringen en mijlpalen voor het uitbestede gebied vast en wordt jaarlijks herzien.',
          fa: 'برنامه‌ای ۲ تا ۳ ساله اهداف، سرمایه‌گذاری‌ها و نقاط عطف حوزهٔ برون‌سپاری‌شده را تعیین می‌کند و هر سال بازبینی می‌شود.',
        },
        {
          en: 'The outsourced area has a medium/long-term programme tied to the 3–5-year strategy, and both parties invest against it.',
          it: "L'area esternalizzata ha un programma a medio/lungo termine legato alla strategia a 3–5 anni, su cui entrambe le parti investono.",
          nl: 'Het uitbestede gebied heeft een programma voor de middellange/lange termijn dat aansluit op de strategie voor 3 à 5 jaar, en beide partijen investeren op basis daarvan.',
          fa: 'حوزهٔ برون‌سپاری‌شده برنامه‌ای میان‌مدت و بلندمدت دارد که به راهبرد ۳ تا ۵ ساله گره خورده است و هر دو طرف بر اساس آن سرمایه‌گذاری می‌کنند.',
        },
      ],
      tags: ['long-term-planning', 'strategy', 'partnership'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      weight: 2,
    },
    {
      id: 'relationship-goals-defined',
      kind: 'maturity',
      prompt: {
        en: 'When the relationship started (or was last renewed), how clearly were its goals agreed?',
        it: "All'avvio del rapporto (o al suo ultimo rinnovo), con quale chiarezza ne sono stati concordati gli obiettivi?",
        nl: 'Hoe helder zijn de doelen afgesproken toen de relatie begon (of voor het laatst werd verlengd)?',
        fa: 'هنگام آغاز رابطه (یا آخرین تمدید آن)، اهداف آن تا چه اندازه روشن توافق شد؟',
      },
      help: {
        en: 'Seed 002: a partnership needs a solid foundation laid from the very start, covering everything from its goals to its ongoing management.',
        it: "Fonte 002: una partnership ha bisogno di basi solide gettate fin dall'inizio, che coprano tutto, dagli obiettivi alla gestione continuativa.",
        nl: 'Bron 002: een partnerschap heeft een stevig fundament nodig dat vanaf het allereerste begin wordt gelegd, van de doelen tot het doorlopende beheer.',
        fa: 'منبع ۰۰۲: شراکت به پایه‌ای محکم نیاز دارد که از همان آغاز گذاشته شود و همه‌چیز را، از اهداف تا مدیریت جاری، در بر گیرد.',
      },
      levels: [
        {
          en: 'No goals were set beyond the price and a description of the service.',
          it: 'Non sono stati fissati obiettivi oltre al prezzo e alla descrizione del servizio.',
          nl: 'Er zijn geen doelen gesteld, behalve de prijs en een omschrijving van de dienst.',
          fa: 'جز قیمت و شرحی از خدمت، هیچ هدفی تعیین نشد.',
        },
        {
          en: 'Goals were discussed but never written down.',
          it: 'Gli obiettivi sono stati discussi, ma mai messi per iscritto.',
          nl: 'Doelen zijn besproken, maar nooit vastgelegd.',
          fa: 'دربارهٔ اهداف گفت‌وگو شد، اما هرگز مکتوب نشد.',
        },
        {
          en: 'Goals were written into the contract as service levels only.',
          it: 'Gli obiettivi sono stati inseriti nel contratto solo come livelli di servizio.',
          nl: 'Doelen zijn alleen als serviceniveaus in het contract opgenomen.',
          fa: 'اهداف فقط به‌صورت سطوح خدمت در قرارداد درج شد.',
        },
        {
          en: 'Business goals — what the company wants to achieve by outsourcing — were agreed with the partner and documented alongside the service levels.',
          it: "Gli obiettivi di business, cioè ciò che l'azienda vuole ottenere con l'outsourcing, sono stati concordati con il partner e documentati insieme ai livelli di servizio.",
          nl: 'Bedrijfsdoelen – wat het bedrijf met outsourcing wil bereiken – zijn met de partner afgesproken en naast de serviceniveaus vastgelegd.',
          fa: 'اهداف کسب‌وکار — آنچه شرکت می‌خواهد با برون‌سپاری به دست آورد — با شریک توافق و در کنار سطوح خدمت مستند شد.',
        },
        {
          en: 'Goals were agreed jointly, linked to the strategy, and are revisited at every governance review.',
          it: 'Gli obiettivi sono stati concordati congiuntamente e collegati alla strategia, e vengono ripresi a ogni revisione di governance.',
          nl: 'Doelen zijn gezamenlijk afgesproken, gekoppeld aan de strategie, en worden bij elk governanceoverleg opnieuw bekeken.',
          fa: 'اهداف به‌طور مشترک توافق شد، به راهبرد پیوند خورد و در هر جلسهٔ بازبینی حاکمیت رابطه دوباره بررسی می‌شود.',
        },
      ],
      tags: ['shared-goals', 'partnership', 'strategy'],
      seeds: ['002_454879f926d32761.txt', '000_771def5f3f0c7c25.txt'],
      weight: 1.5,
    },
    {
      id: 'supplier-selection-criteria',
      kind: 'maturity',
      prompt: {
        en: 'How was the current outsourcing partner chosen?',
        it: "Come è stato scelto l'attuale partner di outsourcing?",
        nl: 'Hoe is de huidige outsourcingpartner gekozen?',
        fa: 'شریک فعلی برون‌سپاری چگونه انتخاب شد؟',
      },
      help: {
        en: 'Seed 000: success in every phase, starting with the choice of suppliers, needs the strategic aspect valued and its links to tactics and company policies understood.',
        it: "Fonte 000: il successo in ogni fase, a partire dalla scelta dei fornitori, richiede di valorizzare l'aspetto strategico e di comprenderne i legami con tattiche e politiche aziendali.",
        nl: 'Bron 000: succes in elke fase, te beginnen bij de keuze van leveranciers, vraagt dat het strategische aspect wordt gewaardeerd en dat de verbanden met tactiek en bedrijfsbeleid worden begrepen.',
        fa: 'منبع ۰۰۰: موفقیت در هر مرحله، از انتخاب تأمین‌کنندگان گرفته، مستلزم ارج نهادن به جنبهٔ راهبردی و درک پیوندهای آن با تاکتیک‌ها و سیاست‌های شرکت است.',
      },
      levels: [
        {
          en: 'On the lowest price, or through an existing personal contact.',
          it: 'In base al prezzo più basso o grazie a un contatto personale già esistente.',
          nl: 'Op de laagste prijs, of via een bestaand persoonlijk contact.',
          fa: 'بر اساس کمترین قیمت یا از طریق یک آشنایی شخصی قبلی.',
        },
        {
          en: 'On price, with a quick check of references.',
          it: 'In base al prezzo, con una rapida verifica delle referenze.',
          nl: 'Op prijs, met een snelle check van referenties.',
          fa: 'بر اساس قیمت، همراه با استعلامی سریع از سوابق کاری.',
        },
        {
          en: 'Through a tender with a scorecard weighing price, quality and capacity.',
          it: 'Tramite una gara con una scheda di valutazione che pesa prezzo, qualità e capacità.',
          nl: 'Via een aanbesteding met een scorekaart die prijs, kwaliteit en capaciteit weegt.',
          fa: 'از طریق مناقصه، با کارت امتیازی که قیمت، کیفیت و ظرفیت را وزن‌دهی می‌کند.',
        },
        {
          en: 'Through a structured selection that also weighed strategic fit, culture, flexibility and the ability to work with your other functions.',
          it: 'Tramite una selezione strutturata che ha valutato anche la coerenza strategica, la cultura, la flessibilità e la capacità di lavorare con le vostre altre funzioni.',
          nl: 'Via een gestructureerde selectie die ook strategische fit, cultuur, flexibiliteit en het vermogen om met uw andere afdelingen samen te werken meewoog.',
          fa: 'از طریق فرایند انتخابی ساختارمند که تناسب راهبردی، فرهنگ، انعطاف‌پذیری و توان همکاری با سایر واحدهای شما را هم می‌سنجید.',
        },
        {
          en: 'Selection started from the strategic goals and included a pilot or trial period in which both sides tested the fit before committing.',
          it: 'La selezione è partita dagli obiettivi strategici e ha previsto un progetto pilota o un periodo di prova in cui entrambe le parti hanno verificato la compatibilità prima di impegnarsi.',
          nl: 'De selectie begon bij de strategische doelen en omvatte een pilot of proefperiode waarin beide partijen de fit toetsten voordat ze zich vastlegden.',
          fa: 'انتخاب از اهداف راهبردی آغاز شد و یک پروژهٔ آزمایشی یا دورهٔ آزمایش را در بر داشت که در آن هر دو طرف پیش از تعهد، تناسب با یکدیگر را آزمودند.',
        },
      ],
      tags: ['supplier-selection', 'strategy'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 'tool-selection',
      kind: 'maturity',
      prompt: {
        en: 'How are the tools used in the outsourced activity (software, CRM, platforms) chosen?',
        it: 'Come vengono scelti gli strumenti usati nell’attività esternalizzata (software, CRM, piattaforme)?',
        nl: 'Hoe worden de tools voor de uitbestede activiteit (software, CRM, platforms) gekozen?',
        fa: 'ابزارهای مورد استفاده در فعالیت برون‌سپاری‌شده (نرم‌افزار، CRM، سکوها) چگونه انتخاب می‌شوند؟',
      },
      help: {
        en: 'Seed 000 names the choice of tools next to the choice of suppliers: both must follow from the strategy and fit the links between functions, or data and work get stuck at the border.',
        it: 'La fonte 000 cita la scelta degli strumenti accanto a quella dei fornitori: entrambe devono discendere dalla strategia e adattarsi ai legami tra le funzioni, altrimenti dati e lavoro si bloccano al confine.',
        nl: 'Bron 000 noemt de keuze van tools naast de keuze van leveranciers: beide moeten uit de strategie voortvloeien en passen bij de verbanden tussen afdelingen, anders blijven data en werk op de grens steken.',
        fa: 'منبع ۰۰۰ انتخاب ابزارها را در کنار انتخاب تأمین‌کنندگان می‌آورد: هر دو باید از راهبرد ناشی شوند و با پیوندهای میان واحدها سازگار باشند، وگرنه داده‌ها و کار در مرز میان واحدها گیر می‌کنند.',
      },
      levels: [
        {
          en: 'Each side picks its own tools without consulting the other.',
          it: 'Ciascuna parte sceglie i propri strumenti senza consultare l’altra.',
          nl: 'Elke partij kiest haar eigen tools zonder de ander te raadplegen.',
          fa: 'هر طرف بدون مشورت با دیگری ابزارهای خودش را برمی‌گزیند.',
        },
        {
          en: 'Tools are chosen by IT or by the provider on price and features alone.',
          it: 'Gli strumenti sono scelti dall’IT o dal fornitore di servizi solo in base a prezzo e funzionalità.',
          nl: 'Tools worden door IT of door de dienstverlener gekozen op alleen prijs en functies.',
          fa: 'ابزارها را واحد فناوری اطلاعات یا ارائه‌دهندهٔ خدمات فقط بر پایهٔ قیمت و امکانات انتخاب می‌کند.',
        },
        {
          en: 'The users on both sides are asked for their requirements before a choice is made.',
          it: 'Prima di scegliere, si chiedono i requisiti agli utenti di entrambe le parti.',
          nl: 'Vóór een keuze worden de gebruikers aan beide kanten naar hun eisen gevraagd.',
          fa: 'پیش از انتخاب، نیازمندی‌های کاربران هر دو طرف پرسیده می‌شود.',
        },
        {
          en: 'Tools are chosen jointly against written requirements that include the data other functions need.',
          it: 'Gli strumenti sono scelti insieme sulla base di requisiti scritti che comprendono i dati necessari alle altre funzioni.',
          nl: 'Tools worden samen gekozen op basis van vastgelegde eisen, inclusief de gegevens die andere afdelingen nodig hebben.',
          fa: 'ابزارها به‌طور مشترک و بر پایهٔ نیازمندی‌های مکتوبی انتخاب می‌شوند که داده‌های مورد نیاز دیگر بخش‌ها را هم در بر دارد.',
        },
        {
          en: 'Tools are chosen jointly against the strategy and a shared roadmap, and each choice is reviewed after a year of use.',
          it: 'Gli strumenti sono scelti insieme in base alla strategia e a una roadmap condivisa, e ogni scelta viene riesaminata dopo un anno di utilizzo.',
          nl: 'Tools worden samen gekozen op basis van de strategie en een gedeelde roadmap, en elke keuze wordt na een jaar gebruik geëvalueerd.',
          fa: 'ابزارها به‌طور مشترک بر پایهٔ راهبرد و نقشهٔ راه مشترک انتخاب می‌شوند و هر انتخاب پس از یک سال استفاده بازبینی می‌شود.',
        },
      ],
      tags: ['supplier-selection', 'customer-data'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'transition-management',
      kind: 'maturity',
      prompt: {
        en: 'How are transition periods managed — start-up, change of provider, or taking an activity back in-house?',
        it: "Come vengono gestiti i periodi di transizione: avvio, cambio di outsourcer o reinternalizzazione di un'attività?",
        nl: 'Hoe worden overgangsperiodes beheerd – de start, een wisseling van dienstverlener of het weer in eigen huis halen van een activiteit?',
        fa: 'دوره‌های گذار — راه‌اندازی، تغییر ارائه‌دهنده یا بازگرداندن یک فعالیت به درون سازمان — چگونه مدیریت می‌شوند؟',
      },
      help: {
        en: 'Seed 000 singles out the management of transition periods as a phase where outsourcing succeeds or fails; it is where knowledge, customers and staff are most at risk.',
        it: "La fonte 000 indica la gestione dei periodi di transizione come una fase in cui l'outsourcing riesce o fallisce; è lì che conoscenze, clienti e personale sono più a rischio.",
        nl: 'Bron 000 noemt het beheer van overgangsperiodes apart als een fase waarin outsourcing slaagt of mislukt; juist dan lopen kennis, klanten en medewerkers het meeste risico.',
        fa: 'منبع ۰۰۰ مدیریت دوره‌های گذار را به‌طور خاص مرحله‌ای می‌داند که برون‌سپاری در آن موفق می‌شود یا شکست می‌خورد؛ در این مرحله دانش، مشتریان و کارکنان بیش از هر زمان در معرض خطرند.',
      },
      levels: [
        {
          en: 'The switch happens on a cut-over date with no plan; problems are handled as they appear.',
          it: 'Il passaggio avviene in una data stabilita, senza alcun piano; i problemi si gestiscono man mano che emergono.',
          nl: 'De overstap gebeurt op een vaste overgangsdatum zonder plan; problemen worden opgelost zodra ze opduiken.',
          fa: 'جابه‌جایی در یک تاریخ مشخص و بدون برنامه انجام می‌شود؛ مشکلات هر وقت پیش بیایند رسیدگی می‌شوند.',
        },
        {
          en: 'A plan covers the technical switch, but not staff, customers or knowledge.',
          it: 'Un piano copre il passaggio tecnico, ma non il personale, i clienti o le conoscenze.',
          nl: 'Een plan dekt de technische overstap, maar niet medewerkers, klanten of kennis.',
          fa: 'برنامه‌ای جابه‌جایی فنی را پوشش می‌دهد، اما نه کارکنان، مشتریان یا دانش را.',
        },
        {
          en: 'A transition plan covers people, processes and systems, but only one side owns it.',
          it: 'Un piano di transizione copre persone, processi e sistemi, ma ne è responsabile una sola delle parti.',
          nl: 'Een transitieplan dekt mensen, processen en systemen, maar slechts één partij is er eigenaar van.',
          fa: 'یک برنامهٔ گذار افراد، فرایندها و سامانه‌ها را پوشش می‌دهد، اما فقط یکی از دو طرف مسئول آن است.',
        },
        {
          en: 'A joint transition plan sets milestones, risks, a period of parallel running and communication to staff and customers.',
          it: 'Un piano di transizione congiunto definisce traguardi, rischi, un periodo di funzionamento in parallelo e la comunicazione a personale e clienti.',
          nl: "Een gezamenlijk transitieplan legt mijlpalen, risico's, een periode van parallel draaien en communicatie naar medewerkers en klanten vast.",
          fa: 'یک برنامهٔ گذار مشترک، نقاط عطف، ریسک‌ها، دوره‌ای از اجرای موازی و اطلاع‌رسانی به کارکنان و مشتریان را تعیین می‌کند.',
        },
        {
          en: 'Transitions run as joint programmes with go/no-go criteria tied to business goals, and lessons are recorded for the next one.',
          it: 'Le transizioni sono gestite come programmi congiunti, con criteri di go/no-go legati agli obiettivi di business, e le lezioni apprese vengono registrate per la volta successiva.',
          nl: "Transities verlopen als gezamenlijke programma's met go/no-gocriteria die aan bedrijfsdoelen zijn gekoppeld, en lessen worden vastgelegd voor de volgende keer.",
          fa: 'گذارها به‌صورت برنامه‌های مشترک با معیارهای ادامه یا توقف مرتبط با اهداف کسب‌وکار اجرا می‌شوند و درس‌های آموخته برای دفعهٔ بعد ثبت می‌شوند.',
        },
      ],
      tags: ['transition', 'partnership'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'partner-certified-competences',
      kind: 'maturity',
      prompt: {
        en: 'How are the partner\'s competences for the agreed roles verified?',
        it: 'Come vengono verificate le competenze del partner nei ruoli concordati?',
        nl: 'Hoe worden de competenties van de partner voor de afgesproken rollen gecontroleerd?',
        fa: 'شایستگی‌های شریک برای نقش‌های توافق‌شده چگونه راستی‌آزمایی می‌شود؟',
      },
      help: {
        en: 'Seed 000: an outsourcing management relationship presupposes certified competences of the partner in the agreed roles — not competences assumed from a sales pitch.',
        it: 'Fonte 000: una relazione di outsourcing management presuppone competenze certificate da parte del partner nei ruoli concordati, non competenze date per scontate sulla base di una presentazione commerciale.',
        nl: 'Bron 000: een relatie van outsourcingmanagement veronderstelt gecertificeerde competenties van de partner in de afgesproken rollen – geen competenties die uit een verkooppraatje worden afgeleid.',
        fa: 'منبع ۰۰۰: رابطهٔ مدیریت برون‌سپاری مستلزم شایستگی‌های گواهی‌شدهٔ شریک در نقش‌های توافق‌شده است — نه شایستگی‌هایی که از روی یک ارائهٔ فروش فرض شده‌اند.',
      },
      levels: [
        {
          en: 'Competences are assumed from the provider\'s sales presentation.',
          it: "Le competenze vengono date per scontate sulla base della presentazione commerciale dell'outsourcer.",
          nl: 'Competenties worden afgeleid uit de verkooppresentatie van de dienstverlener.',
          fa: 'شایستگی‌ها از روی ارائهٔ فروش ارائه‌دهنده فرض می‌شوند.',
        },
        {
          en: 'CVs or references were seen at the start, never afterwards.',
          it: "CV o referenze sono stati visti all'inizio, mai più in seguito.",
          nl: "Cv's of referenties zijn bij de start bekeken, daarna nooit meer.",
          fa: 'رزومه‌ها یا سوابق در آغاز دیده شد، اما پس از آن هرگز.',
        },
        {
          en: 'Certifications required for key roles are listed in the contract but rarely checked.',
          it: 'Le certificazioni richieste per i ruoli chiave sono elencate nel contratto, ma verificate di rado.',
          nl: 'Voor sleutelrollen vereiste certificeringen staan in het contract, maar worden zelden gecontroleerd.',
          fa: 'گواهی‌نامه‌های لازم برای نقش‌های کلیدی در قرارداد فهرست شده، اما به‌ندرت بررسی می‌شود.',
        },
        {
          en: 'Required competences per agreed role are defined and checked (certificates, tests, onboarding) when people join and at regular intervals.',
          it: "Le competenze richieste per ciascun ruolo concordato sono definite e verificate (certificati, test, onboarding) all'ingresso delle persone e a intervalli regolari.",
          nl: 'Vereiste competenties per afgesproken rol zijn vastgelegd en worden gecontroleerd (certificaten, tests, onboarding) bij de start van nieuwe mensen en daarna op vaste momenten.',
          fa: 'شایستگی‌های لازم برای هر نقش توافق‌شده تعریف شده و هنگام ورود افراد و در فواصل منظم (با گواهی‌نامه، آزمون، دورهٔ آشناسازی) بررسی می‌شود.',
        },
        {
          en: 'Competences per role are certified and kept current with a training plan, and the partner proposes upgrades as the client company’s needs evolve.',
          it: 'Le competenze per ruolo sono certificate e mantenute aggiornate con un piano di formazione, e il partner propone miglioramenti man mano che le esigenze dell’azienda cliente evolvono.',
          nl: 'Competenties per rol zijn gecertificeerd en worden met een opleidingsplan actueel gehouden, en de partner stelt verbeteringen voor naarmate de behoeften van het klantbedrijf veranderen.',
          fa: 'شایستگی‌های هر نقش گواهی‌شده است و با یک برنامهٔ آموزشی به‌روز نگه داشته می‌شود و شریک، هم‌پای تحول نیازهای شرکت کارفرما، ارتقای آن‌ها را پیشنهاد می‌دهد.',
        },
      ],
      tags: ['competences', 'partnership'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      weight: 1.5,
    },
    {
      id: 'governance-ongoing',
      kind: 'maturity',
      prompt: {
        en: 'How is the outsourcing relationship governed once it is running?',
        it: 'Come viene governato il rapporto di outsourcing una volta avviato?',
        nl: 'Hoe wordt de outsourcingrelatie aangestuurd zodra die loopt?',
        fa: 'رابطهٔ برون‌سپاری پس از آغاز به کار چگونه راهبری و نظارت می‌شود؟',
      },
      help: {
        en: 'Seed 002: managers can tell whether they are on track to a true partnership by checking everything from the goals to ongoing management; governance is where goals, KPIs and the relationship itself are reviewed.',
        it: 'Fonte 002: i manager capiscono se sono sulla strada di una vera partnership verificando tutto, dagli obiettivi alla gestione continuativa; la governance è il luogo in cui si rivedono gli obiettivi, i KPI e il rapporto stesso.',
        nl: "Bron 002: managers zien of ze op weg zijn naar een echt partnerschap door alles te toetsen, van de doelen tot het doorlopende beheer; in de governance worden doelen, KPI's en de relatie zelf geëvalueerd.",
        fa: 'منبع ۰۰۲: مدیران با بررسی همه‌چیز، از اهداف تا مدیریت جاری، می‌توانند بفهمند که در مسیر یک شراکت واقعی هستند یا نه؛ حاکمیت رابطه جایی است که اهداف، KPIها و خود رابطه بازبینی می‌شوند.',
      },
      levels: [
        {
          en: 'There is no governance beyond invoices and incident calls.',
          it: "Non c'è alcuna governance al di là delle fatture e delle segnalazioni di incidenti.",
          nl: 'Er is geen governance behalve facturen en storingsmeldingen.',
          fa: 'هیچ سازوکار حاکمیتی جز صورت‌حساب‌ها و تماس‌های گزارش حادثه وجود ندارد.',
        },
        {
          en: 'Only operational meetings take place, about tickets and volumes.',
          it: 'Si tengono solo riunioni operative, su ticket e volumi.',
          nl: 'Er zijn alleen operationele overleggen, over tickets en volumes.',
          fa: 'فقط جلسات عملیاتی دربارهٔ تیکت‌ها و حجم کار برگزار می‌شود.',
        },
        {
          en: 'Monthly operational reviews and an annual contract review take place.',
          it: 'Si svolgono revisioni operative mensili e una revisione annuale del contratto.',
          nl: 'Er zijn maandelijkse operationele reviews en een jaarlijkse contractreview.',
          fa: 'بازبینی‌های عملیاتی ماهانه و یک بازبینی سالانهٔ قرارداد انجام می‌شود.',
        },
        {
          en: 'Governance has layers: weekly operational, monthly tactical and quarterly strategic reviews, each with the right people from both sides.',
          it: 'La governance è articolata su più livelli: revisioni operative settimanali, tattiche mensili e strategiche trimestrali, ciascuna con le persone giuste di entrambe le parti.',
          nl: 'Governance heeft lagen: wekelijkse operationele, maandelijkse tactische en driemaandelijkse strategische reviews, elk met de juiste mensen van beide kanten.',
          fa: 'حاکمیت رابطه لایه‌بندی دارد: بازبینی‌های عملیاتی هفتگی، تاکتیکی ماهانه و راهبردی فصلی، هر کدام با حضور افراد مناسب از هر دو طرف.',
        },
        {
          en: 'Governance runs from goals to ongoing management: goals are revisited, KPIs adjusted, improvement plans agreed, and both sides regularly evaluate the relationship itself.',
          it: 'La governance va dagli obiettivi alla gestione continuativa: gli obiettivi vengono ripresi, i KPI adeguati, i piani di miglioramento concordati, ed entrambe le parti valutano regolarmente il rapporto stesso.',
          nl: "Governance loopt van doelen tot doorlopend beheer: doelen worden opnieuw bekeken, KPI's bijgesteld, verbeterplannen afgesproken, en beide partijen evalueren regelmatig de relatie zelf.",
          fa: 'حاکمیت رابطه از اهداف تا مدیریت جاری را در بر می‌گیرد: اهداف دوباره بررسی، KPIها تنظیم و برنامه‌های بهبود توافق می‌شوند و هر دو طرف به‌طور منظم خود رابطه را ارزیابی می‌کنند.',
        },
      ],
      tags: ['partnership', 'meeting-cadence', 'dialogue', 'kpi'],
      seeds: ['002_454879f926d32761.txt'],
      weight: 1.5,
    },
  ],
};
