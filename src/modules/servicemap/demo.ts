// Demo services: invented services at invented addresses in three real South Ostrobothnian towns
// (Seinäjoki, Kurikka, Alavus), with plausible coordinates and weekly opening hours.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { Localized } from '../../shared/i18n.js';
import type { ServiceInput } from './schemas.js';
import { createService, helsinkiParts, loadTaxonomy, minusMonths, type Hours } from './service.js';
import type { ProviderType } from './tables.js';

type HoursKind = 'office' | 'clinic' | 'evening' | 'youth' | 'always' | 'school' | 'weekdays-short' | 'none';
const HOURS: Record<HoursKind, Hours[]> = {
  office: [1, 2, 3, 4, 5].map((d) => ({ weekday: d, opens: '08:00', closes: '16:00' })),
  clinic: [1, 2, 3, 4, 5].map((d) => ({ weekday: d, opens: '08:00', closes: d === 5 ? '14:00' : '15:30' })),
  evening: [1, 2, 3, 4].map((d) => ({ weekday: d, opens: '12:00', closes: '20:00' })),
  youth: [
    ...[2, 3, 4, 5].map((d) => ({ weekday: d, opens: '14:00', closes: '21:00' })),
    { weekday: 6, opens: '12:00', closes: '18:00' },
  ],
  always: [1, 2, 3, 4, 5, 6, 7].map((d) => ({ weekday: d, opens: '00:00', closes: '24:00' })),
  school: [1, 2, 3, 4, 5].map((d) => ({ weekday: d, opens: '08:00', closes: '15:00' })),
  'weekdays-short': [1, 3, 5].map((d) => ({ weekday: d, opens: '10:00', closes: '14:00' })),
  none: [],
};

const TOWNS = {
  Seinäjoki: { lat: 62.7903, lon: 22.8403, postal: '60100' },
  Kurikka: { lat: 62.6176, lon: 22.4003, postal: '61300' },
  Alavus: { lat: 62.5862, lon: 23.6163, postal: '63300' },
} as const;
type Town = keyof typeof TOWNS;

// [name fi, name sv, name en, category, themes, provider type, provider, town, street, hours, short fi, referral, free]
type Row = [string, string, string, string, string[], ProviderType, string, Town, string, HoursKind, string, boolean, boolean];

