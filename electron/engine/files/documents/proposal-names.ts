import type { Language } from '../../../../shared/domain/profile';
import type { ProgramChannel, ProgramType } from '../../../../shared/domain/program';
import type { RfmGroup } from '../../../../shared/domain/rfm';

/**
 * The names the campaign proposal prints for the workspace's own things, in the five languages: program types,
 * channels, the economics figures and the RFM groups. The document's sentences are in proposal-words.ts.
 */

export const PROGRAM_TYPE_WORDS: Record<Language, Record<ProgramType, string>> = {
  en: { stampCard: 'Stamp card', points: 'Points programme', tiers: 'Membership tiers (VIP)', referral: 'Referral programme', thankYou: 'Thank-you after a purchase', winBack: 'Win-back of lapsed customers', anniversary: 'Birthday and anniversary attention', surprise: 'Surprise and delight' },
  da: { stampCard: 'Stempelkort', points: 'Pointprogram', tiers: 'Medlemsniveauer (VIP)', referral: 'Anbefalingsprogram', thankYou: 'Tak efter køb', winBack: 'Genvinding af inaktive kunder', anniversary: 'Opmærksomhed ved fødselsdag og jubilæum', surprise: 'Uventede overraskelser' },
  nb: { stampCard: 'Stempelkort', points: 'Poengprogram', tiers: 'Medlemsnivåer (VIP)', referral: 'Vervingsprogram', thankYou: 'Takk etter kjøp', winBack: 'Gjenvinning av inaktive kunder', anniversary: 'Oppmerksomhet ved bursdag og jubileum', surprise: 'Uventede overraskelser' },
  cs: { stampCard: 'Věrnostní karta s razítky', points: 'Bodový program', tiers: 'Úrovně členství (VIP)', referral: 'Doporučovací program', thankYou: 'Poděkování po nákupu', winBack: 'Získání neaktivních zákazníků zpět', anniversary: 'Pozornost k narozeninám a výročím', surprise: 'Nečekaná překvapení' },
  sl: { stampCard: 'Kartica zvestobe z žigi', points: 'Program zbiranja točk', tiers: 'Ravni članstva (VIP)', referral: 'Program priporočil', thankYou: 'Zahvala po nakupu', winBack: 'Ponovna pridobitev neaktivnih strank', anniversary: 'Pozornost ob rojstnih dnevih in obletnicah', surprise: 'Nepričakovana presenečenja' },
};

export const CHANNEL_WORDS: Record<Language, Record<ProgramChannel, string>> = {
  en: { letter: 'Letter', email: 'Email', phone: 'Phone call', visit: 'Visit', gift: 'Gift', event: 'Event invitation' },
  da: { letter: 'Brev', email: 'E-mail', phone: 'Telefonopkald', visit: 'Besøg', gift: 'Gave', event: 'Invitation til arrangement' },
  nb: { letter: 'Brev', email: 'E-post', phone: 'Telefonsamtale', visit: 'Besøk', gift: 'Gave', event: 'Invitasjon til arrangement' },
  cs: { letter: 'Dopis', email: 'E-mail', phone: 'Telefonát', visit: 'Osobní návštěva', gift: 'Dárek', event: 'Pozvánka na akci' },
  sl: { letter: 'Pismo', email: 'E-pošta', phone: 'Telefonski klic', visit: 'Obisk', gift: 'Darilo', event: 'Vabilo na dogodek' },
};

/**
 * The names of the economics figures (shared/logic/programs/economics.ts, EconomicsFigure.key). A key not listed
 * here prints as it is (figureName), so a figure the economics add later still shows; add its words here.
 */
export const FIGURE_KEYS = [
  'members', 'rewardsEarned', 'rewardsRedeemed', 'rewardCost', 'giftCost', 'postage', 'fixedCost', 'programCost',
  'incrementalRevenue', 'incrementalGrossProfit', 'net', 'paybackMonths', 'breakEvenUplift', 'retentionPlusFive',
  'breakage', 'retentionPlusFiveProfit', 'retentionPlusFiveFirstYear', 'budgetLeft', 'tierMembers',
] as const;

