<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>Agenda</name>
    <message>
        <source>Write the date as day-month-year, e.g. 24-11-2026.</source>
        <translation>Schrijf de datum als dag-maand-jaar, bijvoorbeeld 24-11-2026.</translation>
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
        <source>The vault&apos;s integrity check found damage. Keep working only if you must, and contact your administrator today.</source>
        <translation>De controle van de kluis heeft schade gevonden. Werk alleen door als het moet, en neem vandaag nog contact op met uw beheerder.</translation>
    </message>
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
        <source>&amp;Back to overview</source>
        <translation>&amp;Terug naar overzicht</translation>
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
    <name>DomainContent</name>
    <message>
        <source>Notes in this domain</source>
        <translation>Notities in dit leefgebied</translation>
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
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>The citizen can read this — neutral and factual, no diagnoses.</source>
        <translation>De inwoner kan dit lezen — neutraal en feitelijk, geen diagnoses.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
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
        <source>&amp;Back to the citizen</source>
        <translation>Terug naar de &amp;inwoner</translation>
    </message>
    <message>
        <source>Privacy protocol (F1)</source>
        <translation>Privacyprotocol (F1)</translation>
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
    <name>Profile</name>
    <message>
        <source>The profile file is not valid TOML ({detail}).</source>
        <translation>Het profielbestand is geen geldige TOML ({detail}).</translation>
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
        <source>use lower-case letters, digits, - and _</source>
        <translation>gebruik kleine letters, cijfers, - en _</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>moet een heel getal zijn van {low} tot en met {high}</translation>
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
    <name>RecordPanel</name>
    <message>
        <source>citizen&apos;s view: {view}</source>
        <translation>mening van de inwoner: {view}</translation>
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
        <source>the reason for the link</source>
        <translation>de reden voor de koppeling</translation>
    </message>
    <message>
        <source>Choose another person.</source>
        <translation>Kies een andere persoon.</translation>
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
        <source>The key file belongs to a different vault. Put the right vault.key next to this vault. Nothing has been changed.</source>
        <translation>Het sleutelbestand hoort bij een andere kluis. Zet het juiste vault.key naast deze kluis. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Your passphrase is correct, but the vault file is damaged. Do not create a new vault; contact your administrator. Nothing has been changed.</source>
        <translation>Uw wachtwoordzin klopt, maar het kluisbestand is beschadigd. Maak geen nieuwe kluis aan; neem contact op met uw beheerder. Er is niets veranderd.</translation>
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
        <source>OK: {n} events, the chain is intact.</source>
        <translation>OK: {n} gebeurtenissen, de keten is heel.</translation>
    </message>
    <message>
        <source>BROKEN: the chain breaks at event {seq} ({reason}).</source>
        <translation>GEBROKEN: de keten breekt bij gebeurtenis {seq} ({reason}).</translation>
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
        <source>Vault round trip: {result}</source>
        <translation>Kluis aanmaken en openen: {result}</translation>
    </message>
    <message>
        <source>check SQLCipher and the vault round trip</source>
        <translation>controleer SQLCipher en het aanmaken en openen van een kluis</translation>
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
        <source>REFUSED: {reason}</source>
        <translation>GEWEIGERD: {reason}</translation>
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
</context>
</TS>
