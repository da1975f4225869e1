import { defineMessages } from '../../shared/i18n.js';

// Laki digitaalisten palvelujen tarjoamisesta (306/2019) requires this statement. It states what is
// known; the organisation deploying Osallinen completes the contact and feedback details.
export const accessibilityText = defineMessages({
  fi: {
    title: 'Saavutettavuusseloste',
    intro:
      'Tämä saavutettavuusseloste koskee Osallinen-järjestelmää: työntekijöiden sovellusta, asiakkaan asiointia ja julkisia sivuja. Tavoitteena on täyttää WCAG 2.1 -ohjeiston AA-tason vaatimukset.',
    statusTitle: 'Saavutettavuuden tila',
    status:
      'Palvelu täyttää osittain saavutettavuusvaatimukset. Julkiset lomakkeet ja sivut toimivat ilman JavaScriptiä ja kapealla puhelimen näytöllä. Sivut tarkistetaan automaattisesti axe-core-työkalulla jokaisen muutoksen yhteydessä.',
    knownTitle: 'Tunnetut puutteet',
    known: [
      'Karttanäkymä vaatii JavaScriptin; samat tiedot ovat aina saatavilla myös luettelona.',
      'Kaikkia näkymiä ei ole vielä testattu ruudunlukijoilla manuaalisesti.',
    ],
    feedbackTitle: 'Palaute ja yhteystiedot',
    feedback:
      'Jos huomaat saavutettavuuspuutteen, kerro siitä palvelun ylläpitäjälle. Palvelua käyttävä organisaatio lisää tähän yhteystietonsa.',
    authorityTitle: 'Valvontaviranomainen',
    authority:
      'Jos et ole tyytyväinen saamaasi vastaukseen, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon (Valvontaviranomainen, saavutettavuusvaatimukset.fi).',
    updated: 'Seloste on laadittu 22.11.2026.',
  },
  sv: {
    title: 'Tillgänglighetsutlåtande',
    intro:
      'Detta tillgänglighetsutlåtande gäller systemet Osallinen: personalens applikation, klientens e-tjänst och de offentliga sidorna. Målet är att uppfylla nivå AA i WCAG 2.1.',
    statusTitle: 'Tillgänglighetsstatus',
    status:
      'Tjänsten uppfyller delvis tillgänglighetskraven. Offentliga formulär och sidor fungerar utan JavaScript och på en smal telefonskärm. Sidorna kontrolleras automatiskt med axe-core vid varje ändring.',
    knownTitle: 'Kända brister',
    known: [
      'Kartvyn kräver JavaScript; samma uppgifter finns alltid också som en lista.',
      'Alla vyer har ännu inte testats manuellt med skärmläsare.',
    ],
    feedbackTitle: 'Respons och kontaktuppgifter',
    feedback:
      'Om du upptäcker en brist i tillgängligheten, meddela tjänstens administratör. Organisationen som använder tjänsten lägger till sina kontaktuppgifter här.',
    authorityTitle: 'Tillsynsmyndighet',
    authority:
      'Om du inte är nöjd med svaret kan du göra en anmälan till Regionförvaltningsverket i Södra Finland (tillsynsmyndighet, tillganglighetskrav.fi).',
    updated: 'Utlåtandet har utarbetats 22.11.2026.',
  },
  en: {
    title: 'Accessibility statement',
    intro:
      'This accessibility statement covers Osallinen: the staff application, the client portal and the public pages. The aim is to meet level AA of WCAG 2.1.',
    statusTitle: 'Compliance status',
    status:
      'The service partially meets the accessibility requirements. Public forms and pages work without JavaScript and on a narrow phone screen. Pages are checked automatically with axe-core on every change.',
    knownTitle: 'Known gaps',
    known: [
      'The map view needs JavaScript; the same information is always available as a list.',
      'Not every view has been tested manually with screen readers yet.',
    ],
    feedbackTitle: 'Feedback and contact details',
    feedback:
      'If you notice an accessibility gap, tell the administrator of the service. The organisation running the service adds its contact details here.',
    authorityTitle: 'Enforcement authority',
    authority:
      'If you are not satisfied with the reply, you can notify the Regional State Administrative Agency for Southern Finland (the enforcement authority, webaccessibility.fi).',
    updated: 'This statement was prepared on 22 November 2026.',
  },
});
