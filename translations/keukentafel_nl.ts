<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Offline: this app makes no network connections and never updates itself.</source>
        <translation>Offline: deze app maakt geen verbinding met een netwerk en werkt zichzelf nooit bij.</translation>
    </message>
    <message>
        <source>Under the EUPL the source code of this app must be available from whoever gave it to you.</source>
        <translation>Volgens de EUPL moet de broncode van deze app beschikbaar zijn bij wie u de app heeft gegeven.</translation>
    </message>
    <message>
        <source>The Zelfredzaamheid-Matrix (ZRM) was developed by GGD Amsterdam with the municipality of Rotterdam and is maintained by GGD Amsterdam and the Kerngroep ZRM (zrm@ggd.amsterdam.nl). This app shows only the names of the domains and of the five levels, with this attribution. The criteria for each domain and level are GGD Amsterdam&apos;s text (all rights reserved) and are not included; an agency with permission loads its own copy.</source>
        <translation>De Zelfredzaamheid-Matrix (ZRM) is ontwikkeld door GGD Amsterdam samen met de gemeente Rotterdam en wordt beheerd door GGD Amsterdam en de Kerngroep ZRM (zrm@ggd.amsterdam.nl). Deze app toont alleen de namen van de domeinen en van de vijf niveaus, met deze bronvermelding. De criteria per domein en niveau zijn tekst van GGD Amsterdam (alle rechten voorbehouden) en zitten er niet in; een organisatie met toestemming laadt een eigen exemplaar.</translation>
    </message>
    <message>
        <source>The Qt libraries are dynamically linked: they are separate files in the app&apos;s folder and can be replaced by your own build of the same Qt version. Qt contains third-party code; its licences are listed in Qt&apos;s documentation (Licenses Used in Qt).</source>
        <translation>De Qt-bibliotheken zijn dynamisch gekoppeld: het zijn aparte bestanden in de map van de app en u kunt ze vervangen door uw eigen build van dezelfde Qt-versie. Qt bevat code van derden; de licenties daarvan staan in de documentatie van Qt (Licenses Used in Qt).</translation>
    </message>
    <message>
        <source>Dynamically linked Python bindings for Qt; they can be replaced too.</source>
        <translation>Dynamisch gekoppelde Python-bindings voor Qt; ook deze kunt u vervangen.</translation>
    </message>
    <message>
        <source>Encrypts the vault. © Zetetic LLC.</source>
        <translation>Versleutelt de kluis. © Zetetic LLC.</translation>
    </message>
    <message>
        <source>The database inside SQLCipher; in the public domain.</source>
        <translation>De database binnen SQLCipher; in het publieke domein.</translation>
    </message>
    <message>
        <source>Cryptography library inside SQLCipher and cryptography.</source>
        <translation>Cryptografiebibliotheek binnen SQLCipher en cryptography.</translation>
    </message>
    <message>
        <source>Python module for SQLCipher, based on pysqlite.</source>
        <translation>Python-module voor SQLCipher, gebaseerd op pysqlite.</translation>
    </message>
    <message>
        <source>The typeface embedded in the papers.</source>
        <translation>Het lettertype dat in de documenten is ingesloten.</translation>
    </message>
    <message>
        <source>Used by ReportLab.</source>
        <translation>Gebruikt door ReportLab.</translation>
    </message>
    <message>
        <source>Includes OpenSSL (Apache-2.0).</source>
        <translation>Bevat OpenSSL (Apache-2.0).</translation>
    </message>
    <message>
        <source>Includes the Argon2 reference implementation (CC0-1.0 or Apache-2.0).</source>
        <translation>Bevat de referentie-implementatie van Argon2 (CC0-1.0 of Apache-2.0).</translation>
    </message>
    <message>
        <source>Encrypts the bundles in the age format with rage (MIT or Apache-2.0).</source>
        <translation>Versleutelt de bundels in het age-formaat met rage (MIT of Apache-2.0).</translation>
    </message>
    <message>
        <source>Dates and numbers; includes locale data from Unicode CLDR (Unicode licence).</source>
        <translation>Datums en getallen; bevat taal- en regiogegevens van Unicode CLDR (Unicode-licentie).</translation>
    </message>
    <message>
        <source>The Python interpreter and standard library.</source>
        <translation>De Python-interpreter en standaardbibliotheek.</translation>
    </message>
    <message>
        <source>Bundled components:</source>
        <translation>Meegeleverde onderdelen:</translation>
    </message>
    <message>
        <source>Source code: {url}</source>
        <translation>Broncode: {url}</translation>
    </message>
    <message>
        <source>Licence texts are in: {folder}</source>
        <translation>De licentieteksten staan in: {folder}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Keukentafel</source>
        <translation>Over Keukentafel</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licentie:</translation>
    </message>
    <message>
        <source>Licence &amp;texts</source>
        <translation>Licentie&amp;teksten</translation>
    </message>
    <message>
        <source>This licence text is missing from the installation: {file}</source>
        <translation>Deze licentietekst ontbreekt in de installatie: {file}</translation>
    </message>
    <message>
        <source>Licence: {licence} (European Union Public Licence).</source>
        <translation>Licentie: {licence} (European Union Public Licence).</translation>
    </message>
    <message>
        <source>Source code: {url}</source>
        <translation>Broncode: {url}</translation>
    </message>
    <message>
        <source>Licence text: {files}</source>
        <translation>Licentietekst: {files}</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Fill in the date.</source>
        <translation>Vul de datum in.</translation>
    </message>
    <message>
        <source>Write the time as hours:minutes, e.g. 9:30.</source>
        <translation>Schrijf de tijd als uren:minuten, bijvoorbeeld 9:30.</translation>
    </message>
    <message>
        <source>The agenda only keeps visits of the last 30 days.</source>
        <translation>De agenda bewaart alleen bezoeken van de afgelopen 30 dagen.</translation>
    </message>
    <message>
        <source>A citizen is chosen twice.</source>
        <translation>Een inwoner is twee keer gekozen.</translation>
    </message>
    <message>
        <source>A visit concerns at most two household members.</source>
        <translation>Een bezoek gaat over hoogstens twee gezinsleden.</translation>
    </message>
    <message>
        <source>Choose a known citizen or write a new contact, not both.</source>
        <translation>Kies een bekende inwoner of schrijf een nieuw contact, niet allebei.</translation>
    </message>
    <message>
        <source>Choose the citizen, or write the name of the new contact.</source>
        <translation>Kies de inwoner, of schrijf de naam van het nieuwe contact.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>This citizen is no longer in the vault.</source>
        <translation>Deze inwoner staat niet meer in de kluis.</translation>
    </message>
    <message>
        <source>This visit is not for a new contact.</source>
        <translation>Dit bezoek is niet voor een nieuw contact.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Bezoeken</translation>
    </message>
    <message>
        <source>Visits today and the coming days</source>
        <translation>Bezoeken vandaag en de komende dagen</translation>
    </message>
    <message>
        <source>Enter opens the visit; Delete cancels it.</source>
        <translation>Enter opent het bezoek; Delete annuleert het.</translation>
    </message>
    <message>
        <source>&amp;Plan a visit…</source>
        <translation>Bezoek &amp;plannen…</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Bezoek afzeggen</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Vandaag, {date}</translation>
    </message>
    <message>
        <source>No visits today.</source>
        <translation>Vandaag geen bezoeken.</translation>
    </message>
    <message>
        <source>time open</source>
        <translation>tijd nog open</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>{name} (new contact)</source>
        <translation>{name} (nieuw contact)</translation>
    </message>
    <message>
        <source>Visit planned.</source>
        <translation>Bezoek gepland.</translation>
    </message>
    <message>
        <source>Select a visit first.</source>
        <translation>Kies eerst een bezoek.</translation>
    </message>
    <message>
        <source>Cancel this visit? It is removed from the agenda.</source>
        <translation>Dit bezoek afzeggen? Het verdwijnt uit de agenda.</translation>
    </message>
    <message>
        <source>Visit cancelled.</source>
        <translation>Bezoek afgezegd.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The vault&apos;s integrity check could not run. Contact your administrator.</source>
        <translation>De controle van de kluis kon niet worden uitgevoerd. Neem contact op met uw beheerder.</translation>
    </message>
    <message>
        <source>Keukentafel</source>
        <translation>Keukentafel</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Choose a score from 1 to 5.</source>
        <translation>Kies een score van 1 tot en met 5.</translation>
    </message>
    <message>
        <source>Write down what the score is based on.</source>
        <translation>Schrijf op waarop de score is gebaseerd.</translation>
    </message>
</context>
<context>
    <name>BlockDecisions</name>
    <message>
        <source>Retention per data block</source>
        <translation>Bewaartermijn per gegevensblok</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Regie data &amp;kept for</source>
        <translation>Regiegegevens &amp;bewaren gedurende</translation>
    </message>
    <message>
        <source>{block}: expire after {days} days and never leave this laptop.</source>
        <translation>{block}: vervallen na {days} dagen en gaan nooit van deze laptop af.</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>Hand over (encrypted bundle)</source>
        <translation>Overdragen (versleutelde bundel)</translation>
    </message>
    <message>
        <source>Items to hand over</source>
        <translation>Over te dragen onderdelen</translation>
    </message>
    <message>
        <source>Ground for each health, addiction or justice item</source>
        <translation>Grondslag voor elk onderdeel over gezondheid, verslaving of justitie</translation>
    </message>
    <message>
        <source>I confirm each ticked field beyond the decision fields</source>
        <translation>Ik bevestig elk aangevinkt veld naast de beschikkingsvelden</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>&amp;Bundel opslaan…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Ontvanger:</translation>
    </message>
    <message>
        <source>E&amp;xport for:</source>
        <translation>E&amp;xporteren voor:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>O&amp;nderdelen:</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Grondslag:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Save the encrypted bundle</source>
        <translation>Versleutelde bundel opslaan</translation>
    </message>
    <message>
        <source>age bundle (*.age)</source>
        <translation>age-bundel (*.age)</translation>
    </message>
    <message>
        <source>Saved, encrypted to the recipient only. This laptop cannot open it.</source>
        <translation>Opgeslagen, versleuteld voor alleen de ontvanger. Deze laptop kan de bundel niet openen.</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>This file does not hold one age identity.</source>
        <translation>Dit bestand bevat niet precies één age-identiteit.</translation>
    </message>
    <message>
        <source>The agency roster does not list this vault&apos;s worker.</source>
        <translation>De medewerker van deze kluis staat niet op de medewerkerslijst van uw organisatie.</translation>
    </message>
    <message>
        <source>This identity is not the roster key of this vault&apos;s worker.</source>
        <translation>Deze identiteit is niet de sleutel van de medewerker van deze kluis op de medewerkerslijst.</translation>
    </message>
    <message>
        <source>That key is not on the agency&apos;s roster.</source>
        <translation>Die sleutel staat niet op de medewerkerslijst van uw organisatie.</translation>
    </message>
    <message>
        <source>Case system</source>
        <translation>Zaaksysteem</translation>
    </message>
    <message>
        <source>This citizen is gone.</source>
        <translation>Deze inwoner staat niet meer in de kluis.</translation>
    </message>
    <message>
        <source>This recipient is not on the agency&apos;s roster for this kind of bundle.</source>
        <translation>Deze ontvanger staat niet op de medewerkerslijst van uw organisatie voor deze soort bundel.</translation>
    </message>
    <message>
        <source>Write down the purpose.</source>
        <translation>Schrijf het doel op.</translation>
    </message>
    <message>
        <source>Hand-over within the controller&apos;s own processing</source>
        <translation>Overdracht binnen de eigen verwerking van de verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Give the substitution an end date after today.</source>
        <translation>Geef de vervanging een einddatum na vandaag.</translation>
    </message>
    <message>
        <source>Reassignment to a colleague</source>
        <translation>Overdracht aan een collega</translation>
    </message>
    <message>
        <source>Substitution (vaste vervanger)</source>
        <translation>Vervanging (vaste vervanger)</translation>
    </message>
    <message>
        <source>Selected items</source>
        <translation>Gekozen onderdelen</translation>
    </message>
    <message>
        <source>Decision (back office)</source>
        <translation>Beschikking (backoffice)</translation>
    </message>
    <message>
        <source>Regie (VNG/KING dataset)</source>
        <translation>Regie (VNG/KING-dataset)</translation>
    </message>
    <message>
        <source>Financial or invoice</source>
        <translation>Financieel of factuur</translation>
    </message>
    <message>
        <source>A financial export holds no content: “{label}”.</source>
        <translation>Een financiële export bevat geen inhoud: “{label}”.</translation>
    </message>
    <message>
        <source>“{label}” is not in the VNG/KING regie dataset.</source>
        <translation>“{label}” staat niet in de VNG/KING-regiedataset.</translation>
    </message>
    <message>
        <source>“{label}” is not a decision field: confirm it separately.</source>
        <translation>“{label}” is geen beschikkingsveld: bevestig het apart.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of the app. Update first.</source>
        <translation>Deze bundel is gemaakt met een nieuwere versie van de app. Werk de app eerst bij.</translation>
    </message>
    <message>
        <source>This file is not a Keukentafel bundle.</source>
        <translation>Dit bestand is geen Keukentafel-bundel.</translation>
    </message>
    <message>
        <source>This citizen&apos;s file is already in this vault.</source>
        <translation>Het dossier van deze inwoner staat al in deze kluis.</translation>
    </message>
    <message>
        <source>This bundle does not fit this vault. Nothing was imported.</source>
        <translation>Deze bundel past niet bij deze kluis. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This bundle is for someone else, not for this vault.</source>
        <translation>Deze bundel is voor iemand anders, niet voor deze kluis.</translation>
    </message>
    <message>
        <source>This bundle was changed after it was made. Do not use it.</source>
        <translation>Deze bundel is veranderd nadat hij is gemaakt. Gebruik hem niet.</translation>
    </message>
    <message>
        <source>The sender is not on the agency&apos;s roster.</source>
        <translation>De afzender staat niet op de medewerkerslijst van uw organisatie.</translation>
    </message>
    <message>
        <source>Only the named vaste vervanger may open a substitution.</source>
        <translation>Alleen de genoemde vaste vervanger mag een vervanging openen.</translation>
    </message>
    <message>
        <source>This substitution has ended.</source>
        <translation>Deze vervanging is afgelopen.</translation>
    </message>
    <message>
        <source>This bundle was imported before.</source>
        <translation>Deze bundel is al eerder geïmporteerd.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this key, or it is damaged.</source>
        <translation>Deze bundel is niet voor deze sleutel bedoeld, of hij is beschadigd.</translation>
    </message>
    <message>
        <source>Bundle {id} ({kind})</source>
        <translation>Bundel {id} ({kind})</translation>
    </message>
    <message>
        <source>Case number: {number}</source>
        <translation>Zaaknummer: {number}</translation>
    </message>
    <message>
        <source>Made {at} by worker {worker} (vault {vault})</source>
        <translation>Gemaakt op {at} door medewerker {worker} (kluis {vault})</translation>
    </message>
    <message>
        <source>For: {kind} {id}</source>
        <translation>Voor: {kind} {id}</translation>
    </message>
    <message>
        <source>Valid until: {date}</source>
        <translation>Geldig tot: {date}</translation>
    </message>
    <message>
        <source>Dossier {law} ({role}), keep until {date}</source>
        <translation>Dossier {law} ({role}), bewaren tot {date}</translation>
    </message>
    <message>
        <source>Items: {n}</source>
        <translation>Onderdelen: {n}</translation>
    </message>
    <message>
        <source>Rows: {n}</source>
        <translation>Regels: {n}</translation>
    </message>
    <message>
        <source>Consents: {n}</source>
        <translation>Toestemmingen: {n}</translation>
    </message>
    <message>
        <source>Disclosures: {n}</source>
        <translation>Verstrekkingen: {n}</translation>
    </message>
    <message>
        <source>Audit head: event {seq}, {hash}, signature valid</source>
        <translation>Laatste auditgebeurtenis: nummer {seq}, {hash}, handtekening geldig</translation>
    </message>
</context>
<context>
    <name>CaseMeeting</name>
    <message>
        <source>internal case meeting (casusoverleg)</source>
        <translation>intern casusoverleg</translation>
    </message>
    <message>
        <source>meeting with partners (ketenoverleg)</source>
        <translation>overleg met partners (ketenoverleg)</translation>
    </message>
    <message>
        <source>attends</source>
        <translation>is aanwezig</translation>
    </message>
    <message>
        <source>does not attend</source>
        <translation>is niet aanwezig</translation>
    </message>
    <message>
        <source>through the worker</source>
        <translation>via de medewerker</translation>
    </message>
    <message>
        <source>anonymously</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>by name, with the citizen&apos;s consent</source>
        <translation>met naam, met toestemming van de inwoner</translation>
    </message>
    <message>
        <source>by name, on a safety ground</source>
        <translation>met naam, op grond van veiligheid</translation>
    </message>
    <message>
        <source>orally</source>
        <translation>mondeling</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>schriftelijk</translation>
    </message>
    <message>
        <source>This looks like a BSN. Leave the number out of the meeting.</source>
        <translation>Dit lijkt op een BSN. Laat het nummer buiten het overleg.</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>the task or legal ground</source>
        <translation>de taak of wettelijke grondslag</translation>
    </message>
    <message>
        <source>Add the participants.</source>
        <translation>Voeg de deelnemers toe.</translation>
    </message>
    <message>
        <source>Record when and how the citizen was informed.</source>
        <translation>Leg vast wanneer en hoe de inwoner is geïnformeerd.</translation>
    </message>
    <message>
        <source>Discuss attendance with the citizen and record the choice.</source>
        <translation>Bespreek de aanwezigheid met de inwoner en leg de keuze vast.</translation>
    </message>
    <message>
        <source>Record the citizen&apos;s limits on sharing (or that there are none).</source>
        <translation>Leg de grenzen van de inwoner voor het delen vast (of dat er geen zijn).</translation>
    </message>
    <message>
        <source>The citizen is absent: choose anonymous, consent or a safety ground.</source>
        <translation>De inwoner is niet aanwezig: kies anoniem, toestemming of een veiligheidsgrond.</translation>
    </message>
    <message>
        <source>No consent names {organisation}.</source>
        <translation>Geen enkele toestemming noemt {organisation}.</translation>
    </message>
    <message>
        <source>{type} of {date}: {count} agreements.</source>
        <translation>{type} van {date}: {count} afspraken.</translation>
    </message>
    <message>
        <source>Case number: {number}</source>
        <translation>Zaaknummer: {number}</translation>
    </message>
    <message>
        <source>Meeting: {type}, {date}</source>
        <translation>Overleg: {type}, {date}</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>Doel: {purpose}</translation>
    </message>
    <message>
        <source>Agreements:</source>
        <translation>Afspraken:</translation>
    </message>
    <message>
        <source>An adviser gets no personal data; leave the items out.</source>
        <translation>Een adviseur krijgt geen persoonsgegevens; laat de onderdelen weg.</translation>
    </message>
    <message>
        <source>The case is discussed anonymously: no personal data can go out.</source>
        <translation>De casus wordt anoniem besproken: er kunnen geen persoonsgegevens naar buiten.</translation>
    </message>
    <message>
        <source>The citizen does not want “{label}” shared with {organisation}.</source>
        <translation>De inwoner wil niet dat “{label}” wordt gedeeld met {organisation}.</translation>
    </message>
    <message>
        <source>An item cannot be shared from here.</source>
        <translation>Een onderdeel kan niet vanuit hier worden gedeeld.</translation>
    </message>
    <message>
        <source>The details were purged.</source>
        <translation>De gegevens zijn gewist.</translation>
    </message>
    <message>
        <source>This citizen no longer exists.</source>
        <translation>Deze inwoner bestaat niet meer.</translation>
    </message>
    <message>
        <source>That participant is gone.</source>
        <translation>Die deelnemer bestaat niet meer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Mark the meeting ready first.</source>
        <translation>Markeer het overleg eerst als klaar.</translation>
    </message>
    <message>
        <source>The citizen objects to further discussion. Nothing leaves unless a safety override with a written justification is recorded.</source>
        <translation>De inwoner maakt bezwaar tegen verder bespreken. Er gaat niets naar buiten, tenzij een doorbreking om veiligheidsredenen met een schriftelijke onderbouwing is vastgelegd.</translation>
    </message>
    <message>
        <source>the purpose</source>
        <translation>het doel</translation>
    </message>
    <message>
        <source>how the citizen was informed</source>
        <translation>hoe de inwoner is geïnformeerd</translation>
    </message>
    <message>
        <source>Choose the domain or item the limit is about.</source>
        <translation>Kies het leefgebied of onderdeel waar de grens over gaat.</translation>
    </message>
    <message>
        <source>the safety ground</source>
        <translation>de veiligheidsgrond</translation>
    </message>
    <message>
        <source>the justification</source>
        <translation>de onderbouwing</translation>
    </message>
    <message>
        <source>The citizen has not objected; nothing to override.</source>
        <translation>De inwoner heeft geen bezwaar gemaakt; er is niets te doorbreken.</translation>
    </message>
    <message>
        <source>why identifiers are needed</source>
        <translation>waarom identificerende gegevens nodig zijn</translation>
    </message>
    <message>
        <source>the agreed action</source>
        <translation>de afgesproken actie</translation>
    </message>
    <message>
        <source>First mark the case as discussed.</source>
        <translation>Markeer de casus eerst als besproken.</translation>
    </message>
    <message>
        <source>That date lies ahead.</source>
        <translation>Die datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Dit overleg bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>CaseMeetingDialog</name>
    <message>
        <source>Case meeting</source>
        <translation>Casusoverleg</translation>
    </message>
    <message>
        <source>&amp;Start meeting</source>
        <translation>Overleg &amp;starten</translation>
    </message>
    <message>
        <source>the task or legal ground, in words</source>
        <translation>de taak of wettelijke grondslag, in woorden</translation>
    </message>
    <message>
        <source>Expert or adviser (no personal data)</source>
        <translation>Deskundige of adviseur (geen persoonsgegevens)</translation>
    </message>
    <message>
        <source>Add &amp;participant</source>
        <translation>&amp;Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Attendance was discussed</source>
        <translation>Aanwezigheid is besproken</translation>
    </message>
    <message>
        <source>Save &amp;before-meeting</source>
        <translation>&amp;Voorbereiding opslaan</translation>
    </message>
    <message>
        <source>the citizen&apos;s words</source>
        <translation>de woorden van de inwoner</translation>
    </message>
    <message>
        <source>Add &amp;limit</source>
        <translation>&amp;Grens toevoegen</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Record &amp;limits (none is an answer too)</source>
        <translation>Grenzen vast&amp;leggen (geen is ook een antwoord)</translation>
    </message>
    <message>
        <source>Mark &amp;ready</source>
        <translation>Markeren als &amp;klaar</translation>
    </message>
    <message>
        <source>Data this participant may get</source>
        <translation>Gegevens die deze deelnemer mag krijgen</translation>
    </message>
    <message>
        <source>Record &amp;agreement</source>
        <translation>&amp;Afspraak vastleggen</translation>
    </message>
    <message>
        <source>Show &amp;export</source>
        <translation>E&amp;xport tonen</translation>
    </message>
    <message>
        <source>Citizen &amp;objects</source>
        <translation>Inwoner maakt &amp;bezwaar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>S&amp;oort</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>Do&amp;el</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Datu&amp;m</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Orga&amp;nisatie</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Task or ground</source>
        <translation>&amp;Taak of grondslag</translation>
    </message>
    <message>
        <source>Before the meeting</source>
        <translation>Voor het overleg</translation>
    </message>
    <message>
        <source>Citizen &amp;informed on</source>
        <translation>Inwoner geïnformeerd o&amp;p</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Hoe</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>Aanwe&amp;zigheid</translation>
    </message>
    <message>
        <source>If absent, discussed</source>
        <translation>Bij afwezigheid besproken</translation>
    </message>
    <message>
        <source>Safety &amp;ground</source>
        <translation>Ve&amp;iligheidsgrond</translation>
    </message>
    <message>
        <source>The citizen&apos;s limits on sharing</source>
        <translation>Grenzen van de inwoner voor het delen</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>Met &amp;wie</translation>
    </message>
    <message>
        <source>Do&amp;main</source>
        <translation>Lee&amp;fgebied</translation>
    </message>
    <message>
        <source>Wo&amp;rds</source>
        <translation>Woo&amp;rden</translation>
    </message>
    <message>
        <source>Agreements (who gets which data for which action)</source>
        <translation>Afspraken (wie krijgt welke gegevens voor welke actie)</translation>
    </message>
    <message>
        <source>Partic&amp;ipant</source>
        <translation>Dee&amp;lnemer</translation>
    </message>
    <message>
        <source>Agreed a&amp;ction</source>
        <translation>Afgesproken a&amp;ctie</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Meeting started.</source>
        <translation>Overleg gestart.</translation>
    </message>
    <message>
        <source>everyone at the table</source>
        <translation>iedereen aan tafel</translation>
    </message>
    <message>
        <source> (adviser)</source>
        <translation> (adviseur)</translation>
    </message>
    <message>
        <source>Ready for the meeting.</source>
        <translation>Klaar voor het overleg.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Case number</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <source>There is contact with us since {date}.</source>
        <translation>Er is sinds {date} contact met ons.</translation>
    </message>
    <message>
        <source>That there is contact</source>
        <translation>Dat er contact is</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>Open of afgesloten</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>Help request of {date}</source>
        <translation>Hulpvraag van {date}</translation>
    </message>
    <message>
        <source>Note of {date}</source>
        <translation>Notitie van {date}</translation>
    </message>
    <message>
        <source>Limitation ({domain})</source>
        <translation>Beperking ({domain})</translation>
    </message>
    <message>
        <source>ZRM score ({domain})</source>
        <translation>ZRM-score ({domain})</translation>
    </message>
    <message>
        <source>{value} of 5; basis: {basis}</source>
        <translation>{value} van 5; gebaseerd op: {basis}</translation>
    </message>
    <message>
        <source>Network person: {relation}</source>
        <translation>Netwerkpersoon: {relation}</translation>
    </message>
    <message>
        <source>Medical adviser&apos;s conclusion of {date}</source>
        <translation>Conclusie van de medisch adviseur van {date}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>why we ask and what the data are for</source>
        <translation>waarom we het vragen en waarvoor de gegevens zijn</translation>
    </message>
    <message>
        <source>what is written down, and where it is kept</source>
        <translation>wat we opschrijven, en waar het wordt bewaard</translation>
    </message>
    <message>
        <source>who can see it</source>
        <translation>wie het kan zien</translation>
    </message>
    <message>
        <source>with whom it may be shared, and when</source>
        <translation>met wie het gedeeld mag worden, en wanneer</translation>
    </message>
    <message>
        <source>the citizen&apos;s rights and how to use them</source>
        <translation>de rechten van de inwoner en hoe die te gebruiken</translation>
    </message>
</context>
<context>
    <name>CitizenPicker</name>
    <message>
        <source>Name, date of birth or case number</source>
        <translation>Naam, geboortedatum of zaaknummer</translation>
    </message>
    <message>
        <source>Matches for {name}</source>
        <translation>Gevonden voor {name}</translation>
    </message>
