import type { Language } from '../../../../shared/domain/profile';
import type { UpliftKind } from '../../../../shared/domain/program';

/**
 * Every fixed text of the campaign proposal (proposal.ts) in the five languages, in a formal business register
 * (the names of program types, channels, figures and RFM groups are in proposal-names.ts).
 * Texts with numbers in them are functions, so no placeholder can ever reach the page; they are worded so the
 * number needs no plural form (Czech and Slovenian have several).
 */
export interface ProposalWords {
  title: string;
  preparedBy: (agency: string) => string;
  page: string;
  of: string;
  // the customer base
  baseHeading: string;
  baseIntro: (date: string) => string;
  metricHead: [string, string];
  customers: string;
  buyers12m: string;
  revenue12m: string;
  repeatRate: string;
  averageBasket: string;
  purchasesPerBuyer: string;
  topFifthRevenueShare: string;
  referralShare: string;
  lapsedShare: string;
  revenueChart: string;
  /** Under the revenue chart when its last month is cut short by the proposal's date. */
  partialMonth: (date: string) => string;
  rfmChart: string;
  // segments
  segmentsHeading: string;
  segmentsHead: [string, string];
  noSegments: string;
  // the programme
  programHeading: string;
  noProgram: string;
  why: string;
  facts: string;
  type: string;
  channels: string;
  budget: string;
  period: string;
  notSet: string;
  untilFurtherNotice: string;
  benefits: string;
  stampFor: string;
  eachPurchase: string;
  eachAmount: (money: string) => string;
  stampsForReward: string;
  reward: string;
  costPerReward: string;
  pointsPer: (money: string) => string;
  rewardAtPoints: (points: string) => string;
  pointsExpireAfter: string;
  never: string;
  tiersMeasuredOn: string;
  spend: string;
  purchases: string;
  tierFrom: string;
  advocateReward: string;
  friendReward: string;
  lapsedAfter: string;
  // economics
  economicsHeading: string;
  economicsIntro: string;
  noEconomics: string;
  assumptions: string;
  assumptionHead: [string, string];
  upliftKinds: Record<UpliftKind, string>;
  expectedUplift: string;
  redemption: string;
  join: string;
  postage: string;
  contacts: string;
  fixedCost: string;
  grossMargin: string;
  figures: string;
  figureHead: [string, string, string];
  howInEnglish: string;
  sensitivity: string;
  sensitivityIntro: string;
  sensitivityCorner: string;
  percentagePoints: string;
  // calendar, budget, KPIs, next steps
  calendarHeading: string;
  calendarIntro: string;
  calendarHead: [string, string, string, string, string, string];
  noCalendar: string;
  moreRows: (rows: string) => string;
  total: string;
  budgetHeading: string;
  budgetHead: [string, string];
  noBudget: string;
  kpisHeading: string;
  nextStepsHeading: string;
}

