/**
 * Names, streets and towns for the demo customers, per country, with each country's own letters, language and
 * currency. Every company name is made up; street and town names are real places.
 */
export type DemoCountry = 'DK' | 'NO' | 'CZ' | 'SI' | 'GB';

export interface CountryData {
  country: DemoCountry;
  language: 'da' | 'nb' | 'cs' | 'sl' | 'en';
  currency: 'DKK' | 'NOK' | 'CZK' | 'EUR' | 'GBP';
  /** Value of one Danish krone in this currency, for converting the DKK price list. */
  perDkk: number;
  /** Prices end on whole units (DKK, NOK, CZK) or on tenths (EUR, GBP). */
  priceStepMinor: number;
  maleFirst: readonly string[];
  femaleFirst: readonly string[];
  /** Surnames; for Czech the feminine form follows after a slash (Novák/Nováková). */
  lastNames: readonly string[];
  streets: readonly string[];
  /** [postal code, town] */
  towns: ReadonlyArray<readonly [string, string]>;
  emailDomains: readonly string[];
  /** A house address on a street, in the local order. */
  address: (street: string, number: number, letter: string) => string;
  /** A local mobile number as people write it. */
  phone: (digits: (n: number) => string) => string;
  /** Made-up B2B names by type; `{w}` is a word, `{s}` a surname. */
  companies: Record<'café' | 'restaurant' | 'office', readonly string[]>;
  companyWords: readonly string[];
  roles: Record<'café' | 'restaurant' | 'office', readonly string[]>;
}