</context>
<context>
    <name>CitizenView</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Case {number} · born {born}</source>
        <translation>Zaak {number} · geboren {born}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Enter opens the note to edit it.</source>
        <translation>Enter opent de notitie om die te bewerken.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Tekst van de notitie</translation>
    </message>
    <message>
        <source>&amp;Write a note:</source>
        <translation>&amp;Schrijf een notitie:</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>Notitie &amp;bewaren</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nieuwe notitie</translation>
    </message>
    <message>
        <source>&amp;Delete selected note</source>
        <translation>Gekozen notitie &amp;verwijderen</translation>
    </message>
    <message>
        <source>New &amp;kitchen-table conversation</source>
        <translation>Nieuw &amp;keukentafelgesprek</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Enter opens the conversation.</source>
        <translation>Enter opent het gesprek.</translation>
    </message>
    <message>
        <source>&amp;Herindicatie (new intake from this dossier)</source>
        <translation>&amp;Herindicatie (nieuwe intake vanuit dit dossier)</translation>
    </message>
    <message>
        <source>A new conversation in the dossier of the selected conversation; ask again.</source>
        <translation>Een nieuw gesprek in het dossier van het gekozen gesprek; stel de vragen opnieuw.</translation>
    </message>
    <message>
        <source>&amp;Inzage overview (all we hold)…</source>
        <translation>&amp;Inzage-overzicht (alles wat wij bewaren)…</translation>
    </message>
    <message>
        <source>Everything held about this citizen on paper, for an access request.</source>
        <translation>Alles wat wij over deze inwoner bewaren, op papier, voor een inzageverzoek.</translation>
    </message>
    <message>
        <source>C&amp;onsents…</source>
        <translation>To&amp;estemmingen…</translation>
    </message>
    <message>
        <source>The citizen&apos;s consents and their history.</source>
        <translation>De toestemmingen van de inwoner en hun geschiedenis.</translation>
    </message>
    <message>
        <source>Disc&amp;losures…</source>
        <translation>Ve&amp;rstrekkingen…</translation>
    </message>
    <message>
        <source>Every share with a third party, oral ones too, and requests from others.</source>
        <translation>Alles wat met derden is gedeeld, ook mondeling, en verzoeken van anderen.</translation>
    </message>
    <message>
        <source>Hand &amp;over (encrypted bundle)…</source>
        <translation>Over&amp;dragen (versleutelde bundel)…</translation>
    </message>
    <message>
        <source>One citizen, encrypted to the case system or a colleague on the roster.</source>
        <translation>Eén inwoner, versleuteld voor het zaaksysteem of voor een collega op de medewerkerslijst.</translation>
    </message>
    <message>
        <source>Case s&amp;ystem confirmed receipt…</source>
        <translation>Ontvangst door &amp;zaaksysteem bevestigd…</translation>
    </message>
    <message>
        <source>The local copy is then destroyed after the agency&apos;s period (retention).</source>
        <translation>De kopie op deze laptop wordt daarna vernietigd na de bewaartermijn van uw organisatie.</translation>
    </message>
    <message>
        <source>Ri&amp;ghts requests…</source>
        <translation>&amp;Privacyverzoeken…</translation>
    </message>
    <message>
        <source>Inzage, correction, deletion, restriction or objection, with due dates.</source>
        <translation>Inzage, correctie, verwijdering, beperking of bezwaar tegen verwerking, met termijnen.</translation>
    </message>
    <message>
        <source>Case &amp;meeting…</source>
        <translation>&amp;Casusoverleg…</translation>
    </message>
    <message>
        <source>A casusoverleg or ketenoverleg: participants, limits and agreements.</source>
        <translation>Een casusoverleg of ketenoverleg: deelnemers, grenzen en afspraken.</translation>
    </message>
    <message>
        <source>&amp;Back to overview</source>
        <translation>&amp;Terug naar overzicht</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>Parts of the file</source>
        <translation>Onderdelen van het dossier</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Vertegenwoordigers</translation>
    </message>
    <message>
        <source>Refusals and escalation</source>
        <translation>Weigeringen en opschaling</translation>
    </message>
    <message>
        <source>Receipt recorded; the local copy is proposed for destruction later.</source>
        <translation>Ontvangst vastgelegd; de kopie op deze laptop wordt later voorgesteld om te vernietigen.</translation>
    </message>
    <message>
        <source>Select the earlier conversation first.</source>
        <translation>Kies eerst het eerdere gesprek.</translation>
    </message>
    <message>
        <source>No agency profile is installed.</source>
        <translation>Er is geen profiel van uw organisatie geïnstalleerd.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen &amp;bewaren</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
    <message>
        <source>Select a note first.</source>
        <translation>Kies eerst een notitie.</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected note? It cannot be brought back.</source>
        <translation>De gekozen notitie verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Notitie verwijderd.</translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Afgerond</translation>
    </message>
    <message>
        <source>&amp;Broken off (the citizen stops)</source>
        <translation>Af&amp;gebroken (de inwoner stopt)</translation>
    </message>
    <message>
        <source>&amp;Not pursued (keep contact details only)</source>
        <translation>&amp;Niet doorgezet (alleen contactgegevens blijven)</translation>
    </message>
    <message>
        <source>I explained why the data are needed and what stopping means</source>
        <translation>Ik heb uitgelegd waarom de gegevens nodig zijn en wat stoppen betekent</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>Reden om te stoppen</translation>
    </message>
    <message>
        <source>Reason for stopping (broken off)</source>
        <translation>Reden om te stoppen (bij afbreken)</translation>
    </message>
    <message>
        <source>C&amp;lose the conversation</source>
        <translation>Gesprek a&amp;fsluiten</translation>
    </message>
    <message>
        <source>The conversation is closed: {state}.</source>
        <translation>Het gesprek is afgesloten: {state}.</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Stand: {state}</translation>
    </message>
    <message>
        <source>A document still needs its disposition (step Medical).</source>
        <translation>Bij een document staat nog niet wat ermee is gebeurd (stap Medisch).</translation>
    </message>
    <message>
        <source>Still to explain: personal plan, client support, pgb.</source>
        <translation>Nog uitleggen: persoonlijk plan, cliëntondersteuning, pgb.</translation>
    </message>
    <message>
        <source>Not yet looked back together.</source>
        <translation>Nog niet samen teruggekeken.</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>This intake is already closed ({state}).</source>
        <translation>Dit gesprek is al afgesloten ({state}).</translation>
    </message>
    <message>
        <source>Choose how the intake ends.</source>
        <translation>Kies hoe het gesprek eindigt.</translation>
    </message>
    <message>
        <source>A document the citizen showed has no disposition yet. Record whether it was returned, destroyed or sent to the medical adviser.</source>
        <translation>Bij een document dat de inwoner liet zien staat nog niet wat ermee is gebeurd. Leg vast of het is teruggegeven, vernietigd of doorgestuurd naar de medisch adviseur.</translation>
    </message>
    <message>
        <source>Before breaking off: confirm that you explained why the information is needed and what stopping means for the help request.</source>
        <translation>Voordat u afbreekt: bevestig dat u hebt uitgelegd waarom de gegevens nodig zijn en wat stoppen betekent voor de hulpvraag.</translation>
    </message>
    <message>
        <source>Write down briefly why the intake stops.</source>
        <translation>Schrijf kort op waarom het gesprek stopt.</translation>
    </message>
    <message>
        <source>Record first that the information sheet was given and explained.</source>
        <translation>Leg eerst vast dat het informatieblad is gegeven en uitgelegd.</translation>
    </message>
    <message>
        <source>Look back together with the citizen before closing.</source>
        <translation>Kijk eerst samen met de inwoner terug voordat u afsluit.</translation>
    </message>
    <message>
        <source>Tell the citizen about the personal plan, free client support and the pgb, and tick them in the Wmo onderzoek step.</source>
        <translation>Vertel de inwoner over het persoonlijk plan, gratis cliëntondersteuning en het pgb, en vink ze aan bij de stap Wmo-onderzoek.</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>&amp;Record the answer</source>
        <translation>Antwoord &amp;vastleggen</translation>
    </message>
    <message>
        <source>Ask: &quot;Are there other things you are worried about?&quot; A new question becomes a further help request (step Help request); a further domain is proposed in Life domains and opens only with the citizen&apos;s yes.</source>
        <translation>Vraag: &quot;Zijn er nog andere dingen waar u zich zorgen over maakt?&quot; Een nieuwe vraag wordt een extra hulpvraag (stap Hulpvraag); een ander leefgebied stelt u voor bij Leefgebieden en gaat alleen open als de inwoner ja zegt.</translation>
    </message>
    <message>
        <source>The citizen&apos;s &amp;answer:</source>
        <translation>&amp;Antwoord van de inwoner:</translation>
    </message>
    <message>
        <source>Answer recorded.</source>
        <translation>Antwoord vastgelegd.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>waiver of the holder&apos;s secrecy</source>
        <translation>ontheffing van de geheimhoudingsplicht van de houder</translation>
    </message>
    <message>
        <source>consent the law requires</source>
        <translation>toestemming die de wet vraagt</translation>
    </message>
    <message>
        <source>consent under the AVG (GDPR)</source>
        <translation>toestemming op grond van de AVG</translation>
    </message>
    <message>
        <source>obtain data from</source>
        <translation>gegevens opvragen bij</translation>
    </message>
    <message>
        <source>give data to</source>
        <translation>gegevens geven aan</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>de inwoner</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>wettelijk vertegenwoordiger</translation>
    </message>
    <message>
        <source>parent with authority</source>
        <translation>ouder met gezag</translation>
    </message>
    <message>
        <source>young person aged 12 or over</source>
        <translation>jongere van 12 jaar of ouder</translation>
    </message>
    <message>
        <source>oral (mondeling)</source>
        <translation>mondeling</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>schriftelijk</translation>
    </message>
    <message>
        <source>Fill in {what}.</source>
        <translation>Vul {what} in.</translation>
    </message>
    <message>
        <source>{what} is too long (at most 500 characters).</source>
        <translation>{what} is te lang (hoogstens 500 tekens).</translation>
    </message>
    <message>
        <source>{what} is too general (“{word}”). Name the organisation, the data or the purpose itself.</source>
        <translation>{what} is te algemeen (“{word}”). Noem de organisatie, de gegevens of het doel zelf.</translation>
    </message>
    <message>
        <source>the agency</source>
        <translation>uw organisatie</translation>
    </message>
    <message>
        <source>the organisation that holds the data</source>
        <translation>de organisatie die de gegevens bewaart</translation>
    </message>
    <message>
        <source>the organisation that receives the data</source>
        <translation>de organisatie die de gegevens ontvangt</translation>
    </message>
    <message>
        <source>the role or person</source>
        <translation>de rol of persoon</translation>
    </message>
    <message>
        <source>the purpose</source>
        <translation>het doel</translation>
    </message>
    <message>
        <source>the law or task</source>
        <translation>de wet of taak</translation>
    </message>
    <message>
        <source>who gives the consent</source>
        <translation>wie de toestemming geeft</translation>
    </message>
    <message>
        <source>The end date must be after today.</source>
        <translation>De einddatum moet na vandaag liggen.</translation>
    </message>
    <message>
        <source>A consent is for this request only: choose an end date within one year.</source>
        <translation>Een toestemming geldt alleen voor deze hulpvraag: kies een einddatum binnen een jaar.</translation>
    </message>
    <message>
        <source>A GP is only asked for information, never sent it.</source>
        <translation>Aan een huisarts wordt alleen informatie gevraagd. Een huisarts krijgt nooit informatie van ons.</translation>
    </message>
    <message>
        <source>the medical adviser</source>
        <translation>de medisch adviseur</translation>
    </message>
    <message>
        <source>Confirm that the data are needed.</source>
        <translation>Bevestig dat de gegevens nodig zijn.</translation>
    </message>
    <message>
        <source>Confirm that there is no lighter way to get them.</source>
        <translation>Bevestig dat er geen lichtere manier is om ze te krijgen.</translation>
    </message>
    <message>
        <source>Confirm that asking is in proportion to the help request.</source>
        <translation>Bevestig dat het opvragen in verhouding staat tot de hulpvraag.</translation>
    </message>
    <message>
        <source>Tick that you explained the form, its exceptions included.</source>
        <translation>Vink aan dat u het formulier hebt uitgelegd, ook de uitzonderingen.</translation>
    </message>
    <message>
        <source>Name at least one data item.</source>
        <translation>Noem minstens één gegeven.</translation>
    </message>
    <message>
        <source>Name at most 20 data items.</source>
        <translation>Noem hoogstens 20 gegevens.</translation>
    </message>
    <message>
        <source>a data item</source>
        <translation>een gegeven</translation>
    </message>
    <message>
        <source>A doctor is never asked for a copy of the file. Ask one specific question.</source>
        <translation>Aan een arts wordt nooit een kopie van het dossier gevraagd. Stel één concrete vraag.</translation>
    </message>
    <message>
        <source>Write each question as a question (ending in ?).</source>
        <translation>Schrijf elke vraag als vraag (met een ? aan het eind).</translation>
    </message>
    <message>
        <source>Under 12 the parent(s) with authority decide.</source>
        <translation>Onder de 12 jaar beslissen de ouder(s) met gezag.</translation>
    </message>
    <message>
        <source>From 12 to 18 the young person decides, or the parent(s) with authority when the young person cannot judge this.</source>
        <translation>Van 12 tot 18 jaar beslist de jongere zelf, of de ouder(s) met gezag als de jongere dit niet goed kan beoordelen.</translation>
    </message>
    <message>
        <source>An adult decides as the citizen or through a representative.</source>
        <translation>Een volwassene beslist zelf als inwoner of via een vertegenwoordiger.</translation>
    </message>
    <message>
        <source>This conversation is no longer in the vault.</source>
        <translation>Dit gesprek staat niet meer in de kluis.</translation>
    </message>
</context>
<context>
    <name>ConsentRecord</name>
    <message>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>refused by the citizen</source>
        <translation>geweigerd door de inwoner</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>nog niet geldig</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>foutief ingevoerd</translation>
    </message>
    <message>
        <source>given</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>verlengd</translation>
    </message>
</context>
<context>
    <name>ConsentRecordsDialog</name>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Consent records and their history</source>
        <translation>Vastgelegde toestemmingen en hun geschiedenis</translation>
    </message>
    <message>
        <source>Consent or event</source>
        <translation>Toestemming of gebeurtenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>What to record</source>
        <translation>Wat u wilt vastleggen</translation>
    </message>
    <message>
        <source>&amp;New consent form…</source>
        <translation>&amp;Nieuw toestemmingsformulier…</translation>
    </message>
    <message>
        <source>&amp;Yes, the citizen agrees</source>
        <translation>&amp;Ja, de inwoner geeft toestemming</translation>
    </message>
    <message>
        <source>N&amp;o, the citizen refuses</source>
        <translation>N&amp;ee, de inwoner weigert</translation>
    </message>
    <message>
        <source>for an oral consent: what the citizen said</source>
        <translation>bij mondelinge toestemming: wat de inwoner zei</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Besluit vastleggen</translation>
    </message>
    <message>
        <source>Consent &amp;form</source>
        <translation>Toestemmings&amp;formulier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Hoe</translation>
    </message>
    <message>
        <source>&amp;Attestation</source>
        <translation>&amp;Verklaring</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <source>Ho&amp;w</source>
        <translation>H&amp;oe</translation>
    </message>
    <message>
        <source>&amp;By whom</source>
        <translation>&amp;Door wie</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>Opme&amp;rking</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>R&amp;enew</source>
        <translation>&amp;Verlengen</translation>
    </message>
    <message>
        <source>New &amp;end date</source>
        <translation>Nieuwe &amp;einddatum</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>&amp;Mark as entered in error</source>
        <translation>&amp;Markeren als foutief ingevoerd</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Foutief ingevoerd</translation>
    </message>
    <message>
        <source>refused by the citizen</source>
        <translation>geweigerd door de inwoner</translation>
    </message>
    <message>
        <source>version {n}: {items}</source>
        <translation>versie {n}: {items}</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>tot {day}</translation>
    </message>
</context>
<context>
    <name>ConsentRequestDialog</name>
    <message>
        <source>What the consent form asks</source>
        <translation>Wat het toestemmingsformulier vraagt</translation>
    </message>
    <message>
        <source>if known</source>
        <translation>als bekend</translation>
    </message>
    <message>
        <source>A named data item, or a question</source>
        <translation>Een genoemd gegeven, of een vraag</translation>
    </message>
    <message>
        <source>tied to the help request above</source>
        <translation>passend bij de hulpvraag hierboven</translation>
    </message>
    <message>
        <source>The data are needed for this request</source>
        <translation>De gegevens zijn nodig voor deze hulpvraag</translation>
    </message>
    <message>
        <source>There is no lighter way to get them</source>
        <translation>Er is geen lichtere manier om ze te krijgen</translation>
    </message>
    <message>
        <source>Asking is in proportion to the help request</source>
        <translation>Het opvragen staat in verhouding tot de hulpvraag</translation>
    </message>
    <message>
        <source>Explanation given, the exceptions included</source>
        <translation>Uitleg gegeven, ook over de uitzonderingen</translation>
    </message>
    <message>
        <source>&amp;Kind of consent</source>
        <translation>&amp;Soort toestemming</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richting</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Ro&amp;l</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>Data &amp;items</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>&amp;Law or task</source>
        <translation>&amp;Wet of taak</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>Geldig &amp;tot</translation>
    </message>
    <message>
        <source>&amp;Answer goes to (GP only)</source>
        <translation>&amp;Antwoord naar (alleen huisarts)</translation>
    </message>
    <message>
        <source>&amp;Who decides</source>
        <translation>W&amp;ie beslist</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Beslist als</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Vorm</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>Write down in your own words what the citizen agreed to orally.</source>
        <translation>Schrijf in uw eigen woorden op waar de inwoner mondeling mee instemde.</translation>
    </message>
    <message>
        <source>The attestation is too long (at most 500 characters).</source>
        <translation>De verklaring is te lang (hoogstens 500 tekens).</translation>
    </message>
    <message>
        <source>The consent cannot start after its end date.</source>
        <translation>De toestemming kan niet na de einddatum beginnen.</translation>
    </message>
    <message>
        <source>The citizen refused this consent; there is nothing to withdraw.</source>
        <translation>De inwoner heeft deze toestemming geweigerd; er is niets in te trekken.</translation>
    </message>
    <message>
        <source>This consent was entered in error; it never applied.</source>
        <translation>Deze toestemming is foutief ingevoerd; ze heeft nooit gegolden.</translation>
    </message>
    <message>
        <source>This consent has already been withdrawn.</source>
        <translation>Deze toestemming is al ingetrokken.</translation>
    </message>
    <message>
        <source>This consent has expired; record a new one.</source>
        <translation>Deze toestemming is verlopen; leg een nieuwe vast.</translation>
    </message>
    <message>
        <source>The new end date must be after the current one.</source>
        <translation>De nieuwe einddatum moet na de huidige einddatum liggen.</translation>
    </message>
    <message>
        <source>The moment of withdrawal must lie between the consent and now.</source>
        <translation>Het moment van intrekken moet tussen de toestemming en nu liggen.</translation>
    </message>
    <message>
        <source>The text is too long (at most 500 characters).</source>
        <translation>De tekst is te lang (hoogstens 500 tekens).</translation>
    </message>
    <message>
        <source>The note is too long (at most 500 characters).</source>
        <translation>De opmerking is te lang (hoogstens 500 tekens).</translation>
    </message>
    <message>
        <source>This consent form is no longer in the vault.</source>
        <translation>Dit toestemmingsformulier staat niet meer in de kluis.</translation>
    </message>
    <message>
        <source>Replaced by a new version.</source>
        <translation>Vervangen door een nieuwe versie.</translation>
    </message>
    <message>
        <source>who withdrew the consent</source>
        <translation>wie de toestemming heeft ingetrokken</translation>
    </message>
    <message>
        <source>There is no valid consent for this organisation.</source>
        <translation>Er is geen geldige toestemming voor deze organisatie.</translation>
    </message>
    <message>
        <source>This consent is already marked as an error.</source>
        <translation>Deze toestemming is al gemarkeerd als fout.</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>de reden</translation>
    </message>
    <message>
        <source>This consent is no longer in the vault.</source>
        <translation>Deze toestemming staat niet meer in de kluis.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a note</source>
        <translation>Notitie corrigeren</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>&amp;Corrected text (the earlier text stays in history)</source>
        <translation>&amp;Gecorrigeerde tekst (de eerdere tekst blijft in de geschiedenis)</translation>
    </message>
    <message>
        <source>The citizen&apos;s own &amp;statement beside it</source>
        <translation>Eigen &amp;verklaring van de inwoner ernaast</translation>
    </message>
    <message>
        <source>There is no note to correct.</source>
        <translation>Er is geen notitie om te corrigeren.</translation>
    </message>
    <message>
        <source>Saved. These recipients got data and may need to be told: {names}</source>
        <translation>Opgeslagen. Deze ontvangers kregen gegevens en moeten misschien op de hoogte worden gebracht: {names}</translation>
    </message>
    <message>
        <source>Saved. Nobody received data about this citizen.</source>
        <translation>Opgeslagen. Niemand heeft gegevens over deze inwoner ontvangen.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Write the date as day-month-year, e.g. 07-03-2026.</source>
        <translation>Schrijf de datum als dag-maand-jaar, bijvoorbeeld 07-03-2026.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>statutory provision</source>
        <translation>wettelijke verstrekking</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>exception without consent</source>
        <translation>uitzondering zonder toestemming</translation>
    </message>
    <message>
        <source>in person (oral)</source>
        <translation>persoonlijk (mondeling)</translation>
    </message>
    <message>
        <source>by telephone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>op papier</translation>
    </message>
    <message>
        <source>encrypted bundle</source>
        <translation>versleutelde bundel</translation>
    </message>
    <message>
        <source>in a case meeting</source>
        <translation>in een casusoverleg</translation>
    </message>
    <message>
        <source>the agency&apos;s secure channel</source>
        <translation>het beveiligde kanaal van uw organisatie</translation>
    </message>
    <message>
        <source>Report to Veilig Thuis (meldrecht, meldcode)</source>
        <translation>Melding bij Veilig Thuis (meldrecht, meldcode)</translation>
    </message>
    <message>
        <source>Safety of a child</source>
        <translation>Veiligheid van een kind</translation>
    </message>
    <message>
        <source>Danger to the citizen or others</source>
        <translation>Gevaar voor de inwoner of anderen</translation>
    </message>
    <message>
        <source>Inquiry by the Raad voor de Kinderbescherming (OTS)</source>
        <translation>Onderzoek door de Raad voor de Kinderbescherming (OTS)</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Bevel van de rechter</translation>
    </message>
    <message>
        <source>Jeugdbeschermingsplein</source>
        <translation>Jeugdbeschermingsplein</translation>
    </message>
    <message>
        <source>SISA signal (young person)</source>
        <translation>SISA-signaal (jongere)</translation>
    </message>
    <message>
        <source>Veiligheidshuis check</source>
        <translation>Navraag door het Veiligheidshuis</translation>
    </message>
    <message>
        <source>Expert for persons with confused behaviour (PGA)</source>
        <translation>Expert voor personen met verward gedrag (PGA)</translation>
    </message>
    <message>
        <source>Vital interest (emergency only)</source>
        <translation>Vitaal belang (alleen bij nood)</translation>
    </message>
    <message>
        <source>Name the recipient.</source>
        <translation>Noem de ontvanger.</translation>
    </message>
    <message>
        <source>Tick at least one item to share.</source>
        <translation>Vink minstens één onderdeel aan om te delen.</translation>
    </message>
    <message>
        <source>The share lies ahead.</source>
        <translation>Het moment van delen ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Write down the purpose.</source>
        <translation>Schrijf het doel op.</translation>
    </message>
    <message>
        <source>The purpose is too long.</source>
        <translation>Het doel is te lang.</translation>
    </message>
    <message>
        <source>The purpose is too general (“{word}”).</source>
        <translation>Het doel is te algemeen (“{word}”).</translation>
    </message>
    <message>
        <source>“{label}” needs its own ground.</source>
        <translation>“{label}” heeft een eigen grondslag nodig.</translation>
    </message>
    <message>
        <source>No valid consent covers “{label}” for this recipient at that moment.</source>
        <translation>Er is op dat moment geen geldige toestemming die “{label}” dekt voor deze ontvanger.</translation>
    </message>
    <message>
        <source>Sharing without the citizen&apos;s knowledge or against their will needs a second named person who agrees.</source>
        <translation>Delen zonder medeweten van de inwoner of tegen zijn of haar wil kan alleen als een tweede persoon, met naam, daarmee instemt.</translation>
    </message>
    <message>
        <source>Write down why this cannot wait or be done with the citizen&apos;s knowledge.</source>
        <translation>Schrijf op waarom dit niet kan wachten of niet met medeweten van de inwoner kan gebeuren.</translation>
    </message>
    <message>
        <source>A housing corporation gets no addresses or data for enforcement. Help the citizen instead, with their consent.</source>
        <translation>Een woningcorporatie krijgt geen adressen of gegevens voor handhaving. Help in plaats daarvan de inwoner, met zijn of haar toestemming.</translation>
    </message>
    <message>
        <source>This recipient is not a statutory recipient in the agency profile. Use a consent or a listed exception.</source>
        <translation>Deze ontvanger is geen wettelijke ontvanger in het profiel van uw organisatie. Gebruik een toestemming of een uitzondering uit de lijst.</translation>
    </message>
    <message>
        <source>The law does not give “{label}” to this recipient.</source>
        <translation>De wet geeft “{label}” niet aan deze ontvanger.</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Kies een reden uit de lijst.</translation>
    </message>
    <message>
        <source>Name the legal ground.</source>
        <translation>Noem de wettelijke grondslag.</translation>
    </message>
    <message>
        <source>Describe the minimum data that was shared.</source>
        <translation>Beschrijf de minimale gegevens die zijn gedeeld.</translation>
    </message>
    <message>
        <source>Record when the citizen was told, or the safety reason to tell later.</source>
        <translation>Leg vast wanneer de inwoner is geïnformeerd, of om welke veiligheidsreden dat later gebeurt.</translation>
    </message>
    <message>
        <source>Choose a review date after today.</source>
        <translation>Kies een datum voor beoordeling na vandaag.</translation>
    </message>
    <message>
        <source>Write down the justification for this case.</source>
        <translation>Schrijf de onderbouwing voor deze casus op.</translation>
    </message>
    <message>
        <source>Record when the young person and the parents were informed.</source>
        <translation>Leg vast wanneer de jongere en de ouders zijn geïnformeerd.</translation>
    </message>
    <message>
        <source>Record when the client was told.</source>
        <translation>Leg vast wanneer de cliënt is geïnformeerd.</translation>
    </message>
    <message>
        <source>The Veiligheidshuis gets only: client yes or no, the casusregisseur, open or closed.</source>
        <translation>Het Veiligheidshuis krijgt alleen: cliënt ja of nee, de casusregisseur, open of afgesloten.</translation>
    </message>
    <message>
        <source>The citizen asked to restrict the use of their data (AVG art. 18). Nothing is shared while that lasts, except on a listed exception.</source>
        <translation>De inwoner heeft gevraagd het gebruik van zijn of haar gegevens te beperken (AVG art. 18). Zolang dat geldt, wordt niets gedeeld, behalve bij een uitzondering uit de lijst.</translation>
    </message>
    <message>
        <source>This citizen no longer exists.</source>
        <translation>Deze inwoner bestaat niet meer.</translation>
    </message>
    <message>
        <source>The entry to correct is gone.</source>
        <translation>De te corrigeren registratie staat er niet meer in.</translation>
    </message>
    <message>
        <source>An item cannot be shared from here.</source>
        <translation>Een onderdeel kan niet vanuit hier worden gedeeld.</translation>
    </message>
    <message>
        <source>That request is gone.</source>
        <translation>Dat verzoek staat er niet meer in.</translation>
    </message>
    <message>
        <source>First discuss the request with the citizen and record that.</source>
        <translation>Bespreek het verzoek eerst met de inwoner en leg dat vast.</translation>
    </message>
    <message>
        <source>Name who asked.</source>
        <translation>Noem wie het vroeg.</translation>
    </message>
    <message>
        <source>Write down what was asked.</source>
        <translation>Schrijf op wat er is gevraagd.</translation>
    </message>
    <message>
        <source>Choose how it came in.</source>
        <translation>Kies hoe het binnenkwam.</translation>
    </message>
    <message>
        <source>That date lies ahead.</source>
        <translation>Die datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Write down how it was discussed, on a date up to today.</source>
        <translation>Schrijf op hoe het is besproken, op een datum tot en met vandaag.</translation>
    </message>
    <message>
        <source>Choose refused or withdrawn.</source>
        <translation>Kies geweigerd of ingetrokken.</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Record a disclosure</source>
        <translation>Verstrekking vastleggen</translation>
    </message>
    <message>
        <source>What was shared (nothing is ticked until you tick it)</source>
        <translation>Wat is gedeeld (er is niets aangevinkt tot u het zelf aanvinkt)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>if known</source>
        <translation>als bekend</translation>
    </message>
    <message>
        <source>why this recipient needs it, for this request</source>
        <translation>waarom deze ontvanger het nodig heeft, voor dit verzoek</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>O&amp;ntvanger</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>Ro&amp;l</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>P&amp;ersoon</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>R&amp;ichting</translation>
    </message>
    <message>
        <source>&amp;When shared</source>
        <translation>Ti&amp;jdstip van delen</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>Answers the request of {date}: {asked}</source>
        <translation>Antwoord op het verzoek van {date}: {asked}</translation>
    </message>
    <message>
        <source>Correct a disclosure</source>
        <translation>Verstrekking corrigeren</translation>
    </message>
    <message>
        <source>Corrects the entry of {date} to {recipient}. The earlier entry stays as it was; tick again what was really shared.</source>
        <translation>Corrigeert de registratie van {date} aan {recipient}. De eerdere registratie blijft zoals die was; vink opnieuw aan wat echt is gedeeld.</translation>
    </message>
    <message>
        <source>Any valid consent that covers each item</source>
        <translation>Per onderdeel: elke geldige toestemming die het dekt</translation>
    </message>
    <message>
        <source>{status} until {until}: {organisation} — {items}</source>
        <translation>{status} tot {until}: {organisation} — {items}</translation>
    </message>
    <message>
        <source>Choose the ground of this share.</source>
        <translation>Kies de grondslag van deze verstrekking.</translation>
    </message>
</context>
<context>
    <name>DisclosureLog</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <source>Every disclosure, corrections as new entries</source>
        <translation>Elke verstrekking, correcties als nieuwe registraties</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Dat/wat</source>
        <translation>Dat/wat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>&amp;Record a disclosure…</source>
        <translation>Verstrekking &amp;vastleggen…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corrigeren…</translation>
    </message>
    <message>
        <source>Requests from third parties</source>
        <translation>Verzoeken van derden</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Discussed with the citizen</source>
        <translation>Besproken met de inwoner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Log a request…</source>
        <translation>Verzoek &amp;noteren…</translation>
    </message>
    <message>
        <source>&amp;Discussed with the citizen…</source>
        <translation>&amp;Besproken met de inwoner…</translation>
    </message>
    <message>
        <source>&amp;Answer the request…</source>
        <translation>Verzoek be&amp;antwoorden…</translation>
    </message>
    <message>
        <source>&lt;b&gt;What was shared, and with whom&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wat is gedeeld, en met wie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests from third parties&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verzoeken van derden&lt;/b&gt;</translation>
    </message>
    <message>
        <source> [{kind}; own ground: {ground}]</source>
        <translation> [{kind}; eigen grondslag: {ground}]</translation>
    </message>
    <message>
        <source> (as “{name}”)</source>
        <translation> (als “{name}”)</translation>
    </message>
    <message>
        <source>Corrects the entry of {date}</source>
        <translation>Corrigeert de regel van {date}</translation>
    </message>
    <message>
        <source>Corrected by a later entry</source>
        <translation>Gecorrigeerd door een latere regel</translation>
    </message>
    <message>
        <source>Citizen not yet told</source>
        <translation>Inwoner nog niet geïnformeerd</translation>
    </message>
    <message>
        <source>not yet: nothing may be given</source>
        <translation>nog niet: er mag niets worden gegeven</translation>
    </message>
</context>
<context>
    <name>DiscussedDialog</name>
    <message>
        <source>Discussed with the citizen</source>
        <translation>Besproken met de inwoner</translation>
    </message>
    <message>
        <source>how, and what the citizen said</source>
        <translation>hoe, en wat de inwoner zei</translation>
    </message>
    <message>
        <source>Request of {date} from {organisation}: {asked}</source>
        <translation>Verzoek van {organisation} op {date}: {asked}</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Op</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Hoe</translation>
    </message>
