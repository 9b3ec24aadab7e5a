<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Could not open %1 as an archive: %2</source>
        <translation type="unfinished">%1 konnte nicht als Archiv geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not an archive Majlis reads (.tar.gz or .zip): %2</source>
        <translation type="unfinished">%1 ist beschädigt oder kein Archiv, das Majlis liest (.tar.gz oder .zip): %2</translation>
    </message>
    <message>
        <source>%1 was refused: its entry &quot;%2&quot; points outside the folder it would be unpacked into. Nothing was imported; download the data set again from its source.</source>
        <translation type="unfinished">%1 wurde abgelehnt: Sein Eintrag „%2“ zeigt aus dem Ordner heraus, in den er entpackt würde. Nichts wurde importiert; laden Sie den Datensatz erneut von seiner Quelle herunter.</translation>
    </message>
    <message>
        <source>%1 was refused: its file &quot;%2&quot; is larger than any file of a member list.</source>
        <translation type="unfinished">%1 wurde abgelehnt: Seine Datei „%2“ ist größer als jede Datei einer Mitgliederliste.</translation>
    </message>
    <message>
        <source>%1 is damaged: its file &quot;%2&quot; cannot be read (%3).</source>
        <translation type="unfinished">%1 ist beschädigt: Seine Datei „%2“ kann nicht gelesen werden (%3).</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>That legislature is not in this workspace.</source>
        <translation type="unfinished">Dieses Parlament ist nicht in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No legislature &quot;%1&quot; in this workspace; `majlis-cli bodies list` shows the codes, and importing a legislature&apos;s members adds it.</source>
        <translation type="unfinished">Kein Parlament „%1“ in diesem Arbeitsbereich; `majlis-cli bodies list` zeigt die Kürzel, und der Import der Mitglieder eines Parlaments fügt es hinzu.</translation>
    </message>
    <message>
        <source>A legislature needs a code and a name.</source>
        <translation type="unfinished">Ein Parlament braucht ein Kürzel und einen Namen.</translation>
    </message>
    <message>
        <source>A building of the group &quot;%1&quot; has no name; name it or leave its group empty.</source>
        <translation type="unfinished">Ein Gebäude der Gruppe „%1“ hat keinen Namen; benennen Sie es oder lassen Sie seine Gruppe leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; a building belongs to one group.</source>
        <translation type="unfinished">„%1“ steht zweimal in der Liste; ein Gebäude gehört zu einer Gruppe.</translation>
    </message>
</context>
<context>
    <name>BundledCongress</name>
    <message>
        <source>This build of Majlis was made without the members of Congress; import legislators-current.csv from the congress-legislators project instead.</source>
        <translation type="unfinished">Dieser Majlis-Build enthält keine Kongressmitglieder; importieren Sie stattdessen legislators-current.csv aus dem Projekt congress-legislators.</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Say which campaign the answer was given in.</source>
        <translation>Gib an, in welcher Kampagne die Antwort gegeben wurde.</translation>
    </message>
    <message>
        <source>Say which election the pledges or votes are for.</source>
        <translation>Gib an, für welche Wahl die Zusagen oder Stimmen gelten.</translation>
    </message>
    <message>
        <source>Say which legislature the district is of.</source>
        <translation>Gib an, zu welchem Parlament der Wahlkreis gehört.</translation>
    </message>
    <message>
        <source>Name at least one volunteer to give the list to.</source>
        <translation>Nenne mindestens eine Freiwillige oder einen Freiwilligen, der die Liste bekommt.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>The campaign &quot;%1&quot; is closed.</source>
        <translation>Die Kampagne „%1“ ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is closed and takes no more results.</source>
        <translation>Die Kampagne „%1“ ist abgeschlossen und nimmt keine Ergebnisse mehr an.</translation>
    </message>
    <message>
        <source>Answers are recorded only for a person who was reached.</source>
        <translation>Antworten werden nur für eine erreichte Person erfasst.</translation>
    </message>
    <message>
        <source>A refusal opts out as &quot;refused&quot; or &quot;hostile&quot;.</source>
        <translation>Eine Ablehnung trägt aus als „refused“ oder „hostile“.</translation>
    </message>
    <message>
        <source>This person is not on the campaign&apos;s list.</source>
        <translation>Diese Person steht nicht auf der Liste der Kampagne.</translation>
    </message>
</context>
<context>
    <name>CampaignExport</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">Anrufer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Ergebnis</translation>
    </message>
    <message>
        <source>Result Name</source>
        <translation type="unfinished">Ergebnis (Text)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation type="unfinished">Erfasst (UTC)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished">Nachverfolgung</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished">Kontaktsperre</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ja</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">Position</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation type="unfinished">Postleitzahl</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Sprachen</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">Ehrenamtliche</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Versuche</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Erledigt</translation>
    </message>
    <message>
        <source>Last Result</source>
        <translation type="unfinished">Letztes Ergebnis</translation>
    </message>
</context>
<context>
    <name>CampaignProgress</name>
    <message numerus="yes">
        <source>%n results entered within one minute</source>
        <translation>
            <numerusform>%n Ergebnisse innerhalb einer Minute eingegeben</numerusform>
            <numerusform>%n Ergebnisse innerhalb einer Minute eingegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>reached %1% of the people called; most phone banks reach far fewer</source>
        <translation>hat %1% der Angerufenen erreicht; die meisten Telefonaktionen erreichen weit weniger</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>Give the election a name.</source>
        <translation>Gib der Wahl einen Namen.</translation>
    </message>
    <message>
        <source>The election no longer exists.</source>
        <translation>Diese Wahl gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>No election is called &quot;%1&quot;.</source>
        <translation>Keine Wahl heißt „%1“.</translation>
    </message>
    <message>
        <source>More than one election&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>Mehr als eine Wahl-ID beginnt mit „%1“; gib mehr davon an.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Gib der Kampagne einen Namen.</translation>
    </message>
    <message>
        <source>The campaign must end on or after the day it starts.</source>
        <translation>Die Kampagne muss am Starttag oder danach enden.</translation>
    </message>
    <message>
        <source>A get-out-the-vote drive needs the election it is for.</source>
        <translation>Eine Wahlmobilisierung braucht die Wahl, für die sie ist.</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>Diese Kampagne gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>No campaign is called &quot;%1&quot;.</source>
        <translation>Keine Kampagne heißt „%1“.</translation>
    </message>
    <message>
        <source>More than one campaign&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>Mehr als eine Kampagnen-ID beginnt mit „%1“; gib mehr davon an.</translation>
    </message>
</context>
<context>
    <name>CampaignScriptFormat</name>
    <message>
        <source>The script is not valid YAML (line %1): %2</source>
        <translation>Das Skript ist kein gültiges YAML (Zeile %1): %2</translation>
    </message>
    <message>
        <source>A script starts with &quot;introduction:&quot; and &quot;questions:&quot;.</source>
        <translation>Ein Skript beginnt mit „introduction:“ und „questions:“.</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions.</source>
        <translation>„questions“ muss eine Liste von Fragen sein.</translation>
    </message>
    <message>
        <source>Question %1 needs a key of letters, digits, &apos;_&apos; or &apos;-&apos; (at most 40).</source>
        <translation>Frage %1 braucht einen Schlüssel aus Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos; (höchstens 40).</translation>
    </message>
    <message>
        <source>Two questions have the key &quot;%1&quot;.</source>
        <translation>Zwei Fragen haben den Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no text to read.</source>
        <translation>Frage „%1“ hat keinen Text zum Vorlesen.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has the kind &quot;%2&quot;; use single, multiple, yes_no or text.</source>
        <translation>Frage „%1“ hat die Art „%2“; verwende single, multiple, yes_no oder text.</translation>
    </message>
    <message>
        <source>An answer of question &quot;%1&quot; needs a key of letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Eine Antwort von Frage „%1“ braucht einen Schlüssel aus Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has two answers with the key &quot;%2&quot;.</source>
        <translation>Frage „%1“ hat zwei Antworten mit dem Schlüssel „%2“.</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; of question &quot;%2&quot; has the action &quot;%3&quot;; use pledge, follow_up, do_not_contact or tag:NAME.</source>
        <translation>Die Antwort „%1“ von Frage „%2“ hat die Aktion „%3“; verwende pledge, follow_up, do_not_contact oder tag:NAME.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nein</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes free text and cannot list answers.</source>
        <translation>Frage „%1“ nimmt freien Text und kann keine Antworten auflisten.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; lists no answers to choose from.</source>
        <translation>Frage „%1“ nennt keine Antworten zur Auswahl.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has more than nine answers; a caller picks them with keys 1 to 9.</source>
        <translation>Frage „%1“ hat mehr als neun Antworten; Anrufende wählen sie mit den Tasten 1 bis 9.</translation>
    </message>
    <message>
        <source>The script has no question &quot;%1&quot;.</source>
        <translation>Das Skript hat keine Frage „%1“.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes text.</source>
        <translation>Frage „%1“ nimmt Text.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes a list of answers.</source>
        <translation>Frage „%1“ nimmt eine Liste von Antworten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of question &quot;%2&quot;.</source>
        <translation>„%1“ ist keine Antwort von Frage „%2“.</translation>
    </message>
</context>
<context>
    <name>ChapterRepository</name>
    <message>
        <source>A chapter needs a name.</source>
        <translation type="unfinished">Eine Ortsgruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">Es gibt bereits eine Ortsgruppe namens „%1“.</translation>
    </message>
    <message>
        <source>There is no chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">Es gibt keine Ortsgruppe namens „%1“.</translation>
    </message>
    <message>
        <source>The chapter no longer exists.</source>
        <translation type="unfinished">Die Ortsgruppe existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>same email</source>
        <translation type="unfinished">gleiche E-Mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished">gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">gleicher Name</translation>
    </message>
</context>
<context>
    <name>ConflictLog</name>
    <message>
        <source>This conflict is no longer in the log.</source>
        <translation type="unfinished">Dieser Konflikt ist nicht mehr im Protokoll.</translation>
    </message>
    <message>
        <source>This conflict names a field Majlis does not know, so it cannot be restored.</source>
        <translation type="unfinished">Dieser Konflikt nennt ein Feld, das Majlis nicht kennt; der Wert kann daher nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The record this value belonged to has been deleted since.</source>
        <translation type="unfinished">Der Datensatz, zu dem dieser Wert gehörte, wurde inzwischen gelöscht.</translation>
    </message>
</context>
<context>
    <name>ConflictLogModel</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nachname</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Rufname</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Bundesstaat</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Wahlbezirk</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Ortsgruppe</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Sprachen</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Funktion</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished">Fähigkeiten</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">Interessen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Gelöscht</translation>
    </message>
</context>
<context>
    <name>ContactChoice</name>
    <message>
        <source>One Person</source>
        <translation type="unfinished">Eine Person</translation>
    </message>
    <message>
        <source>Tick only one person.</source>
        <translation type="unfinished">Markieren Sie nur eine Person.</translation>
    </message>
</context>
<context>
    <name>ContactDirectory</name>
    <message>
        <source>&quot;%1&quot; is not a contact id; use the id shown by &quot;contacts list&quot; (at least 4 characters).</source>
        <translation type="unfinished">„%1“ ist keine Kontakt-ID; verwenden Sie die von „contacts list“ angezeigte ID (mindestens 4 Zeichen).</translation>
    </message>
    <message>
        <source>No contact has the id %1.</source>
        <translation type="unfinished">Kein Kontakt hat die ID %1.</translation>
    </message>
    <message>
        <source>More than one contact has an id starting with %1; give more of it.</source>
        <translation type="unfinished">Mehr als ein Kontakt hat eine ID, die mit %1 beginnt; geben Sie mehr davon an.</translation>
    </message>
</context>
<context>
    <name>ContactDistricts</name>
    <message>
        <source>That contact is not in this workspace.</source>
        <translation type="unfinished">Dieser Kontakt ist nicht in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished">von Hand eingetragen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">bestätigt</translation>
    </message>
    <message>
        <source>estimated from the postcode</source>
        <translation type="unfinished">aus der Postleitzahl geschätzt</translation>
    </message>
    <message>
        <source>to choose</source>
        <translation type="unfinished">auszuwählen</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot; with districts.</source>
        <translation type="unfinished">%1 hat keine Kammer „%2“ mit Wahlkreisen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it with its state, such as MI-12 (MI-0 or MI-AL at-large).</source>
        <translation type="unfinished">„%1“ ist kein Sitz im Repräsentantenhaus; schreiben Sie ihn mit seinem Bundesstaat, etwa MI-12 (MI-0 oder MI-AL für einen landesweiten Sitz).</translation>
    </message>
    <message>
        <source>Name the district to choose.</source>
        <translation type="unfinished">Nennen Sie den Wahlkreis, der gewählt werden soll.</translation>
    </message>
    <message>
        <source>The contact has no district there to confirm yet; choose one first (--set).</source>
        <translation type="unfinished">Der Kontakt hat dort noch keinen Wahlkreis zum Bestätigen; wählen Sie zuerst einen (--set).</translation>
    </message>
    <message>
        <source>The contact has no district there to check.</source>
        <translation type="unfinished">Der Kontakt hat dort keinen Wahlkreis zum Prüfen.</translation>
    </message>
    <message>
        <source>No current member of the %1 of %2 holds district &quot;%3&quot;. Check the district, or import the current members if the districts were redrawn.</source>
        <translation type="unfinished">Kein aktuelles Mitglied der Kammer „%1“ von %2 vertritt den Wahlkreis „%3“. Prüfen Sie den Wahlkreis, oder importieren Sie die aktuellen Mitglieder, falls die Wahlkreise neu zugeschnitten wurden.</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">gleiche E-Mail %1</translation>
    </message>
    <message>
        <source>same email as line %1 of this file</source>
        <translation type="unfinished">gleiche E-Mail wie Zeile %1 dieser Datei</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">gleiche Telefonnummer %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">gleicher Name und gleiche Postleitzahl</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds.</source>
        <translation type="unfinished">Wählen Sie, was jede Spalte der Datei enthält.</translation>
    </message>
    <message>
        <source>No column holds a name: map at least one column to a name field.</source>
        <translation type="unfinished">Keine Spalte enthält einen Namen: Ordnen Sie mindestens eine Spalte einem Namensfeld zu.</translation>
    </message>
    <message>
        <source>The line has more fields than the header; the extra fields were left out.</source>
        <translation type="unfinished">Die Zeile hat mehr Felder als die Kopfzeile; die zusätzlichen Felder wurden ausgelassen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished">Abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district number; it was left out.</source>
        <translation type="unfinished">„%1“ ist keine Wahlbezirksnummer; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; the birthday was left out.</source>
        <translation type="unfinished">„%1“ ist kein Datum; der Geburtstag wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Line %1 could not be merged: %2</source>
        <translation type="unfinished">Zeile %1 konnte nicht zusammengeführt werden: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished">Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
</context>
<context>
    <name>ContactMerger</name>
    <message>
        <source>A record the merge needs is missing (%1 %2).</source>
        <translation type="unfinished">Ein für die Zusammenführung benötigter Datensatz fehlt (%1 %2).</translation>
    </message>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation type="unfinished">Wählen Sie zwei verschiedene Kontakte zum Zusammenführen.</translation>
    </message>
    <message>
        <source>%1 or %2 changed after they were merged, so the merge cannot be undone without losing that change.</source>
        <translation type="unfinished">%1 oder %2 wurde nach der Zusammenführung geändert, daher kann die Zusammenführung nicht rückgängig gemacht werden, ohne diese Änderung zu verlieren.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>Contact %1 (%2): %3</source>
        <translation type="unfinished">Kontakt %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cancelled; no contacts were added.</source>
        <translation type="unfinished">Abgebrochen; es wurden keine Kontakte hinzugefügt.</translation>
    </message>
    <message>
        <source>Enter at least one tag.</source>
        <translation type="unfinished">Geben Sie mindestens einen Tag ein.</translation>
    </message>
    <message>
        <source>The contact was deleted meanwhile; nothing was saved.</source>
        <translation type="unfinished">Der Kontakt wurde inzwischen gelöscht; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">Der Kontakt existiert nicht mehr; er wurde möglicherweise gelöscht.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>The email address is empty.</source>
        <translation type="unfinished">Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains a space.</source>
        <translation type="unfinished">Die E-Mail-Adresse „%1“ enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @ sign; it should look like name@example.org.</source>
        <translation type="unfinished">Die E-Mail-Adresse „%1“ hat kein @-Zeichen; sie sollte wie name@example.org aussehen.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @ sign.</source>
        <translation type="unfinished">Die E-Mail-Adresse „%1“ hat nichts vor dem @-Zeichen.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @ sign.</source>
        <translation type="unfinished">Die E-Mail-Adresse „%1“ hat mehr als ein @-Zeichen.</translation>
    </message>
    <message>
        <source>The part after @ in &quot;%1&quot; is not a valid domain such as example.org.</source>
        <translation type="unfinished">Der Teil nach @ in „%1“ ist keine gültige Domain wie example.org.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished">Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may contain only digits, spaces, + ( ) - . and /.</source>
        <translation type="unfinished">Die Telefonnummer „%1“ darf nur Ziffern, Leerzeichen, + ( ) - . und / enthalten.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is too short.</source>
        <translation type="unfinished">Die Telefonnummer „%1“ ist zu kurz.</translation>
    </message>
    <message>
        <source>Enter a given name, a family name or a preferred name.</source>
        <translation type="unfinished">Geben Sie einen Vornamen, einen Nachnamen oder einen Rufnamen ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a U.S. state code; use two letters such as MI or CA.</source>
        <translation type="unfinished">„%1“ ist kein Kürzel eines US-Bundesstaats; verwenden Sie zwei Buchstaben wie MI oder CA.</translation>
    </message>
    <message>
        <source>A congressional district needs a state.</source>
        <translation type="unfinished">Ein Kongresswahlbezirk braucht einen Bundesstaat.</translation>
    </message>
    <message>
        <source>District %1 does not exist; use 0 for an at-large seat or 1 to %2.</source>
        <translation type="unfinished">Wahlbezirk %1 existiert nicht; verwenden Sie 0 für einen At-large-Sitz oder 1 bis %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: check the country code and the number of digits after it.</source>
        <translation type="unfinished">„%1“ ist keine Telefonnummer: Prüfen Sie die Ländervorwahl und die Anzahl der Ziffern danach.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; does not look like a whole number in %2: check the digits and the area code, or write it with + and the country code.</source>
        <translation type="unfinished">Die Telefonnummer „%1“ sieht nicht wie eine vollständige Nummer für %2 aus: Prüfen Sie die Ziffern und die Vorwahl oder schreiben Sie die Nummer mit + und der Ländervorwahl.</translation>
    </message>
</context>
<context>
    <name>CreateContactCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished">%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file ends inside a quoted field that starts on line %1; it may be cut short.</source>
        <translation type="unfinished">Die Datei endet innerhalb eines Felds in Anführungszeichen, das in Zeile %1 beginnt; sie ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished">Die Datei ist leer: Sie hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header names only %3.</source>
        <translation type="unfinished">Zeile %1 hat %2 Felder, aber die Kopfzeile benennt nur %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder. Choose a workspace file instead.</source>
        <translation type="unfinished">%1 ist ein Ordner. Wählen Sie stattdessen eine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Majlis cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished">Majlis kann %1 nicht lesen: %2. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>%1 is not a Majlis workspace (it is not an SQLite database). Choose another file.</source>
        <translation type="unfinished">%1 ist kein Majlis-Arbeitsbereich (keine SQLite-Datenbank). Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation type="unfinished">%1 ist schreibgeschützt. Kopieren Sie die Datei in einen Ordner mit Schreibrechten oder ändern Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and Majlis needs to write beside the workspace. Move the file to a writable folder.</source>
        <translation type="unfinished">Der Ordner %1 ist schreibgeschützt, und Majlis muss neben dem Arbeitsbereich schreiben können. Verschieben Sie die Datei in einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation type="unfinished">Unter %1 gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Majlis cannot create the folder %1. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis kann den Ordner %1 nicht erstellen. Wählen Sie einen Speicherort mit Schreibrechten.</translation>
    </message>
    <message>
        <source>Majlis cannot create a workspace in %1: %2. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis kann in %1 keinen Arbeitsbereich erstellen: %2. Wählen Sie einen Speicherort mit Schreibrechten.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 ist beschädigt und kann nicht geöffnet werden. Stellen Sie die Datei aus einer Sicherung oder einer synchronisierten Kopie wieder her.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 ist beschädigt (%2). Stellen Sie die Datei aus einer Sicherung oder einer synchronisierten Kopie wieder her.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database from another program, not a Majlis workspace. Choose another file.</source>
        <translation type="unfinished">%1 ist eine SQLite-Datenbank eines anderen Programms, kein Majlis-Arbeitsbereich. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Majlis (workspace format %2; this version reads up to %3). Update Majlis to open it.</source>
        <translation type="unfinished">%1 wurde von einer neueren Version von Majlis geschrieben (Arbeitsbereichsformat %2; diese Version liest bis %3). Aktualisieren Sie Majlis, um die Datei zu öffnen.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A Gregorian date or time, then the same day in the Hijri calendar: &quot;13 March 2026 (24 Ramadan 1447)&quot;</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Hijri dates follow the Islamic civil (tabular) calendar. Where months begin with the sighting of the moon, or by the Umm al-Qura calendar, the date announced locally may differ by a day.</source>
        <translation type="unfinished">Hidschri-Daten folgen dem islamischen bürgerlichen (tabellarischen) Kalender. Wo Monate mit der Sichtung des Neumonds oder nach dem Umm-al-Qura-Kalender beginnen, kann das örtlich verkündete Datum um einen Tag abweichen.</translation>
    </message>
</context>
<context>
    <name>DayExport</name>
    <message>
        <source>Meeting with %1</source>
        <translation type="unfinished">Treffen mit %1</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1, Raum %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished">Wo: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">Team: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">Leitung: %1</translation>
    </message>
    <message>
        <source>The asks:</source>
        <translation type="unfinished">Die Anliegen:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Ende</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Büro</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Kammer</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">Sitz</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Gebäude</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Raum</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Leitung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Fixiert</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">Abgehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgesagt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">Geplant</translation>
    </message>
    <message>
        <source>Senate</source>
        <translation type="unfinished">Senat</translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished">Repräsentantenhaus</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nein</translation>
    </message>
</context>
<context>
    <name>DayPlanner</name>
    <message>
        <source>There are no members of %1 in this workspace yet; import its current members first.</source>
        <translation type="unfinished">Noch keine Mitglieder von %1 in diesem Arbeitsbereich; importieren Sie zuerst die aktuellen Mitglieder.</translation>
    </message>
</context>
<context>
    <name>DayRepository</name>
    <message>
        <source>Give the day a title.</source>
        <translation type="unfinished">Geben Sie dem Tag einen Titel.</translation>
    </message>
    <message>
        <source>Choose the day&apos;s date.</source>
        <translation type="unfinished">Wählen Sie das Datum des Tages.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation type="unfinished">„%1“ ist keine Zeitzone, die dieser Computer kennt.</translation>
    </message>
    <message>
        <source>The meeting window must start before it ends, within the day.</source>
        <translation type="unfinished">Das Zeitfenster für Treffen muss innerhalb des Tages vor seinem Ende beginnen.</translation>
    </message>
    <message>
        <source>A meeting slot must be at least 5 minutes and fit in the window.</source>
        <translation type="unfinished">Ein Zeitfenster für ein Treffen muss mindestens 5 Minuten lang sein und in das Zeitfenster passen.</translation>
    </message>
    <message>
        <source>A team needs room for at least one person.</source>
        <translation type="unfinished">Ein Team braucht Platz für mindestens eine Person.</translation>
    </message>
    <message>
        <source>Walking times cannot be negative.</source>
        <translation type="unfinished">Gehzeiten können nicht negativ sein.</translation>
    </message>
    <message>
        <source>The advocacy day no longer exists.</source>
        <translation type="unfinished">Der Advocacy-Tag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no advocacy day &quot;%1&quot;.</source>
        <translation type="unfinished">Es gibt keinen Advocacy-Tag „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 advocacy days; give more of the id.</source>
        <translation type="unfinished">„%1“ passt auf %2 Advocacy-Tage; geben Sie mehr von der ID an.</translation>
    </message>
    <message>
        <source>A contact to register no longer exists; nothing was added.</source>
        <translation type="unfinished">Ein anzumeldender Kontakt existiert nicht mehr; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The time must end after it starts.</source>
        <translation type="unfinished">Die Zeit muss nach ihrem Beginn enden.</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n Kontakt löschen</numerusform>
            <numerusform>%n Kontakte löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoAdvocacy</name>
    <message>
        <source>Capitol Advocacy Day (demo)</source>
        <translation type="unfinished">Advocacy-Tag im Kapitol (Demo)</translation>
    </message>
    <message>
        <source>Civil rights and community safety</source>
        <translation type="unfinished">Bürgerrechte und Sicherheit der Gemeinschaft</translation>
    </message>
    <message>
        <source>Protect travellers from profiling by religion or origin</source>
        <translation type="unfinished">Reisende vor Profiling nach Religion oder Herkunft schützen</translation>
    </message>
    <message>
        <source>Share a story of a family stopped at the border; ask the office to speak up.</source>
        <translation type="unfinished">Erzählen Sie von einer an der Grenze angehaltenen Familie; bitten Sie das Büro, sich zu äußern.</translation>
    </message>
    <message>
        <source>Fund community violence-prevention grants</source>
        <translation type="unfinished">Zuschüsse zur Gewaltprävention in Gemeinden finanzieren</translation>
    </message>
    <message>
        <source>Name the programmes in your district that the grants keep open.</source>
        <translation type="unfinished">Nennen Sie die Programme in Ihrem Bezirk, die diese Zuschüsse offen halten.</translation>
    </message>
</context>
<context>
    <name>DistrictFill</name>
    <message>
        <source>No postcode file was imported for %1; import one with &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (or senate).</source>
        <translation type="unfinished">Für %1 wurde keine Postleitzahlendatei importiert; importieren Sie eine mit „majlis-cli districts import FILE --body %2 --chamber house“ (oder senate).</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">gleiche E-Mail %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">gleiche Telefonnummer %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">gleicher Name und gleiche Postleitzahl</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">gleicher Name</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation type="unfinished">Die Duplikatsuche wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">Der Kontakt existiert nicht mehr; er wurde möglicherweise gelöscht.</translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished">%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Give the event a title.</source>
        <translation type="unfinished">Geben Sie der Veranstaltung einen Titel.</translation>
    </message>
    <message>
        <source>Give the date and time the event starts.</source>
        <translation type="unfinished">Geben Sie Datum und Uhrzeit des Beginns der Veranstaltung an.</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation type="unfinished">Die Veranstaltung muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished">Die Veranstaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 events; give more of the id.</source>
        <translation type="unfinished">„%1“ passt auf %2 Veranstaltungen; geben Sie mehr von der ID an.</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;.</source>
        <translation type="unfinished">Es gibt keine Veranstaltung „%1“.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Angemeldet</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">Spontangast</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Eingecheckt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nein</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished">Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>No certificate or fingerprint is set for this server, so it cannot be trusted.</source>
        <translation type="unfinished">Für diesen Server ist weder ein Zertifikat noch ein Fingerabdruck festgelegt, daher kann ihm nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one set for this organization.</source>
        <translation type="unfinished">Das Zertifikat des Servers ist nicht das für diese Organisation festgelegte.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted for this organization (%1).</source>
        <translation type="unfinished">Das Zertifikat des Servers ist für diese Organisation nicht vertrauenswürdig (%1).</translation>
    </message>
    <message>
        <source>The sync server answered with a redirect to another address; Majlis does not follow it. Check the server address.</source>
        <translation type="unfinished">Der Synchronisierungsserver hat mit einer Weiterleitung an eine andere Adresse geantwortet; Majlis folgt ihr nicht. Prüfen Sie die Serveradresse.</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Line %1 is not an iCalendar line (NAME:value): &quot;%2&quot;.</source>
        <translation type="unfinished">Zeile %1 ist keine iCalendar-Zeile (NAME:Wert): „%2“.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, which is not the open component.</source>
        <translation type="unfinished">Zeile %1 beendet %2, das nicht die offene Komponente ist.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation type="unfinished">Zeile %1 liegt außerhalb von BEGIN:VCALENDAR … END:VCALENDAR.</translation>
    </message>
    <message>
        <source>%1 opened on line %2 is never closed; the file may be cut short.</source>
        <translation type="unfinished">%1, geöffnet in Zeile %2, wird nie geschlossen; die Datei ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>The file holds no calendar.</source>
        <translation type="unfinished">Die Datei enthält keinen Kalender.</translation>
    </message>
    <message>
        <source>%1 names the time zone &quot;%2&quot;, which this computer does not know; its time %3 is kept as written, without a zone.</source>
        <translation type="unfinished">%1 nennt die Zeitzone „%2“, die dieser Computer nicht kennt; die Zeit %3 bleibt wie geschrieben, ohne Zeitzone.</translation>
    </message>
</context>
<context>
    <name>InteractionLog</name>
    <message>
        <source>Give the date of the interaction.</source>
        <translation type="unfinished">Geben Sie das Datum der Interaktion an.</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation type="unfinished">Beschreiben Sie in wenigen Worten, was passiert ist.</translation>
    </message>
</context>
<context>
    <name>Itineraries</name>
    <message>
        <source>Team for %1</source>
        <translation type="unfinished">Team für %1</translation>
    </message>
    <message>
        <source>No meetings are scheduled yet.</source>
        <translation type="unfinished">Es sind noch keine Treffen geplant.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Zeit</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Büro</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Gebäude</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Raum</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Team</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">Leitung: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgesagt</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">Die Anliegen</translation>
    </message>
</context>
<context>
    <name>ItineraryPdf</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorFile</name>
    <message>
        <source>This is not a congress-legislators file: it has no &quot;%1&quot; column.</source>
        <translation type="unfinished">Dies ist keine congress-legislators-Datei: Sie hat keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: it needs a bioguide id, a state and a type of &quot;sen&quot; or &quot;rep&quot;.</source>
        <translation type="unfinished">Zeile %1 wurde übersprungen: Sie braucht eine Bioguide-ID, einen Bundesstaat und einen Typ „sen“ oder „rep“.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: %2 is listed twice.</source>
        <translation type="unfinished">Zeile %1 wurde übersprungen: %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1 has no Capitol office building in the address &quot;%2&quot;; add it by hand before scheduling meetings with this office.</source>
        <translation type="unfinished">%1 hat kein Bürogebäude des Kapitols in der Adresse „%2“; tragen Sie es von Hand ein, bevor Sie Treffen mit diesem Büro planen.</translation>
    </message>
    <message>
        <source>The file lists no members of Congress.</source>
        <translation type="unfinished">Die Datei führt keine Kongressmitglieder auf.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorRepository</name>
    <message>
        <source>No member of Congress has the bioguide id &quot;%1&quot;; import the current legislators first.</source>
        <translation type="unfinished">Kein Kongressmitglied hat die Bioguide-ID „%1“; importieren Sie zuerst die aktuellen Abgeordneten.</translation>
    </message>
    <message>
        <source>A member of %1 has no id, so a later import could not find them again.</source>
        <translation type="unfinished">Ein Mitglied von %1 hat keine Kennung; ein späterer Import fände es nicht wieder.</translation>
    </message>
    <message>
        <source>%1 is listed twice for %2; nothing was imported.</source>
        <translation type="unfinished">%1 ist für %2 doppelt aufgeführt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>That legislator is not in this workspace.</source>
        <translation type="unfinished">Dieser Abgeordnete ist nicht in diesem Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>MarkVotedCommand</name>
    <message>
        <source>Mark %1 Voted</source>
        <translation type="unfinished">%1 als gewählt markieren</translation>
    </message>
    <message>
        <source>Mark %1 Not Voted</source>
        <translation type="unfinished">%1 als nicht gewählt markieren</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Voted</source>
        <translation type="unfinished">
            <numerusform>%Ln Person als gewählt markieren</numerusform>
            <numerusform>%Ln Personen als gewählt markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Not Voted</source>
        <translation type="unfinished">
            <numerusform>%Ln Person als nicht gewählt markieren</numerusform>
            <numerusform>%Ln Personen als nicht gewählt markieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished">Das Treffen existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A meeting must end after it starts.</source>
        <translation type="unfinished">Ein Treffen muss nach seinem Beginn enden.</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>&quot;%1&quot; does not map a field to a column: write FIELD=COLUMN, a field being one of %2 and a column one of the file&apos;s header (%3).</source>
        <translation type="unfinished">„%1“ ordnet kein Feld einer Spalte zu: Schreiben Sie FIELD=COLUMN, mit einem Feld aus %2 und einer Spalte aus der Kopfzeile der Datei (%3).</translation>
    </message>
    <message>
        <source>The member list needs a column of names and one of constituencies; its header is: %1.</source>
        <translation type="unfinished">Die Mitgliederliste braucht eine Spalte mit Namen und eine mit Wahlkreisen; ihre Kopfzeile ist: %1.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: a member needs a name and a constituency.</source>
        <translation type="unfinished">Zeile %1 wurde übersprungen: Ein Mitglied braucht einen Namen und einen Wahlkreis.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: &quot;%2&quot; is not a chamber of %3.</source>
        <translation type="unfinished">Zeile %1 wurde übersprungen: „%2“ ist keine Kammer von %3.</translation>
    </message>
    <message>
        <source>Lines %1 and %2 both list %3 (%4); a member list names each member once. Nothing was imported.</source>
        <translation type="unfinished">Die Zeilen %1 und %2 nennen beide %3 (%4); eine Mitgliederliste nennt jedes Mitglied einmal. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The member list has no member with a name and a constituency.</source>
        <translation type="unfinished">Die Mitgliederliste enthält kein Mitglied mit Namen und Wahlkreis.</translation>
    </message>
</context>
<context>
    <name>MergeContactsCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished">%1 mit %2 zusammenführen</translation>
    </message>
</context>
<context>
    <name>OpenStates</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: this is not valid YAML (%3). Nothing was imported.</source>
        <translation type="unfinished">%1, Zeile %2: Das ist kein gültiges YAML (%3). Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1, line %2: this is not an Open States person file (%3). Nothing was imported.</source>
        <translation type="unfinished">%1, Zeile %2: Das ist keine Open-States-Personendatei (%3). Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: it has no &quot;%2&quot;. Nothing was imported.</source>
        <translation type="unfinished">%1 ist keine Open-States-Personendatei: Es fehlt „%2“. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: its id, name or roles are not what the people schema writes. Nothing was imported.</source>
        <translation type="unfinished">%1 ist keine Open-States-Personendatei: Kennung, Name oder Rollen sind nicht so, wie das people-Schema sie schreibt. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 (%2) was skipped: no current role in a state legislature.</source>
        <translation type="unfinished">%1 (%2) wurde übersprungen: keine aktuelle Rolle in einem Staatsparlament.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished">%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 holds no Open States legislators: they are YAML files in data/&lt;state&gt;/legislature/.</source>
        <translation type="unfinished">%1 enthält keine Open-States-Abgeordneten: Das sind YAML-Dateien in data/&lt;state&gt;/legislature/.</translation>
    </message>
    <message>
        <source>%1 and %2 both describe the person %3; remove one and import again. Nothing was imported.</source>
        <translation type="unfinished">%1 und %2 beschreiben beide die Person %3; entfernen Sie eine und importieren Sie erneut. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Congress in data/us was skipped (%1 files): import Congress from congress-legislators&apos; legislators-current.csv.</source>
        <translation type="unfinished">Der Kongress in data/us wurde übersprungen (%1 Dateien): Importieren Sie den Kongress aus legislators-current.csv von congress-legislators.</translation>
    </message>
    <message>
        <source>The Open States data names no current member of a state legislature.</source>
        <translation type="unfinished">Die Open-States-Daten nennen kein aktuelles Mitglied eines Staatsparlaments.</translation>
    </message>
