<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="92" />
      <source>? reflections</source>
      <translation>? refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="334" />
      <source>Backups</source>
      <translation>Sikkerhedskopier</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="184" />
      <source>Choose a passphrase: </source>
      <translation>Vælg en adgangssætning: </translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="314" />
      <source>Coach comments</source>
      <translation>Kommentarer fra coachen</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="124" />
      <source>Interrupted; nothing more was changed.</source>
      <translation>Afbrudt; der blev ikke ændret mere.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="332" />
      <source>Journal file</source>
      <translation>Dagbogsfil</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="331" />
      <source>Journal folder</source>
      <translation>Dagbogsmappe</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="333" />
      <source>Key file</source>
      <translation>Nøglefil</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="119" />
      <source>New passphrase: </source>
      <translation>Ny adgangssætning: </translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="280" />
      <source>Nothing found.</source>
      <translation>Intet fundet.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="106" />
      <source>Passphrase: </source>
      <translation>Adgangssætning: </translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="338" />
      <source>Protected by a passphrase</source>
      <translation>Beskyttet af en adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="339" />
      <source>Read-only</source>
      <translation>Skrivebeskyttet</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="340" />
      <source>Recent saves not visible</source>
      <translation>Nylige gemninger, der ikke ses</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="378" />
      <source>Recovery key: </source>
      <translation>Gendannelsesnøgle: </translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="335" />
      <source>Reflections</source>
      <translation>Refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="120" />
      <source>Repeat it: </source>
      <translation>Gentag den: </translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="336" />
      <source>Schema version</source>
      <translation>Skemaversion</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="191" />
      <source>That is your recovery key. It opens the journal if you forget the passphrase, and it is shown only now: print it or write it down, and keep it away from this computer.</source>
      <translation>Det er din gendannelsesnøgle. Den åbner dagbogen, hvis du glemmer adgangssætningen, og den vises kun nu: udskriv den eller skriv den ned, og opbevar den væk fra denne computer.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="325" />
      <source>The journal folder is read-only: up to {n} recent saves are not visible until it is writable.</source>
      <translation>Dagbogens mappe er skrivebeskyttet: op til {n} af de seneste gemninger kan ikke ses, før der kan skrives i mappen.</translation>
    </message>
    <message>
      <location filename="../../journal/app.py" line="261" />
      <source>Tværs is already open on this journal; its window was brought to the front.</source>
      <translation>Denne dagbog er allerede åben i Tværs; vinduet er hentet frem.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="337" />
      <source>Tværs version</source>
      <translation>Tværs-version</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="87" />
      <source>at closing</source>
      <translation>ved lukning</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="88" />
      <source>before a restore</source>
      <translation>før en gendannelse</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="89" />
      <source>before an upgrade</source>
      <translation>før en opgradering</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="87" />
      <source>daily</source>
      <translation>daglig</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="88" />
      <source>damaged journal, kept</source>
      <translation>beskadiget dagbog, gemt</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="136" />
      <source>internal error (this is a bug, please report it): {kind}</source>
      <translation>intern fejl (det er en fejl i Tværs, meld den gerne): {kind}</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="87" />
      <source>made by hand</source>
      <translation>taget manuelt</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="342" />
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="424" />
      <source>only the published cases are shown</source>
      <translation>kun de udgivne sager vises</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="463" />
      <source>use a number from 1 to 1000000</source>
      <translation>brug et tal fra 1 til 1000000</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_import.py" line="40" />
      <source>warning: {warning}</source>
      <translation>advarsel: {warning}</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="342" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="92" />
      <source>{n} reflections</source>
      <translation>{n} refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="461" />
      <source>{value} is not a whole number</source>
      <translation>{value} er ikke et helt tal</translation>
    </message>
  </context>
  <context>
    <name>CLI help</name>
    <message>
      <location filename="../../journal/cli/main.py" line="39" />
      <source>(GUI) open, paint the main window once and quit with 0</source>
      <translation>(GUI) åbn, tegn hovedvinduet én gang, og afslut med 0</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="22" />
      <source>Read text on stdin and write it anonymised to stdout. Nothing leaves the machine.</source>
      <translation>Læser tekst fra standardinput og skriver den anonymiseret til standardoutput. Intet forlader maskinen.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="24" />
      <source>TOML register of people, workplaces and places always to replace</source>
      <translation>TOML-register over personer, arbejdspladser og steder, der altid skal erstattes</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="32" />
      <source>Tværs: a private reflection journal. Without a command, the window opens.</source>
      <translation>Tværs: en privat refleksionsdagbog. Uden en kommando åbner vinduet.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="122" />
      <source>a backup file, or the name of one in the backup folder</source>
      <translation>en sikkerhedskopi eller navnet på en i mappen med sikkerhedskopier</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="21" />
      <source>anonymise text from stdin (names, CPR, phone, e-mail, addresses, workplaces …)</source>
      <translation>anonymisér tekst fra standardinput (navne, CPR, telefon, e-mail, adresser, arbejdspladser …)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="522" />
      <source>change the passphrase</source>
      <translation>skift adgangssætningen</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="471" />
      <source>create a new journal in the data folder</source>
      <translation>opret en ny dagbog i datamappen</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="486" />
      <source>entries, newest first</source>
      <translation>refleksionerne, nyeste først</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="495" />
      <source>full-text search, best first</source>
      <translation>fritekstsøgning, bedste match først</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_import.py" line="67" />
      <source>import entries from jrnl, Day One or a Markdown folder (all or nothing; duplicates skipped)</source>
      <translation>importér indlæg fra jrnl, Day One eller en mappe med Markdown (alt eller intet; dubletter springes over)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="519" />
      <source>integrity check of the journal</source>
      <translation>tjek, at dagbogen er intakt</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="35" />
      <source>journal folder (default: the platform's app-data folder; env TVAERS_DATA_DIR)</source>
      <translation>dagbogens mappe (standard: systemets mappe til programdata; miljøvariablen TVAERS_DATA_DIR)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_import.py" line="69" />
      <source>jrnl-json, jrnl-txt, dayone, markdown, or auto to tell from the file</source>
      <translation>jrnl-json, jrnl-txt, dayone, markdown eller auto for at se det på filen</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_import.py" line="71" />
      <source>jrnl-txt: the journal's timeformat when it is not jrnl's default (e.g. '%%d.%%m.%%Y %%H:%%M')</source>
      <translation>jrnl-txt: dagbogens timeformat, når den ikke er jrnl's standard (f.eks. '%%d.%%m.%%Y %%H:%%M')</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_import.py" line="72" />
      <source>jrnl: the characters that start a tag (default @)</source>
      <translation>jrnl: de tegn, et tag begynder med (standard @)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="37" />
      <source>language of messages and exports (default: system locale)</source>
      <translation>sprog for beskeder og eksport (standard: systemets sprog)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="30" />
      <source>language of the placeholders (default: guessed per text)</source>
      <translation>sprog for pladsholderne (standard: gættes for hver tekst)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="125" />
      <source>list the backups: date, kind, size, entries, file</source>
      <translation>vis sikkerhedskopierne: dato, slags, størrelse, refleksioner, fil</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="475" />
      <source>new entry; Markdown body from stdin</source>
      <translation>ny refleksion; teksten (Markdown) læses fra standardinput</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="501" />
      <source>one entry with its coach comments</source>
      <translation>én refleksion med coachens kommentarer</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="527" />
      <source>open with the recovery key and set a new passphrase</source>
      <translation>åbn med gendannelsesnøglen, og vælg en ny adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="34" />
      <source>print the version and exit</source>
      <translation>vis versionen, og afslut</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="25" />
      <source>read one JSON object {"id": …, "text": …} per line; write the same shape</source>
      <translation>læs ét JSON-objekt {"id": …, "text": …} pr. linje; skriv i samme form</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="38" />
      <source>read the passphrase from the first line of FILE (else env TVAERS_PASSPHRASE, else ask)</source>
      <translation>læs adgangssætningen fra første linje i FILE (ellers fra miljøvariablen TVAERS_PASSPHRASE, ellers bliver du spurgt)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="478" />
      <source>read the title from the first line of FILE</source>
      <translation>læs titlen fra første linje i FILE</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="524" />
      <source>remove the passphrase (not recommended)</source>
      <translation>fjern adgangssætningen (frarådes)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="121" />
      <source>replace the journal with a verified backup (the current state is backed up first)</source>
      <translation>erstat dagbogen med en kontrolleret sikkerhedskopi (dagbogen, som den er nu, sikkerhedskopieres først)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="472" />
      <source>store the key unprotected (anyone with the files can read it)</source>
      <translation>gem nøglen ubeskyttet (alle, der har filerne, kan læse dagbogen)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="479" />
      <source>take the title from a '# Title' first line of the text on stdin</source>
      <translation>tag titlen fra en første linje '# Titel' i teksten på stdin</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="511" />
      <source>the case library (published and your own)</source>
      <translation>sagsbiblioteket (de offentliggjorte sager og dine egne)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_import.py" line="70" />
      <source>the exported file, ZIP or folder</source>
      <translation>den eksporterede fil, ZIP-fil eller mappe</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="506" />
      <source>the prompt bank</source>
      <translation>spørgsmålsbanken</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_import.py" line="73" />
      <source>the time zone of times written without one (jrnl, Markdown); default this computer's</source>
      <translation>tidszonen for tidspunkter skrevet uden zone (jrnl, Markdown); standard er computerens egen</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="477" />
      <source>the title (visible to other users in the process list while add runs)</source>
      <translation>titlen (andre brugere kan se den i proceslisten, mens add kører)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="36" />
      <source>use a throwaway journal in a temporary folder (demos, tests)</source>
      <translation>brug en engangsdagbog i en midlertidig mappe (demoer, test)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="117" />
      <source>verified encrypted backup (default: into the backup folder)</source>
      <translation>kontrolleret, krypteret sikkerhedskopi (standard: i mappen med sikkerhedskopier)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="515" />
      <source>where things are and what is in them</source>
      <translation>hvor filerne ligger, og hvad de indeholder</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="28" />
      <source>write JSON with the anonymised text and, for each replaced stretch, its place, kind, placeholder and the rule that found it (never the original words)</source>
      <translation>skriv JSON med den anonymiserede tekst og, for hvert erstattet stykke, dets placering, type, pladsholder og den regel, der fandt det (aldrig de oprindelige ord)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="118" />
      <source>write the backup to FILE (or into the folder FILE), with its key file beside it (NAME.keys)</source>
      <translation>skriv sikkerhedskopien til FILE (eller i mappen FILE) med dens nøglefil ved siden af (NAVN.keys)</translation>
    </message>
  </context>
  <context>
    <name>CaseEditDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="36" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="35" />
      <source>Create case</source>
      <translation>Opret sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="42" />
      <source>Description:</source>
      <translation>Beskrivelse:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="24" />
      <source>Edit case</source>
      <translation>Redigér sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="41" />
      <source>Name:</source>
      <translation>Navn:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="24" />
      <source>New case</source>
      <translation>Ny sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="35" />
      <source>Save</source>
      <translation>Gem</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="32" />
      <source>What is the situation, who is involved, what do you want to achieve?</source>
      <translation>Hvad er situationen, hvem er involveret, og hvad vil du opnå?</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="28" />
      <source>e.g. One coordinated effort for young people without education</source>
      <translation>fx Én sammenhængende indsats for unge uden uddannelse</translation>
    </message>
  </context>
  <context>
    <name>CaseLibrary</name>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="289" />
      <source>A published case from the case publication</source>
      <translation>En udgivet sag fra casehæftet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="101" />
      <source>Archive</source>
      <translation>Arkivér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="64" />
      <source>Case library</source>
      <translation>Sagsbibliotek</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="167" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="133" />
      <source>Double-click a next step to open the reflection it was written in; right-click for more</source>
      <translation>Dobbeltklik på et næste skridt for at åbne den refleksion, det blev skrevet i; højreklik for flere muligheder</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="117" />
      <source>Double-click a question to answer it</source>
      <translation>Dobbeltklik på et spørgsmål for at besvare det</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="123" />
      <source>Double-click a reflection to open it</source>
      <translation>Dobbeltklik på en refleksion for at åbne den</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="99" />
      <source>Edit…</source>
      <translation>Redigér …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="75" />
      <source>New case…</source>
      <translation>Ny sag …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="103" />
      <source>New reflection in this case</source>
      <translation>Ny refleksion i denne sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="275" />
      <source>No case chosen</source>
      <translation>Ingen sag valgt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="298" />
      <source>No description yet. Use “Edit…” to describe the situation.</source>
      <translation>Ingen beskrivelse endnu. Brug »Redigér …« til at beskrive situationen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="327" />
      <source>No reflections in this case yet.</source>
      <translation>Der er endnu ingen refleksioner i denne sag.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="232" />
      <source>None yet: create one with “New case…”</source>
      <translation>Ingen endnu: opret en med »Ny sag …«</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="124" />
      <source>Open next steps</source>
      <translation>Åbne næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="332" />
      <source>Open next steps ({count})</source>
      <translation>Åbne næste skridt ({count})</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="403" />
      <source>Open the reflection</source>
      <translation>Åbn refleksionen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="223" />
      <source>Published cases</source>
      <translation>Udgivne sager</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="109" />
      <source>Questions for this case</source>
      <translation>Spørgsmål til denne sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="118" />
      <source>Reflections</source>
      <translation>Refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="330" />
      <source>Reflections ({count})</source>
      <translation>Refleksioner ({count})</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="285" />
      <source>Restore</source>
      <translation>Gendan</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="73" />
      <source>Show archived cases</source>
      <translation>Vis arkiverede sager</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="321" />
      <source>Untitled reflection</source>
      <translation>Refleksion uden titel</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="293" />
      <source>Your case</source>
      <translation>Din sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="293" />
      <source>Your case, archived</source>
      <translation>Din sag, arkiveret</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="223" />
      <source>Your cases</source>
      <translation>Dine sager</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="322" />
      <source>{date} · {title}</source>
      <translation>{date} · {title}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="236" />
      <source>{name} (archived)</source>
      <translation>{name} (arkiveret)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="366" />
      <source>“{name}” is archived. Tick “Show archived cases” to see it again.</source>
      <translation>»{name}« er arkiveret. Sæt flueben i »Vis arkiverede sager« for at se den igen.</translation>
    </message>
  </context>
  <context>
    <name>CommitmentModel</name>
    <message>
      <location filename="../../journal/ui/models/commitments.py" line="89" />
      <source>Date: {date}</source>
      <translation>Dato: {date}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/models/commitments.py" line="93" />
      <source>Followed up: double-click to open the follow-up.</source>
      <translation>Fulgt op: dobbeltklik for at åbne opfølgningen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/models/commitments.py" line="91" />
      <source>The date has passed.</source>
      <translation>Datoen er overskredet.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/models/commitments.py" line="34" />
      <source>{text} (done)</source>
      <translation>{text} (udført)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/models/commitments.py" line="36" />
      <source>{text} (dropped)</source>
      <translation>{text} (opgivet)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/models/commitments.py" line="38" />
      <source>{text} · postponed to {date}</source>
      <translation>{text} · udskudt til {date}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/models/commitments.py" line="40" />
      <source>{text} · {date}</source>
      <translation>{text} · {date}</translation>
    </message>
  </context>
  <context>
    <name>Commitments</name>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="117" />
      <source>Add</source>
      <translation>Tilføj</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="108" />
      <source>Add a next step…</source>
      <translation>Tilføj et næste skridt …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="109" />
      <source>By</source>
      <translation>Senest</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="66" />
      <source>Done</source>
      <translation>Udført</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="68" />
      <source>Drop</source>
      <translation>Opgiv</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="94" />
      <source>Drop the chosen next step: it will not come back</source>
      <translation>Opgiv det valgte næste skridt: det kommer ikke igen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="192" />
      <source>From {date}:</source>
      <translation>Fra {date}:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="93" />
      <source>Give the chosen next step a later date</source>
      <translation>Giv det valgte næste skridt en senere dato</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="111" />
      <source>Give the next step a date; Tværs asks how it went when the date has passed</source>
      <translation>Giv det næste skridt en dato; Tværs spørger, hvordan det gik, når datoen er passeret</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="92" />
      <source>Mark the chosen next step as done</source>
      <translation>Markér det valgte næste skridt som udført</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="88" />
      <source>Next steps</source>
      <translation>Næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="70" />
      <source>Open again</source>
      <translation>Genåbn</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="274" />
      <source>Open the follow-up</source>
      <translation>Åbn opfølgningen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="274" />
      <source>Open the original reflection</source>
      <translation>Åbn den oprindelige refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="67" />
      <source>Postpone…</source>
      <translation>Udskyd …</translation>
    </message>
  </context>
  <context>
    <name>ContentActions</name>
    <message>
      <location filename="../../journal/ui/content_actions.py" line="90" />
      <source>&amp;Cases</source>
      <translation>S&amp;ager</translation>
    </message>
    <message>
      <location filename="../../journal/ui/content_actions.py" line="80" />
      <source>&amp;New case…</source>
      <translation>&amp;Ny sag …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/content_actions.py" line="78" />
      <source>Add your own &amp;question…</source>
      <translation>Tilføj dit &amp;eget spørgsmål …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/content_actions.py" line="301" />
      <source>Answers to: {question}</source>
      <translation>Svar på: {question}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/content_actions.py" line="79" />
      <source>Case &amp;library…</source>
      <translation>Sags&amp;bibliotek …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/content_actions.py" line="72" />
      <source>New from &amp;template</source>
      <translation>Ny ud fra s&amp;kabelon</translation>
    </message>
    <message>
      <location filename="../../journal/ui/content_actions.py" line="81" />
      <source>Open &amp;next steps…</source>
      <translation>Å&amp;bne næste skridt …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/content_actions.py" line="288" />
      <source>Remove your question “{question}”? Reflections that answered it keep their text.</source>
      <translation>Vil du fjerne dit spørgsmål »{question}«? Refleksioner, der besvarede det, beholder deres tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/content_actions.py" line="299" />
      <source>Show all</source>
      <translation>Vis alle</translation>
    </message>
    <message>
      <location filename="../../journal/ui/content_actions.py" line="173" />
      <source>Your question is added to the list.</source>
      <translation>Dit spørgsmål er føjet til listen.</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <location filename="../../journal/ui/crash.py" line="54" />
      <source>Tværs ran into an error it did not expect. What you had saved is safe. The report below holds no journal text; you may send it to us.</source>
      <translation>Tværs stødte på en uventet fejl. Det, du havde gemt, er i sikkerhed. Rapporten nedenfor indeholder ingen tekst fra dagbogen; du er velkommen til at sende den til os.</translation>
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <location filename="../../journal/ui/dates.py" line="38" />
      <source>d MMMM</source>
      <translation>d. MMMM</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dates.py" line="38" />
      <source>d MMMM yyyy</source>
      <translation>d. MMMM yyyy</translation>
    </message>
  </context>
  <context>
    <name>EntryEditor</name>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="359" />
      <source>(archived case)</source>
      <translation>(arkiveret sag)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="435" />
      <source>1 other reflection answers it</source>
      <translation>1 anden refleksion besvarer det</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="170" />
      <source>No case</source>
      <translation>Ingen sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="633" />
      <source>Nothing was pasted: the reflection would be {length} characters long, and one reflection holds at most {limit}. Paste the text in parts into several reflections.</source>
      <translation>Intet blev indsat: refleksionen ville blive {length} tegn lang, og en refleksion kan højst rumme {limit}. Indsæt teksten i dele i flere refleksioner.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="431" />
      <source>Open the reflection it follows up</source>
      <translation>Åbn den refleksion, den følger op på</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="193" />
      <source>Preview</source>
      <translation>Forhåndsvisning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="531" />
      <source>Saved at {time}</source>
      <translation>Gemt kl. {time}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="195" />
      <source>Show the formatted text beside the editor (Ctrl+P)</source>
      <translation>Vis den formaterede tekst ved siden af editoren (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="153" />
      <source>Tags, separated by commas</source>
      <translation>Emneord, adskilt af kommaer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="167" />
      <source>The case this reflection belongs to</source>
      <translation>Den sag, refleksionen hører til</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="620" />
      <source>The text is longer than {count} characters, so the preview shows its beginning as plain text.</source>
      <translation>Teksten er længere end {count} tegn, så forhåndsvisningen viser begyndelsen af den som ren tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="623" />
      <source>The text nests too deeply or has too many brackets or table cells to be formatted safely, so the preview shows it as plain text.</source>
      <translation>Teksten er indlejret for dybt eller har for mange klammer eller tabelceller til at kunne formateres sikkert, så forhåndsvisningen viser den som ren tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="144" />
      <source>Title (optional)</source>
      <translation>Titel (valgfri)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="180" />
      <source>Write your reflection here. Markdown works: # heading, **bold**, - list, &gt; quote.</source>
      <translation>Skriv din refleksion her. Markdown virker: # overskrift, **fed**, - liste, &gt; citat.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="435" />
      <source>{count} other reflections answer it</source>
      <translation>{count} andre refleksioner besvarer det</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../journal/cli/commands.py" line="104" />
      <source>'{value}' is not a date. Use the form 2025-03-05 or 2025-03-05T14:30.</source>
      <translation>'{value}' er ikke en dato. Skriv den som 2025-03-05 eller 2025-03-05T14:30.</translation>
    </message>
    <message>
      <location filename="../../journal/store/moments.py" line="44" />
      <source>'{value}' is not a date. Use the form 2025-03-05.</source>
      <translation>'{value}' er ikke en dato. Skriv den som 2025-03-05.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="117" />
      <source>'{value}' is outside the dates Tværs keeps. Use a date from 1900 to 2999.</source>
      <translation>'{value}' ligger uden for de datoer, Tværs kan gemme. Brug en dato fra 1900 til 2999.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/paths.py" line="173" />
      <source>--data-dir is empty. Name the journal folder, or leave the option out to use your usual journal.</source>
      <translation>--data-dir er tom. Angiv dagbogens mappe, eller udelad tilvalget for at bruge din sædvanlige dagbog.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="230" />
      <source>--title-from-heading needs a '# Title' line at the start of the text on standard input.</source>
      <translation>--title-from-heading kræver en linje '# Titel' i starten af teksten på standardinput.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/cases.py" line="35" />
      <source>A case needs a name.</source>
      <translation>En sag skal have et navn.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/cases.py" line="39" />
      <source>A case with the id '{id}' already exists.</source>
      <translation>Der findes allerede en sag med id'et '{id}'.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="98" />
      <source>A journal already exists in {path}. Open it, or choose another folder.</source>
      <translation>Der findes allerede en dagbog i {path}. Åbn den, eller vælg en anden mappe.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="116" />
      <source>A new passphrase is needed: use --new-passphrase-file FILE or set TVAERS_NEW_PASSPHRASE.</source>
      <translation>Der skal bruges en ny adgangssætning: brug --new-passphrase-file FIL, eller sæt TVAERS_NEW_PASSPHRASE.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/commitments.py" line="25" />
      <source>A next step needs a text.</source>
      <translation>Et næste skridt skal have en tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/own_prompts.py" line="21" />
      <source>A question needs a text.</source>
      <translation>Et spørgsmål skal have en tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/own_prompts.py" line="33" />
      <source>A question's language is da or en.</source>
      <translation>Et spørgsmåls sprog skal være da eller en.</translation>
    </message>
    <message>
      <location filename="../../journal/store/limits.py" line="25" />
      <source>A reflection of {length} characters is too long to keep: one reflection holds at most {limit} characters. Split the text into several reflections.</source>
      <translation>En refleksion på {length} tegn er for lang til at blive gemt: en refleksion kan højst rumme {limit} tegn. Del teksten op i flere refleksioner.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/anonymise/register.py" line="130" />
      <source>Cannot read the register file {path}: {why}</source>
      <translation>Kan ikke læse registerfilen {path}: {why}</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="59" />
      <source>Cannot read {path}. Check that the file is there and readable.</source>
      <translation>Kan ikke læse {path}. Tjek, at filen findes og kan læses.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="55" />
      <source>Cannot read {path}: it is a folder, not a file. Name the file that holds the passphrase.</source>
      <translation>Kan ikke læse {path}: det er en mappe, ikke en fil. Angiv den fil, der indeholder adgangssætningen.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="53" />
      <source>Cannot read {path}: there is no such file. Check the name and the folder.</source>
      <translation>Kan ikke læse {path}: filen findes ikke. Tjek navnet og mappen.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="57" />
      <source>Cannot read {path}: you may not read it. Give your user read access to the file.</source>
      <translation>Kan ikke læse {path}: du har ikke adgang til at læse den. Giv din bruger læseadgang til filen.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="56" />
      <source>Line {n} of the batch holds a lone surrogate (\ud800–\udfff), which is not text.</source>
      <translation>Linje {n} i batchen indeholder et enligt surrogattegn (\ud800–\udfff), og det er ikke tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="52" />
      <source>Line {n} of the batch is not JSON.</source>
      <translation>Linje {n} i batchen er ikke JSON.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="54" />
      <source>Line {n} of the batch is not an object with a text "id" and a text "text".</source>
      <translation>Linje {n} i batchen er ikke et objekt med teksterne "id" og "text".</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="98" />
      <source>No passphrase was given.</source>
      <translation>Der blev ikke angivet nogen adgangssætning.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/own_prompts.py" line="43" />
      <source>No question of your own with id {id}.</source>
      <translation>Der er intet eget spørgsmål med id {id}.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="240" />
      <source>No reflection has the tag '{tag}'.</source>
      <translation>Ingen refleksion har emneordet »{tag}«.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/paths.py" line="176" />
      <source>TVAERS_DATA_DIR is set but empty. Set it to the journal folder, or unset it to use your usual journal.</source>
      <translation>TVAERS_DATA_DIR er sat, men tom. Sæt den til dagbogens mappe, eller fjern den for at bruge din sædvanlige dagbog.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="108" />
      <source>That recovery key has a typing error. Compare it with your printed copy, group by group.</source>
      <translation>Der er en tastefejl i gendannelsesnøglen. Sammenlign den med din udskrevne kopi, gruppe for gruppe.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="104" />
      <source>That recovery key is not valid.</source>
      <translation>Den gendannelsesnøgle er ikke gyldig.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="97" />
      <source>That recovery key is not valid. It has 28 letters and digits in groups of four.</source>
      <translation>Den gendannelsesnøgle er ikke gyldig. Den består af 28 bogstaver og tal i grupper på fire.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="79" />
      <source>The argument '{argument}' holds bytes that are not UTF-8 text. Type it again in UTF-8; nothing was changed.</source>
      <translation>Argumentet '{argument}' indeholder byte, der ikke er UTF-8-tekst. Skriv det igen i UTF-8; intet er ændret.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="290" />
      <source>The backup could not be restored into {path} ({reason}); the journal was not changed.</source>
      <translation>Sikkerhedskopien kunne ikke gendannes til {path} ({reason}); dagbogen blev ikke ændret.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="295" />
      <source>The backup could not be written to {path} ({reason}); the journal was not changed.</source>
      <translation>Sikkerhedskopien kunne ikke skrives til {path} ({reason}); dagbogen blev ikke ændret.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="746" />
      <source>The backup folder {path} has too many backups from this second; try again.</source>
      <translation>Backupmappen {path} har for mange backups fra netop dette sekund; prøv igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="329" />
      <source>The backup {path} cannot be opened ({reason}).</source>
      <translation>Sikkerhedskopien {path} kan ikke åbnes ({reason}).</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="324" />
      <source>The backup {path} does not open with this journal's key; it belongs to another journal or is damaged.</source>
      <translation>Sikkerhedskopien {path} kan ikke åbnes med denne dagbogs nøgle; den hører til en anden dagbog eller er beskadiget.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="680" />
      <source>The backup {path} does not open with this journal's passphrase or key: it belongs to another journal, or it is damaged.</source>
      <translation>Sikkerhedskopien {path} kan ikke åbnes med denne dagbogs adgangssætning eller nøgle: den hører til en anden dagbog, eller den er beskadiget.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="589" />
      <source>The backup {path} has no key file beside it ({keys}), and the journal folder has none either.</source>
      <translation>Sikkerhedskopien {path} har ingen nøglefil ved siden af sig ({keys}), og det har dagbogens mappe heller ikke.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="343" />
      <source>The backup {path} holds {found} entries where the journal has {expected}; it was not kept.</source>
      <translation>Sikkerhedskopien {path} indeholder {found} refleksioner, men dagbogen har {expected}; den blev ikke gemt.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="341" />
      <source>The backup {path} is damaged ({reason}).</source>
      <translation>Sikkerhedskopien {path} er beskadiget ({reason}).</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="139" />
      <source>The disk is full or could not be written, so nothing was saved. Free some space (or check the disk) and run the command again.</source>
      <translation>Disken er fuld eller kunne ikke skrives til, så intet blev gemt. Frigør plads (eller tjek disken), og kør kommandoen igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="267" />
      <source>The disk is full or the file cannot grow, so the backup could not be restored into {path}. Free some space and try again; the journal was not changed.</source>
      <translation>Disken er fuld, eller filen kan ikke blive større, så sikkerhedskopien kunne ikke gendannes til {path}. Frigør noget plads, og prøv igen; dagbogen blev ikke ændret.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="272" />
      <source>The disk is full or the file cannot grow, so the backup could not be written to {path}. Free some space and try again; the journal was not changed.</source>
      <translation>Disken er fuld, eller filen kan ikke blive større, så sikkerhedskopien kunne ikke skrives til {path}. Frigør noget plads, og prøv igen; dagbogen blev ikke ændret.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="139" />
      <source>The disk is full, so Tværs could not save. Your text is kept in the window: free some space and it is saved again.</source>
      <translation>Disken er fuld, så Tværs kunne ikke gemme. Din tekst bliver i vinduet: frigør noget plads, så gemmes den igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="112" />
      <source>The folder {path} belongs to another user or others can write to it. A journal needs a folder of its own: choose a new folder, and Tværs creates it for you only.</source>
      <translation>Mappen {path} tilhører en anden bruger, eller andre kan skrive i den. En dagbog skal have sin egen mappe: vælg en ny mappe, så opretter Tværs den kun til dig.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="104" />
      <source>The folder {path} is not empty. A journal needs a folder of its own: choose a new folder (Tværs creates it) or an empty one.</source>
      <translation>Mappen {path} er ikke tom. En dagbog skal have sin egen mappe: vælg en ny mappe (Tværs opretter den) eller en tom mappe.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/entries.py" line="138" />
      <source>The import was cancelled; nothing was imported.</source>
      <translation>Importen blev annulleret; intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="39" />
      <source>The input is not UTF-8 text.</source>
      <translation>Inddata er ikke UTF-8-tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="310" />
      <source>The journal could not be read for a backup ({reason}). Run 'tvaers check'.</source>
      <translation>Dagbogen kunne ikke læses til en sikkerhedskopi ({reason}). Kør 'tvaers check'.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="273" />
      <source>The journal file is damaged.</source>
      <translation>Dagbogsfilen er beskadiget.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="157" />
      <source>The journal file is damaged. Tværs stops writing to protect what is left: restore the newest backup.</source>
      <translation>Dagbogsfilen er beskadiget. Tværs holder op med at skrive for at beskytte det, der er tilbage: gendan den nyeste sikkerhedskopi.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="409" />
      <source>The journal file {path} is damaged (empty, missing, corrupt or not of this key file), and Tværs will not write to it. Restore the newest verified backup with: tvaers restore "{backup}"</source>
      <translation>Dagbogsfilen {path} er beskadiget (tom, mangler, ødelagt eller hører ikke til denne nøglefil), og Tværs skriver ikke i den. Gendan den nyeste kontrollerede sikkerhedskopi med: tvaers restore "{backup}"</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="402" />
      <source>The journal file {path} is damaged (empty, missing, corrupt or not of this key file), and Tværs will not write to it. There is no backup in {folder}; copy the journal folder back from another backup of your computer.</source>
      <translation>Dagbogsfilen {path} er beskadiget (tom, mangler, ødelagt eller hører ikke til denne nøglefil), og Tværs skriver ikke i den. Der er ingen sikkerhedskopi i {folder}; kopiér dagbogens mappe tilbage fra en anden sikkerhedskopi af din computer.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="368" />
      <source>The journal folder is read-only, and up to {n} recent saves are not visible until the folder is writable. Give your user write access to the folder, then check again.</source>
      <translation>Dagbogens mappe er skrivebeskyttet, og op til {n} af de seneste gemninger kan ikke ses, før der kan skrives i mappen. Giv din bruger skriveadgang til mappen, og kontrollér så igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="147" />
      <source>The journal folder is read-only, so Tværs cannot save. Reading still works; give your user write access to the folder to save again.</source>
      <translation>Dagbogens mappe er skrivebeskyttet, så Tværs kan ikke gemme. Du kan stadig læse; giv din bruger skriveadgang til mappen for at kunne gemme igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="143" />
      <source>The journal is busy in another Tværs window or command. Close it, or wait a moment and try again.</source>
      <translation>Dagbogen er i brug i et andet Tværs-vindue eller af en anden kommando. Luk vinduet, eller vent lidt, og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="353" />
      <source>The journal is damaged ({problem}). Restore the newest backup with 'tvaers restore'.</source>
      <translation>Dagbogen er beskadiget ({problem}). Gendan den nyeste sikkerhedskopi med 'tvaers restore'.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="725" />
      <source>The journal is damaged ({reason}).</source>
      <translation>Dagbogen er beskadiget ({reason}).</translation>
    </message>
    <message>
      <location filename="../../journal/session.py" line="47" />
      <source>The journal is locked. Unlock it to continue.</source>
      <translation>Dagbogen er låst. Lås den op for at fortsætte.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/lock.py" line="116" />
      <source>The journal is open in Tværs (or another command is writing to it). Close the Tværs window, or wait until the other command has finished, and try again.</source>
      <translation>Dagbogen er åben i Tværs (eller en anden kommando skriver i den). Luk Tværs-vinduet, eller vent til den anden kommando er færdig, og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="100" />
      <source>The journal {path} cannot be decrypted with this key file. The key file may belong to another journal, or the database is damaged: restore both from the same backup.</source>
      <translation>Dagbogen {path} kan ikke dekrypteres med denne nøglefil. Nøglefilen hører måske til en anden dagbog, eller databasen er beskadiget: gendan begge fra den samme sikkerhedskopi.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/lock.py" line="158" />
      <source>The journal's lock file was deleted while Tværs had the journal open, so another program may be writing to it. To protect your entries nothing more is saved here: copy any unsaved text, close Tværs and open the journal again.</source>
      <translation>Dagbogens låsefil blev slettet, mens Tværs havde dagbogen åben, så et andet program skriver måske i den. For at beskytte dine indlæg gemmes der ikke mere her: kopiér den tekst, der ikke er gemt, luk Tværs, og åbn dagbogen igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="207" />
      <source>The key file {path} asks for key-derivation settings outside the safe range; it may have been tampered with. Restore journal.keys from a backup.</source>
      <translation>Nøglefilen {path} angiver indstillinger for nøgleafledning uden for det sikre område; nogen kan have pillet ved den. Gendan journal.keys fra en sikkerhedskopi.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="314" />
      <source>The key file {path} cannot be read ({reason}). Check its permissions.</source>
      <translation>Nøglefilen {path} kan ikke læses ({reason}). Tjek filens rettigheder.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="323" />
      <source>The key file {path} could not be written ({reason}); the old passphrase and recovery key still work.</source>
      <translation>Nøglefilen {path} kunne ikke skrives ({reason}); den gamle adgangssætning og gendannelsesnøgle virker stadig.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="322" />
      <source>The key file {path} is damaged. Restore journal.keys from a backup folder; do not create a new journal over the old one.</source>
      <translation>Nøglefilen {path} er beskadiget. Gendan journal.keys fra en mappe med sikkerhedskopier; opret ikke en ny dagbog oven i den gamle.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="339" />
      <source>The key file {path} is missing. Without it the journal cannot be opened: restore journal.keys from a backup folder into the journal folder.</source>
      <translation>Nøglefilen {path} mangler. Uden den kan dagbogen ikke åbnes: gendan journal.keys fra en mappe med sikkerhedskopier til dagbogens mappe.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="348" />
      <source>The key file {path} is not a regular file (a link to a device, or a pipe). Restore journal.keys from a backup folder.</source>
      <translation>Nøglefilen {path} er ikke en almindelig fil (men et link til en enhed eller en pipe). Gendan journal.keys fra en mappe med sikkerhedskopier.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="178" />
      <source>The key file {path} was written by a newer version of Tværs. Update Tværs to open it.</source>
      <translation>Nøglefilen {path} er skrevet af en nyere version af Tværs. Opdatér Tværs for at åbne den.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="315" />
      <source>The new passphrase could not be verified; nothing was changed.</source>
      <translation>Den nye adgangssætning kunne ikke bekræftes; der blev ikke ændret noget.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="334" />
      <source>The new recovery key could not be verified; nothing was changed.</source>
      <translation>Den nye gendannelsesnøgle kunne ikke bekræftes; der blev ikke ændret noget.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="186" />
      <source>The passphrase is empty. Choose one, or use --no-passphrase explicitly.</source>
      <translation>Adgangssætningen er tom. Vælg en, eller brug udtrykkeligt --no-passphrase.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="679" />
      <source>The passphrase is not right for this backup. Try the passphrase you used when it was made.</source>
      <translation>Adgangssætningen passer ikke til denne sikkerhedskopi. Prøv den adgangssætning, du brugte, da den blev lavet.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="293" />
      <source>The passphrase is not right. Check the keyboard layout and Caps Lock, and try again.</source>
      <translation>Adgangssætningen er forkert. Tjek tastaturlayoutet og Caps Lock, og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="377" />
      <source>The recovery key is needed: use --recovery-key-file FILE or set TVAERS_RECOVERY_KEY.</source>
      <translation>Der skal bruges en gendannelsesnøgle: brug --recovery-key-file FIL, eller sæt TVAERS_RECOVERY_KEY.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="302" />
      <source>The recovery key is not right. Check it against your printed copy.</source>
      <translation>Gendannelsesnøglen er forkert. Sammenlign den med din udskrevne kopi.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="406" />
      <source>The reflection could not be saved, so the next step was not added. Try again.</source>
      <translation>Refleksionen kunne ikke gemmes, så det næste skridt blev ikke tilføjet. Prøv igen.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/anonymise/register.py" line="134" />
      <source>The register file {path} is not valid UTF-8 TOML: {why}</source>
      <translation>Registerfilen {path} er ikke gyldig TOML i UTF-8: {why}</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/anonymise/register.py" line="115" />
      <source>The register has unknown keys: {keys}.</source>
      <translation>Registeret har ukendte nøgler: {keys}.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/anonymise/register.py" line="91" />
      <source>The register's '{what}' holds something that is not a name.</source>
      <translation>Registerets '{what}' indeholder noget, der ikke er et navn.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/anonymise/register.py" line="80" />
      <source>The register's '{what}' must be a list of names.</source>
      <translation>Registerets '{what}' skal være en liste med navne.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/anonymise/register.py" line="104" />
      <source>The register's '{what}' must be a list of text.</source>
      <translation>Registerets '{what}' skal være en liste med tekster.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/anonymise/register.py" line="88" />
      <source>The register's aliases must be a list of text.</source>
      <translation>Registerets aliasser skal være en liste med tekster.</translation>
    </message>
    <message>
      <location filename="../../journal/store/limits.py" line="51" />
      <source>The tag {tag!r} holds ',', ';' or a control character, which a tag cannot hold. Give each tag on its own.</source>
      <translation>Emneordet {tag!r} indeholder ',', ';' eller et kontroltegn, og det kan et emneord ikke indeholde. Angiv hvert emneord for sig.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/anonymise/engine.py" line="44" />
      <source>The text is too long to anonymise in one go: {size} characters, the limit is {limit}. Split it into smaller parts.</source>
      <translation>Teksten er for lang til at blive anonymiseret på én gang: {size} tegn, grænsen er {limit}. Del den op i mindre stykker.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="79" />
      <source>The text on standard input is not UTF-8.</source>
      <translation>Teksten på standardinput er ikke UTF-8.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="121" />
      <source>The two passphrases differ; nothing was changed.</source>
      <translation>De to adgangssætninger er ikke ens; der blev ikke ændret noget.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="581" />
      <source>There is no backup file {path}.</source>
      <translation>Sikkerhedskopien {path} findes ikke.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="113" />
      <source>There is no backup file {path}. 'tvaers backups' lists them.</source>
      <translation>Sikkerhedskopien {path} findes ikke. Se dem, der findes, med 'tvaers backups'.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/cases.py" line="50" />
      <source>There is no case '{id}'.</source>
      <translation>Der er ingen sag med id'et '{id}'.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="238" />
      <source>There is no case '{id}'. See 'tvaers cases' for the case ids.</source>
      <translation>Der er ingen sag med id'et '{id}'. Se sagernes id'er med 'tvaers cases'.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="90" />
      <source>There is no entry {id}.</source>
      <translation>Der er ingen refleksion nr. {id}.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="433" />
      <source>There is no journal file {path} to back up.</source>
      <translation>Der er ingen dagbogsfil {path} at tage en sikkerhedskopi af.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="77" />
      <source>There is no journal in {path}. Create one with 'tvaers init' or by starting Tværs.</source>
      <translation>Der er ingen dagbog i {path}. Opret en med 'tvaers init' eller ved at starte Tværs.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/commitments.py" line="135" />
      <source>There is no next step {id}.</source>
      <translation>Der er intet næste skridt nr. {id}.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="205" />
      <source>There is no text to add: standard input was empty. Pipe the reflection in, e.g. echo "…" | tvaers add.</source>
      <translation>Der er ingen tekst at tilføje: standardinput var tomt. Send refleksionen ind, fx echo "…" | tvaers add.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="401" />
      <source>There is no theme '{theme}'. Themes: {themes}.</source>
      <translation>Der er intet tema med id'et '{theme}'. Temaer: {themes}.</translation>
    </message>
    <message>
      <location filename="../../journal/app.py" line="264" />
      <source>This journal is already open in another Tværs window. Switch to it, or close it first.</source>
      <translation>Dagbogen er allerede åben i et andet Tværs-vindue. Skift til det, eller luk det først.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="285" />
      <source>This journal is protected by a passphrase. Enter it to open the journal.</source>
      <translation>Dagbogen er beskyttet af en adgangssætning. Indtast den for at åbne dagbogen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="276" />
      <source>This journal needs an upgrade, but its folder is read-only. Give your user write access and open it again.</source>
      <translation>Dagbogen skal opgraderes, men dens mappe er skrivebeskyttet. Giv din bruger skriveadgang, og åbn den igen.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="107" />
      <source>This journal needs its passphrase: use --passphrase-file FILE or set TVAERS_PASSPHRASE.</source>
      <translation>Dagbogen er beskyttet af en adgangssætning: brug --passphrase-file FIL, eller sæt TVAERS_PASSPHRASE.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="281" />
      <source>This journal was written by a newer version of Tværs (schema {revision}). Update Tværs to open it; nothing was changed.</source>
      <translation>Dagbogen er skrevet af en nyere version af Tværs (skema {revision}). Opdatér Tværs for at åbne den; der blev ikke ændret noget.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/__init__.py" line="70" />
      <source>Tværs cannot tell what kind of export {file} is. Name the format with --from. Nothing was imported.</source>
      <translation>Tværs kan ikke se, hvilken slags eksport {file} er. Angiv formatet med --from. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="152" />
      <source>Tværs could not write to the disk (input/output error). Your text is kept in the window; check the disk and free some space, then it is saved again.</source>
      <translation>Tværs kunne ikke skrive til disken (ind-/udlæsningsfejl). Din tekst bliver i vinduet; tjek disken og frigør noget plads, så gemmes den igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="279" />
      <source>Tværs may not write to {path} (read-only), so the backup could not be restored. Give your user write access to the folder and try again; the journal was not changed.</source>
      <translation>Tværs må ikke skrive til {path} (skrivebeskyttet), så sikkerhedskopien kunne ikke gendannes. Giv din bruger skriveadgang til mappen, og prøv igen; dagbogen blev ikke ændret.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="284" />
      <source>Tværs may not write to {path} (read-only), so the backup could not be written. Choose another folder, or give your user write access; the journal was not changed.</source>
      <translation>Tværs må ikke skrive til {path} (skrivebeskyttet), så sikkerhedskopien kunne ikke skrives. Vælg en anden mappe, eller giv din bruger skriveadgang; dagbogen blev ikke ændret.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/commitments.py" line="54" />
      <source>Unknown status '{status}'.</source>
      <translation>Ukendt status '{status}'.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="140" />
      <source>{file} could not be read ({reason}). Nothing was imported.</source>
      <translation>{file} kunne ikke læses ({reason}). Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/__init__.py" line="69" />
      <source>{file} does not exist. Nothing was imported.</source>
      <translation>{file} findes ikke. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="164" />
      <source>{file} holds NUL characters and is not a text file. Nothing was imported.</source>
      <translation>{file} indeholder NUL-tegn og er ikke en tekstfil. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="121" />
      <source>{file} holds a file named {member!r}, which points outside the archive; Day One never writes such names. Nothing was imported.</source>
      <translation>{file} indeholder en fil ved navn {member!r}, som peger uden for arkivet; sådanne navne skriver Day One aldrig. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="200" />
      <source>{file} holds a text of {length} characters; one entry holds at most {limit}. Nothing was imported.</source>
      <translation>{file} indeholder en tekst på {length} tegn; et indlæg kan højst rumme {limit}. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/markdown_folder.py" line="84" />
      <source>{file} holds more than {limit} Markdown files. Import a smaller folder. Nothing was imported.</source>
      <translation>{file} indeholder mere end {limit} Markdown-filer. Importér en mindre mappe. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/markdown_folder.py" line="57" />
      <source>{file} holds no Markdown files (.md). Nothing was imported.</source>
      <translation>{file} indeholder ingen Markdown-filer (.md). Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/jrnl_txt.py" line="84" />
      <source>{file} holds no jrnl entries. Nothing was imported.</source>
      <translation>{file} indeholder ingen jrnl-indlæg. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="213" />
      <source>{file} holds {count} entries; one import takes at most {limit}. Nothing was imported.</source>
      <translation>{file} indeholder {count} indlæg; én import kan højst tage {limit}. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="76" />
      <source>{file} holds {count} files; a Day One export to import holds at most {limit}. Nothing was imported.</source>
      <translation>{file} indeholder {count} filer; en Day One-eksport, der skal importeres, må højst have {limit}. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="154" />
      <source>{file} is UTF-16 text. Save it as UTF-8 and import it again. Nothing was imported.</source>
      <translation>{file} er UTF-16-tekst. Gem den som UTF-8, og importér den igen. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="129" />
      <source>{file} is a folder, not a file. Choose the exported file.</source>
      <translation>{file} er en mappe, ikke en fil. Vælg den eksporterede fil.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="152" />
      <source>{file} is empty. Nothing was imported.</source>
      <translation>{file} er tom. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="92" />
      <source>{file} is not a Day One export: it holds no journal JSON file at its top level (such as Journal.json). Nothing was imported.</source>
      <translation>{file} er ikke en eksport fra Day One: den har ingen dagbogs-JSON-fil øverst (som Journal.json). Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="130" />
      <source>{file} is not a Day One export: it should be an object with a list of "entries". Nothing was imported.</source>
      <translation>{file} er ikke en eksport fra Day One: den skulle være et objekt med en liste »entries«. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/jrnl_json.py" line="26" />
      <source>{file} is not a jrnl JSON export: it should be an object with a list of "entries" (made with 'jrnl --format json'). Nothing was imported.</source>
      <translation>{file} er ikke en JSON-eksport fra jrnl: den skulle være et objekt med en liste »entries« (lavet med 'jrnl --format json'). Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="74" />
      <source>{file} is not a readable ZIP file (perhaps it is cut short). Nothing was imported.</source>
      <translation>{file} er ikke en ZIP-fil, der kan læses (måske er den afkortet). Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="142" />
      <source>{file} is too big to import ({size} MB; at most {limit} MB). Nothing was imported.</source>
      <translation>{file} er for stor til at importere ({size} MB; højst {limit} MB). Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="185" />
      <source>{file} nests JSON more than {limit} levels deep; no journal export does that. Nothing was imported.</source>
      <translation>{file} indlejrer JSON mere end {limit} niveauer dybt; det gør ingen dagbogseksport. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="82" />
      <source>{file} would unpack to {size} MB, more than the {limit} MB an import may read. Nothing was imported.</source>
      <translation>{file} ville fylde {size} MB udpakket, mere end de {limit} MB, en import må læse. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/jrnl_json.py" line="49" />
      <source>{file}, entry {number}, has the date {date!r}, which is not a possible date and time. Nothing was imported.</source>
      <translation>{file}, indlæg {number}, har datoen {date!r}, som ikke er en mulig dato og tid. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/jrnl_json.py" line="40" />
      <source>{file}, entry {number}, is not an object with a date, a title and a body. Nothing was imported.</source>
      <translation>{file}, indlæg {number}, er ikke et objekt med dato, titel og tekst. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="143" />
      <source>{file}, entry {number}, is not an object. Nothing was imported.</source>
      <translation>{file}, indlæg {number}, er ikke et objekt. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/jrnl_json.py" line="62" />
      <source>{file}, entry {number}: "starred" should be true or false. Nothing was imported.</source>
      <translation>{file}, indlæg {number}: »starred« skulle være true eller false. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="164" />
      <source>{file}, entry {number}: "tags" should be a list of text. Nothing was imported.</source>
      <translation>{file}, indlæg {number}: »tags« skulle være en liste af tekst. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="150" />
      <source>{file}, entry {number}: "{key}" has the wrong type. Nothing was imported.</source>
      <translation>{file}, indlæg {number}: »{key}« har den forkerte type. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="198" />
      <source>{file}, entry {number}: "{key}" is {value!r}, which is not a possible date. Nothing was imported.</source>
      <translation>{file}, indlæg {number}: »{key}« er {value!r}, som ikke er en mulig dato. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/jrnl_json.py" line="72" />
      <source>{file}, entry {number}: "{key}" should be text. Nothing was imported.</source>
      <translation>{file}, indlæg {number}: »{key}« skulle være tekst. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/jrnl_txt.py" line="77" />
      <source>{file}, line {line}, does not start with an entry header like [2024-03-05 14:30]; is it a jrnl journal file? Nothing was imported.</source>
      <translation>{file}, linje {line}, begynder ikke med en indlægsoverskrift som [2024-03-05 14:30]; er det en dagbogsfil fra jrnl? Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="159" />
      <source>{file}, line {line}, is not UTF-8 text (perhaps Latin-1 or Windows-1252). Save it as UTF-8 and import it again. Nothing was imported.</source>
      <translation>{file}, linje {line}, er ikke UTF-8-tekst (måske Latin-1 eller Windows-1252). Gem den som UTF-8, og importér den igen. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="174" />
      <source>{file}, line {line}, is not valid JSON ({reason}); perhaps the file is cut short. Nothing was imported.</source>
      <translation>{file}, linje {line}, er ikke gyldig JSON ({reason}); måske er filen afkortet. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/jrnl_txt.py" line="117" />
      <source>{file}, line {line}: the year is outside the dates Tværs keeps (1900 to 2999). Nothing was imported.</source>
      <translation>{file}, linje {line}: året ligger uden for de datoer, Tværs gemmer (1900 til 2999). Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/jrnl_txt.py" line="66" />
      <source>{file}, line {line}: {stamp!r} is not a possible date and time in the form {form}. Nothing was imported.</source>
      <translation>{file}, linje {line}: {stamp!r} er ikke en mulig dato og tid på formen {form}. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="111" />
      <source>{file}: {member} could not be read ({reason}). Nothing was imported.</source>
      <translation>{file}: {member} kunne ikke læses ({reason}). Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="103" />
      <source>{file}: {member} is compressed {ratio} to 1, which no journal export is; it looks like a ZIP bomb. Nothing was imported.</source>
      <translation>{file}: {member} er pakket {ratio} til 1, hvilket ingen dagbogseksport er; det ligner en ZIP-bombe. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="99" />
      <source>{file}: {member} is encrypted; export from Day One without a password. Nothing was imported.</source>
      <translation>{file}: {member} er krypteret; eksportér fra Day One uden adgangskode. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="113" />
      <source>{file}: {member} is larger than the ZIP says; it looks like a ZIP bomb. Nothing was imported.</source>
      <translation>{file}: {member} er større, end ZIP-filen oplyser; det ligner en ZIP-bombe. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="101" />
      <source>{file}: {member} is too big to import ({size} MB). Nothing was imported.</source>
      <translation>{file}: {member} er for stor til at importere ({size} MB). Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/__init__.py" line="37" />
      <source>{format} is not a format Tværs imports. Choose one of: {formats}.</source>
      <translation>{format} er ikke et format, Tværs kan importere. Vælg et af: {formats}.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="88" />
      <source>{id!r} is not an entry id. Ids are whole numbers written with the digits 0-9, as 'tvaers list' shows them.</source>
      <translation>{id!r} er ikke et refleksionsnummer. Numre er hele tal skrevet med cifrene 0-9, som 'tvaers list' viser dem.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="426" />
      <source>{path} already exists. Choose another name, or delete the old file first.</source>
      <translation>{path} findes allerede. Vælg et andet navn, eller slet den gamle fil først.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/paths.py" line="188" />
      <source>{path} is a file, not a folder. Name the folder that holds (or should hold) the journal.</source>
      <translation>{path} er en fil, ikke en mappe. Angiv den mappe, der rummer (eller skal rumme) dagbogen.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="63" />
      <source>{path} is not UTF-8 text.</source>
      <translation>{path} er ikke UTF-8-tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="424" />
      <source>{path} is one of the journal's own files; choose another name for the backup.</source>
      <translation>{path} er en af dagbogens egne filer; vælg et andet navn til sikkerhedskopien.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="583" />
      <source>{path} is the journal itself; choose a backup file.</source>
      <translation>{path} er selve dagbogen; vælg en sikkerhedskopi.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_import.py" line="53" />
      <source>{zone!r} is not a time zone Tværs knows. Use a name such as Europe/Copenhagen.</source>
      <translation>{zone!r} er ikke en tidszone, Tværs kender. Brug et navn som Europe/Copenhagen.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="87" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="134" />
      <source>Choose a folder for the journal</source>
      <translation>Vælg en mappe til dagbogen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="151" />
      <source>Choose a passphrase of at least {n} characters; a few unrelated words are best.</source>
      <translation>Vælg en adgangssætning på mindst {n} tegn; et par ord, der ikke hænger sammen, er bedst.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="75" />
      <source>Choose another folder…</source>
      <translation>Vælg en anden mappe …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="86" />
      <source>Create journal</source>
      <translation>Opret dagbog</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="81" />
      <source>Language</source>
      <translation>Sprog</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="82" />
      <source>Passphrase</source>
      <translation>Adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="83" />
      <source>Repeat passphrase</source>
      <translation>Gentag adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="128" />
      <source>The journal is kept in: {folder}</source>
      <translation>Dagbogen gemmes i: {folder}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="153" />
      <source>The two passphrases are not the same.</source>
      <translation>De to adgangssætninger er ikke ens.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="43" />
      <source>Tværs keeps your reflections encrypted on this computer. Choose a passphrase: without it nobody can read the journal, not even someone who copies the files.</source>
      <translation>Tværs gemmer dine refleksioner krypteret på denne computer. Vælg en adgangssætning: uden den kan ingen læse dagbogen, heller ikke en, der kopierer filerne.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="61" />
      <source>Use no passphrase (anyone with access to this computer can read the journal)</source>
      <translation>Brug ingen adgangssætning (alle med adgang til computeren kan læse dagbogen)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="40" />
      <source>Welcome to Tværs</source>
      <translation>Velkommen til Tværs</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="142" />
      <source>Without a passphrase the journal is not protected. You can add one later in the settings.</source>
      <translation>Uden adgangssætning er dagbogen ikke beskyttet. Du kan tilføje en senere i indstillingerne.</translation>
    </message>
  </context>
  <context>
    <name>FollowUps</name>
    <message>
      <location filename="../../journal/ui/panels/follow_ups.py" line="38" />
      <source>Answer</source>
      <translation>Svar</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/follow_ups.py" line="41" />
      <source>Ask again at a later date</source>
      <translation>Spørg igen på en senere dato</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/follow_ups.py" line="40" />
      <source>Done</source>
      <translation>Udført</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/follow_ups.py" line="42" />
      <source>Drop</source>
      <translation>Opgiv</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/follow_ups.py" line="42" />
      <source>Drop the next step: it will not come back</source>
      <translation>Opgiv det næste skridt: det kommer ikke igen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/follow_ups.py" line="109" />
      <source>How did it go?</source>
      <translation>Hvordan gik det?</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/follow_ups.py" line="109" />
      <source>How did it go? ({count})</source>
      <translation>Hvordan gik det? ({count})</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/follow_ups.py" line="25" />
      <source>On {date} you wrote: “{text}” How did it go?</source>
      <translation>Den {date} skrev du: »{text}« Hvordan gik det?</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/follow_ups.py" line="41" />
      <source>Postpone…</source>
      <translation>Udskyd …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/follow_ups.py" line="40" />
      <source>The next step is done</source>
      <translation>Det næste skridt er udført</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/follow_ups.py" line="111" />
      <source>{count} more next steps to follow up…</source>
      <translation>{count} næste skridt mere at følge op på …</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="25" />
      <source>A private, encrypted reflection journal for leaders working across departments and sectors.</source>
      <translation>En privat, krypteret refleksionsdagbog for ledere, der arbejder på tværs af forvaltninger og sektorer.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="31" />
      <source>About Tværs</source>
      <translation>Om Tværs</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="66" />
      <source>Action</source>
      <translation>Handling</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="28" />
      <source>Built with Qt and PySide6 (LGPLv3), SQLCipher (BSD), SQLAlchemy and Alembic (MIT), Python-Markdown (BSD), nh3 (MIT), argon2-cffi (MIT) and cryptography (Apache 2.0/BSD).</source>
      <translation>Bygget med Qt og PySide6 (LGPLv3), SQLCipher (BSD), SQLAlchemy og Alembic (MIT), Python-Markdown (BSD), nh3 (MIT), argon2-cffi (MIT) og cryptography (Apache 2.0/BSD).</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="40" />
      <source>Everything you write stays on this computer, encrypted with your passphrase. Tværs never goes on the internet and sends nothing anywhere. Only what you choose to export leaves the journal. Ctrl+L locks the journal; Ctrl+Shift+H hides the text while you share your screen.</source>
      <translation>Alt, hvad du skriver, bliver på denne computer, krypteret med din adgangssætning. Tværs går aldrig på internettet og sender intet nogen steder hen. Kun det, du selv vælger at eksportere, forlader dagbogen. Ctrl+L låser dagbogen; Ctrl+Shift+H skjuler teksten, mens du deler din skærm.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="63" />
      <source>Keyboard shortcuts</source>
      <translation>Tastaturgenveje</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="66" />
      <source>Keys</source>
      <translation>Taster</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="39" />
      <source>Privacy</source>
      <translation>Privatliv</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="26" />
      <source>Your journal is in this folder:</source>
      <translation>Din dagbog ligger i denne mappe:</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <location filename="../../journal/importers/base.py" line="82" />
      <source>no date in the front matter or the file name; the file was not imported</source>
      <translation>ingen dato i front matter eller filnavnet; filen blev ikke importeret</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="83" />
      <source>the date {0!r} in the front matter is not a date; the date in the file name was used</source>
      <translation>datoen {0!r} i front matter er ikke en dato; datoen i filnavnet blev brugt</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="84" />
      <source>the file is empty; it was not imported</source>
      <translation>filen er tom; den blev ikke importeret</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="85" />
      <source>the tag {0!r} cannot be kept and was left out</source>
      <translation>tagget {0!r} kan ikke gemmes og blev udeladt</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="87" />
      <source>the time zone {0!r} is unknown; the time was shown in UTC</source>
      <translation>tidszonen {0!r} er ukendt; tiden blev vist i UTC</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="86" />
      <source>{0} photos, recordings or other attachments are not imported</source>
      <translation>{0} billeder, optagelser eller andre vedhæftninger importeres ikke</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="118" />
      <source>&amp;Import</source>
      <translation>&amp;Importér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="121" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="291" />
      <source>Cancelling …</source>
      <translation>Annullerer …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="83" />
      <source>Choose &amp;file…</source>
      <translation>Vælg &amp;fil …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="85" />
      <source>Choose f&amp;older…</source>
      <translation>Vælg &amp;mappe …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="141" />
      <source>Choose the export</source>
      <translation>Vælg eksporten</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="82" />
      <source>Choose the exported file or the folder of notes</source>
      <translation>Vælg den eksporterede fil eller mappen med noter</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="148" />
      <source>Choose the folder of Markdown notes</source>
      <translation>Vælg mappen med Markdown-noter</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="284" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="105" />
      <source>Date</source>
      <translation>Dato</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="51" />
      <source>Day One, JSON or ZIP export</source>
      <translation>Day One, eksport som JSON eller ZIP</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="94" />
      <source>Detect from the file</source>
      <translation>Se det på filen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="128" />
      <source>Format:</source>
      <translation>Format:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="127" />
      <source>From:</source>
      <translation>Fra:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="66" />
      <source>Import entries</source>
      <translation>Importér indlæg</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="263" />
      <source>Imported {imported}, skipped {skipped} duplicates</source>
      <translation>{imported} importeret, {skipped} dubletter sprunget over</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="239" />
      <source>Importing {count} entries …</source>
      <translation>Importerer {count} indlæg …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="142" />
      <source>Journal exports (*.json *.zip *.txt *.md);;All files (*)</source>
      <translation>Dagbogseksporter (*.json *.zip *.txt *.md);;Alle filer (*)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="194" />
      <source>Looks like: {format}.</source>
      <translation>Ligner: {format}.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="52" />
      <source>Markdown folder (Obsidian, Logseq, notes)</source>
      <translation>Mappe med Markdown (Obsidian, Logseq, noter)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="99" />
      <source>Nothing chosen yet.</source>
      <translation>Intet valgt endnu.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="172" />
      <source>Reading {path} …</source>
      <translation>Læser {path} …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="105" />
      <source>Starred</source>
      <translation>Stjerne</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="105" />
      <source>Tags</source>
      <translation>Tags</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="274" />
      <source>The import was cancelled. Nothing was imported; the journal is as it was.</source>
      <translation>Importen blev annulleret. Intet blev importeret; dagbogen er, som den var.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="105" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="49" />
      <source>jrnl, JSON export (jrnl --format json)</source>
      <translation>jrnl, eksport som JSON (jrnl --format json)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="50" />
      <source>jrnl, journal text file</source>
      <translation>jrnl, dagbogens tekstfil</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="215" />
      <source>{count} entries found</source>
      <translation>{count} indlæg fundet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="218" />
      <source>{count} of them are already in the journal and will be skipped</source>
      <translation>{count} af dem er allerede i dagbogen og springes over</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="222" />
      <source>{count} photos or other attachments are not imported</source>
      <translation>{count} billeder eller andre vedhæftninger importeres ikke</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="267" />
      <source>{count} photos or other attachments left out</source>
      <translation>{count} billeder eller andre vedhæftninger udeladt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/import_dialog.py" line="220" />
      <source>{count} warnings</source>
      <translation>{count} advarsler</translation>
    </message>
  </context>
  <context>
    <name>JournalCare</name>
    <message>
      <location filename="../../journal/ui/care.py" line="52" />
      <source>Read-only: the journal folder cannot be written to, so nothing you change is saved.</source>
      <translation>Skrivebeskyttet: der kan ikke skrives i dagbogens mappe, så intet af det, du ændrer, bliver gemt.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="175" />
      <source>Restored: {n} reflections.</source>
      <translation>Gendannet: {n} refleksioner.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="163" />
      <source>Restoring the backup…</source>
      <translation>Sikkerhedskopien gendannes …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="101" />
      <source>The daily backup failed: {reason}</source>
      <translation>Dagens sikkerhedskopi mislykkedes: {reason}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="212" />
      <source>The journal file is damaged (empty, missing, corrupt or not of this key file). Tværs has not written to it. Restore the newest verified backup from {when}? The damaged file is kept in the backup folder.</source>
      <translation>Dagbogsfilen er beskadiget (tom, mangler, ødelagt eller hører ikke til denne nøglefil). Tværs har ikke skrevet i den. Vil du gendanne den nyeste kontrollerede sikkerhedskopi fra {when}? Den beskadigede fil gemmes i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="131" />
      <source>The journal file is damaged and there is no backup yet. Tværs will not write to it. Export what you can read, and contact your IT support.</source>
      <translation>Dagbogsfilen er beskadiget, og der er endnu ingen sikkerhedskopi. Tværs skriver ikke i den. Eksportér det, du kan læse, og kontakt din it-afdeling.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="138" />
      <source>The journal file is damaged, so Tværs has stopped writing to it. Restore the newest backup from {when}? The damaged file is kept in the backup folder.</source>
      <translation>Dagbogsfilen er beskadiget, så Tværs er holdt op med at skrive i den. Vil du gendanne den nyeste sikkerhedskopi fra {when}? Den beskadigede fil gemmes i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="159" />
      <source>The text in the editor could not be saved yet. Copy it somewhere safe, or wait until it is saved, then restore.</source>
      <translation>Teksten i editoren kunne endnu ikke gemmes. Kopiér den et sikkert sted hen, eller vent til den er gemt, og gendan derefter.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="54" />
      <source>Up to {n} recent saves are not visible until the folder is writable.</source>
      <translation>Op til {n} af de seneste gemninger kan ikke ses, før der kan skrives i mappen.</translation>
    </message>
  </context>
  <context>
    <name>LockPage</name>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="66" />
      <source>Click to continue where you left off.</source>
      <translation>Klik for at fortsætte, hvor du slap.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="66" />
      <source>Enter your passphrase to continue where you left off.</source>
      <translation>Indtast din adgangssætning for at fortsætte, hvor du slap.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="36" />
      <source>Forgot your passphrase? Use the recovery key…</source>
      <translation>Har du glemt din adgangssætning? Brug gendannelsesnøglen …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="20" />
      <source>Tværs is locked</source>
      <translation>Tværs er låst</translation>
    </message>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="34" />
      <source>Unlock</source>
      <translation>Lås op</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../journal/ui/main_window.py" line="274" />
      <source>&amp;About Tværs</source>
      <translation>&amp;Om Tværs</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="260" />
      <source>&amp;Copy</source>
      <translation>K&amp;opiér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="238" />
      <source>&amp;Delete reflection…</source>
      <translation>&amp;Slet refleksion …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="253" />
      <source>&amp;Edit</source>
      <translation>&amp;Redigér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="277" />
      <source>&amp;Help</source>
      <translation>&amp;Hjælp</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="241" />
      <source>&amp;Hide text</source>
      <translation>S&amp;kjul tekst</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="244" />
      <source>&amp;Import…</source>
      <translation>&amp;Importér …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="245" />
      <source>&amp;Journal</source>
      <translation>&amp;Dagbog</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="275" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="234" />
      <source>&amp;Lock</source>
      <translation>&amp;Lås</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="232" />
      <source>&amp;New reflection</source>
      <translation>&amp;Ny refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="261" />
      <source>&amp;Paste</source>
      <translation>&amp;Sæt ind</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="235" />
      <source>&amp;Preview</source>
      <translation>&amp;Forhåndsvisning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="276" />
      <source>&amp;Privacy</source>
      <translation>&amp;Privatliv</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="239" />
      <source>&amp;Quit</source>
      <translation>&amp;Afslut</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="258" />
      <source>&amp;Redo</source>
      <translation>&amp;Gentag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="233" />
      <source>&amp;Search</source>
      <translation>S&amp;øg</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="257" />
      <source>&amp;Undo</source>
      <translation>&amp;Fortryd</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="269" />
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="805" />
      <source>A new passphrase is set. The recovery key still works.</source>
      <translation>En ny adgangssætning er gemt. Gendannelsesnøglen virker stadig.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="365" />
      <source>All reflections</source>
      <translation>Alle refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="432" />
      <source>Answers the question: {question}</source>
      <translation>Svarer på spørgsmålet: {question}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="259" />
      <source>Cu&amp;t</source>
      <translation>&amp;Klip</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="472" />
      <source>Delete reflection</source>
      <translation>Slet refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="470" />
      <source>Delete the reflection “{title}” for good? This cannot be undone.</source>
      <translation>Vil du slette refleksionen »{title}« for altid? Det kan ikke fortrydes.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="469" />
      <source>Delete the reflection “{title}” from {date} for good? This cannot be undone.</source>
      <translation>Vil du slette refleksionen »{title}« fra {date} for altid? Det kan ikke fortrydes.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="901" />
      <source>Make a new recovery key? The old one stops working.</source>
      <translation>Vil du lave en ny gendannelsesnøgle? Den gamle holder op med at virke.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="983" />
      <source>Making a backup before closing…</source>
      <translation>Tager en sikkerhedskopi, før Tværs lukker …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="295" />
      <source>New reflection</source>
      <translation>Ny refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="286" />
      <source>No reflection is open</source>
      <translation>Ingen refleksion er åben</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="683" />
      <source>Not locked: the latest text could not be saved yet.</source>
      <translation>Ikke låst: den seneste tekst kunne endnu ikke gemmes.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="541" />
      <source>Not saved</source>
      <translation>Ikke gemt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="119" />
      <source>Nothing found.</source>
      <translation>Ingen resultater.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="833" />
      <source>Reading the backups…</source>
      <translation>Læser sikkerhedskopierne …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="862" />
      <source>Replace the journal with this backup? The journal as it is now is kept as a backup first.</source>
      <translation>Vil du erstatte dagbogen med denne sikkerhedskopi? Dagbogen, som den er nu, gemmes først som en sikkerhedskopi.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="240" />
      <source>S&amp;ettings…</source>
      <translation>&amp;Indstillinger …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="104" />
      <source>Search everything (Ctrl+F)</source>
      <translation>Søg i alt (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="262" />
      <source>Select &amp;all</source>
      <translation>&amp;Markér alt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="892" />
      <source>Setting the new passphrase…</source>
      <translation>Sætter den nye adgangssætning …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="243" />
      <source>Show the &amp;tour</source>
      <translation>Vis &amp;rundvisningen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="292" />
      <source>Start a new one, answer today's question on the right, or choose one in the list.</source>
      <translation>Begynd på en ny, svar på dagens spørgsmål til højre, eller vælg en i listen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="890" />
      <source>The new passphrase is set. Use it the next time you unlock Tværs.</source>
      <translation>Den nye adgangssætning er gemt. Brug den, næste gang du låser Tværs op.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="486" />
      <source>The reflection was deleted.</source>
      <translation>Refleksionen er slettet.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="859" />
      <source>The settings could not be saved: {reason}</source>
      <translation>Indstillingerne kunne ikke gemmes: {reason}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="404" />
      <source>The text in the editor could not be saved yet ({reason}). It stays open, and is saved as soon as it can be.</source>
      <translation>Teksten i editoren kunne endnu ikke gemmes ({reason}). Den forbliver åben og gemmes, så snart det kan lade sig gøre.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="141" />
      <source>The text is hidden. Press Ctrl+Shift+H to show it again.</source>
      <translation>Teksten er skjult. Tryk Ctrl+Shift+H for at vise den igen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="217" />
      <source>This journal has no passphrase: anyone with access to this computer can read it.</source>
      <translation>Dagbogen har ingen adgangssætning: alle med adgang til computeren kan læse den.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="746" />
      <source>Unlocking…</source>
      <translation>Låser op …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="108" />
      <source>Untitled reflection</source>
      <translation>Refleksion uden titel</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="970" />
      <source>Your latest text could not be saved ({reason}). Close anyway and lose it?</source>
      <translation>Din seneste tekst kunne ikke gemmes ({reason}). Vil du lukke alligevel og miste den?</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="405" />
      <source>unknown reason</source>
      <translation>ukendt årsag</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../journal/ui/messages.py" line="19" />
      <source>Something went wrong that Tværs did not expect. Your text is kept; please report this.</source>
      <translation>Der skete noget, Tværs ikke havde forventet. Din tekst er bevaret; meld gerne fejlen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/messages.py" line="24" />
      <source>Tværs</source>
      <translation>Tværs</translation>
    </message>
  </context>
  <context>
    <name>OpenCommitments</name>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="80" />
      <source>By case</source>
      <translation>Efter sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="78" />
      <source>By date</source>
      <translation>Efter dato</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="116" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="89" />
      <source>Date</source>
      <translation>Dato</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="56" />
      <source>Date passed</source>
      <translation>Datoen er overskredet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="97" />
      <source>Done</source>
      <translation>Udført</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="101" />
      <source>Drop</source>
      <translation>Opgiv</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="106" />
      <source>Group:</source>
      <translation>Gruppér:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="56" />
      <source>Later</source>
      <translation>Senere</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="89" />
      <source>Next step</source>
      <translation>Næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="67" />
      <source>No case</source>
      <translation>Ingen sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="56" />
      <source>No date</source>
      <translation>Ingen dato</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="94" />
      <source>No open next steps. Add them under a reflection.</source>
      <translation>Ingen åbne næste skridt. Tilføj dem under en refleksion.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="76" />
      <source>Open next steps</source>
      <translation>Åbne næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="103" />
      <source>Open the reflection</source>
      <translation>Åbn refleksionen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="163" />
      <source>Postponed</source>
      <translation>Udskudt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="99" />
      <source>Postpone…</source>
      <translation>Udskyd …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="56" />
      <source>The coming week</source>
      <translation>Den kommende uge</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="154" />
      <source>{heading} ({count})</source>
      <translation>{heading} ({count})</translation>
    </message>
  </context>
  <context>
    <name>OwnPromptDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/own_prompt.py" line="44" />
      <source>Add question</source>
      <translation>Tilføj spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/own_prompt.py" line="46" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/own_prompt.py" line="35" />
      <source>No theme</source>
      <translation>Intet tema</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/own_prompt.py" line="56" />
      <source>Question:</source>
      <translation>Spørgsmål:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/own_prompt.py" line="51" />
      <source>Save question</source>
      <translation>Gem spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/own_prompt.py" line="57" />
      <source>Theme:</source>
      <translation>Tema:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/own_prompt.py" line="58" />
      <source>When to ask:</source>
      <translation>Hvornår:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/own_prompt.py" line="27" />
      <source>Write a question you want to come back to. It is kept in your journal and offered like the others.</source>
      <translation>Skriv et spørgsmål, du vil vende tilbage til. Det gemmes i din dagbog og bliver stillet ligesom de andre.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/own_prompt.py" line="25" />
      <source>Your own question</source>
      <translation>Dit eget spørgsmål</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="60" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="29" />
      <source>Change passphrase</source>
      <translation>Skift adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="73" />
      <source>Choose a passphrase of at least {n} characters.</source>
      <translation>Vælg en adgangssætning på mindst {n} tegn.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="55" />
      <source>Current passphrase</source>
      <translation>Nuværende adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="71" />
      <source>Fill in the first field.</source>
      <translation>Udfyld det første felt.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="56" />
      <source>New passphrase</source>
      <translation>Ny adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="55" />
      <source>Recovery key</source>
      <translation>Gendannelsesnøgle</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="57" />
      <source>Repeat new passphrase</source>
      <translation>Gentag ny adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="29" />
      <source>Set a new passphrase with the recovery key</source>
      <translation>Vælg en ny adgangssætning med gendannelsesnøglen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="59" />
      <source>Set passphrase</source>
      <translation>Gem adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="75" />
      <source>The two new passphrases are not the same.</source>
      <translation>De to nye adgangssætninger er ikke ens.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="32" />
      <source>Type the recovery key you printed or saved when the journal was created, then choose a new passphrase.</source>
      <translation>Skriv den gendannelsesnøgle, du udskrev eller gemte, da dagbogen blev oprettet, og vælg derefter en ny adgangssætning.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="34" />
      <source>Your reflections are not re-encrypted; only the key that opens them is locked with the new passphrase.</source>
      <translation>Dine refleksioner krypteres ikke om; kun nøglen, der åbner dem, låses med den nye adgangssætning.</translation>
    </message>
  </context>
  <context>
    <name>PostponeDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/postpone.py" line="46" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/postpone.py" line="50" />
      <source>New date:</source>
      <translation>Ny dato:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/postpone.py" line="45" />
      <source>Postpone</source>
      <translation>Udskyd</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/postpone.py" line="34" />
      <source>Postpone next step</source>
      <translation>Udskyd næste skridt</translation>
    </message>
  </context>
  <context>
    <name>PromptPanel</name>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="108" />
      <source>+ Own question…</source>
      <translation>+ Eget spørgsmål …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="109" />
      <source>Add a question of your own</source>
      <translation>Tilføj et spørgsmål, du selv har formuleret</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="177" />
      <source>All kinds</source>
      <translation>Alle typer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="100" />
      <source>All questions</source>
      <translation>Alle spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="168" />
      <source>All themes</source>
      <translation>Alle temaer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="81" />
      <source>Another question</source>
      <translation>Et andet spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="78" />
      <source>Answer</source>
      <translation>Svar</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="123" />
      <source>Double-click a question to answer it</source>
      <translation>Dobbeltklik på et spørgsmål for at besvare det</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="291" />
      <source>Edit your question…</source>
      <translation>Redigér dit spørgsmål …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="113" />
      <source>Filter the questions</source>
      <translation>Filtrér spørgsmålene</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="265" />
      <source>Hide the source</source>
      <translation>Skjul kilden</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="197" />
      <source>No questions are available.</source>
      <translation>Der er ingen spørgsmål.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="292" />
      <source>Remove your question…</source>
      <translation>Fjern dit spørgsmål …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="59" />
      <source>Today's question</source>
      <translation>Dagens spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="265" />
      <source>Where does the question come from?</source>
      <translation>Hvor kommer spørgsmålet fra?</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="187" />
      <source>Your own question</source>
      <translation>Dit eget spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="170" />
      <source>Your own questions</source>
      <translation>Dine egne spørgsmål</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="67" />
      <source>I have noted it</source>
      <translation>Jeg har noteret den</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="38" />
      <source>If you forget your passphrase, this key opens the journal. Print it or save it somewhere safe, away from this computer. It is shown only now. If you lose both the passphrase and this key, your reflections cannot be recovered by anyone.</source>
      <translation>Hvis du glemmer din adgangssætning, kan denne nøgle åbne dagbogen. Udskriv den, eller gem den et sikkert sted væk fra denne computer. Den vises kun nu. Mister du både adgangssætningen og nøglen, kan ingen gendanne dine refleksioner.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="89" />
      <source>Keep this key away from the computer. It opens your journal if you forget your passphrase.</source>
      <translation>Opbevar nøglen et andet sted end computeren. Den åbner din dagbog, hvis du glemmer din adgangssætning.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="54" />
      <source>Print…</source>
      <translation>Udskriv …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="53" />
      <source>Save as file…</source>
      <translation>Gem som fil …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="94" />
      <source>Save the recovery key</source>
      <translation>Gem gendannelsesnøglen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="94" />
      <source>Text files (*.txt)</source>
      <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="61" />
      <source>To show that you have noted the key, type its last group ({n} characters):</source>
      <translation>Skriv nøglens sidste gruppe ({n} tegn) for at vise, at du har noteret den:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="89" />
      <source>Tværs recovery key</source>
      <translation>Tværs-gendannelsesnøgle</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="94" />
      <source>Tværs recovery key.txt</source>
      <translation>Tværs-gendannelsesnøgle.txt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="35" />
      <source>Your recovery key</source>
      <translation>Din gendannelsesnøgle</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="59" />
      <source> min</source>
      <translation> min.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="98" />
      <source>Backups</source>
      <translation>Sikkerhedskopier</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="134" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="75" />
      <source>Change passphrase…</source>
      <translation>Skift adgangssætning …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="52" />
      <source>Follow the system</source>
      <translation>Følg systemet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="62" />
      <source>General</source>
      <translation>Generelt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="64" />
      <source>Language (after restart)</source>
      <translation>Sprog (efter genstart)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="65" />
      <source>Lock after inactivity</source>
      <translation>Lås efter inaktivitet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="77" />
      <source>Make a new recovery key…</source>
      <translation>Lav en ny gendannelsesnøgle …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="60" />
      <source>Never</source>
      <translation>Aldrig</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="119" />
      <source>No backups yet.</source>
      <translation>Ingen sikkerhedskopier endnu.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="122" />
      <source>Open the backup folder</source>
      <translation>Åbn mappen med sikkerhedskopier</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="67" />
      <source>Passphrase and recovery key</source>
      <translation>Adgangssætning og gendannelsesnøgle</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="120" />
      <source>Restore the chosen backup…</source>
      <translation>Gendan den valgte sikkerhedskopi …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="75" />
      <source>Set a passphrase…</source>
      <translation>Vælg en adgangssætning …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="48" />
      <source>Settings</source>
      <translation>Indstillinger</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="35" />
      <source>The journal folder is inside {service}. Synchronisation copies the journal to servers and can corrupt a database that is being written. Move the journal to a folder that is not synchronised.</source>
      <translation>Dagbogens mappe ligger i {service}. Synkronisering kopierer dagbogen til servere og kan ødelægge en database, mens der skrives i den. Flyt dagbogen til en mappe, der ikke synkroniseres.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="71" />
      <source>The journal has no passphrase: anyone with access to this computer can read it.</source>
      <translation>Dagbogen har ingen adgangssætning: alle med adgang til computeren kan læse den.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="70" />
      <source>The journal is protected by a passphrase.</source>
      <translation>Dagbogen er beskyttet af en adgangssætning.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="101" />
      <source>Tværs makes an encrypted, verified backup at the first unlock of each day and when you close after changes, and keeps the last 10, one a day for a week and one a week for a month.</source>
      <translation>Tværs laver en krypteret, kontrolleret sikkerhedskopi, første gang du låser op hver dag, og når du lukker efter ændringer. Tværs gemmer de seneste 10 samt én om dagen i en uge og én om ugen i en måned.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="85" />
      <source>Where the journal is kept</source>
      <translation>Hvor dagbogen gemmes</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="114" />
      <source>{n} reflections</source>
      <translation>{n} refleksioner</translation>
    </message>
  </context>
  <context>
    <name>SourcePassage</name>
    <message>
      <location filename="../../journal/ui/panels/source_passage.py" line="40" />
      <source>From: {title}</source>
      <translation>Fra: {title}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/source_passage.py" line="43" />
      <source>You wrote this question yourself.</source>
      <translation>Dette spørgsmål har du selv skrevet.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/source_passage.py" line="39" />
      <source>“{quote}”</source>
      <translation>»{quote}«</translation>
    </message>
  </context>
  <context>
    <name>SourcePassageDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/source_passage.py" line="31" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/source_passage.py" line="19" />
      <source>Where does the question come from?</source>
      <translation>Hvor kommer spørgsmålet fra?</translation>
    </message>
  </context>
  <context>
    <name>Tour</name>
    <message>
      <location filename="../../journal/ui/tour.py" line="57" />
      <source>Ctrl+F searches all your reflections. The list below shows them newest first, and the selector above it shows one case at a time.</source>
      <translation>Ctrl+F søger i alle dine refleksioner. Listen nedenunder viser dem med de nyeste først, og vælgeren over den viser én sag ad gangen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/tour.py" line="65" />
      <source>Ctrl+L locks the journal, and it locks itself after five minutes without use. Ctrl+Shift+H hides all text while you share your screen. You can see this tour again under View.</source>
      <translation>Ctrl+L låser dagbogen, og den låser sig selv efter fem minutter uden brug. Ctrl+Shift+H skjuler al tekst, mens du deler skærm. Du kan se rundvisningen igen under Vis.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/tour.py" line="164" />
      <source>Done</source>
      <translation>Færdig</translation>
    </message>
    <message>
      <location filename="../../journal/ui/tour.py" line="39" />
      <source>Every day Tværs picks a question for you here. Answer starts a new reflection with the question at the top; Another question offers a different one, and the link below shows the passage the question was drawn from.</source>
      <translation>Hver dag finder Tværs et spørgsmål til dig her. Svar starter en ny refleksion med spørgsmålet øverst; Et andet spørgsmål giver dig et nyt, og linket nedenunder viser den passage, spørgsmålet bygger på.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/tour.py" line="56" />
      <source>Find it again</source>
      <translation>Find igen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/tour.py" line="164" />
      <source>Next</source>
      <translation>Næste</translation>
    </message>
    <message>
      <location filename="../../journal/ui/tour.py" line="64" />
      <source>Private</source>
      <translation>Privat</translation>
    </message>
    <message>
      <location filename="../../journal/ui/tour.py" line="104" />
      <source>Skip the tour</source>
      <translation>Spring rundvisningen over</translation>
    </message>
    <message>
      <location filename="../../journal/ui/tour.py" line="38" />
      <source>Today's question</source>
      <translation>Dagens spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/tour.py" line="48" />
      <source>What you write is saved by itself when you pause. Under the text you can add next steps with a date; when the date has passed, Tværs asks you how it went.</source>
      <translation>Det, du skriver, gemmes af sig selv, når du holder en pause. Under teksten kan du tilføje næste skridt med en dato; når datoen er passeret, spørger Tværs dig, hvordan det gik.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/tour.py" line="47" />
      <source>Write</source>
      <translation>Skriv</translation>
    </message>
    <message>
      <location filename="../../journal/ui/tour.py" line="160" />
      <source>{n} of {total}</source>
      <translation>{n} af {total}</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="21" />
      <source>Enter your passphrase to open the journal.</source>
      <translation>Indtast din adgangssætning for at åbne dagbogen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="38" />
      <source>Forgot your passphrase? Use the recovery key…</source>
      <translation>Har du glemt din adgangssætning? Brug gendannelsesnøglen …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="32" />
      <source>Quit</source>
      <translation>Afslut</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="31" />
      <source>Unlock</source>
      <translation>Lås op</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="19" />
      <source>Unlock Tværs</source>
      <translation>Lås Tværs op</translation>
    </message>
  </context>
  <context>
    <name>argparse</name>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="23" />
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: fejl: %(message)s
</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="32" />
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>tvetydigt tilvalg: %(option)s kan betyde %(matches)s</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="24" />
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="31" />
      <source>expected at least one argument</source>
      <translation>forventede mindst ét argument</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="30" />
      <source>expected at most one argument</source>
      <translation>forventede højst ét argument</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="29" />
      <source>expected one argument</source>
      <translation>forventede ét argument</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="26" />
      <source>invalid %(type)s value: %(value)r</source>
      <translation>ugyldig værdi af typen %(type)s: %(value)r</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="25" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="33" />
      <source>not allowed with argument %s</source>
      <translation>ikke tilladt sammen med argumentet %s</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="34" />
      <source>one of the arguments %s is required</source>
      <translation>et af argumenterne %s skal angives</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="21" />
      <source>options</source>
      <translation>tilvalg</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="20" />
      <source>positional arguments</source>
      <translation>positionelle argumenter</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="22" />
      <source>show this help message and exit</source>
      <translation>vis denne hjælp, og afslut</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="27" />
      <source>the following arguments are required: %s</source>
      <translation>følgende argumenter skal angives: %s</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="28" />
      <source>unrecognized arguments: %s</source>
      <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
      <location filename="../../journal/cli/argparse_words.py" line="19" />
      <source>usage: </source>
      <translation>brug: </translation>
    </message>
  </context>
</TS>
