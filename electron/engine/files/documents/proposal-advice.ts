import type { Language } from '../../../../shared/domain/profile';

/**
 * The proposal's KPIs to watch and next steps, in the business's language. The figures in them are formatted by
 * the caller (a share as "52 %", money in its currency) and passed in, so no placeholder reaches the page.
 */

export interface AdviceFigures {
  repeatRate: string;
  lapsedShare: string;
  averageBasket: string;
  /** The program keeps rewards (stamp card, points, referral). */
  hasRewards: boolean;
}

interface Advice {
  kpis: (f: AdviceFigures) => string[];
  nextSteps: string[];
}

const ADVICE: Record<Language, Advice> = {
  en: {
    kpis: (f) => [
      `Repeat purchase rate: ${f.repeatRate} today; the programme should raise it.`,
      `Share of lapsed customers: ${f.lapsedShare} today; the win-back steps should lower it.`,
      `Average purchase: ${f.averageBasket} today.`,
      ...(f.hasRewards ? ['Rewards earned and redeemed, and their cost at cost price, each month.'] : []),
      'Touches done against those planned, and spending against the budget, each month.',
      'Customer satisfaction (Net Promoter Score) from a short survey twice a year.',
    ],
    nextSteps: [
      'Agree on the programme, its budget and its start date.',
      'Complete consent and postal addresses for the customers the coverage check leaves out.',
      'Activate the campaign plans and schedule them under the contact policy.',
      'Each week, prepare the letters, gift cards and call list from the “This week” list and mark them done.',
      'Review the figures after three months and adjust the programme.',
    ],
  },
  da: {
    kpis: (f) => [
      `Genkøbsrate: ${f.repeatRate} i dag; programmet skal hæve den.`,
      `Andel kunder, der er faldet fra: ${f.lapsedShare} i dag; tilbagevindingstrinnene skal sænke den.`,
      `Gennemsnitligt køb: ${f.averageBasket} i dag.`,
      ...(f.hasRewards ? ['Optjente og indløste belønninger og deres kostpris, hver måned.'] : []),
      'Gennemførte kontakter i forhold til planlagte og forbrug i forhold til budgettet, hver måned.',
      'Kundetilfredshed (Net Promoter Score) fra en kort undersøgelse to gange om året.',
    ],
    nextSteps: [
      'Aftal programmet, budgettet og startdatoen.',
      'Udfyld samtykke og postadresse for de kunder, dækningstjekket udelader.',
      'Aktivér kampagneplanerne, og planlæg dem efter kontaktpolitikken.',
      'Forbered hver uge breve, gavekort og ringeliste fra listen “Denne uge”, og markér dem som udført.',
      'Gennemgå tallene efter tre måneder, og justér programmet.',
    ],
  },
  nb: {
    kpis: (f) => [
      `Gjenkjøpsrate: ${f.repeatRate} i dag; programmet skal øke den.`,
      `Andel kunder som har falt fra: ${f.lapsedShare} i dag; tilbakevinningstrinnene skal senke den.`,
      `Gjennomsnittlig kjøp: ${f.averageBasket} i dag.`,
      ...(f.hasRewards ? ['Opptjente og innløste belønninger og kostprisen for dem, hver måned.'] : []),
      'Gjennomførte kontakter mot planlagte, og forbruk mot budsjettet, hver måned.',
      'Kundetilfredshet (Net Promoter Score) fra en kort undersøkelse to ganger i året.',
    ],
    nextSteps: [
      'Bli enige om programmet, budsjettet og startdatoen.',
      'Fyll inn samtykke og postadresse for kundene dekningssjekken utelater.',
      'Aktiver kampanjeplanene og planlegg dem etter kontaktpolicyen.',
      'Forbered hver uke brev, gavekort og ringeliste fra listen «Denne uken», og merk dem som utført.',
      'Gå gjennom tallene etter tre måneder og juster programmet.',
    ],
  },
  cs: {
    kpis: (f) => [
      `Podíl opakovaných nákupů: dnes ${f.repeatRate}; program by jej měl zvýšit.`,
      `Podíl zákazníků, kteří přestali nakupovat: dnes ${f.lapsedShare}; kroky k jejich získání zpět by jej měly snížit.`,
      `Průměrný nákup: dnes ${f.averageBasket}.`,
      ...(f.hasRewards ? ['Získané a uplatněné odměny a jejich nákladová cena, každý měsíc.'] : []),
      'Uskutečněné kontakty oproti plánovaným a výdaje oproti rozpočtu, každý měsíc.',
      'Spokojenost zákazníků (Net Promoter Score) z krátkého průzkumu dvakrát ročně.',
    ],
    nextSteps: [
      'Schválit program, jeho rozpočet a datum zahájení.',
      'Doplnit souhlasy a poštovní adresy zákazníků, které kontrola pokrytí vynechává.',
      'Aktivovat plány kampaní a naplánovat je podle pravidel kontaktu.',
      'Každý týden připravit dopisy, dárkové kartičky a seznam hovorů ze seznamu „Tento týden“ a označit je jako hotové.',
      'Po třech měsících vyhodnotit čísla a program upravit.',
    ],
  },
  sl: {
    kpis: (f) => [
      `Delež ponovnih nakupov: danes ${f.repeatRate}; program naj ga poveča.`,
      `Delež strank, ki ne kupujejo več: danes ${f.lapsedShare}; koraki za njihovo vrnitev naj ga zmanjšajo.`,
      `Povprečni nakup: danes ${f.averageBasket}.`,
      ...(f.hasRewards ? ['Pridobljene in unovčene nagrade ter njihova nabavna vrednost, vsak mesec.'] : []),
      'Opravljeni stiki v primerjavi z načrtovanimi in poraba v primerjavi s proračunom, vsak mesec.',
      'Zadovoljstvo strank (Net Promoter Score) iz kratke ankete dvakrat na leto.',
    ],
    nextSteps: [
      'Potrditi program, njegov proračun in datum začetka.',
      'Dopolniti privolitve in poštne naslove strank, ki jih preverjanje pokritosti izpusti.',
      'Aktivirati načrte kampanj in jih razporediti po pravilih stikov.',
      'Vsak teden pripraviti pisma, darilne kartice in seznam klicev s seznama »Ta teden« ter jih označiti kot opravljene.',
      'Po treh mesecih pregledati številke in program prilagoditi.',
    ],
  },
};

export function proposalAdvice(language: Language, figures: AdviceFigures): { kpis: string[]; nextSteps: string[] } {
  const advice = ADVICE[language];
  return { kpis: advice.kpis(figures), nextSteps: advice.nextSteps };
}