</context>
<context>
    <name>OptOuts</name>
    <message>
        <source>&quot;%1&quot; is not a reason; use requested, refused, hostile or deceased.</source>
        <translation>„%1“ ist kein Grund; verwende requested, refused, hostile oder deceased.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Den Kontakt gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>A partner needs a name.</source>
        <translation type="unfinished">Ein Partner braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a partner named &quot;%1&quot;.</source>
        <translation type="unfinished">Es gibt bereits einen Partner namens „%1“.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation type="unfinished">Der Partner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 partners; give more of the id.</source>
        <translation type="unfinished">„%1“ passt auf %2 Partner; geben Sie mehr von der ID an.</translation>
    </message>
    <message>
        <source>There is no partner &quot;%1&quot;.</source>
        <translation type="unfinished">Es gibt keinen Partner „%1“.</translation>
    </message>
    <message>
        <source>Choose the person who belongs to the partner.</source>
        <translation type="unfinished">Wählen Sie die Person, die zum Partner gehört.</translation>
    </message>
    <message>
        <source>%1 is already listed at this partner; record that they left before adding them again.</source>
        <translation type="unfinished">%1 ist bei diesem Partner bereits aufgeführt; erfassen Sie das Ausscheiden, bevor Sie die Person erneut hinzufügen.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation type="unfinished">Dieser Kontakt existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>PersonRows</name>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation type="unfinished">Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This number could not be read as a phone number; it is kept as typed.</source>
        <translation type="unfinished">Diese Nummer konnte nicht als Telefonnummer gelesen werden; sie bleibt so, wie sie eingegeben wurde.</translation>
    </message>
    <message>
        <source>This number could not be read as a phone number of %1; it is kept as typed.</source>
        <translation type="unfinished">Diese Nummer konnte nicht als Telefonnummer in %1 gelesen werden; sie bleibt so, wie sie eingegeben wurde.</translation>
    </message>
</context>
<context>
    <name>PhoneRegion</name>
    <message>
        <source>&quot;%1&quot; is not a country code Majlis knows; use two letters such as DE, GB or CA.</source>
        <translation type="unfinished">„%1“ ist kein Ländercode, den Majlis kennt; verwenden Sie zwei Buchstaben, z. B. DE, GB oder CA.</translation>
    </message>
</context>
<context>
    <name>PostcodeFile</name>
    <message>
        <source>The file needs a postcode column (postcode, zip or zcta) and a district column (district or cd) in its first line; it has: %1.</source>
        <translation type="unfinished">Die Datei braucht in der ersten Zeile eine Spalte für die Postleitzahl (postcode, zip oder zcta) und eine für den Wahlkreis (district oder cd); sie hat: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postcode; the row was left out.</source>
        <translation type="unfinished">„%1“ ist keine Postleitzahl; die Zeile wurde ausgelassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ZIP code; the row was left out.</source>
        <translation type="unfinished">„%1“ ist keine ZIP-Postleitzahl; die Zeile wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Postcode %1 has no district; the row was left out.</source>
        <translation type="unfinished">Die Postleitzahl %1 hat keinen Wahlkreis; die Zeile wurde ausgelassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it as MI-12, or give the state in a state column; the row was left out.</source>
        <translation type="unfinished">„%1“ ist kein Sitz im Repräsentantenhaus; schreiben Sie MI-12 oder geben Sie den Bundesstaat in einer Spalte state an; die Zeile wurde ausgelassen.</translation>
    </message>
</context>
<context>
    <name>PostcodeImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chamber; use senate (the upper chamber), house (the lower one) or unicameral.</source>
        <translation type="unfinished">„%1“ ist keine Kammer; verwenden Sie senate (die obere Kammer), house (die untere) oder unicameral.</translation>
    </message>
    <message>
        <source>Senators of the U.S. Congress represent a whole state; a postcode file is for the House.</source>
        <translation type="unfinished">Senatoren des US-Kongresses vertreten einen ganzen Bundesstaat; eine Postleitzahlendatei ist für das Repräsentantenhaus.</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot;.</source>
        <translation type="unfinished">%1 hat keine Kammer „%2“.</translation>
    </message>
    <message>
        <source>The file has no usable rows, so the districts held for %1 were left as they were.</source>
        <translation type="unfinished">Die Datei hat keine verwendbaren Zeilen; die für %1 gespeicherten Wahlkreise blieben unverändert.</translation>
    </message>
    <message>
        <source>No current member of %1 holds district %2 (postcode %3); the row was imported.</source>
        <translation type="unfinished">Kein aktuelles Mitglied von %1 vertritt den Wahlkreis %2 (Postleitzahl %3); die Zeile wurde importiert.</translation>
    </message>
</context>
<context>
    <name>PostcodeLookup</name>
    <message>
        <source>&quot;%1&quot; is not a U.S. ZIP code; give five digits, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">„%1“ ist keine US-Postleitzahl (ZIP); geben Sie fünf Ziffern an, etwa 48126 oder 48126-1234.</translation>
    </message>
</context>
<context>
    <name>ScheduleCheck</name>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">ein nicht mehr aufgeführtes Büro</translation>
    </message>
    <message>
        <source>someone no longer registered</source>
        <translation type="unfinished">eine nicht mehr angemeldete Person</translation>
    </message>
    <message>
        <source>%1 to %2 is outside the day&apos;s meeting window.</source>
        <translation type="unfinished">%1 bis %2 liegt außerhalb des Zeitfensters für Treffen an diesem Tag.</translation>
    </message>
    <message>
        <source>The team has %1 people; the day allows %2.</source>
        <translation type="unfinished">Das Team hat %1 Personen; der Tag erlaubt %2.</translation>
    </message>
    <message>
        <source>%1 cannot meet from %2 to %3.</source>
        <translation type="unfinished">%1 kann von %2 bis %3 nicht.</translation>
    </message>
    <message>
        <source>%1 confirmed other times for meetings.</source>
        <translation type="unfinished">%1 hat andere Zeiten für Treffen bestätigt.</translation>
    </message>
    <message>
        <source>%1 has another meeting at %2.</source>
        <translation type="unfinished">%1 hat um %2 ein anderes Treffen.</translation>
    </message>
    <message>
        <source>%1 is also meeting %2 at %3.</source>
        <translation type="unfinished">%1 trifft um %3 auch %2.</translation>
    </message>
    <message>
        <source>%1 needs %2 minutes to walk here from %3, which ends at %4.</source>
        <translation type="unfinished">%1 braucht %2 Minuten Fußweg von %3, das um %4 endet.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>The office has no free time left in the day&apos;s window, its blackouts and its confirmed times.</source>
        <translation type="unfinished">Das Büro hat im Zeitfenster des Tages, bei seinen Sperrzeiten und bestätigten Zeiten keine freie Zeit mehr.</translation>
    </message>
    <message>
        <source>Whenever the office is free, the attendee is in another meeting or could not walk there in time.</source>
        <translation type="unfinished">Immer wenn das Büro frei ist, ist die teilnehmende Person in einem anderen Treffen oder könnte nicht rechtzeitig dorthin gehen.</translation>
    </message>
    <message>
        <source>The contact has no U.S. state, or lives outside the legislature&apos;s state, so their members are unknown.</source>
        <translation type="unfinished">Der Kontakt hat keinen US-Bundesstaat oder wohnt außerhalb des Bundesstaats des Parlaments; seine Abgeordneten sind unbekannt.</translation>
    </message>
    <message>
        <source>The contact has no district for this chamber, so their member is unknown; fill districts from ZIP codes or enter it.</source>
        <translation type="unfinished">Der Kontakt hat für diese Kammer keinen Wahlkreis, sein Abgeordneter ist also unbekannt; füllen Sie die Wahlkreise aus den Postleitzahlen oder tragen Sie ihn ein.</translation>
    </message>
    <message>
        <source>No current member holds this seat.</source>
        <translation type="unfinished">Kein aktuelles Mitglied hat diesen Sitz.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Enter the server address, such as https://sync.example.org.</source>
        <translation type="unfinished">Geben Sie die Serveradresse ein, z. B. https://sync.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It looks like https://sync.example.org.</source>
        <translation type="unfinished">„%1“ ist keine Serveradresse. Eine Serveradresse sieht so aus: https://sync.example.org.</translation>
    </message>
    <message>
        <source>The server address must start with https://, so the password and the workspace travel encrypted. Plain http:// is only for a server on this computer (localhost).</source>
        <translation type="unfinished">Die Serveradresse muss mit https:// beginnen, damit Passwort und Arbeitsbereich verschlüsselt übertragen werden. Einfaches http:// ist nur für einen Server auf diesem Computer (localhost) gedacht.</translation>
    </message>
    <message>
        <source>The fingerprint must be the SHA-256 of the server&apos;s certificate: 64 hexadecimal digits (0–9 and A–F), colons allowed.</source>
        <translation type="unfinished">Der Fingerabdruck muss der SHA-256-Wert des Serverzertifikats sein: 64 Hexadezimalziffern (0–9 und A–F), Doppelpunkte sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>SignOnLetters</name>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished">Noch keine Antwort</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">Unterzeichnet</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Abgelehnt</translation>
    </message>
    <message>
        <source>A sign-on letter needs a title.</source>
        <translation type="unfinished">Ein Sammelbrief braucht einen Titel.</translation>
    </message>
    <message>
        <source>That partner was not asked to sign this letter.</source>
        <translation type="unfinished">Dieser Partner wurde nicht gebeten, diesen Brief zu unterzeichnen.</translation>
    </message>
    <message>
        <source>Signed &quot;%1&quot;</source>
        <translation type="unfinished">„%1“ unterzeichnet</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The workspace is in use by another program or another Majlis window. Close it there and try again.</source>
        <translation type="unfinished">Der Arbeitsbereich wird von einem anderen Programm oder einem anderen Majlis-Fenster verwendet. Schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written. Check that the file and its folder are writable.</source>
        <translation type="unfinished">Die Arbeitsbereichsdatei kann nicht geschrieben werden. Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">Die Arbeitsbereichsdatei ist beschädigt. Stellen Sie sie aus einer Sicherung oder einer synchronisierten Kopie wieder her.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished">Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation type="unfinished">Der Arbeitsbereich konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync server could not be reached: %1</source>
        <translation type="unfinished">Der Synchronisierungsserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server did not accept the login. Log in again.</source>
        <translation type="unfinished">Der Server hat die Anmeldung nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished">Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The sync server needs a newer Majlis. Update Majlis on this laptop, then sync again.</source>
        <translation type="unfinished">Der Synchronisierungsserver benötigt eine neuere Version von Majlis. Aktualisieren Sie Majlis auf diesem Laptop und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation type="unfinished">Zu viele Versuche. Warten Sie ein paar Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sync server answered %1: %2</source>
        <translation type="unfinished">Der Synchronisierungsserver antwortete mit %1: %2</translation>
    </message>
    <message>
        <source>This workspace syncs with another server. Open a new workspace to sync with this one.</source>
        <translation type="unfinished">Dieser Arbeitsbereich wird mit einem anderen Server synchronisiert. Öffnen Sie einen neuen Arbeitsbereich, um mit diesem Server zu synchronisieren.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished">Der Benutzername oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The sync server keeps refusing to acknowledge this laptop&apos;s changes.</source>
        <translation type="unfinished">Der Synchronisierungsserver verweigert weiterhin die Bestätigung der Änderungen dieses Laptops.</translation>
    </message>
    <message>
        <source>The server refused this workspace&apos;s new device id as well. Try again later.</source>
        <translation type="unfinished">Der Server hat auch die neue Geräte-ID dieses Arbeitsbereichs abgelehnt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Ask for at least one person.</source>
        <translation>Fordern Sie mindestens eine Person an.</translation>
    </message>
    <message>
        <source>The server has no such campaign in your chapters. Sync, then choose the campaign again.</source>
        <translation>Der Server hat diese Kampagne in Ihren Ortsgruppen nicht. Synchronisieren Sie und wählen Sie die Kampagne dann erneut.</translation>
    </message>
    <message>
        <source>This campaign is closed: nobody can take people from its list.</source>
        <translation>Diese Kampagne ist abgeschlossen: Niemand kann mehr Personen von ihrer Liste übernehmen.</translation>
    </message>
</context>
<context>
    <name>TagContactsCommand</name>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n Kontakt mit Tags versehen</numerusform>
            <numerusform>%n Kontakte mit Tags versehen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextEncodings</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished">Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation type="unfinished">Unicode (UTF-16 Little Endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation type="unfinished">Unicode (UTF-16 Big Endian)</translation>
    </message>
    <message>
        <source>Arabic (Windows-1256)</source>
        <translation type="unfinished">Arabisch (Windows-1256)</translation>
    </message>
    <message>
        <source>Arabic (ISO-8859-6)</source>
        <translation type="unfinished">Arabisch (ISO-8859-6)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished">Westeuropäisch (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation type="unfinished">Westeuropäisch (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Line %1 has bytes (%2) that are not %3 text; the file is written in another encoding. Choose the one it was saved in.</source>
        <translation type="unfinished">Zeile %1 enthält Bytes (%2), die kein %3-Text sind; die Datei ist in einer anderen Kodierung geschrieben. Wählen Sie die, in der sie gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; use an IANA name such as Europe/London, America/New_York or Asia/Karachi.</source>
        <translation type="unfinished">„%1“ ist keine Zeitzone, die dieser Computer kennt; verwenden Sie einen IANA-Namen wie Europe/London, America/New_York oder Asia/Karachi.</translation>
    </message>
</context>
<context>
    <name>Turnout</name>
    <message>
        <source>A person to mark is no longer in the workspace.</source>
        <translation>Eine zu markierende Person ist nicht mehr im Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Line %1 is not a vCard line (NAME:value) and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">Zeile %1 ist keine vCard-Zeile (NAME:Wert) und wurde übersprungen: „%2“</translation>
    </message>
    <message>
        <source>%1: %2 was not imported</source>
        <translation type="unfinished">%1: %2 wurde nicht importiert</translation>
    </message>
    <message>
        <source>%1: another %2 (&quot;%3&quot;) was not imported; Majlis keeps one</source>
        <translation type="unfinished">%1: ein weiteres %2 („%3“) wurde nicht importiert; Majlis behält eines</translation>
    </message>
    <message>
        <source>%1: BDAY %2 has no year, so the birthday was not imported</source>
        <translation type="unfinished">%1: BDAY %2 hat keine Jahreszahl, daher wurde der Geburtstag nicht importiert</translation>
    </message>
    <message>
        <source>%1: BDAY &quot;%2&quot; is not a date Majlis can read, so the birthday was not imported</source>
        <translation type="unfinished">%1: BDAY „%2“ ist kein Datum, das Majlis lesen kann, daher wurde der Geburtstag nicht importiert</translation>
    </message>
    <message>
        <source>%1: the %2 nested inside it on line %3 was not imported</source>
        <translation type="unfinished">%1: das darin verschachtelte %2 in Zeile %3 wurde nicht importiert</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped.</source>
        <translation type="unfinished">Karte %1, begonnen in Zeile %2, hat keinen Namen (N oder FN) und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped: %3</source>
        <translation type="unfinished">Karte %1, begonnen in Zeile %2, hat keinen Namen (N oder FN) und wurde übersprungen: %3</translation>
    </message>
    <message>
        <source>%1: ADR was not imported for %2; Majlis keeps one address per contact</source>
        <translation type="unfinished">%1: ADR wurde für %2 nicht importiert; Majlis behält eine Adresse pro Kontakt</translation>
    </message>
    <message>
        <source>%1: ROLE (&quot;%2&quot;) was not imported; the role comes from TITLE</source>
        <translation type="unfinished">%1: ROLE („%2“) wurde nicht importiert; die Funktion stammt aus TITLE</translation>
    </message>
    <message>
        <source>%1: the name parts &quot;%2&quot; in N were not imported</source>
        <translation type="unfinished">%1: die Namensteile „%2“ in N wurden nicht importiert</translation>
    </message>
    <message>
        <source>Card %1 (%2)</source>
        <translation type="unfinished">Karte %1 (%2)</translation>
    </message>
    <message>
        <source>The file is empty; there is no vCard in it.</source>
        <translation type="unfinished">Die Datei ist leer; sie enthält keine vCard.</translation>
    </message>
    <message>
        <source>Line %1 is &quot;%2&quot; where a vCard should begin with BEGIN:VCARD; this does not look like a vCard (.vcf) file.</source>
        <translation type="unfinished">Zeile %1 lautet „%2“, wo eine vCard mit BEGIN:VCARD beginnen sollte; dies sieht nicht wie eine vCard-Datei (.vcf) aus.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but no vCard is open there.</source>
        <translation type="unfinished">Zeile %1 beendet %2, aber dort ist keine vCard geöffnet.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCARD … END:VCARD and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">Zeile %1 liegt außerhalb von BEGIN:VCARD … END:VCARD und wurde übersprungen: „%2“</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the %3 begun on line %4 is still open.</source>
        <translation type="unfinished">Zeile %1 beendet %2, aber das in Zeile %4 begonnene %3 ist noch offen.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the vCard begun on line %3 is still open.</source>
        <translation type="unfinished">Zeile %1 beendet %2, aber die in Zeile %3 begonnene vCard ist noch offen.</translation>
    </message>
    <message>
        <source>The vCard begun on line %1 is never closed (END:VCARD is missing); the file may be cut short.</source>
        <translation type="unfinished">Die in Zeile %1 begonnene vCard wird nie geschlossen (END:VCARD fehlt); die Datei ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>Line %1 names the character set &quot;%2&quot;, but its text cannot be read in it; it was read as %3 (detected) and may look wrong.</source>
        <translation type="unfinished">Zeile %1 nennt den Zeichensatz „%2“, aber ihr Text lässt sich darin nicht lesen; er wurde als %3 (erkannt) gelesen und kann falsch aussehen.</translation>
    </message>
</context>
<context>
    <name>WalkList</name>
    <message>
        <source>Only a door-knocking campaign has a walk list; &quot;%1&quot; is not one.</source>
        <translation type="unfinished">Nur eine Haustürkampagne hat eine Laufliste; „%1“ ist keine.</translation>
    </message>
