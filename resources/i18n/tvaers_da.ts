<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <location filename="../../journal/cli/commands.py" line="276" />
      <source>(coach comment)</source>
      <translation>(coachens kommentar)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="100" />
      <source>(protected)</source>
      <translation>(beskyttet)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="98" />
      <source>1 reflection</source>
      <translation>1 refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="92" />
      <source>? reflections</source>
      <translation>? refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="110" />
      <source>All {n} comments in this file were attached before; nothing was added.</source>
      <translation>Alle {n} kommentarer i filen er sat ind før; intet blev tilføjet.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="321" />
      <source>Backups</source>
      <translation>Sikkerhedskopier</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="184" />
      <source>Choose a passphrase: </source>
      <translation>Vælg en adgangssætning: </translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="298" />
      <source>Coach comments</source>
      <translation>Kommentarer fra coachen</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="153" />
      <source>Interrupted; nothing more was changed.</source>
      <translation>Afbrudt; der blev ikke ændret mere.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="319" />
      <source>Journal file</source>
      <translation>Dagbogsfil</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="318" />
      <source>Journal folder</source>
      <translation>Dagbogsmappe</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="320" />
      <source>Key file</source>
      <translation>Nøglefil</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="119" />
      <source>New passphrase: </source>
      <translation>Ny adgangssætning: </translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="262" />
      <source>Nothing found.</source>
      <translation>Intet fundet.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="94" />
      <source>Nothing has been exported yet.</source>
      <translation>Der er ikke eksporteret noget endnu.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_cohort.py" line="85" />
      <source>Only the automatic marks were applied. Check every mark in Tværs (Community → Contribute to a round…) before you share the file.</source>
      <translation>Kun de automatiske markeringer er brugt. Tjek hver markering i Tværs (Fællesskab → Bidrag til en runde …), før du deler filen.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="106" />
      <source>Passphrase: </source>
      <translation>Adgangssætning: </translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="325" />
      <source>Protected by a passphrase</source>
      <translation>Beskyttet af en adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="326" />
      <source>Read-only</source>
      <translation>Skrivebeskyttet</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="327" />
      <source>Recent saves not visible</source>
      <translation>Nylige gemninger, der ikke ses</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="365" />
      <source>Recovery key: </source>
      <translation>Gendannelsesnøgle: </translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="322" />
      <source>Reflections</source>
      <translation>Refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="120" />
      <source>Repeat it: </source>
      <translation>Gentag den: </translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="45" />
      <source>Review package from {name}</source>
      <translation>Review-pakke fra {name}</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="323" />
      <source>Schema version</source>
      <translation>Skemaversion</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="32" />
      <source>Share password: </source>
      <translation>Delingsadgangskode: </translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="191" />
      <source>That is your recovery key. It opens the journal if you forget the passphrase, and it is shown only now: print it or write it down, and keep it away from this computer.</source>
      <translation>Det er din gendannelsesnøgle. Den åbner dagbogen, hvis du glemmer adgangssætningen, og den vises kun nu: udskriv den eller skriv den ned, og opbevar den væk fra denne computer.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="312" />
      <source>The journal folder is read-only: up to {n} recent saves are not visible until it is writable.</source>
      <translation>Dagbogens mappe er skrivebeskyttet: op til {n} af de seneste gemninger kan ikke ses, før der kan skrives i mappen.</translation>
    </message>
    <message>
      <location filename="../../journal/app.py" line="397" />
      <source>Tværs is already open on this journal; its window was brought to the front.</source>
      <translation>Denne dagbog er allerede åben i Tværs; vinduet er hentet frem.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="324" />
      <source>Tværs version</source>
      <translation>Tværs-version</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="87" />
      <source>at closing</source>
      <translation>ved lukning</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="111" />
      <source>attached {n} comments</source>
      <translation>satte {n} kommentarer ind</translation>
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
      <location filename="../../journal/cli/cmd_export.py" line="19" />
      <source>for a coach</source>
      <translation>til en coach</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="19" />
      <source>for myself</source>
      <translation>til mig selv</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="19" />
      <source>for someone else</source>
      <translation>til en anden</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="165" />
      <source>internal error (this is a bug, please report it): {kind}</source>
      <translation>intern fejl (det er en fejl i Tværs, meld den gerne): {kind}</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="87" />
      <source>made by hand</source>
      <translation>taget manuelt</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="329" />
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="411" />
      <source>only the published cases are shown</source>
      <translation>kun de udgivne sager vises</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="450" />
      <source>use a number from 1 to 1000000</source>
      <translation>brug et tal fra 1 til 1000000</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_import.py" line="40" />
      <source>warning: {warning}</source>
      <translation>advarsel: {warning}</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="329" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="101" />
      <source>{n} comments are about reflections no longer in the journal ({ids}); they were left out.</source>
      <translation>{n} kommentarer handler om refleksioner, der ikke længere er i dagbogen ({ids}); de blev sprunget over.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="92" />
      <source>{n} reflections</source>
      <translation>{n} refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="448" />
      <source>{value} is not a whole number</source>
      <translation>{value} er ikke et helt tal</translation>
    </message>
  </context>
  <context>
    <name>CLI help</name>
    <message>
      <location filename="../../journal/cli/main.py" line="42" />
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
      <location filename="../../journal/cli/main.py" line="35" />
      <source>Tværs: a private reflection journal. Without a command, the window opens.</source>
      <translation>Tværs: en privat refleksionsdagbog. Uden en kommando åbner vinduet.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="122" />
      <source>a backup file, or the name of one in the backup folder</source>
      <translation>en sikkerhedskopi eller navnet på en i mappen med sikkerhedskopier</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="143" />
      <source>a coach's feedback file</source>
      <translation>en feedbackfil fra coachen</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="120" />
      <source>a coach's review package: open it, show it, comment on it (no journal needed)</source>
      <translation>en review-pakke til coachen: åbn den, vis den, kommentér den (kræver ingen dagbog)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_cohort.py" line="126" />
      <source>a note from the facilitator</source>
      <translation>en note fra facilitatoren</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="134" />
      <source>add a comment (Markdown on standard input) to a feedback file</source>
      <translation>tilføj en kommentar (Markdown på standardinput) til en feedbackfil</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="21" />
      <source>anonymise text from stdin (names, CPR, phone, e-mail, addresses, workplaces …)</source>
      <translation>anonymisér tekst fra standardinput (navne, CPR, telefon, e-mail, adresser, arbejdspladser …)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_cohort.py" line="130" />
      <source>anonymised contribution of your answers to a round (automatic marks only)</source>
      <translation>anonymiseret bidrag med dine svar til en runde (kun automatiske markeringer)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="145" />
      <source>attach a coach's feedback file to the reflections it names</source>
      <translation>sæt coachens kommentarer fra en feedbackfil ind ved de refleksioner, de handler om</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="509" />
      <source>change the passphrase</source>
      <translation>skift adgangssætningen</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_cohort.py" line="119" />
      <source>cohort rounds: make a round, contribute to one, compare contributions</source>
      <translation>netværksrunder: lav en runde, bidrag til en, sammenlign bidrag</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="125" />
      <source>continue with this feedback file</source>
      <translation>fortsæt med denne feedbackfil</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="458" />
      <source>create a new journal in the data folder</source>
      <translation>opret en ny dagbog i datamappen</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="473" />
      <source>entries, newest first</source>
      <translation>refleksionerne, nyeste først</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="129" />
      <source>every export ever made</source>
      <translation>alle eksporter, der nogensinde er lavet</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="114" />
      <source>every reflection</source>
      <translation>alle refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="111" />
      <source>export reflections to a file; every export is written to the share log</source>
      <translation>eksportér refleksioner til en fil; hver eksport skrives i delingsloggen</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="482" />
      <source>full-text search, best first</source>
      <translation>fritekstsøgning, bedste match først</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_import.py" line="67" />
      <source>import entries from jrnl, Day One, a Markdown folder or a Tværs JSON export (all or nothing; duplicates skipped)</source>
      <translation>importér indlæg fra jrnl, Day One, en mappe med Markdown eller en Tværs-JSON-eksport (alt eller intet; dubletter springes over)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="124" />
      <source>include the coach's comments</source>
      <translation>tag coachens kommentarer med</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="506" />
      <source>integrity check of the journal</source>
      <translation>tjek, at dagbogen er intakt</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="38" />
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
      <location filename="../../journal/cli/main.py" line="40" />
      <source>language of messages and exports (default: system locale)</source>
      <translation>sprog for beskeder og eksport (standard: systemets sprog)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="30" />
      <source>language of the placeholders (default: guessed per text)</source>
      <translation>sprog for pladsholderne (standard: gættes for hver tekst)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="123" />
      <source>leave a part out: title, text, question, case, tags, next_steps</source>
      <translation>udelad en del: title, text, question, case, tags, next_steps</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="125" />
      <source>list the backups: date, kind, size, entries, file</source>
      <translation>vis sikkerhedskopierne: dato, slags, størrelse, refleksioner, fil</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="112" />
      <source>md (a .md path: one file; otherwise a folder of one file per reflection), html, pdf, json or review (an encrypted package for a coach)</source>
      <translation>md (en sti på .md: én fil; ellers en mappe med én fil pr. refleksion), html, pdf, json eller review (en krypteret pakke til en coach)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="462" />
      <source>new entry; Markdown body from stdin</source>
      <translation>ny refleksion; teksten (Markdown) læses fra standardinput</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="488" />
      <source>one entry with its coach comments</source>
      <translation>én refleksion med coachens kommentarer</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="123" />
      <source>open a review package in the coach's window</source>
      <translation>åbn en review-pakke i coachens vindue</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="514" />
      <source>open with the recovery key and set a new passphrase</source>
      <translation>åbn med gendannelsesnøglen, og vælg en ny adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="37" />
      <source>print the version and exit</source>
      <translation>vis versionen, og afslut</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="122" />
      <source>protect the PDF or review package with the password on the first line of FILE; send the password another way than the file</source>
      <translation>beskyt PDF'en eller review-pakken med adgangskoden på første linje i FIL; send adgangskoden ad en anden vej end filen</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_cohort.py" line="124" />
      <source>question ids from 'tvaers prompts' (or your own questions)</source>
      <translation>spørgsmålenes id fra »tvaers prompts« (eller dine egne spørgsmål)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="25" />
      <source>read one JSON object {"id": …, "text": …} per line; write the same shape</source>
      <translation>læs ét JSON-objekt {"id": …, "text": …} pr. linje; skriv i samme form</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="41" />
      <source>read the passphrase from the first line of FILE (else env TVAERS_PASSPHRASE, else ask)</source>
      <translation>læs adgangssætningen fra første linje i FILE (ellers fra miljøvariablen TVAERS_PASSPHRASE, ellers bliver du spurgt)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="465" />
      <source>read the title from the first line of FILE</source>
      <translation>læs titlen fra første linje i FILE</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="511" />
      <source>remove the passphrase (not recommended)</source>
      <translation>fjern adgangssætningen (frarådes)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="121" />
      <source>replace the journal with a verified backup (the current state is backed up first)</source>
      <translation>erstat dagbogen med en kontrolleret sikkerhedskopi (dagbogen, som den er nu, sikkerhedskopieres først)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="126" />
      <source>review package: your name as the coach will see it</source>
      <translation>review-pakke: dit navn, som coachen vil se det</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_cohort.py" line="136" />
      <source>side-by-side comparison of contributions of one round (HTML or Markdown by extension)</source>
      <translation>bidrag til samme runde side om side (HTML eller Markdown efter filendelsen)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="459" />
      <source>store the key unprotected (anyone with the files can read it)</source>
      <translation>gem nøglen ubeskyttet (alle, der har filerne, kan læse dagbogen)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="466" />
      <source>take the title from a '# Title' first line of the text on stdin</source>
      <translation>tag titlen fra en første linje '# Titel' i teksten på stdin</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="118" />
      <source>the answers to this question</source>
      <translation>svarene på dette spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="498" />
      <source>the case library (published and your own)</source>
      <translation>sagsbiblioteket (de offentliggjorte sager og dine egne)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_cohort.py" line="132" />
      <source>the entries to contribute (default: the newest answer to each question)</source>
      <translation>refleksionerne, du vil bidrage med (standard: det nyeste svar på hvert spørgsmål)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="139" />
      <source>the exact passage of the text the comment is about</source>
      <translation>det præcise sted i teksten, kommentaren handler om</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_import.py" line="70" />
      <source>the exported file, ZIP or folder</source>
      <translation>den eksporterede fil, ZIP-fil eller mappe</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="138" />
      <source>the feedback file to write or extend</source>
      <translation>feedbackfilen, der skal skrives eller udvides</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="113" />
      <source>the file (or, for md, the new folder) to write</source>
      <translation>filen (eller for md den nye mappe), der skal skrives</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="493" />
      <source>the prompt bank</source>
      <translation>spørgsmålsbanken</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="136" />
      <source>the reflection's id as 'review show' prints it</source>
      <translation>refleksionens id, som 'review show' viser det</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="128" />
      <source>the reflections of a review package</source>
      <translation>refleksionerne i en review-pakke</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="116" />
      <source>the reflections of one case</source>
      <translation>refleksionerne i én sag</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="117" />
      <source>the reflections with this tag</source>
      <translation>refleksionerne med dette mærke</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="116" />
      <source>the share password on the first line of FILE (else env TVAERS_SHARE_PASSWORD, else asked)</source>
      <translation>delingsadgangskoden på første linje i FIL (ellers miljøvariablen TVAERS_SHARE_PASSWORD, ellers spørges der)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_import.py" line="73" />
      <source>the time zone of times written without one (jrnl, Markdown); default this computer's</source>
      <translation>tidszonen for tidspunkter skrevet uden zone (jrnl, Markdown); standard er computerens egen</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="464" />
      <source>the title (visible to other users in the process list while add runs)</source>
      <translation>titlen (andre brugere kan se den i proceslisten, mens add kører)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="125" />
      <source>the title on the first page</source>
      <translation>titlen på forsiden</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="115" />
      <source>these reflections</source>
      <translation>disse refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="39" />
      <source>use a throwaway journal in a temporary folder (demos, tests)</source>
      <translation>brug en engangsdagbog i en midlertidig mappe (demoer, test)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="117" />
      <source>verified encrypted backup (default: into the backup folder)</source>
      <translation>kontrolleret, krypteret sikkerhedskopi (standard: i mappen med sikkerhedskopier)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="502" />
      <source>where things are and what is in them</source>
      <translation>hvor filerne ligger, og hvad de indeholder</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="121" />
      <source>who it is for (kept in the share log)</source>
      <translation>hvem den er til (gemmes i delingsloggen)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="28" />
      <source>write JSON with the anonymised text and, for each replaced stretch, its place, kind, placeholder and the rule that found it (never the original words)</source>
      <translation>skriv JSON med den anonymiserede tekst og, for hvert erstattet stykke, dets placering, type, pladsholder og den regel, der fandt det (aldrig de oprindelige ord)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_cohort.py" line="122" />
      <source>write a round file (a facilitator's list of questions)</source>
      <translation>skriv en rundefil (facilitatorens liste af spørgsmål)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_backup.py" line="118" />
      <source>write the backup to FILE (or into the folder FILE), with its key file beside it (NAME.keys)</source>
      <translation>skriv sikkerhedskopien til FILE (eller i mappen FILE) med dens nøglefil ved siden af (NAVN.keys)</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="137" />
      <source>your name, as the leader will see it</source>
      <translation>dit navn, som lederen vil se det</translation>
    </message>
  </context>
  <context>
    <name>Calendar</name>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="47" />
      <source>1 follow-up</source>
      <translation>1 opfølgning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="45" />
      <source>1 next step due</source>
      <translation>1 næste skridt forfalder</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="43" />
      <source>1 reflection</source>
      <translation>1 refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="131" />
      <source>Bar under the date: reflections (darker for more) · dot: next steps due · ring: a follow-up written</source>
      <translation>Streg under datoen: refleksioner (mørkere, jo flere) · prik: næste skridt, der forfalder · ring: en opfølgning skrevet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="127" />
      <source>Calendar</source>
      <translation>Kalender</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="129" />
      <source>Calendar of your reflections</source>
      <translation>Kalender over dine refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="145" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="215" />
      <source>No reflections on this day.</source>
      <translation>Ingen refleksioner denne dag.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="48" />
      <source>Nothing written</source>
      <translation>Intet skrevet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="142" />
      <source>Reflections on the chosen day</source>
      <translation>Refleksioner den valgte dag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="210" />
      <source>Untitled reflection</source>
      <translation>Refleksion uden titel</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="47" />
      <source>{n} follow-ups</source>
      <translation>{n} opfølgninger</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="45" />
      <source>{n} next steps due</source>
      <translation>{n} næste skridt forfalder</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/calendar.py" line="43" />
      <source>{n} reflections</source>
      <translation>{n} refleksioner</translation>
    </message>
  </context>
  <context>
    <name>CaseEditDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="38" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="37" />
      <source>Create case</source>
      <translation>Opret sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="44" />
      <source>Description:</source>
      <translation>Beskrivelse:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="24" />
      <source>Edit case</source>
      <translation>Redigér sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="43" />
      <source>Name:</source>
      <translation>Navn:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="24" />
      <source>New case</source>
      <translation>Ny sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="37" />
      <source>Save</source>
      <translation>Gem</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/case_edit.py" line="34" />
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
      <location filename="../../journal/ui/panels/case_library.py" line="326" />
      <source>A published case from the case publication</source>
      <translation>En udgivet sag fra casehæftet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="109" />
      <source>About the case</source>
      <translation>Om sagen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="103" />
      <source>Archive</source>
      <translation>Arkivér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="65" />
      <source>Case library</source>
      <translation>Sagsbibliotek</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="72" />
      <source>Cases</source>
      <translation>Sager</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="182" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="143" />
      <source>Double-click a next step to open the reflection it was written in; right-click for more</source>
      <translation>Dobbeltklik på et næste skridt for at åbne den refleksion, det blev skrevet i; højreklik for flere muligheder</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="121" />
      <source>Double-click a question to answer it</source>
      <translation>Dobbeltklik på et spørgsmål for at besvare det</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="128" />
      <source>Double-click a reflection to open it</source>
      <translation>Dobbeltklik på en refleksion for at åbne den</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="101" />
      <source>Edit…</source>
      <translation>Redigér …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="77" />
      <source>New case…</source>
      <translation>Ny sag …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="105" />
      <source>New reflection in this case</source>
      <translation>Ny refleksion i denne sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="312" />
      <source>No case chosen</source>
      <translation>Ingen sag valgt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="335" />
      <source>No description yet. Use “Edit…” to describe the situation.</source>
      <translation>Ingen beskrivelse endnu. Brug »Redigér …« til at beskrive situationen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="131" />
      <source>No open next steps.</source>
      <translation>Ingen åbne næste skridt.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="130" />
      <source>No reflections in this case yet.</source>
      <translation>Der er endnu ingen refleksioner i denne sag.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="269" />
      <source>None yet: create one with “New case…”</source>
      <translation>Ingen endnu: opret en med »Ny sag …«</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="132" />
      <source>Open next steps</source>
      <translation>Åbne næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="372" />
      <source>Open next steps ({count})</source>
      <translation>Åbne næste skridt ({count})</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="443" />
      <source>Open the reflection</source>
      <translation>Åbn refleksionen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="260" />
      <source>Published cases</source>
      <translation>Udgivne sager</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="112" />
      <source>Questions for this case</source>
      <translation>Spørgsmål til denne sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="122" />
      <source>Reflections</source>
      <translation>Refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="370" />
      <source>Reflections ({count})</source>
      <translation>Refleksioner ({count})</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="322" />
      <source>Restore</source>
      <translation>Gendan</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="75" />
      <source>Show archived cases</source>
      <translation>Vis arkiverede sager</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="136" />
      <source>The case's open next steps</source>
      <translation>Sagens åbne næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="115" />
      <source>The case's questions</source>
      <translation>Sagens spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="125" />
      <source>The case's reflections</source>
      <translation>Sagens refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="360" />
      <source>Untitled reflection</source>
      <translation>Refleksion uden titel</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="330" />
      <source>Your case</source>
      <translation>Din sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="330" />
      <source>Your case, archived</source>
      <translation>Din sag, arkiveret</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="260" />
      <source>Your cases</source>
      <translation>Dine sager</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="361" />
      <source>{date} · {title}</source>
      <translation>{date} · {title}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="273" />
      <source>{name} (archived)</source>
      <translation>{name} (arkiveret)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/case_library.py" line="406" />
      <source>“{name}” is archived. Tick “Show archived cases” to see it again.</source>
      <translation>»{name}« er arkiveret. Sæt flueben i »Vis arkiverede sager« for at se den igen.</translation>
    </message>
  </context>
  <context>
    <name>ChooseAnswersDialog</name>
    <message>
      <location filename="../../journal/ui/cohort/choose.py" line="78" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/choose.py" line="77" />
      <source>Check the marks…</source>
      <translation>Tjek markeringerne …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/choose.py" line="82" />
      <source>Choose one of your reflections for each question. Nothing leaves until you have checked every mark and confirmed.</source>
      <translation>Vælg en af dine refleksioner til hvert spørgsmål. Intet forlader computeren, før du har tjekket hver markering og bekræftet.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/choose.py" line="39" />
      <source>Contribute: choose your answers</source>
      <translation>Bidrag: vælg dine svar</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/choose.py" line="58" />
      <source>Leave this question out</source>
      <translation>Spring dette spørgsmål over</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/choose.py" line="57" />
      <source>Write a fresh answer here</source>
      <translation>Skriv et nyt svar her</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/choose.py" line="62" />
      <source>Your answer (it is not saved in the journal)</source>
      <translation>Dit svar (det gemmes ikke i dagbogen)</translation>
    </message>
  </context>
  <context>
    <name>CoachWindow</name>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="233" />
      <source>&amp;Close</source>
      <translation>&amp;Luk</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="221" />
      <source>&amp;File</source>
      <translation>&amp;Filer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="222" />
      <source>&amp;Open review package…</source>
      <translation>&amp;Åbn review-pakke …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="225" />
      <source>&amp;Save feedback</source>
      <translation>&amp;Gem feedback</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="306" />
      <source>(untitled)</source>
      <translation>(uden titel)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="183" />
      <source>About the passage selected in the text</source>
      <translation>Om det markerede sted i teksten</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="201" />
      <source>Add comment</source>
      <translation>Tilføj kommentar</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="407" />
      <source>Comment added. Save the feedback to send it.</source>
      <translation>Kommentaren er tilføjet. Gem feedbacken for at sende den.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="172" />
      <source>Comments</source>
      <translation>Kommentarer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="175" />
      <source>Comments on this reflection</source>
      <translation>Kommentarer til denne refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="319" />
      <source>Continuing the review: {n} comments from {file}.</source>
      <translation>Du fortsætter dit review: {n} kommentarer fra {file}.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="461" />
      <source>Discard</source>
      <translation>Kassér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="433" />
      <source>Feedback file (*.tvaers-feedback)</source>
      <translation>Feedbackfil (*.tvaers-feedback)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="450" />
      <source>Feedback with {n} comments saved in {file}. Send the file to the leader.</source>
      <translation>Feedback med {n} kommentarer er gemt i {file}. Send filen til lederen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="90" />
      <source>No comments on this reflection yet.</source>
      <translation>Ingen kommentarer til denne refleksion endnu.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="135" />
      <source>Open</source>
      <translation>Åbn</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="259" />
      <source>Open review package</source>
      <translation>Åbn review-pakke</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="297" />
      <source>Opening…</source>
      <translation>Åbner …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="199" />
      <source>Preview of your comment</source>
      <translation>Forhåndsvisning af din kommentar</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="163" />
      <source>Reflections in the package</source>
      <translation>Refleksionerne i pakken</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="259" />
      <source>Review package (*.tvaers)</source>
      <translation>Review-pakke (*.tvaers)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="269" />
      <source>Review package {name}</source>
      <translation>Review-pakken {name}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="238" />
      <source>Save feedback</source>
      <translation>Gem feedback</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="230" />
      <source>Save feedback &amp;as…</source>
      <translation>Gem feedback &amp;som …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="132" />
      <source>Share password</source>
      <translation>Delingsadgangskode</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="143" />
      <source>The leader gave you the share password separately. Nothing of the reflections is saved on this computer; only the feedback file you save.</source>
      <translation>Lederen har givet dig delingsadgangskoden for sig. Intet af refleksionerne gemmes på denne computer – kun den feedbackfil, du selv gemmer.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="166" />
      <source>The reflection</source>
      <translation>Refleksionen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="102" />
      <source>Tværs — review</source>
      <translation>Tværs — review</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="312" />
      <source>Tværs — review from {name}</source>
      <translation>Tværs — review for {name}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="457" />
      <source>Unsaved comments</source>
      <translation>Kommentarer, der ikke er gemt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="195" />
      <source>Your comment</source>
      <translation>Din kommentar</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="194" />
      <source>Your comment (Markdown: **bold**, *italic*, - lists)</source>
      <translation>Din kommentar (Markdown: **fed**, *kursiv*, - lister)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="458" />
      <source>Your comments are not saved yet. Save the feedback first?</source>
      <translation>Dine kommentarer er ikke gemt endnu. Vil du gemme feedbacken først?</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="181" />
      <source>Your name</source>
      <translation>Dit navn</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="180" />
      <source>Your name, as the leader will see it</source>
      <translation>Dit navn, som lederen vil se det</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/coach_window.py" line="87" />
      <source>this round</source>
      <translation>denne runde</translation>
    </message>
  </context>
  <context>
    <name>CohortActions</name>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="56" />
      <source>&amp;Contribute to a round…</source>
      <translation>&amp;Bidrag til en runde …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="54" />
      <source>&amp;New round…</source>
      <translation>&amp;Ny runde …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="55" />
      <source>&amp;Open a round…</source>
      <translation>Å&amp;bn en runde …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="159" />
      <source>(untitled)</source>
      <translation>(uden titel)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="52" />
      <source>Co&amp;mmunity</source>
      <translation>&amp;Fællesskab</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="57" />
      <source>Co&amp;mpare contributions…</source>
      <translation>Sa&amp;mmenlign bidrag …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="209" />
      <source>Compare contributions</source>
      <translation>Sammenlign bidrag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="199" />
      <source>Contribution saved as {path} and noted in the share log.</source>
      <translation>Bidraget er gemt som {path} og skrevet i delingsloggen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="210" />
      <source>Contributions and rounds (*{c} *{r});;All files (*)</source>
      <translation>Bidrag og runder (*{c} *{r});;Alle filer (*)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="109" />
      <source>Open a round</source>
      <translation>Åbn en runde</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="105" />
      <source>Round saved as {path}</source>
      <translation>Runden er gemt som {path}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="95" />
      <source>Rounds (*{suffix})</source>
      <translation>Runder (*{suffix})</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="109" />
      <source>Rounds (*{suffix});;All files (*)</source>
      <translation>Runder (*{suffix});;Alle filer (*)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="95" />
      <source>Save the round</source>
      <translation>Gem runden</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/actions.py" line="103" />
      <source>The round could not be saved: {why}</source>
      <translation>Runden kunne ikke gemmes: {why}</translation>
    </message>
  </context>
  <context>
    <name>CommentPane</name>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="68" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="134" />
      <source>Coach comments ({n})</source>
      <translation>Kommentarer fra coachen ({n})</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="54" />
      <source>Coach comments on this reflection</source>
      <translation>Coachens kommentarer til denne refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="156" />
      <source>Mark as read</source>
      <translation>Markér som læst</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="154" />
      <source>Reply</source>
      <translation>Svar</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="208" />
      <source>Reply to {author}:</source>
      <translation>Svar til {author}:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="66" />
      <source>Save reply</source>
      <translation>Gem svar</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="217" />
      <source>The leader</source>
      <translation>Lederen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="151" />
      <source>The text has changed since the coach read it.</source>
      <translation>Teksten er ændret, siden coachen læste den.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="62" />
      <source>Your reply</source>
      <translation>Dit svar</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="63" />
      <source>Your reply (Markdown)</source>
      <translation>Dit svar (Markdown)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="144" />
      <source>new</source>
      <translation>ny</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="147" />
      <source>no longer in the text</source>
      <translation>står ikke længere i teksten</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/comment_pane.py" line="136" />
      <source>{n} unread</source>
      <translation>{n} ulæste</translation>
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
      <location filename="../../journal/ui/panels/commitments.py" line="122" />
      <source>Add</source>
      <translation>Tilføj</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="112" />
      <source>Add a next step…</source>
      <translation>Tilføj et næste skridt …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="113" />
      <source>By</source>
      <translation>Senest</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="118" />
      <source>Date of the next step</source>
      <translation>Dato for det næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="67" />
      <source>Done</source>
      <translation>Udført</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="69" />
      <source>Drop</source>
      <translation>Opgiv</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="95" />
      <source>Drop the chosen next step: it will not come back</source>
      <translation>Opgiv det valgte næste skridt: det kommer ikke igen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="197" />
      <source>From {date}:</source>
      <translation>Fra {date}:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="94" />
      <source>Give the chosen next step a later date</source>
      <translation>Giv det valgte næste skridt en senere dato</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="115" />
      <source>Give the next step a date; Tværs asks how it went when the date has passed</source>
      <translation>Giv det næste skridt en dato; Tværs spørger, hvordan det gik, når datoen er passeret</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="93" />
      <source>Mark the chosen next step as done</source>
      <translation>Markér det valgte næste skridt som udført</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="111" />
      <source>New next step</source>
      <translation>Nyt næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="89" />
      <source>Next steps</source>
      <translation>Næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="71" />
      <source>Open again</source>
      <translation>Genåbn</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="279" />
      <source>Open the follow-up</source>
      <translation>Åbn opfølgningen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="279" />
      <source>Open the original reflection</source>
      <translation>Åbn den oprindelige refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="68" />
      <source>Postpone…</source>
      <translation>Udskyd …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/commitments.py" line="100" />
      <source>Space marks a step done</source>
      <translation>Mellemrum markerer et skridt som udført</translation>
    </message>
  </context>
  <context>
    <name>ComparisonWindow</name>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="145" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="111" />
      <source>Comparison: {title}</source>
      <translation>Sammenligning: {title}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="139" />
      <source>Export as HTML…</source>
      <translation>Eksportér som HTML …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="142" />
      <source>Export as PDF…</source>
      <translation>Eksportér som PDF …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="194" />
      <source>Export the comparison</source>
      <translation>Eksportér sammenligningen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="79" />
      <source>No word recurs in several answers.</source>
      <translation>Intet ord går igen i flere svar.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="193" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="64" />
      <source>Participant {name} · {words} words</source>
      <translation>Deltager {name} · {words} ord</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="36" />
      <source>Set apart (not shown):</source>
      <translation>Lagt til side (vises ikke):</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="224" />
      <source>The comparison could not be saved: {why}</source>
      <translation>Sammenligningen kunne ikke gemmes: {why}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="223" />
      <source>The comparison was saved as {path}.</source>
      <translation>Sammenligningen er gemt som {path}.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="58" />
      <source>Themes: {themes}</source>
      <translation>Temaer: {themes}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="193" />
      <source>Web page (*.html)</source>
      <translation>Webside (*.html)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="80" />
      <source>Words in several answers: {words}</source>
      <translation>Ord i flere svar: {words}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="87" />
      <source>Your meeting notes for this question (kept in your journal)</source>
      <translation>Dine mødenoter til dette spørgsmål (gemmes i din dagbog)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="194" />
      <source>comparison</source>
      <translation>sammenligning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/comparison.py" line="114" />
      <source>{n} contributions: {names}</source>
      <translation>{n} bidrag: {names}</translation>
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
      <location filename="../../journal/ui/content_actions.py" line="302" />
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
      <location filename="../../journal/ui/content_actions.py" line="289" />
      <source>Remove your question “{question}”? Reflections that answered it keep their text.</source>
      <translation>Vil du fjerne dit spørgsmål »{question}«? Refleksioner, der besvarede det, beholder deres tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/content_actions.py" line="300" />
      <source>Show all</source>
      <translation>Vis alle</translation>
    </message>
    <message>
      <location filename="../../journal/ui/content_actions.py" line="174" />
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
      <location filename="../../journal/ui/editor/entry_editor.py" line="374" />
      <source>(archived case)</source>
      <translation>(arkiveret sag)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="450" />
      <source>1 other reflection answers it</source>
      <translation>1 anden refleksion besvarer det</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="186" />
      <source>Markdown. Saved by itself as you write. Tab moves on to the next control</source>
      <translation>Markdown. Gemmes af sig selv, mens du skriver. Tab går videre til næste felt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="175" />
      <source>No case</source>
      <translation>Ingen sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="656" />
      <source>Nothing was pasted: the reflection would be {length} characters long, and one reflection holds at most {limit}. Paste the text in parts into several reflections.</source>
      <translation>Intet blev indsat: refleksionen ville blive {length} tegn lang, og en refleksion kan højst rumme {limit}. Indsæt teksten i dele i flere refleksioner.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="446" />
      <source>Open the reflection it follows up</source>
      <translation>Åbn den refleksion, den følger op på</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="200" />
      <source>Preview</source>
      <translation>Forhåndsvisning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="196" />
      <source>Preview of the reflection</source>
      <translation>Forhåndsvisning af refleksionen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="553" />
      <source>Saved at {time}</source>
      <translation>Gemt kl. {time}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="156" />
      <source>Separate tags with commas</source>
      <translation>Adskil emneord med kommaer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="455" />
      <source>Shared once</source>
      <translation>Delt 1 gang</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="455" />
      <source>Shared {count} times</source>
      <translation>Delt {count} gange</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="202" />
      <source>Show the formatted text beside the editor (Ctrl+P)</source>
      <translation>Vis den formaterede tekst ved siden af editoren (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="156" />
      <source>Tags</source>
      <translation>Emneord</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="157" />
      <source>Tags, separated by commas</source>
      <translation>Emneord, adskilt af kommaer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="186" />
      <source>Text of the reflection</source>
      <translation>Refleksionens tekst</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="172" />
      <source>The case this reflection belongs to</source>
      <translation>Den sag, refleksionen hører til</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="643" />
      <source>The text is longer than {count} characters, so the preview shows its beginning as plain text.</source>
      <translation>Teksten er længere end {count} tegn, så forhåndsvisningen viser begyndelsen af den som ren tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="646" />
      <source>The text nests too deeply or has too many brackets or table cells to be formatted safely, so the preview shows it as plain text.</source>
      <translation>Teksten er indlejret for dybt eller har for mange klammer eller tabelceller til at kunne formateres sikkert, så forhåndsvisningen viser den som ren tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="146" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="147" />
      <source>Title (optional)</source>
      <translation>Titel (valgfri)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="187" />
      <source>Write your reflection here. Markdown works: # heading, **bold**, - list, &gt; quote.</source>
      <translation>Skriv din refleksion her. Markdown virker: # overskrift, **fed**, - liste, &gt; citat.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="450" />
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
      <location filename="../../journal/cli/cmd_cohort.py" line="30" />
      <source>'{value}' is not a date. Use the form 2026-12-01.</source>
      <translation>»{value}« er ikke en dato. Skriv den som 2026-12-01.</translation>
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
      <location filename="../../journal/cli/cmd_cohort.py" line="103" />
      <source>--out names one of the files to compare; the files compared are never changed.</source>
      <translation>--out peger på en af filerne, der skal sammenlignes; de filer ændres aldrig.</translation>
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
      <location filename="../../journal/store/store.py" line="104" />
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
      <location filename="../../journal/cohort/people.py" line="100" />
      <source>A person in the register needs a name.</source>
      <translation>En person i registret skal have et navn.</translation>
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
      <location filename="../../journal/export/writer.py" line="130" />
      <source>A review package needs a share password: give it with --share-password-file or TVAERS_SHARE_PASSWORD, and tell the coach another way.</source>
      <translation>En review-pakke kræver en delingsadgangskode: angiv den med --share-password-file eller TVAERS_SHARE_PASSWORD, og giv den til coachen ad en anden vej.</translation>
    </message>
    <message>
      <location filename="../../journal/export/pdf.py" line="137" />
      <source>A share password cannot be empty.</source>
      <translation>En delingsadgangskode kan ikke være tom.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="34" />
      <source>A share password is needed: use --share-password-file FILE or set TVAERS_SHARE_PASSWORD.</source>
      <translation>Der skal bruges en delingsadgangskode: brug --share-password-file FIL, eller sæt TVAERS_SHARE_PASSWORD.</translation>
    </message>
    <message>
      <location filename="../../journal/export/writer.py" line="48" />
      <source>A share password protects PDF exports only; choose PDF or leave the password out.</source>
      <translation>En delingsadgangskode beskytter kun PDF-eksporter. Vælg PDF, eller udelad adgangskoden.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/contribution.py" line="144" />
      <source>An answer is longer than {limit} characters; shorten it for the round.</source>
      <translation>Et svar er længere end {limit} tegn; gør det kortere til runden.</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="182" />
      <source>An export needs at least the title or the text of each reflection.</source>
      <translation>En eksport skal mindst have titlen eller teksten med fra hver refleksion.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/anonymise/register.py" line="130" />
      <source>Cannot read the register file {path}: {why}</source>
      <translation>Kan ikke læse registerfilen {path}: {why}</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="449" />
      <source>Cannot read {path}. Check that the file is there and readable.</source>
      <translation>Kan ikke læse {path}. Tjek, at filen findes og kan læses.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="55" />
      <source>Cannot read {path}: it is a folder, not a file. Name the file that holds the passphrase.</source>
      <translation>Kan ikke læse {path}: det er en mappe, ikke en fil. Angiv den fil, der indeholder adgangssætningen.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="445" />
      <source>Cannot read {path}: there is no such file. Check the name and the folder.</source>
      <translation>Kan ikke læse {path}: filen findes ikke. Tjek navnet og mappen.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="57" />
      <source>Cannot read {path}: you may not read it. Give your user read access to the file.</source>
      <translation>Kan ikke læse {path}: du har ikke adgang til at læse den. Giv din bruger læseadgang til filen.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="102" />
      <source>Cannot read {path}: {why}</source>
      <translation>Kan ikke læse {path}: {why}</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_cohort.py" line="66" />
      <source>Cannot write {path}: {why}</source>
      <translation>Kan ikke skrive {path}: {why}</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="54" />
      <source>Choose which reflections to export: some in the list, a case, a tag, a question, dates or all.</source>
      <translation>Vælg, hvilke refleksioner der skal eksporteres: nogle i listen, en sag, et mærke, et spørgsmål, datoer eller alle.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/collect.py" line="71" />
      <source>Entry {id} answers none of the round's questions.</source>
      <translation>Refleksion {id} svarer ikke på nogen af rundens spørgsmål.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_cohort.py" line="99" />
      <source>Give --out a name ending in .html or .md; the ending chooses the format.</source>
      <translation>Giv --out et navn, der ender på .html eller .md; endelsen vælger formatet.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="488" />
      <source>Give your name as the author of the comment.</source>
      <translation>Skriv dit navn som forfatter til kommentaren.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="58" />
      <source>Line {n} of the batch holds a lone surrogate (\ud800–\udfff), which is not text.</source>
      <translation>Linje {n} i batchen indeholder et enligt surrogattegn (\ud800–\udfff), og det er ikke tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="54" />
      <source>Line {n} of the batch is not JSON.</source>
      <translation>Linje {n} i batchen er ikke JSON.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_anonymise.py" line="56" />
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
      <location filename="../../journal/export/document.py" line="71" />
      <source>No reflection matches this selection, so nothing was exported.</source>
      <translation>Ingen refleksioner passer til udvalget, så der blev ikke eksporteret noget.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="108" />
      <source>None of the comments in {file} could be attached: the reflections they are about are no longer in the journal.</source>
      <translation>Ingen af kommentarerne i {file} kunne sættes ind: de refleksioner, de handler om, er ikke længere i dagbogen.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/paths.py" line="176" />
      <source>TVAERS_DATA_DIR is set but empty. Set it to the journal folder, or unset it to use your usual journal.</source>
      <translation>TVAERS_DATA_DIR er sat, men tom. Sæt den til dagbogens mappe, eller fjern den for at bruge din sædvanlige dagbog.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/cohort.py" line="88" />
      <source>That is not a round id.</source>
      <translation>Det er ikke et runde-id.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/cohort.py" line="42" />
      <source>That is too much to keep ({size} characters); the limit is {limit}.</source>
      <translation>Det er for meget at gemme ({size} tegn); grænsen er {limit}.</translation>
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
      <location filename="../../journal/cli/main.py" line="107" />
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
      <location filename="../../journal/store/backup.py" line="747" />
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
      <location filename="../../journal/store/backup.py" line="681" />
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
      <location filename="../../journal/export/review.py" line="486" />
      <source>The comment is empty; write it on standard input.</source>
      <translation>Kommentaren er tom; skriv den på standardinput.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/collect.py" line="89" />
      <source>The contribution could not be written to {path}: {why}</source>
      <translation>Bidraget kunne ikke skrives til {path}: {why}</translation>
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
      <location filename="../../journal/store/engine.py" line="147" />
      <source>The disk is full, so Tværs could not save. Your text is kept in the window: free some space and it is saved again.</source>
      <translation>Disken er fuld, så Tværs kunne ikke gemme. Din tekst bliver i vinduet: frigør noget plads, så gemmes den igen.</translation>
    </message>
    <message>
      <location filename="../../journal/export/writer.py" line="154" />
      <source>The disk is full, so the export was not written. Free some space and export again.</source>
      <translation>Disken er fuld, så eksporten blev ikke skrevet. Frigør plads, og eksportér igen.</translation>
    </message>
    <message>
      <location filename="../../journal/export/writer.py" line="157" />
      <source>The export could not be written to {path}: {reason}</source>
      <translation>Eksporten kunne ikke skrives til {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../journal/export/writer.py" line="166" />
      <source>The folder {folder} does not exist.</source>
      <translation>Mappen {folder} findes ikke.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="118" />
      <source>The folder {path} belongs to another user or others can write to it. A journal needs a folder of its own: choose a new folder, and Tværs creates it for you only.</source>
      <translation>Mappen {path} tilhører en anden bruger, eller andre kan skrive i den. En dagbog skal have sin egen mappe: vælg en ny mappe, så opretter Tværs den kun til dig.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="110" />
      <source>The folder {path} is not empty. A journal needs a folder of its own: choose a new folder (Tværs creates it) or an empty one.</source>
      <translation>Mappen {path} er ikke tom. En dagbog skal have sin egen mappe: vælg en ny mappe (Tværs opretter den) eller en tom mappe.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/entries.py" line="195" />
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
      <location filename="../../journal/store/store.py" line="310" />
      <source>The journal file is damaged.</source>
      <translation>Dagbogsfilen er beskadiget.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="165" />
      <source>The journal file is damaged. Tværs stops writing to protect what is left: restore the newest backup.</source>
      <translation>Dagbogsfilen er beskadiget. Tværs holder op med at skrive for at beskytte det, der er tilbage: gendan den nyeste sikkerhedskopi.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="446" />
      <source>The journal file {path} is damaged (empty, missing, corrupt or not of this key file), and Tværs will not write to it. Restore the newest verified backup with: tvaers restore "{backup}"</source>
      <translation>Dagbogsfilen {path} er beskadiget (tom, mangler, ødelagt eller hører ikke til denne nøglefil), og Tværs skriver ikke i den. Gendan den nyeste kontrollerede sikkerhedskopi med: tvaers restore "{backup}"</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="439" />
      <source>The journal file {path} is damaged (empty, missing, corrupt or not of this key file), and Tværs will not write to it. There is no backup in {folder}; copy the journal folder back from another backup of your computer.</source>
      <translation>Dagbogsfilen {path} er beskadiget (tom, mangler, ødelagt eller hører ikke til denne nøglefil), og Tværs skriver ikke i den. Der er ingen sikkerhedskopi i {folder}; kopiér dagbogens mappe tilbage fra en anden sikkerhedskopi af din computer.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="405" />
      <source>The journal folder is read-only, and up to {n} recent saves are not visible until the folder is writable. Give your user write access to the folder, then check again.</source>
      <translation>Dagbogens mappe er skrivebeskyttet, og op til {n} af de seneste gemninger kan ikke ses, før der kan skrives i mappen. Giv din bruger skriveadgang til mappen, og kontrollér så igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="155" />
      <source>The journal folder is read-only, so Tværs cannot save. Reading still works; give your user write access to the folder to save again.</source>
      <translation>Dagbogens mappe er skrivebeskyttet, så Tværs kan ikke gemme. Du kan stadig læse; giv din bruger skriveadgang til mappen for at kunne gemme igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="151" />
      <source>The journal is busy in another Tværs window or command. Close it, or wait a moment and try again.</source>
      <translation>Dagbogen er i brug i et andet Tværs-vindue eller af en anden kommando. Luk vinduet, eller vent lidt, og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="340" />
      <source>The journal is damaged ({problem}). Restore the newest backup with 'tvaers restore'.</source>
      <translation>Dagbogen er beskadiget ({problem}). Gendan den nyeste sikkerhedskopi med 'tvaers restore'.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="726" />
      <source>The journal is damaged ({reason}).</source>
      <translation>Dagbogen er beskadiget ({reason}).</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="614" />
      <source>The journal is locked. Unlock it and export again.</source>
      <translation>Dagbogen er låst. Lås den op, og eksportér igen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="119" />
      <source>The journal is locked. Unlock it and import again.</source>
      <translation>Dagbogen er låst. Lås den op, og importér igen.</translation>
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
      <location filename="../../journal/ui/dialogs/export.py" line="605" />
      <source>The journal was locked before the export could be recorded in the share log, so the file was removed again.</source>
      <translation>Dagbogen blev låst, før eksporten kunne skrives i delingsloggen, så filen blev fjernet igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="105" />
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
      <location filename="../../journal/store/store.py" line="360" />
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
      <location filename="../../journal/store/store.py" line="352" />
      <source>The new passphrase could not be verified; nothing was changed.</source>
      <translation>Den nye adgangssætning kunne ikke bekræftes; der blev ikke ændret noget.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="371" />
      <source>The new recovery key could not be verified; nothing was changed.</source>
      <translation>Den nye gendannelsesnøgle kunne ikke bekræftes; der blev ikke ændret noget.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="186" />
      <source>The passphrase is empty. Choose one, or use --no-passphrase explicitly.</source>
      <translation>Adgangssætningen er tom. Vælg en, eller brug udtrykkeligt --no-passphrase.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="680" />
      <source>The passphrase is not right for this backup. Try the passphrase you used when it was made.</source>
      <translation>Adgangssætningen passer ikke til denne sikkerhedskopi. Prøv den adgangssætning, du brugte, da den blev lavet.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="293" />
      <source>The passphrase is not right. Check the keyboard layout and Caps Lock, and try again.</source>
      <translation>Adgangssætningen er forkert. Tjek tastaturlayoutet og Caps Lock, og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/people.py" line="110" />
      <source>The people register in the journal is damaged.</source>
      <translation>Personregistret i dagbogen er beskadiget.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/cohort.py" line="58" />
      <source>The people register must be a JSON object.</source>
      <translation>Personregistret skal være et JSON-objekt.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/people.py" line="92" />
      <source>The people register's '{what}' is longer than {limit} characters.</source>
      <translation>Personregistrets »{what}« er længere end {limit} tegn.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/people.py" line="89" />
      <source>The people register's '{what}' must be text.</source>
      <translation>Personregistrets »{what}« skal være tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="490" />
      <source>The quoted passage is not in the text of that reflection.</source>
      <translation>Det citerede sted står ikke i teksten til den refleksion.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="364" />
      <source>The recovery key is needed: use --recovery-key-file FILE or set TVAERS_RECOVERY_KEY.</source>
      <translation>Der skal bruges en gendannelsesnøgle: brug --recovery-key-file FIL, eller sæt TVAERS_RECOVERY_KEY.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="302" />
      <source>The recovery key is not right. Check it against your printed copy.</source>
      <translation>Gendannelsesnøglen er forkert. Sammenlign den med din udskrevne kopi.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="421" />
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
      <location filename="../../journal/store/parts/sharing.py" line="215" />
      <source>The reply is empty.</source>
      <translation>Svaret er tomt.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="386" />
      <source>The review package has no reflection with the id {id}. See 'tvaers review show' for the ids.</source>
      <translation>Review-pakken har ingen refleksion med id'et {id}. Se id'erne med 'tvaers review show'.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_review.py" line="84" />
      <source>The review window is not available here; use 'tvaers review show'.</source>
      <translation>Review-vinduet kan ikke åbnes her; brug 'tvaers review show'.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="40" />
      <source>The share password file {path} is empty.</source>
      <translation>Filen med delingsadgangskoden, {path}, er tom.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_export.py" line="36" />
      <source>The share password is empty.</source>
      <translation>Delingsadgangskoden er tom.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="133" />
      <source>The share password is empty. Type the password the leader gave you.</source>
      <translation>Delingsadgangskoden er tom. Skriv den adgangskode, lederen gav dig.</translation>
    </message>
    <message>
      <location filename="../../journal/store/limits.py" line="46" />
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
      <location filename="../../journal/store/parts/sharing.py" line="219" />
      <source>There is no comment {id}.</source>
      <translation>Der er ingen kommentar {id}.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/compare.py" line="175" />
      <source>There is no contribution to compare.</source>
      <translation>Der er intet bidrag at sammenligne.</translation>
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
      <location filename="../../journal/cohort/rounds.py" line="201" />
      <source>There is no question '{id}' in the prompt bank or among your own questions. 'tvaers prompts' lists them.</source>
      <translation>Der er intet spørgsmål »{id}« i spørgsmålsbanken eller blandt dine egne spørgsmål. »tvaers prompts« viser dem.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="205" />
      <source>There is no text to add: standard input was empty. Pipe the reflection in, e.g. echo "…" | tvaers add.</source>
      <translation>Der er ingen tekst at tilføje: standardinput var tomt. Send refleksionen ind, fx echo "…" | tvaers add.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="388" />
      <source>There is no theme '{theme}'. Themes: {themes}.</source>
      <translation>Der er intet tema med id'et '{theme}'. Temaer: {themes}.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/contribution.py" line="141" />
      <source>There is nothing to contribute: none of the round's questions has an answer.</source>
      <translation>Der er intet at bidrage med: ingen af rundens spørgsmål har et svar.</translation>
    </message>
    <message>
      <location filename="../../journal/app.py" line="400" />
      <source>This journal is already open in another Tværs window. Switch to it, or close it first.</source>
      <translation>Dagbogen er allerede åben i et andet Tværs-vindue. Skift til det, eller luk det først.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="285" />
      <source>This journal is protected by a passphrase. Enter it to open the journal.</source>
      <translation>Dagbogen er beskyttet af en adgangssætning. Indtast den for at åbne dagbogen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="313" />
      <source>This journal needs an upgrade, but its folder is read-only. Give your user write access and open it again.</source>
      <translation>Dagbogen skal opgraderes, men dens mappe er skrivebeskyttet. Giv din bruger skriveadgang, og åbn den igen.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="107" />
      <source>This journal needs its passphrase: use --passphrase-file FILE or set TVAERS_PASSPHRASE.</source>
      <translation>Dagbogen er beskyttet af en adgangssætning: brug --passphrase-file FIL, eller sæt TVAERS_PASSPHRASE.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="318" />
      <source>This journal was written by a newer version of Tværs (schema {revision}). Update Tværs to open it; nothing was changed.</source>
      <translation>Dagbogen er skrevet af en nyere version af Tværs (skema {revision}). Opdatér Tværs for at åbne den; der blev ikke ændret noget.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/__init__.py" line="71" />
      <source>Tværs cannot tell what kind of export {file} is. Name the format with --from. Nothing was imported.</source>
      <translation>Tværs kan ikke se, hvilken slags eksport {file} er. Angiv formatet med --from. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="160" />
      <source>Tværs could not write to the disk (input/output error). Your text is kept in the window; check the disk and free some space, then it is saved again.</source>
      <translation>Tværs kunne ikke skrive til disken (ind-/udlæsningsfejl). Din tekst bliver i vinduet; tjek disken og frigør noget plads, så gemmes den igen.</translation>
    </message>
    <message>
      <location filename="../../journal/export/writer.py" line="156" />
      <source>Tværs may not write in {folder}. Choose another folder.</source>
      <translation>Tværs må ikke skrive i {folder}. Vælg en anden mappe.</translation>
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
      <location filename="../../journal/cohort/collect.py" line="73" />
      <source>Two of the entries given answer the same question ({question}); give one per question.</source>
      <translation>To af de angivne refleksioner svarer på samme spørgsmål ({question}); angiv én pr. spørgsmål.</translation>
    </message>
    <message>
      <location filename="../../journal/export/writer.py" line="44" />
      <source>Unknown export format '{format}'.</source>
      <translation>Ukendt eksportformat »{format}«.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/contribution.py" line="225" />
      <source>Unknown kind of mark: {kind}.</source>
      <translation>Ukendt slags markering: {kind}.</translation>
    </message>
    <message>
      <location filename="../../journal/export/writer.py" line="46" />
      <source>Unknown recipient '{recipient}': use coach, self or other.</source>
      <translation>Ukendt modtager »{recipient}«: brug coach, self eller other.</translation>
    </message>
    <message>
      <location filename="../../journal/store/parts/commitments.py" line="54" />
      <source>Unknown status '{status}'.</source>
      <translation>Ukendt status '{status}'.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_cohort.py" line="80" />
      <source>You have answered none of the round's questions yet. Answer one first (tvaers add --prompt ID).</source>
      <translation>Du har ikke svaret på nogen af rundens spørgsmål endnu. Svar først på et (tvaers add --prompt ID).</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="90" />
      <source>{file} cannot be imported: entry {where} has a case without an id and a name.</source>
      <translation>{file} kan ikke importeres: indlæg {where} har en sag uden id og navn.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="134" />
      <source>{file} cannot be imported: entry {where} has a comment that cannot be read.</source>
      <translation>{file} kan ikke importeres: indlæg {where} har en kommentar, der ikke kan læses.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="56" />
      <source>{file} cannot be imported: entry {where} has a date without its UTC offset.</source>
      <translation>{file} kan ikke importeres: indlæg {where} har en dato uden forskydning fra UTC.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="112" />
      <source>{file} cannot be imported: entry {where} has a next step that cannot be read.</source>
      <translation>{file} kan ikke importeres: indlæg {where} har et næste skridt, der ikke kan læses.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="118" />
      <source>{file} cannot be imported: entry {where} has a next step with an impossible date.</source>
      <translation>{file} kan ikke importeres: indlæg {where} har et næste skridt med en umulig dato.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="97" />
      <source>{file} cannot be imported: entry {where} has a question without an id.</source>
      <translation>{file} kan ikke importeres: indlæg {where} har et spørgsmål uden id.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="64" />
      <source>{file} cannot be imported: entry {where} has a text that is not of the expected kind or size.</source>
      <translation>{file} kan ikke importeres: indlæg {where} har en tekst af en uventet type eller størrelse.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="130" />
      <source>{file} cannot be imported: entry {where} has comments that are not a list.</source>
      <translation>{file} kan ikke importeres: indlæg {where} har kommentarer, der ikke er en liste.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="108" />
      <source>{file} cannot be imported: entry {where} has next steps that are not a list.</source>
      <translation>{file} kan ikke importeres: indlæg {where} har næste skridt, der ikke er en liste.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="74" />
      <source>{file} cannot be imported: entry {where} has no id.</source>
      <translation>{file} kan ikke importeres: indlæg {where} har intet id.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="50" />
      <source>{file} cannot be imported: entry {where} has no valid date.</source>
      <translation>{file} kan ikke importeres: indlæg {where} har ingen gyldig dato.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="85" />
      <source>{file} cannot be imported: entry {where} has tags that are not a list of words.</source>
      <translation>{file} kan ikke importeres: indlæg {where} har mærker, der ikke er en liste af ord.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="71" />
      <source>{file} cannot be imported: entry {where} is not an object.</source>
      <translation>{file} kan ikke importeres: indlæg {where} er ikke et objekt.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="175" />
      <source>{file} cannot be imported: it holds no list of entries.</source>
      <translation>{file} kan ikke importeres: den indeholder ingen liste af indlæg.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="163" />
      <source>{file} cannot be imported: it is cut short or damaged near line {line}.</source>
      <translation>{file} kan ikke importeres: den er afkortet eller beskadiget omkring linje {line}.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="153" />
      <source>{file} cannot be imported: it is larger than {limit} MB.</source>
      <translation>{file} kan ikke importeres: den er større end {limit} MB.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="165" />
      <source>{file} cannot be imported: it is nested too deeply to be a Tværs JSON file.</source>
      <translation>{file} kan ikke importeres: den er indlejret for dybt til at være en Tværs-JSON-fil.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="157" />
      <source>{file} cannot be imported: it is not a Tværs JSON file (not UTF-8 text).</source>
      <translation>{file} kan ikke importeres: den er ikke en Tværs-JSON-fil (ikke UTF-8-tekst).</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="167" />
      <source>{file} cannot be imported: it is not a Tværs JSON file.</source>
      <translation>{file} kan ikke importeres: den er ikke en Tværs-JSON-fil.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="172" />
      <source>{file} cannot be imported: it was written by a newer version of Tværs (format {version}). Update Tværs and try again.</source>
      <translation>{file} kan ikke importeres: den er skrevet af en nyere version af Tværs (format {version}). Opdatér Tværs, og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="159" />
      <source>{file} cannot be imported: the file is empty.</source>
      <translation>{file} kan ikke importeres: filen er tom.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="222" />
      <source>{file} cannot be opened: it is a feedback file, not a review package.</source>
      <translation>{file} kan ikke åbnes: det er en feedbackfil, ikke en review-pakke.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="223" />
      <source>{file} cannot be opened: it is a review package, not a feedback file.</source>
      <translation>{file} kan ikke åbnes: det er en review-pakke, ikke en feedbackfil.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="179" />
      <source>{file} cannot be opened: it is cut short or damaged.</source>
      <translation>{file} kan ikke åbnes: den er afkortet eller beskadiget.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="198" />
      <source>{file} cannot be opened: it is larger than {limit} MB.</source>
      <translation>{file} kan ikke åbnes: den er større end {limit} MB.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="171" />
      <source>{file} cannot be opened: it is not a Tværs review package or feedback file.</source>
      <translation>{file} kan ikke åbnes: det er ikke en review-pakke eller feedbackfil fra Tværs.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="217" />
      <source>{file} cannot be opened: it was written by a newer version of Tværs (format {version}). Update Tværs and try again.</source>
      <translation>{file} kan ikke åbnes: den er skrevet af en nyere version af Tværs (format {version}). Opdatér Tværs, og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="175" />
      <source>{file} cannot be opened: its contents cannot be read.</source>
      <translation>{file} kan ikke åbnes: indholdet kan ikke læses.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="226" />
      <source>{file} cannot be opened: its key derivation is not one Tværs knows.</source>
      <translation>{file} kan ikke åbnes: nøgleafledningen er ikke en, Tværs kender.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="231" />
      <source>{file} cannot be opened: its key derivation parameters are outside what Tværs accepts.</source>
      <translation>{file} kan ikke åbnes: nøgleafledningens parametre ligger uden for det, Tværs accepterer.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="205" />
      <source>{file} cannot be opened: the file is empty.</source>
      <translation>{file} kan ikke åbnes: filen er tom.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="250" />
      <source>{file} cannot be opened: the share password is wrong, or the file was changed after it was written.</source>
      <translation>{file} kan ikke åbnes: delingsadgangskoden er forkert, eller filen er ændret, efter den blev skrevet.</translation>
    </message>
    <message>
      <location filename="../../journal/export/tvaers_json.py" line="187" />
      <source>{file} cannot be read. Check that the file is there and that you may read it.</source>
      <translation>{file} kan ikke læses. Kontrollér, at filen findes, og at du må læse den.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="141" />
      <source>{file} could not be read ({reason}). Nothing was imported.</source>
      <translation>{file} kunne ikke læses ({reason}). Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/__init__.py" line="70" />
      <source>{file} does not exist. Nothing was imported.</source>
      <translation>{file} findes ikke. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="165" />
      <source>{file} holds NUL characters and is not a text file. Nothing was imported.</source>
      <translation>{file} indeholder NUL-tegn og er ikke en tekstfil. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="121" />
      <source>{file} holds a file named {member!r}, which points outside the archive; Day One never writes such names. Nothing was imported.</source>
      <translation>{file} indeholder en fil ved navn {member!r}, som peger uden for arkivet; sådanne navne skriver Day One aldrig. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="201" />
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
      <location filename="../../journal/cli/cmd_review.py" line="107" />
      <source>{file} holds no comments; nothing was attached.</source>
      <translation>{file} indeholder ingen kommentarer; intet blev sat ind.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/jrnl_txt.py" line="101" />
      <source>{file} holds no jrnl entries. Nothing was imported.</source>
      <translation>{file} indeholder ingen jrnl-indlæg. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="214" />
      <source>{file} holds {count} entries; one import takes at most {limit}. Nothing was imported.</source>
      <translation>{file} indeholder {count} indlæg; én import kan højst tage {limit}. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/dayone.py" line="76" />
      <source>{file} holds {count} files; a Day One export to import holds at most {limit}. Nothing was imported.</source>
      <translation>{file} indeholder {count} filer; en Day One-eksport, der skal importeres, må højst have {limit}. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="155" />
      <source>{file} is UTF-16 text. Save it as UTF-8 and import it again. Nothing was imported.</source>
      <translation>{file} er UTF-16-tekst. Gem den som UTF-8, og importér den igen. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="130" />
      <source>{file} is a folder, not a file. Choose the exported file.</source>
      <translation>{file} er en mappe, ikke en fil. Vælg den eksporterede fil.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="153" />
      <source>{file} is empty. Nothing was imported.</source>
      <translation>{file} er tom. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="475" />
      <source>{file} is feedback on another review package; choose the feedback file of this package or a new file name.</source>
      <translation>{file} er feedback på en anden review-pakke; vælg feedbackfilen til denne pakke eller et nyt filnavn.</translation>
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
      <location filename="../../journal/importers/base.py" line="143" />
      <source>{file} is too big to import ({size} MB; at most {limit} MB). Nothing was imported.</source>
      <translation>{file} er for stor til at importere ({size} MB; højst {limit} MB). Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="186" />
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
      <location filename="../../journal/importers/jrnl_txt.py" line="94" />
      <source>{file}, line {line}, does not start with an entry header like [2024-03-05 14:30]; is it a jrnl journal file? Nothing was imported.</source>
      <translation>{file}, linje {line}, begynder ikke med en indlægsoverskrift som [2024-03-05 14:30]; er det en dagbogsfil fra jrnl? Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="160" />
      <source>{file}, line {line}, is not UTF-8 text (perhaps Latin-1 or Windows-1252). Save it as UTF-8 and import it again. Nothing was imported.</source>
      <translation>{file}, linje {line}, er ikke UTF-8-tekst (måske Latin-1 eller Windows-1252). Gem den som UTF-8, og importér den igen. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/base.py" line="175" />
      <source>{file}, line {line}, is not valid JSON ({reason}); perhaps the file is cut short. Nothing was imported.</source>
      <translation>{file}, linje {line}, er ikke gyldig JSON ({reason}); måske er filen afkortet. Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/jrnl_txt.py" line="134" />
      <source>{file}, line {line}: the year is outside the dates Tværs keeps (1900 to 2999). Nothing was imported.</source>
      <translation>{file}, linje {line}: året ligger uden for de datoer, Tværs gemmer (1900 til 2999). Intet blev importeret.</translation>
    </message>
    <message>
      <location filename="../../journal/importers/jrnl_txt.py" line="83" />
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
      <location filename="../../journal/importers/__init__.py" line="38" />
      <source>{format} is not a format Tværs imports. Choose one of: {formats}.</source>
      <translation>{format} er ikke et format, Tværs kan importere. Vælg et af: {formats}.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="88" />
      <source>{id!r} is not an entry id. Ids are whole numbers written with the digits 0-9, as 'tvaers list' shows them.</source>
      <translation>{id!r} er ikke et refleksionsnummer. Numre er hele tal skrevet med cifrene 0-9, som 'tvaers list' viser dem.</translation>
    </message>
    <message>
      <location filename="../../journal/export/writer.py" line="194" />
      <source>{path} already exists and is not an empty folder. Choose a new folder name.</source>
      <translation>{path} findes allerede og er ikke en tom mappe. Vælg et nyt mappenavn.</translation>
    </message>
    <message>
      <location filename="../../journal/store/backup.py" line="426" />
      <source>{path} already exists. Choose another name, or delete the old file first.</source>
      <translation>{path} findes allerede. Vælg et andet navn, eller slet den gamle fil først.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/contribution.py" line="348" />
      <source>{path} answers the question {id} twice.</source>
      <translation>{path} svarer to gange på spørgsmålet {id}.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/compare.py" line="166" />
      <source>{path} belongs to another round than the others.</source>
      <translation>{path} hører til en anden runde end de andre.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/contribution.py" line="335" />
      <source>{path} has no valid pseudonym.</source>
      <translation>{path} har intet gyldigt pseudonym.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="145" />
      <source>{path} has no valid round id.</source>
      <translation>{path} har intet gyldigt runde-id.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="165" />
      <source>{path} holds a question without a valid id.</source>
      <translation>{path} indeholder et spørgsmål uden gyldigt id.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/contribution.py" line="350" />
      <source>{path} holds an answer longer than {limit} characters.</source>
      <translation>{path} indeholder et svar på over {limit} tegn.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/contribution.py" line="343" />
      <source>{path} holds an answer that is not question, theme and text.</source>
      <translation>{path} indeholder et svar, der ikke består af spørgsmål, tema og tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/contribution.py" line="329" />
      <source>{path} holds more than a contribution may ({keys}); it is refused.</source>
      <translation>{path} indeholder mere, end et bidrag må ({keys}); det afvises.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="160" />
      <source>{path} holds more than {limit} questions.</source>
      <translation>{path} indeholder mere end {limit} spørgsmål.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/contribution.py" line="338" />
      <source>{path} holds no answers.</source>
      <translation>{path} indeholder ingen svar.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="158" />
      <source>{path} holds no questions.</source>
      <translation>{path} indeholder ingen spørgsmål.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/contribution.py" line="356" />
      <source>{path} holds text that is not valid Unicode.</source>
      <translation>{path} indeholder tekst, der ikke er gyldig Unicode.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/contribution.py" line="326" />
      <source>{path} is a contribution of a format version this Tværs does not know; update Tværs.</source>
      <translation>{path} er et bidrag i en formatversion, denne udgave af Tværs ikke kender; opdatér Tværs.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/paths.py" line="188" />
      <source>{path} is a file, not a folder. Name the folder that holds (or should hold) the journal.</source>
      <translation>{path} er en fil, ikke en mappe. Angiv den mappe, der rummer (eller skal rumme) dagbogen.</translation>
    </message>
    <message>
      <location filename="../../journal/export/writer.py" line="164" />
      <source>{path} is a folder. Give the export a file name.</source>
      <translation>{path} er en mappe. Giv eksporten et filnavn.</translation>
    </message>
    <message>
      <location filename="../../journal/export/review.py" line="447" />
      <source>{path} is a folder. Name the file itself.</source>
      <translation>{path} er en mappe. Angiv selve filen.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="142" />
      <source>{path} is a round of a format version this Tværs does not know; update Tværs.</source>
      <translation>{path} er en runde i en formatversion, denne udgave af Tværs ikke kender; opdatér Tværs.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/compare.py" line="168" />
      <source>{path} is a second contribution from participant {name}.</source>
      <translation>{path} er endnu et bidrag fra deltager {name}.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/compare.py" line="154" />
      <source>{path} is a second round file; give one at most.</source>
      <translation>{path} er endnu en rundefil; angiv højst én.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="106" />
      <source>{path} is larger than a contribution can be ({limit} kB at most); it is not a contribution.</source>
      <translation>{path} er større, end et bidrag kan være (højst {limit} kB); det er ikke et bidrag.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="105" />
      <source>{path} is larger than a round file can be ({limit} kB at most); it is not a round file.</source>
      <translation>{path} er større, end en rundefil kan være (højst {limit} kB); det er ikke en rundefil.</translation>
    </message>
    <message>
      <location filename="../../journal/platform/secrets.py" line="63" />
      <source>{path} is not UTF-8 text.</source>
      <translation>{path} er ikke UTF-8-tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="120" />
      <source>{path} is not a Tværs contribution (damaged, cut short or another kind of file).</source>
      <translation>{path} er ikke et bidrag fra Tværs (beskadiget, afkortet eller en anden slags fil).</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/compare.py" line="158" />
      <source>{path} is not a Tværs contribution.</source>
      <translation>{path} er ikke et bidrag fra Tværs.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="119" />
      <source>{path} is not a Tværs round file (damaged, cut short or another kind of file).</source>
      <translation>{path} er ikke en rundefil fra Tværs (beskadiget, afkortet eller en anden slags fil).</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="140" />
      <source>{path} is not a Tværs round file.</source>
      <translation>{path} er ikke en rundefil fra Tværs.</translation>
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
      <location filename="../../journal/cohort/contribution.py" line="332" />
      <source>{path} names no valid round.</source>
      <translation>{path} angiver ingen gyldig runde.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="167" />
      <source>{path} names the question {id} twice.</source>
      <translation>{path} nævner spørgsmålet {id} to gange.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="131" />
      <source>{path}: '{field}' is empty.</source>
      <translation>{path}: »{field}« er tom.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="133" />
      <source>{path}: '{field}' is longer than {limit} characters.</source>
      <translation>{path}: »{field}« er længere end {limit} tegn.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="128" />
      <source>{path}: '{field}' must be text.</source>
      <translation>{path}: »{field}« skal være tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="172" />
      <source>{path}: a question's text must be given per language (da, en).</source>
      <translation>{path}: et spørgsmåls tekst skal angives pr. sprog (da, en).</translation>
    </message>
    <message>
      <location filename="../../journal/cohort/rounds.py" line="151" />
      <source>{path}: the deadline must be a date like 2026-12-01.</source>
      <translation>{path}: fristen skal være en dato som 2026-12-01.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/cmd_import.py" line="53" />
      <source>{zone!r} is not a time zone Tværs knows. Use a name such as Europe/Copenhagen.</source>
      <translation>{zone!r} er ikke en tidszone, Tværs kender. Brug et navn som Europe/Copenhagen.</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../journal/export/document.py" line="157" />
      <source>1 reflection</source>
      <translation>1 refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="153" />
      <source>Case</source>
      <translation>Sag</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="156" />
      <source>Comments</source>
      <translation>Kommentarer</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="151" />
      <source>Confidential</source>
      <translation>Fortroligt</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="159" />
      <source>Exported {date}</source>
      <translation>Eksporteret {date}</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="155" />
      <source>Next steps</source>
      <translation>Næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="168" />
      <source>Page {n} of {total}</source>
      <translation>Side {n} af {total}</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="152" />
      <source>Question</source>
      <translation>Spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="150" />
      <source>Reflections from Tværs</source>
      <translation>Refleksioner fra Tværs</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="164" />
      <source>Shown as plain text: it nests too deeply or has too many brackets or table cells to be formatted safely.</source>
      <translation>Vist som ren tekst: teksten er for dybt indlejret eller har for mange klammer eller tabelceller til at blive formateret sikkert.</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="154" />
      <source>Tags</source>
      <translation>Mærker</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="161" />
      <source>done</source>
      <translation>gjort</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="163" />
      <source>dropped</source>
      <translation>droppet</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="160" />
      <source>due {date}</source>
      <translation>senest {date}</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="162" />
      <source>postponed</source>
      <translation>udskudt</translation>
    </message>
    <message>
      <location filename="../../journal/export/document.py" line="158" />
      <source>{n} reflections</source>
      <translation>{n} refleksioner</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="448" />
      <source>1 reflection</source>
      <translation>1 refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="621" />
      <source>1 reflection was exported to {path}.</source>
      <translation>1 refleksion blev eksporteret til {path}.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="156" />
      <source>All reflections</source>
      <translation>Alle refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="136" />
      <source>Answers to</source>
      <translation>Svar på</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="559" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="62" />
      <source>Case</source>
      <translation>Sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="111" />
      <source>Export reflections</source>
      <translation>Eksportér refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="542" />
      <source>Export to</source>
      <translation>Eksportér til</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="625" />
      <source>Exported</source>
      <translation>Eksporteret</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="559" />
      <source>Exporting…</source>
      <translation>Eksporterer …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="264" />
      <source>Export…</source>
      <translation>Eksportér …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="190" />
      <source>For</source>
      <translation>Til</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="89" />
      <source>For the coach (review package)</source>
      <translation>Til coach (review-pakke)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="191" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="85" />
      <source>HTML (one web page)</source>
      <translation>HTML (én webside)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="539" />
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="87" />
      <source>Markdown (a folder, one file per reflection)</source>
      <translation>Markdown (en mappe med én fil pr. refleksion)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="86" />
      <source>Markdown (one file)</source>
      <translation>Markdown (én fil)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="184" />
      <source>My coach</source>
      <translation>Min coach</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="184" />
      <source>Myself</source>
      <translation>Mig selv</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="536" />
      <source>New folder for the files</source>
      <translation>Ny mappe til filerne</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="64" />
      <source>Next steps</source>
      <translation>Næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="539" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="84" />
      <source>PDF (for reading and printing)</source>
      <translation>PDF (til læsning og udskrift)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="571" />
      <source>Page {n} of {total}…</source>
      <translation>Side {n} af {total} …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="252" />
      <source>Preview of what leaves</source>
      <translation>Forhåndsvisning af det, der forlader dagbogen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="193" />
      <source>Protect the PDF with a share password</source>
      <translation>Beskyt PDF'en med en delingsadgangskode</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="519" />
      <source>Reflections</source>
      <translation>Refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="540" />
      <source>Review package (*.tvaers)</source>
      <translation>Review-pakke (*.tvaers)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="206" />
      <source>Send the password another way than the file — say it by phone or send it by text message.</source>
      <translation>Send adgangskoden ad en anden vej end filen – sig den i telefonen, eller send den som sms.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="198" />
      <source>Share password</source>
      <translation>Delingsadgangskode</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="627" />
      <source>Show in folder</source>
      <translation>Vis i mappen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="184" />
      <source>Someone else</source>
      <translation>En anden</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="63" />
      <source>Tags</source>
      <translation>Mærker</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="60" />
      <source>Text</source>
      <translation>Tekst</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="128" />
      <source>The case</source>
      <translation>Sagen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="215" />
      <source>The coach opens the package in Tværs with the share password, comments and sends a feedback file back.</source>
      <translation>Coachen åbner pakken i Tværs med delingsadgangskoden, kommenterer og sender en feedbackfil tilbage.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="65" />
      <source>The coach's comments</source>
      <translation>Coachens kommentarer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="628" />
      <source>The export is recorded in the share log.</source>
      <translation>Eksporten er skrevet i delingsloggen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="590" />
      <source>The export was cancelled; no file was written.</source>
      <translation>Eksporten blev annulleret; der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="320" />
      <source>The one marked in the list</source>
      <translation>Den, der er markeret i listen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="459" />
      <source>The preview shows the first {shown} of {n} reflections; the export holds them all.</source>
      <translation>Forhåndsvisningen viser de første {shown} af {n} refleksioner; eksporten rummer dem alle.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="61" />
      <source>The question it answers</source>
      <translation>Spørgsmålet, den svarer på</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="202" />
      <source>The same again</source>
      <translation>Det samme igen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="204" />
      <source>The share password again</source>
      <translation>Delingsadgangskoden igen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="132" />
      <source>The tag</source>
      <translation>Mærket</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="514" />
      <source>The two share passwords are not the same.</source>
      <translation>De to delingsadgangskoder er ikke ens.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="321" />
      <source>The {n} marked in the list</source>
      <translation>De {n}, der er markeret i listen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="246" />
      <source>This is what leaves:</source>
      <translation>Det her forlader dagbogen:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="321" />
      <source>Those marked in the list (none)</source>
      <translation>Dem, der er markeret i listen (ingen)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="59" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="540" />
      <source>Tværs JSON (*.json)</source>
      <translation>Tværs-JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="88" />
      <source>Tværs JSON (everything, to import again)</source>
      <translation>Tværs-JSON (alt, til at importere igen)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="512" />
      <source>Type a share password, or untick the protection.</source>
      <translation>Skriv en delingsadgangskode, eller fjern fluebenet ved beskyttelsen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="511" />
      <source>Type a share password: the review package is always encrypted.</source>
      <translation>Skriv en delingsadgangskode: review-pakken er altid krypteret.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="539" />
      <source>Web page (*.html)</source>
      <translation>Webside (*.html)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="171" />
      <source>What of each reflection</source>
      <translation>Hvad fra hver refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="122" />
      <source>Which reflections</source>
      <translation>Hvilke refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="142" />
      <source>Written from</source>
      <translation>Skrevet fra</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="213" />
      <source>Your name as the coach sees it</source>
      <translation>Dit navn, som coachen ser det</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="212" />
      <source>Your name as the coach sees it (optional)</source>
      <translation>Dit navn, som coachen ser det (valgfrit)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="75" />
      <source>case</source>
      <translation>sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="78" />
      <source>comments</source>
      <translation>kommentarer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="451" />
      <source>every field</source>
      <translation>alle felter</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="77" />
      <source>next steps</source>
      <translation>næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="74" />
      <source>question</source>
      <translation>spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="523" />
      <source>reflections</source>
      <translation>refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="76" />
      <source>tags</source>
      <translation>mærker</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="73" />
      <source>text</source>
      <translation>tekst</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="72" />
      <source>title</source>
      <translation>titel</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="154" />
      <source>to</source>
      <translation>til</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="452" />
      <source>{count} · {words} · with: {parts}</source>
      <translation>{count} · {words} · med: {parts}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="448" />
      <source>{n} reflections</source>
      <translation>{n} refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="621" />
      <source>{n} reflections were exported to {path}.</source>
      <translation>{n} refleksioner blev eksporteret til {path}.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/export.py" line="449" />
      <source>{n} words</source>
      <translation>{n} ord</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="89" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="136" />
      <source>Choose a folder for the journal</source>
      <translation>Vælg en mappe til dagbogen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="153" />
      <source>Choose a passphrase of at least {n} characters; a few unrelated words are best.</source>
      <translation>Vælg en adgangssætning på mindst {n} tegn; et par ord, der ikke hænger sammen, er bedst.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="77" />
      <source>Choose another folder…</source>
      <translation>Vælg en anden mappe …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="88" />
      <source>Create journal</source>
      <translation>Opret dagbog</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="83" />
      <source>Language</source>
      <translation>Sprog</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="84" />
      <source>Passphrase</source>
      <translation>Adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="85" />
      <source>Repeat passphrase</source>
      <translation>Gentag adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="130" />
      <source>The journal is kept in: {folder}</source>
      <translation>Dagbogen gemmes i: {folder}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="155" />
      <source>The two passphrases are not the same.</source>
      <translation>De to adgangssætninger er ikke ens.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="45" />
      <source>Tværs keeps your reflections encrypted on this computer. Choose a passphrase: without it nobody can read the journal, not even someone who copies the files.</source>
      <translation>Tværs gemmer dine refleksioner krypteret på denne computer. Vælg en adgangssætning: uden den kan ingen læse dagbogen, heller ikke en, der kopierer filerne.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="63" />
      <source>Use no passphrase (anyone with access to this computer can read the journal)</source>
      <translation>Brug ingen adgangssætning (alle med adgang til computeren kan læse dagbogen)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="42" />
      <source>Welcome to Tværs</source>
      <translation>Velkommen til Tværs</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="144" />
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
      <location filename="../../journal/ui/dialogs/help.py" line="27" />
      <source>A private, encrypted reflection journal for leaders working across departments and sectors.</source>
      <translation>En privat, krypteret refleksionsdagbog for ledere, der arbejder på tværs af forvaltninger og sektorer.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="33" />
      <source>About Tværs</source>
      <translation>Om Tværs</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="69" />
      <source>Action</source>
      <translation>Handling</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="30" />
      <source>Built with Qt and PySide6 (LGPLv3), SQLCipher (BSD), SQLAlchemy and Alembic (MIT), Python-Markdown (BSD), nh3 (MIT), argon2-cffi (MIT) and cryptography (Apache 2.0/BSD).</source>
      <translation>Bygget med Qt og PySide6 (LGPLv3), SQLCipher (BSD), SQLAlchemy og Alembic (MIT), Python-Markdown (BSD), nh3 (MIT), argon2-cffi (MIT) og cryptography (Apache 2.0/BSD).</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="42" />
      <source>Everything you write stays on this computer, encrypted with your passphrase. Tværs never goes on the internet and sends nothing anywhere. Only what you choose to export leaves the journal. Ctrl+L locks the journal; Ctrl+Shift+H hides the text while you share your screen.</source>
      <translation>Alt, hvad du skriver, bliver på denne computer, krypteret med din adgangssætning. Tværs går aldrig på internettet og sender intet nogen steder hen. Kun det, du selv vælger at eksportere, forlader dagbogen. Ctrl+L låser dagbogen; Ctrl+Shift+H skjuler teksten, mens du deler din skærm.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="65" />
      <source>Keyboard shortcuts</source>
      <translation>Tastaturgenveje</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="69" />
      <source>Keys</source>
      <translation>Taster</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="41" />
      <source>Privacy</source>
      <translation>Privatliv</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/help.py" line="28" />
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
    <name>Insight</name>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="74" />
      <source>Chart</source>
      <translation>Diagram</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="167" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="131" />
      <source>Counted on this computer from your journal; nothing leaves it.</source>
      <translation>Talt op på denne computer ud fra din dagbog; intet forlader den.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="133" />
      <source>Counting…</source>
      <translation>Tæller …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="54" />
      <source>Dropped</source>
      <translation>Opgivet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="216" />
      <source>From</source>
      <translation>Fra</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="239" />
      <source>In the last 12 months: {done} kept, {postponed} postponed, {dropped} dropped.</source>
      <translation>De seneste 12 måneder: {done} holdt, {postponed} udskudt, {dropped} opgivet.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="130" />
      <source>Insight</source>
      <translation>Indsigt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="54" />
      <source>Kept</source>
      <translation>Holdt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="244" />
      <source>Month</source>
      <translation>Måned</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="137" />
      <source>Next steps kept, postponed and dropped per month</source>
      <translation>Næste skridt holdt, udskudt og opgivet pr. måned</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="114" />
      <source>PNG images (*.png)</source>
      <translation>PNG-billeder (*.png)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="54" />
      <source>Postponed</source>
      <translation>Udskudt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="216" />
      <source>Reflections</source>
      <translation>Refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="211" />
      <source>Reflections in 52 weeks: {count}; the most in one week: {most}.</source>
      <translation>Refleksioner på 52 uger: {count}; flest på én uge: {most}.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="202" />
      <source>Reflections in the last 52 weeks: {count}.</source>
      <translation>Refleksioner de seneste 52 uger: {count}.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="135" />
      <source>Reflections per week, the last 12 months</source>
      <translation>Refleksioner pr. uge, de seneste 12 måneder</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="77" />
      <source>Save as PNG…</source>
      <translation>Gem som PNG …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="114" />
      <source>Save the chart</source>
      <translation>Gem diagrammet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="75" />
      <source>Table</source>
      <translation>Tabel</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="120" />
      <source>The chart could not be saved to {path}.</source>
      <translation>Diagrammet kunne ikke gemmes i {path}.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="138" />
      <source>The questions you answered most</source>
      <translation>De spørgsmål, du har besvaret oftest</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="230" />
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="226" />
      <source>Themes in the last 12 months: {count}; the most frequent: {names}.</source>
      <translation>Temaer de seneste 12 måneder: {count}; de hyppigste: {names}.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="136" />
      <source>Themes over time (questions answered and your tags)</source>
      <translation>Temaer over tid (besvarede spørgsmål og dine mærker)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="142" />
      <source>Themes you have not touched yet</source>
      <translation>Temaer, du endnu ikke har berørt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="216" />
      <source>Week</source>
      <translation>Uge</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="50" />
      <source>Week {number}</source>
      <translation>Uge {number}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="253" />
      <source>You have not answered any of the questions yet.</source>
      <translation>Du har endnu ikke besvaret nogen af spørgsmålene.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="258" />
      <source>You have touched every theme.</source>
      <translation>Du har berørt alle temaer.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="66" />
      <source>{chart}, as a table</source>
      <translation>{chart}, som tabel</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/insight.py" line="251" />
      <source>{count}×: {question}</source>
      <translation>{count}×: {question}</translation>
    </message>
  </context>
  <context>
    <name>JournalCare</name>
    <message>
      <location filename="../../journal/ui/care.py" line="54" />
      <source>Read-only: the journal folder cannot be written to, so nothing you change is saved.</source>
      <translation>Skrivebeskyttet: der kan ikke skrives i dagbogens mappe, så intet af det, du ændrer, bliver gemt.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="177" />
      <source>Restored: {n} reflections.</source>
      <translation>Gendannet: {n} refleksioner.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="165" />
      <source>Restoring the backup…</source>
      <translation>Sikkerhedskopien gendannes …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="103" />
      <source>The daily backup failed: {reason}</source>
      <translation>Dagens sikkerhedskopi mislykkedes: {reason}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="214" />
      <source>The journal file is damaged (empty, missing, corrupt or not of this key file). Tværs has not written to it. Restore the newest verified backup from {when}? The damaged file is kept in the backup folder.</source>
      <translation>Dagbogsfilen er beskadiget (tom, mangler, ødelagt eller hører ikke til denne nøglefil). Tværs har ikke skrevet i den. Vil du gendanne den nyeste kontrollerede sikkerhedskopi fra {when}? Den beskadigede fil gemmes i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="133" />
      <source>The journal file is damaged and there is no backup yet. Tværs will not write to it. Export what you can read, and contact your IT support.</source>
      <translation>Dagbogsfilen er beskadiget, og der er endnu ingen sikkerhedskopi. Tværs skriver ikke i den. Eksportér det, du kan læse, og kontakt din it-afdeling.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="140" />
      <source>The journal file is damaged, so Tværs has stopped writing to it. Restore the newest backup from {when}? The damaged file is kept in the backup folder.</source>
      <translation>Dagbogsfilen er beskadiget, så Tværs er holdt op med at skrive i den. Vil du gendanne den nyeste sikkerhedskopi fra {when}? Den beskadigede fil gemmes i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="161" />
      <source>The text in the editor could not be saved yet. Copy it somewhere safe, or wait until it is saved, then restore.</source>
      <translation>Teksten i editoren kunne endnu ikke gemmes. Kopiér den et sikkert sted hen, eller vent til den er gemt, og gendan derefter.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/care.py" line="56" />
      <source>Up to {n} recent saves are not visible until the folder is writable.</source>
      <translation>Op til {n} af de seneste gemninger kan ikke ses, før der kan skrives i mappen.</translation>
    </message>
  </context>
  <context>
    <name>LockPage</name>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="70" />
      <source>Click to continue where you left off.</source>
      <translation>Klik for at fortsætte, hvor du slap.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="70" />
      <source>Enter your passphrase to continue where you left off.</source>
      <translation>Indtast din adgangssætning for at fortsætte, hvor du slap.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="40" />
      <source>Forgot your passphrase? Use the recovery key…</source>
      <translation>Har du glemt din adgangssætning? Brug gendannelsesnøglen …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="34" />
      <source>Passphrase</source>
      <translation>Adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="23" />
      <source>Tværs is locked</source>
      <translation>Tværs er låst</translation>
    </message>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="38" />
      <source>Unlock</source>
      <translation>Lås op</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../journal/ui/main_window.py" line="412" />
      <source>&amp;About Tværs</source>
      <translation>&amp;Om Tværs</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="398" />
      <source>&amp;Calendar…</source>
      <translation>&amp;Kalender …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="385" />
      <source>&amp;Copy</source>
      <translation>K&amp;opiér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="358" />
      <source>&amp;Delete reflection…</source>
      <translation>&amp;Slet refleksion …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="378" />
      <source>&amp;Edit</source>
      <translation>&amp;Redigér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="364" />
      <source>&amp;Export…</source>
      <translation>&amp;Eksportér …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="415" />
      <source>&amp;Help</source>
      <translation>&amp;Hjælp</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="361" />
      <source>&amp;Hide text</source>
      <translation>S&amp;kjul tekst</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="366" />
      <source>&amp;Import…</source>
      <translation>&amp;Importér …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="399" />
      <source>&amp;Insight…</source>
      <translation>&amp;Indsigt …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="367" />
      <source>&amp;Journal</source>
      <translation>&amp;Dagbog</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="413" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="405" />
      <source>&amp;Larger text</source>
      <translation>St&amp;ørre tekst</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="354" />
      <source>&amp;Lock</source>
      <translation>&amp;Lås</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="352" />
      <source>&amp;New reflection</source>
      <translation>&amp;Ny refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="408" />
      <source>&amp;Normal text size</source>
      <translation>&amp;Normal tekststørrelse</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="386" />
      <source>&amp;Paste</source>
      <translation>&amp;Sæt ind</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="355" />
      <source>&amp;Preview</source>
      <translation>&amp;Forhåndsvisning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="414" />
      <source>&amp;Privacy</source>
      <translation>&amp;Privatliv</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="359" />
      <source>&amp;Quit</source>
      <translation>&amp;Afslut</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="383" />
      <source>&amp;Redo</source>
      <translation>&amp;Gentag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="353" />
      <source>&amp;Search</source>
      <translation>S&amp;øg</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="407" />
      <source>&amp;Smaller text</source>
      <translation>&amp;Mindre tekst</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="382" />
      <source>&amp;Undo</source>
      <translation>&amp;Fortryd</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="394" />
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="1078" />
      <source>1 reflection is marked in the list.</source>
      <translation>1 refleksion er markeret i listen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="980" />
      <source>A new passphrase is set. The recovery key still works.</source>
      <translation>En ny adgangssætning er gemt. Gendannelsesnøglen virker stadig.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="302" />
      <source>All reflections</source>
      <translation>Alle refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="600" />
      <source>Answers the question: {question}</source>
      <translation>Svarer på spørgsmålet: {question}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="173" />
      <source>Best match first. Enter opens the reflection</source>
      <translation>Bedste match først. Enter åbner refleksionen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="384" />
      <source>Cu&amp;t</source>
      <translation>&amp;Klip</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="642" />
      <source>Delete reflection</source>
      <translation>Slet refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="640" />
      <source>Delete the reflection “{title}” for good? This cannot be undone.</source>
      <translation>Vil du slette refleksionen »{title}« for altid? Det kan ikke fortrydes.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="639" />
      <source>Delete the reflection “{title}” from {date} for good? This cannot be undone.</source>
      <translation>Vil du slette refleksionen »{title}« fra {date} for altid? Det kan ikke fortrydes.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="1170" />
      <source>Make a new recovery key? The old one stops working.</source>
      <translation>Vil du lave en ny gendannelsesnøgle? Den gamle holder op med at virke.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="1283" />
      <source>Making a backup before closing…</source>
      <translation>Tager en sikkerhedskopi, før Tværs lukker …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="433" />
      <source>New reflection</source>
      <translation>Ny refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="162" />
      <source>Newest first. Choose one to open it</source>
      <translation>Nyeste først. Vælg en for at åbne den</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="424" />
      <source>No reflection is open</source>
      <translation>Ingen refleksion er åben</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="857" />
      <source>Not locked: the latest text could not be saved yet.</source>
      <translation>Ikke låst: den seneste tekst kunne endnu ikke gemmes.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="715" />
      <source>Not saved</source>
      <translation>Ikke gemt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="177" />
      <source>Nothing found.</source>
      <translation>Ingen resultater.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="309" />
      <source>Opening the journal…</source>
      <translation>Åbner dagbogen …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="1097" />
      <source>Reading the backups…</source>
      <translation>Læser sikkerhedskopierne …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="162" />
      <source>Reflections</source>
      <translation>Refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="1131" />
      <source>Replace the journal with this backup? The journal as it is now is kept as a backup first.</source>
      <translation>Vil du erstatte dagbogen med denne sikkerhedskopi? Dagbogen, som den er nu, gemmes først som en sikkerhedskopi.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="360" />
      <source>S&amp;ettings…</source>
      <translation>&amp;Indstillinger …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="365" />
      <source>S&amp;hare log</source>
      <translation>&amp;Delingslog</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="152" />
      <source>Search</source>
      <translation>Søg</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="153" />
      <source>Search everything (Ctrl+F)</source>
      <translation>Søg i alt (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="173" />
      <source>Search results</source>
      <translation>Søgeresultater</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="152" />
      <source>Searches titles, text and tags; Enter opens the best hit</source>
      <translation>Søger i titler, tekst og emneord; Enter åbner det bedste hit</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="387" />
      <source>Select &amp;all</source>
      <translation>&amp;Markér alt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="1161" />
      <source>Setting the new passphrase…</source>
      <translation>Sætter den nye adgangssætning …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="157" />
      <source>Show reflections of</source>
      <translation>Vis refleksioner fra</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="363" />
      <source>Show the &amp;tour</source>
      <translation>Vis &amp;rundvisningen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="430" />
      <source>Start a new one, answer today's question on the right, or choose one in the list.</source>
      <translation>Begynd på en ny, svar på dagens spørgsmål til højre, eller vælg en i listen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="475" />
      <source>Text size: {points} pt</source>
      <translation>Tekststørrelse: {points} pkt.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="1159" />
      <source>The new passphrase is set. Use it the next time you unlock Tværs.</source>
      <translation>Den nye adgangssætning er gemt. Brug den, næste gang du låser Tværs op.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="656" />
      <source>The reflection was deleted.</source>
      <translation>Refleksionen er slettet.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="1128" />
      <source>The settings could not be saved: {reason}</source>
      <translation>Indstillingerne kunne ikke gemmes: {reason}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="572" />
      <source>The text in the editor could not be saved yet ({reason}). It stays open, and is saved as soon as it can be.</source>
      <translation>Teksten i editoren kunne endnu ikke gemmes ({reason}). Den forbliver åben og gemmes, så snart det kan lade sig gøre.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="197" />
      <source>The text is hidden. Press Ctrl+Shift+H to show it again.</source>
      <translation>Teksten er skjult. Tryk Ctrl+Shift+H for at vise den igen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="292" />
      <source>This journal has no passphrase: anyone with access to this computer can read it.</source>
      <translation>Dagbogen har ingen adgangssætning: alle med adgang til computeren kan læse den.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="921" />
      <source>Unlocking…</source>
      <translation>Låser op …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="158" />
      <source>Untitled reflection</source>
      <translation>Refleksion uden titel</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="1270" />
      <source>Your latest text could not be saved ({reason}). Close anyway and lose it?</source>
      <translation>Din seneste tekst kunne ikke gemmes ({reason}). Vil du lukke alligevel og miste den?</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="573" />
      <source>unknown reason</source>
      <translation>ukendt årsag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="1082" />
      <source>{n} of them are not in the list as it is filtered now.</source>
      <translation>{n} af dem er ikke med i listen, som den er filtreret nu.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="1080" />
      <source>{n} of them have since been deleted.</source>
      <translation>{n} af dem er slettet siden.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="1078" />
      <source>{n} reflections are marked in the list.</source>
      <translation>{n} refleksioner er markeret i listen.</translation>
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
    <name>OnThisDay</name>
    <message>
      <location filename="../../journal/ui/panels/on_this_day.py" line="30" />
      <source>A month ago you wrote: “{text}”</source>
      <translation>For en måned siden skrev du: »{text}«</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/on_this_day.py" line="28" />
      <source>A year ago you wrote: “{text}”</source>
      <translation>For et år siden skrev du: »{text}«</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/on_this_day.py" line="73" />
      <source>On this day</source>
      <translation>På denne dag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/on_this_day.py" line="57" />
      <source>Read it ({date})</source>
      <translation>Læs den ({date})</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/on_this_day.py" line="29" />
      <source>Six months ago you wrote: “{text}”</source>
      <translation>For et halvt år siden skrev du: »{text}«</translation>
    </message>
  </context>
  <context>
    <name>OpenCommitments</name>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="82" />
      <source>By case</source>
      <translation>Efter sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="80" />
      <source>By date</source>
      <translation>Efter dato</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="119" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="92" />
      <source>Date</source>
      <translation>Dato</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="58" />
      <source>Date passed</source>
      <translation>Datoen er overskredet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="100" />
      <source>Done</source>
      <translation>Udført</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="104" />
      <source>Drop</source>
      <translation>Opgiv</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="109" />
      <source>Group:</source>
      <translation>Gruppér:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="58" />
      <source>Later</source>
      <translation>Senere</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="92" />
      <source>Next step</source>
      <translation>Næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="69" />
      <source>No case</source>
      <translation>Ingen sag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="58" />
      <source>No date</source>
      <translation>Ingen dato</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="97" />
      <source>No open next steps. Add them under a reflection.</source>
      <translation>Ingen åbne næste skridt. Tilføj dem under en refleksion.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="78" />
      <source>Open next steps</source>
      <translation>Åbne næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="106" />
      <source>Open the reflection</source>
      <translation>Åbn refleksionen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="166" />
      <source>Postponed</source>
      <translation>Udskudt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="102" />
      <source>Postpone…</source>
      <translation>Udskyd …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="58" />
      <source>The coming week</source>
      <translation>Den kommende uge</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/open_commitments.py" line="157" />
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
      <location filename="../../journal/ui/dialogs/passphrase.py" line="62" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="31" />
      <source>Change passphrase</source>
      <translation>Skift adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="75" />
      <source>Choose a passphrase of at least {n} characters.</source>
      <translation>Vælg en adgangssætning på mindst {n} tegn.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="57" />
      <source>Current passphrase</source>
      <translation>Nuværende adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="73" />
      <source>Fill in the first field.</source>
      <translation>Udfyld det første felt.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="58" />
      <source>New passphrase</source>
      <translation>Ny adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="57" />
      <source>Recovery key</source>
      <translation>Gendannelsesnøgle</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="59" />
      <source>Repeat new passphrase</source>
      <translation>Gentag ny adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="31" />
      <source>Set a new passphrase with the recovery key</source>
      <translation>Vælg en ny adgangssætning med gendannelsesnøglen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="61" />
      <source>Set passphrase</source>
      <translation>Gem adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="77" />
      <source>The two new passphrases are not the same.</source>
      <translation>De to nye adgangssætninger er ikke ens.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="34" />
      <source>Type the recovery key you printed or saved when the journal was created, then choose a new passphrase.</source>
      <translation>Skriv den gendannelsesnøgle, du udskrev eller gemte, da dagbogen blev oprettet, og vælg derefter en ny adgangssætning.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/passphrase.py" line="36" />
      <source>Your reflections are not re-encrypted; only the key that opens them is locked with the new passphrase.</source>
      <translation>Dine refleksioner krypteres ikke om; kun nøglen, der åbner dem, låses med den nye adgangssætning.</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="60" />
      <source>Add a person</source>
      <translation>Tilføj en person</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="56" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="56" />
      <source>Initials</source>
      <translation>Initialer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="51" />
      <source>Its e-mail domain</source>
      <translation>Dens e-maildomæne</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="56" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="104" />
      <source>People</source>
      <translation>Personer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="52" />
      <source>People you write about</source>
      <translation>Personer, du skriver om</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="62" />
      <source>Remove the chosen person</source>
      <translation>Fjern den valgte person</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="56" />
      <source>Short forms (comma-separated)</source>
      <translation>Korte former (adskilt med komma)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="34" />
      <source>Tværs replaces these names, initials, e-mails and your workplace in every contribution to a cohort round. The list is kept inside your encrypted journal and never leaves it.</source>
      <translation>Tværs erstatter disse navne, initialer, e-mails og din arbejdsplads i hvert bidrag til en netværksrunde. Listen gemmes i din krypterede dagbog og forlader den aldrig.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="46" />
      <source>You</source>
      <translation>Dig</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="49" />
      <source>Your initials</source>
      <translation>Dine initialer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="48" />
      <source>Your name</source>
      <translation>Dit navn</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="50" />
      <source>Your workplace</source>
      <translation>Din arbejdsplads</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/people_page.py" line="45" />
      <source>e.g. naestved.dk</source>
      <translation>fx naestved.dk</translation>
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
      <location filename="../../journal/ui/panels/prompt_panel.py" line="114" />
      <source>+ Own question…</source>
      <translation>+ Eget spørgsmål …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="115" />
      <source>Add a question of your own</source>
      <translation>Tilføj et spørgsmål, du selv har formuleret</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="186" />
      <source>All kinds</source>
      <translation>Alle typer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="106" />
      <source>All questions</source>
      <translation>Alle spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="177" />
      <source>All themes</source>
      <translation>Alle temaer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="86" />
      <source>Another question</source>
      <translation>Et andet spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="82" />
      <source>Answer</source>
      <translation>Svar</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="131" />
      <source>Double-click a question to answer it</source>
      <translation>Dobbeltklik på et spørgsmål for at besvare det</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="303" />
      <source>Edit your question…</source>
      <translation>Redigér dit spørgsmål …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="124" />
      <source>Enter or a double-click answers the chosen question</source>
      <translation>Enter eller dobbeltklik besvarer det valgte spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="119" />
      <source>Filter the questions</source>
      <translation>Filtrér spørgsmålene</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="277" />
      <source>Hide the source</source>
      <translation>Skjul kilden</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="206" />
      <source>No questions are available.</source>
      <translation>Der er ingen spørgsmål.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="304" />
      <source>Remove your question…</source>
      <translation>Fjern dit spørgsmål …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="216" />
      <source>Starts a new reflection with this question quoted at the top: {question}</source>
      <translation>Starter en ny refleksion med dette spørgsmål citeret øverst: {question}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="84" />
      <source>Starts a new reflection with today's question quoted at the top</source>
      <translation>Starter en ny refleksion med dagens spørgsmål citeret øverst</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="62" />
      <source>Today's question</source>
      <translation>Dagens spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="277" />
      <source>Where does the question come from?</source>
      <translation>Hvor kommer spørgsmålet fra?</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="196" />
      <source>Your own question</source>
      <translation>Dit eget spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="179" />
      <source>Your own questions</source>
      <translation>Dine egne spørgsmål</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="70" />
      <source>I have noted it</source>
      <translation>Jeg har noteret den</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="40" />
      <source>If you forget your passphrase, this key opens the journal. Print it or save it somewhere safe, away from this computer. It is shown only now. If you lose both the passphrase and this key, your reflections cannot be recovered by anyone.</source>
      <translation>Hvis du glemmer din adgangssætning, kan denne nøgle åbne dagbogen. Udskriv den, eller gem den et sikkert sted væk fra denne computer. Den vises kun nu. Mister du både adgangssætningen og nøglen, kan ingen gendanne dine refleksioner.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="92" />
      <source>Keep this key away from the computer. It opens your journal if you forget your passphrase.</source>
      <translation>Opbevar nøglen et andet sted end computeren. Den åbner din dagbog, hvis du glemmer din adgangssætning.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="68" />
      <source>Last group of the recovery key</source>
      <translation>Gendannelsesnøglens sidste gruppe</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="56" />
      <source>Print…</source>
      <translation>Udskriv …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="55" />
      <source>Save as file…</source>
      <translation>Gem som fil …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="97" />
      <source>Save the recovery key</source>
      <translation>Gem gendannelsesnøglen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="97" />
      <source>Text files (*.txt)</source>
      <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="63" />
      <source>To show that you have noted the key, type its last group ({n} characters):</source>
      <translation>Skriv nøglens sidste gruppe ({n} tegn) for at vise, at du har noteret den:</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="92" />
      <source>Tværs recovery key</source>
      <translation>Tværs-gendannelsesnøgle</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="97" />
      <source>Tværs recovery key.txt</source>
      <translation>Tværs-gendannelsesnøgle.txt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="68" />
      <source>Type the last four characters of the key to show that you have kept it</source>
      <translation>Skriv nøglens sidste fire tegn for at vise, at du har gemt den</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/recovery_key.py" line="37" />
      <source>Your recovery key</source>
      <translation>Din gendannelsesnøgle</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <location filename="../../journal/ui/reminders.py" line="35" />
      <source>Next steps</source>
      <translation>Næste skridt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/reminders.py" line="73" />
      <source>Show Tværs</source>
      <translation>Vis Tværs</translation>
    </message>
    <message>
      <location filename="../../journal/ui/reminders.py" line="28" />
      <source>Take a few minutes for today's reflection in Tværs.</source>
      <translation>Tag et par minutter til dagens refleksion i Tværs.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/reminders.py" line="28" />
      <source>Time to reflect</source>
      <translation>Tid til refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/reminders.py" line="34" />
      <source>You have 1 next step today</source>
      <translation>Du har 1 næste skridt i dag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/reminders.py" line="35" />
      <source>You have {count} next steps today</source>
      <translation>Du har {count} næste skridt i dag</translation>
    </message>
  </context>
  <context>
    <name>ReviewActions</name>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="145" />
      <source>&amp;Open review package…</source>
      <translation>Åbn &amp;review-pakke …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="108" />
      <source>Choose the feedback file the coach sent you.</source>
      <translation>Vælg den feedbackfil, coachen sendte dig.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="67" />
      <source>Choose…</source>
      <translation>Vælg …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="66" />
      <source>Feedback file</source>
      <translation>Feedbackfil</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="100" />
      <source>Feedback file (*.tvaers-feedback);;All files (*)</source>
      <translation>Feedbackfil (*.tvaers-feedback);;Alle filer (*)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="216" />
      <source>Feedback imported</source>
      <translation>Feedback importeret</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="86" />
      <source>Import</source>
      <translation>Importér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="148" />
      <source>Import &amp;feedback…</source>
      <translation>Importér &amp;feedback …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="60" />
      <source>Import feedback</source>
      <translation>Importér feedback</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="113" />
      <source>Importing…</source>
      <translation>Importerer …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="185" />
      <source>Open review package</source>
      <translation>Åbn review-pakke</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="185" />
      <source>Review package (*.tvaers)</source>
      <translation>Review-pakke (*.tvaers)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="75" />
      <source>Share password</source>
      <translation>Delingsadgangskode</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="215" />
      <source>The comments are shown beside the reflections.</source>
      <translation>Kommentarerne vises ved siden af refleksionerne.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="79" />
      <source>The share password you gave the coach with the review package.</source>
      <translation>Den delingsadgangskode, du gav coachen sammen med review-pakken.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="210" />
      <source>The {n} comments in this file were attached before; nothing was added.</source>
      <translation>De {n} kommentarer i filen er sat ind før; intet blev tilføjet.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="111" />
      <source>Type the share password.</source>
      <translation>Skriv delingsadgangskoden.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="208" />
      <source>{n} comments from {coach} were attached.</source>
      <translation>{n} kommentarer fra {coach} er sat ind.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/review/actions.py" line="213" />
      <source>{n} reflections the comments are about are no longer in the journal; their comments were left out.</source>
      <translation>{n} af de refleksioner, kommentarerne handler om, er ikke længere i dagbogen; deres kommentarer blev sprunget over.</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="175" />
      <source>Add</source>
      <translation>Tilføj</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="160" />
      <source>Add a person to the register</source>
      <translation>Tilføj en person til registret</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="227" />
      <source>Add person to register…</source>
      <translation>Tilføj person til registret …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="176" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="208" />
      <source>Check every mark before it leaves</source>
      <translation>Tjek hver markering, før bidraget forlader computeren</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="210" />
      <source>Coloured words will be replaced. Hover over one to see why. Select words and mark them, or put the cursor in a mark and remove it. The text on the right is exactly what leaves.</source>
      <translation>Farvede ord bliver erstattet. Hold musen over et for at se hvorfor. Markér selv ord, eller sæt markøren i en markering og fjern den. Teksten til højre er præcis det, der forlader computeren.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="365" />
      <source>Contributions (*{suffix})</source>
      <translation>Bidrag (*{suffix})</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="173" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="180" />
      <source>Every anonymisation replaces this person by all these forms.</source>
      <translation>Hver anonymisering erstatter personen under alle disse former.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="264" />
      <source>Exactly as it will leave</source>
      <translation>Præcis sådan forlader det computeren</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="172" />
      <source>Initials</source>
      <translation>Initialer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="217" />
      <source>Mark as</source>
      <translation>Markér som</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="170" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="62" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="62" />
      <source>Other</source>
      <translation>Andet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="62" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="62" />
      <source>Place</source>
      <translation>Sted</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="314" />
      <source>Put the cursor in a coloured mark first.</source>
      <translation>Sæt først markøren i en farvet markering.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="271" />
      <source>Question {n}</source>
      <translation>Spørgsmål {n}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="213" />
      <source>Remove mark</source>
      <translation>Fjern markering</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="364" />
      <source>Save contribution</source>
      <translation>Gem bidrag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="277" />
      <source>Save contribution…</source>
      <translation>Gem bidrag …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="323" />
      <source>Select the words to mark first.</source>
      <translation>Vælg først de ord, der skal markeres.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="171" />
      <source>Short forms</source>
      <translation>Korte former</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="62" />
      <source>Workplace</source>
      <translation>Arbejdsplads</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="257" />
      <source>Your words, with the marks</source>
      <translation>Dine ord med markeringerne</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="363" />
      <source>contribution</source>
      <translation>bidrag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="57" />
      <source>date (to the month)</source>
      <translation>dato (til måneden)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="130" />
      <source>dates leave as the month only</source>
      <translation>datoer forlader computeren kun som måned</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="57" />
      <source>e-mail, link</source>
      <translation>e-mail, link</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="134" />
      <source>found by the rule {rule}</source>
      <translation>fundet af reglen {rule}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="132" />
      <source>in your people register</source>
      <translation>står i dit personregister</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="128" />
      <source>marked by you</source>
      <translation>markeret af dig</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="56" />
      <source>number</source>
      <translation>nummer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="57" />
      <source>other</source>
      <translation>andet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="164" />
      <source>other forms, separated by commas (e.g. Jonas, JH)</source>
      <translation>andre former, adskilt med komma (fx Jonas, JH)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="56" />
      <source>person</source>
      <translation>person</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="56" />
      <source>place</source>
      <translation>sted</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="56" />
      <source>workplace</source>
      <translation>arbejdsplads</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="135" />
      <source>{kind}: leaves as {replacement} ({why})</source>
      <translation>{kind}: forlader computeren som {replacement} ({why})</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/review.py" line="300" />
      <source>{marks} marks in {answers} answers · you take part as participant {name}</source>
      <translation>{marks} markeringer i {answers} svar · dit pseudonym i runden: {name}</translation>
    </message>
  </context>
  <context>
    <name>RoundDialog</name>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="52" />
      <source>A note to the participants (optional)</source>
      <translation>En note til deltagerne (valgfri)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="78" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="172" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="173" />
      <source>Contribute…</source>
      <translation>Bidrag …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="43" />
      <source>Deadline</source>
      <translation>Frist</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="60" />
      <source>Deadline date</source>
      <translation>Frist (dato)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="155" />
      <source>Deadline: {date}</source>
      <translation>Frist: {date}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="55" />
      <source>Filter the questions</source>
      <translation>Filtrér spørgsmålene</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="37" />
      <source>New round</source>
      <translation>Ny runde</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="84" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="87" />
      <source>Questions (tick those the round asks)</source>
      <translation>Spørgsmål (sæt flueben ved dem, runden stiller)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="62" />
      <source>Questions in the round</source>
      <translation>Spørgsmålene i runden</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="143" />
      <source>Round: {title}</source>
      <translation>Runde: {title}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="77" />
      <source>Save round…</source>
      <translation>Gem runden …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="82" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="166" />
      <source>answered ({n})</source>
      <translation>besvaret ({n})</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="42" />
      <source>e.g. Spring in the network: fair process</source>
      <translation>fx Forår i netværket: fair proces</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="166" />
      <source>not answered yet</source>
      <translation>ikke besvaret endnu</translation>
    </message>
    <message>
      <location filename="../../journal/ui/cohort/round_dialog.py" line="109" />
      <source>{n} questions chosen</source>
      <translation>{n} spørgsmål valgt</translation>
    </message>
  </context>
  <context>
    <name>SearchResults</name>
    <message>
      <location filename="../../journal/ui/models/entry_list.py" line="287" />
      <source>Coach comment:</source>
      <translation>Coachens kommentar:</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="65" />
      <source> min</source>
      <translation> min.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="182" />
      <source>Also say how many next steps are due that day</source>
      <translation>Fortæl også, hvor mange næste skridt der forfalder den dag</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="77" />
      <source>Appearance</source>
      <translation>Udseende</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="113" />
      <source>Backups</source>
      <translation>Sikkerhedskopier</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="149" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="90" />
      <source>Change passphrase…</source>
      <translation>Skift adgangssætning …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="74" />
      <source>Dark</source>
      <translation>Mørkt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="58" />
      <source>Follow the system</source>
      <translation>Følg systemet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="68" />
      <source>General</source>
      <translation>Generelt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="156" />
      <source>Journal and keys</source>
      <translation>Dagbog og nøgler</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="76" />
      <source>Language (after restart)</source>
      <translation>Sprog (efter genstart)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="73" />
      <source>Light</source>
      <translation>Lyst</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="78" />
      <source>Lock after inactivity</source>
      <translation>Lås efter inaktivitet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="92" />
      <source>Make a new recovery key…</source>
      <translation>Lav en ny gendannelsesnøgle …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="66" />
      <source>Never</source>
      <translation>Aldrig</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="134" />
      <source>No backups yet.</source>
      <translation>Ingen sikkerhedskopier endnu.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="137" />
      <source>Open the backup folder</source>
      <translation>Åbn mappen med sikkerhedskopier</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="82" />
      <source>Passphrase and recovery key</source>
      <translation>Adgangssætning og gendannelsesnøgle</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="173" />
      <source>Remind me to reflect every day at</source>
      <translation>Mind mig om at reflektere hver dag kl.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="172" />
      <source>Reminders</source>
      <translation>Påmindelser</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="135" />
      <source>Restore the chosen backup…</source>
      <translation>Gendan den valgte sikkerhedskopi …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="90" />
      <source>Set a passphrase…</source>
      <translation>Vælg en adgangssætning …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="54" />
      <source>Settings</source>
      <translation>Indstillinger</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="41" />
      <source>The journal folder is inside {service}. Synchronisation copies the journal to servers and can corrupt a database that is being written. Move the journal to a folder that is not synchronised.</source>
      <translation>Dagbogens mappe ligger i {service}. Synkronisering kopierer dagbogen til servere og kan ødelægge en database, mens der skrives i den. Flyt dagbogen til en mappe, der ikke synkroniseres.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="86" />
      <source>The journal has no passphrase: anyone with access to this computer can read it.</source>
      <translation>Dagbogen har ingen adgangssætning: alle med adgang til computeren kan læse den.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="85" />
      <source>The journal is protected by a passphrase.</source>
      <translation>Dagbogen er beskyttet af en adgangssætning.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="186" />
      <source>The reminder comes from Tværs's icon in the system tray while Tværs is running. It never shows what you wrote, and while the journal is locked it only reminds you to reflect.</source>
      <translation>Påmindelsen kommer fra Tværs' ikon i systembakken, mens Tværs kører. Den viser aldrig, hvad du har skrevet, og mens dagbogen er låst, minder den dig kun om at reflektere.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="178" />
      <source>Time of the daily reminder</source>
      <translation>Tidspunkt for den daglige påmindelse</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="116" />
      <source>Tværs makes an encrypted, verified backup at the first unlock of each day and when you close after changes, and keeps the last 10, one a day for a week and one a week for a month.</source>
      <translation>Tværs laver en krypteret, kontrolleret sikkerhedskopi, første gang du låser op hver dag, og når du lukker efter ændringer. Tværs gemmer de seneste 10 samt én om dagen i en uge og én om ugen i en måned.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="100" />
      <source>Where the journal is kept</source>
      <translation>Hvor dagbogen gemmes</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/settings.py" line="129" />
      <source>{n} reflections</source>
      <translation>{n} refleksioner</translation>
    </message>
  </context>
  <context>
    <name>ShareLogDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="126" />
      <source>Every export you have made, newest first. The file's SHA-256 is shown when you point at it.</source>
      <translation>Alle de eksporter, du har lavet, de nyeste først. Filens SHA-256 vises, når du peger på den.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="66" />
      <source>File</source>
      <translation>Fil</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="66" />
      <source>For</source>
      <translation>Til</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="66" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="38" />
      <source>My coach</source>
      <translation>Min coach</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="38" />
      <source>Myself</source>
      <translation>Mig selv</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="115" />
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="125" />
      <source>Nothing has been exported yet.</source>
      <translation>Der er ikke eksporteret noget endnu.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="59" />
      <source>Only the exports that held the open reflection</source>
      <translation>Kun de eksporter, der indeholdt den åbne refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="66" />
      <source>Protected</source>
      <translation>Beskyttet</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="66" />
      <source>Reflections</source>
      <translation>Refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="112" />
      <source>Review package</source>
      <translation>Review-pakke</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="121" />
      <source>SHA-256 of the file: {sha}</source>
      <translation>Filens SHA-256: {sha}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="55" />
      <source>Share log</source>
      <translation>Delingslog</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="80" />
      <source>Show in folder</source>
      <translation>Vis i mappen</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="78" />
      <source>Show the reflections</source>
      <translation>Vis refleksionerne</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="38" />
      <source>Someone else</source>
      <translation>En anden</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="154" />
      <source>The file and its folder are no longer there: {path}</source>
      <translation>Filen og dens mappe findes ikke længere: {path}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="66" />
      <source>When</source>
      <translation>Hvornår</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/share_log.py" line="115" />
      <source>Yes</source>
      <translation>Ja</translation>
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
      <location filename="../../journal/ui/tour.py" line="172" />
      <source>Tour, {n} of {total}: {title}</source>
      <translation>Rundvisning, {n} af {total}: {title}</translation>
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
      <location filename="../../journal/ui/dialogs/unlock.py" line="24" />
      <source>Enter your passphrase to open the journal.</source>
      <translation>Indtast din adgangssætning for at åbne dagbogen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="42" />
      <source>Forgot your passphrase? Use the recovery key…</source>
      <translation>Har du glemt din adgangssætning? Brug gendannelsesnøglen …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="28" />
      <source>Passphrase</source>
      <translation>Adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="36" />
      <source>Quit</source>
      <translation>Afslut</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="35" />
      <source>Unlock</source>
      <translation>Lås op</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="22" />
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