</context>
<context>
    <name>DisplaySettings</name>
    <message>
        <source>Show Keukentafel in this language</source>
        <translation>Keukentafel in deze taal tonen</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsBox</name>
    <message>
        <source>Language and display</source>
        <translation>Taal en weergave</translation>
    </message>
    <message>
        <source>&amp;High contrast (white text on black)</source>
        <translation>&amp;Hoog contrast (witte tekst op zwart)</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>Tekst&amp;grootte:</translation>
    </message>
    <message>
        <source>Changes take effect at once; what you have typed stays. Papers for the citizen are in the language chosen on the paper itself.</source>
        <translation>Wijzigingen gelden meteen; wat u hebt getypt, blijft staan. Papieren voor de inwoner zijn in de taal die bij het papier zelf is gekozen.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This paper cannot be made yet. Missing: {items}.</source>
        <translation>Dit papier kan nog niet worden gemaakt. Het ontbreekt aan: {items}.</translation>
    </message>
    <message>
        <source>the worker (not on the agency roster)</source>
        <translation>de medewerker (staat niet op de medewerkerslijst van de organisatie)</translation>
    </message>
    <message>
        <source>Unknown language: {items}.</source>
        <translation>Onbekende taal: {items}.</translation>
    </message>
    <message>
        <source>The agency profile names no text version for this paper in this language ({items}). Choose another language or ask the administrator.</source>
        <translation>Het organisatieprofiel noemt geen tekstversie van dit papier in deze taal ({items}). Kies een andere taal of vraag het de beheerder.</translation>
    </message>
    <message>
        <source>Text version {items} is not part of this app. Ask the administrator to update the agency profile or the app.</source>
        <translation>Tekstversie {items} zit niet in deze app. Vraag de beheerder het organisatieprofiel of de app bij te werken.</translation>
    </message>
    <message>
        <source>Text version {items} has been withdrawn and may no longer be handed out. Ask the administrator for the current version.</source>
        <translation>Tekstversie {items} is ingetrokken en mag niet meer worden uitgereikt. Vraag de beheerder om de geldende versie.</translation>
    </message>
    <message>
        <source>the citizen (no longer in this vault)</source>
        <translation>de inwoner (staat niet meer in deze kluis)</translation>
    </message>
    <message>
        <source>Unknown paper: {items}.</source>
        <translation>Onbekend papier: {items}.</translation>
    </message>
    <message>
        <source>the conversation this paper is about</source>
        <translation>het gesprek waar dit papier over gaat</translation>
    </message>
    <message>
        <source>the network person (not recorded in this conversation)</source>
        <translation>de netwerkpersoon (niet vastgelegd in dit gesprek)</translation>
    </message>
    <message>
        <source>the citizen this paper is for</source>
        <translation>de inwoner voor wie dit papier is</translation>
    </message>
    <message>
        <source>Fill in the date of posting.</source>
        <translation>Vul de datum in waarop het is verstuurd.</translation>
    </message>
    <message>
        <source>Only the general information sheet exists pre-printed.</source>
        <translation>Alleen het algemene informatieblad bestaat voorgedrukt.</translation>
    </message>
    <message>
        <source>Fill in the number printed on the sheet.</source>
        <translation>Vul het nummer in dat op het blad staat.</translation>
    </message>
    <message>
        <source>This paper is no longer waiting to be printed.</source>
        <translation>Dit papier wacht niet meer op afdrukken.</translation>
    </message>
    <message>
        <source>This paper cannot be made: {items}</source>
        <translation>Dit papier kan niet worden gemaakt: {items}</translation>
    </message>
    <message>
        <source>this consent was not given orally; print the consent form</source>
        <translation>deze toestemming is niet mondeling gegeven; druk het toestemmingsformulier af</translation>
    </message>
    <message>
        <source>the complaint desk (complaint_routes kind klachtenloket)</source>
        <translation>het klachtenloket (complaint_routes kind klachtenloket)</translation>
    </message>
    <message>
        <source>the ombudsman (complaint_routes kind ombudsman)</source>
        <translation>de ombudsman (complaint_routes kind ombudsman)</translation>
    </message>
    <message>
        <source>the Autoriteit Persoonsgegevens (complaint_routes kind autoriteit_persoonsgegevens)</source>
        <translation>de Autoriteit Persoonsgegevens (complaint_routes kind autoriteit_persoonsgegevens)</translation>
    </message>
    <message>
        <source>where to send an objection (complaint_routes kind bezwaar)</source>
        <translation>waar een bezwaar naartoe moet (complaint_routes kind bezwaar)</translation>
    </message>
    <message>
        <source>the court (complaint_routes kind rechter)</source>
        <translation>de rechter (complaint_routes kind rechter)</translation>
    </message>
    <message>
        <source>the name of the controller</source>
        <translation>de naam van de verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>the controller&apos;s address</source>
        <translation>het adres van de verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>the controller&apos;s phone or email</source>
        <translation>het telefoonnummer of e-mailadres van de verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>the name of the organisation</source>
        <translation>de naam van de organisatie</translation>
    </message>
    <message>
        <source>the worker&apos;s employer</source>
        <translation>de werkgever van de medewerker</translation>
    </message>
    <message>
        <source>the worker&apos;s team</source>
        <translation>het team van de medewerker</translation>
    </message>
    <message>
        <source>the worker&apos;s permanent substitute</source>
        <translation>de vaste vervanger van de medewerker</translation>
    </message>
    <message>
        <source>who receives data by law</source>
        <translation>wie volgens de wet gegevens ontvangt</translation>
    </message>
    <message>
        <source>the medical adviser</source>
        <translation>de medisch adviseur</translation>
    </message>
    <message>
        <source>the Wmo retention term</source>
        <translation>de bewaartermijn voor de Wmo</translation>
    </message>
    <message>
        <source>the youth care retention term</source>
        <translation>de bewaartermijn voor jeugdhulp</translation>
    </message>
    <message>
        <source>when the laptop copy is removed</source>
        <translation>wanneer de kopie op de laptop wordt verwijderd</translation>
    </message>
    <message>
        <source>the privacy contact point</source>
        <translation>het aanspreekpunt voor privacy</translation>
    </message>
    <message>
        <source>the data protection officer</source>
        <translation>de functionaris gegevensbescherming</translation>
    </message>
    <message>
        <source>the name of the case system</source>
        <translation>de naam van het zaaksysteem</translation>
    </message>
    <message>
        <source>the consent this paper is about</source>
        <translation>de toestemming waar dit papier over gaat</translation>
    </message>
    <message>
        <source>the questions this paper is about</source>
        <translation>de vragen waar dit papier over gaat</translation>
    </message>
</context>
<context>
    <name>DomainContent</name>
    <message>
        <source>Notes in this domain</source>
        <translation>Notities in dit leefgebied</translation>
    </message>
    <message>
        <source>Enter opens the note to correct it; the earlier version is kept.</source>
        <translation>Enter opent de notitie om die te corrigeren; de eerdere versie blijft bewaard.</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>feit</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>waarneming</translation>
    </message>
    <message>
        <source>interpretation (of a fact)</source>
        <translation>interpretatie (van een feit)</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>de inwoner</translation>
    </message>
    <message>
        <source>me (worker)</source>
        <translation>ikzelf (medewerker)</translation>
    </message>
    <message>
        <source>network</source>
        <translation>netwerk</translation>
    </message>
    <message>
        <source>other professional</source>
        <translation>andere professional</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>working file</source>
        <translation>werkdossier</translation>
    </message>
    <message>
        <source>my own note (expires, never shared)</source>
        <translation>eigen werkaantekening (verloopt, nooit gedeeld)</translation>
    </message>
    <message>
        <source>confidential (never shared)</source>
        <translation>vertrouwelijk (nooit gedeeld)</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Tekst van de notitie</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>&amp;Notitie opslaan</translation>
    </message>
    <message>
        <source>&amp;Keep this wording</source>
        <translation>Deze &amp;woorden toch houden</translation>
    </message>
    <message>
        <source>Move a copy into the &amp;toeleiding…</source>
        <translation>Kopie &amp;verplaatsen naar de toeleiding…</translation>
    </message>
    <message>
        <source>Contributed to the decision</source>
        <translation>Bijgedragen aan het besluit</translation>
    </message>
    <message>
        <source>Only working-file notes marked this way go with the archive export.</source>
        <translation>Alleen notities uit het werkdossier met deze markering gaan mee naar het archief.</translation>
    </message>
    <message>
        <source>Save &amp;limitation</source>
        <translation>&amp;Beperking opslaan</translation>
    </message>
    <message>
        <source>Save &amp;score</source>
        <translation>&amp;Score opslaan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Bro&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Waar:</translation>
    </message>
    <message>
        <source>Based on &amp;fact:</source>
        <translation>Op &amp;feit:</translation>
    </message>
    <message>
        <source>Note &amp;text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>&amp;Limitation (what the citizen cannot do):</source>
        <translation>Beper&amp;king (wat de inwoner niet kan):</translation>
    </message>
    <message>
        <source>Limitation so&amp;urce:</source>
        <translation>Bron van de be&amp;perking:</translation>
    </message>
    <message>
        <source>ZRM s&amp;core:</source>
        <translation>ZRM-s&amp;core:</translation>
    </message>
    <message>
        <source>Score &amp;based on:</source>
        <translation>Score &amp;gebaseerd op:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>[working file, contributed to the decision]</source>
        <translation>[werkdossier, bijgedragen aan het besluit]</translation>
    </message>
    <message>
        <source>[working file]</source>
        <translation>[werkdossier]</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notitie opgeslagen.</translation>
    </message>
    <message>
        <source>Save &amp;correction</source>
        <translation>&amp;Correctie opslaan</translation>
    </message>
    <message>
        <source>Correcting a note: the earlier wording stays in its history.</source>
        <translation>U corrigeert een notitie: de eerdere tekst blijft in de geschiedenis bewaard.</translation>
    </message>
    <message>
        <source>Select the working-file note first.</source>
        <translation>Kies eerst de notitie uit het werkdossier.</translation>
    </message>
    <message>
        <source>Marked: this note goes with the archive export.</source>
        <translation>Gemarkeerd: deze notitie gaat mee naar het archief.</translation>
    </message>
    <message>
        <source>Mark taken back: this note stays in the working file.</source>
        <translation>Markering weggehaald: deze notitie blijft in het werkdossier.</translation>
    </message>
    <message>
        <source>Select the note to move first.</source>
        <translation>Kies eerst de notitie die u wilt verplaatsen.</translation>
    </message>
    <message>
        <source>A copy is now in the toeleiding.</source>
        <translation>Er staat nu een kopie in de toeleiding.</translation>
    </message>
    <message>
        <source>Limitation saved.</source>
        <translation>Beperking opgeslagen.</translation>
    </message>
    <message>
        <source>Not assessed stays the default; nothing to save.</source>
        <translation>Niet beoordeeld blijft de standaard; er is niets op te slaan.</translation>
    </message>
    <message>
        <source>Score saved.</source>
        <translation>Score opgeslagen.</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Life domains</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>Each domain with its state; the chosen one is shown beside the list.</source>
        <translation>Elk leefgebied met de stand; het gekozen leefgebied staat naast de lijst.</translation>
    </message>
    <message>
        <source>Why do we ask this?</source>
        <translation>Waarom vragen we dit?</translation>
    </message>
    <message>
        <source>Talk about this domain too?</source>
        <translation>Ook over dit leefgebied praten?</translation>
    </message>
    <message>
        <source>the citizen raised it</source>
        <translation>de inwoner begon er zelf over</translation>
    </message>
    <message>
        <source>strong indication (write it down)</source>
        <translation>sterke aanwijzing (schrijf die op)</translation>
    </message>
    <message>
        <source>&amp;Propose to the citizen</source>
        <translation>&amp;Voorstellen aan de inwoner</translation>
    </message>
    <message>
        <source>Citizen says &amp;yes</source>
        <translation>Inwoner zegt &amp;ja</translation>
    </message>
    <message>
        <source>Citizen says n&amp;o</source>
        <translation>Inwoner zegt &amp;nee</translation>
    </message>
    <message>
        <source>Citizen &amp;withdraws the agreement</source>
        <translation>Inwoner trekt instemming &amp;in</translation>
    </message>
    <message>
        <source>&amp;Delete what was recorded in this domain</source>
        <translation>Vastgelegde gegevens in dit leefgebied &amp;wissen</translation>
    </message>
    <message>
        <source>Triage: still &amp;needed</source>
        <translation>Triage: nog &amp;nodig</translation>
    </message>
    <message>
        <source>Triage: no longer needed, &amp;remove content</source>
        <translation>Triage: niet meer nodig, inhoud &amp;verwijderen</translation>
    </message>
    <message>
        <source>Triage &amp;moment (all open domains)…</source>
        <translation>&amp;Triagemoment (alle open leefgebieden)…</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>Aangedragen &amp;door:</translation>
    </message>
    <message>
        <source>The &amp;concern it serves:</source>
        <translation>De &amp;zorg waar het om gaat:</translation>
    </message>
    <message>
        <source>&amp;Indication (what did you see?):</source>
        <translation>&amp;Aanwijzing (wat zag u?):</translation>
    </message>
    <message>
        <source>Why &amp;proportionate (sensitive domain):</source>
        <translation>Waarom &amp;evenredig (gevoelig leefgebied):</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Stand: {state}</translation>
    </message>
    <message>
        <source>Proposed. Ask the citizen: yes or no?</source>
        <translation>Voorgesteld. Vraag de inwoner: ja of nee?</translation>
    </message>
    <message>
        <source>Recorded: the citizen agreed. The domain is open.</source>
        <translation>Vastgelegd: de inwoner stemt in. Het leefgebied is open.</translation>
    </message>
    <message>
        <source>Recorded: the citizen said no. Nothing about it is stored.</source>
        <translation>Vastgelegd: de inwoner zei nee. Er wordt niets over bewaard.</translation>
    </message>
    <message>
        <source>Withdrawn: the domain is locked. Offer to delete what was recorded in it.</source>
        <translation>Ingetrokken: het leefgebied is dicht. Bied aan wat erin staat te wissen.</translation>
    </message>
    <message>
        <source>Delete everything recorded in this domain? It cannot be brought back.</source>
        <translation>Alles wissen wat in dit leefgebied is vastgelegd? Het kan niet worden teruggehaald.</translation>
    </message>
    <message>
        <source>Remove the content of this domain? It cannot be brought back.</source>
        <translation>De inhoud van dit leefgebied verwijderen? Het kan niet worden teruggehaald.</translation>
    </message>
    <message>
        <source>Deleted what was recorded in this domain.</source>
        <translation>Wat in dit leefgebied stond is gewist.</translation>
    </message>
    <message>
        <source>Recorded: still needed.</source>
        <translation>Vastgelegd: nog nodig.</translation>
    </message>
    <message>
        <source>Content of this domain removed.</source>
        <translation>De inhoud van dit leefgebied is verwijderd.</translation>
    </message>
    <message>
        <source>Triage moment recorded.</source>
        <translation>Triagemoment vastgelegd.</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>Dossiers due for destruction</source>
        <translation>Dossiers om te vernietigen</translation>
    </message>
    <message>
        <source>The laptop is not the archive. These dossiers have reached the end of their period here. Tick the ones to destroy; the rest stay until the next unlock.</source>
        <translation>De laptop is niet het archief. Voor deze dossiers is de bewaartermijn op deze laptop voorbij. Vink aan welke u wilt vernietigen; de rest blijft staan tot u de kluis weer opent.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Alles aanvinken</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>{number} · {name}
{reason} (due since {date})</source>
        <translation>{number} · {name}
{reason} (te vernietigen sinds {date})</translation>
    </message>
    <message>
        <source>&amp;Destroy selected ({n})</source>
        <translation>Gekozen &amp;vernietigen ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) due.</source>
        <translation>
            <numerusform>%n dossier te vernietigen.</numerusform>
            <numerusform>%n dossiers te vernietigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked for destruction.</source>
        <translation>
            <numerusform>%n aangevinkt om te vernietigen.</numerusform>
            <numerusform>%n aangevinkt om te vernietigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due for destruction.</source>
        <translation>Er hoeft niets vernietigd te worden.</translation>
    </message>
    <message>
        <source>Destroy for good?</source>
        <translation>Definitief vernietigen?</translation>
    </message>
    <message>
        <source>Destroy {n} dossiers on this laptop for good? This cannot be undone. The log keeps one line per dossier, without content.</source>
        <translation>{n} dossiers op deze laptop definitief vernietigen? Dit kunt u niet ongedaan maken. Het logboek houdt één regel per dossier bij, zonder inhoud.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) destroyed.</source>
        <translation>
            <numerusform>%n dossier vernietigd.</numerusform>
            <numerusform>%n dossiers vernietigd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueReason</name>
    <message>
        <source>Handed over: the local copy&apos;s period has ended</source>
        <translation>Overgedragen: de bewaartermijn van de kopie op deze laptop is voorbij</translation>
    </message>
    <message>
        <source>The retention period has ended</source>
        <translation>De bewaartermijn is voorbij</translation>
    </message>
    <message>
        <source>Access and regie data reached their maximum term</source>
        <translation>Toegangs- en regiegegevens hebben hun maximale termijn bereikt</translation>
    </message>
</context>
<context>
    <name>EarlierRecords</name>
    <message>
        <source>Earlier records (read only)</source>
        <translation>Eerdere gegevens (alleen lezen)</translation>
    </message>
    <message>
        <source>Same law only. Nothing is copied into this conversation: ask again.</source>
        <translation>Alleen dezelfde wet. Er wordt niets in dit gesprek overgenomen: vraag het opnieuw.</translation>
    </message>
    <message>
        <source>Earlier records, read only</source>
        <translation>Eerdere gegevens, alleen lezen</translation>
    </message>
    <message>
        <source>Help request, {date}: “{words}” ({type})</source>
        <translation>Hulpvraag, {date}: “{words}” ({type})</translation>
    </message>
    <message>
        <source>{domain}, {date}: limitation “{text}” (source: {source})</source>
        <translation>{domain}, {date}: beperking “{text}” (bron: {source})</translation>
    </message>
    <message>
        <source>{domain}, {date}: ZRM {label}; based on: {basis}</source>
        <translation>{domain}, {date}: ZRM {label}; gebaseerd op: {basis}</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <source>Conversation of {date} — {outcome} on {closed}</source>
        <translation>Gesprek van {date} — {outcome} op {closed}</translation>
    </message>
    <message>
        <source>Conversation of {date} — {outcome}</source>
        <translation>Gesprek van {date} — {outcome}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Keukentafel — set up</source>
        <translation>Keukentafel — instellen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>V&amp;olgende</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Kluis &amp;aanmaken</translation>
    </message>
    <message>
        <source>Agency profiles</source>
        <translation>Organisatieprofielen</translation>
    </message>
    <message>
        <source>&amp;Import profile file…</source>
        <translation>Profielbestand &amp;inlezen…</translation>
    </message>
    <message>
        <source>Which organisation do you work for?</source>
        <translation>Voor welke organisatie werkt u?</translation>
    </message>
    <message>
        <source>Choose the agency profile your organisation gave you. It names the organisation, the team and who may receive data. Demo profiles are fictional.</source>
        <translation>Kies het organisatieprofiel dat u van uw organisatie kreeg. Daarin staan de organisatie, het team en wie gegevens mag krijgen. Demoprofielen zijn verzonnen.</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profielen:</translation>
    </message>
    <message>
        <source>Workers in the profile</source>
        <translation>Medewerkers in het profiel</translation>
    </message>
    <message>
        <source>I am not on the list (&amp;demo only)</source>
        <translation>Ik sta niet in de lijst (alleen &amp;demo)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wie bent u?</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Medewerkers:</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Kluismap</translation>
    </message>
    <message>
        <source>C&amp;hoose another folder…</source>
        <translation>&amp;Andere map kiezen…</translation>
    </message>
    <message>
        <source>Where will the vault be kept?</source>
        <translation>Waar komt de kluis te staan?</translation>
    </message>
    <message>
        <source>The vault is an encrypted file on this laptop, only for you. The standard folder is not copied to a server.</source>
        <translation>De kluis is een versleuteld bestand op deze laptop, alleen voor u. De standaardmap wordt niet naar een server gekopieerd.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhaal:</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <source>Only you know it. Without it the vault cannot be opened; your organisation can only help through its two-person recovery.</source>
        <translation>Alleen u kent hem. Zonder wachtwoordzin gaat de kluis niet open; uw organisatie kan alleen helpen met het herstel door twee personen.</translation>
    </message>
    <message>
        <source>{organisation} (version {version})</source>
        <translation>{organisation} (versie {version})</translation>
    </message>
    <message>
        <source>DEMO, fictional</source>
        <translation>DEMO, verzonnen</translation>
    </message>
    <message>
        <source>Import agency profile</source>
        <translation>Organisatieprofiel inlezen</translation>
    </message>
    <message>
        <source>Agency profile (*.toml)</source>
        <translation>Organisatieprofiel (*.toml)</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Kies de kluismap</translation>
    </message>
    <message>
        <source>Warning: this folder looks like it is synchronised to a cloud service. The encrypted vault would then be copied off this laptop, and a sync can damage it. Choose a folder that is not synchronised.</source>
        <translation>Let op: deze map lijkt gesynchroniseerd te worden met een clouddienst. De versleutelde kluis wordt dan van deze laptop af gekopieerd, en synchroniseren kan hem beschadigen. Kies een map die niet wordt gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Choose a profile, or import one.</source>
        <translation>Kies een profiel, of lees er een in.</translation>
    </message>
    <message>
        <source>Choose yourself in the list, or enter your name.</source>
        <translation>Kies uzelf in de lijst, of vul uw naam in.</translation>
    </message>
    <message>
        <source>Creating the vault… this takes a few seconds.</source>
        <translation>De kluis wordt aangemaakt… dit duurt een paar seconden.</translation>
    </message>
    <message>
        <source>The vault could not be created.</source>
        <translation>De kluis kon niet worden aangemaakt.</translation>
    </message>
</context>
<context>
    <name>GroundFields</name>
    <message>
        <source>Ground of this share</source>
        <translation>Grondslag van deze verstrekking</translation>
    </message>
    <message>
        <source>&amp;Statutory provision</source>
        <translation>&amp;Wettelijke verstrekking</translation>
    </message>
    <message>
        <source>Co&amp;nsent of the citizen</source>
        <translation>&amp;Toestemming van de inwoner</translation>
    </message>
    <message>
        <source>E&amp;xception without consent</source>
        <translation>&amp;Uitzondering zonder toestemming</translation>
    </message>
    <message>
        <source>Choose the ground above: nothing is chosen for you.</source>
        <translation>Kies hierboven de grondslag: er is niets voor u gekozen.</translation>
    </message>
    <message>
        <source>Shared against the citizen&apos;s will</source>
        <translation>Gedeeld tegen de wil van de inwoner</translation>
    </message>
    <message>
        <source>for this case, in your own words</source>
        <translation>voor deze casus, in uw eigen woorden</translation>
    </message>
    <message>
        <source>a colleague who agreed, by name</source>
        <translation>een collega die heeft ingestemd, met naam</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>&amp;Onderbouwing</translation>
    </message>
    <message>
        <source>Second named &amp;person</source>
        <translation>Tweede genoemde &amp;persoon</translation>
    </message>
    <message>
        <source>The agency&apos;s own processing (case system, colleague)</source>
        <translation>Eigen verwerking van uw organisatie (zaaksysteem, collega)</translation>
    </message>
    <message>
        <source>Pro&amp;vision for</source>
        <translation>Verstrekking &amp;aan</translation>
    </message>
    <message>
        <source>&amp;Legal ground</source>
        <translation>Wettelijke &amp;grondslag</translation>
    </message>
    <message>
        <source>Only consents valid at the moment of the share are listed.</source>
        <translation>Alleen toestemmingen die geldig zijn op het moment van delen, staan in de lijst.</translation>
    </message>
    <message>
        <source>Consent &amp;record</source>
        <translation>&amp;Vastgelegde toestemming</translation>
    </message>
    <message>
        <source>Choose a reason from the list…</source>
        <translation>Kies een reden uit de lijst…</translation>
    </message>
    <message>
        <source>exactly what was shared, no more</source>
        <translation>precies wat is gedeeld, niet meer</translation>
    </message>
    <message>
        <source>The citizen was told on</source>
        <translation>De inwoner is geïnformeerd op</translation>
    </message>
    <message>
        <source>Telling waits, for safety</source>
        <translation>Informeren wacht, om veiligheidsredenen</translation>
    </message>
    <message>
        <source>Date the citizen was told</source>
        <translation>Datum waarop de inwoner is geïnformeerd</translation>
    </message>
    <message>
        <source>The parents were told on</source>
        <translation>De ouders zijn geïnformeerd op</translation>
    </message>
    <message>
        <source>Date the parents were told</source>
        <translation>Datum waarop de ouders zijn geïnformeerd</translation>
    </message>
    <message>
        <source>Re&amp;ason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Le&amp;gal ground</source>
        <translation>Wettelijke gron&amp;dslag</translation>
    </message>
    <message>
        <source>&amp;Minimum data</source>
        <translation>&amp;Minimale gegevens</translation>
    </message>
    <message>
        <source>Citizen told</source>
        <translation>Inwoner geïnformeerd</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Of</translation>
    </message>
    <message>
        <source>Reason to &amp;wait</source>
        <translation>Reden voor uit&amp;stel</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation>&amp;Beoordelen op</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Keukentafel</source>
        <translation>&amp;Over Keukentafel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>Herindicatie</name>
    <message>
        <source>This dossier no longer exists.</source>
        <translation>Dit dossier bestaat niet meer.</translation>
    </message>
    <message>
        <source>This dossier belongs to someone else.</source>
        <translation>Dit dossier is van iemand anders.</translation>
    </message>
    <message>
        <source>A new intake in this dossier keeps its law and role; start a new dossier for another law or role.</source>
        <translation>Een nieuwe intake in dit dossier houdt dezelfde wet en rol; begin een nieuw dossier voor een andere wet of rol.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Name, date of birth or case number</source>
        <translation>Naam, geboortedatum of zaaknummer</translation>
    </message>
    <message>
        <source>Search citizens</source>
        <translation>Inwoners zoeken</translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation>Gevonden inwoners</translation>
    </message>
    <message>
        <source>Enter opens the citizen&apos;s file.</source>
        <translation>Enter opent het dossier van de inwoner.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>&amp;Add citizen</source>
        <translation>Inwoner &amp;toevoegen</translation>
    </message>
    <message>
        <source>New citizen (first contact)</source>
        <translation>Nieuwe inwoner (eerste contact)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <source>New contact from the agenda: add a date of birth if known, then Add citizen.</source>
        <translation>Nieuw contact uit de agenda: vul de geboortedatum in als die bekend is, kies dan Inwoner toevoegen.</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <source>Minors in the household</source>
        <translation>Minderjarigen in het huishouden</translation>
    </message>
    <message>
        <source>Other adults in the household</source>
        <translation>Andere volwassenen in het huishouden</translation>
    </message>
    <message>
        <source>A carer (mantelzorger) in the household</source>
        <translation>Een mantelzorger in het huishouden</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>ouder</translation>
    </message>
    <message>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>housemate</source>
        <translation>huisgenoot</translation>
    </message>
    <message>
        <source>Household plan</source>
        <translation>Huishoudplan</translation>
    </message>
    <message>
        <source>the reason for the link</source>
        <translation>de reden van de koppeling</translation>
    </message>
    <message>
        <source>plan label</source>
        <translation>plannaam</translation>
    </message>
    <message>
        <source>The plan is too long (at most 2,000 characters).</source>
        <translation>Het plan is te lang (hoogstens 2.000 tekens).</translation>
    </message>
    <message>
        <source>This field does not exist.</source>
        <translation>Dit veld bestaat niet.</translation>
    </message>
    <message>
        <source>Leave out the BSN: a household link holds no citizen numbers.</source>
        <translation>Laat het BSN weg: een koppeling in het huishouden bevat geen burgerservicenummers.</translation>
    </message>
    <message>
        <source>This person is already in the household.</source>
        <translation>Deze persoon hoort al bij het huishouden.</translation>
    </message>
    <message>
        <source>Choose another person.</source>
        <translation>Kies een andere persoon.</translation>
    </message>
    <message>
        <source>This household plan is not this citizen&apos;s.</source>
        <translation>Dit huishoudplan hoort niet bij deze inwoner.</translation>
    </message>
    <message>
        <source>This person is no longer in the household.</source>
        <translation>Deze persoon hoort niet meer bij het huishouden.</translation>
    </message>
    <message>
        <source>This household plan no longer exists.</source>
        <translation>Dit huishoudplan bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <source>Household — each member keeps their own dossier</source>
        <translation>Huishouden — ieder lid houdt een eigen dossier</translation>
    </message>
    <message>
        <source>Household members and the reason for each link</source>
        <translation>Leden van het huishouden en de reden van elke koppeling</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected member</source>
        <translation>Gekozen lid &amp;verwijderen</translation>
    </message>
    <message>
        <source>Shared problems only</source>
        <translation>Alleen gedeelde problemen</translation>
    </message>
    <message>
        <source>Save plan and &amp;facts</source>
        <translation>Plan en &amp;gegevens opslaan</translation>
    </message>
    <message>
        <source>Citizen to add to the household</source>
        <translation>Inwoner om aan het huishouden toe te voegen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>— not asked</source>
        <translation>— niet gevraagd</translation>
    </message>
    <message>
        <source>&amp;Add to the household</source>
        <translation>&amp;Toevoegen aan het huishouden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Household &amp;plan:</source>
        <translation>Huishoud&amp;plan:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Leden:</translation>
    </message>
    <message>
        <source>Plan &amp;label:</source>
        <translation>Plan&amp;naam:</translation>
    </message>
    <message>
        <source>Shared plan &amp;text:</source>
        <translation>Ge&amp;deelde plantekst:</translation>
    </message>
    <message>
        <source>&amp;Minors:</source>
        <translation>&amp;Minderjarigen:</translation>
    </message>
    <message>
        <source>Other ad&amp;ults:</source>
        <translation>Andere vo&amp;lwassenen:</translation>
    </message>
    <message>
        <source>&amp;Carer at home:</source>
        <translation>Mantelzorger t&amp;huis:</translation>
    </message>
    <message>
        <source>Plan and family facts (all optional)</source>
        <translation>Plan en gezinsgegevens (niets is verplicht)</translation>
    </message>
    <message>
        <source>F&amp;ind a citizen:</source>
        <translation>&amp;Zoek een inwoner:</translation>
    </message>
    <message>
        <source>&amp;Reason for the link:</source>
        <translation>&amp;Reden van de koppeling:</translation>
    </message>
    <message>
        <source>R&amp;elation (optional):</source>
        <translation>R&amp;elatie (niet verplicht):</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Een lid toevoegen</translation>
    </message>
    <message>
        <source>{plan} ({count} members)</source>
        <translation>{plan} ({count} leden)</translation>
    </message>
    <message>
        <source>A new household plan</source>
        <translation>Een nieuw huishoudplan</translation>
    </message>
    <message>
        <source>{who}, this citizen</source>
        <translation>{who}, deze inwoner</translation>
    </message>
    <message>
        <source>{who} — reason: {reason}</source>
        <translation>{who} — reden: {reason}</translation>
    </message>
    <message>
        <source>&amp;Add: start a household plan with this citizen</source>
        <translation>&amp;Toevoegen: begin een huishoudplan met deze inwoner</translation>
    </message>
    <message>
        <source>Find the citizen to add first.</source>
        <translation>Zoek eerst de inwoner die u wilt toevoegen.</translation>
    </message>
    <message>
        <source>Linked. Their own dossier stays their own.</source>
        <translation>Gekoppeld. Ieder houdt een eigen dossier.</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>Plan opgeslagen.</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>Kies eerst een lid.</translation>
    </message>
    <message>
        <source>Remove from the household</source>
        <translation>Uit het huishouden verwijderen</translation>
    </message>
    <message>
        <source>Remove this member from the household plan? Their own dossier stays as it is.</source>
        <translation>Dit lid uit het huishoudplan verwijderen? Het eigen dossier van deze persoon blijft zoals het is.</translation>
    </message>
    <message>
        <source>Removed from the household plan.</source>
        <translation>Uit het huishoudplan verwijderd.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Open a bundle</source>
        <translation>Bundel openen</translation>
    </message>
    <message>
        <source>This vault&apos;s public key (for the agency&apos;s roster): {key}</source>
        <translation>Openbare sleutel van deze kluis (voor de medewerkerslijst van uw organisatie): {key}</translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation>Wat de bundel bevat</translation>
    </message>
    <message>
        <source>&amp;Choose a bundle…</source>
        <translation>Bundel &amp;kiezen…</translation>
    </message>
    <message>
        <source>Add my &amp;roster identity…</source>
        <translation>Mijn identiteit van de &amp;medewerkerslijst toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>age bundle (*.age)</source>
        <translation>age-bundel (*.age)</translation>
    </message>
    <message>
        <source>Your roster identity</source>
        <translation>Uw identiteit op de medewerkerslijst</translation>
    </message>
    <message>
        <source>age identity (*.agekey)</source>
        <translation>age-identiteit (*.agekey)</translation>
    </message>
    <message>
        <source>Your roster identity was added to this vault.</source>
        <translation>Uw identiteit op de medewerkerslijst is aan deze kluis toegevoegd.</translation>
    </message>
    <message>
        <source>The signature is valid. Import to continue the file.</source>
        <translation>De handtekening is geldig. Importeer de bundel om verder te gaan met het dossier.</translation>
    </message>
    <message>
        <source>Imported: {number}.</source>
        <translation>Geïmporteerd: {number}.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Privacy incident</source>
        <translation>Privacy-incident</translation>
    </message>
    <message>
        <source>Kinds of data</source>
        <translation>Soorten gegevens</translation>
    </message>
    <message>
        <source>Already &amp;reported</source>
        <translation>Al gemel&amp;d</translation>
    </message>
    <message>
        <source>e.g. Meldpunt datalekken</source>
        <translation>bijv. Meldpunt datalekken</translation>
    </message>
    <message>
        <source>The agency&apos;s procedure</source>
        <translation>De procedure van uw organisatie</translation>
    </message>
    <message>
        <source>&amp;Save the incident</source>
        <translation>&amp;Incident opslaan</translation>
    </message>
    <message>
        <source>Save su&amp;mmary as PDF…</source>
        <translation>Samen&amp;vatting als PDF opslaan…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Happened on</source>
        <translation>&amp;Gebeurd op</translation>
    </message>
    <message>
        <source>&amp;Discovered at</source>
        <translation>&amp;Ontdekt op</translation>
    </message>
    <message>
        <source>&amp;Citizens affected (about)</source>
        <translation>&amp;Betrokken inwoners (ongeveer)</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Wat er is gebeurd</translation>
    </message>
    <message>
        <source>&amp;Measures taken</source>
        <translation>Genomen &amp;maatregelen</translation>
    </message>
    <message>
        <source>Reported &amp;to</source>
        <translation>Gemeld &amp;aan</translation>
    </message>
    <message>
        <source>Reported &amp;at</source>
        <translation>Gemeld o&amp;p</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Wat u nu doet</translation>
    </message>
    <message>
        <source>Report within {hours} hours.</source>
        <translation>Meld binnen {hours} uur.</translation>
    </message>
    <message>
        <source>Saved. A task to follow it up is on your list. Now follow the steps.</source>
        <translation>Opgeslagen. Er staat een taak om het op te volgen in uw lijst. Volg nu de stappen.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Samenvatting opslaan</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Summary saved.</source>
        <translation>Samenvatting opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Laptop or phone lost or stolen</source>
        <translation>Laptop of telefoon kwijt of gestolen</translation>
    </message>
    <message>
        <source>Sent to the wrong recipient</source>
        <translation>Naar de verkeerde ontvanger gestuurd</translation>
    </message>
    <message>
        <source>Paper lost</source>
        <translation>Papier kwijt</translation>
    </message>
    <message>
        <source>Unauthorised access</source>
        <translation>Toegang zonder toestemming</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Iets anders</translation>
    </message>
    <message>
        <source>Name and contact details</source>
        <translation>Naam en contactgegevens</translation>
    </message>
    <message>
        <source>Citizen service number (BSN)</source>
        <translation>Burgerservicenummer (BSN)</translation>
    </message>
    <message>
        <source>Health and limitations</source>
        <translation>Gezondheid en beperkingen</translation>
    </message>
    <message>
        <source>Income and debts</source>
        <translation>Inkomen en schulden</translation>
    </message>
    <message>
        <source>Household and network</source>
        <translation>Huishouden en netwerk</translation>
    </message>
    <message>
        <source>Data about children</source>
        <translation>Gegevens over kinderen</translation>
    </message>
    <message>
        <source>Justice data</source>
        <translation>Justitiële gegevens</translation>
    </message>
    <message>
        <source>Conversation notes</source>
        <translation>Gespreksnotities</translation>
    </message>
    <message>
        <source>Do not write names, citizen service numbers or case numbers here: describe what happened in general terms.</source>
        <translation>Schrijf hier geen namen, burgerservicenummers of zaaknummers: beschrijf in algemene woorden wat er is gebeurd.</translation>
    </message>
    <message>
        <source>Privacy contact point</source>
        <translation>Privacyloket</translation>
    </message>
    <message>
        <source>Data protection officer (FG)</source>
        <translation>Functionaris gegevensbescherming (FG)</translation>
    </message>
    <message>
        <source>Report the incident at once to the contacts below.</source>
        <translation>Meld het incident direct bij de contactpersonen hieronder.</translation>
    </message>
    <message>
        <source>Keep this to at most {n} characters.</source>
        <translation>Gebruik hier hoogstens {n} tekens.</translation>
    </message>
    <message>
        <source>It cannot have happened after it was discovered.</source>
        <translation>Het kan niet gebeurd zijn na het moment van ontdekken.</translation>
    </message>
    <message>
        <source>The discovery lies in the future.</source>
        <translation>Het moment van ontdekken ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data.</source>
        <translation>Vink minstens één soort gegevens aan.</translation>
    </message>
    <message>
        <source>Give a rough number of citizens.</source>
        <translation>Geef ongeveer aan om hoeveel inwoners het gaat.</translation>
    </message>
    <message>
        <source>Fill in both to whom and when it was reported.</source>
        <translation>Vul zowel in aan wie als wanneer het is gemeld.</translation>
    </message>
    <message>
        <source>Describe briefly what happened.</source>
        <translation>Beschrijf kort wat er is gebeurd.</translation>
    </message>
    <message>
        <source>Fill in to whom it was reported.</source>
        <translation>Vul in aan wie het is gemeld.</translation>
    </message>
    <message>
        <source>This incident is gone.</source>
        <translation>Dit incident bestaat niet meer.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Happened on</source>
        <translation>Gebeurd op</translation>
    </message>
    <message>
        <source>Discovered at</source>
        <translation>Ontdekt op</translation>
    </message>
    <message>
        <source>Kinds of data</source>
        <translation>Soorten gegevens</translation>
    </message>
    <message>
        <source>Citizens affected (about)</source>
        <translation>Betrokken inwoners (ongeveer)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Genomen maatregelen</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Gemeld aan</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Privacy incident</source>
        <translation>Privacy-incident</translation>
    </message>
    <message>
        <source>The agency&apos;s procedure</source>
        <translation>De procedure van uw organisatie</translation>
    </message>
