import type { Language } from '../../domain/profile';
import { INTL_LOCALES, formatMoney } from '../template/formats';
import { money, num, share } from './words';

/**
 * The recommendations' reasons in the five languages (recommend.ts words each rule's reasons with these). The app
 * shows them in English like the rest of its reasoning; the campaign proposal is written in the business's
 * language, reasons included. English numbers come from words.ts (the same on every machine); the other
 * languages format numbers and money with Intl, as the documents do.
 *
 * Every value arrives formatted, so a sentence only places it. Where a language would have to bend a noun after a
 * number (Czech, Slovenian), the sentence is built so that it need not ("the number of …: 4,8").
 */

export interface ReasonFormat {
  num: (value: number, decimals: number) => string;
  /** A share 0–1 as a percentage. */
  share: (value: number, decimals?: number) => string;
  money: (minor: number, currency: string) => string;
}

export interface ReasonWords {
  format: ReasonFormat;
  /** "4.8 purchases per buyer in the last 12 months" */
  perYear: (n: string) => string;
  /** "an average purchase of 32.80 DKK (about 4.40 EUR)": a noun phrase, capitalised where it starts a sentence. */
  basket: (average: string, euro: string | null) => string;
  stampOften: (perYear: string, min: string) => string;
  stampSmall: (basket: string, max: string) => string;
  stampSimple: string;
  pointsOften: (perYear: string, min: string) => string;
  pointsBigger: (basket: string) => string;
  pointsFairer: (basket: string) => string;
  accountB2b: string;
  accountCompanies: (share: string) => string;
  accountFew: (buyers: string, value: string) => string;
  accountPersonal: string;
  tiersTop: (share: string, min: string) => string;
  tiersAccounts: string;
  tiersStatus: string;
  referralVisible: (share: string, min: string) => string;
  referralThank: string;
  thankYouEveryone: string;
  thankYouBuyers: (buyers: string) => string;
  winBackLapsed: (share: string, min: string) => string;
  winBackNote: string;
  birthdaysKnown: (customers: string, share: string) => string;
  birthdaysFew: (customers: string, share: string) => string;
  birthdaysNone: string;
  surprise: string;
  notPointsForAccounts: string;
  notStampsForAccounts: string;
  notStampsRare: (perYear: string) => string;
  notPointsRare: (perYear: string) => string;
}

const cap = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function intlFormat(language: Language): ReasonFormat {
  const locale = INTL_LOCALES[language];
  const decimal = (value: number, decimals: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }).format(value);
  return {
    num: decimal,
    share: (value, decimals = 1) => `${decimal(value * 100, decimals)} %`,
    money: (minor, currency) => formatMoney(Math.round(minor), currency, language),
  };
}

const en: ReasonWords = {
  format: { num, share, money },
  perYear: (n) => `${n} purchases per buyer in the last 12 months`,
  basket: (average, euro) => `an average purchase of ${average}${euro ? ` (about ${euro})` : ''}`,
  stampOften: (perYear, min) => `Customers come back often: ${perYear} (a stamp card suits ${min} or more).`,
  stampSmall: (basket, max) => `Purchases are small: ${basket} (at most ${max} counts as small).`,
  stampSimple: '"Buy 10, get one free" is simple to explain at the counter and rewards exactly this habit.',
  pointsOften: (perYear, min) => `Customers come back often: ${perYear} (points suit ${min} or more).`,
  pointsBigger: (basket) => `With ${basket}, points reward bigger baskets more than a stamp card does.`,
  pointsFairer: (basket) => `With ${basket}, points (earned per amount spent) are fairer than a stamp per purchase.`,
  accountB2b: 'The business sells to other businesses (B2B in the profile).',
  accountCompanies: (s) => `${s} of the customers are companies or people at one.`,
  accountFew: (buyers, value) => `Few accounts with a high value: ${buyers} buyers, each worth ${value} a year on average.`,
  accountPersonal: 'Accounts are kept with personal notes, well-chosen gifts and a yearly account review, not with points.',
  tiersTop: (s, min) => `The top 20 % of buyers bring ${s} of the revenue (${min} or more is a strong top group).`,
  tiersAccounts: 'Recognise the key accounts with VIP attention: first call on news, an invitation, a named contact.',
  tiersStatus: 'Tiers let the best customers see their status and what the next level brings.',
  referralVisible: (s, min) => `Word of mouth is already visible: ${s} of the customers came by referral (${min} or more).`,
  referralThank: 'Thank the advocates and welcome their friends with a small reward each.',
  thankYouEveryone: 'Every business gains from a thank-you after a purchase: it is the cheapest attention there is.',
  thankYouBuyers: (buyers) => `${buyers} buyers in the last 12 months would each have received one.`,
  winBackLapsed: (s, min) => `${s} of the customers bought before but not in the last 12 months (${min} or more is worth a win-back).`,
  winBackNote: 'A personal note that asks how they are, with a reason to come back, wins some of them back for little.',
  birthdaysKnown: (n, s) => `Birthdays are known for ${n} customers (${s}): a birthday note is personal and expected.`,
  birthdaysFew: (n, s) => `Birthdays are known for only ${n} customers (${s}): mark the anniversary of the first purchase, and ask for birthdays.`,
  birthdaysNone: 'No birthdays are on file: mark the anniversary of the first purchase (and ask for birthdays).',
  surprise: 'An unexpected small gift or gesture, now and then, is remembered far longer than a discount.',
  notPointsForAccounts: 'Points feel transactional to accounts you know by name; personal attention keeps them better.',
  notStampsForAccounts: 'A stamp card suits many small purchases at a counter, not business accounts.',
  notStampsRare: (perYear) => `Customers buy rarely (${perYear}): a card of ten stamps would take years to fill.`,
  notPointsRare: (perYear) => `Customers buy rarely (${perYear}): points would hardly ever reach a reward.`,
};