</context>
<context>
    <name>WalkListDocument</name>
    <message>
        <source>Walk list: %1</source>
        <translation type="unfinished">Laufliste: %1</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">Die ganze Liste</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation type="unfinished">Anteil von %1</translation>
    </message>
    <message>
        <source>Not given to anyone yet</source>
        <translation type="unfinished">Noch niemandem zugeteilt</translation>
    </message>
    <message>
        <source>%1: %2 on %3, printed %4</source>
        <comment>share, doors, streets, date</comment>
        <translation type="unfinished">%1: %2 in %3, gedruckt am %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doors</source>
        <translation type="unfinished">
            <numerusform>%Ln Tür</numerusform>
            <numerusform>%Ln Türen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln streets</source>
        <translation type="unfinished">
            <numerusform>%Ln Straße</numerusform>
            <numerusform>%Ln Straßen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick one result at each door. Write a short answer for each question the person answered; the answers are entered afterwards.</source>
        <translation type="unfinished">An jeder Tür ein Ergebnis ankreuzen. Zu jeder Frage, die die Person beantwortet hat, eine kurze Antwort notieren; die Antworten werden danach erfasst.</translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <comment>question number, then its text</comment>
        <translation type="unfinished">F%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>question, then its answers</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is left to visit here.</source>
        <translation type="unfinished">Hier ist niemand mehr zu besuchen.</translation>
    </message>
    <message>
        <source>Street without a name</source>
        <translation type="unfinished">Straße ohne Namen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>street, then town and postal code</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln doors)</source>
        <translation type="unfinished">
            <numerusform>%1 (%Ln Tür)</numerusform>
            <numerusform>%1 (%Ln Türen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>question number</comment>
        <translation type="unfinished">F%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Walk list %1</source>
        <comment>file name: the campaign</comment>
        <translation type="unfinished">Laufliste %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceArchive</name>
    <message>
        <source>%1 already exists; choose a new file name for the archive.</source>
        <translation type="unfinished">%1 existiert bereits; wählen Sie einen neuen Dateinamen für das Archiv.</translation>
    </message>
    <message>
        <source>This workspace already has records. Import an archive into a new, empty workspace (File &gt; New Workspace), so nothing is mixed or overwritten.</source>
        <translation type="unfinished">Dieser Arbeitsbereich enthält bereits Datensätze. Importieren Sie ein Archiv in einen neuen, leeren Arbeitsbereich (Datei &gt; Neuer Arbeitsbereich), damit nichts vermischt oder überschrieben wird.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first organizer for civic and advocacy organizations.</source>
        <translation type="unfinished">Offline-first-Organizer für zivilgesellschaftliche und Interessenvertretungsorganisationen.</translation>
    </message>
    <message>
        <source>Open this workspace file (default: %1).</source>
        <translation type="unfinished">Diese Arbeitsbereichsdatei öffnen (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">Pfad</translation>
    </message>
    <message>
        <source>Open a fictional demo workspace, creating it if needed.</source>
        <translation type="unfinished">Einen fiktiven Demo-Arbeitsbereich öffnen und bei Bedarf erstellen.</translation>
    </message>
    <message>
        <source>Language, such as ar or en.</source>
        <translation type="unfinished">Sprache, z. B. ar oder en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">Code</translation>
    </message>
</context>
<context>
    <name>majlis-cli</name>
    <message>
        <source>majlis-cli: error: %1</source>
        <translation type="unfinished">majlis-cli: Fehler: %1</translation>
    </message>
    <message>
        <source>majlis-cli: %1</source>
        <translation type="unfinished">majlis-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;majlis-cli --help&quot; for the commands.</source>
        <translation type="unfinished">Führen Sie „majlis-cli --help“ aus, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Workspace file (default: %1).</source>
        <translation type="unfinished">Arbeitsbereichsdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">Pfad</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished">Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Language of messages, such as ar.</source>
        <translation type="unfinished">Sprache der Meldungen, z. B. ar.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished">Die Version anzeigen.</translation>
    </message>
    <message>
        <source>init, contacts, chapters, legislators, day, partners, events, import, export or demo</source>
        <translation type="unfinished">init, contacts, chapters, legislators, day, partners, events, import, export oder demo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a verb, such as list.</source>
        <translation type="unfinished">„%1“ braucht ein Verb, z. B. list.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished">unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>  sync                        sync with the organization&apos;s server (--server, --user, --ca or --fingerprint, --password-stdin)</source>
        <translation type="unfinished">  sync                        mit dem Server der Organisation synchronisieren (--server, --user, --ca oder --fingerprint, --password-stdin)</translation>
    </message>
    <message>
        <source>  chapters time-zone [ZONE]   show or set the workspace&apos;s time zone (--chapter NAME: a chapter&apos;s)
  events show EVENT           one event, with its time zone (--hijri)
  --hijri on events list, day list and day export --pdf adds the Hijri date</source>
        <translation type="unfinished">  chapters time-zone [ZONE]   Zeitzone des Arbeitsbereichs zeigen oder setzen (--chapter NAME: die einer Ortsgruppe)
  events show EVENT           eine Veranstaltung mit ihrer Zeitzone (--hijri)
  --hijri bei events list, day list und day export --pdf fügt das Hidschri-Datum hinzu</translation>
    </message>
    <message>
        <source>Commands:
  init                        create or upgrade the workspace
  contacts add [options]      add a contact (--given, --family, --email, --phone, --country, --chapter, ...)
  contacts list               list contacts (--chapter, --tag, --limit)
  contacts search TEXT        find contacts by name, email, phone, tag, organization or notes
  contacts show ID            show one contact
  contacts edit ID [options]  change a contact
  contacts delete ID...       delete contacts
  contacts merge KEEP OTHER   merge a duplicate into the contact kept (its emails, phones, tags, history)
  contacts export-data ID FILE  write everything held about one person to a JSON file
  contacts erase ID --yes     erase everything held about one person, here and on every synced laptop
  chapters add NAME           add a chapter (--city, --region, --country)
  chapters list               list chapters
  chapters region [CODE]      show or set the workspace&apos;s country, for phone numbers without + (--chapter NAME: a chapter&apos;s)
  legislators import FILE     import or update members of Congress (legislators-current.csv)
  legislators list            list members of a legislature (--body, --state, --chamber)
  bodies list                 list the legislatures of this workspace and their chambers
  bodies campus BODY          show or set a capitol&apos;s buildings (--building NAME=GROUP ...)
  day create TITLE --date D   plan an advocacy day (--body, --time-zone, --start, --end, --slot, --team-size, --ask)
  day list                    list advocacy days
  day attendees add DAY ID... register contacts for a day (--role, --tag)
  day attendees list DAY      list a day&apos;s attendees
  day schedule DAY            build the day&apos;s meeting schedule
  day export DAY --ics|--pdf|--csv FILE   write calendars, itineraries or the schedule
  partners add NAME           add a coalition partner (--kind, --area, --status, --city, ...)
  partners list               list partners (--kind, --area, --status, --search)
  partners show NAME|ID       a partner with its people and history
  events create TITLE --start T   create an event (--end, --kind, --place, --capacity, --chapter)
  events list                 list events
  events checkin EVENT ID...  check contacts in (or --walk-in --given NAME --email ...)
  events attendance EVENT --csv FILE   write who registered and who came
  events calendar FILE        write every event to an iCalendar (.ics) file
  import csv FILE             import contacts from a spreadsheet (--dry-run, --map, --duplicates, --report)
  import vcard FILE           import contacts from a vCard file (--dry-run, --duplicates)
  import archive FILE         bring a workspace archive into this empty workspace
  export csv FILE             export contacts as CSV (--search, --tag)
  export vcard FILE           export contacts as vCard (--version 4.0|3.0|2.1, --search, --tag)
  export archive FILE         write the whole workspace to one portable file
  demo [--count N]            fill the workspace with fictional demo data
Run &quot;majlis-cli COMMAND VERB --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished">Befehle:
  init                        Arbeitsbereich erstellen oder aktualisieren
  contacts add [options]      einen Kontakt hinzufügen (--given, --family, --email, --phone, --country, --chapter, ...)
  contacts list               Kontakte auflisten (--chapter, --tag, --limit)
  contacts search TEXT        Kontakte nach Name, E-Mail, Telefon, Tag, Organisation oder Notizen suchen
  contacts show ID            einen Kontakt anzeigen
  contacts edit ID [options]  einen Kontakt ändern
  contacts delete ID...       Kontakte löschen
  contacts merge KEEP OTHER   führt ein Duplikat in den bleibenden Kontakt zusammen (E-Mails, Telefonnummern, Schlagwörter, Verlauf)
  contacts export-data ID FILE  alles über eine Person Gespeicherte in eine JSON-Datei schreiben
  contacts erase ID --yes     löscht alles über eine Person, hier und auf jedem synchronisierten Laptop
  chapters add NAME           eine Ortsgruppe hinzufügen (--city, --region, --country)
  chapters list               Ortsgruppen auflisten
  chapters region [CODE]      Land des Arbeitsbereichs anzeigen oder festlegen, für Telefonnummern ohne + (--chapter NAME: das einer Ortsgruppe)
  legislators import FILE     Kongressmitglieder importieren oder aktualisieren (legislators-current.csv)
  legislators list            Mitglieder eines Parlaments auflisten (--body, --state, --chamber)
  bodies list                 die Parlamente dieses Arbeitsbereichs und ihre Kammern auflisten
  bodies campus BODY          die Gebäude eines Kapitols zeigen oder festlegen (--building NAME=GROUP ...)
  day create TITLE --date D   einen Advocacy-Tag planen (--body, --time-zone, --start, --end, --slot, --team-size, --ask)
  day list                    Advocacy-Tage auflisten
  day attendees add DAY ID... Kontakte für einen Tag anmelden (--role, --tag)
  day attendees list DAY      die Teilnehmenden eines Tages auflisten
  day schedule DAY            den Zeitplan der Treffen des Tages erstellen
  day export DAY --ics|--pdf|--csv FILE   Kalender, Reisepläne oder den Zeitplan schreiben
  partners add NAME           einen Koalitionspartner hinzufügen (--kind, --area, --status, --city, ...)
  partners list               Partner auflisten (--kind, --area, --status, --search)
  partners show NAME|ID       einen Partner mit Personen und Verlauf anzeigen
  events create TITLE --start T   eine Veranstaltung erstellen (--end, --kind, --place, --capacity, --chapter)
  events list                 Veranstaltungen auflisten
  events checkin EVENT ID...  Kontakte einchecken (oder --walk-in --given NAME --email ...)
  events attendance EVENT --csv FILE   schreiben, wer angemeldet war und wer gekommen ist
  events calendar FILE        alle Veranstaltungen in eine iCalendar-Datei (.ics) schreiben
  import csv FILE             Kontakte aus einer Tabelle importieren (--dry-run, --map, --duplicates, --report)
  import vcard FILE           Kontakte aus einer vCard-Datei importieren (--dry-run, --duplicates)
  import archive FILE         ein Arbeitsbereichs-Archiv in diesen leeren Arbeitsbereich übernehmen
  export csv FILE             Kontakte als CSV exportieren (--search, --tag)
  export vcard FILE           Kontakte als vCard exportieren (--version 4.0|3.0|2.1, --search, --tag)
  export archive FILE         den gesamten Arbeitsbereich in eine portable Datei schreiben
  demo [--count N]            den Arbeitsbereich mit fiktiven Demodaten füllen
Führen Sie „majlis-cli COMMAND VERB --help“ aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>  districts lookup --zip ZIP  the districts a ZIP code lies in
  districts import FILE --body CODE --chamber C   import a postcode to district file for a legislature
  contacts districts ID       a contact&apos;s districts (--body, --chamber, --set DISTRICT, --confirm, --check-later)
  contacts districts --fill   fill districts from postcodes (--tag, --day, --body, --dry-run; --ambiguous lists who has districts to choose)</source>
        <translation type="unfinished">  districts lookup --zip ZIP  die Wahlkreise einer ZIP-Postleitzahl
  districts import FILE --body CODE --chamber C   eine Datei Postleitzahl → Wahlkreis für ein Parlament importieren
  contacts districts ID       die Wahlkreise eines Kontakts (--body, --chamber, --set DISTRICT, --confirm, --check-later)
  contacts districts --fill   Wahlkreise aus Postleitzahlen füllen (--tag, --day, --body, --dry-run; --ambiguous listet, wer noch Wahlkreise zur Auswahl hat)</translation>
    </message>
    <message>
        <source>  legislators import PATH     also an Open States folder or download (state legislatures), or any parliament&apos;s member list CSV with --body CODE (--body-name, --country, --map, --dry-run)</source>
        <translation type="unfinished">  legislators import PATH     auch ein Open-States-Ordner oder -Download (Staatsparlamente) oder die CSV-Mitgliederliste eines beliebigen Parlaments mit --body CODE (--body-name, --country, --map, --dry-run)</translation>
    </message>
    <message>
        <source>  legislators import --bundled  the members of Congress built into this program (--dry-run)</source>
        <translation type="unfinished">  legislators import --bundled  die in dieses Programm eingebauten Kongressmitglieder (--dry-run)</translation>
    </message>
    <message>
        <source>  campaigns elections add NAME --date D   add an election (--jurisdiction, --chapter); elections list
  campaigns create NAME --kind phone|door|gotv --script FILE   a phone bank, door list or GOTV drive (--election, --chapter, --starts, --ends)
  campaigns list | show C | entries C   campaigns, one with its script and counts, its list
  campaigns build C [filter]  add people to the list (--tag, --chapter, --language, --state, --body --district, --event, --voter-status, --answered --question --answer, --election --pledged|--not-voted, --dry-run)
  campaigns assign C --to a,b | --by-language NAME=LANGS   split the list; release C [--volunteer V]
  campaigns next C [--caller NAME]   the next person to call, with the script
  campaigns record C ID --result CODE   save a result (--answer Q=A, --opt-out, --phone, --caller)
  campaigns progress C | rollback C --caller NAME [--from T --to T] | close C
  campaigns export C --out FILE.csv   the results as CSV (--list: the people to call or visit)
  gotv summary|chase ELECTION   pledges and votes; who pledged and has not voted, by district
  gotv voted ELECTION ID...   mark people as having voted (--undo)</source>
        <translation type="unfinished">  campaigns elections add NAME --date D   eine Wahl hinzufügen (--jurisdiction, --chapter); elections list
  campaigns create NAME --kind phone|door|gotv --script FILE   eine Telefonaktion, Haustürliste oder Wahlmobilisierung (--election, --chapter, --starts, --ends)
  campaigns list | show C | entries C   Kampagnen, eine mit Skript und Zahlen, ihre Liste
  campaigns build C [Filter]  Personen zur Liste hinzufügen (--tag, --chapter, --language, --state, --body --district, --event, --voter-status, --answered --question --answer, --election --pledged|--not-voted, --dry-run)
  campaigns assign C --to a,b | --by-language NAME=LANGS   die Liste aufteilen; release C [--volunteer V]
  campaigns next C [--caller NAME]   die nächste anzurufende Person, mit dem Skript
  campaigns record C ID --result CODE   ein Ergebnis speichern (--answer Q=A, --opt-out, --phone, --caller)
  campaigns progress C | rollback C --caller NAME [--from T --to T] | close C
  campaigns export C --out FILE.csv   die Ergebnisse als CSV (--list: die anzurufenden oder zu besuchenden Personen)
  gotv summary|chase ELECTION   Zusagen und Stimmabgaben; wer zugesagt und noch nicht gewählt hat, nach Wahlkreis
  gotv voted ELECTION ID...   Personen als „hat gewählt“ markieren (--undo)</translation>
    </message>
</context>
<context>
    <name>majlis::AdvocacyPage</name>
    <message>
        <source>Advocacy days</source>
        <translation type="unfinished">Advocacy-Tage</translation>
    </message>
    <message>
        <source>&amp;New Day</source>
        <translation type="unfinished">&amp;Neuer Tag</translation>
    </message>
    <message>
        <source>Delete Day</source>
        <translation type="unfinished">Tag löschen</translation>
    </message>
    <message>
        <source>&amp;Legislators…</source>
        <translation type="unfinished">&amp;Abgeordnete…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished">&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished">&amp;Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Itineraries</source>
        <translation type="unfinished">&amp;Reisepläne</translation>
    </message>
    <message>
        <source>&amp;Report-back</source>
        <translation type="unfinished">&amp;Rückmeldung</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation type="unfinished">Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>No advocacy days yet</source>
        <translation type="unfinished">Noch keine Advocacy-Tage</translation>
    </message>
    <message>
        <source>New advocacy day</source>
        <translation type="unfinished">Neuer Advocacy-Tag</translation>
    </message>
    <message>
        <source>Cannot create the day</source>
        <translation type="unfinished">Der Tag kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its schedule and reports? Contacts are not touched.</source>
        <translation type="unfinished">„%1“ mit Zeitplan und Berichten löschen? Kontakte bleiben unberührt.</translation>
    </message>
    <message>
        <source>Cannot delete the day</source>
        <translation type="unfinished">Der Tag kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Look up the members of each legislature, import or update them, and list a capitol&apos;s buildings.</source>
        <translation type="unfinished">Die Mitglieder jeder Volksvertretung nachschlagen, importieren oder aktualisieren und die Gebäude eines Parlamentssitzes auflisten.</translation>
    </message>
    <message>
        <source>Plan an advocacy day at the U.S. Capitol, a state capitol or a parliament: bring in its members with Legislators…, create a day with New Day, register attendees, then build the schedule. Everything works offline.</source>
        <translation type="unfinished">Planen Sie einen Lobbytag im US-Kapitol, im Kapitol eines Bundesstaats oder in einem Parlament: Holen Sie dessen Mitglieder mit „Abgeordnete…“, legen Sie mit „Neuer Tag“ einen Tag an, melden Sie Teilnehmende an und erstellen Sie dann den Zeitplan. Alles funktioniert offline.</translation>
    </message>
</context>
<context>
    <name>majlis::AmbiguousDistrictModel</name>
    <message>
        <source>%1, %2</source>
        <comment>a legislature and its chamber</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>choose: %1</source>
        <translation type="unfinished">wählen: %1</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished">%1 (gewählt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Parlament</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished">Postleitzahl</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Wahlbezirk</translation>
    </message>
    <message>
        <source>%1 is not among the districts postcode %2 spans.</source>
        <translation type="unfinished">%1 gehört nicht zu den Bezirken, die die Postleitzahl %2 umfasst.</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerChart</name>
    <message>
        <source>Answers to the question</source>
        <translation type="unfinished">Antworten auf die Frage</translation>
    </message>
    <message>
        <source>Answers to this question are written, not chosen: they are not counted.</source>
        <translation type="unfinished">Antworten auf diese Frage werden geschrieben, nicht gewählt: sie werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Nobody has answered this question yet.</source>
        <translation type="unfinished">Noch niemand hat diese Frage beantwortet.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">Antworten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>answer: count</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>chart category: a name, then a number</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>People who gave the answer</source>
        <translation type="unfinished">Personen mit dieser Antwort</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerCountModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Antwort</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Personen</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation type="unfinished">Anteil der Antworten</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerPanel</name>
    <message>
        <source>This campaign has no survey: record the result with the keys below.</source>
        <translation>Diese Kampagne hat keine Umfrage: Halten Sie das Ergebnis mit den Tasten unten fest.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <comment>question number, question, kind of answer</comment>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Type what they said</source>
        <translation>Schreiben Sie, was die Person gesagt hat</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>Aktuelle Frage</translation>
    </message>
</context>
<context>
    <name>majlis::AskPartnersDialog</name>
    <message>
        <source>Ask Partners to Sign</source>
        <translation type="unfinished">Partner um Unterschrift bitten</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation type="unfinished">Partner suchen</translation>
    </message>
    <message>
        <source>%1 (already asked)</source>
        <translation type="unfinished">%1 (bereits gefragt)</translation>
    </message>
    <message>
        <source>There are no partners yet: add them in the Partners view.</source>
        <translation type="unfinished">Es gibt noch keine Partner: Fügen Sie sie in der Ansicht „Partner“ hinzu.</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation type="unfinished">&amp;Fragen</translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation type="unfinished">&amp;Alle markieren</translation>
    </message>
    <message>
        <source>Partners to ask</source>
        <translation type="unfinished">Anzufragende Partner</translation>
    </message>
</context>
<context>
    <name>majlis::AssignDialog</name>
    <message>
        <source>Assign Callers: %1</source>
        <translation>Anrufende zuteilen: %1</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Freiwillige</translation>
    </message>
    <message>
        <source>A&amp;dd Volunteer</source>
        <translation>Freiwillige &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove from the Table</source>
        <translation>Aus der Tabelle &amp;entfernen</translation>
    </message>
    <message>
        <source>%1 still has people to call: take back their share first.</source>
        <translation>%1 hat noch Personen anzurufen: Nehmen Sie zuerst den Anteil zurück.</translation>
    </message>
    <message>
        <source>&amp;Take Back Their Share</source>
        <translation>Anteil &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>The selected volunteer&apos;s people still to call go back to nobody, for others to call.</source>
        <translation>Die noch anzurufenden Personen der gewählten Freiwilligen gehen an niemanden zurück, damit andere sie anrufen.</translation>
    </message>
    <message>
        <source>By &amp;count: runs of about equal size, neighbours together</source>
        <translation>Nach &amp;Anzahl: etwa gleich große Abschnitte, Nachbarn zusammen</translation>
    </message>
    <message>
        <source>By &amp;language: each person to a volunteer who speaks one of their languages</source>
        <translation>Nach &amp;Sprache: jede Person an Freiwillige, die eine ihrer Sprachen sprechen</translation>
    </message>
    <message>
        <source>&amp;Give Out the List</source>
        <translation>Liste &amp;verteilen</translation>
    </message>
    <message>
        <source>Name each volunteer as they log in to sync, so their laptop receives their share. Only the people nobody has yet are given out.</source>
        <translation>Nennen Sie jede freiwillige Person mit ihrem Anmeldenamen für die Synchronisierung, damit ihr Laptop ihren Anteil erhält. Verteilt werden nur Personen, die noch niemand hat.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people nobody has yet.</source>
        <translation>
            <numerusform>Noch niemandem zugeteilt: %Ln</numerusform>
            <numerusform>Noch niemandem zugeteilt: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people given out.</source>
        <translation>
            <numerusform>Verteilt: %Ln</numerusform>
            <numerusform>Verteilt: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a volunteer who has people to call.</source>
        <translation>Wählen Sie Freiwillige, die noch Personen anzurufen haben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people taken back from %1.</source>
        <translation>
            <numerusform>Von %1 zurückgenommen: %Ln</numerusform>
            <numerusform>Von %1 zurückgenommen: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::AttendeeRole</name>
    <message>
        <source>Constituent</source>
        <translation type="unfinished">Wähler/in aus dem Wahlkreis</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished">Teamleitung</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation type="unfinished">Protokoll</translation>
    </message>
    <message>
        <source>First-timer</source>
        <translation type="unfinished">Erstteilnehmer/in</translation>
    </message>
</context>
<context>
    <name>majlis::AttendeesPanel</name>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">Kontakte &amp;anmelden…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;Entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">Bundesstaat und Wahlbezirk</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rolle</translation>
    </message>
    <message>
        <source>Earlier days</source>
        <translation type="unfinished">Frühere Tage</translation>
    </message>
    <message>
        <source>No state: cannot be matched</source>
        <translation type="unfinished">Kein Bundesstaat: keine Zuordnung möglich</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">Rolle von %1</translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation type="unfinished">Die Rolle kann nicht geändert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation type="unfinished">
            <numerusform>%n Teilnehmer/in</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a state on their contact</source>
        <translation type="unfinished">
            <numerusform>; %n ohne Bundesstaat im Kontakt</numerusform>
            <numerusform>; %n ohne Bundesstaat im Kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet: register contacts to plan their meetings.</source>
        <translation type="unfinished">Noch niemand angemeldet: Melden Sie Kontakte an, um ihre Treffen zu planen.</translation>
    </message>
    <message>
        <source>Cannot register attendees</source>
        <translation type="unfinished">Teilnehmende können nicht angemeldet werden</translation>
    </message>
    <message>
        <source>Remove Attendees</source>
        <translation type="unfinished">Teilnehmende entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this day? They are also taken out of their meetings.</source>
        <translation type="unfinished">%1 von diesem Tag entfernen? Die Person wird auch aus ihren Treffen genommen.</translation>
    </message>
    <message>
        <source>Cannot remove the attendee</source>
        <translation type="unfinished">Die teilnehmende Person kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished">Teilnehmende</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">&amp;Bezirke aus Postleitzahlen füllen…</translation>
    </message>
    <message>
        <source>Find the attendees&apos; districts in the day&apos;s legislature from their ZIP codes</source>
        <translation type="unfinished">Die Bezirke der Teilnehmenden im Parlament des Tages aus ihren Postleitzahlen ermitteln</translation>
    </message>
    <message>
        <source>Cannot fill districts</source>
        <translation type="unfinished">Bezirke können nicht gefüllt werden</translation>
    </message>
    <message>
        <source>the attendees of %1</source>
        <translation type="unfinished">die Teilnehmenden von %1</translation>
    </message>
</context>
<context>
    <name>majlis::BuildListDialog</name>
    <message>
        <source>Build the List of %1</source>
        <translation>Liste von %1 aufbauen</translation>
    </message>
    <message>
        <source>Any of these tags, separated by commas</source>
        <translation>Eines dieser Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>A language code, such as ar or ur</source>
        <translation>Ein Sprachcode, etwa ar oder ur</translation>
    </message>
    <message>
        <source>Two letters, such as MI</source>
        <translation>Zwei Buchstaben, etwa MI</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Parlament</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Wahlbezirk</translation>
    </message>
    <message>
        <source>District, such as 12</source>
        <translation>Wahlkreis, etwa 12</translation>
    </message>
    <message>
        <source>Answered in the campaign</source>
        <translation>Geantwortet in der Kampagne</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Antwort</translation>
    </message>
    <message>
        <source>Only people who pledged to vote</source>
        <translation>Nur Personen, die zugesagt haben zu wählen</translation>
    </message>
    <message>
        <source>Only people who have not voted yet</source>
        <translation>Nur Personen, die noch nicht gewählt haben</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;Ortsgruppe:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">T&amp;ags:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Bundesstaat:</translation>
    </message>
    <message>
        <source>&amp;District of:</source>
        <translation>&amp;Wahlkreis von:</translation>
    </message>
    <message>
        <source>Came to the &amp;event:</source>
        <translation>Bei der &amp;Veranstaltung:</translation>
    </message>
    <message>
        <source>&amp;Voter registration:</source>
        <translation>Wähler&amp;registrierung:</translation>
    </message>
    <message>
        <source>&amp;Answered:</source>
        <translation>&amp;Geantwortet:</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>Wahl:</translation>
    </message>
    <message>
        <source>Election (none):</source>
        <translation>Wahl (keine):</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people without a street address, and people already on the list.</source>
        <translation>Nie hinzugefügt: Personen, die nicht kontaktiert werden wollen oder sich abgemeldet haben, Personen ohne Straßenadresse und Personen, die schon auf der Liste stehen.</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people who have not agreed to be phoned, people whose every number is marked wrong or disconnected, and people already on the list.</source>
        <translation>Nie hinzugefügt: Personen, die nicht kontaktiert werden wollen oder sich abgemeldet haben, Personen, die Anrufen nicht zugestimmt haben, Personen, deren Nummern alle als falsch oder abgeschaltet markiert sind, und Personen, die schon auf der Liste stehen.</translation>
    </message>
    <message>
        <source>&amp;Add to the List</source>
        <translation>Zur Liste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Any chapter</source>
        <translation>Beliebige Ortsgruppe</translation>
    </message>
    <message>
        <source>Any legislature</source>
        <translation>Beliebiges Parlament</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Beliebig oder keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event: title (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No earlier answer needed</source>
        <translation>Keine frühere Antwort nötig</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people would be added.</source>
        <translation>
            <numerusform>Würden hinzugefügt: %Ln</numerusform>
            <numerusform>Würden hinzugefügt: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CallListModel</name>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">Noch niemand</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Erledigt</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Noch nicht versucht</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Sprachen</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">Anrufer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Versuche</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
</context>
<context>
    <name>majlis::CallerProgressModel</name>
    <message>
        <source>Check this work before counting it: %1</source>
        <translation type="unfinished">Diese Arbeit prüfen, bevor sie zählt: %1</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">Ehrenamtliche</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Versuche</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Erreichungsquote</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Zusagen</translation>
    </message>
    <message>
        <source>Busiest minute</source>
        <translation type="unfinished">Vollste Minute</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished">Hinweis</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Versuche, die die Person erreicht haben</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">Erreichte im Verhältnis zu den Versuchen</translation>
    </message>
    <message>
        <source>The most results entered within any sixty seconds</source>
        <translation type="unfinished">Die meisten Ergebnisse innerhalb von sechzig Sekunden</translation>
    </message>
    <message>
        <source>Why an organizer should check this volunteer&apos;s work</source>
        <translation type="unfinished">Warum die Arbeit dieser Person geprüft werden sollte</translation>
    </message>
</context>
<context>
    <name>majlis::CallerWindow</name>
    <message>
        <source>Calling: %1</source>
        <translation>Anrufe: %1</translation>
    </message>
    <message>
        <source>Entering Results: %1</source>
        <translation>Ergebnisse eingeben: %1</translation>
    </message>
    <message>
        <source>Calling as %1</source>
        <translation>Anrufe als %1</translation>
    </message>
    <message>
        <source>Entered as %1</source>
        <translation>Eingetragen von %1</translation>
    </message>
    <message>
        <source>Save and Next (Enter)</source>
        <translation>Speichern und weiter (Enter)</translation>
    </message>
    <message>
        <source>Skip for Later (F12)</source>
        <translation>Für später überspringen (F12)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Back to the List (Esc)</source>
        <translation>Zurück zur Liste (Esc)</translation>
    </message>
    <message>
        <source>Keys: 1–9 answer the current question, ↑ ↓ move between questions, F1–F11 choose the result, Enter saves.</source>
        <translation>Tasten: 1–9 beantworten die aktuelle Frage, ↑ ↓ wechseln zwischen Fragen, F1–F11 wählen das Ergebnis, Enter speichert.</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>Person finden</translation>
    </message>
    <message>
        <source>Type a name or the number on the list, then press Enter</source>
        <translation>Namen oder Nummer auf der Liste eingeben, dann Eingabetaste drücken</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Personen auf der Liste</translation>
    </message>
    <message>
        <source>Show people already done</source>
        <translation>Bereits erledigte Personen zeigen</translation>
    </message>
    <message>
        <source>The current question has no answer %1.</source>
        <translation>Die aktuelle Frage hat keine Antwort %1.</translation>
    </message>
    <message>
        <source>Back to the people you skipped.</source>
        <translation>Zurück zu den übersprungenen Personen.</translation>
    </message>
    <message>
        <source>Nobody is left for you to call in this campaign. Thank you!</source>
        <translation>In dieser Kampagne ist niemand mehr für Sie anzurufen. Danke!</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Keine Nummer</translation>
    </message>
    <message>
        <source>%1 (as typed: check it)</source>
        <translation>%1 (wie eingegeben: bitte prüfen)</translation>
    </message>
    <message>
        <source>Languages: not known</source>
        <translation>Sprachen: unbekannt</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>Spricht: %1</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>Noch kein früherer Kontakt.</translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">Letzter Kontakt: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>Choose a result with F1 to F11, or answer a question, then press Enter.</source>
        <translation>Wählen Sie ein Ergebnis mit F1 bis F11 oder beantworten Sie eine Frage, dann Eingabetaste drücken.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>✓ Saved for %1: %2.</source>
        <translation>✓ Gespeichert für %1: %2.</translation>
    </message>
    <message>
        <source>They will not be contacted again.</source>
        <translation>Die Person wird nicht mehr kontaktiert.</translation>
    </message>
    <message>
        <source>%1 skipped for later.</source>
        <translation>%1 für später übersprungen.</translation>
    </message>
    <message>
        <source>Nobody on the list matches what you typed.</source>
        <translation>Niemand auf der Liste passt zu Ihrer Eingabe.</translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>Noch offen: %n</numerusform>
            <numerusform>Noch offen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to call</source>
        <translation>
            <numerusform>Noch anzurufen: %n</numerusform>
            <numerusform>Noch anzurufen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::Campaign</name>
    <message>
        <source>Phone bank</source>
        <translation>Telefonaktion</translation>
    </message>
    <message>
        <source>Door knocking</source>
        <translation>Haustürbesuche</translation>
    </message>
    <message>
        <source>Get out the vote</source>
        <translation>Wahlmobilisierung</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>Nicht zu Hause</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Umgezogen</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Kein Anschluss</translation>
    </message>
    <message>
        <source>Language barrier</source>
        <translation>Sprachbarriere</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Verstorben</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation>Möchte nicht kontaktiert werden</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>Feindselig</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDayChart</name>
    <message>
        <source>Attempts, contacts and pledges per day</source>
        <translation type="unfinished">Versuche, Erreichte und Zusagen pro Tag</translation>
    </message>
    <message>
        <source>No results recorded yet.</source>
        <translation type="unfinished">Noch keine Ergebnisse erfasst.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Versuche</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Zusagen</translation>
    </message>
    <message>
        <source>%1: attempts %2, contacts %3, pledges %4</source>
        <comment>a day, then its counts</comment>
        <translation type="unfinished">%1: Versuche %2, Erreichte %3, Zusagen %4</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Ergebnisse</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <source>Such as November phone bank</source>
        <translation>Etwa Telefonaktion November</translation>
    </message>
    <message>
        <source>Such as General election 2026</source>
        <translation>Etwa Wahl 2026</translation>
    </message>
    <message>
        <source>Such as Michigan, or Dearborn</source>
        <translation>Etwa Michigan oder Dearborn</translation>
    </message>
    <message>
        <source>Election &amp;name:</source>
        <translation>&amp;Name der Wahl:</translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation>&amp;Datum der Wahl:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Gebiet:</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
    <message>
        <source>introduction: &quot;Hello {name}, this is {caller} with our chapter.&quot;
questions:
  - key: plan
    text: &quot;Do you plan to vote on election day?&quot;
    kind: yes_no
    answers:
      - {key: &quot;yes&quot;, label: &quot;Yes&quot;, action: pledge}
      - {key: &quot;no&quot;, label: &quot;No&quot;}</source>
        <comment>YAML example: translate only the text in quotes</comment>
        <translation>introduction: &quot;Hallo {name}, hier ist {caller} von unserer Ortsgruppe.&quot;
questions:
  - key: plan
    text: &quot;Wollen Sie am Wahltag wählen gehen?&quot;
    kind: yes_no
    answers:
      - {key: &quot;yes&quot;, label: &quot;Ja&quot;, action: pledge}
      - {key: &quot;no&quot;, label: &quot;Nein&quot;}</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>Aus &amp;Datei laden…</translation>
    </message>
    <message>
        <source>Load Script</source>
        <translation>Gesprächsleitfaden laden</translation>
    </message>
    <message>
        <source>Scripts (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Gesprächsleitfäden (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An introduction ({caller} and {name} are filled in for each call), then questions of the kind single, multiple, yes_no or text. An answer can record a pledge, ask for a follow_up, opt the person out (do_not_contact) or add a tag (tag:NAME).</source>
        <translation>Eine Einleitung ({caller} und {name} werden für jeden Anruf eingesetzt), dann Fragen der Art single, multiple, yes_no oder text. Eine Antwort kann eine Wahlzusage festhalten (pledge), eine Nachverfolgung anfordern (follow_up), die Person abmelden (do_not_contact) oder ein Tag hinzufügen (tag:NAME).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Wahl:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;Ortsgruppe:</translation>
    </message>
    <message>
        <source>&amp;Runs from:</source>
        <translation>&amp;Läuft vom:</translation>
    </message>
    <message>
        <source>&amp;Script (YAML):</source>
        <translation>Gesprächs&amp;leitfaden (YAML):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Speichern</translation>
    </message>
    <message>
        <source>No election</source>
        <translation>Keine Wahl</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>election: name (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>New Election…</source>
        <translation>Neue Wahl…</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The script cannot be used: %1</source>
        <translation>Der Gesprächsleitfaden ist nicht verwendbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>The script reads well: %n question(s).</source>
        <translation>
            <numerusform>Der Gesprächsleitfaden ist in Ordnung, Fragen: %n.</numerusform>
            <numerusform>Der Gesprächsleitfaden ist in Ordnung, Fragen: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CampaignListModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>election: name (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">Kampagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Wahl</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">Auf der Liste</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Erledigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignProgressPanel</name>
    <message>
        <source>On the list</source>
        <translation type="unfinished">Auf der Liste</translation>
    </message>
    <message>
        <source>People on the campaign&apos;s list</source>
        <translation type="unfinished">Personen auf der Liste der Kampagne</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">Abgeschlossen</translation>
    </message>
    <message>
        <source>People with a final result, or tried three times</source>
        <translation type="unfinished">Personen mit endgültigem Ergebnis oder drei Versuchen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Versuche</translation>
    </message>
    <message>
        <source>Results recorded, one per call or knock</source>
        <translation type="unfinished">Erfasste Ergebnisse, eines je Anruf oder Klopfen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Versuche, die die Person erreicht haben</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Erreichungsquote</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">Erreichte im Verhältnis zu den Versuchen</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Zusagen</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">Personen, die die Wahlteilnahme zugesagt haben</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">Folgeaufgaben</translation>
    </message>
    <message>
        <source>Voter-registration follow-ups asked for</source>
        <translation type="unfinished">Gewünschte Nachfragen zur Wählerregistrierung</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation type="unfinished">Abmeldungen</translation>
    </message>
    <message>
        <source>People who asked not to be contacted again</source>
        <translation type="unfinished">Personen, die nicht mehr kontaktiert werden möchten</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation type="unfinished">&amp;Ehrenamtliche</translation>
    </message>
    <message>
        <source>A&amp;nswers</source>
        <translation type="unfinished">A&amp;ntworten</translation>
    </message>
    <message>
        <source>Over &amp;Time</source>
        <translation type="unfinished">Im &amp;Verlauf</translation>
    </message>
    <message>
        <source>Progress per volunteer</source>
        <translation type="unfinished">Fortschritt je Ehrenamtlicher</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation type="unfinished">&amp;Zurücknehmen…</translation>
    </message>
    <message>
        <source>Withdraw every result the selected volunteer entered in this campaign</source>
        <translation type="unfinished">Alle Ergebnisse zurücknehmen, die diese Person in der Kampagne erfasst hat</translation>
    </message>
    <message>
        <source>Work that looks implausible (dozens of results a minute, nearly everyone reached) is shown in bold with a warning sign. Check it with the volunteer; if it was not really done, roll it back.</source>
        <translation type="unfinished">Unplausible Arbeit (Dutzende Ergebnisse pro Minute, fast alle erreicht) erscheint fett mit einem Warnzeichen. Klären Sie sie mit der Person; wurde sie nicht wirklich getan, nehmen Sie sie zurück.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Frage</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">Antworten</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished">&amp;Frage:</translation>
    </message>
    <message>
        <source>Results per day</source>
        <translation type="unfinished">Ergebnisse pro Tag</translation>
    </message>
    <message>
        <source>Choose a campaign to see how it is going.</source>
        <translation type="unfinished">Wählen Sie eine Kampagne, um zu sehen, wie sie läuft.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>campaign dates</comment>
        <translation type="unfinished">%1 bis %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>campaign name, then its kind</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>campaign, then its dates</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <comment>a campaign that takes no more results</comment>
        <translation type="unfinished">%1 (abgeschlossen)</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %Ln days; the table lists every day with results.</source>
        <translation type="unfinished">
            <numerusform>Das Diagramm zeigt den letzten %Ln Tag; die Tabelle listet jeden Tag mit Ergebnissen.</numerusform>
            <numerusform>Das Diagramm zeigt die letzten %Ln Tage; die Tabelle listet jeden Tag mit Ergebnissen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is on this campaign&apos;s list yet. Build its list, then progress appears here as volunteers record results.</source>
        <translation type="unfinished">Noch niemand steht auf der Liste dieser Kampagne. Erstellen Sie die Liste; der Fortschritt erscheint hier, sobald Ehrenamtliche Ergebnisse erfassen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded yet: %Ln people are on the list. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">
            <numerusform>Noch nichts erfasst: %Ln Person steht auf der Liste. Der Fortschritt erscheint hier, sobald Ehrenamtliche Ergebnisse erfassen.</numerusform>
            <numerusform>Noch nichts erfasst: %Ln Personen stehen auf der Liste. Der Fortschritt erscheint hier, sobald Ehrenamtliche Ergebnisse erfassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll Back Results</source>
        <translation type="unfinished">Ergebnisse zurücknehmen</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw all %Ln results %1 entered in &quot;%2&quot;?</source>
        <translation type="unfinished">
            <numerusform>Das %Ln Ergebnis zurücknehmen, das %1 in „%2“ erfasst hat?</numerusform>
            <numerusform>Alle %Ln Ergebnisse zurücknehmen, die %1 in „%2“ erfasst hat?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their results will no longer count. The people they recorded are reopened, to be called or visited again, and the pledges to vote and the opt-outs that only their results made are lifted. This cannot be undone.</source>
        <translation type="unfinished">Die Ergebnisse zählen nicht mehr. Die erfassten Personen werden wieder geöffnet, um erneut angerufen oder besucht zu werden, und Wahlzusagen und Abmeldungen, die nur auf diesen Ergebnissen beruhen, werden aufgehoben. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Flagged: %1.</source>
        <comment>why the work looks implausible</comment>
        <translation type="unfinished">Hinweis: %1.</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation type="unfinished">&amp;Zurücknehmen</translation>
    </message>
    <message>
        <source>Cannot roll back the results</source>
        <translation type="unfinished">Die Ergebnisse können nicht zurückgenommen werden</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %Ln results by %1.</source>
        <translation type="unfinished">
            <numerusform>%Ln Ergebnis von %1 zurückgenommen.</numerusform>
            <numerusform>%Ln Ergebnisse von %1 zurückgenommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CampaignsPage</name>
    <message>
        <source>Who Is Calling?</source>
        <translation>Wer ruft an?</translation>
    </message>
    <message>
        <source>Your name, as the organizer gave you your part of the list. It is asked once and kept on this computer.</source>
        <translation>Ihr Name, unter dem die Organisation Ihnen Ihren Teil der Liste gegeben hat. Er wird einmal erfragt und auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Noch keine Kampagnen</translation>
    </message>
    <message>
        <source>A campaign is a phone bank, a door-knocking effort or a get-out-the-vote drive: a list of people built from your contacts, a script with its questions, and volunteers who work through the list, offline, each result saved the moment it is entered.</source>
        <translation>Eine Kampagne ist eine Telefonaktion, ein Haustürwahlkampf oder eine Mobilisierung zur Wahl: eine Liste von Personen aus Ihren Kontakten, ein Gesprächsleitfaden mit Fragen und Freiwillige, die die Liste offline abarbeiten; jedes Ergebnis wird gespeichert, sobald es eingegeben ist.</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Build List…</source>
        <translation>Liste &amp;aufbauen…</translation>
    </message>
    <message>
        <source>&amp;Assign Callers…</source>
        <translation>Anrufende &amp;zuteilen…</translation>
    </message>
    <message>
        <source>C&amp;lose Campaign…</source>
        <translation>Kampagne ab&amp;schließen…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Start &amp;Calling (Ctrl+Enter)</source>
        <translation>Anrufe s&amp;tarten (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The caller&apos;s window: the next person on your part of the list, the script, and the results by keys. Works without a network.</source>
        <translation>Das Anruffenster: die nächste Person Ihres Listenteils, der Gesprächsleitfaden und die Ergebnisse per Tasten. Funktioniert ohne Netzwerk.</translation>
    </message>
    <message>
        <source>Enter &amp;Results from Paper…</source>
        <translation>&amp;Ergebnisse vom Papier eingeben…</translation>
    </message>
    <message>
        <source>For a door list walked on paper: find each person, then type their result and answers.</source>
        <translation>Für eine auf Papier abgelaufene Haustürliste: jede Person suchen, dann Ergebnis und Antworten eingeben.</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Personen auf der Liste</translation>
    </message>
    <message>
        <source>Find on the list</source>
        <translation>In der Liste suchen</translation>
    </message>
    <message>
        <source>Find on the list by name or number</source>
        <translation>In der Liste nach Name oder Nummer suchen</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>Einleitung:</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>Leit&amp;faden</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>Fortsc&amp;hritt</translation>
    </message>
    <message>
        <source>Cannot show the campaigns</source>
        <translation>Die Kampagnen können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished">%1 (abgeschlossen)</translation>
    </message>
    <message>
        <source>The list is empty: build it from your contacts with Build List.</source>
        <translation>Die Liste ist leer: Bauen Sie sie mit „Liste aufbauen“ aus Ihren Kontakten auf.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the list, %1 done, %2 not given to a caller yet.</source>
        <translation>
            <numerusform>Auf der Liste: %Ln, erledigt: %1, noch niemandem zugeteilt: %2.</numerusform>
            <numerusform>Auf der Liste: %Ln, erledigt: %1, noch niemandem zugeteilt: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No introduction.</source>
        <translation>Keine Einleitung.</translation>
    </message>
    <message>
        <source>Re&amp;open Campaign</source>
        <translation>Kampagne &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>Close Campaign</source>
        <translation>Kampagne abschließen</translation>
    </message>
    <message>
        <source>Close %1? Callers can no longer record results for it, and every assignment ends. Its results stay, and it can be reopened.</source>
        <translation>%1 abschließen? Anrufende können dafür keine Ergebnisse mehr erfassen, und alle Zuteilungen enden. Die Ergebnisse bleiben erhalten, und die Kampagne kann wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot close the campaign</source>
        <translation>Die Kampagne kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Cannot remember your name</source>
        <translation>Ihr Name kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>&amp;Turnout</source>
        <translation>&amp;Wahlbeteiligung</translation>
    </message>
    <message>
        <source>&amp;Walk Lists</source>
        <translation>Lauf&amp;listen</translation>
    </message>
</context>
<context>
    <name>majlis::CampusDialog</name>
    <message>
        <source>Campus of %1</source>
        <translation type="unfinished">Gebäude von %1</translation>
    </message>
    <message>
        <source>Buildings of one walking group are a short walk apart; going to another group takes longer. The walking minutes on the day&apos;s Details tab apply.</source>
        <translation type="unfinished">Gebäude einer Gehgruppe liegen wenige Schritte auseinander; der Weg zu einer anderen Gruppe dauert länger. Es gelten die Gehminuten auf dem Reiter „Details“ des Tages.</translation>
    </message>
    <message>
        <source>The U.S. Capitol&apos;s buildings are built in: the Senate&apos;s and the House&apos;s office buildings and the Capitol. List buildings here only to replace them.</source>
        <translation type="unfinished">Die Gebäude des US-Kapitols sind eingebaut: die Bürogebäude von Senat und Repräsentantenhaus und das Kapitol. Tragen Sie hier nur Gebäude ein, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>No buildings listed: every office is taken to be in the capitol.</source>
        <translation type="unfinished">Keine Gebäude eingetragen: Jedes Büro gilt als im Kapitol gelegen.</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Gebäude</translation>
    </message>
    <message>
        <source>Walking group</source>
        <translation type="unfinished">Gehgruppe</translation>
    </message>
    <message>
        <source>Buildings of the capitol</source>
        <translation type="unfinished">Gebäude des Kapitols</translation>
    </message>
    <message>
        <source>&amp;Add Building</source>
        <translation type="unfinished">Gebäude &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Building</source>
        <translation type="unfinished">Gebäude &amp;entfernen</translation>
    </message>
    <message>
        <source>Cannot save the campus</source>
        <translation type="unfinished">Die Gebäude können nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>majlis::CandidateDelegate</name>
    <message>
        <source>District of %1</source>
        <translation type="unfinished">Bezirk von %1</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlaceDelegate</name>
    <message>
        <source>Follow the workspace</source>
        <translation type="unfinished">Dem Arbeitsbereich folgen</translation>
    </message>
    <message>
        <source>Empty: follow the workspace</source>
        <translation type="unfinished">Leer: dem Arbeitsbereich folgen</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlacesModel</name>
    <message>
        <source>None: numbers without + are kept as typed</source>
        <translation type="unfinished">Keins: Nummern ohne + werden so behalten, wie sie eingegeben wurden</translation>
    </message>
    <message>
        <source>Workspace&apos;s: %1</source>
        <translation type="unfinished">Vom Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Not set for this chapter: it follows the workspace&apos;s setting above. Double-click to set one.</source>
        <translation type="unfinished">Für diese Ortsgruppe nicht festgelegt: Sie folgt der Einstellung des Arbeitsbereichs oben. Zum Festlegen doppelklicken.</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Ortsgruppe</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">Land für Telefonnummern</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished">Zeitzone</translation>
    </message>
</context>
<context>
    <name>majlis::CheckInWindow</name>
    <message>
        <source>Check-in: %1</source>
        <translation type="unfinished">Check-in: %1</translation>
    </message>
    <message>
        <source>Type a name, email or phone, then press Enter</source>
        <translation type="unfinished">Name, E-Mail oder Telefon eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Find the person arriving</source>
        <translation type="unfinished">Ankommende Person suchen</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Gefundene Personen</translation>
    </message>
    <message>
        <source>New Walk-in (Ctrl+N)</source>
        <translation type="unfinished">Neuer Spontangast (Strg+N)</translation>
    </message>
    <message>
        <source>Undo Last Check-in (Ctrl+Z)</source>
        <translation type="unfinished">Letzten Check-in rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Close Check-in (Esc)</source>
        <translation type="unfinished">Check-in schließen (Esc)</translation>
    </message>
    <message>
        <source>May we email you?</source>
        <translation type="unfinished">Dürfen wir Ihnen E-Mails senden?</translation>
    </message>
    <message>
        <source>May we text you?</source>
        <translation type="unfinished">Dürfen wir Ihnen SMS senden?</translation>
    </message>
    <message>
        <source>May we use photos of you?</source>
        <translation type="unfinished">Dürfen wir Fotos von Ihnen verwenden?</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished">&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished">&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished">Einwilligung:</translation>
    </message>
    <message>
        <source>Already a contact?</source>
        <translation type="unfinished">Bereits ein Kontakt?</translation>
    </message>
    <message>
        <source>&amp;Add and Check In</source>
        <translation type="unfinished">&amp;Hinzufügen und einchecken</translation>
    </message>
    <message>
        <source>Back to Search (Esc)</source>
        <translation type="unfinished">Zurück zur Suche (Esc)</translation>
    </message>
    <message>
        <source>Already a contact? Double-click to check them in instead:</source>
        <translation type="unfinished">Bereits ein Kontakt? Stattdessen doppelklicken, um die Person einzuchecken:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>%1 (already checked in)</source>
        <translation type="unfinished">%1 (bereits eingecheckt)</translation>
    </message>
    <message>
        <source>%1 (not registered)</source>
        <translation type="unfinished">%1 (nicht angemeldet)</translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to add &quot;%1&quot; as a walk-in.</source>
        <translation type="unfinished">Niemand gefunden. Drücken Sie Strg+N, um „%1“ als Spontangast hinzuzufügen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 was already checked in.</source>
        <translation type="unfinished">%1 war bereits eingecheckt.</translation>
    </message>
    <message>
        <source>✓ %1 is checked in.</source>
        <translation type="unfinished">✓ %1 ist eingecheckt.</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation type="unfinished">Nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Check-in of %1 taken back.</source>
        <translation type="unfinished">Check-in von %1 zurückgenommen.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished">%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1, already checked in</source>
        <translation type="unfinished">%1, bereits eingecheckt</translation>
    </message>
    <message>
        <source>&amp;Add as a New Person Anyway</source>
        <translation type="unfinished">&amp;Trotzdem als neue Person hinzufügen</translation>
    </message>
    <message>
        <source>check-in at %1</source>
        <translation type="unfinished">Check-in bei %1</translation>
    </message>
    <message>
        <source>✓ %1 is added and checked in.</source>
        <translation type="unfinished">✓ %1 ist hinzugefügt und eingecheckt.</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation type="unfinished">%1 von %2 Plätzen belegt</translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation type="unfinished">
            <numerusform>%n eingecheckt</numerusform>
            <numerusform>%n eingecheckt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CoalitionMap</name>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">Partner nach Themenbereich</translation>
    </message>
    <message>
        <source>Issue area and partners</source>
        <translation type="unfinished">Themenbereich und Partner</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>No issue area</source>
        <translation type="unfinished">Kein Themenbereich</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners view, with their issue areas.</source>
        <translation type="unfinished">Noch keine Partner: Fügen Sie sie mit ihren Themenbereichen in der Ansicht „Partner“ hinzu.</translation>
    </message>
    <message>
        <source>%1 across %2</source>
        <comment>partners across issue areas</comment>
        <translation type="unfinished">%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n Partner</numerusform>
            <numerusform>%n Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue area(s)</source>
        <translation type="unfinished">
            <numerusform>%n Themenbereich</numerusform>
            <numerusform>%n Themenbereichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::ColumnMappingTable</name>
    <message>
        <source>Column</source>
        <translation type="unfinished">Spalte</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished">Erste Zeilen</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished">Importieren als</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished">Spalte %1 importieren als</translation>
    </message>
</context>
<context>
    <name>majlis::ConflictLogDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation type="unfinished">Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>When two laptops change the same field before they sync, the later edit is kept and the other is listed here. Restoring a lost value puts it back, and it then syncs like any other edit.</source>
        <translation type="unfinished">Wenn zwei Laptops dasselbe Feld ändern, bevor sie synchronisieren, wird die spätere Änderung behalten und die andere hier aufgeführt. Ein wiederhergestellter verlorener Wert wird wieder eingesetzt und dann wie jede andere Änderung synchronisiert.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Konflikte</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished">&amp;Gelöste anzeigen</translation>
    </message>
    <message>
        <source>Restore &amp;Lost Value</source>
        <translation type="unfinished">&amp;Verlorenen Wert wiederherstellen</translation>
    </message>
    <message>
        <source>Put the lost value back into the record, replacing the kept one.</source>
        <translation type="unfinished">Setzt den verlorenen Wert wieder in den Datensatz ein und ersetzt den behaltenen.</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation type="unfinished">Aktuellen Wert &amp;behalten</translation>
    </message>
    <message>
        <source>Leave the record as it is and close the entry.</source>
        <translation type="unfinished">Lässt den Datensatz unverändert und schließt den Eintrag.</translation>
    </message>
    <message>
        <source>No conflicts: every edit from every laptop was kept.</source>
        <translation type="unfinished">Keine Konflikte: Jede Änderung von jedem Laptop wurde behalten.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished">Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot keep the current value</source>
        <translation type="unfinished">Aktueller Wert kann nicht behalten werden</translation>
    </message>
</context>
<context>
    <name>majlis::ConflictLogModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nein</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Kontakt</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Veranstaltung</translation>
    </message>
    <message>
        <source>Advocacy day</source>
        <translation type="unfinished">Advocacy-Tag</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Ortsgruppe</translation>
    </message>
    <message>
        <source>Sign-on letter</source>
        <translation type="unfinished">Sammelbrief</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">Dieser Laptop</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation type="unfinished">Laptop %1</translation>
    </message>
    <message>
        <source>Edit made %1; logged %2.</source>
        <translation type="unfinished">Geändert am %1; protokolliert am %2.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">Feld</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished">Behaltener Wert</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation type="unfinished">Verlorener Wert</translation>
    </message>
    <message>
        <source>From laptop</source>
        <translation type="unfinished">Von Laptop</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDetailPane</name>
    <message>
        <source>Added to Majlis</source>
        <translation type="unfinished">Zu Majlis hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Gelöscht</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished">Wiederhergestellt</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation type="unfinished">Zusammengeführt mit %1</translation>
    </message>
    <message>
        <source>Came to %1</source>
        <translation type="unfinished">War bei %1</translation>
    </message>
    <message>
        <source>Tagged: %1</source>
        <translation type="unfinished">Markiert: %1</translation>
    </message>
    <message>
        <source>Tags removed: %1</source>
        <translation type="unfinished">Tags entfernt: %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished">E-Mail-Adressen</translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished">Telefonnummern</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">Wahlbezirk</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation type="unfinished">Ortsgruppe</translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished">Sprachen</translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished">Tags</translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished">Einwilligung</translation>
    </message>
    <message>
        <source>skills and interests</source>
        <translation type="unfinished">Fähigkeiten und Interessen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished">Geburtstag</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation type="unfinished">Bearbeitet: %1</translation>
    </message>
    <message>
        <source>Select a contact to see and edit it here,
or press Ctrl+N to add one.</source>
        <translation type="unfinished">Wählen Sie einen Kontakt aus, um ihn hier anzuzeigen und zu bearbeiten,
oder drücken Sie Strg+N, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Verlauf</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Speichern</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished">Änderungen speichern (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Verwerfen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>history entry: date, what happened</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished">Bezirke</translation>
    </message>
    <message>
        <source>Marked do not contact: %1</source>
        <translation>Als „nicht kontaktieren“ markiert: %1</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>Darf wieder kontaktiert werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not contact&lt;/b&gt; (%1): left out of every list, calling export and campaign.</source>
        <translation>&lt;b&gt;Nicht kontaktieren&lt;/b&gt; (%1): aus jeder Liste, jedem Anrufexport und jeder Kampagne ausgenommen.</translation>
    </message>
    <message>
        <source>Allow Contact &amp;Again…</source>
        <translation>Kontakt &amp;wieder erlauben…</translation>
    </message>
    <message>
        <source>Do &amp;Not Contact</source>
        <translation>&amp;Nicht kontaktieren</translation>
    </message>
    <message>
        <source>The person asked to be contacted again, or the mark was a mistake</source>
        <translation>Die Person möchte wieder kontaktiert werden, oder die Markierung war ein Fehler</translation>
    </message>
    <message>
        <source>Leave this person out of every list and campaign from now on</source>
        <translation>Diese Person ab jetzt aus jeder Liste und Kampagne ausnehmen</translation>
    </message>
    <message>
        <source>Do Not Contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <source>Allow Contact Again</source>
        <translation>Kontakt wieder erlauben</translation>
    </message>
    <message>
        <source>%1 is marked &quot;%2&quot;. Allow contacting them again? Only do this when they asked for it.</source>
        <translation>%1 ist als „%2“ markiert. Wieder kontaktieren erlauben? Nur, wenn die Person darum gebeten hat.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>question: answers</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the answers to two questions</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>campaign: result</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>campaign: result (answers)</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDistrictModel</name>
    <message>
        <source>The postcode spans %1</source>
        <translation type="unfinished">Die Postleitzahl umfasst %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Unbekannt</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished">einer von %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">Aus %1</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Parlament</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Kammer</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Wahlbezirk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDistrictsPanel</name>
    <message>
        <source>%1, %2</source>
        <comment>a legislature and its chamber</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished">Bezirke</translation>
    </message>
    <message>
        <source>Look &amp;Up from ZIP</source>
        <translation type="unfinished">Aus Postleitzahl &amp;suchen</translation>
    </message>
    <message>
        <source>Find the districts from the contact&apos;s ZIP code, offline</source>
        <translation type="unfinished">Die Bezirke offline aus der Postleitzahl des Kontakts ermitteln</translation>
    </message>
    <message>
        <source>Set Dis&amp;trict…</source>
        <translation type="unfinished">Be&amp;zirk festlegen…</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished">&amp;Bestätigen</translation>
    </message>
    <message>
        <source>The selected district is right</source>
        <translation type="unfinished">Der ausgewählte Bezirk stimmt</translation>
    </message>
    <message>
        <source>Check &amp;Later</source>
        <translation type="unfinished">&amp;Später prüfen</translation>
    </message>
    <message>
        <source>List the selected district among those to check</source>
        <translation type="unfinished">Den ausgewählten Bezirk unter die zu prüfenden aufnehmen</translation>
    </message>
    <message>
        <source>Save or revert the contact&apos;s edits first</source>
        <translation type="unfinished">Speichern oder verwerfen Sie zuerst die Änderungen am Kontakt</translation>
    </message>
    <message>
        <source>%1 has no postal code yet: enter it above and save, then look up the districts.</source>
        <translation type="unfinished">%1 hat noch keine Postleitzahl: oben eingeben und speichern, dann die Bezirke suchen.</translation>
    </message>
    <message>
        <source>Look Up Districts of %1</source>
        <translation type="unfinished">Bezirke von %1 suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) found from postcode %1, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n Bezirk(e) aus der Postleitzahl %1 gefunden, als geschätzt markiert.</numerusform>
            <numerusform>%n Bezirk(e) aus der Postleitzahl %1 gefunden, als geschätzt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) chosen among the candidates.</source>
        <translation type="unfinished">
            <numerusform>%n Bezirk(e) aus den Kandidaten gewählt.</numerusform>
            <numerusform>%n Bezirk(e) aus den Kandidaten gewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) still to choose: the postcode spans several. Look up again to choose.</source>
        <translation type="unfinished">
            <numerusform>%n Bezirk(e) noch zu wählen: die Postleitzahl umfasst mehrere. Erneut suchen, um zu wählen.</numerusform>
            <numerusform>%n Bezirk(e) noch zu wählen: die Postleitzahl umfasst mehrere. Erneut suchen, um zu wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No district file knows postcode %1 for %2. A ZIP code of post office boxes only has no area; for a legislature without a file, import one with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate), then look up again.</source>
        <translation type="unfinished">Keine Bezirksdatei kennt die Postleitzahl %1 für %2. Eine ZIP-Nummer nur für Postfächer hat kein Gebiet; für ein Parlament ohne Datei importieren Sie eine mit &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (oder senate) und suchen dann erneut.</translation>
    </message>
    <message>
        <source>ZIP code %1 lies only in %2, not in the contact&apos;s state: check the address.</source>
        <translation type="unfinished">Die Postleitzahl %1 liegt nur in %2, nicht im Bundesstaat des Kontakts: Adresse prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) entered by hand or confirmed were kept; choose Check Later on one to let a look-up replace it.</source>
        <translation type="unfinished">
            <numerusform>%n von Hand eingegebene oder bestätigte Bezirk(e) blieben erhalten; wählen Sie bei einem „Später prüfen“, damit eine Suche ihn ersetzen kann.</numerusform>
            <numerusform>%n von Hand eingegebene oder bestätigte Bezirk(e) blieben erhalten; wählen Sie bei einem „Später prüfen“, damit eine Suche ihn ersetzen kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>The districts of postcode %1 were already set.</source>
        <translation type="unfinished">Die Bezirke der Postleitzahl %1 waren bereits gesetzt.</translation>
    </message>
    <message>
        <source>No legislature here has a postcode file for the contact&apos;s country.</source>
        <translation type="unfinished">Kein Parlament hier hat eine Postleitzahlendatei für das Land des Kontakts.</translation>
    </message>
    <message>
        <source>Set District of %1</source>
        <translation type="unfinished">Bezirk von %1 festlegen</translation>
    </message>
    <message>
        <source>Confirm District of %1</source>
        <translation type="unfinished">Bezirk von %1 bestätigen</translation>
    </message>
    <message>
        <source>Check District of %1 Later</source>
        <translation type="unfinished">Bezirk von %1 später prüfen</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditor</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nachname</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Rufname</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation type="unfinished">Wie die Person angesprochen werden möchte</translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished">privat</translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished">geschäftlich</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">andere</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation type="unfinished">E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">E-Mail-Adresse</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished">mobil</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished">Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Telefonnummer</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Ortsgruppe</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">Bundesstaat oder Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>Two letters, such as US</source>
        <translation type="unfinished">Zwei Buchstaben, z. B. US</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">US-Bundesstaat</translation>
    </message>
    <message>
        <source>MI</source>
        <translation type="unfinished">MI</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">Kongresswahlbezirk</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Unbekannt</translation>
    </message>
    <message>
        <source>0 for an at-large seat</source>
        <translation type="unfinished">0 für einen At-large-Sitz</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Sprachen</translation>
    </message>
    <message>
        <source>Comma-separated, such as ar, en</source>
        <translation type="unfinished">Durch Kommas getrennt, z. B. ar, en</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Funktion</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Tags</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation type="unfinished">Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Volunteer skills</source>
        <translation type="unfinished">Fähigkeiten als Ehrenamtliche(r)</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">Interessen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished">Probleme</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished">&amp;Rufname:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation type="unfinished">&amp;E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation type="unfinished">&amp;Telefonnummern:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;Ortsgruppe:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished">Wahlbezirk:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished">Straße:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">Ort:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">Region:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished">Postleitzahl:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished">Land:</translation>
    </message>
    <message>
        <source>U.S. &amp;state:</source>
        <translation type="unfinished">US-&amp;Bundesstaat:</translation>
    </message>
    <message>
        <source>Address and district</source>
        <translation type="unfinished">Adresse und Wahlbezirk</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished">&amp;Sprachen:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished">Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">T&amp;ags:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation type="unfinished">F&amp;ähigkeiten:</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation type="unfinished">&amp;Interessen:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">Noti&amp;zen:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">Einwilligung</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished">Erfasst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Quelle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished">SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation type="unfinished">Anrufe</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished">Fotos</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Nicht erfasst</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished">Erteilt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Abgelehnt</translation>
    </message>
    <message>
        <source>Consent to %1</source>
        <translation type="unfinished">Einwilligung zu: %1</translation>
    </message>
    <message>
        <source>Date of consent to %1</source>
        <translation type="unfinished">Datum der Einwilligung zu: %1</translation>
    </message>
    <message>
        <source>Sign-up form, event, call…</source>
        <translation type="unfinished">Anmeldeformular, Veranstaltung, Anruf…</translation>
    </message>
    <message>
        <source>Source of consent to %1</source>
        <translation type="unfinished">Quelle der Einwilligung zu: %1</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Keine Ortsgruppe</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditorDialog</name>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">Neuer Kontakt</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation type="unfinished">Kontakt nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>majlis::ContactExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">Kontakte exportieren</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation type="unfinished">Welche Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>&amp;Alle %n Kontakte</numerusform>
            <numerusform>&amp;Alle %n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) &amp;listed now</source>
        <translation type="unfinished">
            <numerusform>Den %n aktuell &amp;aufgelisteten Kontakt</numerusform>
            <numerusform>Die %n aktuell &amp;aufgelisteten Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>Den %n &amp;ausgewählten Kontakt</numerusform>
            <numerusform>Die %n &amp;ausgewählten Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished">CSV-Tabelle</translation>
    </message>
    <message>
        <source>vCard 4.0 (address books)</source>
        <translation type="unfinished">vCard 4.0 (Adressbücher)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older address books)</source>
        <translation type="unfinished">vCard 3.0 (ältere Adressbücher)</translation>
    </message>
    <message>
        <source>vCard 2.1 (old phones and Outlook)</source>
        <translation type="unfinished">vCard 2.1 (alte Telefone und Outlook)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>majlis::ContactField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">Nicht importieren</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Vollständiger Name</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Rufname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Home email</source>
        <translation type="unfinished">E-Mail privat</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation type="unfinished">E-Mail geschäftlich</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished">Mobiltelefon</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished">Telefon privat</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished">Telefon geschäftlich</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">Bundesstaat oder Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">US-Bundesstaat</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">Kongresswahlbezirk</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation type="unfinished">Funktion oder Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Geburtstag</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Sprachen</translation>
    </message>
    <message>
        <source>Department (added to the role)</source>
        <translation type="unfinished">Abteilung (wird der Funktion angefügt)</translation>
    </message>
    <message>
        <source>Whole address (used when there is no street)</source>
        <translation type="unfinished">Ganze Adresse (wenn keine Straße angegeben ist)</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation type="unfinished">Straße, zweite Zeile</translation>
    </message>
    <message>
        <source>Label of the next email</source>
        <translation type="unfinished">Bezeichnung der nächsten E-Mail</translation>
    </message>
    <message>
        <source>Label of the next phone</source>
        <translation type="unfinished">Bezeichnung des nächsten Telefons</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished">Geburtsjahr</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation type="unfinished">Geburtsmonat</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation type="unfinished">Geburtstag (Tag)</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished">Nicht kontaktieren</translation>
    </message>
</context>
<context>
    <name>majlis::ContactPickerDialog</name>
    <message>
        <source>Register Attendees</source>
        <translation type="unfinished">Teilnehmende anmelden</translation>
    </message>
    <message>
        <source>Search by name, email, phone or tag</source>
        <translation type="unfinished">Nach Name, E-Mail, Telefon oder Tag suchen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished">&amp;Anmelden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation type="unfinished">Keine passenden Kontakte.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
</context>
<context>
    <name>majlis::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Ortsgruppe</translation>
    </message>
    <message>
        <source>District</source>
        <comment>congressional district</comment>
        <translation type="unfinished">Wahlbezirk</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Tags</translation>
    </message>
    <message>
        <source>%1 — do not contact (%2)</source>
        <translation>%1 — nicht kontaktieren (%2)</translation>
    </message>
</context>
<context>
    <name>majlis::ContactsPage</name>
    <message>
        <source>Search names, emails, phones, tags, notes… (Ctrl+F)</source>
        <translation type="unfinished">Namen, E-Mails, Telefonnummern, Tags, Notizen durchsuchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished">Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Filter by chapter</source>
        <translation type="unfinished">Nach Ortsgruppe filtern</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished">Nach Tag filtern</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">Neuer Kontakt</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation type="unfinished">Einen Kontakt hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <source>contacts.%1</source>
        <translation type="unfinished">kontakte.%1</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">Kontakte exportieren</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">Alle Ortsgruppen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished">Alle Tags</translation>
    </message>
    <message>
        <source>No contacts match the search and filters.</source>
        <translation type="unfinished">Keine Kontakte entsprechen der Suche und den Filtern.</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add the first one, or try File &gt; New Demo Workspace to explore Majlis with fictional data.</source>
        <translation type="unfinished">Noch keine Kontakte.
Drücken Sie Strg+N, um den ersten hinzuzufügen, oder probieren Sie Datei &gt; Neuer Demo-Arbeitsbereich, um Majlis mit fiktiven Daten zu erkunden.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished">Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished">%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)?</source>
        <translation type="unfinished">
            <numerusform>%n Kontakt löschen?</numerusform>
            <numerusform>%n Kontakte löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation type="unfinished">Kontakte löschen</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation type="unfinished">Sie können dies mit Bearbeiten &gt; Rückgängig (Strg+Z) rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Löschen</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation type="unfinished">Tags hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n contact(s), separated by commas:</source>
        <translation type="unfinished">
            <numerusform>Tags, die %n Kontakt hinzugefügt werden sollen, durch Kommas getrennt:</numerusform>
            <numerusform>Tags, die %n Kontakten hinzugefügt werden sollen, durch Kommas getrennt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Export a Person&apos;s Data</source>
        <translation type="unfinished">Daten einer Person exportieren</translation>
    </message>
    <message>
        <source>Select one contact first.</source>
        <translation type="unfinished">Wählen Sie zuerst genau einen Kontakt aus.</translation>
    </message>
    <message>
        <source>%1 - data.json</source>
        <translation type="unfinished">%1 - Daten.json</translation>
    </message>
    <message>
        <source>Export Everything About %1</source>
        <translation type="unfinished">Alles über %1 exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2. It is personal data: send it only to them.</source>
        <translation type="unfinished">Alles über %1 Gespeicherte wurde in %2 geschrieben. Das sind persönliche Daten: Senden Sie sie nur an diese Person.</translation>
    </message>
    <message>
        <source>Erase a Person</source>
        <translation type="unfinished">Eine Person löschen</translation>
    </message>
    <message>
        <source>Erase everything held about %1?</source>
        <translation type="unfinished">Alles löschen, was über %1 gespeichert ist?</translation>
    </message>
    <message>
        <source>Their contact, emails, phones, tags, consents, history, registrations and advocacy-day roles are removed from this workspace, and from every laptop and the server at their next sync. This cannot be undone. If they asked for a copy, export it first.</source>
        <translation type="unfinished">Kontakt, E-Mails, Telefonnummern, Schlagwörter, Einwilligungen, Verlauf, Anmeldungen und Rollen am Aktionstag werden aus diesem Arbeitsbereich entfernt und bei der nächsten Synchronisierung von jedem Laptop und vom Server. Das kann nicht rückgängig gemacht werden. Wenn die Person eine Kopie wünscht, exportieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished">Mir ist klar, dass das nicht rückgängig gemacht werden kann</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Erased %1 and %n row(s) about them.</source>
        <translation type="unfinished">
            <numerusform>%1 und %n Zeile(n) über die Person wurden gelöscht.</numerusform>
            <numerusform>%1 und %n Zeile(n) über die Person wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n contact(s) listed</source>
        <translation type="unfinished">
            <numerusform>die %n aufgeführten Kontakt(e)</numerusform>
            <numerusform>die %n aufgeführten Kontakt(e)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n ausgewählte(r) Kontakt(e)</numerusform>
            <numerusform>%n ausgewählte(r) Kontakt(e)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::DayDashboard</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">Ergebnisse nach Anliegen</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Nicht erfasst</translation>
    </message>
    <message>
        <source>Held meetings that recorded nothing for this ask</source>
        <translation type="unfinished">Abgehaltene Treffen ohne Eintrag zu diesem Anliegen</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation type="unfinished">Keine offenen Folgeaufgaben.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished">Offene Folgeaufgaben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Erledigt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Beschreibung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Fällig</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Büro</translation>
    </message>
    <message>
        <source>Tick a follow-up off once it is done</source>
        <translation type="unfinished">Haken Sie eine Folgeaufgabe ab, sobald sie erledigt ist</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">Kein Advocacy-Tag ausgewählt.</translation>
    </message>
    <message>
        <source>Meetings held: %1 of %2 scheduled</source>
        <translation type="unfinished">Abgehaltene Treffen: %1 von %2 geplanten</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished">Abgesagt: %1</translation>
    </message>
    <message>
        <source>Reports received: %1 of %2 held</source>
        <translation type="unfinished">Eingegangene Berichte: %1 von %2 abgehaltenen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Überfällig</translation>
    </message>
    <message>
        <source>Follow-up not updated</source>
        <translation type="unfinished">Folgeaufgabe nicht aktualisiert</translation>
    </message>