export const PROPOSAL_WORDS: Record<Language, ProposalWords> = {
  en: {
    title: 'Relationship programme proposal',
    preparedBy: (agency) => `Prepared by ${agency}`,
    page: 'Page',
    of: 'of',
    baseHeading: 'The customer base',
    baseIntro: (date) => `The figures cover the 12 months up to ${date}.`,
    metricHead: ['Key figure', 'Value'],
    customers: 'Customers',
    buyers12m: 'Buyers in the last 12 months',
    revenue12m: 'Revenue in the last 12 months',
    repeatRate: 'Repeat purchase rate',
    averageBasket: 'Average purchase',
    purchasesPerBuyer: 'Purchases per buyer per year',
    topFifthRevenueShare: 'Revenue from the top 20 % of buyers',
    referralShare: 'Customers who came by referral',
    lapsedShare: 'Lapsed customers (no purchase in 12 months)',
    revenueChart: 'Revenue by month',
    partialMonth: (date) => `The last month runs only to ${date}.`,
    rfmChart: 'Customers by RFM group (recency, frequency, monetary value)',
    segmentsHeading: 'Segments',
    segmentsHead: ['Segment', 'Customers'],
    noSegments: 'No segments have been saved yet.',
    programHeading: 'The recommended programme',
    noProgram: 'No programme has been chosen yet.',
    why: 'Why this programme',
    facts: 'The programme at a glance',
    type: 'Type',
    channels: 'Channels',
    budget: 'Budget',
    period: 'Period',
    notSet: 'Not set',
    untilFurtherNotice: 'until further notice',
    benefits: 'What members get',
    stampFor: 'A stamp for',
    eachPurchase: 'each purchase',
    eachAmount: (money) => `every ${money} spent`,
    stampsForReward: 'Stamps needed for the reward',
    reward: 'Reward',
    costPerReward: 'Cost per reward',
    pointsPer: (money) => `Points per ${money} spent`,
    rewardAtPoints: (points) => `Reward at ${points} points`,
    pointsExpireAfter: 'Points expire after',
    never: 'Never',
    tiersMeasuredOn: 'Tiers are based on',
    spend: 'spend',
    purchases: 'number of purchases',
    tierFrom: 'from',
    advocateReward: 'Reward for the customer who recommends',
    friendReward: 'Reward for the new customer',
    lapsedAfter: 'No purchase for more than',
    economicsHeading: 'Economics',
    economicsIntro: 'Estimated for one year, from the purchase history of the last 12 months.',
    noEconomics: 'The economics have not been worked out yet.',
    assumptions: 'Assumptions',
    assumptionHead: ['Assumption', 'Value'],
    upliftKinds: { retention: 'Higher retention', frequency: 'More frequent purchases', basket: 'Larger purchases' },
    expectedUplift: 'Expected uplift',
    redemption: 'Share of rewards redeemed',
    join: 'Share of target customers who join',
    postage: 'Postage per contact',
    contacts: 'Contacts per member per year',
    fixedCost: 'Fixed cost per year',
    grossMargin: 'Gross margin',
    figures: 'The figures',
    figureHead: ['Figure', 'Value', 'How it was computed'],
    howInEnglish: '',
    sensitivity: 'Sensitivity: profit per year',
    sensitivityIntro: 'Profit per year by uplift (rows) and share of rewards redeemed (columns). The case assumed above is highlighted.',
    sensitivityCorner: 'Uplift / redeemed',
    percentagePoints: 'pp',
    calendarHeading: 'Campaign calendar',
    calendarIntro: 'Planned contacts by week and step, after the contact policy has been applied.',
    calendarHead: ['Week from', 'Plan', 'Step', 'Channel', 'Contacts', 'Cost'],
    noCalendar: 'No contacts are planned yet.',
    moreRows: (rows) => `Further rows not shown: ${rows} (included in the total)`,
    total: 'Total',
    budgetHeading: 'Budget',
    budgetHead: ['Item', 'Amount'],
    noBudget: 'No budget has been set yet.',
    kpisHeading: 'KPIs to watch',
    nextStepsHeading: 'Next steps',
  },
  da: {
    title: 'Forslag til kundeprogram',
    preparedBy: (agency) => `Udarbejdet af ${agency}`,
    page: 'Side',
    of: 'af',
    baseHeading: 'Kundegrundlaget',
    baseIntro: (date) => `Tallene dækker de 12 måneder frem til ${date}.`,
    metricHead: ['Nøgletal', 'Værdi'],
    customers: 'Kunder',
    buyers12m: 'Kunder med køb inden for de seneste 12 måneder',
    revenue12m: 'Omsætning de seneste 12 måneder',
    repeatRate: 'Genkøbsrate',
    averageBasket: 'Gennemsnitligt køb',
    purchasesPerBuyer: 'Køb pr. kunde pr. år',
    topFifthRevenueShare: 'Andel af omsætningen fra de 20 % bedste kunder',
    referralShare: 'Kunder, der er kommet via anbefaling',
    lapsedShare: 'Inaktive kunder (intet køb i 12 måneder)',
    revenueChart: 'Omsætning pr. måned',
    partialMonth: (date) => `Den sidste måned går kun til ${date}.`,
    rfmChart: 'Kunder fordelt på RFM-grupper (seneste køb, købsfrekvens, købsbeløb)',
    segmentsHeading: 'Segmenter',
    segmentsHead: ['Segment', 'Kunder'],
    noSegments: 'Der er endnu ikke gemt nogen segmenter.',
    programHeading: 'Det anbefalede program',
    noProgram: 'Der er endnu ikke valgt et program.',
    why: 'Derfor anbefaler vi programmet',
    facts: 'Programmet kort fortalt',
    type: 'Type',
    channels: 'Kanaler',
    budget: 'Budget',
    period: 'Periode',
    notSet: 'Ikke fastsat',
    untilFurtherNotice: 'indtil videre',
    benefits: 'Det får medlemmerne',
    stampFor: 'Et stempel for',
    eachPurchase: 'hvert køb',
    eachAmount: (money) => `hver ${money}, der handles for`,
    stampsForReward: 'Antal stempler til en belønning',
    reward: 'Belønning',
    costPerReward: 'Omkostning pr. belønning',
    pointsPer: (money) => `Point pr. ${money}`,
    rewardAtPoints: (points) => `Belønning ved ${points} point`,
    pointsExpireAfter: 'Point udløber efter',
    never: 'Aldrig',
    tiersMeasuredOn: 'Niveauerne beregnes ud fra',
    spend: 'købsbeløb',
    purchases: 'antal køb',
    tierFrom: 'fra',
    advocateReward: 'Belønning til kunden, der anbefaler',
    friendReward: 'Belønning til den nye kunde',
    lapsedAfter: 'Intet køb i mere end',
    economicsHeading: 'Økonomi',
    economicsIntro: 'Anslået for ét år ud fra købshistorikken for de seneste 12 måneder.',
    noEconomics: 'Økonomien er endnu ikke beregnet.',
    assumptions: 'Forudsætninger',
    assumptionHead: ['Forudsætning', 'Værdi'],
    upliftKinds: { retention: 'Højere fastholdelse', frequency: 'Hyppigere køb', basket: 'Større køb' },
    expectedUplift: 'Forventet forbedring',
    redemption: 'Andel af belønningerne, der indløses',
    join: 'Andel af målgruppen, der tilmelder sig',
    postage: 'Porto pr. henvendelse',
    contacts: 'Henvendelser pr. medlem pr. år',
    fixedCost: 'Faste omkostninger pr. år',
    grossMargin: 'Dækningsgrad',
    figures: 'Tallene',
    figureHead: ['Nøgletal', 'Værdi', 'Sådan er det beregnet'],
    howInEnglish: 'Beregningerne er forklaret på engelsk.',
    sensitivity: 'Følsomhedsanalyse: resultat pr. år',
    sensitivityIntro: 'Resultat pr. år efter forbedring (rækker) og andel indløste belønninger (kolonner). Forudsætningerne ovenfor er fremhævet.',
    sensitivityCorner: 'Forbedring / indløst',
    percentagePoints: 'pct.-point',
    calendarHeading: 'Kampagnekalender',
    calendarIntro: 'Planlagte henvendelser pr. uge og trin, efter at kontaktpolitikken er anvendt.',
    calendarHead: ['Uge fra', 'Plan', 'Trin', 'Kanal', 'Henvendelser', 'Omkostning'],
    noCalendar: 'Der er endnu ikke planlagt nogen henvendelser.',
    moreRows: (rows) => `Yderligere rækker, der ikke er vist: ${rows} (medregnet i totalen)`,
    total: 'I alt',
    budgetHeading: 'Budget',
    budgetHead: ['Post', 'Beløb'],
    noBudget: 'Der er endnu ikke fastsat et budget.',
    kpisHeading: 'Nøgletal, der skal følges',
    nextStepsHeading: 'Næste skridt',
  },
  nb: {
    title: 'Forslag til kundeprogram',
    preparedBy: (agency) => `Utarbeidet av ${agency}`,
    page: 'Side',
    of: 'av',
    baseHeading: 'Kundegrunnlaget',
    baseIntro: (date) => `Tallene gjelder de 12 månedene fram til ${date}.`,
    metricHead: ['Nøkkeltall', 'Verdi'],
    customers: 'Kunder',
    buyers12m: 'Kunder som har handlet de siste 12 månedene',
    revenue12m: 'Omsetning de siste 12 månedene',
    repeatRate: 'Gjenkjøpsandel',
    averageBasket: 'Gjennomsnittlig kjøp',
    purchasesPerBuyer: 'Kjøp per kunde per år',
    topFifthRevenueShare: 'Andel av omsetningen fra de 20 % beste kundene',
    referralShare: 'Kunder som har kommet via anbefaling',
    lapsedShare: 'Inaktive kunder (ingen kjøp på 12 måneder)',
    revenueChart: 'Omsetning per måned',
    partialMonth: (date) => `Den siste måneden går bare fram til ${date}.`,
    rfmChart: 'Kunder fordelt på RFM-grupper (siste kjøp, kjøpsfrekvens, kjøpsbeløp)',
    segmentsHeading: 'Segmenter',
    segmentsHead: ['Segment', 'Kunder'],
    noSegments: 'Det er ennå ikke lagret noen segmenter.',
    programHeading: 'Det anbefalte programmet',
    noProgram: 'Det er ennå ikke valgt et program.',
    why: 'Derfor anbefaler vi programmet',
    facts: 'Programmet i korte trekk',
    type: 'Type',
    channels: 'Kanaler',
    budget: 'Budsjett',
    period: 'Periode',
    notSet: 'Ikke fastsatt',
    untilFurtherNotice: 'inntil videre',
    benefits: 'Dette får medlemmene',
    stampFor: 'Et stempel for',
    eachPurchase: 'hvert kjøp',
    eachAmount: (money) => `hver ${money} det handles for`,
    stampsForReward: 'Antall stempler for en belønning',
    reward: 'Belønning',
    costPerReward: 'Kostnad per belønning',
    pointsPer: (money) => `Poeng per ${money}`,
    rewardAtPoints: (points) => `Belønning ved ${points} poeng`,
    pointsExpireAfter: 'Poengene utløper etter',
    never: 'Aldri',
    tiersMeasuredOn: 'Nivåene beregnes ut fra',
    spend: 'kjøpsbeløp',
    purchases: 'antall kjøp',
    tierFrom: 'fra',
    advocateReward: 'Belønning til kunden som anbefaler',
    friendReward: 'Belønning til den nye kunden',
    lapsedAfter: 'Ingen kjøp på mer enn',
    economicsHeading: 'Økonomi',
    economicsIntro: 'Anslått for ett år ut fra kjøpshistorikken for de siste 12 månedene.',
    noEconomics: 'Økonomien er ennå ikke beregnet.',
    assumptions: 'Forutsetninger',
    assumptionHead: ['Forutsetning', 'Verdi'],
    upliftKinds: { retention: 'Høyere kundelojalitet', frequency: 'Hyppigere kjøp', basket: 'Større kjøp' },
    expectedUplift: 'Forventet forbedring',
    redemption: 'Andel av belønningene som løses inn',
    join: 'Andel av målgruppen som blir med',
    postage: 'Porto per henvendelse',
    contacts: 'Henvendelser per medlem per år',
    fixedCost: 'Faste kostnader per år',
    grossMargin: 'Dekningsgrad',
    figures: 'Tallene',
    figureHead: ['Nøkkeltall', 'Verdi', 'Slik er det beregnet'],
    howInEnglish: 'Beregningene er forklart på engelsk.',
    sensitivity: 'Følsomhetsanalyse: resultat per år',
    sensitivityIntro: 'Resultat per år etter forbedring (rader) og andel innløste belønninger (kolonner). Forutsetningene ovenfor er uthevet.',
    sensitivityCorner: 'Forbedring / innløst',
    percentagePoints: 'prosentpoeng',
    calendarHeading: 'Kampanjekalender',
    calendarIntro: 'Planlagte henvendelser per uke og trinn, etter at kontaktpolicyen er lagt til grunn.',
    calendarHead: ['Uke fra', 'Plan', 'Trinn', 'Kanal', 'Henvendelser', 'Kostnad'],
    noCalendar: 'Det er ennå ikke planlagt noen henvendelser.',
    moreRows: (rows) => `Flere rader som ikke er vist: ${rows} (inngår i totalen)`,
    total: 'Totalt',
    budgetHeading: 'Budsjett',
    budgetHead: ['Post', 'Beløp'],
    noBudget: 'Det er ennå ikke fastsatt et budsjett.',
    kpisHeading: 'Nøkkeltall som bør følges',
    nextStepsHeading: 'Neste steg',
  },
  cs: {
    title: 'Návrh programu péče o zákazníky',
    preparedBy: (agency) => `Zpracovatel: ${agency}`,
    page: 'Strana',
    of: 'z',
    baseHeading: 'Zákaznická základna',
    baseIntro: (date) => `Údaje se vztahují k období 12 měsíců do ${date}.`,
    metricHead: ['Ukazatel', 'Hodnota'],
    customers: 'Zákazníci',
    buyers12m: 'Zákazníci s nákupem za posledních 12 měsíců',
    revenue12m: 'Tržby za posledních 12 měsíců',
    repeatRate: 'Míra opakovaných nákupů',
    averageBasket: 'Průměrná hodnota nákupu',
    purchasesPerBuyer: 'Počet nákupů na zákazníka za rok',
    topFifthRevenueShare: 'Podíl tržeb od nejlepších 20 % zákazníků',
    referralShare: 'Zákazníci získaní na doporučení',
    lapsedShare: 'Neaktivní zákazníci (bez nákupu 12 měsíců)',
    revenueChart: 'Tržby podle měsíců',
    partialMonth: (date) => `Poslední měsíc zahrnuje jen dny do ${date}.`,
    rfmChart: 'Zákazníci podle skupin RFM (poslední nákup, četnost nákupů, hodnota nákupů)',
    segmentsHeading: 'Segmenty',
    segmentsHead: ['Segment', 'Počet zákazníků'],
    noSegments: 'Zatím nejsou uloženy žádné segmenty.',
    programHeading: 'Doporučený program',
    noProgram: 'Program zatím nebyl vybrán.',
    why: 'Proč doporučujeme tento program',
    facts: 'Program v kostce',
    type: 'Typ',
    channels: 'Komunikační kanály',
    budget: 'Rozpočet',
    period: 'Období',
    notSet: 'Neurčeno',
    untilFurtherNotice: 'na dobu neurčitou',
    benefits: 'Co členové získají',
    stampFor: 'Razítko za',
    eachPurchase: 'každý nákup',
    eachAmount: (money) => `každých ${money} útraty`,
    stampsForReward: 'Počet razítek pro získání odměny',
    reward: 'Odměna',
    costPerReward: 'Náklad na jednu odměnu',
    pointsPer: (money) => `Body za ${money} útraty`,
    rewardAtPoints: (points) => `Odměna při dosažení ${points} bodů`,
    pointsExpireAfter: 'Platnost bodů',
    never: 'Neomezená',
    tiersMeasuredOn: 'Úroveň se určuje podle',
    spend: 'výše útraty',
    purchases: 'počtu nákupů',
    tierFrom: 'od',
    advocateReward: 'Odměna pro zákazníka, který doporučí',
    friendReward: 'Odměna pro nového zákazníka',
    lapsedAfter: 'Bez nákupu déle než',
    economicsHeading: 'Ekonomika programu',
    economicsIntro: 'Odhad na jeden rok vychází z historie nákupů za posledních 12 měsíců.',
    noEconomics: 'Ekonomika programu zatím nebyla vypočtena.',
    assumptions: 'Předpoklady',
    assumptionHead: ['Předpoklad', 'Hodnota'],
    upliftKinds: { retention: 'Vyšší míra udržení zákazníků', frequency: 'Častější nákupy', basket: 'Vyšší hodnota nákupu' },
    expectedUplift: 'Očekávané zlepšení',
    redemption: 'Podíl uplatněných odměn',
    join: 'Podíl cílové skupiny, který se zapojí',
    postage: 'Poštovné za jeden kontakt',
    contacts: 'Počet kontaktů na člena za rok',
    fixedCost: 'Fixní náklady za rok',
    grossMargin: 'Hrubá marže',
    figures: 'Výsledky výpočtu',
    figureHead: ['Ukazatel', 'Hodnota', 'Způsob výpočtu'],
    howInEnglish: 'Popis výpočtů je uveden v angličtině.',
    sensitivity: 'Citlivostní analýza: zisk za rok',
    sensitivityIntro: 'Zisk za rok podle zlepšení (řádky) a podílu uplatněných odměn (sloupce). Varianta podle výše uvedených předpokladů je zvýrazněna.',
    sensitivityCorner: 'Zlepšení / uplatněno',
    percentagePoints: 'p. b.',
    calendarHeading: 'Harmonogram kampaní',
    calendarIntro: 'Naplánované kontakty podle týdnů a kroků po uplatnění pravidel pro kontaktování zákazníků.',
    calendarHead: ['Týden od', 'Plán', 'Krok', 'Kanál', 'Kontakty', 'Náklady'],
    noCalendar: 'Zatím nejsou naplánovány žádné kontakty.',
    moreRows: (rows) => `Další nezobrazené řádky: ${rows} (jsou zahrnuty v celkovém součtu)`,
    total: 'Celkem',
    budgetHeading: 'Rozpočet',
    budgetHead: ['Položka', 'Částka'],
    noBudget: 'Rozpočet zatím nebyl stanoven.',
    kpisHeading: 'Sledované ukazatele (KPI)',
    nextStepsHeading: 'Další kroky',
  },
  sl: {
    title: 'Predlog programa za odnose s strankami',
    preparedBy: (agency) => `Pripravil: ${agency}`,
    page: 'Stran',
    of: 'od',
    baseHeading: 'Baza strank',
    baseIntro: (date) => `Podatki zajemajo obdobje 12 mesecev do ${date}.`,
    metricHead: ['Kazalnik', 'Vrednost'],
    customers: 'Stranke',
    buyers12m: 'Stranke z nakupom v zadnjih 12 mesecih',
    revenue12m: 'Prihodki v zadnjih 12 mesecih',
    repeatRate: 'Stopnja ponovnih nakupov',
    averageBasket: 'Povprečna vrednost nakupa',
    purchasesPerBuyer: 'Število nakupov na stranko na leto',
    topFifthRevenueShare: 'Delež prihodkov od najboljših 20 % strank',
    referralShare: 'Stranke, pridobljene s priporočilom',
    lapsedShare: 'Neaktivne stranke (brez nakupa 12 mesecev)',
    revenueChart: 'Prihodki po mesecih',
    partialMonth: (date) => `Zadnji mesec zajema le dni do ${date}.`,
    rfmChart: 'Stranke po skupinah RFM (zadnji nakup, pogostost nakupov, vrednost nakupov)',
    segmentsHeading: 'Segmenti',
    segmentsHead: ['Segment', 'Število strank'],
    noSegments: 'Shranjen ni še noben segment.',
    programHeading: 'Priporočeni program',
    noProgram: 'Program še ni izbran.',
    why: 'Zakaj priporočamo ta program',
    facts: 'Program na kratko',
    type: 'Vrsta',
    channels: 'Komunikacijski kanali',
    budget: 'Proračun',
    period: 'Obdobje',
    notSet: 'Ni določeno',
    untilFurtherNotice: 'do preklica',
    benefits: 'Kaj prejmejo člani',
    stampFor: 'Žig za',
    eachPurchase: 'vsak nakup',
    eachAmount: (money) => `vsakih ${money} porabe`,
    stampsForReward: 'Število žigov za nagrado',
    reward: 'Nagrada',
    costPerReward: 'Strošek na nagrado',
    pointsPer: (money) => `Točke za ${money} porabe`,
    rewardAtPoints: (points) => `Nagrada ob doseženih ${points} točkah`,
    pointsExpireAfter: 'Veljavnost točk',
    never: 'Neomejena',
    tiersMeasuredOn: 'Raven se določi glede na',
    spend: 'višino porabe',
    purchases: 'število nakupov',
    tierFrom: 'od',
    advocateReward: 'Nagrada za stranko, ki priporoči',
    friendReward: 'Nagrada za novo stranko',
    lapsedAfter: 'Brez nakupa več kot',
    economicsHeading: 'Ekonomika programa',
    economicsIntro: 'Ocena za eno leto temelji na zgodovini nakupov v zadnjih 12 mesecih.',
    noEconomics: 'Ekonomika programa še ni izračunana.',
    assumptions: 'Predpostavke',
    assumptionHead: ['Predpostavka', 'Vrednost'],
    upliftKinds: { retention: 'Večje zadržanje strank', frequency: 'Pogostejši nakupi', basket: 'Višja vrednost nakupa' },
    expectedUplift: 'Pričakovano izboljšanje',
    redemption: 'Delež unovčenih nagrad',
    join: 'Delež ciljne skupine, ki se pridruži',
    postage: 'Poštnina na stik',
    contacts: 'Število stikov na člana na leto',
    fixedCost: 'Fiksni stroški na leto',
    grossMargin: 'Bruto marža',
    figures: 'Izračunane vrednosti',
    figureHead: ['Kazalnik', 'Vrednost', 'Način izračuna'],
    howInEnglish: 'Opis izračunov je v angleščini.',
    sensitivity: 'Analiza občutljivosti: dobiček na leto',
    sensitivityIntro: 'Dobiček na leto glede na izboljšanje (vrstice) in delež unovčenih nagrad (stolpci). Različica po zgornjih predpostavkah je označena.',
    sensitivityCorner: 'Izboljšanje / unovčeno',
    percentagePoints: 'o. t.',
    calendarHeading: 'Koledar kampanj',
    calendarIntro: 'Načrtovani stiki po tednih in korakih po upoštevanju pravil za stike s strankami.',
    calendarHead: ['Teden od', 'Načrt', 'Korak', 'Kanal', 'Stiki', 'Stroški'],
    noCalendar: 'Načrtovan ni še noben stik.',
    moreRows: (rows) => `Nadaljnje vrstice, ki niso prikazane: ${rows} (vključene so v skupni seštevek)`,
    total: 'Skupaj',
    budgetHeading: 'Proračun',
    budgetHead: ['Postavka', 'Znesek'],
    noBudget: 'Proračun še ni določen.',
    kpisHeading: 'Ključni kazalniki za spremljanje',
    nextStepsHeading: 'Naslednji koraki',
  },
};