const da: ReasonWords = {
  format: intlFormat('da'),
  perYear: (n) => `${n} køb pr. køber de seneste 12 måneder`,
  basket: (average, euro) => `et gennemsnitligt køb på ${average}${euro ? ` (ca. ${euro})` : ''}`,
  stampOften: (perYear, min) => `Kunderne kommer ofte igen: ${perYear} (et stempelkort passer fra ${min} og op).`,
  stampSmall: (basket, max) => `Købene er små: ${basket} (højst ${max} regnes som småt).`,
  stampSimple: '»Køb 10, få ét gratis« er let at forklare ved disken og belønner netop denne vane.',
  pointsOften: (perYear, min) => `Kunderne kommer ofte igen: ${perYear} (point passer fra ${min} og op).`,
  pointsBigger: (basket) => `Med ${basket} belønner point større køb mere, end et stempelkort gør.`,
  pointsFairer: (basket) => `Med ${basket} er point (optjent efter beløb) mere retfærdige end et stempel pr. køb.`,
  accountB2b: 'Virksomheden sælger til andre virksomheder (B2B i profilen).',
  accountCompanies: (s) => `${s} af kunderne er virksomheder eller personer i en virksomhed.`,
  accountFew: (buyers, value) => `Få kunder med høj værdi: ${buyers} købere, hver i gennemsnit ${value} værd om året.`,
  accountPersonal: 'Erhvervskunder fastholdes med personlige hilsner, velvalgte gaver og en årlig kundegennemgang, ikke med point.',
  tiersTop: (s, min) => `De bedste 20 % af køberne står for ${s} af omsætningen (${min} eller mere er en stærk topgruppe).`,
  tiersAccounts: 'Anerkend nøglekunderne med VIP-opmærksomhed: først med nyhederne, en invitation, en fast kontaktperson.',
  tiersStatus: 'Niveauer lader de bedste kunder se deres status, og hvad næste niveau giver.',
  referralVisible: (s, min) => `Anbefalinger er allerede synlige: ${s} af kunderne kom via en anbefaling (${min} eller mere).`,
  referralThank: 'Tak ambassadørerne, og byd deres venner velkommen med en lille belønning til hver.',
  thankYouEveryone: 'Enhver virksomhed har gavn af et tak efter et køb: det er den billigste opmærksomhed, der findes.',
  thankYouBuyers: (buyers) => `${buyers} købere de seneste 12 måneder ville hver have fået et.`,
  winBackLapsed: (s, min) => `${s} af kunderne har købt før, men ikke de seneste 12 måneder (${min} eller mere er værd at vinde tilbage).`,
  winBackNote: 'En personlig hilsen, der spørger, hvordan det går, og giver en grund til at komme igen, vinder nogle af dem tilbage for få penge.',
  birthdaysKnown: (n, s) => `Fødselsdagen kendes for ${n} kunder (${s}): en fødselsdagshilsen er personlig og ventet.`,
  birthdaysFew: (n, s) => `Fødselsdagen kendes kun for ${n} kunder (${s}): fejr årsdagen for det første køb, og spørg efter fødselsdage.`,
  birthdaysNone: 'Ingen fødselsdage er registreret: fejr årsdagen for det første køb (og spørg efter fødselsdage).',
  surprise: 'En uventet lille gave eller gestus en gang imellem huskes langt længere end en rabat.',
  notPointsForAccounts: 'Point føles som en handel for kunder, man kender ved navn; personlig opmærksomhed fastholder dem bedre.',
  notStampsForAccounts: 'Et stempelkort passer til mange små køb ved en disk, ikke til erhvervskunder.',
  notStampsRare: (perYear) => `Kunderne køber sjældent (${perYear}): et kort med ti stempler ville tage år at fylde.`,
  notPointsRare: (perYear) => `Kunderne køber sjældent (${perYear}): point ville næsten aldrig nå en belønning.`,
};

