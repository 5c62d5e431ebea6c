import type { QuestionnaireDefinition } from '../../../../domain/questionnaire.schema.js';
import type { RespondentRole } from '../../../../domain/vocabulary.js';

type DimensionDefinition = QuestionnaireDefinition['dimensions'][number];

/** The client's internal Sales–Operations dialogue: the partner is not asked about these meetings. */
const INTERNAL_ROLES: RespondentRole[] = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'OTHER'];

/**
 * Sales–operations alignment & dialogue (seed 004): a fixed meeting structure at strategic and
 * executive level, review of concrete cases, agreements tested against strategy, sparring and
 * mirroring, a shared interest, and learning from peers.
 */
export const alignmentDimension: DimensionDefinition = {
  id: 'alignment',
  title: {
    en: 'Sales–operations alignment & dialogue',
    it: 'Allineamento e dialogo tra vendite e operations',
    nl: 'Afstemming en dialoog tussen Sales en Operations',
    fa: 'هم‌راستایی و گفت‌وگوی فروش و عملیات',
  },
  description: {
    en: 'Whether Sales and Operations — and the company and its partner — meet in a fixed structure apart from the issues of the day, at strategic and executive level, look back at concrete situations, test agreements against the strategy, dare to spar and mirror, and learn from peers outside their own walls.',
    it: "Se vendite e operations — e l'azienda e il suo partner — si incontrano secondo una struttura fissa, lontano dalle urgenze quotidiane, a livello strategico ed esecutivo; se riesaminano situazioni concrete, verificano gli accordi rispetto alla strategia, hanno il coraggio di confrontarsi apertamente e di farsi da specchio a vicenda, e imparano da realtà simili oltre le proprie mura.",
    nl: 'Of Sales en Operations – en het bedrijf en zijn partner – los van de waan van de dag in een vaste overlegstructuur samenkomen, op strategisch en uitvoerend niveau; of zij terugkijken op concrete situaties, afspraken toetsen aan de strategie, durven te sparren en te spiegelen, en leren van vakgenoten buiten de eigen muren.',
    fa: 'این‌که آیا فروش و عملیات (و نیز شرکت و شریک آن) در ساختاری ثابت و فارغ از مسائل روزمره، در سطح راهبردی و اجرایی با هم جلسه دارند؛ به موقعیت‌های مشخص گذشته بازمی‌نگرند، توافق‌ها را با راهبرد می‌سنجند، جرئت به چالش کشیدن یکدیگر و آینه‌شدن برای هم را دارند، و از همتایان بیرون از سازمان خود می‌آموزند.',
  },
  weight: 2,
  weightRationale: {
    en: 'Seed 004 calls dialogue the most essential practice for real alignment; it is how strategy survives daily dynamics. It weighs less than strategy and partnership because it puts them into practice.',
    it: 'La fonte 004 definisce il dialogo la pratica più essenziale per un vero allineamento: è così che la strategia sopravvive alla dinamica quotidiana. Pesa meno di strategia e partnership perché è il modo in cui le si mette in pratica.',
    nl: 'Bron 004 noemt de dialoog het meest essentiële om tot werkelijke afstemming te komen; zo houdt de strategie stand in de dagelijkse dynamiek. De dimensie weegt minder dan strategie en partnerschap, omdat ze die in de praktijk brengt.',
    fa: 'منبع ۰۰۴ گفت‌وگو را اساسی‌ترین رویه برای هم‌راستایی واقعی می‌داند؛ راهبرد از همین راه در برابر پویایی‌های روزمره دوام می‌آورد. وزن این بُعد از راهبرد و مشارکت کمتر است، زیرا آن دو را به عمل درمی‌آورد.',
  },
  seeds: ['004_4f64f7360c716017.txt'],
  questions: [
    {
      id: 'sales-ops-meeting-structure',
      kind: 'maturity',
      prompt: {
        en: 'Is there a fixed meeting structure where Sales and Operations meet, apart from the issues of the day?',
        it: 'Esiste una struttura fissa di riunioni in cui vendite e operations si incontrano, al di fuori delle urgenze quotidiane?',
        nl: 'Is er een vaste overlegstructuur waarin Sales en Operations elkaar treffen, los van de waan van de dag?',
        fa: 'آیا ساختار ثابتی برای جلسات وجود دارد که در آن فروش و عملیات، فارغ از مسائل روزمره، با هم دیدار کنند؟',
      },
      help: {
        en: 'Seed 004: Sales and Operations should sit down together regularly, away from the hustle of the day, and develop a fixed meeting structure for it — time and again.',
        it: 'Fonte 004: vendite e operations dovrebbero sedersi regolarmente allo stesso tavolo, lontano dalla frenesia quotidiana, e costruire per questo una struttura fissa di riunioni — ogni volta, di nuovo.',
        nl: 'Bron 004: Sales en Operations moeten regelmatig met elkaar om de tafel, los van de waan van de dag, en daar een vaste overlegstructuur voor ontwikkelen – telkens weer.',
        fa: 'منبع ۰۰۴: فروش و عملیات باید به‌طور منظم، دور از شلوغی کارهای روزانه، دور یک میز بنشینند و برای این کار ساختار ثابتی از جلسات بسازند؛ بارها و بارها.',
      },
      levels: [
        {
          en: 'Sales and Operations meet only when something goes wrong.',
          it: 'Vendite e operations si incontrano solo quando qualcosa va storto.',
          nl: 'Sales en Operations zien elkaar alleen als er iets misgaat.',
          fa: 'فروش و عملیات فقط وقتی مشکلی پیش می‌آید با هم جلسه می‌گذارند.',
        },
        {
          en: 'They meet irregularly, usually called together for one specific problem.',
          it: 'Si incontrano in modo irregolare, di solito convocati per un problema specifico.',
          nl: 'Ze overleggen onregelmatig, meestal bijeengeroepen voor één specifiek probleem.',
          fa: 'به‌طور نامنظم و معمولاً برای حل یک مشکل خاص دور هم جمع می‌شوند.',
        },
        {
          en: 'Regular meetings exist, but daily firefighting takes them over.',
          it: 'Esistono riunioni regolari, ma vengono assorbite dalla gestione delle emergenze quotidiane.',
          nl: 'Er is regulier overleg, maar het dagelijkse brandjes blussen neemt het over.',
          fa: 'جلسات منظم وجود دارد، اما رسیدگی به بحران‌های روزمره بر آن‌ها غالب می‌شود.',
        },
        {
          en: 'A fixed calendar of meetings with a set agenda covers plans and past performance, separate from daily operations.',
          it: "Un calendario fisso di riunioni con un ordine del giorno definito copre piani e risultati passati, separato dall'operatività quotidiana.",
          nl: 'Een vaste overlegkalender met een vaste agenda behandelt plannen en gerealiseerde prestaties, los van de dagelijkse operatie.',
          fa: 'تقویم ثابتی از جلسات با دستور جلسهٔ مشخص، جدا از عملیات روزانه، برنامه‌ها و عملکرد گذشته را پوشش می‌دهد.',
        },
        {
          en: 'The fixed meeting structure is respected by both sides, protected from cancellation, and refined every year.',
          it: 'La struttura fissa di riunioni è rispettata da entrambe le parti, protetta dagli annullamenti e perfezionata ogni anno.',
          nl: 'De vaste overlegstructuur wordt door beide kanten gerespecteerd, niet zomaar afgezegd en elk jaar verbeterd.',
          fa: 'ساختار ثابت جلسات از سوی هر دو طرف رعایت می‌شود، از لغو شدن مصون است و هر سال بهبود می‌یابد.',
        },
      ],
      tags: ['dialogue', 'meeting-cadence', 'sales-ops'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
      weight: 2,
    },
    {
      id: 'sales-ops-levels',
      kind: 'maturity',
      prompt: {
        en: 'At which levels do Sales and Operations align: directors, team leads, or both?',
        it: 'A quali livelli si allineano vendite e operations: direttori, responsabili di team o entrambi?',
        nl: 'Op welk niveau stemmen Sales en Operations af: directeuren, teamleiders of allebei?',
        fa: 'فروش و عملیات در چه سطوحی با هم هماهنگ می‌شوند: مدیران ارشد، سرپرستان تیم یا هر دو؟',
      },
      help: {
        en: 'Seed 004: the dialogue must take place at both strategic and executive level; agreements made only at the top, or only on the shop floor, do not hold.',
        it: 'Fonte 004: il dialogo deve avvenire sia a livello strategico sia a livello esecutivo; gli accordi presi solo al vertice, o solo sul campo, non reggono.',
        nl: 'Bron 004: de dialoog moet zowel op strategisch als op uitvoerend niveau plaatsvinden; afspraken die alleen aan de top of alleen op de werkvloer worden gemaakt, houden geen stand.',
        fa: 'منبع ۰۰۴: گفت‌وگو باید هم در سطح راهبردی و هم در سطح اجرایی انجام شود؛ توافق‌هایی که فقط در رأس سازمان یا فقط در سطح عملیات گرفته می‌شوند، پایدار نمی‌مانند.',
      },
      levels: [
        {
          en: 'Only order by order, by phone or email.',
          it: 'Solo ordine per ordine, al telefono o via e-mail.',
          nl: 'Alleen per order, telefonisch of per e-mail.',
          fa: 'فقط سفارش به سفارش، از طریق تلفن یا ایمیل.',
        },
        {
          en: 'Only the directors talk, and their decisions do not reach the teams.',
          it: 'Parlano solo i direttori, e le loro decisioni non arrivano ai team.',
          nl: 'Alleen de directeuren praten met elkaar, en hun besluiten bereiken de teams niet.',
          fa: 'فقط مدیران ارشد با هم گفت‌وگو می‌کنند و تصمیم‌هایشان به تیم‌ها نمی‌رسد.',
        },
        {
          en: 'Teams coordinate execution, but the directors seldom discuss strategy together.',
          it: "I team coordinano l'esecuzione, ma i direttori discutono di rado la strategia insieme.",
          nl: 'Teams stemmen de uitvoering af, maar de directeuren bespreken zelden samen de strategie.',
          fa: 'تیم‌ها اجرا را هماهنگ می‌کنند، اما مدیران ارشد به‌ندرت با هم دربارهٔ راهبرد گفت‌وگو می‌کنند.',
        },
        {
          en: 'Alignment happens both at strategic level (directors) and at executive level (team leads, planners).',
          it: "L'allineamento avviene sia a livello strategico (direttori) sia a livello esecutivo (responsabili di team, pianificatori).",
          nl: 'Afstemming vindt plaats op zowel strategisch niveau (directeuren) als uitvoerend niveau (teamleiders, planners).',
          fa: 'هماهنگی هم در سطح راهبردی (مدیران ارشد) و هم در سطح اجرایی (سرپرستان تیم، برنامه‌ریزان) انجام می‌شود.',
        },
        {
          en: 'The two levels are linked: what directors agree becomes team agreements, and issues from the teams feed the strategic discussion.',
          it: 'I due livelli sono collegati: ciò che i direttori concordano diventa accordo tra i team, e le questioni sollevate dai team alimentano la discussione strategica.',
          nl: 'De twee niveaus zijn verbonden: wat directeuren afspreken, wordt vertaald in teamafspraken, en knelpunten uit de teams voeden het strategisch overleg.',
          fa: 'دو سطح به هم پیوسته‌اند: توافق‌های مدیران ارشد به توافق‌های تیمی تبدیل می‌شود و مسائل تیم‌ها به بحث راهبردی خوراک می‌دهد.',
        },
      ],
      tags: ['dialogue', 'strategy', 'linkage', 'sales-ops'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 'concrete-cases-review',
      kind: 'maturity',
      prompt: {
        en: 'Do Sales and Operations look back together at concrete situations — a lost order, a rush job, a complaint?',
        it: 'Vendite e operations riesaminano insieme situazioni concrete — un ordine perso, una commessa urgente, un reclamo?',
        nl: 'Kijken Sales en Operations samen terug op concrete situaties – een verloren order, een spoedklus, een klacht?',
        fa: 'آیا فروش و عملیات با هم موقعیت‌های مشخص گذشته را مرور می‌کنند؛ مثلاً سفارشی ازدست‌رفته، کاری فوری یا یک شکایت؟',
      },
      help: {
        en: 'Seed 004: look back at concrete situations and discover together where interests chafed, what went well or wrong, and how to do better next time.',
        it: 'Fonte 004: riesaminare situazioni concrete e scoprire insieme dove gli interessi sono entrati in attrito, cosa è andato bene o male e come fare meglio la prossima volta.',
        nl: 'Bron 004: kijk terug op concrete situaties en ontdek samen waar belangen schuurden, waar het goed en fout ging en hoe het de volgende keer beter kan.',
        fa: 'منبع ۰۰۴: به موقعیت‌های مشخص بازنگرید و با هم کشف کنید کجا منافع با هم اصطکاک داشتند، چه چیزی خوب یا بد پیش رفت و دفعهٔ بعد چگونه می‌توان بهتر عمل کرد.',
      },
      levels: [
        {
          en: 'Never; each side tells its own story.',
          it: 'Mai: ognuno racconta la propria versione.',
          nl: 'Nooit; elke kant vertelt zijn eigen verhaal.',
          fa: 'هرگز؛ هر طرف روایت خودش را دارد.',
        },
        {
          en: 'Only after a major incident, usually to find out who is to blame.',
          it: 'Solo dopo un incidente grave, di solito per stabilire di chi è la colpa.',
          nl: 'Alleen na een groot incident, meestal om uit te zoeken wie de schuldige is.',
          fa: 'فقط پس از یک رخداد جدی، آن هم معمولاً برای یافتن مقصر.',
        },
        {
          en: 'Sometimes, when someone insists.',
          it: 'A volte, quando qualcuno insiste.',
          nl: 'Soms, als iemand erop aandringt.',
          fa: 'گاهی، وقتی کسی اصرار کند.',
        },
        {
          en: 'Regularly: a few recent cases are reviewed at each meeting to see what went well or wrong.',
          it: 'Regolarmente: a ogni riunione si esaminano alcuni casi recenti per capire cosa è andato bene o male.',
          nl: 'Regelmatig: in elk overleg worden enkele recente cases besproken om te zien wat goed en fout ging.',
          fa: 'به‌طور منظم: در هر جلسه چند مورد اخیر بررسی می‌شود تا روشن شود چه چیزی خوب یا بد پیش رفته است.',
        },
        {
          en: 'Case reviews are routine and blame-free, and each ends with agreed improvements that are followed up.',
          it: "L'analisi dei casi è una routine, senza ricerca di colpevoli, e ognuna si chiude con miglioramenti concordati che vengono seguiti.",
          nl: 'Casebesprekingen zijn routine en zonder schuldvraag, en elke bespreking eindigt met afgesproken verbeteringen die worden opgevolgd.',
          fa: 'بررسی موردها کاری روتین و بدون مقصرتراشی است و هر بررسی با بهبودهای توافق‌شده‌ای پایان می‌یابد که پیگیری می‌شوند.',
        },
      ],
      tags: ['dialogue', 'sales-ops'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 'agreements-tested-strategy',
      kind: 'maturity',
      prompt: {
        en: 'Are agreements between Sales and Operations tested against the chosen strategy and goals?',
        it: 'Gli accordi tra vendite e operations vengono verificati rispetto alla strategia e agli obiettivi scelti?',
        nl: 'Worden afspraken tussen Sales en Operations getoetst aan de gekozen strategie en doelen?',
        fa: 'آیا توافق‌های میان فروش و عملیات با راهبرد و اهداف برگزیده سنجیده می‌شوند؟',
      },
      help: {
        en: 'Seed 004: agreements must be tested against the chosen strategy and goals, which lead and form the common basis for alignment between Sales and Operations.',
        it: "Fonte 004: gli accordi vanno verificati rispetto alla strategia e agli obiettivi scelti, che guidano e costituiscono la base comune per l'allineamento tra vendite e operations.",
        nl: 'Bron 004: afspraken moeten worden getoetst aan de gekozen strategie en doelen; die zijn leidend en vormen de gezamenlijke basis voor afstemming tussen Sales en Operations.',
        fa: 'منبع ۰۰۴: توافق‌ها باید با راهبرد و اهداف برگزیده سنجیده شوند؛ راهبرد و اهدافی که راهنما هستند و مبنای مشترک هم‌راستایی فروش و عملیات را تشکیل می‌دهند.',
      },
      levels: [
        {
          en: 'Agreements go to whoever shouts loudest or is closest to the customer.',
          it: 'Gli accordi premiano chi alza di più la voce o chi è più vicino al cliente.',
          nl: 'Wie het hardst roept of het dichtst bij de klant zit, krijgt zijn zin.',
          fa: 'توافق‌ها به نفع کسی تمام می‌شود که بلندتر فریاد می‌زند یا به مشتری نزدیک‌تر است.',
        },
        {
          en: 'Agreements are made case by case without reference to the goals.',
          it: 'Gli accordi si prendono caso per caso, senza riferimento agli obiettivi.',
          nl: 'Afspraken worden per geval gemaakt, zonder te verwijzen naar de doelen.',
          fa: 'توافق‌ها مورد به مورد و بدون ارجاع به اهداف انجام می‌شوند.',
        },
        {
          en: 'The strategy is invoked for large decisions only.',
          it: 'Si fa riferimento alla strategia solo per le decisioni importanti.',
          nl: 'Alleen bij grote beslissingen wordt naar de strategie verwezen.',
          fa: 'تنها در تصمیم‌های بزرگ به راهبرد استناد می‌شود.',
        },
        {
          en: 'Agreements on priorities, lead times and exceptions are checked against the strategy and goals before they are made.',
          it: 'Gli accordi su priorità, tempi di consegna ed eccezioni vengono verificati rispetto alla strategia e agli obiettivi prima di essere presi.',
          nl: 'Afspraken over prioriteiten, levertijden en uitzonderingen worden vooraf getoetst aan de strategie en doelen.',
          fa: 'توافق‌ها دربارهٔ اولویت‌ها، زمان‌های تحویل و استثناها پیش از نهایی‌شدن با راهبرد و اهداف سنجیده می‌شوند.',
        },
        {
          en: 'Agreements are tested against the strategy beforehand and reviewed afterwards; where the strategy is unclear, the question goes back to management.',
          it: 'Gli accordi vengono verificati rispetto alla strategia prima e riesaminati dopo; dove la strategia non è chiara, la questione torna alla direzione.',
          nl: 'Afspraken worden vooraf aan de strategie getoetst en achteraf geëvalueerd; waar de strategie onduidelijk is, gaat de vraag terug naar het management.',
          fa: 'توافق‌ها پیش از اجرا با راهبرد سنجیده و پس از آن بازبینی می‌شوند؛ هر جا راهبرد روشن نباشد، موضوع به مدیریت ارجاع داده می‌شود.',
        },
      ],
      tags: ['dialogue', 'strategy', 'linkage', 'sales-ops'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
      weight: 1.5,
    },
    {
      id: 'sparring-mirroring',
      kind: 'maturity',
      prompt: {
        en: 'How openly do Sales and Operations challenge each other (sparring) and hold up a mirror to each other (mirroring)?',
        it: "Quanto apertamente vendite e operations si mettono in discussione a vicenda (sparring) e si fanno da specchio l'una per l'altra (mirroring)?",
        nl: 'Hoe open sparren Sales en Operations met elkaar (elkaar uitdagen) en houden ze elkaar een spiegel voor (spiegelen)?',
        fa: 'فروش و عملیات تا چه حد آشکارا یکدیگر را به چالش می‌کشند و برای هم آینه می‌شوند (بازخورد صادقانه می‌دهند)؟',
      },
      help: {
        en: 'Seed 004: dare to spar and to mirror — workshop participants called this dialogue the most essential thing for real alignment, the way from irritation to enjoying the work together.',
        it: "Fonte 004: avere il coraggio di confrontarsi e di farsi da specchio — i partecipanti al workshop hanno definito questo dialogo l'elemento più essenziale per un vero allineamento, la strada che porta dall'irritazione al piacere di lavorare insieme.",
        nl: 'Bron 004: durf te sparren en te spiegelen – workshopdeelnemers noemden deze dialoog het meest essentiële voor werkelijke afstemming, de weg van ergernis naar werkplezier.',
        fa: 'منبع ۰۰۴: جرئت کنید یکدیگر را به چالش بکشید و برای هم آینه باشید؛ شرکت‌کنندگان کارگاه این گفت‌وگو را اساسی‌ترین عامل هم‌راستایی واقعی دانستند: راهی از دلخوری به لذت کار مشترک.',
      },
      levels: [
        {
          en: 'Criticism is voiced behind the other side\'s back.',
          it: "Le critiche si fanno alle spalle dell'altra parte.",
          nl: 'Kritiek wordt geuit achter de rug van de andere kant.',
          fa: 'انتقادها پشت سر طرف مقابل مطرح می‌شود.',
        },
        {
          en: 'Disagreements are escalated rather than discussed.',
          it: 'I disaccordi vengono portati ai livelli superiori invece di essere discussi.',
          nl: 'Meningsverschillen worden geëscaleerd in plaats van besproken.',
          fa: 'اختلاف‌نظرها به‌جای گفت‌وگو، به سطوح بالاتر ارجاع می‌شوند.',
        },
        {
          en: 'People discuss openly in meetings but avoid sensitive topics.',
          it: 'Nelle riunioni si discute apertamente, ma si evitano i temi delicati.',
          nl: 'In het overleg wordt open gesproken, maar gevoelige onderwerpen worden vermeden.',
          fa: 'در جلسات آزادانه گفت‌وگو می‌شود، اما از موضوعات حساس پرهیز می‌شود.',
        },
        {
          en: 'Both sides openly challenge plans and tell each other where their interests chafed.',
          it: 'Entrambe le parti mettono apertamente in discussione i piani e si dicono dove i loro interessi sono entrati in attrito.',
          nl: 'Beide kanten stellen plannen openlijk ter discussie en benoemen waar hun belangen schuurden.',
          fa: 'هر دو طرف آشکارا برنامه‌ها را به چالش می‌کشند و به هم می‌گویند منافعشان کجا با هم اصطکاک داشته است.',
        },
        {
          en: 'Sparring and mirroring are part of the culture: people ask for feedback, and conflicts turn into shared solutions.',
          it: 'Confronto aperto e rispecchiamento reciproco fanno parte della cultura: le persone chiedono feedback e i conflitti diventano soluzioni condivise.',
          nl: 'Sparren en spiegelen horen bij de cultuur: mensen vragen om feedback en conflicten worden gezamenlijke oplossingen.',
          fa: 'به چالش کشیدن و آینه‌شدن برای یکدیگر بخشی از فرهنگ سازمان است: افراد بازخورد می‌خواهند و تعارض‌ها به راه‌حل‌های مشترک تبدیل می‌شوند.',
        },
      ],
      tags: ['dialogue', 'trust'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
      weight: 1.5,
    },
    {
      id: 'sales-ops-shared-interest',
      kind: 'maturity',
      prompt: {
        en: 'Are Sales and Operations rewarded for the same result?',
        it: 'Vendite e operations vengono premiate per lo stesso risultato?',
        nl: 'Worden Sales en Operations beloond voor hetzelfde resultaat?',
        fa: 'آیا فروش و عملیات برای نتیجه‌ای یکسان پاداش می‌گیرند؟',
      },
      help: {
        en: 'Seed 004: Sales and Operations serve one shared interest — that of the whole organisation — even though their DNA and roles differ; targets that pull them apart turn that interest into a fight.',
        it: "Fonte 004: vendite e operations servono un unico interesse comune — quello dell'intera organizzazione — anche se DNA e ruoli sono diversi; obiettivi che le spingono in direzioni opposte trasformano quell'interesse in uno scontro.",
        nl: 'Bron 004: Sales en Operations dienen één gedeeld belang – dat van de totale organisatie – ook al verschillen hun DNA en rollen; doelen die hen uit elkaar trekken, maken van dat belang een strijd.',
        fa: 'منبع ۰۰۴: فروش و عملیات در خدمت یک منفعت مشترک‌اند، یعنی منفعت کل سازمان، هرچند سرشت (DNA) و نقش‌هایشان با هم فرق دارد؛ اهدافی که آن‌ها را از هم دور می‌کند، این منفعت مشترک را به کشمکش بدل می‌سازد.',
      },
      levels: [
        {
          en: 'Targets conflict: sales on volume at any cost, operations on efficiency at any cost.',
          it: "Gli obiettivi sono in conflitto: le vendite puntano al volume a ogni costo, le operations all'efficienza a ogni costo.",
          nl: 'De doelen botsen: Sales stuurt op volume tegen elke prijs, Operations op efficiëntie tegen elke prijs.',
          fa: 'اهداف در تعارض‌اند: فروش به دنبال حجم به هر قیمت و عملیات به دنبال کارایی به هر قیمت.',
        },
        {
          en: 'Targets differ, and the director settles conflicts case by case.',
          it: 'Gli obiettivi sono diversi e il direttore risolve i conflitti caso per caso.',
          nl: 'De doelen verschillen en de directeur beslecht conflicten per geval.',
          fa: 'اهداف متفاوت‌اند و مدیر ارشد اختلاف‌ها را مورد به مورد حل‌وفصل می‌کند.',
        },
        {
          en: 'Some shared KPIs exist, such as on-time delivery, but bonuses depend on separate targets.',
          it: 'Esistono alcuni KPI comuni, come la puntualità delle consegne, ma i bonus dipendono da obiettivi separati.',
          nl: "Er zijn enkele gedeelde KPI's, zoals tijdig leveren, maar bonussen hangen af van aparte doelen.",
          fa: 'چند شاخص کلیدی عملکرد (KPI) مشترک، مانند تحویل به‌موقع، وجود دارد، اما پاداش‌ها به اهداف جداگانه وابسته است.',
        },
        {
          en: 'Both functions share KPIs for the whole organisation (margin, delivery reliability, customer satisfaction) alongside their own.',
          it: "Entrambe le funzioni condividono, oltre ai propri, KPI relativi all'intera organizzazione (margine, affidabilità delle consegne, soddisfazione dei clienti).",
          nl: "Beide functies hebben naast hun eigen KPI's ook gedeelde KPI's voor de hele organisatie (marge, leverbetrouwbaarheid, klanttevredenheid).",
          fa: 'هر دو واحد، افزون بر شاخص‌های خود، شاخص‌های مشترکی برای کل سازمان دارند (حاشیهٔ سود، قابلیت اطمینان تحویل، رضایت مشتری).',
        },
        {
          en: 'Sales and Operations are judged on the same company results and plan together how to reach them.',
          it: 'Vendite e operations vengono valutate sugli stessi risultati aziendali e pianificano insieme come raggiungerli.',
          nl: 'Sales en Operations worden afgerekend op dezelfde bedrijfsresultaten en plannen samen hoe ze die halen.',
          fa: 'فروش و عملیات بر اساس نتایج یکسان شرکت ارزیابی می‌شوند و با هم برای دستیابی به آن‌ها برنامه‌ریزی می‌کنند.',
        },
      ],
      tags: ['shared-goals', 'sales-ops', 'kpi', 'linkage'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 'partner-sparring',
      kind: 'maturity',
      prompt: {
        en: 'How productively do the company and the outsourcing partner compare notes on results and on the approach itself?',
        it: "Quanto è produttivo il confronto tra l'azienda e il partner di outsourcing sui risultati e sull'approccio stesso?",
        nl: 'Hoe productief wisselen het bedrijf en de outsourcingpartner van gedachten over de resultaten en over de aanpak zelf?',
        fa: 'شرکت و شریک برون‌سپاری تا چه حد به‌شکلی سازنده دربارهٔ نتایج و خودِ رویکرد با هم تبادل‌نظر می‌کنند؟',
      },
      help: {
        en: 'Seed 000: if you can compare notes productively within the outsourcing relationship, you are in good shape; seed 004 shows the same sparring and mirroring works between any two parties that serve one interest.',
        it: 'Fonte 000: se nella relazione di outsourcing ci si può confrontare in modo produttivo, si è a cavallo; la fonte 004 mostra che lo stesso confronto aperto e reciproco funziona tra due parti qualsiasi che servono un unico interesse.',
        nl: 'Bron 000: als u binnen de outsourcingrelatie productief van gedachten kunt wisselen, zit u goed; bron 004 laat zien dat hetzelfde sparren en spiegelen werkt tussen elke twee partijen die één belang dienen.',
        fa: 'منبع ۰۰۰: اگر بتوانید در رابطهٔ برون‌سپاری به‌شکلی سازنده با هم تبادل‌نظر کنید، در مسیر درستی هستید؛ منبع ۰۰۴ نشان می‌دهد همین به چالش کشیدن و آینه‌شدن برای یکدیگر میان هر دو طرفی که در خدمت یک منفعت‌اند، کارساز است.',
      },
      levels: [
        {
          en: 'Contact is limited to reports and invoices; the approach itself is never discussed.',
          it: "I contatti si limitano a report e fatture; l'approccio in sé non viene mai discusso.",
          nl: 'Het contact beperkt zich tot rapportages en facturen; de aanpak zelf wordt nooit besproken.',
          fa: 'ارتباط به گزارش‌ها و صورت‌حساب‌ها محدود است و دربارهٔ خودِ رویکرد هرگز بحث نمی‌شود.',
        },
        {
          en: 'Results are discussed, but only to settle who is responsible for a shortfall.',
          it: 'I risultati vengono discussi, ma solo per stabilire chi è responsabile di un obiettivo mancato.',
          nl: 'Resultaten worden besproken, maar alleen om vast te stellen wie verantwoordelijk is voor een tekortkoming.',
          fa: 'دربارهٔ نتایج بحث می‌شود، اما فقط برای تعیین این‌که مسئول کوتاهی کیست.',
        },
        {
          en: 'Results are discussed in regular reviews, but the approach is taken as given.',
          it: "I risultati vengono discussi in revisioni periodiche, ma l'approccio è dato per scontato.",
          nl: 'Resultaten worden in periodieke reviews besproken, maar de aanpak staat niet ter discussie.',
          fa: 'نتایج در بازبینی‌های منظم بررسی می‌شوند، اما رویکرد امری مسلم فرض می‌شود.',
        },
        {
          en: 'Both sides regularly review results and the approach behind them and give each other candid feedback.',
          it: "Entrambe le parti esaminano regolarmente i risultati e l'approccio che li ha prodotti, e si danno feedback schietti.",
          nl: 'Beide partijen bespreken regelmatig de resultaten en de aanpak erachter, en geven elkaar eerlijke feedback.',
          fa: 'هر دو طرف به‌طور منظم نتایج و رویکرد پشت آن‌ها را بازبینی می‌کنند و به یکدیگر بازخورد صریح می‌دهند.',
        },
        {
          en: 'Comparing notes is a habit: both sides challenge each other\'s assumptions, mirror how they see each other, and change course together.',
          it: "Il confronto è un'abitudine: ciascuna parte mette in discussione le ipotesi dell'altra, le restituisce come la vede e insieme cambiano rotta.",
          nl: 'Van gedachten wisselen is een gewoonte: beide partijen stellen elkaars aannames ter discussie, houden elkaar een spiegel voor en sturen samen bij.',
          fa: 'تبادل‌نظر به عادت تبدیل شده است: هر دو طرف مفروضات یکدیگر را به چالش می‌کشند، تصویری را که از هم دارند صادقانه بازتاب می‌دهند و با هم مسیر را تغییر می‌دهند.',
        },
      ],
      tags: ['dialogue', 'partnership', 'trust', 'linkage'],
      seeds: ['000_771def5f3f0c7c25.txt', '004_4f64f7360c716017.txt'],
      weight: 1.5,
    },
    {
      id: 'peer-learning',
      kind: 'maturity',
      prompt: {
        en: 'How often do your people look over the walls of your own organisation to learn from peers (site visits, experience workshops, industry groups)?',
        it: 'Con quale frequenza i collaboratori della vostra azienda guardano oltre le mura della propria organizzazione per imparare da realtà simili (visite aziendali, workshop di scambio di esperienze, gruppi di settore)?',
        nl: 'Hoe vaak kijken uw mensen over de muren van de eigen organisatie heen om van vakgenoten te leren (bedrijfsbezoeken, ervaringsworkshops, branchegroepen)?',
        fa: 'کارکنان شما هر چند وقت یک بار از دیوارهای سازمان خود فراتر می‌نگرند تا از همتایان بیاموزند (بازدید از سایر شرکت‌ها، کارگاه‌های تبادل تجربه، انجمن‌های صنفی)؟',
      },
      help: {
        en: 'Seed 004: several workshop participants went a step further and decided to visit each other — looking over the walls of their own organisation to learn how others align Sales and Operations.',
        it: 'Fonte 004: diversi partecipanti al workshop sono andati oltre e hanno deciso di farsi visita a vicenda — guardando oltre le mura della propria organizzazione per imparare come altri allineano vendite e operations.',
        nl: 'Bron 004: diverse workshopdeelnemers gingen nog een stap verder en besloten bij elkaar op bezoek te gaan – over de muren van de eigen organisatie kijken om te leren hoe anderen Sales en Operations op elkaar afstemmen.',
        fa: 'منبع ۰۰۴: چند نفر از شرکت‌کنندگان کارگاه یک گام فراتر رفتند و تصمیم گرفتند از یکدیگر بازدید کنند؛ یعنی از دیوارهای سازمان خود فراتر بنگرند تا ببینند دیگران چگونه فروش و عملیات را هم‌راستا می‌کنند.',
      },
      levels: [
        {
          en: 'Never.',
          it: 'Mai.',
          nl: 'Nooit.',
          fa: 'هرگز.',
        },
        {
          en: 'Occasionally someone attends a trade fair or conference.',
          it: 'Di tanto in tanto qualcuno partecipa a una fiera o a un convegno.',
          nl: 'Af en toe bezoekt iemand een beurs of congres.',
          fa: 'گاه‌گاهی کسی در یک نمایشگاه تجاری یا همایش شرکت می‌کند.',
        },
        {
          en: 'Individual managers exchange experiences informally.',
          it: 'Singoli manager si scambiano esperienze in modo informale.',
          nl: 'Individuele managers wisselen informeel ervaringen uit.',
          fa: 'برخی مدیران به‌صورت غیررسمی تجربه‌هایشان را با هم در میان می‌گذارند.',
        },
        {
          en: 'Teams visit peers or join experience workshops at least once a year and share what they learnt.',
          it: "I team visitano realtà simili o partecipano a workshop di scambio di esperienze almeno una volta l'anno e condividono ciò che hanno imparato.",
          nl: 'Teams gaan minstens één keer per jaar op bezoek bij vakgenoten of nemen deel aan ervaringsworkshops, en delen wat ze hebben geleerd.',
          fa: 'تیم‌ها دست‌کم سالی یک بار از همتایان بازدید می‌کنند یا در کارگاه‌های تبادل تجربه شرکت می‌کنند و آموخته‌هایشان را به اشتراک می‌گذارند.',
        },
        {
          en: 'Peer learning is planned: regular visits and exchanges with other companies, with the lessons turned into improvements.',
          it: "L'apprendimento da realtà simili è pianificato: visite e scambi regolari con altre aziende, con lezioni tradotte in miglioramenti concreti.",
          nl: 'Leren van vakgenoten is gepland: regelmatige bezoeken en uitwisselingen met andere bedrijven, waarbij de lessen worden omgezet in verbeteringen.',
          fa: 'یادگیری از همتایان برنامه‌ریزی‌شده است: بازدیدها و تبادل‌های منظم با شرکت‌های دیگر که درس‌های آن به بهبود تبدیل می‌شود.',
        },
      ],
      tags: ['dialogue', 'knowledge-transfer'],
      seeds: ['004_4f64f7360c716017.txt'],
    },
  ],
};
