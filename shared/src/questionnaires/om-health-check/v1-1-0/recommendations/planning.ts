import type { QuestionnaireDefinition } from '../../../../domain/questionnaire.schema.js';

type RecommendationDefinitionInput = QuestionnaireDefinition['recommendations'][number];

/** Recommendations for operational planning & S&OP (seed 001). */
export const planningRecommendations: RecommendationDefinitionInput[] = [
  {
    id: 'weekly-operational-plan',
    dimensionId: 'planning',
    title: {
      en: 'Turn the strategic plan into weekly team plans',
      it: "Tradurre il piano strategico in piani settimanali per ogni team",
      nl: "Vertaal het strategisch plan naar weekplannen per team",
      fa: "تبدیل برنامهٔ راهبردی به برنامه‌های هفتگی تیم‌ها",
    },
    body: {
      en: 'Teams work from the day\'s urgencies or from budgets, not from a plan that traces back to the strategy. Seed 001 describes operational planning as turning the 3–5-year plan into a detailed map of what each team does every week, with milestones. Start with the teams whose work matters most for this year\'s goals.',
      it: "I team lavorano inseguendo le urgenze del giorno o i budget, non un piano riconducibile alla strategia. La fonte 001 descrive la pianificazione operativa come la trasformazione del piano a 3–5 anni in una mappa dettagliata di ciò che ogni team fa ogni settimana, con i relativi traguardi. Conviene partire dai team il cui lavoro pesa di più sugli obiettivi di quest'anno.",
      nl: "Teams werken vanuit de waan van de dag of vanuit budgetten, niet vanuit een plan dat terug te voeren is op de strategie. Bron 001 beschrijft operationele planning als het vertalen van het plan voor 3–5 jaar naar een gedetailleerd overzicht van wat elk team elke week doet, met mijlpalen. Begin bij de teams waarvan het werk het meest bijdraagt aan de doelen van dit jaar.",
      fa: "تیم‌ها بر اساس فوریت‌های روزمره یا بودجه‌ها کار می‌کنند، نه بر اساس برنامه‌ای که به راهبرد سازمان بازگردد. منبع ۰۰۱ برنامه‌ریزی عملیاتی را تبدیل برنامه ۳ تا ۵ ساله به نقشه‌ای دقیق از کارهای هفتگی هر تیم، همراه با نقاط عطف، توصیف می‌کند. کار را از تیم‌هایی آغاز کنید که کارشان بیشترین اثر را بر اهداف امسال دارد.",
    },
    steps: [
      {
        en: 'Management picks this year\'s two most important strategic goals and the three teams that contribute most to them.',
        it: "La direzione individua i due obiettivi strategici più importanti dell'anno e i tre team che vi contribuiscono di più.",
        nl: "Het management kiest de twee belangrijkste strategische doelen van dit jaar en de drie teams die daar het meest aan bijdragen.",
        fa: "مدیریت دو هدف راهبردی مهم امسال و سه تیمی را که بیشترین سهم را در تحقق آن‌ها دارند انتخاب می‌کند.",
      },
      {
        en: 'Each of those team leads writes a 13-week plan: weekly activities and three milestones, each linked to one of the goals.',
        it: "Ciascun responsabile di quei team redige un piano di 13 settimane: attività settimanali e tre traguardi, ciascuno collegato a uno degli obiettivi.",
        nl: "Elke teamleider van die teams schrijft een plan voor 13 weken: wekelijkse activiteiten en drie mijlpalen, elk gekoppeld aan een van de doelen.",
        fa: "هر یک از سرپرستان این تیم‌ها برنامه‌ای ۱۳ هفته‌ای می‌نویسد: فعالیت‌های هفتگی و سه نقطه عطف که هر کدام به یکی از اهداف پیوند دارد.",
      },
      {
        en: 'The team leads check progress against the plan every Monday for 15 minutes and report deviations to management every month.',
        it: "Ogni lunedì i responsabili dedicano 15 minuti a verificare l'avanzamento rispetto al piano e ogni mese segnalano gli scostamenti alla direzione.",
        nl: "De teamleiders toetsen elke maandag in 15 minuten de voortgang aan het plan en melden afwijkingen maandelijks aan het management.",
        fa: "سرپرستان تیم‌ها هر دوشنبه ۱۵ دقیقه پیشرفت کار را با برنامه مقایسه می‌کنند و هر ماه انحراف‌ها را به مدیریت گزارش می‌دهند.",
      },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['001_036e9d3a361eeafd.txt'],
    condition: { question: 'operational-plan-from-strategy', score: { lt: 2 } },
  },
  {
    id: 'weekly-milestone-review',
    dimensionId: 'planning',
    title: {
      en: 'Review milestones every week',
      it: "Verificare i traguardi ogni settimana",
      nl: "Bespreek de mijlpalen elke week",
      fa: "بازبینی هفتگی نقاط عطف",
    },
    body: {
      en: 'Milestones are missing or checked only at year end, when it is too late to act. Seed 001 makes milestones the backbone of the operational plan. A short weekly review turns them into a steering instrument.',
      it: "I traguardi mancano o vengono verificati solo a fine anno, quando ormai è troppo tardi per intervenire. La fonte 001 fa dei traguardi l'ossatura del piano operativo. Una breve verifica settimanale li trasforma in uno strumento di governo.",
      nl: "Mijlpalen ontbreken of worden pas aan het eind van het jaar gecontroleerd, als het te laat is om bij te sturen. Bron 001 maakt mijlpalen tot de ruggengraat van het operationele plan. Een korte wekelijkse review maakt er een stuurinstrument van.",
      fa: "نقاط عطف یا تعریف نشده‌اند یا فقط در پایان سال بررسی می‌شوند، یعنی زمانی که برای اقدام دیر شده است. منبع ۰۰۱ نقاط عطف را ستون فقرات برنامهٔ عملیاتی می‌داند. یک بازبینی کوتاه هفتگی آن‌ها را به ابزاری برای هدایت کار تبدیل می‌کند.",
    },
    steps: [
      {
        en: 'This month, each team lead puts the team\'s milestones for the next quarter on one shared board.',
        it: "Entro questo mese ogni responsabile riporta i traguardi del proprio team per il prossimo trimestre su un'unica bacheca condivisa.",
        nl: "Deze maand zet elke teamleider de mijlpalen van het team voor het komende kwartaal op één gedeeld bord.",
        fa: "در همین ماه، هر سرپرست تیم نقاط عطف سه ماه آینده تیم خود را روی یک تابلوی مشترک ثبت می‌کند.",
      },
      {
        en: 'Review the board in a 15-minute stand-up every week — on track, at risk, missed — with an action for each item at risk.',
        it: "Ogni settimana esaminare la bacheca in una breve riunione in piedi di 15 minuti — in linea, a rischio, mancato — definendo un'azione per ogni voce a rischio.",
        nl: "Loop het bord elke week door in een stand-up van 15 minuten — op koers, risico, gemist — met een actie voor elk punt dat risico loopt.",
        fa: "هر هفته در یک جلسه ایستاده ۱۵ دقیقه‌ای تابلو را مرور کنید — طبق برنامه، در معرض خطر، محقق‌نشده — و برای هر مورد در معرض خطر یک اقدام مشخص کنید.",
      },
      {
        en: 'Share the board with the partner wherever its work contributes to a milestone.',
        it: "Condividere la bacheca con il partner di outsourcing in tutti i casi in cui il suo lavoro contribuisce a un traguardo.",
        nl: "Deel het bord met de outsourcingpartner overal waar diens werk bijdraagt aan een mijlpaal.",
        fa: "هر جا کار شریک برون‌سپاری به تحقق یک نقطه عطف کمک می‌کند، تابلو را با آن شریک به اشتراک بگذارید.",
      },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['001_036e9d3a361eeafd.txt'],
    condition: { question: 'milestones-tracked', score: { lt: 2 } },
  },
  {
    id: 'set-up-sales-operations',
    dimensionId: 'planning',
    title: {
      en: 'Give the sales force a sales operations function',
      it: "Dotare la forza vendita di una funzione di sales operations",
      nl: "Geef het verkoopteam ondersteuning met een sales-operationsfunctie",
      fa: "ایجاد واحد عملیات فروش (Sales Operations) برای نیروی فروش",
    },
    body: {
      en: 'Salespeople handle their own data, quotes and forecasts, and nobody owns the sales process. Seed 001 describes sales operations as the shoulder account managers lean on to win new customers and projects — essential now that data volumes and digital buying make selling complex.',
      it: "I commerciali gestiscono da soli dati, offerte e previsioni, e nessuno è responsabile del processo di vendita. La fonte 001 descrive le sales operations come la spalla su cui gli account manager possono contare per portare a casa nuovi clienti e nuovi progetti: oggi indispensabili, perché la mole di dati e la digitalizzazione degli acquisti rendono la vendita complessa.",
      nl: "Verkopers beheren zelf hun gegevens, offertes en prognoses, en niemand is eigenaar van het verkoopproces. Bron 001 beschrijft sales operations als de steun waarop accountmanagers leunen om nieuwe klanten en projecten binnen te halen — onmisbaar nu datavolumes en digitaal inkopen verkopen complex maken.",
      fa: "فروشندگان خودشان داده‌ها، پیش‌فاکتورها و پیش‌بینی‌های خود را مدیریت می‌کنند و هیچ‌کس مسئولیت فرایند فروش را بر عهده ندارد. منبع ۰۰۱ عملیات فروش را تکیه‌گاهی برای مدیران حساب مشتری در جذب مشتریان و پروژه‌های جدید توصیف می‌کند؛ تکیه‌گاهی ضروری در دورانی که حجم داده‌ها و خرید دیجیتال، فروش را پیچیده کرده است.",
    },
    steps: [
      {
        en: 'For two weeks, the sales director has salespeople log the hours they spend on administration, quotes, data entry and reporting.',
        it: "Per due settimane il direttore commerciale chiede ai venditori di registrare le ore dedicate ad amministrazione, offerte, inserimento dati e reportistica.",
        nl: "De salesdirecteur laat verkopers twee weken lang bijhouden hoeveel uur ze kwijt zijn aan administratie, offertes, data-invoer en rapportages.",
        fa: "مدیر فروش از فروشندگان می‌خواهد به مدت دو هفته ساعت‌هایی را که صرف امور اداری، تهیه پیش‌فاکتور، ورود داده و گزارش‌دهی می‌کنند ثبت کنند.",
      },
      {
        en: 'Appoint one sales operations lead (internal or from the partner) who owns CRM data quality, the pipeline review and the forecast.',
        it: "Nominare un responsabile sales operations (interno o del partner) che risponda della qualità dei dati nel CRM, della revisione della pipeline e delle previsioni di vendita.",
        nl: "Stel één verantwoordelijke voor sales operations aan (intern of van de partner) die eigenaar is van de datakwaliteit in het CRM, de pipelinereview en de prognose.",
        fa: "یک مسئول عملیات فروش (از داخل سازمان یا از طرف شریک) تعیین کنید که مسئولیت کیفیت داده‌های CRM، بازبینی قیف فروش و پیش‌بینی فروش را بر عهده داشته باشد.",
      },
      {
        en: 'After six months, measure the time freed for customers and the forecast accuracy, and decide whether to extend the role.',
        it: "Dopo sei mesi misurare il tempo liberato per i clienti e l'accuratezza delle previsioni, e decidere se ampliare il ruolo.",
        nl: "Meet na zes maanden hoeveel tijd er is vrijgekomen voor klanten en hoe nauwkeurig de prognose is, en besluit of de rol wordt uitgebreid.",
        fa: "پس از شش ماه، زمانی را که برای رسیدگی به مشتریان آزاد شده و دقت پیش‌بینی را بسنجید و دربارهٔ گسترش این نقش تصمیم بگیرید.",
      },
    ],
    horizon: 'STRATEGIC',
    impact: 3,
    seeds: ['001_036e9d3a361eeafd.txt'],
    condition: { question: 'sales-operations-support', score: { lt: 2 } },
  },
  {
    id: 'start-monthly-s-and-op',
    dimensionId: 'planning',
    title: {
      en: 'Start a monthly S&OP cycle',
      it: "Avviare un ciclo mensile di S&OP",
      nl: "Start een maandelijkse S&OP-cyclus",
      fa: "راه‌اندازی چرخهٔ ماهانهٔ S&OP",
    },
    body: {
      en: 'Sales sells, Operations produces, and the director arbitrates. Seed 001 describes S&OP as an integrated process that builds consensus on balancing demand and supply into one plan optimised for the whole business. A simple monthly cycle is enough to start.',
      it: "Le vendite vendono, le operations producono e il direttore fa da arbitro. La fonte 001 descrive la S&OP come un processo gestionale integrato che crea consenso sul bilanciamento tra domanda e offerta, in un unico piano ottimizzato per l'intera azienda. Per iniziare basta un semplice ciclo mensile.",
      nl: "Sales verkoopt, Operations produceert en de directeur speelt scheidsrechter. Bron 001 beschrijft S&OP als een geïntegreerd proces dat consensus creëert over de balans tussen vraag en aanbod, in één plan dat is geoptimaliseerd voor het hele bedrijf. Een eenvoudige maandcyclus is genoeg om te beginnen.",
      fa: "واحد فروش می‌فروشد، واحد عملیات تولید می‌کند و مدیر ارشد میان آن‌ها داوری می‌کند. منبع ۰۰۱، S&OP را فرایندی یکپارچه توصیف می‌کند که دربارهٔ توازن عرضه و تقاضا اجماع ایجاد می‌کند و آن را به یک برنامه واحد تبدیل می‌کند که برای کل کسب‌وکار بهینه شده است. برای شروع، یک چرخه ماهانه ساده کافی است.",
    },
    steps: [
      {
        en: 'Appoint an S&OP owner — often the operations planner — and fix a monthly cycle: demand review in week 1, supply review in week 2, a 90-minute consensus meeting in week 3.',
        it: "Nominare un responsabile S&OP — spesso il pianificatore delle operations — e fissare un ciclo mensile: revisione della domanda nella prima settimana, revisione dell'offerta nella seconda, riunione di consenso di 90 minuti nella terza.",
        nl: "Wijs een S&OP-eigenaar aan — vaak de operationeel planner — en leg een maandcyclus vast: vraagreview in week 1, aanbodreview in week 2, een consensusoverleg van 90 minuten in week 3.",
        fa: "یک مسئول S&OP تعیین کنید — معمولاً برنامه‌ریز عملیات — و چرخه ماهانه را تثبیت کنید: بازبینی تقاضا در هفته اول، بازبینی عرضه در هفته دوم و جلسه اجماع ۹۰ دقیقه‌ای در هفته سوم.",
      },
      {
        en: 'Sales brings a three-month volume forecast and Operations brings capacity and constraints; the meeting ends with one agreed plan signed off by the managing director.',
        it: "Le vendite portano una previsione dei volumi a tre mesi, le operations capacità e vincoli; la riunione si chiude con un unico piano condiviso, approvato dall'amministratore delegato.",
        nl: "Sales brengt een volumeprognose voor drie maanden in en Operations de capaciteit en beperkingen; het overleg eindigt met één gezamenlijk plan dat de algemeen directeur aftekent.",
        fa: "واحد فروش پیش‌بینی حجم سه ماه آینده را ارائه می‌کند و واحد عملیات ظرفیت و محدودیت‌ها را؛ جلسه با یک برنامه واحد و مورد توافق به پایان می‌رسد که مدیرعامل آن را تأیید می‌کند.",
      },
      {
        en: 'Track forecast accuracy and on-time delivery from the first cycle, and invite the outsourcing partner from the third cycle on.',
        it: "Monitorare l'accuratezza delle previsioni e la puntualità delle consegne fin dal primo ciclo, e coinvolgere il partner di outsourcing a partire dal terzo.",
        nl: "Volg vanaf de eerste cyclus de nauwkeurigheid van de prognose en de leverbetrouwbaarheid, en nodig de outsourcingpartner uit vanaf de derde cyclus.",
        fa: "از همان چرخه اول، دقت پیش‌بینی و تحویل به‌موقع را پایش کنید و از چرخه سوم به بعد شریک برون‌سپاری را نیز دعوت کنید.",
      },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 5,
    seeds: ['001_036e9d3a361eeafd.txt'],
    condition: { question: 's-and-op-process', score: { lt: 2 } },
  },
  {
    id: 'daily-demand-signals',
    dimensionId: 'planning',
    title: {
      en: 'Feed daily data into demand and supply decisions',
      it: "Alimentare le decisioni su domanda e offerta con dati giornalieri",
      nl: "Voed beslissingen over vraag en aanbod met dagelijkse data",
      fa: "استفاده از داده‌های روزانه در تصمیم‌های عرضه و تقاضا",
    },
    body: {
      en: 'The S&OP process exists, but it works on figures that are weeks old. Seed 001: modern S&OP integrates real-time data — user behaviour and market information — so that variations in demand and supply can be managed daily.',
      it: "Il processo di S&OP esiste, ma lavora su numeri vecchi di settimane. Secondo la fonte 001, la S&OP moderna integra dati in tempo reale — comportamento degli utenti e informazioni di mercato — per gestire ogni giorno le variazioni di domanda e offerta.",
      nl: "Het S&OP-proces bestaat, maar werkt met cijfers die weken oud zijn. Volgens bron 001 integreert moderne S&OP realtime data — gebruikersgedrag en marktinformatie — zodat schommelingen in vraag en aanbod dagelijks kunnen worden bijgestuurd.",
      fa: "فرایند S&OP وجود دارد، اما با ارقامی کار می‌کند که چند هفته از آن‌ها گذشته است. به گفته منبع ۰۰۱، S&OP نوین داده‌های لحظه‌ای — رفتار کاربران و اطلاعات بازار — را یکپارچه می‌کند تا نوسان‌های عرضه و تقاضا به‌صورت روزانه مدیریت شود.",
    },
    steps: [
      {
        en: 'The S&OP owner lists the five signals that would most change the plan, such as order intake, web traffic, stock, partner capacity and news from large customers.',
        it: "Il responsabile S&OP elenca i cinque segnali che più inciderebbero sul piano, ad esempio ordini in entrata, traffico web, scorte, capacità del partner e notizie dai grandi clienti.",
        nl: "De S&OP-eigenaar noemt de vijf signalen die het plan het sterkst zouden veranderen, zoals orderinstroom, webverkeer, voorraad, partnercapaciteit en nieuws van grote klanten.",
        fa: "مسئول S&OP پنج نشانگری را که بیشترین تغییر را در برنامه ایجاد می‌کنند فهرست می‌کند؛ مانند سفارش‌های دریافتی، ترافیک وب‌سایت، موجودی انبار، ظرفیت شریک و خبرهای مشتریان بزرگ.",
      },
      {
        en: 'IT makes those signals available daily on one dashboard, starting with the two already held in existing systems.',
        it: "L'IT rende disponibili quei segnali ogni giorno su un'unica dashboard, partendo dai due già presenti nei sistemi esistenti.",
        nl: "IT maakt die signalen dagelijks beschikbaar op één dashboard, te beginnen met de twee die al in bestaande systemen zitten.",
        fa: "واحد فناوری اطلاعات این نشانگرها را هر روز در یک داشبورد واحد در دسترس قرار می‌دهد و کار را با دو نشانگری آغاز می‌کند که هم‌اکنون در سامانه‌های موجود ثبت می‌شوند.",
      },
      {
        en: 'Planning and sales operations hold a daily 10-minute check with clear thresholds for when the plan is adjusted.',
        it: "Pianificazione e sales operations svolgono un controllo quotidiano di 10 minuti, con soglie chiare che stabiliscono quando il piano va modificato.",
        nl: "Planning en sales operations houden dagelijks een check van 10 minuten, met duidelijke drempels voor wanneer het plan wordt bijgesteld.",
        fa: "واحد برنامه‌ریزی و عملیات فروش هر روز یک بررسی ۱۰ دقیقه‌ای برگزار می‌کنند، با آستانه‌های روشن برای این‌که چه زمانی برنامه باید اصلاح شود.",
      },
    ],
    horizon: 'STRATEGIC',
    impact: 3,
    seeds: ['001_036e9d3a361eeafd.txt'],
    condition: {
      all: [
        { question: 'real-time-data', score: { lt: 2 } },
        { question: 's-and-op-process', score: { gte: 2 } },
      ],
    },
  },
  {
    id: 'ai-forecasting-pilot',
    dimensionId: 'planning',
    title: {
      en: 'Pilot machine-learning forecasting on one product group',
      it: "Sperimentare previsioni basate sul machine learning su un gruppo di prodotti",
      nl: "Test prognoses met machine learning op één productgroep",
      fa: "اجرای آزمایشی پیش‌بینی مبتنی بر یادگیری ماشین روی یک گروه محصول",
    },
    body: {
      en: 'Your S&OP process and data are mature enough for the next step. Seed 001 notes that AI and machine learning have turned S&OP into a more advanced process that seizes opportunities and mitigates risks. A small pilot shows whether it beats your current forecast before you invest more.',
      it: "Il processo di S&OP e i dati della vostra azienda sono abbastanza maturi per il passo successivo. La fonte 001 osserva che intelligenza artificiale e machine learning hanno trasformato la S&OP in un processo più evoluto, capace di cogliere le opportunità e mitigare i rischi. Un piccolo progetto pilota mostra se supera le previsioni attuali, prima di investire di più.",
      nl: "Uw S&OP-proces en uw data zijn volwassen genoeg voor de volgende stap. Bron 001 stelt dat AI en machine learning S&OP hebben veranderd in een geavanceerder proces dat kansen benut en risico's beperkt. Een kleine pilot laat zien of het beter voorspelt dan uw huidige prognose, voordat u meer investeert.",
      fa: "فرایند S&OP و داده‌های سازمان شما برای گام بعدی به بلوغ کافی رسیده‌اند. منبع ۰۰۱ اشاره می‌کند که هوش مصنوعی و یادگیری ماشین، S&OP را به فرایندی پیشرفته‌تر تبدیل کرده‌اند که از فرصت‌ها بهره می‌گیرد و ریسک‌ها را کاهش می‌دهد. یک طرح آزمایشی کوچک، پیش از سرمایه‌گذاری بیشتر، نشان می‌دهد که آیا این روش از پیش‌بینی فعلی شما دقیق‌تر است یا نه.",
    },
    steps: [
      {
        en: 'The S&OP owner picks one product group or service line with at least two years of clean demand history.',
        it: "Il responsabile S&OP sceglie un gruppo di prodotti o una linea di servizi con almeno due anni di storico della domanda affidabile.",
        nl: "De S&OP-eigenaar kiest één productgroep of dienstenlijn met ten minste twee jaar betrouwbare vraaghistorie.",
        fa: "مسئول S&OP یک گروه محصول یا خط خدمت را انتخاب می‌کند که دست‌کم دو سال داده تقاضای دقیق و قابل اتکا داشته باشد.",
      },
      {
        en: 'Run a machine-learning forecast — from your planning software or a specialist — next to the current forecast for three months.',
        it: "Per tre mesi affiancare alle previsioni attuali una previsione basata sul machine learning, ottenuta dal software di pianificazione o da uno specialista.",
        nl: "Draai drie maanden lang een prognose met machine learning — uit uw planningssoftware of van een specialist — naast de huidige prognose.",
        fa: "به مدت سه ماه، یک پیش‌بینی مبتنی بر یادگیری ماشین — با نرم‌افزار برنامه‌ریزی خودتان یا به کمک یک متخصص — را در کنار پیش‌بینی فعلی اجرا کنید.",
      },
      {
        en: 'Compare accuracy at the monthly S&OP meeting and decide on a roll-out on the evidence.',
        it: "Confrontare l'accuratezza nella riunione mensile di S&OP e decidere sull'estensione in base ai risultati.",
        nl: "Vergelijk de nauwkeurigheid in het maandelijkse S&OP-overleg en besluit op basis van de resultaten over een bredere uitrol.",
        fa: "دقت دو پیش‌بینی را در جلسه ماهانه S&OP مقایسه کنید و بر پایه شواهد دربارهٔ گسترش آن تصمیم بگیرید.",
      },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 2,
    seeds: ['001_036e9d3a361eeafd.txt'],
    condition: {
      all: [
        { question: 'ai-ml-planning', score: { lt: 2 } },
        { question: 's-and-op-process', score: { gte: 2 } },
        { question: 'real-time-data', score: { gte: 2 } },
      ],
    },
  },
  {
    id: 'partner-in-s-and-op',
    dimensionId: 'planning',
    title: {
      en: 'Bring the outsourcing partner into the planning cycle',
      it: "Coinvolgere il partner di outsourcing nel ciclo di pianificazione",
      nl: "Betrek de outsourcingpartner bij de planningscyclus",
      fa: "مشارکت دادن شریک برون‌سپاری در چرخهٔ برنامه‌ریزی",
    },
    body: {
      en: 'The partner receives orders with little or no forward view, so it can only react. Seed 001 describes S&OP as one holistic plan for the whole business, and seed 000 asks for programming, not only operations. A partner that plans with you can absorb variations instead of passing them on.',
      it: "Il partner riceve ordini con poca o nessuna visibilità sul futuro e quindi può solo reagire. La fonte 001 descrive la S&OP come un unico piano olistico per tutta l'azienda, e il testo 000 chiede una programmazione, non solo attenzione agli aspetti operativi. Un partner che pianifica insieme alla vostra azienda può assorbire le variazioni invece di scaricarle a valle.",
      nl: "De partner ontvangt orders met weinig of geen vooruitblik en kan dus alleen reageren. Bron 001 beschrijft S&OP als één holistisch plan voor het hele bedrijf, en bron 000 vraagt om planning op middellange en lange termijn, niet alleen om aandacht voor de uitvoering. Een partner die met u meeplant, kan schommelingen opvangen in plaats van ze door te geven.",
      fa: "شریک، سفارش‌ها را تقریباً بدون هیچ دید روشنی از آینده دریافت می‌کند و ناچار فقط واکنش نشان می‌دهد. منبع ۰۰۱، S&OP را یک برنامه واحد و کل‌نگر برای کل کسب‌وکار توصیف می‌کند و منبع ۰۰۰ خواستار برنامه‌ریزی میان‌مدت و بلندمدت است، نه فقط توجه به امور عملیاتی. شریکی که همراه شما برنامه‌ریزی می‌کند می‌تواند نوسان‌ها را جذب کند، به‌جای آنکه آن‌ها را به دیگران منتقل کند.",
    },
    steps: [
      {
        en: 'From the next planning cycle, share a rolling three-month forecast with the partner every month.',
        it: "Dal prossimo ciclo di pianificazione, condividere ogni mese con il partner una previsione a scorrimento sui tre mesi successivi.",
        nl: "Deel vanaf de volgende planningscyclus elke maand een rollende prognose voor drie maanden met de partner.",
        fa: "از چرخه برنامه‌ریزی بعدی، هر ماه یک پیش‌بینی غلتان سه‌ماهه را با شریک به اشتراک بگذارید.",
      },
      {
        en: 'Ask the partner to return its capacity, constraints and risks for the same period a week later.',
        it: "Chiedere al partner di comunicare, una settimana dopo, capacità, vincoli e rischi per lo stesso periodo.",
        nl: "Vraag de partner om een week later zijn capaciteit, beperkingen en risico's voor dezelfde periode terug te melden.",
        fa: "از شریک بخواهید یک هفته بعد ظرفیت، محدودیت‌ها و ریسک‌های خود را برای همان دوره اعلام کند.",
      },
      {
        en: 'Invite the partner\'s planner to the part of the monthly planning meeting that concerns the outsourced activity.',
        it: "Invitare il pianificatore del partner alla parte della riunione mensile di pianificazione che riguarda l'attività esternalizzata.",
        nl: "Nodig de planner van de partner uit voor het deel van het maandelijkse planningsoverleg dat over de uitbestede activiteit gaat.",
        fa: "برنامه‌ریز شریک را به آن بخش از جلسه ماهانه برنامه‌ریزی دعوت کنید که به فعالیت برون‌سپاری‌شده مربوط است.",
      },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['001_036e9d3a361eeafd.txt', '000_771def5f3f0c7c25.txt'],
    condition: { question: 'partner-in-planning', score: { lt: 2 } },
  },
  {
    id: 'keep-risk-and-opportunity-scenarios',
    dimensionId: 'planning',
    // Fires up to level 3, so a company with scenarios is still told how to make them a routine.
    title: {
      en: 'Keep a few scenarios for risks and opportunities',
      it: 'Tenere pronti alcuni scenari di rischio e opportunità',
      nl: 'Houd enkele scenario’s voor risico’s en kansen bij',
      fa: 'آماده نگه داشتن چند سناریو برای ریسک‌ها و فرصت‌ها',
    },
    body: {
      en: 'Planning works with one plan and handles deviations as they come. Seed 001 sees S&OP as a holistic approach to planning that seizes opportunities and mitigates risks. Scenarios are a planning habit before they are a tool: they need no AI to start. Where scenarios exist, the step up is to refresh them in every planning cycle.',
      it: 'La pianificazione lavora con un solo piano e gestisce gli scostamenti man mano. La fonte 001 vede la S&OP come un approccio olistico alla pianificazione, che sfrutta le opportunità e mitiga i rischi. Gli scenari sono un’abitudine di pianificazione prima che uno strumento: per iniziare non serve l’AI. Dove gli scenari esistono, il passo successivo è aggiornarli a ogni ciclo di pianificazione.',
      nl: 'De planning werkt met één plan en vangt afwijkingen op als ze komen. Bron 001 ziet S&OP als een holistische aanpak van planning die kansen benut en risico’s beperkt. Scenario’s zijn eerst een planningsgewoonte en pas daarna een tool: om te beginnen is geen AI nodig. Waar al scenario’s bestaan, is de volgende stap ze elke planningscyclus bij te werken.',
      fa: 'برنامه‌ریزی با یک برنامهٔ واحد کار می‌کند و انحراف‌ها را هر وقت پیش بیایند رسیدگی می‌کند. منبع ۰۰۱ S&OP را رویکردی کل‌نگر به برنامه‌ریزی می‌داند که از فرصت‌ها بهره می‌برد و ریسک‌ها را کاهش می‌دهد. سناریو پیش از آن‌که ابزار باشد، عادتی در برنامه‌ریزی است: برای شروع به هوش مصنوعی نیازی نیست. جایی که سناریوها وجود دارند، گام بعدی به‌روزکردن آن‌ها در هر دورهٔ برنامه‌ریزی است.',
    },
    steps: [
      {
        en: 'Write three scenarios on one page each — a demand peak, a supply failure, a large new customer — with the signal that starts each one and the first three actions.',
        it: 'Scrivere tre scenari, una pagina ciascuno — un picco di domanda, un’interruzione delle forniture, un grande nuovo cliente — con il segnale che attiva ciascuno e le prime tre azioni.',
        nl: 'Schrijf drie scenario’s van elk één pagina – een vraagpiek, uitval van een leverancier, een grote nieuwe klant – met het signaal dat elk scenario start en de eerste drie acties.',
        fa: 'سه سناریو، هر کدام در یک صفحه، بنویسید — اوج تقاضا، قطع تأمین، یک مشتری بزرگ جدید — همراه با نشانه‌ای که هر کدام را فعال می‌کند و سه اقدام نخست.',
      },
      {
        en: 'Put the scenarios on the agenda of every S&OP or planning meeting and compare their signals with the latest data.',
        it: 'Mettere gli scenari all’ordine del giorno di ogni riunione di S&OP o di pianificazione e confrontarne i segnali con i dati più recenti.',
        nl: 'Zet de scenario’s op de agenda van elk S&OP- of planningsoverleg en vergelijk hun signalen met de laatste gegevens.',
        fa: 'سناریوها را در دستور کار هر جلسهٔ S&OP یا برنامه‌ریزی بگذارید و نشانه‌هایشان را با تازه‌ترین داده‌ها مقایسه کنید.',
      },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 3,
    seeds: ['001_036e9d3a361eeafd.txt'],
    condition: { question: 'scenario-risk-planning', score: { lt: 4 } },
  },
];
