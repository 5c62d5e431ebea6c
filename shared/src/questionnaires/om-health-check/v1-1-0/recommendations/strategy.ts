import type { QuestionnaireDefinition } from '../../../../domain/questionnaire.schema.js';

type RecommendationDefinitionInput = QuestionnaireDefinition['recommendations'][number];

/** Recommendations for strategic orientation & holistic linkage (seeds 000, 004). */
export const strategyRecommendations: RecommendationDefinitionInput[] = [
  {
    id: 'write-one-page-strategy',
    dimensionId: 'strategy',
    title: { en: 'Write the strategy and its goals on one page', it: 'Scrivere la strategia e i suoi obiettivi su una sola pagina', nl: 'Leg strategie en doelen vast op één pagina', fa: 'نوشتن راهبرد و اهداف در یک صفحه' },
    body: {
      en: 'Seed 004 is clear that strategy and goals lead: they are the only common ground on which Sales, Operations and an outsourcing partner can settle their differences. Today that ground is missing or too vague to use. Put the 3–5-year direction and a handful of measurable goals on one page that every manager can quote.',
      it: "La fonte 004 è chiara: a guidare sono la strategia e gli obiettivi, perché sono l'unico terreno comune su cui Vendite, Operations e un partner di outsourcing possono risolvere le loro divergenze. Oggi questo terreno manca o è troppo vago per essere utile. Occorre mettere su una sola pagina la direzione a 3–5 anni e pochi obiettivi misurabili, che ogni manager sia in grado di citare.",
      nl: 'Bron 004 is duidelijk: strategie en doelen zijn leidend. Ze vormen de enige gemeenschappelijke basis waarop Sales, Operations en een outsourcingpartner hun verschillen kunnen oplossen. Die basis ontbreekt nu of is te vaag om mee te werken. Zet de richting voor de komende 3–5 jaar en een handvol meetbare doelen op één pagina die elke manager kan citeren.',
      fa: 'منبع ۰۰۴ به‌روشنی می‌گوید که راهبرد و اهداف باید مسیر را تعیین کنند: آن‌ها تنها زمینه مشترکی هستند که فروش، عملیات و شریک برون‌سپاری می‌توانند اختلاف‌هایشان را بر پایه آن حل کنند. در حال حاضر این زمینه وجود ندارد یا مبهم‌تر از آن است که به کار آید. جهت‌گیری ۳ تا ۵ ساله و چند هدف قابل‌اندازه‌گیری را در یک صفحه بنویسید، به‌گونه‌ای که هر مدیری بتواند آن را بازگو کند.',
    },
    steps: [
      { en: 'The managing director blocks two half-day sessions with the management team within the next four weeks to agree the 3–5-year direction.', it: "Entro le prossime quattro settimane l'amministratore delegato fissa con il team di direzione due sessioni di mezza giornata per concordare la direzione a 3–5 anni.", nl: 'De algemeen directeur plant binnen vier weken twee sessies van een halve dag met het managementteam om de richting voor de komende 3–5 jaar af te spreken.', fa: 'مدیرعامل ظرف چهار هفته آینده دو جلسه نیم‌روزه با تیم مدیریت برگزار می‌کند تا بر سر جهت‌گیری ۳ تا ۵ ساله به توافق برسند.' },
      { en: 'Agree 3–5 measurable goals (for example margin, share of repeat customers, delivery reliability), each with one owner and a target date.', it: 'Concordare 3–5 obiettivi misurabili (ad esempio margine, quota di clienti abituali, affidabilità delle consegne), ciascuno con un responsabile e una data obiettivo.', nl: 'Spreek 3–5 meetbare doelen af (bijvoorbeeld marge, aandeel terugkerende klanten, leverbetrouwbaarheid), elk met één eigenaar en een streefdatum.', fa: 'بر سر ۳ تا ۵ هدف قابل‌اندازه‌گیری توافق کنید (مثلاً حاشیه سود، سهم مشتریانی که دوباره خرید می‌کنند، قابلیت اطمینان تحویل) و برای هر کدام یک مسئول و یک تاریخ هدف تعیین کنید.' },
      { en: 'Write the result on one page — where we compete, the goals, what we will stop doing — and send it to every manager and to the outsourcing partner\'s account lead.', it: "Riportare il risultato su una sola pagina (dove competiamo, gli obiettivi, che cosa smetteremo di fare) e inviarlo a tutti i manager e all'account manager del partner di outsourcing.", nl: 'Zet het resultaat op één pagina – waar we concurreren, de doelen, waarmee we stoppen – en stuur die naar elke manager en naar de accountmanager van de outsourcingpartner.', fa: 'نتیجه را در یک صفحه بنویسید (در کجا رقابت می‌کنیم، اهداف، و کارهایی که دیگر انجام نخواهیم داد) و آن را برای همهٔ مدیران و نیز مدیر حساب شریک برون‌سپاری بفرستید.' },
      { en: 'Put a two-hour quarterly goal review in the management calendar for the next four quarters.', it: 'Inserire nel calendario della direzione, per i prossimi quattro trimestri, una revisione trimestrale degli obiettivi di due ore.', nl: 'Plan voor de komende vier kwartalen een kwartaalreview van de doelen van twee uur in de managementagenda.', fa: 'برای چهار فصل آینده، یک جلسه دوساعته بازبینی فصلی اهداف را در تقویم مدیریت قرار دهید.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['004_4f64f7360c716017.txt', '000_771def5f3f0c7c25.txt'],
    condition: { question: 'strategy-documented', score: { lt: 2 } },
  },
  {
    id: 'cascade-goals-to-functions',
    dimensionId: 'strategy',
    title: { en: 'Translate the company goals into each function\'s objectives', it: 'Tradurre gli obiettivi aziendali negli obiettivi di ciascuna funzione', nl: 'Vertaal de bedrijfsdoelen naar doelstellingen per afdeling', fa: 'تبدیل اهداف شرکت به اهداف مشخص هر واحد' },
    body: {
      en: 'The strategy exists, but it does not reach the work: functions set their own targets or read the goals differently. Seed 004 warns that formulating strategy is not enough — it must be shared unambiguously and translated carefully into what Sales and Operations do, because both serve the interest of the whole organisation. An objective map that links every function\'s objectives to a company goal shows conflicts before they turn into daily friction.',
      it: "La strategia esiste, ma non arriva al lavoro quotidiano: le funzioni fissano i propri target o interpretano gli obiettivi in modo diverso. La fonte 004 avverte che formulare la strategia non basta: va condivisa in modo univoco e tradotta con cura in ciò che fanno Vendite e Operations, perché entrambe servono l'interesse dell'intera organizzazione. Una mappa che collega gli obiettivi di ogni funzione a un obiettivo aziendale fa emergere i conflitti prima che diventino attriti quotidiani.",
      nl: 'De strategie bestaat, maar bereikt het werk niet: afdelingen stellen hun eigen targets of lezen de doelen verschillend. Bron 004 waarschuwt dat een strategie formuleren niet genoeg is: ze moet eenduidig gedeeld en zorgvuldig vertaald worden naar wat Sales en Operations doen, omdat beide het belang van de hele organisatie dienen. Een doelenkaart die de doelstellingen van elke afdeling koppelt aan een bedrijfsdoel, maakt conflicten zichtbaar voordat ze uitgroeien tot dagelijkse wrijving.',
      fa: 'راهبرد وجود دارد، اما به سطح کار نمی‌رسد: واحدها اهداف خود را جداگانه تعیین می‌کنند یا اهداف شرکت را به شکل متفاوتی تفسیر می‌کنند. منبع ۰۰۴ هشدار می‌دهد که تدوین راهبرد کافی نیست؛ راهبرد باید بدون ابهام به اشتراک گذاشته شود و با دقت به کار فروش و عملیات ترجمه شود، زیرا هر دو در خدمت منافع کل سازمان هستند. نقشه اهدافی که اهداف هر واحد را به یکی از اهداف شرکت پیوند می‌دهد، تعارض‌ها را پیش از آنکه به اصطکاک روزمره تبدیل شوند آشکار می‌کند.',
    },
    steps: [
      { en: 'Each function head (Sales, Operations, Marketing, Customer Care) drafts 3–5 objectives on one shared template within three weeks, naming the company goal each one serves.', it: "Entro tre settimane ogni responsabile di funzione (Vendite, Operations, Marketing, Customer Care) redige 3–5 obiettivi su un unico modello condiviso, indicando per ciascuno l'obiettivo aziendale a cui contribuisce.", nl: 'Elk afdelingshoofd (Sales, Operations, Marketing, Klantenservice) stelt binnen drie weken 3–5 doelstellingen op in één gedeeld sjabloon en noemt bij elke doelstelling het bedrijfsdoel dat ze dient.', fa: 'هر یک از مدیران واحدها (فروش، عملیات، بازاریابی، خدمات مشتریان) ظرف سه هفته ۳ تا ۵ هدف را در یک قالب مشترک تدوین می‌کند و برای هر کدام مشخص می‌کند در خدمت کدام هدف شرکت است.' },
      { en: 'Hold a three-hour joint session in which the heads put their objectives side by side and remove conflicts, such as a volume target in Sales against a cost target in Operations.', it: 'Organizzare una sessione congiunta di tre ore in cui i responsabili mettono a confronto i propri obiettivi ed eliminano i conflitti, come un target di volume nelle Vendite contrapposto a un target di costo nelle Operations.', nl: 'Houd een gezamenlijke sessie van drie uur waarin de afdelingshoofden hun doelstellingen naast elkaar leggen en tegenstrijdigheden wegnemen, zoals een volumetarget bij Sales tegenover een kostentarget bij Operations.', fa: 'یک جلسه مشترک سه‌ساعته برگزار کنید که در آن مدیران واحدها اهداف خود را کنار هم بگذارند و تعارض‌ها را برطرف کنند؛ مانند هدف حجمی در فروش در برابر هدف هزینه‌ای در عملیات.' },
      { en: 'The planning lead turns the agreed objectives into quarterly milestones per team (seed 001).', it: 'Il responsabile della pianificazione traduce gli obiettivi concordati in traguardi trimestrali per ciascun team (fonte 001).', nl: 'De planningsverantwoordelijke vertaalt de afgesproken doelstellingen naar mijlpalen per kwartaal voor elk team (bron 001).', fa: 'مسئول برنامه‌ریزی اهداف توافق‌شده را به نقاط عطف فصلی برای هر تیم تبدیل می‌کند (منبع ۰۰۱).' },
      { en: 'Publish the objective map and open every monthly management meeting with a five-minute check against it.', it: 'Pubblicare la mappa degli obiettivi e aprire ogni riunione mensile di direzione con una verifica di cinque minuti rispetto alla mappa.', nl: 'Publiceer de doelenkaart en open elk maandelijks managementoverleg met een check van vijf minuten aan de hand van die kaart.', fa: 'نقشه اهداف را منتشر کنید و هر جلسه ماهانه مدیریت را با یک بررسی پنج‌دقیقه‌ای بر اساس آن آغاز کنید.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 5,
    seeds: ['004_4f64f7360c716017.txt', '001_036e9d3a361eeafd.txt'],
    // Review 1.0: the flag also fires on a weak operational plan alone; this advice says functions
    // set their own targets, so it needs that answer too, never contradicting a strong one.
    condition: { all: [{ flag: 'STRATEGY_NOT_TRANSLATED' }, { question: 'strategy-translated-functions', score: { lt: 3 } }] },
  },
  {
    id: 'same-words-test',
    dimensionId: 'strategy',
    title: { en: 'Test whether everyone tells the same story', it: 'Verificare che tutti raccontino la stessa storia', nl: 'Test of iedereen hetzelfde verhaal vertelt', fa: 'سنجش این‌که آیا همه روایت یکسانی را بیان می‌کنند' },
    body: {
      en: 'Seed 004 asks for strategy to be shared unambiguously: Sales and Operations should describe the same priorities in the same words. A ten-minute test shows whether they do and where the goals need rewording. It costs nothing and gives management a baseline to improve on.',
      it: 'La fonte 004 chiede che la strategia sia condivisa in modo univoco: Vendite e Operations dovrebbero descrivere le stesse priorità con le stesse parole. Un test di dieci minuti mostra se è così e dove gli obiettivi vanno riformulati. Non costa nulla e fornisce alla direzione una base di partenza da migliorare.',
      nl: 'Bron 004 vraagt om een eenduidig gedeelde strategie: Sales en Operations horen dezelfde prioriteiten in dezelfde woorden te beschrijven. Een test van tien minuten laat zien of dat zo is en waar de doelen anders geformuleerd moeten worden. Het kost niets en geeft het management een nulmeting om op te verbeteren.',
      fa: 'منبع ۰۰۴ می‌خواهد راهبرد بدون ابهام به اشتراک گذاشته شود: فروش و عملیات باید اولویت‌های یکسان را با واژه‌های یکسان توصیف کنند. یک آزمون ده‌دقیقه‌ای نشان می‌دهد که آیا چنین است و کدام اهداف نیاز به بازنویسی دارند. این کار هزینه‌ای ندارد و به مدیریت نقطهٔ شروعی برای بهبود می‌دهد.',
    },
    steps: [
      { en: 'At the next management meeting, ask each function head — and the partner\'s account lead — to write down the company\'s top three goals and this quarter\'s top priority, without conferring.', it: "Alla prossima riunione di direzione, chiedere a ogni responsabile di funzione, e all'account manager del partner, di scrivere i tre principali obiettivi aziendali e la priorità numero uno del trimestre, senza consultarsi.", nl: 'Vraag in het volgende managementoverleg elk afdelingshoofd – en de accountmanager van de partner – om zonder onderling overleg de drie belangrijkste bedrijfsdoelen en de topprioriteit van dit kwartaal op te schrijven.', fa: 'در جلسهٔ بعدی مدیریت از هر یک از مدیران واحدها، و نیز از مدیر حساب شریک، بخواهید بدون مشورت با یکدیگر سه هدف اصلی شرکت و مهم‌ترین اولویت این فصل را بنویسند.' },
      { en: 'Put the answers side by side on one slide; where they differ, rewrite the goal in plain language with a number attached.', it: "Riportare le risposte affiancate su una sola slide; dove divergono, riscrivere l'obiettivo in linguaggio semplice e associarvi un numero.", nl: 'Zet de antwoorden naast elkaar op één slide; waar ze verschillen, herschrijft u het doel in gewone taal en koppelt u er een getal aan.', fa: 'پاسخ‌ها را در یک اسلاید کنار هم قرار دهید؛ هر جا تفاوت دارند، هدف را به زبانی ساده و همراه با یک عدد مشخص بازنویسی کنید.' },
      { en: 'Each manager presents the rewritten goals in their own team\'s next meeting.', it: 'Ogni manager presenta gli obiettivi riformulati nella successiva riunione del proprio team.', nl: 'Elke manager presenteert de herschreven doelen in het eerstvolgende overleg van het eigen team.', fa: 'هر مدیر اهداف بازنویسی‌شده را در جلسهٔ بعدی تیم خود ارائه می‌کند.' },
      { en: 'Repeat the test in three months and compare the answers.', it: 'Ripetere il test dopo tre mesi e confrontare le risposte.', nl: 'Herhaal de test over drie maanden en vergelijk de antwoorden.', fa: 'سه ماه بعد آزمون را تکرار کنید و پاسخ‌ها را با هم مقایسه کنید.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['004_4f64f7360c716017.txt'],
    condition: {
      all: [
        { question: 'strategy-shared-unambiguously', score: { lt: 3 } },
        { question: 'strategy-documented', score: { gte: 1 } },
      ],
    },
  },
  {
    id: 'outsourcing-strategic-fit-gate',
    dimensionId: 'strategy',
    title: { en: 'Add a strategic-fit test to every outsourcing decision', it: 'Aggiungere una verifica di coerenza strategica a ogni decisione di outsourcing', nl: 'Toets elke outsourcingbeslissing op strategische fit', fa: 'افزودن آزمون تناسب راهبردی به هر تصمیم برون‌سپاری' },
    body: {
      en: 'Outsourcing decisions are currently made on cost or urgency. Seed 000 says outsourcing becomes a successful partnership only when its strategic aspect is valued and its links with tactics and company policies are understood. A one-page fit test before each decision and renewal prevents contracts that save money in one function and cost it in another.',
      it: "Oggi le decisioni di outsourcing si prendono in base ai costi o all'urgenza. La fonte 000 afferma che l'outsourcing diventa una partnership di successo solo se se ne valorizza l'aspetto strategico e se ne comprendono i legami con la tattica e con le politiche aziendali. Una verifica di coerenza di una pagina prima di ogni decisione e di ogni rinnovo evita contratti che fanno risparmiare in una funzione e costano in un'altra.",
      nl: 'Outsourcingbeslissingen worden nu genomen op basis van kosten of urgentie. Bron 000 stelt dat outsourcing pas een succesvol partnerschap wordt als het strategische aspect op waarde wordt geschat en de samenhang met tactiek en bedrijfsbeleid wordt begrepen. Een fit-toets van één pagina vóór elke beslissing en verlenging voorkomt contracten die in de ene afdeling geld besparen en in een andere geld kosten.',
      fa: 'در حال حاضر تصمیم‌های برون‌سپاری بر پایه هزینه یا فوریت گرفته می‌شود. منبع ۰۰۰ می‌گوید برون‌سپاری تنها زمانی به یک شراکت موفق تبدیل می‌شود که جنبه راهبردی آن ارج نهاده شود و پیوندهایش با تاکتیک‌ها و سیاست‌های شرکت درک شود. یک آزمون تناسب یک‌صفحه‌ای پیش از هر تصمیم و هر تمدید، از قراردادهایی جلوگیری می‌کند که در یک واحد صرفه‌جویی ایجاد می‌کنند و در واحد دیگر هزینه می‌تراشند.',
    },
    steps: [
      { en: 'Management adds a one-page "strategic fit" section to the outsourcing business-case template: which goal it serves, which functions it touches, which resources it needs, how success will be measured.', it: "La direzione aggiunge al modello di business case per l'outsourcing una sezione di una pagina sulla «coerenza strategica»: quale obiettivo serve, quali funzioni coinvolge, di quali risorse ha bisogno, come se ne misurerà il successo.", nl: 'Het management voegt aan het sjabloon voor de outsourcing-businesscase een sectie “strategische fit” van één pagina toe: welk doel het dient, welke afdelingen het raakt, welke middelen het vraagt en hoe succes wordt gemeten.', fa: 'مدیریت به قالب طرح توجیهی برون‌سپاری بخشی یک‌صفحه‌ای با عنوان «تناسب راهبردی» اضافه می‌کند: در خدمت کدام هدف است، با کدام واحدها سروکار دارد، به چه منابعی نیاز دارد و موفقیت آن چگونه سنجیده می‌شود.' },
      { en: 'Apply it to the next outsourcing decision or renewal on the calendar, with Sales, Marketing and Customer Care reviewing the draft.', it: 'Applicarla alla prossima decisione o al prossimo rinnovo di outsourcing in calendario, facendo rivedere la bozza da Vendite, Marketing e Customer Care.', nl: 'Pas de sectie toe op de eerstvolgende geplande outsourcingbeslissing of -verlenging en laat Sales, Marketing en Klantenservice het concept beoordelen.', fa: 'آن را در نخستین تصمیم یا تمدید برون‌سپاری که در تقویم است به کار ببرید و پیش‌نویس را برای بازبینی در اختیار فروش، بازاریابی و خدمات مشتریان قرار دهید.' },
      { en: 'List all running outsourcing contracts with their renewal dates and schedule a fit review three months before each one.', it: 'Elencare tutti i contratti di outsourcing in corso con le relative date di rinnovo e pianificare una verifica di coerenza tre mesi prima di ciascuna scadenza.', nl: 'Maak een lijst van alle lopende outsourcingcontracten met hun verlengingsdata en plan drie maanden vóór elke verlenging een fit-toets.', fa: 'فهرست همهٔ قراردادهای جاری برون‌سپاری را همراه با تاریخ تمدیدشان تهیه کنید و سه ماه پیش از هر تمدید، یک بازبینی تناسب راهبردی برنامه‌ریزی کنید.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'outsourcing-tested-against-strategy', score: { lt: 2 } },
  },
  {
    id: 'brief-partner-on-strategy',
    dimensionId: 'strategy',
    title: { en: 'Brief the outsourcing partner on your strategy', it: 'Illustrare la strategia al partner di outsourcing', nl: 'Informeer de outsourcingpartner over uw strategie', fa: 'در جریان گذاشتن شریک برون‌سپاری دربارهٔ راهبرد' },
    body: {
      en: 'Your partner works from task instructions and service levels, so it cannot help you reach goals it does not know. Seed 000 defines a partner by shared objectives, and seed 002 says a partnership rests on goals laid down from the start. A short briefing is the cheapest step from supplier to partner.',
      it: "Il partner lavora sulla base di istruzioni operative e livelli di servizio, quindi non può aiutare l'azienda a raggiungere obiettivi che non conosce. La fonte 000 definisce il partner in base agli obiettivi condivisi, e la fonte 002 afferma che una partnership si fonda su obiettivi stabiliti fin dall'inizio. Un breve briefing è il passo più economico per passare da fornitore a partner.",
      nl: 'Uw partner werkt op basis van taakinstructies en serviceniveaus en kan u dus niet helpen doelen te bereiken die hij niet kent. Bron 000 definieert een partner aan de hand van gedeelde doelen, en bron 002 stelt dat een partnerschap rust op doelen die vanaf het begin zijn vastgelegd. Een korte briefing is de goedkoopste stap van leverancier naar partner.',
      fa: 'شریک شما بر اساس دستورالعمل‌های کاری و سطوح خدمت کار می‌کند، بنابراین نمی‌تواند به شما در رسیدن به اهدافی کمک کند که از آن‌ها خبر ندارد. منبع ۰۰۰ شریک را با اهداف مشترک تعریف می‌کند و منبع ۰۰۲ می‌گوید شراکت بر اهدافی استوار است که از همان آغاز تعیین شده‌اند. یک جلسه توجیهی کوتاه کم‌هزینه‌ترین گام برای گذر از تأمین‌کننده به شریک است.',
    },
    steps: [
      { en: 'Within 30 days, the executive sponsor gives the partner\'s account leadership a 60-minute briefing on the strategy and this year\'s goals.', it: "Entro 30 giorni lo sponsor esecutivo tiene per i responsabili dell'account presso il partner un briefing di 60 minuti sulla strategia e sugli obiettivi dell'anno.", nl: 'Binnen 30 dagen geeft de executive sponsor de accountleiding van de partner een briefing van 60 minuten over de strategie en de doelen van dit jaar.', fa: 'ظرف ۳۰ روز، حامی ارشد اجرایی یک جلسه توجیهی ۶۰ دقیقه‌ای دربارهٔ راهبرد و اهداف امسال برای مدیران حساب در سازمان شریک برگزار می‌کند.' },
      { en: 'Agree together which two or three goals the partner\'s service affects most and how that will show in its monthly reporting.', it: 'Stabilire insieme su quali due o tre obiettivi il servizio del partner incide di più e come ciò emergerà nel suo reporting mensile.', nl: 'Bepaal samen op welke twee of drie doelen de dienstverlening van de partner de meeste invloed heeft en hoe dat zichtbaar wordt in de maandrapportage.', fa: 'با هم مشخص کنید خدمات شریک بیشترین اثر را بر کدام دو یا سه هدف دارد و این اثر چگونه در گزارش ماهانه شریک نمایان خواهد شد.' },
      { en: 'Add a standing "strategy update" item to the quarterly partner review.', it: "Aggiungere un punto fisso «aggiornamento sulla strategia» all'ordine del giorno della revisione trimestrale con il partner.", nl: 'Voeg een vast agendapunt “strategie-update” toe aan de kwartaalreview met de partner.', fa: 'یک بند ثابت با عنوان «به‌روزرسانی راهبرد» به دستور جلسه بازبینی فصلی با شریک اضافه کنید.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 4,
    seeds: ['000_771def5f3f0c7c25.txt', '002_454879f926d32761.txt'],
    condition: { question: 'strategy-shared-with-partner', score: { lt: 2 } },
  },
  {
    id: 'holistic-launch-canvas',
    dimensionId: 'strategy',
    title: { en: 'Plan every new activity across functions with a launch canvas', it: 'Pianificare ogni nuova attività tra tutte le funzioni con un canvas di lancio', nl: 'Plan elke nieuwe activiteit afdelingsoverstijgend met een lanceringscanvas', fa: 'برنامه‌ریزی هر فعالیت جدید با بوم راه‌اندازی و با همراهی همهٔ واحدها' },
    body: {
      en: 'New channels, services and processes are launched by one function and discovered by the others when problems arrive. Seed 000 asks that every activity reflect the links between operational strategy and strategic orientation, in the holistic sense. A one-page canvas, filled in together, makes those links explicit before money is spent.',
      it: 'Nuovi canali, servizi e processi vengono lanciati da una sola funzione e le altre li scoprono quando arrivano i problemi. La fonte 000 chiede che ogni attività rifletta i legami tra strategia operativa e orientamento strategico, nel senso olistico del termine. Un canvas di una pagina, compilato insieme, rende espliciti questi legami prima di spendere denaro.',
      nl: 'Nieuwe kanalen, diensten en processen worden door één afdeling gelanceerd en de andere afdelingen ontdekken ze pas als er problemen ontstaan. Bron 000 vraagt dat elke activiteit de samenhang tussen operationele strategie en strategische oriëntatie weerspiegelt, in holistische zin. Een canvas van één pagina dat samen wordt ingevuld, maakt die samenhang expliciet voordat er geld wordt uitgegeven.',
      fa: 'کانال‌ها، خدمات و فرایندهای جدید را یک واحد راه‌اندازی می‌کند و واحدهای دیگر زمانی از آن باخبر می‌شوند که مشکلات سر می‌رسند. منبع ۰۰۰ می‌خواهد هر فعالیتی پیوند میان راهبرد عملیاتی و جهت‌گیری راهبردی را با نگاهی کل‌نگر بازتاب دهد. یک بوم یک‌صفحه‌ای که به‌صورت مشترک تکمیل شود، این پیوندها را پیش از صرف هزینه آشکار می‌کند.',
    },
    steps: [
      { en: 'The operations director drafts a one-page launch canvas: goal served, functions affected, resources needed, effect on customers, role of the partner, measure of success.', it: 'Il direttore operations prepara un canvas di lancio di una pagina: obiettivo servito, funzioni coinvolte, risorse necessarie, effetti sui clienti, ruolo del partner, misura del successo.', nl: 'De operationeel directeur stelt een lanceringscanvas van één pagina op: het doel dat wordt gediend, de betrokken afdelingen, benodigde middelen, effect op klanten, rol van de partner en de maatstaf voor succes.', fa: 'مدیر عملیات یک بوم راه‌اندازی یک‌صفحه‌ای تهیه می‌کند: هدفی که دنبال می‌شود، واحدهای درگیر، منابع مورد نیاز، اثر بر مشتریان، نقش شریک و معیار موفقیت.' },
      { en: 'Make it mandatory for the next launch: Sales, Operations, Marketing, Customer Care and the partner fill it in together in one 90-minute session.', it: "Renderlo obbligatorio per il prossimo lancio: Vendite, Operations, Marketing, Customer Care e il partner lo compilano insieme in un'unica sessione di 90 minuti.", nl: 'Maak het verplicht voor de volgende lancering: Sales, Operations, Marketing, Klantenservice en de partner vullen het samen in tijdens één sessie van 90 minuten.', fa: 'استفاده از آن را برای راه‌اندازی بعدی الزامی کنید: فروش، عملیات، بازاریابی، خدمات مشتریان و شریک آن را با هم در یک جلسه ۹۰ دقیقه‌ای تکمیل می‌کنند.' },
      { en: 'Thirty days after the launch, the same group compares the canvas with what actually happened and improves the template.', it: 'Trenta giorni dopo il lancio, lo stesso gruppo confronta il canvas con quanto è effettivamente accaduto e migliora il modello.', nl: 'Dertig dagen na de lancering vergelijkt dezelfde groep het canvas met wat er werkelijk is gebeurd en verbetert het sjabloon.', fa: 'سی روز پس از راه‌اندازی، همان گروه بوم را با آنچه واقعاً رخ داده مقایسه می‌کند و قالب را بهبود می‌دهد.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: {
      any: [
        { question: 'strategy-operations-holistic', score: { lt: 2 } },
        { all: [{ holism: { lt: 40 } }, { dimension: 'strategy', score: { lt: 50 } }] },
      ],
    },
  },
  {
    id: 'management-attitude-review',
    dimensionId: 'strategy',
    title: { en: 'Review management\'s own habits before changing the organisation', it: "Rivedere le abitudini della direzione prima di cambiare l'organizzazione", nl: 'Onderzoek eerst de eigen gewoonten van het management, verander dan pas de organisatie', fa: 'بازبینی عادت‌های خود مدیریت پیش از تغییر سازمان' },
    body: {
      en: 'Seed 000 says an outsourcing model presupposes serious reflection on strategic orientation and on managerial attitudes. If management keeps controlling a partner like a supplier, no contract will create a partnership. Make that reflection an explicit, recurring step.',
      it: 'La fonte 000 afferma che un modello di outsourcing presuppone una seria riflessione sugli orientamenti strategici e sugli atteggiamenti manageriali. Se la direzione continua a controllare un partner come se fosse un fornitore, nessun contratto creerà una partnership. Questa riflessione deve diventare un passaggio esplicito e ricorrente.',
      nl: 'Bron 000 stelt dat een outsourcingmodel een serieuze reflectie vraagt op de strategische oriëntatie en op de houding van het management. Als het management een partner blijft aansturen als een leverancier, levert geen enkel contract een partnerschap op. Maak die reflectie tot een expliciete, terugkerende stap.',
      fa: 'منبع ۰۰۰ می‌گوید مدل برون‌سپاری مستلزم تأملی جدی بر جهت‌گیری راهبردی و نگرش‌های مدیریتی است. اگر مدیریت همچنان شریک را مانند یک تأمین‌کننده کنترل کند، هیچ قراردادی شراکت ایجاد نخواهد کرد. این تأمل را به گامی صریح و تکرارشونده تبدیل کنید.',
    },
    steps: [
      { en: 'Before the session, ask the partner\'s account lead and two of your own team leads for candid feedback on how management delegates, shares information and decides.', it: "Prima della sessione, chiedere all'account manager del partner e a due team leader interni un feedback franco su come la direzione delega, condivide le informazioni e prende decisioni.", nl: 'Vraag vóór de sessie de accountmanager van de partner en twee van uw eigen teamleiders om eerlijke feedback op de manier waarop het management delegeert, informatie deelt en beslist.', fa: 'پیش از جلسه، از مدیر حساب شریک و دو نفر از سرپرستان تیم‌های خودتان بخواهید بی‌پرده بازخورد دهند که مدیریت چگونه تفویض اختیار می‌کند، اطلاعات را به اشتراک می‌گذارد و تصمیم می‌گیرد.' },
      { en: 'The management team holds a facilitated half-day session on that feedback, using this check-up\'s partnership answers as input.', it: 'Il team di direzione dedica a quel feedback una sessione facilitata di mezza giornata, usando come input le risposte di questo check-up sulla partnership.', nl: 'Het managementteam bespreekt die feedback in een begeleide sessie van een halve dag, met de antwoorden over partnerschap uit deze check-up als input.', fa: 'تیم مدیریت یک جلسه نیم‌روزه با حضور تسهیلگر دربارهٔ آن بازخورد برگزار می‌کند و پاسخ‌های بخش شراکت در همین ارزیابی را مبنای بحث قرار می‌دهد.' },
      { en: 'Agree three behaviours to change — for example share forecasts early, decide within a week, discuss a miss before penalising it — and review them after six months.', it: 'Concordare tre comportamenti da cambiare (ad esempio condividere presto le previsioni, decidere entro una settimana, discutere un mancato risultato prima di sanzionarlo) e verificarli dopo sei mesi.', nl: 'Spreek drie gedragingen af die moeten veranderen – bijvoorbeeld prognoses vroeg delen, binnen een week beslissen, een gemiste norm eerst bespreken voordat er een sanctie volgt – en evalueer ze na zes maanden.', fa: 'بر سر سه رفتاری که باید تغییر کند توافق کنید (مثلاً به اشتراک گذاشتن زودهنگام پیش‌بینی‌ها، تصمیم‌گیری ظرف یک هفته، گفت‌وگو دربارهٔ هر کوتاهی پیش از جریمه کردن آن) و شش ماه بعد آن‌ها را بازبینی کنید.' },
    ],
    horizon: 'STRATEGIC',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'managerial-attitudes', score: { lt: 2 } },
  },
];