</context>
<context>
    <name>majlis::DayDetailsPanel</name>
    <message>
        <source> min</source>
        <translation type="unfinished"> Min.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Stadt:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished">T&amp;hema:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">bis</translation>
    </message>
    <message>
        <source>&amp;Meetings from:</source>
        <translation type="unfinished">T&amp;reffen von:</translation>
    </message>
    <message>
        <source>&amp;Slot length:</source>
        <translation type="unfinished">&amp;Zeitfensterlänge:</translation>
    </message>
    <message>
        <source>Largest &amp;team:</source>
        <translation type="unfinished">Größtes T&amp;eam:</translation>
    </message>
    <message>
        <source>Walking time between meetings</source>
        <translation type="unfinished">Gehzeit zwischen Treffen</translation>
    </message>
    <message>
        <source>In the same building:</source>
        <translation type="unfinished">Im selben Gebäude:</translation>
    </message>
    <message>
        <source>Same side (Senate or House buildings):</source>
        <translation type="unfinished">Gleiche Seite (Senats- oder Repräsentantenhausgebäude):</translation>
    </message>
    <message>
        <source>Across the Capitol:</source>
        <translation type="unfinished">Über das Kapitol hinweg:</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">Die Anliegen</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished">Gesetzentwurf</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titel</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished">Gesprächspunkte</translation>
    </message>
    <message>
        <source>Add Ask</source>
        <translation type="unfinished">Anliegen hinzufügen</translation>
    </message>
    <message>
        <source>Remove Ask</source>
        <translation type="unfinished">Anliegen entfernen</translation>
    </message>
    <message>
        <source>Leave-behind files</source>
        <translation type="unfinished">Dateien zum Hinterlassen</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished">Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation type="unfinished">Datei entfernen</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">Mitveranstaltende Partner</translation>
    </message>
    <message>
        <source>Notes for the organizers</source>
        <translation type="unfinished">Notizen für die Organisatoren</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Verwerfen</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">Noch keine Partner: Fügen Sie sie im Bereich „Partner“ hinzu.</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">Die Mitveranstalter können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the day</source>
        <translation type="unfinished">Der Tag kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Add Leave-behind Files</source>
        <translation type="unfinished">Dateien zum Hinterlassen hinzufügen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt);;All files (*)</source>
        <translation type="unfinished">Dokumente (*.pdf *.docx *.odt *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The times of the day&apos;s meetings are in this time zone: the capitol&apos;s.</source>
        <translation type="unfinished">Die Zeiten der Treffen des Tages gelten in dieser Zeitzone: der des Kapitols.</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Parlament:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Unknown legislature</source>
        <translation type="unfinished">Unbekanntes Parlament</translation>
    </message>
    <message>
        <source>This day already has meetings with the members of this legislature, so it stays at it. Plan a day at another legislature as a new day.</source>
        <translation type="unfinished">Dieser Tag hat schon Treffen mit Mitgliedern dieses Parlaments und bleibt daher dabei. Planen Sie einen Tag bei einem anderen Parlament als neuen Tag.</translation>
    </message>
    <message>
        <source>The legislature whose members the day&apos;s teams meet.</source>
        <translation type="unfinished">Das Parlament, dessen Mitglieder die Teams des Tages treffen.</translation>
    </message>
    <message>
        <source>Same walking group (Legislators, Campus…):</source>
        <translation type="unfinished">Gleiche Gehgruppe (Abgeordnete, Gebäude…):</translation>
    </message>
    <message>
        <source>Between walking groups:</source>
        <translation type="unfinished">Zwischen Gehgruppen:</translation>
    </message>
    <message>
        <source>Meetings until</source>
        <translation type="unfinished">Termine bis</translation>
    </message>
</context>
<context>
    <name>majlis::DayProgressModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">Tag</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Versuche</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Zusagen</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictChoiceDialog</name>
    <message>
        <source>Choose the District</source>
        <translation type="unfinished">Bezirk wählen</translation>
    </message>
    <message>
        <source>%1&apos;s postcode %2 spans several districts of %3. Which one does the address lie in?</source>
        <translation type="unfinished">Die Postleitzahl %2 von %1 umfasst mehrere Bezirke von %3. In welchem liegt die Adresse?</translation>
    </message>
    <message>
        <source>Candidate districts</source>
        <translation type="unfinished">Mögliche Bezirke</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;Auswählen</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictFillDialog</name>
    <message>
        <source>Fill Districts from ZIP Codes</source>
        <translation type="unfinished">Bezirke aus Postleitzahlen füllen</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="unfinished">&amp;Füllen</translation>
    </message>
    <message>
        <source>Districts to choose</source>
        <translation type="unfinished">Zu wählende Bezirke</translation>
    </message>
    <message>
        <source>&amp;Choose District…</source>
        <translation type="unfinished">Bezirk &amp;wählen…</translation>
    </message>
    <message>
        <source>Pick the district of the selected row among its candidates (F2)</source>
        <translation type="unfinished">Den Bezirk der ausgewählten Zeile aus ihren Kandidaten wählen (F2)</translation>
    </message>
    <message>
        <source>Looking up the districts of %1 from their postal codes:</source>
        <translation type="unfinished">Bezirke von %1 werden aus ihren Postleitzahlen gesucht:</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) would be filled, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n Bezirk(e) würden gefüllt, als geschätzt markiert.</numerusform>
            <numerusform>%n Bezirk(e) würden gefüllt, als geschätzt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts: you choose among the candidates after the fill.</source>
        <translation type="unfinished">
            <numerusform>%n Postleitzahl(en) umfassen mehrere Bezirke: Sie wählen nach dem Füllen unter den Kandidaten.</numerusform>
            <numerusform>%n Postleitzahl(en) umfassen mehrere Bezirke: Sie wählen nach dem Füllen unter den Kandidaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows.</source>
        <translation type="unfinished">
            <numerusform>%n Postleitzahl(en), die keine Bezirksdatei kennt.</numerusform>
            <numerusform>%n Postleitzahl(en), die keine Bezirksdatei kennt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s: check the address.</source>
        <translation type="unfinished">
            <numerusform>%n Postleitzahl(en) liegen nur in einem anderen Bundesstaat als dem des Kontakts: Adresse prüfen.</numerusform>
            <numerusform>%n Postleitzahl(en) liegen nur in einem anderen Bundesstaat als dem des Kontakts: Adresse prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left as they are: %1 entered by hand or confirmed, %2 already filled, %3 without a postcode.</source>
        <translation type="unfinished">Unverändert: %1 von Hand eingegeben oder bestätigt, %2 bereits gefüllt, %3 ohne Postleitzahl.</translation>
    </message>
    <message>
        <source>There is nothing to fill.</source>
        <translation type="unfinished">Es gibt nichts zu füllen.</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postal codes, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n Bezirk(e) aus Postleitzahlen gefüllt, als geschätzt markiert.</numerusform>
            <numerusform>%n Bezirk(e) aus Postleitzahlen gefüllt, als geschätzt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose: pick one in each row below (F2 or Choose District…).</source>
        <translation type="unfinished">
            <numerusform>%n Bezirk(e) zu wählen: wählen Sie unten in jeder Zeile einen (F2 oder „Bezirk wählen…“).</numerusform>
            <numerusform>%n Bezirk(e) zu wählen: wählen Sie unten in jeder Zeile einen (F2 oder „Bezirk wählen…“).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district is left to choose.</source>
        <translation type="unfinished">Es ist kein Bezirk mehr zu wählen.</translation>
    </message>
    <message>
        <source>No district file knows the postcodes of: %1. Import a postcode file with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate).</source>
        <translation type="unfinished">Keine Bezirksdatei kennt die Postleitzahlen von: %1. Importieren Sie eine Postleitzahlendatei mit &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (oder senate).</translation>
    </message>
    <message>
        <source>Check the address of: %1 (the ZIP code lies in another state).</source>
        <translation type="unfinished">Prüfen Sie die Adresse von: %1 (die Postleitzahl liegt in einem anderen Bundesstaat).</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictSetDialog</name>
    <message>
        <source>Set District</source>
        <translation type="unfinished">Bezirk festlegen</translation>
    </message>
    <message>
        <source>Legislature and chamber</source>
        <translation type="unfinished">Parlament und Kammer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a legislature and one of its chambers</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Wahlbezirk</translation>
    </message>
    <message>
        <source>MI-12 for the U.S. House; the district&apos;s name or number elsewhere</source>
        <translation type="unfinished">MI-12 für das US-Repräsentantenhaus; sonst Name oder Nummer des Bezirks</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Parlament:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">&amp;Bezirk:</translation>
    </message>
    <message>
        <source>A district set here is marked as entered by hand; no look-up changes it.</source>
        <translation type="unfinished">Ein hier festgelegter Bezirk gilt als von Hand eingegeben; keine Suche ändert ihn.</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictTurnoutModel</name>
    <message>
        <source>District</source>
        <translation type="unfinished">Wahlbezirk</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Zugesagt</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">Gewählt</translation>
    </message>
    <message>
        <source>Still to vote</source>
        <translation type="unfinished">Noch nicht gewählt</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished">Beteiligung</translation>
    </message>
    <message>
        <source>Of those who pledged, the share who have voted</source>
        <translation type="unfinished">Anteil der Zusagenden, die gewählt haben</translation>
    </message>
</context>
<context>
    <name>majlis::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished">Duplikate suchen</translation>
    </message>
    <message>
        <source>Looking for contacts entered more than once…</source>
        <translation type="unfinished">Suche nach mehrfach erfassten Kontakten…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Mögliche Duplikate</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished">Wertung</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Grund</translation>
    </message>
    <message>
        <source>Contacts in this group; the first two selected are merged:</source>
        <translation type="unfinished">Kontakte in dieser Gruppe; die ersten beiden ausgewählten werden zusammengeführt:</translation>
    </message>
    <message>
        <source>Contacts in the selected group</source>
        <translation type="unfinished">Kontakte in der ausgewählten Gruppe</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">Zusammenführen…</translation>
    </message>
    <message>
        <source>Choose, field by field, what the merged contact keeps</source>
        <translation type="unfinished">Wählen Sie Feld für Feld, was der zusammengeführte Kontakt behält</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation type="unfinished">Erneut suchen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">Wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>The search was cancelled. Press Search Again to look for duplicates.</source>
        <translation type="unfinished">Die Suche wurde abgebrochen. Klicken Sie auf „Erneut suchen“, um nach Duplikaten zu suchen.</translation>
    </message>
    <message>
        <source>No contacts look like duplicates of each other.</source>
        <translation type="unfinished">Keine Kontakte scheinen Duplikate voneinander zu sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts may be the same person, most likely first. Select one, check its contacts, then Merge.</source>
        <translation type="unfinished">
            <numerusform>%n Gruppe von Kontakten könnte dieselbe Person sein, wahrscheinlichste zuerst. Wählen Sie eine aus, prüfen Sie ihre Kontakte und klicken Sie dann auf „Zusammenführen“.</numerusform>
            <numerusform>%n Gruppen von Kontakten könnten jeweils dieselbe Person sein, wahrscheinlichste zuerst. Wählen Sie eine aus, prüfen Sie ihre Kontakte und klicken Sie dann auf „Zusammenführen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">Einer dieser Kontakte existiert nicht mehr; er wurde möglicherweise inzwischen zusammengeführt oder gelöscht.</translation>
    </message>
</context>
<context>
    <name>majlis::Event</name>
    <message>
        <source>Voter-registration drive</source>
        <translation type="unfinished">Wählerregistrierungsaktion</translation>
    </message>
    <message>
        <source>Interfaith gathering</source>
        <translation type="unfinished">Interreligiöses Treffen</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation type="unfinished">Bürgerversammlung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">Schulung</translation>
    </message>
    <message>
        <source>Cultural evening</source>
        <translation type="unfinished">Kulturabend</translation>
    </message>
    <message>
        <source>Community event</source>
        <translation type="unfinished">Gemeinschaftsveranstaltung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Sonstiges</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">Nicht gefragt</translation>
    </message>
    <message>
        <source>Registered here</source>
        <translation type="unfinished">Hier registriert</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished">Bereits registriert</translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation type="unfinished">Nachfassen nötig</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished">Nicht wahlberechtigt</translation>
    </message>