export const FIGURE_WORDS: Record<Language, Record<string, string>> = {
  en: {
    members: 'Expected members', rewardsEarned: 'Rewards earned', rewardsRedeemed: 'Rewards redeemed', rewardCost: 'Cost of rewards (at cost price)',
    giftCost: 'Cost of gifts', postage: 'Postage', fixedCost: 'Fixed cost', programCost: 'Total cost of the programme',
    incrementalRevenue: 'Additional revenue', incrementalGrossProfit: 'Additional gross profit', net: 'Net result per year',
    paybackMonths: 'Payback period', breakEvenUplift: 'Uplift needed to break even', retentionPlusFive: 'Profit effect of +5 % retention',
    breakage: 'Rewards never redeemed (breakage)', retentionPlusFiveProfit: 'Extra lifetime profit with +5 % retention', retentionPlusFiveFirstYear: 'Extra gross profit in the first year with +5 % retention', budgetLeft: 'Budget left', tierMembers: 'Members in {tier}',
  },
  da: {
    members: 'Forventede medlemmer', rewardsEarned: 'Optjente belønninger', rewardsRedeemed: 'Indløste belønninger', rewardCost: 'Omkostning til belønninger (kostpris)',
    giftCost: 'Omkostning til gaver', postage: 'Porto', fixedCost: 'Faste omkostninger', programCost: 'Programmets samlede omkostninger',
    incrementalRevenue: 'Meromsætning', incrementalGrossProfit: 'Ekstra dækningsbidrag', net: 'Nettoresultat pr. år',
    paybackMonths: 'Tilbagebetalingstid', breakEvenUplift: 'Forbedring, der skal til for at gå i nul', retentionPlusFive: 'Resultateffekt af +5 % fastholdelse',
    breakage: 'Belønninger, der aldrig indløses', retentionPlusFiveProfit: 'Ekstra dækningsbidrag over kundernes levetid ved +5 % fastholdelse', retentionPlusFiveFirstYear: 'Ekstra dækningsbidrag det første år ved +5 % fastholdelse', budgetLeft: 'Resterende budget', tierMembers: 'Medlemmer i {tier}',
  },
  nb: {
    members: 'Forventede medlemmer', rewardsEarned: 'Opptjente belønninger', rewardsRedeemed: 'Innløste belønninger', rewardCost: 'Kostnad for belønninger (innkjøpspris)',
    giftCost: 'Kostnad for gaver', postage: 'Porto', fixedCost: 'Faste kostnader', programCost: 'Programmets samlede kostnader',
    incrementalRevenue: 'Økt omsetning', incrementalGrossProfit: 'Økt dekningsbidrag', net: 'Nettoresultat per år',
    paybackMonths: 'Tilbakebetalingstid', breakEvenUplift: 'Forbedring som trengs for å gå i null', retentionPlusFive: 'Resultateffekt av +5 % kundelojalitet',
    breakage: 'Belønninger som aldri innløses', retentionPlusFiveProfit: 'Økt dekningsbidrag over kundenes levetid ved +5 % kundelojalitet', retentionPlusFiveFirstYear: 'Økt dekningsbidrag første år ved +5 % kundelojalitet', budgetLeft: 'Gjenstående budsjett', tierMembers: 'Medlemmer i {tier}',
  },
  cs: {
    members: 'Očekávaný počet členů', rewardsEarned: 'Získané odměny', rewardsRedeemed: 'Uplatněné odměny', rewardCost: 'Náklady na odměny (v nákladových cenách)',
    giftCost: 'Náklady na dárky', postage: 'Poštovné', fixedCost: 'Fixní náklady', programCost: 'Celkové náklady programu',
    incrementalRevenue: 'Dodatečné tržby', incrementalGrossProfit: 'Dodatečný hrubý zisk', net: 'Čistý výsledek za rok',
    paybackMonths: 'Doba návratnosti', breakEvenUplift: 'Zlepšení potřebné k dosažení bodu zvratu', retentionPlusFive: 'Dopad +5 % udržení zákazníků na zisk',
    breakage: 'Nikdy neuplatněné odměny', retentionPlusFiveProfit: 'Dodatečný hrubý zisk za dobu života zákazníků při +5 % udržení', retentionPlusFiveFirstYear: 'Dodatečný hrubý zisk v prvním roce při +5 % udržení', budgetLeft: 'Zbývající rozpočet', tierMembers: 'Členové úrovně {tier}',
  },
  sl: {
    members: 'Pričakovano število članov', rewardsEarned: 'Prislužene nagrade', rewardsRedeemed: 'Unovčene nagrade', rewardCost: 'Stroški nagrad (po nabavni ceni)',
    giftCost: 'Stroški daril', postage: 'Poštnina', fixedCost: 'Fiksni stroški', programCost: 'Skupni stroški programa',
    incrementalRevenue: 'Dodatni prihodki', incrementalGrossProfit: 'Dodatni bruto dobiček', net: 'Neto rezultat na leto',
    paybackMonths: 'Doba povračila', breakEvenUplift: 'Izboljšanje, potrebno za prag rentabilnosti', retentionPlusFive: 'Učinek +5 % zadržanja strank na dobiček',
    breakage: 'Nikoli unovčene nagrade', retentionPlusFiveProfit: 'Dodatni bruto dobiček v življenjski dobi strank ob +5 % zadržanju', retentionPlusFiveFirstYear: 'Dodatni bruto dobiček v prvem letu ob +5 % zadržanju', budgetLeft: 'Preostanek proračuna', tierMembers: 'Člani ravni {tier}',
  },
};