const nb: ReasonWords = {
  format: intlFormat('nb'),
  perYear: (n) => `${n} kjøp per kjøper de siste 12 månedene`,
  basket: (average, euro) => `et gjennomsnittlig kjøp på ${average}${euro ? ` (ca. ${euro})` : ''}`,
  stampOften: (perYear, min) => `Kundene kommer ofte tilbake: ${perYear} (et stempelkort passer fra ${min} og oppover).`,
  stampSmall: (basket, max) => `Kjøpene er små: ${basket} (høyst ${max} regnes som lite).`,
  stampSimple: '«Kjøp 10, få ett gratis» er enkelt å forklare ved disken og belønner nettopp denne vanen.',
  pointsOften: (perYear, min) => `Kundene kommer ofte tilbake: ${perYear} (poeng passer fra ${min} og oppover).`,
  pointsBigger: (basket) => `Med ${basket} belønner poeng større kjøp mer enn et stempelkort gjør.`,
  pointsFairer: (basket) => `Med ${basket} er poeng (opptjent etter beløp) mer rettferdig enn et stempel per kjøp.`,
  accountB2b: 'Virksomheten selger til andre virksomheter (B2B i profilen).',
  accountCompanies: (s) => `${s} av kundene er bedrifter eller personer i en bedrift.`,
  accountFew: (buyers, value) => `Få kunder med høy verdi: ${buyers} kjøpere, hver i snitt verdt ${value} i året.`,
  accountPersonal: 'Bedriftskunder holdes på med personlige hilsener, godt valgte gaver og en årlig kundegjennomgang, ikke med poeng.',
  tiersTop: (s, min) => `De beste 20 % av kjøperne står for ${s} av omsetningen (${min} eller mer er en sterk toppgruppe).`,
  tiersAccounts: 'Anerkjenn nøkkelkundene med VIP-oppmerksomhet: først ute med nyheter, en invitasjon, en fast kontaktperson.',
  tiersStatus: 'Nivåer lar de beste kundene se statusen sin og hva neste nivå gir.',
  referralVisible: (s, min) => `Anbefalinger er allerede synlige: ${s} av kundene kom via en anbefaling (${min} eller mer).`,
  referralThank: 'Takk ambassadørene, og ønsk vennene deres velkommen med en liten belønning til hver.',
  thankYouEveryone: 'Enhver virksomhet tjener på en takk etter et kjøp: det er den billigste oppmerksomheten som finnes.',
  thankYouBuyers: (buyers) => `${buyers} kjøpere de siste 12 månedene ville hver ha fått en.`,
  winBackLapsed: (s, min) => `${s} av kundene har kjøpt før, men ikke de siste 12 månedene (${min} eller mer er verdt å vinne tilbake).`,
  winBackNote: 'En personlig hilsen som spør hvordan de har det, med en grunn til å komme tilbake, vinner noen av dem tilbake for lite penger.',
  birthdaysKnown: (n, s) => `Bursdagen er kjent for ${n} kunder (${s}): en bursdagshilsen er personlig og ventet.`,
  birthdaysFew: (n, s) => `Bursdagen er bare kjent for ${n} kunder (${s}): mark årsdagen for det første kjøpet, og spør etter bursdager.`,
  birthdaysNone: 'Ingen bursdager er registrert: mark årsdagen for det første kjøpet (og spør etter bursdager).',
  surprise: 'En uventet liten gave eller gest av og til huskes mye lenger enn en rabatt.',
  notPointsForAccounts: 'Poeng føles som en handel for kunder du kjenner ved navn; personlig oppmerksomhet holder på dem bedre.',
  notStampsForAccounts: 'Et stempelkort passer for mange små kjøp ved en disk, ikke for bedriftskunder.',
  notStampsRare: (perYear) => `Kundene kjøper sjelden (${perYear}): et kort med ti stempler ville ta år å fylle.`,
  notPointsRare: (perYear) => `Kundene kjøper sjelden (${perYear}): poeng ville nesten aldri nå en belønning.`,
};

