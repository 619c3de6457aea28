<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>CLI</name>
    <message>
      <location filename="../../journal/cli/commands.py" line="163" />
      <source>Coach comments</source>
      <translation>Kommentarer fra coachen</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="68" />
      <source>Interrupted; nothing more was changed.</source>
      <translation>Afbrudt; intet mere blev ændret.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/main.py" line="80" />
      <source>internal error (this is a bug, please report it): {kind}</source>
      <translation>intern fejl (det er en fejl i Tværs, meld den gerne): {kind}</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="254" />
      <source>only the published cases are shown</source>
      <translation>kun de udgivne sager vises</translation>
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
    <name>EntryEditor</name>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="110" />
      <source>Preview</source>
      <translation>Forhåndsvisning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="249" />
      <source>Saved at {time}</source>
      <translation>Gemt kl. {time}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="112" />
      <source>Show the formatted text beside the editor (Ctrl+P)</source>
      <translation>Vis den formaterede tekst ved siden af editoren (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="89" />
      <source>Tags, separated by commas</source>
      <translation>Emneord, adskilt af kommaer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="80" />
      <source>Title (optional)</source>
      <translation>Titel (valgfri)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/editor/entry_editor.py" line="98" />
      <source>Write your reflection here. Markdown works: # heading, **bold**, - list, &gt; quote.</source>
      <translation>Skriv din refleksion her. Markdown virker: # overskrift, **fed**, - liste, &gt; citat.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../journal/store/store.py" line="71" />
      <source>'{value}' is not a date. Use the form 2025-03-05 or 2025-03-05T14:30.</source>
      <translation>'{value}' er ikke en dato. Skriv den som 2025-03-05 eller 2025-03-05T14:30.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="89" />
      <source>'{value}' is not a date. Use the form 2025-03-05.</source>
      <translation>'{value}' er ikke en dato. Skriv den som 2025-03-05.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="581" />
      <source>A case needs a name.</source>
      <translation>En sag skal have et navn.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="585" />
      <source>A case with the id '{id}' already exists.</source>
      <translation>Der findes allerede en sag med id'et '{id}'.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="135" />
      <source>A journal already exists in {path}. Open it, or choose another folder.</source>
      <translation>Der findes allerede en dagbog i {path}. Åbn den, eller vælg en anden mappe.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/passphrase.py" line="72" />
      <source>A new passphrase is needed: use --new-passphrase-file FILE or set TVAERS_NEW_PASSPHRASE.</source>
      <translation>Der skal bruges en ny adgangssætning: brug --new-passphrase-file FIL, eller sæt TVAERS_NEW_PASSPHRASE.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="650" />
      <source>A next step needs a text.</source>
      <translation>Et næste skridt skal have en tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="722" />
      <source>A question needs a text.</source>
      <translation>Et spørgsmål skal have en tekst.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/passphrase.py" line="27" />
      <source>Cannot read {path}: {reason}.</source>
      <translation>Kan ikke læse {path}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/passphrase.py" line="54" />
      <source>No passphrase was given.</source>
      <translation>Der blev ikke angivet nogen adgangssætning.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="84" />
      <source>That recovery key is not valid.</source>
      <translation>Den gendannelsesnøgle er ikke gyldig.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="77" />
      <source>That recovery key is not valid. It has 26 letters and digits in groups of four.</source>
      <translation>Den gendannelsesnøgle er ikke gyldig. Den består af 26 bogstaver og tal i grupper på fire.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="101" />
      <source>The disk is full, so Tværs could not save. Your text is kept in the window: free some space and it is saved again.</source>
      <translation>Disken er fuld, så Tværs kunne ikke gemme. Din tekst bliver i vinduet: frigør noget plads, så gemmes den igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="279" />
      <source>The journal could not be copied safely before an upgrade; nothing was changed.</source>
      <translation>Dagbogen kunne ikke kopieres sikkert før en opgradering; intet blev ændret.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="119" />
      <source>The journal file is damaged. Tværs stops writing to protect what is left: restore the newest backup.</source>
      <translation>Dagbogsfilen er beskadiget. Tværs holder op med at skrive for at beskytte det, der er tilbage: gendan den nyeste sikkerhedskopi.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="165" />
      <source>The journal file {path} is missing, but its key file is there. Restore journal.db from a backup folder.</source>
      <translation>Dagbogsfilen {path} mangler, men nøglefilen er der. Gendan journal.db fra en mappe med sikkerhedskopier.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="109" />
      <source>The journal folder is read-only, so Tværs cannot save. Reading still works; give your user write access to the folder to save again.</source>
      <translation>Dagbogens mappe er skrivebeskyttet, så Tværs kan ikke gemme. Du kan stadig læse; giv din bruger skriveadgang til mappen for at kunne gemme igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="105" />
      <source>The journal is busy in another Tværs window or command. Close it, or wait a moment and try again.</source>
      <translation>Dagbogen er i brug i et andet Tværs-vindue eller en anden kommando. Luk den, eller vent lidt og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="185" />
      <source>The journal is damaged ({problem}). Restore the newest backup with 'tvaers restore'.</source>
      <translation>Dagbogen er beskadiget ({problem}). Gendan den nyeste sikkerhedskopi med 'tvaers restore'.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="214" />
      <source>The journal is locked. Unlock it to continue.</source>
      <translation>Dagbogen er låst. Lås den op for at fortsætte.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="53" />
      <source>The journal {path} cannot be decrypted with this key file. The key file may belong to another journal, or the database is damaged: restore both from the same backup.</source>
      <translation>Dagbogen {path} kan ikke dekrypteres med denne nøglefil. Nøglefilen hører måske til en anden dagbog, eller databasen er beskadiget: gendan begge fra den samme sikkerhedskopi.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="175" />
      <source>The key file {path} asks for key-derivation settings outside the safe range; it may have been tampered with. Restore journal.keys from a backup.</source>
      <translation>Nøglefilen {path} beder om nøgleindstillinger uden for det sikre område; den kan være blevet manipuleret. Gendan journal.keys fra en sikkerhedskopi.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="140" />
      <source>The key file {path} cannot be read ({reason}). Check its permissions.</source>
      <translation>Nøglefilen {path} kan ikke læses ({reason}). Tjek filens rettigheder.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="164" />
      <source>The key file {path} is damaged. Restore journal.keys from a backup folder; do not create a new journal over the old one.</source>
      <translation>Nøglefilen {path} er beskadiget. Gendan journal.keys fra en mappe med sikkerhedskopier; opret ikke en ny dagbog oven i den gamle.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="132" />
      <source>The key file {path} is missing. Without it the journal cannot be opened: restore journal.keys from a backup folder into the journal folder.</source>
      <translation>Nøglefilen {path} mangler. Uden den kan dagbogen ikke åbnes: gendan journal.keys fra en mappe med sikkerhedskopier til dagbogens mappe.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="150" />
      <source>The key file {path} was written by a newer version of Tværs. Update Tværs to open it.</source>
      <translation>Nøglefilen {path} er skrevet af en nyere version af Tværs. Opdatér Tværs for at åbne den.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="771" />
      <source>The new passphrase could not be verified; nothing was changed.</source>
      <translation>Den nye adgangssætning kunne ikke bekræftes; intet blev ændret.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="779" />
      <source>The new recovery key could not be verified; nothing was changed.</source>
      <translation>Den nye gendannelsesnøgle kunne ikke bekræftes; intet blev ændret.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="101" />
      <source>The passphrase is empty. Choose one, or use --no-passphrase explicitly.</source>
      <translation>Adgangssætningen er tom. Vælg en, eller brug udtrykkeligt --no-passphrase.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="269" />
      <source>The passphrase is not right. Check the keyboard layout and Caps Lock, and try again.</source>
      <translation>Adgangssætningen er forkert. Tjek tastaturlayoutet og Caps Lock, og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="212" />
      <source>The recovery key is needed: use --recovery-key-file FILE or set TVAERS_RECOVERY_KEY.</source>
      <translation>Der skal bruges en gendannelsesnøgle: brug --recovery-key-file FIL, eller sæt TVAERS_RECOVERY_KEY.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="278" />
      <source>The recovery key is not right. Check it against your printed copy.</source>
      <translation>Gendannelsesnøglen er forkert. Sammenlign den med din udskrevne kopi.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="63" />
      <source>The text on standard input is not UTF-8.</source>
      <translation>Teksten på standard input er ikke UTF-8.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/passphrase.py" line="77" />
      <source>The two passphrases differ; nothing was changed.</source>
      <translation>De to adgangssætninger er ikke ens; intet blev ændret.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="576" />
      <source>There is no case '{id}'.</source>
      <translation>Der er ingen sag med id'et '{id}'.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="561" />
      <source>There is no case '{id}'. See 'tvaers cases' for the case ids.</source>
      <translation>Der er ingen sag med id'et '{id}'. Se sagernes id'er med 'tvaers cases'.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="70" />
      <source>There is no entry {id}.</source>
      <translation>Der er ingen refleksion nr. {id}.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="35" />
      <source>There is no journal in {path}. Create one with 'tvaers init' or by starting Tværs.</source>
      <translation>Der er ingen dagbog i {path}. Opret en med 'tvaers init' eller ved at starte Tværs.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="683" />
      <source>There is no next step {id}.</source>
      <translation>Der er intet næste skridt nr. {id}.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/commands.py" line="231" />
      <source>There is no theme '{theme}'. Themes: {themes}.</source>
      <translation>Der er intet tema med id'et '{theme}'. Temaer: {themes}.</translation>
    </message>
    <message>
      <location filename="../../journal/store/crypto.py" line="261" />
      <source>This journal is protected by a passphrase. Enter it to open the journal.</source>
      <translation>Dagbogen er beskyttet af en adgangssætning. Indtast den for at åbne dagbogen.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/passphrase.py" line="63" />
      <source>This journal needs its passphrase: use --passphrase-file FILE or set TVAERS_PASSPHRASE.</source>
      <translation>Dagbogen kræver sin adgangssætning: brug --passphrase-file FIL, eller sæt TVAERS_PASSPHRASE.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="256" />
      <source>This journal was written by a newer version of Tværs (schema {revision}). Update Tværs to open it; nothing was changed.</source>
      <translation>Dagbogen er skrevet af en nyere version af Tværs (skema {revision}). Opdatér Tværs for at åbne den; intet blev ændret.</translation>
    </message>
    <message>
      <location filename="../../journal/store/engine.py" line="114" />
      <source>Tværs could not write to the disk (input/output error). Your text is kept in the window; check the disk and free some space, then it is saved again.</source>
      <translation>Tværs kunne ikke skrive til disken (ind-/udlæsningsfejl). Din tekst bliver i vinduet; tjek disken og frigør noget plads, så gemmes den igen.</translation>
    </message>
    <message>
      <location filename="../../journal/store/store.py" line="679" />
      <source>Unknown status '{status}'.</source>
      <translation>Ukendt status '{status}'.</translation>
    </message>
    <message>
      <location filename="../../journal/cli/passphrase.py" line="31" />
      <source>{path} is not UTF-8 text.</source>
      <translation>{path} er ikke UTF-8-tekst.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="71" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="96" />
      <source>Choose a passphrase of at least {n} characters; a few unrelated words are best.</source>
      <translation>Vælg en adgangssætning på mindst {n} tegn; et par ord, der ikke hænger sammen, er bedst.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="70" />
      <source>Create journal</source>
      <translation>Opret dagbog</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="66" />
      <source>Language</source>
      <translation>Sprog</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="67" />
      <source>Passphrase</source>
      <translation>Adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="68" />
      <source>Repeat passphrase</source>
      <translation>Gentag adgangssætning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="61" />
      <source>The journal is kept in: {folder}</source>
      <translation>Dagbogen gemmes i: {folder}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="98" />
      <source>The two passphrases are not the same.</source>
      <translation>De to adgangssætninger er ikke ens.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="38" />
      <source>Tværs keeps your reflections encrypted on this computer. Choose a passphrase: without it nobody can read the journal, not even someone who copies the files.</source>
      <translation>Tværs gemmer dine refleksioner krypteret på denne computer. Vælg en adgangssætning: uden den kan ingen læse dagbogen, heller ikke en, der kopierer filerne.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="56" />
      <source>Use no passphrase (anyone with access to this computer can read the journal)</source>
      <translation>Brug ingen adgangssætning (alle med adgang til computeren kan læse dagbogen)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="35" />
      <source>Welcome to Tværs</source>
      <translation>Velkommen til Tværs</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/first_run.py" line="88" />
      <source>Without a passphrase the journal is not protected. You can add one later in the settings.</source>
      <translation>Uden adgangssætning er dagbogen ikke beskyttet. Du kan tilføje en senere i indstillingerne.</translation>
    </message>
  </context>
  <context>
    <name>LockPage</name>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="55" />
      <source>Click to continue where you left off.</source>
      <translation>Klik for at fortsætte, hvor du slap.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="55" />
      <source>Enter your passphrase to continue where you left off.</source>
      <translation>Indtast din adgangssætning for at fortsætte, hvor du slap.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="19" />
      <source>Tværs is locked</source>
      <translation>Tværs er låst</translation>
    </message>
    <message>
      <location filename="../../journal/ui/lock_page.py" line="32" />
      <source>Unlock</source>
      <translation>Lås op</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../journal/ui/main_window.py" line="184" />
      <source>&amp;Delete reflection…</source>
      <translation>&amp;Slet refleksion …</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="192" />
      <source>&amp;Edit</source>
      <translation>&amp;Rediger</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="186" />
      <source>&amp;Journal</source>
      <translation>&amp;Dagbog</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="182" />
      <source>&amp;Lock</source>
      <translation>&amp;Lås</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="180" />
      <source>&amp;New reflection</source>
      <translation>&amp;Ny refleksion</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="183" />
      <source>&amp;Preview</source>
      <translation>&amp;Forhåndsvisning</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="185" />
      <source>&amp;Quit</source>
      <translation>&amp;Afslut</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="181" />
      <source>&amp;Search</source>
      <translation>S&amp;øg</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="194" />
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="228" />
      <source>All reflections</source>
      <translation>Alle refleksioner</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="285" />
      <source>Answers the question: {question}</source>
      <translation>Svarer på spørgsmålet: {question}</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="294" />
      <source>Delete this reflection for good? This cannot be undone.</source>
      <translation>Vil du slette denne refleksion for altid? Det kan ikke fortrydes.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="404" />
      <source>Not locked: the latest text could not be saved yet.</source>
      <translation>Ikke låst: den seneste tekst kunne endnu ikke gemmes.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="323" />
      <source>Not saved</source>
      <translation>Ikke gemt</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="108" />
      <source>Nothing found.</source>
      <translation>Ingen resultater.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="93" />
      <source>Search everything (Ctrl+F)</source>
      <translation>Søg i alt (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="165" />
      <source>This journal has no passphrase: anyone with access to this computer can read it.</source>
      <translation>Dagbogen har ingen adgangssætning: alle med adgang til computeren kan læse den.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="97" />
      <source>Untitled reflection</source>
      <translation>Refleksion uden titel</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="464" />
      <source>Your latest text could not be saved ({reason}). Close anyway and lose it?</source>
      <translation>Din seneste tekst kunne ikke gemmes ({reason}). Vil du lukke alligevel og miste den?</translation>
    </message>
    <message>
      <location filename="../../journal/ui/main_window.py" line="465" />
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
    <name>PromptPanel</name>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="81" />
      <source>All questions</source>
      <translation>Alle spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="121" />
      <source>All themes</source>
      <translation>Alle temaer</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="70" />
      <source>Another question</source>
      <translation>Et andet spørgsmål</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="67" />
      <source>Answer</source>
      <translation>Svar</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="94" />
      <source>Double-click a question to answer it</source>
      <translation>Dobbeltklik på et spørgsmål for at svare på det</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="87" />
      <source>Filter the questions</source>
      <translation>Filtrér spørgsmålene</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="134" />
      <source>No questions are available.</source>
      <translation>Der er ingen spørgsmål.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/panels/prompt_panel.py" line="49" />
      <source>Today's question</source>
      <translation>Dagens spørgsmål</translation>
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
    <name>UnlockDialog</name>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="18" />
      <source>Enter your passphrase to open the journal.</source>
      <translation>Indtast din adgangssætning for at åbne dagbogen.</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="29" />
      <source>Quit</source>
      <translation>Afslut</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="28" />
      <source>Unlock</source>
      <translation>Lås op</translation>
    </message>
    <message>
      <location filename="../../journal/ui/dialogs/unlock.py" line="16" />
      <source>Unlock Tværs</source>
      <translation>Lås Tværs op</translation>
    </message>
  </context>
</TS>