</context>
<context>
    <name>majlis::EventsPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished">Veranstaltungen</translation>
    </message>
    <message>
        <source>&amp;New Event</source>
        <translation type="unfinished">&amp;Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished">Veranstaltung löschen</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation type="unfinished">&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Every event as an iCalendar (.ics) file for phones and calendar programs.</source>
        <translation type="unfinished">Alle Veranstaltungen als iCalendar-Datei (.ics) für Telefone und Kalenderprogramme.</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation type="unfinished">events.ics</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished">Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished">Keine Begrenzung</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">Mitveranstaltende Partner</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">Die Mitveranstalter können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Art:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;Ortsgruppe:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished">&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished">&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">O&amp;rt:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished">&amp;Kapazität:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notizen:</translation>
    </message>
    <message>
        <source>Co-sponsors:</source>
        <translation type="unfinished">Mitveranstalter:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Angemeldet</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Eingecheckt</translation>
    </message>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">Kontakte &amp;anmelden…</translation>
    </message>
    <message>
        <source>E&amp;xport Attendance…</source>
        <translation type="unfinished">Teilnahme e&amp;xportieren…</translation>
    </message>
    <message>
        <source>%1 attendance.csv</source>
        <translation type="unfinished">%1 Teilnahme.csv</translation>
    </message>
    <message>
        <source>Export Attendance</source>
        <translation type="unfinished">Teilnahme exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished">Wahlberechtigt</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished">Registrierung</translation>
    </message>
    <message>
        <source>Pledged to vote</source>
        <translation type="unfinished">Wahlteilnahme zugesagt</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished">Nachfassen erledigt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>Everyone registered or checked in; changes are saved as you make them.</source>
        <translation type="unfinished">Alle Angemeldeten oder Eingecheckten; Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups still open:</source>
        <translation type="unfinished">&amp;Offenes Nachfassen:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;Teilnahme</translation>
    </message>
    <message>
        <source>&amp;Voter Registration</source>
        <translation type="unfinished">&amp;Wählerregistrierung</translation>
    </message>
    <message>
        <source>Open &amp;Check-in (F9)</source>
        <translation type="unfinished">&amp;Check-in öffnen (F9)</translation>
    </message>
    <message>
        <source>A full-screen window for the door: find people as you type, Enter checks them in.</source>
        <translation type="unfinished">Ein Vollbildfenster für den Eingang: Personen beim Tippen finden, die Eingabetaste checkt sie ein.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished">Noch keine Veranstaltungen</translation>
    </message>
    <message>
        <source>Create an event with New Event, register people for it, then open check-in at the door. Check-in works without a network and saves every arrival at once.</source>
        <translation type="unfinished">Erstellen Sie eine Veranstaltung mit „Neue Veranstaltung“, melden Sie Personen dafür an und öffnen Sie dann den Check-in am Eingang. Der Check-in funktioniert ohne Netzwerk und speichert jede Ankunft sofort.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Keine Ortsgruppe</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">Noch keine Partner: Fügen Sie sie im Bereich „Partner“ hinzu.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">Spontangast</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nein</translation>
    </message>
    <message>
        <source>%1 registered or came; %2 checked in, %3 of them new at the door.</source>
        <translation type="unfinished">%1 angemeldet oder gekommen; %2 eingecheckt, davon %3 neu am Eingang.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">Nicht gefragt</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation type="unfinished">Wahlberechtigt: %1</translation>
    </message>
    <message>
        <source>Registration: %1</source>
        <translation type="unfinished">Registrierung: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished">Keine.</translation>
    </message>
    <message>
        <source>Cannot save the voter record</source>
        <translation type="unfinished">Der Wählerdatensatz kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the event</source>
        <translation type="unfinished">Die Veranstaltung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished">Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation type="unfinished">Die Veranstaltung kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its registrations and attendance? The contacts stay.</source>
        <translation type="unfinished">„%1“ mit den zugehörigen Anmeldungen und Teilnahmen löschen? Die Kontakte bleiben erhalten.</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation type="unfinished">Die Veranstaltung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot register</source>
        <translation type="unfinished">Anmeldung nicht möglich</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished">Der Kalender kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Cannot export the attendance</source>
        <translation type="unfinished">Die Teilnahme kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished">Anmeldungen</translation>
    </message>
    <message>
        <source>Voter registration</source>
        <translation type="unfinished">Wählerregistrierung</translation>
    </message>
    <message>
        <source>Voter registration follow-ups</source>
        <translation type="unfinished">Nachfassen zur Wählerregistrierung</translation>
    </message>
    <message>
        <source>The time zone of the event&apos;s place, such as Europe/London: calendar exports name it, so the event shows at the right time wherever it is opened. Type part of a city to find it.</source>
        <translation type="unfinished">Die Zeitzone des Veranstaltungsorts, etwa Europe/London: Kalenderexporte nennen sie, damit die Veranstaltung überall zur richtigen Zeit erscheint. Tippen Sie einen Teil eines Städtenamens, um sie zu finden.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">&amp;Zeitzone:</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReportModel</name>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Parlament</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation type="unfinished">Aufgeführte Mitglieder</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished">Unverändert</translation>
    </message>
    <message>
        <source>No longer in office</source>
        <translation type="unfinished">Nicht mehr im Amt</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReviewDialog</name>
    <message>
        <source>Review the Import</source>
        <translation type="unfinished">Import prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been written yet. %Ln legislature(s) listed: %1 new members, %2 updated, %3 unchanged, %4 no longer in office. Meetings already planned are kept.</source>
        <translation type="unfinished">
            <numerusform>Noch wurde nichts geschrieben. %Ln Parlament(e) aufgeführt: %1 neue Mitglieder, %2 aktualisiert, %3 unverändert, %4 nicht mehr im Amt. Bereits geplante Termine bleiben erhalten.</numerusform>
            <numerusform>Noch wurde nichts geschrieben. %Ln Parlament(e) aufgeführt: %1 neue Mitglieder, %2 aktualisiert, %3 unverändert, %4 nicht mehr im Amt. Bereits geplante Termine bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import does to each legislature</source>
        <translation type="unfinished">Was der Import mit jedem Parlament macht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, or read with a doubt (%n):</source>
        <translation type="unfinished">
            <numerusform>Nicht importiert oder mit Zweifel gelesen (%n):</numerusform>
            <numerusform>Nicht importiert oder mit Zweifel gelesen (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows and files not imported</source>
        <translation type="unfinished">Nicht importierte Zeilen und Dateien</translation>
    </message>
</context>
<context>
    <name>majlis::ImportWizard</name>
    <message>
        <source>Merge into the existing contact</source>
        <translation type="unfinished">Mit dem bestehenden Kontakt zusammenführen</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation type="unfinished">Diese Zeile überspringen</translation>
    </message>
    <message>
        <source>Create a new contact anyway</source>
        <translation type="unfinished">Trotzdem einen neuen Kontakt erstellen</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished">Kontakte importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished">Datei auswählen</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or text: from Excel, Google Contacts, Outlook or an organizing tool.</source>
        <translation type="unfinished">Eine als CSV oder Text gespeicherte Tabelle: aus Excel, Google Kontakte, Outlook oder einem Organisationswerkzeug.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished">Die zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">Tabellen (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">Was jede Spalte enthält</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check them against the first rows.</source>
        <translation type="unfinished">Spalten mit bekannten Namen sind bereits zugeordnet; prüfen Sie sie anhand der ersten Zeilen.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">Spalte</translation>
    </message>
    <message>
        <source>Put everyone in &amp;chapter:</source>
        <translation type="unfinished">Alle in &amp;Ortsgruppe aufnehmen:</translation>
    </message>
    <message>
        <source>When a row matches a &amp;contact:</source>
        <translation type="unfinished">Wenn eine Zeile zu einem &amp;Kontakt passt:</translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation type="unfinished">Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes everything at once, or nothing if it is cancelled.</source>
        <translation type="unfinished">Es wurde noch nichts geschrieben. Der Import schreibt alles auf einmal oder nichts, wenn er abgebrochen wird.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Zeile</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished">In der Datei</translation>
    </message>
    <message>
        <source>Already a contact</source>
        <translation type="unfinished">Bereits ein Kontakt</translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <source>Merge All</source>
        <translation type="unfinished">Alle zusammenführen</translation>
    </message>
    <message>
        <source>Skip All</source>
        <translation type="unfinished">Alle überspringen</translation>
    </message>
    <message>
        <source>Create All</source>
        <translation type="unfinished">Alle erstellen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <source>&amp;Save Problems…</source>
        <translation type="unfinished">Probleme &amp;speichern…</translation>
    </message>
    <message>
        <source>Rows that look like someone already here:</source>
        <translation type="unfinished">Zeilen, die wie eine bereits vorhandene Person aussehen:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported as they are:</source>
        <translation type="unfinished">Zeilen, die so nicht importiert werden können:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished">Tabulator</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished">Semikolon</translation>
    </message>
    <message>
        <source>bar</source>
        <translation type="unfinished">senkrechten Strich</translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished">Komma</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns; text in %3, fields separated by %4.</source>
        <translation type="unfinished">%1 Zeilen in %2 Spalten; Text in %3, Felder getrennt durch %4.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Keine Ortsgruppe</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">Import von %1</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished">Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Checking the rows… %1 of %2</source>
        <translation type="unfinished">Zeilen werden geprüft… %1 von %2</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">Import nicht möglich</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 problems.</source>
        <translation type="unfinished">%1 Zeilen gelesen: %2 neue Kontakte, %3 mit bestehenden zusammengeführt, %4 übersprungen; %5 Probleme.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation type="unfinished">Probleme speichern</translation>
    </message>
    <message>
        <source>import problems.csv</source>
        <translation type="unfinished">Importprobleme.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished">Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation type="unfinished">Kontakte werden importiert…</translation>
    </message>
    <message>
        <source>Importing contacts… %1 of %2</source>
        <translation type="unfinished">Kontakte werden importiert… %1 von %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">Import nicht durchgeführt</translation>
    </message>
    <message>
        <source>The first rows, as read in this encoding</source>
        <translation type="unfinished">Die ersten Zeilen, in dieser Kodierung gelesen</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation type="unfinished">Text&amp;kodierung:</translation>
    </message>
    <message>
        <source>The first rows as they will be imported; if names look wrong, choose another encoding:</source>
        <translation type="unfinished">Die ersten Zeilen, wie sie importiert werden; sehen Namen falsch aus, wählen Sie eine andere Kodierung:</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished">%1 (erkannt)</translation>
    </message>
</context>
<context>
    <name>majlis::InteractionDialog</name>
    <message>
        <source>Add Interaction</source>
        <translation type="unfinished">Interaktion hinzufügen</translation>
    </message>
    <message>
        <source>In a few words, what happened</source>
        <translation type="unfinished">In wenigen Worten, was passiert ist</translation>
    </message>
    <message>
        <source>Add &amp;People…</source>
        <translation type="unfinished">&amp;Personen hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished">&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notizen:</translation>
    </message>
    <message>
        <source>Who took part:</source>
        <translation type="unfinished">Wer teilgenommen hat:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished">&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Who Took Part</source>
        <translation type="unfinished">Wer teilgenommen hat</translation>
    </message>
    <message>
        <source>People who took part</source>
        <translation type="unfinished">Beteiligte Personen</translation>
    </message>
</context>
<context>
    <name>majlis::ItineraryPanel</name>
    <message>
        <source>Itinerary of</source>
        <translation type="unfinished">Reiseplan von</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">&amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save &amp;Calendar…</source>
        <translation type="unfinished">&amp;Kalender speichern…</translation>
    </message>
    <message>
        <source>Save Schedule as CS&amp;V…</source>
        <translation type="unfinished">Zeitplan als CS&amp;V speichern…</translation>
    </message>
    <message>
        <source>Every attendee (one page each)</source>
        <translation type="unfinished">Alle Teilnehmenden (je eine Seite)</translation>
    </message>
    <message>
        <source>Every team (one page each)</source>
        <translation type="unfinished">Alle Teams (je eine Seite)</translation>
    </message>
    <message>
        <source>No meetings yet. Build the schedule on the Schedule tab, then print or save itineraries here.</source>
        <translation type="unfinished">Noch keine Treffen. Erstellen Sie den Zeitplan auf der Registerkarte „Zeitplan“ und drucken oder speichern Sie dann hier die Reisepläne.</translation>
    </message>
    <message>
        <source>Print Itineraries</source>
        <translation type="unfinished">Reisepläne drucken</translation>
    </message>
    <message>
        <source>Save Itineraries as PDF</source>
        <translation type="unfinished">Reisepläne als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">Das PDF kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Save Calendar</source>
        <translation type="unfinished">Kalender speichern</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Save Schedule as CSV</source>
        <translation type="unfinished">Zeitplan als CSV speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation type="unfinished">Die Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Itinerary preview</source>
        <translation type="unfinished">Vorschau des Reiseplans</translation>
    </message>
</context>
<context>
    <name>majlis::LabeledListEdit</name>
    <message>
        <source>Label</source>
        <translation type="unfinished">Bezeichnung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
</context>
<context>
    <name>majlis::LegislativeBody</name>
    <message>
        <source>Upper chamber</source>
        <translation type="unfinished">Obere Kammer</translation>
    </message>
    <message>
        <source>Lower chamber</source>
        <translation type="unfinished">Untere Kammer</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Kammer</translation>
    </message>
</context>
<context>
    <name>majlis::Legislator</name>
    <message>
        <source>Sen. %1 (%2)</source>
        <translation type="unfinished">Sen. %1 (%2)</translation>
    </message>
    <message>
        <source>Rep. %1 (%2)</source>
        <translation type="unfinished">Abg. %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorDownload</name>
    <message>
        <source>The download address is not a web address. Set it in Preferences.</source>
        <translation type="unfinished">Die Download-Adresse ist keine Webadresse. Legen Sie sie in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>The download address must start with https://, so nobody on the network can change the list on its way. Set it in Preferences.</source>
        <translation type="unfinished">Die Download-Adresse muss mit https:// beginnen, damit niemand im Netzwerk die Liste unterwegs verändern kann. Legen Sie sie in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>The download is larger than any list of legislators; check the address in Preferences.</source>
        <translation type="unfinished">Der Download ist größer als jede Abgeordnetenliste; prüfen Sie die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>Could not download the legislators: %1</source>
        <translation type="unfinished">Die Abgeordneten konnten nicht heruntergeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorTableModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished">unbekannt</translation>
    </message>
    <message>
        <source>No longer in office: the last import did not list this member. Meetings already planned with them are kept.</source>
        <translation type="unfinished">Nicht mehr im Amt: Der letzte Import führte dieses Mitglied nicht mehr auf. Bereits geplante Treffen mit ihm bleiben erhalten.</translation>
    </message>
    <message>
        <source>Double-click to set the building and room.</source>
        <translation type="unfinished">Doppelklicken, um Gebäude und Raum festzulegen.</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">Sitz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">Partei</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Kammer</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Gebäude</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Raum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorsDialog</name>
    <message>
        <source>&amp;Update from the Internet</source>
        <translation type="unfinished">Aus dem Internet &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Set &amp;Office…</source>
        <translation type="unfinished">&amp;Büro festlegen…</translation>
    </message>
    <message numerus="yes">
        <source>; %n without a known office building</source>
        <translation type="unfinished">
            <numerusform>; %n ohne bekanntes Bürogebäude</numerusform>
            <numerusform>; %n ohne bekanntes Bürogebäude</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import legislators</source>
        <translation type="unfinished">Abgeordnete können nicht importiert werden</translation>
    </message>
    <message>
        <source>Downloading the current members of Congress…</source>
        <translation type="unfinished">Die aktuellen Kongressmitglieder werden heruntergeladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Cannot update legislators</source>
        <translation type="unfinished">Abgeordnete können nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Import Legislators</source>
        <translation type="unfinished">Abgeordnete importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished">CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Set Office</source>
        <translation type="unfinished">Büro festlegen</translation>
    </message>
    <message>
        <source>Office of %1, as room and building (&quot;2107 Rayburn&quot;):</source>
        <translation type="unfinished">Büro von %1, als Raum und Gebäude („2107 Rayburn“):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Capitol building. Write the room and the building, such as &quot;2107 Rayburn&quot; or &quot;511 Hart&quot;.</source>
        <translation type="unfinished">„%1“ nennt kein Kapitolgebäude. Geben Sie Raum und Gebäude an, z. B. „2107 Rayburn“ oder „511 Hart“.</translation>
    </message>
    <message>
        <source>Legislators</source>
        <translation type="unfinished">Abgeordnete</translation>
    </message>
    <message>
        <source>Filter by name, seat or building</source>
        <translation type="unfinished">Nach Name, Sitz oder Gebäude filtern</translation>
    </message>
    <message>
        <source>Download the current members of Congress from the address in Preferences and import them.</source>
        <translation type="unfinished">Die aktuellen Kongressmitglieder von der Adresse in den Einstellungen herunterladen und importieren.</translation>
    </message>
    <message>
        <source>Legislatures and their chambers</source>
        <translation type="unfinished">Parlamente und ihre Kammern</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Mitglieder</translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation type="unfinished">&amp;Frühere Mitglieder anzeigen</translation>
    </message>
    <message>
        <source>Also list members a newer import no longer lists; meetings planned with them are kept.</source>
        <translation type="unfinished">Auch Mitglieder zeigen, die ein neuerer Import nicht mehr aufführt; mit ihnen geplante Treffen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Set the building and room of the chosen member&apos;s office; double-clicking a member does the same.</source>
        <translation type="unfinished">Gebäude und Raum des Büros des gewählten Mitglieds festlegen; ein Doppelklick auf ein Mitglied tut dasselbe.</translation>
    </message>
    <message>
        <source>&amp;Campus…</source>
        <translation type="unfinished">&amp;Gebäude…</translation>
    </message>
    <message>
        <source>List the buildings of this legislature&apos;s capitol and which are a short walk apart.</source>
        <translation type="unfinished">Die Gebäude des Kapitols dieses Parlaments auflisten und welche wenige Schritte auseinanderliegen.</translation>
    </message>
    <message>
        <source>No members of %1 in this workspace yet; they arrive with an import of the legislature&apos;s members.</source>
        <translation type="unfinished">Noch keine Mitglieder von %1 in diesem Arbeitsbereich; sie kommen mit einem Import der Mitglieder des Parlaments.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n no longer in office</source>
        <translation type="unfinished">
            <numerusform>; %n nicht mehr im Amt</numerusform>
            <numerusform>; %n nicht mehr im Amt</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no building of the capitol&apos;s campus (%2). Write the room and the building, or add the building with Campus….</source>
        <translation type="unfinished">„%1“ nennt kein Gebäude des Kapitols (%2). Schreiben Sie Raum und Gebäude, oder fügen Sie das Gebäude unter „Gebäude…“ hinzu.</translation>
    </message>
    <message>
        <source>the capitol alone</source>
        <translation type="unfinished">nur das Kapitol</translation>
    </message>
    <message>
        <source>No members of Congress yet. Use Update from the Internet, or Import and the members built in or legislators-current.csv from the congress-legislators project.</source>
        <translation type="unfinished">Noch keine Kongressmitglieder. Nutzen Sie „Aus dem Internet aktualisieren“ oder „Importieren“ mit den eingebauten Mitgliedern oder legislators-current.csv aus dem Projekt congress-legislators.</translation>
    </message>
    <message>
        <source>Reading the Open States data…</source>
        <translation type="unfinished">Open-States-Daten werden gelesen…</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation type="unfinished">%1

Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file lists no legislature&apos;s members.</source>
        <translation type="unfinished">Die Datei listet keine Mitglieder eines Parlaments.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Importieren</translation>
    </message>
    <message>
        <source>Import or update the members of a legislature. What an import changes is shown before anything is written.</source>
        <translation type="unfinished">Die Mitglieder eines Parlaments importieren oder aktualisieren. Was ein Import ändert, wird vor dem Schreiben gezeigt.</translation>
    </message>
    <message>
        <source>&amp;Congress (Built In)</source>
        <translation type="unfinished">&amp;Kongress (eingebaut)</translation>
    </message>
    <message>
        <source>The members of Congress this version of Majlis was made with, for use with no network.</source>
        <translation type="unfinished">Die Kongressmitglieder, mit denen diese Majlis-Version gebaut wurde, zur Nutzung ohne Netzwerk.</translation>
    </message>
    <message>
        <source>Congress from congress-legislators &amp;CSV…</source>
        <translation type="unfinished">Kongress aus &amp;CSV von congress-legislators…</translation>
    </message>
    <message>
        <source>legislators-current.csv of the congress-legislators project.</source>
        <translation type="unfinished">legislators-current.csv des Projekts congress-legislators.</translation>
    </message>
    <message>
        <source>State Legislatures from &amp;Open States Download…</source>
        <translation type="unfinished">Landesparlamente aus &amp;Open-States-Download…</translation>
    </message>
    <message>
        <source>The Open States people data downloaded as a .tar.gz or .zip file: every state legislature.</source>
        <translation type="unfinished">Die Personendaten von Open States als .tar.gz- oder .zip-Datei heruntergeladen: alle Landesparlamente.</translation>
    </message>
    <message>
        <source>State Legislatures from Open States &amp;Folder…</source>
        <translation type="unfinished">Landesparlamente aus Open-States-&amp;Ordner…</translation>
    </message>
    <message>
        <source>A folder of the Open States people data: the project, its data folder or one state&apos;s.</source>
        <translation type="unfinished">Ein Ordner der Personendaten von Open States: das Projekt, sein data-Ordner oder der eines Staates.</translation>
    </message>
    <message>
        <source>&amp;Member List of a Parliament (CSV)…</source>
        <translation type="unfinished">&amp;Mitgliederliste eines Parlaments (CSV)…</translation>
    </message>
    <message>
        <source>Any legislature&apos;s members from a spreadsheet, one member a row, with what each column holds.</source>
        <translation type="unfinished">Die Mitglieder eines beliebigen Parlaments aus einer Tabelle, ein Mitglied pro Zeile, mit dem Inhalt jeder Spalte.</translation>
    </message>
    <message>
        <source>Import from Open States</source>
        <translation type="unfinished">Aus Open States importieren</translation>
    </message>
    <message>
        <source>Open States downloads (*.tar.gz *.tgz *.zip);;All files (*)</source>
        <translation type="unfinished">Open-States-Downloads (*.tar.gz *.tgz *.zip);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatureTreeModel</name>
    <message>
        <source>All chambers. The capitol is in %1 (time zone %2).</source>
        <translation type="unfinished">Alle Kammern. Das Kapitol steht in %1 (Zeitzone %2).</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Parlament</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Mitglieder</translation>
    </message>
</context>
<context>
    <name>majlis::LetterAnswerDialog</name>
    <message>
        <source>Answer of %1</source>
        <translation type="unfinished">Antwort von %1</translation>
    </message>
    <message>
        <source>Name and title as it appears on the letter</source>
        <translation type="unfinished">Name und Titel, wie sie im Brief erscheinen</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished">&amp;Antwort:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished">A&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished">&amp;Unterzeichnet von:</translation>
    </message>
</context>
<context>
    <name>majlis::LetterDialog</name>
    <message>
        <source>New Sign-on Letter</source>
        <translation type="unfinished">Neuer Sammelbrief</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">Keine Frist</translation>
    </message>
    <message>
        <source>The text of the letter, or the part partners need to read</source>
        <translation type="unfinished">Der Text des Briefs oder der Teil, den Partner lesen müssen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished">&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished">&amp;Frist:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Erstellen</translation>
    </message>
</context>
<context>
    <name>majlis::MainWindow</name>
    <message>
        <source>Majlis workspaces (*.majlis);;All files (*)</source>
        <translation type="unfinished">Majlis-Arbeitsbereiche (*.majlis);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished">Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Advocacy Days</source>
        <translation type="unfinished">Advocacy-Tage</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished">Veranstaltungen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Berichte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished">&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished">Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation type="unfinished">Neuer &amp;Demo-Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts from CSV…</source>
        <translation type="unfinished">Kontakte aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Contacts from &amp;vCard…</source>
        <translation type="unfinished">Kontakte aus &amp;vCard importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation type="unfinished">Kontakte &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export Workspace &amp;Archive…</source>
        <translation type="unfinished">Arbeitsbereichs-&amp;Archiv exportieren…</translation>
    </message>
    <message>
        <source>Import Wor&amp;kspace Archive…</source>
        <translation type="unfinished">Arbeitsbereichs-Archiv imp&amp;ortieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished">&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>&amp;Delete Contacts…</source>
        <translation type="unfinished">Kontakte &amp;löschen…</translation>
    </message>
    <message>
        <source>Add &amp;Tags to Selected…</source>
        <translation type="unfinished">&amp;Tags zu Ausgewählten hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation type="unfinished">Kontakte &amp;suchen</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation type="unfinished">&amp;Duplikate suchen…</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished">Duplikate</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Majlis</source>
        <translation type="unfinished">&amp;Über Majlis</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished">Über &amp;Qt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished">Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open Workspace (Ctrl+O), create one with File &gt; New Workspace, or explore a demo with File &gt; New Demo Workspace.</source>
        <translation type="unfinished">Öffnen Sie einen Arbeitsbereich mit Datei &gt; Arbeitsbereich öffnen (Strg+O), erstellen Sie einen mit Datei &gt; Neuer Arbeitsbereich oder erkunden Sie eine Demo mit Datei &gt; Neuer Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Plan Capitol advocacy days: legislators, constituent meetings, schedules and itineraries. Open or create a workspace first.</source>
        <translation type="unfinished">Planen Sie Advocacy-Tage im Kapitol: Abgeordnete, Treffen mit Wählerinnen und Wählern, Zeitpläne und Reisepläne. Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Keep track of coalition partners, sign-on letters and the history of every relationship. Open or create a workspace first.</source>
        <translation type="unfinished">Behalten Sie Koalitionspartner, Sammelbriefe und die Geschichte jeder Beziehung im Blick. Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Run community events with offline check-in and voter-registration drives. Open or create a workspace first.</source>
        <translation type="unfinished">Führen Sie Gemeinschaftsveranstaltungen mit Offline-Check-in und Wählerregistrierungsaktionen durch. Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Attendance, voter registration, partners and sign-on letters in charts. Open or create a workspace first.</source>
        <translation type="unfinished">Teilnahme, Wählerregistrierung, Partner und Sammelbriefe in Diagrammen. Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 — Majlis</source>
        <translation type="unfinished">%1 — Majlis</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished">Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished">Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the demo workspace.</source>
        <translation type="unfinished">%1 existiert bereits. Wählen Sie einen neuen Dateinamen für den Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished">Arbeitsbereich kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Creating fictional contacts…</source>
        <translation type="unfinished">Fiktive Kontakte werden erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished">Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 already exists. To open it, use File &gt; Open Workspace.</source>
        <translation type="unfinished">%1 existiert bereits. Verwenden Sie zum Öffnen Datei &gt; Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished">Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation type="unfinished">Neuer Demo-Arbeitsbereich</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%1 von %Ln Kontakt</numerusform>
            <numerusform>%1 von %Ln Kontakten</numerusform>
        </translation>
    </message>
    <message>
        <source>About Majlis</source>
        <translation type="unfinished">Über Majlis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;An offline-first organizer for Muslim civic and advocacy organizations: contacts, advocacy days, coalition partners and community events.&lt;/p&gt;&lt;p&gt;Majlis is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;Ein Offline-first-Organizer für muslimische zivilgesellschaftliche und Interessenvertretungsorganisationen: Kontakte, Advocacy-Tage, Koalitionspartner und Gemeinschaftsveranstaltungen.&lt;/p&gt;&lt;p&gt;Majlis ist freie Software, lizenziert unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version. Sie wird ohne jegliche Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 merged, %3 skipped.</source>
        <translation type="unfinished">Importiert: %1 neu, %2 zusammengeführt, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Import Contacts from vCard</source>
        <translation type="unfinished">Kontakte aus vCard importieren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished">vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">Import nicht möglich</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">Import von %1</translation>
    </message>
    <message>
        <source>%1 cards: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 with problems. Import?</source>
        <translation type="unfinished">%1 Karten: %2 neue Kontakte, %3 mit bestehenden zusammengeführt, %4 übersprungen; %5 mit Problemen. Importieren?</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation type="unfinished">Karte %1: %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">Import nicht durchgeführt</translation>
    </message>
    <message>
        <source>%1 archive %2.majlis</source>
        <translation type="unfinished">%1 Archiv %2.majlis</translation>
    </message>
    <message>
        <source>Export Workspace Archive</source>
        <translation type="unfinished">Arbeitsbereichs-Archiv exportieren</translation>
    </message>
    <message>
        <source>Majlis workspaces (*.majlis)</source>
        <translation type="unfinished">Majlis-Arbeitsbereiche (*.majlis)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished">Export nicht möglich</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">Arbeitsbereichs-Archiv %1 geschrieben.</translation>
    </message>
    <message>
        <source>Import Workspace Archive</source>
        <translation type="unfinished">Arbeitsbereichs-Archiv importieren</translation>
    </message>
    <message>
        <source>Cannot import the archive</source>
        <translation type="unfinished">Das Archiv kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">Archiv %1 importiert.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished">&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation type="unfinished">&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;Server…</source>
        <translation type="unfinished">&amp;Synchronisierungsserver…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished">&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Sync &amp;Automatically</source>
        <translation type="unfinished">&amp;Automatisch synchronisieren</translation>
    </message>
    <message>
        <source>E&amp;xport Everything About This Person…</source>
        <translation type="unfinished">Alles über diese Person e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Erase This &amp;Person…</source>
        <translation type="unfinished">Diese &amp;Person löschen…</translation>
    </message>
    <message>
        <source>Show &amp;Hijri Dates</source>
        <translation type="unfinished">&amp;Hidschri-Daten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Workspace Settings…</source>
        <translation type="unfinished">&amp;Arbeitsbereich-Einstellungen…</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">&amp;Bezirke aus Postleitzahlen füllen…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Run phone banks, door knocking and get-out-the-vote drives: lists built from your contacts, scripts, and results entered offline. Open or create a workspace first.</source>
        <translation>Telefonaktionen, Haustürwahlkampf und Mobilisierung zur Wahl: Listen aus Ihren Kontakten, Gesprächsleitfäden und offline erfasste Ergebnisse. Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>majlis::MemberField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">Nicht importieren</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished">Mitglieds-ID</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Vollständiger Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nachname</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Kammer</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation type="unfinished">Wahlkreis</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">Partei</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation type="unfinished">Büroadresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
</context>
<context>
    <name>majlis::MemberListDialog</name>
    <message>
        <source>Import a Member List</source>
        <translation type="unfinished">Mitgliederliste importieren</translation>
    </message>
    <message>
        <source>A new legislature</source>
        <translation type="unfinished">Ein neues Parlament</translation>
    </message>
    <message>
        <source>such as gb-parliament</source>
        <translation type="unfinished">etwa gb-parliament</translation>
    </message>
    <message>
        <source>such as UK Parliament</source>
        <translation type="unfinished">etwa UK Parliament</translation>
    </message>
    <message>
        <source>such as GB</source>
        <translation type="unfinished">etwa GB</translation>
    </message>
    <message>
        <source>The member list to import</source>
        <translation type="unfinished">Die zu importierende Mitgliederliste</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">Tabellen (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Parlament:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished">&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">La&amp;nd:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished">&amp;Datei:</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">Was jede Spalte enthält</translation>
    </message>
    <message>
        <source>The first members, as they will be imported</source>
        <translation type="unfinished">Die ersten Mitglieder, wie sie importiert werden</translation>
    </message>
    <message>
        <source>&amp;Review Import…</source>
        <translation type="unfinished">Import &amp;prüfen…</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check what each holds:</source>
        <translation type="unfinished">Spalten mit bekannten Namen sind schon zugeordnet; prüfen Sie, was jede enthält:</translation>
    </message>
    <message>
        <source>The first members, as they will be imported:</source>
        <translation type="unfinished">Die ersten Mitglieder, wie sie importiert werden:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns.</source>
        <translation type="unfinished">%1 Zeilen in %2 Spalten.</translation>
    </message>
    <message>
        <source>Give the new legislature a code of letters, digits and dashes, such as gb-parliament.</source>
        <translation type="unfinished">Geben Sie dem neuen Parlament ein Kürzel aus Buchstaben, Ziffern und Bindestrichen, etwa gb-parliament.</translation>
    </message>
    <message>
        <source>Give the new legislature its name, such as UK Parliament.</source>
        <translation type="unfinished">Geben Sie dem neuen Parlament seinen Namen, etwa UK Parliament.</translation>
    </message>
    <message>
        <source>The workspace has %1 as %2 already; choose it in the list.</source>
        <translation type="unfinished">Der Arbeitsbereich hat %1 bereits als %2; wählen Sie es in der Liste.</translation>
    </message>
    <message>
        <source>Choose the member list to import, saved as CSV.</source>
        <translation type="unfinished">Wählen Sie die zu importierende Mitgliederliste, als CSV gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) read</source>
        <translation type="unfinished">
            <numerusform>%n Mitglied(er) gelesen</numerusform>
            <numerusform>%n Mitglied(er) gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) skipped, listed when you review the import</source>
        <translation type="unfinished">
            <numerusform>; %n Zeile(n) übersprungen, beim Prüfen des Imports aufgeführt</numerusform>
            <numerusform>; %n Zeile(n) übersprungen, beim Prüfen des Imports aufgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::MergeDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation type="unfinished">Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>These records look like the same person. Choose the record that stays and, for each field, the value to keep. Nothing is lost: emails, phones and tags of both are kept, and the other record&apos;s history and event records move to the one that stays.</source>
        <translation type="unfinished">Diese Datensätze scheinen dieselbe Person zu sein. Wählen Sie den Datensatz, der bleibt, und für jedes Feld den Wert, der erhalten bleiben soll. Nichts geht verloren: E-Mails, Telefonnummern und Tags beider bleiben erhalten, und Verlauf und Veranstaltungseinträge des anderen Datensatzes gehen auf den bleibenden über.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished">hinzugefügt %1</translation>
    </message>
    <message>
        <source>Record that stays</source>
        <translation type="unfinished">Bleibender Datensatz</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation type="unfinished">Diesen Datensatz behalten</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished">%1 behalten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Rufname</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">Bundesstaat und Wahlbezirk</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Ortsgruppe</translation>
    </message>
    <message>
        <source>Organization and role</source>
        <translation type="unfinished">Organisation und Funktion</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Geburtstag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>Emails (both kept)</source>
        <translation type="unfinished">E-Mails (beide bleiben erhalten)</translation>
    </message>
    <message>
        <source>Phones (both kept)</source>
        <translation type="unfinished">Telefonnummern (beide bleiben erhalten)</translation>
    </message>
    <message>
        <source>Tags (both kept)</source>
        <translation type="unfinished">Tags (beide bleiben erhalten)</translation>
    </message>
    <message>
        <source>Languages, skills and interests (both kept)</source>
        <translation type="unfinished">Sprachen, Fähigkeiten und Interessen (beide bleiben erhalten)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished">Zusammenführen</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">Einer dieser Kontakte existiert nicht mehr; er wurde möglicherweise inzwischen zusammengeführt oder gelöscht.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(keine)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>The second record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">Der zweite Datensatz bleibt, mit dem Namen „%1“ und den oben gewählten Werten.</translation>
    </message>
    <message>
        <source>The first record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">Der erste Datensatz bleibt, mit dem Namen „%1“ und den oben gewählten Werten.</translation>
    </message>
    <message>
        <source>The other is removed once its emails, phones, tags, consents, history and event records have moved to it. Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished">Der andere wird entfernt, sobald seine E-Mails, Telefonnummern, Tags, Einwilligungen, Verlauf und Veranstaltungseinträge übertragen wurden. Bearbeiten &gt; Rückgängig macht die Zusammenführung rückgängig.</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimeDialog</name>
    <message>
        <source>Office Time</source>
        <translation type="unfinished">Bürozeit</translation>
    </message>
    <message>
        <source>Confirmed meeting time</source>
        <translation type="unfinished">Bestätigter Termin</translation>
    </message>
    <message>
        <source>Cannot meet (blackout)</source>
        <translation type="unfinished">Kein Treffen möglich (Sperrzeit)</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished">&amp;Büro:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">B&amp;is:</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimesPanel</name>
    <message>
        <source>Office times</source>
        <translation type="unfinished">Bürozeiten</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished">Hinzufügen…</translation>
    </message>
    <message>
        <source>A time an office confirmed for your meeting, or a time it cannot meet.</source>
        <translation type="unfinished">Eine Zeit, die ein Büro für Ihr Treffen bestätigt hat, oder eine Zeit, zu der es kein Treffen geben kann.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">ein nicht mehr aufgeführtes Büro</translation>
    </message>
    <message>
        <source>%1: confirmed %2–%3</source>
        <translation type="unfinished">%1: bestätigt %2–%3</translation>
    </message>
    <message>
        <source>%1: cannot meet %2–%3</source>
        <translation type="unfinished">%1: kein Treffen möglich %2–%3</translation>
    </message>
    <message>
        <source>No confirmed times or blackouts: every office can meet all day.</source>
        <translation type="unfinished">Keine bestätigten Zeiten oder Sperrzeiten: Jedes Büro kann den ganzen Tag.</translation>
    </message>
    <message>
        <source>Cannot add the office time</source>
        <translation type="unfinished">Die Bürozeit kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot remove the office time</source>
        <translation type="unfinished">Die Bürozeit kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>majlis::Organization</name>
    <message>
        <source>Mosque or Islamic center</source>
        <translation type="unfinished">Moschee oder islamisches Zentrum</translation>
    </message>
    <message>
        <source>Interfaith</source>
        <translation type="unfinished">Interreligiös</translation>
    </message>
    <message>
        <source>Civil rights</source>
        <translation type="unfinished">Bürgerrechte</translation>
    </message>
    <message>
        <source>Immigrant rights</source>
        <translation type="unfinished">Rechte von Eingewanderten</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation type="unfinished">Gewerkschaft</translation>
    </message>
    <message>
        <source>Student association</source>
        <translation type="unfinished">Studierendenvereinigung</translation>
    </message>
    <message>
        <source>Other faith-based</source>
        <translation type="unfinished">Andere religiöse Organisation</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation type="unfinished">Behörde</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">Medien</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Sonstige</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished">Interessent</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Aktiv</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished">Ruhend</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">Treffen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished">Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Joint event</source>
        <translation type="unfinished">Gemeinsame Veranstaltung</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished">Unterzeichnung</translation>
    </message>
</context>
<context>
    <name>majlis::Outcome</name>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">Unterstützend</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished">Unentschieden</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation type="unfinished">Ablehnend</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished">Keine Antwort</translation>
    </message>