const cs: ReasonWords = {
  format: intlFormat('cs'),
  perYear: (n) => `počet nákupů na kupujícího za posledních 12 měsíců: ${n}`,
  basket: (average, euro) => `průměrný nákup ${average}${euro ? ` (asi ${euro})` : ''}`,
  stampOften: (perYear, min) => `Zákazníci se často vracejí – ${perYear} (karta s razítky se hodí od ${min}).`,
  stampSmall: (basket, max) => `Nákupy jsou malé – ${basket} (za malý se považuje nákup do ${max}).`,
  stampSimple: '„Kupte 10, jeden máte zdarma“ se u pultu snadno vysvětlí a odměňuje právě tento zvyk.',
  pointsOften: (perYear, min) => `Zákazníci se často vracejí – ${perYear} (body se hodí od ${min}).`,
  pointsBigger: (basket) => `${cap(basket)}: body odmění větší nákupy víc než karta s razítky.`,
  pointsFairer: (basket) => `${cap(basket)}: body (podle utracené částky) jsou spravedlivější než razítko za každý nákup.`,
  accountB2b: 'Firma prodává jiným firmám (B2B v profilu).',
  accountCompanies: (s) => `Firmy nebo lidé z firem tvoří ${s} zákazníků.`,
  accountFew: (buyers, value) => `Málo zákazníků s vysokou hodnotou: počet kupujících ${buyers}, každý v průměru za ${value} ročně.`,
  accountPersonal: 'Firemní zákazníky udrží osobní vzkazy, dobře zvolené dárky a každoroční schůzka nad spoluprací, ne body.',
  tiersTop: (s, min) => `Nejlepších 20 % kupujících přináší ${s} tržeb (${min} a více znamená silnou špičku).`,
  tiersAccounts: 'Oceňte klíčové zákazníky VIP péčí: novinky jako první, pozvánka, stálá kontaktní osoba.',
  tiersStatus: 'Úrovně ukážou nejlepším zákazníkům jejich postavení a co přinese další úroveň.',
  referralVisible: (s, min) => `Doporučení už jsou vidět: ${s} zákazníků přišlo na doporučení (${min} a více).`,
  referralThank: 'Poděkujte těm, kdo vás doporučují, a přivítejte jejich přátele malou odměnou pro každého.',
  thankYouEveryone: 'Každé firmě prospěje poděkování po nákupu: je to nejlevnější pozornost, jaká existuje.',
  thankYouBuyers: (buyers) => `Počet kupujících za posledních 12 měsíců, kteří by ho dostali: ${buyers}.`,
  winBackLapsed: (s, min) => `${s} zákazníků nakoupilo dříve, ale ne za posledních 12 měsíců (od ${min} se vyplatí je získat zpět).`,
  winBackNote: 'Osobní vzkaz, který se zeptá, jak se mají, a dá jim důvod se vrátit, získá část z nich zpět za málo peněz.',
  birthdaysKnown: (n, s) => `Narozeniny jsou známé u ${s} zákazníků (${n}): přání k narozeninám je osobní a očekávané.`,
  birthdaysFew: (n, s) => `Narozeniny jsou známé jen u ${s} zákazníků (${n}): připomeňte výročí prvního nákupu a ptejte se na narozeniny.`,
  birthdaysNone: 'Žádné narozeniny nejsou zapsané: připomeňte výročí prvního nákupu (a ptejte se na narozeniny).',
  surprise: 'Nečekaný malý dárek nebo pozornost čas od času si lidé pamatují mnohem déle než slevu.',
  notPointsForAccounts: 'Zákazníkům, které znáte jménem, připadají body jako obchod; osobní pozornost je udrží lépe.',
  notStampsForAccounts: 'Karta s razítky se hodí pro mnoho malých nákupů u pultu, ne pro firemní zákazníky.',
  notStampsRare: (perYear) => `Zákazníci nakupují zřídka (${perYear}): kartu s deseti razítky by plnili roky.`,
  notPointsRare: (perYear) => `Zákazníci nakupují zřídka (${perYear}): body by sotva kdy dosáhly na odměnu.`,
};