const ROWS: Row[] = [
  // --- substance abuse (several "päihde" compounds) ---
  ['Päihdeklinikka Seinäjoki', 'Missbruksklinik Seinäjoki', 'Seinäjoki Substance Abuse Clinic', 'terveys', ['paihteet'], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Koulukatu 14', 'clinic', 'Avohoitoa alkoholin, huumeiden ja lääkkeiden ongelmakäyttöön. Ajanvaraus puhelimitse.', false, true],
  ['Päihdepalvelut, avovastaanotto', 'Missbrukstjänster, öppenmottagning', 'Substance abuse services, outpatient clinic', 'terveys', ['paihteet', 'mielenterveys'], 'public', 'Esimerkkilän hyvinvointialue', 'Kurikka', 'Kauppatie 8', 'clinic', 'Päihde- ja riippuvuustyön avovastaanotto aikuisille. Myös omaisille.', false, true],
  ['Nuorten päihdeneuvonta Ankkuri', 'Ungdomars missbruksrådgivning Ankkuri', 'Youth substance advice Ankkuri', 'sosiaalinen-tuki', ['paihteet', 'nuoret'], 'ngo', 'Ankkuri ry', 'Seinäjoki', 'Vapaudentie 31', 'youth', 'Luottamuksellista keskustelua päihteistä 13–29-vuotiaille. Ei ajanvarausta.', false, true],
  ['Päihdehuollon asumispalvelu Majakka', 'Boendeservice inom missbrukarvården Majakka', 'Supported housing for substance users Majakka', 'sosiaalinen-tuki', ['paihteet', 'asuminen'], 'company', 'Majakka-asunnot Oy', 'Seinäjoki', 'Ruukintie 5', 'always', 'Tuettua asumista päihdekuntoutujille. Palveluun ohjaa sosiaalityöntekijä.', true, false],
  ['Päihdepoliklinikka Alavus', 'Missbrukspoliklinik Alavus', 'Alavus Substance Abuse Outpatient Clinic', 'terveys', ['paihteet'], 'public', 'Esimerkkilän hyvinvointialue', 'Alavus', 'Taipaleentie 12', 'clinic', 'Päihdehoitajan ja lääkärin vastaanotto, korvaushoidon arviointi.', false, true],
  ['A-klinikan päiväkeskus Kohtaamo', 'Dagcenter Kohtaamo', 'Day centre Kohtaamo', 'sosiaalinen-tuki', ['paihteet', 'pitkaaikaistyottomat'], 'ngo', 'Kohtaamo ry', 'Seinäjoki', 'Kalevankatu 22', 'office', 'Matalan kynnyksen päiväkeskus: aamupala, pyykinpesu ja keskusteluapua.', false, true],
  ['Päihdetyön matalan kynnyksen palvelupiste', 'Lågtröskelpunkt för missbruksarbete', 'Low-threshold substance work point', 'terveys', ['paihteet'], 'public', 'Esimerkkilän hyvinvointialue', 'Kurikka', 'Asematie 3', 'weekdays-short', 'Terveysneuvontaa ja välineiden vaihtoa nimettömästi.', false, true],
  ['AA-ryhmä Kurikka', 'AA-grupp Kurikka', 'AA group Kurikka', 'vapaa-aika', ['paihteet'], 'ngo', 'Kurikan AA-ryhmä', 'Kurikka', 'Seurakuntatalo, Kirkkotie 2', 'none', 'Vertaistukiryhmä alkoholista eroon haluaville, tiistaisin kello 18.', false, true],
  ['Selviämisasema', 'Tillnyktringsstation', 'Sobering-up station', 'terveys', ['paihteet'], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Hanneksenrinne 7', 'always', 'Ympärivuorokautinen valvottu selviäminen päihtyneille aikuisille.', false, true],
  ['Päihdekuntoutuksen vertaisryhmä Silta', 'Kamratgrupp för missbruksrehabilitering Silta', 'Peer group for substance rehabilitation Silta', 'sosiaalinen-tuki', ['paihteet'], 'parish', 'Seinäjoen seurakunta', 'Seinäjoki', 'Koulukatu 22', 'none', 'Seurakunnan diakoniatyön vertaisryhmä päihdekuntoutujille keskiviikkoisin.', false, true],
  // --- mental health ---
  ['Mielenterveyden avovastaanotto', 'Öppenmottagning för psykisk hälsa', 'Mental health outpatient clinic', 'terveys', ['mielenterveys'], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Huhtalantie 53', 'clinic', 'Psykiatrisen sairaanhoitajan ja psykologin vastaanotto aikuisille.', false, true],
  ['Mielenterveystalo Kurikka', 'Mentalvårdshuset Kurikka', 'Mental health house Kurikka', 'terveys', ['mielenterveys'], 'public', 'Esimerkkilän hyvinvointialue', 'Kurikka', 'Kurikantie 17', 'office', 'Ensiarvio ja lyhytterapia ilman lähetettä.', false, true],
  ['Kriisikeskus Mieli', 'Kriscentret Mieli', 'Crisis centre Mieli', 'sosiaalinen-tuki', ['mielenterveys'], 'ngo', 'Etelä-Pohjanmaan kriisikeskus ry', 'Seinäjoki', 'Valtionkatu 1', 'evening', 'Kriisikeskustelut äkillisissä elämäntilanteissa, 1–5 käyntiä maksutta.', false, true],
  ['Klubitalo Kompassi', 'Klubbhuset Kompassi', 'Clubhouse Kompassi', 'vapaa-aika', ['mielenterveys', 'pitkaaikaistyottomat'], 'ngo', 'Kompassi ry', 'Seinäjoki', 'Kauppakatu 9', 'office', 'Mielenterveyskuntoutujien yhteisö: työpainotteinen päivä, lounas ja harrastukset.', false, true],
  ['Mielenterveysomaisten neuvonta', 'Rådgivning för anhöriga inom psykisk hälsa', 'Advice for families of people with mental illness', 'sosiaalinen-tuki', ['mielenterveys'], 'ngo', 'Omaiset ry', 'Alavus', 'Asemakatu 6', 'weekdays-short', 'Tukea ja tietoa mielenterveyskuntoutujien läheisille.', false, true],
  ['Nuorten mielenterveyspalvelut', 'Mentalvårdstjänster för unga', 'Youth mental health services', 'terveys', ['mielenterveys', 'nuoret'], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Marttilantie 4', 'clinic', 'Nuorisopsykiatrinen hoito 13–22-vuotiaille. Lähete lääkäriltä.', true, true],
  ['Mielenterveyskuntoutujien asumispalvelu Koivula', 'Boendeservice Koivula', 'Supported housing Koivula', 'sosiaalinen-tuki', ['mielenterveys', 'asuminen'], 'company', 'Hoivakoti Koivula Oy', 'Alavus', 'Koivulantie 2', 'always', 'Ympärivuorokautinen tuettu asuminen. Palveluun ohjataan palvelutarpeen arvioinnin kautta.', true, false],
  ['Vertaistukiryhmä Tuulenpesä', 'Kamratstödgrupp Tuulenpesä', 'Peer support group Tuulenpesä', 'vapaa-aika', ['mielenterveys'], 'parish', 'Kurikan seurakunta', 'Kurikka', 'Kirkkotie 2', 'none', 'Masennuksesta toipuvien vertaisryhmä torstaisin.', false, true],
  // --- long-term unemployed / work and income ---
  ['Työllisyyspalvelut, työnhakijan neuvonta', 'Sysselsättningstjänster, rådgivning', 'Employment services, job seeker advice', 'tyo-ja-toimeentulo', ['pitkaaikaistyottomat'], 'public', 'Seinäjoen kaupunki', 'Seinäjoki', 'Kirkkokatu 6', 'office', 'Neuvontaa työnhakuun, koulutukseen ja palkkatukeen.', false, true],
  ['Kuntouttava työtoiminta Verstas', 'Arbetsverksamhet i rehabiliteringssyfte Verstas', 'Rehabilitative work activity Verstas', 'tyo-ja-toimeentulo', ['pitkaaikaistyottomat'], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Teollisuustie 18', 'school', 'Puu-, metalli- ja tekstiilitöitä pitkään työttömänä olleille. Aktivointisuunnitelma tarvitaan.', true, true],
  ['Kuntouttava työtoiminta Kurikka', 'Arbetsverksamhet i rehabiliteringssyfte Kurikka', 'Rehabilitative work activity Kurikka', 'tyo-ja-toimeentulo', ['pitkaaikaistyottomat'], 'public', 'Esimerkkilän hyvinvointialue', 'Kurikka', 'Teollisuustie 4', 'school', 'Ryhmä- ja työtoimintaa kolmena päivänä viikossa.', true, true],
  ['Työpaja Kipinä', 'Verkstad Kipinä', 'Workshop Kipinä', 'tyo-ja-toimeentulo', ['pitkaaikaistyottomat', 'nuoret'], 'ngo', 'Kipinä-säätiö', 'Alavus', 'Tehtaantie 10', 'school', 'Työpajajaksoja ja työhönvalmennusta.', true, true],
  ['Kelan palvelupiste Seinäjoki', 'FPA:s serviceställe Seinäjoki', 'Kela service point Seinäjoki', 'tyo-ja-toimeentulo', ['talous'], 'public', 'Kela', 'Seinäjoki', 'Kauppakatu 3', 'office', 'Perustoimeentulotuki, asumistuki ja työttömyysturva. Ajanvaraus suositeltava.', false, true],
  ['Kelan yhteispalvelupiste Kurikka', 'FPA:s samservice Kurikka', 'Kela joint service point Kurikka', 'tyo-ja-toimeentulo', ['talous'], 'public', 'Kela', 'Kurikka', 'Kauppatie 11', 'weekdays-short', 'Kelan asiointi kaupungin palvelupisteessä.', false, true],
  ['Talous- ja velkaneuvonta', 'Ekonomi- och skuldrådgivning', 'Financial and debt counselling', 'tyo-ja-toimeentulo', ['talous'], 'public', 'Oikeusaputoimisto', 'Seinäjoki', 'Kauppakatu 1', 'office', 'Maksutonta apua velkojen järjestelyyn ja budjetointiin.', false, true],
  ['Sosiaalinen luototus', 'Social kreditgivning', 'Social lending', 'tyo-ja-toimeentulo', ['talous'], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Koulukatu 10', 'office', 'Pienituloisille edullinen laina velkojen järjestelyyn. Hakemus sosiaalityön kautta.', true, true],
  ['Täydentävä toimeentulotuki', 'Kompletterande utkomststöd', 'Supplementary social assistance', 'tyo-ja-toimeentulo', ['talous'], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Koulukatu 10', 'office', 'Hakemus hyvinvointialueelle, kun Kelan perustoimeentulotuki ei riitä.', false, true],
  ['Työnhakuklubi', 'Jobbsökarklubb', 'Job search club', 'tyo-ja-toimeentulo', ['pitkaaikaistyottomat'], 'ngo', 'Työttömien yhdistys ry', 'Kurikka', 'Kauppatie 20', 'weekdays-short', 'Apua hakemuksiin ja CV:hen, kahvia ja vertaistukea.', false, true],
  ['Työttömien ruokailu Leipäjono', 'Matservering för arbetslösa', 'Food aid for the unemployed', 'sosiaalinen-tuki', ['pitkaaikaistyottomat', 'talous'], 'parish', 'Alavuden seurakunta', 'Alavus', 'Kirkkotie 7', 'weekdays-short', 'Ruoka-apua ja yhteinen lounas.', false, true],
  ['Kaupungin avoimet työpaikat, neuvonta', 'Stadens lediga jobb, rådgivning', 'Municipal vacancies, advice', 'tyo-ja-toimeentulo', ['pitkaaikaistyottomat'], 'public', 'Alavuden kaupunki', 'Alavus', 'Taipaleentie 1', 'office', 'Tietoa kaupungin kesätöistä ja avoimista työpaikoista.', false, true],
  // --- youth ---
  ['Ohjaamo Seinäjoki', 'Navigatorn Seinäjoki', 'Ohjaamo one-stop guidance centre', 'sosiaalinen-tuki', ['nuoret', 'pitkaaikaistyottomat'], 'public', 'Seinäjoen kaupunki', 'Seinäjoki', 'Alvar Aallon katu 8', 'office', 'Alle 30-vuotiaiden palvelupiste: työ, opiskelu, asuminen ja raha-asiat.', false, true],
  ['Etsivä nuorisotyö', 'Uppsökande ungdomsarbete', 'Outreach youth work', 'sosiaalinen-tuki', ['nuoret'], 'public', 'Seinäjoen kaupunki', 'Seinäjoki', 'Kalevankatu 5', 'office', 'Etsivä nuorisotyöntekijä auttaa, kun koulu tai työ ei ole kuvioissa.', false, true],
  ['Etsivä nuorisotyö Kurikka', 'Uppsökande ungdomsarbete Kurikka', 'Outreach youth work Kurikka', 'sosiaalinen-tuki', ['nuoret'], 'public', 'Kurikan kaupunki', 'Kurikka', 'Kauppatie 6', 'office', 'Tukea 15–29-vuotiaille arjen asioihin.', false, true],
  ['Nuorisotila Pilari', 'Ungdomsgården Pilari', 'Youth centre Pilari', 'vapaa-aika', ['nuoret'], 'public', 'Seinäjoen kaupunki', 'Seinäjoki', 'Puistokatu 18', 'youth', 'Avointa toimintaa 13–17-vuotiaille: pelit, musiikki ja kahvio.', false, true],
  ['Nuorisotila Nappi', 'Ungdomsgården Nappi', 'Youth centre Nappi', 'vapaa-aika', ['nuoret'], 'public', 'Kurikan kaupunki', 'Kurikka', 'Koulutie 5', 'youth', 'Nuorten kohtaamispaikka ja ohjattua toimintaa.', false, true],
  ['Nuorisotila Alavus', 'Ungdomsgården Alavus', 'Youth centre Alavus', 'vapaa-aika', ['nuoret'], 'public', 'Alavuden kaupunki', 'Alavus', 'Urheilutie 3', 'youth', 'Avoimet illat, retket ja leirit nuorille.', false, true],
  ['Nuorten työpaja Luotsi', 'Ungdomsverkstad Luotsi', 'Youth workshop Luotsi', 'tyo-ja-toimeentulo', ['nuoret', 'pitkaaikaistyottomat'], 'ngo', 'Luotsi-säätiö', 'Seinäjoki', 'Tehtaankatu 2', 'school', 'Työpajajakso ja valmennus koulutukseen tai töihin alle 29-vuotiaille.', false, true],
  ['Nuorten aikuisten sosiaalityö', 'Socialt arbete för unga vuxna', 'Social work for young adults', 'sosiaalinen-tuki', ['nuoret'], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Koulukatu 10', 'office', 'Sosiaalityöntekijän tukea 18–29-vuotiaille. Yhteydenotto puhelimitse.', false, true],
  ['Nuorisoasunnot, vuokra-asunnot nuorille', 'Ungdomsbostäder', 'Youth housing', 'sosiaalinen-tuki', ['nuoret', 'asuminen'], 'company', 'Nuorisoasunnot Oy', 'Seinäjoki', 'Rautatienkatu 15', 'weekdays-short', 'Kohtuuhintaisia vuokra-asuntoja alle 30-vuotiaille.', false, false],
  ['Seurakunnan nuorisotyö', 'Församlingens ungdomsarbete', 'Parish youth work', 'vapaa-aika', ['nuoret'], 'parish', 'Seinäjoen seurakunta', 'Seinäjoki', 'Koulukatu 22', 'youth', 'Nuorten illat, isostoiminta ja leirit.', false, true],
  // --- studying ---
  ['Perusopetus aikuisille', 'Grundläggande utbildning för vuxna', 'Basic education for adults', 'opiskelu', ['pitkaaikaistyottomat'], 'public', 'Seinäjoen kaupunki', 'Seinäjoki', 'Kirkkokatu 12', 'school', 'Peruskoulun päättötodistuksen voi suorittaa aikuisena.', false, true],
  ['Lukio, aikuislinja', 'Gymnasium för vuxna', 'Upper secondary school for adults', 'opiskelu', [], 'public', 'Seinäjoen kaupunki', 'Seinäjoki', 'Kirkkokatu 14', 'school', 'Lukio-opinnot iltaisin ja verkossa.', false, true],
  ['Ammattiopisto, hakuneuvonta', 'Yrkesinstitut, ansökningsrådgivning', 'Vocational college, application advice', 'opiskelu', ['nuoret'], 'public', 'Koulutuskuntayhtymä', 'Seinäjoki', 'Koulutie 2', 'school', 'Neuvontaa ammatilliseen koulutukseen hakemisessa, jatkuva haku.', false, true],
  ['Ammattiopisto Kurikka', 'Yrkesinstitut Kurikka', 'Vocational college Kurikka', 'opiskelu', ['nuoret'], 'public', 'Koulutuskuntayhtymä', 'Kurikka', 'Opintie 4', 'school', 'Ammatillinen koulutus mm. metalli- ja puualalle.', false, true],
  ['Opintojen tuki ja opiskelijapsykologi', 'Studiestöd och studentpsykolog', 'Study support and student psychologist', 'opiskelu', ['mielenterveys', 'nuoret'], 'public', 'Koulutuskuntayhtymä', 'Seinäjoki', 'Koulutie 2', 'school', 'Opiskeluhuollon kuraattori ja psykologi opiskelijoille.', false, true],
  ['Kansalaisopisto', 'Medborgarinstitut', 'Adult education centre', 'opiskelu', [], 'public', 'Alavuden kaupunki', 'Alavus', 'Koulukatu 3', 'evening', 'Kursseja kielistä käsitöihin, myös työttömille alennettu hinta.', false, false],
  ['Luku- ja kirjoitustaidon opetus', 'Läs- och skrivundervisning', 'Literacy classes', 'opiskelu', [], 'ngo', 'Monikulttuurinen yhdistys ry', 'Seinäjoki', 'Kauppakatu 20', 'weekdays-short', 'Suomen kielen ja lukutaidon ryhmiä aikuisille.', false, true],
  // --- health ---
  ['Terveysasema Seinäjoki', 'Hälsostation Seinäjoki', 'Seinäjoki health centre', 'terveys', [], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Sairaalantie 4', 'office', 'Lääkärin ja hoitajan vastaanotto. Ajanvaraus puhelimitse.', false, false],
  ['Terveysasema Kurikka', 'Hälsostation Kurikka', 'Kurikka health centre', 'terveys', [], 'public', 'Esimerkkilän hyvinvointialue', 'Kurikka', 'Terveystie 1', 'office', 'Perusterveydenhuollon vastaanotto.', false, false],
  ['Terveysasema Alavus', 'Hälsostation Alavus', 'Alavus health centre', 'terveys', [], 'public', 'Esimerkkilän hyvinvointialue', 'Alavus', 'Terveystie 2', 'office', 'Perusterveydenhuollon vastaanotto ja laboratorio.', false, false],
  ['Hammashoitola', 'Tandklinik', 'Dental clinic', 'terveys', [], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Sairaalantie 6', 'clinic', 'Kiireetön ja kiireellinen hammashoito.', false, false],
  ['Terveysneuvontapiste Vinkki', 'Hälsorådgivning Vinkki', 'Health advice point Vinkki', 'terveys', ['paihteet'], 'ngo', 'Terveysneuvonta ry', 'Seinäjoki', 'Vapaudentie 9', 'weekdays-short', 'Nimetöntä terveysneuvontaa, rokotuksia ja testejä.', false, true],
  ['Seksuaaliterveysneuvonta nuorille', 'Sexualhälsorådgivning för unga', 'Sexual health advice for young people', 'terveys', ['nuoret'], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Marttilantie 4', 'weekdays-short', 'Ehkäisy- ja seksuaaliterveysneuvontaa alle 25-vuotiaille.', false, true],
  // --- social support, housing, families ---
  ['Aikuissosiaalityö', 'Socialt arbete för vuxna', 'Adult social work', 'sosiaalinen-tuki', ['talous', 'asuminen'], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Koulukatu 10', 'office', 'Sosiaalityöntekijän ja -ohjaajan tukea elämäntilanteen muutoksiin.', false, true],
  ['Aikuissosiaalityö Kurikka', 'Socialt arbete för vuxna Kurikka', 'Adult social work Kurikka', 'sosiaalinen-tuki', ['talous'], 'public', 'Esimerkkilän hyvinvointialue', 'Kurikka', 'Kauppatie 11', 'office', 'Sosiaalityön palvelut Kurikan toimipisteessä.', false, true],
  ['Aikuissosiaalityö Alavus', 'Socialt arbete för vuxna Alavus', 'Adult social work Alavus', 'sosiaalinen-tuki', ['talous'], 'public', 'Esimerkkilän hyvinvointialue', 'Alavus', 'Taipaleentie 1', 'office', 'Sosiaalityön palvelut Alavuden toimipisteessä.', false, true],
  ['Sosiaalipäivystys', 'Socialjour', 'Social emergency service', 'sosiaalinen-tuki', ['mielenterveys', 'paihteet'], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Hanneksenrinne 7', 'always', 'Kiireellinen sosiaalihuolto ympäri vuorokauden hätänumeron 112 kautta.', false, true],
  ['Asumisneuvonta', 'Boenderådgivning', 'Housing advice', 'sosiaalinen-tuki', ['asuminen', 'talous'], 'public', 'Seinäjoen kaupunki', 'Seinäjoki', 'Kirkkokatu 6', 'office', 'Apua vuokrarästeihin, häätöuhkaan ja asunnon hakemiseen.', false, true],
  ['Asunnottomien yömaja', 'Natthärbärge för hemlösa', 'Night shelter', 'sosiaalinen-tuki', ['asuminen', 'paihteet'], 'ngo', 'Yömaja ry', 'Seinäjoki', 'Ruukintie 9', 'always', 'Tilapäinen yöpaikka asunnottomille aikuisille.', false, true],
  ['Perheneuvola', 'Familjerådgivning', 'Family counselling', 'sosiaalinen-tuki', ['mielenterveys'], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Marttilantie 8', 'office', 'Tukea perheiden ristiriitoihin ja vanhemmuuteen.', false, true],
  ['Vammaispalvelut', 'Handikappservice', 'Disability services', 'sosiaalinen-tuki', [], 'public', 'Esimerkkilän hyvinvointialue', 'Seinäjoki', 'Koulukatu 10', 'office', 'Henkilökohtainen apu, kuljetuspalvelu ja asunnon muutostyöt.', false, true],
  ['Diakoniatyön vastaanotto', 'Diakonimottagning', 'Parish diaconal work', 'sosiaalinen-tuki', ['talous'], 'parish', 'Kurikan seurakunta', 'Kurikka', 'Kirkkotie 2', 'weekdays-short', 'Keskusteluapua ja tilapäistä taloudellista tukea.', false, true],
  ['Rikosuhripäivystys', 'Brottsofferjouren', 'Victim support', 'sosiaalinen-tuki', ['mielenterveys'], 'ngo', 'Rikosuhripäivystys', 'Seinäjoki', 'Kauppakatu 9', 'office', 'Neuvontaa ja tukihenkilö rikoksen uhreille.', false, true],
  ['Ruoka-apu Alavus', 'Mathjälp Alavus', 'Food aid Alavus', 'sosiaalinen-tuki', ['talous'], 'ngo', 'SPR Alavuden osasto', 'Alavus', 'Asemakatu 2', 'weekdays-short', 'Ruokakasseja ja yhteisiä aterioita.', false, true],
  // --- leisure ---
  ['Liikuntaneuvonta', 'Motionsrådgivning', 'Exercise advice', 'vapaa-aika', ['mielenterveys'], 'public', 'Seinäjoen kaupunki', 'Seinäjoki', 'Urheilutie 5', 'office', 'Henkilökohtaista liikuntaneuvontaa ja alennettu uimahallikortti.', false, true],
  ['Kohtaamispaikka Olohuone', 'Mötesplatsen Vardagsrummet', 'Meeting place Living Room', 'vapaa-aika', ['pitkaaikaistyottomat', 'mielenterveys'], 'ngo', 'Olohuone ry', 'Kurikka', 'Kauppatie 2', 'office', 'Kaikille avoin kohtaamispaikka: kahvia, lehtiä ja asiakastietokone.', false, true],
  ['Kirjasto, asiakastietokoneet ja digituki', 'Bibliotek, kunddatorer och digitalt stöd', 'Library computers and digital help', 'vapaa-aika', [], 'public', 'Alavuden kaupunki', 'Alavus', 'Kirjastontie 1', 'evening', 'Apua verkkoasiointiin ja koneet omaan käyttöön.', false, true],
];

const SV_CATEGORY: Record<string, string> = {
  opiskelu: 'Studier och utbildning.',
  'vapaa-aika': 'Fritidsverksamhet.',
  terveys: 'Hälso- och sjukvård.',
  'sosiaalinen-tuki': 'Socialt stöd.',
  'tyo-ja-toimeentulo': 'Arbete och utkomst.',
};
const EN_CATEGORY: Record<string, string> = {
  opiskelu: 'Studying and education.',
  'vapaa-aika': 'Leisure activities.',
  terveys: 'Health care.',
  'sosiaalinen-tuki': 'Social support.',
  'tyo-ja-toimeentulo': 'Work and income.',
};

/** A small deterministic offset so markers in one town do not sit on top of each other. */
function jitter(i: number): [number, number] {
  const a = ((i * 37) % 19) - 9;
  const b = ((i * 53) % 23) - 11;
  return [a * 0.0011, b * 0.0019];
}

function demoInput(row: Row, i: number, today: string): ServiceInput {
  const [fi, sv, en, category, themes, providerType, providerName, town, street, hours, shortFi, referral, free] = row;
  const t = TOWNS[town];
  const [dLat, dLon] = jitter(i);
  const name: Localized = { fi, sv, en };
  // A few services were last checked long ago, so the staleness flag has something to show.
  const verified = i % 11 === 5 ? minusMonths(today, 14 + (i % 5)) : minusMonths(today, i % 9);
  return {
    name,
    shortDescription: { fi: shortFi, sv: `${SV_CATEGORY[category]} ${town}.`, en: `${EN_CATEGORY[category]} ${town}.` },
    description: {
      fi: `${shortFi} ${referral ? 'Palveluun tarvitaan lähete tai ohjaus.' : 'Palveluun voi tulla ilman lähetettä.'} ${free ? 'Palvelu on maksuton.' : 'Palvelu on maksullinen.'}`,
      sv: `${sv}. ${referral ? 'Remiss behövs.' : 'Ingen remiss behövs.'} ${free ? 'Avgiftsfri.' : 'Avgiftsbelagd.'}`,
      en: `${en}. ${referral ? 'A referral is needed.' : 'No referral needed.'} ${free ? 'Free of charge.' : 'There is a fee.'}`,
    },
    categories: [category],
    themes,
    targetGroup: themes.includes('nuoret')
      ? { fi: 'Nuoret ja nuoret aikuiset', sv: 'Unga och unga vuxna', en: 'Young people and young adults' }
      : { fi: 'Aikuiset', sv: 'Vuxna', en: 'Adults' },
    ageMin: themes.includes('nuoret') ? 13 : 18,
    ageMax: themes.includes('nuoret') ? 29 : null,
    providerName,
    providerType,
    referralRequired: referral,
    freeOfCharge: free,
    howToAccess: referral
      ? { fi: 'Pyydä lähete sosiaalityöntekijältä tai lääkäriltä.', sv: 'Be om remiss av socialarbetare eller läkare.', en: 'Ask a social worker or doctor for a referral.' }
      : { fi: 'Tule paikan päälle tai soita.', sv: 'Kom på plats eller ring.', en: 'Come in or call.' },
    languages: i % 4 === 0 ? ['fi', 'sv'] : i % 7 === 0 ? ['fi', 'en'] : ['fi'],
    accessibility: i % 3 === 0
      ? { fi: 'Esteetön sisäänkäynti ja wc.', sv: 'Tillgänglig ingång och toalett.', en: 'Step-free entrance and toilet.' }
      : { fi: 'Sisäänkäynnissä kaksi porrasta.', sv: 'Två trappsteg vid ingången.', en: 'Two steps at the entrance.' },
    phone: `06 ${String(4100000 + i * 137).replace(/(\d{3})(\d{4})/, '$1 $2')}`,
    email: `palvelu${i + 1}@example.fi`,
    homepage: `https://example.fi/palvelut/${i + 1}`,
    internalNotes:
      referral
        ? 'Lähete sosiaalityöntekijältä; liitä palvelutarpeen arviointi. Jonotusaika noin 2–4 viikkoa.'
        : 'Asiakas voi mennä suoraan. Työntekijä voi soittaa etukäteen ja sopia ensikäynnin.',
    professionalContact: `Yhteyshenkilö ammattilaisille: palveluvastaava, puh. 040 ${String(1000000 + i * 71).slice(0, 3)} ${String(1000000 + i * 71).slice(3)}`,
    status: 'published',
    lastVerifiedOn: verified,
    locations: [
      {
        name: { fi: '', sv: '', en: '' },
        streetAddress: street,
        postalCode: t.postal,
        municipality: town,
        latitude: Number((t.lat + dLat).toFixed(5)),
        longitude: Number((t.lon + dLon).toFixed(5)),
        transportNote:
          town === 'Seinäjoki'
            ? { fi: 'Paikallisbussin pysäkki 200 metrin päässä.', sv: 'Lokalbusshållplats 200 meter bort.', en: 'Local bus stop 200 metres away.' }
            : { fi: 'Linja-autoasemalta noin 10 minuutin kävely.', sv: 'Cirka 10 minuters promenad från busstationen.', en: 'About a 10-minute walk from the bus station.' },
        hours: HOURS[hours],
      },
    ],
  };
}

/** The demo rows, for tests that need to know what the demo holds. */
export const DEMO_SERVICE_COUNT = ROWS.length;

export async function seedServicemapDemo(ctx: { db: Kysely<DB>; organisationId: string; users: Record<string, string> }) {
  const taxonomy = await loadTaxonomy(ctx.db);
  const today = helsinkiParts(new Date()).date;
  const editor = { id: ctx.users.esihenkilo ?? null, name: 'Eeva Esihenkilö' };
  for (const [i, row] of ROWS.entries()) {
    await createService(ctx.db, demoInput(row, i, today), { organisationId: ctx.organisationId, editor, change: 'create', taxonomy });
  }
  await ctx.db.insertInto('servicemap_setting').values({ organisation_id: ctx.organisationId, stale_months: 12 }).execute();
  await ctx.db
    .insertInto('service_theme_map')
    .values({
      organisation_id: ctx.organisationId,
      slug: 'paihde-ja-mielenterveys',
      title: JSON.stringify({ fi: 'Päihde- ja mielenterveyspalvelut', sv: 'Missbruks- och mentalvårdstjänster', en: 'Substance abuse and mental health services' }),
      description: JSON.stringify({
        fi: 'Päihde- ja mielenterveyspalvelut Seinäjoella, Kurikassa ja Alavudella.',
        sv: 'Missbruks- och mentalvårdstjänster i Seinäjoki, Kurikka och Alavus.',
        en: 'Substance abuse and mental health services in Seinäjoki, Kurikka and Alavus.',
      }),
      themes: ['paihteet', 'mielenterveys'],
    })
    .execute();
}
