import type { QuestionnaireDefinition } from '../../../../domain/questionnaire.schema.js';
import type { Condition } from '../../../../domain/condition.schema.js';
import type { RespondentRole } from '../../../../domain/vocabulary.js';

type DimensionDefinition = QuestionnaireDefinition['dimensions'][number];

/** How the client's own plans are made; the partner sees only their results. */
const INTERNAL_ROLES: RespondentRole[] = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'OTHER'];

/** E-commerce questions are shown to companies that sell online or plan to. */
const SELLS_OR_PLANS_ONLINE: Condition = { question: 'sells-online', is: ['yes', 'planned'] };

/**
 * Marketing, communication & channels (seed 000): marketing planned together with sales, its
 * processes understood in their links with the other functions, a consistent communication
 * approach, and e-commerce backed by customer-care quality and affordable resources.
 */
export const marketingDimension: DimensionDefinition = {
  id: 'marketing',
  title: {
    en: 'Marketing, communication & channels',
    it: 'Marketing, comunicazione e canali',
    nl: 'Marketing, communicatie & kanalen',
    fa: 'بازاریابی، ارتباطات و کانال‌ها',
  },
  description: {
    en: 'Whether marketing is planned together with sales instead of "later", whether its processes are understood in their links with the other functions and the partner, whether communication is consistent, and whether online sales are backed by quality customer care and resources the company can afford.',
    it: "Se il marketing viene pianificato insieme alle vendite anziché «più avanti», se i suoi processi sono compresi nei loro legami con le altre funzioni e con il partner, se la comunicazione è coerente e se le vendite online sono sostenute da un customer care di qualità e da risorse che l'azienda può permettersi.",
    nl: 'Of marketing samen met sales wordt gepland in plaats van “later”, of de marketingprocessen worden begrepen in hun samenhang met de andere functies en de partner, of de communicatie consistent is, en of online verkoop wordt ondersteund door goede klantenservice en middelen die het bedrijf zich kan veroorloven.',
    fa: 'این‌که آیا بازاریابی همراه با فروش برنامه‌ریزی می‌شود و نه «بعداً»، آیا فرایندهای آن در پیوند با سایر واحدها و شریک درک می‌شوند، آیا ارتباطات یکدست است، و آیا فروش آنلاین با خدمات باکیفیت به مشتریان و منابعی که شرکت توان تأمینش را دارد پشتیبانی می‌شود.',
  },
  weight: 2,
  weightRationale: {
    en: 'Seed 000 names marketing and communication as the place where a fragmented approach shows first, and the area to check up at the very least. It weighs less than strategy and partnership because it depends on them.',
    it: "La fonte 000 indica marketing e comunicazione come il punto in cui un approccio frammentato emerge per primo e come l'ambito su cui fare un check-up, se non altro. Pesa meno di strategia e partnership perché dipende da esse.",
    nl: 'Bron 000 noemt marketing en communicatie als de plek waar een versnipperde aanpak het eerst zichtbaar wordt, en als het gebied dat op zijn minst moet worden doorgelicht. Het weegt minder dan strategie en partnerschap omdat het daarvan afhankelijk is.',
    fa: 'منبع ۰۰۰ بازاریابی و ارتباطات را جایی می‌داند که رویکرد پراکنده پیش از همه در آن نمایان می‌شود و دست‌کم همین حوزه را باید چکاپ کرد. وزن آن از راهبرد و شراکت کمتر است، زیرا به آن‌ها وابسته است.',
  },
  seeds: ['000_771def5f3f0c7c25.txt'],
  questions: [
    {
      id: 'sells-online',
      kind: 'choice',
      prompt: {
        en: 'Does the company sell online (own web shop, marketplaces or a B2B ordering portal)?',
        it: "L'azienda vende online (negozio online proprio, marketplace o portale di ordini B2B)?",
        nl: 'Verkoopt het bedrijf online (eigen webshop, marktplaatsen of een B2B-bestelportaal)?',
        fa: 'آیا شرکت به‌صورت آنلاین می‌فروشد (فروشگاه اینترنتی خود، بازارگاه‌های آنلاین یا درگاه سفارش B2B)؟',
      },
      help: {
        en: 'Seed 000: adding an e-commerce channel just to sell products is pointless without quality customer care and the resources to run it. Your answer decides whether we ask about those.',
        it: 'Fonte 000: aggiungere un canale e-commerce solo per vendere prodotti è inutile senza un customer care di qualità e le risorse per gestirlo. La vostra risposta determina se vi porremo domande su questi aspetti.',
        nl: 'Bron 000: een e-commercekanaal toevoegen alleen om producten te verkopen heeft geen zin zonder goede klantenservice en de middelen om het te draaien. Uw antwoord bepaalt of we daar vragen over stellen.',
        fa: 'منبع ۰۰۰: افزودن کانال تجارت الکترونیک فقط برای فروش محصولات، بدون خدمات مشتریان باکیفیت و منابع لازم برای اداره‌اش بی‌فایده است. پاسخ شما تعیین می‌کند که آیا دربارهٔ این موارد سؤال می‌پرسیم یا نه.',
      },
      options: [
        { id: 'yes', label: { en: 'Yes, we sell online today', it: 'Sì, vendiamo già online', nl: 'Ja, we verkopen nu al online', fa: 'بله، در حال حاضر آنلاین می‌فروشیم' } },
        { id: 'planned', label: { en: 'Not yet, but we plan to within the next 12 months', it: 'Non ancora, ma prevediamo di farlo entro i prossimi 12 mesi', nl: 'Nog niet, maar we zijn het binnen 12 maanden van plan', fa: 'هنوز نه، اما قصد داریم ظرف ۱۲ ماه آینده این کار را بکنیم' } },
        { id: 'no', label: { en: 'No, and we have no plans to', it: 'No, e non prevediamo di farlo', nl: 'Nee, en dat zijn we ook niet van plan', fa: 'خیر، و برنامه‌ای هم برای آن نداریم' } },
      ],
      tags: ['ecommerce'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'marketing-with-sales-plan',
      kind: 'maturity',
      prompt: {
        en: 'When sales targets are set, when is marketing planned?',
        it: 'Quando si fissano gli obiettivi di vendita, in quale momento viene pianificato il marketing?',
        nl: 'Als de verkoopdoelen worden vastgesteld, wanneer wordt marketing dan gepland?',
        fa: 'وقتی اهداف فروش تعیین می‌شود، بازاریابی چه زمانی برنامه‌ریزی می‌شود؟',
      },
      help: {
        en: 'Seed 000 quotes the anti-pattern "now we need to sell; marketing we\'ll think about calmly later". Marketing planned after the sales push cannot support it.',
        it: "La fonte 000 cita l'errore tipico: «adesso abbiamo bisogno di vendere, al marketing ci penseremo con calma». Un marketing pianificato dopo la spinta commerciale non può sostenerla.",
        nl: 'Bron 000 citeert het klassieke antipatroon “nu moeten we verkopen; over marketing denken we later rustig na”. Marketing die pas na het verkoopoffensief wordt gepland, kan dat offensief niet ondersteunen.',
        fa: 'منبع ۰۰۰ این الگوی نادرست را نقل می‌کند: «الان باید بفروشیم؛ به بازاریابی بعداً با خیال راحت فکر می‌کنیم». بازاریابی‌ای که پس از فشار فروش برنامه‌ریزی شود، نمی‌تواند پشتیبان آن باشد.',
      },
      levels: [
        {
          en: 'Marketing comes later, when there is time or money left over.',
          it: 'Il marketing arriva dopo, quando avanzano tempo o denaro.',
          nl: 'Marketing komt later, als er tijd of geld over is.',
          fa: 'بازاریابی به بعد موکول می‌شود، هر وقت که وقت یا پولی باقی بماند.',
        },
        {
          en: 'Marketing is called in once sales problems appear.',
          it: 'Il marketing viene chiamato in causa quando emergono problemi nelle vendite.',
          nl: 'Marketing wordt ingeschakeld zodra er verkoopproblemen ontstaan.',
          fa: 'وقتی مشکلات فروش پیدا می‌شود، سراغ بازاریابی می‌روند.',
        },
        {
          en: 'Marketing has its own annual plan, made separately from the sales plan.',
          it: 'Il marketing ha un proprio piano annuale, elaborato separatamente dal piano commerciale.',
          nl: 'Marketing heeft een eigen jaarplan, los van het salesplan opgesteld.',
          fa: 'بازاریابی برنامهٔ سالانهٔ خودش را دارد که جدا از برنامهٔ فروش تهیه می‌شود.',
        },
        {
          en: 'Marketing and sales plans are built together from the same targets and reviewed together every quarter.',
          it: 'I piani di marketing e di vendita vengono costruiti insieme partendo dagli stessi obiettivi e rivisti insieme ogni trimestre.',
          nl: 'Marketing- en salesplannen worden samen opgesteld vanuit dezelfde targets en elk kwartaal samen geëvalueerd.',
          fa: 'برنامه‌های بازاریابی و فروش با هم و بر پایهٔ اهداف یکسان تدوین و هر فصل با هم بازبینی می‌شوند.',
        },
        {
          en: 'Marketing, sales and operations plan as one: campaigns, capacity and sales efforts are sequenced together from the strategy.',
          it: "Marketing, vendite e operations pianificano come un'unica squadra: campagne, capacità e azioni commerciali vengono messe in sequenza insieme a partire dalla strategia.",
          nl: 'Marketing, sales en operations plannen als één geheel: campagnes, capaciteit en verkoopinspanningen worden vanuit de strategie samen op elkaar afgestemd.',
          fa: 'بازاریابی، فروش و عملیات یکپارچه برنامه‌ریزی می‌کنند: کمپین‌ها، ظرفیت و تلاش‌های فروش بر اساس راهبرد و به‌صورت هماهنگ زمان‌بندی می‌شوند.',
        },
      ],
      tags: ['marketing', 'linkage', 'strategy'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      roles: INTERNAL_ROLES,
      weight: 2,
    },
    {
      id: 'marketing-process-interrelations',
      kind: 'maturity',
      prompt: {
        en: 'How well are your marketing processes understood in their links with sales, operations, customer care and finance?',
        it: 'Quanto sono compresi i vostri processi di marketing nei loro legami con vendite, operations, customer care e finanza?',
        nl: 'Hoe goed worden uw marketingprocessen begrepen in hun samenhang met sales, operations, klantenservice en financiën?',
        fa: 'فرایندهای بازاریابی شما در پیوند با فروش، عملیات، خدمات مشتریان و امور مالی تا چه اندازه درک می‌شوند؟',
      },
      help: {
        en: 'Seed 000: outsourcing management needs the ability to understand and manage complex marketing processes together with their interrelations with the other functions.',
        it: "Fonte 000: l'outsourcing management richiede la capacità di comprendere e gestire i complessi processi di marketing tenendo conto delle interrelazioni con le altre funzioni.",
        nl: 'Bron 000: outsourcingmanagement vraagt het vermogen om complexe marketingprocessen te begrijpen en te beheren, samen met hun onderlinge verbanden met de andere functies.',
        fa: 'منبع ۰۰۰: مدیریت برون‌سپاری نیازمند توانایی درک و مدیریت فرایندهای پیچیدهٔ بازاریابی همراه با روابط متقابل آن‌ها با سایر واحدهاست.',
      },
      levels: [
        {
          en: 'Marketing is seen as advertising and brochures, separate from the rest of the business.',
          it: "Il marketing è visto come pubblicità e brochure, separato dal resto dell'azienda.",
          nl: 'Marketing wordt gezien als reclame en brochures, los van de rest van het bedrijf.',
          fa: 'بازاریابی به معنای تبلیغات و بروشور و جدا از بقیهٔ کسب‌وکار دیده می‌شود.',
        },
        {
          en: 'Marketing is linked to sales only; operations and customer care hear about campaigns from customers.',
          it: 'Il marketing è collegato solo alle vendite; operations e customer care vengono a sapere delle campagne dai clienti.',
          nl: 'Marketing is alleen met sales verbonden; operations en klantenservice horen van klanten over campagnes.',
          fa: 'بازاریابی فقط با فروش در ارتباط است؛ عملیات و خدمات مشتریان از زبان مشتریان از کمپین‌ها باخبر می‌شوند.',
        },
        {
          en: 'Operations and customer care are told about major campaigns in advance.',
          it: 'Operations e customer care vengono informati in anticipo delle campagne principali.',
          nl: 'Operations en klantenservice worden vooraf geïnformeerd over grote campagnes.',
          fa: 'عملیات و خدمات مشتریان از پیش در جریان کمپین‌های بزرگ قرار می‌گیرند.',
        },
        {
          en: 'Campaign plans include capacity, stock, service and budget checks with each function involved.',
          it: 'I piani delle campagne includono verifiche di capacità, scorte, servizio e budget con ciascuna funzione coinvolta.',
          nl: 'Campagneplannen bevatten controles van capaciteit, voorraad, service en budget met elke betrokken functie.',
          fa: 'برنامه‌های کمپین شامل بررسی ظرفیت، موجودی، خدمات و بودجه با هر یک از واحدهای درگیر است.',
        },
        {
          en: 'Marketing processes are mapped end to end with their interfaces; every campaign is planned with its effect on each function and measured on business results.',
          it: "I processi di marketing sono mappati da un capo all'altro insieme alle loro interfacce; ogni campagna viene pianificata considerandone l'effetto su ciascuna funzione e misurata sui risultati di business.",
          nl: 'Marketingprocessen zijn van begin tot eind in kaart gebracht, inclusief raakvlakken; elke campagne wordt gepland met het effect op elke functie en gemeten aan bedrijfsresultaten.',
          fa: 'فرایندهای بازاریابی از ابتدا تا انتها همراه با نقاط اتصالشان ترسیم شده‌اند؛ هر کمپین با در نظر گرفتن اثرش بر هر واحد برنامه‌ریزی و بر اساس نتایج کسب‌وکار سنجیده می‌شود.',
        },
      ],
      tags: ['marketing', 'linkage', 'operational-planning'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      roles: INTERNAL_ROLES,
      weight: 1.5,
    },
    {
      id: 'partner-marketing-interrelations',
      kind: 'maturity',
      prompt: {
        en: 'How well does the outsourcing partner understand your marketing processes and their links with your other functions?',
        it: 'Quanto il partner di outsourcing comprende i vostri processi di marketing e i loro legami con le altre funzioni aziendali?',
        nl: 'Hoe goed begrijpt de outsourcingpartner uw marketingprocessen en hun samenhang met uw andere functies?',
        fa: 'شریک برون‌سپاری تا چه اندازه فرایندهای بازاریابی شما و پیوند آن‌ها با سایر واحدهایتان را درک می‌کند؟',
      },
      help: {
        en: 'Seed 000: next to certified competences, the partner must be able to understand and manage complex marketing processes, taking their interrelations with the other functions into account.',
        it: 'Fonte 000: oltre alle competenze certificate, il partner deve saper comprendere e gestire i complessi processi di marketing, tenendo conto delle interrelazioni con le altre funzioni.',
        nl: 'Bron 000: naast gecertificeerde competenties moet de partner complexe marketingprocessen kunnen begrijpen en beheren, rekening houdend met hun onderlinge verbanden met de andere functies.',
        fa: 'منبع ۰۰۰: شریک افزون بر شایستگی‌های گواهی‌شده، باید بتواند فرایندهای پیچیدهٔ بازاریابی را با در نظر گرفتن روابط متقابل آن‌ها با سایر واحدها درک و مدیریت کند.',
      },
      levels: [
        {
          en: 'The partner executes tasks without knowing the campaigns or commercial priorities behind them.',
          it: 'Il partner esegue i compiti senza conoscere le campagne o le priorità commerciali che li motivano.',
          nl: 'De partner voert taken uit zonder de campagnes of commerciële prioriteiten erachter te kennen.',
          fa: 'شریک کارها را بدون آگاهی از کمپین‌ها یا اولویت‌های تجاری پشت آن‌ها انجام می‌دهد.',
        },
        {
          en: 'The partner learns about campaigns when its volumes suddenly change.',
          it: "Il partner viene a sapere delle campagne quando i suoi volumi cambiano all'improvviso.",
          nl: 'De partner hoort pas van campagnes als zijn volumes plotseling veranderen.',
          fa: 'شریک زمانی از کمپین‌ها باخبر می‌شود که حجم کارش ناگهان تغییر می‌کند.',
        },
        {
          en: 'The partner receives the marketing calendar but is not involved in planning.',
          it: 'Il partner riceve il calendario di marketing, ma non è coinvolto nella pianificazione.',
          nl: 'De partner krijgt de marketingkalender, maar wordt niet bij de planning betrokken.',
          fa: 'شریک تقویم بازاریابی را دریافت می‌کند، اما در برنامه‌ریزی مشارکت داده نمی‌شود.',
        },
        {
          en: 'The partner is briefed before campaigns and adapts its service (capacity, scripts, content) to them.',
          it: 'Il partner riceve un briefing prima delle campagne e vi adatta il proprio servizio (capacità, script, contenuti).',
          nl: 'De partner wordt vóór campagnes gebrieft en stemt zijn dienstverlening (capaciteit, scripts, content) erop af.',
          fa: 'شریک پیش از کمپین‌ها توجیه می‌شود و خدمات خود (ظرفیت، متن مکالمات، محتوا) را با آن‌ها تطبیق می‌دهد.',
        },
        {
          en: 'The partner contributes to marketing planning and runs its part of the marketing processes with a clear view of the effects on sales, operations and customer care.',
          it: 'Il partner contribuisce alla pianificazione di marketing e gestisce la propria parte dei processi di marketing con una visione chiara degli effetti su vendite, operations e customer care.',
          nl: 'De partner draagt bij aan de marketingplanning en voert zijn deel van de marketingprocessen uit met een helder zicht op de effecten op sales, operations en klantenservice.',
          fa: 'شریک در برنامه‌ریزی بازاریابی مشارکت می‌کند و سهم خود از فرایندهای بازاریابی را با دیدی روشن نسبت به اثراتش بر فروش، عملیات و خدمات مشتریان اجرا می‌کند.',
        },
      ],
      tags: ['marketing', 'partnership', 'competences', 'linkage'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'communication-consistency',
      kind: 'maturity',
      prompt: {
        en: 'How consistent are the messages customers get from marketing, sales, customer care and the outsourcing partner?',
        it: 'Quanto sono coerenti i messaggi che i clienti ricevono da marketing, vendite, customer care e partner di outsourcing?',
        nl: 'Hoe consistent zijn de boodschappen die klanten krijgen van marketing, sales, klantenservice en de outsourcingpartner?',
        fa: 'پیام‌هایی که مشتریان از بازاریابی، فروش، خدمات مشتریان و شریک برون‌سپاری دریافت می‌کنند تا چه اندازه یکدست است؟',
      },
      help: {
        en: 'Seed 000: company communication and the marketing approach must reflect a holistic view of the business; customers notice at once when functions and the partner speak with different voices.',
        it: "Fonte 000: la comunicazione aziendale e l'approccio al marketing devono riflettere una visione olistica del business; i clienti si accorgono subito quando le funzioni e il partner parlano con voci diverse.",
        nl: 'Bron 000: bedrijfscommunicatie en de marketingaanpak moeten een holistische kijk op het bedrijf weerspiegelen; klanten merken meteen wanneer functies en de partner met verschillende stemmen spreken.',
        fa: 'منبع ۰۰۰: ارتباطات شرکت و رویکرد بازاریابی باید بازتاب نگاهی کل‌نگر به کسب‌وکار باشد؛ مشتریان فوراً متوجه می‌شوند که واحدها و شریک با صداهای متفاوت سخن می‌گویند.',
      },
      levels: [
        {
          en: 'Each function and the partner communicate their own way; customers get mixed messages.',
          it: 'Ogni funzione e il partner comunicano a modo loro; i clienti ricevono messaggi contraddittori.',
          nl: 'Elke functie en de partner communiceren op hun eigen manier; klanten krijgen tegenstrijdige boodschappen.',
          fa: 'هر واحد و شریک به شیوهٔ خود ارتباط برقرار می‌کنند؛ مشتریان پیام‌های ناهمخوان دریافت می‌کنند.',
        },
        {
          en: 'A brand guideline exists, but it covers visuals only.',
          it: "Esistono linee guida del brand, ma riguardano solo l'aspetto visivo.",
          nl: 'Er is een huisstijlgids, maar die gaat alleen over de vormgeving.',
          fa: 'راهنمای برند وجود دارد، اما فقط جنبه‌های بصری را پوشش می‌دهد.',
        },
        {
          en: 'Core messages are defined, but customer care and the partner hear them late.',
          it: 'I messaggi chiave sono definiti, ma customer care e partner ne vengono a conoscenza tardi.',
          nl: 'Kernboodschappen zijn vastgesteld, maar klantenservice en de partner horen ze laat.',
          fa: 'پیام‌های اصلی تعریف شده‌اند، اما خدمات مشتریان و شریک دیر از آن‌ها باخبر می‌شوند.',
        },
        {
          en: 'A shared communication plan covers every customer-facing team, the partner included, and is updated with each campaign.',
          it: 'Un piano di comunicazione condiviso copre tutti i team a contatto con i clienti, partner compreso, e viene aggiornato a ogni campagna.',
          nl: 'Een gedeeld communicatieplan omvat elk team met klantcontact, de partner inbegrepen, en wordt bij elke campagne bijgewerkt.',
          fa: 'یک برنامهٔ ارتباطی مشترک همهٔ تیم‌های در تماس با مشتری، از جمله شریک، را پوشش می‌دهد و با هر کمپین به‌روز می‌شود.',
        },
        {
          en: 'Communication follows from the strategy and is checked regularly — for example by reviewing real customer contacts — across all teams and the partner.',
          it: 'La comunicazione discende dalla strategia e viene verificata regolarmente in tutti i team e presso il partner, ad esempio analizzando contatti reali con i clienti.',
          nl: 'Communicatie vloeit voort uit de strategie en wordt regelmatig getoetst – bijvoorbeeld door echte klantcontacten terug te kijken – bij alle teams en de partner.',
          fa: 'ارتباطات از راهبرد سرچشمه می‌گیرد و به‌طور منظم در همهٔ تیم‌ها و نزد شریک بررسی می‌شود — برای نمونه با مرور تماس‌های واقعی مشتریان.',
        },
      ],
      tags: ['communication', 'marketing', 'linkage'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'communication-checkup',
      kind: 'maturity',
      prompt: {
        en: 'When did you last check whether your communication and marketing approach fits the overall strategy?',
        it: "Quando avete verificato l'ultima volta se il vostro approccio alla comunicazione e al marketing è coerente con la strategia complessiva?",
        nl: 'Wanneer heeft u voor het laatst gecontroleerd of uw communicatie- en marketingaanpak past bij de totale strategie?',
        fa: 'آخرین بار چه زمانی بررسی کردید که رویکرد ارتباطات و بازاریابی شما با راهبرد کلی سازگار است یا نه؟',
      },
      help: {
        en: 'Seed 000 ends with this advice: if communication and marketing do not take a holistic view of the business, do a check-up of the approach adopted — at least on communication.',
        it: "La fonte 000 si chiude con questo consiglio: se comunicazione e marketing non hanno una visione olistica del business, fate un check-up dell'approccio adottato, se non altro in tema di comunicazione.",
        nl: 'Bron 000 eindigt met dit advies: als communicatie en marketing geen holistische kijk op het bedrijf hebben, laat de gekozen aanpak dan doorlichten – in elk geval op het gebied van communicatie.',
        fa: 'منبع ۰۰۰ با این توصیه به پایان می‌رسد: اگر ارتباطات و بازاریابی نگاهی کل‌نگر به کسب‌وکار ندارند، رویکرد اتخاذشده را چکاپ کنید — دست‌کم در حوزهٔ ارتباطات.',
      },
      levels: [
        {
          en: 'Never.',
          it: 'Mai.',
          nl: 'Nooit.',
          fa: 'هرگز.',
        },
        {
          en: 'Only after a campaign clearly failed.',
          it: 'Solo dopo il chiaro fallimento di una campagna.',
          nl: 'Alleen nadat een campagne duidelijk was mislukt.',
          fa: 'فقط پس از شکست آشکار یک کمپین.',
        },
        {
          en: 'Some years ago, or as part of a rebranding.',
          it: "Qualche anno fa, o nell'ambito di un rebranding.",
          nl: 'Een paar jaar geleden, of als onderdeel van een rebranding.',
          fa: 'چند سال پیش، یا در جریان بازطراحی برند.',
        },
        {
          en: 'Within the last year, and the findings led to changes.',
          it: "Nell'ultimo anno, e i risultati hanno portato a dei cambiamenti.",
          nl: 'In het afgelopen jaar, en de bevindingen hebben tot veranderingen geleid.',
          fa: 'در سال گذشته، و یافته‌ها به تغییراتی انجامید.',
        },
        {
          en: 'Every year, against the strategy and together with the partner, and the findings are followed through to completion.',
          it: 'Ogni anno, rispetto alla strategia e insieme al partner, e i risultati vengono seguiti fino alla loro completa attuazione.',
          nl: 'Elk jaar, getoetst aan de strategie en samen met de partner, en de bevindingen worden volledig opgevolgd.',
          fa: 'هر سال، در مقایسه با راهبرد و همراه با شریک، و یافته‌ها تا اجرای کامل پیگیری می‌شوند.',
        },
      ],
      tags: ['communication', 'marketing', 'strategy'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'ecommerce-customer-care',
      kind: 'maturity',
      prompt: {
        en: 'How is customer care planned alongside your online sales?',
        it: 'Come viene pianificato il customer care a supporto delle vostre vendite online?',
        nl: 'Hoe wordt klantenservice gepland naast uw online verkoop?',
        fa: 'خدمات مشتریان در کنار فروش آنلاین شما چگونه برنامه‌ریزی می‌شود؟',
      },
      help: {
        en: 'Seed 000: "no point in adding an e-commerce just to sell products" — the plan must also set the goal of quality customer care, or the channel will not be competitive.',
        it: "Fonte 000: «inutile che inserisco un e-commerce solo per vendere prodotti»; il piano deve prevedere anche l'obiettivo di una gestione di qualità del customer care, altrimenti il canale non sarà competitivo.",
        nl: 'Bron 000: “het heeft geen zin een webshop toe te voegen alleen om producten te verkopen” – het plan moet ook goede klantenservice als doel stellen, anders wordt het kanaal niet concurrerend.',
        fa: 'منبع ۰۰۰: «افزودن یک فروشگاه اینترنتی صرفاً برای فروش محصولات فایده‌ای ندارد» — برنامه باید هدف خدمات مشتریان باکیفیت را هم تعیین کند، وگرنه این کانال رقابتی نخواهد بود.',
      },
      levels: [
        {
          en: 'The web shop was launched (or is planned) to sell products; customer care is not part of the plan.',
          it: 'Il negozio online è stato lanciato (o è previsto) per vendere prodotti; il customer care non fa parte del piano.',
          nl: 'De webshop is gelanceerd (of gepland) om producten te verkopen; klantenservice maakt geen deel uit van het plan.',
          fa: 'فروشگاه اینترنتی برای فروش محصولات راه‌اندازی شده (یا در برنامه است)؛ خدمات مشتریان بخشی از برنامه نیست.',
        },
        {
          en: 'Questions and complaints about online orders are handled by whoever is available.',
          it: 'Domande e reclami sugli ordini online vengono gestiti da chiunque sia disponibile.',
          nl: 'Vragen en klachten over online bestellingen worden afgehandeld door wie er maar beschikbaar is.',
          fa: 'پرسش‌ها و شکایت‌های مربوط به سفارش‌های آنلاین را هر کس که در دسترس باشد پاسخ می‌دهد.',
        },
        {
          en: 'There is a customer-care process for online orders, but no quality targets.',
          it: 'Esiste un processo di customer care per gli ordini online, ma senza obiettivi di qualità.',
          nl: 'Er is een klantenserviceproces voor online bestellingen, maar zonder kwaliteitsdoelen.',
          fa: 'برای سفارش‌های آنلاین فرایند خدمات مشتریان وجود دارد، اما هدف کیفی ندارد.',
        },
        {
          en: 'The e-commerce plan sets quality targets for customer care (response time, first-contact resolution, satisfaction), and they are measured.',
          it: 'Il piano e-commerce fissa obiettivi di qualità per il customer care (tempi di risposta, risoluzione al primo contatto, soddisfazione) e questi vengono misurati.',
          nl: 'Het e-commerceplan stelt kwaliteitsdoelen voor klantenservice (reactietijd, oplossing bij eerste contact, tevredenheid), en die worden gemeten.',
          fa: 'برنامهٔ تجارت الکترونیک برای خدمات مشتریان اهداف کیفی (زمان پاسخ‌گویی، حل مسئله در نخستین تماس، رضایت) تعیین می‌کند و این اهداف سنجیده می‌شوند.',
        },
        {
          en: 'E-commerce and customer care are designed as one service: quality targets, staffing and feedback into products and marketing were in place from the start.',
          it: "E-commerce e customer care sono progettati come un unico servizio: obiettivi di qualità, organico e ritorno di informazioni verso prodotti e marketing erano previsti fin dall'inizio.",
          nl: 'E-commerce en klantenservice zijn als één dienst ontworpen: kwaliteitsdoelen, bezetting en terugkoppeling naar producten en marketing waren er vanaf het begin.',
          fa: 'تجارت الکترونیک و خدمات مشتریان به‌صورت یک خدمت واحد طراحی شده‌اند: اهداف کیفی، نیروی انسانی و بازخورد به واحدهای محصول و بازاریابی از همان آغاز پیش‌بینی شده بود.',
        },
      ],
      tags: ['ecommerce', 'customer-care', 'linkage'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      showIf: SELLS_OR_PLANS_ONLINE,
      weight: 1.5,
    },
    {
      id: 'ecommerce-resources',
      kind: 'maturity',
      prompt: {
        en: 'Have you checked whether you can afford the resources your online business needs — people, fulfilment, customer care, marketing?',
        it: 'Avete verificato se potete permettervi le risorse di cui il vostro business online ha bisogno: persone, evasione degli ordini, customer care, marketing?',
        nl: 'Heeft u nagegaan of u de middelen kunt betalen die uw onlinebusiness nodig heeft – mensen, orderafhandeling, klantenservice, marketing?',
        fa: 'آیا بررسی کرده‌اید که توان تأمین منابع مورد نیاز کسب‌وکار آنلاین خود را دارید — نیروی انسانی، پردازش و ارسال سفارش، خدمات مشتریان، بازاریابی؟',
      },
      help: {
        en: 'Seed 000: before adding e-commerce, check whether you can afford resources able to meet the needs of your business; a channel you cannot staff is not a competitive project.',
        it: 'Fonte 000: prima di aggiungere un e-commerce, verificate se potete permettervi risorse in grado di soddisfare le esigenze del vostro business; un canale per cui non avete personale non è un progetto competitivo.',
        nl: 'Bron 000: ga vóór het toevoegen van e-commerce na of u middelen kunt betalen die aan de behoeften van uw bedrijf voldoen; een kanaal dat u niet kunt bemensen, is geen concurrerend project.',
        fa: 'منبع ۰۰۰: پیش از افزودن تجارت الکترونیک، بررسی کنید که آیا توان تأمین منابعی را دارید که نیازهای کسب‌وکارتان را برآورده کند؛ کانالی که نتوانید برایش نیرو بگذارید، پروژه‌ای رقابتی نیست.',
      },
      levels: [
        {
          en: 'No; the budget covers the shop platform only.',
          it: 'No; il budget copre solo la piattaforma del negozio online.',
          nl: 'Nee; het budget dekt alleen het webshopplatform.',
          fa: 'خیر؛ بودجه فقط پلتفرم فروشگاه را پوشش می‌دهد.',
        },
        {
          en: 'Resources were estimated roughly, and shortages are covered with overtime.',
          it: 'Le risorse sono state stimate a grandi linee e le carenze vengono coperte con gli straordinari.',
          nl: 'De middelen zijn grof geschat en tekorten worden met overwerk opgevangen.',
          fa: 'منابع به‌طور تقریبی برآورد شد و کمبودها با اضافه‌کاری جبران می‌شوند.',
        },
        {
          en: 'The budget covers platform and marketing, but not customer care or returns.',
          it: 'Il budget copre piattaforma e marketing, ma non il customer care né i resi.',
          nl: 'Het budget dekt platform en marketing, maar niet klantenservice of retouren.',
          fa: 'بودجه پلتفرم و بازاریابی را پوشش می‌دهد، اما نه خدمات مشتریان یا کالاهای مرجوعی را.',
        },
        {
          en: 'A business case covers every resource (platform, marketing, fulfilment, customer care) and is compared with actual volumes.',
          it: 'Un business case copre tutte le risorse (piattaforma, marketing, evasione degli ordini, customer care) e viene confrontato con i volumi effettivi.',
          nl: 'Een business case omvat alle middelen (platform, marketing, orderafhandeling, klantenservice) en wordt vergeleken met de werkelijke volumes.',
          fa: 'یک طرح توجیهی همهٔ منابع (پلتفرم، بازاریابی، پردازش و ارسال سفارش، خدمات مشتریان) را پوشش می‌دهد و با حجم واقعی مقایسه می‌شود.',
        },
        {
          en: 'Resources are planned with operations and the partner against volume forecasts, and the business case is checked for competitiveness every quarter.',
          it: 'Le risorse vengono pianificate con le operations e il partner sulla base delle previsioni di volume, e ogni trimestre si verifica la competitività del business case.',
          nl: 'Middelen worden met operations en de partner gepland op basis van volumeprognoses, en de business case wordt elk kwartaal op concurrentiekracht getoetst.',
          fa: 'منابع با همکاری عملیات و شریک و بر اساس پیش‌بینی حجم برنامه‌ریزی می‌شوند و رقابت‌پذیری طرح توجیهی هر فصل بررسی می‌شود.',
        },
      ],
      tags: ['ecommerce', 'resources', 'customer-care'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      showIf: SELLS_OR_PLANS_ONLINE,
    },
  ],
};