</context>
<context>
    <name>majlis::OutcomeChart</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">Ergebnisse nach Anliegen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>ask: bill number, then its title</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>outcome: count</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished">Nicht erfasst: %1</translation>
    </message>
    <message>
        <source>No outcomes reported yet.</source>
        <translation type="unfinished">Noch keine Ergebnisse gemeldet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>ask: its counts</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished">nichts erfasst</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerBrowser</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>Issue areas</source>
        <translation type="unfinished">Themenbereiche</translation>
    </message>
    <message>
        <source>&amp;New Partner</source>
        <translation type="unfinished">&amp;Neuer Partner</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Löschen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Details</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished">&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished">&amp;Verlauf</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation type="unfinished">Noch keine Partner</translation>
    </message>
    <message>
        <source>Keep track of the mosques, interfaith councils, civil-rights and labor groups you work with: click New Partner, give its name, then fill in its details, the people you know there and the history of the relationship.</source>
        <translation type="unfinished">Behalten Sie die Moscheen, interreligiösen Räte, Bürgerrechts- und Gewerkschaftsgruppen im Blick, mit denen Sie zusammenarbeiten: Klicken Sie auf „Neuer Partner“, geben Sie den Namen ein und ergänzen Sie dann die Details, die Personen, die Sie dort kennen, und den Verlauf der Beziehung.</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation type="unfinished">Kein Partner ausgewählt</translation>
    </message>
    <message>
        <source>Choose a partner in the list to see its details, its people and its history.</source>
        <translation type="unfinished">Wählen Sie einen Partner in der Liste, um seine Details, Personen und seinen Verlauf zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n Partner</numerusform>
            <numerusform>%n Partner</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners match these filters.</source>
        <translation type="unfinished">Keine Partner entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation type="unfinished">Noch keine Partner.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished">Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; first?</source>
        <translation type="unfinished">Zuerst die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Cannot add the partner</source>
        <translation type="unfinished">Der Partner kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation type="unfinished">Neuer Partner</translation>
    </message>
    <message>
        <source>Name of the organization:</source>
        <translation type="unfinished">Name der Organisation:</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation type="unfinished">Partner löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its people and history go with it, and it leaves the sign-on letters. The contacts themselves are not touched.</source>
        <translation type="unfinished">„%1“ löschen? Personen und Verlauf werden mitgelöscht, und der Partner wird aus den Sammelbriefen entfernt. Die Kontakte selbst bleiben unberührt.</translation>
    </message>
    <message>
        <source>Cannot delete the partner</source>
        <translation type="unfinished">Der Partner kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerDetailsPanel</name>
    <message>
        <source>civil rights, immigration, voting</source>
        <translation type="unfinished">Bürgerrechte, Einwanderung, Wahlen</translation>
    </message>
    <message>
        <source>Separate issue areas with commas.</source>
        <translation type="unfinished">Trennen Sie Themenbereiche durch Kommas.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US or CA.</source>
        <translation type="unfinished">Zweistelliger Ländercode, z. B. US oder CA.</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">&amp;Auswählen…</translation>
    </message>
    <message>
        <source>The person in your organization who keeps this relationship.</source>
        <translation type="unfinished">Die Person in Ihrer Organisation, die diese Beziehung pflegt.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished">&amp;Leeren</translation>
    </message>
    <message>
        <source>What matters to them, what they asked of us, what we promised</source>
        <translation type="unfinished">Was ihnen wichtig ist, worum sie uns gebeten haben, was wir versprochen haben</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Art:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished">S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Issue areas:</source>
        <translation type="unfinished">&amp;Themenbereiche:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished">&amp;Region:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">La&amp;nd:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished">&amp;Website:</translation>
    </message>
    <message>
        <source>Cha&amp;pter:</source>
        <translation type="unfinished">Orts&amp;gruppe:</translation>
    </message>
    <message>
        <source>Relationship owner:</source>
        <translation type="unfinished">Beziehungsverantwortliche(r):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished">N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Verwerfen</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Keine Ortsgruppe</translation>
    </message>
    <message>
        <source>Unknown chapter</source>
        <translation type="unfinished">Unbekannte Ortsgruppe</translation>
    </message>
    <message>
        <source>Cannot save the partner</source>
        <translation type="unfinished">Der Partner kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">Noch niemand</translation>
    </message>
    <message>
        <source>A deleted contact</source>
        <translation type="unfinished">Ein gelöschter Kontakt</translation>
    </message>
    <message>
        <source>Relationship Owner</source>
        <translation type="unfinished">Beziehungsverantwortliche(r)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;Auswählen</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerFilterBar</name>
    <message>
        <source>Search name, city, website or notes</source>
        <translation type="unfinished">Name, Ort, Website oder Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation type="unfinished">Partner durchsuchen</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation type="unfinished">Art des Partners</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished">Alle Arten</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">Themenbereich</translation>
    </message>
    <message>
        <source>All issue areas</source>
        <translation type="unfinished">Alle Themenbereiche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Jeder Status</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Ortsgruppe</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">Alle Ortsgruppen</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerHistoryPanel</name>
    <message>
        <source>&amp;Add Interaction…</source>
        <translation type="unfinished">Interaktion &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Verlauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Zusammenfassung</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished">Wer teilgenommen hat</translation>
    </message>
    <message>
        <source>Nothing recorded yet: add meetings, calls and joint events as they happen.</source>
        <translation type="unfinished">Noch nichts erfasst: Fügen Sie Treffen, Anrufe und gemeinsame Veranstaltungen hinzu, sobald sie stattfinden.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation type="unfinished">
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the interaction</source>
        <translation type="unfinished">Die Interaktion kann nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerPeoplePanel</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished">Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Left the Organization…</source>
        <translation type="unfinished">Hat die Organisation &amp;verlassen…</translation>
    </message>
    <message>
        <source>Records that the person left today; they stay in the partner&apos;s history.</source>
        <translation type="unfinished">Erfasst, dass die Person heute ausgeschieden ist; sie bleibt im Verlauf des Partners.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Funktion</translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished">Seit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished">Bis</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) there now</source>
        <translation type="unfinished">
            <numerusform>%n Person derzeit dort</numerusform>
            <numerusform>%n Personen derzeit dort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n who left</source>
        <translation type="unfinished">
            <numerusform>; %n ausgeschieden</numerusform>
            <numerusform>; %n ausgeschieden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody recorded yet: add the people you work with there.</source>
        <translation type="unfinished">Noch niemand erfasst: Fügen Sie die Personen hinzu, mit denen Sie dort zusammenarbeiten.</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation type="unfinished">Die Person kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot record the departure</source>
        <translation type="unfinished">Das Ausscheiden kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Add People</source>
        <translation type="unfinished">Personen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Weiter</translation>
    </message>
    <message>
        <source>Role at the partner (director, imam, organizer…):</source>
        <translation type="unfinished">Funktion beim Partner (Leitung, Imam, Organisator…):</translation>
    </message>
    <message>
        <source>Left the Organization</source>
        <translation type="unfinished">Hat die Organisation verlassen</translation>
    </message>
    <message>
        <source>Record that %1 left on %2? They stay in the partner&apos;s history.</source>
        <translation type="unfinished">Erfassen, dass %1 am %2 ausgeschieden ist? Die Person bleibt im Verlauf des Partners.</translation>
    </message>
</context>
<context>
    <name>majlis::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">Sammelbriefe</translation>
    </message>
    <message>
        <source>Coalition map</source>
        <translation type="unfinished">Koalitionskarte</translation>
    </message>
</context>
<context>
    <name>majlis::PostcodeLookup</name>
    <message>
        <source>This build of Majlis has no ZIP code to congressional district file (it is added when the program is built with MAJLIS_DISTRICT_FILE). Import one with &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot;: a CSV with zip, state and district columns, such as zccd.csv of the us-zipcodes-congress project.</source>
        <translation type="unfinished">Diese Majlis-Version enthält keine Datei ZIP-Postleitzahl → Kongresswahlkreis (sie wird beim Bauen mit MAJLIS_DISTRICT_FILE hinzugefügt). Importieren Sie eine mit „majlis-cli districts import FILE --body us-congress --chamber house“: eine CSV mit den Spalten zip, state und district, etwa zccd.csv des Projekts us-zipcodes-congress.</translation>
    </message>
</context>
<context>
    <name>majlis::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished">Einstellungen</translation>
    </message>
    <message>
        <source>Use the &amp;Default</source>
        <translation type="unfinished">&amp;Standard verwenden</translation>
    </message>
    <message>
        <source>&amp;Legislators download address:</source>
        <translation type="unfinished">&amp;Download-Adresse für Abgeordnete:</translation>
    </message>
    <message>
        <source>Advocacy Days &gt; Legislators… &gt; Update from the Internet downloads legislators-current.csv from here. It must be an https:// address.</source>
        <translation type="unfinished">Advocacy-Tage &gt; Abgeordnete… &gt; Aus dem Internet aktualisieren lädt legislators-current.csv von hier herunter. Es muss eine https://-Adresse sein.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>majlis::ReportBackPanel</name>
    <message>
        <source>planned</source>
        <translation type="unfinished">geplant</translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished">abgehalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished">abgesagt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>ask: bill number, then its title</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished">Treffen</translation>
    </message>
    <message>
        <source>Select a meeting to report on it.</source>
        <translation type="unfinished">Wählen Sie ein Treffen aus, um darüber zu berichten.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">Abgehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgesagt</translation>
    </message>
    <message>
        <source>Name and title, e.g. Jordan Lee, legislative director</source>
        <translation type="unfinished">Name und Titel, z. B. Jordan Lee, Legislative Director</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Nicht erfasst</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Abgeordnete(r)</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation type="unfinished">Mitarbeiter/in</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;Status:</translation>
    </message>
    <message>
        <source>Met &amp;with:</source>
        <translation type="unfinished">Getroffen &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Funktion:</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished">Ergebnisse</translation>
    </message>
    <message>
        <source>The day has no asks yet. Add them on the Details tab.</source>
        <translation type="unfinished">Der Tag hat noch keine Anliegen. Fügen Sie sie auf der Registerkarte „Details“ hinzu.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">Folgeaufgaben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Erledigt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Beschreibung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Fällig</translation>
    </message>
    <message>
        <source>Due date as year-month-day, for example %1</source>
        <translation type="unfinished">Fälligkeitsdatum als Jahr-Monat-Tag, zum Beispiel %1</translation>
    </message>
    <message>
        <source>&amp;Add Follow-up</source>
        <translation type="unfinished">Folgeaufgabe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">&amp;Entfernen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Save Report</source>
        <translation type="unfinished">Bericht &amp;speichern</translation>
    </message>
    <message>
        <source>Save the report (%1)</source>
        <translation type="unfinished">Bericht speichern (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Go back to the report as last saved</source>
        <translation type="unfinished">Zum zuletzt gespeicherten Stand des Berichts zurückkehren</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">Kein Advocacy-Tag ausgewählt.</translation>
    </message>
    <message>
        <source>No meetings yet: schedule the day first on the Schedule tab.</source>
        <translation type="unfinished">Noch keine Treffen: Planen Sie den Tag zuerst auf der Registerkarte „Zeitplan“.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished">%1:</translation>
    </message>
    <message>
        <source>Unknown office</source>
        <translation type="unfinished">Unbekanntes Büro</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <comment>meeting list: start time, office, report status</comment>
        <translation type="unfinished">%1  %2 — %3</translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation type="unfinished">Ungespeicherter Bericht</translation>
    </message>
    <message>
        <source>Save the report of the meeting with %1?</source>
        <translation type="unfinished">Den Bericht über das Treffen mit %1 speichern?</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <comment>meeting heading: start, end, office</comment>
        <translation type="unfinished">%1–%2  %3</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (Leitung)</translation>
    </message>
    <message>
        <source>No team assigned.</source>
        <translation type="unfinished">Kein Team zugewiesen.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">Team: %1</translation>
    </message>
    <message>
        <source>Follow-up row %1: “%2” is not a date. Write due dates as year-month-day, for example %3.</source>
        <translation type="unfinished">Folgeaufgabe Zeile %1: „%2“ ist kein Datum. Schreiben Sie Fälligkeitsdaten als Jahr-Monat-Tag, zum Beispiel %3.</translation>
    </message>
    <message>
        <source>Follow-up row %1 has a due date but no description. Say what is to be done, or remove the row.</source>
        <translation type="unfinished">Folgeaufgabe Zeile %1 hat ein Fälligkeitsdatum, aber keine Beschreibung. Geben Sie an, was zu tun ist, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished">Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Not a date. Write it as year-month-day, for example %1.</source>
        <translation type="unfinished">Kein Datum. Schreiben Sie es als Jahr-Monat-Tag, zum Beispiel %1.</translation>
    </message>
</context>
<context>
    <name>majlis::ReportsPage</name>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;Teilnahme</translation>
    </message>
    <message>
        <source>Attendance per event</source>
        <translation type="unfinished">Teilnahme pro Veranstaltung</translation>
    </message>
    <message>
        <source>How many registered for each event, how many came, and how many new people walked in.</source>
        <translation type="unfinished">Wie viele sich für jede Veranstaltung angemeldet haben, wie viele gekommen sind und wie viele neue Personen spontan dazukamen.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Veranstaltung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Angemeldet</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Eingecheckt</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation type="unfinished">Neue Kontakte</translation>
    </message>
    <message>
        <source>People who walked in without registering and were added as new contacts</source>
        <translation type="unfinished">Personen, die ohne Anmeldung kamen und als neue Kontakte hinzugefügt wurden</translation>
    </message>
    <message>
        <source>By &amp;chapter</source>
        <translation type="unfinished">Nach &amp;Ortsgruppe</translation>
    </message>
    <message>
        <source>Attendance per chapter by month</source>
        <translation type="unfinished">Teilnahme pro Ortsgruppe nach Monat</translation>
    </message>
    <message>
        <source>How many people each chapter checked in at its events, month by month.</source>
        <translation type="unfinished">Wie viele Personen jede Ortsgruppe bei ihren Veranstaltungen eingecheckt hat, Monat für Monat.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Monat</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Gesamt</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Zugesagt</translation>
    </message>
    <message>
        <source>&amp;Voter registration</source>
        <translation type="unfinished">&amp;Wählerregistrierung</translation>
    </message>
    <message>
        <source>Voter registration per drive</source>
        <translation type="unfinished">Wählerregistrierung pro Aktion</translation>
    </message>
    <message>
        <source>What each voter-registration drive recorded, person by person, and how many pledged to vote.</source>
        <translation type="unfinished">Was jede Wählerregistrierungsaktion Person für Person erfasst hat und wie viele die Wahlteilnahme zugesagt haben.</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">Personen, die die Wahlteilnahme zugesagt haben</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished">&amp;Partner</translation>
    </message>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">Partner nach Themenbereich</translation>
    </message>
    <message>
        <source>How many coalition partners work on each issue, and who they are.</source>
        <translation type="unfinished">Wie viele Koalitionspartner an jedem Thema arbeiten und wer sie sind.</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">Themenbereich</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished">Namen</translation>
    </message>
    <message>
        <source>&amp;Sign-on letters</source>
        <translation type="unfinished">&amp;Sammelbriefe</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">Sammelbriefe</translation>
    </message>
    <message>
        <source>For each letter, how many partners asked have signed, declined, or not answered yet.</source>
        <translation type="unfinished">Für jeden Brief: wie viele gefragte Partner unterzeichnet, abgelehnt oder noch nicht geantwortet haben.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">Brief</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished">Frist</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished">Gefragt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">Unterzeichnet</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Abgelehnt</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished">Nicht beantwortet</translation>
    </message>
    <message>
        <source>A chart of the numbers in the table below.</source>
        <translation type="unfinished">Ein Diagramm der Zahlen in der Tabelle unten.</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <comment>chart tooltip: what the bar stands for, the series, its count</comment>
        <translation type="unfinished">%1
%2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>chart category: a name, then what tells it apart</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Personen</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest events with attendance; the table lists every event.</source>
        <translation type="unfinished">
            <numerusform>Das Diagramm zeigt die %n letzte Veranstaltung mit Teilnahme; die Tabelle listet alle Veranstaltungen auf.</numerusform>
            <numerusform>Das Diagramm zeigt die %n letzten Veranstaltungen mit Teilnahme; die Tabelle listet alle Veranstaltungen auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see attendance here.</source>
        <translation type="unfinished">Checken Sie Personen bei Veranstaltungen ein, um hier die Teilnahme zu sehen.</translation>
    </message>
    <message>
        <source>No one has registered or checked in yet. Check people in at events to see attendance here.</source>
        <translation type="unfinished">Noch niemand hat sich angemeldet oder eingecheckt. Checken Sie Personen bei Veranstaltungen ein, um hier die Teilnahme zu sehen.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Keine Ortsgruppe</translation>
    </message>
    <message>
        <source>People checked in</source>
        <translation type="unfinished">Eingecheckte Personen</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n months; the table lists every month.</source>
        <translation type="unfinished">
            <numerusform>Das Diagramm zeigt den letzten %n Monat; die Tabelle listet alle Monate auf.</numerusform>
            <numerusform>Das Diagramm zeigt die letzten %n Monate; die Tabelle listet alle Monate auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see each chapter&apos;s attendance by month here.</source>
        <translation type="unfinished">Checken Sie Personen bei Veranstaltungen ein, um hier die Teilnahme jeder Ortsgruppe nach Monat zu sehen.</translation>
    </message>
    <message>
        <source>People recorded</source>
        <translation type="unfinished">Erfasste Personen</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest drives with records; the table lists every drive.</source>
        <translation type="unfinished">
            <numerusform>Das Diagramm zeigt die %n letzte Aktion mit Einträgen; die Tabelle listet alle Aktionen auf.</numerusform>
            <numerusform>Das Diagramm zeigt die %n letzten Aktionen mit Einträgen; die Tabelle listet alle Aktionen auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record who registered at voter-registration drives to see the results here.</source>
        <translation type="unfinished">Erfassen Sie, wer sich bei Wählerregistrierungsaktionen registriert hat, um hier die Ergebnisse zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n issue areas with the most partners; the table lists every area.</source>
        <translation type="unfinished">
            <numerusform>Das Diagramm zeigt den %n Themenbereich mit den meisten Partnern; die Tabelle listet alle Bereiche auf.</numerusform>
            <numerusform>Das Diagramm zeigt die %n Themenbereiche mit den meisten Partnern; die Tabelle listet alle Bereiche auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add issue areas to partners to see the coalition by issue here.</source>
        <translation type="unfinished">Fügen Sie Partnern Themenbereiche hinzu, um hier die Koalition nach Thema zu sehen.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no deadline</comment>
        <translation type="unfinished">Keine</translation>
    </message>
    <message>
        <source>Partners asked</source>
        <translation type="unfinished">Gefragte Partner</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n letters with the latest deadlines; the table lists every letter.</source>
        <translation type="unfinished">
            <numerusform>Das Diagramm zeigt den %n Brief mit der spätesten Frist; die Tabelle listet alle Briefe auf.</numerusform>
            <numerusform>Das Diagramm zeigt die %n Briefe mit den spätesten Fristen; die Tabelle listet alle Briefe auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a sign-on letter and ask partners to sign it to see who signed here.</source>
        <translation type="unfinished">Erstellen Sie einen Sammelbrief und bitten Sie Partner um Unterzeichnung, um hier zu sehen, wer unterzeichnet hat.</translation>
    </message>
    <message>
        <source>No partner has been asked to sign yet. Ask partners to sign a letter to see who signed here.</source>
        <translation type="unfinished">Noch kein Partner wurde um Unterzeichnung gebeten. Bitten Sie Partner, einen Brief zu unterzeichnen, um hier zu sehen, wer unterzeichnet hat.</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation type="unfinished">Ka&amp;mpagnen</translation>
    </message>
    <message>
        <source>Open campaigns</source>
        <translation type="unfinished">Offene Kampagnen</translation>
    </message>
    <message>
        <source>How each open phone bank, door-knocking effort and get-out-the-vote drive is going: attempts, people reached and pledges to vote, in all and day by day.</source>
        <translation type="unfinished">Wie jede offene Telefonaktion, jede Haustüraktion und jede Wahlmobilisierung läuft: Versuche, erreichte Personen und Wahlzusagen, insgesamt und Tag für Tag.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">Kampagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">Auf der Liste</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Versuche</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Erreichungsquote</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Zusagen</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Versuche, die die Person erreicht haben</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %Ln newest open campaigns with results; the table lists every open campaign.</source>
        <translation type="unfinished">
            <numerusform>Das Diagramm zeigt die neueste offene Kampagne mit Ergebnissen (%Ln); die Tabelle listet jede offene Kampagne.</numerusform>
            <numerusform>Das Diagramm zeigt die %Ln neuesten offenen Kampagnen mit Ergebnissen; die Tabelle listet jede offene Kampagne.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: attempts, contacts and pledges per day</source>
        <translation type="unfinished">%1: Versuche, Erreichte und Zusagen pro Tag</translation>
    </message>
    <message>
        <source>Start a phone bank, door-knocking effort or get-out-the-vote drive to see its progress here.</source>
        <translation type="unfinished">Starten Sie eine Telefonaktion, Haustürbesuche oder eine Wahlmobilisierung, um ihren Fortschritt hier zu sehen.</translation>
    </message>
    <message>
        <source>No results recorded yet in the open campaigns. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">In den offenen Kampagnen sind noch keine Ergebnisse erfasst. Der Fortschritt erscheint hier, sobald Ehrenamtliche Ergebnisse erfassen.</translation>
    </message>
</context>
<context>
    <name>majlis::ResultBar</name>
    <message>
        <source>%1  %2</source>
        <comment>function key, result</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Also opt them out?</source>
        <translation>Auch von allen Listen abmelden?</translation>
    </message>
    <message>
        <source>Keep them on future lists</source>
        <translation>Auf künftigen Listen lassen</translation>
    </message>
    <message>
        <source>Opt out: refused</source>
        <translation>Abmelden: abgelehnt</translation>
    </message>
    <message>
        <source>Opt out: hostile</source>
        <translation>Abmelden: feindselig</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Result: none chosen yet</source>
        <translation>Ergebnis: noch keines gewählt</translation>
    </message>
</context>
<context>
    <name>majlis::RowWriter</name>
    <message>
        <source>The record was deleted meanwhile, perhaps in another window.</source>
        <translation type="unfinished">Der Datensatz wurde inzwischen gelöscht, vielleicht in einem anderen Fenster.</translation>
    </message>
</context>
<context>
    <name>majlis::SaveFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>majlis::ScheduleGridModel</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation type="unfinished">
            <numerusform>%1 (%n Person)</numerusform>
            <numerusform>%1 (%n Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1, Raum %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished">%1–%2</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (Leitung)</translation>
    </message>
    <message>
        <source>Pinned: scheduling again keeps it here.</source>
        <translation type="unfinished">Fixiert: Bei erneuter Planung bleibt es hier.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished">Konflikt</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Fixiert</translation>
    </message>
</context>
<context>
    <name>majlis::SchedulePanel</name>
    <message>
        <source>Move meeting to %1</source>
        <translation type="unfinished">Treffen auf %1 verschieben</translation>
    </message>
    <message>
        <source>Cannot move the meeting</source>
        <translation type="unfinished">Das Treffen kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>%1: no conflicts</source>
        <translation type="unfinished">%1: keine Konflikte</translation>
    </message>
    <message>
        <source>&amp;Build Schedule</source>
        <translation type="unfinished">Zeitplan &amp;erstellen</translation>
    </message>
    <message>
        <source>Place every constituent with their senators and representative. Pinned and reported meetings stay where they are. (Ctrl+R)</source>
        <translation type="unfinished">Jede Wählerin und jeden Wähler mit ihren Senatoren und ihrem Abgeordneten einplanen. Fixierte und berichtete Treffen bleiben, wo sie sind. (Strg+R)</translation>
    </message>
    <message>
        <source>By office</source>
        <translation type="unfinished">Nach Büro</translation>
    </message>
    <message>
        <source>By attendee</source>
        <translation type="unfinished">Nach Teilnehmenden</translation>
    </message>
    <message>
        <source>By team</source>
        <translation type="unfinished">Nach Team</translation>
    </message>
    <message>
        <source>Show the schedule</source>
        <translation type="unfinished">Zeitplan anzeigen</translation>
    </message>
    <message>
        <source>&amp;Pin / Unpin</source>
        <translation type="unfinished">&amp;Fixieren / Lösen</translation>
    </message>
    <message>
        <source>A pinned meeting keeps its time when the schedule is built again.</source>
        <translation type="unfinished">Ein fixiertes Treffen behält seine Zeit, wenn der Zeitplan neu erstellt wird.</translation>
    </message>
    <message>
        <source>Schedule grid: drag a meeting to another time to move it</source>
        <translation type="unfinished">Zeitplanraster: Ziehen Sie ein Treffen auf eine andere Zeit, um es zu verschieben</translation>
    </message>
    <message>
        <source>Time and office</source>
        <translation type="unfinished">Zeit und Büro</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Wo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rolle</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished">&amp;Konflikte</translation>
    </message>
    <message>
        <source>&amp;Not scheduled</source>
        <translation type="unfinished">&amp;Nicht eingeplant</translation>
    </message>
    <message>
        <source>&amp;Office times</source>
        <translation type="unfinished">&amp;Bürozeiten</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished">Keine Konflikte.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Fixiert</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Leitung</translation>
    </message>
    <message>
        <source>no office</source>
        <translation type="unfinished">kein Büro</translation>
    </message>
    <message>
        <source>%1 — %2: not scheduled yet; build the schedule to place this meeting.</source>
        <translation type="unfinished">%1 — %2: noch nicht eingeplant; erstellen Sie den Zeitplan, um dieses Treffen einzuplanen.</translation>
    </message>
    <message>
        <source>Register attendees on the Attendees tab, then build the schedule.</source>
        <translation type="unfinished">Melden Sie Teilnehmende auf der Registerkarte „Teilnehmende“ an und erstellen Sie dann den Zeitplan.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s); </source>
        <translation type="unfinished">
            <numerusform>%n Treffen; </numerusform>
            <numerusform>%n Treffen; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) not scheduled.</source>
        <translation type="unfinished">
            <numerusform>%n Anfrage nicht eingeplant.</numerusform>
            <numerusform>%n Anfragen nicht eingeplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has every meeting they can have.</source>
        <translation type="unfinished">Alle haben jedes Treffen, das möglich ist.</translation>
    </message>
    <message>
        <source>Cannot build the schedule</source>
        <translation type="unfinished">Der Zeitplan kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot pin the meeting</source>
        <translation type="unfinished">Das Treffen kann nicht fixiert werden</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Konflikte</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished">Nicht eingeplant</translation>
    </message>
</context>
<context>
    <name>majlis::ScriptTreeModel</name>
    <message>
        <source>Choose one</source>
        <translation>Eine wählen</translation>
    </message>
    <message>
        <source>Choose any</source>
        <translation>Beliebig viele wählen</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja oder nein</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Adds the tag %1</source>
        <translation>Fügt das Tag %1 hinzu</translation>
    </message>
    <message>
        <source>Records a pledge to vote</source>
        <translation>Hält eine Wahlzusage fest</translation>
    </message>
    <message>
        <source>Asks for a voter-registration follow-up</source>
        <translation>Fordert eine Nachverfolgung der Wählerregistrierung an</translation>
    </message>
    <message>
        <source>Opts the person out of every list</source>
        <translation>Meldet die Person von allen Listen ab</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>question number, question</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Question and answers</source>
        <translation>Frage und Antworten</translation>
    </message>
    <message>
        <source>Kind, or what the answer does</source>
        <translation>Art oder Wirkung der Antwort</translation>
    </message>
</context>
<context>
    <name>majlis::SignOnLettersPanel</name>
    <message>
        <source>New &amp;Letter…</source>
        <translation type="unfinished">Neuer &amp;Brief…</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">Sammelbriefe</translation>
    </message>
    <message>
        <source>&amp;Ask Partners…</source>
        <translation type="unfinished">Partner &amp;fragen…</translation>
    </message>
    <message>
        <source>&amp;Record Answer…</source>
        <translation type="unfinished">Antwort &amp;erfassen…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Antwort</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished">Beantwortet am</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished">Unterzeichnet von</translation>
    </message>
    <message>
        <source>No sign-on letters yet</source>
        <translation type="unfinished">Noch keine Sammelbriefe</translation>
    </message>
    <message>
        <source>When a coalition circulates a letter, add it with New Letter…, ask the partners you want on it, then record who signed and who declined. Signatures go into each partner&apos;s history.</source>
        <translation type="unfinished">Wenn eine Koalition einen Brief in Umlauf bringt, fügen Sie ihn mit „Neuer Brief…“ hinzu, fragen Sie die gewünschten Partner und erfassen Sie dann, wer unterzeichnet und wer abgelehnt hat. Unterschriften werden in den Verlauf jedes Partners übernommen.</translation>
    </message>
    <message>
        <source>No letter selected</source>
        <translation type="unfinished">Kein Brief ausgewählt</translation>
    </message>
    <message>
        <source>Choose a letter in the list to see who was asked and who answered.</source>
        <translation type="unfinished">Wählen Sie einen Brief in der Liste, um zu sehen, wer gefragt wurde und wer geantwortet hat.</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished">Frist %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">Keine Frist</translation>
    </message>
    <message>
        <source>The deadline, %1, has passed</source>
        <translation type="unfinished">Die Frist (%1) ist abgelaufen</translation>
    </message>
    <message>
        <source>Nobody asked yet: click Ask Partners… to choose who should sign.</source>
        <translation type="unfinished">Noch niemand gefragt: Klicken Sie auf „Partner fragen…“, um auszuwählen, wer unterzeichnen soll.</translation>
    </message>
    <message>
        <source>%1 signed, %2 declined, %3 not yet answered</source>
        <translation type="unfinished">%1 unterzeichnet, %2 abgelehnt, %3 noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Every partner asked has answered.</source>
        <translation type="unfinished">Alle gefragten Partner haben geantwortet.</translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation type="unfinished">Noch nicht beantwortet: %1</translation>
    </message>
    <message>
        <source>Cannot add the letter</source>
        <translation type="unfinished">Der Brief kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot ask the partners</source>
        <translation type="unfinished">Die Partner können nicht gefragt werden</translation>
    </message>
    <message>
        <source>Cannot record the answer</source>
        <translation type="unfinished">Die Antwort kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Change the Answer</source>
        <translation type="unfinished">Antwort ändern</translation>
    </message>
    <message>
        <source>%1 already answered: %2 on %3. Record a new answer instead?</source>
        <translation type="unfinished">%1 hat bereits geantwortet: %2 am %3. Stattdessen eine neue Antwort erfassen?</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished">Brieftext</translation>
    </message>
    <message>
        <source>Partners&apos; answers</source>
        <translation type="unfinished">Antworten der Partner</translation>
    </message>