/** A figure's name in the language (a tier's members by the tier's name), or its key when it has no words yet. */
export function figureName(key: string, language: Language): string {
  const words = (k: string) => FIGURE_WORDS[language]?.[k] ?? FIGURE_WORDS.en[k];
  if (key.startsWith('tierMembers:')) return (words('tierMembers') ?? key).replace('{tier}', key.slice('tierMembers:'.length));
  return words(key) ?? key;
}

/** The RFM groups' names in each language, for the caller to word ProposalData.rfmGroups with. */
export const RFM_GROUP_NAMES: Record<Language, Record<RfmGroup, string>> = {
  en: { champions: 'Champions', loyal: 'Loyal', potentialLoyalists: 'Potential loyalists', new: 'New', promising: 'Promising', needAttention: 'Need attention', aboutToSleep: 'About to sleep', atRisk: 'At risk', cantLoseThem: "Can't lose them", hibernating: 'Hibernating', lost: 'Lost' },
  da: { champions: 'Topkunder', loyal: 'Loyale', potentialLoyalists: 'Potentielt loyale', new: 'Nye', promising: 'Lovende', needAttention: 'Kræver opmærksomhed', aboutToSleep: 'Ved at falde fra', atRisk: 'I risikozonen', cantLoseThem: 'Må ikke mistes', hibernating: 'Sovende', lost: 'Tabte' },
  nb: { champions: 'Toppkunder', loyal: 'Lojale', potentialLoyalists: 'Potensielt lojale', new: 'Nye', promising: 'Lovende', needAttention: 'Trenger oppmerksomhet', aboutToSleep: 'I ferd med å falle fra', atRisk: 'I faresonen', cantLoseThem: 'Må ikke mistes', hibernating: 'Sovende', lost: 'Tapte' },
  cs: { champions: 'Šampioni', loyal: 'Věrní', potentialLoyalists: 'Potenciálně věrní', new: 'Noví', promising: 'Slibní', needAttention: 'Vyžadují pozornost', aboutToSleep: 'Usínající', atRisk: 'Ohrožení', cantLoseThem: 'Nesmíme je ztratit', hibernating: 'Spící', lost: 'Ztracení' },
  sl: { champions: 'Prvaki', loyal: 'Zvesti', potentialLoyalists: 'Potencialno zvesti', new: 'Novi', promising: 'Obetavni', needAttention: 'Potrebujejo pozornost', aboutToSleep: 'Tik pred odhodom', atRisk: 'Ogroženi', cantLoseThem: 'Ne smemo jih izgubiti', hibernating: 'Speči', lost: 'Izgubljeni' },
};