</context>
<context>
    <name>InfoPage</name>
    <message>
        <source>Dutch (B1)</source>
        <translation>Nederlands (B1)</translation>
    </message>
    <message>
        <source>Dutch, easy to read</source>
        <translation>Nederlands, makkelijk lezen</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>printed here</source>
        <translation>hier geprint</translation>
    </message>
    <message>
        <source>large print</source>
        <translation>grote letters</translation>
    </message>
    <message>
        <source>pre-printed copy</source>
        <translation>voorgedrukt exemplaar</translation>
    </message>
    <message>
        <source>sent by post</source>
        <translation>per post verstuurd</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>getekend</translation>
    </message>
    <message>
        <source>informed, not signed</source>
        <translation>geïnformeerd, niet getekend</translation>
    </message>
    <message>
        <source>later, with a reason</source>
        <translation>later, met reden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&amp;Record the information</source>
        <translation>Informatie &amp;vastleggen</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>&amp;Taal van het blad:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>V&amp;orm:</translation>
    </message>
    <message>
        <source>Explained out loud:</source>
        <translation>Mondeling uitgelegd:</translation>
    </message>
    <message>
        <source>Acknowledgement (kennis genomen, never consent):</source>
        <translation>Verklaring (kennis genomen, nooit toestemming):</translation>
    </message>
    <message>
        <source>Recorded: the information was given (sheet version {v}).</source>
        <translation>Vastgelegd: de informatie is gegeven (versie van het blad {v}).</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Explain every point of the checklist first: {items}.</source>
        <translation>Leg eerst alle punten van de checklist uit: {items}.</translation>
    </message>
    <message>
        <source>Write down why the acknowledgement comes later.</source>
        <translation>Schrijf op waarom de verklaring later komt.</translation>
    </message>
    <message>
        <source>Write the help request in the citizen&apos;s own words.</source>
        <translation>Schrijf de hulpvraag op in de woorden van de inwoner.</translation>
    </message>
    <message>
        <source>The help request is too long (at most 20,000 characters).</source>
        <translation>De hulpvraag is te lang (hoogstens 20.000 tekens).</translation>
    </message>
    <message>
        <source>Choose a type of help request from the list.</source>
        <translation>Kies een soort hulpvraag uit de lijst.</translation>
    </message>
    <message>
        <source>A contact-only registration holds no help request.</source>
        <translation>Een registratie van alleen contact heeft geen hulpvraag.</translation>
    </message>
    <message>
        <source>This intake no longer exists.</source>
        <translation>Dit gesprek bestaat niet meer.</translation>
    </message>
    <message>
        <source>First give the information: hand over the sheet and go through the checklist.</source>
        <translation>Geef eerst de informatie: geef het informatieblad en loop de checklist door.</translation>
    </message>
    <message>
        <source>This intake is closed ({state}); it cannot change.</source>
        <translation>Dit gesprek is afgesloten ({state}); er kan niets meer bij.</translation>
    </message>
</context>
<context>
    <name>IntakeContext</name>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Echt wissen?</translation>
    </message>
    <message>
        <source>Start the conversation first.</source>
        <translation>Begin eerst het gesprek.</translation>
    </message>
</context>
<context>
    <name>IntakeStatus</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>terugkijken</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>broken off</source>
        <translation>afgebroken</translation>
    </message>
    <message>
        <source>not pursued</source>
        <translation>niet doorgezet</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>overgedragen</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Next step of the conversation</source>
        <translation>Volgende stap van het gesprek</translation>
    </message>
    <message>
        <source>Previous step of the conversation</source>
        <translation>Vorige stap van het gesprek</translation>
    </message>
    <message>
        <source>Read along: what we record, in large type</source>
        <translation>Meekijken: wat wij vastleggen, in grote letters</translation>
    </message>
    <message>
        <source>The agency&apos;s privacy protocol</source>
        <translation>Het privacyprotocol van uw organisatie</translation>
    </message>
    <message>
        <source>Papers for this conversation</source>
        <translation>Papieren voor dit gesprek</translation>
    </message>
    <message>
        <source>The citizen can read this — neutral and factual, no diagnoses.</source>
        <translation>De inwoner kan dit lezen — neutraal en feitelijk, geen diagnoses.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation>Wie is aanwezig</translation>
    </message>
    <message>
        <source>Information first</source>
        <translation>Eerst informatie</translation>
    </message>
    <message>
        <source>Help request</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>Other concerns?</source>
        <translation>Andere zorgen?</translation>
    </message>
    <message>
        <source>Wmo onderzoek</source>
        <translation>Wmo-onderzoek</translation>
    </message>
    <message>
        <source>Process and deadlines</source>
        <translation>Proces en termijnen</translation>
    </message>
    <message>
        <source>Network and details</source>
        <translation>Netwerk en gegevens</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medisch</translation>
    </message>
    <message>
        <source>Meldcode</source>
        <translation>Meldcode</translation>
    </message>
    <message>
        <source>Look back together</source>
        <translation>Samen terugkijken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Each step with its state. Ctrl+Page Down and Ctrl+Page Up: next, previous.</source>
        <translation>Elke stap met de stand. Ctrl+Page Down en Ctrl+Page Up: volgende, vorige.</translation>
    </message>
    <message>
        <source>&amp;Back to the citizen</source>
        <translation>Terug naar de &amp;inwoner</translation>
    </message>
    <message>
        <source>Privacy protocol (Shift+F1)</source>
        <translation>Privacyprotocol (Shift+F1)</translation>
    </message>
    <message>
        <source>Papers (Ctrl+P)</source>
        <translation>Papieren (Ctrl+P)</translation>
    </message>
    <message>
        <source>Help request in the citizen&apos;s words: {words}</source>
        <translation>Hulpvraag in de woorden van de inwoner: {words}</translation>
    </message>
    <message>
        <source>No help request yet: start from the citizen&apos;s own question.</source>
        <translation>Nog geen hulpvraag: begin bij de eigen vraag van de inwoner.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>nog doen</translation>
    </message>
    <message>
        <source>if needed</source>
        <translation>als het nodig is</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>niet nodig</translation>
    </message>
    <message>
        <source>only with signs</source>
        <translation>alleen bij signalen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>disposition missing</source>
        <translation>bestemming ontbreekt</translation>
    </message>
    <message>
        <source>Your organisation has not added its privacy protocol to the profile.</source>
        <translation>Uw organisatie heeft haar privacyprotocol niet in het profiel opgenomen.</translation>
    </message>
    <message>
        <source>Privacy protocol</source>
        <translation>Privacyprotocol</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>That there is contact, and who (dat-information)</source>
        <translation>Dat er contact is, en met wie (dat-informatie)</translation>
    </message>
    <message>
        <source>Content (wat-information): tick item by item</source>
        <translation>Inhoud (wat-informatie): vink elk onderdeel apart aan</translation>
    </message>
    <message>
        <source>Nothing has been recorded that could be shared.</source>
        <translation>Er is niets vastgelegd dat gedeeld kan worden.</translation>
    </message>
    <message>
        <source>{label} — {kind} data, needs its own ground</source>
        <translation>{label} — gegevens over {kind}, heeft een eigen grondslag nodig</translation>
    </message>
    <message>
        <source>What would leave: {text}</source>
        <translation>Wat naar buiten zou gaan: {text}</translation>
    </message>
    <message>
        <source>its own ground for this item (required)</source>
        <translation>eigen grondslag voor dit onderdeel (verplicht)</translation>
    </message>
    <message>
        <source>Own ground for {label}</source>
        <translation>Eigen grondslag voor {label}</translation>
    </message>
    <message>
        <source>Consent item that {label} falls under</source>
        <translation>Onderdeel van de toestemming waar {label} onder valt</translation>
    </message>
    <message>
        <source>(under its own name)</source>
        <translation>(onder de eigen naam)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Keukentafel — vault locked</source>
        <translation>Keukentafel — kluis vergrendeld</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Open &amp;another vault folder…</source>
        <translation>&amp;Andere kluismap openen…</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>Kluis: {folder}</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Typ uw wachtwoordzin.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>De kluis wordt geopend…</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>De kluis kon niet worden geopend.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>U kunt het nu opnieuw proberen.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Te veel verkeerde pogingen. Wacht %n seconde en probeer het opnieuw.</numerusform>
            <numerusform>Te veel verkeerde pogingen. Wacht %n seconden en probeer het opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Open een kluismap</translation>
    </message>
</context>
<context>
    <name>LookupBox</name>
    <message>
        <source>Looked up by hand in another system (nothing is prefilled)</source>
        <translation>Met de hand opgezocht in een ander systeem (er wordt niets vooraf ingevuld)</translation>
    </message>
    <message>
        <source>why this was needed for the help request</source>
        <translation>waarom dit nodig was voor de hulpvraag</translation>
    </message>
    <message>
        <source>Record the &amp;lookup</source>
        <translation>&amp;Raadpleging vastleggen</translation>
    </message>
    <message>
        <source>Lookups recorded</source>
        <translation>Vastgelegde raadplegingen</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Re&amp;den:</translation>
    </message>
    <message>
        <source>Looked up &amp;on:</source>
        <translation>Geraadpleegd &amp;op:</translation>
    </message>
    <message>
        <source>Lookup recorded.</source>
        <translation>Raadpleging vastgelegd.</translation>
    </message>