</context>
<context>
    <name>majlis::SyncController</name>
    <message>
        <source>This computer has no keychain Majlis can use, so the sync login is kept only until Majlis closes: the password will be asked again next time.</source>
        <translation type="unfinished">Dieser Computer hat keinen Schlüsselbund, den Majlis nutzen kann. Die Anmeldung für die Synchronisierung bleibt daher nur erhalten, bis Majlis beendet wird: Beim nächsten Mal wird erneut nach dem Passwort gefragt.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncServerDialog</name>
    <message>
        <source>Sync Server</source>
        <translation type="unfinished">Synchronisierungsserver</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation type="unfinished">https://sync.example.org</translation>
    </message>
    <message>
        <source>How this laptop recognizes the server</source>
        <translation type="unfinished">Wie dieser Laptop den Server erkennt</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate &amp;authority</source>
        <translation type="unfinished">Die &amp;Zertifizierungsstelle der Organisation</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="unfinished">Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>The server certificate&apos;s SHA-256 &amp;fingerprint</source>
        <translation type="unfinished">Der SHA-256-&amp;Fingerabdruck des Serverzertifikats</translation>
    </message>
    <message>
        <source>AB:CD:EF:… (64 hexadecimal digits)</source>
        <translation type="unfinished">AB:CD:EF:… (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>Your organization&apos;s administrator gives you one of the two.</source>
        <translation type="unfinished">Eines der beiden erhalten Sie von der Administration Ihrer Organisation.</translation>
    </message>
    <message>
        <source>Majlis does not save your password: the server gives this laptop a session, which is kept in this computer&apos;s keychain.</source>
        <translation type="unfinished">Majlis speichert Ihr Passwort nicht: Der Server gibt diesem Laptop eine Sitzung, die im Schlüsselbund dieses Computers aufbewahrt wird.</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished">&amp;Anmelden</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished">&amp;Abmelden</translation>
    </message>
    <message>
        <source>Forget the session on this laptop. Changes stay here until you log in again.</source>
        <translation type="unfinished">Vergisst die Sitzung auf diesem Laptop. Änderungen bleiben hier, bis Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished">&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished">Geben Sie Ihren Benutzernamen auf dem Server ein.</translation>
    </message>
    <message>
        <source>Choose the file of the organization&apos;s certificate authority, or give the server certificate&apos;s fingerprint instead.</source>
        <translation type="unfinished">Wählen Sie die Datei der Zertifizierungsstelle der Organisation, oder geben Sie stattdessen den Fingerabdruck des Serverzertifikats an.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format (a text file starting with “-----BEGIN CERTIFICATE-----”).</source>
        <translation type="unfinished">%1 enthält kein Zertifikat im PEM-Format (eine Textdatei, die mit „-----BEGIN CERTIFICATE-----“ beginnt).</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished">Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished">Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished">Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation type="unfinished">%1, gültig bis %2</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished">Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>A sync is running. Log in once it is done, or cancel it in the status bar.</source>
        <translation type="unfinished">Eine Synchronisierung läuft. Melden Sie sich an, sobald sie abgeschlossen ist, oder brechen Sie sie in der Statusleiste ab.</translation>
    </message>
    <message>
        <source>Logged out. Changes stay on this laptop until you log in again.</source>
        <translation type="unfinished">Abgemeldet. Änderungen bleiben auf diesem Laptop, bis Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished">Anmeldung läuft…</translation>
    </message>
    <message>
        <source>A sync is running; logging in is possible once it is done.</source>
        <translation type="unfinished">Eine Synchronisierung läuft; die Anmeldung ist möglich, sobald sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished">Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation type="unfinished">Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncStatusWidget</name>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished">Gerade synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform>Vor %n Minute synchronisiert</numerusform>
            <numerusform>Vor %n Minuten synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform>Vor %n Stunde synchronisiert</numerusform>
            <numerusform>Vor %n Stunden synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation type="unfinished">Am %1 synchronisiert</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation type="unfinished">Zuletzt synchronisiert: %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished">Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Sent: %1 · Received: %2 · Removed: %3 · New conflicts: %4 · Refused: %5</source>
        <translation type="unfinished">Gesendet: %1 · Empfangen: %2 · Entfernt: %3 · Neue Konflikte: %4 · Abgelehnt: %5</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished">Synchronisierung: nicht eingerichtet</translation>
    </message>
    <message>
        <source>This workspace is only on this laptop. Click to choose the sync server.</source>
        <translation type="unfinished">Dieser Arbeitsbereich ist nur auf diesem Laptop. Klicken Sie, um den Synchronisierungsserver auszuwählen.</translation>
    </message>
    <message>
        <source>Offline — will retry</source>
        <translation type="unfinished">Offline — neuer Versuch folgt</translation>
    </message>
    <message>
        <source>Majlis tries again every few minutes. Click to try now.</source>
        <translation type="unfinished">Majlis versucht es alle paar Minuten erneut. Klicken Sie, um es jetzt zu versuchen.</translation>
    </message>
    <message>
        <source>Syncing: connecting…</source>
        <translation type="unfinished">Synchronisierung: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Syncing: sending…</source>
        <translation type="unfinished">Synchronisierung: Senden…</translation>
    </message>
    <message>
        <source>Sent %1 of %2 changes.</source>
        <translation type="unfinished">%1 von %2 Änderungen gesendet.</translation>
    </message>
    <message>
        <source>Syncing: receiving…</source>
        <translation type="unfinished">Synchronisierung: Empfangen…</translation>
    </message>
    <message>
        <source>Received %1 changes so far.</source>
        <translation type="unfinished">Bisher %1 Änderungen empfangen.</translation>
    </message>
    <message>
        <source>Sync: not synced yet</source>
        <translation type="unfinished">Synchronisierung: noch nicht erfolgt</translation>
    </message>
    <message>
        <source>Majlis syncs every few minutes. Click to sync now.</source>
        <translation type="unfinished">Majlis synchronisiert alle paar Minuten. Klicken Sie, um jetzt zu synchronisieren.</translation>
    </message>
    <message>
        <source>Sync: log in again</source>
        <translation type="unfinished">Synchronisierung: erneut anmelden</translation>
    </message>
    <message>
        <source>Your changes stay on this laptop until then. Click to log in.</source>
        <translation type="unfinished">Ihre Änderungen bleiben bis dahin auf diesem Laptop. Klicken Sie, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished">Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation type="unfinished">Klicken Sie, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished">Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished">Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Stop syncing. What was already sent or received is kept.</source>
        <translation type="unfinished">Bricht die Synchronisierung ab. Bereits Gesendetes oder Empfangenes bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Values that lost to an edit made on another laptop. Click to review them.</source>
        <translation type="unfinished">Werte, die einer Änderung auf einem anderen Laptop unterlegen sind. Klicken Sie, um sie zu prüfen.</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutPanel</name>
    <message>
        <source>Turnout per district</source>
        <translation type="unfinished">Beteiligung je Wahlbezirk</translation>
    </message>
    <message>
        <source>Chase list: pledged, not voted yet</source>
        <translation type="unfinished">Nachfassliste: zugesagt, noch nicht gewählt</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Wahlbezirk</translation>
    </message>
    <message>
        <source>Chase list</source>
        <translation type="unfinished">Nachfassliste</translation>
    </message>
    <message>
        <source>&amp;Mark Voted</source>
        <translation type="unfinished">Als &amp;gewählt markieren</translation>
    </message>
    <message>
        <source>Mark the selected people on the chase list as voted</source>
        <translation type="unfinished">Die gewählten Personen der Nachfassliste als gewählt markieren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation type="unfinished">Letzte Markierung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">&amp;Bezirk:</translation>
    </message>
    <message>
        <source>Find anyone</source>
        <translation type="unfinished">Jemanden finden</translation>
    </message>
    <message>
        <source>Find by name or phone</source>
        <translation type="unfinished">Nach Name oder Telefon suchen</translation>
    </message>
    <message>
        <source>Name or phone number</source>
        <translation type="unfinished">Name oder Telefonnummer</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Gefundene Personen</translation>
    </message>
    <message>
        <source>Mark &amp;Voted</source>
        <translation type="unfinished">Als ge&amp;wählt markieren</translation>
    </message>
    <message>
        <source>Mark the people found as voted</source>
        <translation type="unfinished">Die gefundenen Personen als gewählt markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Not Voted</source>
        <translation type="unfinished">Als &amp;nicht gewählt markieren</translation>
    </message>
    <message>
        <source>Take the voted mark off the people found</source>
        <translation type="unfinished">Die Wahlmarkierung der gefundenen Personen entfernen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Choose an election to follow its turnout.</source>
        <translation type="unfinished">Wählen Sie eine Wahl, um die Beteiligung zu verfolgen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>election name, then its date</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>Nobody has pledged to vote in this election yet. Pledges come from the answers people give to campaign scripts.</source>
        <translation type="unfinished">Noch niemand hat zugesagt, bei dieser Wahl zu wählen. Zusagen entstehen aus den Antworten auf die Skripte der Kampagnen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pledged to vote; %1 of them (%2) have voted.</source>
        <translation type="unfinished">
            <numerusform>%Ln Person hat zugesagt zu wählen; %1 davon (%2) hat gewählt.</numerusform>
            <numerusform>%Ln Personen haben zugesagt zu wählen; %1 davon (%2) haben gewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more voted without having pledged.</source>
        <translation type="unfinished">
            <numerusform>%Ln weitere Person hat ohne Zusage gewählt.</numerusform>
            <numerusform>%Ln weitere Personen haben ohne Zusage gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every district</source>
        <translation type="unfinished">Alle Wahlbezirke</translation>
    </message>
    <message>
        <source>Nobody to chase: nobody has pledged yet.</source>
        <translation type="unfinished">Niemand nachzufassen: noch niemand hat zugesagt.</translation>
    </message>
    <message>
        <source>Nobody left to chase: everyone who pledged has voted.</source>
        <translation type="unfinished">Niemand mehr nachzufassen: alle Zusagenden haben gewählt.</translation>
    </message>
    <message>
        <source>Type a name or phone number to find anyone, pledged or not, and mark them voted.</source>
        <translation type="unfinished">Geben Sie einen Namen oder eine Nummer ein, um jemanden zu finden, mit oder ohne Zusage, und als gewählt zu markieren.</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation type="unfinished">Niemand passt zu „%1“.</translation>
    </message>
    <message>
        <source>Already marked voted.</source>
        <translation type="unfinished">Bereits als gewählt markiert.</translation>
    </message>
    <message>
        <source>Not marked voted.</source>
        <translation type="unfinished">Nicht als gewählt markiert.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln people voted.</source>
        <translation type="unfinished">
            <numerusform>%Ln Person als gewählt markiert.</numerusform>
            <numerusform>%Ln Personen als gewählt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the voted mark off %Ln people.</source>
        <translation type="unfinished">
            <numerusform>Wahlmarkierung von %Ln Person entfernt.</numerusform>
            <numerusform>Wahlmarkierung von %Ln Personen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with %1.</source>
        <translation type="unfinished">Rückgängig mit %1.</translation>
    </message>
    <message>
        <source>Cannot mark the vote</source>
        <translation type="unfinished">Die Stimmabgabe kann nicht markiert werden</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutRowModel</name>
    <message>
        <source>Unknown district</source>
        <translation type="unfinished">Unbekannter Wahlbezirk</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Zugesagt</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">Gewählt</translation>
    </message>
    <message>
        <source>Marked voted at %1</source>
        <translation type="unfinished">Am %1 als gewählt markiert</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Wahlbezirk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
</context>
<context>
    <name>majlis::VolunteerModel</name>
    <message>
        <source>Volunteer (sync user name)</source>
        <translation>Freiwillige (Benutzername der Synchronisierung)</translation>
    </message>
    <message>
        <source>Languages they call in</source>
        <translation>Sprachen für Anrufe</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>Anzurufen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Erledigt</translation>
    </message>
</context>
<context>
    <name>majlis::WalkListPanel</name>
    <message>
        <source>Walk list of</source>
        <translation type="unfinished">Laufliste von</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">&amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Walk list preview</source>
        <translation type="unfinished">Vorschau der Laufliste</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">Die ganze Liste</translation>
    </message>
    <message>
        <source>Every volunteer&apos;s share (each on its own pages)</source>
        <translation type="unfinished">Der Anteil jeder Person (jeder auf eigenen Seiten)</translation>
    </message>
    <message>
        <source>Choose a door-knocking campaign to print its walk lists.</source>
        <translation type="unfinished">Wählen Sie eine Haustürkampagne, um ihre Laufliste zu drucken.</translation>
    </message>
    <message>
        <source>Print Walk Lists</source>
        <translation type="unfinished">Lauflisten drucken</translation>
    </message>
    <message>
        <source>Save Walk Lists as PDF</source>
        <translation type="unfinished">Lauflisten als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">Das PDF kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>majlis::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation type="unfinished">Arbeitsbereich-Einstellungen</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s country</source>
        <translation type="unfinished">Nicht festgelegt: das Land dieses Computers</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">Land für Telefonnummern</translation>
    </message>
    <message>
        <source>Time zone of events</source>
        <translation type="unfinished">Zeitzone der Veranstaltungen</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s time zone</source>
        <translation type="unfinished">Nicht festgelegt: die Zeitzone dieses Computers</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation type="unfinished">&amp;Land für Telefonnummern:</translation>
    </message>
    <message>
        <source>&amp;Time zone of events:</source>
        <translation type="unfinished">&amp;Zeitzone der Veranstaltungen:</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished">Ortsgruppen</translation>
    </message>
    <message>
        <source>C&amp;hapters</source>
        <translation type="unfinished">Orts&amp;gruppen</translation>
    </message>
    <message>
        <source>A chapter&apos;s own country and time zone come before the workspace&apos;s for its contacts and events. Double-click a cell to change it; an empty one follows the workspace.</source>
        <translation type="unfinished">Land und Zeitzone einer Ortsgruppe gehen für ihre Kontakte und Veranstaltungen denen des Arbeitsbereichs vor. Zum Ändern auf eine Zelle doppelklicken; eine leere folgt dem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The chapters could not be read: %1</source>
        <translation type="unfinished">Die Ortsgruppen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Numbers typed without + are read as numbers of %1, unless the contact or its chapter names another country.</source>
        <translation type="unfinished">Ohne + eingegebene Nummern werden als Nummern aus %1 gelesen, sofern der Kontakt oder seine Ortsgruppe kein anderes Land nennt.</translation>
    </message>
    <message>
        <source>In effect: %1, from this computer&apos;s language and region settings.</source>
        <translation type="unfinished">Gültig: %1, aus den Sprach- und Regionseinstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>None in effect: this computer&apos;s settings name no country, so numbers typed without + and without a country are kept as typed. Choose one.</source>
        <translation type="unfinished">Kein Land gültig: Die Einstellungen dieses Computers nennen kein Land, daher werden Nummern ohne + und ohne Land so behalten, wie sie eingegeben wurden. Wählen Sie eines.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows; choose one from the list.</source>
        <translation type="unfinished">%1 ist keine Zeitzone, die dieser Computer kennt; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>In effect: %1, this computer&apos;s time zone.</source>
        <translation type="unfinished">Gültig: %1, die Zeitzone dieses Computers.</translation>
    </message>
    <message>
        <source>Events without a zone of their own or of their chapter are at %1.</source>
        <translation type="unfinished">Veranstaltungen ohne eigene Zeitzone und ohne Zeitzone ihrer Ortsgruppe finden zur Zeit von %1 statt.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished">Nichts wurde geändert. %1</translation>
    </message>
</context>
<context>
    <name>majlis::cli::Context</name>
    <message>
        <source>The chapter&apos;s city.</source>
        <translation type="unfinished">Der Ort der Ortsgruppe.</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>State, province or region.</source>
        <translation type="unfinished">Bundesstaat, Provinz oder Region.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US.</source>
        <translation type="unfinished">Zweistelliger Ländercode, z. B. US.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>&quot;chapters add&quot; needs the chapter&apos;s name.</source>
        <translation type="unfinished">„chapters add“ braucht den Namen der Ortsgruppe.</translation>
    </message>
    <message>
        <source>Added chapter %1.</source>
        <translation type="unfinished">Ortsgruppe %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>No chapters yet. Add one with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">Noch keine Ortsgruppen. Fügen Sie eine mit „majlis-cli chapters add NAME“ hinzu.</translation>
    </message>
    <message>
        <source>Workspace ready at %1 (format %2).</source>
        <translation type="unfinished">Arbeitsbereich bereit unter %1 (Format %2).</translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation type="unfinished">Vorname.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation type="unfinished">Nachname.</translation>
    </message>
    <message>
        <source>Preferred name.</source>
        <translation type="unfinished">Rufname.</translation>
    </message>
    <message>
        <source>Email address; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">E-Mail-Adresse; für mehrere wiederholen (ersetzt sie beim Bearbeiten).</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>Phone number; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">Telefonnummer; für mehrere wiederholen (ersetzt sie beim Bearbeiten).</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">Nummer</translation>
    </message>
    <message>
        <source>Chapter name.</source>
        <translation type="unfinished">Name der Ortsgruppe.</translation>
    </message>
    <message>
        <source>U.S. state, two letters.</source>
        <translation type="unfinished">US-Bundesstaat, zwei Buchstaben.</translation>
    </message>
    <message>
        <source>Congressional district (0 for at-large).</source>
        <translation type="unfinished">Kongresswahlbezirk (0 für At-large).</translation>
    </message>
    <message>
        <source>Organization.</source>
        <translation type="unfinished">Organisation.</translation>
    </message>
    <message>
        <source>Role at the organization.</source>
        <translation type="unfinished">Funktion in der Organisation.</translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished">Funktion</translation>
    </message>
    <message>
        <source>Tag; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">Tag; für mehrere wiederholen (ersetzt sie beim Bearbeiten).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished">Tag</translation>
    </message>
    <message>
        <source>Language spoken, such as ar; repeatable.</source>
        <translation type="unfinished">Gesprochene Sprache, z. B. ar; wiederholbar.</translation>
    </message>
    <message>
        <source>Consent given today, on the command line: email, sms, phone or photo; repeatable.</source>
        <translation type="unfinished">Heute auf der Kommandozeile erteilte Einwilligung: email, sms, phone oder photo; wiederholbar.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished">Kanal</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished">Notizen.</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">Text</translation>
    </message>
    <message>
        <source>--district takes a number, such as 12 or 0 for at-large.</source>
        <translation type="unfinished">--district erwartet eine Zahl, z. B. 12 oder 0 für At-large.</translation>
    </message>
    <message>
        <source>Unknown consent &quot;%1&quot;; use email, sms, phone or photo.</source>
        <translation type="unfinished">Unbekannte Einwilligung „%1“; verwenden Sie email, sms, phone oder photo.</translation>
    </message>
    <message>
        <source>%1 Add it first with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">%1 Fügen Sie sie zuerst mit „majlis-cli chapters add NAME“ hinzu.</translation>
    </message>
    <message>
        <source>  id: %1</source>
        <translation type="unfinished">  ID: %1</translation>
    </message>
    <message>
        <source>  email: %1</source>
        <translation type="unfinished">  E-Mail: %1</translation>
    </message>
    <message>
        <source>  phone: %1</source>
        <translation type="unfinished">  Telefon: %1</translation>
    </message>
    <message>
        <source>  chapter: %1</source>
        <translation type="unfinished">  Ortsgruppe: %1</translation>
    </message>
    <message>
        <source>  district: %1</source>
        <translation type="unfinished">  Wahlbezirk: %1</translation>
    </message>
    <message>
        <source>  tags: %1</source>
        <translation type="unfinished">  Tags: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Show at most this many (default 50).</source>
        <translation type="unfinished">Höchstens so viele anzeigen (Standard 50).</translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished">Anzahl</translation>
    </message>
    <message>
        <source>Only this chapter.</source>
        <translation type="unfinished">Nur diese Ortsgruppe.</translation>
    </message>
    <message>
        <source>Only contacts with this tag.</source>
        <translation type="unfinished">Nur Kontakte mit diesem Tag.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished">%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>&quot;contacts search&quot; needs something to search for.</source>
        <translation type="unfinished">„contacts search“ braucht einen Suchbegriff.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished">--limit erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; needs a contact id.</source>
        <translation type="unfinished">„contacts %1“ braucht eine Kontakt-ID.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; takes one contact id.</source>
        <translation type="unfinished">„contacts %1“ erwartet genau eine Kontakt-ID.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">%1 gespeichert.</translation>
    </message>
    <message>
        <source>--date takes a date like 2027-03-04.</source>
        <translation type="unfinished">--date erwartet ein Datum wie 2027-03-04.</translation>
    </message>
    <message>
        <source>--%1 takes a time like 09:00.</source>
        <translation type="unfinished">--%1 erwartet eine Uhrzeit wie 09:00.</translation>
    </message>
    <message>
        <source>--slot and --team-size take whole numbers.</source>
        <translation type="unfinished">--slot und --team-size erwarten ganze Zahlen.</translation>
    </message>
    <message>
        <source>Created advocacy day %1 (%2).</source>
        <translation type="unfinished">Advocacy-Tag %1 (%2) erstellt.</translation>
    </message>
    <message>
        <source>No advocacy days yet. Create one with &quot;majlis-cli day create TITLE --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">Noch keine Advocacy-Tage. Erstellen Sie einen mit „majlis-cli day create TITLE --date YYYY-MM-DD“.</translation>
    </message>
    <message>
        <source>--role is one of constituent, team_lead, note_taker, first_timer.</source>
        <translation type="unfinished">--role ist einer der Werte constituent, team_lead, note_taker, first_timer.</translation>
    </message>
    <message>
        <source>Name the contacts to register, by id or with --tag.</source>
        <translation type="unfinished">Nennen Sie die anzumeldenden Kontakte per ID oder mit --tag.</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n new attendee(s) for %1.</source>
        <translation type="unfinished">
            <numerusform>%n neue teilnehmende Person für %1 angemeldet.</numerusform>
            <numerusform>%n neue Teilnehmende für %1 angemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet. Use &quot;majlis-cli day attendees add DAY CONTACT...&quot;.</source>
        <translation type="unfinished">Noch niemand angemeldet. Verwenden Sie „majlis-cli day attendees add DAY CONTACT...“.</translation>
    </message>
    <message>
        <source>Scheduled %1 meetings; %2 of %3 constituents have all their meetings.</source>
        <translation type="unfinished">%1 Treffen geplant; %2 von %3 Wählerinnen und Wählern haben alle ihre Treffen.</translation>
    </message>
    <message>
        <source>Not scheduled:</source>
        <translation type="unfinished">Nicht eingeplant:</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished">Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation type="unfinished">
            <numerusform>%n Datei geschrieben.</numerusform>
            <numerusform>%n Dateien geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;day attendees&quot; needs add or list.</source>
        <translation type="unfinished">„day attendees“ braucht add oder list.</translation>
    </message>
    <message>
        <source>The day&apos;s date, such as 2027-03-04.</source>
        <translation type="unfinished">Das Datum des Tages, z. B. 2027-03-04.</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>The day&apos;s theme.</source>
        <translation type="unfinished">Das Thema des Tages.</translation>
    </message>
    <message>
        <source>First meeting time (default 09:00).</source>
        <translation type="unfinished">Zeit des ersten Treffens (Standard 09:00).</translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished">Zeit</translation>
    </message>
    <message>
        <source>End of the last meeting (default 17:00).</source>
        <translation type="unfinished">Ende des letzten Treffens (Standard 17:00).</translation>
    </message>
    <message>
        <source>Minutes per meeting (default 30).</source>
        <translation type="unfinished">Minuten pro Treffen (Standard 30).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished">Minuten</translation>
    </message>
    <message>
        <source>Most people in one team (default 8).</source>
        <translation type="unfinished">Höchstzahl an Personen in einem Team (Standard 8).</translation>
    </message>
    <message>
        <source>An ask, as &quot;BILL: title&quot;; repeat for more.</source>
        <translation type="unfinished">Ein Anliegen, als „BILL: Titel“; für weitere wiederholen.</translation>
    </message>
    <message>
        <source>ask</source>
        <translation type="unfinished">Anliegen</translation>
    </message>
    <message>
        <source>constituent (default), team_lead, note_taker or first_timer.</source>
        <translation type="unfinished">constituent (Standard), team_lead, note_taker oder first_timer.</translation>
    </message>
    <message>
        <source>Register every contact with this tag.</source>
        <translation type="unfinished">Alle Kontakte mit diesem Tag anmelden.</translation>
    </message>
    <message>
        <source>Write the day as an iCalendar file.</source>
        <translation type="unfinished">Den Tag als iCalendar-Datei schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished">Datei</translation>
    </message>
    <message>
        <source>Write the itineraries as a PDF, one per page.</source>
        <translation type="unfinished">Die Reisepläne als PDF schreiben, einer pro Seite.</translation>
    </message>
    <message>
        <source>Write the schedule as CSV.</source>
        <translation type="unfinished">Den Zeitplan als CSV schreiben.</translation>
    </message>
    <message>
        <source>With --ics: one file per attendee, in the folder given.</source>
        <translation type="unfinished">Mit --ics: eine Datei pro teilnehmender Person im angegebenen Ordner.</translation>
    </message>
    <message>
        <source>unknown command &quot;day %1&quot;; use create, list, attendees add, attendees list, schedule or export.</source>
        <translation type="unfinished">unbekannter Befehl „day %1“; verwenden Sie create, list, attendees add, attendees list, schedule oder export.</translation>
    </message>
    <message>
        <source>&quot;day create&quot; needs the day&apos;s title.</source>
        <translation type="unfinished">„day create“ braucht den Titel des Tages.</translation>
    </message>
    <message>
        <source>Name the advocacy day, by the id &quot;day list&quot; shows or by its title.</source>
        <translation type="unfinished">Nennen Sie den Advocacy-Tag über die von „day list“ angezeigte ID oder über seinen Titel.</translation>
    </message>
    <message>
        <source>This walk-in may already be a contact: %1. Check in that contact by id instead.</source>
        <translation type="unfinished">Dieser Spontangast ist möglicherweise bereits ein Kontakt: %1. Checken Sie stattdessen diesen Kontakt per ID ein.</translation>
    </message>
    <message>
        <source>Added and checked in %1.</source>
        <translation type="unfinished">%1 hinzugefügt und eingecheckt.</translation>
    </message>
    <message>
        <source>Name the contacts to check in by id, or add a walk-in with --walk-in --given NAME.</source>
        <translation type="unfinished">Nennen Sie die einzucheckenden Kontakte per ID oder fügen Sie einen Spontangast mit --walk-in --given NAME hinzu.</translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation type="unfinished">%1 um %2 eingecheckt.</translation>
    </message>
    <message>
        <source>When it starts, such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">Beginn, z. B. „2027-05-01 18:30“.</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation type="unfinished">Ende.</translation>
    </message>
    <message>
        <source>voter_registration, interfaith, town_hall, training, cultural, community or other.</source>
        <translation type="unfinished">voter_registration, interfaith, town_hall, training, cultural, community oder other.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation type="unfinished">Wo.</translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>How many people fit (0: no limit).</source>
        <translation type="unfinished">Wie viele Personen Platz haben (0: keine Begrenzung).</translation>
    </message>
    <message>
        <source>The chapter running it.</source>
        <translation type="unfinished">Die veranstaltende Ortsgruppe.</translation>
    </message>
    <message>
        <source>Add a new contact at the door and check them in.</source>
        <translation type="unfinished">Am Eingang einen neuen Kontakt hinzufügen und einchecken.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s given name.</source>
        <translation type="unfinished">Der Vorname des Spontangasts.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s family name.</source>
        <translation type="unfinished">Der Nachname des Spontangasts.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s email.</source>
        <translation type="unfinished">Die E-Mail-Adresse des Spontangasts.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s phone.</source>
        <translation type="unfinished">Die Telefonnummer des Spontangasts.</translation>
    </message>
    <message>
        <source>Write attendance as CSV to this file (- for the screen).</source>
        <translation type="unfinished">Teilnahme als CSV in diese Datei schreiben (- für den Bildschirm).</translation>
    </message>
    <message>
        <source>--start takes a time such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">--start erwartet eine Zeit wie „2027-05-01 18:30“.</translation>
    </message>
    <message>
        <source>--end takes a time such as &quot;2027-05-01 21:00&quot;.</source>
        <translation type="unfinished">--end erwartet eine Zeit wie „2027-05-01 21:00“.</translation>
    </message>
    <message>
        <source>--kind is one of voter_registration, interfaith, town_hall, training, cultural, community, other.</source>
        <translation type="unfinished">--kind ist einer der Werte voter_registration, interfaith, town_hall, training, cultural, community, other.</translation>
    </message>
    <message>
        <source>Created event %1 (%2).</source>
        <translation type="unfinished">Veranstaltung %1 (%2) erstellt.</translation>
    </message>
    <message>
        <source>&quot;events calendar&quot; needs the .ics file to write.</source>
        <translation type="unfinished">„events calendar“ braucht die zu schreibende .ics-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n Veranstaltung in %1 geschrieben.</numerusform>
            <numerusform>%n Veranstaltungen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet. Create one with &quot;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&quot;.</source>
        <translation type="unfinished">Noch keine Veranstaltungen. Erstellen Sie eine mit „majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;“.</translation>
    </message>
    <message>
        <source>Name the event, by the id &quot;events list&quot; shows or by its title.</source>
        <translation type="unfinished">Nennen Sie die Veranstaltung über die von „events list“ angezeigte ID oder über ihren Titel.</translation>
    </message>
    <message>
        <source>Wrote the attendance of %1 to %2.</source>
        <translation type="unfinished">Teilnahme von %1 in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Imported %1 members of Congress: %2 new, %3 updated, %4 unchanged, %5 no longer in office.</source>
        <translation type="unfinished">%1 Kongressmitglieder importiert: %2 neu, %3 aktualisiert, %4 unverändert, %5 nicht mehr im Amt.</translation>
    </message>
    <message>
        <source>Only this state, such as WA.</source>
        <translation type="unfinished">Nur dieser Bundesstaat, z. B. WA.</translation>
    </message>
    <message>
        <source>unknown command &quot;legislators %1&quot;; use import or list.</source>
        <translation type="unfinished">unbekannter Befehl „legislators %1“; verwenden Sie import oder list.</translation>
    </message>
    <message>
        <source>How many contacts (default 2000).</source>
        <translation type="unfinished">Wie viele Kontakte (Standard 2000).</translation>
    </message>
    <message>
        <source>--count takes a number.</source>
        <translation type="unfinished">--count erwartet eine Zahl.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation type="unfinished">
            <numerusform>%n Demo-Kontakt hinzugefügt.</numerusform>
            <numerusform>%n Demo-Kontakte hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>People:</source>
        <translation type="unfinished">Personen:</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation type="unfinished"> (bis %1)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished">Verlauf:</translation>
    </message>
    <message>
        <source>mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media or other.</source>
        <translation type="unfinished">mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media oder other.</translation>
    </message>
    <message>
        <source>An issue area; repeat for several.</source>
        <translation type="unfinished">Ein Themenbereich; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished">Bereich</translation>
    </message>
    <message>
        <source>prospect, active or dormant.</source>
        <translation type="unfinished">prospect, active oder dormant.</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished">Ort.</translation>
    </message>
    <message>
        <source>State or region.</source>
        <translation type="unfinished">Bundesstaat oder Region.</translation>
    </message>
    <message>
        <source>Web address.</source>
        <translation type="unfinished">Webadresse.</translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished">URL</translation>
    </message>
    <message>
        <source>The chapter that keeps the relationship.</source>
        <translation type="unfinished">Die Ortsgruppe, die die Beziehung pflegt.</translation>
    </message>
    <message>
        <source>Only partners whose name, city or notes contain this.</source>
        <translation type="unfinished">Nur Partner, deren Name, Ort oder Notizen dies enthalten.</translation>
    </message>
    <message>
        <source>unknown command &quot;partners %1&quot;; use add, list or show.</source>
        <translation type="unfinished">unbekannter Befehl „partners %1“; verwenden Sie add, list oder show.</translation>
    </message>
    <message>
        <source>--kind is one of mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media, other.</source>
        <translation type="unfinished">--kind ist einer der Werte mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media, other.</translation>
    </message>
    <message>
        <source>--status is one of prospect, active, dormant.</source>
        <translation type="unfinished">--status ist einer der Werte prospect, active, dormant.</translation>
    </message>
    <message>
        <source>&quot;partners show&quot; needs the partner&apos;s name or id.</source>
        <translation type="unfinished">„partners show“ braucht den Namen oder die ID des Partners.</translation>
    </message>
    <message>
        <source>&quot;partners add&quot; needs the partner&apos;s name.</source>
        <translation type="unfinished">„partners add“ braucht den Namen des Partners.</translation>
    </message>
    <message>
        <source>Added partner %1 (%2).</source>
        <translation type="unfinished">Partner %1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>No partners match. Add one with &quot;majlis-cli partners add NAME --kind interfaith&quot;.</source>
        <translation type="unfinished">Keine passenden Partner. Fügen Sie einen mit „majlis-cli partners add NAME --kind interfaith“ hinzu.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--duplicates is one of merge, skip, create.</source>
        <translation type="unfinished">--duplicates ist einer der Werte merge, skip, create.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with a column of the file&apos;s header and a field such as email; &quot;%1&quot; is neither.</source>
        <translation type="unfinished">--map erwartet COLUMN=FIELD mit einer Spalte aus der Kopfzeile der Datei und einem Feld wie email; „%1“ ist keines von beiden.</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">Import von %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read; %4 to create, %5 to merge, %6 to skip, %7 problems.</source>
        <translation type="unfinished">%1 (%2): %3 Zeilen gelesen; %4 zu erstellen, %5 zusammenzuführen, %6 zu überspringen, %7 Probleme.</translation>
    </message>
    <message>
        <source>  line %1, %2: %3</source>
        <translation type="unfinished">  Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 merged, %3 skipped.</source>
        <translation type="unfinished">Importiert: %1 erstellt, %2 zusammengeführt, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished">Probelauf: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2 cards; %3 to create, %4 to merge, %5 to skip, %6 problems.</source>
        <translation type="unfinished">%1: %2 Karten; %3 zu erstellen, %4 zusammenzuführen, %5 zu überspringen, %6 Probleme.</translation>
    </message>
    <message>
        <source>Show what would be created, merged and skipped, and write nothing.</source>
        <translation type="unfinished">Anzeigen, was erstellt, zusammengeführt und übersprungen würde, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD; repeatable. Fields: %1.</source>
        <translation type="unfinished">COLUMN=FIELD; wiederholbar. Felder: %1.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished">Zuordnung</translation>
    </message>
    <message>
        <source>What to do with rows that match a contact: merge (default), skip or create.</source>
        <translation type="unfinished">Was mit Zeilen geschehen soll, die zu einem Kontakt passen: merge (Standard), skip oder create.</translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <source>Put every imported contact in this chapter.</source>
        <translation type="unfinished">Alle importierten Kontakte dieser Ortsgruppe zuordnen.</translation>
    </message>
    <message>
        <source>Write the problems found, row by row, to this CSV file.</source>
        <translation type="unfinished">Die gefundenen Probleme Zeile für Zeile in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>unknown command &quot;import %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">unbekannter Befehl „import %1“; verwenden Sie csv, vcard oder archive.</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; needs the file to import.</source>
        <translation type="unfinished">„import %1“ braucht die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">Archiv %1 importiert.</translation>
    </message>
    <message>
        <source>Only contacts matching this search.</source>
        <translation type="unfinished">Nur Kontakte, die zu dieser Suche passen.</translation>
    </message>
    <message>
        <source>vCard version: 4.0 (default), 3.0 or 2.1.</source>
        <translation type="unfinished">vCard-Version: 4.0 (Standard), 3.0 oder 2.1.</translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <source>unknown command &quot;export %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">unbekannter Befehl „export %1“; verwenden Sie csv, vcard oder archive.</translation>
    </message>
    <message>
        <source>&quot;export %1&quot; needs the file to write.</source>
        <translation type="unfinished">„export %1“ braucht die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">Arbeitsbereichs-Archiv %1 geschrieben.</translation>
    </message>
    <message>
        <source>No contacts match; nothing was written.</source>
        <translation type="unfinished">Keine passenden Kontakte; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>--version is one of 4.0, 3.0, 2.1.</source>
        <translation type="unfinished">--version ist einer der Werte 4.0, 3.0, 2.1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n Kontakt nach %1 exportiert.</numerusform>
            <numerusform>%n Kontakte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server address, such as https://sync.example.org.</source>
        <translation type="unfinished">Serveradresse, z. B. https://sync.example.org.</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation type="unfinished">Benutzername auf dem Server.</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate authority (PEM file).</source>
        <translation type="unfinished">Die Zertifizierungsstelle der Organisation (PEM-Datei).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate.</source>
        <translation type="unfinished">SHA-256-Fingerabdruck des Serverzertifikats.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished">Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished">%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Give --server and --user the first time.</source>
        <translation type="unfinished">Geben Sie beim ersten Mal --server und --user an.</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation type="unfinished">Geben Sie das Passwort mit --password-stdin über die Standardeingabe ein.</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 received, %3 removed, %4 conflict(s), %5 refused.</source>
        <translation type="unfinished">Synchronisiert: %1 Änderung(en) gesendet, %2 empfangen, %3 entfernt, %4 Konflikt(e), %5 abgelehnt.</translation>
    </message>
    <message>
        <source>&quot;contacts export-data&quot; takes a contact id and the file to write.</source>
        <translation type="unfinished">„contacts export-data“ erwartet eine Kontakt-ID und die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Wrote everything this workspace holds about the contact to %1.</source>
        <translation type="unfinished">Alles, was dieser Arbeitsbereich über den Kontakt enthält, wurde in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Confirm that the erasure cannot be undone.</source>
        <translation type="unfinished">Bestätigen, dass das Löschen nicht rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>&quot;contacts erase&quot; takes one contact id.</source>
        <translation type="unfinished">„contacts erase“ erwartet eine Kontakt-ID.</translation>
    </message>
    <message>
        <source>Erasing a person removes everything held about them, here and at the next sync on every laptop, and cannot be undone. Export it first with &quot;contacts export-data&quot; if they asked for a copy, then run the command again with --yes.</source>
        <translation type="unfinished">Das Löschen einer Person entfernt alles, was über sie gespeichert ist, hier und bei der nächsten Synchronisierung auf jedem Laptop, und kann nicht rückgängig gemacht werden. Wünscht sie eine Kopie, exportieren Sie zuerst mit „contacts export-data“ und führen Sie den Befehl dann mit --yes erneut aus.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the contact and %n row(s) about them. The erasure reaches other laptops at their next sync.</source>
        <translation type="unfinished">
            <numerusform>Der Kontakt und %n Zeile(n) über ihn wurden gelöscht. Das Löschen erreicht die anderen Laptops bei ihrer nächsten Synchronisierung.</numerusform>
            <numerusform>Der Kontakt und %n Zeile(n) über ihn wurden gelöscht. Das Löschen erreicht die anderen Laptops bei ihrer nächsten Synchronisierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;contacts %1&quot;; use add, list, search, show, edit, delete, merge, export-data or erase.</source>
        <translation type="unfinished">unbekannter Befehl „contacts %1“; verwenden Sie add, list, search, show, edit, delete, merge, export-data oder erase.</translation>
    </message>
    <message>
        <source>&quot;contacts merge&quot; takes the id of the contact to keep and of the one to merge into it.</source>
        <translation type="unfinished">„contacts merge“ erwartet die ID des Kontakts, der bleibt, und die des Kontakts, der in ihn übernommen wird.</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished">In %1 zusammengeführt.</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation type="unfinished">Straße und Hausnummer.</translation>
    </message>
    <message>
        <source>City or town.</source>
        <translation type="unfinished">Stadt oder Gemeinde.</translation>
    </message>
    <message>
        <source>State, province or region of the address.</source>
        <translation type="unfinished">Bundesstaat, Provinz oder Region der Adresse.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation type="unfinished">Postleitzahl.</translation>
    </message>
    <message>
        <source>Country, two letters such as DE or GB; phone numbers without + are read as numbers of this country.</source>
        <translation type="unfinished">Land, zwei Buchstaben, z. B. DE oder GB; Telefonnummern ohne + gelten als Nummern dieses Landes.</translation>
    </message>
    <message>
        <source>--country takes a two-letter country code such as DE, GB, FR, CA or TR.</source>
        <translation type="unfinished">--country erwartet einen zweistelligen Ländercode, z. B. DE, GB, FR, CA oder TR.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a value and its label, such as an email and home</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>  given name: %1</source>
        <translation type="unfinished">  Vorname: %1</translation>
    </message>
    <message>
        <source>  family name: %1</source>
        <translation type="unfinished">  Nachname: %1</translation>
    </message>
    <message>
        <source>  preferred name: %1</source>
        <translation type="unfinished">  Rufname: %1</translation>
    </message>
    <message>
        <source>  address: %1</source>
        <translation type="unfinished">  Adresse: %1</translation>
    </message>
    <message>
        <source>  organization: %1</source>
        <translation type="unfinished">  Organisation: %1</translation>
    </message>
    <message>
        <source>  role: %1</source>
        <translation type="unfinished">  Funktion: %1</translation>
    </message>
    <message>
        <source>  languages: %1</source>
        <translation type="unfinished">  Sprachen: %1</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation type="unfinished">erteilt am %1</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation type="unfinished">verweigert am %1</translation>
    </message>
    <message>
        <source>  consent to %1: %2</source>
        <translation type="unfinished">  Einwilligung für %1: %2</translation>
    </message>
    <message>
        <source>  skills: %1</source>
        <translation type="unfinished">  Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>  interests: %1</source>
        <translation type="unfinished">  Interessen: %1</translation>
    </message>
    <message>
        <source>  birthday: %1</source>
        <translation type="unfinished">  Geburtstag: %1</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation type="unfinished">  Notizen: %1</translation>
    </message>
    <message>
        <source>No workspace country: numbers without + and without a country are kept as typed.</source>
        <translation type="unfinished">Kein Land für den Arbeitsbereich: Nummern ohne + und ohne Land bleiben, wie sie eingegeben wurden.</translation>
    </message>
    <message>
        <source>Workspace country: %1</source>
        <translation type="unfinished">Land des Arbeitsbereichs: %1</translation>
    </message>
    <message>
        <source>Choose one of --ics, --pdf, --html or --csv, with the file to write.</source>
        <translation type="unfinished">Wählen Sie eine der Optionen --ics, --pdf, --html oder --csv mit der zu schreibenden Datei.</translation>
    </message>
    <message>
        <source>With --pdf or --html: one page per team instead of per attendee.</source>
        <translation type="unfinished">Mit --pdf oder --html: eine Seite pro Team statt pro Teilnehmer.</translation>
    </message>
    <message>
        <source>Write the itineraries as a web page, to send or open in a browser.</source>
        <translation type="unfinished">Die Reisepläne als Webseite schreiben, zum Versenden oder Öffnen im Browser.</translation>
    </message>
    <message>
        <source>&quot;chapters time-zone&quot; takes one zone, such as Europe/London.</source>
        <translation type="unfinished">„chapters time-zone“ nimmt eine Zeitzone, etwa Europe/London.</translation>
    </message>
    <message>
        <source>Workspace time zone: %1</source>
        <translation type="unfinished">Zeitzone des Arbeitsbereichs: %1</translation>
    </message>
    <message>
        <source>Time zone of %1: %2</source>
        <translation type="unfinished">Zeitzone von %1: %2</translation>
    </message>
    <message>
        <source>The IANA time zone of the chapter&apos;s events, such as Europe/London.</source>
        <translation type="unfinished">Die IANA-Zeitzone der Veranstaltungen der Ortsgruppe, etwa Europe/London.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished">Zone</translation>
    </message>
    <message>
        <source>The chapter to show or set.</source>
        <translation type="unfinished">Die Ortsgruppe, die gezeigt oder gesetzt wird.</translation>
    </message>
    <message>
        <source>unknown command &quot;chapters %1&quot;; use add, list, region or time-zone.</source>
        <translation type="unfinished">unbekannter Befehl „chapters %1“; verwenden Sie add, list, region oder time-zone.</translation>
    </message>
    <message>
        <source>Also print the Hijri date (Islamic civil calendar).</source>
        <translation type="unfinished">Auch das Hidschri-Datum ausgeben (islamischer bürgerlicher Kalender).</translation>
    </message>
    <message>
        <source>The IANA time zone of its place, such as Europe/London (default: the chapter&apos;s).</source>
        <translation type="unfinished">Die IANA-Zeitzone ihres Orts, etwa Europe/London (Standard: die der Ortsgruppe).</translation>
    </message>
    <message>
        <source>unknown command &quot;events %1&quot;; use create, list, show, checkin, attendance or calendar.</source>
        <translation type="unfinished">unbekannter Befehl „events %1“; verwenden Sie create, list, show, checkin, attendance oder calendar.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished">Art: %1</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation type="unfinished">Beginn: %1</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation type="unfinished">Ende: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished">Zeitzone: %1</translation>
    </message>
    <message>
        <source>%1 (the chapter&apos;s or the workspace&apos;s)</source>
        <translation type="unfinished">%1 (die der Ortsgruppe oder des Arbeitsbereichs)</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished">Ort: %1</translation>
    </message>
    <message>
        <source>--encoding &quot;%1&quot; is not one Majlis reads; use one of %2.</source>
        <translation type="unfinished">--encoding „%1“ ist keine Kodierung, die Majlis liest; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>%1, detected</source>
        <translation type="unfinished">%1, erkannt</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation type="unfinished">%1, gewählt</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding, when detection guesses wrong: %1.</source>
        <translation type="unfinished">Die Textkodierung der Datei, wenn die Erkennung falsch liegt: %1.</translation>
    </message>
    <message>
        <source>&quot;chapters region&quot; takes one country code, such as DE.</source>
        <translation type="unfinished">„chapters region“ nimmt einen Ländercode, etwa DE.</translation>
    </message>
    <message>
        <source>Country of %1: %2</source>
        <translation type="unfinished">Land von %1: %2</translation>
    </message>
    <message>
        <source>--building takes a name, and after = the group it is a short walk from, such as &quot;Binsfeld Office Building=offices&quot;.</source>
        <translation type="unfinished">--building nimmt einen Namen und nach = die Gruppe, von der es wenige Schritte entfernt ist, etwa &quot;Binsfeld Office Building=offices&quot;.</translation>
    </message>
    <message>
        <source>%1: the U.S. Capitol&apos;s buildings, as Majlis knows them.</source>
        <translation type="unfinished">%1: die Gebäude des US-Kapitols, wie Majlis sie kennt.</translation>
    </message>
    <message>
        <source>%1: one building, the capitol.</source>
        <translation type="unfinished">%1: ein Gebäude, das Kapitol.</translation>
    </message>
    <message>
        <source>With campus: a building of the capitol as NAME=GROUP; buildings of one group are a short walk apart. Repeat for each; the list replaces the campus.</source>
        <translation type="unfinished">Mit campus: ein Gebäude des Kapitols als NAME=GROUP; Gebäude einer Gruppe liegen wenige Schritte auseinander. Für jedes wiederholen; die Liste ersetzt die Gebäude.</translation>
    </message>
    <message>
        <source>building</source>
        <translation type="unfinished">Gebäude</translation>
    </message>
    <message>
        <source>unknown command &quot;bodies %1&quot;; use list or campus.</source>
        <translation type="unfinished">unbekannter Befehl „bodies %1“; verwenden Sie list oder campus.</translation>
    </message>
    <message>
        <source>&quot;bodies campus&quot; needs the body&apos;s code, such as us-mi.</source>
        <translation type="unfinished">„bodies campus“ braucht das Kürzel des Parlaments, etwa us-mi.</translation>
    </message>
    <message>
        <source>The legislature the day lobbies, by code or name (default: the U.S. Congress).</source>
        <translation type="unfinished">Das Parlament, bei dem der Tag wirbt, nach Kürzel oder Name (Standard: der US-Kongress).</translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished">Parlament</translation>
    </message>
    <message>
        <source>The day&apos;s time zone, such as America/Detroit (default: the capitol&apos;s).</source>
        <translation type="unfinished">Die Zeitzone des Tages, etwa America/Detroit (Standard: die des Kapitols).</translation>
    </message>
    <message>
        <source>Only this legislature, by its code or name (default: every one; see &quot;bodies list&quot;).</source>
        <translation type="unfinished">Nur dieses Parlament, nach Kürzel oder Name (Standard: alle; siehe „bodies list“).</translation>
    </message>
    <message>
        <source>Only this chamber: upper, lower or unicameral (senate and house also work).</source>
        <translation type="unfinished">Nur diese Kammer: upper, lower oder unicameral (senate und house gehen auch).</translation>
    </message>
    <message>
        <source>chamber</source>
        <translation type="unfinished">Kammer</translation>
    </message>
    <message>
        <source>--chamber is one of upper, lower or unicameral.</source>
        <translation type="unfinished">--chamber ist upper, lower oder unicameral.</translation>
    </message>
    <message>
        <source>No members match. Import a legislature&apos;s members with &quot;majlis-cli legislators import FILE&quot;.</source>
        <translation type="unfinished">Keine Mitglieder passen. Importieren Sie die Mitglieder eines Parlaments mit „majlis-cli legislators import FILE“.</translation>
    </message>
    <message>
        <source>  %1 (%2, %3)</source>
        <comment>a contact, their postcode and a legislature</comment>
        <translation type="unfinished">  %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>&quot;districts lookup&quot; needs a ZIP code: --zip 48126.</source>
        <translation type="unfinished">„districts lookup“ braucht eine ZIP-Postleitzahl: --zip 48126.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a legislature, its chamber and a district</comment>
        <translation type="unfinished">%1 (%2): %3</translation>
    </message>
    <message>
        <source>No district file knows ZIP %1 (ZIP codes of post office boxes only have no area).</source>
        <translation type="unfinished">Keine Wahlkreisdatei kennt die ZIP-Postleitzahl %1 (Postleitzahlen nur für Postfächer haben kein Gebiet).</translation>
    </message>
    <message>
        <source>ZIP %1 spans several districts; the address decides which:</source>
        <translation type="unfinished">Die ZIP-Postleitzahl %1 reicht über mehrere Wahlkreise; die Adresse entscheidet, welcher:</translation>
    </message>
    <message>
        <source>&quot;districts import&quot; takes one CSV file, --body CODE and --chamber senate|house|unicameral.</source>
        <translation type="unfinished">„districts import“ nimmt eine CSV-Datei, --body CODE und --chamber senate|house|unicameral.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished">Zeile %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 postcodes in %2 rows for %3 (%4); %5 rows left out.</source>
        <translation type="unfinished">%1 Postleitzahlen in %2 Zeilen für %3 (%4) importiert; %5 Zeilen ausgelassen.</translation>
    </message>
    <message>
        <source>The ZIP code, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">Die ZIP-Postleitzahl, etwa 48126 oder 48126-1234.</translation>
    </message>
    <message>
        <source>zip</source>
        <translation type="unfinished">zip</translation>
    </message>
    <message>
        <source>The legislature&apos;s code, such as us-mi.</source>
        <translation type="unfinished">Das Kürzel des Parlaments, etwa us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral.</source>
        <translation type="unfinished">senate, house oder unicameral.</translation>
    </message>
    <message>
        <source>unknown command &quot;districts %1&quot;; use lookup or import.</source>
        <translation type="unfinished">unbekannter Befehl „districts %1“; verwenden Sie lookup oder import.</translation>
    </message>
    <message numerus="yes">
        <source>Would fill %n district(s) from postcodes (dry run: nothing was written).</source>
        <translation type="unfinished">
            <numerusform>%n Wahlkreis würde aus Postleitzahlen gefüllt (Probelauf: nichts wurde geschrieben).</numerusform>
            <numerusform>%n Wahlkreise würden aus Postleitzahlen gefüllt (Probelauf: nichts wurde geschrieben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postcodes.</source>
        <translation type="unfinished">
            <numerusform>%n Wahlkreis aus Postleitzahlen gefüllt.</numerusform>
            <numerusform>%n Wahlkreise aus Postleitzahlen gefüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already filled, %2 kept (entered by hand or confirmed), %3 without a postcode, of %4 contacts.</source>
        <translation type="unfinished">%1 bereits gefüllt, %2 behalten (von Hand eingetragen oder bestätigt), %3 ohne Postleitzahl, von %4 Kontakten.</translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts; choose with &quot;contacts districts ID --set DISTRICT&quot;:</source>
        <translation type="unfinished">
            <numerusform>%n Postleitzahl reicht über mehrere Wahlkreise; wählen Sie mit „contacts districts ID --set DISTRICT“:</numerusform>
            <numerusform>%n Postleitzahlen reichen über mehrere Wahlkreise; wählen Sie mit „contacts districts ID --set DISTRICT“:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows:</source>
        <translation type="unfinished">
            <numerusform>%n Postleitzahl, die keine Wahlkreisdatei kennt:</numerusform>
            <numerusform>%n Postleitzahlen, die keine Wahlkreisdatei kennt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s; check the address:</source>
        <translation type="unfinished">
            <numerusform>%n ZIP-Postleitzahl liegt nur in einem anderen Bundesstaat als dem des Kontakts; prüfen Sie die Adresse:</numerusform>
            <numerusform>%n ZIP-Postleitzahlen liegen nur in einem anderen Bundesstaat als dem des Kontakts; prüfen Sie die Adresse:</numerusform>
        </translation>
    </message>
    <message>
        <source>candidates: %1</source>
        <translation type="unfinished">Kandidaten: %1</translation>
    </message>
    <message>
        <source>No districts yet; &quot;contacts districts --fill&quot; finds them from postcodes.</source>
        <translation type="unfinished">Noch keine Wahlkreise; „contacts districts --fill“ findet sie aus den Postleitzahlen.</translation>
    </message>
    <message>
        <source>Fill districts from postcodes.</source>
        <translation type="unfinished">Wahlkreise aus Postleitzahlen füllen.</translation>
    </message>
    <message>
        <source>List who still has districts to choose.</source>
        <translation type="unfinished">Auflisten, wer noch Wahlkreise zur Auswahl hat.</translation>
    </message>
    <message>
        <source>Only this advocacy day&apos;s attendees.</source>
        <translation type="unfinished">Nur die Teilnehmenden dieses Aktionstags.</translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished">Tag</translation>
    </message>
    <message>
        <source>Only this legislature, such as us-congress or us-mi.</source>
        <translation type="unfinished">Nur dieses Parlament, etwa us-congress oder us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral (default house).</source>
        <translation type="unfinished">senate, house oder unicameral (Standard: house).</translation>
    </message>
    <message>
        <source>Report what would be filled; write nothing.</source>
        <translation type="unfinished">Berichten, was gefüllt würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Choose the district, such as MI-12 for the U.S. House.</source>
        <translation type="unfinished">Den Wahlkreis wählen, etwa MI-12 für das US-Repräsentantenhaus.</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">Wahlbezirk</translation>
    </message>
    <message>
        <source>The district held is right.</source>
        <translation type="unfinished">Der gespeicherte Wahlkreis stimmt.</translation>
    </message>
    <message>
        <source>Mark the district to be checked.</source>
        <translation type="unfinished">Den Wahlkreis zur Prüfung markieren.</translation>
    </message>
    <message>
        <source>Give one of --fill, --ambiguous, --set, --confirm and --check-later.</source>
        <translation type="unfinished">Geben Sie eine von --fill, --ambiguous, --set, --confirm und --check-later an.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose.</source>
        <translation type="unfinished">
            <numerusform>%n Wahlkreis auszuwählen.</numerusform>
            <numerusform>%n Wahlkreise auszuwählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;contacts districts&quot; takes one contact id, or --fill or --ambiguous.</source>
        <translation type="unfinished">„contacts districts“ nimmt eine Kontaktkennung oder --fill oder --ambiguous.</translation>
    </message>
    <message>
        <source>--chamber takes senate, house or unicameral.</source>
        <translation type="unfinished">--chamber nimmt senate, house oder unicameral.</translation>
    </message>
    <message>
        <source>Count what would be added, updated and marked departed, and write nothing.</source>
        <translation type="unfinished">Zählen, was hinzugefügt, aktualisiert und als ausgeschieden markiert würde, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>Read PATH as a member list (CSV) of this legislature, by its code, such as gb-parliament.</source>
        <translation type="unfinished">PATH als Mitgliederliste (CSV) dieses Parlaments lesen, angegeben durch sein Kürzel, etwa gb-parliament.</translation>
    </message>
    <message>
        <source>The legislature&apos;s name, for a new one, such as &quot;UK Parliament&quot;.</source>
        <translation type="unfinished">Der Name des Parlaments, wenn es neu ist, etwa „UK Parliament“.</translation>
    </message>
    <message>
        <source>The legislature&apos;s country, such as GB.</source>
        <translation type="unfinished">Das Land des Parlaments, etwa GB.</translation>
    </message>
    <message>
        <source>The name of its upper chamber.</source>
        <translation type="unfinished">Der Name seines Oberhauses.</translation>
    </message>
    <message>
        <source>The name of its lower chamber, where members go when the list names none.</source>
        <translation type="unfinished">Der Name seines Unterhauses, in das Mitglieder kommen, wenn die Liste keine Kammer nennt.</translation>
    </message>
    <message>
        <source>The time zone of its capital, such as Europe/London.</source>
        <translation type="unfinished">Die Zeitzone seiner Hauptstadt, etwa Europe/London.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs, comma-separated, for the columns a guess misses. Fields: %1.</source>
        <translation type="unfinished">FIELD=COLUMN-Paare, durch Kommas getrennt, für Spalten, die die Erkennung verfehlt. Felder: %1.</translation>
    </message>
    <message>
        <source>--body takes a legislature&apos;s code, letters, digits and dashes such as gb-parliament; &quot;%1&quot; is none in this workspace.</source>
        <translation type="unfinished">--body erwartet das Kürzel eines Parlaments aus Buchstaben, Ziffern und Bindestrichen, etwa gb-parliament; „%1“ ist in diesem Arbeitsbereich keines.</translation>
    </message>
    <message>
        <source>%1 is a new legislature: give its name with --body-name.</source>
        <translation type="unfinished">%1 ist ein neues Parlament: Geben Sie seinen Namen mit --body-name an.</translation>
    </message>
    <message>
        <source>--time-zone takes a zone such as Europe/London; &quot;%1&quot; is none.</source>
        <translation type="unfinished">--time-zone erwartet eine Zone wie Europe/London; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 members; %4 new, %5 updated, %6 unchanged, %7 no longer in office.</source>
        <translation type="unfinished">%1 (%2): %3 Mitglieder; %4 neu, %5 aktualisiert, %6 unverändert, %7 nicht mehr im Amt.</translation>
    </message>
    <message>
        <source>&quot;legislators import&quot; needs one path: legislators-current.csv, an Open States folder or download, or a member list with --body.</source>
        <translation type="unfinished">„legislators import“ braucht einen Pfad: legislators-current.csv, einen Open-States-Ordner oder -Download oder eine Mitgliederliste mit --body.</translation>
    </message>
    <message>
        <source>--map reads a member list: say whose with --body.</source>
        <translation type="unfinished">--map liest eine Mitgliederliste: Geben Sie mit --body an, wessen.</translation>
    </message>
    <message>
        <source>Where (default: the legislature&apos;s capital, such as Washington, DC).</source>
        <translation type="unfinished">Ort (Standard: die Hauptstadt der Volksvertretung, etwa Washington, DC).</translation>
    </message>
    <message>
        <source>Import the members of Congress built into this program instead of a file.</source>
        <translation type="unfinished">Die in dieses Programm eingebauten Kongressmitglieder statt einer Datei importieren.</translation>
    </message>
    <message>
        <source>--bundled imports the members of Congress built in: give no path, --body or --map with it.</source>
        <translation type="unfinished">--bundled importiert die eingebauten Kongressmitglieder: geben Sie dazu keinen Pfad, kein --body und kein --map an.</translation>
    </message>
    <message>
        <source>Say who is calling with --caller NAME: this workspace syncs with no server, so there is no user name to call as.</source>
        <translation type="unfinished">Sag mit --caller NAME, wer anruft: Dieser Arbeitsbereich synchronisiert mit keinem Server, daher gibt es keinen Benutzernamen, unter dem angerufen wird.</translation>
    </message>
    <message>
        <source>--answer takes QUESTION=ANSWER, such as plan=yes (&quot;%1&quot; is not).</source>
        <translation type="unfinished">--answer erwartet FRAGE=ANTWORT, etwa plan=yes („%1“ ist das nicht).</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; takes one answer, and was given two.</source>
        <translation type="unfinished">Die Frage „%1“ nimmt eine Antwort und hat zwei bekommen.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">Telefon: %1</translation>
    </message>
    <message>
        <source>%1 (as typed; check it)</source>
        <translation type="unfinished">%1 (wie eingegeben; bitte prüfen)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished">Sprachen: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished">Adresse: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s) before in this campaign.</source>
        <translation type="unfinished">
            <numerusform>Schon %n-mal in dieser Kampagne versucht.</numerusform>
            <numerusform>Schon %n-mal in dieser Kampagne versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">Letzter Kontakt: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Last contact: never</source>
        <translation type="unfinished">Letzter Kontakt: nie</translation>
    </message>
    <message>
        <source>Still to call: %1, this one included.</source>
        <translation type="unfinished">Noch anzurufen: %1, diese Person eingeschlossen.</translation>
    </message>
    <message>
        <source>Record it with: majlis-cli campaigns record %1 %2 --result CODE [--answer QUESTION=ANSWER]</source>
        <translation type="unfinished">Erfassen mit: majlis-cli campaigns record %1 %2 --result CODE [--answer FRAGE=ANTWORT]</translation>
    </message>
    <message>
        <source>Nobody is left for %1 to call on %2.</source>
        <translation type="unfinished">Für %1 ist in %2 niemand mehr anzurufen.</translation>
    </message>
    <message>
        <source>&quot;campaigns record&quot; needs the campaign and the person: campaigns record CAMPAIGN CONTACT --result CODE.</source>
        <translation type="unfinished">„campaigns record“ braucht die Kampagne und die Person: campaigns record KAMPAGNE KONTAKT --result CODE.</translation>
    </message>
    <message>
        <source>--result is one of %1.</source>
        <translation type="unfinished">--result ist eines von %1.</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for %2 by %3.</source>
        <translation type="unfinished">„%1“ für %2 erfasst, von %3.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2</source>
        <translation type="unfinished">Auf der Liste: %1; abgeschlossen: %2</translation>
    </message>
    <message>
        <source>Attempts: %1; reached: %2 (%3%); pledges: %4; follow-ups: %5; opt-outs: %6</source>
        <translation type="unfinished">Versuche: %1; erreicht: %2 (%3 %); Zusagen: %4; Nachverfolgungen: %5; Kontaktsperren: %6</translation>
    </message>
    <message>
        <source>Per volunteer:</source>
        <translation type="unfinished">Nach Ehrenamtlichen:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3 (%4%), pledges %5, from %6 to %7</source>
        <translation type="unfinished">  %1: Versuche %2, erreicht %3 (%4 %), Zusagen %5, von %6 bis %7</translation>
    </message>
    <message>
        <source>    check: %1</source>
        <translation type="unfinished">    prüfen: %1</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished">Antworten:</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation type="unfinished">Nach Tag:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3, pledges %4</source>
        <translation type="unfinished">  %1: Versuche %2, erreicht %3, Zusagen %4</translation>
    </message>
    <message>
        <source>--caller names the volunteer whose results to withdraw.</source>
        <translation type="unfinished">--caller nennt die ehrenamtliche Person, deren Ergebnisse zurückgezogen werden.</translation>
    </message>
    <message>
        <source>--%1 takes a time such as 2026-11-01T14:00 (this computer&apos;s time, or end it with Z for UTC) or a day such as 2026-11-01.</source>
        <translation type="unfinished">--%1 erwartet eine Zeit wie 2026-11-01T14:00 (Zeit dieses Computers, oder mit Z am Ende für UTC) oder einen Tag wie 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must come before --to.</source>
        <translation type="unfinished">--from muss vor --to liegen.</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %n result(s) by %1 from %2; those people can be called again.</source>
        <translation type="unfinished">
            <numerusform>%n Ergebnis von %1 in %2 zurückgezogen; diese Personen können wieder angerufen werden.</numerusform>
            <numerusform>%n Ergebnisse von %1 in %2 zurückgezogen; diese Personen können wieder angerufen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is calling (default: the user this workspace syncs as).</source>
        <translation type="unfinished">Wer anruft (Standard: der Benutzer, als der dieser Arbeitsbereich synchronisiert).</translation>
    </message>
    <message>
        <source>Pass over this person for now; repeatable.</source>
        <translation type="unfinished">Diese Person vorerst überspringen; wiederholbar.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished">Kontakt</translation>
    </message>
    <message>
        <source>What came of it: %1.</source>
        <translation type="unfinished">Was daraus wurde: %1.</translation>
    </message>
    <message>
        <source>QUESTION=ANSWER from the script; repeatable. Several answers to a multiple-choice question: QUESTION=A,B.</source>
        <translation type="unfinished">FRAGE=ANTWORT aus dem Skript; wiederholbar. Mehrere Antworten auf eine Mehrfachauswahl: FRAGE=A,B.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished">Antwort</translation>
    </message>
    <message>
        <source>refused or hostile: the person is never contacted again.</source>
        <translation type="unfinished">refused oder hostile: Die Person wird nie wieder kontaktiert.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished">Grund</translation>
    </message>
    <message>
        <source>The number dialled, when not the card&apos;s (marked bad by wrong_number or disconnected).</source>
        <translation type="unfinished">Die gewählte Nummer, wenn nicht die der Karte (wird durch wrong_number oder disconnected als ungültig markiert).</translation>
    </message>
    <message>
        <source>The volunteer whose results to withdraw.</source>
        <translation type="unfinished">Die ehrenamtliche Person, deren Ergebnisse zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Only results recorded from this time on.</source>
        <translation type="unfinished">Nur Ergebnisse, die ab dieser Zeit erfasst wurden.</translation>
    </message>
    <message>
        <source>Only results recorded up to this time.</source>
        <translation type="unfinished">Nur Ergebnisse, die bis zu dieser Zeit erfasst wurden.</translation>
    </message>
    <message>
        <source>Election day, such as 2026-11-03.</source>
        <translation type="unfinished">Wahltag, etwa 2026-11-03.</translation>
    </message>
    <message>
        <source>Where it is held, such as Michigan or Dearborn.</source>
        <translation type="unfinished">Wo sie stattfindet, etwa Michigan oder Dearborn.</translation>
    </message>
    <message>
        <source>The chapter mobilizing for it.</source>
        <translation type="unfinished">Die Ortsgruppe, die dafür mobilisiert.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns elections %1&quot;; use add or list.</source>
        <translation type="unfinished">unbekannter Befehl „campaigns elections %1“; verwende add oder list.</translation>
    </message>
    <message>
        <source>--date takes the election day, such as 2026-11-03.</source>
        <translation type="unfinished">--date erwartet den Wahltag, etwa 2026-11-03.</translation>
    </message>
    <message>
        <source>Added the election %1 on %2 (%3).</source>
        <translation type="unfinished">Wahl %1 am %2 hinzugefügt (%3).</translation>
    </message>
    <message>
        <source>No elections yet. Add one with &quot;majlis-cli campaigns elections add NAME --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">Noch keine Wahlen. Füge eine hinzu mit „majlis-cli campaigns elections add NAME --date JJJJ-MM-TT“.</translation>
    </message>
    <message>
        <source>phone (a phone bank), door (door knocking) or gotv (get out the vote).</source>
        <translation type="unfinished">phone (Telefonaktion), door (Haustürbesuche) oder gotv (Wahlmobilisierung).</translation>
    </message>
    <message>
        <source>The script: a YAML or JSON file with the introduction and questions.</source>
        <translation type="unfinished">Das Skript: eine YAML- oder JSON-Datei mit der Einleitung und den Fragen.</translation>
    </message>
    <message>
        <source>The election it is for, by name or id.</source>
        <translation type="unfinished">Die Wahl, für die sie ist, nach Name oder ID.</translation>
    </message>
    <message>
        <source>election</source>
        <translation type="unfinished">Wahl</translation>
    </message>
    <message>
        <source>The chapter running it (default: the whole organization).</source>
        <translation type="unfinished">Die veranstaltende Ortsgruppe (Standard: die ganze Organisation).</translation>
    </message>
    <message>
        <source>First day, such as 2026-10-01.</source>
        <translation type="unfinished">Erster Tag, etwa 2026-10-01.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished">Letzter Tag.</translation>
    </message>
    <message>
        <source>Give the campaign a name: &quot;campaigns create NAME --kind phone --script FILE&quot;.</source>
        <translation type="unfinished">Gib der Kampagne einen Namen: „campaigns create NAME --kind phone --script DATEI“.</translation>
    </message>
    <message>
        <source>--kind is one of phone, door, gotv.</source>
        <translation type="unfinished">--kind ist eines von phone, door, gotv.</translation>
    </message>
    <message>
        <source>--script names the script file (YAML or JSON).</source>
        <translation type="unfinished">--script nennt die Skriptdatei (YAML oder JSON).</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-10-01.</source>
        <translation type="unfinished">--%1 erwartet ein Datum wie 2026-10-01.</translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation type="unfinished">Das Skript %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The script %1: %2</source>
        <translation type="unfinished">Das Skript %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 (%2). Kind: %3; %n question(s) in its script.</source>
        <translation type="unfinished">
            <numerusform>%1 (%2) angelegt. Art: %3; %n Frage im Skript.</numerusform>
            <numerusform>%1 (%2) angelegt. Art: %3; %n Fragen im Skript.</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished">abgeschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">offen</translation>
    </message>
    <message>
        <source>No campaigns yet. Create one with &quot;majlis-cli campaigns create NAME --kind phone --script FILE.yaml&quot;.</source>
        <translation type="unfinished">Noch keine Kampagnen. Lege eine an mit „majlis-cli campaigns create NAME --kind phone --script DATEI.yaml“.</translation>
    </message>
    <message>
        <source>Election: %1 on %2</source>
        <translation type="unfinished">Wahl: %1 am %2</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation type="unfinished">Zeitraum: %1 bis %2</translation>
    </message>
    <message>
        <source>Closed: it takes no more results.</source>
        <translation type="unfinished">Abgeschlossen: Sie nimmt keine Ergebnisse mehr an.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2; attempts: %3; reached: %4</source>
        <translation type="unfinished">Auf der Liste: %1; abgeschlossen: %2; Versuche: %3; erreicht: %4</translation>
    </message>
    <message>
        <source>  still to call for %1: %2</source>
        <translation type="unfinished">  noch anzurufen für %1: %2</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished">(noch niemand)</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation type="unfinished">Skript:</translation>
    </message>
    <message>
        <source>People with this tag; repeat for any of several.</source>
        <translation type="unfinished">Personen mit diesem Schlagwort; wiederholen für eines von mehreren.</translation>
    </message>
    <message>
        <source>People of this chapter.</source>
        <translation type="unfinished">Personen dieser Ortsgruppe.</translation>
    </message>
    <message>
        <source>People who speak this language, such as ar.</source>
        <translation type="unfinished">Personen, die diese Sprache sprechen, etwa ar.</translation>
    </message>
    <message>
        <source>People in this U.S. state, two letters.</source>
        <translation type="unfinished">Personen in diesem US-Bundesstaat, zwei Buchstaben.</translation>
    </message>
    <message>
        <source>With --district: the legislature, such as us-mi.</source>
        <translation type="unfinished">Mit --district: das Parlament, etwa us-mi.</translation>
    </message>
    <message>
        <source>People in this district of --body.</source>
        <translation type="unfinished">Personen in diesem Wahlkreis von --body.</translation>
    </message>
    <message>
        <source>People who checked in at this event.</source>
        <translation type="unfinished">Personen, die bei dieser Veranstaltung eingecheckt haben.</translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished">Veranstaltung</translation>
    </message>
    <message>
        <source>People with this voter-registration status at any drive: %1.</source>
        <translation type="unfinished">Personen mit diesem Wählerregistrierungsstatus bei irgendeiner Aktion: %1.</translation>
    </message>
    <message>
        <source>With --question and --answer: people who gave that answer in this campaign.</source>
        <translation type="unfinished">Mit --question und --answer: Personen, die in dieser Kampagne diese Antwort gaben.</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished">Kampagne</translation>
    </message>
    <message>
        <source>The question&apos;s key.</source>
        <translation type="unfinished">Der Schlüssel der Frage.</translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished">Schlüssel</translation>
    </message>
    <message>
        <source>The answer&apos;s key.</source>
        <translation type="unfinished">Der Schlüssel der Antwort.</translation>
    </message>
    <message>
        <source>With --pledged or --not-voted: the election.</source>
        <translation type="unfinished">Mit --pledged oder --not-voted: die Wahl.</translation>
    </message>
    <message>
        <source>People who pledged to vote in --election.</source>
        <translation type="unfinished">Personen, die zugesagt haben, bei --election zu wählen.</translation>
    </message>
    <message>
        <source>People not yet marked as voted in --election.</source>
        <translation type="unfinished">Personen, die bei --election noch nicht als „hat gewählt“ markiert sind.</translation>
    </message>
    <message>
        <source>Say how many would be added, and add nobody.</source>
        <translation type="unfinished">Sagen, wie viele hinzukämen, und niemanden hinzufügen.</translation>
    </message>
    <message>
        <source>--state takes two letters, such as MI.</source>
        <translation type="unfinished">--state erwartet zwei Buchstaben, etwa MI.</translation>
    </message>
    <message>
        <source>--body and --district go together: the district of which legislature.</source>
        <translation type="unfinished">--body und --district gehören zusammen: der Wahlkreis welches Parlaments.</translation>
    </message>
    <message>
        <source>--voter-status is one of %1.</source>
        <translation type="unfinished">--voter-status ist eines von %1.</translation>
    </message>
    <message>
        <source>--answered, --question and --answer go together: who gave which answer where.</source>
        <translation type="unfinished">--answered, --question und --answer gehören zusammen: wer wo welche Antwort gab.</translation>
    </message>
    <message>
        <source>--election goes with --pledged or --not-voted.</source>
        <translation type="unfinished">--election gehört zu --pledged oder --not-voted.</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n person(s) to the list of %1; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform>Würde %n Person zur Liste von %1 hinzufügen; nichts wurde geändert.</numerusform>
            <numerusform>Würde %n Personen zur Liste von %1 hinzufügen; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the list of %1.</source>
        <translation type="unfinished">
            <numerusform>%n Person zur Liste von %1 hinzugefügt.</numerusform>
            <numerusform>%n Personen zur Liste von %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">erledigt</translation>
    </message>
    <message>
        <source>Nobody is on the list yet. Add people with &quot;majlis-cli campaigns build %1 --tag TAG&quot;.</source>
        <translation type="unfinished">Noch niemand auf der Liste. Füge Personen hinzu mit „majlis-cli campaigns build %1 --tag SCHLAGWORT“.</translation>
    </message>
    <message>
        <source>Split the list with --to a,b,c (by count) or --by-language NAME=LANG,LANG (repeat per volunteer), not both.</source>
        <translation type="unfinished">Teile die Liste mit --to a,b,c (nach Anzahl) oder --by-language NAME=SPRACHE,SPRACHE (je Ehrenamtlichem wiederholen), nicht beides.</translation>
    </message>
    <message>
        <source>--by-language takes NAME=LANG,LANG, such as amina=ar,en.</source>
        <translation type="unfinished">--by-language erwartet NAME=SPRACHE,SPRACHE, etwa amina=ar,en.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n person(s) on the list of %1.</source>
        <translation type="unfinished">
            <numerusform>%n Person auf der Liste von %1 zugeteilt.</numerusform>
            <numerusform>%n Personen auf der Liste von %1 zugeteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n to call</source>
        <translation type="unfinished">
            <numerusform>  %1: %n anzurufen</numerusform>
            <numerusform>  %1: %n anzurufen</numerusform>
        </translation>
    </message>
    <message>
        <source>--out names the CSV file to write.</source>
        <translation type="unfinished">--out nennt die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <source>--volunteer goes with --list: one volunteer&apos;s share of the list.</source>
        <translation type="unfinished">--volunteer gehört zu --list: der Anteil einer ehrenamtlichen Person an der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to call or visit to %1.</source>
        <translation type="unfinished">
            <numerusform>%n Person zum Anrufen oder Besuchen nach %1 geschrieben.</numerusform>
            <numerusform>%n Personen zum Anrufen oder Besuchen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n result(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n Ergebnis nach %1 geschrieben.</numerusform>
            <numerusform>%n Ergebnisse nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the campaign, by the id &quot;campaigns list&quot; shows or by its name.</source>
        <translation type="unfinished">Nenne die Kampagne mit der ID, die „campaigns list“ zeigt, oder mit ihrem Namen.</translation>
    </message>
    <message>
        <source>Volunteers to split the list among by count, such as amina,bilal.</source>
        <translation type="unfinished">Ehrenamtliche, unter denen die Liste nach Anzahl aufgeteilt wird, etwa amina,bilal.</translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished">Namen</translation>
    </message>
    <message>
        <source>A volunteer and the languages they call in, such as amina=ar,en; repeat per volunteer.</source>
        <translation type="unfinished">Eine ehrenamtliche Person und die Sprachen, in denen sie anruft, etwa amina=ar,en; je Person wiederholen.</translation>
    </message>
    <message>
        <source>name=languages</source>
        <translation type="unfinished">Name=Sprachen</translation>
    </message>
    <message>
        <source>Take back only this volunteer&apos;s share.</source>
        <translation type="unfinished">Nur den Anteil dieser ehrenamtlichen Person zurücknehmen.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished">Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <source>Write the list to call or walk instead of the results.</source>
        <translation type="unfinished">Statt der Ergebnisse die Liste zum Anrufen oder Ablaufen schreiben.</translation>
    </message>
    <message>
        <source>With --list: only this volunteer&apos;s share.</source>
        <translation type="unfinished">Mit --list: nur der Anteil dieser ehrenamtlichen Person.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns %1&quot;; use elections, create, list, show, build, entries, assign, release, next, record, progress, rollback, close or export.</source>
        <translation type="unfinished">unbekannter Befehl „campaigns %1“; verwende elections, create, list, show, build, entries, assign, release, next, record, progress, rollback, close oder export.</translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from every volunteer.</source>
        <translation type="unfinished">
            <numerusform>%n Person von allen Ehrenamtlichen zurückgenommen.</numerusform>
            <numerusform>%n Personen von allen Ehrenamtlichen zurückgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from %1.</source>
        <translation type="unfinished">
            <numerusform>%n Person von %1 zurückgenommen.</numerusform>
            <numerusform>%n Personen von %1 zurückgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1: it takes no more results, and its assignments have ended.</source>
        <translation type="unfinished">%1 abgeschlossen: Sie nimmt keine Ergebnisse mehr an, und ihre Zuteilungen sind beendet.</translation>
    </message>
    <message>
        <source>(district unknown)</source>
        <translation type="unfinished">(Wahlkreis unbekannt)</translation>
    </message>
    <message>
        <source>Pledged: %1; of them voted: %2; everyone marked voted: %3</source>
        <translation type="unfinished">Zugesagt: %1; davon gewählt: %2; insgesamt als „hat gewählt“ markiert: %3</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 pledged have voted</source>
        <translation type="unfinished">  %1: %2 von %3 mit Zusage haben gewählt</translation>
    </message>
    <message>
        <source>Everyone who pledged to vote in %1 has voted (or nobody pledged yet).</source>
        <translation type="unfinished">Alle, die zugesagt haben, bei %1 zu wählen, haben gewählt (oder es gibt noch keine Zusagen).</translation>
    </message>
    <message>
        <source>Name the people who voted, by contact id: gotv voted ELECTION ID...</source>
        <translation type="unfinished">Nenne die Personen, die gewählt haben, mit Kontakt-ID: gotv voted WAHL ID...</translation>
    </message>
    <message numerus="yes">
        <source>Took back the vote of %n person(s) in %1.</source>
        <translation type="unfinished">
            <numerusform>Stimmabgabe von %n Person bei %1 zurückgenommen.</numerusform>
            <numerusform>Stimmabgabe von %n Personen bei %1 zurückgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n person(s) as having voted in %1.</source>
        <translation type="unfinished">
            <numerusform>%n Person bei %1 als „hat gewählt“ markiert.</numerusform>
            <numerusform>%n Personen bei %1 als „hat gewählt“ markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the mark back: they have not voted after all.</source>
        <translation type="unfinished">Die Markierung zurücknehmen: Sie haben doch nicht gewählt.</translation>
    </message>
    <message>
        <source>unknown command &quot;gotv %1&quot;; use summary, chase or voted.</source>
        <translation type="unfinished">unbekannter Befehl „gotv %1“; verwende summary, chase oder voted.</translation>
    </message>
    <message>
        <source>Name the election, by the id &quot;campaigns elections list&quot; shows or by its name.</source>
        <translation type="unfinished">Nenne die Wahl mit der ID, die „campaigns elections list“ zeigt, oder mit ihrem Namen.</translation>
    </message>
</context>
<context>
    <name>majlis::languages</name>
    <message>
        <source>, </source>
        <comment>between two languages in a list</comment>
        <translation type="unfinished">, </translation>
    </message>
</context>
</TS>
