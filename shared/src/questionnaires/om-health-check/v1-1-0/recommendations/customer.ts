import type { QuestionnaireDefinition } from '../../../../domain/questionnaire.schema.js';
import type { Condition } from '../../../../domain/condition.schema.js';

type RecommendationDefinitionInput = QuestionnaireDefinition['recommendations'][number];

/**
 * Recommendations for customer-focus maturity (seed 003). Those for stages 2–4 fire only once
 * the earlier stages are in place, so advice follows the journey instead of skipping ahead.
 */
export const customerRecommendations: RecommendationDefinitionInput[] = [
  {
    id: 'build-customer-repository',
    dimensionId: 'customer',
    title: {
      en: 'Record every customer interaction in one shared repository',
      it: "Registrare ogni interazione con i clienti in un unico archivio condiviso",
      nl: "Leg elke klantinteractie vast in één gedeelde klantdatabase",
      fa: "ثبت همهٔ تعاملات مشتریان در یک مخزن مشترک",
    },
    body: {
      en: 'Customer information is scattered across departments, mailboxes and people\'s heads. Seed 003 says the journey to customer focus starts with a repository of every interaction of every customer, to which each group contributes — the communal foundation every later stage needs. Build this before buying more CRM functionality.',
      it: "Le informazioni sui clienti sono disperse tra reparti, caselle di posta e la memoria delle persone. Secondo la fonte 003, il percorso verso l'orientamento al cliente parte da un archivio di ogni interazione di ogni cliente, alimentato da tutti i gruppi: la base comune di cui ogni fase successiva ha bisogno. Va costruito prima di acquistare ulteriori funzionalità CRM.",
      nl: "Klantinformatie is versnipperd over afdelingen, mailboxen en de hoofden van mensen. Volgens bron 003 begint de weg naar klantgerichtheid met een database van elke interactie van elke klant, waaraan iedere groep bijdraagt — het gemeenschappelijke fundament dat elke latere fase nodig heeft. Bouw dit op voordat u meer CRM-functionaliteit aanschaft.",
      fa: "اطلاعات مشتریان در میان واحدها، صندوق‌های ایمیل و ذهن افراد پراکنده است. به گفته منبع ۰۰۳، سفر به سوی تمرکز بر مشتری با ایجاد مخزنی از تک‌تک تعاملات همهٔ مشتریان آغاز می‌شود که هر گروه در تکمیل آن سهم دارد؛ این همان زیربنای همگانی است که همهٔ مراحل بعدی به آن نیاز دارند. پیش از خرید امکانات بیشتر برای CRM، این مخزن را بسازید.",
    },
    steps: [
      {
        en: 'Appoint a customer-data owner and list every place where customer interactions are recorded today, including the partner\'s systems.',
        it: "Nominare un responsabile dei dati clienti ed elencare tutti i punti in cui oggi vengono registrate le interazioni con i clienti, compresi i sistemi del partner.",
        nl: "Wijs een eigenaar van de klantdata aan en breng alle plekken in kaart waar klantinteracties nu worden vastgelegd, ook in de systemen van de partner.",
        fa: "یک مسئول داده‌های مشتری تعیین کنید و همهٔ جاهایی را که امروز تعاملات مشتریان در آن‌ها ثبت می‌شود، از جمله سامانه‌های شریک، فهرست کنید.",
      },
      {
        en: 'Agree the minimum record per interaction (customer, date, channel, topic, outcome) and have every group, the partner included, enter it in one system: the first two groups within 90 days, every group within the year.',
        it: "Concordare i dati minimi da registrare per ogni interazione (cliente, data, canale, argomento, esito) e fare in modo che ogni gruppo, partner compreso, li inserisca in un unico sistema: i primi due gruppi entro 90 giorni, tutti entro l'anno.",
        nl: "Spreek af wat er minimaal per interactie wordt vastgelegd (klant, datum, kanaal, onderwerp, uitkomst) en laat elke groep, de partner inbegrepen, dit in één systeem invoeren: de eerste twee groepen binnen 90 dagen, alle groepen binnen het jaar.",
        fa: "دربارهٔ حداقل اطلاعات لازم برای ثبت هر تعامل (مشتری، تاریخ، کانال، موضوع، نتیجه) توافق کنید و ترتیبی دهید که این اطلاعات در یک سامانهٔ واحد وارد شود: دو گروه نخست ظرف ۹۰ روز و همهٔ گروه‌ها، از جمله شریک، ظرف یک سال.",
      },
      {
        en: 'Report every month which groups contribute and how complete the records are.',
        it: "Riferire ogni mese quali gruppi contribuiscono e quanto sono complete le registrazioni.",
        nl: "Rapporteer elke maand welke groepen bijdragen en hoe volledig de gegevens zijn.",
        fa: "هر ماه گزارش دهید کدام گروه‌ها در ثبت اطلاعات مشارکت دارند و سوابق تا چه اندازه کامل است.",
      },
    ],
    horizon: 'STRATEGIC',
    impact: 5,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: { question: 'customer-repository', score: { lt: 2 } },
  },
  {
    id: 'organise-data-by-customer',
    dimensionId: 'customer',
    title: {
      en: 'Organise customer data by customer, not by product or region',
      it: "Organizzare i dati per cliente, non per prodotto o area geografica",
      nl: "Organiseer klantdata per klant, niet per product of regio",
      fa: "سازمان‌دهی داده‌های مشتری بر اساس مشتری، نه بر اساس محصول یا منطقه",
    },
    body: {
      en: 'Your data shows products, orders and regions, but not customers as a whole. Seed 003 insists that the repository be organised by customer — not by product, purchase or geography. One customer ID across all systems is the practical first step.',
      it: "I vostri dati mostrano prodotti, ordini e aree, ma non il cliente nel suo insieme. La fonte 003 insiste perché l'archivio sia organizzato per cliente, non per prodotto, acquisto o area geografica. Un unico codice cliente in tutti i sistemi è il primo passo concreto.",
      nl: "Uw data tonen producten, orders en regio's, maar niet de klant als geheel. Bron 003 benadrukt dat de database per klant moet zijn georganiseerd — niet per product, aankoop of geografie. Eén klant-ID in alle systemen is de praktische eerste stap.",
      fa: "داده‌های شما محصولات، سفارش‌ها و مناطق را نشان می‌دهد، اما مشتری را به‌صورت یک کل نشان نمی‌دهد. منبع ۰۰۳ تأکید دارد که مخزن باید بر اساس مشتری سازمان‌دهی شود، نه بر اساس محصول، خرید یا موقعیت جغرافیایی. یک شناسه مشتری واحد در همهٔ سامانه‌ها نخستین گام عملی است.",
    },
    steps: [
      {
        en: 'IT and the customer-data owner define one customer ID and map it in every system that holds customer data, the partner\'s included.',
        it: "L'IT e il responsabile dei dati clienti definiscono un codice cliente unico e lo associano in ogni sistema che contiene dati dei clienti, compresi quelli del partner.",
        nl: "IT en de eigenaar van de klantdata leggen één klant-ID vast en koppelen die in elk systeem met klantgegevens, ook dat van de partner.",
        fa: "واحد فناوری اطلاعات و مسئول داده‌های مشتری یک شناسه مشتری واحد تعریف می‌کنند و آن را در همهٔ سامانه‌هایی که داده مشتری دارند، از جمله سامانه‌های شریک، نگاشت می‌کنند.",
      },
      {
        en: 'Build a single customer view for the top 100 customers first: purchases, contacts, complaints and service across products and regions.',
        it: "Costruire prima una vista unica del cliente per i primi 100 clienti: acquisti, contatti, reclami e assistenza, trasversalmente a prodotti e aree.",
        nl: "Bouw eerst een integraal klantbeeld voor de 100 grootste klanten: aankopen, contacten, klachten en service over alle producten en regio's heen.",
        fa: "ابتدا برای ۱۰۰ مشتری برتر یک نمای یکپارچه مشتری بسازید: خریدها، تماس‌ها، شکایت‌ها و خدمات در همهٔ محصولات و مناطق.",
      },
      {
        en: 'Give Sales, Customer Care and the partner\'s team access to that view and ask them every month what is missing.',
        it: "Dare accesso a questa vista a Vendite, Customer Care e al team del partner, e chiedere loro ogni mese che cosa manca.",
        nl: "Geef Sales, Klantenservice en het team van de partner toegang tot dat klantbeeld en vraag hun elke maand wat er ontbreekt.",
        fa: "به واحد فروش، واحد خدمات مشتریان و تیم شریک به این نما دسترسی بدهید و هر ماه از آن‌ها بپرسید چه چیزی کم است.",
      },
    ],
    // Review 1.0: one customer ID across every system is a master-data programme, not a quarter's work.
    horizon: 'STRATEGIC',
    impact: 4,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: { flag: 'PRODUCT_CENTRIC_CUSTOMER_DATA' },
  },
  {
    id: 'analytics-to-front-line',
    dimensionId: 'customer',
    title: {
      en: 'Turn customer data into conclusions the front line uses',
      it: "Trasformare i dati sui clienti in conclusioni utilizzate da chi è in prima linea",
      nl: "Zet klantdata om in conclusies die de frontlinie echt gebruikt",
      fa: "تبدیل داده‌های مشتری به نتیجه‌گیری‌هایی که کارکنان خط مقدم به کار می‌گیرند",
    },
    body: {
      en: 'You have a solid customer repository, but conclusions do not reach the people who serve customers. Seed 003\'s second stage, serial coordination, moves from assembling data to drawing conclusions that flow from analysts to the operating units.',
      it: "L'archivio clienti è solido, ma le conclusioni non arrivano a chi serve i clienti. La seconda fase descritta nella fonte 003, il coordinamento seriale, passa dalla raccolta dei dati alla formulazione di conclusioni che fluiscono dagli analisti alle unità operative.",
      nl: "U hebt een degelijke klantdatabase, maar conclusies bereiken de mensen die klanten bedienen niet. De tweede fase uit bron 003, seriële coördinatie, gaat van het verzamelen van data naar het trekken van conclusies die van analisten naar de operationele eenheden stromen.",
      fa: "مخزن مشتریان شما استوار است، اما نتیجه‌گیری‌ها به دست کسانی که به مشتریان خدمت می‌کنند نمی‌رسد. مرحله دوم در منبع ۰۰۳، یعنی هماهنگی زنجیره‌ای، از گردآوری داده‌ها فراتر می‌رود و به نتیجه‌گیری‌هایی می‌رسد که از تحلیلگران به واحدهای عملیاتی جریان می‌یابد.",
    },
    steps: [
      {
        en: 'Ask Sales, Marketing and Customer Care for the three customer questions they most need answered, such as which customers are growing and which are unprofitable.',
        it: "Chiedere a Vendite, Marketing e Customer Care quali sono le tre domande sui clienti a cui hanno più bisogno di una risposta, ad esempio quali clienti stanno crescendo e quali non sono redditizi.",
        nl: "Vraag Sales, Marketing en Klantenservice naar de drie klantvragen waarop zij het dringendst een antwoord nodig hebben, bijvoorbeeld welke klanten groeien en welke verliesgevend zijn.",
        fa: "از واحدهای فروش، بازاریابی و خدمات مشتریان بپرسید به کدام سه پرسش دربارهٔ مشتریان بیش از همه نیاز به پاسخ دارند؛ مثلاً کدام مشتریان در حال رشدند و کدام سودآور نیستند.",
      },
      {
        en: 'An analyst, in-house or from the partner, answers them from the repository in a monthly one-page brief per unit.',
        it: "Un analista, interno o del partner, risponde attingendo all'archivio con una sintesi mensile di una pagina per ciascuna unità.",
        nl: "Een analist, intern of van de partner, beantwoordt ze vanuit de database in een maandelijkse notitie van één pagina per eenheid.",
        fa: "یک تحلیلگر، از داخل سازمان یا از طرف شریک، با استفاده از مخزن به این پرسش‌ها در قالب گزارشی ماهانه و یک‌صفحه‌ای برای هر واحد پاسخ می‌دهد.",
      },
      {
        en: 'Each unit names one decision it took on the basis of the brief, reported at the next management meeting.',
        it: "Ogni unità indica una decisione presa sulla base della sintesi, da presentare alla successiva riunione di direzione.",
        nl: "Elke eenheid noemt één beslissing die zij op basis van de notitie heeft genomen, en rapporteert die in het volgende managementoverleg.",
        fa: "هر واحد یک تصمیم را که بر پایه این گزارش گرفته است نام می‌برد و آن را در جلسهٔ بعدی مدیریت گزارش می‌کند.",
      },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: {
      all: [
        { tag: 'stage-1', score: { gte: 60 } },
        { tag: 'stage-2', score: { lt: 60 } },
      ],
    },
  },
  {
    id: 'anticipate-churn-and-buyers',
    dimensionId: 'customer',
    title: {
      en: 'Predict which customers will leave and who will buy next',
      it: "Prevedere quali clienti se ne andranno e chi acquisterà in futuro",
      nl: "Voorspel welke klanten vertrekken en wie als volgende koopt",
      fa: "پیش‌بینی این‌که کدام مشتریان ما را ترک می‌کنند و خریداران بعدی چه کسانی خواهند بود",
    },
    body: {
      en: 'Your analytics describe the past well. Seed 003\'s third stage, symbiotic coordination, turns to future behaviour: how to stop customers defecting to competitors, and who will buy the new products. It needs analysts and business teams working together in both directions.',
      it: "Le vostre analisi descrivono bene il passato. La terza fase descritta nella fonte 003, il coordinamento simbiotico, si concentra sul comportamento futuro: come impedire che i clienti passino alla concorrenza e chi acquisterà i nuovi prodotti. Richiede che analisti e team di business collaborino in entrambe le direzioni.",
      nl: "Uw analyses beschrijven het verleden goed. De derde fase uit bron 003, symbiotische coördinatie, richt zich op toekomstig gedrag: hoe voorkomt u dat klanten overstappen naar concurrenten, en wie koopt de nieuwe producten? Daarvoor moeten analisten en businessteams in beide richtingen samenwerken.",
      fa: "تحلیل‌های شما گذشته را به‌خوبی توصیف می‌کنند. مرحله سوم در منبع ۰۰۳، یعنی هماهنگی همزیستی، به رفتار آینده می‌پردازد: چگونه از رو آوردن مشتریان به رقبا جلوگیری کنیم و چه کسانی محصولات جدید را خواهند خرید. این مرحله به همکاری دوسویه تحلیلگران و تیم‌های کسب‌وکار نیاز دارد.",
    },
    steps: [
      {
        en: 'Form a small team of one analyst and one person each from Sales, Marketing and Customer Care, meeting every two weeks.',
        it: "Costituire un piccolo team composto da un analista e da una persona ciascuno per Vendite, Marketing e Customer Care, che si riunisca ogni due settimane.",
        nl: "Stel een klein team samen van één analist en telkens één persoon uit Sales, Marketing en Klantenservice, dat om de twee weken bijeenkomt.",
        fa: "یک تیم کوچک متشکل از یک تحلیلگر و یک نفر از هر یک از واحدهای فروش، بازاریابی و خدمات مشتریان تشکیل دهید که هر دو هفته یک بار جلسه داشته باشد.",
      },
      {
        en: 'Start with one question — which customers are likely to leave in the next six months? — combining order data with what the front line hears.',
        it: "Partire da una sola domanda — quali clienti rischiano di andarsene nei prossimi sei mesi? — combinando i dati sugli ordini con ciò che sente chi è in prima linea.",
        nl: "Begin met één vraag — welke klanten vertrekken waarschijnlijk in de komende zes maanden? — en combineer orderdata met wat de frontlinie hoort.",
        fa: "با یک پرسش شروع کنید — کدام مشتریان احتمالاً در شش ماه آینده ما را ترک می‌کنند؟ — و داده‌های سفارش را با آنچه کارکنان خط مقدم می‌شنوند ترکیب کنید.",
      },
      {
        en: 'Act on the list with retention calls, measure the result after three months, then take on the question of likely buyers for the next launch.',
        it: "Intervenire sull'elenco con chiamate di fidelizzazione, misurare il risultato dopo tre mesi e poi affrontare la domanda su chi saranno i probabili acquirenti del prossimo lancio.",
        nl: "Ga met de lijst aan de slag met behoudgesprekken, meet het resultaat na drie maanden en pak daarna de vraag op wie waarschijnlijk koopt bij de volgende lancering.",
        fa: "بر اساس این فهرست با تماس‌های حفظ مشتری اقدام کنید، پس از سه ماه نتیجه را بسنجید و سپس به این پرسش بپردازید که خریداران احتمالی محصول بعدی چه کسانی هستند.",
      },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: {
      all: [
        { customerFocusStage: { gte: 2 } },
        { tag: 'stage-3', score: { lt: 60 } },
      ],
    },
  },
  {
    id: 'insight-in-daily-routines',
    dimensionId: 'customer',
    title: {
      en: 'Put customer insight into everyday decisions',
      it: "Portare la conoscenza del cliente nelle decisioni di ogni giorno",
      nl: "Breng klantinzicht in de dagelijkse beslissingen",
      fa: "به‌کارگیری شناخت مشتری در تصمیم‌های روزمره",
    },
    body: {
      en: 'Your analysts and business teams work well together, but insight stays in projects and meetings. Seed 003\'s fourth stage, integral coordination, moves beyond isolated formal initiatives so that deep customer insight shapes day-to-day operational decisions.',
      it: "Analisti e team di business collaborano bene, ma la conoscenza resta confinata in progetti e riunioni. La quarta fase descritta nella fonte 003, il coordinamento integrale, va oltre le iniziative formali isolate, affinché una conoscenza profonda del cliente orienti le decisioni operative quotidiane.",
      nl: "Uw analisten en businessteams werken goed samen, maar het inzicht blijft hangen in projecten en vergaderingen. De vierde fase uit bron 003, integrale coördinatie, gaat verder dan losse formele initiatieven, zodat diep klantinzicht de dagelijkse operationele beslissingen stuurt.",
      fa: "تحلیلگران و تیم‌های کسب‌وکار شما به‌خوبی با هم کار می‌کنند، اما شناخت حاصل در پروژه‌ها و جلسات باقی می‌ماند. مرحله چهارم در منبع ۰۰۳، یعنی هماهنگی یکپارچه‌ساز، ابتکارات رسمی و جداافتاده را پشت سر می‌گذارد تا شناخت عمیق از مشتری به تصمیم‌های عملیاتی روزانه شکل دهد.",
    },
    steps: [
      {
        en: 'Each function head lists three recurring daily decisions that affect customers, such as order priority, complaint handling or stock allocation.',
        it: "Ogni responsabile di funzione elenca tre decisioni quotidiane ricorrenti che hanno effetto sui clienti, come la priorità degli ordini, la gestione dei reclami o l'allocazione delle scorte.",
        nl: "Elk afdelingshoofd noemt drie terugkerende dagelijkse beslissingen die klanten raken, zoals orderprioriteit, klachtafhandeling of voorraadtoewijzing.",
        fa: "هر مدیر واحد سه تصمیم روزانه و تکرارشونده را که بر مشتریان اثر می‌گذارد فهرست می‌کند؛ مانند اولویت سفارش‌ها، رسیدگی به شکایات یا تخصیص موجودی.",
      },
      {
        en: 'For each, put the relevant customer insight (value, risk, preferences) on the screen or list where the decision is made, the partner\'s tools included.',
        it: "Per ciascuna, rendere visibile la conoscenza del cliente pertinente (valore, rischio, preferenze) nella schermata o nell'elenco in cui si prende la decisione, compresi gli strumenti del partner.",
        nl: "Zet voor elke beslissing het relevante klantinzicht (waarde, risico, voorkeuren) op het scherm of de lijst waar de beslissing wordt genomen, ook in de tools van de partner.",
        fa: "برای هر یک، شناخت مرتبط از مشتری (ارزش، ریسک، ترجیحات) را روی همان صفحه یا فهرستی قرار دهید که تصمیم در آن گرفته می‌شود، از جمله در ابزارهای شریک.",
      },
      {
        en: 'After six months, review how often decisions used the insight and what changed for customers.',
        it: "Dopo sei mesi verificare quanto spesso le decisioni si sono basate su questa conoscenza e che cosa è cambiato per i clienti.",
        nl: "Beoordeel na zes maanden hoe vaak beslissingen het inzicht gebruikten en wat er voor klanten is veranderd.",
        fa: "پس از شش ماه بررسی کنید تصمیم‌ها چند بار از این شناخت استفاده کرده‌اند و چه چیزی برای مشتریان تغییر کرده است.",
      },
    ],
    horizon: 'STRATEGIC',
    impact: 4,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: {
      all: [
        { customerFocusStage: { gte: 3 } },
        { tag: 'stage-4', score: { lt: 60 } },
      ],
    },
  },
  {
    id: 'rebuild-customer-foundations',
    dimensionId: 'customer',
    title: {
      en: 'Secure the earlier customer-focus stages before building on them',
      it: "Consolidare le fasi iniziali dell'orientamento al cliente prima di costruirci sopra",
      nl: "Breng de eerdere fasen van klantgerichtheid op orde voordat u erop voortbouwt",
      fa: "تثبیت مراحل اولیهٔ تمرکز بر مشتری پیش از بنا کردن مراحل بعدی بر آن‌ها",
    },
    body: {
      en: 'Advanced practices — analytics, predictions, insight in daily decisions — run without the earlier stages underneath. Seed 003 warns that skipping stages deprives the company of the foundation lasting customer focus needs; companies that see this spend their CRM money more wisely and see net profit rise.',
      it: "Pratiche avanzate — analisi, previsioni, conoscenza del cliente nelle decisioni quotidiane — vengono applicate senza le fasi precedenti a sostenerle. La fonte 003 avverte che saltare le fasi priva l'azienda delle fondamenta necessarie a un orientamento al cliente duraturo; le aziende che lo comprendono spendono il budget CRM in modo più oculato e vedono crescere l'utile netto.",
      nl: "Geavanceerde praktijken — analyses, voorspellingen, inzicht in dagelijkse beslissingen — draaien zonder dat de eerdere fasen eronder liggen. Bron 003 waarschuwt dat het overslaan van fasen het bedrijf het fundament ontneemt dat blijvende klantgerichtheid nodig heeft; bedrijven die dat inzien, besteden hun CRM-budget verstandiger en zien hun nettowinst stijgen.",
      fa: "روش‌های پیشرفته — تحلیل، پیش‌بینی و استفاده از شناخت مشتری در تصمیم‌های روزانه — بدون پشتوانه مراحل قبلی اجرا می‌شوند. منبع ۰۰۳ هشدار می‌دهد که حذف مراحل، شرکت را از زیربنای لازم برای تمرکز پایدار بر مشتری محروم می‌کند؛ شرکت‌هایی که این را درک می‌کنند، بودجهٔ CRM خود را عاقلانه‌تر خرج می‌کنند و شاهد افزایش سود خالص خود هستند.",
    },
    steps: [
      {
        en: 'Compare the stage results in this check-up and name the first stage that falls below the threshold.',
        it: "Confrontare i risultati delle fasi in questo check-up e individuare la prima fase che scende sotto la soglia.",
        nl: "Vergelijk de resultaten per fase in deze check-up en benoem de eerste fase die onder de drempel blijft.",
        fa: "نتایج مراحل را در این ارزیابی سلامت مقایسه کنید و نخستین مرحله‌ای را که زیر آستانه قرار می‌گیرد مشخص کنید.",
      },
      {
        en: 'Redirect part of the current analytics or CRM budget to that stage\'s gaps — typically a complete, customer-organised repository, or conclusions that actually reach the operating units.',
        it: "Destinare parte dell'attuale budget per analisi o CRM alle lacune di quella fase — di solito un archivio completo e organizzato per cliente, oppure conclusioni che arrivino davvero alle unità operative.",
        nl: "Verschuif een deel van het huidige analyse- of CRM-budget naar de lacunes in die fase — meestal een volledige, per klant georganiseerde database, of conclusies die de operationele eenheden ook echt bereiken.",
        fa: "بخشی از بودجه فعلی تحلیل یا CRM را به رفع کمبودهای همان مرحله اختصاص دهید — معمولاً یک مخزن کامل که بر اساس مشتری سازمان‌دهی شده، یا نتیجه‌گیری‌هایی که واقعاً به واحدهای عملیاتی می‌رسند.",
      },
      {
        en: 'Re-assess the stages in the next check-up before funding further advanced initiatives.',
        it: "Rivalutare le fasi nel prossimo check-up prima di finanziare ulteriori iniziative avanzate.",
        nl: "Beoordeel de fasen opnieuw in de volgende check-up voordat u verdere geavanceerde initiatieven financiert.",
        fa: "پیش از تأمین بودجه برای ابتکارات پیشرفته بیشتر، مراحل را در ارزیابی سلامت بعدی دوباره بسنجید.",
      },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 5,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: { flag: 'STAGE_SKIPPING' },
  },
  {
    id: 'crm-investment-by-stage',
    dimensionId: 'customer',
    // Fires up to level 3: a company that already reviews CRM items against results still gets the step to level 4.
    title: {
      en: 'Tie every CRM item to a stage and a customer result',
      it: 'Legare ogni voce CRM a una fase e a un risultato sui clienti',
      nl: 'Koppel elke CRM-post aan een fase en een klantresultaat',
      fa: 'پیوند هر قلم هزینهٔ CRM به یک مرحله و یک نتیجه نزد مشتری',
    },
    body: {
      en: 'The return on CRM spending is not measured, or not against results with customers. Seed 003: companies spend heavily on CRM with little real return, because customer focus is a learning journey of four stages, not an IT system; those who see this spend their CRM money more wisely and see net profit rise.',
      it: 'Il ritorno della spesa CRM non viene misurato, o non rispetto a risultati con i clienti. Fonte 003: le aziende spendono molto in CRM con scarso ritorno reale, perché l’orientamento al cliente è un percorso di apprendimento in quattro fasi, non un sistema informatico; chi lo capisce spende il budget CRM con più saggezza e vede crescere l’utile netto.',
      nl: 'Het rendement van CRM-uitgaven wordt niet gemeten, of niet aan resultaten bij klanten. Bron 003: bedrijven geven veel uit aan CRM zonder echt rendement, omdat klantgerichtheid een leertraject in vier fasen is, geen IT-systeem; wie dat inziet, besteedt het CRM-geld verstandiger en ziet de nettowinst stijgen.',
      fa: 'بازده هزینه‌های CRM اندازه‌گیری نمی‌شود، یا با نتیجه‌ای که نزد مشتریان به دست می‌آید سنجیده نمی‌شود. منبع ۰۰۳: شرکت‌ها هزینهٔ هنگفتی صرف CRM می‌کنند بی‌آنکه بازده واقعی بگیرند، زیرا تمرکز بر مشتری سفری یادگیرانه در چهار مرحله است، نه یک سیستم فناوری اطلاعات؛ کسانی که این را می‌بینند بودجهٔ CRM را عاقلانه‌تر خرج می‌کنند و افزایش سود خالص را می‌بینند.',
    },
    steps: [
      {
        en: 'List current and planned CRM and analytics spending and label each item with the stage it serves: 1 repository, 2 analysis reaching operations, 3 prediction, 4 daily decisions.',
        it: 'Elencare la spesa attuale e prevista in CRM e analisi e assegnare a ogni voce la fase che serve: 1 archivio, 2 analisi che arrivano alle operations, 3 previsione, 4 decisioni quotidiane.',
        nl: 'Zet de huidige en geplande uitgaven aan CRM en analyse op een rij en geef elke post de fase die hij dient: 1 database, 2 analyse die de operatie bereikt, 3 voorspelling, 4 dagelijkse beslissingen.',
        fa: 'هزینه‌های فعلی و برنامه‌ریزی‌شدهٔ CRM و تحلیل را فهرست کنید و برای هر قلم مرحله‌ای را که به آن خدمت می‌کند بنویسید: ۱ مخزن، ۲ تحلیلی که به عملیات می‌رسد، ۳ پیش‌بینی، ۴ تصمیم‌های روزانه.',
      },
      {
        en: 'For each item, write down the customer result it should bring (retention, cross-selling, cost of service) and the date it will be checked; fund first the items of the lowest stage you have not yet reached.',
        it: 'Per ogni voce, scrivere il risultato atteso sui clienti (fidelizzazione, vendite incrociate, costo del servizio) e la data della verifica; finanziare per prime le voci della fase più bassa non ancora raggiunta.',
        nl: 'Schrijf bij elke post op welk klantresultaat hij moet opleveren (klantbehoud, kruisverkoop, servicekosten) en wanneer dat wordt gecontroleerd; financier eerst de posten van de laagste fase die u nog niet hebt bereikt.',
        fa: 'برای هر قلم، نتیجه‌ای را که باید نزد مشتریان به بار آورد (حفظ مشتری، فروش مکمل، هزینهٔ خدمت) و تاریخ بررسی آن را بنویسید؛ اول اقلام پایین‌ترین مرحله‌ای را تأمین مالی کنید که هنوز به آن نرسیده‌اید.',
      },
      {
        en: 'Report the return of CRM spending twice a year, beside the company’s other investments.',
        it: 'Riportare il ritorno della spesa CRM due volte l’anno, accanto agli altri investimenti dell’azienda.',
        nl: 'Rapporteer twee keer per jaar het rendement van de CRM-uitgaven, naast de andere investeringen van het bedrijf.',
        fa: 'بازده هزینه‌های CRM را سالی دو بار، در کنار دیگر سرمایه‌گذاری‌های شرکت، گزارش کنید.',
      },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 3,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: { question: 'crm-return-measured', score: { lt: 4 } },
  },
  {
    id: 'finish-the-earlier-stage',
    dimensionId: 'customer',
    // One step short (51.7–60: 60 − 25 ÷ 3 questions per stage) while a later stage is practised: STAGE_SKIPPING does not fire, this does.
    title: {
      en: 'Finish the stage you are one step short of',
      it: 'Completare la fase a cui manca un solo passo',
      nl: 'Maak de fase af waarvoor u nog één stap tekortkomt',
      fa: 'تکمیل مرحله‌ای که فقط یک گام با آن فاصله دارید',
    },
    body: {
      en: 'A later customer-focus practice is already strong, while an earlier stage sits just under its threshold: one practice one level higher would reach it. This is not a rebuild. Seed 003: the stages build on each other, so closing this small gap gives the strong practices the foundation they stand on.',
      it: 'Una pratica più avanzata di orientamento al cliente è già solida, mentre una fase precedente resta appena sotto la soglia: basterebbe una pratica di un livello più alta per raggiungerla. Non si tratta di ricostruire. Fonte 003: le fasi si costruiscono l’una sull’altra, quindi colmare questo piccolo scarto dà alle pratiche solide la base su cui poggiano.',
      nl: 'Een latere praktijk van klantgerichtheid is al sterk, terwijl een eerdere fase net onder haar drempel blijft: één praktijk één niveau hoger zou haar halen. Dit is geen herbouw. Bron 003: de fasen bouwen op elkaar voort, dus dit kleine gat dichten geeft de sterke praktijken het fundament waarop ze staan.',
      fa: 'یکی از رویه‌های مراحل بالاتر تمرکز بر مشتری از هم‌اکنون قوی است، در حالی که یک مرحلهٔ پیشین درست زیر آستانه‌اش مانده است: کافی است یک رویه یک سطح بالاتر برود تا به آن برسد. این بازسازی نیست. منبع ۰۰۳: مراحل بر یکدیگر بنا می‌شوند، پس بستن همین فاصلهٔ کوچک به رویه‌های قوی پایه‌ای می‌دهد که بر آن استوارند.',
    },
    steps: [
      {
        en: 'On the customer-focus ladder of this result, find the stage marked as one step short and its weakest practice.',
        it: 'Nella scala dell’orientamento al cliente di questo risultato, individuare la fase segnata a un passo dalla soglia e la sua pratica più debole.',
        nl: 'Zoek op de ladder van klantgerichtheid in deze uitkomst de fase die één stap tekortkomt, en haar zwakste praktijk.',
        fa: 'در نردبان تمرکز بر مشتری در همین نتیجه، مرحله‌ای را که یک گام کم دارد و ضعیف‌ترین رویهٔ آن را پیدا کنید.',
      },
      {
        en: 'Agree with the owner of that practice one change that lifts it one level within 90 days — for stage 1, for example, one more department recording its contacts in the shared repository.',
        it: 'Concordare con il responsabile di quella pratica un cambiamento che la alzi di un livello entro 90 giorni — per la fase 1, ad esempio, un reparto in più che registra i propri contatti nell’archivio condiviso.',
        nl: 'Spreek met de eigenaar van die praktijk één verandering af die haar binnen 90 dagen een niveau hoger brengt – voor fase 1 bijvoorbeeld één afdeling meer die haar contacten in de gedeelde database vastlegt.',
        fa: 'با مسئول آن رویه بر سر یک تغییر توافق کنید که ظرف ۹۰ روز آن را یک سطح بالا ببرد؛ برای نمونه در مرحلهٔ اول، یک واحد دیگر که تماس‌هایش را در مخزن مشترک ثبت کند.',
      },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: {
      any: [1, 2, 3].map((k) => ({
        all: [
          { tag: `stage-${k}`, score: { gte: 51.7, lt: 60 } },
          { any: [2, 3, 4].filter((later) => later > k).map((later) => ({ tag: `stage-${later}`, score: { gte: 60 } })) },
        ],
      })) as Condition[],
    },
  },
];
