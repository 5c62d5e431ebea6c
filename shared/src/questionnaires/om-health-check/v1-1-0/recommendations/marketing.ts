import type { QuestionnaireDefinition } from '../../../../domain/questionnaire.schema.js';

type RecommendationDefinitionInput = QuestionnaireDefinition['recommendations'][number];

/** Recommendations for marketing, communication & channels (seed 000). */
export const marketingRecommendations: RecommendationDefinitionInput[] = [
  {
    id: 'plan-marketing-with-sales',
    dimensionId: 'marketing',
    title: { en: 'Plan marketing together with sales — now, not later', it: 'Pianificare il marketing insieme alle vendite: adesso, non più tardi', nl: 'Plan marketing samen met sales – nu, niet later', fa: 'برنامه‌ریزی بازاریابی همراه با فروش؛ همین حالا، نه بعداً' },
    body: {
      en: 'Marketing is planned after the sales push, or not at all. Seed 000 quotes this very sentence — "now we need to sell; marketing we\'ll think about calmly later" — as the mark of an approach without a holistic view. Build next quarter\'s sales and marketing plan in one session from the same targets.',
      it: "Il marketing viene pianificato dopo la spinta commerciale, oppure mai. La fonte 000 cita proprio questa frase, «sì, adesso abbiamo bisogno di vendere; al marketing ci penseremo con calma», come segno di un approccio privo di visione olistica. Il piano vendite e marketing del prossimo trimestre va costruito in un'unica sessione, a partire dagli stessi target.",
      nl: 'Marketing wordt pas gepland na de verkoopactie, of helemaal niet. Bron 000 citeert precies deze zin – “nu moeten we verkopen; over marketing denken we later rustig na” – als kenmerk van een aanpak zonder holistische blik. Stel het sales- en marketingplan voor het volgende kwartaal op in één sessie, op basis van dezelfde targets.',
      fa: 'بازاریابی پس از فشار فروش برنامه‌ریزی می‌شود، یا اصلاً برنامه‌ریزی نمی‌شود. منبع ۰۰۰ دقیقاً همین جمله را نقل می‌کند، «الان باید بفروشیم؛ به بازاریابی بعداً با خیال راحت فکر می‌کنیم»، و آن را نشانه رویکردی بدون نگاه کل‌نگر می‌داند. برنامه فروش و بازاریابی فصل آینده را در یک جلسه و بر پایه اهداف یکسان تدوین کنید.',
    },
    steps: [
      { en: 'The sales and marketing heads block half a day within the next three weeks to build next quarter\'s plan from the same revenue targets.', it: 'Entro le prossime tre settimane i responsabili vendite e marketing fissano mezza giornata per costruire il piano del prossimo trimestre a partire dagli stessi obiettivi di fatturato.', nl: 'De hoofden Sales en Marketing reserveren binnen drie weken een halve dag om het plan voor het volgende kwartaal op te stellen vanuit dezelfde omzetdoelen.', fa: 'مدیران فروش و بازاریابی ظرف سه هفته آینده نیم روز را کنار می‌گذارند تا برنامه فصل بعد را بر پایه اهداف درآمدی یکسان تدوین کنند.' },
      { en: 'For each sales priority, agree the marketing support, its timing and budget, and the capacity Operations and Customer Care need for it.', it: 'Per ogni priorità commerciale, concordare il supporto di marketing, i tempi e il budget, e la capacità di cui Operations e Customer Care hanno bisogno.', nl: 'Spreek per salesprioriteit de marketingondersteuning af, met timing en budget, en de capaciteit die Operations en Klantenservice ervoor nodig hebben.', fa: 'برای هر اولویت فروش، بر سر پشتیبانی بازاریابی، زمان‌بندی و بودجه آن، و ظرفیتی که عملیات و خدمات مشتریان برای آن نیاز دارند توافق کنید.' },
      { en: 'Put a one-hour joint sales–marketing review in the calendar every month for the rest of the year.', it: "Inserire in calendario, ogni mese fino a fine anno, una revisione congiunta vendite–marketing di un'ora.", nl: 'Plan voor de rest van het jaar elke maand een gezamenlijke sales-marketingreview van een uur in.', fa: 'تا پایان سال، هر ماه یک جلسه بازبینی مشترک یک‌ساعته فروش و بازاریابی در تقویم قرار دهید.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 5,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { flag: 'MARKETING_DEFERRED' },
  },
  {
    id: 'map-marketing-interfaces',
    dimensionId: 'marketing',
    title: { en: 'Map marketing\'s links with every function', it: 'Mappare i collegamenti del marketing con tutte le funzioni', nl: 'Breng de samenhang van marketing met alle afdelingen in kaart', fa: 'ترسیم پیوندهای بازاریابی با همهٔ واحدها' },
    body: {
      en: 'Operations and Customer Care hear about campaigns from customers. Seed 000 asks for the ability to understand and manage marketing processes together with their interrelations with the other functions. A process map and a pre-launch campaign check turn those links into routine.',
      it: 'Operations e Customer Care vengono a sapere delle campagne dai clienti. La fonte 000 chiede la capacità di comprendere e gestire i processi di marketing tenendo conto delle interrelazioni con le altre funzioni. Una mappa dei processi e una verifica delle campagne prima del lancio trasformano questi collegamenti in routine.',
      nl: 'Operations en Klantenservice horen via klanten over campagnes. Bron 000 vraagt om het vermogen marketingprocessen te begrijpen en te beheren in samenhang met de andere afdelingen. Een proceskaart en een campagnecheck vóór de lancering maken van die samenhang een routine.',
      fa: 'واحدهای عملیات و خدمات مشتریان از زبان مشتریان از کمپین‌ها باخبر می‌شوند. منبع ۰۰۰ توانایی درک و مدیریت فرایندهای بازاریابی را همراه با ارتباط متقابل آن‌ها با سایر واحدها طلب می‌کند. یک نقشه فرایند و یک بررسی پیش از اجرای کمپین، این پیوندها را به روال عادی کار تبدیل می‌کند.',
    },
    steps: [
      { en: 'The marketing head maps the main marketing processes (campaigns, launches, pricing actions) on one page, marking every hand-over to Sales, Operations, Customer Care, Finance and the partner.', it: 'Il responsabile marketing mappa su una pagina i principali processi di marketing (campagne, lanci, azioni sui prezzi), segnando ogni passaggio verso Vendite, Operations, Customer Care, Finanza e il partner.', nl: 'Het hoofd Marketing brengt de belangrijkste marketingprocessen (campagnes, lanceringen, prijsacties) op één pagina in kaart en markeert elke overdracht naar Sales, Operations, Klantenservice, Finance en de partner.', fa: 'مدیر بازاریابی فرایندهای اصلی بازاریابی (کمپین‌ها، عرضه محصولات جدید، اقدامات قیمتی) را در یک صفحه ترسیم می‌کند و هر نقطه تحویل کار به فروش، عملیات، خدمات مشتریان، مالی و شریک را مشخص می‌کند.' },
      { en: 'Introduce a campaign check: no campaign goes live until Operations has confirmed capacity and Customer Care has its script, two weeks before launch.', it: 'Introdurre una verifica delle campagne: nessuna campagna parte finché, due settimane prima del lancio, Operations non ha confermato la capacità e il Customer Care non ha ricevuto il proprio script.', nl: 'Voer een campagnecheck in: geen enkele campagne gaat live voordat Operations twee weken vóór de lancering de capaciteit heeft bevestigd en Klantenservice zijn script heeft.', fa: 'بررسی کمپین را برقرار کنید: هیچ کمپینی اجرا نمی‌شود مگر آنکه دو هفته پیش از آغاز، عملیات ظرفیت را تأیید کرده و خدمات مشتریان متن پاسخگویی خود را در اختیار داشته باشد.' },
      { en: 'After each campaign, report business results — orders, margin, customer contacts — not only reach.', it: 'Dopo ogni campagna, rendicontare i risultati di business (ordini, margine, contatti dei clienti) e non solo la copertura.', nl: 'Rapporteer na elke campagne de bedrijfsresultaten – orders, marge, klantcontacten – en niet alleen het bereik.', fa: 'پس از هر کمپین، نتایج کسب‌وکاری (سفارش‌ها، حاشیه سود، تماس‌های مشتریان) را گزارش کنید، نه فقط میزان دسترسی به مخاطبان.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'marketing-process-interrelations', score: { lt: 2 } },
  },
  {
    id: 'brief-partner-before-campaigns',
    dimensionId: 'marketing',
    title: { en: 'Brief the partner before every campaign', it: 'Informare il partner prima di ogni campagna', nl: 'Brief de partner vóór elke campagne', fa: 'توجیه شریک پیش از هر کمپین' },
    body: {
      en: 'The partner learns about campaigns when its volumes jump. Seed 000 expects the partner to understand marketing processes and their effects on the other functions, which it can only do if it is told in time.',
      it: "Il partner viene a sapere delle campagne quando i suoi volumi schizzano verso l'alto. La fonte 000 si aspetta che il partner comprenda i processi di marketing e i loro effetti sulle altre funzioni, cosa possibile solo se viene informato in tempo.",
      nl: 'De partner hoort pas van campagnes als zijn volumes plotseling stijgen. Bron 000 verwacht dat de partner marketingprocessen en hun effect op de andere afdelingen begrijpt, en dat kan alleen als hij op tijd wordt geïnformeerd.',
      fa: 'شریک وقتی از کمپین‌ها باخبر می‌شود که حجم کارش ناگهان بالا می‌رود. منبع ۰۰۰ از شریک انتظار دارد فرایندهای بازاریابی و اثر آن‌ها بر سایر واحدها را درک کند، و این تنها زمانی ممکن است که به‌موقع در جریان قرار گیرد.',
    },
    steps: [
      { en: 'Marketing shares the 90-day campaign calendar with the partner\'s account lead this month and updates it every month.', it: "Entro questo mese il marketing condivide con l'account manager del partner il calendario delle campagne a 90 giorni e lo aggiorna ogni mese.", nl: 'Marketing deelt deze maand de campagnekalender voor 90 dagen met de accountmanager van de partner en werkt die elke maand bij.', fa: 'بازاریابی همین ماه تقویم ۹۰ روزه کمپین‌ها را با مدیر حساب شریک به اشتراک می‌گذارد و آن را هر ماه به‌روز می‌کند.' },
      { en: 'For each campaign, hold a 30-minute briefing with the partner two weeks before launch: goal, target customers, expected volumes, key messages.', it: 'Per ogni campagna, tenere con il partner un briefing di 30 minuti due settimane prima del lancio: obiettivo, clienti target, volumi attesi, messaggi chiave.', nl: 'Houd per campagne twee weken vóór de lancering een briefing van 30 minuten met de partner: doel, doelklanten, verwachte volumes, kernboodschappen.', fa: 'برای هر کمپین، دو هفته پیش از آغاز، یک جلسه توجیهی ۳۰ دقیقه‌ای با شریک برگزار کنید: هدف، مشتریان هدف، حجم مورد انتظار، پیام‌های کلیدی.' },
      { en: 'Ask the partner for a one-paragraph debrief after each campaign: what customers asked, what went wrong, what to change.', it: 'Chiedere al partner, dopo ogni campagna, un resoconto di un paragrafo: che cosa hanno chiesto i clienti, che cosa non ha funzionato, che cosa cambiare.', nl: 'Vraag de partner na elke campagne om een terugkoppeling van één alinea: wat vroegen klanten, wat ging er mis, wat moet er anders?', fa: 'پس از هر کمپین از شریک بخواهید گزارشی یک‌بندی ارائه دهد: مشتریان چه پرسیدند، چه چیزی درست پیش نرفت و چه باید تغییر کند.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'partner-marketing-interrelations', score: { lt: 2 } },
  },
  {
    id: 'run-communication-check-up',
    dimensionId: 'marketing',
    title: { en: 'Do a check-up of your communication approach', it: "Fare un check-up dell'approccio alla comunicazione", nl: 'Doe een check-up van uw communicatieaanpak', fa: 'چکاپ رویکرد ارتباطی' },
    body: {
      en: 'Your communication and marketing approach has not been checked against the strategy for years, if ever. Seed 000 closes with exactly this advice: if communication does not reflect a holistic view of the business, do a check-up of the approach adopted — at least on communication.',
      it: "L'approccio alla comunicazione e al marketing non viene confrontato con la strategia da anni, se mai lo è stato. La fonte 000 si chiude proprio con questo consiglio: se la comunicazione non riflette una visione olistica del business, occorre fare un check-up del modello di approccio adottato, se non altro in tema di comunicazione.",
      nl: 'Uw communicatie- en marketingaanpak is al jaren niet aan de strategie getoetst, als dat al ooit is gebeurd. Bron 000 eindigt met precies dit advies: als de communicatie geen holistische kijk op het bedrijf weerspiegelt, doe dan een check-up van de gekozen aanpak – in elk geval op het gebied van communicatie.',
      fa: 'رویکرد ارتباطی و بازاریابی شما سال‌هاست، و شاید هرگز، با راهبرد سنجیده نشده است. منبع ۰۰۰ دقیقاً با همین توصیه به پایان می‌رسد: اگر ارتباطات سازمان بازتاب نگاهی کل‌نگر به کسب‌وکار نیست، رویکرد اتخاذشده را دست‌کم در حوزه ارتباطات ارزیابی کنید.',
    },
    steps: [
      { en: 'Marketing collects the last three months of customer-facing material: campaigns, website, sales decks, customer-care scripts and the partner\'s scripts.', it: 'Il marketing raccoglie il materiale rivolto ai clienti degli ultimi tre mesi: campagne, sito web, presentazioni commerciali, script del customer care e script del partner.', nl: 'Marketing verzamelt al het klantgerichte materiaal van de afgelopen drie maanden: campagnes, website, salespresentaties, scripts van de klantenservice en de scripts van de partner.', fa: 'بازاریابی همهٔ مطالبی را که در سه ماه اخیر به دست مشتریان رسیده گردآوری می‌کند: کمپین‌ها، وب‌سایت، ارائه‌های فروش، متن‌های پاسخگویی خدمات مشتریان و متن‌های پاسخگویی شریک.' },
      { en: 'In a two-hour session, management and the marketing and customer-care heads check each item against the strategy\'s goals and target customers.', it: 'In una sessione di due ore, la direzione e i responsabili marketing e customer care verificano ogni elemento rispetto agli obiettivi della strategia e ai clienti target.', nl: 'In een sessie van twee uur toetsen het management en de hoofden Marketing en Klantenservice elk item aan de doelen en doelklanten uit de strategie.', fa: 'در یک جلسه دوساعته، مدیریت و مدیران بازاریابی و خدمات مشتریان هر مورد را با اهداف راهبرد و مشتریان هدف آن مقایسه می‌کنند.' },
      { en: 'List the five largest inconsistencies with an owner and a date each, and repeat the check every year.', it: 'Elencare le cinque incoerenze più rilevanti, ciascuna con un responsabile e una scadenza, e ripetere la verifica ogni anno.', nl: 'Zet de vijf grootste inconsistenties op een rij, elk met een eigenaar en een datum, en herhaal de check elk jaar.', fa: 'پنج ناهماهنگی مهم‌تر را همراه با یک مسئول و یک تاریخ برای هر کدام فهرست کنید و این بررسی را هر سال تکرار کنید.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'communication-checkup', score: { lt: 2 } },
  },
  {
    id: 'one-voice-message-house',
    dimensionId: 'marketing',
    title: { en: 'Give every customer-facing team the same core messages', it: 'Dare a tutti i team a contatto con i clienti gli stessi messaggi chiave', nl: 'Geef alle klantgerichte teams dezelfde kernboodschappen mee', fa: 'پیام‌های اصلی یکسان برای همهٔ تیم‌هایی که با مشتری سروکار دارند' },
    body: {
      en: 'Customers get different messages from marketing, sales, customer care and the partner. Seed 000 asks that company communication reflect a holistic view of the business. A short message house shared with every customer-facing team, the partner included, lets the company speak with one voice.',
      it: "I clienti ricevono messaggi diversi dal marketing, dalle vendite, dal customer care e dal partner. La fonte 000 chiede che la comunicazione aziendale rifletta una visione olistica del business. Una breve message house condivisa con tutti i team a contatto con i clienti, partner compreso, permette all'azienda di parlare con una sola voce.",
      nl: 'Klanten krijgen verschillende boodschappen van marketing, sales, klantenservice en de partner. Bron 000 vraagt dat de bedrijfscommunicatie een holistische kijk op het bedrijf weerspiegelt. Een kort message house, gedeeld met elk klantgericht team inclusief de partner, laat het bedrijf met één stem spreken.',
      fa: 'مشتریان از بازاریابی، فروش، خدمات مشتریان و شریک پیام‌های متفاوتی دریافت می‌کنند. منبع ۰۰۰ می‌خواهد ارتباطات شرکت بازتاب نگاهی کل‌نگر به کسب‌وکار باشد. یک «خانه پیام» کوتاه که با همهٔ تیم‌های در تماس با مشتری، از جمله شریک، به اشتراک گذاشته شود، به شرکت امکان می‌دهد با یک صدا سخن بگوید.',
    },
    steps: [
      { en: 'Marketing writes a one-page message house: positioning, three core messages, proof points, words to avoid.', it: 'Il marketing scrive una message house di una pagina: posizionamento, tre messaggi chiave, elementi di prova, parole da evitare.', nl: 'Marketing schrijft een message house van één pagina: positionering, drie kernboodschappen, bewijspunten en woorden die we vermijden.', fa: 'بازاریابی یک «خانه پیام» یک‌صفحه‌ای می‌نویسد: جایگاه‌یابی، سه پیام اصلی، شواهد پشتیبان و واژه‌هایی که باید از آن‌ها پرهیز کرد.' },
      { en: 'Within 30 days, brief Sales, Customer Care and the partner\'s team leaders on it, and add it to the partner\'s onboarding material.', it: 'Entro 30 giorni, presentarla a Vendite, Customer Care e ai team leader del partner, e inserirla nel materiale di onboarding del partner.', nl: 'Licht het binnen 30 dagen toe aan Sales, Klantenservice en de teamleiders van de partner, en neem het op in het onboardingmateriaal van de partner.', fa: 'ظرف ۳۰ روز، فروش، خدمات مشتریان و سرپرستان تیم‌های شریک را با آن آشنا کنید و آن را به مطالب آموزشی ورود کارکنان جدید شریک اضافه کنید.' },
      { en: 'Each quarter, listen to ten real customer contacts (calls, emails, chats) from each team and from the partner and check them against the message house.', it: 'Ogni trimestre, ascoltare dieci contatti reali con i clienti (telefonate, email, chat) per ciascun team e per il partner e verificarli rispetto alla message house.', nl: 'Beluister elk kwartaal tien echte klantcontacten (telefoongesprekken, e-mails, chats) per team en van de partner, en toets ze aan het message house.', fa: 'هر فصل، ده تماس واقعی با مشتری (تماس تلفنی، ایمیل، گفت‌وگوی برخط) از هر تیم و از شریک را بررسی کنید و با خانه پیام بسنجید.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'communication-consistency', score: { lt: 2 } },
  },
  {
    id: 'ecommerce-customer-care-plan',
    dimensionId: 'marketing',
    title: { en: 'Plan online customer care with quality targets', it: 'Pianificare il customer care online con obiettivi di qualità', nl: 'Plan online klantenservice met kwaliteitsdoelen', fa: 'برنامه‌ریزی خدمات مشتریان آنلاین با اهداف کیفی' },
    body: {
      en: 'Online sales run, or are planned, without quality customer care behind them. Seed 000: there is no point in adding e-commerce just to sell products — the plan must include quality customer care, or the channel will not be competitive. Set targets and staff to them before the next peak.',
      it: 'Le vendite online sono attive, o in programma, senza un customer care di qualità alle spalle. Secondo la fonte 000 è inutile inserire un e-commerce solo per vendere prodotti: il piano deve prevedere un customer care di qualità, altrimenti il canale non sarà competitivo. Occorre fissare obiettivi e dimensionare il personale di conseguenza prima del prossimo picco.',
      nl: 'De onlineverkoop draait, of staat gepland, zonder goede klantenservice erachter. Bron 000: het heeft geen zin om e-commerce toe te voegen alleen om producten te verkopen – het plan moet kwalitatief goede klantenservice omvatten, anders wordt het kanaal niet concurrerend. Stel doelen en zorg vóór de volgende piek voor de bezetting die daarbij hoort.',
      fa: 'فروش آنلاین بدون پشتوانه خدمات مشتریان باکیفیت در جریان است یا برنامه‌ریزی شده است. به گفته منبع ۰۰۰، راه‌اندازی فروشگاه اینترنتی صرفاً برای فروش محصولات بی‌فایده است؛ برنامه باید خدمات مشتریان باکیفیت را هم دربر گیرد، وگرنه این کانال رقابتی نخواهد بود. پیش از اوج فروش بعدی، اهداف را تعیین و نیروی انسانی را بر اساس آن‌ها تأمین کنید.',
    },
    steps: [
      { en: 'The e-commerce and customer-care managers set three quality targets for online customers, for example a reply within 4 working hours, 80 % solved at first contact, satisfaction of at least 8 out of 10.', it: 'I responsabili e-commerce e customer care fissano tre obiettivi di qualità per i clienti online, ad esempio risposta entro 4 ore lavorative, 80 % dei casi risolti al primo contatto, soddisfazione di almeno 8 su 10.', nl: 'De e-commercemanager en de klantenservicemanager stellen drie kwaliteitsdoelen voor onlineklanten, bijvoorbeeld een reactie binnen 4 werkuren, 80 % opgelost bij het eerste contact en een tevredenheid van minimaal 8 op 10.', fa: 'مدیران فروش اینترنتی و خدمات مشتریان سه هدف کیفی برای مشتریان آنلاین تعیین می‌کنند؛ مثلاً پاسخ ظرف ۴ ساعت کاری، حل ۸۰ درصد درخواست‌ها در نخستین تماس، و رضایت دست‌کم ۸ از ۱۰.' },
      { en: 'Estimate contact volumes from orders and returns, and decide who handles them — in-house or the partner — with named staffing for peak weeks.', it: 'Stimare i volumi di contatti in base a ordini e resi e decidere chi li gestisce, internamente o tramite il partner, con personale assegnato nominativamente per le settimane di picco.', nl: 'Schat het aantal klantcontacten op basis van orders en retouren en bepaal wie ze afhandelt – intern of de partner – met een bemensing op naam voor de piekweken.', fa: 'حجم تماس‌ها را بر اساس سفارش‌ها و مرجوعی‌ها برآورد کنید و تصمیم بگیرید چه کسی به آن‌ها رسیدگی می‌کند، تیم داخلی یا شریک، و برای هفته‌های اوج، افراد مشخصی را به این کار بگمارید.' },
      { en: 'Review the targets every month next to the online sales figures in the sales–marketing review.', it: 'Rivedere gli obiettivi ogni mese, accanto ai dati delle vendite online, nella revisione vendite–marketing.', nl: 'Bespreek de doelen elke maand naast de onlineverkoopcijfers in de sales-marketingreview.', fa: 'اهداف را هر ماه در جلسه بازبینی فروش و بازاریابی، در کنار ارقام فروش آنلاین، بازبینی کنید.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 5,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { flag: 'ECOMMERCE_WITHOUT_CUSTOMER_CARE' },
  },
  {
    id: 'ecommerce-cost-to-serve',
    dimensionId: 'marketing',
    title: { en: 'Check that you can afford what the online business needs', it: 'Verificare di potersi permettere ciò che serve al business online', nl: 'Ga na of u kunt betalen wat het onlinebedrijf nodig heeft', fa: 'بررسی توان تأمین نیازهای کسب‌وکار آنلاین' },
    body: {
      en: 'The online business has not been costed beyond its platform. Seed 000 asks whether you can afford resources able to meet your business\'s needs — people, fulfilment, customer care and marketing — before calling the project competitive.',
      it: 'Per il business online non sono stati calcolati costi oltre a quelli della piattaforma. La fonte 000 chiede di capire se ci si può permettere risorse in grado di soddisfare le esigenze del proprio business (persone, evasione degli ordini, customer care e marketing) prima di definire il progetto competitivo.',
      nl: 'Van het onlinebedrijf zijn alleen de platformkosten berekend. Bron 000 vraagt of u middelen kunt betalen die aan de behoeften van uw bedrijf voldoen – mensen, orderafhandeling, klantenservice en marketing – voordat u het project concurrerend noemt.',
      fa: 'هزینه کسب‌وکار آنلاین فراتر از سکوی فروش آن محاسبه نشده است. منبع ۰۰۰ می‌پرسد آیا توان تأمین منابعی را دارید که پاسخگوی نیازهای کسب‌وکارتان باشد (نیروی انسانی، پردازش و ارسال سفارش، خدمات مشتریان و بازاریابی)، پیش از آنکه پروژه را رقابتی بنامید.',
    },
    steps: [
      { en: 'Finance and the e-commerce manager calculate the full cost to serve one online order: platform, marketing, picking and shipping, returns, customer care.', it: "L'area Finanza e il responsabile e-commerce calcolano il costo completo per servire un ordine online: piattaforma, marketing, preparazione e spedizione, resi, customer care.", nl: 'Finance en de e-commercemanager berekenen de volledige kosten om één onlineorder te bedienen: platform, marketing, orderpicking en verzending, retouren, klantenservice.', fa: 'واحد مالی و مدیر فروش اینترنتی هزینه کامل رسیدگی به یک سفارش آنلاین را محاسبه می‌کنند: سکوی فروش، بازاریابی، جمع‌آوری و ارسال، مرجوعی‌ها و خدمات مشتریان.' },
      { en: 'Compare it with the margin per online order and decide where to invest, outsource or cut.', it: 'Confrontarlo con il margine per ordine online e decidere dove investire, esternalizzare o tagliare.', nl: 'Vergelijk die kosten met de marge per onlineorder en bepaal waar u investeert, uitbesteedt of bezuinigt.', fa: 'آن را با حاشیه سود هر سفارش آنلاین مقایسه کنید و تصمیم بگیرید کجا سرمایه‌گذاری، برون‌سپاری یا صرفه‌جویی کنید.' },
      { en: 'Review the business case every quarter against actual volumes with Operations and the partner.', it: 'Rivedere ogni trimestre il business case rispetto ai volumi effettivi, insieme a Operations e al partner.', nl: 'Toets de businesscase elk kwartaal samen met Operations en de partner aan de werkelijke volumes.', fa: 'طرح توجیهی را هر فصل با حضور عملیات و شریک، در برابر حجم‌های واقعی بازبینی کنید.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: {
      all: [
        { question: 'sells-online', is: ['yes', 'planned'] },
        { question: 'ecommerce-resources', score: { lt: 2 } },
      ],
    },
  },
];
