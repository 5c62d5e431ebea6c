import type { QuestionnaireDefinition } from '../../../../domain/questionnaire.schema.js';

type RecommendationDefinitionInput = QuestionnaireDefinition['recommendations'][number];

/** Recommendations for the partnership model (seeds 000, 002). */
export const partnershipRecommendations: RecommendationDefinitionInput[] = [
  {
    id: 'define-shared-objectives',
    dimensionId: 'partnership',
    // Review 1.0: no fee clause inside 90 days, no duplicate of gain-share-financial-model; fires only on level answers.
    title: {
      en: 'Agree win/win objectives with the partner',
      it: 'Concordare con il partner obiettivi win/win',
      nl: 'Spreek win-windoelen af met de partner',
      fa: 'توافق با شریک بر سر اهداف برد-برد',
    },
    body: {
      en: 'The company and the provider do not share objectives: one can win while the other loses. Seed 000 builds outsourcing management on shared objectives in a win/win logic — "if I win, you win too". Start by agreeing and tracking a few objectives you both own; whether part of the fee should follow them is a separate, later decision (see the financial model).',
      it: 'L’azienda e il fornitore di servizi non condividono obiettivi: uno può vincere mentre l’altro perde. La fonte 000 fonda l’outsourcing management su una comunione di obiettivi in una logica win/win — «se vinco io vinci anche tu». Si comincia concordando e seguendo alcuni obiettivi che appartengono a entrambi; se una parte del compenso debba dipenderne è una decisione separata e successiva (vedi il modello economico).',
      nl: 'Het bedrijf en de dienstverlener delen geen doelen: de een kan winnen terwijl de ander verliest. Bron 000 bouwt outsourcingmanagement op gedeelde doelen in een win-winlogica – ‘als ik win, win jij ook’. Begin met het afspreken en volgen van een paar doelen die van u beiden zijn; of een deel van de vergoeding daaraan moet hangen, is een aparte, latere beslissing (zie het financiële model).',
      fa: 'شرکت و ارائه‌دهندهٔ خدمات اهداف مشترکی ندارند: یکی ممکن است ببرد در حالی که دیگری می‌بازد. منبع ۰۰۰ مدیریت برون‌سپاری را بر اهداف مشترک در منطق برد-برد بنا می‌کند: «اگر من ببرم، تو هم می‌بری». با توافق بر سر چند هدفی که به هر دو طرف تعلق دارد و پیگیری آن‌ها شروع کنید؛ این‌که بخشی از حق‌الزحمه به آن‌ها وابسته شود یا نه، تصمیمی جداگانه و بعدی است (به مدل مالی نگاه کنید).',
    },
    steps: [
      {
        en: 'The executive sponsor and the provider’s account director agree 3–4 joint business objectives (for example customer retention, cost per order, time to market) in a half-day workshop.',
        it: 'In un workshop di mezza giornata, lo sponsor esecutivo e l’account director del fornitore di servizi concordano 3–4 obiettivi di business comuni (ad esempio fidelizzazione dei clienti, costo per ordine, time to market).',
        nl: 'In een workshop van een halve dag spreken de verantwoordelijke directeur en de accountdirecteur van de dienstverlener 3–4 gezamenlijke bedrijfsdoelen af (bijvoorbeeld klantbehoud, kosten per order, time-to-market).',
        fa: 'حامی اجرایی و مدیر حساب ارائه‌دهندهٔ خدمات در یک کارگاه نیم‌روزه بر سر ۳ تا ۴ هدف کسب‌وکار مشترک (برای نمونه حفظ مشتری، هزینهٔ هر سفارش، زمان عرضه به بازار) توافق می‌کنند.',
      },
      {
        en: 'For each objective, decide the measure, the baseline and who reports it every month.',
        it: 'Per ciascun obiettivo, definire l’indicatore, il valore di partenza e chi lo rendiconta ogni mese.',
        nl: 'Bepaal per doel de maatstaf, de nulmeting en wie er elke maand over rapporteert.',
        fa: 'برای هر هدف، شاخص سنجش، مقدار مبنا و مسئول گزارش ماهانهٔ آن را تعیین کنید.',
      },
      {
        en: 'Review the objectives together in the governance meeting at the end of the quarter and agree what each side will change to reach them.',
        it: 'A fine trimestre, riesaminare insieme gli obiettivi nella riunione di governance e concordare che cosa cambierà ciascuna parte per raggiungerli.',
        nl: 'Bespreek de doelen aan het eind van het kwartaal samen in het governance-overleg en spreek af wat elke partij verandert om ze te halen.',
        fa: 'در پایان فصل، اهداف را با هم در جلسهٔ راهبری رابطه مرور کنید و توافق کنید هر طرف برای رسیدن به آن‌ها چه چیزی را تغییر می‌دهد.',
      },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 5,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'shared-objectives-win-win', score: { lt: 2 } },
  },
  {
    id: 'kpi-change-procedure',
    dimensionId: 'partnership',
    // Review 1.0: a contractual change needs a clause agreed once, so not a 30-day quick win.
    title: {
      en: 'Agree a light KPI change procedure',
      it: 'Concordare una procedura snella per modificare i KPI',
      nl: 'Spreek een lichte procedure af om KPI’s aan te passen',
      fa: 'توافق بر سر روالی ساده برای تغییر KPIها',
    },
    body: {
      en: 'The provider’s KPIs are frozen while your needs move. Seed 002 names flexibility as the key that separates a partnership from a buyer–seller relationship, and rigid KPIs as one of its hallmarks. A change-control clause agreed once lets KPIs follow the business without renegotiating the contract each time.',
      it: 'I KPI del fornitore di servizi sono congelati mentre le esigenze cambiano. La fonte 002 indica nella flessibilità la chiave che distingue una partnership da un rapporto acquirente–venditore, e nei KPI rigidi uno dei suoi segni distintivi. Una clausola di gestione delle modifiche, concordata una volta, permette ai KPI di seguire il business senza rinegoziare ogni volta il contratto.',
      nl: 'De KPI’s van de dienstverlener liggen vast terwijl uw behoeften veranderen. Bron 002 noemt flexibiliteit de sleutel die een partnerschap onderscheidt van een koper-verkoperrelatie, en starre KPI’s een van de kenmerken daarvan. Een eenmalig afgesproken wijzigingsclausule laat de KPI’s de bedrijfsvoering volgen zonder telkens het contract opnieuw te onderhandelen.',
      fa: 'KPIهای ارائه‌دهندهٔ خدمات ثابت مانده‌اند، در حالی که نیازهای شما تغییر می‌کند. منبع ۰۰۲ انعطاف‌پذیری را کلید تمایز شراکت از رابطهٔ خریدار–فروشنده و KPIهای انعطاف‌ناپذیر را یکی از نشانه‌های آن رابطه می‌داند. بندی برای مدیریت تغییر که یک بار توافق شود، اجازه می‌دهد KPIها همگام با کسب‌وکار تغییر کنند، بی‌آنکه هر بار قرارداد از نو مذاکره شود.',
    },
    steps: [
      {
        en: 'The contract owner lists every contractual KPI and marks those that no longer reflect what the business needs.',
        it: 'Il responsabile del contratto elenca tutti i KPI contrattuali e segnala quelli che non rispecchiano più le esigenze del business.',
        nl: 'De contracteigenaar zet alle contractuele KPI’s op een rij en markeert de KPI’s die niet meer weerspiegelen wat de organisatie nodig heeft.',
        fa: 'مسئول قرارداد همهٔ KPIهای قراردادی را فهرست می‌کند و آن‌هایی را که دیگر بازتاب نیازهای کسب‌وکار نیستند مشخص می‌کند.',
      },
      {
        en: 'Agree with the provider, once, a change-control clause or an addendum to the contract: either side may propose a KPI change, decided at the monthly review and recorded in the minutes.',
        it: 'Concordare una volta con il fornitore di servizi una clausola di gestione delle modifiche o un’appendice al contratto: ciascuna parte può proporre una modifica dei KPI, decisa nella revisione mensile e registrata nel verbale.',
        nl: 'Spreek eenmalig met de dienstverlener een wijzigingsclausule of een aanvulling op het contract af: elke partij mag een KPI-wijziging voorstellen, waarover in de maandelijkse review wordt besloten en die in het verslag wordt vastgelegd.',
        fa: 'یک بار با ارائه‌دهندهٔ خدمات بر سر بندی برای مدیریت تغییر یا الحاقیه‌ای به قرارداد توافق کنید: هر یک از دو طرف می‌تواند تغییر یک KPI را پیشنهاد دهد و تصمیم دربارهٔ آن در بازبینی ماهانه گرفته و در صورت‌جلسه ثبت می‌شود.',
      },
      {
        en: 'Hold the first joint KPI review as soon as the clause is signed, and repeat it every quarter.',
        it: 'Tenere la prima revisione congiunta dei KPI appena firmata la clausola e ripeterla ogni trimestre.',
        nl: 'Houd de eerste gezamenlijke KPI-review zodra de clausule is getekend en herhaal die elk kwartaal.',
        fa: 'نخستین بازبینی مشترک KPIها را بلافاصله پس از امضای این بند برگزار کنید و آن را هر فصل تکرار کنید.',
      },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['002_454879f926d32761.txt'],
    condition: { question: 'partner-kpi-flexibility', score: { lt: 2 } },
  },
  {
    id: 'root-cause-instead-of-penalty',
    dimensionId: 'partnership',
    title: { en: 'Replace automatic penalties with joint root-cause reviews', it: 'Sostituire le penali automatiche con analisi congiunte delle cause', nl: 'Vervang automatische boetes door gezamenlijke oorzaakanalyses', fa: 'جایگزینی جریمه‌های خودکار با بررسی مشترک علت‌های ریشه‌ای' },
    body: {
      en: 'When a single missed KPI triggers a penalty, the partner learns to protect itself rather than to solve your problems. Seed 002: in a partnership, trust lets the provider address issues as they arise without fear of being punished for missing a specific KPI. Keep penalties for repeated or negligent failures only.',
      it: "Quando un solo KPI mancato fa scattare una penale, il partner impara a proteggersi invece di risolvere i problemi dell'azienda. Secondo la fonte 002, in una partnership la fiducia consente al fornitore del servizio di affrontare i problemi man mano che si presentano, senza il timore di essere punito per aver mancato un KPI specifico. Le penali vanno riservate agli inadempimenti ripetuti o dovuti a negligenza.",
      nl: 'Als één gemiste KPI al een boete oplevert, leert de partner zichzelf in te dekken in plaats van uw problemen op te lossen. Bron 002: in een partnerschap kan de dienstverlener dankzij vertrouwen problemen aanpakken zodra ze zich voordoen, zonder angst om gestraft te worden voor het missen van een specifieke KPI. Beperk boetes tot herhaalde tekortkomingen of nalatigheid.',
      fa: 'وقتی تنها یک KPI محقق‌نشده به جریمه منجر می‌شود، شریک یاد می‌گیرد از خود محافظت کند، نه این‌که مشکلات شما را حل کند. به گفته منبع ۰۰۲، در شراکت، اعتماد به ارائه‌دهنده خدمت امکان می‌دهد مسائل را همان زمان که پیش می‌آیند حل کند، بی‌آنکه از تنبیه به خاطر محقق نشدن یک KPI مشخص بترسد. جریمه را فقط برای کوتاهی‌های تکراری یا ناشی از سهل‌انگاری نگه دارید.',
    },
    steps: [
      { en: 'Agree with the partner that any KPI miss triggers a joint root-cause review within five working days, led by the two operational managers.', it: "Concordare con il partner che ogni KPI mancato avvii, entro cinque giorni lavorativi, un'analisi congiunta delle cause guidata dai due responsabili operativi.", nl: 'Spreek met de partner af dat elke gemiste KPI binnen vijf werkdagen leidt tot een gezamenlijke oorzaakanalyse onder leiding van de twee operationeel managers.', fa: 'با شریک توافق کنید که محقق نشدن هر KPI، ظرف پنج روز کاری به یک بررسی مشترک علت ریشه‌ای به سرپرستی دو مدیر عملیاتی دو طرف منجر شود.' },
      { en: 'Limit penalties to misses that repeat for three periods or result from negligence, and record this in a side letter to the contract.', it: 'Limitare le penali ai mancati risultati che si ripetono per tre periodi o derivano da negligenza, e formalizzarlo in una lettera integrativa al contratto.', nl: 'Beperk boetes tot tekortkomingen die drie perioden achter elkaar optreden of het gevolg zijn van nalatigheid, en leg dit vast in een aanvulling op het contract bij het contract.', fa: 'جریمه را به کوتاهی‌هایی محدود کنید که سه دوره پیاپی تکرار شوند یا ناشی از سهل‌انگاری باشند، و این را در نامه‌ای ضمیمه قرارداد ثبت کنید.' },
      { en: 'Report at each quarterly review how many issues the partner raised before they became misses, and recognise them.', it: 'In ogni revisione trimestrale, riportare quanti problemi il partner ha segnalato prima che diventassero mancati risultati, e riconoscerne il merito.', nl: 'Rapporteer in elke kwartaalreview hoeveel problemen de partner heeft gemeld voordat ze tot een gemiste KPI leidden, en geef daar erkenning voor.', fa: 'در هر بازبینی فصلی گزارش دهید شریک چند مسئله را پیش از آنکه به کوتاهی تبدیل شوند مطرح کرده است و از این کار قدردانی کنید.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['002_454879f926d32761.txt'],
    condition: { question: 'kpi-miss-response', score: { lt: 2 } },
  },
  {
    id: 'renegotiate-flexible-framework',
    dimensionId: 'partnership',
    title: { en: 'Turn the contract into a flexible framework', it: 'Trasformare il contratto in un accordo quadro flessibile', nl: 'Vorm het contract om tot een flexibele raamovereenkomst', fa: 'تبدیل قرارداد به یک چارچوب انعطاف‌پذیر' },
    body: {
      en: 'KPIs, contract terms, the financial model and the response to misses together lock the relationship into a buyer–seller pattern. Seed 002 lists exactly these as the hallmarks that stop a provider from changing gears as your needs shift. Use the next renewal to move to a framework agreement that expects change.',
      it: "KPI, clausole contrattuali, modello economico e reazione ai mancati risultati, insieme, bloccano la relazione in uno schema acquirente–venditore. La fonte 002 elenca proprio questi elementi come i segni distintivi che impediscono a un fornitore di cambiare marcia quando le esigenze cambiano. Il prossimo rinnovo è l'occasione per passare a un accordo quadro che preveda il cambiamento.",
      nl: "KPI's, contractvoorwaarden, het financiële model en de reactie op tekortkomingen houden de relatie samen vast in een koper-verkoperpatroon. Bron 002 noemt precies deze kenmerken als wat een dienstverlener belet om bij te schakelen als uw behoeften veranderen. Gebruik de volgende verlenging om over te stappen op een raamovereenkomst die op verandering is ingericht.",
      fa: 'KPIها، شرایط قرارداد، مدل مالی و نحوه واکنش به کوتاهی‌ها، در کنار هم رابطه را در الگوی خریدار و فروشنده قفل می‌کنند. منبع ۰۰۲ دقیقاً همین موارد را نشانه‌هایی می‌داند که مانع می‌شوند ارائه‌دهنده خدمت همگام با تغییر نیازهای شما مسیر خود را تغییر دهد. از تمدید بعدی استفاده کنید تا به یک قرارداد چارچوبی برسید که تغییر را از پیش در نظر می‌گیرد.',
    },
    steps: [
      { en: 'The contract owner and the partner list every change request of the past 12 months with how long each took and what it cost.', it: 'Il responsabile del contratto e il partner elencano tutte le richieste di modifica degli ultimi 12 mesi, indicando per ciascuna tempi e costi.', nl: 'De contracteigenaar en de partner zetten alle wijzigingsverzoeken van de afgelopen 12 maanden op een rij, met per verzoek de doorlooptijd en de kosten.', fa: 'مسئول قرارداد و شریک همهٔ درخواست‌های تغییر ۱۲ ماه گذشته را همراه با مدت زمان و هزینه هر یک فهرست می‌کنند.' },
      { en: 'Draft the framework terms together: volume bands, scope options, a change board that meets monthly, and a price formula for new work.', it: "Redigere insieme le condizioni dell'accordo quadro: fasce di volume, opzioni di perimetro, un comitato per le modifiche che si riunisce ogni mese e una formula di prezzo per le nuove attività.", nl: 'Stel samen de raamvoorwaarden op: volumebandbreedtes, scope-opties, een wijzigingsraad die maandelijks bijeenkomt en een prijsformule voor nieuw werk.', fa: 'شرایط چارچوب را با هم تدوین کنید: بازه‌های حجمی، گزینه‌های دامنه کار، یک کمیته تغییرات که ماهانه تشکیل جلسه می‌دهد، و فرمول قیمت‌گذاری برای کارهای جدید.' },
      { en: 'Put the framework on the agenda at least six months before the next renewal, with both executive sponsors present.', it: "Mettere l'accordo quadro all'ordine del giorno almeno sei mesi prima del prossimo rinnovo, alla presenza di entrambi gli sponsor esecutivo.", nl: 'Zet de raamovereenkomst minstens zes maanden vóór de volgende verlenging op de agenda, in aanwezigheid van beide executive sponsors.', fa: 'دست‌کم شش ماه پیش از تمدید بعدی، چارچوب را با حضور حامیان ارشد اجرایی هر دو طرف در دستور کار قرار دهید.' },
    ],
    horizon: 'STRATEGIC',
    impact: 5,
    seeds: ['002_454879f926d32761.txt'],
    condition: { flag: 'RIGID_BUYER_SELLER' },
  },
  {
    id: 'gain-share-financial-model',
    dimensionId: 'partnership',
    title: {
      en: 'Test a financial model that follows the shared results',
      it: 'Sperimentare un modello economico che segua i risultati condivisi',
      nl: 'Test een financieel model dat de gedeelde resultaten volgt',
      fa: 'آزمودن مدلی مالی که از نتایج مشترک پیروی کند',
    },
    body: {
      en: 'You share objectives, but the financial model cannot move when your needs change. Seed 002 names inflexible financial models as a hallmark of the buyer–seller relationship. Our advice — not the seed’s — is to test a model that shares some risk and reward where the service is complex and changing; for a simple, stable commodity service, volume bands may be all the flexibility you need.',
      it: 'Condividete obiettivi, ma il modello economico non riesce a muoversi quando le esigenze cambiano. La fonte 002 indica i modelli economici rigidi come un segno distintivo del rapporto acquirente–venditore. Il nostro consiglio — non quello della fonte — è sperimentare un modello che condivida una parte di rischi e benefici dove il servizio è complesso e mutevole; per un servizio semplice e stabile, le fasce di volume possono bastare come flessibilità.',
      nl: 'U deelt doelen, maar het financiële model kan niet meebewegen als uw behoeften veranderen. Bron 002 noemt starre financiële modellen een kenmerk van de koper-verkoperrelatie. Ons advies – niet dat van de bron – is een model te testen dat een deel van risico en opbrengst deelt waar de dienst complex en veranderlijk is; voor een eenvoudige, stabiele dienst kunnen volumebanden alle flexibiliteit zijn die u nodig hebt.',
      fa: 'اهداف مشترک دارید، اما مدل مالی هنگام تغییر نیازهایتان نمی‌تواند تغییر کند. منبع ۰۰۲ مدل‌های مالی انعطاف‌ناپذیر را از نشانه‌های رابطهٔ خریدار–فروشنده می‌داند. توصیهٔ ما — و نه منبع — این است که جایی که خدمت پیچیده و متغیر است، مدلی را بیازمایید که بخشی از ریسک و منفعت را تقسیم کند؛ برای خدمتی ساده و پایدار، بازه‌های حجمی ممکن است همهٔ انعطاف لازم باشد.',
    },
    steps: [
      {
        en: 'Finance and the contract owner model two or three options — volume bands, outcome-based fees, gain-sharing on savings — on last year’s real volumes and changes.',
        it: 'L’area Finanza e il responsabile del contratto simulano due o tre opzioni — fasce di volume, compensi basati sui risultati, condivisione dei risparmi — sui volumi e sui cambiamenti reali dell’anno scorso.',
        nl: 'Finance en de contracteigenaar rekenen twee of drie opties door – volumebanden, resultaatafhankelijke vergoedingen, het delen van besparingen – op de werkelijke volumes en wijzigingen van vorig jaar.',
        fa: 'واحد مالی و مسئول قرارداد دو یا سه گزینه — بازه‌های حجمی، حق‌الزحمهٔ مبتنی بر نتیجه، تقسیم صرفه‌جویی‌ها — را بر پایهٔ حجم‌ها و تغییرهای واقعی سال گذشته شبیه‌سازی می‌کنند.',
      },
      {
        en: 'Review the options with the provider’s finance lead and choose one to pilot on one service line for six months.',
        it: 'Esaminare le opzioni con il responsabile finanziario del fornitore di servizi e sceglierne una da sperimentare per sei mesi su una linea di servizio.',
        nl: 'Bespreek de opties met de financieel verantwoordelijke van de dienstverlener en kies er één om zes maanden op één dienstenlijn te testen.',
        fa: 'گزینه‌ها را با مسئول مالی ارائه‌دهندهٔ خدمات بررسی کنید و یکی را برای آزمایشی شش‌ماهه روی یک خط خدمت برگزینید.',
      },
      {
        en: 'Evaluate the pilot against the shared objectives before extending it at renewal.',
        it: 'Valutare la sperimentazione rispetto agli obiettivi condivisi prima di estenderla al momento del rinnovo.',
        nl: 'Evalueer de pilot aan de hand van de gedeelde doelen voordat u hem bij de verlenging uitbreidt.',
        fa: 'پیش از گسترش آن در زمان تمدید، اجرای آزمایشی را با اهداف مشترک بسنجید.',
      },
    ],
    horizon: 'STRATEGIC',
    impact: 4,
    seeds: ['002_454879f926d32761.txt'],
    condition: {
      all: [
        { question: 'financial-model-flexibility', score: { lt: 2 } },
        { question: 'shared-objectives-win-win', score: { gte: 2 } },
      ],
    },
  },
  {
    id: 'knowledge-transfer-plan',
    dimensionId: 'partnership',
    title: { en: 'Make knowledge transfer an agreed objective', it: 'Fare del trasferimento di conoscenze un obiettivo concordato', nl: 'Maak kennisoverdracht tot een afgesproken doel', fa: 'تبدیل انتقال دانش به هدفی توافق‌شده' },
    body: {
      en: 'Knowledge stays on one side of the relationship. Seed 000 counts learning and transferring knowledge among the main reasons to have a partner rather than a supplier. Without it you cannot improve the service together — or take it back if you must.',
      it: "La conoscenza resta da una sola parte della relazione. La fonte 000 annovera l'apprendere e il trasmettere conoscenza tra le ragioni principali per avere un partner anziché un fornitore. Senza questo scambio non è possibile migliorare insieme il servizio, né riportarlo in azienda se necessario.",
      nl: 'Kennis blijft aan één kant van de relatie hangen. Bron 000 rekent leren en kennis overdragen tot de belangrijkste redenen om een partner te hebben in plaats van een leverancier. Zonder kennisoverdracht kunt u de dienstverlening niet samen verbeteren – of haar terughalen als dat nodig is.',
      fa: 'دانش تنها در یک سوی رابطه باقی می‌ماند. منبع ۰۰۰ یادگیری و انتقال دانش را از دلایل اصلی داشتن یک شریک به جای یک تأمین‌کننده می‌داند. بدون آن نمی‌توانید خدمت را با هم بهبود دهید، یا در صورت لزوم آن را به درون سازمان بازگردانید.',
    },
    steps: [
      { en: 'Name one owner on each side for knowledge transfer and add it as an objective in the next quarterly review.', it: 'Nominare un responsabile per parte per il trasferimento di conoscenze e inserirlo come obiettivo nella prossima revisione trimestrale.', nl: 'Wijs aan beide kanten één eigenaar voor kennisoverdracht aan en neem die als doel op in de volgende kwartaalreview.', fa: 'برای انتقال دانش در هر طرف یک مسئول تعیین کنید و آن را به‌عنوان یک هدف در بازبینی فصلی بعدی بگنجانید.' },
      { en: 'Plan two exchanges per quarter: a partner specialist runs a workshop for your team, and one of your people spends a day in the partner\'s operation.', it: "Pianificare due scambi a trimestre: uno specialista del partner tiene un workshop per il team interno e una persona dell'azienda trascorre una giornata presso le operations del partner.", nl: 'Plan twee uitwisselingen per kwartaal: een specialist van de partner geeft een workshop aan uw team, en een van uw medewerkers loopt een dag mee in de operatie van de partner.', fa: 'در هر فصل دو تبادل برنامه‌ریزی کنید: یک متخصص از سوی شریک برای تیم شما کارگاهی برگزار کند و یکی از همکاران شما یک روز را در محل عملیات شریک بگذراند.' },
      { en: 'Keep the key process documentation in a shared space that both sides update after every change.', it: 'Conservare la documentazione dei processi chiave in uno spazio condiviso che entrambe le parti aggiornano dopo ogni modifica.', nl: 'Bewaar de documentatie van de kernprocessen op een gedeelde plek die beide partijen na elke wijziging bijwerken.', fa: 'مستندات فرایندهای کلیدی را در فضایی مشترک نگه دارید که هر دو طرف پس از هر تغییر آن را به‌روز کنند.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'knowledge-transfer', score: { lt: 2 } },
  },
  {
    id: 'shared-issue-log',
    dimensionId: 'partnership',
    title: { en: 'Open a shared issue log and raise problems early', it: 'Aprire un registro condiviso dei problemi e segnalarli per tempo', nl: 'Open een gedeeld issuelogboek en meld problemen vroeg', fa: 'راه‌اندازی دفتر مشترک ثبت مسائل و طرح زودهنگام مشکلات' },
    body: {
      en: 'Problems between you and the partner surface late, as complaints or escalations. Seed 002 compares a partnership with a marriage: it needs compromise and the acceptance that neither side is perfect. A shared issue log and a fixed slot to discuss it make raising problems early the normal thing to do.',
      it: "I problemi tra l'azienda e il partner emergono tardi, sotto forma di reclami o escalation. La fonte 002 paragona una partnership a un matrimonio: richiede compromessi e l'accettazione che nessuna delle due parti è perfetta. Un registro condiviso dei problemi e un momento fisso per discuterne rendono normale segnalare i problemi per tempo.",
      nl: 'Problemen tussen u en de partner komen laat aan het licht, als klacht of escalatie. Bron 002 vergelijkt een partnerschap met een huwelijk: het vraagt om compromissen en de aanvaarding dat geen van beide partijen perfect is. Een gedeeld issuelogboek en een vast moment om het te bespreken maken vroeg melden de normaalste zaak van de wereld.',
      fa: 'مشکلات میان شما و شریک دیر آشکار می‌شوند، آن هم به شکل شکایت یا ارجاع به سطوح بالاتر. منبع ۰۰۲ شراکت را به ازدواج تشبیه می‌کند: به مصالحه نیاز دارد و به پذیرش این‌که هیچ‌یک از دو طرف بی‌نقص نیست. یک دفتر مشترک ثبت مسائل و زمانی ثابت برای بررسی آن، مطرح کردن زودهنگام مشکلات را به رویه‌ای عادی تبدیل می‌کند.',
    },
    steps: [
      { en: 'This month, the two operational managers open a shared issue log: date, issue, raised by, owner, next step.', it: 'Entro questo mese i due responsabili operativi aprono un registro condiviso dei problemi: data, problema, chi lo ha segnalato, responsabile, prossimo passo.', nl: 'De twee operationeel managers openen deze maand een gedeeld issuelogboek: datum, probleem, gemeld door, eigenaar, volgende stap.', fa: 'دو مدیر عملیاتی همین ماه یک دفتر مشترک ثبت مسائل با این ستون‌ها راه می‌اندازند: تاریخ، مسئله، مطرح‌کننده، مسئول، گام بعدی.' },
      { en: 'Agree that either side logs an issue as soon as it is noticed, and that an issue raised early is never used against whoever raised it.', it: 'Concordare che ciascuna parte registri un problema non appena lo rileva e che un problema segnalato per tempo non venga mai usato contro chi lo ha sollevato.', nl: 'Spreek af dat beide partijen een probleem vastleggen zodra het wordt opgemerkt, en dat een vroeg gemeld probleem nooit wordt gebruikt tegen degene die het meldde.', fa: 'توافق کنید که هر طرف به محض مشاهده یک مسئله آن را ثبت کند و مسئله‌ای که زود مطرح شده هرگز علیه مطرح‌کننده آن به کار نرود.' },
      { en: 'Go through the log for 20 minutes in every weekly operational meeting.', it: 'Dedicare 20 minuti al registro in ogni riunione operativa settimanale.', nl: 'Loop het logboek in elk wekelijks operationeel overleg 20 minuten door.', fa: 'در هر جلسه عملیاتی هفتگی، ۲۰ دقیقه را به مرور دفتر اختصاص دهید.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['002_454879f926d32761.txt'],
    condition: { question: 'issue-raising-trust', score: { lt: 2 } },
  },
  {
    id: 'partnership-mirror-check',
    dimensionId: 'partnership',
    title: { en: 'Ask the partner to take this check-up too', it: 'Chiedere anche al partner di compilare questo check-up', nl: 'Vraag de partner deze check-up ook in te vullen', fa: 'درخواست از شریک برای تکمیل همین چکاپ' },
    body: {
      en: 'The relationship may be called a partnership, but it is run as a supply deal. Seed 002 warns that using the word does not make it one. Seeing both sides\' answers next to each other is the fastest way to agree where you really stand.',
      it: 'La relazione si chiamerà pure partnership, ma è gestita come un contratto di fornitura. La fonte 002 avverte che usare la parola non basta a renderla tale. Vedere affiancate le risposte delle due parti è il modo più rapido per concordare a che punto si è davvero.',
      nl: 'De relatie heet misschien een partnerschap, maar wordt gerund als een leveringsdeal. Bron 002 waarschuwt dat het woord gebruiken er nog geen partnerschap van maakt. De antwoorden van beide kanten naast elkaar zien is de snelste manier om het eens te worden over waar u echt staat.',
      fa: 'ممکن است نام این رابطه شراکت باشد، اما مانند یک قرارداد تأمین اداره می‌شود. منبع ۰۰۲ هشدار می‌دهد که به کار بردن این واژه آن را به شراکت تبدیل نمی‌کند. دیدن پاسخ‌های دو طرف در کنار هم سریع‌ترین راه برای رسیدن به توافق دربارهٔ وضعیت واقعی شماست.',
    },
    steps: [
      { en: 'Invite the partner\'s account lead and one of its operational managers to answer this check-up as partner respondents within two weeks.', it: "Invitare l'account manager del partner e uno dei suoi responsabili operativi a compilare questo check-up come rispondenti del partner entro due settimane.", nl: 'Nodig de accountmanager van de partner en een van zijn operationeel managers uit om deze check-up binnen twee weken in te vullen als respondenten namens de partner.', fa: 'از مدیر حساب شریک و یکی از مدیران عملیاتی آن دعوت کنید ظرف دو هفته به‌عنوان پاسخ‌دهندگان طرف شریک به این ارزیابی پاسخ دهند.' },
      { en: 'Put the partnership and lifecycle answers side by side and pick the three largest differences.', it: "Affiancare le risposte sulla partnership e sul ciclo di vita dell'outsourcing e individuare le tre differenze maggiori.", nl: 'Leg de antwoorden over partnerschap en levenscyclus naast elkaar en kies de drie grootste verschillen.', fa: 'پاسخ‌های بخش شراکت و چرخه عمر برون‌سپاری را کنار هم بگذارید و سه موردی را که بیشترین تفاوت را دارند انتخاب کنید.' },
      { en: 'Discuss those differences in a 90-minute joint session and agree one change for each.', it: 'Discutere queste differenze in una sessione congiunta di 90 minuti e concordare un cambiamento per ciascuna.', nl: 'Bespreek die verschillen in een gezamenlijke sessie van 90 minuten en spreek per verschil één verandering af.', fa: 'این تفاوت‌ها را در یک جلسه مشترک ۹۰ دقیقه‌ای بررسی کنید و برای هر کدام بر سر یک تغییر توافق کنید.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 4,
    seeds: ['002_454879f926d32761.txt', '000_771def5f3f0c7c25.txt'],
    condition: { question: 'partner-or-supplier', score: { lt: 2 } },
  },
  {
    id: 'use-the-provider-network',
    dimensionId: 'partnership',
    title: {
      en: 'Put the provider’s network to work',
      it: 'Mettere a frutto la rete del fornitore di servizi',
      nl: 'Zet het netwerk van de dienstverlener aan het werk',
      fa: 'به کار گرفتن شبکهٔ ارائه‌دهندهٔ خدمات',
    },
    body: {
      en: 'The provider’s relationships — other clients, specialists, suppliers — play little part in the relationship. Seed 000 counts the relationships a partner brings, from which the company can learn and pass on knowledge, among the reasons to want a partner rather than a supplier.',
      it: 'Le relazioni del fornitore di servizi — altri clienti, specialisti, fornitori — contano poco nella relazione. La fonte 000 annovera le relazioni che un partner porta, dalle quali l’azienda può apprendere e trasmettere conoscenza, tra le ragioni per volere un partner e non un fornitore.',
      nl: 'De relaties van de dienstverlener – andere klanten, specialisten, leveranciers – spelen weinig rol in de samenwerking. Bron 000 rekent de relaties die een partner meebrengt, waarvan het bedrijf kan leren en kennis kan doorgeven, tot de redenen om een partner te willen in plaats van een leverancier.',
      fa: 'روابط ارائه‌دهندهٔ خدمات — دیگر مشتریان، متخصصان، تأمین‌کنندگان — نقش چندانی در این رابطه ندارند. منبع ۰۰۰ روابطی را که شریک با خود می‌آورد و شرکت می‌تواند از آن‌ها بیاموزد و دانش را منتقل کند، از دلایل خواستن شریک به‌جای تأمین‌کننده می‌شمارد.',
    },
    steps: [
      {
        en: 'Ask the provider for two practices it has seen work at other clients (without naming them) that would fit your situation.',
        it: 'Chiedere al fornitore di servizi due pratiche che ha visto funzionare presso altri clienti (senza nominarli) e che si adatterebbero alla vostra situazione.',
        nl: 'Vraag de dienstverlener om twee werkwijzen die hij bij andere klanten heeft zien werken (zonder namen) en die bij uw situatie passen.',
        fa: 'از ارائه‌دهندهٔ خدمات بخواهید دو روش را که نزد مشتریان دیگرش (بدون نام بردن از آن‌ها) موفق دیده و با وضع شما جور است معرفی کند.',
      },
      {
        en: 'Agree one to try in the next quarter, with an owner on each side, and review the result in the governance meeting.',
        it: 'Sceglierne una da provare nel prossimo trimestre, con un responsabile per parte, e valutarne il risultato nella riunione di governance.',
        nl: 'Kies er één om het volgende kwartaal te proberen, met een eigenaar aan elke kant, en bespreek het resultaat in het governance-overleg.',
        fa: 'یکی را برای آزمودن در فصل آینده برگزینید، با یک مسئول در هر طرف، و نتیجه را در جلسهٔ راهبری رابطه بررسی کنید.',
      },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'partner-network-asset', score: { lt: 3 } },
  },
];