</context>
<context>
    <name>Lookups</name>
    <message>
        <source>BRP (personal records database)</source>
        <translation>BRP (Basisregistratie Personen)</translation>
    </message>
    <message>
        <source>Suwinet</source>
        <translation>Suwinet</translation>
    </message>
    <message>
        <source>another municipal registration</source>
        <translation>een andere gemeentelijke registratie</translation>
    </message>
    <message>
        <source>another system</source>
        <translation>een ander systeem</translation>
    </message>
    <message>
        <source>Write why the lookup was needed for this help request (at least 10 characters).</source>
        <translation>Schrijf op waarom de raadpleging nodig was voor deze hulpvraag (minstens 10 tekens).</translation>
    </message>
    <message>
        <source>This text is too long (at most 500 characters).</source>
        <translation>Deze tekst is te lang (hoogstens 500 tekens).</translation>
    </message>
    <message>
        <source>Write why the college needs this for its task (at least 20 characters).</source>
        <translation>Schrijf op waarom het college dit nodig heeft voor zijn taak (minstens 20 tekens).</translation>
    </message>
    <message>
        <source>Name the care worker who made the judgement.</source>
        <translation>Noem de hulpverlener die het oordeel heeft gegeven.</translation>
    </message>
    <message>
        <source>The note can only move within the same citizen.</source>
        <translation>De notitie kan alleen worden verplaatst binnen dezelfde inwoner.</translation>
    </message>
    <message>
        <source>Only a note from the hulpverlening can move into the toeleiding this way.</source>
        <translation>Alleen een notitie uit de hulpverlening kan op deze manier naar de toeleiding.</translation>
    </message>
    <message>
        <source>A lookup cannot be in the future.</source>
        <translation>Een raadpleging kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Only a dossier note can move; this one stays where it is.</source>
        <translation>Alleen een dossiernotitie kan worden verplaatst; deze notitie blijft waar ze is.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>&amp;Vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Hide screen (Ctrl+Shift+H)</source>
        <translation>Scherm &amp;verbergen (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Print queue</source>
        <translation>&amp;Printwachtrij</translation>
    </message>
    <message>
        <source>Open a &amp;bundle…</source>
        <translation>&amp;Bundel openen…</translation>
    </message>
    <message>
        <source>New si&amp;gnal…</source>
        <translation>Nieuw si&amp;gnaal…</translation>
    </message>
    <message>
        <source>Re&amp;tention…</source>
        <translation>Bewaar&amp;termijnen…</translation>
    </message>
    <message>
        <source>Dossiers due for destruction on this laptop.</source>
        <translation>Dossiers op deze laptop die vernietigd moeten worden.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Mededeling</translation>
    </message>
    <message>
        <source>Keukentafel — screen hidden.
Press Esc or Ctrl+Shift+H to continue.</source>
        <translation>Keukentafel — scherm verborgen.
Druk op Esc of Ctrl+Shift+H om verder te gaan.</translation>
    </message>
    <message numerus="yes">
        <source>Since your last session a wrong passphrase was entered %n time(s).</source>
        <translation>
            <numerusform>Sinds uw vorige sessie is er %n keer een verkeerde wachtwoordzin ingevoerd.</numerusform>
            <numerusform>Sinds uw vorige sessie is er %n keer een verkeerde wachtwoordzin ingevoerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your organisation opened this vault with its recovery key on {when}. Reason: {reason}</source>
        <translation>Uw organisatie heeft deze kluis op {when} geopend met de herstelsleutel. Reden: {reason}</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapporten…</translation>
    </message>
    <message>
        <source>Re&amp;view mode…</source>
        <translation>&amp;Steekproefcontrole…</translation>
    </message>
    <message>
        <source>&amp;Privacy incident…</source>
        <translation>&amp;Privacy-incident…</translation>
    </message>
    <message>
        <source>Acco&amp;untability</source>
        <translation>Verant&amp;woording</translation>
    </message>
</context>
<context>
    <name>Medical</name>
    <message>
        <source>the GP practice</source>
        <translation>de huisartsenpraktijk</translation>
    </message>
    <message>
        <source>the name of the GP or other treating professional</source>
        <translation>de naam van de huisarts of andere behandelaar</translation>
    </message>
    <message>
        <source>the medical adviser</source>
        <translation>de medisch adviseur</translation>
    </message>
    <message>
        <source>Write at least one specific question.</source>
        <translation>Schrijf minstens één concrete vraag.</translation>
    </message>
    <message>
        <source>Ask at most 8 questions in one letter.</source>
        <translation>Stel hoogstens 8 vragen in één brief.</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>een vraag</translation>
    </message>
    <message>
        <source>the purpose</source>
        <translation>het doel</translation>
    </message>
    <message>
        <source>the law or task</source>
        <translation>de wet of taak</translation>
    </message>
    <message>
        <source>what is already known</source>
        <translation>wat al bekend is</translation>
    </message>
    <message>
        <source>Describe what is known in terms of daily life (what the citizen can and cannot do), without medical words such as diagnoses or medication.</source>
        <translation>Beschrijf wat bekend is in termen van het dagelijks leven (wat de inwoner wel en niet kan), zonder medische woorden zoals diagnoses of medicijnen.</translation>
    </message>
    <message>
        <source>who signs</source>
        <translation>wie ondertekent</translation>
    </message>
    <message>
        <source>The end date must be after today.</source>
        <translation>De einddatum moet na vandaag liggen.</translation>
    </message>
    <message>
        <source>The machtiging is for this request only: at most one year.</source>
        <translation>De machtiging geldt alleen voor deze aanvraag: hoogstens één jaar.</translation>
    </message>
    <message>
        <source>Tick that you explained the letter and the machtiging.</source>
        <translation>Vink aan dat u de brief en de machtiging hebt uitgelegd.</translation>
    </message>
</context>
<context>
    <name>MedicalPage</name>
    <message>
        <source>The citizen knows what happened to it</source>
        <translation>De inwoner weet wat ermee is gebeurd</translation>
    </message>
    <message>
        <source>&amp;Log the document</source>
        <translation>Document &amp;noteren</translation>
    </message>
    <message>
        <source>Documents seen</source>
        <translation>Geziene documenten</translation>
    </message>
    <message>
        <source>Set &amp;disposition of selected</source>
        <translation>&amp;Bestemming van het gekozen document vastleggen</translation>
    </message>
    <message>
        <source>Save &amp;conclusion</source>
        <translation>&amp;Conclusie opslaan</translation>
    </message>
    <message>
        <source>Nothing medical is stored: no diagnosis, no medicines, no copies. Write what the citizen cannot do as a limitation in its domain.</source>
        <translation>Er wordt niets medisch bewaard: geen diagnose, geen medicijnen, geen kopieën. Schrijf wat de inwoner niet kan als beperking in het leefgebied.</translation>
    </message>
    <message>
        <source>Document &amp;from:</source>
        <translation>Document &amp;van:</translation>
    </message>
    <message>
        <source>What &amp;happened to it:</source>
        <translation>Wat is er &amp;mee gebeurd:</translation>
    </message>
    <message>
        <source>Medical adviser&apos;s co&amp;nclusion:</source>
        <translation>Conclusie van de medisch &amp;adviseur:</translation>
    </message>
    <message>
        <source>Logged. Its content is not stored.</source>
        <translation>Genoteerd. De inhoud wordt niet bewaard.</translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation>Kies eerst een document.</translation>
    </message>
    <message>
        <source>Disposition recorded.</source>
        <translation>Bestemming vastgelegd.</translation>
    </message>
    <message>
        <source>Conclusion saved.</source>
        <translation>Conclusie opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MedicalRequestDialog</name>
    <message>
        <source>Questions to the GP</source>
        <translation>Vragen aan de huisarts</translation>
    </message>
    <message>
        <source>the GP&apos;s name</source>
        <translation>de naam van de huisarts</translation>
    </message>
    <message>
        <source>One specific question, ending in ?</source>
        <translation>Eén duidelijke vraag, die eindigt op ?</translation>
    </message>
    <message>
        <source>What the citizen can and cannot do; no diagnoses</source>
        <translation>Wat de inwoner wel en niet kan; geen diagnoses</translation>
    </message>
    <message>
        <source>I explained the letter and the machtiging</source>
        <translation>Ik heb de brief en de machtiging uitgelegd</translation>
    </message>
    <message>
        <source>The GP answers the medical adviser only, in a sealed envelope. The answer is never entered here.</source>
        <translation>De huisarts antwoordt alleen aan de medisch adviseur, in een gesloten envelop. Het antwoord wordt hier nooit ingevuld.</translation>
    </message>
    <message>
        <source>GP &amp;practice</source>
        <translation>Huisarts&amp;praktijk</translation>
    </message>
    <message>
        <source>&amp;GP or treating professional</source>
        <translation>&amp;Huisarts of behandelaar</translation>
    </message>
    <message>
        <source>&amp;Medical adviser</source>
        <translation>&amp;Medisch adviseur</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Vragen</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation>&amp;Wet</translation>
    </message>
    <message>
        <source>Already &amp;known</source>
        <translation>Al &amp;bekend</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>Geldig &amp;tot</translation>
    </message>
    <message>
        <source>&amp;Who signs</source>
        <translation>Wie &amp;ondertekent</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>Hoeda&amp;nigheid</translation>
    </message>
</context>
<context>
    <name>Meldcode</name>
    <message>
        <source>1. Map the signs</source>
        <translation>1. Signalen in kaart brengen</translation>
    </message>
    <message>
        <source>2. Consult a colleague and, if needed, Veilig Thuis</source>
        <translation>2. Collegiale consultatie en zo nodig Veilig Thuis raadplegen</translation>
    </message>
    <message>
        <source>3. Talk with the citizen</source>
        <translation>3. Gesprek met de inwoner</translation>
    </message>
    <message>
        <source>4. Weigh the violence or abuse</source>
        <translation>4. Wegen van het geweld of de kindermishandeling</translation>
    </message>
    <message>
        <source>5. Decide: report and/or organise help</source>
        <translation>5. Beslissen: melden en/of hulp organiseren</translation>
    </message>
</context>
<context>
    <name>MeldcodePage</name>
    <message>
        <source>domestic violence</source>
        <translation>huiselijk geweld</translation>
    </message>
    <message>
        <source>child abuse</source>
        <translation>kindermishandeling</translation>
    </message>
    <message>
        <source>&amp;Record the signal</source>
        <translation>Signaal &amp;vastleggen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Signs (facts you saw or heard):</source>
        <translation>&amp;Signalen (feiten die u zag of hoorde):</translation>
    </message>
    <message>
        <source>Signal recorded (restricted).</source>
        <translation>Signaal vastgelegd (afgeschermd).</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>&amp;Add person</source>
        <translation>Persoon &amp;toevoegen</translation>
    </message>
    <message>
        <source>Network persons</source>
        <translation>Mensen uit het netwerk</translation>
    </message>
    <message>
        <source>Record &amp;identity check</source>
        <translation>&amp;Legitimatie vastleggen</translation>
    </message>
    <message>
        <source>Identity (no copy, no photo)</source>
        <translation>Legitimatie (geen kopie, geen foto)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>&amp;Geldig tot:</translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation>Gegevens &amp;opslaan</translation>
    </message>
    <message>
        <source>Details this help request needs</source>
        <translation>Gegevens die deze hulpvraag nodig heeft</translation>
    </message>
    <message>
        <source>&amp;BSN:</source>
        <translation>&amp;BSN:</translation>
    </message>
    <message>
        <source>In&amp;come:</source>
        <translation>&amp;Inkomen:</translation>
    </message>
    <message>
        <source>&amp;Residence status:</source>
        <translation>&amp;Verblijfsstatus:</translation>
    </message>
    <message>
        <source>Network: name, relation, contact, support — nothing else</source>
        <translation>Netwerk: naam, relatie, contact, steun — verder niets</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;am:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>&amp;Relatie:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Support offered:</source>
        <translation>&amp;Steun die hij of zij geeft:</translation>
    </message>
    <message>
        <source>Person added.</source>
        <translation>Persoon toegevoegd.</translation>
    </message>
    <message>
        <source>Identity check recorded.</source>
        <translation>Legitimatie vastgelegd.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>This text contains words from the medical word list ({words}). Describe what the citizen cannot do (the limitation) instead of a diagnosis, medicine or letter.</source>
        <translation>Deze tekst bevat woorden van de medische woordenlijst ({words}). Beschrijf wat de inwoner niet kan (de beperking), niet een diagnose, medicijn of brief.</translation>
    </message>
    <message>
        <source>Choose a note of this intake.</source>
        <translation>Kies een notitie uit dit gesprek.</translation>
    </message>
    <message>
        <source>An interpretation needs the fact or observation it is based on. Choose that note first.</source>
        <translation>Een interpretatie heeft het feit of de waarneming nodig waarop ze rust. Kies eerst die notitie.</translation>
    </message>
    <message>
        <source>That note is gone.</source>
        <translation>Die notitie bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>Onderzoek</name>
    <message>
        <source>What the citizen wants to achieve</source>
        <translation>Wat de inwoner wil bereiken</translation>
    </message>
    <message>
        <source>What the citizen can do alone (eigen kracht)</source>
        <translation>Wat de inwoner zelf kan (eigen kracht)</translation>
    </message>
    <message>
        <source>Help that housemates usually give (gebruikelijke hulp)</source>
        <translation>Hulp die huisgenoten gewoonlijk geven (gebruikelijke hulp)</translation>
    </message>
    <message>
        <source>Informal care (mantelzorg)</source>
        <translation>Mantelzorg</translation>
    </message>
    <message>
        <source>What the informal carer needs to keep going</source>
        <translation>Wat de mantelzorger zelf nodig heeft om het vol te houden</translation>
    </message>
    <message>
        <source>Help from the social network</source>
        <translation>Hulp uit het sociale netwerk</translation>
    </message>
    <message>
        <source>General facilities that come first (voorliggende voorzieningen)</source>
        <translation>Algemene voorzieningen die voorgaan (voorliggende voorzieningen)</translation>
    </message>
    <message>
        <source>The citizen may hand in a personal plan within 7 days</source>
        <translation>De inwoner mag binnen 7 dagen een persoonlijk plan inleveren</translation>
    </message>
    <message>
        <source>Free, independent client support (cliëntondersteuning)</source>
        <translation>Gratis, onafhankelijke cliëntondersteuning</translation>
    </message>
    <message>
        <source>The choice of a personal budget (pgb)</source>
        <translation>De keuze voor een persoonsgebonden budget (pgb)</translation>
    </message>
</context>
<context>
    <name>OnderzoekPage</name>
    <message>
        <source>&amp;Save the onderzoek</source>
        <translation>Onderzoek &amp;opslaan</translation>
    </message>
    <message>
        <source>Told the citizen about:</source>
        <translation>Aan de inwoner verteld over:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>OtherLaw</name>
    <message>
        <source>Records under another law need a consent that cites Wmo 2015 art. 5.1.1 lid 4.</source>
        <translation>Gegevens die onder een andere wet zijn vastgelegd, hebben een toestemming nodig die Wmo 2015 art. 5.1.1 lid 4 noemt.</translation>
    </message>
    <message>
        <source>why you open this earlier report</source>
        <translation>waarom u dit eerdere verslag opent</translation>
    </message>
    <message>
        <source>This earlier report is not available in this intake.</source>
        <translation>Dit eerdere verslag is niet beschikbaar in dit gesprek.</translation>
    </message>
    <message>
        <source>Data from another law may be used in a Wmo assessment only with the citizen&apos;s valid consent citing Wmo 2015 art. 5.1.1 lid 4.</source>
        <translation>Gegevens uit een andere wet mogen alleen in een Wmo-onderzoek worden gebruikt met een geldige toestemming van de inwoner die Wmo 2015 art. 5.1.1 lid 4 noemt.</translation>
    </message>
</context>
<context>
    <name>Papers</name>
    <message>
        <source>Information sheet on privacy</source>
        <translation>Informatieblad over privacy</translation>
    </message>
    <message>
        <source>Statement: information received</source>
        <translation>Verklaring: informatie ontvangen</translation>
    </message>
    <message>
        <source>What we record about you</source>
        <translation>Wat wij over u vastleggen</translation>
    </message>
    <message>
        <source>Report of the conversation (verslag)</source>
        <translation>Verslag van het gesprek</translation>
    </message>
    <message>
        <source>Notice for a network person</source>
        <translation>Bericht voor een netwerkpersoon</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Toestemmingsformulier</translation>
    </message>
    <message>
        <source>Confirmation of oral consent</source>
        <translation>Bevestiging van mondelinge toestemming</translation>
    </message>
    <message>
        <source>Questions to the GP</source>
        <translation>Vragen aan de huisarts</translation>
    </message>
    <message>
        <source>Authorisation for the medical adviser</source>
        <translation>Machtiging voor de medisch adviseur</translation>
    </message>
    <message>
        <source>Inzage overview: all we hold</source>
        <translation>Inzage-overzicht: alles wat wij bewaren</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Eenvoudig Nederlands</source>
        <translation>Eenvoudig Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>opgeslagen als PDF</translation>
    </message>
    <message>
        <source>pre-printed copy handed over</source>
        <translation>voorgedrukt exemplaar overhandigd</translation>
    </message>
    <message>
        <source>waiting to be printed at the office</source>
        <translation>wacht op afdrukken op kantoor</translation>
    </message>
    <message>
        <source>sent by post</source>
        <translation>per post verstuurd</translation>
    </message>
    <message>
        <source>New consent form…</source>
        <translation>Nieuw toestemmingsformulier…</translation>
    </message>
    <message>
        <source>Questions to the GP…</source>
        <translation>Vragen aan de huisarts…</translation>
    </message>
    <message>
        <source>Consents…</source>
        <translation>Toestemmingen…</translation>
    </message>
    <message>
        <source>Disclosures…</source>
        <translation>Verstrekkingen…</translation>
    </message>
    <message>
        <source>Paper: {paper}…</source>
        <translation>Papier: {paper}…</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <source>Papers for the citizen</source>
        <translation>Papieren voor de inwoner</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Papieren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Grote letters</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Print at the &amp;office</source>
        <translation>Afdrukken op &amp;kantoor</translation>
    </message>
    <message>
        <source>Record &amp;hand-over</source>
        <translation>&amp;Overhandiging vastleggen</translation>
    </message>
    <message>
        <source>Record &amp;posting</source>
        <translation>Ver&amp;zending vastleggen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Voorbeeld van de pagina</translation>
    </message>
    <message>
        <source>No paper applies here yet.</source>
        <translation>Hier is nog geen papier van toepassing.</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Pap&amp;ier:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Give it now</source>
        <translation>Nu meegeven</translation>
    </message>
    <message>
        <source>No printer here</source>
        <translation>Hier geen printer</translation>
    </message>
    <message>
        <source>Pre-printed copy &amp;number:</source>
        <translation>Nummer voorgedrukt &amp;exemplaar:</translation>
    </message>
    <message>
        <source>Sent by post o&amp;n:</source>
        <translation>Per post &amp;verstuurd op:</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Pagina {page}</translation>
    </message>
    <message>
        <source>Pages: {pages} · paper number {number}</source>
        <translation>Pagina&apos;s: {pages} · papiernummer {number}</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Niet afgedrukt: {reason}</translation>
    </message>
    <message>
        <source>Save the paper as PDF</source>
        <translation>Papier opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Recorded: {paper}, {how} (text version {version}, {language}).</source>
        <translation>Vastgelegd: {paper}, {how} (tekstversie {version}, {language}).</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>very weak</source>
        <translation>zeer zwak</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>zeer sterk</translation>
    </message>
    <message>
        <source>Too short: use at least 12 characters. Several words that belong together only for you work well.</source>
        <translation>Te kort: gebruik minstens 12 tekens. Een paar woorden die alleen voor u bij elkaar horen, werken goed.</translation>
    </message>
    <message>
        <source>Do not start or end with a space.</source>
        <translation>Begin of eindig niet met een spatie.</translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces and punctuation that you can type again.</source>
        <translation>Gebruik alleen letters, cijfers, spaties en leestekens die u opnieuw kunt typen.</translation>
    </message>
    <message>
        <source>Too easy to guess: avoid names, dates, common words and keyboard rows. Add another word or make it longer.</source>
        <translation>Te makkelijk te raden: vermijd namen, datums, gewone woorden en rijtjes op het toetsenbord. Voeg een woord toe of maak hem langer.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet hetzelfde.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Wachtwoordzin tonen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Strength: {label}</source>
        <translation>Sterkte: {label}</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Plan a visit</source>
        <translation>Bezoek plannen</translation>
    </message>
    <message>
        <source>e.g. 9:30</source>
        <translation>bijvoorbeeld 9:30</translation>
    </message>
    <message>
        <source>e.g. at home, or the address</source>
        <translation>bijvoorbeeld thuis, of het adres</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Second household member</source>
        <translation>Tweede gezinslid</translation>
    </message>
    <message>
        <source>only for someone without a file yet</source>
        <translation>alleen voor iemand die nog geen dossier heeft</translation>
    </message>
    <message>
        <source>Two household members can be visited together: each gets their own conversation, and their notes stay apart.</source>
        <translation>U kunt twee gezinsleden samen bezoeken: ieder krijgt een eigen gesprek, en hun aantekeningen blijven gescheiden.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tijd:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>&amp;Citizen:</source>
        <translation>&amp;Inwoner:</translation>
    </message>
    <message>
        <source>Second &amp;member (optional):</source>
        <translation>Tweede &amp;gezinslid (niet verplicht):</translation>
    </message>
    <message>
        <source>Or a &amp;new contact&apos;s name:</source>
        <translation>Of de naam van een &amp;nieuw contact:</translation>
    </message>
    <message>
        <source>No citizen matches what you typed; choose from the list.</source>
        <translation>Geen inwoner past bij wat u typte; kies uit de lijst.</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone a task</source>
        <translation>Taak uitstellen</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>why it cannot be done in time</source>
        <translation>waarom het niet op tijd kan</translation>
    </message>
    <message>
        <source>This is a legal deadline: it stays overdue after its legal date.</source>
        <translation>Dit is een wettelijke termijn: na de wettelijke datum blijft hij te laat.</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
</context>
<context>
    <name>PresentPage</name>
    <message>
        <source>Start the conversation first; then record who else is present.</source>
        <translation>Begin eerst het gesprek; leg daarna vast wie er nog meer aanwezig is.</translation>
    </message>
</context>
<context>
    <name>PresentPanel</name>
    <message>
        <source>Also present at the conversation</source>
        <translation>Ook aanwezig bij het gesprek</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <source>Only when needed; the role is enough</source>
        <translation>Alleen als het nodig is; de rol is genoeg</translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation>&amp;Vertrouwelijkheid:</translation>
    </message>
    <message>
        <source>The citizen &amp;agrees that this person is recorded as present</source>
        <translation>De inwoner &amp;stemt ermee in dat deze persoon als aanwezig wordt vastgelegd</translation>
    </message>
    <message>
        <source>A&amp;dd person present</source>
        <translation>Aanwezige &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Gekozen persoon ver&amp;wijderen</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Recorded as present.</source>
        <translation>Vastgelegd als aanwezig.</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>Kies eerst een persoon in de lijst.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Verwijderd.</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Print queue</source>
        <translation>Printwachtrij</translation>
    </message>
    <message>
        <source>Papers waiting to be printed</source>
        <translation>Papieren die wachten op afdrukken</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <source>Queued on</source>
        <translation>In wachtrij op</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>&amp;Waiting to be printed:</source>
        <translation>&amp;Wacht op afdrukken:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Print selected paper…</source>
        <translation>Gekozen papier &amp;afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>{paper} (large print)</source>
        <translation>{paper} (grote letters)</translation>
    </message>
    <message>
        <source>No papers are waiting to be printed.</source>
        <translation>Er wachten geen papieren op afdrukken.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Niet afgedrukt: {reason}</translation>
    </message>
    <message>
        <source>Printed: {paper}, paper number {number}.</source>
        <translation>Afgedrukt: {paper}, papiernummer {number}.</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>agreed</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <source>agreed, with remarks</source>
        <translation>akkoord, met opmerkingen</translation>
    </message>
    <message>
        <source>no reaction</source>
        <translation>geen reactie</translation>
    </message>
    <message>
        <source>Melding received</source>
        <translation>Melding ontvangen</translation>
    </message>
    <message>
        <source>Urgent case (spoed, art. 2.3.3)</source>
        <translation>Spoedgeval (spoed, art. 2.3.3)</translation>
    </message>
    <message>
        <source>Temporary provision arranged</source>
        <translation>Tijdelijke voorziening getroffen</translation>
    </message>
    <message>
        <source>Told about the persoonlijk plan</source>
        <translation>Verteld over het persoonlijk plan</translation>
    </message>
    <message>
        <source>Free cliëntondersteuning offered</source>
        <translation>Gratis cliëntondersteuning aangeboden</translation>
    </message>
    <message>
        <source>Written verslag of the onderzoek sent</source>
        <translation>Schriftelijk verslag van het onderzoek verstuurd</translation>
    </message>
    <message>
        <source>Citizen&apos;s reaction to the verslag</source>
        <translation>Reactie van de inwoner op het verslag</translation>
    </message>
    <message>
        <source>Aanvraag received</source>
        <translation>Aanvraag ontvangen</translation>
    </message>
    <message>
        <source>Beschikking sent</source>
        <translation>Beschikking verstuurd</translation>
    </message>
    <message>
        <source>Tell about the persoonlijk plan (7 days)</source>
        <translation>Vertellen over het persoonlijk plan (7 dagen)</translation>
    </message>
    <message>
        <source>Onderzoek and verslag (6 weeks)</source>
        <translation>Onderzoek en verslag (6 weken)</translation>
    </message>
    <message>
        <source>Offer free cliëntondersteuning</source>
        <translation>Gratis cliëntondersteuning aanbieden</translation>
    </message>
    <message>
        <source>Arrange a temporary provision at once</source>
        <translation>Direct een tijdelijke voorziening treffen</translation>
    </message>
    <message>
        <source>Beschikking (2 weeks)</source>
        <translation>Beschikking (2 weken)</translation>
    </message>
    <message>
        <source>First remove the steps that follow it.</source>
        <translation>Verwijder eerst de stappen die erna komen.</translation>
    </message>
    <message>
        <source>This law has no procedure steps to record.</source>
        <translation>Voor deze wet zijn er geen processtappen om vast te leggen.</translation>
    </message>
    <message>
        <source>This step does not exist.</source>
        <translation>Deze stap bestaat niet.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Geef de reden.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>De reden is te lang (hoogstens 500 tekens).</translation>
    </message>
    <message>
        <source>Choose one of the answers.</source>
        <translation>Kies een van de antwoorden.</translation>
    </message>
    <message>
        <source>A step cannot be dated in the future.</source>
        <translation>Een stap kan geen datum in de toekomst hebben.</translation>
    </message>
    <message>
        <source>First record the step that starts the process.</source>
        <translation>Leg eerst de stap vast waarmee het proces begint.</translation>
    </message>
    <message>
        <source>This date lies before the start of the process.</source>
        <translation>Deze datum ligt vóór het begin van het proces.</translation>
    </message>
    <message>
        <source>Later steps would then lie before the start.</source>
        <translation>Latere stappen zouden dan vóór het begin liggen.</translation>
    </message>
    <message>
        <source>This step needs the step before it first.</source>
        <translation>Voor deze stap is eerst de stap ervoor nodig.</translation>
    </message>
    <message>
        <source>This date lies before the step it follows.</source>
        <translation>Deze datum ligt vóór de stap waar deze op volgt.</translation>
    </message>
    <message>
        <source>A step that follows this one would then lie before it.</source>
        <translation>Een stap die hierop volgt, zou dan ervóór liggen.</translation>
    </message>
</context>
<context>
    <name>ProcedurePage</name>
    <message>
        <source>Start the conversation first; then record the melding and later steps.</source>
        <translation>Begin eerst het gesprek; leg daarna de melding en de latere stappen vast.</translation>
    </message>
</context>
<context>
    <name>ProcessPanel</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reden (verplicht)</translation>
    </message>
    <message>
        <source>Reason: {step}</source>
        <translation>Reden: {step}</translation>
    </message>
    <message>
        <source>Choose the answer</source>
        <translation>Kies het antwoord</translation>
    </message>
    <message>
        <source>Answer: {step}</source>
        <translation>Antwoord: {step}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Record: {step}</source>
        <translation>Vastleggen: {step}</translation>
    </message>
    <message>
        <source>Process and deadlines</source>
        <translation>Proces en termijnen</translation>
    </message>
    <message>
        <source>This law has no procedure steps.</source>
        <translation>Voor deze wet zijn er geen processtappen.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Deadline rows</source>
        <translation>Rijen met termijnen</translation>
    </message>
    <message>
        <source>Deadline columns</source>
        <translation>Kolommen met termijnen</translation>
    </message>
    <message>
        <source>Step taken back: {step}.</source>
        <translation>Stap teruggedraaid: {step}.</translation>
    </message>
    <message>
        <source>Type the date, e.g. 23-11-2026.</source>
        <translation>Typ de datum, bijvoorbeeld 23-11-2026.</translation>
    </message>
    <message>
        <source>Recorded: {step}.</source>
        <translation>Vastgelegd: {step}.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>niet begonnen</translation>
    </message>
    <message>
        <source>{state} on {date}</source>
        <translation>{state} op {date}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile file is not valid TOML ({detail}).</source>
        <translation>Het profielbestand is geen geldige TOML ({detail}).</translation>
    </message>
    <message>
        <source>The profile file cannot be read. Check that it is the file your agency sent, then try again.</source>
        <translation>Het profielbestand kan niet worden gelezen. Controleer of het het bestand is dat uw organisatie stuurde en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The profile is not signed. Ask your agency for the signed file.</source>
        <translation>Het profiel is niet ondertekend. Vraag uw organisatie om het ondertekende bestand.</translation>
    </message>
    <message>
        <source>The profile&apos;s signature does not match its content: the file was changed after signing. It was not imported.</source>
        <translation>De handtekening past niet bij de inhoud: het bestand is na het ondertekenen veranderd. Het is niet ingelezen.</translation>
    </message>
    <message>
        <source>The profile is signed by a different key than the one this vault trusts. It was not imported.</source>
        <translation>Het profiel is ondertekend met een andere sleutel dan de sleutel die deze kluis vertrouwt. Het is niet ingelezen.</translation>
    </message>
    <message>
        <source>This profile (version {offered}) is older than the installed one (version {installed}). It was not imported.</source>
        <translation>Dit profiel (versie {offered}) is ouder dan het geïnstalleerde profiel (versie {installed}). Het is niet ingelezen.</translation>
    </message>
    <message>
        <source>This profile has the same version ({version}) as the installed one but different content. The agency must raise the version. It was not imported.</source>
        <translation>Dit profiel heeft hetzelfde versienummer ({version}) als het geïnstalleerde profiel, maar een andere inhoud. De organisatie moet het versienummer verhogen. Het is niet ingelezen.</translation>
    </message>
    <message>
        <source>The signing key file is not an unencrypted Ed25519 private key in PEM format (make one with: keukentafel profile keygen).</source>
        <translation>Het sleutelbestand is geen onversleutelde geheime Ed25519-sleutel in PEM-formaat (maak er een met: keukentafel profile keygen).</translation>
    </message>
    <message>
        <source>The [signature] table must be the last table in the file; move it to the end or delete it, then sign again.</source>
        <translation>De tabel [signature] moet de laatste tabel in het bestand zijn; zet hem aan het eind of verwijder hem, en onderteken opnieuw.</translation>
    </message>
    <message>
        <source>This profile belongs to another agency than the installed one.</source>
        <translation>Dit profiel hoort bij een andere organisatie dan het geïnstalleerde profiel.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>this language has no version in versions</source>
        <translation>deze taal heeft geen versie bij versions</translation>
    </message>
    <message>
        <source>too long (at most {n} characters)</source>
        <translation>te lang (hoogstens {n} tekens)</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>moet een tabel zijn</translation>
    </message>
    <message>
        <source>unknown field (check the spelling)</source>
        <translation>onbekend veld (controleer de spelling)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <source>must be bsn, identiteit, inkomen or verblijfsstatus</source>
        <translation>moet bsn, identiteit, inkomen of verblijfsstatus zijn</translation>
    </message>
    <message>
        <source>unknown decision point</source>
        <translation>onbekend beslismoment</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>moet een tekst zijn die niet leeg is</translation>
    </message>
    <message>
        <source>too long (at most {count} characters)</source>
        <translation>te lang (hoogstens {count} tekens)</translation>
    </message>
    <message>
        <source>must be a date, e.g. 2026-05-15</source>
        <translation>moet een datum zijn, bijvoorbeeld 2026-05-15</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and _</source>
        <translation>gebruik kleine letters, cijfers en _</translation>
    </message>
    <message>
        <source>must be an event listed above</source>
        <translation>moet een gebeurtenis uit de lijst hierboven zijn</translation>
    </message>
    <message>
        <source>not one of the events</source>
        <translation>geen van de gebeurtenissen</translation>
    </message>
    <message>
        <source>must differ from &apos;from&apos;</source>
        <translation>moet anders zijn dan &apos;from&apos;</translation>
    </message>
    <message>
        <source>list at least one</source>
        <translation>noem er minstens één</translation>
    </message>
    <message>
        <source>too many (at most {count})</source>
        <translation>te veel (hoogstens {count})</translation>
    </message>
    <message>
        <source>must be jeugdwet, participatiewet or wgs</source>
        <translation>moet jeugdwet, participatiewet of wgs zijn</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, - and _</source>
        <translation>gebruik kleine letters, cijfers, - en _</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>moet een heel getal zijn van {low} tot en met {high}</translation>
    </message>
    <message>
        <source>at most {n} steps</source>
        <translation>hoogstens {n} stappen</translation>
    </message>
    <message>
        <source>must be text of at most {n} characters</source>
        <translation>moet tekst zijn van hoogstens {n} tekens</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>not a valid age public key</source>
        <translation>geen geldige publieke age-sleutel</translation>
    </message>
    <message>
        <source>used twice</source>
        <translation>komt twee keer voor</translation>
    </message>
    <message>
        <source>already a ZRM-2017 domain</source>
        <translation>is al een leefgebied van de ZRM-2017</translation>
    </message>
    <message>
        <source>must be wmo, jeugdwet, participatiewet or wgs</source>
        <translation>moet wmo, jeugdwet, participatiewet of wgs zijn</translation>
    </message>
    <message>
        <source>unknown domain</source>
        <translation>onbekend leefgebied</translation>
    </message>
    <message>
        <source>a single Wmo request may not open this domain</source>
        <translation>een enkelvoudige Wmo-hulpvraag mag dit leefgebied niet openen</translation>
    </message>
    <message>
        <source>link at least one domain</source>
        <translation>koppel minstens één leefgebied</translation>
    </message>
    <message>
        <source>unknown item kind</source>
        <translation>onbekende soort onderdeel</translation>
    </message>
    <message>
        <source>this age key is already used above</source>
        <translation>deze age-sleutel wordt hierboven al gebruikt</translation>
    </message>
    <message>
        <source>must be {format}</source>
        <translation>moet {format} zijn</translation>
    </message>
    <message>
        <source>must be a date (2026-11-01)</source>
        <translation>moet een datum zijn (2026-11-01)</translation>
    </message>
    <message>
        <source>unknown kind of complaint route</source>
        <translation>onbekend soort klachtroute</translation>
    </message>
    <message>
        <source>not one of the teams</source>
        <translation>is geen van de teams</translation>
    </message>
    <message>
        <source>must be another worker in the roster</source>
        <translation>moet een andere medewerker uit de lijst zijn</translation>
    </message>
    <message>
        <source>needs at least one worker</source>
        <translation>heeft minstens één medewerker nodig</translation>
    </message>
    <message>
        <source>it holds a broken character</source>
        <translation>er staat een beschadigd teken in</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>het is te diep genest</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>het is geen UTF-8-tekst</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>QtParts</name>
    <message>
        <source>More toolbar buttons</source>
        <translation>Meer knoppen van de werkbalk</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>Intakes started</source>
        <translation>Gestarte intakes</translation>
    </message>
    <message>
        <source>Information sheets handed over</source>
        <translation>Uitgereikte informatiebladen</translation>
    </message>
    <message>
        <source>Information sheet version {version}</source>
        <translation>Informatieblad versie {version}</translation>
    </message>
    <message>
        <source>Oral checklists completed</source>
        <translation>Afgeronde mondelinge checklists</translation>
    </message>
    <message>
        <source>Domains proposed beyond the linked set</source>
        <translation>Leefgebieden voorgesteld buiten de gekoppelde leefgebieden</translation>
    </message>
    <message>
        <source>… of which the citizen agreed</source>
        <translation>… waarmee de inwoner instemde</translation>
    </message>
    <message>
        <source>Open domains still &apos;niet beoordeeld&apos;</source>
        <translation>Open leefgebieden nog &apos;niet beoordeeld&apos;</translation>
    </message>
    <message>
        <source>Medical word warnings shown</source>
        <translation>Getoonde waarschuwingen over medische woorden</translation>
    </message>
    <message>
        <source>Consents recorded</source>
        <translation>Vastgelegde toestemmingen</translation>
    </message>
    <message>
        <source>Consents without a named party (must be 0)</source>
        <translation>Toestemmingen zonder genoemde partij (moet 0 zijn)</translation>
    </message>
    <message>
        <source>Case meetings held</source>
        <translation>Gehouden casusoverleggen</translation>
    </message>
    <message>
        <source>Case meetings with attendance discussed beforehand</source>
        <translation>Casusoverleggen waarbij de aanwezigheid vooraf is besproken</translation>
    </message>
    <message>
        <source>Linked by a help request</source>
        <translation>Gekoppeld via een hulpvraag</translation>
    </message>
    <message>
        <source>Proposed beyond the link</source>
        <translation>Voorgesteld buiten de koppeling</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Ingestemd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>0 — in order</source>
        <translation>0 — in orde</translation>
    </message>
    <message>
        <source>not 0 — check</source>
        <translation>niet 0 — controleren</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation>Kwaliteitsrapport</translation>
    </message>
    <message>
        <source>Audit head: event {seq}, {hash}; signed {key}</source>
        <translation>Laatste auditgebeurtenis: nummer {seq}, {hash}; ondertekend met {key}</translation>
    </message>
    <message>
        <source>Period {start} to {end}.</source>
        <translation>Periode {start} tot en met {end}.</translation>
    </message>
    <message>
        <source>Counts only: no names, citizen service numbers or case numbers. A count below {n} is shown as &quot;&lt; {n}&quot;.</source>
        <translation>Alleen aantallen: geen namen, burgerservicenummers of zaaknummers. Een aantal onder {n} wordt getoond als &quot;&lt; {n}&quot;.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubriek</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
</context>
<context>
    <name>ReadAlongDialog</name>
    <message>
        <source>Read along</source>
        <translation>Meekijken</translation>
    </message>
    <message>
        <source>This is what we write down about you</source>
        <translation>Dit schrijven we over u op</translation>
    </message>
    <message>
        <source>What we record</source>
        <translation>Wat leggen we vast</translation>
    </message>
    <message>
        <source>&amp;Back (Esc)</source>
        <translation>&amp;Terug (Esc)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Case system confirmed receipt</source>
        <translation>Ontvangst bevestigd door zaaksysteem</translation>
    </message>
    <message>
        <source>Record the day the case system confirmed it received the closed dossiers. The copy on this laptop is then proposed for destruction after {days} days.</source>
        <translation>Leg de dag vast waarop het zaaksysteem heeft bevestigd dat het de afgesloten dossiers heeft ontvangen. Na {days} dagen wordt dan voorgesteld de kopie op deze laptop te vernietigen.</translation>
    </message>
    <message>
        <source>&amp;Receipt confirmed on</source>
        <translation>Ontvangst &amp;bevestigd op</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>citizen&apos;s view: {view}</source>
        <translation>mening van de inwoner: {view}</translation>
    </message>
    <message>
        <source>Read only: exactly what will be stored about the citizen.</source>
        <translation>Alleen lezen: precies wat er over de inwoner wordt bewaard.</translation>
    </message>
    <message>
        <source>What we record</source>
        <translation>Wat leggen we vast</translation>
    </message>
    <message>
        <source>Read &amp;along (F11)</source>
        <translation>&amp;Meekijken (F11)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>This is not a valid BSN (9 digits, eleven test).</source>
        <translation>Dit is geen geldig BSN (9 cijfers, elfproef).</translation>
    </message>
    <message>
        <source>Fill in: {label}.</source>
        <translation>Vul in: {label}.</translation>
    </message>
    <message>
        <source>This text is too long (at most 500 characters).</source>
        <translation>Deze tekst is te lang (hoogstens 500 tekens).</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>paspoort</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>identiteitskaart</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>rijbewijs</translation>
    </message>
    <message>
        <source>residence document</source>
        <translation>verblijfsdocument</translation>
    </message>
    <message>
        <source>Write the document number: 6 to 12 letters and digits.</source>
        <translation>Schrijf het documentnummer: 6 tot 12 letters en cijfers.</translation>
    </message>
    <message>
        <source>This document has expired; ask for a valid one.</source>
        <translation>Dit document is verlopen; vraag om een geldig document.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relatie</translation>
    </message>
    <message>
        <source>This looks like a BSN. A network person&apos;s BSN is never recorded; remove the number.</source>
        <translation>Dit lijkt een BSN. Van iemand uit het netwerk leggen we nooit een BSN vast; haal het nummer weg.</translation>
    </message>
    <message>
        <source>GP (huisarts)</source>
        <translation>huisarts</translation>
    </message>
    <message>
        <source>medical specialist</source>
        <translation>medisch specialist</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>ziekenhuis</translation>
    </message>
    <message>
        <source>mental health care (ggz)</source>
        <translation>ggz</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>returned to the citizen</source>
        <translation>teruggegeven aan de inwoner</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>vernietigd</translation>
    </message>
    <message>
        <source>sent on to the medical adviser</source>
        <translation>doorgestuurd naar de medisch adviseur</translation>
    </message>
    <message>
        <source>the citizen&apos;s answer</source>
        <translation>het antwoord van de inwoner</translation>
    </message>
    <message>
        <source>This field does not exist.</source>
        <translation>Dit veld bestaat niet.</translation>
    </message>
    <message>
        <source>limitation</source>
        <translation>beperking</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>conclusie</translation>
    </message>
    <message>
        <source>That document is gone.</source>
        <translation>Dat document staat er niet meer in.</translation>
    </message>
    <message>
        <source>These questions belong to a Wmo onderzoek.</source>
        <translation>Deze vragen horen bij een Wmo-onderzoek.</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>uitgelegd</translation>
    </message>
    <message>
        <source>the signs</source>
        <translation>de signalen</translation>
    </message>
    <message>
        <source>Unknown meldcode step.</source>
        <translation>Onbekende stap van de meldcode.</translation>
    </message>
    <message>
        <source>That signal is gone.</source>
        <translation>Dat signaal staat er niet meer in.</translation>
    </message>
    <message>
        <source>A contact-only registration holds contact data only.</source>
        <translation>Een registratie van alleen contact bevat alleen contactgegevens.</translation>
    </message>
    <message>
        <source>The help request does not need this; leave it out.</source>
        <translation>De hulpvraag heeft dit niet nodig; laat het weg.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>This is not a recovery share.</source>
        <translation>Dit is geen herstelsleuteldeel.</translation>
    </message>
    <message>
        <source>These two shares do not belong together.</source>
        <translation>Deze twee sleuteldelen horen niet bij elkaar.</translation>
    </message>
    <message>
        <source>A share is damaged.</source>
        <translation>Een sleuteldeel is beschadigd.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>This looks like a BSN. Leave the number out of this field.</source>
        <translation>Dit lijkt op een BSN. Laat het nummer weg uit dit veld.</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>Deze datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>family member</source>
        <translation>familielid</translation>
    </message>
    <message>
        <source>informal carer (mantelzorger)</source>
        <translation>mantelzorger</translation>
    </message>
    <message>
        <source>client supporter (cliëntondersteuner)</source>
        <translation>cliëntondersteuner</translation>
    </message>
    <message>
        <source>professional interpreter</source>
        <translation>beroepstolk</translation>
    </message>
    <message>
        <source>informal interpreter</source>
        <translation>informele tolk</translation>
    </message>
    <message>
        <source>neighbour or friend</source>
        <translation>buur of vriend</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>bound by the professional code and secrecy</source>
        <translation>gebonden aan beroepscode en geheimhouding</translation>
    </message>
    <message>
        <source>asked to keep it confidential</source>
        <translation>gevraagd het vertrouwelijk te houden</translation>
    </message>
    <message>
        <source>not asked to keep it confidential</source>
        <translation>niet gevraagd het vertrouwelijk te houden</translation>
    </message>
    <message>
        <source>Ask the citizen first whether this person may be recorded as present. Without their agreement nothing is recorded.</source>
        <translation>Vraag de inwoner eerst of deze persoon als aanwezig mag worden vastgelegd. Zonder instemming wordt niets vastgelegd.</translation>
    </message>
    <message>
        <source>For an interpreter, record the confidentiality: a professional is bound by the professional code; ask an informal interpreter to keep it confidential.</source>
        <translation>Leg bij een tolk de vertrouwelijkheid vast: een beroepstolk is gebonden aan de beroepscode; vraag een informele tolk om het vertrouwelijk te houden.</translation>
    </message>
    <message>
        <source>refused help</source>
        <translation>hulp geweigerd</translation>
    </message>
    <message>
        <source>refused consent</source>
        <translation>toestemming geweigerd</translation>
    </message>
    <message>
        <source>what was refused</source>
        <translation>wat is geweigerd</translation>
    </message>
    <message>
        <source>who assessed it</source>
        <translation>wie het heeft beoordeeld</translation>
    </message>
    <message>
        <source>bemoeizorg (outreach care)</source>
        <translation>bemoeizorg</translation>
    </message>
    <message>
        <source>the GGD (public health service)</source>
        <translation>de GGD</translation>
    </message>
    <message>
        <source>the reason for escalating</source>
        <translation>de reden om op te schalen</translation>
    </message>
    <message>
        <source>Write the reason for escalating in a full sentence.</source>
        <translation>Schrijf de reden om op te schalen in een hele zin.</translation>
    </message>
    <message>
        <source>Going ahead against the citizen&apos;s will needs a second worker from the agency roster, not yourself.</source>
        <translation>Opschalen tegen de wil van de inwoner kan alleen met een tweede medewerker van uw organisatie, niet uzelf.</translation>
    </message>
    <message>
        <source>This person is no longer recorded.</source>
        <translation>Deze persoon is niet meer vastgelegd.</translation>
    </message>
    <message>
        <source>This representative may not act on this matter. {why}</source>
        <translation>Deze vertegenwoordiger mag bij dit onderwerp niet handelen. {why}</translation>
    </message>
    <message>
        <source>This record has already ended.</source>
        <translation>Deze registratie is al beëindigd.</translation>
    </message>
    <message>
        <source>The end date must lie between the assessment and today.</source>
        <translation>De einddatum moet tussen de datum van de beoordeling en vandaag liggen.</translation>
    </message>
</context>
<context>
    <name>RefusalsPanel</name>
    <message>
        <source>Refusals, capacity and escalation</source>
        <translation>Weigeringen, wilsonbekwaamheid en opschaling</translation>
    </message>
    <message>
        <source>Refusals, capacity and escalations</source>
        <translation>Weigeringen, wilsonbekwaamheid en opschalingen</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Weigering</translation>
    </message>
    <message>
        <source>Lack of capacity</source>
        <translation>Wilsonbekwaamheid</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Opschaling</translation>
    </message>
    <message>
        <source>In a few words, as the citizen said it</source>
        <translation>In een paar woorden, zoals de inwoner het zei</translation>
    </message>
    <message>
        <source>Record the &amp;refusal</source>
        <translation>Weigering &amp;vastleggen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>What was re&amp;fused:</source>
        <translation>Wat is &amp;geweigerd:</translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>e.g. the GP, the medical adviser</source>
        <translation>bijv. de huisarts, de medisch adviseur</translation>
    </message>
    <message>
        <source>Optional; no diagnosis</source>
        <translation>Niet verplicht; geen diagnose</translation>
    </message>
    <message>
        <source>Record the lack of &amp;capacity</source>
        <translation>&amp;Wilsonbekwaamheid vastleggen</translation>
    </message>
    <message>
        <source>Citizen can decide again (end selected)</source>
        <translation>Inwoner kan weer zelf beslissen (gekozen regel beëindigen)</translation>
    </message>
    <message>
        <source>For the &amp;matter:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>Assessed &amp;by:</source>
        <translation>&amp;Beoordeeld door:</translation>
    </message>
    <message>
        <source>Assessed o&amp;n:</source>
        <translation>Beoordeeld o&amp;p:</translation>
    </message>
    <message>
        <source>Acts for &amp;them (forms go to):</source>
        <translation>Handelt &amp;namens de inwoner (formulieren naar):</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <source>Against the citizen&apos;s &amp;will (needs a second worker)</source>
        <translation>Tegen de wil van de &amp;inwoner (tweede medewerker nodig)</translation>
    </message>
    <message>
        <source>— nobody</source>
        <translation>— niemand</translation>
    </message>
    <message>
        <source>Record the &amp;escalation</source>
        <translation>Opschaling vast&amp;leggen</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>N&amp;aar:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
    <message>
        <source>&amp;Second worker:</source>
        <translation>Tweede &amp;medewerker:</translation>
    </message>
    <message>
        <source>(words removed with the intake)</source>
        <translation>(woorden gewist met het gesprek)</translation>
    </message>
    <message>
        <source>{date} · cannot judge {matter} (assessed by {who}); acting: {rep}</source>
        <translation>{date} · kan niet oordelen over {matter} (beoordeeld door {who}); handelt: {rep}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>ended {date}</source>
        <translation>beëindigd {date}</translation>
    </message>
    <message>
        <source>{date} · escalated to {target}: {reason}</source>
        <translation>{date} · opgeschaald naar {target}: {reason}</translation>
    </message>
    <message>
        <source>against the citizen&apos;s will, with {worker}</source>
        <translation>tegen de wil van de inwoner, met {worker}</translation>
    </message>
    <message>
        <source>— nobody recorded yet (find out)</source>
        <translation>— nog niemand vastgelegd (zoek het uit)</translation>
    </message>
    <message>
        <source>Refusal recorded.</source>
        <translation>Weigering vastgelegd.</translation>
    </message>
    <message>
        <source>Lack of capacity recorded for this matter.</source>
        <translation>Wilsonbekwaamheid vastgelegd voor dit onderwerp.</translation>
    </message>
    <message>
        <source>Select a lack of capacity in the list first.</source>
        <translation>Kies eerst een wilsonbekwaamheid in de lijst.</translation>
    </message>
    <message>
        <source>Ended: the citizen decides on this matter again.</source>
        <translation>Beëindigd: de inwoner beslist weer zelf over dit onderwerp.</translation>
    </message>
    <message>
        <source>Escalation recorded.</source>
        <translation>Opschaling vastgelegd.</translation>
    </message>
</context>
<context>
    <name>Registrations</name>
    <message>
        <source>Choose a registration or a case-meeting report.</source>
        <translation>Kies een registratie of een verslag van een casusoverleg.</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>de organisatie</translation>
    </message>
    <message>
        <source>what is recorded</source>
        <translation>wat wordt vastgelegd</translation>
    </message>
    <message>
        <source>where it is kept</source>
        <translation>waar het wordt bewaard</translation>
    </message>
    <message>
        <source>This conversation is no longer here.</source>
        <translation>Dit gesprek is hier niet meer.</translation>
    </message>
    <message>
        <source>This entry is already gone.</source>
        <translation>Deze regel is er al niet meer.</translation>
    </message>
    <message>
        <source>Fill in: {label}.</source>
        <translation>Vul in: {label}.</translation>
    </message>
    <message>
        <source>Keep this short: at most {count} characters.</source>
        <translation>Houd dit kort: hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>This looks like a citizen service number (BSN). Do not record it here.</source>
        <translation>Dit lijkt op een burgerservicenummer (BSN). Leg het hier niet vast.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>assigned worker</source>
        <translation>toegewezen medewerker</translation>
    </message>
    <message>
        <source>substitute</source>
        <translation>vervanger</translation>
    </message>
    <message>
        <source>review</source>
        <translation>steekproefcontrole</translation>
    </message>
    <message>
        <source>NOT ASSIGNED</source>
        <translation>NIET TOEGEWEZEN</translation>
    </message>
    <message>
        <source>no dossier</source>
        <translation>geen dossier</translation>
    </message>
    <message>
        <source>erased dossier {id}</source>
        <translation>gewist dossier {id}</translation>
    </message>
    <message>
        <source>review with {name} ({role})</source>
        <translation>steekproefcontrole met {name} ({role})</translation>
    </message>
    <message>
        <source>substitute for {worker}</source>
        <translation>vervanger van {worker}</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wanneer (UTC)</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Object-id</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Access report {start} to {end} (vault of {owner})</source>
        <translation>Toegangsrapport {start} tot en met {end} (kluis van {owner})</translation>
    </message>
    <message>
        <source>{n} events, {flagged} by someone not assigned.</source>
        <translation>{n} gebeurtenissen, waarvan {flagged} door iemand die niet is toegewezen.</translation>
    </message>
    <message>
        <source>By dossier</source>
        <translation>Per dossier</translation>
    </message>
    <message>
        <source>  {dossier}: {n} events by {actors}; not assigned: {u}</source>
        <translation>  {dossier}: {n} gebeurtenissen door {actors}; niet toegewezen: {u}</translation>
    </message>
    <message>
        <source>By worker</source>
        <translation>Per medewerker</translation>
    </message>
    <message>
        <source>  {actor}: {n} events in {d} dossiers; not assigned: {u}</source>
        <translation>  {actor}: {n} gebeurtenissen in {d} dossiers; niet toegewezen: {u}</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>This file carries no signed audit head.</source>
        <translation>Dit bestand bevat geen ondertekende laatste auditgebeurtenis.</translation>
    </message>
    <message>
        <source>The signature does not match: the head was changed.</source>
        <translation>De handtekening klopt niet: de laatste auditgebeurtenis is gewijzigd.</translation>
    </message>
    <message>
        <source>The report text was changed after it was signed.</source>
        <translation>De tekst van het rapport is gewijzigd nadat het was ondertekend.</translation>
    </message>
    <message>
        <source>This report was signed by another vault.</source>
        <translation>Dit rapport is ondertekend door een andere kluis.</translation>
    </message>
    <message>
        <source>The audit log no longer matches this report at event {seq}: it was rewritten.</source>
        <translation>Het auditlogboek komt bij gebeurtenis {seq} niet meer overeen met dit rapport: het is herschreven.</translation>
    </message>
    <message>
        <source>The audit log breaks at event {seq}.</source>
        <translation>Het auditlogboek is onderbroken bij gebeurtenis {seq}.</translation>
    </message>
    <message>
        <source>OK: signed by this vault; the log still holds event {seq}.</source>
        <translation>In orde: ondertekend door deze kluis; het logboek bevat gebeurtenis {seq} nog.</translation>
    </message>
    <message>
        <source>The end of the period comes before its start.</source>
        <translation>Het einde van de periode ligt vóór het begin.</translation>
    </message>
    <message>
        <source>Choose a period of at most three years.</source>
        <translation>Kies een periode van hoogstens drie jaar.</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Column titles</source>
        <translation>Kolomtitels</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>case number; empty: every dossier</source>
        <translation>zaaknummer; leeg: alle dossiers</translation>
    </message>
    <message>
        <source>worker id; empty: everyone</source>
        <translation>medewerker-id; leeg: iedereen</translation>
    </message>
    <message>
        <source>&amp;Show access</source>
        <translation>Toegang to&amp;nen</translation>
    </message>
    <message>
        <source>E&amp;xport access CSV…</source>
        <translation>Toegang e&amp;xporteren als CSV…</translation>
    </message>
    <message>
        <source>Access events</source>
        <translation>Toegangsgebeurtenissen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>T&amp;ot en met</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Medewerker</translation>
    </message>
    <message>
        <source>&amp;Access report</source>
        <translation>&amp;Toegangsrapport</translation>
    </message>
    <message>
        <source>Show &amp;quality</source>
        <translation>K&amp;waliteit tonen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubriek</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Quality counts</source>
        <translation>Aantallen voor kwaliteit</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>Va&amp;n</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>T&amp;ot</translation>
    </message>
    <message>
        <source>&amp;Quality report</source>
        <translation>&amp;Kwaliteitsrapport</translation>
    </message>
    <message>
        <source>{n} events in {d} dossiers; {f} by someone not assigned.</source>
        <translation>{n} gebeurtenissen in {d} dossiers; {f} door iemand die niet aan het dossier is toegewezen.</translation>
    </message>
    <message>
        <source>Counts only, no names or case numbers. A count below {n} shows as &quot;&lt; {n}&quot;.</source>
        <translation>Alleen aantallen, geen namen of zaaknummers. Een aantal onder {n} staat er als &quot;&lt; {n}&quot;.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Saved, with the signed audit head.</source>
        <translation>Opgeslagen, met de ondertekende laatste auditgebeurtenis.</translation>
    </message>
    <message>
        <source>Saved. The export is logged.</source>
        <translation>Opgeslagen. De export is vastgelegd in het logboek.</translation>
    </message>
</context>
<context>
    <name>Representation</name>
    <message>
        <source>curator</source>
        <translation>curator</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>authorised person (gevolmachtigde)</source>
        <translation>gevolmachtigde</translation>
    </message>
    <message>
        <source>administrator of finances (bewindvoerder)</source>
        <translation>bewindvoerder</translation>
    </message>
    <message>
        <source>parent with authority</source>
        <translation>ouder met gezag</translation>
    </message>
    <message>
        <source>guardian (voogd)</source>
        <translation>voogd</translation>
    </message>
    <message>
        <source>spouse or partner</source>
        <translation>echtgenoot of partner</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>ouder</translation>
    </message>
    <message>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>brother or sister</source>
        <translation>broer of zus</translation>
    </message>
    <message>
        <source>court order seen</source>
        <translation>uitspraak van de rechter gezien</translation>
    </message>
    <message>
        <source>checked in the curatele and bewind register</source>
        <translation>nagekeken in het curatele- en bewindregister</translation>
    </message>
    <message>
        <source>written authorisation seen</source>
        <translation>schriftelijke volmacht gezien</translation>
    </message>
    <message>
        <source>extract from the authority register seen</source>
        <translation>uittreksel uit het gezagsregister gezien</translation>
    </message>
    <message>
        <source>told by the citizen or family</source>
        <translation>gehoord van de inwoner of familie</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>nog niet gezien</translation>
    </message>
    <message>
        <source>consent to share data</source>
        <translation>toestemming om gegevens te delen</translation>
    </message>
    <message>
        <source>seeing the file (inzage)</source>
        <translation>inzage in het dossier</translation>
    </message>
    <message>
        <source>correcting the file</source>
        <translation>correctie van het dossier</translation>
    </message>
    <message>
        <source>having the file destroyed</source>
        <translation>vernietiging van het dossier</translation>
    </message>
    <message>
        <source>the Wmo application (aanvraag)</source>
        <translation>de Wmo-aanvraag</translation>
    </message>
    <message>
        <source>the report of the onderzoek (verslag)</source>
        <translation>het verslag van het onderzoek</translation>
    </message>
    <message>
        <source>money matters</source>
        <translation>geldzaken</translation>
    </message>
    <message>
        <source>consent to youth care (jeugdhulp)</source>
        <translation>toestemming voor jeugdhulp</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>This looks like a BSN. A representative&apos;s BSN is never recorded; remove the number.</source>
        <translation>Dit lijkt een BSN. Van een vertegenwoordiger leggen we nooit een BSN vast; haal het nummer weg.</translation>
    </message>
    <message>
        <source>An authorised person acts only within a written scope: write it down and tick what it covers.</source>
        <translation>Een gevolmachtigde handelt alleen binnen een schriftelijke volmacht: schrijf op wat die omvat en vink aan waarvoor die geldt.</translation>
    </message>
    <message>
        <source>Choose how the authority was seen from the list.</source>
        <translation>Kies in de lijst hoe de bevoegdheid is gezien.</translation>
    </message>
    <message>
        <source>The start date cannot be in the future.</source>
        <translation>De begindatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>This representation has already ended.</source>
        <translation>Deze vertegenwoordiging is al beëindigd.</translation>
    </message>
    <message>
        <source>The end date must lie between the start and today.</source>
        <translation>De einddatum moet tussen de begindatum en vandaag liggen.</translation>
    </message>
    <message>
        <source>This representative is gone.</source>
        <translation>Deze vertegenwoordiger staat er niet meer in.</translation>
    </message>
</context>
<context>
    <name>RepresentativesPanel</name>
    <message>
        <source>since {date}</source>
        <translation>sinds {date}</translation>
    </message>
    <message>
        <source>covers: {acts}</source>
        <translation>geldt voor: {acts}</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>beëindigd op {date}</translation>
    </message>
    <message>
        <source>Representatives — who decides for whom</source>
        <translation>Vertegenwoordigers — wie beslist voor wie</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Vertegenwoordigers</translation>
    </message>
    <message>
        <source>&amp;End selected representation</source>
        <translation>Gekozen vertegenwoordiging &amp;beëindigen</translation>
    </message>
    <message>
        <source>Optional: phone or e-mail</source>
        <translation>Niet verplicht: telefoon of e-mail</translation>
    </message>
    <message>
        <source>Optional: case number of the order</source>
        <translation>Niet verplicht: zaaknummer van de uitspraak</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>The written scope, in words</source>
        <translation>De schriftelijke volmacht, in woorden</translation>
    </message>
    <message>
        <source>What the written authorisation covers</source>
        <translation>Waarvoor de schriftelijke volmacht geldt</translation>
    </message>
    <message>
        <source>&amp;Add representative</source>
        <translation>Vertegenwoordiger &amp;toevoegen</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Who signs</source>
        <translation>Wie tekent</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Authority &amp;seen as:</source>
        <translation>Bevoegdheid &amp;gezien als:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Kenmerk:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>Vana&amp;f:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>O&amp;mvang:</translation>
    </message>
    <message>
        <source>Who signs?</source>
        <translation>Wie tekent?</translation>
    </message>
    <message>
        <source>A&amp;ct:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>Can the citizen &amp;judge this matter?</source>
        <translation>Kan de inwoner hierover &amp;zelf oordelen?</translation>
    </message>
    <message>
        <source>Representative added.</source>
        <translation>Vertegenwoordiger toegevoegd.</translation>
    </message>
    <message>
        <source>Select a representative in the list first.</source>
        <translation>Kies eerst een vertegenwoordiger in de lijst.</translation>
    </message>
    <message>
        <source>Representation ended; it stays in the list.</source>
        <translation>Vertegenwoordiging beëindigd; die blijft in de lijst staan.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Help request in the citizen&apos;s words: {words}</source>
        <translation>Hulpvraag in de woorden van de inwoner: {words}</translation>
    </message>
    <message>
        <source>(none recorded yet)</source>
        <translation>(nog niets vastgelegd)</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>&amp;Record the help request</source>
        <translation>Hulpvraag &amp;vastleggen</translation>
    </message>
    <message>
        <source>Help requests so far</source>
        <translation>Hulpvragen tot nu toe</translation>
    </message>
    <message>
        <source>The help request in the citizen&apos;s &amp;own words:</source>
        <translation>De hulpvraag in de &amp;eigen woorden van de inwoner:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Recorded. These domains are now open: {names}.</source>
        <translation>Vastgelegd. Deze leefgebieden zijn nu open: {names}.</translation>
    </message>
    <message>
        <source>none new</source>
        <translation>geen nieuwe</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Decide each data block once.</source>
        <translation>Neem voor elk gegevensblok één keer een besluit.</translation>
    </message>
    <message>
        <source>That choice does not fit the block “{block}”.</source>
        <translation>Die keuze past niet bij het blok “{block}”.</translation>
    </message>
    <message>
        <source>Access, triage and regie data are kept 1 to {most} years at most.</source>
        <translation>Gegevens over toegang, triage en regie worden 1 tot hoogstens {most} jaar bewaard.</translation>
    </message>
    <message>
        <source>Only regie data are kept for years.</source>
        <translation>Alleen regiegegevens worden jaren bewaard.</translation>
    </message>
    <message>
        <source>Before closing: make a retention decision for “{block}”.</source>
        <translation>Voordat u afsluit: kies een bewaartermijn voor “{block}”.</translation>
    </message>
    <message>
        <source>An intake not pursued keeps its fixed retention rule.</source>
        <translation>Voor een gesprek dat niet is voortgezet, geldt de vaste bewaarregel.</translation>
    </message>
    <message>
        <source>This note is gone.</source>
        <translation>Deze notitie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Only working-file notes are marked this way.</source>
        <translation>Alleen notities in het werkdossier krijgen deze markering.</translation>
    </message>
    <message>
        <source>The date of receipt cannot be in the future.</source>
        <translation>De datum van ontvangst kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>This citizen is gone.</source>
        <translation>Deze inwoner bestaat niet meer.</translation>
    </message>
    <message>
        <source>Close the open intake before the hand-over.</source>
        <translation>Sluit het open gesprek af vóór de overdracht.</translation>
    </message>
    <message>
        <source>There is no closed dossier to hand over.</source>
        <translation>Er is geen afgesloten dossier om over te dragen.</translation>
    </message>
    <message>
        <source>A dossier in the list is not due; nothing was destroyed.</source>
        <translation>Een dossier in de lijst mag nog niet worden vernietigd; er is niets vernietigd.</translation>
    </message>
    <message>
        <source>Working-file note of {date} (contributed)</source>
        <translation>Notitie uit het werkdossier van {date} (bijgedragen aan het besluit)</translation>
    </message>
</context>
<context>
    <name>RetentionBlock</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Working file (werkdossier)</source>
        <translation>Werkdossier</translation>
    </message>
    <message>
        <source>Access, triage and regie data</source>
        <translation>Gegevens over toegang, triage en regie</translation>
    </message>
    <message>
        <source>Personal work notes</source>
        <translation>Persoonlijke werkaantekeningen</translation>
    </message>
</context>
<context>
    <name>RetentionDecision</name>
    <message>
        <source>To the case system (statutory term there)</source>
        <translation>Naar het zaaksysteem (daar geldt de wettelijke bewaartermijn)</translation>
    </message>
    <message>
        <source>Keep here until the statutory date, reviewed every year</source>
        <translation>Hier bewaren tot de wettelijke datum, elk jaar opnieuw bekijken</translation>
    </message>
    <message>
        <source>Items that contributed to the decision go to the archive</source>
        <translation>Wat heeft bijgedragen aan het besluit, gaat naar het archief</translation>
    </message>
    <message>
        <source>Destroy with the local copy</source>
        <translation>Vernietigen met de lokale kopie</translation>
    </message>
    <message>
        <source>Keep for a number of years</source>
        <translation>Een aantal jaren bewaren</translation>
    </message>
    <message>
        <source>Expires after the agency&apos;s period and never leaves</source>
        <translation>Vervalt na de termijn van uw organisatie en gaat nooit naar buiten</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>This entry is already gone.</source>
        <translation>Dit onderdeel is al weg.</translation>
    </message>
    <message>
        <source>the citizen&apos;s view</source>
        <translation>de mening van de inwoner</translation>
    </message>
    <message>
        <source>Nothing is recorded beside a closed domain.</source>
        <translation>Naast een gesloten leefgebied wordt niets vastgelegd.</translation>
    </message>
    <message>
        <source>Only an open domain can be reviewed.</source>
        <translation>Alleen een open leefgebied kan worden nagelopen.</translation>
    </message>
    <message>
        <source>The domain is still open; withdraw the agreement first.</source>
        <translation>Het leefgebied is nog open; trek eerst de instemming in.</translation>
    </message>
    <message>
        <source>An interpretation rests on this note; delete that one first.</source>
        <translation>Er rust een interpretatie op deze notitie; verwijder die eerst.</translation>
    </message>
    <message>
        <source>This entry stays in the record.</source>
        <translation>Dit onderdeel blijft in het verslag.</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>feit</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>waarneming</translation>
    </message>
    <message>
        <source>interpretation</source>
        <translation>interpretatie</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>working file</source>
        <translation>werkdossier</translation>
    </message>
    <message>
        <source>worker&apos;s own note, deleted after a while</source>
        <translation>eigen werkaantekening, wordt na korte tijd gewist</translation>
    </message>
    <message>
        <source>confidential, never shared</source>
        <translation>vertrouwelijk, wordt nooit gedeeld</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Verblijfsstatus</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>Het gesprek</translation>
    </message>
    <message>
        <source>Help request</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <source>Other concerns?</source>
        <translation>Andere zorgen?</translation>
    </message>
    <message>
        <source>Identity checked: {doc}, number {number}, valid until {until}</source>
        <translation>Legitimatie gecontroleerd: {doc}, nummer {number}, geldig tot {until}</translation>
    </message>
    <message>
        <source>Also present</source>
        <translation>Ook aanwezig</translation>
    </message>
    <message>
        <source>Wmo onderzoek</source>
        <translation>Wmo-onderzoek</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Medical adviser, {date}: {text}</source>
        <translation>Medisch adviseur, {date}: {text}</translation>
    </message>
    <message>
        <source>Medical adviser</source>
        <translation>Medisch adviseur</translation>
    </message>
    <message>
        <source>no disposition yet</source>
        <translation>nog niet vastgelegd</translation>
    </message>
    <message>
        <source>Document seen on {date} ({source}); not kept: {where}</source>
        <translation>Document gezien op {date} ({source}); niet bewaard: {where}</translation>
    </message>
    <message>
        <source>Documents seen</source>
        <translation>Geziene documenten</translation>
    </message>
    <message>
        <source>Limitation: {text} (source: {source})</source>
        <translation>Beperking: {text} (bron: {source})</translation>
    </message>
    <message>
        <source>ZRM score {label}, {date}; based on: {basis}</source>
        <translation>ZRM-score {label}, {date}; gebaseerd op: {basis}</translation>
    </message>
</context>
<context>
    <name>Review mode</name>
    <message>
        <source>This colleague is not on the roster.</source>
        <translation>Deze collega staat niet op de medewerkerslijst.</translation>
    </message>
    <message>
        <source>Fill in who reviews.</source>
        <translation>Vul in wie meekijkt.</translation>
    </message>
    <message>
        <source>Fill in the reviewer&apos;s role.</source>
        <translation>Vul de functie in van wie meekijkt.</translation>
    </message>
    <message>
        <source>This review session has ended.</source>
        <translation>Deze kwaliteitscontrole is beëindigd.</translation>
    </message>
    <message>
        <source>This dossier is not in the sample.</source>
        <translation>Dit dossier zit niet in de steekproef.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review mode</source>
        <translation>Kwaliteitscontrole</translation>
    </message>
    <message>
        <source>Someone else (type name and role)</source>
        <translation>Iemand anders (typ naam en functie)</translation>
    </message>
    <message>
        <source>e.g. team leader</source>
        <translation>bijv. teamleider</translation>
    </message>
    <message>
        <source>&amp;Start the review</source>
        <translation>&amp;Controle starten</translation>
    </message>
    <message>
        <source>No review session yet.</source>
        <translation>Nog geen kwaliteitscontrole gestart.</translation>
    </message>
    <message>
        <source>Dossiers in the sample</source>
        <translation>Dossiers in de steekproef</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Openen om te lezen</translation>
    </message>
    <message>
        <source>&amp;End the review</source>
        <translation>Controle &amp;beëindigen</translation>
    </message>
    <message>
        <source>Dossier, read-only</source>
        <translation>Dossier, alleen lezen</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Meekijker</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>Review with {name} ({role}): {drawn} of {population} dossiers drawn at random (seed {seed}).</source>
        <translation>Controle met {name} ({role}): {drawn} van {population} dossiers willekeurig gekozen (startwaarde {seed}).</translation>
    </message>
    <message>
        <source>Opened read-only; this is logged.</source>
        <translation>Geopend om alleen te lezen; dit is vastgelegd in het logboek.</translation>
    </message>
    <message>
        <source>The review session has ended.</source>
        <translation>De kwaliteitscontrole is beëindigd.</translation>
    </message>
    <message>
        <source>Conversation of {day}</source>
        <translation>Gesprek van {day}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Everything that will be stored</source>
        <translation>Alles wat bewaard wordt</translation>
    </message>
    <message>
        <source>&amp;Delete: we agree it is not needed</source>
        <translation>&amp;Wissen: we vinden het samen niet nodig</translation>
    </message>
    <message>
        <source>The citizen&apos;s own view</source>
        <translation>De eigen mening van de inwoner</translation>
    </message>
    <message>
        <source>The citizen&apos;s own view, in their words</source>
        <translation>De eigen mening van de inwoner, in eigen woorden</translation>
    </message>
    <message>
        <source>Record the citizen&apos;s &amp;view</source>
        <translation>&amp;Mening van de inwoner vastleggen</translation>
    </message>
    <message>
        <source>&amp;Start looking back</source>
        <translation>&amp;Begin met terugkijken</translation>
    </message>
    <message>
        <source>We have looked back &amp;together</source>
        <translation>We hebben &amp;samen teruggekeken</translation>
    </message>
    <message>
        <source>Go through the list with the citizen. What you both find not needed is deleted for good. If the citizen disagrees with something you need, write down their view beside it.</source>
        <translation>Loop de lijst samen met de inwoner door. Wat u allebei niet nodig vindt, wordt echt gewist. Is de inwoner het oneens met iets wat u wel nodig hebt, schrijf dan de mening van de inwoner ernaast.</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>Kies eerst een onderdeel.</translation>
    </message>
    <message>
        <source>Delete this entry for good? It cannot be brought back.</source>
        <translation>Dit onderdeel echt wissen? Het kan niet worden teruggehaald.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gewist.</translation>
    </message>
    <message>
        <source>The citizen&apos;s view is recorded beside it.</source>
        <translation>De mening van de inwoner staat er nu naast.</translation>
    </message>
    <message>
        <source>Looked back together. You can close the conversation.</source>
        <translation>Samen teruggekeken. U kunt het gesprek afsluiten.</translation>
    </message>
    <message>
        <source>Citizen&apos;s view: {view}</source>
        <translation>Mening van de inwoner: {view}</translation>
    </message>
    <message>
        <source>(stays)</source>
        <translation>(blijft)</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>Access (inzage, AVG art. 15)</source>
        <translation>Inzage (AVG art. 15)</translation>
    </message>
    <message>
        <source>Correction or addition (correctie/aanvulling, AVG art. 16)</source>
        <translation>Correctie of aanvulling (AVG art. 16)</translation>
    </message>
    <message>
        <source>Deletion or destruction (verwijdering/vernietiging)</source>
        <translation>Verwijdering of vernietiging</translation>
    </message>
    <message>
        <source>Restriction of use (beperking, AVG art. 18)</source>
        <translation>Beperking van het gebruik (AVG art. 18)</translation>
    </message>
    <message>
        <source>Objection to processing (AVG art. 21; not an Awb bezwaarschrift against a decision)</source>
        <translation>Bezwaar tegen verwerking (AVG art. 21; geen Awb-bezwaarschrift tegen een besluit)</translation>
    </message>
    <message>
        <source>the citizen themselves</source>
        <translation>de inwoner zelf</translation>
    </message>
    <message>
        <source>legal representative (curator, mentor, guardian)</source>
        <translation>wettelijk vertegenwoordiger (curator, mentor, voogd)</translation>
    </message>
    <message>
        <source>authorised person (written authorisation)</source>
        <translation>gevolmachtigde (schriftelijke volmacht)</translation>
    </message>
    <message>
        <source>parent with authority</source>
        <translation>ouder met gezag</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>toegewezen</translation>
    </message>
    <message>
        <source>partly granted</source>
        <translation>deels toegewezen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>Only a destruction request falls under the care statute.</source>
        <translation>Alleen een verzoek om vernietiging valt onder de zorgwet.</translation>
    </message>
    <message>
        <source>This request is already decided.</source>
        <translation>Over dit verzoek is al besloten.</translation>
    </message>
    <message>
        <source>This request was already extended.</source>
        <translation>Dit verzoek is al verlengd.</translation>
    </message>
    <message>
        <source>A destruction request under the Wmo or Jeugdwet has no extension.</source>
        <translation>Een verzoek om vernietiging onder de Wmo of de Jeugdwet kan niet worden verlengd.</translation>
    </message>
    <message>
        <source>An extension is one or two more months.</source>
        <translation>Verlengen kan met één of twee maanden.</translation>
    </message>
    <message>
        <source>Write down why the answer needs more time.</source>
        <translation>Schrijf op waarom het antwoord meer tijd nodig heeft.</translation>
    </message>
    <message>
        <source>The notice cannot be sent before the request came in.</source>
        <translation>Het bericht kan niet zijn verstuurd voordat het verzoek binnenkwam.</translation>
    </message>
    <message>
        <source>Too late to extend: the notice must reach the citizen within the first month.</source>
        <translation>Te laat om te verlengen: de inwoner moet het bericht binnen de eerste maand krijgen.</translation>
    </message>
    <message>
        <source>Under 12, a parent with authority makes the request for the child.</source>
        <translation>Onder de 12 jaar doet een ouder met gezag het verzoek voor het kind.</translation>
    </message>
    <message>
        <source>The citizen asks themselves: no consent.</source>
        <translation>De inwoner doet het verzoek zelf: er hoort geen toestemming bij.</translation>
    </message>
    <message>
        <source>Fill in who made the request.</source>
        <translation>Vul in wie het verzoek heeft gedaan.</translation>
    </message>
    <message>
        <source>Fill in the citizen&apos;s date of birth first: from 12 a young person decides themselves.</source>
        <translation>Vul eerst de geboortedatum van de inwoner in: vanaf 12 jaar beslist een jongere zelf.</translation>
    </message>
    <message>
        <source>A parent acts with authority only for a minor.</source>
        <translation>Een ouder handelt alleen met gezag voor een minderjarige.</translation>
    </message>
    <message>
        <source>From 12 the young person decides: record that they agree to this request.</source>
        <translation>Vanaf 12 jaar beslist de jongere zelf: leg vast dat de jongere instemt met dit verzoek.</translation>
    </message>
    <message>
        <source>Under 12 the parent decides; no consent of the child.</source>
        <translation>Onder de 12 jaar beslist de ouder; er hoort geen toestemming van het kind bij.</translation>
    </message>
    <message>
        <source>A minor&apos;s consent belongs to a parent&apos;s request.</source>
        <translation>Toestemming van een minderjarige hoort alleen bij een verzoek van een ouder.</translation>
    </message>
    <message>
        <source>Say in a few words what the request is about.</source>
        <translation>Zeg in een paar woorden waar het verzoek over gaat.</translation>
    </message>
    <message>
        <source>A decision cannot come before the request.</source>
        <translation>Een besluit kan niet eerder zijn dan het verzoek.</translation>
    </message>
    <message>
        <source>Write down why the request is (partly) refused.</source>
        <translation>Schrijf op waarom het verzoek (gedeeltelijk) is afgewezen.</translation>
    </message>
    <message>
        <source>Keep the reason short.</source>
        <translation>Houd de reden kort.</translation>
    </message>
    <message>
        <source>Do you disagree? Send a letter of objection (bezwaarschrift) to {controller} within six weeks: {address}. After the decision on your objection you can go to the administrative court.</source>
        <translation>Bent u het er niet mee eens? Stuur binnen zes weken een bezwaarschrift naar {controller}: {address}. Na de beslissing op uw bezwaar kunt u naar de bestuursrechter.</translation>
    </message>
    <message>
        <source>Do you disagree? You can ask the civil court to decide: {controller} is a private organisation.</source>
        <translation>Bent u het er niet mee eens? U kunt de civiele rechter vragen om te beslissen: {controller} is een private organisatie.</translation>
    </message>
    <message>
        <source>You can always complain to the Autoriteit Persoonsgegevens: {contact}.</source>
        <translation>U kunt altijd een klacht indienen bij de Autoriteit Persoonsgegevens: {contact}.</translation>
    </message>
    <message>
        <source>{decision}, restriction active</source>
        <translation>{decision}, beperking actief</translation>
    </message>
    <message>
        <source>{decision}, restriction lifted</source>
        <translation>{decision}, beperking opgeheven</translation>
    </message>
    <message>
        <source>[late] open</source>
        <translation>[te laat] open</translation>
    </message>
    <message>
        <source>open, extension notice still to send</source>
        <translation>open, bericht over verlenging nog versturen</translation>
    </message>
    <message>
        <source>open, extended</source>
        <translation>open, verlengd</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>A request cannot come in after today.</source>
        <translation>Een verzoek kan niet later dan vandaag zijn binnengekomen.</translation>
    </message>
    <message>
        <source>This citizen is gone.</source>
        <translation>Deze inwoner staat niet meer in de kluis.</translation>
    </message>
    <message>
        <source>There is no open extension to announce.</source>
        <translation>Er is geen verlenging waarover nog een bericht moet worden verstuurd.</translation>
    </message>
    <message>
        <source>Only a granted deletion removes entries.</source>
        <translation>Alleen een toegewezen verzoek om verwijdering verwijdert gegevens.</translation>
    </message>
    <message>
        <source>No restriction is active on this request.</source>
        <translation>Er is geen beperking actief op dit verzoek.</translation>
    </message>
    <message>
        <source>This is not an inzage request.</source>
        <translation>Dit is geen inzageverzoek.</translation>
    </message>
    <message>
        <source>the citizen&apos;s statement</source>
        <translation>de verklaring van de inwoner</translation>
    </message>
    <message>
        <source>Write the correction or the citizen&apos;s statement.</source>
        <translation>Schrijf de correctie of de verklaring van de inwoner.</translation>
    </message>
    <message>
        <source>This request no longer exists.</source>
        <translation>Dit verzoek bestaat niet meer.</translation>
    </message>
    <message>
        <source>This request is not about changing notes.</source>
        <translation>Dit verzoek gaat niet over het wijzigen van notities.</translation>
    </message>
    <message>
        <source>That note is gone.</source>
        <translation>Die notitie bestaat niet meer.</translation>
    </message>
    <message>
        <source>An entry to delete is gone.</source>
        <translation>Een gegeven dat verwijderd moet worden, bestaat niet meer.</translation>
    </message>
    <message>
        <source>Data about another person: ask their consent or make them unreadable before this copy is handed over.</source>
        <translation>Gegevens over een andere persoon: vraag die persoon om toestemming of maak de gegevens onleesbaar voordat deze kopie wordt overhandigd.</translation>
    </message>
</context>
<context>
    <name>RightsDialog</name>
    <message>
        <source>Rights requests</source>
        <translation>Privacyverzoeken</translation>
    </message>
    <message>
        <source>Rights requests of this citizen</source>
        <translation>Privacyverzoeken van deze inwoner</translation>
    </message>
    <message>
        <source>Requests (state and date to answer by):</source>
        <translation>Verzoeken (status en uiterste antwoorddatum):</translation>
    </message>
    <message>
        <source>Record a new request</source>
        <translation>Nieuw verzoek vastleggen</translation>
    </message>
    <message>
        <source>only when someone else asks</source>
        <translation>alleen als iemand anders het vraagt</translation>
    </message>
    <message>
        <source>The young person (12 or older) agrees to the parent&apos;s request</source>
        <translation>De jongere (12 jaar of ouder) is het eens met het verzoek van de ouder</translation>
    </message>
    <message>
        <source>no (AVG: one month)</source>
        <translation>nee (AVG: één maand)</translation>
    </message>
    <message>
        <source>Wmo 2015 art. 5.3.5 (three months)</source>
        <translation>Wmo 2015 art. 5.3.5 (drie maanden)</translation>
    </message>
    <message>
        <source>Jeugdwet art. 7.3.9 (three months)</source>
        <translation>Jeugdwet art. 7.3.9 (drie maanden)</translation>
    </message>
    <message>
        <source>in a few words; no content</source>
        <translation>in een paar woorden; geen inhoud</translation>
    </message>
    <message>
        <source>&amp;Record request</source>
        <translation>&amp;Verzoek vastleggen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>Recei&amp;ved on</source>
        <translation>Ontvangen o&amp;p</translation>
    </message>
    <message>
        <source>Asked &amp;by</source>
        <translation>Gevraagd &amp;door</translation>
    </message>
    <message>
        <source>Name of the &amp;requester</source>
        <translation>&amp;Naam van de aanvrager</translation>
    </message>
    <message>
        <source>Destruction under a care &amp;statute</source>
        <translation>Vernietiging op grond van een &amp;zorgwet</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Onder&amp;werp</translation>
    </message>
    <message>
        <source>Handle the selected request</source>
        <translation>Gekozen verzoek afhandelen</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>Verlen&amp;gen</translation>
    </message>
    <message>
        <source>Reasoned &amp;notice sent today</source>
        <translation>Gemotiveerd &amp;bericht vandaag verstuurd</translation>
    </message>
    <message>
        <source>needed for a (partial) refusal</source>
        <translation>nodig bij een (gedeeltelijke) afwijzing</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>B&amp;eslissen</translation>
    </message>
    <message>
        <source>Also an encrypted machine-readable copy</source>
        <translation>Ook een versleutelde, machineleesbare kopie</translation>
    </message>
    <message>
        <source>Make inzage &amp;overview…</source>
        <translation>Inzage&amp;overzicht maken…</translation>
    </message>
    <message>
        <source>&amp;Correct a note…</source>
        <translation>Notitie &amp;corrigeren…</translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation>Beperking op&amp;heffen</translation>
    </message>
    <message>
        <source>Extra months</source>
        <translation>Extra maanden</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Reden voor de verlenging</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Reason for a (partial) refusal</source>
        <translation>Reden voor een (gedeeltelijke) afwijzing</translation>
    </message>
    <message>
        <source>Passphrase of the encrypted copy</source>
        <translation>Wachtwoordzin van de versleutelde kopie</translation>
    </message>
    <message>
        <source>Extra &amp;months and reason</source>
        <translation>Extra &amp;maanden en reden</translation>
    </message>
    <message>
        <source>Decis&amp;ion and reason</source>
        <translation>Besl&amp;issing en reden</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Ac&amp;tie</translation>
    </message>
    <message>
        <source>{kind} · received {received} · answer by {due} · {state}</source>
        <translation>{kind} · ontvangen {received} · antwoord uiterlijk {due} · {state}</translation>
    </message>
    <message>
        <source>Request recorded; a task reminds you of the date.</source>
        <translation>Verzoek vastgelegd; een taak herinnert u aan de datum.</translation>
    </message>
    <message>
        <source>Extended. Send the reasoned notice within the first month.</source>
        <translation>Verlengd. Stuur de inwoner binnen de eerste maand een gemotiveerd bericht.</translation>
    </message>
    <message>
        <source>Notice recorded.</source>
        <translation>Bericht vastgelegd.</translation>
    </message>
    <message>
        <source>This erases everything about this citizen from this laptop: every conversation, note, consent and this request. It cannot be undone. Only a line without content stays in the log. Erase now?</source>
        <translation>Hiermee wist u alles over deze inwoner van deze laptop: elk gesprek, elke notitie, elke toestemming en dit verzoek. Dit kan niet ongedaan worden gemaakt. Alleen een regel zonder inhoud blijft in het logboek staan. Nu wissen?</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Beslissing vastgelegd.</translation>
    </message>
    <message>
        <source>The overview is saved as {name}; print it for the citizen.</source>
        <translation>Het overzicht is opgeslagen als {name}; druk het af voor de inwoner.</translation>
    </message>
    <message>
        <source>Give the citizen this passphrase separately from the file. It is shown only now and kept nowhere.</source>
        <translation>Geef de inwoner deze wachtwoordzin los van het bestand. De wachtwoordzin wordt alleen nu getoond en nergens bewaard.</translation>
    </message>
    <message>
        <source>Where to save the overview</source>
        <translation>Waar wilt u het overzicht opslaan?</translation>
    </message>
    <message>
        <source>Erase the dossier?</source>
        <translation>Dossier wissen?</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>This domain is closed ({state}); nothing can be recorded in it.</source>
        <translation>Dit leefgebied is gesloten ({state}); hier kan niets worden vastgelegd.</translation>
    </message>
    <message>
        <source>This domain has already been discussed.</source>
        <translation>Dit leefgebied is al besproken.</translation>
    </message>
    <message>
        <source>Name the concern this domain would serve.</source>
        <translation>Noem de zorg waarvoor dit leefgebied nodig is.</translation>
    </message>
    <message>
        <source>Write down what the indication is.</source>
        <translation>Schrijf op wat de aanwijzing is.</translation>
    </message>
    <message>
        <source>This is a sensitive domain and the help request is a single Wmo request. Write down why asking about it is proportionate.</source>
        <translation>Dit is een gevoelig leefgebied en de hulpvraag is een enkelvoudige Wmo-vraag. Schrijf op waarom het in verhouding staat om hiernaar te vragen.</translation>
    </message>
    <message>
        <source>Child domains open only when there are minors in the household.</source>
        <translation>Leefgebieden over kinderen gaan alleen open als er minderjarigen in het huishouden zijn.</translation>
    </message>
    <message>
        <source>Only a proposed domain can be answered.</source>
        <translation>Alleen een voorgesteld leefgebied kan worden beantwoord.</translation>
    </message>
    <message>
        <source>Only an agreed domain can be withdrawn.</source>
        <translation>Alleen een leefgebied met instemming kan worden ingetrokken.</translation>
    </message>
    <message>
        <source>Unknown domain.</source>
        <translation>Onbekend leefgebied.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>that there is contact, and who</source>
        <translation>dat er contact is, en met wie</translation>
    </message>
    <message>
        <source>content</source>
        <translation>inhoud</translation>
    </message>
    <message>
        <source>health</source>
        <translation>gezondheid</translation>
    </message>
    <message>
        <source>addiction</source>
        <translation>verslaving</translation>
    </message>
    <message>
        <source>justice</source>
        <translation>justitie</translation>
    </message>
    <message>
        <source>Tick at least one item to share.</source>
        <translation>Vink minstens één onderdeel aan om te delen.</translation>
    </message>
    <message>
        <source>Write down the purpose.</source>
        <translation>Schrijf het doel op.</translation>
    </message>
    <message>
        <source>The purpose is too long (at most 500).</source>
        <translation>Het doel is te lang (hoogstens 500 tekens).</translation>
    </message>
    <message>
        <source>The purpose is too general (“{word}”).</source>
        <translation>Het doel is te algemeen (“{word}”).</translation>
    </message>
    <message>
        <source>An item cannot be shared from here.</source>
        <translation>Een onderdeel kan niet vanuit hier worden gedeeld.</translation>
    </message>
    <message>
        <source>“{label}” is {kind} data: give its own ground.</source>
        <translation>“{label}” gaat over {kind}: geef een eigen grondslag.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>the vault is not open</source>
        <translation>de kluis is niet open</translation>
    </message>
    <message>
        <source>this SQLite library is not SQLCipher</source>
        <translation>deze SQLite-bibliotheek is geen SQLCipher</translation>
    </message>
    <message>
        <source>MATCH found {count} rows, expected 1</source>
        <translation>MATCH vond {count} rijen, verwacht: 1</translation>
    </message>
    <message>
        <source>MATCH found the one matching row</source>
        <translation>MATCH vond de ene passende rij</translation>
    </message>
    <message>
        <source>the demo profile is missing from resources</source>
        <translation>het demoprofiel ontbreekt in de programmabestanden</translation>
    </message>
    <message>
        <source>a fictional citizen and a note, in a new vault</source>
        <translation>een verzonnen inwoner en een notitie, in een nieuwe kluis</translation>
    </message>
    <message>
        <source>what was read back differs from what was written</source>
        <translation>wat is teruggelezen, wijkt af van wat is geschreven</translation>
    </message>
    <message>
        <source>the search did not find the citizen</source>
        <translation>het zoeken vond de inwoner niet</translation>
    </message>
    <message>
        <source>the encrypted file failed its integrity check</source>
        <translation>het versleutelde bestand is afgekeurd bij de integriteitscontrole</translation>
    </message>
    <message>
        <source>read back, found by search, integrity check passed</source>
        <translation>teruggelezen, gevonden met zoeken, integriteitscontrole geslaagd</translation>
    </message>
    <message>
        <source>no agency profile in the vault</source>
        <translation>geen profiel van uw organisatie in de kluis</translation>
    </message>
    <message>
        <source>the output is not a PDF with a page</source>
        <translation>de uitvoer is geen PDF met een pagina</translation>
    </message>
    <message>
        <source>{pages} page(s), {size} kB</source>
        <translation>{pages} pagina(’s), {size} kB</translation>
    </message>
    <message>
        <source>not checked: run it through the keukentafel program</source>
        <translation>niet gecontroleerd: voer dit uit via het programma keukentafel</translation>
    </message>
    <message>
        <source>translations/keukentafel_nl.qm is missing</source>
        <translation>translations/keukentafel_nl.qm ontbreekt</translation>
    </message>
    <message>
        <source>the catalog does not translate a known string</source>
        <translation>de vertaalcatalogus vertaalt een bekende tekst niet</translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <source>FTS5 full-text search</source>
        <translation>FTS5 zoeken in volledige tekst</translation>
    </message>
    <message>
        <source>Write to a new vault</source>
        <translation>Schrijven naar een nieuwe kluis</translation>
    </message>
    <message>
        <source>Lock and unlock</source>
        <translation>Vergrendelen en ontgrendelen</translation>
    </message>
    <message>
        <source>Information sheet PDF</source>
        <translation>Informatieblad PDF</translation>
    </message>
    <message>
        <source>Dutch catalog</source>
        <translation>Nederlandse vertalingen</translation>
    </message>
    <message>
        <source>Remove the temporary folder</source>
        <translation>De tijdelijke map verwijderen</translation>
    </message>
    <message>
        <source>Self-test FAILED at step: {step}.</source>
        <translation>Zelftest MISLUKT bij stap: {step}.</translation>
    </message>
    <message>
        <source>Self-test passed; the temporary vault was removed.</source>
        <translation>Zelftest geslaagd; de tijdelijke kluis is verwijderd.</translation>
    </message>
    <message>
        <source>no Qt application</source>
        <translation>geen Qt-toepassing</translation>
    </message>
    <message>
        <source>qtbase_nl.qm not found in {folder}</source>
        <translation>qtbase_nl.qm niet gevonden in {folder}</translation>
    </message>
    <message>
        <source>qtbase_nl.qm does not translate “Cancel”</source>
        <translation>qtbase_nl.qm vertaalt “Cancel” niet</translation>
    </message>
    <message>
        <source>no paper was rendered</source>
        <translation>er is geen document gemaakt</translation>
    </message>
    <message>
        <source>QtPdf read {found} page(s), the paper has {pages}</source>
        <translation>QtPdf las {found} pagina(’s), het document heeft er {pages}</translation>
    </message>
    <message>
        <source>{pages} page(s)</source>
        <translation>{pages} pagina(’s)</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Qt-platform</translation>
    </message>
    <message>
        <source>Qt&apos;s Dutch standard buttons</source>
        <translation>Nederlandse standaardknoppen van Qt</translation>
    </message>
    <message>
        <source>PDF preview (QtPdf)</source>
        <translation>PDF-voorbeeld (QtPdf)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after this many minutes without use:</source>
        <translation>&amp;Vergrendelen na zoveel minuten zonder gebruik:</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Your organisation allows at most {n} minutes.</source>
        <translation>Uw organisatie staat hoogstens {n} minuten toe.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Wachtwoordzin &amp;wijzigen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>H&amp;erhaal de nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Import profile update…</source>
        <translation>Nieuwe versie van het profiel &amp;inlezen…</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>Organisatieprofiel</translation>
    </message>
    <message>
        <source>No agency profile installed.</source>
        <translation>Er is geen organisatieprofiel geïnstalleerd.</translation>
    </message>
    <message>
        <source>{organisation}, version {version} (signing key {fingerprint})</source>
        <translation>{organisation}, versie {version} (ondertekeningssleutel {fingerprint})</translation>
    </message>
    <message>
        <source>Import agency profile</source>
        <translation>Organisatieprofiel inlezen</translation>
    </message>
    <message>
        <source>Agency profile (*.toml)</source>
        <translation>Organisatieprofiel (*.toml)</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>De wachtwoordzin wordt gewijzigd…</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>De wachtwoordzin is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Main window (everywhere)</source>
        <translation>Hoofdvenster (overal)</translation>
    </message>
    <message>
        <source>On this screen</source>
        <translation>Op dit scherm</translation>
    </message>
    <message>
        <source>In a conversation (intake)</source>
        <translation>In een gesprek (intake)</translation>
    </message>
    <message>
        <source>Standard keys</source>
        <translation>Standaardtoetsen</translation>
    </message>
    <message>
        <source>Next field or button</source>
        <translation>Volgend veld of volgende knop</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Previous field or button</source>
        <translation>Vorig veld of vorige knop</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>Go to the field or button with that letter</source>
        <translation>Naar het veld of de knop met die letter</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + de onderstreepte letter</translation>
    </message>
    <message>
        <source>Press the button; tick or untick the box</source>
        <translation>De knop indrukken; het vakje aan- of uitvinken</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatiebalk</translation>
    </message>
    <message>
        <source>Open the chosen line of a list; the main button</source>
        <translation>De gekozen regel van een lijst openen; de hoofdknop</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move in a list or a choice; change a date</source>
        <translation>Bewegen in een lijst of keuze; een datum wijzigen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pijltjestoetsen</translation>
    </message>
    <message>
        <source>Leave a text box that takes Tab; next tab page</source>
        <translation>Een tekstvak verlaten dat Tab gebruikt; volgend tabblad</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Close a window without saving; show a hidden screen</source>
        <translation>Een venster sluiten zonder opslaan; een verborgen scherm tonen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Everything in Keukentafel works with the keyboard. These keys do the main things; F1 shows this list again.</source>
        <translation>Alles in Keukentafel werkt met het toetsenbord. Met deze toetsen doet u de belangrijkste dingen; F1 toont deze lijst opnieuw.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Kolomtitels</translation>
    </message>
</context>
<context>
    <name>Signal</name>
    <message>
        <source>destroy</source>
        <translation>vernietigen</translation>
    </message>
    <message>
        <source>act on it</source>
        <translation>actie ondernemen</translation>
    </message>
    <message>
        <source>keep until a date</source>
        <translation>bewaren tot een datum</translation>
    </message>
    <message>
        <source>This looks like a BSN. A signal never holds one; remove it.</source>
        <translation>Dit lijkt op een BSN. Een signaal bevat nooit een BSN; haal het weg.</translation>
    </message>
    <message>
        <source>Keep the signal minimal: no health or income details. Describe the concern.</source>
        <translation>Houd het signaal beperkt: geen gegevens over gezondheid of inkomen. Beschrijf de zorgen.</translation>
    </message>
    <message>
        <source>the task</source>
        <translation>de taak</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>the concern</source>
        <translation>de zorgen</translation>
    </message>
    <message>
        <source>Keep the concern short (at most 300 characters).</source>
        <translation>Beschrijf de zorgen kort (hoogstens 300 tekens).</translation>
    </message>
    <message>
        <source>who reported it</source>
        <translation>wie het heeft gemeld</translation>
    </message>
    <message>
        <source>Choose a review date after today.</source>
        <translation>Kies een beoordelingsdatum na vandaag.</translation>
    </message>
    <message>
        <source>Choose the date until which it is kept.</source>
        <translation>Kies de datum tot wanneer het signaal wordt bewaard.</translation>
    </message>
    <message>
        <source>Review it no later than the date it is kept until.</source>
        <translation>Beoordeel het signaal uiterlijk op de datum tot wanneer het wordt bewaard.</translation>
    </message>
    <message>
        <source>That date lies ahead.</source>
        <translation>Die datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>why not</source>
        <translation>waarom niet</translation>
    </message>
    <message>
        <source>This citizen no longer exists.</source>
        <translation>Deze inwoner bestaat niet meer.</translation>
    </message>
    <message>
        <source>That signal is gone.</source>
        <translation>Dat signaal staat er niet meer in.</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>New signal</source>
        <translation>Nieuw signaal</translation>
    </message>
    <message>
        <source>e.g. Wmo 2015 art. 2.3.2</source>
        <translation>bijv. Wmo 2015 art. 2.3.2</translation>
    </message>
    <message>
        <source>short; no health or income details</source>
        <translation>kort; geen gegevens over gezondheid of inkomen</translation>
    </message>
    <message>
        <source>e.g. neighbour</source>
        <translation>bijv. buurman</translation>
    </message>
    <message>
        <source>only if given</source>
        <translation>alleen als genoemd</translation>
    </message>
    <message>
        <source>Holds material about a third person</source>
        <translation>Bevat informatie over een derde</translation>
    </message>
    <message>
        <source>reason not to inform (else a task)</source>
        <translation>reden om niet te informeren (anders een taak)</translation>
    </message>
    <message>
        <source>&amp;Task it falls under</source>
        <translation>&amp;Taak waaronder het valt</translation>
    </message>
    <message>
        <source>&amp;Name of the person</source>
        <translation>&amp;Naam van de persoon</translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation>&amp;Zorgen</translation>
    </message>
    <message>
        <source>Reported by (&amp;role)</source>
        <translation>Gemeld door (&amp;rol)</translation>
    </message>
    <message>
        <source>Reporter&apos;s na&amp;me</source>
        <translation>Naa&amp;m van de melder</translation>
    </message>
    <message>
        <source>Recei&amp;ved on</source>
        <translation>Ontvangen o&amp;p</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gorie</translation>
    </message>
    <message>
        <source>&amp;Keep until</source>
        <translation>&amp;Bewaren tot</translation>
    </message>
    <message>
        <source>&amp;Review on</source>
        <translation>B&amp;eoordelen op</translation>
    </message>
    <message>
        <source>Reason not to &amp;inform</source>
        <translation>Reden om niet te &amp;informeren</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Wmo 2015</source>
        <translation>Wmo 2015</translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <translation>Jeugdwet</translation>
    </message>
    <message>
        <source>Participatiewet</source>
        <translation>Participatiewet</translation>
    </message>
    <message>
        <source>Debt help (Wgs)</source>
        <translation>Schuldhulpverlening (Wgs)</translation>
    </message>
    <message>
        <source>Toeleiding (for the municipality)</source>
        <translation>Toeleiding (voor de gemeente)</translation>
    </message>
    <message>
        <source>Hulpverlening (the team&apos;s own help)</source>
        <translation>Hulpverlening (eigen hulp van het team)</translation>
    </message>
    <message>
        <source>single help request</source>
        <translation>enkelvoudige hulpvraag</translation>
    </message>
    <message>
        <source>complex help request</source>
        <translation>meervoudige hulpvraag</translation>
    </message>
    <message>
        <source>contact only (contact details, no notes)</source>
        <translation>alleen contact (contactgegevens, geen notities)</translation>
    </message>
    <message>
        <source>e.g. daughter, interpreter — roles, not names</source>
        <translation>bijv. dochter, tolk — rollen, geen namen</translation>
    </message>
    <message>
        <source>The citizen agrees that they are present</source>
        <translation>De inwoner vindt het goed dat zij erbij zijn</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>&amp;Start the conversation</source>
        <translation>Gesprek &amp;beginnen</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>&amp;Wet:</translation>
    </message>
    <message>
        <source>&amp;Role (pet):</source>
        <translation>&amp;Rol (pet):</translation>
    </message>
    <message>
        <source>&amp;Kind of contact:</source>
        <translation>&amp;Soort contact:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>Also &amp;present:</source>
        <translation>&amp;Ook aanwezig:</translation>
    </message>
    <message>
        <source>&amp;Minors in household:</source>
        <translation>&amp;Minderjarigen in huishouden:</translation>
    </message>
    <message>
        <source>Ask the citizen first whether the others may be present, and tick it.</source>
        <translation>Vraag de inwoner eerst of de anderen erbij mogen zijn, en vink dat aan.</translation>
    </message>
    <message>
        <source>The conversation has started.</source>
        <translation>Het gesprek is begonnen.</translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <source>Tell a network person that their data were recorded</source>
        <translation>Netwerkpersoon laten weten dat zijn of haar gegevens zijn vastgelegd</translation>
    </message>
    <message>
        <source>Feedback after a case meeting</source>
        <translation>Terugkoppeling na een casusoverleg</translation>
    </message>
    <message>
        <source>Review a signal</source>
        <translation>Signaal beoordelen</translation>
    </message>
    <message>
        <source>Answer a rights request</source>
        <translation>Privacyverzoek beantwoorden</translation>
    </message>
    <message>
        <source>Purge after hand-over</source>
        <translation>Opschonen na overdracht</translation>
    </message>
    <message>
        <source>Review the domains of an open file</source>
        <translation>Leefgebieden van een open dossier nalopen</translation>
    </message>
    <message>
        <source>Explain a disclosure to the citizen</source>
        <translation>Verstrekking uitleggen aan de inwoner</translation>
    </message>
    <message>
        <source>Review whether the citizen can now be told about a disclosure</source>
        <translation>Nagaan of de inwoner nu over een verstrekking kan worden geïnformeerd</translation>
    </message>
    <message>
        <source>Contact the person a signal is about</source>
        <translation>Contact opnemen met de persoon over wie een signaal gaat</translation>
    </message>
    <message>
        <source>Tell a third person that material about them was stored</source>
        <translation>Een derde laten weten dat informatie over hem of haar is bewaard</translation>
    </message>
    <message>
        <source>Purge case-meeting details</source>
        <translation>Gegevens van een casusoverleg wissen</translation>
    </message>
    <message>
        <source>Review whether the data of a withdrawn domain must be deleted</source>
        <translation>Nagaan of de gegevens van een ingetrokken leefgebied verwijderd moeten worden</translation>
    </message>
    <message>
        <source>Send the reasoned notice of an extended rights request</source>
        <translation>Gemotiveerd bericht sturen over een verlengd privacyverzoek</translation>
    </message>
    <message>
        <source>Review whether a dossier is still needed on this laptop</source>
        <translation>Nagaan of een dossier nog nodig is op deze laptop</translation>
    </message>
    <message>
        <source>Follow up a privacy incident</source>
        <translation>Privacy-incident opvolgen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>This task is done already.</source>
        <translation>Deze taak is al gedaan.</translation>
    </message>
    <message>
        <source>Give a reason for postponing.</source>
        <translation>Geef een reden voor het uitstellen.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>De reden is te lang (hoogstens 500 tekens).</translation>
    </message>
    <message>
        <source>Choose a date after the current due date, not in the past.</source>
        <translation>Kies een datum na de huidige uiterste datum, niet in het verleden.</translation>
    </message>
    <message>
        <source>The note is too long (at most 500 characters).</source>
        <translation>De notitie is te lang (hoogstens 500 tekens).</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>Deze taak bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>&amp;Tasks and deadlines</source>
        <translation>&amp;Taken en termijnen</translation>
    </message>
    <message>
        <source>Tasks and deadlines</source>
        <translation>Taken en termijnen</translation>
    </message>
    <message>
        <source>Overdue tasks first. Enter opens the conversation or file of the task.</source>
        <translation>Taken die te laat zijn eerst. Enter opent het gesprek of dossier van de taak.</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;gedaan markeren</translation>
    </message>
    <message>
        <source>P&amp;ostpone…</source>
        <translation>&amp;Uitstellen…</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n task(s) overdue.</source>
        <translation>
            <numerusform>⚠ %n taak/taken te laat.</numerusform>
            <numerusform>⚠ %n taak/taken te laat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Niets te laat.</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>Geen open taken.</translation>
    </message>
    <message>
        <source>{state}, postponed to {date}</source>
        <translation>{state}, uitgesteld tot {date}</translation>
    </message>
    <message>
        <source> (legal deadline)</source>
        <translation> (wettelijke termijn)</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Kies eerst een taak.</translation>
    </message>
    <message>
        <source>Marked done: {task}</source>
        <translation>Als gedaan gemarkeerd: {task}</translation>
    </message>
    <message>
        <source>Task postponed.</source>
        <translation>Taak uitgesteld.</translation>
    </message>
</context>
<context>
    <name>ThirdParty</name>
    <message>
        <source>in person</source>
        <translation>persoonlijk</translation>
    </message>
    <message>
        <source>by telephone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>schriftelijk</translation>
    </message>
    <message>
        <source>by e-mail (data never go back by e-mail)</source>
        <translation>per e-mail (gegevens gaan nooit per e-mail terug)</translation>
    </message>
    <message>
        <source>the agency&apos;s secure channel</source>
        <translation>het beveiligde kanaal van uw organisatie</translation>
    </message>
</context>
<context>
    <name>ThirdPartyRequestDialog</name>
    <message>
        <source>Log a request from a third party</source>
        <translation>Verzoek van een derde vastleggen</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Wie het vroeg</translation>
    </message>
    <message>
        <source>what they asked, in short</source>
        <translation>wat er werd gevraagd, in het kort</translation>
    </message>
    <message>
        <source>Nothing is given before the request is discussed with the citizen.</source>
        <translation>Er wordt niets gegeven voordat het verzoek met de inwoner is besproken.</translation>
    </message>
    <message>
        <source>&amp;Who asked</source>
        <translation>&amp;Wie het vroeg</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>&amp;What was asked</source>
        <translation>Wat is &amp;gevraagd</translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation>Ont&amp;vangen op</translation>
    </message>
    <message>
        <source>&amp;How it came in</source>
        <translation>&amp;Hoe het binnenkwam</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Move a note into the toeleiding</source>
        <translation>Notitie overzetten naar de toeleiding</translation>
    </message>
    <message>
        <source>The note stays in the hulpverlening. A copy goes into the college&apos;s toeleiding only when you judge that the college needs it for its task. Write why.</source>
        <translation>De notitie blijft in de hulpverlening. Een kopie gaat alleen naar de toeleiding van het college als u vindt dat het college die nodig heeft voor zijn taak. Schrijf op waarom.</translation>
    </message>
    <message>
        <source>Toeleiding intake of {date}</source>
        <translation>Intake toeleiding van {date}</translation>
    </message>
    <message>
        <source>&amp;Move a copy</source>
        <translation>&amp;Kopie overzetten</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Naar:</translation>
    </message>
    <message>
        <source>&amp;Why the college needs it:</source>
        <translation>&amp;Waarom het college dit nodig heeft:</translation>
    </message>
    <message>
        <source>Judged &amp;by (care worker):</source>
        <translation>Beoordeeld &amp;door (hulpverlener):</translation>
    </message>
    <message>
        <source>This citizen has no open toeleiding intake to move the note into.</source>
        <translation>Deze inwoner heeft geen openstaande intake toeleiding waar de notitie naartoe kan.</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>referral</source>
        <translation>verwijzing</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>opschaling</translation>
    </message>
    <message>
        <source>change of help</source>
        <translation>wijziging van de hulp</translation>
    </message>
    <message>
        <source>end of help</source>
        <translation>einde van de hulp</translation>
    </message>
    <message>
        <source>clarify the question</source>
        <translation>vraag verhelderen</translation>
    </message>
    <message>
        <source>make a plan</source>
        <translation>plan maken</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>opschalen</translation>
    </message>
    <message>
        <source>still needed</source>
        <translation>nog nodig</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <source>A triage moment belongs to help that goes on; this intake was broken off or not pursued.</source>
        <translation>Een triagemoment hoort bij hulp die doorloopt; dit gesprek is afgebroken of niet voortgezet.</translation>
    </message>
    <message>
        <source>Only open domains are part of a triage moment.</source>
        <translation>Alleen open leefgebieden horen bij een triagemoment.</translation>
    </message>
    <message>
        <source>Answer &apos;still needed&apos; or &apos;remove&apos; for every open domain: {names}.</source>
        <translation>Antwoord &apos;nog nodig&apos; of &apos;verwijderen&apos; voor elk open leefgebied: {names}.</translation>
    </message>
    <message>
        <source>the data judged necessary</source>
        <translation>de gegevens die nodig zijn gevonden</translation>
    </message>
    <message>
        <source>the data passed on (write &apos;nothing&apos; if nothing was passed on)</source>
        <translation>de doorgegeven gegevens (schrijf &apos;niets&apos; als er niets is doorgegeven)</translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <source>Triage moment</source>
        <translation>Triagemoment</translation>
    </message>
    <message>
        <source>Look at the scope again: for every open domain, is it still needed? &apos;Remove&apos; deletes what was recorded in that domain, for good.</source>
        <translation>Kijk opnieuw welke leefgebieden open zijn: is elk open leefgebied nog nodig? &apos;Verwijderen&apos; wist voorgoed wat in dat leefgebied is vastgelegd.</translation>
    </message>
    <message>
        <source>Which data, to whom. Write &apos;nothing&apos; if nothing was passed on.</source>
        <translation>Welke gegevens, aan wie. Schrijf &apos;niets&apos; als er niets is doorgegeven.</translation>
    </message>
    <message>
        <source>Open domains: still needed?</source>
        <translation>Open leefgebieden: nog nodig?</translation>
    </message>
    <message>
        <source>{domain}: still needed or remove</source>
        <translation>{domain}: nog nodig of verwijderen</translation>
    </message>
    <message>
        <source>— choose</source>
        <translation>— kies</translation>
    </message>
    <message>
        <source>No domain is open in this intake.</source>
        <translation>Er is geen leefgebied open in dit gesprek.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Save the triage moment</source>
        <translation>Triagemoment &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Moment:</source>
        <translation>&amp;Moment:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Besluit:</translation>
    </message>
    <message>
        <source>Data judged &amp;necessary:</source>
        <translation>Gegevens die &amp;nodig zijn gevonden:</translation>
    </message>
    <message>
        <source>Data &amp;passed on:</source>
        <translation>&amp;Doorgegeven gegevens:</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Voorgoed wissen?</translation>
    </message>
    <message>
        <source>Delete everything recorded in these domains? It cannot be brought back: {names}</source>
        <translation>Alles wissen wat in deze leefgebieden is vastgelegd? Het kan niet worden teruggehaald: {names}</translation>
    </message>
    <message>
        <source>Nothing was saved or removed.</source>
        <translation>Er is niets opgeslagen of verwijderd.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the citizen&apos;s name.</source>
        <translation>Vul de naam van de inwoner in.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>De naam is te lang (hoogstens 200 tekens).</translation>
    </message>
    <message>
        <source>Write the date of birth as day-month-year, e.g. 07-03-1950.</source>
        <translation>Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 07-03-1950.</translation>
    </message>
    <message>
        <source>This date of birth is not possible.</source>
        <translation>Deze geboortedatum kan niet.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>De notitie is leeg.</translation>
    </message>
    <message>
        <source>The note is too long (at most 20,000 characters).</source>
        <translation>De notitie is te lang (hoogstens 20.000 tekens).</translation>
    </message>
    <message>
        <source>This citizen is no longer in the vault.</source>
        <translation>Deze inwoner staat niet meer in de kluis.</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Deze notitie bestaat niet meer.</translation>
    </message>
    <message>
        <source>The text holds a broken character (from copying and pasting) that cannot be stored. Type that part again.</source>
        <translation>In de tekst staat een beschadigd teken (door kopiëren en plakken) dat niet kan worden opgeslagen. Typ dat deel opnieuw.</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>The vault could not be opened.</source>
        <translation>De kluis kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check Caps Lock and try again.</source>
        <translation>De wachtwoordzin klopt niet. Controleer Caps Lock en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The key file (vault.key) is missing next to the vault. Put it back from your backup, or ask your administrator for recovery. Nothing has been changed.</source>
        <translation>Het sleutelbestand (vault.key) ontbreekt naast de kluis. Zet het terug uit uw reservekopie, of vraag uw beheerder om herstel. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The key file (vault.key) is damaged. Your passphrase was not checked. Put the key file back from your backup, or ask your administrator for recovery. Nothing has been changed.</source>
        <translation>Het sleutelbestand (vault.key) is beschadigd. Uw wachtwoordzin is niet gecontroleerd. Zet het sleutelbestand terug uit uw reservekopie, of vraag uw beheerder om herstel. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The key file (vault.key) is empty: it holds no data at all. Your passphrase was not checked. Put the key file back from your backup, or ask your administrator for recovery. Nothing has been changed.</source>
        <translation>Het sleutelbestand (vault.key) is leeg: er staan helemaal geen gegevens in. Uw wachtwoordzin is niet gecontroleerd. Zet het sleutelbestand terug uit uw back-up, of vraag uw beheerder om herstel. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The key file (vault.key) is incomplete: its end is missing. Your passphrase was not checked. Put the key file back from your backup, or ask your administrator for recovery. Nothing has been changed.</source>
        <translation>Het sleutelbestand (vault.key) is onvolledig: het einde ontbreekt. Uw wachtwoordzin is niet gecontroleerd. Zet het sleutelbestand terug uit uw back-up, of vraag uw beheerder om herstel. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The key file belongs to a different vault. Put the right vault.key next to this vault. Nothing has been changed.</source>
        <translation>Het sleutelbestand hoort bij een andere kluis. Zet het juiste vault.key naast deze kluis. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Your passphrase is correct, but the vault file is damaged. Do not create a new vault; contact your administrator. Nothing has been changed.</source>
        <translation>Uw wachtwoordzin klopt, maar het kluisbestand is beschadigd. Maak geen nieuwe kluis aan; neem contact op met uw beheerder. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The vault file (vault.db) is empty: it holds no data at all. This happens when copying or syncing stopped half-way. Put vault.db back from your backup or contact your administrator. Do not create a new vault. Nothing has been changed.</source>
        <translation>Het kluisbestand (vault.db) is leeg: er staan helemaal geen gegevens in. Dat gebeurt als kopiëren of synchroniseren halverwege stopte. Zet vault.db terug uit uw back-up of neem contact op met uw beheerder. Maak geen nieuwe kluis aan. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The vault file (vault.db) is incomplete: its end is missing. This happens when copying stopped half-way or the disk failed. Put vault.db back from your backup or contact your administrator. Do not create a new vault. Nothing has been changed.</source>
        <translation>Het kluisbestand (vault.db) is onvolledig: het einde ontbreekt. Dat gebeurt als kopiëren halverwege stopte of de schijf defect raakte. Zet vault.db terug uit uw back-up of neem contact op met uw beheerder. Maak geen nieuwe kluis aan. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The check after unlocking found damage in the vault file. Keukentafel has locked the vault and saved nothing since you unlocked it, so the file is as it was. Do not create a new vault; contact your administrator today.</source>
        <translation>De controle na het ontgrendelen vond schade in het kluisbestand. Keukentafel heeft de kluis vergrendeld en sinds het ontgrendelen niets opgeslagen, dus het bestand is zoals het was. Maak geen nieuwe kluis aan; neem vandaag nog contact op met uw beheerder.</translation>
    </message>
    <message>
        <source>This file is not a Keukentafel vault. Choose the folder that holds vault.db and vault.key.</source>
        <translation>Dit bestand is geen Keukentafel-kluis. Kies de map met vault.db en vault.key.</translation>
    </message>
    <message>
        <source>There is no vault in this folder yet.</source>
        <translation>Er staat nog geen kluis in deze map.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Keukentafel. Install the newest version to open it. Nothing has been changed.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Keukentafel. Installeer de nieuwste versie om hem te openen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Keukentafel cannot write in the vault folder. Choose another folder or ask your administrator for write access.</source>
        <translation>Keukentafel kan niet schrijven in de kluismap. Kies een andere map of vraag uw beheerder om schrijfrechten.</translation>
    </message>
    <message>
        <source>The disk is full, so your last change was not saved. What you typed is still on screen. Make space on the disk and try again.</source>
        <translation>De schijf is vol, daarom is uw laatste wijziging niet bewaard. Wat u typte staat nog op het scherm. Maak ruimte vrij op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>There is already a vault in this folder. Keukentafel never puts a new vault over an existing one. Choose another folder.</source>
        <translation>Er staat al een kluis in deze map. Keukentafel zet nooit een nieuwe kluis over een bestaande heen. Kies een andere map.</translation>
    </message>
    <message>
        <source>Updating the vault to this version failed; the vault was left as it was. Contact your administrator.</source>
        <translation>Het bijwerken van de kluis naar deze versie is mislukt; de kluis is gebleven zoals hij was. Neem contact op met uw beheerder.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Wait {seconds} seconds and try again.</source>
        <translation>Te veel verkeerde pogingen. Wacht {seconds} seconden en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>VisitView</name>
    <message>
        <source>Household members in this visit</source>
        <translation>Gezinsleden in dit bezoek</translation>
    </message>
    <message>
        <source>Visit to {count} household members: each has their own conversation. Ctrl+Tab switches.</source>
        <translation>Bezoek aan {count} gezinsleden: ieder heeft een eigen gesprek. Wissel met Ctrl+Tab.</translation>
    </message>
    <message>
        <source>The next household member&apos;s conversation</source>
        <translation>Het gesprek van het volgende gezinslid</translation>
    </message>
    <message>
        <source>The previous household member&apos;s conversation</source>
        <translation>Het gesprek van het vorige gezinslid</translation>
    </message>
</context>
<context>
    <name>WhoSigns</name>
    <message>
        <source>The date of birth is not recorded. Record it first: the rules for young people differ from those for adults.</source>
        <translation>De geboortedatum is niet vastgelegd. Leg die eerst vast: voor jongeren gelden andere regels dan voor volwassenen.</translation>
    </message>
    <message>
        <source>A lack of capacity is recorded for this matter; end that record when the citizen can decide again.</source>
        <translation>Voor dit onderwerp is wilsonbekwaamheid vastgelegd; beëindig die als de inwoner weer zelf kan beslissen.</translation>
    </message>
    <message>
        <source>Check the authority of {names} before they sign: not seen yet.</source>
        <translation>Controleer de bevoegdheid van {names} voordat zij tekenen: nog niet gezien.</translation>
    </message>
    <message>
        <source>A court placed the money matters with {names}: they act on finances. Involve the citizen as far as possible.</source>
        <translation>De rechter heeft de geldzaken bij {names} gelegd: die handelen bij geldzaken. Betrek de inwoner er zoveel mogelijk bij.</translation>
    </message>
    <message>
        <source>The citizen decides and signs: adults decide for themselves.</source>
        <translation>De inwoner beslist en tekent: volwassenen beslissen zelf.</translation>
    </message>
    <message>
        <source>The citizen decides and signs: an adult is presumed able to decide. If you doubt that for this matter, have it assessed and record the outcome.</source>
        <translation>De inwoner beslist en tekent: we gaan ervan uit dat een volwassene zelf kan beslissen. Twijfelt u daaraan bij dit onderwerp, laat het dan beoordelen en leg de uitkomst vast.</translation>
    </message>
    <message>
        <source>The citizen cannot judge this matter. One of these may act for them, in the order of the law: {names}. Involve the citizen as far as possible.</source>
        <translation>De inwoner kan over dit onderwerp niet oordelen. Een van deze personen mag voor de inwoner handelen, in de volgorde van de wet: {names}. Betrek de inwoner er zoveel mogelijk bij.</translation>
    </message>
    <message>
        <source>The citizen cannot judge this matter. {names} acts for them, in the order of the law. Involve the citizen as far as possible.</source>
        <translation>De inwoner kan over dit onderwerp niet oordelen. {names} handelt voor de inwoner, in de volgorde van de wet. Betrek de inwoner er zoveel mogelijk bij.</translation>
    </message>
    <message>
        <source>Nobody recorded may act on the citizen&apos;s money matters. Find out whether there is a bewindvoerder, a curator or a written authorisation; family cannot decide on money.</source>
        <translation>Niemand die is vastgelegd mag handelen bij de geldzaken van de inwoner. Zoek uit of er een bewindvoerder, een curator of een schriftelijke volmacht is; familie kan niet over geld beslissen.</translation>
    </message>
    <message>
        <source>The citizen cannot judge this matter and nobody recorded may act for them. Find out who can: curator or mentor, an authorised person, the partner, or a parent, child, brother or sister.</source>
        <translation>De inwoner kan over dit onderwerp niet oordelen en niemand die is vastgelegd mag voor de inwoner handelen. Zoek uit wie dat kan: curator of mentor, een gevolmachtigde, de partner, of een ouder, kind, broer of zus.</translation>
    </message>
    <message>
        <source>From 16, a young person who can judge this decides alone on youth care.</source>
        <translation>Vanaf 16 jaar beslist een jongere die hierover kan oordelen zelf over jeugdhulp.</translation>
    </message>
    <message>
        <source>From 12 to 15, youth care needs the young person and the parent(s) with authority. No parent with authority is recorded: find out who has authority.</source>
        <translation>Van 12 tot en met 15 jaar zijn voor jeugdhulp zowel de jongere als de ouder(s) met gezag nodig. Er is geen ouder met gezag vastgelegd: zoek uit wie het gezag heeft.</translation>
    </message>
    <message>
        <source>From 12 to 15, youth care needs both the young person and {names}.</source>
        <translation>Van 12 tot en met 15 jaar zijn voor jeugdhulp zowel de jongere als {names} nodig.</translation>
    </message>
    <message>
        <source>From 12, a young person who can judge their own interests decides alone on sharing and on their file; nobody else signs for them.</source>
        <translation>Vanaf 12 jaar beslist een jongere die zijn of haar eigen belangen kan beoordelen zelf over delen en over het eigen dossier; niemand anders tekent voor de jongere.</translation>
    </message>
    <message>
        <source>For a minor the parent(s) with authority decide, and none is recorded. Find out who has authority (authority register) and record them.</source>
        <translation>Bij een minderjarige beslissen de ouder(s) met gezag, en er is er geen vastgelegd. Zoek uit wie het gezag heeft (gezagsregister) en leg die vast.</translation>
    </message>
    <message>
        <source>For this young person {names} decide and sign. Involve the young person as far as possible.</source>
        <translation>Voor deze jongere beslissen en tekenen {names}. Betrek de jongere er zoveel mogelijk bij.</translation>
    </message>
    <message>
        <source>First assess whether the young person can judge their own interests in this matter: if so, they decide themselves; if not, the parent(s) with authority.</source>
        <translation>Beoordeel eerst of de jongere zijn of haar eigen belangen bij dit onderwerp kan beoordelen: zo ja, dan beslist de jongere zelf; zo nee, dan de ouder(s) met gezag.</translation>
    </message>
</context>
<context>
    <name>WhyWeAsk</name>
    <message>
        <source>Money worries can stand in the way of the help you ask for. We only ask about money when it matters for your question, or when you want to talk about it.</source>
        <translation>Geldzorgen kunnen de hulp die u vraagt in de weg zitten. We vragen alleen naar geld als het voor uw vraag belangrijk is, of als u erover wilt praten.</translation>
    </message>
    <message>
        <source>Work, school or volunteering can help or get in the way of what you want.</source>
        <translation>Werk, school of vrijwilligerswerk kan helpen bij wat u wilt, of juist in de weg zitten.</translation>
    </message>
    <message>
        <source>How you spend your days tells us what support would fit your life.</source>
        <translation>Hoe u uw dagen doorbrengt, vertelt ons welke steun bij uw leven past.</translation>
    </message>
    <message>
        <source>Your home decides which adaptations or help are possible and needed.</source>
        <translation>Uw woning bepaalt welke aanpassingen of hulp mogelijk en nodig zijn.</translation>
    </message>
    <message>
        <source>Only if you want to: how things go at home can matter for the help that fits.</source>
        <translation>Alleen als u dat wilt: hoe het thuis gaat, kan uitmaken voor de hulp die past.</translation>
    </message>
    <message>
        <source>Only if you want to: how you feel can matter for the help that fits. We write down what you can and cannot do, never a diagnosis.</source>
        <translation>Alleen als u dat wilt: hoe u zich voelt, kan uitmaken voor de hulp die past. We schrijven op wat u wel en niet kunt, nooit een diagnose.</translation>
    </message>
    <message>
        <source>We write down what you can no longer do yourself (the limitation), not illnesses or medicines. That is what the help is based on.</source>
        <translation>We schrijven op wat u zelf niet meer kunt (de beperking), geen ziektes of medicijnen. Daar is de hulp op gebaseerd.</translation>
    </message>
    <message>
        <source>Only if you want to: alcohol, drugs or pills can matter for the help.</source>
        <translation>Alleen als u dat wilt: alcohol, drugs of pillen kunnen uitmaken voor de hulp.</translation>
    </message>
    <message>
        <source>Washing, dressing and eating: we ask what you can do yourself and what not.</source>
        <translation>Wassen, aankleden en eten: we vragen wat u zelf kunt en wat niet.</translation>
    </message>
    <message>
        <source>Cleaning, shopping, cooking and the laundry: we ask what still works and where you need help.</source>
        <translation>Schoonmaken, boodschappen, koken en de was: we vragen wat nog lukt en waar u hulp bij nodig hebt.</translation>
    </message>
    <message>
        <source>People around you may already help, or could. We ask so the help fits what they do.</source>
        <translation>Mensen om u heen helpen misschien al, of zouden kunnen helpen. We vragen het zodat de hulp past bij wat zij doen.</translation>
    </message>
    <message>
        <source>Getting out, meeting people and taking part: we ask what you miss.</source>
        <translation>Naar buiten gaan, mensen ontmoeten en meedoen: we vragen wat u mist.</translation>
    </message>
    <message>
        <source>Contact with police or courts is criminal data. We only talk about it if it really matters for your question, and in a Wmo dossier we write nothing down.</source>
        <translation>Contact met politie of rechter zijn strafrechtelijke gegevens. We praten er alleen over als het echt uitmaakt voor uw vraag, en in een Wmo-dossier schrijven we er niets over op.</translation>
    </message>
    <message>
        <source>Questions about children in the household are asked only when there are children and you agree that it matters for your question.</source>
        <translation>Vragen over kinderen in het huishouden stellen we alleen als er kinderen zijn en u het eens bent dat het uitmaakt voor uw vraag.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>niet besproken</translation>
    </message>
    <message>
        <source>part of the help request</source>
        <translation>hoort bij de hulpvraag</translation>
    </message>
    <message>
        <source>proposed, awaiting the citizen&apos;s answer</source>
        <translation>voorgesteld, wacht op antwoord van de inwoner</translation>
    </message>
    <message>
        <source>discussed with agreement</source>
        <translation>besproken met instemming</translation>
    </message>
    <message>
        <source>declined by the citizen</source>
        <translation>niet gewenst door inwoner</translation>
    </message>
    <message>
        <source>agreement withdrawn</source>
        <translation>instemming ingetrokken</translation>
    </message>
</context>
<context>
    <name>Zrm</name>
    <message>
        <source>&apos;Not assessed&apos; is this app&apos;s convention for domains that were not discussed; it is not a ZRM score. An incomplete matrix is not a ZRM measurement.</source>
        <translation>&apos;Niet beoordeeld&apos; is de afspraak van deze app voor leefgebieden die niet zijn besproken; het is geen ZRM-score. Een onvolledige matrix is geen ZRM-meting.</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Werk &amp; Opleiding</translation>
    </message>
    <message>
        <source>Use of time</source>
        <translation>Tijdsbesteding</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>Domestic relationships</source>
        <translation>Huiselijke relaties</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Geestelijke gezondheid</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Lichamelijke gezondheid</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Middelengebruik</translation>
    </message>
    <message>
        <source>Basic ADL</source>
        <translation>Basale ADL</translation>
    </message>
    <message>
        <source>Instrumental ADL</source>
        <translation>Instrumentele ADL</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <source>Community participation</source>
        <translation>Maatschappelijke participatie</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justitie</translation>
    </message>
    <message>
        <source>Acute problems</source>
        <translation>Acute problematiek</translation>
    </message>
    <message>
        <source>Not self-sufficient</source>
        <translation>Niet zelfredzaam</translation>
    </message>
    <message>
        <source>Limited self-sufficiency</source>
        <translation>Beperkt zelfredzaam</translation>
    </message>
    <message>
        <source>Sufficiently self-sufficient</source>
        <translation>Voldoende zelfredzaam</translation>
    </message>
    <message>
        <source>Fully self-sufficient</source>
        <translation>Volledig zelfredzaam</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>The level descriptions file cannot be read ({detail}).</source>
        <translation>Het bestand met niveaubeschrijvingen kan niet worden gelezen ({detail}).</translation>
    </message>
    <message>
        <source>The level descriptions file holds no domains.</source>
        <translation>Het bestand met niveaubeschrijvingen bevat geen leefgebieden.</translation>
    </message>
    <message>
        <source>{place}: not a ZRM 2017 domain.</source>
        <translation>{place}: geen leefgebied van de ZRM 2017.</translation>
    </message>
    <message>
        <source>{place}: give exactly the levels 1 to 5.</source>
        <translation>{place}: geef precies de niveaus 1 tot en met 5.</translation>
    </message>
    <message>
        <source>{place}: the text is empty.</source>
        <translation>{place}: de tekst is leeg.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Keukentafel: offline assistant for the kitchen-table conversation.</source>
        <translation>Keukentafel: offline hulp bij het keukentafelgesprek.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message>
        <source>Name the vault folder with --vault.</source>
        <translation>Geef de kluismap op met --vault.</translation>
    </message>
    <message>
        <source>vault folder (holds vault.db)</source>
        <translation>kluismap (met vault.db)</translation>
    </message>
    <message>
        <source>read the passphrase from standard input</source>
        <translation>lees de wachtwoordzin van standaardinvoer</translation>
    </message>
    <message>
        <source>Cannot read that file.</source>
        <translation>Dat bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>BROKEN: {reason}</source>
        <translation>BESCHADIGD: {reason}</translation>
    </message>
    <message>
        <source>OK: {n} events, the chain is intact.</source>
        <translation>OK: {n} gebeurtenissen, de keten is heel.</translation>
    </message>
    <message>
        <source>BROKEN: the chain breaks at event {seq} ({reason}).</source>
        <translation>GEBROKEN: de keten breekt bij gebeurtenis {seq} ({reason}).</translation>
    </message>
    <message>
        <source>use a date as 2026-01-31</source>
        <translation>gebruik een datum als 2026-01-31</translation>
    </message>
    <message>
        <source>check the vault&apos;s audit log (content-free)</source>
        <translation>controleer het auditlog van de kluis (zonder inhoud)</translation>
    </message>
    <message>
        <source>verify the hash chain</source>
        <translation>controleer de hashketen</translation>
    </message>
    <message>
        <source>check the signed audit head of an exported report against the vault</source>
        <translation>de ondertekende laatste auditgebeurtenis van een geëxporteerd rapport controleren tegen de kluis</translation>
    </message>
    <message>
        <source>the access report for a period (no content)</source>
        <translation>het toegangsrapport over een periode (geen inhoud)</translation>
    </message>
    <message>
        <source>only this dossier (case number)</source>
        <translation>alleen dit dossier (zaaknummer)</translation>
    </message>
    <message>
        <source>only this worker id</source>
        <translation>alleen deze medewerker (id)</translation>
    </message>
    <message>
        <source>write to this file instead</source>
        <translation>in plaats daarvan naar dit bestand schrijven</translation>
    </message>
    <message>
        <source>The demo profile is missing from resources/profiles.</source>
        <translation>Het demoprofiel ontbreekt in resources/profiles.</translation>
    </message>
    <message>
        <source>Keukentafel demo — Gemeente Voorbeeldstad (fictional)</source>
        <translation>Keukentafel demo — Gemeente Voorbeeldstad (verzonnen)</translation>
    </message>
    <message>
        <source>Demo vault created in: {folder}</source>
        <translation>Demokluis aangemaakt in: {folder}</translation>
    </message>
    <message>
        <source>Demo vault in: {folder}</source>
        <translation>Demokluis in: {folder}</translation>
    </message>
    <message>
        <source>Demo passphrase: {passphrase}</source>
        <translation>Demo-wachtwoordzin: {passphrase}</translation>
    </message>
    <message>
        <source>start on the demo profile with a demo vault</source>
        <translation>start met het demoprofiel en een demokluis</translation>
    </message>
    <message>
        <source>demo vault folder</source>
        <translation>map van de demokluis</translation>
    </message>
    <message>
        <source>only create the demo vault</source>
        <translation>maak alleen de demokluis aan</translation>
    </message>
    <message>
        <source>The desktop app is started with the `keukentafel` command.</source>
        <translation>De app start u met het commando `keukentafel`.</translation>
    </message>
    <message>
        <source>start the app (default)</source>
        <translation>start de app (standaard)</translation>
    </message>
    <message>
        <source>open the vault in this folder</source>
        <translation>open de kluis in deze map</translation>
    </message>
    <message>
        <source>{path} exists; not overwritten.</source>
        <translation>{path} bestaat al; niet overschreven.</translation>
    </message>
    <message>
        <source>Private signing key written to {path}. Keep it offline.</source>
        <translation>Geheime ondertekeningssleutel bewaard in {path}. Bewaar hem offline.</translation>
    </message>
    <message>
        <source>Public key: {key}</source>
        <translation>Publieke sleutel: {key}</translation>
    </message>
    <message>
        <source>Signed: {path}</source>
        <translation>Ondertekend: {path}</translation>
    </message>
    <message>
        <source>NOT MADE {file}: {reason}</source>
        <translation>NIET GEMAAKT {file}: {reason}</translation>
    </message>
    <message>
        <source>{path} (pages: {pages}; text version {version})</source>
        <translation>{path} (pagina&apos;s: {pages}; tekstversie {version})</translation>
    </message>
    <message>
        <source>REFUSED: {reason}</source>
        <translation>GEWEIGERD: {reason}</translation>
    </message>
    <message>
        <source>Papers made: {made}; not made: {refused}.</source>
        <translation>Papieren gemaakt: {made}; niet gemaakt: {refused}.</translation>
    </message>
    <message>
        <source>proof the papers for citizens</source>
        <translation>de papieren voor inwoners controleren</translation>
    </message>
    <message>
        <source>render every paper in every language from fictional samples</source>
        <translation>elk papier in elke taal maken uit verzonnen voorbeelden</translation>
    </message>
    <message>
        <source>folder for PDFs</source>
        <translation>map voor PDF&apos;s</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Organisatie: {name}</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason}).</source>
        <translation>Kan {path} niet lezen ({reason}).</translation>
    </message>
    <message>
        <source>NOT SIGNED: {reason}</source>
        <translation>NIET ONDERTEKEND: {reason}</translation>
    </message>
    <message>
        <source>Profile: {id}, version {version}, issued {issued}</source>
        <translation>Profiel: {id}, versie {version}, uitgegeven {issued}</translation>
    </message>
    <message>
        <source>Workers in the roster: {n}</source>
        <translation>Medewerkers in de lijst: {n}</translation>
    </message>
    <message>
        <source>Signing key: {key}</source>
        <translation>Ondertekeningssleutel: {key}</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fp}</source>
        <translation>Vingerafdruk ondertekeningssleutel: {fp}</translation>
    </message>
    <message>
        <source>DEMO profile: never use it for real citizens.</source>
        <translation>DEMOprofiel: nooit gebruiken voor echte inwoners.</translation>
    </message>
    <message>
        <source>make, sign and check an agency profile</source>
        <translation>maak, onderteken en controleer een organisatieprofiel</translation>
    </message>
    <message>
        <source>make a new agency signing key</source>
        <translation>maak een nieuwe ondertekeningssleutel voor de organisatie</translation>
    </message>
    <message>
        <source>new key file</source>
        <translation>nieuw sleutelbestand</translation>
    </message>
    <message>
        <source>sign a profile file</source>
        <translation>onderteken een profielbestand</translation>
    </message>
    <message>
        <source>write here instead of in place</source>
        <translation>schrijf hierheen in plaats van het bestand zelf te overschrijven</translation>
    </message>
    <message>
        <source>verify and summarise a profile file</source>
        <translation>controleer een profielbestand en vat het samen</translation>
    </message>
    <message>
        <source>the public key the file must be signed with</source>
        <translation>de publieke sleutel waarmee het bestand ondertekend moet zijn</translation>
    </message>
    <message>
        <source>Two shares written. Give each to a different person.</source>
        <translation>Twee sleuteldelen bewaard. Geef elk deel aan een andere persoon.</translation>
    </message>
    <message>
        <source>New passphrase for the owner: </source>
        <translation>Nieuwe wachtwoordzin voor de eigenaar: </translation>
    </message>
    <message>
        <source>The vault has a new passphrase. The owner will be told at unlock.</source>
        <translation>De kluis heeft een nieuwe wachtwoordzin. De eigenaar krijgt dit te zien bij het openen.</translation>
    </message>
    <message>
        <source>two-person recovery of a vault (administrators)</source>
        <translation>herstel van een kluis door twee personen (beheerders)</translation>
    </message>
    <message>
        <source>split the recovery key into two shares</source>
        <translation>splits de herstelsleutel in twee delen</translation>
    </message>
    <message>
        <source>file with the age recovery identity</source>
        <translation>bestand met de geheime age-herstelsleutel</translation>
    </message>
    <message>
        <source>open a vault with both shares</source>
        <translation>open een kluis met beide sleuteldelen</translation>
    </message>
    <message>
        <source>why (kept in the vault)</source>
        <translation>waarom (wordt in de kluis bewaard)</translation>
    </message>
    <message>
        <source>The identity file or the bundle cannot be read.</source>
        <translation>Het identiteitsbestand of de bundel kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The identity file does not hold one age identity.</source>
        <translation>Het identiteitsbestand bevat niet precies één age-identiteit.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>open an encrypted bundle (back office)</source>
        <translation>een versleutelde bundel openen (backoffice)</translation>
    </message>
    <message>
        <source>decrypt a bundle, verify its audit head and show it</source>
        <translation>een bundel ontsleutelen, de laatste auditgebeurtenis controleren en de bundel tonen</translation>
    </message>
    <message>
        <source>age identity file (.agekey)</source>
        <translation>age-identiteitsbestand (.agekey)</translation>
    </message>
    <message>
        <source>the bundle file (.age)</source>
        <translation>het bundelbestand (.age)</translation>
    </message>
    <message>
        <source>write the JSON to this file</source>
        <translation>de JSON naar dit bestand schrijven</translation>
    </message>
    <message>
        <source>print a summary (text) or the JSON</source>
        <translation>een samenvatting (tekst) of de JSON tonen</translation>
    </message>
    <message>
        <source>version, licence and the licences of bundled components</source>
        <translation>versie, licentie en de licenties van meegeleverde onderdelen</translation>
    </message>
    <message>
        <source>check this installation in a throwaway vault (SQLCipher, FTS5, PDF, catalog)</source>
        <translation>deze installatie controleren in een wegwerpkluis (SQLCipher, FTS5, PDF, vertalingen)</translation>
    </message>
</context>
</TS>