const sl: ReasonWords = {
  format: intlFormat('sl'),
  perYear: (n) => `število nakupov na kupca v zadnjih 12 mesecih: ${n}`,
  basket: (average, euro) => `povprečni nakup ${average}${euro ? ` (približno ${euro})` : ''}`,
  stampOften: (perYear, min) => `Stranke se pogosto vračajo – ${perYear} (kartica z žigi je primerna od ${min} naprej).`,
  stampSmall: (basket, max) => `Nakupi so majhni – ${basket} (za majhnega velja nakup do ${max}).`,
  stampSimple: '»Kupite 10, enega dobite brezplačno« je pri pultu enostavno razložiti in nagrajuje prav to navado.',
  pointsOften: (perYear, min) => `Stranke se pogosto vračajo – ${perYear} (točke so primerne od ${min} naprej).`,
  pointsBigger: (basket) => `${cap(basket)}: točke bolj nagradijo večje nakupe kot kartica z žigi.`,
  pointsFairer: (basket) => `${cap(basket)}: točke (glede na porabljeni znesek) so pravičnejše kot žig za vsak nakup.`,
  accountB2b: 'Podjetje prodaja drugim podjetjem (B2B v profilu).',
  accountCompanies: (s) => `Podjetja ali ljudje iz podjetij so ${s} strank.`,
  accountFew: (buyers, value) => `Malo strank z visoko vrednostjo: število kupcev ${buyers}, vsak v povprečju vreden ${value} na leto.`,
  accountPersonal: 'Poslovne stranke ohranite z osebnimi sporočili, skrbno izbranimi darili in letnim pregledom sodelovanja, ne s točkami.',
  tiersTop: (s, min) => `Najboljših 20 % kupcev prinese ${s} prihodkov (${min} ali več pomeni močno vrhnjo skupino).`,
  tiersAccounts: 'Ključnim strankam namenite VIP pozornost: novice najprej, povabilo, stalna kontaktna oseba.',
  tiersStatus: 'Ravni najboljšim strankam pokažejo njihov status in kaj prinaša naslednja raven.',
  referralVisible: (s, min) => `Priporočila so že vidna: ${s} strank je prišlo na priporočilo (${min} ali več).`,
  referralThank: 'Zahvalite se tistim, ki vas priporočajo, in njihove prijatelje sprejmite z majhno nagrado za vsakega.',
  thankYouEveryone: 'Vsakemu podjetju koristi zahvala po nakupu: to je najcenejša pozornost, kar jih je.',
  thankYouBuyers: (buyers) => `Število kupcev v zadnjih 12 mesecih, ki bi jo prejeli: ${buyers}.`,
  winBackLapsed: (s, min) => `${s} strank je nakupovalo prej, v zadnjih 12 mesecih pa ne (od ${min} naprej se jih splača pridobiti nazaj).`,
  winBackNote: 'Osebno sporočilo, ki jih vpraša, kako so, in jim da razlog za vrnitev, jih nekaj pridobi nazaj za malo denarja.',
  birthdaysKnown: (n, s) => `Rojstni dan poznamo pri ${s} strank (${n}): voščilo za rojstni dan je osebno in pričakovano.`,
  birthdaysFew: (n, s) => `Rojstni dan poznamo le pri ${s} strank (${n}): obeležite obletnico prvega nakupa in sprašujte po rojstnih dnevih.`,
  birthdaysNone: 'Nobenega rojstnega dne nimamo zapisanega: obeležite obletnico prvega nakupa (in sprašujte po rojstnih dnevih).',
  surprise: 'Nepričakovano majhno darilo ali pozornost občasno ostane v spominu veliko dlje kot popust.',
  notPointsForAccounts: 'Strankam, ki jih poznate po imenu, se točke zdijo kot kupčija; osebna pozornost jih ohrani bolje.',
  notStampsForAccounts: 'Kartica z žigi je primerna za veliko majhnih nakupov pri pultu, ne za poslovne stranke.',
  notStampsRare: (perYear) => `Stranke kupujejo redko (${perYear}): kartico z desetimi žigi bi polnili leta.`,
  notPointsRare: (perYear) => `Stranke kupujejo redko (${perYear}): točke bi le redko dosegle nagrado.`,
};

export const REASON_WORDS: Record<Language, ReasonWords> = { en, da, nb, cs, sl };
