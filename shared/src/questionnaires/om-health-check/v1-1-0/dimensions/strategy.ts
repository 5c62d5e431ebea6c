import type { QuestionnaireDefinition } from '../../../../domain/questionnaire.schema.js';
import type { RespondentRole } from '../../../../domain/vocabulary.js';

type DimensionDefinition = QuestionnaireDefinition['dimensions'][number];

/** Questions about the client's own management that an outsourcing partner cannot judge. */
const INTERNAL_ROLES: RespondentRole[] = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'OTHER'];

/**
 * Strategic orientation & holistic linkage (seeds 000, 004): a strategy exists, is shared
 * unambiguously, is translated into every function, and operational choices — outsourcing
 * first of all — are tested against it.
 */
export const strategyDimension: DimensionDefinition = {
  id: 'strategy',
  title: {
    en: 'Strategic orientation & holistic linkage',
    it: 'Orientamento strategico e legami in ottica olistica',
    nl: 'Strategische oriëntatie & holistische samenhang',
    fa: 'جهت‌گیری راهبردی و پیوستگی کل‌نگر',
  },
  description: {
    en: 'Whether the company has a clear strategy and goals, shares them in the same words with every function and with the outsourcing partner, and tests operational choices — outsourcing included — against them.',
    it: "Se l'azienda ha una strategia e obiettivi chiari, se li condivide con le stesse parole con ogni funzione e con il partner di outsourcing, e se verifica su di essi le scelte operative, outsourcing compreso.",
    nl: 'Of het bedrijf een heldere strategie en doelen heeft, deze in dezelfde woorden deelt met elke afdeling en met de outsourcingpartner, en operationele keuzes – outsourcing inbegrepen – daaraan toetst.',
    fa: 'این‌که آیا شرکت راهبرد و اهداف روشنی دارد، آن‌ها را با همان واژه‌ها با همهٔ واحدها و با شریک برون‌سپاری در میان می‌گذارد، و انتخاب‌های عملیاتی — از جمله برون‌سپاری — را با آن‌ها می‌سنجد.',
  },
  weight: 3,
  weightRationale: {
    en: 'Weighted highest with partnership: seed 000 says outsourcing management presupposes a serious reflection on the company\'s strategic orientation, and seed 004 says strategy and goals lead every alignment. Without this base, strong scores elsewhere do not hold together.',
    it: "Ha il peso più alto insieme alla partnership: la fonte 000 afferma che l'outsourcing management presuppone una seria riflessione sull'orientamento strategico dell'azienda, e la fonte 004 che strategia e obiettivi guidano ogni allineamento. Senza questa base, anche punteggi alti nelle altre aree non reggono.",
    nl: 'Weegt samen met partnerschap het zwaarst: volgens bron 000 vraagt outsourcingmanagement om een serieuze reflectie op de strategische oriëntatie van het bedrijf, en volgens bron 004 zijn strategie en doelen leidend voor elke afstemming. Zonder dit fundament vormen hoge scores op andere onderdelen geen samenhangend geheel.',
    fa: 'همراه با شراکت، بیشترین وزن را دارد: منبع ۰۰۰ می‌گوید مدیریت برون‌سپاری مستلزم تأملی جدی دربارهٔ جهت‌گیری راهبردی شرکت است، و منبع ۰۰۴ می‌گوید راهبرد و اهداف، هدایت‌گر هر نوع هماهنگی‌اند. بدون این پایه، امتیازهای بالا در سایر بخش‌ها انسجامی نخواهند داشت.',
  },
  seeds: ['000_771def5f3f0c7c25.txt', '004_4f64f7360c716017.txt'],
  questions: [
    {
      id: 'strategy-documented',
      kind: 'maturity',
      allowNotApplicable: false,
      prompt: {
        en: 'How clearly are your company\'s strategy and its 3–5-year goals written down?',
        it: 'Con quale chiarezza sono messi per iscritto la strategia della vostra azienda e i suoi obiettivi a 3–5 anni?',
        nl: 'Hoe helder zijn de strategie van uw bedrijf en de doelen voor de komende 3 à 5 jaar op papier gezet?',
        fa: 'راهبرد شرکت شما و اهداف ۳ تا ۵ سالهٔ آن تا چه اندازه روشن و مکتوب شده است؟',
      },
      help: {
        en: 'Seed 004: the organisation\'s strategy and goals lead and are the common basis for aligning Sales and Operations. Seed 000: an outsourcing model starts from a serious reflection on the company\'s strategic orientation.',
        it: "Fonte 004: strategia e obiettivi dell'organizzazione sono la guida e la base comune per allineare Vendite e Operations. Fonte 000: un modello di outsourcing parte da una seria riflessione sull'orientamento strategico dell'azienda.",
        nl: 'Bron 004: de strategie en doelen van de organisatie zijn leidend en vormen de gezamenlijke basis voor afstemming tussen Sales en Operations. Bron 000: een outsourcingmodel begint met een serieuze reflectie op de strategische oriëntatie van het bedrijf.',
        fa: 'منبع ۰۰۴: راهبرد و اهداف سازمان هدایت‌گرند و پایهٔ مشترک هماهنگی میان فروش و عملیات‌اند. منبع ۰۰۰: هر مدل برون‌سپاری با تأملی جدی دربارهٔ جهت‌گیری راهبردی شرکت آغاز می‌شود.',
      },
      levels: [
        {
          en: 'There is no written strategy; the direction lives in the owner\'s or director\'s head.',
          it: 'Non esiste una strategia scritta; la direzione è nella testa del titolare o del direttore.',
          nl: 'Er is geen geschreven strategie; de koers zit in het hoofd van de eigenaar of directeur.',
          fa: 'راهبرد مکتوبی وجود ندارد؛ مسیر حرکت فقط در ذهن مالک یا مدیرعامل است.',
        },
        {
          en: 'A strategy exists as a slide deck or an annual budget, but its goals are vague and rarely referred to.',
          it: 'La strategia esiste sotto forma di presentazione o di budget annuale, ma gli obiettivi sono vaghi e vi si fa raramente riferimento.',
          nl: 'Er is een strategie in de vorm van een presentatie of jaarbudget, maar de doelen zijn vaag en er wordt zelden naar verwezen.',
          fa: 'راهبرد به شکل چند اسلاید ارائه یا بودجهٔ سالانه وجود دارد، اما اهدافش مبهم است و به‌ندرت به آن مراجعه می‌شود.',
        },
        {
          en: 'A written strategy with measurable goals exists and management looks at it once a year.',
          it: "Esiste una strategia scritta con obiettivi misurabili, che il management riprende una volta l'anno.",
          nl: 'Er is een geschreven strategie met meetbare doelen, waar het management eens per jaar naar kijkt.',
          fa: 'راهبردی مکتوب با اهداف قابل‌سنجش وجود دارد و مدیریت سالی یک بار آن را مرور می‌کند.',
        },
        {
          en: 'The strategy sets measurable 3–5-year goals with named owners, and management reviews progress every quarter.',
          it: "La strategia fissa obiettivi misurabili a 3–5 anni, ciascuno con un responsabile designato, e il management ne verifica l'avanzamento ogni trimestre.",
          nl: 'De strategie legt meetbare doelen voor 3 à 5 jaar vast, elk met een benoemde eigenaar, en het management bespreekt de voortgang elk kwartaal.',
          fa: 'راهبرد، اهداف قابل‌سنجش ۳ تا ۵ ساله را با مسئولان مشخص تعیین می‌کند و مدیریت هر فصل پیشرفت را بررسی می‌کند.',
        },
        {
          en: 'The strategy and its goals are the reference for every major decision, reviewed quarterly and updated when the market shifts.',
          it: 'La strategia e i suoi obiettivi sono il riferimento per ogni decisione importante; vengono rivisti ogni trimestre e aggiornati quando il mercato cambia.',
          nl: 'De strategie en de doelen zijn het ijkpunt voor elke grote beslissing; ze worden elk kwartaal herzien en bijgesteld als de markt verandert.',
          fa: 'راهبرد و اهداف آن مرجع هر تصمیم مهم است، هر فصل بازبینی می‌شود و با تغییر بازار به‌روز می‌شود.',
        },
      ],
      tags: ['strategy', 'long-term-planning'],
      seeds: ['004_4f64f7360c716017.txt', '000_771def5f3f0c7c25.txt'],
      roles: INTERNAL_ROLES,
      weight: 1.5,
    },
    {
      id: 'strategy-shared-unambiguously',
      kind: 'maturity',
      allowNotApplicable: false,
      prompt: {
        en: 'How unambiguously are the strategy and goals shared with Sales, Operations and Marketing?',
        it: 'Con quanta univocità strategia e obiettivi vengono condivisi con Vendite, Operations e Marketing?',
        nl: 'Hoe eenduidig worden strategie en doelen gedeeld met Sales, Operations en Marketing?',
        fa: 'راهبرد و اهداف تا چه حد روشن و بی‌ابهام با واحدهای فروش، عملیات و بازاریابی در میان گذاشته می‌شود؟',
      },
      help: {
        en: 'Seed 004: setting strategy and goals is not enough — sharing them unambiguously with Sales and Operations is at least as important, because both serve one shared interest.',
        it: 'Fonte 004: definire strategia e obiettivi non basta; condividerli in modo univoco con Vendite e Operations è almeno altrettanto importante, perché entrambe servono un unico interesse comune.',
        nl: 'Bron 004: strategie en doelen bepalen is niet genoeg – ze eenduidig delen met Sales en Operations is minstens zo belangrijk, want beide dienen een gedeeld belang.',
        fa: 'منبع ۰۰۴: تعیین راهبرد و اهداف کافی نیست؛ در میان گذاشتن بی‌ابهام آن‌ها با فروش و عملیات دست‌کم به همان اندازه اهمیت دارد، زیرا هر دو در خدمت یک منفعت مشترک‌اند.',
      },
      levels: [
        {
          en: 'Teams know their own targets but not the company goals behind them.',
          it: 'I team conoscono i propri target, ma non gli obiettivi aziendali da cui derivano.',
          nl: 'Teams kennen hun eigen targets, maar niet de bedrijfsdoelen die erachter zitten.',
          fa: 'تیم‌ها اهداف کمّی خود را می‌شناسند، اما از اهداف شرکت که پشت آن‌هاست خبر ندارند.',
        },
        {
          en: 'Goals are announced once, for example at a kick-off, and each team interprets them its own way.',
          it: 'Gli obiettivi vengono annunciati una sola volta, ad esempio in una riunione di kick-off, e ogni team li interpreta a modo suo.',
          nl: 'Doelen worden één keer aangekondigd, bijvoorbeeld op een kick-off, en elk team legt ze op zijn eigen manier uit.',
          fa: 'اهداف فقط یک بار اعلام می‌شود، مثلاً در جلسهٔ آغاز سال، و هر تیم برداشت خودش را از آن‌ها دارد.',
        },
        {
          en: 'Goals are shared in writing with all teams, yet Sales and Operations still describe the priorities differently.',
          it: 'Gli obiettivi sono condivisi per iscritto con tutti i team, eppure Vendite e Operations descrivono ancora le priorità in modo diverso.',
          nl: 'Doelen worden schriftelijk met alle teams gedeeld, maar Sales en Operations omschrijven de prioriteiten nog steeds verschillend.',
          fa: 'اهداف به‌صورت مکتوب با همهٔ تیم‌ها در میان گذاشته می‌شود، اما فروش و عملیات هنوز اولویت‌ها را متفاوت توصیف می‌کنند.',
        },
        {
          en: 'Every team head can state the same top goals and priorities, and management checks this understanding from time to time.',
          it: 'Ogni responsabile di team sa indicare gli stessi obiettivi e le stesse priorità principali, e il management verifica di tanto in tanto questa comprensione.',
          nl: 'Elk teamhoofd kan dezelfde hoofddoelen en prioriteiten noemen, en het management toetst dat begrip af en toe.',
          fa: 'هر سرپرست تیم می‌تواند همان اهداف و اولویت‌های اصلی را بیان کند و مدیریت هر از گاهی این درک مشترک را می‌سنجد.',
        },
        {
          en: 'Sales, Operations, Marketing and the outsourcing partner describe the goals in the same words and settle disagreements by referring to them.',
          it: 'Vendite, Operations, Marketing e il partner di outsourcing descrivono gli obiettivi con le stesse parole e risolvono i disaccordi facendo riferimento a essi.',
          nl: 'Sales, Operations, Marketing en de outsourcingpartner beschrijven de doelen in dezelfde woorden en beslechten meningsverschillen door ernaar te verwijzen.',
          fa: 'فروش، عملیات، بازاریابی و شریک برون‌سپاری اهداف را با همان واژه‌ها توصیف می‌کنند و اختلاف‌ها را با ارجاع به آن‌ها حل می‌کنند.',
        },
      ],
      tags: ['strategy', 'communication'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
      weight: 1.5,
    },
    {
      id: 'strategy-translated-functions',
      kind: 'maturity',
      allowNotApplicable: false,
      prompt: {
        en: 'How are the company goals translated into concrete objectives for each function?',
        it: 'In che modo gli obiettivi aziendali vengono tradotti in obiettivi concreti per ciascuna funzione?',
        nl: 'Hoe worden de bedrijfsdoelen vertaald naar concrete doelstellingen per afdeling?',
        fa: 'اهداف شرکت چگونه به اهداف مشخص برای هر واحد تبدیل می‌شود؟',
      },
      help: {
        en: 'Seed 004: strategy must be carefully translated to Sales and to Operations, not just announced; otherwise each function optimises its own part and they pull apart.',
        it: 'Fonte 004: la strategia va tradotta con cura per le Vendite e per le Operations, non soltanto annunciata; altrimenti ogni funzione ottimizza la propria parte e le funzioni finiscono per tirare in direzioni diverse.',
        nl: 'Bron 004: strategie moet zorgvuldig worden vertaald naar Sales en naar Operations, niet alleen worden aangekondigd; anders optimaliseert elke afdeling haar eigen deel en groeien ze uit elkaar.',
        fa: 'منبع ۰۰۴: راهبرد باید با دقت برای فروش و عملیات ترجمه شود، نه این‌که فقط اعلام شود؛ در غیر این صورت هر واحد بخش خودش را بهینه می‌کند و واحدها از هم فاصله می‌گیرند.',
      },
      levels: [
        {
          en: 'Each function sets its own targets without reference to the company goals.',
          it: 'Ogni funzione fissa i propri target senza riferimento agli obiettivi aziendali.',
          nl: 'Elke afdeling stelt haar eigen targets vast, los van de bedrijfsdoelen.',
          fa: 'هر واحد بدون توجه به اهداف شرکت، اهداف کمّی خودش را تعیین می‌کند.',
        },
        {
          en: 'Some functions derive targets from the goals, but it happens ad hoc and differs year to year.',
          it: 'Alcune funzioni ricavano i target dagli obiettivi aziendali, ma in modo estemporaneo e diverso di anno in anno.',
          nl: 'Sommige afdelingen leiden hun targets af van de doelen, maar dat gebeurt ad hoc en verschilt per jaar.',
          fa: 'برخی واحدها اهداف کمّی خود را از اهداف شرکت استخراج می‌کنند، اما این کار موردی است و هر سال به شکلی متفاوت انجام می‌شود.',
        },
        {
          en: 'Every function has objectives derived from the goals, but the link is not visible in its plans.',
          it: 'Ogni funzione ha obiettivi derivati da quelli aziendali, ma il collegamento non è visibile nei suoi piani.',
          nl: 'Elke afdeling heeft doelstellingen die van de bedrijfsdoelen zijn afgeleid, maar het verband is niet zichtbaar in haar plannen.',
          fa: 'هر واحد اهدافی برگرفته از اهداف شرکت دارد، اما این پیوند در برنامه‌هایش دیده نمی‌شود.',
        },
        {
          en: 'Each function\'s plan shows which company goal every objective serves, and conflicting objectives are resolved before the year starts.',
          it: "Il piano di ogni funzione mostra a quale obiettivo aziendale risponde ciascun obiettivo, e gli obiettivi in conflitto vengono conciliati prima dell'inizio dell'anno.",
          nl: 'Het plan van elke afdeling laat zien welk bedrijfsdoel elke doelstelling dient, en tegenstrijdige doelstellingen worden opgelost voordat het jaar begint.',
          fa: 'برنامهٔ هر واحد نشان می‌دهد هر هدف در خدمت کدام هدف شرکت است، و اهداف متعارض پیش از شروع سال حل‌وفصل می‌شوند.',
        },
        {
          en: 'Sales, Operations, Marketing and the partner derive their objectives together so they reinforce each other, and revisit them whenever the goals change.',
          it: 'Vendite, Operations, Marketing e il partner definiscono insieme i propri obiettivi in modo che si rafforzino a vicenda, e li rivedono ogni volta che cambiano gli obiettivi aziendali.',
          nl: 'Sales, Operations, Marketing en de partner leiden hun doelstellingen samen af, zodat ze elkaar versterken, en herzien ze zodra de bedrijfsdoelen veranderen.',
          fa: 'فروش، عملیات، بازاریابی و شریک، اهداف خود را با هم تعیین می‌کنند تا یکدیگر را تقویت کنند، و هر بار که اهداف شرکت تغییر کند آن‌ها را بازبینی می‌کنند.',
        },
      ],
      tags: ['strategy', 'linkage', 'operational-planning'],
      seeds: ['004_4f64f7360c716017.txt', '001_036e9d3a361eeafd.txt'],
      roles: INTERNAL_ROLES,
      weight: 2,
    },
    {
      id: 'outsourcing-tested-against-strategy',
      kind: 'maturity',
      allowNotApplicable: false,
      prompt: {
        en: 'When you decide to outsource an activity or change provider, how is the decision tested against the strategy?',
        it: "Quando decidete di esternalizzare un'attività o di cambiare outsourcer, come viene verificata la decisione rispetto alla strategia?",
        nl: 'Als u besluit een activiteit uit te besteden of van dienstverlener te wisselen, hoe wordt dat besluit dan aan de strategie getoetst?',
        fa: 'وقتی تصمیم می‌گیرید فعالیتی را برون‌سپاری کنید یا ارائه‌دهندهٔ خدمات را تغییر دهید، این تصمیم چگونه با راهبرد سنجیده می‌شود؟',
      },
      help: {
        en: 'Seed 000: outsourcing only becomes a successful partnership when its strategic aspect is valued and its links with tactics and company policies are understood — not when it is a cost decision alone.',
        it: "Fonte 000: l'outsourcing diventa una partnership di successo solo se se ne valorizza l'aspetto strategico e se ne comprendono i legami con le tattiche e le politiche aziendali, non quando è soltanto una decisione di costo.",
        nl: 'Bron 000: outsourcing wordt pas een geslaagd partnerschap als het strategische aspect ervan wordt gewaardeerd en de verbanden met tactiek en bedrijfsbeleid worden begrepen – niet als het puur een kostenbeslissing is.',
        fa: 'منبع ۰۰۰: برون‌سپاری تنها زمانی به شراکتی موفق تبدیل می‌شود که جنبهٔ راهبردی آن ارج نهاده شود و پیوندهایش با تاکتیک‌ها و سیاست‌های شرکت درک شود — نه وقتی که صرفاً تصمیمی مبتنی بر هزینه باشد.',
      },
      levels: [
        {
          en: 'Outsourcing decisions are driven by cost or urgency alone.',
          it: "Le decisioni di outsourcing sono dettate solo dai costi o dall'urgenza.",
          nl: 'Outsourcingbeslissingen worden alleen door kosten of urgentie gedreven.',
          fa: 'تصمیم‌های برون‌سپاری فقط بر اساس هزینه یا فوریت گرفته می‌شود.',
        },
        {
          en: 'Strategy is mentioned in the discussion, but price and speed decide.',
          it: 'Nella discussione si cita la strategia, ma a decidere sono prezzo e rapidità.',
          nl: 'De strategie komt in de discussie ter sprake, maar prijs en snelheid geven de doorslag.',
          fa: 'در بحث‌ها به راهبرد اشاره می‌شود، اما قیمت و سرعت تعیین‌کننده است.',
        },
        {
          en: 'The business case states which strategic goal the outsourcing supports.',
          it: "Il business case indica quale obiettivo strategico l'outsourcing sostiene.",
          nl: 'De business case vermeldt welk strategisch doel de outsourcing ondersteunt.',
          fa: 'طرح توجیهی مشخص می‌کند که برون‌سپاری از کدام هدف راهبردی پشتیبانی می‌کند.',
        },
        {
          en: 'Management reviews the business case against the strategic goals, including its effect on sales, marketing and customer care.',
          it: "Il management valuta il business case rispetto agli obiettivi strategici, compreso l'impatto su vendite, marketing e customer care.",
          nl: 'Het management toetst de business case aan de strategische doelen, inclusief het effect op sales, marketing en klantenservice.',
          fa: 'مدیریت طرح توجیهی را با اهداف راهبردی می‌سنجد، از جمله اثر آن بر فروش، بازاریابی و خدمات مشتریان.',
        },
        {
          en: 'Every outsourcing decision is checked against the strategy and its links to tactics and company policies, and checked again at each contract renewal.',
          it: 'Ogni decisione di outsourcing viene verificata rispetto alla strategia e ai suoi legami con tattiche e politiche aziendali, e verificata di nuovo a ogni rinnovo del contratto.',
          nl: 'Elke outsourcingbeslissing wordt getoetst aan de strategie en de verbanden met tactiek en bedrijfsbeleid, en opnieuw bij elke contractverlenging.',
          fa: 'هر تصمیم برون‌سپاری با راهبرد و پیوندهای آن با تاکتیک‌ها و سیاست‌های شرکت سنجیده می‌شود و در هر تمدید قرارداد دوباره بررسی می‌شود.',
        },
      ],
      tags: ['strategy', 'partnership', 'supplier-selection'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      roles: INTERNAL_ROLES,
      weight: 2,
    },
    {
      id: 'managerial-attitudes',
      kind: 'maturity',
      allowNotApplicable: false,
      prompt: {
        en: 'At the last change in how work is organised (for example, outsourcing an activity), what did management do about its own habits and assumptions?',
        it: 'All’ultimo cambiamento nell’organizzazione del lavoro (ad esempio, l’esternalizzazione di un’attività), che cosa ha fatto la direzione riguardo alle proprie abitudini e convinzioni?',
        nl: 'Wat deed het management bij de laatste verandering in de organisatie van het werk (bijvoorbeeld het uitbesteden van een activiteit) met zijn eigen gewoonten en aannames?',
        fa: 'در آخرین تغییر در سازمان‌دهی کار (برای نمونه برون‌سپاری یک فعالیت)، مدیریت دربارهٔ عادت‌ها و پیش‌فرض‌های خودش چه کرد؟',
      },
      help: {
        en: 'Seed 000: outsourcing management presupposes a serious reflection on the client company’s strategic orientation and on managerial attitudes. We ask what happened at the last change rather than how open management is, because people rate their own openness generously.',
        it: 'Fonte 000: l’outsourcing management presuppone una seria riflessione sugli orientamenti strategici dell’azienda committente e sugli atteggiamenti manageriali. Chiediamo che cosa è successo all’ultimo cambiamento invece di quanto sia aperta la direzione, perché ognuno giudica con generosità la propria apertura.',
        nl: 'Bron 000: outsourcingmanagement veronderstelt een serieuze reflectie op de strategische oriëntatie van het opdrachtgevende bedrijf en op de houding van het management. We vragen wat er bij de laatste verandering gebeurde in plaats van hoe open het management is, omdat mensen hun eigen openheid gul beoordelen.',
        fa: 'منبع ۰۰۰: مدیریت برون‌سپاری مستلزم تأملی جدی دربارهٔ جهت‌گیری‌های راهبردی شرکت کارفرما و نگرش‌های مدیریتی است. به‌جای این‌که بپرسیم مدیریت چقدر گشوده است، می‌پرسیم در آخرین تغییر چه شد، زیرا افراد گشودگی خود را سخاوتمندانه ارزیابی می‌کنند.',
      },
      levels: [
        {
          en: 'Nothing: the decision was taken and announced.',
          it: 'Niente: la decisione è stata presa e comunicata.',
          nl: 'Niets: het besluit werd genomen en aangekondigd.',
          fa: 'هیچ کاری: تصمیم گرفته و اعلام شد.',
        },
        {
          en: 'Management discussed the change among itself, but not its own part in it.',
          it: 'La direzione ha discusso il cambiamento al proprio interno, ma non il proprio ruolo in esso.',
          nl: 'Het management besprak de verandering onder elkaar, maar niet zijn eigen rol daarin.',
          fa: 'مدیریت دربارهٔ تغییر در میان خودش بحث کرد، اما نه دربارهٔ نقش خودش در آن.',
        },
        {
          en: 'Management asked the people affected for their views before deciding.',
          it: 'La direzione ha chiesto il parere delle persone coinvolte prima di decidere.',
          nl: 'Het management vroeg de betrokkenen om hun mening voordat het besliste.',
          fa: 'مدیریت پیش از تصمیم‌گیری نظر افراد درگیر را پرسید.',
        },
        {
          en: 'Management wrote down which of its own habits had to change (control, reporting, decisions) and acted on it.',
          it: 'La direzione ha messo per iscritto quali proprie abitudini dovevano cambiare (controllo, reporting, decisioni) e ha agito di conseguenza.',
          nl: 'Het management legde vast welke eigen gewoonten moesten veranderen (controle, rapportage, besluitvorming) en handelde daarnaar.',
          fa: 'مدیریت نوشت کدام عادت‌های خودش (کنترل، گزارش‌دهی، تصمیم‌گیری) باید تغییر کند و بر همان پایه عمل کرد.',
        },
        {
          en: 'Management reviewed its own behaviour again after the change, with the people affected and the provider, and changed course where needed.',
          it: 'Dopo il cambiamento la direzione ha riesaminato il proprio comportamento con le persone coinvolte e con il fornitore di servizi, e ha corretto la rotta dove serviva.',
          nl: 'Het management evalueerde na de verandering opnieuw zijn eigen gedrag, met de betrokkenen en de dienstverlener, en stuurde bij waar nodig.',
          fa: 'مدیریت پس از تغییر، همراه با افراد درگیر و ارائه‌دهندهٔ خدمات، رفتار خودش را دوباره بازبینی کرد و هر جا لازم بود مسیر را اصلاح کرد.',
        },
      ],
      roles: INTERNAL_ROLES,
      tags: ['strategy', 'partnership', 'trust'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'strategy-shared-with-partner',
      kind: 'maturity',
      prompt: {
        en: 'How much of the company\'s strategy and goals does the outsourcing partner know?',
        it: 'Quanto conosce il partner di outsourcing della strategia e degli obiettivi aziendali?',
        nl: 'Hoeveel weet de outsourcingpartner van de strategie en doelen van het bedrijf?',
        fa: 'شریک برون‌سپاری تا چه اندازه از راهبرد و اهداف شرکت آگاه است؟',
      },
      help: {
        en: 'Seed 000: a partner, not a supplier, works towards shared objectives; seed 002: a true partnership is built on goals agreed from the start. A partner that only sees task instructions cannot serve the strategy.',
        it: "Fonte 000: un partner, non un fornitore, lavora per obiettivi condivisi; fonte 002: una vera partnership si costruisce su obiettivi concordati fin dall'inizio. Un partner che vede solo istruzioni operative non può servire la strategia.",
        nl: 'Bron 000: een partner – geen leverancier – werkt aan gedeelde doelen; bron 002: een echt partnerschap rust op doelen die vanaf het begin zijn afgesproken. Een partner die alleen taakinstructies ziet, kan de strategie niet dienen.',
        fa: 'منبع ۰۰۰: شریک — و نه تأمین‌کننده — در جهت اهداف مشترک کار می‌کند؛ منبع ۰۰۲: شراکت واقعی بر اهدافی بنا می‌شود که از همان آغاز بر سرشان توافق شده است. شریکی که فقط دستورالعمل انجام کار را می‌بیند، نمی‌تواند در خدمت راهبرد باشد.',
      },
      levels: [
        {
          en: 'The partner receives task instructions and service levels only.',
          it: 'Il partner riceve solo istruzioni operative e livelli di servizio.',
          nl: 'De partner krijgt alleen taakinstructies en serviceniveaus.',
          fa: 'شریک فقط دستورالعمل‌های کاری و سطوح خدمت را دریافت می‌کند.',
        },
        {
          en: 'The partner hears about company goals informally or by chance.',
          it: 'Il partner viene a sapere degli obiettivi aziendali in modo informale o per caso.',
          nl: 'De partner hoort informeel of toevallig over de bedrijfsdoelen.',
          fa: 'شریک به‌طور غیررسمی یا اتفاقی از اهداف شرکت باخبر می‌شود.',
        },
        {
          en: 'The partner receives a summary of the relevant goals once a year.',
          it: "Il partner riceve una volta l'anno una sintesi degli obiettivi che lo riguardano.",
          nl: 'De partner krijgt eens per jaar een samenvatting van de relevante doelen.',
          fa: 'شریک سالی یک بار خلاصه‌ای از اهداف مرتبط را دریافت می‌کند.',
        },
        {
          en: 'The partner is briefed on the strategy and its changes and can explain how its service contributes to it.',
          it: 'Il partner viene informato sulla strategia e sulle sue modifiche e sa spiegare in che modo il proprio servizio vi contribuisce.',
          nl: 'De partner wordt gebrieft over de strategie en de wijzigingen daarin en kan uitleggen hoe zijn dienstverlening eraan bijdraagt.',
          fa: 'شریک در جریان راهبرد و تغییرات آن قرار می‌گیرد و می‌تواند توضیح دهد خدماتش چگونه به آن کمک می‌کند.',
        },
        {
          en: 'The partner takes part in strategy reviews for the outsourced area and proposes changes to serve the goals better.',
          it: "Il partner partecipa alle revisioni strategiche dell'area esternalizzata e propone cambiamenti per servire meglio gli obiettivi.",
          nl: 'De partner neemt deel aan strategiereviews voor het uitbestede gebied en stelt wijzigingen voor om de doelen beter te dienen.',
          fa: 'شریک در بازبینی‌های راهبردی حوزهٔ برون‌سپاری‌شده شرکت می‌کند و برای تحقق بهتر اهداف، تغییراتی پیشنهاد می‌دهد.',
        },
      ],
      tags: ['strategy', 'partnership', 'shared-goals'],
      seeds: ['000_771def5f3f0c7c25.txt', '002_454879f926d32761.txt'],
      weight: 1.5,
    },
    {
      id: 'strategy-operations-holistic',
      kind: 'maturity',
      allowNotApplicable: false,
      prompt: {
        en: 'When a new activity is launched (a channel, a service, a process), how are its links with the other functions worked out?',
        it: 'Quando si avvia una nuova attività (un canale, un servizio, un processo), come vengono definiti i suoi legami con le altre funzioni?',
        nl: 'Als er een nieuwe activiteit wordt gestart (een kanaal, een dienst, een proces), hoe worden dan de verbanden met de andere afdelingen uitgewerkt?',
        fa: 'وقتی فعالیت تازه‌ای راه‌اندازی می‌شود (یک کانال، یک خدمت، یک فرایند)، پیوندهای آن با سایر واحدها چگونه مشخص می‌شود؟',
      },
      help: {
        en: 'Seed 000: every activity of the company must reflect awareness of the links between operational strategy and strategic orientation, in the holistic sense — one function\'s launch is every function\'s business.',
        it: "Fonte 000: ogni attività dell'azienda deve riflettere la consapevolezza dei legami tra strategia operativa e orientamento strategico, nel senso olistico del termine; il lancio deciso da una funzione riguarda tutte le funzioni.",
        nl: 'Bron 000: elke activiteit van het bedrijf moet getuigen van besef van de verbanden tussen operationele strategie en strategische oriëntatie, in holistische zin – wat de ene afdeling lanceert, raakt alle afdelingen.',
        fa: 'منبع ۰۰۰: هر فعالیت شرکت باید بازتاب آگاهی از پیوندهای میان راهبرد عملیاتی و جهت‌گیری راهبردی، به معنای کل‌نگر آن، باشد؛ راه‌اندازی هر واحد به همهٔ واحدها مربوط است.',
      },
      levels: [
        {
          en: 'One function launches it; the others find out when problems reach them.',
          it: 'Una funzione la avvia; le altre se ne accorgono quando i problemi arrivano a loro.',
          nl: 'Eén afdeling start de activiteit; de andere merken het pas als de problemen bij hen aankomen.',
          fa: 'یک واحد آن را راه‌اندازی می‌کند و بقیه وقتی باخبر می‌شوند که مشکلات به آن‌ها می‌رسد.',
        },
        {
          en: 'Other functions are informed shortly before the launch.',
          it: 'Le altre funzioni vengono informate poco prima del lancio.',
          nl: 'Andere afdelingen worden kort voor de lancering geïnformeerd.',
          fa: 'سایر واحدها کمی پیش از راه‌اندازی مطلع می‌شوند.',
        },
        {
          en: 'A launch checklist asks which functions are affected, but the initiating function fills it in alone.',
          it: 'Una checklist di lancio chiede quali funzioni sono coinvolte, ma la compila da sola la funzione promotrice.',
          nl: 'Een lanceringschecklist vraagt welke afdelings worden geraakt, maar de initiërende afdeling vult die alleen in.',
          fa: 'یک چک‌لیست راه‌اندازی می‌پرسد کدام واحدها تحت تأثیر قرار می‌گیرند، اما واحد آغازگر آن را به‌تنهایی پر می‌کند.',
        },
        {
          en: 'Sales, Operations, Marketing, Customer Care and the partner plan the launch together, including resources and the effect on customers.',
          it: "Vendite, Operations, Marketing, Customer Care e il partner pianificano insieme il lancio, comprese le risorse e l'impatto sui clienti.",
          nl: 'Sales, Operations, Marketing, Klantenservice en de partner plannen de lancering samen, inclusief middelen en het effect op klanten.',
          fa: 'فروش، عملیات، بازاریابی، خدمات مشتریان و شریک با هم راه‌اندازی را برنامه‌ریزی می‌کنند، از جمله منابع لازم و اثر آن بر مشتریان.',
        },
        {
          en: 'Every launch starts from the strategic goal it serves and a shared cross-functional plan, and the links are reviewed and adjusted after launch.',
          it: "Ogni lancio parte dall'obiettivo strategico che serve e da un piano interfunzionale condiviso; dopo il lancio i legami vengono verificati e corretti.",
          nl: 'Elke lancering vertrekt vanuit het strategische doel dat ze dient en een gedeeld, functieoverstijgend plan; na de lancering worden de verbanden geëvalueerd en bijgesteld.',
          fa: 'هر راه‌اندازی از هدف راهبردی‌ای که به آن خدمت می‌کند و یک برنامهٔ مشترک میان‌واحدی آغاز می‌شود و پس از راه‌اندازی، پیوندها بازبینی و اصلاح می‌شوند.',
        },
      ],
      roles: INTERNAL_ROLES,
      tags: ['strategy', 'linkage', 'operational-planning'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      weight: 1.5,
    },
  ],
};