export const COUNTRIES: Record<DemoCountry, CountryData> = {
  DK: {
    country: 'DK',
    language: 'da',
    currency: 'DKK',
    perDkk: 1,
    priceStepMinor: 100,
    maleFirst: ['Søren', 'Jens', 'Mads', 'Rasmus', 'Mikkel', 'Anders', 'Henrik', 'Lars', 'Frederik', 'Jørgen', 'Niels', 'Bjørn', 'Emil', 'Kasper', 'Morten', 'Christian', 'Jesper', 'Asger', 'Torben', 'Malthe'],
    femaleFirst: ['Mette', 'Anne', 'Sofie', 'Line', 'Camilla', 'Ida', 'Freja', 'Maja', 'Signe', 'Louise', 'Kirsten', 'Birgitte', 'Åse', 'Lærke', 'Astrid', 'Karen', 'Tove', 'Sørine', 'Ditte', 'Mathilde'],
    lastNames: ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen', 'Møller', 'Mortensen', 'Kjær', 'Holm', 'Bødker', 'Dalgaard', 'Østergaard', 'Søndergaard', 'Nørgaard', 'Brøndum', 'Skovgård', 'Lindholm', 'Ærenlund', 'Bæk'],
    streets: ['Nørrebrogade', 'Vesterbrogade', 'Østerbrogade', 'Amagerbrogade', 'Søndergade', 'Frederiksberg Allé', 'Åboulevard', 'Jægersborggade', 'Nørregade', 'Vestergade', 'Møllegade', 'Kongens Gade', 'Brogade', 'Strandvejen', 'Ryesgade', 'Blågårdsgade', 'Sankt Hans Gade', 'Ågade', 'Fælledvej', 'Løvstræde'],
    towns: [
      ['1150', 'København K'], ['2200', 'København N'], ['2100', 'København Ø'], ['1620', 'København V'], ['2300', 'København S'],
      ['2000', 'Frederiksberg'], ['8000', 'Aarhus C'], ['5000', 'Odense C'], ['9000', 'Aalborg'], ['6700', 'Esbjerg'],
      ['4000', 'Roskilde'], ['7100', 'Vejle'], ['8600', 'Silkeborg'], ['3000', 'Helsingør'], ['2800', 'Kongens Lyngby'],
      ['6000', 'Kolding'], ['4700', 'Næstved'], ['9800', 'Hjørring'], ['3400', 'Hillerød'], ['5700', 'Svendborg'], ['8800', 'Viborg'],
    ],
    emailDomains: ['gmail.com', 'hotmail.dk', 'outlook.dk', 'mail.dk', 'live.dk', 'jubii.dk'],
    address: (street, number, letter) => `${street} ${number}${letter ? letter.toUpperCase() : ''}`,
    phone: (d) => `${['2', '3', '4', '5', '6', '7', '8', '9'][Number(d(1)) % 8]}${d(1)} ${d(2)} ${d(2)} ${d(2)}`,
    companies: {
      café: ['Café {w}', 'Kaffebaren {w}', '{w} Kaffe & Kage', 'Bageriet {w}'],
      restaurant: ['Restaurant {w}', 'Spisehuset {w}', 'Bistro {w}', 'Kro {w}'],
      office: ['{s} Arkitekter A/S', '{s} & Co. ApS', '{s} Advokatfirma', '{w} Kommunikation ApS'],
    },
    companyWords: ['Mælkebøtten', 'Bønnen', 'Søpavillonen', 'Lærkereden', 'Havnen', 'Kastanjen', 'Ærø', 'Bryggen', 'Fyrtårnet', 'Solsikken', 'Østerport', 'Skovly', 'Åkanden', 'Grønnegården', 'Møllen', 'Strandly'],
    roles: {
      café: ['Indehaver', 'Daglig leder', 'Barista', 'Butikschef'],
      restaurant: ['Køkkenchef', 'Restaurantchef', 'Indehaver', 'Hovmester'],
      office: ['Kontorchef', 'Office manager', 'Indkøber', 'HR-koordinator'],
    },
  },
  NO: {
    country: 'NO',
    language: 'nb',
    currency: 'NOK',
    perDkk: 1.55,
    priceStepMinor: 100,
    maleFirst: ['Ole', 'Lars', 'Magnus', 'Jonas', 'Håkon', 'Bjørn', 'Øystein', 'Sindre', 'Eirik', 'Kristian', 'Henrik', 'Ørjan', 'Sigurd', 'Andreas', 'Espen', 'Torbjørn', 'Even', 'Aksel'],
    femaleFirst: ['Ingrid', 'Kari', 'Solveig', 'Marit', 'Sigrid', 'Ragnhild', 'Åse', 'Nora', 'Emma', 'Ingeborg', 'Hanne', 'Tone', 'Silje', 'Mari', 'Bjørg', 'Gro', 'Øydis', 'Synnøve'],
    lastNames: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Dahl', 'Halvorsen', 'Sæther', 'Løken', 'Bakke', 'Strøm', 'Ødegård', 'Håland', 'Bråten', 'Sølberg', 'Fjærli', 'Myhre', 'Aasen'],
    streets: ['Karl Johans gate', 'Storgata', 'Thorvald Meyers gate', 'Bogstadveien', 'Markveien', 'Kirkegata', 'Torggata', 'Øvre Slottsgate', 'Søndre gate', 'Dronningens gate', 'Kongens gate', 'Strandgata', 'Løkkeveien', 'Trondheimsveien', 'Sjøgata', 'Bjørnstjerne Bjørnsons gate', 'Nedre Ullevål', 'Skippergata'],
    towns: [
      ['0150', 'Oslo'], ['0182', 'Oslo'], ['0557', 'Oslo'], ['0355', 'Oslo'], ['5003', 'Bergen'], ['5015', 'Bergen'], ['7011', 'Trondheim'],
      ['4006', 'Stavanger'], ['9008', 'Tromsø'], ['4610', 'Kristiansand S'], ['3015', 'Drammen'], ['1606', 'Fredrikstad'],
      ['2609', 'Lillehammer'], ['6002', 'Ålesund'], ['8006', 'Bodø'], ['3110', 'Tønsberg'], ['2317', 'Hamar'],
    ],
    emailDomains: ['gmail.com', 'online.no', 'hotmail.no', 'outlook.com', 'icloud.com'],
    address: (street, number, letter) => `${street} ${number}${letter ? letter.toUpperCase() : ''}`,
    phone: (d) => `${['4', '9'][Number(d(1)) % 2]}${d(2)} ${d(2)} ${d(3)}`,
    companies: {
      café: ['Kafé {w}', 'Kaffebaren {w}', '{w} Kaffe', 'Bakeri {w}'],
      restaurant: ['Restaurant {w}', 'Spiseriet {w}', 'Bistro {w}', '{w} Mat & Vin'],
      office: ['{s} Arkitekter AS', '{s} Advokatfirma AS', '{w} Rådgivning AS', '{s} & Co AS'],
    },
    companyWords: ['Fjellstua', 'Bryggeloftet', 'Kaia', 'Løvetann', 'Ørnereiret', 'Sjøbua', 'Torget', 'Måken', 'Fyret', 'Bjørka', 'Vinterhagen', 'Solsiden', 'Strandkanten', 'Åsen'],
    roles: {
      café: ['Daglig leder', 'Innehaver', 'Barista', 'Butikksjef'],
      restaurant: ['Kjøkkensjef', 'Restaurantsjef', 'Innehaver', 'Hovmester'],
      office: ['Kontorleder', 'Innkjøpsansvarlig', 'Office manager', 'Administrasjonssjef'],
    },
  },
  CZ: {
    country: 'CZ',
    language: 'cs',
    currency: 'CZK',
    perDkk: 3.4,
    priceStepMinor: 1000,
    maleFirst: ['Jan', 'Jiří', 'Petr', 'Josef', 'Pavel', 'Martin', 'Tomáš', 'Jaroslav', 'Miroslav', 'Zdeněk', 'Václav', 'Michal', 'František', 'Jakub', 'Lukáš', 'Ondřej', 'Řehoř', 'Matěj', 'Vojtěch', 'Přemysl'],
    femaleFirst: ['Jana', 'Marie', 'Eva', 'Hana', 'Anna', 'Lenka', 'Kateřina', 'Lucie', 'Věra', 'Alena', 'Petra', 'Veronika', 'Tereza', 'Zuzana', 'Markéta', 'Michaela', 'Šárka', 'Božena', 'Radka', 'Jiřina'],
    lastNames: [
      'Novák/Nováková', 'Svoboda/Svobodová', 'Novotný/Novotná', 'Dvořák/Dvořáková', 'Černý/Černá', 'Procházka/Procházková',
      'Kučera/Kučerová', 'Veselý/Veselá', 'Horák/Horáková', 'Němec/Němcová', 'Marek/Marková', 'Pospíšil/Pospíšilová',
      'Pokorný/Pokorná', 'Hájek/Hájková', 'Král/Králová', 'Jelínek/Jelínková', 'Růžička/Růžičková', 'Beneš/Benešová',
      'Fiala/Fialová', 'Sedláček/Sedláčková', 'Doležal/Doležalová', 'Zeman/Zemanová', 'Kolář/Kolářová', 'Řezníček/Řezníčková',
      'Šimek/Šimková', 'Čermák/Čermáková', 'Šťastný/Šťastná', 'Žák/Žáková',
    ],
    streets: ['Vinohradská', 'Národní', 'Korunní', 'Křižíkova', 'Sokolovská', 'Husova', 'Palackého', 'Masarykova', 'Žižkova', 'Nádražní', 'Komenského', 'Smetanova', 'Dvořákova', 'Jiráskova', 'Školní', 'Zahradní', 'Příčná', 'Šafaříkova', 'Čechova', 'Údolní'],
    towns: [
      ['110 00', 'Praha 1'], ['120 00', 'Praha 2'], ['130 00', 'Praha 3'], ['170 00', 'Praha 7'], ['602 00', 'Brno'], ['702 00', 'Ostrava'],
      ['301 00', 'Plzeň'], ['460 01', 'Liberec'], ['779 00', 'Olomouc'], ['370 01', 'České Budějovice'], ['500 02', 'Hradec Králové'],
      ['400 01', 'Ústí nad Labem'], ['530 02', 'Pardubice'], ['586 01', 'Jihlava'], ['760 01', 'Zlín'], ['381 01', 'Český Krumlov'],
      ['360 01', 'Karlovy Vary'], ['674 01', 'Třebíč'],
    ],
    emailDomains: ['seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz', 'post.cz'],
    address: (street, number) => `${street} ${number * 7 + 100}/${number}`,
    phone: (d) => `${['6', '7'][Number(d(1)) % 2]}${['0', '2', '3', '7'][Number(d(1)) % 4]}${d(1)} ${d(3)} ${d(3)}`,
    companies: {
      café: ['Kavárna {w}', 'Kafe {w}', 'Cukrárna {w}', 'Pekárna {w}'],
      restaurant: ['Restaurace {w}', 'Bistro {w}', 'Hostinec {w}', 'Vinárna {w}'],
      office: ['{s} a partneři s.r.o.', 'Ateliér {s} s.r.o.', 'Advokátní kancelář {s}', '{w} Consulting s.r.o.'],
    },
    companyWords: ['Na Rohu', 'Pod Věží', 'Čtyřlístek', 'Šálek', 'U Řeky', 'Zlatá Lžička', 'Na Náměstí', 'Kočičí Kámen', 'Dobrá Čajovna', 'U Tří Pštrosů', 'Mlýnek', 'Lípa', 'Špaček', 'Modrý Hrnek'],
    roles: {
      café: ['Majitel', 'Provozní', 'Barista', 'Vedoucí kavárny'],
      restaurant: ['Šéfkuchař', 'Provozní', 'Majitel', 'Vedoucí směny'],
      office: ['Office manažer', 'Vedoucí kanceláře', 'Nákupčí', 'Asistent ředitele'],
    },
  },
  SI: {
    country: 'SI',
    language: 'sl',
    currency: 'EUR',
    perDkk: 0.134,
    priceStepMinor: 10,
    maleFirst: ['Luka', 'Jan', 'Matej', 'Žiga', 'Nejc', 'Marko', 'Andrej', 'Janez', 'Tomaž', 'Gašper', 'Primož', 'Boštjan', 'Rok', 'Aljaž', 'Matjaž', 'Uroš', 'Jože', 'Blaž'],
    femaleFirst: ['Maja', 'Ana', 'Nina', 'Eva', 'Petra', 'Mojca', 'Špela', 'Urška', 'Tjaša', 'Nataša', 'Barbara', 'Katja', 'Mateja', 'Živa', 'Alenka', 'Polona', 'Saša', 'Neža'],
    lastNames: ['Novak', 'Horvat', 'Kovačič', 'Krajnc', 'Zupančič', 'Potočnik', 'Kovač', 'Mlakar', 'Kos', 'Vidmar', 'Golob', 'Turk', 'Kralj', 'Božič', 'Korošec', 'Zupan', 'Bizjak', 'Hribar', 'Kavčič', 'Rozman', 'Oblak', 'Žagar', 'Petek', 'Kolar', 'Košir', 'Jerič', 'Šuštar', 'Žnidaršič'],
    streets: ['Slovenska cesta', 'Čopova ulica', 'Trubarjeva cesta', 'Prešernova cesta', 'Gosposvetska cesta', 'Tržaška cesta', 'Celovška cesta', 'Dunajska cesta', 'Šmartinska cesta', 'Cankarjeva ulica', 'Gregorčičeva ulica', 'Mestni trg', 'Stari trg', 'Partizanska cesta', 'Kidričeva ulica', 'Koroška cesta', 'Ulica heroja Šaranoviča'],
    towns: [
      ['1000', 'Ljubljana'], ['2000', 'Maribor'], ['3000', 'Celje'], ['4000', 'Kranj'], ['6000', 'Koper'], ['8000', 'Novo mesto'],
      ['5000', 'Nova Gorica'], ['9000', 'Murska Sobota'], ['4260', 'Bled'], ['6320', 'Portorož'], ['3320', 'Velenje'], ['2250', 'Ptuj'],
      ['1360', 'Vrhnika'], ['4220', 'Škofja Loka'], ['1230', 'Domžale'],
    ],
    emailDomains: ['gmail.com', 'siol.net', 't-2.net', 'amis.net', 'yahoo.com'],
    address: (street, number, letter) => `${street} ${number}${letter}`,
    phone: (d) => `0${['30', '31', '40', '41', '51', '64', '68', '70'][Number(d(1)) % 8]} ${d(3)} ${d(3)}`,
    companies: {
      café: ['Kavarna {w}', 'Kafič {w}', 'Slaščičarna {w}', 'Pekarna {w}'],
      restaurant: ['Gostilna {w}', 'Bistro {w}', 'Restavracija {w}', 'Okrepčevalnica {w}'],
      office: ['{s} in partnerji d.o.o.', 'Arhitekturni biro {s}', 'Odvetniška pisarna {s}', '{w} svetovanje d.o.o.'],
    },
    companyWords: ['Žabica', 'Pri Mostu', 'Čebelica', 'Pri Lipi', 'Tromostovje', 'Zvezda', 'Pod Gradom', 'Rožnik', 'Šmarna', 'Kresnička', 'Ob Reki', 'Murka', 'Pri Vodnjaku'],
    roles: {
      café: ['Lastnik', 'Poslovodja', 'Barist', 'Vodja kavarne'],
      restaurant: ['Vodja kuhinje', 'Lastnica', 'Poslovodja', 'Šef strežbe'],
      office: ['Poslovna sekretarka', 'Vodja pisarne', 'Nabavni referent', 'Office manager'],
    },
  },
  GB: {
    country: 'GB',
    language: 'en',
    currency: 'GBP',
    perDkk: 0.115,
    priceStepMinor: 10,
    maleFirst: ['James', 'Oliver', 'Harry', 'George', 'Thomas', 'William', 'Jack', 'Daniel', 'Samuel', 'Edward', 'Callum', 'Rhys', 'Owen', 'Alistair', 'Rohan', 'Declan'],
    femaleFirst: ['Olivia', 'Amelia', 'Emily', 'Isla', 'Sophie', 'Charlotte', 'Grace', 'Hannah', 'Chloe', 'Eleanor', 'Siobhan', 'Niamh', 'Fiona', 'Harriet', 'Priya', 'Imogen'],
    lastNames: ['Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Clarke', 'Patel', "O'Brien", 'MacLeod', 'Campbell'],
    streets: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane', 'Park Road', 'King Street', 'Queen Street', 'The Crescent', 'Market Street', 'Bridge Street', 'Castle Street', 'Grove Road', 'Albert Road', 'Orchard Way'],
    towns: [
      ['EC1V', 'London'], ['SE1', 'London'], ['N1', 'London'], ['E8', 'London'], ['M4', 'Manchester'], ['BS1', 'Bristol'], ['EH1', 'Edinburgh'],
      ['G1', 'Glasgow'], ['LS1', 'Leeds'], ['B1', 'Birmingham'], ['BN1', 'Brighton'], ['CF10', 'Cardiff'], ['OX1', 'Oxford'],
      ['CB2', 'Cambridge'], ['YO1', 'York'], ['NE1', 'Newcastle upon Tyne'], ['L1', 'Liverpool'], ['BA1', 'Bath'],
    ],
    emailDomains: ['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk', 'hotmail.co.uk'],
    address: (street, number) => `${number} ${street}`,
    phone: (d) => `07${d(3)} ${d(6)}`,
    companies: {
      café: ['The {w} Café', '{w} Coffee House', '{w} Bakehouse', 'Café {w}'],
      restaurant: ['The {w}', '{w} Kitchen', '{w} Bistro', 'The {w} Arms'],
      office: ['{s} & Partners LLP', '{s} Architects Ltd', '{s} Associates', '{w} Studio Ltd'],
    },
    companyWords: ['Copper Kettle', 'Daily Grind', 'Old Mill', 'Bluebell', 'Harbour', 'Kestrel', 'Lantern', 'Foxglove', 'Wren', 'Quayside', 'Hawthorn', 'Drovers'],
    roles: {
      café: ['Owner', 'Head barista', 'Café manager', 'Co-founder'],
      restaurant: ['Head chef', 'General manager', 'Owner', 'Restaurant manager'],
      office: ['Office manager', 'Facilities manager', 'Purchasing manager', 'Operations lead'],
    },
  },
};

export const DEMO_COUNTRIES = Object.keys(COUNTRIES) as DemoCountry[];

/** Name as it goes into an email address: no diacritics, Danish and Norwegian letters spelled out. */
export function asciiName(value: string): string {
  return value
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/å/gi, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
