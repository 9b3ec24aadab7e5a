<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Could not open %1 as an archive: %2</source>
        <translation type="unfinished">Impossible d’ouvrir %1 comme archive : %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not an archive Majlis reads (.tar.gz or .zip): %2</source>
        <translation type="unfinished">%1 est endommagé ou n’est pas une archive que Majlis lit (.tar.gz ou .zip) : %2</translation>
    </message>
    <message>
        <source>%1 was refused: its entry &quot;%2&quot; points outside the folder it would be unpacked into. Nothing was imported; download the data set again from its source.</source>
        <translation type="unfinished">%1 a été refusé : son entrée « %2 » pointe hors du dossier où elle serait décompressée. Rien n’a été importé ; téléchargez à nouveau le jeu de données depuis sa source.</translation>
    </message>
    <message>
        <source>%1 was refused: its file &quot;%2&quot; is larger than any file of a member list.</source>
        <translation type="unfinished">%1 a été refusé : son fichier « %2 » est plus gros que tout fichier d’une liste de membres.</translation>
    </message>
    <message>
        <source>%1 is damaged: its file &quot;%2&quot; cannot be read (%3).</source>
        <translation type="unfinished">%1 est endommagé : son fichier « %2 » ne peut pas être lu (%3).</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>That legislature is not in this workspace.</source>
        <translation type="unfinished">Cette assemblée législative n&apos;est pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>No legislature &quot;%1&quot; in this workspace; `majlis-cli bodies list` shows the codes, and importing a legislature&apos;s members adds it.</source>
        <translation type="unfinished">Aucune assemblée « %1 » dans cet espace de travail ; `majlis-cli bodies list` affiche les codes, et importer les membres d&apos;une assemblée l&apos;ajoute.</translation>
    </message>
    <message>
        <source>A legislature needs a code and a name.</source>
        <translation type="unfinished">Une assemblée législative a besoin d’un code et d’un nom.</translation>
    </message>
    <message>
        <source>A building of the group &quot;%1&quot; has no name; name it or leave its group empty.</source>
        <translation type="unfinished">Un bâtiment du groupe « %1 » n&apos;a pas de nom ; nommez-le ou laissez son groupe vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; a building belongs to one group.</source>
        <translation type="unfinished">« %1 » figure deux fois ; un bâtiment appartient à un seul groupe.</translation>
    </message>
</context>
<context>
    <name>BundledCongress</name>
    <message>
        <source>This build of Majlis was made without the members of Congress; import legislators-current.csv from the congress-legislators project instead.</source>
        <translation type="unfinished">Cette version de Majlis a été construite sans les membres du Congrès ; importez plutôt legislators-current.csv du projet congress-legislators.</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Say which campaign the answer was given in.</source>
        <translation>Indiquez dans quelle campagne la réponse a été donnée.</translation>
    </message>
    <message>
        <source>Say which election the pledges or votes are for.</source>
        <translation>Indiquez pour quelle élection sont les engagements ou les votes.</translation>
    </message>
    <message>
        <source>Say which legislature the district is of.</source>
        <translation>Indiquez de quelle assemblée relève la circonscription.</translation>
    </message>
    <message>
        <source>Name at least one volunteer to give the list to.</source>
        <translation>Nommez au moins un bénévole à qui confier la liste.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>The campaign &quot;%1&quot; is closed.</source>
        <translation>La campagne « %1 » est close.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is closed and takes no more results.</source>
        <translation>La campagne « %1 » est close et n’accepte plus de résultats.</translation>
    </message>
    <message>
        <source>Answers are recorded only for a person who was reached.</source>
        <translation>Les réponses ne sont enregistrées que pour une personne jointe.</translation>
    </message>
    <message>
        <source>A refusal opts out as &quot;refused&quot; or &quot;hostile&quot;.</source>
        <translation>Un refus désinscrit comme « refused » ou « hostile ».</translation>
    </message>
    <message>
        <source>This person is not on the campaign&apos;s list.</source>
        <translation>Cette personne n’est pas sur la liste de la campagne.</translation>
    </message>
</context>
<context>
    <name>CampaignExport</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">Appelant</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Résultat</translation>
    </message>
    <message>
        <source>Result Name</source>
        <translation type="unfinished">Résultat (libellé)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation type="unfinished">Enregistré (UTC)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished">Suivi</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished">Refus de contact</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Oui</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">Position</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Rue</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation type="unfinished">Code postal</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Langues</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">Bénévole</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Tentatives</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Fait</translation>
    </message>
    <message>
        <source>Last Result</source>
        <translation type="unfinished">Dernier résultat</translation>
    </message>
</context>
<context>
    <name>CampaignProgress</name>
    <message numerus="yes">
        <source>%n results entered within one minute</source>
        <translation>
            <numerusform>%n résultats saisis en une minute</numerusform>
            <numerusform>%n résultats saisis en une minute</numerusform>
        </translation>
    </message>
    <message>
        <source>reached %1% of the people called; most phone banks reach far fewer</source>
        <translation>a joint %1 % des personnes appelées ; la plupart des phoning en joignent bien moins</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>Give the election a name.</source>
        <translation>Donnez un nom à l’élection.</translation>
    </message>
    <message>
        <source>The election no longer exists.</source>
        <translation>L’élection n’existe plus.</translation>
    </message>
    <message>
        <source>No election is called &quot;%1&quot;.</source>
        <translation>Aucune élection ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>More than one election&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>Plusieurs identifiants d’élection commencent par « %1 » ; donnez-en davantage.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Donnez un nom à la campagne.</translation>
    </message>
    <message>
        <source>The campaign must end on or after the day it starts.</source>
        <translation>La campagne doit se terminer le jour où elle commence ou après.</translation>
    </message>
    <message>
        <source>A get-out-the-vote drive needs the election it is for.</source>
        <translation>Une mobilisation pour le vote a besoin de l’élection qu’elle vise.</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>La campagne n’existe plus.</translation>
    </message>
    <message>
        <source>No campaign is called &quot;%1&quot;.</source>
        <translation>Aucune campagne ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>More than one campaign&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>Plusieurs identifiants de campagne commencent par « %1 » ; donnez-en davantage.</translation>
    </message>
</context>
<context>
    <name>CampaignScriptFormat</name>
    <message>
        <source>The script is not valid YAML (line %1): %2</source>
        <translation>Le script n’est pas du YAML valide (ligne %1) : %2</translation>
    </message>
    <message>
        <source>A script starts with &quot;introduction:&quot; and &quot;questions:&quot;.</source>
        <translation>Un script commence par « introduction: » et « questions: ».</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions.</source>
        <translation>« questions » doit être une liste de questions.</translation>
    </message>
    <message>
        <source>Question %1 needs a key of letters, digits, &apos;_&apos; or &apos;-&apos; (at most 40).</source>
        <translation>La question %1 a besoin d’une clé de lettres, chiffres, &apos;_&apos; ou &apos;-&apos; (40 au plus).</translation>
    </message>
    <message>
        <source>Two questions have the key &quot;%1&quot;.</source>
        <translation>Deux questions ont la clé « %1 ».</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no text to read.</source>
        <translation>La question « %1 » n’a pas de texte à lire.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has the kind &quot;%2&quot;; use single, multiple, yes_no or text.</source>
        <translation>La question « %1 » est de type « %2 » ; utilisez single, multiple, yes_no ou text.</translation>
    </message>
    <message>
        <source>An answer of question &quot;%1&quot; needs a key of letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Une réponse de la question « %1 » a besoin d’une clé de lettres, chiffres, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has two answers with the key &quot;%2&quot;.</source>
        <translation>La question « %1 » a deux réponses avec la clé « %2 ».</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; of question &quot;%2&quot; has the action &quot;%3&quot;; use pledge, follow_up, do_not_contact or tag:NAME.</source>
        <translation>La réponse « %1 » de la question « %2 » a l’action « %3 » ; utilisez pledge, follow_up, do_not_contact ou tag:NOM.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Non</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes free text and cannot list answers.</source>
        <translation>La question « %1 » attend un texte libre et ne peut pas lister de réponses.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; lists no answers to choose from.</source>
        <translation>La question « %1 » ne propose aucune réponse à choisir.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has more than nine answers; a caller picks them with keys 1 to 9.</source>
        <translation>La question « %1 » a plus de neuf réponses ; l’appelant les choisit avec les touches 1 à 9.</translation>
    </message>
    <message>
        <source>The script has no question &quot;%1&quot;.</source>
        <translation>Le script n’a pas de question « %1 ».</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes text.</source>
        <translation>La question « %1 » attend du texte.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes a list of answers.</source>
        <translation>La question « %1 » attend une liste de réponses.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of question &quot;%2&quot;.</source>
        <translation>« %1 » n’est pas une réponse de la question « %2 ».</translation>
    </message>
</context>
<context>
    <name>ChapterRepository</name>
    <message>
        <source>A chapter needs a name.</source>
        <translation type="unfinished">Une section doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">Il existe déjà une section nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">Il n&apos;existe aucune section nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The chapter no longer exists.</source>
        <translation type="unfinished">La section n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>same email</source>
        <translation type="unfinished">même e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished">même téléphone</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">même nom</translation>
    </message>
</context>
<context>
    <name>ConflictLog</name>
    <message>
        <source>This conflict is no longer in the log.</source>
        <translation type="unfinished">Ce conflit ne figure plus dans le journal.</translation>
    </message>
    <message>
        <source>This conflict names a field Majlis does not know, so it cannot be restored.</source>
        <translation type="unfinished">Ce conflit porte sur un champ que Majlis ne connaît pas&#xa0;; il ne peut donc pas être restauré.</translation>
    </message>
    <message>
        <source>The record this value belonged to has been deleted since.</source>
        <translation type="unfinished">La fiche à laquelle appartenait cette valeur a été supprimée depuis.</translation>
    </message>
</context>
<context>
    <name>ConflictLogModel</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nom de famille</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Rue</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Région</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Circonscription</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Section</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Langues</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Fonction</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished">Compétences</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Supprimé</translation>
    </message>
</context>
<context>
    <name>ContactChoice</name>
    <message>
        <source>One Person</source>
        <translation type="unfinished">Une seule personne</translation>
    </message>
    <message>
        <source>Tick only one person.</source>
        <translation type="unfinished">Cochez une seule personne.</translation>
    </message>
</context>
<context>
    <name>ContactDirectory</name>
    <message>
        <source>&quot;%1&quot; is not a contact id; use the id shown by &quot;contacts list&quot; (at least 4 characters).</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de contact&#xa0;; utilisez l&apos;identifiant affiché par «&#xa0;contacts list&#xa0;» (au moins 4 caractères).</translation>
    </message>
    <message>
        <source>No contact has the id %1.</source>
        <translation type="unfinished">Aucun contact n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>More than one contact has an id starting with %1; give more of it.</source>
        <translation type="unfinished">Plusieurs contacts ont un identifiant commençant par %1&#xa0;; indiquez-en davantage.</translation>
    </message>
</context>
<context>
    <name>ContactDistricts</name>
    <message>
        <source>That contact is not in this workspace.</source>
        <translation type="unfinished">Ce contact n&apos;est pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished">saisi à la main</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">confirmé</translation>
    </message>
    <message>
        <source>estimated from the postcode</source>
        <translation type="unfinished">estimé d’après le code postal</translation>
    </message>
    <message>
        <source>to choose</source>
        <translation type="unfinished">à choisir</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot; with districts.</source>
        <translation type="unfinished">%1 n&apos;a pas de chambre « %2 » avec des circonscriptions.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it with its state, such as MI-12 (MI-0 or MI-AL at-large).</source>
        <translation type="unfinished">« %1 » n&apos;est pas un siège de la Chambre ; écrivez-le avec son État, par exemple MI-12 (MI-0 ou MI-AL pour un siège unique).</translation>
    </message>
    <message>
        <source>Name the district to choose.</source>
        <translation type="unfinished">Indiquez la circonscription à choisir.</translation>
    </message>
    <message>
        <source>The contact has no district there to confirm yet; choose one first (--set).</source>
        <translation type="unfinished">Le contact n&apos;a pas encore de circonscription à confirmer ; choisissez-en une d&apos;abord (--set).</translation>
    </message>
    <message>
        <source>The contact has no district there to check.</source>
        <translation type="unfinished">Le contact n&apos;a pas de circonscription à vérifier.</translation>
    </message>
    <message>
        <source>No current member of the %1 of %2 holds district &quot;%3&quot;. Check the district, or import the current members if the districts were redrawn.</source>
        <translation type="unfinished">Aucun membre actuel de la chambre « %1 » de %2 ne détient la circonscription « %3 ». Vérifiez la circonscription, ou importez les membres actuels si les circonscriptions ont été redécoupées.</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">même e-mail %1</translation>
    </message>
    <message>
        <source>same email as line %1 of this file</source>
        <translation type="unfinished">même e-mail que la ligne %1 de ce fichier</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">même téléphone %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">même nom et même code postal</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds.</source>
        <translation type="unfinished">Choisissez ce que contient chaque colonne du fichier.</translation>
    </message>
    <message>
        <source>No column holds a name: map at least one column to a name field.</source>
        <translation type="unfinished">Aucune colonne ne contient de nom&#xa0;: associez au moins une colonne à un champ de nom.</translation>
    </message>
    <message>
        <source>The line has more fields than the header; the extra fields were left out.</source>
        <translation type="unfinished">La ligne contient plus de champs que l&apos;en-tête&#xa0;; les champs en trop ont été ignorés.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished">Annulé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district number; it was left out.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» n&apos;est pas un numéro de circonscription&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; the birthday was left out.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; l&apos;anniversaire a été ignoré.</translation>
    </message>
    <message>
        <source>Line %1 could not be merged: %2</source>
        <translation type="unfinished">La ligne %1 n&apos;a pas pu être fusionnée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished">L&apos;import a été annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problème</translation>
    </message>
</context>
<context>
    <name>ContactMerger</name>
    <message>
        <source>A record the merge needs is missing (%1 %2).</source>
        <translation type="unfinished">Un enregistrement nécessaire à la fusion est manquant (%1 %2).</translation>
    </message>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation type="unfinished">Choisissez deux contacts différents à fusionner.</translation>
    </message>
    <message>
        <source>%1 or %2 changed after they were merged, so the merge cannot be undone without losing that change.</source>
        <translation type="unfinished">%1 ou %2 a été modifié après la fusion&#xa0;; celle-ci ne peut donc pas être annulée sans perdre cette modification.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>Contact %1 (%2): %3</source>
        <translation type="unfinished">Contact %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cancelled; no contacts were added.</source>
        <translation type="unfinished">Annulé&#xa0;; aucun contact n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Enter at least one tag.</source>
        <translation type="unfinished">Saisissez au moins une étiquette.</translation>
    </message>
    <message>
        <source>The contact was deleted meanwhile; nothing was saved.</source>
        <translation type="unfinished">Le contact a été supprimé entre-temps&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">Le contact n&apos;existe plus&#xa0;; il a peut-être été supprimé.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>The email address is empty.</source>
        <translation type="unfinished">L&apos;adresse e-mail est vide.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains a space.</source>
        <translation type="unfinished">L&apos;adresse e-mail «&#xa0;%1&#xa0;» contient une espace.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @ sign; it should look like name@example.org.</source>
        <translation type="unfinished">L&apos;adresse e-mail «&#xa0;%1&#xa0;» ne contient pas de @&#xa0;; elle devrait ressembler à nom@example.org.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @ sign.</source>
        <translation type="unfinished">L&apos;adresse e-mail «&#xa0;%1&#xa0;» n&apos;a rien avant le @.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @ sign.</source>
        <translation type="unfinished">L&apos;adresse e-mail «&#xa0;%1&#xa0;» contient plus d&apos;un @.</translation>
    </message>
    <message>
        <source>The part after @ in &quot;%1&quot; is not a valid domain such as example.org.</source>
        <translation type="unfinished">La partie après le @ dans «&#xa0;%1&#xa0;» n&apos;est pas un domaine valide comme example.org.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished">Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may contain only digits, spaces, + ( ) - . and /.</source>
        <translation type="unfinished">Le numéro de téléphone «&#xa0;%1&#xa0;» ne peut contenir que des chiffres, des espaces et + ( ) - . /.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is too short.</source>
        <translation type="unfinished">Le numéro de téléphone «&#xa0;%1&#xa0;» est trop court.</translation>
    </message>
    <message>
        <source>Enter a given name, a family name or a preferred name.</source>
        <translation type="unfinished">Saisissez un prénom, un nom de famille ou un nom d&apos;usage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a U.S. state code; use two letters such as MI or CA.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» n&apos;est pas un code d&apos;État américain&#xa0;; utilisez deux lettres, par exemple MI ou CA.</translation>
    </message>
    <message>
        <source>A congressional district needs a state.</source>
        <translation type="unfinished">Une circonscription du Congrès nécessite un État.</translation>
    </message>
    <message>
        <source>District %1 does not exist; use 0 for an at-large seat or 1 to %2.</source>
        <translation type="unfinished">La circonscription %1 n&apos;existe pas&#xa0;; utilisez 0 pour un siège at-large (État entier) ou de 1 à %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: check the country code and the number of digits after it.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone&#xa0;: vérifiez l&apos;indicatif du pays et le nombre de chiffres qui le suivent.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; does not look like a whole number in %2: check the digits and the area code, or write it with + and the country code.</source>
        <translation type="unfinished">Le numéro de téléphone «&#xa0;%1&#xa0;» ne ressemble pas à un numéro complet pour %2&#xa0;: vérifiez les chiffres et l&apos;indicatif régional, ou écrivez-le avec + et l&apos;indicatif du pays.</translation>
    </message>
</context>
<context>
    <name>CreateContactCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished">Ajouter %1</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file ends inside a quoted field that starts on line %1; it may be cut short.</source>
        <translation type="unfinished">Le fichier se termine à l&apos;intérieur d&apos;un champ entre guillemets commencé à la ligne %1&#xa0;; il est peut-être tronqué.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished">Le fichier est vide&#xa0;: il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header names only %3.</source>
        <translation type="unfinished">La ligne %1 contient %2 champs, mais l&apos;en-tête n&apos;en nomme que %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder. Choose a workspace file instead.</source>
        <translation type="unfinished">%1 est un dossier. Choisissez plutôt un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Majlis cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished">Majlis ne peut pas lire %1&#xa0;: %2. Vérifiez les permissions du fichier.</translation>
    </message>
    <message>
        <source>%1 is not a Majlis workspace (it is not an SQLite database). Choose another file.</source>
        <translation type="unfinished">%1 n&apos;est pas un espace de travail Majlis (ce n&apos;est pas une base de données SQLite). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation type="unfinished">%1 est en lecture seule. Copiez-le dans un dossier où vous pouvez écrire, ou modifiez ses permissions.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and Majlis needs to write beside the workspace. Move the file to a writable folder.</source>
        <translation type="unfinished">Le dossier %1 est en lecture seule, et Majlis doit pouvoir écrire à côté de l&apos;espace de travail. Déplacez le fichier dans un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation type="unfinished">Il n&apos;y a aucun espace de travail à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Majlis cannot create the folder %1. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis ne peut pas créer le dossier %1. Choisissez un emplacement où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Majlis cannot create a workspace in %1: %2. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis ne peut pas créer d&apos;espace de travail dans %1&#xa0;: %2. Choisissez un emplacement où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 est endommagé et ne peut pas être ouvert. Restaurez-le à partir d&apos;une sauvegarde ou d&apos;une copie synchronisée.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 est endommagé (%2). Restaurez-le à partir d&apos;une sauvegarde ou d&apos;une copie synchronisée.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database from another program, not a Majlis workspace. Choose another file.</source>
        <translation type="unfinished">%1 est une base de données SQLite d&apos;un autre programme, pas un espace de travail Majlis. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Majlis (workspace format %2; this version reads up to %3). Update Majlis to open it.</source>
        <translation type="unfinished">%1 a été écrit par une version plus récente de Majlis (format d&apos;espace de travail %2&#xa0;; cette version lit jusqu&apos;au format %3). Mettez Majlis à jour pour l&apos;ouvrir.</translation>
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
        <translation type="unfinished">Les dates hégiriennes suivent le calendrier islamique civil (tabulaire). Là où les mois commencent avec l’observation du croissant, ou selon le calendrier Umm al-Qura, la date annoncée localement peut différer d’un jour.</translation>
    </message>
</context>
<context>
    <name>DayExport</name>
    <message>
        <source>Meeting with %1</source>
        <translation type="unfinished">Rencontre avec %1</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1, salle %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished">Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">Équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The asks:</source>
        <translation type="unfinished">Les demandes&#xa0;:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Fin</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Bureau</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Chambre</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">Siège</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Bâtiment</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Salle</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Équipe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Épinglée</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Annulée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">Prévue</translation>
    </message>
    <message>
        <source>Senate</source>
        <translation type="unfinished">Sénat</translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished">Chambre des représentants</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Non</translation>
    </message>
</context>
<context>
    <name>DayPlanner</name>
    <message>
        <source>There are no members of %1 in this workspace yet; import its current members first.</source>
        <translation type="unfinished">Aucun membre de %1 dans cet espace de travail pour l&apos;instant ; importez d&apos;abord ses membres actuels.</translation>
    </message>
</context>
<context>
    <name>DayRepository</name>
    <message>
        <source>Give the day a title.</source>
        <translation type="unfinished">Donnez un titre à la journée.</translation>
    </message>
    <message>
        <source>Choose the day&apos;s date.</source>
        <translation type="unfinished">Choisissez la date de la journée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu de cet ordinateur.</translation>
    </message>
    <message>
        <source>The meeting window must start before it ends, within the day.</source>
        <translation type="unfinished">La plage des rencontres doit commencer avant de se terminer, dans la même journée.</translation>
    </message>
    <message>
        <source>A meeting slot must be at least 5 minutes and fit in the window.</source>
        <translation type="unfinished">Un créneau de rencontre doit durer au moins 5 minutes et tenir dans la plage.</translation>
    </message>
    <message>
        <source>A team needs room for at least one person.</source>
        <translation type="unfinished">Une équipe doit pouvoir accueillir au moins une personne.</translation>
    </message>
    <message>
        <source>Walking times cannot be negative.</source>
        <translation type="unfinished">Les temps de marche ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>The advocacy day no longer exists.</source>
        <translation type="unfinished">La journée de plaidoyer n&apos;existe plus.</translation>
    </message>
    <message>
        <source>There is no advocacy day &quot;%1&quot;.</source>
        <translation type="unfinished">Il n&apos;existe aucune journée de plaidoyer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 advocacy days; give more of the id.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» correspond à %2 journées de plaidoyer&#xa0;; indiquez une plus grande partie de l&apos;identifiant.</translation>
    </message>
    <message>
        <source>A contact to register no longer exists; nothing was added.</source>
        <translation type="unfinished">Un contact à inscrire n&apos;existe plus&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>The time must end after it starts.</source>
        <translation type="unfinished">L&apos;horaire doit se terminer après son début.</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>Supprimer %n contact</numerusform>
            <numerusform>Supprimer %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoAdvocacy</name>
    <message>
        <source>Capitol Advocacy Day (demo)</source>
        <translation type="unfinished">Journée de plaidoyer au Capitole (démo)</translation>
    </message>
    <message>
        <source>Civil rights and community safety</source>
        <translation type="unfinished">Droits civiques et sécurité des communautés</translation>
    </message>
    <message>
        <source>Protect travellers from profiling by religion or origin</source>
        <translation type="unfinished">Protéger les voyageurs du profilage selon la religion ou l’origine</translation>
    </message>
    <message>
        <source>Share a story of a family stopped at the border; ask the office to speak up.</source>
        <translation type="unfinished">Racontez l’histoire d’une famille arrêtée à la frontière ; demandez au bureau de prendre la parole.</translation>
    </message>
    <message>
        <source>Fund community violence-prevention grants</source>
        <translation type="unfinished">Financer les subventions de prévention de la violence communautaire</translation>
    </message>
    <message>
        <source>Name the programmes in your district that the grants keep open.</source>
        <translation type="unfinished">Citez les programmes de votre circonscription que ces subventions maintiennent ouverts.</translation>
    </message>
</context>
<context>
    <name>DistrictFill</name>
    <message>
        <source>No postcode file was imported for %1; import one with &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (or senate).</source>
        <translation type="unfinished">Aucun fichier de codes postaux n&apos;a été importé pour %1 ; importez-en un avec « majlis-cli districts import FILE --body %2 --chamber house » (ou senate).</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">même e-mail %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">même téléphone %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">même nom et même code postal</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">même nom</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation type="unfinished">La recherche de doublons a été annulée.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">Le contact n&apos;existe plus&#xa0;; il a peut-être été supprimé.</translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished">Modifier %1</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Give the event a title.</source>
        <translation type="unfinished">Donnez un titre à l&apos;événement.</translation>
    </message>
    <message>
        <source>Give the date and time the event starts.</source>
        <translation type="unfinished">Indiquez la date et l&apos;heure de début de l&apos;événement.</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation type="unfinished">L&apos;événement doit se terminer après son début.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished">L&apos;événement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 events; give more of the id.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» correspond à %2 événements&#xa0;; indiquez une plus grande partie de l&apos;identifiant.</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;.</source>
        <translation type="unfinished">Il n&apos;existe aucun événement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Inscrit</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">Sans inscription</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Arrivé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Non</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished">L&apos;adresse du serveur doit commencer par https://.</translation>
    </message>
    <message>
        <source>No certificate or fingerprint is set for this server, so it cannot be trusted.</source>
        <translation type="unfinished">Aucun certificat ni aucune empreinte n&apos;est défini pour ce serveur, il est donc impossible de lui faire confiance.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one set for this organization.</source>
        <translation type="unfinished">Le certificat du serveur n&apos;est pas celui défini pour cette organisation.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted for this organization (%1).</source>
        <translation type="unfinished">Le certificat du serveur n&apos;est pas reconnu comme fiable pour cette organisation (%1).</translation>
    </message>
    <message>
        <source>The sync server answered with a redirect to another address; Majlis does not follow it. Check the server address.</source>
        <translation type="unfinished">Le serveur de synchronisation a répondu par une redirection vers une autre adresse&#xa0;; Majlis ne la suit pas. Vérifiez l&apos;adresse du serveur.</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Line %1 is not an iCalendar line (NAME:value): &quot;%2&quot;.</source>
        <translation type="unfinished">La ligne %1 n&apos;est pas une ligne iCalendar (NOM:valeur)&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1 ends %2, which is not the open component.</source>
        <translation type="unfinished">La ligne %1 termine %2, qui n&apos;est pas le composant ouvert.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation type="unfinished">La ligne %1 est en dehors de tout bloc BEGIN:VCALENDAR … END:VCALENDAR.</translation>
    </message>
    <message>
        <source>%1 opened on line %2 is never closed; the file may be cut short.</source>
        <translation type="unfinished">%1, ouvert à la ligne %2, n&apos;est jamais fermé&#xa0;; le fichier est peut-être tronqué.</translation>
    </message>
    <message>
        <source>The file holds no calendar.</source>
        <translation type="unfinished">Le fichier ne contient aucun calendrier.</translation>
    </message>
    <message>
        <source>%1 names the time zone &quot;%2&quot;, which this computer does not know; its time %3 is kept as written, without a zone.</source>
        <translation type="unfinished">%1 indique le fuseau horaire « %2 », que cet ordinateur ne connaît pas ; son heure %3 est gardée telle qu’écrite, sans fuseau.</translation>
    </message>
</context>
<context>
    <name>InteractionLog</name>
    <message>
        <source>Give the date of the interaction.</source>
        <translation type="unfinished">Indiquez la date de l&apos;échange.</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation type="unfinished">Dites en quelques mots ce qui s&apos;est passé.</translation>
    </message>
</context>
<context>
    <name>Itineraries</name>
    <message>
        <source>Team for %1</source>
        <translation type="unfinished">Équipe pour %1</translation>
    </message>
    <message>
        <source>No meetings are scheduled yet.</source>
        <translation type="unfinished">Aucune rencontre n&apos;est encore planifiée.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Horaire</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Bureau</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Bâtiment</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Salle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Équipe</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Annulée</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">Les demandes</translation>
    </message>
</context>
<context>
    <name>ItineraryPdf</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorFile</name>
    <message>
        <source>This is not a congress-legislators file: it has no &quot;%1&quot; column.</source>
        <translation type="unfinished">Ce n&apos;est pas un fichier congress-legislators&#xa0;: il n&apos;a pas de colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1 was skipped: it needs a bioguide id, a state and a type of &quot;sen&quot; or &quot;rep&quot;.</source>
        <translation type="unfinished">La ligne %1 a été ignorée&#xa0;: elle doit avoir un identifiant bioguide, un État et un type «&#xa0;sen&#xa0;» ou «&#xa0;rep&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1 was skipped: %2 is listed twice.</source>
        <translation type="unfinished">La ligne %1 a été ignorée&#xa0;: %2 figure deux fois.</translation>
    </message>
    <message>
        <source>%1 has no Capitol office building in the address &quot;%2&quot;; add it by hand before scheduling meetings with this office.</source>
        <translation type="unfinished">%1 n&apos;a aucun bâtiment de bureaux du Capitole dans l&apos;adresse «&#xa0;%2&#xa0;»&#xa0;; ajoutez-le à la main avant de planifier des rencontres avec ce bureau.</translation>
    </message>
    <message>
        <source>The file lists no members of Congress.</source>
        <translation type="unfinished">Le fichier ne contient aucun membre du Congrès.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorRepository</name>
    <message>
        <source>No member of Congress has the bioguide id &quot;%1&quot;; import the current legislators first.</source>
        <translation type="unfinished">Aucun membre du Congrès n&apos;a l&apos;identifiant bioguide «&#xa0;%1&#xa0;»&#xa0;; importez d&apos;abord les élus actuels.</translation>
    </message>
    <message>
        <source>A member of %1 has no id, so a later import could not find them again.</source>
        <translation type="unfinished">Un membre de %1 n&apos;a pas d&apos;identifiant : une importation ultérieure ne pourrait pas le retrouver.</translation>
    </message>
    <message>
        <source>%1 is listed twice for %2; nothing was imported.</source>
        <translation type="unfinished">%1 figure deux fois pour %2 ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>That legislator is not in this workspace.</source>
        <translation type="unfinished">Ce parlementaire n&apos;est pas dans cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>MarkVotedCommand</name>
    <message>
        <source>Mark %1 Voted</source>
        <translation type="unfinished">Marquer que %1 a voté</translation>
    </message>
    <message>
        <source>Mark %1 Not Voted</source>
        <translation type="unfinished">Marquer que %1 n’a pas voté</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Voted</source>
        <translation type="unfinished">
            <numerusform>Marquer que %Ln personne a voté</numerusform>
            <numerusform>Marquer que %Ln personnes ont voté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Not Voted</source>
        <translation type="unfinished">
            <numerusform>Marquer que %Ln personne n’a pas voté</numerusform>
            <numerusform>Marquer que %Ln personnes n’ont pas voté</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished">La rencontre n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A meeting must end after it starts.</source>
        <translation type="unfinished">Une rencontre doit se terminer après son début.</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>&quot;%1&quot; does not map a field to a column: write FIELD=COLUMN, a field being one of %2 and a column one of the file&apos;s header (%3).</source>
        <translation type="unfinished">« %1 » n’associe pas un champ à une colonne : écrivez FIELD=COLUMN, le champ étant l’un de %2 et la colonne l’une de l’en-tête du fichier (%3).</translation>
    </message>
    <message>
        <source>The member list needs a column of names and one of constituencies; its header is: %1.</source>
        <translation type="unfinished">La liste des membres a besoin d’une colonne de noms et d’une de circonscriptions ; son en-tête est : %1.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: a member needs a name and a constituency.</source>
        <translation type="unfinished">Ligne %1 ignorée : un membre a besoin d’un nom et d’une circonscription.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: &quot;%2&quot; is not a chamber of %3.</source>
        <translation type="unfinished">Ligne %1 ignorée : « %2 » n’est pas une chambre de %3.</translation>
    </message>
    <message>
        <source>Lines %1 and %2 both list %3 (%4); a member list names each member once. Nothing was imported.</source>
        <translation type="unfinished">Les lignes %1 et %2 mentionnent toutes deux %3 (%4) ; une liste de membres nomme chaque membre une fois. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The member list has no member with a name and a constituency.</source>
        <translation type="unfinished">La liste ne contient aucun membre ayant un nom et une circonscription.</translation>
    </message>
</context>
<context>
    <name>MergeContactsCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished">Fusionner %1 dans %2</translation>
    </message>
</context>
<context>
    <name>OpenStates</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, line %2: this is not valid YAML (%3). Nothing was imported.</source>
        <translation type="unfinished">%1, ligne %2 : ce n’est pas du YAML valide (%3). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1, line %2: this is not an Open States person file (%3). Nothing was imported.</source>
        <translation type="unfinished">%1, ligne %2 : ce n’est pas un fichier de personne Open States (%3). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: it has no &quot;%2&quot;. Nothing was imported.</source>
        <translation type="unfinished">%1 n’est pas un fichier de personne Open States : il n’a pas de « %2 ». Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: its id, name or roles are not what the people schema writes. Nothing was imported.</source>
        <translation type="unfinished">%1 n’est pas un fichier de personne Open States : son id, son nom ou ses rôles ne sont pas ceux qu’écrit le schéma people. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 (%2) was skipped: no current role in a state legislature.</source>
        <translation type="unfinished">%1 (%2) ignoré : aucun rôle actuel dans une législature d’État.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished">%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 holds no Open States legislators: they are YAML files in data/&lt;state&gt;/legislature/.</source>
        <translation type="unfinished">%1 ne contient aucun parlementaire Open States : ce sont des fichiers YAML dans data/&lt;state&gt;/legislature/.</translation>
    </message>
    <message>
        <source>%1 and %2 both describe the person %3; remove one and import again. Nothing was imported.</source>
        <translation type="unfinished">%1 et %2 décrivent tous deux la personne %3 ; supprimez-en un et importez à nouveau. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Congress in data/us was skipped (%1 files): import Congress from congress-legislators&apos; legislators-current.csv.</source>
        <translation type="unfinished">Le Congrès dans data/us a été ignoré (%1 fichiers) : importez le Congrès depuis le legislators-current.csv de congress-legislators.</translation>
    </message>
    <message>
        <source>The Open States data names no current member of a state legislature.</source>
        <translation type="unfinished">Les données Open States ne nomment aucun membre actuel d’une législature d’État.</translation>
    </message>
</context>
<context>
    <name>OptOuts</name>
    <message>
        <source>&quot;%1&quot; is not a reason; use requested, refused, hostile or deceased.</source>
        <translation>« %1 » n’est pas un motif ; utilisez requested, refused, hostile ou deceased.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Le contact n’existe plus.</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>A partner needs a name.</source>
        <translation type="unfinished">Un partenaire doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a partner named &quot;%1&quot;.</source>
        <translation type="unfinished">Il existe déjà un partenaire nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation type="unfinished">Le partenaire n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 partners; give more of the id.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» correspond à %2 partenaires&#xa0;; indiquez une plus grande partie de l&apos;identifiant.</translation>
    </message>
    <message>
        <source>There is no partner &quot;%1&quot;.</source>
        <translation type="unfinished">Il n&apos;existe aucun partenaire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the person who belongs to the partner.</source>
        <translation type="unfinished">Choisissez la personne qui fait partie du partenaire.</translation>
    </message>
    <message>
        <source>%1 is already listed at this partner; record that they left before adding them again.</source>
        <translation type="unfinished">%1 figure déjà chez ce partenaire&#xa0;; enregistrez son départ avant de l&apos;ajouter à nouveau.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation type="unfinished">Ce contact n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>PersonRows</name>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation type="unfinished">Aucun contact n’a l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This number could not be read as a phone number; it is kept as typed.</source>
        <translation type="unfinished">Ce numéro n’a pas pu être lu comme un numéro de téléphone ; il est conservé tel que saisi.</translation>
    </message>
    <message>
        <source>This number could not be read as a phone number of %1; it is kept as typed.</source>
        <translation type="unfinished">Ce numéro n’a pas pu être lu comme un numéro de téléphone de %1 ; il est conservé tel que saisi.</translation>
    </message>
</context>
<context>
    <name>PhoneRegion</name>
    <message>
        <source>&quot;%1&quot; is not a country code Majlis knows; use two letters such as DE, GB or CA.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» n&apos;est pas un code pays connu de Majlis&#xa0;; utilisez deux lettres, par exemple DE, GB ou CA.</translation>
    </message>
</context>
<context>
    <name>PostcodeFile</name>
    <message>
        <source>The file needs a postcode column (postcode, zip or zcta) and a district column (district or cd) in its first line; it has: %1.</source>
        <translation type="unfinished">Le fichier doit avoir sur sa première ligne une colonne de code postal (postcode, zip ou zcta) et une colonne de circonscription (district ou cd) ; il a : %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postcode; the row was left out.</source>
        <translation type="unfinished">« %1 » n&apos;est pas un code postal ; la ligne a été laissée de côté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ZIP code; the row was left out.</source>
        <translation type="unfinished">« %1 » n&apos;est pas un code ZIP ; la ligne a été laissée de côté.</translation>
    </message>
    <message>
        <source>Postcode %1 has no district; the row was left out.</source>
        <translation type="unfinished">Le code postal %1 n&apos;a pas de circonscription ; la ligne a été laissée de côté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it as MI-12, or give the state in a state column; the row was left out.</source>
        <translation type="unfinished">« %1 » n&apos;est pas un siège de la Chambre ; écrivez-le MI-12, ou donnez l&apos;État dans une colonne state ; la ligne a été laissée de côté.</translation>
    </message>
</context>
<context>
    <name>PostcodeImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chamber; use senate (the upper chamber), house (the lower one) or unicameral.</source>
        <translation type="unfinished">« %1 » n&apos;est pas une chambre ; utilisez senate (la chambre haute), house (la chambre basse) ou unicameral.</translation>
    </message>
    <message>
        <source>Senators of the U.S. Congress represent a whole state; a postcode file is for the House.</source>
        <translation type="unfinished">Les sénateurs du Congrès des États-Unis représentent tout un État ; un fichier de codes postaux sert pour la Chambre.</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot;.</source>
        <translation type="unfinished">%1 n&apos;a pas de chambre « %2 ».</translation>
    </message>
    <message>
        <source>The file has no usable rows, so the districts held for %1 were left as they were.</source>
        <translation type="unfinished">Le fichier n&apos;a aucune ligne utilisable : les circonscriptions enregistrées pour %1 sont restées telles quelles.</translation>
    </message>
    <message>
        <source>No current member of %1 holds district %2 (postcode %3); the row was imported.</source>
        <translation type="unfinished">Aucun membre actuel de %1 n&apos;occupe la circonscription %2 (code postal %3) ; la ligne a été importée.</translation>
    </message>
</context>
<context>
    <name>PostcodeLookup</name>
    <message>
        <source>&quot;%1&quot; is not a U.S. ZIP code; give five digits, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">« %1 » n&apos;est pas un code ZIP américain ; donnez cinq chiffres, par exemple 48126 ou 48126-1234.</translation>
    </message>
</context>
<context>
    <name>ScheduleCheck</name>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">un bureau qui ne figure plus dans la liste</translation>
    </message>
    <message>
        <source>someone no longer registered</source>
        <translation type="unfinished">une personne qui n&apos;est plus inscrite</translation>
    </message>
    <message>
        <source>%1 to %2 is outside the day&apos;s meeting window.</source>
        <translation type="unfinished">%1 à %2 est en dehors de la plage des rencontres de la journée.</translation>
    </message>
    <message>
        <source>The team has %1 people; the day allows %2.</source>
        <translation type="unfinished">L&apos;équipe compte %1 personnes&#xa0;; la journée en autorise %2.</translation>
    </message>
    <message>
        <source>%1 cannot meet from %2 to %3.</source>
        <translation type="unfinished">%1 est indisponible de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 confirmed other times for meetings.</source>
        <translation type="unfinished">%1 a confirmé d&apos;autres horaires de rencontre.</translation>
    </message>
    <message>
        <source>%1 has another meeting at %2.</source>
        <translation type="unfinished">%1 a une autre rencontre à %2.</translation>
    </message>
    <message>
        <source>%1 is also meeting %2 at %3.</source>
        <translation type="unfinished">%1 rencontre aussi %2 à %3.</translation>
    </message>
    <message>
        <source>%1 needs %2 minutes to walk here from %3, which ends at %4.</source>
        <translation type="unfinished">%1 a besoin de %2 minutes pour venir à pied depuis %3, qui se termine à %4.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>The office has no free time left in the day&apos;s window, its blackouts and its confirmed times.</source>
        <translation type="unfinished">Le bureau n&apos;a plus de temps libre compte tenu de la plage de la journée, de ses créneaux bloqués et de ses horaires confirmés.</translation>
    </message>
    <message>
        <source>Whenever the office is free, the attendee is in another meeting or could not walk there in time.</source>
        <translation type="unfinished">Chaque fois que le bureau est libre, le participant est dans une autre rencontre ou ne pourrait pas s&apos;y rendre à pied à temps.</translation>
    </message>
    <message>
        <source>The contact has no U.S. state, or lives outside the legislature&apos;s state, so their members are unknown.</source>
        <translation type="unfinished">Le contact n&apos;a pas d&apos;État américain, ou vit hors de l&apos;État de l&apos;assemblée : ses élus sont inconnus.</translation>
    </message>
    <message>
        <source>The contact has no district for this chamber, so their member is unknown; fill districts from ZIP codes or enter it.</source>
        <translation type="unfinished">Le contact n&apos;a pas de circonscription pour cette chambre : son élu est inconnu ; remplissez les circonscriptions d&apos;après les codes ZIP ou saisissez-la.</translation>
    </message>
    <message>
        <source>No current member holds this seat.</source>
        <translation type="unfinished">Aucun membre actuel n&apos;occupe ce siège.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Enter the server address, such as https://sync.example.org.</source>
        <translation type="unfinished">Saisissez l&apos;adresse du serveur, par exemple https://sync.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It looks like https://sync.example.org.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Une adresse de serveur ressemble à https://sync.example.org.</translation>
    </message>
    <message>
        <source>The server address must start with https://, so the password and the workspace travel encrypted. Plain http:// is only for a server on this computer (localhost).</source>
        <translation type="unfinished">L&apos;adresse du serveur doit commencer par https:// pour que le mot de passe et l&apos;espace de travail circulent chiffrés. Le simple http:// est réservé à un serveur situé sur cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>The fingerprint must be the SHA-256 of the server&apos;s certificate: 64 hexadecimal digits (0–9 and A–F), colons allowed.</source>
        <translation type="unfinished">L&apos;empreinte doit être le SHA-256 du certificat du serveur&#xa0;: 64 chiffres hexadécimaux (0–9 et A–F), deux-points autorisés.</translation>
    </message>
</context>
<context>
    <name>SignOnLetters</name>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished">Pas encore de réponse</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">Signé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Refusé</translation>
    </message>
    <message>
        <source>A sign-on letter needs a title.</source>
        <translation type="unfinished">Une lettre à cosigner doit avoir un titre.</translation>
    </message>
    <message>
        <source>That partner was not asked to sign this letter.</source>
        <translation type="unfinished">Ce partenaire n&apos;a pas été sollicité pour signer cette lettre.</translation>
    </message>
    <message>
        <source>Signed &quot;%1&quot;</source>
        <translation type="unfinished">A signé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The workspace is in use by another program or another Majlis window. Close it there and try again.</source>
        <translation type="unfinished">L&apos;espace de travail est utilisé par un autre programme ou une autre fenêtre Majlis. Fermez-le là-bas et réessayez.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written. Check that the file and its folder are writable.</source>
        <translation type="unfinished">Impossible d&apos;écrire dans le fichier de l&apos;espace de travail. Vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">Le fichier de l&apos;espace de travail est endommagé. Restaurez-le à partir d&apos;une sauvegarde ou d&apos;une copie synchronisée.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished">Le disque est plein. Libérez de l&apos;espace et réessayez&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation type="unfinished">Impossible de lire ou d&apos;écrire l&apos;espace de travail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync server could not be reached: %1</source>
        <translation type="unfinished">Impossible de joindre le serveur de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not accept the login. Log in again.</source>
        <translation type="unfinished">Le serveur n&apos;a pas accepté la connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished">Le serveur a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sync server needs a newer Majlis. Update Majlis on this laptop, then sync again.</source>
        <translation type="unfinished">Le serveur de synchronisation exige une version plus récente de Majlis. Mettez Majlis à jour sur cet ordinateur portable, puis relancez la synchronisation.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation type="unfinished">Trop de tentatives. Patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>The sync server answered %1: %2</source>
        <translation type="unfinished">Le serveur de synchronisation a répondu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This workspace syncs with another server. Open a new workspace to sync with this one.</source>
        <translation type="unfinished">Cet espace de travail se synchronise avec un autre serveur. Ouvrez un nouvel espace de travail pour vous synchroniser avec celui-ci.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished">Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The sync server keeps refusing to acknowledge this laptop&apos;s changes.</source>
        <translation type="unfinished">Le serveur de synchronisation refuse toujours de confirmer la réception des modifications de cet ordinateur portable.</translation>
    </message>
    <message>
        <source>The server refused this workspace&apos;s new device id as well. Try again later.</source>
        <translation type="unfinished">Le serveur a également refusé le nouvel identifiant d&apos;appareil de cet espace de travail. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Ask for at least one person.</source>
        <translation>Demandez au moins une personne.</translation>
    </message>
    <message>
        <source>The server has no such campaign in your chapters. Sync, then choose the campaign again.</source>
        <translation>Le serveur n’a pas cette campagne dans vos sections. Synchronisez, puis choisissez de nouveau la campagne.</translation>
    </message>
    <message>
        <source>This campaign is closed: nobody can take people from its list.</source>
        <translation>Cette campagne est close : personne ne peut plus prendre de personnes sur sa liste.</translation>
    </message>
</context>
<context>
    <name>TagContactsCommand</name>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>Étiqueter %n contact</numerusform>
            <numerusform>Étiqueter %n contacts</numerusform>
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
        <translation type="unfinished">Unicode (UTF-16 petit-boutiste)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation type="unfinished">Unicode (UTF-16 gros-boutiste)</translation>
    </message>
    <message>
        <source>Arabic (Windows-1256)</source>
        <translation type="unfinished">Arabe (Windows-1256)</translation>
    </message>
    <message>
        <source>Arabic (ISO-8859-6)</source>
        <translation type="unfinished">Arabe (ISO-8859-6)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished">Europe occidentale (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation type="unfinished">Europe occidentale (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Line %1 has bytes (%2) that are not %3 text; the file is written in another encoding. Choose the one it was saved in.</source>
        <translation type="unfinished">La ligne %1 contient des octets (%2) qui ne sont pas du texte %3 ; le fichier est écrit dans un autre encodage. Choisissez celui dans lequel il a été enregistré.</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; use an IANA name such as Europe/London, America/New_York or Asia/Karachi.</source>
        <translation type="unfinished">« %1 » n’est pas un fuseau horaire connu de cet ordinateur ; utilisez un nom IANA comme Europe/London, America/New_York ou Asia/Karachi.</translation>
    </message>
</context>
<context>
    <name>Turnout</name>
    <message>
        <source>A person to mark is no longer in the workspace.</source>
        <translation>Une personne à marquer n’est plus dans l’espace de travail.</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Line %1 is not a vCard line (NAME:value) and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">La ligne %1 n&apos;est pas une ligne vCard (NOM:valeur) et a été ignorée&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 was not imported</source>
        <translation type="unfinished">%1&#xa0;: %2 n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>%1: another %2 (&quot;%3&quot;) was not imported; Majlis keeps one</source>
        <translation type="unfinished">%1&#xa0;: un autre %2 («&#xa0;%3&#xa0;») n&apos;a pas été importé&#xa0;; Majlis n&apos;en conserve qu&apos;un</translation>
    </message>
    <message>
        <source>%1: BDAY %2 has no year, so the birthday was not imported</source>
        <translation type="unfinished">%1&#xa0;: BDAY %2 n&apos;a pas d&apos;année, l&apos;anniversaire n&apos;a donc pas été importé</translation>
    </message>
    <message>
        <source>%1: BDAY &quot;%2&quot; is not a date Majlis can read, so the birthday was not imported</source>
        <translation type="unfinished">%1&#xa0;: BDAY «&#xa0;%2&#xa0;» n&apos;est pas une date lisible par Majlis, l&apos;anniversaire n&apos;a donc pas été importé</translation>
    </message>
    <message>
        <source>%1: the %2 nested inside it on line %3 was not imported</source>
        <translation type="unfinished">%1&#xa0;: le %2 imbriqué à la ligne %3 n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped.</source>
        <translation type="unfinished">La fiche %1, commencée à la ligne %2, n&apos;a pas de nom (N ou FN) et a été ignorée.</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped: %3</source>
        <translation type="unfinished">La fiche %1, commencée à la ligne %2, n&apos;a pas de nom (N ou FN) et a été ignorée&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: ADR was not imported for %2; Majlis keeps one address per contact</source>
        <translation type="unfinished">%1&#xa0;: ADR n&apos;a pas été importé pour %2&#xa0;; Majlis conserve une seule adresse par contact</translation>
    </message>
    <message>
        <source>%1: ROLE (&quot;%2&quot;) was not imported; the role comes from TITLE</source>
        <translation type="unfinished">%1&#xa0;: ROLE («&#xa0;%2&#xa0;») n&apos;a pas été importé&#xa0;; la fonction provient de TITLE</translation>
    </message>
    <message>
        <source>%1: the name parts &quot;%2&quot; in N were not imported</source>
        <translation type="unfinished">%1&#xa0;: les parties du nom «&#xa0;%2&#xa0;» dans N n&apos;ont pas été importées</translation>
    </message>
    <message>
        <source>Card %1 (%2)</source>
        <translation type="unfinished">Fiche %1 (%2)</translation>
    </message>
    <message>
        <source>The file is empty; there is no vCard in it.</source>
        <translation type="unfinished">Le fichier est vide&#xa0;; il ne contient aucune vCard.</translation>
    </message>
    <message>
        <source>Line %1 is &quot;%2&quot; where a vCard should begin with BEGIN:VCARD; this does not look like a vCard (.vcf) file.</source>
        <translation type="unfinished">La ligne %1 est «&#xa0;%2&#xa0;» alors qu&apos;une vCard doit commencer par BEGIN:VCARD&#xa0;; ceci ne ressemble pas à un fichier vCard (.vcf).</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but no vCard is open there.</source>
        <translation type="unfinished">La ligne %1 termine %2, mais aucune vCard n&apos;y est ouverte.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCARD … END:VCARD and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">La ligne %1 est en dehors de tout bloc BEGIN:VCARD … END:VCARD et a été ignorée&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the %3 begun on line %4 is still open.</source>
        <translation type="unfinished">La ligne %1 termine %2, mais le %3 commencé à la ligne %4 est encore ouvert.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the vCard begun on line %3 is still open.</source>
        <translation type="unfinished">La ligne %1 termine %2, mais la vCard commencée à la ligne %3 est encore ouverte.</translation>
    </message>
    <message>
        <source>The vCard begun on line %1 is never closed (END:VCARD is missing); the file may be cut short.</source>
        <translation type="unfinished">La vCard commencée à la ligne %1 n&apos;est jamais fermée (END:VCARD manquant)&#xa0;; le fichier est peut-être tronqué.</translation>
    </message>
    <message>
        <source>Line %1 names the character set &quot;%2&quot;, but its text cannot be read in it; it was read as %3 (detected) and may look wrong.</source>
        <translation type="unfinished">La ligne %1 nomme le jeu de caractères « %2 », mais son texte ne peut pas y être lu ; il a été lu en %3 (détecté) et peut sembler erroné.</translation>
    </message>
</context>
<context>
    <name>WalkList</name>
    <message>
        <source>Only a door-knocking campaign has a walk list; &quot;%1&quot; is not one.</source>
        <translation type="unfinished">Seule une campagne de porte-à-porte a une liste de parcours ; « %1 » n’en est pas une.</translation>
    </message>
</context>
<context>
    <name>WalkListDocument</name>
    <message>
        <source>Walk list: %1</source>
        <translation type="unfinished">Liste de parcours : %1</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">Toute la liste</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation type="unfinished">Part de %1</translation>
    </message>
    <message>
        <source>Not given to anyone yet</source>
        <translation type="unfinished">Pas encore attribuées</translation>
    </message>
    <message>
        <source>%1: %2 on %3, printed %4</source>
        <comment>share, doors, streets, date</comment>
        <translation type="unfinished">%1 : %2 dans %3, imprimée le %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doors</source>
        <translation type="unfinished">
            <numerusform>%Ln porte</numerusform>
            <numerusform>%Ln portes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln streets</source>
        <translation type="unfinished">
            <numerusform>%Ln rue</numerusform>
            <numerusform>%Ln rues</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick one result at each door. Write a short answer for each question the person answered; the answers are entered afterwards.</source>
        <translation type="unfinished">Cochez un résultat à chaque porte. Notez une réponse courte à chaque question à laquelle la personne a répondu ; les réponses sont saisies ensuite.</translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <comment>question number, then its text</comment>
        <translation type="unfinished">Q%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>question, then its answers</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is left to visit here.</source>
        <translation type="unfinished">Plus personne à visiter ici.</translation>
    </message>
    <message>
        <source>Street without a name</source>
        <translation type="unfinished">Rue sans nom</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>street, then town and postal code</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln doors)</source>
        <translation type="unfinished">
            <numerusform>%1 (%Ln porte)</numerusform>
            <numerusform>%1 (%Ln portes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>question number</comment>
        <translation type="unfinished">Q%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Walk list %1</source>
        <comment>file name: the campaign</comment>
        <translation type="unfinished">Liste de parcours %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceArchive</name>
    <message>
        <source>%1 already exists; choose a new file name for the archive.</source>
        <translation type="unfinished">%1 existe déjà&#xa0;; choisissez un nouveau nom de fichier pour l&apos;archive.</translation>
    </message>
    <message>
        <source>This workspace already has records. Import an archive into a new, empty workspace (File &gt; New Workspace), so nothing is mixed or overwritten.</source>
        <translation type="unfinished">Cet espace de travail contient déjà des données. Importez une archive dans un nouvel espace de travail vide (Fichier &gt; Nouvel espace de travail), afin que rien ne soit mélangé ni écrasé.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first organizer for civic and advocacy organizations.</source>
        <translation type="unfinished">Organiseur conçu pour fonctionner hors ligne, destiné aux organisations civiques et de plaidoyer.</translation>
    </message>
    <message>
        <source>Open this workspace file (default: %1).</source>
        <translation type="unfinished">Ouvrir ce fichier d&apos;espace de travail (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">chemin</translation>
    </message>
    <message>
        <source>Open a fictional demo workspace, creating it if needed.</source>
        <translation type="unfinished">Ouvrir un espace de démonstration fictif, en le créant si nécessaire.</translation>
    </message>
    <message>
        <source>Language, such as ar or en.</source>
        <translation type="unfinished">Langue, par exemple ar ou en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">code</translation>
    </message>
</context>
<context>
    <name>majlis-cli</name>
    <message>
        <source>majlis-cli: error: %1</source>
        <translation type="unfinished">majlis-cli&#xa0;: erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>majlis-cli: %1</source>
        <translation type="unfinished">majlis-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run &quot;majlis-cli --help&quot; for the commands.</source>
        <translation type="unfinished">Lancez «&#xa0;majlis-cli --help&#xa0;» pour voir les commandes.</translation>
    </message>
    <message>
        <source>Workspace file (default: %1).</source>
        <translation type="unfinished">Fichier d&apos;espace de travail (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">chemin</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished">Afficher du JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>Language of messages, such as ar.</source>
        <translation type="unfinished">Langue des messages, par exemple ar.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">code</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished">Afficher la version.</translation>
    </message>
    <message>
        <source>init, contacts, chapters, legislators, day, partners, events, import, export or demo</source>
        <translation type="unfinished">init, contacts, chapters, legislators, day, partners, events, import, export ou demo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a verb, such as list.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» nécessite un verbe, par exemple list.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished">commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>  sync                        sync with the organization&apos;s server (--server, --user, --ca or --fingerprint, --password-stdin)</source>
        <translation type="unfinished">  sync                        synchroniser avec le serveur de l&apos;organisation (--server, --user, --ca ou --fingerprint, --password-stdin)</translation>
    </message>
    <message>
        <source>  chapters time-zone [ZONE]   show or set the workspace&apos;s time zone (--chapter NAME: a chapter&apos;s)
  events show EVENT           one event, with its time zone (--hijri)
  --hijri on events list, day list and day export --pdf adds the Hijri date</source>
        <translation type="unfinished">  chapters time-zone [ZONE]   afficher ou définir le fuseau horaire de l’espace de travail (--chapter NOM : celui d’une section)
  events show EVENT           un événement, avec son fuseau horaire (--hijri)
  --hijri sur events list, day list et day export --pdf ajoute la date hégirienne</translation>
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
        <translation type="unfinished">Commandes :
  init                        créer ou mettre à niveau l&apos;espace de travail
  contacts add [options]      ajouter un contact (--given, --family, --email, --phone, --country, --chapter, ...)
  contacts list               lister les contacts (--chapter, --tag, --limit)
  contacts search TEXT        rechercher des contacts par nom, e-mail, téléphone, étiquette, organisation ou notes
  contacts show ID            afficher un contact
  contacts edit ID [options]  modifier un contact
  contacts delete ID...       supprimer des contacts
  contacts merge KEEP OTHER   fusionne un doublon dans le contact gardé (ses e-mails, téléphones, étiquettes, historique)
  contacts export-data ID FILE  écrire tout ce qui est conservé sur une personne dans un fichier JSON
  contacts erase ID --yes     efface tout ce qui est conservé sur une personne, ici et sur chaque ordinateur synchronisé
  chapters add NAME           ajouter une section (--city, --region, --country)
  chapters list               lister les sections
  chapters region [CODE]      afficher ou définir le pays de l’espace de travail, pour les numéros sans + (--chapter NAME : celui d&apos;une section)
  legislators import FILE     importer ou mettre à jour les membres du Congrès (legislators-current.csv)
  legislators list            lister les membres d&apos;une assemblée (--body, --state, --chamber)
  bodies list                 lister les assemblées de cet espace de travail et leurs chambres
  bodies campus BODY          afficher ou définir les bâtiments d&apos;un capitole (--building NAME=GROUP ...)
  day create TITLE --date D   planifier une journée de plaidoyer (--body, --time-zone, --start, --end, --slot, --team-size, --ask)
  day list                    lister les journées de plaidoyer
  day attendees add DAY ID... inscrire des contacts à une journée (--role, --tag)
  day attendees list DAY      lister les participants d&apos;une journée
  day schedule DAY            construire le planning des rencontres de la journée
  day export DAY --ics|--pdf|--csv FILE   écrire les calendriers, les itinéraires ou le planning
  partners add NAME           ajouter un partenaire de coalition (--kind, --area, --status, --city, ...)
  partners list               lister les partenaires (--kind, --area, --status, --search)
  partners show NAME|ID       un partenaire avec ses personnes et son historique
  events create TITLE --start T   créer un événement (--end, --kind, --place, --capacity, --chapter)
  events list                 lister les événements
  events checkin EVENT ID...  enregistrer l&apos;arrivée de contacts (ou --walk-in --given NAME --email ...)
  events attendance EVENT --csv FILE   écrire qui s&apos;est inscrit et qui est venu
  events calendar FILE        écrire tous les événements dans un fichier iCalendar (.ics)
  import csv FILE             importer des contacts depuis une feuille de calcul (--dry-run, --map, --duplicates, --report)
  import vcard FILE           importer des contacts depuis un fichier vCard (--dry-run, --duplicates)
  import archive FILE         importer une archive dans cet espace de travail vide
  export csv FILE             exporter les contacts en CSV (--search, --tag)
  export vcard FILE           exporter les contacts en vCard (--version 4.0|3.0|2.1, --search, --tag)
  export archive FILE         écrire tout l&apos;espace de travail dans un seul fichier portable
  demo [--count N]            remplir l&apos;espace de travail avec des données de démonstration fictives
Lancez « majlis-cli COMMAND VERB --help » pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>  districts lookup --zip ZIP  the districts a ZIP code lies in
  districts import FILE --body CODE --chamber C   import a postcode to district file for a legislature
  contacts districts ID       a contact&apos;s districts (--body, --chamber, --set DISTRICT, --confirm, --check-later)
  contacts districts --fill   fill districts from postcodes (--tag, --day, --body, --dry-run; --ambiguous lists who has districts to choose)</source>
        <translation type="unfinished">  districts lookup --zip ZIP  les circonscriptions d&apos;un code ZIP
  districts import FILE --body CODE --chamber C   importer un fichier codes postaux → circonscriptions pour une assemblée
  contacts districts ID       les circonscriptions d&apos;un contact (--body, --chamber, --set DISTRICT, --confirm, --check-later)
  contacts districts --fill   remplir les circonscriptions d&apos;après les codes postaux (--tag, --day, --body, --dry-run ; --ambiguous liste qui a des circonscriptions à choisir)</translation>
    </message>
    <message>
        <source>  legislators import PATH     also an Open States folder or download (state legislatures), or any parliament&apos;s member list CSV with --body CODE (--body-name, --country, --map, --dry-run)</source>
        <translation type="unfinished">  legislators import PATH     aussi un dossier ou un téléchargement Open States (législatures des États), ou la liste CSV des membres de tout parlement avec --body CODE (--body-name, --country, --map, --dry-run)</translation>
    </message>
    <message>
        <source>  legislators import --bundled  the members of Congress built into this program (--dry-run)</source>
        <translation type="unfinished">  legislators import --bundled  les membres du Congrès intégrés à ce programme (--dry-run)</translation>
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
        <translation type="unfinished">  campaigns elections add NAME --date D   ajouter une élection (--jurisdiction, --chapter) ; elections list
  campaigns create NAME --kind phone|door|gotv --script FILE   un phoning, un porte-à-porte ou une mobilisation du vote (--election, --chapter, --starts, --ends)
  campaigns list | show C | entries C   les campagnes, une avec son script et ses chiffres, sa liste
  campaigns build C [filtre]  ajouter des personnes à la liste (--tag, --chapter, --language, --state, --body --district, --event, --voter-status, --answered --question --answer, --election --pledged|--not-voted, --dry-run)
  campaigns assign C --to a,b | --by-language NAME=LANGS   répartir la liste ; release C [--volunteer V]
  campaigns next C [--caller NAME]   la prochaine personne à appeler, avec le script
  campaigns record C ID --result CODE   enregistrer un résultat (--answer Q=A, --opt-out, --phone, --caller)
  campaigns progress C | rollback C --caller NAME [--from T --to T] | close C
  campaigns export C --out FILE.csv   les résultats en CSV (--list : les personnes à appeler ou à visiter)
  gotv summary|chase ELECTION   engagements et votes ; qui s’est engagé et n’a pas encore voté, par circonscription
  gotv voted ELECTION ID...   marquer des personnes comme ayant voté (--undo)</translation>
    </message>
</context>
<context>
    <name>majlis::AdvocacyPage</name>
    <message>
        <source>Advocacy days</source>
        <translation type="unfinished">Journées de plaidoyer</translation>
    </message>
    <message>
        <source>&amp;New Day</source>
        <translation type="unfinished">&amp;Nouvelle journée</translation>
    </message>
    <message>
        <source>Delete Day</source>
        <translation type="unfinished">Supprimer la journée</translation>
    </message>
    <message>
        <source>&amp;Legislators…</source>
        <translation type="unfinished">&amp;Élus…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished">&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished">&amp;Planning</translation>
    </message>
    <message>
        <source>&amp;Itineraries</source>
        <translation type="unfinished">&amp;Itinéraires</translation>
    </message>
    <message>
        <source>&amp;Report-back</source>
        <translation type="unfinished">&amp;Compte rendu</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation type="unfinished">&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>No advocacy days yet</source>
        <translation type="unfinished">Aucune journée de plaidoyer pour l&apos;instant</translation>
    </message>
    <message>
        <source>New advocacy day</source>
        <translation type="unfinished">Nouvelle journée de plaidoyer</translation>
    </message>
    <message>
        <source>Cannot create the day</source>
        <translation type="unfinished">Impossible de créer la journée</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its schedule and reports? Contacts are not touched.</source>
        <translation type="unfinished">Supprimer «&#xa0;%1&#xa0;» avec son planning et ses comptes rendus&#xa0;? Les contacts ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Cannot delete the day</source>
        <translation type="unfinished">Impossible de supprimer la journée</translation>
    </message>
    <message>
        <source>Look up the members of each legislature, import or update them, and list a capitol&apos;s buildings.</source>
        <translation type="unfinished">Consulter les membres de chaque assemblée, les importer ou les mettre à jour, et lister les bâtiments d&apos;un parlement.</translation>
    </message>
    <message>
        <source>Plan an advocacy day at the U.S. Capitol, a state capitol or a parliament: bring in its members with Legislators…, create a day with New Day, register attendees, then build the schedule. Everything works offline.</source>
        <translation type="unfinished">Préparez une journée de plaidoyer au Capitole des États-Unis, au capitole d&apos;un État ou dans un parlement : importez ses membres avec Élus…, créez une journée avec Nouvelle journée, inscrivez les participants, puis construisez le programme. Tout fonctionne hors ligne.</translation>
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
        <translation type="unfinished">à choisir : %1</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished">%1 (choisie)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Assemblée</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished">Code postal</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Circonscription</translation>
    </message>
    <message>
        <source>%1 is not among the districts postcode %2 spans.</source>
        <translation type="unfinished">%1 ne fait pas partie des circonscriptions que couvre le code postal %2.</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerChart</name>
    <message>
        <source>Answers to the question</source>
        <translation type="unfinished">Réponses à la question</translation>
    </message>
    <message>
        <source>Answers to this question are written, not chosen: they are not counted.</source>
        <translation type="unfinished">Les réponses à cette question sont écrites, non choisies : elles ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Nobody has answered this question yet.</source>
        <translation type="unfinished">Personne n’a encore répondu à cette question.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">Réponses</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>answer: count</comment>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>chart category: a name, then a number</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>People who gave the answer</source>
        <translation type="unfinished">Personnes ayant donné cette réponse</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerCountModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Réponse</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Personnes</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation type="unfinished">Part des réponses</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerPanel</name>
    <message>
        <source>This campaign has no survey: record the result with the keys below.</source>
        <translation>Cette campagne n&apos;a pas de questionnaire&#xa0;: enregistrez le résultat avec les touches ci-dessous.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <comment>question number, question, kind of answer</comment>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Type what they said</source>
        <translation>Saisissez ce que la personne a dit</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>Question en cours</translation>
    </message>
</context>
<context>
    <name>majlis::AskPartnersDialog</name>
    <message>
        <source>Ask Partners to Sign</source>
        <translation type="unfinished">Demander aux partenaires de signer</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation type="unfinished">Trouver un partenaire</translation>
    </message>
    <message>
        <source>%1 (already asked)</source>
        <translation type="unfinished">%1 (déjà sollicité)</translation>
    </message>
    <message>
        <source>There are no partners yet: add them in the Partners view.</source>
        <translation type="unfinished">Il n&apos;y a pas encore de partenaires&#xa0;: ajoutez-les dans la vue Partenaires.</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation type="unfinished">&amp;Solliciter</translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation type="unfinished">&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Partners to ask</source>
        <translation type="unfinished">Partenaires à solliciter</translation>
    </message>
</context>
<context>
    <name>majlis::AssignDialog</name>
    <message>
        <source>Assign Callers: %1</source>
        <translation>Répartir entre les appelants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>A&amp;dd Volunteer</source>
        <translation>&amp;Ajouter un bénévole</translation>
    </message>
    <message>
        <source>&amp;Remove from the Table</source>
        <translation>&amp;Retirer du tableau</translation>
    </message>
    <message>
        <source>%1 still has people to call: take back their share first.</source>
        <translation>%1 a encore des personnes à appeler&#xa0;: reprenez d&apos;abord sa part.</translation>
    </message>
    <message>
        <source>&amp;Take Back Their Share</source>
        <translation>Re&amp;prendre sa part</translation>
    </message>
    <message>
        <source>The selected volunteer&apos;s people still to call go back to nobody, for others to call.</source>
        <translation>Les personnes que le bénévole choisi devait encore appeler ne sont plus attribuées, pour que d&apos;autres les appellent.</translation>
    </message>
    <message>
        <source>By &amp;count: runs of about equal size, neighbours together</source>
        <translation>Par &amp;nombre&#xa0;: des séries de taille à peu près égale, voisins ensemble</translation>
    </message>
    <message>
        <source>By &amp;language: each person to a volunteer who speaks one of their languages</source>
        <translation>Par &amp;langue&#xa0;: chaque personne à un bénévole qui parle l&apos;une de ses langues</translation>
    </message>
    <message>
        <source>&amp;Give Out the List</source>
        <translation>&amp;Distribuer la liste</translation>
    </message>
    <message>
        <source>Name each volunteer as they log in to sync, so their laptop receives their share. Only the people nobody has yet are given out.</source>
        <translation>Nommez chaque bénévole comme il se connecte à la synchronisation, pour que son ordinateur reçoive sa part. Seules les personnes que personne n&apos;a encore sont distribuées.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people nobody has yet.</source>
        <translation>
            <numerusform>Pas encore attribuées&#xa0;: %Ln</numerusform>
            <numerusform>Pas encore attribuées&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people given out.</source>
        <translation>
            <numerusform>Distribuées&#xa0;: %Ln</numerusform>
            <numerusform>Distribuées&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a volunteer who has people to call.</source>
        <translation>Choisissez un bénévole qui a des personnes à appeler.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people taken back from %1.</source>
        <translation>
            <numerusform>Reprises à %1&#xa0;: %Ln</numerusform>
            <numerusform>Reprises à %1&#xa0;: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::AttendeeRole</name>
    <message>
        <source>Constituent</source>
        <translation type="unfinished">Électeur de la circonscription</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished">Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation type="unfinished">Preneur de notes</translation>
    </message>
    <message>
        <source>First-timer</source>
        <translation type="unfinished">Première participation</translation>
    </message>
</context>
<context>
    <name>majlis::AttendeesPanel</name>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">&amp;Inscrire des contacts…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">Re&amp;tirer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">État et circonscription</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rôle</translation>
    </message>
    <message>
        <source>Earlier days</source>
        <translation type="unfinished">Journées précédentes</translation>
    </message>
    <message>
        <source>No state: cannot be matched</source>
        <translation type="unfinished">Aucun État&#xa0;: impossible à associer</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">Rôle de %1</translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation type="unfinished">Impossible de changer le rôle</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation type="unfinished">
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a state on their contact</source>
        <translation type="unfinished">
            <numerusform>; %n sans État dans sa fiche contact</numerusform>
            <numerusform>; %n sans État dans leur fiche contact</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet: register contacts to plan their meetings.</source>
        <translation type="unfinished">Personne n&apos;est encore inscrit&#xa0;: inscrivez des contacts pour planifier leurs rencontres.</translation>
    </message>
    <message>
        <source>Cannot register attendees</source>
        <translation type="unfinished">Impossible d&apos;inscrire les participants</translation>
    </message>
    <message>
        <source>Remove Attendees</source>
        <translation type="unfinished">Retirer des participants</translation>
    </message>
    <message>
        <source>Remove %1 from this day? They are also taken out of their meetings.</source>
        <translation type="unfinished">Retirer %1 de cette journée&#xa0;? La personne sera aussi retirée de ses rencontres.</translation>
    </message>
    <message>
        <source>Cannot remove the attendee</source>
        <translation type="unfinished">Impossible de retirer le participant</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished">Participants</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">Remplir les &amp;circonscriptions depuis les codes ZIP…</translation>
    </message>
    <message>
        <source>Find the attendees&apos; districts in the day&apos;s legislature from their ZIP codes</source>
        <translation type="unfinished">Trouver les circonscriptions des participants dans l’assemblée de la journée d’après leurs codes ZIP</translation>
    </message>
    <message>
        <source>Cannot fill districts</source>
        <translation type="unfinished">Impossible de remplir les circonscriptions</translation>
    </message>
    <message>
        <source>the attendees of %1</source>
        <translation type="unfinished">les participants de %1</translation>
    </message>
</context>
<context>
    <name>majlis::BuildListDialog</name>
    <message>
        <source>Build the List of %1</source>
        <translation>Constituer la liste de %1</translation>
    </message>
    <message>
        <source>Any of these tags, separated by commas</source>
        <translation>L&apos;une de ces étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>A language code, such as ar or ur</source>
        <translation>Un code de langue, comme ar ou ur</translation>
    </message>
    <message>
        <source>Two letters, such as MI</source>
        <translation>Deux lettres, comme MI</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Assemblée</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Circonscription</translation>
    </message>
    <message>
        <source>District, such as 12</source>
        <translation>Circonscription, comme 12</translation>
    </message>
    <message>
        <source>Answered in the campaign</source>
        <translation>A répondu dans la campagne</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Réponse</translation>
    </message>
    <message>
        <source>Only people who pledged to vote</source>
        <translation>Seulement les personnes qui ont promis de voter</translation>
    </message>
    <message>
        <source>Only people who have not voted yet</source>
        <translation>Seulement les personnes qui n&apos;ont pas encore voté</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;District of:</source>
        <translation>&amp;Circonscription de&#xa0;:</translation>
    </message>
    <message>
        <source>Came to the &amp;event:</source>
        <translation>Venu à l&apos;&amp;événement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Voter registration:</source>
        <translation>Inscription &amp;électorale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Answered:</source>
        <translation>&amp;A répondu&#xa0;:</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>Élection&#xa0;:</translation>
    </message>
    <message>
        <source>Election (none):</source>
        <translation>Élection (aucune)&#xa0;:</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people without a street address, and people already on the list.</source>
        <translation>Jamais ajoutés&#xa0;: les personnes qui ont demandé à ne pas être contactées ou se sont désinscrites, celles sans adresse postale, et celles déjà sur la liste.</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people who have not agreed to be phoned, people whose every number is marked wrong or disconnected, and people already on the list.</source>
        <translation>Jamais ajoutés&#xa0;: les personnes qui ont demandé à ne pas être contactées ou se sont désinscrites, celles qui n&apos;ont pas accepté d&apos;être appelées, celles dont tous les numéros sont marqués erronés ou hors service, et celles déjà sur la liste.</translation>
    </message>
    <message>
        <source>&amp;Add to the List</source>
        <translation>&amp;Ajouter à la liste</translation>
    </message>
    <message>
        <source>Any chapter</source>
        <translation>N&apos;importe quelle section</translation>
    </message>
    <message>
        <source>Any legislature</source>
        <translation>N&apos;importe quelle assemblée</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>N&apos;importe lequel ou aucun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event: title (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No earlier answer needed</source>
        <translation>Aucune réponse antérieure requise</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people would be added.</source>
        <translation>
            <numerusform>Seraient ajoutées&#xa0;: %Ln</numerusform>
            <numerusform>Seraient ajoutées&#xa0;: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CallListModel</name>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Fait</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Pas encore tenté</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Langues</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">Appelant</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Tentatives</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
</context>
<context>
    <name>majlis::CallerProgressModel</name>
    <message>
        <source>Check this work before counting it: %1</source>
        <translation type="unfinished">Vérifiez ce travail avant de le compter : %1</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">Bénévole</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Tentatives</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Taux de contact</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Engagements</translation>
    </message>
    <message>
        <source>Busiest minute</source>
        <translation type="unfinished">Minute la plus chargée</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished">Alerte</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Tentatives qui ont joint la personne</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">Contacts rapportés aux tentatives</translation>
    </message>
    <message>
        <source>The most results entered within any sixty seconds</source>
        <translation type="unfinished">Le plus de résultats saisis en soixante secondes</translation>
    </message>
    <message>
        <source>Why an organizer should check this volunteer&apos;s work</source>
        <translation type="unfinished">Pourquoi vérifier le travail de ce bénévole</translation>
    </message>
</context>
<context>
    <name>majlis::CallerWindow</name>
    <message>
        <source>Calling: %1</source>
        <translation>Appels&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entering Results: %1</source>
        <translation>Saisie des résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calling as %1</source>
        <translation>Appelant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entered as %1</source>
        <translation>Saisi par %1</translation>
    </message>
    <message>
        <source>Save and Next (Enter)</source>
        <translation>Enregistrer et suivant (Entrée)</translation>
    </message>
    <message>
        <source>Skip for Later (F12)</source>
        <translation>Passer pour plus tard (F12)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Back to the List (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <source>Keys: 1–9 answer the current question, ↑ ↓ move between questions, F1–F11 choose the result, Enter saves.</source>
        <translation>Touches&#xa0;: 1–9 répondent à la question en cours, ↑ ↓ passent d&apos;une question à l&apos;autre, F1–F11 choisissent le résultat, Entrée enregistre.</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>Trouver la personne</translation>
    </message>
    <message>
        <source>Type a name or the number on the list, then press Enter</source>
        <translation>Tapez un nom ou le numéro sur la liste, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Personnes sur la liste</translation>
    </message>
    <message>
        <source>Show people already done</source>
        <translation>Afficher les personnes déjà traitées</translation>
    </message>
    <message>
        <source>The current question has no answer %1.</source>
        <translation>La question en cours n&apos;a pas de réponse %1.</translation>
    </message>
    <message>
        <source>Back to the people you skipped.</source>
        <translation>Retour aux personnes passées.</translation>
    </message>
    <message>
        <source>Nobody is left for you to call in this campaign. Thank you!</source>
        <translation>Il ne vous reste personne à appeler dans cette campagne. Merci&#xa0;!</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Pas de numéro</translation>
    </message>
    <message>
        <source>%1 (as typed: check it)</source>
        <translation>%1 (tel que saisi&#xa0;: vérifiez-le)</translation>
    </message>
    <message>
        <source>Languages: not known</source>
        <translation>Langues&#xa0;: inconnues</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>Parle&#xa0;: %1</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>Aucun contact antérieur.</translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">Dernier contact : %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Tentative %1 sur %2</translation>
    </message>
    <message>
        <source>Choose a result with F1 to F11, or answer a question, then press Enter.</source>
        <translation>Choisissez un résultat avec F1 à F11, ou répondez à une question, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>✓ Saved for %1: %2.</source>
        <translation>✓ Enregistré pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>They will not be contacted again.</source>
        <translation>Cette personne ne sera plus contactée.</translation>
    </message>
    <message>
        <source>%1 skipped for later.</source>
        <translation>%1 passé pour plus tard.</translation>
    </message>
    <message>
        <source>Nobody on the list matches what you typed.</source>
        <translation>Personne sur la liste ne correspond à votre saisie.</translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>Encore à traiter&#xa0;: %n</numerusform>
            <numerusform>Encore à traiter&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to call</source>
        <translation>
            <numerusform>Reste à appeler&#xa0;: %n</numerusform>
            <numerusform>Reste à appeler&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::Campaign</name>
    <message>
        <source>Phone bank</source>
        <translation>Phoning</translation>
    </message>
    <message>
        <source>Door knocking</source>
        <translation>Porte-à-porte</translation>
    </message>
    <message>
        <source>Get out the vote</source>
        <translation>Mobilisation du vote</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>A déménagé</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Language barrier</source>
        <translation>Barrière de la langue</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation>A demandé à ne pas être contacté</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>Hostile</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDayChart</name>
    <message>
        <source>Attempts, contacts and pledges per day</source>
        <translation type="unfinished">Tentatives, contacts et engagements par jour</translation>
    </message>
    <message>
        <source>No results recorded yet.</source>
        <translation type="unfinished">Aucun résultat enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Tentatives</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Engagements</translation>
    </message>
    <message>
        <source>%1: attempts %2, contacts %3, pledges %4</source>
        <comment>a day, then its counts</comment>
        <translation type="unfinished">%1 : tentatives %2, contacts %3, engagements %4</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Résultats</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>Modifier la campagne</translation>
    </message>
    <message>
        <source>Such as November phone bank</source>
        <translation>Comme Phoning de novembre</translation>
    </message>
    <message>
        <source>Such as General election 2026</source>
        <translation>Comme Élections générales 2026</translation>
    </message>
    <message>
        <source>Such as Michigan, or Dearborn</source>
        <translation>Comme Michigan ou Dearborn</translation>
    </message>
    <message>
        <source>Election &amp;name:</source>
        <translation>&amp;Nom de l&apos;élection&#xa0;:</translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation>&amp;Date de l&apos;élection&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Territoire&#xa0;:</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>Sans dates</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
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
        <translation>introduction: &quot;Bonjour {name}, ici {caller}, de notre section.&quot;
questions:
  - key: plan
    text: &quot;Comptez-vous voter le jour de l&apos;élection ?&quot;
    kind: yes_no
    answers:
      - {key: &quot;yes&quot;, label: &quot;Oui&quot;, action: pledge}
      - {key: &quot;no&quot;, label: &quot;Non&quot;}</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>&amp;Charger depuis un fichier…</translation>
    </message>
    <message>
        <source>Load Script</source>
        <translation>Charger le script</translation>
    </message>
    <message>
        <source>Scripts (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Scripts (*.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>An introduction ({caller} and {name} are filled in for each call), then questions of the kind single, multiple, yes_no or text. An answer can record a pledge, ask for a follow_up, opt the person out (do_not_contact) or add a tag (tag:NAME).</source>
        <translation>Une introduction ({caller} et {name} sont remplis à chaque appel), puis des questions de type single, multiple, yes_no ou text. Une réponse peut enregistrer un engagement à voter (pledge), demander un suivi (follow_up), désinscrire la personne (do_not_contact) ou ajouter une étiquette (tag:NAME).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>É&amp;lection&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Runs from:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Script (YAML):</source>
        <translation>&amp;Script (YAML)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Enregistrer</translation>
    </message>
    <message>
        <source>No election</source>
        <translation>Aucune élection</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>election: name (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>New Election…</source>
        <translation>Nouvelle élection…</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The script cannot be used: %1</source>
        <translation>Le script est inutilisable&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The script reads well: %n question(s).</source>
        <translation>
            <numerusform>Le script est correct&#xa0;; questions&#xa0;: %n.</numerusform>
            <numerusform>Le script est correct&#xa0;; questions&#xa0;: %n.</numerusform>
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
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">Campagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">Sur la liste</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Fait</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignProgressPanel</name>
    <message>
        <source>On the list</source>
        <translation type="unfinished">Sur la liste</translation>
    </message>
    <message>
        <source>People on the campaign&apos;s list</source>
        <translation type="unfinished">Personnes sur la liste de la campagne</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">Terminés</translation>
    </message>
    <message>
        <source>People with a final result, or tried three times</source>
        <translation type="unfinished">Personnes avec un résultat définitif, ou essayées trois fois</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Tentatives</translation>
    </message>
    <message>
        <source>Results recorded, one per call or knock</source>
        <translation type="unfinished">Résultats enregistrés, un par appel ou porte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Tentatives qui ont joint la personne</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Taux de contact</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">Contacts rapportés aux tentatives</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Engagements</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">Personnes engagées à voter</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">Suivis</translation>
    </message>
    <message>
        <source>Voter-registration follow-ups asked for</source>
        <translation type="unfinished">Suivis d’inscription électorale demandés</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation type="unfinished">Refus de contact</translation>
    </message>
    <message>
        <source>People who asked not to be contacted again</source>
        <translation type="unfinished">Personnes qui ont demandé à ne plus être contactées</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation type="unfinished">&amp;Bénévoles</translation>
    </message>
    <message>
        <source>A&amp;nswers</source>
        <translation type="unfinished">Ré&amp;ponses</translation>
    </message>
    <message>
        <source>Over &amp;Time</source>
        <translation type="unfinished">Dans le &amp;temps</translation>
    </message>
    <message>
        <source>Progress per volunteer</source>
        <translation type="unfinished">Avancement par bénévole</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation type="unfinished">&amp;Retirer…</translation>
    </message>
    <message>
        <source>Withdraw every result the selected volunteer entered in this campaign</source>
        <translation type="unfinished">Retirer tous les résultats saisis par ce bénévole dans cette campagne</translation>
    </message>
    <message>
        <source>Work that looks implausible (dozens of results a minute, nearly everyone reached) is shown in bold with a warning sign. Check it with the volunteer; if it was not really done, roll it back.</source>
        <translation type="unfinished">Un travail peu plausible (des dizaines de résultats par minute, presque tout le monde joint) apparaît en gras avec un signe d’alerte. Vérifiez-le avec le bénévole ; s’il n’a pas vraiment été fait, retirez-le.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Question</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">Réponses</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished">&amp;Question :</translation>
    </message>
    <message>
        <source>Results per day</source>
        <translation type="unfinished">Résultats par jour</translation>
    </message>
    <message>
        <source>Choose a campaign to see how it is going.</source>
        <translation type="unfinished">Choisissez une campagne pour voir où elle en est.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>campaign dates</comment>
        <translation type="unfinished">du %1 au %2</translation>
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
        <translation type="unfinished">%1 (close)</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %Ln days; the table lists every day with results.</source>
        <translation type="unfinished">
            <numerusform>Le graphique montre le dernier jour (%Ln) ; le tableau liste chaque jour avec des résultats.</numerusform>
            <numerusform>Le graphique montre les %Ln derniers jours ; le tableau liste chaque jour avec des résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is on this campaign&apos;s list yet. Build its list, then progress appears here as volunteers record results.</source>
        <translation type="unfinished">Personne n’est encore sur la liste de cette campagne. Constituez-la ; l’avancement apparaîtra ici à mesure que les bénévoles enregistrent des résultats.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded yet: %Ln people are on the list. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">
            <numerusform>Rien d’enregistré pour l’instant : %Ln personne est sur la liste. L’avancement apparaîtra ici à mesure que les bénévoles enregistrent des résultats.</numerusform>
            <numerusform>Rien d’enregistré pour l’instant : %Ln personnes sont sur la liste. L’avancement apparaîtra ici à mesure que les bénévoles enregistrent des résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll Back Results</source>
        <translation type="unfinished">Retirer des résultats</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw all %Ln results %1 entered in &quot;%2&quot;?</source>
        <translation type="unfinished">
            <numerusform>Retirer le résultat (%Ln) que %1 a saisi dans « %2 » ?</numerusform>
            <numerusform>Retirer les %Ln résultats que %1 a saisis dans « %2 » ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their results will no longer count. The people they recorded are reopened, to be called or visited again, and the pledges to vote and the opt-outs that only their results made are lifted. This cannot be undone.</source>
        <translation type="unfinished">Ses résultats ne compteront plus. Les personnes enregistrées sont rouvertes, pour être rappelées ou revisitées, et les engagements de vote et refus de contact venus de ses seuls résultats sont levés. Cette action est définitive.</translation>
    </message>
    <message>
        <source>Flagged: %1.</source>
        <comment>why the work looks implausible</comment>
        <translation type="unfinished">Alerte : %1.</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation type="unfinished">&amp;Retirer</translation>
    </message>
    <message>
        <source>Cannot roll back the results</source>
        <translation type="unfinished">Impossible de retirer les résultats</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %Ln results by %1.</source>
        <translation type="unfinished">
            <numerusform>%Ln résultat de %1 retiré.</numerusform>
            <numerusform>%Ln résultats de %1 retirés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CampaignsPage</name>
    <message>
        <source>Who Is Calling?</source>
        <translation>Qui appelle&#xa0;?</translation>
    </message>
    <message>
        <source>Your name, as the organizer gave you your part of the list. It is asked once and kept on this computer.</source>
        <translation>Votre nom, tel que l&apos;organisateur vous a attribué votre part de la liste. Il est demandé une fois et gardé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Pas encore de campagne</translation>
    </message>
    <message>
        <source>A campaign is a phone bank, a door-knocking effort or a get-out-the-vote drive: a list of people built from your contacts, a script with its questions, and volunteers who work through the list, offline, each result saved the moment it is entered.</source>
        <translation>Une campagne est une session de phoning, un porte-à-porte ou une mobilisation pour le vote&#xa0;: une liste de personnes tirée de vos contacts, un script avec ses questions, et des bénévoles qui travaillent la liste hors ligne, chaque résultat enregistré dès sa saisie.</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Build List…</source>
        <translation>&amp;Constituer la liste…</translation>
    </message>
    <message>
        <source>&amp;Assign Callers…</source>
        <translation>&amp;Répartir entre appelants…</translation>
    </message>
    <message>
        <source>C&amp;lose Campaign…</source>
        <translation>Clô&amp;turer la campagne…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Start &amp;Calling (Ctrl+Enter)</source>
        <translation>Lancer les &amp;appels (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>The caller&apos;s window: the next person on your part of the list, the script, and the results by keys. Works without a network.</source>
        <translation>La fenêtre d&apos;appel&#xa0;: la personne suivante de votre part de la liste, le script, et les résultats au clavier. Fonctionne sans réseau.</translation>
    </message>
    <message>
        <source>Enter &amp;Results from Paper…</source>
        <translation>Saisir les résultats &amp;papier…</translation>
    </message>
    <message>
        <source>For a door list walked on paper: find each person, then type their result and answers.</source>
        <translation>Pour un porte-à-porte fait sur papier&#xa0;: trouvez chaque personne, puis saisissez son résultat et ses réponses.</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Personnes sur la liste</translation>
    </message>
    <message>
        <source>Find on the list</source>
        <translation>Chercher dans la liste</translation>
    </message>
    <message>
        <source>Find on the list by name or number</source>
        <translation>Chercher dans la liste par nom ou numéro</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>Introduction&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Script</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>A&amp;vancement</translation>
    </message>
    <message>
        <source>Cannot show the campaigns</source>
        <translation>Impossible d&apos;afficher les campagnes</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished">%1 (close)</translation>
    </message>
    <message>
        <source>The list is empty: build it from your contacts with Build List.</source>
        <translation>La liste est vide&#xa0;: constituez-la à partir de vos contacts avec «&#xa0;Constituer la liste&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the list, %1 done, %2 not given to a caller yet.</source>
        <translation>
            <numerusform>Sur la liste&#xa0;: %Ln&#xa0;; traitées&#xa0;: %1&#xa0;; pas encore attribuées&#xa0;: %2.</numerusform>
            <numerusform>Sur la liste&#xa0;: %Ln&#xa0;; traitées&#xa0;: %1&#xa0;; pas encore attribuées&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No introduction.</source>
        <translation>Pas d&apos;introduction.</translation>
    </message>
    <message>
        <source>Re&amp;open Campaign</source>
        <translation>Rouvrir la campa&amp;gne</translation>
    </message>
    <message>
        <source>Close Campaign</source>
        <translation>Clôturer la campagne</translation>
    </message>
    <message>
        <source>Close %1? Callers can no longer record results for it, and every assignment ends. Its results stay, and it can be reopened.</source>
        <translation>Clôturer %1&#xa0;? Les appelants ne pourront plus y enregistrer de résultats et toutes les attributions prennent fin. Ses résultats restent, et elle peut être rouverte.</translation>
    </message>
    <message>
        <source>Cannot close the campaign</source>
        <translation>Impossible de clôturer la campagne</translation>
    </message>
    <message>
        <source>Cannot remember your name</source>
        <translation>Impossible de mémoriser votre nom</translation>
    </message>
    <message>
        <source>&amp;Turnout</source>
        <translation>&amp;Participation</translation>
    </message>
    <message>
        <source>&amp;Walk Lists</source>
        <translation>&amp;Listes de porte-à-porte</translation>
    </message>
</context>
<context>
    <name>majlis::CampusDialog</name>
    <message>
        <source>Campus of %1</source>
        <translation type="unfinished">Bâtiments de %1</translation>
    </message>
    <message>
        <source>Buildings of one walking group are a short walk apart; going to another group takes longer. The walking minutes on the day&apos;s Details tab apply.</source>
        <translation type="unfinished">Les bâtiments d&apos;un même groupe de marche sont à quelques pas les uns des autres ; aller vers un autre groupe prend plus de temps. Les minutes de marche de l&apos;onglet Détails de la journée s&apos;appliquent.</translation>
    </message>
    <message>
        <source>The U.S. Capitol&apos;s buildings are built in: the Senate&apos;s and the House&apos;s office buildings and the Capitol. List buildings here only to replace them.</source>
        <translation type="unfinished">Les bâtiments du Capitole des États-Unis sont intégrés : les immeubles de bureaux du Sénat et de la Chambre, et le Capitole. N&apos;indiquez des bâtiments ici que pour les remplacer.</translation>
    </message>
    <message>
        <source>No buildings listed: every office is taken to be in the capitol.</source>
        <translation type="unfinished">Aucun bâtiment indiqué : chaque bureau est supposé se trouver au capitole.</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Bâtiment</translation>
    </message>
    <message>
        <source>Walking group</source>
        <translation type="unfinished">Groupe de marche</translation>
    </message>
    <message>
        <source>Buildings of the capitol</source>
        <translation type="unfinished">Bâtiments du capitole</translation>
    </message>
    <message>
        <source>&amp;Add Building</source>
        <translation type="unfinished">&amp;Ajouter un bâtiment</translation>
    </message>
    <message>
        <source>&amp;Remove Building</source>
        <translation type="unfinished">&amp;Retirer le bâtiment</translation>
    </message>
    <message>
        <source>Cannot save the campus</source>
        <translation type="unfinished">Impossible d&apos;enregistrer les bâtiments</translation>
    </message>
</context>
<context>
    <name>majlis::CandidateDelegate</name>
    <message>
        <source>District of %1</source>
        <translation type="unfinished">Circonscription de %1</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlaceDelegate</name>
    <message>
        <source>Follow the workspace</source>
        <translation type="unfinished">Suivre l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Empty: follow the workspace</source>
        <translation type="unfinished">Vide : suivre l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlacesModel</name>
    <message>
        <source>None: numbers without + are kept as typed</source>
        <translation type="unfinished">Aucun : les numéros sans + sont gardés tels que saisis</translation>
    </message>
    <message>
        <source>Workspace&apos;s: %1</source>
        <translation type="unfinished">De l&apos;espace de travail : %1</translation>
    </message>
    <message>
        <source>Not set for this chapter: it follows the workspace&apos;s setting above. Double-click to set one.</source>
        <translation type="unfinished">Non défini pour cette section : elle suit le réglage de l&apos;espace de travail ci-dessus. Double-cliquez pour en définir un.</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Section</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">Pays des numéros de téléphone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished">Fuseau horaire</translation>
    </message>
</context>
<context>
    <name>majlis::CheckInWindow</name>
    <message>
        <source>Check-in: %1</source>
        <translation type="unfinished">Accueil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type a name, email or phone, then press Enter</source>
        <translation type="unfinished">Saisissez un nom, un e-mail ou un téléphone, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Find the person arriving</source>
        <translation type="unfinished">Trouver la personne qui arrive</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Personnes trouvées</translation>
    </message>
    <message>
        <source>New Walk-in (Ctrl+N)</source>
        <translation type="unfinished">Nouvel arrivant sans inscription (Ctrl+N)</translation>
    </message>
    <message>
        <source>Undo Last Check-in (Ctrl+Z)</source>
        <translation type="unfinished">Annuler le dernier enregistrement (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close Check-in (Esc)</source>
        <translation type="unfinished">Fermer l&apos;accueil (Échap)</translation>
    </message>
    <message>
        <source>May we email you?</source>
        <translation type="unfinished">Pouvons-nous vous écrire par e-mail&#xa0;?</translation>
    </message>
    <message>
        <source>May we text you?</source>
        <translation type="unfinished">Pouvons-nous vous envoyer des SMS&#xa0;?</translation>
    </message>
    <message>
        <source>May we use photos of you?</source>
        <translation type="unfinished">Pouvons-nous utiliser des photos de vous&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished">&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished">&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished">Consentement&#xa0;:</translation>
    </message>
    <message>
        <source>Already a contact?</source>
        <translation type="unfinished">Déjà un contact&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Add and Check In</source>
        <translation type="unfinished">&amp;Ajouter et enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <source>Back to Search (Esc)</source>
        <translation type="unfinished">Retour à la recherche (Échap)</translation>
    </message>
    <message>
        <source>Already a contact? Double-click to check them in instead:</source>
        <translation type="unfinished">Déjà un contact&#xa0;? Double-cliquez pour enregistrer plutôt son arrivée&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>%1 (already checked in)</source>
        <translation type="unfinished">%1 (arrivée déjà enregistrée)</translation>
    </message>
    <message>
        <source>%1 (not registered)</source>
        <translation type="unfinished">%1 (non inscrit)</translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to add &quot;%1&quot; as a walk-in.</source>
        <translation type="unfinished">Personne trouvé. Appuyez sur Ctrl+N pour ajouter «&#xa0;%1&#xa0;» comme arrivant sans inscription.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was already checked in.</source>
        <translation type="unfinished">L&apos;arrivée de %1 était déjà enregistrée.</translation>
    </message>
    <message>
        <source>✓ %1 is checked in.</source>
        <translation type="unfinished">✓ L&apos;arrivée de %1 est enregistrée.</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation type="unfinished">Non annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check-in of %1 taken back.</source>
        <translation type="unfinished">Enregistrement de l&apos;arrivée de %1 annulé.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished">%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1, already checked in</source>
        <translation type="unfinished">%1, arrivée déjà enregistrée</translation>
    </message>
    <message>
        <source>&amp;Add as a New Person Anyway</source>
        <translation type="unfinished">&amp;Ajouter quand même comme nouvelle personne</translation>
    </message>
    <message>
        <source>check-in at %1</source>
        <translation type="unfinished">accueil à %1</translation>
    </message>
    <message>
        <source>✓ %1 is added and checked in.</source>
        <translation type="unfinished">✓ %1 est ajouté(e) et son arrivée enregistrée.</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation type="unfinished">%1 places occupées sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation type="unfinished">
            <numerusform>%n arrivée enregistrée</numerusform>
            <numerusform>%n arrivées enregistrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CoalitionMap</name>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">Partenaires par thématique</translation>
    </message>
    <message>
        <source>Issue area and partners</source>
        <translation type="unfinished">Thématique et partenaires</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partenaires</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>No issue area</source>
        <translation type="unfinished">Aucune thématique</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners view, with their issue areas.</source>
        <translation type="unfinished">Aucun partenaire pour l&apos;instant&#xa0;: ajoutez-les dans la vue Partenaires, avec leurs thématiques.</translation>
    </message>
    <message>
        <source>%1 across %2</source>
        <comment>partners across issue areas</comment>
        <translation type="unfinished">%1 répartis sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue area(s)</source>
        <translation type="unfinished">
            <numerusform>%n thématique</numerusform>
            <numerusform>%n thématiques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::ColumnMappingTable</name>
    <message>
        <source>Column</source>
        <translation type="unfinished">Colonne</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished">Premières lignes</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished">Importer comme</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished">Importer la colonne %1 comme</translation>
    </message>
</context>
<context>
    <name>majlis::ConflictLogDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation type="unfinished">Conflits de synchronisation</translation>
    </message>
    <message>
        <source>When two laptops change the same field before they sync, the later edit is kept and the other is listed here. Restoring a lost value puts it back, and it then syncs like any other edit.</source>
        <translation type="unfinished">Lorsque deux ordinateurs portables modifient le même champ avant de se synchroniser, la modification la plus récente est conservée et l&apos;autre est listée ici. Restaurer une valeur perdue la remet en place&#xa0;; elle se synchronise ensuite comme toute autre modification.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Conflits</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished">Afficher les &amp;résolus</translation>
    </message>
    <message>
        <source>Restore &amp;Lost Value</source>
        <translation type="unfinished">Restaurer la valeur &amp;perdue</translation>
    </message>
    <message>
        <source>Put the lost value back into the record, replacing the kept one.</source>
        <translation type="unfinished">Remet la valeur perdue dans la fiche, à la place de la valeur conservée.</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation type="unfinished">&amp;Conserver l&apos;actuelle</translation>
    </message>
    <message>
        <source>Leave the record as it is and close the entry.</source>
        <translation type="unfinished">Laisse la fiche telle quelle et clôt l&apos;entrée.</translation>
    </message>
    <message>
        <source>No conflicts: every edit from every laptop was kept.</source>
        <translation type="unfinished">Aucun conflit&#xa0;: chaque modification de chaque ordinateur portable a été conservée.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished">Impossible de restaurer</translation>
    </message>
    <message>
        <source>Cannot keep the current value</source>
        <translation type="unfinished">Impossible de conserver la valeur actuelle</translation>
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
        <translation type="unfinished">Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Non</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Partenaire</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Événement</translation>
    </message>
    <message>
        <source>Advocacy day</source>
        <translation type="unfinished">Journée de plaidoyer</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Section</translation>
    </message>
    <message>
        <source>Sign-on letter</source>
        <translation type="unfinished">Lettre à cosigner</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">Cet ordinateur portable</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation type="unfinished">Ordinateur portable %1</translation>
    </message>
    <message>
        <source>Edit made %1; logged %2.</source>
        <translation type="unfinished">Modification faite le %1&#xa0;; consignée le %2.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">Champ</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished">Valeur conservée</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation type="unfinished">Valeur perdue</translation>
    </message>
    <message>
        <source>From laptop</source>
        <translation type="unfinished">Ordinateur d&apos;origine</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Quand</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDetailPane</name>
    <message>
        <source>Added to Majlis</source>
        <translation type="unfinished">Ajouté à Majlis</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Supprimé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished">Restauré</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation type="unfinished">Fusionné avec %1</translation>
    </message>
    <message>
        <source>Came to %1</source>
        <translation type="unfinished">Venu(e) à %1</translation>
    </message>
    <message>
        <source>Tagged: %1</source>
        <translation type="unfinished">Étiqueté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tags removed: %1</source>
        <translation type="unfinished">Étiquettes retirées&#xa0;: %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">nom</translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished">e-mails</translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished">téléphones</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">adresse</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">circonscription</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation type="unfinished">section</translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished">langues</translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished">organisation</translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished">étiquettes</translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished">consentement</translation>
    </message>
    <message>
        <source>skills and interests</source>
        <translation type="unfinished">compétences et centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished">notes</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished">anniversaire</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation type="unfinished">Modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a contact to see and edit it here,
or press Ctrl+N to add one.</source>
        <translation type="unfinished">Sélectionnez un contact pour l&apos;afficher et le modifier ici,
ou appuyez sur Ctrl+N pour en ajouter un.</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Historique</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished">Enregistrer les modifications (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Rétablir l&apos;original</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>history entry: date, what happened</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished">Circonscriptions</translation>
    </message>
    <message>
        <source>Marked do not contact: %1</source>
        <translation>Marqué « ne pas contacter » : %1</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>Peut de nouveau être contacté</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not contact&lt;/b&gt; (%1): left out of every list, calling export and campaign.</source>
        <translation>&lt;b&gt;Ne pas contacter&lt;/b&gt; (%1) : exclu de toute liste, export d’appels et campagne.</translation>
    </message>
    <message>
        <source>Allow Contact &amp;Again…</source>
        <translation>Autoriser à &amp;nouveau le contact…</translation>
    </message>
    <message>
        <source>Do &amp;Not Contact</source>
        <translation>&amp;Ne pas contacter</translation>
    </message>
    <message>
        <source>The person asked to be contacted again, or the mark was a mistake</source>
        <translation>La personne a demandé à être recontactée, ou la marque était une erreur</translation>
    </message>
    <message>
        <source>Leave this person out of every list and campaign from now on</source>
        <translation>Exclure désormais cette personne de toute liste et campagne</translation>
    </message>
    <message>
        <source>Do Not Contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Allow Contact Again</source>
        <translation>Autoriser à nouveau le contact</translation>
    </message>
    <message>
        <source>%1 is marked &quot;%2&quot;. Allow contacting them again? Only do this when they asked for it.</source>
        <translation>%1 est marqué « %2 ». Autoriser à nouveau le contact ? Seulement si la personne l’a demandé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>question: answers</comment>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the answers to two questions</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>campaign: result</comment>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>campaign: result (answers)</comment>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDistrictModel</name>
    <message>
        <source>The postcode spans %1</source>
        <translation type="unfinished">Le code postal couvre %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Inconnue</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished">l’une de %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">D’après %1</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Assemblée</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Chambre</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Circonscription</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
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
        <translation type="unfinished">Circonscriptions</translation>
    </message>
    <message>
        <source>Look &amp;Up from ZIP</source>
        <translation type="unfinished">&amp;Chercher depuis le ZIP</translation>
    </message>
    <message>
        <source>Find the districts from the contact&apos;s ZIP code, offline</source>
        <translation type="unfinished">Trouver les circonscriptions depuis le code ZIP du contact, hors ligne</translation>
    </message>
    <message>
        <source>Set Dis&amp;trict…</source>
        <translation type="unfinished">Définir la &amp;circonscription…</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished">Con&amp;firmer</translation>
    </message>
    <message>
        <source>The selected district is right</source>
        <translation type="unfinished">La circonscription sélectionnée est la bonne</translation>
    </message>
    <message>
        <source>Check &amp;Later</source>
        <translation type="unfinished">Vérifier &amp;plus tard</translation>
    </message>
    <message>
        <source>List the selected district among those to check</source>
        <translation type="unfinished">Placer la circonscription sélectionnée parmi celles à vérifier</translation>
    </message>
    <message>
        <source>Save or revert the contact&apos;s edits first</source>
        <translation type="unfinished">Enregistrez ou annulez d’abord les modifications du contact</translation>
    </message>
    <message>
        <source>%1 has no postal code yet: enter it above and save, then look up the districts.</source>
        <translation type="unfinished">%1 n’a pas encore de code postal : saisissez-le ci-dessus et enregistrez, puis cherchez les circonscriptions.</translation>
    </message>
    <message>
        <source>Look Up Districts of %1</source>
        <translation type="unfinished">Chercher les circonscriptions de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) found from postcode %1, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n circonscription(s) trouvée(s) depuis le code postal %1, marquée(s) estimée(s).</numerusform>
            <numerusform>%n circonscription(s) trouvée(s) depuis le code postal %1, marquée(s) estimée(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) chosen among the candidates.</source>
        <translation type="unfinished">
            <numerusform>%n circonscription(s) choisie(s) parmi les candidates.</numerusform>
            <numerusform>%n circonscription(s) choisie(s) parmi les candidates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) still to choose: the postcode spans several. Look up again to choose.</source>
        <translation type="unfinished">
            <numerusform>%n circonscription(s) encore à choisir : le code postal en couvre plusieurs. Cherchez de nouveau pour choisir.</numerusform>
            <numerusform>%n circonscription(s) encore à choisir : le code postal en couvre plusieurs. Cherchez de nouveau pour choisir.</numerusform>
        </translation>
    </message>
    <message>
        <source>No district file knows postcode %1 for %2. A ZIP code of post office boxes only has no area; for a legislature without a file, import one with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate), then look up again.</source>
        <translation type="unfinished">Aucun fichier de circonscriptions ne connaît le code postal %1 pour %2. Un code ZIP réservé aux boîtes postales n’a pas de territoire ; pour une assemblée sans fichier, importez-en un avec &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (ou senate), puis cherchez de nouveau.</translation>
    </message>
    <message>
        <source>ZIP code %1 lies only in %2, not in the contact&apos;s state: check the address.</source>
        <translation type="unfinished">Le code ZIP %1 se trouve seulement dans %2, pas dans l’État du contact : vérifiez l’adresse.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) entered by hand or confirmed were kept; choose Check Later on one to let a look-up replace it.</source>
        <translation type="unfinished">
            <numerusform>%n circonscription(s) saisie(s) à la main ou confirmée(s) conservée(s) ; choisissez « Vérifier plus tard » sur l’une pour qu’une recherche la remplace.</numerusform>
            <numerusform>%n circonscription(s) saisie(s) à la main ou confirmée(s) conservée(s) ; choisissez « Vérifier plus tard » sur l’une pour qu’une recherche la remplace.</numerusform>
        </translation>
    </message>
    <message>
        <source>The districts of postcode %1 were already set.</source>
        <translation type="unfinished">Les circonscriptions du code postal %1 étaient déjà renseignées.</translation>
    </message>
    <message>
        <source>No legislature here has a postcode file for the contact&apos;s country.</source>
        <translation type="unfinished">Aucune assemblée ici n’a de fichier de codes postaux pour le pays du contact.</translation>
    </message>
    <message>
        <source>Set District of %1</source>
        <translation type="unfinished">Définir la circonscription de %1</translation>
    </message>
    <message>
        <source>Confirm District of %1</source>
        <translation type="unfinished">Confirmer la circonscription de %1</translation>
    </message>
    <message>
        <source>Check District of %1 Later</source>
        <translation type="unfinished">Vérifier plus tard la circonscription de %1</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditor</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nom de famille</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Nom d&apos;usage</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation type="unfinished">Comment la personne aime être appelée</translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished">domicile</translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished">travail</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">autre</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation type="unfinished">Ajouter un e-mail</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">Adresse e-mail</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished">mobile</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished">Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Numéro de téléphone</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Section</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Rue</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">État ou région</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>Two letters, such as US</source>
        <translation type="unfinished">Deux lettres, par exemple US</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">État américain</translation>
    </message>
    <message>
        <source>MI</source>
        <translation type="unfinished">MI</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">Circonscription du Congrès</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Inconnue</translation>
    </message>
    <message>
        <source>0 for an at-large seat</source>
        <translation type="unfinished">0 pour un siège at-large (État entier)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Langues</translation>
    </message>
    <message>
        <source>Comma-separated, such as ar, en</source>
        <translation type="unfinished">Séparées par des virgules, par exemple ar, en</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Fonction</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Étiquettes</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation type="unfinished">Séparées par des virgules</translation>
    </message>
    <message>
        <source>Volunteer skills</source>
        <translation type="unfinished">Compétences de bénévole</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished">Problèmes</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">Nom de f&amp;amille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished">Nom d&apos;&amp;usage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation type="unfinished">&amp;E-mails&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation type="unfinished">&amp;Téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished">Circonscription&#xa0;:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished">Rue&#xa0;:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">Région&#xa0;:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished">Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished">Pays&#xa0;:</translation>
    </message>
    <message>
        <source>U.S. &amp;state:</source>
        <translation type="unfinished">État a&amp;méricain&#xa0;:</translation>
    </message>
    <message>
        <source>Address and district</source>
        <translation type="unfinished">Adresse et circonscription</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished">&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished">&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation type="unfinished">&amp;Compétences&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation type="unfinished">Centres d&apos;&amp;intérêt&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">Consentement</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished">Enregistré</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished">SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation type="unfinished">Appels téléphoniques</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished">Photos</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Non renseigné</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished">Accordé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Refusé</translation>
    </message>
    <message>
        <source>Consent to %1</source>
        <translation type="unfinished">Consentement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date of consent to %1</source>
        <translation type="unfinished">Date du consentement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-up form, event, call…</source>
        <translation type="unfinished">Formulaire d&apos;inscription, événement, appel…</translation>
    </message>
    <message>
        <source>Source of consent to %1</source>
        <translation type="unfinished">Source du consentement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Aucune section</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditorDialog</name>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">Nouveau contact</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation type="unfinished">Contact non enregistré</translation>
    </message>
</context>
<context>
    <name>majlis::ContactExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">Exporter les contacts</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation type="unfinished">Quels contacts</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>&amp;Tous les contacts (%n)</numerusform>
            <numerusform>&amp;Tous les %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) &amp;listed now</source>
        <translation type="unfinished">
            <numerusform>Le contact &amp;affiché actuellement (%n)</numerusform>
            <numerusform>Les %n contacts &amp;affichés actuellement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>Le contact &amp;sélectionné (%n)</numerusform>
            <numerusform>Les %n contacts &amp;sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished">Feuille de calcul CSV</translation>
    </message>
    <message>
        <source>vCard 4.0 (address books)</source>
        <translation type="unfinished">vCard 4.0 (carnets d&apos;adresses)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older address books)</source>
        <translation type="unfinished">vCard 3.0 (anciens carnets d&apos;adresses)</translation>
    </message>
    <message>
        <source>vCard 2.1 (old phones and Outlook)</source>
        <translation type="unfinished">vCard 2.1 (anciens téléphones et Outlook)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>majlis::ContactField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">Ne pas importer</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nom de famille</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Nom complet</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Home email</source>
        <translation type="unfinished">E-mail personnel</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation type="unfinished">E-mail professionnel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished">Téléphone mobile</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished">Téléphone fixe personnel</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished">Téléphone professionnel</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Rue</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">État ou région</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">État américain</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">Circonscription du Congrès</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation type="unfinished">Fonction ou titre</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Anniversaire</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Langues</translation>
    </message>
    <message>
        <source>Department (added to the role)</source>
        <translation type="unfinished">Service (ajouté à la fonction)</translation>
    </message>
    <message>
        <source>Whole address (used when there is no street)</source>
        <translation type="unfinished">Adresse complète (utilisée faute de rue)</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation type="unfinished">Rue, deuxième ligne</translation>
    </message>
    <message>
        <source>Label of the next email</source>
        <translation type="unfinished">Libellé de l’e-mail suivant</translation>
    </message>
    <message>
        <source>Label of the next phone</source>
        <translation type="unfinished">Libellé du téléphone suivant</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished">Année de naissance</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation type="unfinished">Mois de naissance</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation type="unfinished">Jour de naissance</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished">Ne pas contacter</translation>
    </message>
</context>
<context>
    <name>majlis::ContactPickerDialog</name>
    <message>
        <source>Register Attendees</source>
        <translation type="unfinished">Inscrire des participants</translation>
    </message>
    <message>
        <source>Search by name, email, phone or tag</source>
        <translation type="unfinished">Rechercher par nom, e-mail, téléphone ou étiquette</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">R&amp;ôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished">&amp;Inscrire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation type="unfinished">Aucun contact ne correspond.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
</context>
<context>
    <name>majlis::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Section</translation>
    </message>
    <message>
        <source>District</source>
        <comment>congressional district</comment>
        <translation type="unfinished">Circonscription</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Étiquettes</translation>
    </message>
    <message>
        <source>%1 — do not contact (%2)</source>
        <translation>%1 — ne pas contacter (%2)</translation>
    </message>
</context>
<context>
    <name>majlis::ContactsPage</name>
    <message>
        <source>Search names, emails, phones, tags, notes… (Ctrl+F)</source>
        <translation type="unfinished">Rechercher noms, e-mails, téléphones, étiquettes, notes… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished">Rechercher des contacts</translation>
    </message>
    <message>
        <source>Filter by chapter</source>
        <translation type="unfinished">Filtrer par section</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished">Filtrer par étiquette</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">Nouveau contact</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation type="unfinished">Ajouter un contact (Ctrl+N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <source>contacts.%1</source>
        <translation type="unfinished">contacts.%1</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">Exporter les contacts</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">Toutes les sections</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished">Toutes les étiquettes</translation>
    </message>
    <message>
        <source>No contacts match the search and filters.</source>
        <translation type="unfinished">Aucun contact ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add the first one, or try File &gt; New Demo Workspace to explore Majlis with fictional data.</source>
        <translation type="unfinished">Aucun contact pour l&apos;instant.
Appuyez sur Ctrl+N pour ajouter le premier, ou essayez Fichier &gt; Nouvel espace de travail de démonstration pour découvrir Majlis avec des données fictives.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished">Enregistrer les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished">Supprimer %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)?</source>
        <translation type="unfinished">
            <numerusform>Supprimer %n contact&#xa0;?</numerusform>
            <numerusform>Supprimer %n contacts&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation type="unfinished">Supprimer les contacts</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation type="unfinished">Vous pouvez annuler ceci avec Édition &gt; Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Supprimer</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation type="unfinished">Ajouter des étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n contact(s), separated by commas:</source>
        <translation type="unfinished">
            <numerusform>Étiquettes à ajouter à %n contact, séparées par des virgules&#xa0;:</numerusform>
            <numerusform>Étiquettes à ajouter aux %n contacts, séparées par des virgules&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Export a Person&apos;s Data</source>
        <translation type="unfinished">Exporter les données d’une personne</translation>
    </message>
    <message>
        <source>Select one contact first.</source>
        <translation type="unfinished">Sélectionnez d’abord un seul contact.</translation>
    </message>
    <message>
        <source>%1 - data.json</source>
        <translation type="unfinished">%1 - données.json</translation>
    </message>
    <message>
        <source>Export Everything About %1</source>
        <translation type="unfinished">Exporter tout ce qui concerne %1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2. It is personal data: send it only to them.</source>
        <translation type="unfinished">Tout ce qui est conservé sur %1 a été écrit dans %2. Ce sont des données personnelles : ne les envoyez qu’à cette personne.</translation>
    </message>
    <message>
        <source>Erase a Person</source>
        <translation type="unfinished">Effacer une personne</translation>
    </message>
    <message>
        <source>Erase everything held about %1?</source>
        <translation type="unfinished">Effacer tout ce qui est conservé sur %1 ?</translation>
    </message>
    <message>
        <source>Their contact, emails, phones, tags, consents, history, registrations and advocacy-day roles are removed from this workspace, and from every laptop and the server at their next sync. This cannot be undone. If they asked for a copy, export it first.</source>
        <translation type="unfinished">Son contact, ses e-mails, téléphones, étiquettes, consentements, son historique, ses inscriptions et ses rôles de journée de plaidoyer sont retirés de cet espace de travail, puis de chaque ordinateur et du serveur à leur prochaine synchronisation. Cette action est irréversible. Si la personne a demandé une copie, exportez-la d’abord.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished">Je comprends que cette action est irréversible</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">Effacer</translation>
    </message>
    <message numerus="yes">
        <source>Erased %1 and %n row(s) about them.</source>
        <translation type="unfinished">
            <numerusform>%1 et %n ligne(s) le concernant ont été effacés.</numerusform>
            <numerusform>%1 et %n ligne(s) le concernant ont été effacés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n contact(s) listed</source>
        <translation type="unfinished">
            <numerusform>les %n contact(s) affiché(s)</numerusform>
            <numerusform>les %n contact(s) affiché(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n contact(s) sélectionné(s)</numerusform>
            <numerusform>%n contact(s) sélectionné(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::DayDashboard</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">Résultats par demande</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Non renseigné</translation>
    </message>
    <message>
        <source>Held meetings that recorded nothing for this ask</source>
        <translation type="unfinished">Rencontres tenues sans résultat renseigné pour cette demande</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation type="unfinished">Aucun suivi en cours.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished">Suivis en cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Fait</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Échéance</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Bureau</translation>
    </message>
    <message>
        <source>Tick a follow-up off once it is done</source>
        <translation type="unfinished">Cochez un suivi une fois qu&apos;il est fait</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">Aucune journée de plaidoyer sélectionnée.</translation>
    </message>
    <message>
        <source>Meetings held: %1 of %2 scheduled</source>
        <translation type="unfinished">Rencontres tenues&#xa0;: %1 sur %2 prévues</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished">Annulées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reports received: %1 of %2 held</source>
        <translation type="unfinished">Comptes rendus reçus&#xa0;: %1 sur %2 rencontres tenues</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">En retard</translation>
    </message>
    <message>
        <source>Follow-up not updated</source>
        <translation type="unfinished">Suivi non mis à jour</translation>
    </message>
</context>
<context>
    <name>majlis::DayDetailsPanel</name>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished">T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">à</translation>
    </message>
    <message>
        <source>&amp;Meetings from:</source>
        <translation type="unfinished">&amp;Rencontres de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Slot length:</source>
        <translation type="unfinished">&amp;Durée d&apos;un créneau&#xa0;:</translation>
    </message>
    <message>
        <source>Largest &amp;team:</source>
        <translation type="unfinished">Équipe &amp;maximale&#xa0;:</translation>
    </message>
    <message>
        <source>Walking time between meetings</source>
        <translation type="unfinished">Temps de marche entre les rencontres</translation>
    </message>
    <message>
        <source>In the same building:</source>
        <translation type="unfinished">Dans le même bâtiment&#xa0;:</translation>
    </message>
    <message>
        <source>Same side (Senate or House buildings):</source>
        <translation type="unfinished">Même côté (bâtiments du Sénat ou de la Chambre)&#xa0;:</translation>
    </message>
    <message>
        <source>Across the Capitol:</source>
        <translation type="unfinished">D&apos;un côté à l&apos;autre du Capitole&#xa0;:</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">Les demandes</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished">Projet de loi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished">Éléments de langage</translation>
    </message>
    <message>
        <source>Add Ask</source>
        <translation type="unfinished">Ajouter une demande</translation>
    </message>
    <message>
        <source>Remove Ask</source>
        <translation type="unfinished">Retirer la demande</translation>
    </message>
    <message>
        <source>Leave-behind files</source>
        <translation type="unfinished">Documents à laisser</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished">Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation type="unfinished">Retirer le fichier</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">Partenaires coorganisateurs</translation>
    </message>
    <message>
        <source>Notes for the organizers</source>
        <translation type="unfinished">Notes pour les organisateurs</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Rétablir l&apos;original</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">Aucun partenaire pour l&apos;instant&#xa0;: ajoutez-les dans la vue Partenaires.</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">Impossible d&apos;enregistrer les coorganisateurs</translation>
    </message>
    <message>
        <source>Cannot save the day</source>
        <translation type="unfinished">Impossible d&apos;enregistrer la journée</translation>
    </message>
    <message>
        <source>Add Leave-behind Files</source>
        <translation type="unfinished">Ajouter des documents à laisser</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt);;All files (*)</source>
        <translation type="unfinished">Documents (*.pdf *.docx *.odt *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The times of the day&apos;s meetings are in this time zone: the capitol&apos;s.</source>
        <translation type="unfinished">Les heures des rencontres de la journée sont dans ce fuseau horaire : celui du capitole.</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Assemblée :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Unknown legislature</source>
        <translation type="unfinished">Assemblée inconnue</translation>
    </message>
    <message>
        <source>This day already has meetings with the members of this legislature, so it stays at it. Plan a day at another legislature as a new day.</source>
        <translation type="unfinished">Cette journée a déjà des rencontres avec les membres de cette assemblée : elle y reste. Planifiez une journée auprès d&apos;une autre assemblée comme une nouvelle journée.</translation>
    </message>
    <message>
        <source>The legislature whose members the day&apos;s teams meet.</source>
        <translation type="unfinished">L&apos;assemblée dont les équipes de la journée rencontrent les membres.</translation>
    </message>
    <message>
        <source>Same walking group (Legislators, Campus…):</source>
        <translation type="unfinished">Même groupe de marche (Élus, Bâtiments…) :</translation>
    </message>
    <message>
        <source>Between walking groups:</source>
        <translation type="unfinished">Entre groupes de marche :</translation>
    </message>
    <message>
        <source>Meetings until</source>
        <translation type="unfinished">Rendez-vous jusqu’à</translation>
    </message>
</context>
<context>
    <name>majlis::DayProgressModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">Jour</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Tentatives</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Engagements</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictChoiceDialog</name>
    <message>
        <source>Choose the District</source>
        <translation type="unfinished">Choisir la circonscription</translation>
    </message>
    <message>
        <source>%1&apos;s postcode %2 spans several districts of %3. Which one does the address lie in?</source>
        <translation type="unfinished">Le code postal %2 de %1 couvre plusieurs circonscriptions de %3. Dans laquelle se trouve l’adresse ?</translation>
    </message>
    <message>
        <source>Candidate districts</source>
        <translation type="unfinished">Circonscriptions candidates</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;Choisir</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictFillDialog</name>
    <message>
        <source>Fill Districts from ZIP Codes</source>
        <translation type="unfinished">Remplir les circonscriptions depuis les codes ZIP</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="unfinished">&amp;Remplir</translation>
    </message>
    <message>
        <source>Districts to choose</source>
        <translation type="unfinished">Circonscriptions à choisir</translation>
    </message>
    <message>
        <source>&amp;Choose District…</source>
        <translation type="unfinished">&amp;Choisir la circonscription…</translation>
    </message>
    <message>
        <source>Pick the district of the selected row among its candidates (F2)</source>
        <translation type="unfinished">Choisir la circonscription de la ligne sélectionnée parmi ses candidates (F2)</translation>
    </message>
    <message>
        <source>Looking up the districts of %1 from their postal codes:</source>
        <translation type="unfinished">Recherche des circonscriptions de %1 d’après leurs codes postaux :</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) would be filled, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n circonscription(s) serai(en)t remplie(s), marquée(s) estimée(s).</numerusform>
            <numerusform>%n circonscription(s) serai(en)t remplie(s), marquée(s) estimée(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts: you choose among the candidates after the fill.</source>
        <translation type="unfinished">
            <numerusform>%n code(s) postal(aux) couvre(nt) plusieurs circonscriptions : vous choisirez parmi les candidates après le remplissage.</numerusform>
            <numerusform>%n code(s) postal(aux) couvre(nt) plusieurs circonscriptions : vous choisirez parmi les candidates après le remplissage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows.</source>
        <translation type="unfinished">
            <numerusform>%n code(s) postal(aux) inconnu(s) de tout fichier de circonscriptions.</numerusform>
            <numerusform>%n code(s) postal(aux) inconnu(s) de tout fichier de circonscriptions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s: check the address.</source>
        <translation type="unfinished">
            <numerusform>%n code(s) ZIP se trouve(nt) seulement dans un autre État que celui du contact : vérifiez l’adresse.</numerusform>
            <numerusform>%n code(s) ZIP se trouve(nt) seulement dans un autre État que celui du contact : vérifiez l’adresse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left as they are: %1 entered by hand or confirmed, %2 already filled, %3 without a postcode.</source>
        <translation type="unfinished">Laissées telles quelles : %1 saisies à la main ou confirmées, %2 déjà remplies, %3 sans code postal.</translation>
    </message>
    <message>
        <source>There is nothing to fill.</source>
        <translation type="unfinished">Il n’y a rien à remplir.</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postal codes, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n circonscription(s) remplie(s) depuis les codes postaux, marquée(s) estimée(s).</numerusform>
            <numerusform>%n circonscription(s) remplie(s) depuis les codes postaux, marquée(s) estimée(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose: pick one in each row below (F2 or Choose District…).</source>
        <translation type="unfinished">
            <numerusform>%n circonscription(s) à choisir : choisissez-en une par ligne ci-dessous (F2 ou « Choisir la circonscription… »).</numerusform>
            <numerusform>%n circonscription(s) à choisir : choisissez-en une par ligne ci-dessous (F2 ou « Choisir la circonscription… »).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district is left to choose.</source>
        <translation type="unfinished">Il ne reste aucune circonscription à choisir.</translation>
    </message>
    <message>
        <source>No district file knows the postcodes of: %1. Import a postcode file with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate).</source>
        <translation type="unfinished">Aucun fichier de circonscriptions ne connaît les codes postaux de : %1. Importez un fichier de codes postaux avec &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (ou senate).</translation>
    </message>
    <message>
        <source>Check the address of: %1 (the ZIP code lies in another state).</source>
        <translation type="unfinished">Vérifiez l’adresse de : %1 (le code ZIP se trouve dans un autre État).</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictSetDialog</name>
    <message>
        <source>Set District</source>
        <translation type="unfinished">Définir la circonscription</translation>
    </message>
    <message>
        <source>Legislature and chamber</source>
        <translation type="unfinished">Assemblée et chambre</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a legislature and one of its chambers</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Circonscription</translation>
    </message>
    <message>
        <source>MI-12 for the U.S. House; the district&apos;s name or number elsewhere</source>
        <translation type="unfinished">MI-12 pour la Chambre des représentants ; ailleurs, le nom ou le numéro de la circonscription</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Assemblée :</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">&amp;Circonscription :</translation>
    </message>
    <message>
        <source>A district set here is marked as entered by hand; no look-up changes it.</source>
        <translation type="unfinished">Une circonscription définie ici est marquée comme saisie à la main ; aucune recherche ne la modifie.</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictTurnoutModel</name>
    <message>
        <source>District</source>
        <translation type="unfinished">Circonscription</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Engagés</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">A voté</translation>
    </message>
    <message>
        <source>Still to vote</source>
        <translation type="unfinished">Encore à voter</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished">Participation</translation>
    </message>
    <message>
        <source>Of those who pledged, the share who have voted</source>
        <translation type="unfinished">Parmi les engagés, la part de ceux qui ont voté</translation>
    </message>
</context>
<context>
    <name>majlis::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished">Rechercher les doublons</translation>
    </message>
    <message>
        <source>Looking for contacts entered more than once…</source>
        <translation type="unfinished">Recherche des contacts saisis plusieurs fois…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Doublons possibles</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished">Score</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Raison</translation>
    </message>
    <message>
        <source>Contacts in this group; the first two selected are merged:</source>
        <translation type="unfinished">Contacts de ce groupe&#xa0;; les deux premiers sélectionnés sont fusionnés&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts in the selected group</source>
        <translation type="unfinished">Contacts du groupe sélectionné</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">Fusionner…</translation>
    </message>
    <message>
        <source>Choose, field by field, what the merged contact keeps</source>
        <translation type="unfinished">Choisissez, champ par champ, ce que conserve le contact fusionné</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation type="unfinished">Relancer la recherche</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">Rétablir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>The search was cancelled. Press Search Again to look for duplicates.</source>
        <translation type="unfinished">La recherche a été annulée. Cliquez sur Relancer la recherche pour chercher les doublons.</translation>
    </message>
    <message>
        <source>No contacts look like duplicates of each other.</source>
        <translation type="unfinished">Aucun contact ne semble être le doublon d&apos;un autre.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts may be the same person, most likely first. Select one, check its contacts, then Merge.</source>
        <translation type="unfinished">
            <numerusform>%n groupe de contacts pourrait correspondre à une même personne, les plus probables en premier. Sélectionnez-en un, vérifiez ses contacts, puis cliquez sur Fusionner.</numerusform>
            <numerusform>%n groupes de contacts pourraient correspondre chacun à une même personne, les plus probables en premier. Sélectionnez-en un, vérifiez ses contacts, puis cliquez sur Fusionner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">L&apos;un de ces contacts n&apos;existe plus&#xa0;; il a peut-être été fusionné ou supprimé entre-temps.</translation>
    </message>
</context>
<context>
    <name>majlis::Event</name>
    <message>
        <source>Voter-registration drive</source>
        <translation type="unfinished">Campagne d&apos;inscription sur les listes électorales</translation>
    </message>
    <message>
        <source>Interfaith gathering</source>
        <translation type="unfinished">Rencontre interconfessionnelle</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation type="unfinished">Réunion publique</translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">Formation</translation>
    </message>
    <message>
        <source>Cultural evening</source>
        <translation type="unfinished">Soirée culturelle</translation>
    </message>
    <message>
        <source>Community event</source>
        <translation type="unfinished">Événement communautaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Autre</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">Non demandé</translation>
    </message>
    <message>
        <source>Registered here</source>
        <translation type="unfinished">Inscrit ici</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished">Déjà inscrit</translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation type="unfinished">Suivi nécessaire</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished">Non éligible</translation>
    </message>
</context>
<context>
    <name>majlis::EventsPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished">Événements</translation>
    </message>
    <message>
        <source>&amp;New Event</source>
        <translation type="unfinished">&amp;Nouvel événement</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished">Supprimer l&apos;événement</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation type="unfinished">Exporter le ca&amp;lendrier…</translation>
    </message>
    <message>
        <source>Every event as an iCalendar (.ics) file for phones and calendar programs.</source>
        <translation type="unfinished">Tous les événements dans un fichier iCalendar (.ics) pour les téléphones et les agendas.</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation type="unfinished">events.ics</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished">Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished">Aucune limite</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">Partenaires coorganisateurs</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">Impossible d&apos;enregistrer les coorganisateurs</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished">Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished">&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished">&amp;Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Co-sponsors:</source>
        <translation type="unfinished">Coorganisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Rétablir l&apos;original</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Inscrit</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Arrivé</translation>
    </message>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">&amp;Inscrire des contacts…</translation>
    </message>
    <message>
        <source>E&amp;xport Attendance…</source>
        <translation type="unfinished">E&amp;xporter la participation…</translation>
    </message>
    <message>
        <source>%1 attendance.csv</source>
        <translation type="unfinished">%1 participation.csv</translation>
    </message>
    <message>
        <source>Export Attendance</source>
        <translation type="unfinished">Exporter la participation</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished">Éligible</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished">Inscription électorale</translation>
    </message>
    <message>
        <source>Pledged to vote</source>
        <translation type="unfinished">S&apos;est engagé à voter</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished">Suivi effectué</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Everyone registered or checked in; changes are saved as you make them.</source>
        <translation type="unfinished">Toutes les personnes inscrites ou arrivées&#xa0;; les modifications sont enregistrées au fur et à mesure.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups still open:</source>
        <translation type="unfinished">&amp;Suivis encore ouverts&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;Participation</translation>
    </message>
    <message>
        <source>&amp;Voter Registration</source>
        <translation type="unfinished">Inscription &amp;électorale</translation>
    </message>
    <message>
        <source>Open &amp;Check-in (F9)</source>
        <translation type="unfinished">Ouvrir l&apos;&amp;accueil (F9)</translation>
    </message>
    <message>
        <source>A full-screen window for the door: find people as you type, Enter checks them in.</source>
        <translation type="unfinished">Une fenêtre plein écran pour l&apos;entrée&#xa0;: trouvez les personnes au fil de la saisie, Entrée enregistre leur arrivée.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished">Aucun événement pour l&apos;instant</translation>
    </message>
    <message>
        <source>Create an event with New Event, register people for it, then open check-in at the door. Check-in works without a network and saves every arrival at once.</source>
        <translation type="unfinished">Créez un événement avec Nouvel événement, inscrivez-y des personnes, puis ouvrez l&apos;accueil à l&apos;entrée. L&apos;accueil fonctionne sans réseau et enregistre chaque arrivée immédiatement.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Aucune section</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">Aucun partenaire pour l&apos;instant&#xa0;: ajoutez-les dans la vue Partenaires.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">Sans inscription</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Non</translation>
    </message>
    <message>
        <source>%1 registered or came; %2 checked in, %3 of them new at the door.</source>
        <translation type="unfinished">%1 inscrits ou venus&#xa0;; %2 arrivées enregistrées, dont %3 nouveaux à l&apos;entrée.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">Non demandé</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation type="unfinished">Éligibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Registration: %1</source>
        <translation type="unfinished">Inscription électorale&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished">Aucun.</translation>
    </message>
    <message>
        <source>Cannot save the voter record</source>
        <translation type="unfinished">Impossible d&apos;enregistrer la fiche électorale</translation>
    </message>
    <message>
        <source>Cannot save the event</source>
        <translation type="unfinished">Impossible d&apos;enregistrer l&apos;événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished">Nouvel événement</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation type="unfinished">Impossible de créer l&apos;événement</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its registrations and attendance? The contacts stay.</source>
        <translation type="unfinished">Supprimer «&#xa0;%1&#xa0;» avec ses inscriptions et sa participation&#xa0;? Les contacts sont conservés.</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation type="unfinished">Impossible de supprimer l&apos;événement</translation>
    </message>
    <message>
        <source>Cannot register</source>
        <translation type="unfinished">Impossible d&apos;inscrire</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished">Impossible d&apos;exporter le calendrier</translation>
    </message>
    <message>
        <source>Cannot export the attendance</source>
        <translation type="unfinished">Impossible d&apos;exporter la participation</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished">Inscriptions</translation>
    </message>
    <message>
        <source>Voter registration</source>
        <translation type="unfinished">Inscription sur les listes électorales</translation>
    </message>
    <message>
        <source>Voter registration follow-ups</source>
        <translation type="unfinished">Relances d’inscription électorale</translation>
    </message>
    <message>
        <source>The time zone of the event&apos;s place, such as Europe/London: calendar exports name it, so the event shows at the right time wherever it is opened. Type part of a city to find it.</source>
        <translation type="unfinished">Le fuseau horaire du lieu de l’événement, comme Europe/London : les exports de calendrier le nomment, pour que l’événement s’affiche à la bonne heure où qu’il soit ouvert. Tapez une partie d’une ville pour le trouver.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">&amp;Fuseau horaire :</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReportModel</name>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Assemblée</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation type="unfinished">Membres listés</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished">Inchangés</translation>
    </message>
    <message>
        <source>No longer in office</source>
        <translation type="unfinished">Plus en fonction</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReviewDialog</name>
    <message>
        <source>Review the Import</source>
        <translation type="unfinished">Vérifier l&apos;importation</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been written yet. %Ln legislature(s) listed: %1 new members, %2 updated, %3 unchanged, %4 no longer in office. Meetings already planned are kept.</source>
        <translation type="unfinished">
            <numerusform>Rien n&apos;a encore été écrit. %Ln assemblée(s) listée(s) : %1 nouveaux membres, %2 mis à jour, %3 inchangés, %4 plus en fonction. Les réunions déjà prévues sont conservées.</numerusform>
            <numerusform>Rien n&apos;a encore été écrit. %Ln assemblée(s) listée(s) : %1 nouveaux membres, %2 mis à jour, %3 inchangés, %4 plus en fonction. Les réunions déjà prévues sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import does to each legislature</source>
        <translation type="unfinished">Ce que l&apos;importation fait à chaque assemblée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, or read with a doubt (%n):</source>
        <translation type="unfinished">
            <numerusform>Non importé, ou lu avec un doute (%n) :</numerusform>
            <numerusform>Non importé, ou lu avec un doute (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows and files not imported</source>
        <translation type="unfinished">Lignes et fichiers non importés</translation>
    </message>
</context>
<context>
    <name>majlis::ImportWizard</name>
    <message>
        <source>Merge into the existing contact</source>
        <translation type="unfinished">Fusionner avec le contact existant</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation type="unfinished">Ignorer cette ligne</translation>
    </message>
    <message>
        <source>Create a new contact anyway</source>
        <translation type="unfinished">Créer quand même un nouveau contact</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished">Importer des contacts</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished">Choisir le fichier</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or text: from Excel, Google Contacts, Outlook or an organizing tool.</source>
        <translation type="unfinished">Une feuille de calcul enregistrée au format CSV ou texte&#xa0;: depuis Excel, Google Contacts, Outlook ou un outil d&apos;organisation.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished">Le fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">Feuilles de calcul (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">Contenu de chaque colonne</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check them against the first rows.</source>
        <translation type="unfinished">Les colonnes aux noms connus sont déjà associées&#xa0;; vérifiez-les d&apos;après les premières lignes.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">Colonne</translation>
    </message>
    <message>
        <source>Put everyone in &amp;chapter:</source>
        <translation type="unfinished">Mettre tout le monde dans la &amp;section&#xa0;:</translation>
    </message>
    <message>
        <source>When a row matches a &amp;contact:</source>
        <translation type="unfinished">Quand une ligne correspond à un &amp;contact&#xa0;:</translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation type="unfinished">Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes everything at once, or nothing if it is cancelled.</source>
        <translation type="unfinished">Rien n&apos;a encore été écrit. L&apos;import écrit tout en une seule fois, ou rien s&apos;il est annulé.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Ligne</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished">Dans le fichier</translation>
    </message>
    <message>
        <source>Already a contact</source>
        <translation type="unfinished">Déjà un contact</translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Merge All</source>
        <translation type="unfinished">Tout fusionner</translation>
    </message>
    <message>
        <source>Skip All</source>
        <translation type="unfinished">Tout ignorer</translation>
    </message>
    <message>
        <source>Create All</source>
        <translation type="unfinished">Tout créer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problème</translation>
    </message>
    <message>
        <source>&amp;Save Problems…</source>
        <translation type="unfinished">&amp;Enregistrer les problèmes…</translation>
    </message>
    <message>
        <source>Rows that look like someone already here:</source>
        <translation type="unfinished">Lignes qui ressemblent à une personne déjà présente&#xa0;:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported as they are:</source>
        <translation type="unfinished">Lignes qui ne peuvent pas être importées en l&apos;état&#xa0;:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished">tabulation</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished">point-virgule</translation>
    </message>
    <message>
        <source>bar</source>
        <translation type="unfinished">barre verticale</translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished">virgule</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns; text in %3, fields separated by %4.</source>
        <translation type="unfinished">%1 lignes sur %2 colonnes&#xa0;; texte en %3, champs séparés par&#xa0;: %4.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Aucune section</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">import de %1</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished">Vérification des lignes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Checking the rows… %1 of %2</source>
        <translation type="unfinished">Vérification des lignes… %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">Impossible d&apos;importer</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 problems.</source>
        <translation type="unfinished">%1 lignes lues&#xa0;: %2 nouveaux contacts, %3 fusionnés avec des contacts existants, %4 ignorées&#xa0;; %5 problèmes.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation type="unfinished">Enregistrer les problèmes</translation>
    </message>
    <message>
        <source>import problems.csv</source>
        <translation type="unfinished">problèmes d&apos;import.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished">Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation type="unfinished">Import des contacts…</translation>
    </message>
    <message>
        <source>Importing contacts… %1 of %2</source>
        <translation type="unfinished">Import des contacts… %1 sur %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">Import non effectué</translation>
    </message>
    <message>
        <source>The first rows, as read in this encoding</source>
        <translation type="unfinished">Les premières lignes, lues dans cet encodage</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation type="unfinished">&amp;Encodage du texte :</translation>
    </message>
    <message>
        <source>The first rows as they will be imported; if names look wrong, choose another encoding:</source>
        <translation type="unfinished">Les premières lignes telles qu’elles seront importées ; si les noms semblent faux, choisissez un autre encodage :</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished">%1 (détecté)</translation>
    </message>
</context>
<context>
    <name>majlis::InteractionDialog</name>
    <message>
        <source>Add Interaction</source>
        <translation type="unfinished">Ajouter un échange</translation>
    </message>
    <message>
        <source>In a few words, what happened</source>
        <translation type="unfinished">En quelques mots, ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Add &amp;People…</source>
        <translation type="unfinished">Ajouter des &amp;personnes…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished">&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Who took part:</source>
        <translation type="unfinished">Participants&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished">&amp;Ajouter</translation>
    </message>
    <message>
        <source>Who Took Part</source>
        <translation type="unfinished">Participants</translation>
    </message>
    <message>
        <source>People who took part</source>
        <translation type="unfinished">Personnes ayant participé</translation>
    </message>
</context>
<context>
    <name>majlis::ItineraryPanel</name>
    <message>
        <source>Itinerary of</source>
        <translation type="unfinished">Itinéraire de</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Calendar…</source>
        <translation type="unfinished">Enregistrer le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Save Schedule as CS&amp;V…</source>
        <translation type="unfinished">Enregistrer le planning en CS&amp;V…</translation>
    </message>
    <message>
        <source>Every attendee (one page each)</source>
        <translation type="unfinished">Chaque participant (une page chacun)</translation>
    </message>
    <message>
        <source>Every team (one page each)</source>
        <translation type="unfinished">Chaque équipe (une page chacune)</translation>
    </message>
    <message>
        <source>No meetings yet. Build the schedule on the Schedule tab, then print or save itineraries here.</source>
        <translation type="unfinished">Aucune rencontre pour l&apos;instant. Construisez le planning dans l&apos;onglet Planning, puis imprimez ou enregistrez les itinéraires ici.</translation>
    </message>
    <message>
        <source>Print Itineraries</source>
        <translation type="unfinished">Imprimer les itinéraires</translation>
    </message>
    <message>
        <source>Save Itineraries as PDF</source>
        <translation type="unfinished">Enregistrer les itinéraires en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">Impossible d&apos;enregistrer le PDF</translation>
    </message>
    <message>
        <source>Save Calendar</source>
        <translation type="unfinished">Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Save Schedule as CSV</source>
        <translation type="unfinished">Enregistrer le planning en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation type="unfinished">Impossible d&apos;enregistrer le fichier</translation>
    </message>
    <message>
        <source>Itinerary preview</source>
        <translation type="unfinished">Aperçu de l’itinéraire</translation>
    </message>
</context>
<context>
    <name>majlis::LabeledListEdit</name>
    <message>
        <source>Label</source>
        <translation type="unfinished">Libellé</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Retirer</translation>
    </message>
</context>
<context>
    <name>majlis::LegislativeBody</name>
    <message>
        <source>Upper chamber</source>
        <translation type="unfinished">Chambre haute</translation>
    </message>
    <message>
        <source>Lower chamber</source>
        <translation type="unfinished">Chambre basse</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Chambre</translation>
    </message>
</context>
<context>
    <name>majlis::Legislator</name>
    <message>
        <source>Sen. %1 (%2)</source>
        <translation type="unfinished">Sén. %1 (%2)</translation>
    </message>
    <message>
        <source>Rep. %1 (%2)</source>
        <translation type="unfinished">Rep. %1 (%2)</translation>
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
        <translation type="unfinished">L&apos;adresse de téléchargement n&apos;est pas une adresse web. Définissez-la dans les Préférences.</translation>
    </message>
    <message>
        <source>The download address must start with https://, so nobody on the network can change the list on its way. Set it in Preferences.</source>
        <translation type="unfinished">L&apos;adresse de téléchargement doit commencer par https://, pour que personne sur le réseau ne puisse modifier la liste en chemin. Définissez-la dans les Préférences.</translation>
    </message>
    <message>
        <source>The download is larger than any list of legislators; check the address in Preferences.</source>
        <translation type="unfinished">Le téléchargement est plus volumineux que n&apos;importe quelle liste d&apos;élus&#xa0;; vérifiez l&apos;adresse dans les Préférences.</translation>
    </message>
    <message>
        <source>Could not download the legislators: %1</source>
        <translation type="unfinished">Impossible de télécharger les élus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorTableModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished">inconnu</translation>
    </message>
    <message>
        <source>No longer in office: the last import did not list this member. Meetings already planned with them are kept.</source>
        <translation type="unfinished">N&apos;est plus en fonction : la dernière importation ne listait pas ce membre. Les rencontres déjà prévues avec lui sont conservées.</translation>
    </message>
    <message>
        <source>Double-click to set the building and room.</source>
        <translation type="unfinished">Double-cliquez pour définir le bâtiment et la salle.</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">Siège</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">Parti</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Chambre</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Bâtiment</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Salle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorsDialog</name>
    <message>
        <source>&amp;Update from the Internet</source>
        <translation type="unfinished">&amp;Mettre à jour depuis Internet</translation>
    </message>
    <message>
        <source>Set &amp;Office…</source>
        <translation type="unfinished">Définir le &amp;bureau…</translation>
    </message>
    <message numerus="yes">
        <source>; %n without a known office building</source>
        <translation type="unfinished">
            <numerusform>; %n sans bâtiment de bureau connu</numerusform>
            <numerusform>; %n sans bâtiment de bureau connu</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import legislators</source>
        <translation type="unfinished">Impossible d&apos;importer les élus</translation>
    </message>
    <message>
        <source>Downloading the current members of Congress…</source>
        <translation type="unfinished">Téléchargement des membres actuels du Congrès…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Cannot update legislators</source>
        <translation type="unfinished">Impossible de mettre à jour les élus</translation>
    </message>
    <message>
        <source>Import Legislators</source>
        <translation type="unfinished">Importer les élus</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished">Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Set Office</source>
        <translation type="unfinished">Définir le bureau</translation>
    </message>
    <message>
        <source>Office of %1, as room and building (&quot;2107 Rayburn&quot;):</source>
        <translation type="unfinished">Bureau de %1, sous la forme salle et bâtiment («&#xa0;2107 Rayburn&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Capitol building. Write the room and the building, such as &quot;2107 Rayburn&quot; or &quot;511 Hart&quot;.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» ne nomme aucun bâtiment du Capitole. Indiquez la salle et le bâtiment, par exemple «&#xa0;2107 Rayburn&#xa0;» ou «&#xa0;511 Hart&#xa0;».</translation>
    </message>
    <message>
        <source>Legislators</source>
        <translation type="unfinished">Élus</translation>
    </message>
    <message>
        <source>Filter by name, seat or building</source>
        <translation type="unfinished">Filtrer par nom, siège ou bâtiment</translation>
    </message>
    <message>
        <source>Download the current members of Congress from the address in Preferences and import them.</source>
        <translation type="unfinished">Télécharger les membres actuels du Congrès depuis l&apos;adresse indiquée dans les Préférences et les importer.</translation>
    </message>
    <message>
        <source>Legislatures and their chambers</source>
        <translation type="unfinished">Assemblées et leurs chambres</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Membres</translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation type="unfinished">Afficher les &amp;anciens membres</translation>
    </message>
    <message>
        <source>Also list members a newer import no longer lists; meetings planned with them are kept.</source>
        <translation type="unfinished">Lister aussi les membres qu&apos;une importation plus récente ne liste plus ; les rencontres prévues avec eux sont conservées.</translation>
    </message>
    <message>
        <source>Set the building and room of the chosen member&apos;s office; double-clicking a member does the same.</source>
        <translation type="unfinished">Définir le bâtiment et la salle du bureau du membre choisi ; un double-clic sur un membre fait de même.</translation>
    </message>
    <message>
        <source>&amp;Campus…</source>
        <translation type="unfinished">&amp;Bâtiments…</translation>
    </message>
    <message>
        <source>List the buildings of this legislature&apos;s capitol and which are a short walk apart.</source>
        <translation type="unfinished">Lister les bâtiments du capitole de cette assemblée et ceux qui sont à quelques pas les uns des autres.</translation>
    </message>
    <message>
        <source>No members of %1 in this workspace yet; they arrive with an import of the legislature&apos;s members.</source>
        <translation type="unfinished">Aucun membre de %1 dans cet espace de travail pour l&apos;instant ; ils arrivent avec une importation des membres de l&apos;assemblée.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n no longer in office</source>
        <translation type="unfinished">
            <numerusform>; %n n&apos;est plus en fonction</numerusform>
            <numerusform>; %n ne sont plus en fonction</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no building of the capitol&apos;s campus (%2). Write the room and the building, or add the building with Campus….</source>
        <translation type="unfinished">« %1 » ne nomme aucun bâtiment du capitole (%2). Écrivez la salle et le bâtiment, ou ajoutez le bâtiment avec « Bâtiments… ».</translation>
    </message>
    <message>
        <source>the capitol alone</source>
        <translation type="unfinished">le capitole seul</translation>
    </message>
    <message>
        <source>No members of Congress yet. Use Update from the Internet, or Import and the members built in or legislators-current.csv from the congress-legislators project.</source>
        <translation type="unfinished">Aucun membre du Congrès pour l&apos;instant. Utilisez Mettre à jour depuis Internet, ou Importer et les membres intégrés ou legislators-current.csv du projet congress-legislators.</translation>
    </message>
    <message>
        <source>Reading the Open States data…</source>
        <translation type="unfinished">Lecture des données Open States…</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation type="unfinished">%1

Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file lists no legislature&apos;s members.</source>
        <translation type="unfinished">Le fichier ne liste les membres d&apos;aucune assemblée.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Importer</translation>
    </message>
    <message>
        <source>Import or update the members of a legislature. What an import changes is shown before anything is written.</source>
        <translation type="unfinished">Importer ou mettre à jour les membres d&apos;une assemblée. Ce qu&apos;une importation change est montré avant toute écriture.</translation>
    </message>
    <message>
        <source>&amp;Congress (Built In)</source>
        <translation type="unfinished">&amp;Congrès (intégré)</translation>
    </message>
    <message>
        <source>The members of Congress this version of Majlis was made with, for use with no network.</source>
        <translation type="unfinished">Les membres du Congrès avec lesquels cette version de Majlis a été construite, pour un usage sans réseau.</translation>
    </message>
    <message>
        <source>Congress from congress-legislators &amp;CSV…</source>
        <translation type="unfinished">Congrès depuis le &amp;CSV de congress-legislators…</translation>
    </message>
    <message>
        <source>legislators-current.csv of the congress-legislators project.</source>
        <translation type="unfinished">legislators-current.csv du projet congress-legislators.</translation>
    </message>
    <message>
        <source>State Legislatures from &amp;Open States Download…</source>
        <translation type="unfinished">Assemblées des États depuis un téléchargement &amp;Open States…</translation>
    </message>
    <message>
        <source>The Open States people data downloaded as a .tar.gz or .zip file: every state legislature.</source>
        <translation type="unfinished">Les données des personnes d&apos;Open States téléchargées en fichier .tar.gz ou .zip : toutes les assemblées des États.</translation>
    </message>
    <message>
        <source>State Legislatures from Open States &amp;Folder…</source>
        <translation type="unfinished">Assemblées des États depuis un &amp;dossier Open States…</translation>
    </message>
    <message>
        <source>A folder of the Open States people data: the project, its data folder or one state&apos;s.</source>
        <translation type="unfinished">Un dossier des données des personnes d&apos;Open States : le projet, son dossier data ou celui d&apos;un État.</translation>
    </message>
    <message>
        <source>&amp;Member List of a Parliament (CSV)…</source>
        <translation type="unfinished">Liste des &amp;membres d&apos;un parlement (CSV)…</translation>
    </message>
    <message>
        <source>Any legislature&apos;s members from a spreadsheet, one member a row, with what each column holds.</source>
        <translation type="unfinished">Les membres de toute assemblée depuis un tableur, un membre par ligne, en indiquant le contenu de chaque colonne.</translation>
    </message>
    <message>
        <source>Import from Open States</source>
        <translation type="unfinished">Importer depuis Open States</translation>
    </message>
    <message>
        <source>Open States downloads (*.tar.gz *.tgz *.zip);;All files (*)</source>
        <translation type="unfinished">Téléchargements Open States (*.tar.gz *.tgz *.zip);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatureTreeModel</name>
    <message>
        <source>All chambers. The capitol is in %1 (time zone %2).</source>
        <translation type="unfinished">Toutes les chambres. Le capitole est à %1 (fuseau horaire %2).</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Assemblée</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Membres</translation>
    </message>
</context>
<context>
    <name>majlis::LetterAnswerDialog</name>
    <message>
        <source>Answer of %1</source>
        <translation type="unfinished">Réponse de %1</translation>
    </message>
    <message>
        <source>Name and title as it appears on the letter</source>
        <translation type="unfinished">Nom et titre tels qu&apos;ils figurent sur la lettre</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished">&amp;Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished">&amp;Le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished">&amp;Signée par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>majlis::LetterDialog</name>
    <message>
        <source>New Sign-on Letter</source>
        <translation type="unfinished">Nouvelle lettre à cosigner</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">Aucune date limite</translation>
    </message>
    <message>
        <source>The text of the letter, or the part partners need to read</source>
        <translation type="unfinished">Le texte de la lettre, ou la partie que les partenaires doivent lire</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished">&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished">&amp;Date limite&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Créer</translation>
    </message>
</context>
<context>
    <name>majlis::MainWindow</name>
    <message>
        <source>Majlis workspaces (*.majlis);;All files (*)</source>
        <translation type="unfinished">Espaces de travail Majlis (*.majlis);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished">Espaces de travail</translation>
    </message>
    <message>
        <source>Advocacy Days</source>
        <translation type="unfinished">Journées de plaidoyer</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partenaires</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished">Événements</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Rapports</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished">&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished">&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation type="unfinished">Nouvel espace de &amp;démonstration…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts from CSV…</source>
        <translation type="unfinished">&amp;Importer des contacts depuis un CSV…</translation>
    </message>
    <message>
        <source>Import Contacts from &amp;vCard…</source>
        <translation type="unfinished">Importer des contacts depuis une &amp;vCard…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation type="unfinished">&amp;Exporter les contacts…</translation>
    </message>
    <message>
        <source>Export Workspace &amp;Archive…</source>
        <translation type="unfinished">Exporter une &amp;archive de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Import Wor&amp;kspace Archive…</source>
        <translation type="unfinished">Importer une archive d&apos;espace de &amp;travail…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished">&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>&amp;Delete Contacts…</source>
        <translation type="unfinished">&amp;Supprimer des contacts…</translation>
    </message>
    <message>
        <source>Add &amp;Tags to Selected…</source>
        <translation type="unfinished">Ajouter des é&amp;tiquettes à la sélection…</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation type="unfinished">&amp;Rechercher des contacts</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation type="unfinished">Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished">Doublons</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Majlis</source>
        <translation type="unfinished">À &amp;propos de Majlis</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished">À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished">Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open Workspace (Ctrl+O), create one with File &gt; New Workspace, or explore a demo with File &gt; New Demo Workspace.</source>
        <translation type="unfinished">Ouvrez un espace de travail avec Fichier &gt; Ouvrir un espace de travail (Ctrl+O), créez-en un avec Fichier &gt; Nouvel espace de travail, ou découvrez une démonstration avec Fichier &gt; Nouvel espace de démonstration.</translation>
    </message>
    <message>
        <source>Plan Capitol advocacy days: legislators, constituent meetings, schedules and itineraries. Open or create a workspace first.</source>
        <translation type="unfinished">Planifiez des journées de plaidoyer au Capitole&#xa0;: élus, rencontres d&apos;électeurs, plannings et itinéraires. Ouvrez ou créez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>Keep track of coalition partners, sign-on letters and the history of every relationship. Open or create a workspace first.</source>
        <translation type="unfinished">Suivez les partenaires de coalition, les lettres à cosigner et l&apos;historique de chaque relation. Ouvrez ou créez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>Run community events with offline check-in and voter-registration drives. Open or create a workspace first.</source>
        <translation type="unfinished">Organisez des événements communautaires avec accueil hors ligne et campagnes d&apos;inscription sur les listes électorales. Ouvrez ou créez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>Attendance, voter registration, partners and sign-on letters in charts. Open or create a workspace first.</source>
        <translation type="unfinished">Participation, inscriptions électorales, partenaires et lettres à cosigner en graphiques. Ouvrez ou créez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>%1 — Majlis</source>
        <translation type="unfinished">%1 — Majlis</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished">Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished">Espace de démonstration</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the demo workspace.</source>
        <translation type="unfinished">%1 existe déjà. Choisissez un nouveau nom de fichier pour l&apos;espace de démonstration.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished">Impossible de créer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Creating fictional contacts…</source>
        <translation type="unfinished">Création de contacts fictifs…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished">Nouvel espace de travail</translation>
    </message>
    <message>
        <source>%1 already exists. To open it, use File &gt; Open Workspace.</source>
        <translation type="unfinished">%1 existe déjà. Pour l&apos;ouvrir, utilisez Fichier &gt; Ouvrir un espace de travail.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished">Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation type="unfinished">Nouvel espace de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%1 sur %Ln contact</numerusform>
            <numerusform>%1 sur %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>About Majlis</source>
        <translation type="unfinished">À propos de Majlis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;An offline-first organizer for Muslim civic and advocacy organizations: contacts, advocacy days, coalition partners and community events.&lt;/p&gt;&lt;p&gt;Majlis is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;Un organiseur conçu pour fonctionner hors ligne, destiné aux organisations civiques et de plaidoyer musulmanes&#xa0;: contacts, journées de plaidoyer, partenaires de coalition et événements communautaires.&lt;/p&gt;&lt;p&gt;Majlis est un logiciel libre, distribué sous la licence publique générale GNU (GNU General Public License), version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 merged, %3 skipped.</source>
        <translation type="unfinished">Importés&#xa0;: %1 nouveaux, %2 fusionnés, %3 ignorés.</translation>
    </message>
    <message>
        <source>Import Contacts from vCard</source>
        <translation type="unfinished">Importer des contacts depuis une vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished">Fichiers vCard (*.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">Impossible d&apos;importer</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">import de %1</translation>
    </message>
    <message>
        <source>%1 cards: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 with problems. Import?</source>
        <translation type="unfinished">%1 fiches&#xa0;: %2 nouveaux contacts, %3 fusionnés avec des contacts existants, %4 ignorées&#xa0;; %5 avec des problèmes. Importer&#xa0;?</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation type="unfinished">Fiche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">Import non effectué</translation>
    </message>
    <message>
        <source>%1 archive %2.majlis</source>
        <translation type="unfinished">%1 archive %2.majlis</translation>
    </message>
    <message>
        <source>Export Workspace Archive</source>
        <translation type="unfinished">Exporter une archive de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Majlis workspaces (*.majlis)</source>
        <translation type="unfinished">Espaces de travail Majlis (*.majlis)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished">Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">Archive de l&apos;espace de travail %1 écrite.</translation>
    </message>
    <message>
        <source>Import Workspace Archive</source>
        <translation type="unfinished">Importer une archive d&apos;espace de travail</translation>
    </message>
    <message>
        <source>Cannot import the archive</source>
        <translation type="unfinished">Impossible d&apos;importer l&apos;archive</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">Archive %1 importée.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished">&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation type="unfinished">Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Sync &amp;Server…</source>
        <translation type="unfinished">&amp;Serveur de synchronisation…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished">&amp;Conflits…</translation>
    </message>
    <message>
        <source>Sync &amp;Automatically</source>
        <translation type="unfinished">Synchroniser &amp;automatiquement</translation>
    </message>
    <message>
        <source>E&amp;xport Everything About This Person…</source>
        <translation type="unfinished">E&amp;xporter tout ce qui concerne cette personne…</translation>
    </message>
    <message>
        <source>Erase This &amp;Person…</source>
        <translation type="unfinished">Effacer cette &amp;personne…</translation>
    </message>
    <message>
        <source>Show &amp;Hijri Dates</source>
        <translation type="unfinished">Afficher les dates &amp;hégiriennes</translation>
    </message>
    <message>
        <source>&amp;Workspace Settings…</source>
        <translation type="unfinished">Réglages de l&apos;&amp;espace de travail…</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">Remplir les &amp;circonscriptions depuis les codes ZIP…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Run phone banks, door knocking and get-out-the-vote drives: lists built from your contacts, scripts, and results entered offline. Open or create a workspace first.</source>
        <translation>Menez du phoning, du porte-à-porte et des mobilisations pour le vote&#xa0;: des listes tirées de vos contacts, des scripts et des résultats saisis hors ligne. Ouvrez ou créez d&apos;abord un espace de travail.</translation>
    </message>
</context>
<context>
    <name>majlis::MemberField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">Ne pas importer</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished">Identifiant du membre</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Nom complet</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nom de famille</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Chambre</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation type="unfinished">Circonscription</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">Parti</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation type="unfinished">Adresse du bureau</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
</context>
<context>
    <name>majlis::MemberListDialog</name>
    <message>
        <source>Import a Member List</source>
        <translation type="unfinished">Importer une liste de membres</translation>
    </message>
    <message>
        <source>A new legislature</source>
        <translation type="unfinished">Une nouvelle assemblée</translation>
    </message>
    <message>
        <source>such as gb-parliament</source>
        <translation type="unfinished">par exemple gb-parliament</translation>
    </message>
    <message>
        <source>such as UK Parliament</source>
        <translation type="unfinished">par exemple UK Parliament</translation>
    </message>
    <message>
        <source>such as GB</source>
        <translation type="unfinished">par exemple GB</translation>
    </message>
    <message>
        <source>The member list to import</source>
        <translation type="unfinished">La liste de membres à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">Feuilles de calcul (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Assemblée :</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished">&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished">&amp;Fichier :</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">Contenu de chaque colonne</translation>
    </message>
    <message>
        <source>The first members, as they will be imported</source>
        <translation type="unfinished">Les premiers membres, tels qu&apos;ils seront importés</translation>
    </message>
    <message>
        <source>&amp;Review Import…</source>
        <translation type="unfinished">&amp;Vérifier l&apos;importation…</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check what each holds:</source>
        <translation type="unfinished">Les colonnes aux noms familiers sont déjà associées ; vérifiez le contenu de chacune :</translation>
    </message>
    <message>
        <source>The first members, as they will be imported:</source>
        <translation type="unfinished">Les premiers membres, tels qu&apos;ils seront importés :</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns.</source>
        <translation type="unfinished">%1 lignes sur %2 colonnes.</translation>
    </message>
    <message>
        <source>Give the new legislature a code of letters, digits and dashes, such as gb-parliament.</source>
        <translation type="unfinished">Donnez à la nouvelle assemblée un code de lettres, chiffres et tirets, par exemple gb-parliament.</translation>
    </message>
    <message>
        <source>Give the new legislature its name, such as UK Parliament.</source>
        <translation type="unfinished">Donnez son nom à la nouvelle assemblée, par exemple UK Parliament.</translation>
    </message>
    <message>
        <source>The workspace has %1 as %2 already; choose it in the list.</source>
        <translation type="unfinished">L&apos;espace de travail a déjà %1 sous le nom %2 ; choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>Choose the member list to import, saved as CSV.</source>
        <translation type="unfinished">Choisissez la liste de membres à importer, enregistrée en CSV.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) read</source>
        <translation type="unfinished">
            <numerusform>%n membre(s) lu(s)</numerusform>
            <numerusform>%n membre(s) lu(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) skipped, listed when you review the import</source>
        <translation type="unfinished">
            <numerusform> ; %n ligne(s) ignorée(s), listée(s) lors de la vérification</numerusform>
            <numerusform> ; %n ligne(s) ignorée(s), listée(s) lors de la vérification</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::MergeDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation type="unfinished">Fusionner des contacts</translation>
    </message>
    <message>
        <source>These records look like the same person. Choose the record that stays and, for each field, the value to keep. Nothing is lost: emails, phones and tags of both are kept, and the other record&apos;s history and event records move to the one that stays.</source>
        <translation type="unfinished">Ces fiches semblent correspondre à la même personne. Choisissez la fiche conservée et, pour chaque champ, la valeur à garder. Rien n&apos;est perdu&#xa0;: les e-mails, téléphones et étiquettes des deux fiches sont conservés, et l&apos;historique et les participations aux événements de l&apos;autre fiche sont transférés vers celle qui est conservée.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished">ajouté le %1</translation>
    </message>
    <message>
        <source>Record that stays</source>
        <translation type="unfinished">Fiche conservée</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation type="unfinished">Conserver cette fiche</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished">Conserver %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">État et circonscription</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Section</translation>
    </message>
    <message>
        <source>Organization and role</source>
        <translation type="unfinished">Organisation et fonction</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Anniversaire</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Emails (both kept)</source>
        <translation type="unfinished">E-mails (les deux conservés)</translation>
    </message>
    <message>
        <source>Phones (both kept)</source>
        <translation type="unfinished">Téléphones (les deux conservés)</translation>
    </message>
    <message>
        <source>Tags (both kept)</source>
        <translation type="unfinished">Étiquettes (les deux conservées)</translation>
    </message>
    <message>
        <source>Languages, skills and interests (both kept)</source>
        <translation type="unfinished">Langues, compétences et centres d&apos;intérêt (les deux conservés)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished">Fusionner</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">L&apos;un de ces contacts n&apos;existe plus&#xa0;; il a peut-être été fusionné ou supprimé entre-temps.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(aucun)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The second record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">La seconde fiche est conservée, sous le nom «&#xa0;%1&#xa0;», avec les valeurs choisies ci-dessus.</translation>
    </message>
    <message>
        <source>The first record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">La première fiche est conservée, sous le nom «&#xa0;%1&#xa0;», avec les valeurs choisies ci-dessus.</translation>
    </message>
    <message>
        <source>The other is removed once its emails, phones, tags, consents, history and event records have moved to it. Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished">L&apos;autre est supprimée une fois ses e-mails, téléphones, étiquettes, consentements, historique et participations aux événements transférés. Édition &gt; Annuler permet d&apos;annuler la fusion.</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimeDialog</name>
    <message>
        <source>Office Time</source>
        <translation type="unfinished">Horaire du bureau</translation>
    </message>
    <message>
        <source>Confirmed meeting time</source>
        <translation type="unfinished">Horaire de rencontre confirmé</translation>
    </message>
    <message>
        <source>Cannot meet (blackout)</source>
        <translation type="unfinished">Indisponible (créneau bloqué)</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished">&amp;Bureau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;À&#xa0;:</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimesPanel</name>
    <message>
        <source>Office times</source>
        <translation type="unfinished">Horaires des bureaux</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished">Ajouter…</translation>
    </message>
    <message>
        <source>A time an office confirmed for your meeting, or a time it cannot meet.</source>
        <translation type="unfinished">Un horaire confirmé par un bureau pour votre rencontre, ou un horaire où il est indisponible.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Retirer</translation>
    </message>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">un bureau qui ne figure plus dans la liste</translation>
    </message>
    <message>
        <source>%1: confirmed %2–%3</source>
        <translation type="unfinished">%1&#xa0;: confirmé %2–%3</translation>
    </message>
    <message>
        <source>%1: cannot meet %2–%3</source>
        <translation type="unfinished">%1&#xa0;: indisponible %2–%3</translation>
    </message>
    <message>
        <source>No confirmed times or blackouts: every office can meet all day.</source>
        <translation type="unfinished">Aucun horaire confirmé ni créneau bloqué&#xa0;: chaque bureau peut recevoir toute la journée.</translation>
    </message>
    <message>
        <source>Cannot add the office time</source>
        <translation type="unfinished">Impossible d&apos;ajouter l&apos;horaire du bureau</translation>
    </message>
    <message>
        <source>Cannot remove the office time</source>
        <translation type="unfinished">Impossible de retirer l&apos;horaire du bureau</translation>
    </message>
</context>
<context>
    <name>majlis::Organization</name>
    <message>
        <source>Mosque or Islamic center</source>
        <translation type="unfinished">Mosquée ou centre islamique</translation>
    </message>
    <message>
        <source>Interfaith</source>
        <translation type="unfinished">Interconfessionnel</translation>
    </message>
    <message>
        <source>Civil rights</source>
        <translation type="unfinished">Droits civiques</translation>
    </message>
    <message>
        <source>Immigrant rights</source>
        <translation type="unfinished">Droits des immigrés</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation type="unfinished">Syndicat</translation>
    </message>
    <message>
        <source>Student association</source>
        <translation type="unfinished">Association étudiante</translation>
    </message>
    <message>
        <source>Other faith-based</source>
        <translation type="unfinished">Autre organisation confessionnelle</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation type="unfinished">Administration publique</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">Médias</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Autre</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished">Prospect</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Actif</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished">En sommeil</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">Réunion</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished">Appel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Joint event</source>
        <translation type="unfinished">Événement commun</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished">Signature</translation>
    </message>
</context>
<context>
    <name>majlis::Outcome</name>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">Favorable</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished">Indécis</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation type="unfinished">Opposé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished">Pas de réponse</translation>
    </message>
</context>
<context>
    <name>majlis::OutcomeChart</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">Résultats par demande</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>ask: bill number, then its title</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>outcome: count</comment>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished">Non renseigné&#xa0;: %1</translation>
    </message>
    <message>
        <source>No outcomes reported yet.</source>
        <translation type="unfinished">Aucun résultat signalé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>ask: its counts</comment>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished">aucun renseigné</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerBrowser</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partenaires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Issue areas</source>
        <translation type="unfinished">Thématiques</translation>
    </message>
    <message>
        <source>&amp;New Partner</source>
        <translation type="unfinished">&amp;Nouveau partenaire</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Supprimer</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished">&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished">&amp;Historique</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation type="unfinished">Aucun partenaire pour l&apos;instant</translation>
    </message>
    <message>
        <source>Keep track of the mosques, interfaith councils, civil-rights and labor groups you work with: click New Partner, give its name, then fill in its details, the people you know there and the history of the relationship.</source>
        <translation type="unfinished">Suivez les mosquées, conseils interconfessionnels, groupes de défense des droits civiques et syndicats avec lesquels vous travaillez&#xa0;: cliquez sur Nouveau partenaire, indiquez son nom, puis complétez ses détails, les personnes que vous y connaissez et l&apos;historique de la relation.</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation type="unfinished">Aucun partenaire sélectionné</translation>
    </message>
    <message>
        <source>Choose a partner in the list to see its details, its people and its history.</source>
        <translation type="unfinished">Choisissez un partenaire dans la liste pour voir ses détails, ses personnes et son historique.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners match these filters.</source>
        <translation type="unfinished">Aucun partenaire ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation type="unfinished">Aucun partenaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished">Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; first?</source>
        <translation type="unfinished">Enregistrer d&apos;abord les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot add the partner</source>
        <translation type="unfinished">Impossible d&apos;ajouter le partenaire</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation type="unfinished">Nouveau partenaire</translation>
    </message>
    <message>
        <source>Name of the organization:</source>
        <translation type="unfinished">Nom de l&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation type="unfinished">Supprimer le partenaire</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its people and history go with it, and it leaves the sign-on letters. The contacts themselves are not touched.</source>
        <translation type="unfinished">Supprimer «&#xa0;%1&#xa0;»&#xa0;? Ses personnes et son historique sont supprimés avec lui, et il est retiré des lettres à cosigner. Les contacts eux-mêmes ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Cannot delete the partner</source>
        <translation type="unfinished">Impossible de supprimer le partenaire</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerDetailsPanel</name>
    <message>
        <source>civil rights, immigration, voting</source>
        <translation type="unfinished">droits civiques, immigration, vote</translation>
    </message>
    <message>
        <source>Separate issue areas with commas.</source>
        <translation type="unfinished">Séparez les thématiques par des virgules.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US or CA.</source>
        <translation type="unfinished">Code pays à deux lettres, par exemple US ou CA.</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">C&amp;hoisir…</translation>
    </message>
    <message>
        <source>The person in your organization who keeps this relationship.</source>
        <translation type="unfinished">La personne de votre organisation qui entretient cette relation.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished">E&amp;ffacer</translation>
    </message>
    <message>
        <source>What matters to them, what they asked of us, what we promised</source>
        <translation type="unfinished">Ce qui compte pour eux, ce qu&apos;ils nous ont demandé, ce que nous avons promis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished">S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Issue areas:</source>
        <translation type="unfinished">T&amp;hématiques&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished">&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished">Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>Cha&amp;pter:</source>
        <translation type="unfinished">&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>Relationship owner:</source>
        <translation type="unfinished">Responsable de la relation&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished">N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Rétablir l&apos;original</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Aucune section</translation>
    </message>
    <message>
        <source>Unknown chapter</source>
        <translation type="unfinished">Section inconnue</translation>
    </message>
    <message>
        <source>Cannot save the partner</source>
        <translation type="unfinished">Impossible d&apos;enregistrer le partenaire</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>A deleted contact</source>
        <translation type="unfinished">Un contact supprimé</translation>
    </message>
    <message>
        <source>Relationship Owner</source>
        <translation type="unfinished">Responsable de la relation</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;Choisir</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerFilterBar</name>
    <message>
        <source>Search name, city, website or notes</source>
        <translation type="unfinished">Rechercher un nom, une ville, un site web ou des notes</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation type="unfinished">Rechercher des partenaires</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation type="unfinished">Type de partenaire</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished">Tous les types</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">Thématique</translation>
    </message>
    <message>
        <source>All issue areas</source>
        <translation type="unfinished">Toutes les thématiques</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Tous les statuts</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Section</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">Toutes les sections</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerHistoryPanel</name>
    <message>
        <source>&amp;Add Interaction…</source>
        <translation type="unfinished">&amp;Ajouter un échange…</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Historique</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Résumé</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished">Participants</translation>
    </message>
    <message>
        <source>Nothing recorded yet: add meetings, calls and joint events as they happen.</source>
        <translation type="unfinished">Rien n&apos;est encore enregistré&#xa0;: ajoutez les réunions, appels et événements communs au fur et à mesure.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation type="unfinished">
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the interaction</source>
        <translation type="unfinished">Impossible d&apos;ajouter l&apos;échange</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerPeoplePanel</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished">&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>&amp;Left the Organization…</source>
        <translation type="unfinished">A &amp;quitté l&apos;organisation…</translation>
    </message>
    <message>
        <source>Records that the person left today; they stay in the partner&apos;s history.</source>
        <translation type="unfinished">Enregistre le départ de la personne aujourd&apos;hui&#xa0;; elle reste dans l&apos;historique du partenaire.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Fonction</translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished">Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished">Jusqu&apos;au</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) there now</source>
        <translation type="unfinished">
            <numerusform>%n personne actuellement</numerusform>
            <numerusform>%n personnes actuellement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n who left</source>
        <translation type="unfinished">
            <numerusform>; %n partie</numerusform>
            <numerusform>; %n parties</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody recorded yet: add the people you work with there.</source>
        <translation type="unfinished">Personne n&apos;est encore enregistré&#xa0;: ajoutez les personnes avec qui vous y travaillez.</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation type="unfinished">Impossible d&apos;ajouter la personne</translation>
    </message>
    <message>
        <source>Cannot record the departure</source>
        <translation type="unfinished">Impossible d&apos;enregistrer le départ</translation>
    </message>
    <message>
        <source>Add People</source>
        <translation type="unfinished">Ajouter des personnes</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Suivant</translation>
    </message>
    <message>
        <source>Role at the partner (director, imam, organizer…):</source>
        <translation type="unfinished">Fonction chez le partenaire (directeur, imam, organisateur…)&#xa0;:</translation>
    </message>
    <message>
        <source>Left the Organization</source>
        <translation type="unfinished">A quitté l&apos;organisation</translation>
    </message>
    <message>
        <source>Record that %1 left on %2? They stay in the partner&apos;s history.</source>
        <translation type="unfinished">Enregistrer que %1 est parti(e) le %2&#xa0;? La personne reste dans l&apos;historique du partenaire.</translation>
    </message>
</context>
<context>
    <name>majlis::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partenaires</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">Lettres à cosigner</translation>
    </message>
    <message>
        <source>Coalition map</source>
        <translation type="unfinished">Carte de la coalition</translation>
    </message>
</context>
<context>
    <name>majlis::PostcodeLookup</name>
    <message>
        <source>This build of Majlis has no ZIP code to congressional district file (it is added when the program is built with MAJLIS_DISTRICT_FILE). Import one with &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot;: a CSV with zip, state and district columns, such as zccd.csv of the us-zipcodes-congress project.</source>
        <translation type="unfinished">Cette version de Majlis n&apos;a pas de fichier codes ZIP → circonscriptions du Congrès (il est ajouté quand le programme est compilé avec MAJLIS_DISTRICT_FILE). Importez-en un avec « majlis-cli districts import FILE --body us-congress --chamber house » : un CSV avec des colonnes zip, state et district, comme zccd.csv du projet us-zipcodes-congress.</translation>
    </message>
</context>
<context>
    <name>majlis::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished">Préférences</translation>
    </message>
    <message>
        <source>Use the &amp;Default</source>
        <translation type="unfinished">Utiliser la valeur par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Legislators download address:</source>
        <translation type="unfinished">Adresse de téléchargement des &amp;élus&#xa0;:</translation>
    </message>
    <message>
        <source>Advocacy Days &gt; Legislators… &gt; Update from the Internet downloads legislators-current.csv from here. It must be an https:// address.</source>
        <translation type="unfinished">Journées de plaidoyer &gt; Élus… &gt; Mettre à jour depuis Internet télécharge legislators-current.csv depuis cette adresse. Ce doit être une adresse https://.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>majlis::ReportBackPanel</name>
    <message>
        <source>planned</source>
        <translation type="unfinished">prévue</translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished">tenue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished">annulée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>ask: bill number, then its title</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished">Rencontres</translation>
    </message>
    <message>
        <source>Select a meeting to report on it.</source>
        <translation type="unfinished">Sélectionnez une rencontre pour en rendre compte.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Annulée</translation>
    </message>
    <message>
        <source>Name and title, e.g. Jordan Lee, legislative director</source>
        <translation type="unfinished">Nom et titre, p. ex. Jordan Lee, directeur législatif</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Non renseigné</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Élu</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation type="unfinished">Collaborateur</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>Met &amp;with:</source>
        <translation type="unfinished">Rencontré &amp;avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished">Résultats</translation>
    </message>
    <message>
        <source>The day has no asks yet. Add them on the Details tab.</source>
        <translation type="unfinished">La journée n&apos;a pas encore de demandes. Ajoutez-les dans l&apos;onglet Détails.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">Suivis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Fait</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Échéance</translation>
    </message>
    <message>
        <source>Due date as year-month-day, for example %1</source>
        <translation type="unfinished">Échéance au format année-mois-jour, par exemple %1</translation>
    </message>
    <message>
        <source>&amp;Add Follow-up</source>
        <translation type="unfinished">&amp;Ajouter un suivi</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">Re&amp;tirer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save Report</source>
        <translation type="unfinished">&amp;Enregistrer le compte rendu</translation>
    </message>
    <message>
        <source>Save the report (%1)</source>
        <translation type="unfinished">Enregistrer le compte rendu (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Rétablir l&apos;original</translation>
    </message>
    <message>
        <source>Go back to the report as last saved</source>
        <translation type="unfinished">Revenir au compte rendu tel qu&apos;enregistré en dernier</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">Aucune journée de plaidoyer sélectionnée.</translation>
    </message>
    <message>
        <source>No meetings yet: schedule the day first on the Schedule tab.</source>
        <translation type="unfinished">Aucune rencontre pour l&apos;instant&#xa0;: planifiez d&apos;abord la journée dans l&apos;onglet Planning.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished">%1&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown office</source>
        <translation type="unfinished">Bureau inconnu</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <comment>meeting list: start time, office, report status</comment>
        <translation type="unfinished">%1  %2 — %3</translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation type="unfinished">Compte rendu non enregistré</translation>
    </message>
    <message>
        <source>Save the report of the meeting with %1?</source>
        <translation type="unfinished">Enregistrer le compte rendu de la rencontre avec %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <comment>meeting heading: start, end, office</comment>
        <translation type="unfinished">%1–%2  %3</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (responsable)</translation>
    </message>
    <message>
        <source>No team assigned.</source>
        <translation type="unfinished">Aucune équipe affectée.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">Équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow-up row %1: “%2” is not a date. Write due dates as year-month-day, for example %3.</source>
        <translation type="unfinished">Ligne de suivi %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date. Écrivez les échéances au format année-mois-jour, par exemple %3.</translation>
    </message>
    <message>
        <source>Follow-up row %1 has a due date but no description. Say what is to be done, or remove the row.</source>
        <translation type="unfinished">La ligne de suivi %1 a une échéance mais pas de description. Indiquez ce qui doit être fait, ou retirez la ligne.</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished">Compte rendu non enregistré</translation>
    </message>
    <message>
        <source>Not a date. Write it as year-month-day, for example %1.</source>
        <translation type="unfinished">Ce n&apos;est pas une date. Écrivez-la au format année-mois-jour, par exemple %1.</translation>
    </message>
</context>
<context>
    <name>majlis::ReportsPage</name>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;Participation</translation>
    </message>
    <message>
        <source>Attendance per event</source>
        <translation type="unfinished">Participation par événement</translation>
    </message>
    <message>
        <source>How many registered for each event, how many came, and how many new people walked in.</source>
        <translation type="unfinished">Combien se sont inscrits à chaque événement, combien sont venus, et combien de nouvelles personnes sont arrivées sans inscription.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Événement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Inscrits</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Arrivés</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation type="unfinished">Nouveaux contacts</translation>
    </message>
    <message>
        <source>People who walked in without registering and were added as new contacts</source>
        <translation type="unfinished">Personnes venues sans inscription et ajoutées comme nouveaux contacts</translation>
    </message>
    <message>
        <source>By &amp;chapter</source>
        <translation type="unfinished">Par &amp;section</translation>
    </message>
    <message>
        <source>Attendance per chapter by month</source>
        <translation type="unfinished">Participation par section et par mois</translation>
    </message>
    <message>
        <source>How many people each chapter checked in at its events, month by month.</source>
        <translation type="unfinished">Nombre de personnes accueillies par chaque section à ses événements, mois par mois.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Mois</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished">Campagne</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Engagés</translation>
    </message>
    <message>
        <source>&amp;Voter registration</source>
        <translation type="unfinished">Inscription &amp;électorale</translation>
    </message>
    <message>
        <source>Voter registration per drive</source>
        <translation type="unfinished">Inscriptions électorales par campagne</translation>
    </message>
    <message>
        <source>What each voter-registration drive recorded, person by person, and how many pledged to vote.</source>
        <translation type="unfinished">Ce que chaque campagne d&apos;inscription électorale a enregistré, personne par personne, et combien se sont engagés à voter.</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">Personnes engagées à voter</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished">Parte&amp;naires</translation>
    </message>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">Partenaires par thématique</translation>
    </message>
    <message>
        <source>How many coalition partners work on each issue, and who they are.</source>
        <translation type="unfinished">Combien de partenaires de la coalition travaillent sur chaque thématique, et qui ils sont.</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">Thématique</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Partenaires</translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished">Noms</translation>
    </message>
    <message>
        <source>&amp;Sign-on letters</source>
        <translation type="unfinished">&amp;Lettres à cosigner</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">Lettres à cosigner</translation>
    </message>
    <message>
        <source>For each letter, how many partners asked have signed, declined, or not answered yet.</source>
        <translation type="unfinished">Pour chaque lettre, combien de partenaires sollicités ont signé, refusé ou pas encore répondu.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">Lettre</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished">Date limite</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished">Sollicités</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">Signé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Refusé</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished">Sans réponse</translation>
    </message>
    <message>
        <source>A chart of the numbers in the table below.</source>
        <translation type="unfinished">Un graphique des chiffres du tableau ci-dessous.</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <comment>chart tooltip: what the bar stands for, the series, its count</comment>
        <translation type="unfinished">%1
%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>chart category: a name, then what tells it apart</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Personnes</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest events with attendance; the table lists every event.</source>
        <translation type="unfinished">
            <numerusform>Le graphique montre le dernier événement avec participation (%n)&#xa0;; le tableau liste tous les événements.</numerusform>
            <numerusform>Le graphique montre les %n derniers événements avec participation&#xa0;; le tableau liste tous les événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see attendance here.</source>
        <translation type="unfinished">Enregistrez les arrivées aux événements pour voir la participation ici.</translation>
    </message>
    <message>
        <source>No one has registered or checked in yet. Check people in at events to see attendance here.</source>
        <translation type="unfinished">Personne ne s&apos;est encore inscrit ni n&apos;est arrivé. Enregistrez les arrivées aux événements pour voir la participation ici.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Aucune section</translation>
    </message>
    <message>
        <source>People checked in</source>
        <translation type="unfinished">Personnes arrivées</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n months; the table lists every month.</source>
        <translation type="unfinished">
            <numerusform>Le graphique montre le dernier mois (%n)&#xa0;; le tableau liste tous les mois.</numerusform>
            <numerusform>Le graphique montre les %n derniers mois&#xa0;; le tableau liste tous les mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see each chapter&apos;s attendance by month here.</source>
        <translation type="unfinished">Enregistrez les arrivées aux événements pour voir ici la participation de chaque section par mois.</translation>
    </message>
    <message>
        <source>People recorded</source>
        <translation type="unfinished">Personnes enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest drives with records; the table lists every drive.</source>
        <translation type="unfinished">
            <numerusform>Le graphique montre la dernière campagne avec des données (%n)&#xa0;; le tableau liste toutes les campagnes.</numerusform>
            <numerusform>Le graphique montre les %n dernières campagnes avec des données&#xa0;; le tableau liste toutes les campagnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record who registered at voter-registration drives to see the results here.</source>
        <translation type="unfinished">Enregistrez qui s&apos;est inscrit lors des campagnes d&apos;inscription électorale pour voir les résultats ici.</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n issue areas with the most partners; the table lists every area.</source>
        <translation type="unfinished">
            <numerusform>Le graphique montre la thématique qui compte le plus de partenaires (%n)&#xa0;; le tableau liste toutes les thématiques.</numerusform>
            <numerusform>Le graphique montre les %n thématiques qui comptent le plus de partenaires&#xa0;; le tableau liste toutes les thématiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add issue areas to partners to see the coalition by issue here.</source>
        <translation type="unfinished">Ajoutez des thématiques aux partenaires pour voir ici la coalition par thématique.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no deadline</comment>
        <translation type="unfinished">Aucune</translation>
    </message>
    <message>
        <source>Partners asked</source>
        <translation type="unfinished">Partenaires sollicités</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n letters with the latest deadlines; the table lists every letter.</source>
        <translation type="unfinished">
            <numerusform>Le graphique montre la lettre à la date limite la plus tardive (%n)&#xa0;; le tableau liste toutes les lettres.</numerusform>
            <numerusform>Le graphique montre les %n lettres aux dates limites les plus tardives&#xa0;; le tableau liste toutes les lettres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a sign-on letter and ask partners to sign it to see who signed here.</source>
        <translation type="unfinished">Créez une lettre à cosigner et sollicitez des partenaires pour voir ici qui a signé.</translation>
    </message>
    <message>
        <source>No partner has been asked to sign yet. Ask partners to sign a letter to see who signed here.</source>
        <translation type="unfinished">Aucun partenaire n&apos;a encore été sollicité. Demandez à des partenaires de signer une lettre pour voir ici qui a signé.</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation type="unfinished">Ca&amp;mpagnes</translation>
    </message>
    <message>
        <source>Open campaigns</source>
        <translation type="unfinished">Campagnes en cours</translation>
    </message>
    <message>
        <source>How each open phone bank, door-knocking effort and get-out-the-vote drive is going: attempts, people reached and pledges to vote, in all and day by day.</source>
        <translation type="unfinished">Où en est chaque phoning, porte-à-porte et mobilisation du vote en cours : tentatives, personnes jointes et engagements de vote, au total et jour par jour.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">Campagne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">Sur la liste</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Tentatives</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Taux de contact</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Engagements</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Tentatives qui ont joint la personne</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Résultats</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %Ln newest open campaigns with results; the table lists every open campaign.</source>
        <translation type="unfinished">
            <numerusform>Le graphique montre la campagne en cours la plus récente avec des résultats (%Ln) ; le tableau liste chaque campagne en cours.</numerusform>
            <numerusform>Le graphique montre les %Ln campagnes en cours les plus récentes avec des résultats ; le tableau liste chaque campagne en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: attempts, contacts and pledges per day</source>
        <translation type="unfinished">%1 : tentatives, contacts et engagements par jour</translation>
    </message>
    <message>
        <source>Start a phone bank, door-knocking effort or get-out-the-vote drive to see its progress here.</source>
        <translation type="unfinished">Lancez un phoning, un porte-à-porte ou une mobilisation du vote pour en voir l’avancement ici.</translation>
    </message>
    <message>
        <source>No results recorded yet in the open campaigns. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">Aucun résultat enregistré dans les campagnes en cours. L’avancement apparaîtra ici à mesure que les bénévoles enregistrent des résultats.</translation>
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
        <translation>La désinscrire aussi&#xa0;?</translation>
    </message>
    <message>
        <source>Keep them on future lists</source>
        <translation>La garder sur les prochaines listes</translation>
    </message>
    <message>
        <source>Opt out: refused</source>
        <translation>Désinscrire&#xa0;: refus</translation>
    </message>
    <message>
        <source>Opt out: hostile</source>
        <translation>Désinscrire&#xa0;: hostile</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Result: none chosen yet</source>
        <translation>Résultat&#xa0;: pas encore choisi</translation>
    </message>
</context>
<context>
    <name>majlis::RowWriter</name>
    <message>
        <source>The record was deleted meanwhile, perhaps in another window.</source>
        <translation type="unfinished">L&apos;enregistrement a été supprimé entre-temps, peut-être dans une autre fenêtre.</translation>
    </message>
</context>
<context>
    <name>majlis::SaveFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>majlis::ScheduleGridModel</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation type="unfinished">
            <numerusform>%1 (%n personne)</numerusform>
            <numerusform>%1 (%n personnes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1, salle %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished">%1–%2</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (responsable)</translation>
    </message>
    <message>
        <source>Pinned: scheduling again keeps it here.</source>
        <translation type="unfinished">Épinglée&#xa0;: une nouvelle planification la laisse ici.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished">Conflit</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Épinglée</translation>
    </message>
</context>
<context>
    <name>majlis::SchedulePanel</name>
    <message>
        <source>Move meeting to %1</source>
        <translation type="unfinished">Déplacer la rencontre à %1</translation>
    </message>
    <message>
        <source>Cannot move the meeting</source>
        <translation type="unfinished">Impossible de déplacer la rencontre</translation>
    </message>
    <message>
        <source>%1: no conflicts</source>
        <translation type="unfinished">%1&#xa0;: aucun conflit</translation>
    </message>
    <message>
        <source>&amp;Build Schedule</source>
        <translation type="unfinished">&amp;Construire le planning</translation>
    </message>
    <message>
        <source>Place every constituent with their senators and representative. Pinned and reported meetings stay where they are. (Ctrl+R)</source>
        <translation type="unfinished">Placer chaque électeur avec ses sénateurs et son représentant. Les rencontres épinglées ou ayant un compte rendu restent en place. (Ctrl+R)</translation>
    </message>
    <message>
        <source>By office</source>
        <translation type="unfinished">Par bureau</translation>
    </message>
    <message>
        <source>By attendee</source>
        <translation type="unfinished">Par participant</translation>
    </message>
    <message>
        <source>By team</source>
        <translation type="unfinished">Par équipe</translation>
    </message>
    <message>
        <source>Show the schedule</source>
        <translation type="unfinished">Afficher le planning</translation>
    </message>
    <message>
        <source>&amp;Pin / Unpin</source>
        <translation type="unfinished">É&amp;pingler / Désépingler</translation>
    </message>
    <message>
        <source>A pinned meeting keeps its time when the schedule is built again.</source>
        <translation type="unfinished">Une rencontre épinglée garde son horaire quand le planning est reconstruit.</translation>
    </message>
    <message>
        <source>Schedule grid: drag a meeting to another time to move it</source>
        <translation type="unfinished">Grille du planning&#xa0;: faites glisser une rencontre vers un autre horaire pour la déplacer</translation>
    </message>
    <message>
        <source>Time and office</source>
        <translation type="unfinished">Horaire et bureau</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rôle</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished">&amp;Conflits</translation>
    </message>
    <message>
        <source>&amp;Not scheduled</source>
        <translation type="unfinished">&amp;Non planifiées</translation>
    </message>
    <message>
        <source>&amp;Office times</source>
        <translation type="unfinished">&amp;Horaires des bureaux</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished">Aucun conflit.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Épinglée</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <source>no office</source>
        <translation type="unfinished">aucun bureau</translation>
    </message>
    <message>
        <source>%1 — %2: not scheduled yet; build the schedule to place this meeting.</source>
        <translation type="unfinished">%1 — %2&#xa0;: pas encore planifiée&#xa0;; construisez le planning pour placer cette rencontre.</translation>
    </message>
    <message>
        <source>Register attendees on the Attendees tab, then build the schedule.</source>
        <translation type="unfinished">Inscrivez les participants dans l&apos;onglet Participants, puis construisez le planning.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s); </source>
        <translation type="unfinished">
            <numerusform>%n rencontre&#xa0;; </numerusform>
            <numerusform>%n rencontres&#xa0;; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) not scheduled.</source>
        <translation type="unfinished">
            <numerusform>%n demande non planifiée.</numerusform>
            <numerusform>%n demandes non planifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has every meeting they can have.</source>
        <translation type="unfinished">Chacun a toutes les rencontres possibles.</translation>
    </message>
    <message>
        <source>Cannot build the schedule</source>
        <translation type="unfinished">Impossible de construire le planning</translation>
    </message>
    <message>
        <source>Cannot pin the meeting</source>
        <translation type="unfinished">Impossible d&apos;épingler la rencontre</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Conflits</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished">Non planifié</translation>
    </message>
</context>
<context>
    <name>majlis::ScriptTreeModel</name>
    <message>
        <source>Choose one</source>
        <translation>Un seul choix</translation>
    </message>
    <message>
        <source>Choose any</source>
        <translation>Plusieurs choix</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Adds the tag %1</source>
        <translation>Ajoute l&apos;étiquette %1</translation>
    </message>
    <message>
        <source>Records a pledge to vote</source>
        <translation>Enregistre un engagement à voter</translation>
    </message>
    <message>
        <source>Asks for a voter-registration follow-up</source>
        <translation>Demande un suivi d&apos;inscription électorale</translation>
    </message>
    <message>
        <source>Opts the person out of every list</source>
        <translation>Désinscrit la personne de toutes les listes</translation>
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
        <translation>Question et réponses</translation>
    </message>
    <message>
        <source>Kind, or what the answer does</source>
        <translation>Type, ou effet de la réponse</translation>
    </message>
</context>
<context>
    <name>majlis::SignOnLettersPanel</name>
    <message>
        <source>New &amp;Letter…</source>
        <translation type="unfinished">Nouvelle &amp;lettre…</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">Lettres à cosigner</translation>
    </message>
    <message>
        <source>&amp;Ask Partners…</source>
        <translation type="unfinished">&amp;Solliciter des partenaires…</translation>
    </message>
    <message>
        <source>&amp;Record Answer…</source>
        <translation type="unfinished">&amp;Enregistrer une réponse…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Partenaire</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Réponse</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished">Répondu le</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished">Signée par</translation>
    </message>
    <message>
        <source>No sign-on letters yet</source>
        <translation type="unfinished">Aucune lettre à cosigner pour l&apos;instant</translation>
    </message>
    <message>
        <source>When a coalition circulates a letter, add it with New Letter…, ask the partners you want on it, then record who signed and who declined. Signatures go into each partner&apos;s history.</source>
        <translation type="unfinished">Quand une coalition fait circuler une lettre, ajoutez-la avec Nouvelle lettre…, sollicitez les partenaires souhaités, puis enregistrez qui a signé et qui a refusé. Les signatures sont ajoutées à l&apos;historique de chaque partenaire.</translation>
    </message>
    <message>
        <source>No letter selected</source>
        <translation type="unfinished">Aucune lettre sélectionnée</translation>
    </message>
    <message>
        <source>Choose a letter in the list to see who was asked and who answered.</source>
        <translation type="unfinished">Choisissez une lettre dans la liste pour voir qui a été sollicité et qui a répondu.</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished">Date limite&#xa0;: %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">Aucune date limite</translation>
    </message>
    <message>
        <source>The deadline, %1, has passed</source>
        <translation type="unfinished">La date limite (%1) est dépassée</translation>
    </message>
    <message>
        <source>Nobody asked yet: click Ask Partners… to choose who should sign.</source>
        <translation type="unfinished">Personne n&apos;a encore été sollicité&#xa0;: cliquez sur Solliciter des partenaires… pour choisir qui doit signer.</translation>
    </message>
    <message>
        <source>%1 signed, %2 declined, %3 not yet answered</source>
        <translation type="unfinished">%1 ont signé, %2 ont refusé, %3 n&apos;ont pas encore répondu</translation>
    </message>
    <message>
        <source>Every partner asked has answered.</source>
        <translation type="unfinished">Tous les partenaires sollicités ont répondu.</translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation type="unfinished">Pas encore de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot add the letter</source>
        <translation type="unfinished">Impossible d&apos;ajouter la lettre</translation>
    </message>
    <message>
        <source>Cannot ask the partners</source>
        <translation type="unfinished">Impossible de solliciter les partenaires</translation>
    </message>
    <message>
        <source>Cannot record the answer</source>
        <translation type="unfinished">Impossible d&apos;enregistrer la réponse</translation>
    </message>
    <message>
        <source>Change the Answer</source>
        <translation type="unfinished">Modifier la réponse</translation>
    </message>
    <message>
        <source>%1 already answered: %2 on %3. Record a new answer instead?</source>
        <translation type="unfinished">%1 a déjà répondu&#xa0;: %2 le %3. Enregistrer une nouvelle réponse à la place&#xa0;?</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished">Texte de la lettre</translation>
    </message>
    <message>
        <source>Partners&apos; answers</source>
        <translation type="unfinished">Réponses des partenaires</translation>
    </message>
</context>
<context>
    <name>majlis::SyncController</name>
    <message>
        <source>This computer has no keychain Majlis can use, so the sync login is kept only until Majlis closes: the password will be asked again next time.</source>
        <translation type="unfinished">Cet ordinateur n&apos;a pas de trousseau utilisable par Majlis&#xa0;: la connexion de synchronisation n&apos;est donc conservée que jusqu&apos;à la fermeture de Majlis, et le mot de passe sera redemandé la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncServerDialog</name>
    <message>
        <source>Sync Server</source>
        <translation type="unfinished">Serveur de synchronisation</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation type="unfinished">https://sync.example.org</translation>
    </message>
    <message>
        <source>How this laptop recognizes the server</source>
        <translation type="unfinished">Comment cet ordinateur portable reconnaît le serveur</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate &amp;authority</source>
        <translation type="unfinished">L&apos;autorité de certification de l&apos;&amp;organisation</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="unfinished">&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>The server certificate&apos;s SHA-256 &amp;fingerprint</source>
        <translation type="unfinished">L&apos;&amp;empreinte SHA-256 du certificat du serveur</translation>
    </message>
    <message>
        <source>AB:CD:EF:… (64 hexadecimal digits)</source>
        <translation type="unfinished">AB:CD:EF:… (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>Your organization&apos;s administrator gives you one of the two.</source>
        <translation type="unfinished">L&apos;administrateur de votre organisation vous fournit l&apos;un des deux.</translation>
    </message>
    <message>
        <source>Majlis does not save your password: the server gives this laptop a session, which is kept in this computer&apos;s keychain.</source>
        <translation type="unfinished">Majlis n&apos;enregistre pas votre mot de passe&#xa0;: le serveur ouvre pour cet ordinateur portable une session, conservée dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished">&amp;Se connecter</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished">Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Forget the session on this laptop. Changes stay here until you log in again.</source>
        <translation type="unfinished">Oublie la session sur cet ordinateur portable. Les modifications restent ici jusqu&apos;à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished">&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished">Saisissez votre nom d&apos;utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>Choose the file of the organization&apos;s certificate authority, or give the server certificate&apos;s fingerprint instead.</source>
        <translation type="unfinished">Choisissez le fichier de l&apos;autorité de certification de l&apos;organisation, ou indiquez plutôt l&apos;empreinte du certificat du serveur.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format (a text file starting with “-----BEGIN CERTIFICATE-----”).</source>
        <translation type="unfinished">%1 ne contient aucun certificat au format PEM (un fichier texte commençant par «&#xa0;-----BEGIN CERTIFICATE-----&#xa0;»).</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished">Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished">Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished">Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation type="unfinished">%1, valide jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished">Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>A sync is running. Log in once it is done, or cancel it in the status bar.</source>
        <translation type="unfinished">Une synchronisation est en cours. Connectez-vous une fois qu&apos;elle est terminée, ou annulez-la dans la barre d&apos;état.</translation>
    </message>
    <message>
        <source>Logged out. Changes stay on this laptop until you log in again.</source>
        <translation type="unfinished">Déconnecté. Les modifications restent sur cet ordinateur portable jusqu&apos;à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished">Connexion en cours…</translation>
    </message>
    <message>
        <source>A sync is running; logging in is possible once it is done.</source>
        <translation type="unfinished">Une synchronisation est en cours&#xa0;; la connexion sera possible une fois qu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished">Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation type="unfinished">Non connecté.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncStatusWidget</name>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished">Synchronisé à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform>Synchronisé il y a %n minute</numerusform>
            <numerusform>Synchronisé il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform>Synchronisé il y a %n heure</numerusform>
            <numerusform>Synchronisé il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation type="unfinished">Synchronisé le %1</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation type="unfinished">Dernière synchronisation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished">Pas encore synchronisé.</translation>
    </message>
    <message>
        <source>Sent: %1 · Received: %2 · Removed: %3 · New conflicts: %4 · Refused: %5</source>
        <translation type="unfinished">Envoyées&#xa0;: %1 · Reçues&#xa0;: %2 · Supprimées&#xa0;: %3 · Nouveaux conflits&#xa0;: %4 · Refusées&#xa0;: %5</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished">Synchronisation&#xa0;: non configurée</translation>
    </message>
    <message>
        <source>This workspace is only on this laptop. Click to choose the sync server.</source>
        <translation type="unfinished">Cet espace de travail n&apos;existe que sur cet ordinateur portable. Cliquez pour choisir le serveur de synchronisation.</translation>
    </message>
    <message>
        <source>Offline — will retry</source>
        <translation type="unfinished">Hors ligne — nouvelle tentative prévue</translation>
    </message>
    <message>
        <source>Majlis tries again every few minutes. Click to try now.</source>
        <translation type="unfinished">Majlis réessaie à intervalles de quelques minutes. Cliquez pour réessayer maintenant.</translation>
    </message>
    <message>
        <source>Syncing: connecting…</source>
        <translation type="unfinished">Synchronisation&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>Syncing: sending…</source>
        <translation type="unfinished">Synchronisation&#xa0;: envoi…</translation>
    </message>
    <message>
        <source>Sent %1 of %2 changes.</source>
        <translation type="unfinished">%1 modifications envoyées sur %2.</translation>
    </message>
    <message>
        <source>Syncing: receiving…</source>
        <translation type="unfinished">Synchronisation&#xa0;: réception…</translation>
    </message>
    <message>
        <source>Received %1 changes so far.</source>
        <translation type="unfinished">%1 modifications reçues jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Sync: not synced yet</source>
        <translation type="unfinished">Synchronisation&#xa0;: pas encore effectuée</translation>
    </message>
    <message>
        <source>Majlis syncs every few minutes. Click to sync now.</source>
        <translation type="unfinished">Majlis se synchronise à intervalles de quelques minutes. Cliquez pour synchroniser maintenant.</translation>
    </message>
    <message>
        <source>Sync: log in again</source>
        <translation type="unfinished">Synchronisation&#xa0;: reconnectez-vous</translation>
    </message>
    <message>
        <source>Your changes stay on this laptop until then. Click to log in.</source>
        <translation type="unfinished">D&apos;ici là, vos modifications restent sur cet ordinateur portable. Cliquez pour vous connecter.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished">Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation type="unfinished">Cliquez pour réessayer.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished">État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished">Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Stop syncing. What was already sent or received is kept.</source>
        <translation type="unfinished">Arrête la synchronisation. Ce qui a déjà été envoyé ou reçu est conservé.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Values that lost to an edit made on another laptop. Click to review them.</source>
        <translation type="unfinished">Valeurs écartées au profit d&apos;une modification faite sur un autre ordinateur portable. Cliquez pour les examiner.</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutPanel</name>
    <message>
        <source>Turnout per district</source>
        <translation type="unfinished">Participation par circonscription</translation>
    </message>
    <message>
        <source>Chase list: pledged, not voted yet</source>
        <translation type="unfinished">Liste de relance : engagés, pas encore votants</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Circonscription</translation>
    </message>
    <message>
        <source>Chase list</source>
        <translation type="unfinished">Liste de relance</translation>
    </message>
    <message>
        <source>&amp;Mark Voted</source>
        <translation type="unfinished">&amp;Marquer a voté</translation>
    </message>
    <message>
        <source>Mark the selected people on the chase list as voted</source>
        <translation type="unfinished">Marquer comme votants les personnes choisies dans la liste de relance</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation type="unfinished">Annuler le dernier marquage</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">&amp;Circonscription :</translation>
    </message>
    <message>
        <source>Find anyone</source>
        <translation type="unfinished">Trouver quelqu’un</translation>
    </message>
    <message>
        <source>Find by name or phone</source>
        <translation type="unfinished">Rechercher par nom ou téléphone</translation>
    </message>
    <message>
        <source>Name or phone number</source>
        <translation type="unfinished">Nom ou numéro de téléphone</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Personnes trouvées</translation>
    </message>
    <message>
        <source>Mark &amp;Voted</source>
        <translation type="unfinished">Marquer a &amp;voté</translation>
    </message>
    <message>
        <source>Mark the people found as voted</source>
        <translation type="unfinished">Marquer comme votantes les personnes trouvées</translation>
    </message>
    <message>
        <source>Mark &amp;Not Voted</source>
        <translation type="unfinished">Marquer &amp;non votant</translation>
    </message>
    <message>
        <source>Take the voted mark off the people found</source>
        <translation type="unfinished">Retirer la marque de vote des personnes trouvées</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rétablir</translation>
    </message>
    <message>
        <source>Choose an election to follow its turnout.</source>
        <translation type="unfinished">Choisissez une élection pour en suivre la participation.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>election name, then its date</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>Nobody has pledged to vote in this election yet. Pledges come from the answers people give to campaign scripts.</source>
        <translation type="unfinished">Personne ne s’est encore engagé à voter à cette élection. Les engagements viennent des réponses données aux scripts des campagnes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pledged to vote; %1 of them (%2) have voted.</source>
        <translation type="unfinished">
            <numerusform>%Ln personne s’est engagée à voter ; %1 (%2) a voté.</numerusform>
            <numerusform>%Ln personnes se sont engagées à voter ; %1 d’entre elles (%2) ont voté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more voted without having pledged.</source>
        <translation type="unfinished">
            <numerusform>%Ln autre personne a voté sans s’être engagée.</numerusform>
            <numerusform>%Ln autres personnes ont voté sans s’être engagées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every district</source>
        <translation type="unfinished">Toutes les circonscriptions</translation>
    </message>
    <message>
        <source>Nobody to chase: nobody has pledged yet.</source>
        <translation type="unfinished">Personne à relancer : personne ne s’est encore engagé.</translation>
    </message>
    <message>
        <source>Nobody left to chase: everyone who pledged has voted.</source>
        <translation type="unfinished">Plus personne à relancer : tous les engagés ont voté.</translation>
    </message>
    <message>
        <source>Type a name or phone number to find anyone, pledged or not, and mark them voted.</source>
        <translation type="unfinished">Tapez un nom ou un numéro pour trouver quelqu’un, engagé ou non, et le marquer votant.</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation type="unfinished">Personne ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Already marked voted.</source>
        <translation type="unfinished">Déjà marqué votant.</translation>
    </message>
    <message>
        <source>Not marked voted.</source>
        <translation type="unfinished">Pas marqué votant.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln people voted.</source>
        <translation type="unfinished">
            <numerusform>%Ln personne marquée votante.</numerusform>
            <numerusform>%Ln personnes marquées votantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the voted mark off %Ln people.</source>
        <translation type="unfinished">
            <numerusform>Marque de vote retirée pour %Ln personne.</numerusform>
            <numerusform>Marque de vote retirée pour %Ln personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with %1.</source>
        <translation type="unfinished">Annuler avec %1.</translation>
    </message>
    <message>
        <source>Cannot mark the vote</source>
        <translation type="unfinished">Impossible de marquer le vote</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutRowModel</name>
    <message>
        <source>Unknown district</source>
        <translation type="unfinished">Circonscription inconnue</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Engagés</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">A voté</translation>
    </message>
    <message>
        <source>Marked voted at %1</source>
        <translation type="unfinished">Marqué votant le %1</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Circonscription</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
</context>
<context>
    <name>majlis::VolunteerModel</name>
    <message>
        <source>Volunteer (sync user name)</source>
        <translation>Bénévole (identifiant de synchronisation)</translation>
    </message>
    <message>
        <source>Languages they call in</source>
        <translation>Langues d&apos;appel</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>À appeler</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Fait</translation>
    </message>
</context>
<context>
    <name>majlis::WalkListPanel</name>
    <message>
        <source>Walk list of</source>
        <translation type="unfinished">Liste de parcours de</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Walk list preview</source>
        <translation type="unfinished">Aperçu de la liste de parcours</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">Toute la liste</translation>
    </message>
    <message>
        <source>Every volunteer&apos;s share (each on its own pages)</source>
        <translation type="unfinished">La part de chaque bénévole (chacune sur ses pages)</translation>
    </message>
    <message>
        <source>Choose a door-knocking campaign to print its walk lists.</source>
        <translation type="unfinished">Choisissez une campagne de porte-à-porte pour imprimer ses listes de parcours.</translation>
    </message>
    <message>
        <source>Print Walk Lists</source>
        <translation type="unfinished">Imprimer les listes de parcours</translation>
    </message>
    <message>
        <source>Save Walk Lists as PDF</source>
        <translation type="unfinished">Enregistrer les listes de parcours en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">Impossible d&apos;enregistrer le PDF</translation>
    </message>
</context>
<context>
    <name>majlis::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation type="unfinished">Réglages de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s country</source>
        <translation type="unfinished">Non défini : le pays de cet ordinateur</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">Pays des numéros de téléphone</translation>
    </message>
    <message>
        <source>Time zone of events</source>
        <translation type="unfinished">Fuseau horaire des événements</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s time zone</source>
        <translation type="unfinished">Non défini : le fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation type="unfinished">&amp;Pays des numéros de téléphone :</translation>
    </message>
    <message>
        <source>&amp;Time zone of events:</source>
        <translation type="unfinished">&amp;Fuseau horaire des événements :</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished">Sections</translation>
    </message>
    <message>
        <source>C&amp;hapters</source>
        <translation type="unfinished">Sectio&amp;ns</translation>
    </message>
    <message>
        <source>A chapter&apos;s own country and time zone come before the workspace&apos;s for its contacts and events. Double-click a cell to change it; an empty one follows the workspace.</source>
        <translation type="unfinished">Le pays et le fuseau horaire propres à une section passent avant ceux de l&apos;espace de travail pour ses contacts et ses événements. Double-cliquez sur une cellule pour la modifier ; une cellule vide suit l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The chapters could not be read: %1</source>
        <translation type="unfinished">Impossible de lire les sections : %1</translation>
    </message>
    <message>
        <source>Numbers typed without + are read as numbers of %1, unless the contact or its chapter names another country.</source>
        <translation type="unfinished">Les numéros saisis sans + sont lus comme des numéros de %1, sauf si le contact ou sa section indique un autre pays.</translation>
    </message>
    <message>
        <source>In effect: %1, from this computer&apos;s language and region settings.</source>
        <translation type="unfinished">En vigueur : %1, d&apos;après les réglages de langue et de région de cet ordinateur.</translation>
    </message>
    <message>
        <source>None in effect: this computer&apos;s settings name no country, so numbers typed without + and without a country are kept as typed. Choose one.</source>
        <translation type="unfinished">Aucun pays en vigueur : les réglages de cet ordinateur n&apos;indiquent aucun pays, donc les numéros saisis sans + et sans pays sont gardés tels quels. Choisissez-en un.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows; choose one from the list.</source>
        <translation type="unfinished">%1 n&apos;est pas un fuseau horaire connu de cet ordinateur ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>In effect: %1, this computer&apos;s time zone.</source>
        <translation type="unfinished">En vigueur : %1, le fuseau horaire de cet ordinateur.</translation>
    </message>
    <message>
        <source>Events without a zone of their own or of their chapter are at %1.</source>
        <translation type="unfinished">Les événements sans fuseau propre ni fuseau de leur section sont à l&apos;heure de %1.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished">Rien n&apos;a été modifié. %1</translation>
    </message>
</context>
<context>
    <name>majlis::cli::Context</name>
    <message>
        <source>The chapter&apos;s city.</source>
        <translation type="unfinished">La ville de la section.</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">nom</translation>
    </message>
    <message>
        <source>State, province or region.</source>
        <translation type="unfinished">État, province ou région.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US.</source>
        <translation type="unfinished">Code pays à deux lettres, par exemple US.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">code</translation>
    </message>
    <message>
        <source>&quot;chapters add&quot; needs the chapter&apos;s name.</source>
        <translation type="unfinished">«&#xa0;chapters add&#xa0;» nécessite le nom de la section.</translation>
    </message>
    <message>
        <source>Added chapter %1.</source>
        <translation type="unfinished">Section %1 ajoutée.</translation>
    </message>
    <message>
        <source>No chapters yet. Add one with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">Aucune section pour l&apos;instant. Ajoutez-en une avec «&#xa0;majlis-cli chapters add NAME&#xa0;».</translation>
    </message>
    <message>
        <source>Workspace ready at %1 (format %2).</source>
        <translation type="unfinished">Espace de travail prêt&#xa0;: %1 (format %2).</translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation type="unfinished">Prénom.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation type="unfinished">Nom de famille.</translation>
    </message>
    <message>
        <source>Preferred name.</source>
        <translation type="unfinished">Nom d&apos;usage.</translation>
    </message>
    <message>
        <source>Email address; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">Adresse e-mail&#xa0;; à répéter pour en indiquer plusieurs (remplace les existantes lors d&apos;une modification).</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">adresse</translation>
    </message>
    <message>
        <source>Phone number; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">Numéro de téléphone&#xa0;; à répéter pour en indiquer plusieurs (remplace les existants lors d&apos;une modification).</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">numéro</translation>
    </message>
    <message>
        <source>Chapter name.</source>
        <translation type="unfinished">Nom de la section.</translation>
    </message>
    <message>
        <source>U.S. state, two letters.</source>
        <translation type="unfinished">État américain, deux lettres.</translation>
    </message>
    <message>
        <source>Congressional district (0 for at-large).</source>
        <translation type="unfinished">Circonscription du Congrès (0 pour un siège at-large).</translation>
    </message>
    <message>
        <source>Organization.</source>
        <translation type="unfinished">Organisation.</translation>
    </message>
    <message>
        <source>Role at the organization.</source>
        <translation type="unfinished">Fonction dans l&apos;organisation.</translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished">fonction</translation>
    </message>
    <message>
        <source>Tag; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">Étiquette&#xa0;; à répéter pour en indiquer plusieurs (remplace les existantes lors d&apos;une modification).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished">étiquette</translation>
    </message>
    <message>
        <source>Language spoken, such as ar; repeatable.</source>
        <translation type="unfinished">Langue parlée, par exemple ar&#xa0;; peut être répété.</translation>
    </message>
    <message>
        <source>Consent given today, on the command line: email, sms, phone or photo; repeatable.</source>
        <translation type="unfinished">Consentement donné aujourd&apos;hui, en ligne de commande&#xa0;: email, sms, phone ou photo&#xa0;; peut être répété.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished">canal</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished">Notes.</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">texte</translation>
    </message>
    <message>
        <source>--district takes a number, such as 12 or 0 for at-large.</source>
        <translation type="unfinished">--district attend un nombre, par exemple 12, ou 0 pour un siège at-large.</translation>
    </message>
    <message>
        <source>Unknown consent &quot;%1&quot;; use email, sms, phone or photo.</source>
        <translation type="unfinished">Consentement inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez email, sms, phone ou photo.</translation>
    </message>
    <message>
        <source>%1 Add it first with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">%1 Ajoutez-la d&apos;abord avec «&#xa0;majlis-cli chapters add NAME&#xa0;».</translation>
    </message>
    <message>
        <source>  id: %1</source>
        <translation type="unfinished">  identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>  email: %1</source>
        <translation type="unfinished">  e-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>  phone: %1</source>
        <translation type="unfinished">  téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>  chapter: %1</source>
        <translation type="unfinished">  section&#xa0;: %1</translation>
    </message>
    <message>
        <source>  district: %1</source>
        <translation type="unfinished">  circonscription&#xa0;: %1</translation>
    </message>
    <message>
        <source>  tags: %1</source>
        <translation type="unfinished">  étiquettes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Show at most this many (default 50).</source>
        <translation type="unfinished">En afficher au plus ce nombre (50 par défaut).</translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished">nombre</translation>
    </message>
    <message>
        <source>Only this chapter.</source>
        <translation type="unfinished">Uniquement cette section.</translation>
    </message>
    <message>
        <source>Only contacts with this tag.</source>
        <translation type="unfinished">Uniquement les contacts portant cette étiquette.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished">%1 ajouté.</translation>
    </message>
    <message>
        <source>&quot;contacts search&quot; needs something to search for.</source>
        <translation type="unfinished">«&#xa0;contacts search&#xa0;» nécessite un texte à rechercher.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished">--limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; needs a contact id.</source>
        <translation type="unfinished">«&#xa0;contacts %1&#xa0;» nécessite un identifiant de contact.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; takes one contact id.</source>
        <translation type="unfinished">«&#xa0;contacts %1&#xa0;» attend un seul identifiant de contact.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">%1 enregistré.</translation>
    </message>
    <message>
        <source>--date takes a date like 2027-03-04.</source>
        <translation type="unfinished">--date attend une date comme 2027-03-04.</translation>
    </message>
    <message>
        <source>--%1 takes a time like 09:00.</source>
        <translation type="unfinished">--%1 attend une heure comme 09:00.</translation>
    </message>
    <message>
        <source>--slot and --team-size take whole numbers.</source>
        <translation type="unfinished">--slot et --team-size attendent des nombres entiers.</translation>
    </message>
    <message>
        <source>Created advocacy day %1 (%2).</source>
        <translation type="unfinished">Journée de plaidoyer %1 créée (%2).</translation>
    </message>
    <message>
        <source>No advocacy days yet. Create one with &quot;majlis-cli day create TITLE --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">Aucune journée de plaidoyer pour l&apos;instant. Créez-en une avec «&#xa0;majlis-cli day create TITLE --date YYYY-MM-DD&#xa0;».</translation>
    </message>
    <message>
        <source>--role is one of constituent, team_lead, note_taker, first_timer.</source>
        <translation type="unfinished">--role doit valoir constituent, team_lead, note_taker ou first_timer.</translation>
    </message>
    <message>
        <source>Name the contacts to register, by id or with --tag.</source>
        <translation type="unfinished">Indiquez les contacts à inscrire, par identifiant ou avec --tag.</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n new attendee(s) for %1.</source>
        <translation type="unfinished">
            <numerusform>%n nouveau participant inscrit pour %1.</numerusform>
            <numerusform>%n nouveaux participants inscrits pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet. Use &quot;majlis-cli day attendees add DAY CONTACT...&quot;.</source>
        <translation type="unfinished">Personne n&apos;est encore inscrit. Utilisez «&#xa0;majlis-cli day attendees add DAY CONTACT...&#xa0;».</translation>
    </message>
    <message>
        <source>Scheduled %1 meetings; %2 of %3 constituents have all their meetings.</source>
        <translation type="unfinished">%1 rencontres planifiées&#xa0;; %2 électeurs sur %3 ont toutes leurs rencontres.</translation>
    </message>
    <message>
        <source>Not scheduled:</source>
        <translation type="unfinished">Non planifiées&#xa0;:</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished">Impossible de créer le dossier %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation type="unfinished">
            <numerusform>%n fichier écrit.</numerusform>
            <numerusform>%n fichiers écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;day attendees&quot; needs add or list.</source>
        <translation type="unfinished">«&#xa0;day attendees&#xa0;» nécessite add ou list.</translation>
    </message>
    <message>
        <source>The day&apos;s date, such as 2027-03-04.</source>
        <translation type="unfinished">La date de la journée, par exemple 2027-03-04.</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">date</translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished">ville</translation>
    </message>
    <message>
        <source>The day&apos;s theme.</source>
        <translation type="unfinished">Le thème de la journée.</translation>
    </message>
    <message>
        <source>First meeting time (default 09:00).</source>
        <translation type="unfinished">Heure de la première rencontre (09:00 par défaut).</translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished">heure</translation>
    </message>
    <message>
        <source>End of the last meeting (default 17:00).</source>
        <translation type="unfinished">Fin de la dernière rencontre (17:00 par défaut).</translation>
    </message>
    <message>
        <source>Minutes per meeting (default 30).</source>
        <translation type="unfinished">Minutes par rencontre (30 par défaut).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished">minutes</translation>
    </message>
    <message>
        <source>Most people in one team (default 8).</source>
        <translation type="unfinished">Nombre maximal de personnes par équipe (8 par défaut).</translation>
    </message>
    <message>
        <source>An ask, as &quot;BILL: title&quot;; repeat for more.</source>
        <translation type="unfinished">Une demande, sous la forme «&#xa0;BILL: titre&#xa0;»&#xa0;; à répéter pour en ajouter.</translation>
    </message>
    <message>
        <source>ask</source>
        <translation type="unfinished">demande</translation>
    </message>
    <message>
        <source>constituent (default), team_lead, note_taker or first_timer.</source>
        <translation type="unfinished">constituent (par défaut), team_lead, note_taker ou first_timer.</translation>
    </message>
    <message>
        <source>Register every contact with this tag.</source>
        <translation type="unfinished">Inscrire tous les contacts portant cette étiquette.</translation>
    </message>
    <message>
        <source>Write the day as an iCalendar file.</source>
        <translation type="unfinished">Écrire la journée dans un fichier iCalendar.</translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished">fichier</translation>
    </message>
    <message>
        <source>Write the itineraries as a PDF, one per page.</source>
        <translation type="unfinished">Écrire les itinéraires dans un PDF, un par page.</translation>
    </message>
    <message>
        <source>Write the schedule as CSV.</source>
        <translation type="unfinished">Écrire le planning en CSV.</translation>
    </message>
    <message>
        <source>With --ics: one file per attendee, in the folder given.</source>
        <translation type="unfinished">Avec --ics&#xa0;: un fichier par participant, dans le dossier indiqué.</translation>
    </message>
    <message>
        <source>unknown command &quot;day %1&quot;; use create, list, attendees add, attendees list, schedule or export.</source>
        <translation type="unfinished">commande inconnue «&#xa0;day %1&#xa0;»&#xa0;; utilisez create, list, attendees add, attendees list, schedule ou export.</translation>
    </message>
    <message>
        <source>&quot;day create&quot; needs the day&apos;s title.</source>
        <translation type="unfinished">«&#xa0;day create&#xa0;» nécessite le titre de la journée.</translation>
    </message>
    <message>
        <source>Name the advocacy day, by the id &quot;day list&quot; shows or by its title.</source>
        <translation type="unfinished">Indiquez la journée de plaidoyer, par l&apos;identifiant qu&apos;affiche «&#xa0;day list&#xa0;» ou par son titre.</translation>
    </message>
    <message>
        <source>This walk-in may already be a contact: %1. Check in that contact by id instead.</source>
        <translation type="unfinished">Cet arrivant est peut-être déjà un contact&#xa0;: %1. Enregistrez plutôt l&apos;arrivée de ce contact par son identifiant.</translation>
    </message>
    <message>
        <source>Added and checked in %1.</source>
        <translation type="unfinished">%1 ajouté(e) et arrivée enregistrée.</translation>
    </message>
    <message>
        <source>Name the contacts to check in by id, or add a walk-in with --walk-in --given NAME.</source>
        <translation type="unfinished">Indiquez par identifiant les contacts dont enregistrer l&apos;arrivée, ou ajoutez un arrivant sans inscription avec --walk-in --given NAME.</translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation type="unfinished">Arrivée de %1 enregistrée à %2.</translation>
    </message>
    <message>
        <source>When it starts, such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">Début, par exemple «&#xa0;2027-05-01 18:30&#xa0;».</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation type="unfinished">Fin.</translation>
    </message>
    <message>
        <source>voter_registration, interfaith, town_hall, training, cultural, community or other.</source>
        <translation type="unfinished">voter_registration, interfaith, town_hall, training, cultural, community ou other.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished">type</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation type="unfinished">Lieu.</translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished">lieu</translation>
    </message>
    <message>
        <source>How many people fit (0: no limit).</source>
        <translation type="unfinished">Nombre de places (0&#xa0;: aucune limite).</translation>
    </message>
    <message>
        <source>The chapter running it.</source>
        <translation type="unfinished">La section qui l&apos;organise.</translation>
    </message>
    <message>
        <source>Add a new contact at the door and check them in.</source>
        <translation type="unfinished">Ajouter un nouveau contact à l&apos;entrée et enregistrer son arrivée.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s given name.</source>
        <translation type="unfinished">Le prénom de l&apos;arrivant.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s family name.</source>
        <translation type="unfinished">Le nom de famille de l&apos;arrivant.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s email.</source>
        <translation type="unfinished">L&apos;e-mail de l&apos;arrivant.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s phone.</source>
        <translation type="unfinished">Le téléphone de l&apos;arrivant.</translation>
    </message>
    <message>
        <source>Write attendance as CSV to this file (- for the screen).</source>
        <translation type="unfinished">Écrire la participation en CSV dans ce fichier (- pour l&apos;écran).</translation>
    </message>
    <message>
        <source>--start takes a time such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">--start attend une heure comme «&#xa0;2027-05-01 18:30&#xa0;».</translation>
    </message>
    <message>
        <source>--end takes a time such as &quot;2027-05-01 21:00&quot;.</source>
        <translation type="unfinished">--end attend une heure comme «&#xa0;2027-05-01 21:00&#xa0;».</translation>
    </message>
    <message>
        <source>--kind is one of voter_registration, interfaith, town_hall, training, cultural, community, other.</source>
        <translation type="unfinished">--kind doit valoir voter_registration, interfaith, town_hall, training, cultural, community ou other.</translation>
    </message>
    <message>
        <source>Created event %1 (%2).</source>
        <translation type="unfinished">Événement %1 créé (%2).</translation>
    </message>
    <message>
        <source>&quot;events calendar&quot; needs the .ics file to write.</source>
        <translation type="unfinished">«&#xa0;events calendar&#xa0;» nécessite le fichier .ics à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n événement écrit dans %1.</numerusform>
            <numerusform>%n événements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet. Create one with &quot;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&quot;.</source>
        <translation type="unfinished">Aucun événement pour l&apos;instant. Créez-en un avec «&#xa0;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&#xa0;».</translation>
    </message>
    <message>
        <source>Name the event, by the id &quot;events list&quot; shows or by its title.</source>
        <translation type="unfinished">Indiquez l&apos;événement, par l&apos;identifiant qu&apos;affiche «&#xa0;events list&#xa0;» ou par son titre.</translation>
    </message>
    <message>
        <source>Wrote the attendance of %1 to %2.</source>
        <translation type="unfinished">Participation à %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>Imported %1 members of Congress: %2 new, %3 updated, %4 unchanged, %5 no longer in office.</source>
        <translation type="unfinished">%1 membres du Congrès importés&#xa0;: %2 nouveaux, %3 mis à jour, %4 inchangés, %5 qui ne sont plus en fonction.</translation>
    </message>
    <message>
        <source>Only this state, such as WA.</source>
        <translation type="unfinished">Uniquement cet État, par exemple WA.</translation>
    </message>
    <message>
        <source>unknown command &quot;legislators %1&quot;; use import or list.</source>
        <translation type="unfinished">commande inconnue «&#xa0;legislators %1&#xa0;»&#xa0;; utilisez import ou list.</translation>
    </message>
    <message>
        <source>How many contacts (default 2000).</source>
        <translation type="unfinished">Nombre de contacts (2000 par défaut).</translation>
    </message>
    <message>
        <source>--count takes a number.</source>
        <translation type="unfinished">--count attend un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation type="unfinished">
            <numerusform>%n contact de démonstration ajouté.</numerusform>
            <numerusform>%n contacts de démonstration ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>People:</source>
        <translation type="unfinished">Personnes&#xa0;:</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation type="unfinished"> (jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished">Historique&#xa0;:</translation>
    </message>
    <message>
        <source>mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media or other.</source>
        <translation type="unfinished">mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media ou other.</translation>
    </message>
    <message>
        <source>An issue area; repeat for several.</source>
        <translation type="unfinished">Une thématique&#xa0;; à répéter pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished">thématique</translation>
    </message>
    <message>
        <source>prospect, active or dormant.</source>
        <translation type="unfinished">prospect, active ou dormant.</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">statut</translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished">Ville.</translation>
    </message>
    <message>
        <source>State or region.</source>
        <translation type="unfinished">État ou région.</translation>
    </message>
    <message>
        <source>Web address.</source>
        <translation type="unfinished">Adresse web.</translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished">url</translation>
    </message>
    <message>
        <source>The chapter that keeps the relationship.</source>
        <translation type="unfinished">La section qui entretient la relation.</translation>
    </message>
    <message>
        <source>Only partners whose name, city or notes contain this.</source>
        <translation type="unfinished">Uniquement les partenaires dont le nom, la ville ou les notes contiennent ce texte.</translation>
    </message>
    <message>
        <source>unknown command &quot;partners %1&quot;; use add, list or show.</source>
        <translation type="unfinished">commande inconnue «&#xa0;partners %1&#xa0;»&#xa0;; utilisez add, list ou show.</translation>
    </message>
    <message>
        <source>--kind is one of mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media, other.</source>
        <translation type="unfinished">--kind doit valoir mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media ou other.</translation>
    </message>
    <message>
        <source>--status is one of prospect, active, dormant.</source>
        <translation type="unfinished">--status doit valoir prospect, active ou dormant.</translation>
    </message>
    <message>
        <source>&quot;partners show&quot; needs the partner&apos;s name or id.</source>
        <translation type="unfinished">«&#xa0;partners show&#xa0;» nécessite le nom ou l&apos;identifiant du partenaire.</translation>
    </message>
    <message>
        <source>&quot;partners add&quot; needs the partner&apos;s name.</source>
        <translation type="unfinished">«&#xa0;partners add&#xa0;» nécessite le nom du partenaire.</translation>
    </message>
    <message>
        <source>Added partner %1 (%2).</source>
        <translation type="unfinished">Partenaire %1 ajouté (%2).</translation>
    </message>
    <message>
        <source>No partners match. Add one with &quot;majlis-cli partners add NAME --kind interfaith&quot;.</source>
        <translation type="unfinished">Aucun partenaire ne correspond. Ajoutez-en un avec «&#xa0;majlis-cli partners add NAME --kind interfaith&#xa0;».</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--duplicates is one of merge, skip, create.</source>
        <translation type="unfinished">--duplicates doit valoir merge, skip ou create.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with a column of the file&apos;s header and a field such as email; &quot;%1&quot; is neither.</source>
        <translation type="unfinished">--map attend COLUMN=FIELD, avec une colonne de l&apos;en-tête du fichier et un champ comme email&#xa0;; «&#xa0;%1&#xa0;» n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">import de %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read; %4 to create, %5 to merge, %6 to skip, %7 problems.</source>
        <translation type="unfinished">%1 (%2)&#xa0;: %3 lignes lues&#xa0;; %4 à créer, %5 à fusionner, %6 à ignorer, %7 problèmes.</translation>
    </message>
    <message>
        <source>  line %1, %2: %3</source>
        <translation type="unfinished">  ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 merged, %3 skipped.</source>
        <translation type="unfinished">Importés&#xa0;: %1 créés, %2 fusionnés, %3 ignorés.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished">Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1: %2 cards; %3 to create, %4 to merge, %5 to skip, %6 problems.</source>
        <translation type="unfinished">%1&#xa0;: %2 fiches&#xa0;; %3 à créer, %4 à fusionner, %5 à ignorer, %6 problèmes.</translation>
    </message>
    <message>
        <source>Show what would be created, merged and skipped, and write nothing.</source>
        <translation type="unfinished">Montrer ce qui serait créé, fusionné et ignoré, sans rien écrire.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD; repeatable. Fields: %1.</source>
        <translation type="unfinished">COLUMN=FIELD&#xa0;; peut être répété. Champs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished">correspondance</translation>
    </message>
    <message>
        <source>What to do with rows that match a contact: merge (default), skip or create.</source>
        <translation type="unfinished">Que faire des lignes qui correspondent à un contact&#xa0;: merge (par défaut), skip ou create.</translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished">action</translation>
    </message>
    <message>
        <source>Put every imported contact in this chapter.</source>
        <translation type="unfinished">Mettre tous les contacts importés dans cette section.</translation>
    </message>
    <message>
        <source>Write the problems found, row by row, to this CSV file.</source>
        <translation type="unfinished">Écrire les problèmes trouvés, ligne par ligne, dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>unknown command &quot;import %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">commande inconnue «&#xa0;import %1&#xa0;»&#xa0;; utilisez csv, vcard ou archive.</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; needs the file to import.</source>
        <translation type="unfinished">«&#xa0;import %1&#xa0;» nécessite le fichier à importer.</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">Archive %1 importée.</translation>
    </message>
    <message>
        <source>Only contacts matching this search.</source>
        <translation type="unfinished">Uniquement les contacts correspondant à cette recherche.</translation>
    </message>
    <message>
        <source>vCard version: 4.0 (default), 3.0 or 2.1.</source>
        <translation type="unfinished">Version vCard&#xa0;: 4.0 (par défaut), 3.0 ou 2.1.</translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished">version</translation>
    </message>
    <message>
        <source>unknown command &quot;export %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">commande inconnue «&#xa0;export %1&#xa0;»&#xa0;; utilisez csv, vcard ou archive.</translation>
    </message>
    <message>
        <source>&quot;export %1&quot; needs the file to write.</source>
        <translation type="unfinished">«&#xa0;export %1&#xa0;» nécessite le fichier à écrire.</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">Archive de l&apos;espace de travail %1 écrite.</translation>
    </message>
    <message>
        <source>No contacts match; nothing was written.</source>
        <translation type="unfinished">Aucun contact ne correspond&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>--version is one of 4.0, 3.0, 2.1.</source>
        <translation type="unfinished">--version doit valoir 4.0, 3.0 ou 2.1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n contact exporté dans %1.</numerusform>
            <numerusform>%n contacts exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server address, such as https://sync.example.org.</source>
        <translation type="unfinished">Adresse du serveur, par exemple https://sync.example.org.</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation type="unfinished">Nom d&apos;utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate authority (PEM file).</source>
        <translation type="unfinished">L&apos;autorité de certification de l&apos;organisation (fichier PEM).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate.</source>
        <translation type="unfinished">Empreinte SHA-256 du certificat du serveur.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished">Lire le mot de passe depuis l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished">Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Give --server and --user the first time.</source>
        <translation type="unfinished">Indiquez --server et --user la première fois.</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation type="unfinished">Fournissez le mot de passe sur l&apos;entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 received, %3 removed, %4 conflict(s), %5 refused.</source>
        <translation type="unfinished">Synchronisation terminée&#xa0;: %1 modification(s) envoyée(s), %2 reçue(s), %3 supprimée(s), %4 conflit(s), %5 refusée(s).</translation>
    </message>
    <message>
        <source>&quot;contacts export-data&quot; takes a contact id and the file to write.</source>
        <translation type="unfinished">« contacts export-data » prend un identifiant de contact et le fichier à écrire.</translation>
    </message>
    <message>
        <source>Wrote everything this workspace holds about the contact to %1.</source>
        <translation type="unfinished">Tout ce que cet espace de travail conserve sur le contact a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Confirm that the erasure cannot be undone.</source>
        <translation type="unfinished">Confirmer que l’effacement est irréversible.</translation>
    </message>
    <message>
        <source>&quot;contacts erase&quot; takes one contact id.</source>
        <translation type="unfinished">« contacts erase » prend l’identifiant d’un contact.</translation>
    </message>
    <message>
        <source>Erasing a person removes everything held about them, here and at the next sync on every laptop, and cannot be undone. Export it first with &quot;contacts export-data&quot; if they asked for a copy, then run the command again with --yes.</source>
        <translation type="unfinished">Effacer une personne retire tout ce qui est conservé sur elle, ici et sur chaque ordinateur à la prochaine synchronisation, de façon irréversible. Si elle a demandé une copie, exportez-la d’abord avec « contacts export-data », puis relancez la commande avec --yes.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the contact and %n row(s) about them. The erasure reaches other laptops at their next sync.</source>
        <translation type="unfinished">
            <numerusform>Le contact et %n ligne(s) le concernant ont été effacés. L’effacement atteindra les autres ordinateurs à leur prochaine synchronisation.</numerusform>
            <numerusform>Le contact et %n ligne(s) le concernant ont été effacés. L’effacement atteindra les autres ordinateurs à leur prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;contacts %1&quot;; use add, list, search, show, edit, delete, merge, export-data or erase.</source>
        <translation type="unfinished">commande inconnue « contacts %1 » ; utilisez add, list, search, show, edit, delete, merge, export-data ou erase.</translation>
    </message>
    <message>
        <source>&quot;contacts merge&quot; takes the id of the contact to keep and of the one to merge into it.</source>
        <translation type="unfinished">« contacts merge » prend l’identifiant du contact à garder et celui du contact à fusionner dedans.</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished">Fusionné dans %1.</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation type="unfinished">Adresse (numéro et rue).</translation>
    </message>
    <message>
        <source>City or town.</source>
        <translation type="unfinished">Ville ou commune.</translation>
    </message>
    <message>
        <source>State, province or region of the address.</source>
        <translation type="unfinished">État, province ou région de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation type="unfinished">Code postal.</translation>
    </message>
    <message>
        <source>Country, two letters such as DE or GB; phone numbers without + are read as numbers of this country.</source>
        <translation type="unfinished">Pays, deux lettres, par exemple DE ou GB&#xa0;; les numéros de téléphone sans + sont lus comme des numéros de ce pays.</translation>
    </message>
    <message>
        <source>--country takes a two-letter country code such as DE, GB, FR, CA or TR.</source>
        <translation type="unfinished">--country attend un code pays à deux lettres, par exemple DE, GB, FR, CA ou TR.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a value and its label, such as an email and home</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>  given name: %1</source>
        <translation type="unfinished">  prénom&#xa0;: %1</translation>
    </message>
    <message>
        <source>  family name: %1</source>
        <translation type="unfinished">  nom de famille&#xa0;: %1</translation>
    </message>
    <message>
        <source>  preferred name: %1</source>
        <translation type="unfinished">  nom d&apos;usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>  address: %1</source>
        <translation type="unfinished">  adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>  organization: %1</source>
        <translation type="unfinished">  organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>  role: %1</source>
        <translation type="unfinished">  fonction&#xa0;: %1</translation>
    </message>
    <message>
        <source>  languages: %1</source>
        <translation type="unfinished">  langues&#xa0;: %1</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation type="unfinished">donné le %1</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation type="unfinished">refusé le %1</translation>
    </message>
    <message>
        <source>  consent to %1: %2</source>
        <translation type="unfinished">  consentement pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  skills: %1</source>
        <translation type="unfinished">  compétences&#xa0;: %1</translation>
    </message>
    <message>
        <source>  interests: %1</source>
        <translation type="unfinished">  centres d&apos;intérêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>  birthday: %1</source>
        <translation type="unfinished">  anniversaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation type="unfinished">  notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>No workspace country: numbers without + and without a country are kept as typed.</source>
        <translation type="unfinished">Aucun pays pour l’espace de travail&#xa0;: les numéros sans + et sans pays sont gardés tels que saisis.</translation>
    </message>
    <message>
        <source>Workspace country: %1</source>
        <translation type="unfinished">Pays de l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose one of --ics, --pdf, --html or --csv, with the file to write.</source>
        <translation type="unfinished">Choisissez l’une des options --ics, --pdf, --html ou --csv, avec le fichier à écrire.</translation>
    </message>
    <message>
        <source>With --pdf or --html: one page per team instead of per attendee.</source>
        <translation type="unfinished">Avec --pdf ou --html : une page par équipe au lieu d’une par participant.</translation>
    </message>
    <message>
        <source>Write the itineraries as a web page, to send or open in a browser.</source>
        <translation type="unfinished">Écrire les itinéraires sous forme de page web, à envoyer ou à ouvrir dans un navigateur.</translation>
    </message>
    <message>
        <source>&quot;chapters time-zone&quot; takes one zone, such as Europe/London.</source>
        <translation type="unfinished">« chapters time-zone » prend un seul fuseau, comme Europe/London.</translation>
    </message>
    <message>
        <source>Workspace time zone: %1</source>
        <translation type="unfinished">Fuseau horaire de l’espace de travail : %1</translation>
    </message>
    <message>
        <source>Time zone of %1: %2</source>
        <translation type="unfinished">Fuseau horaire de %1 : %2</translation>
    </message>
    <message>
        <source>The IANA time zone of the chapter&apos;s events, such as Europe/London.</source>
        <translation type="unfinished">Le fuseau horaire IANA des événements de la section, comme Europe/London.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished">fuseau</translation>
    </message>
    <message>
        <source>The chapter to show or set.</source>
        <translation type="unfinished">La section à afficher ou à définir.</translation>
    </message>
    <message>
        <source>unknown command &quot;chapters %1&quot;; use add, list, region or time-zone.</source>
        <translation type="unfinished">commande inconnue « chapters %1 » ; utilisez add, list, region ou time-zone.</translation>
    </message>
    <message>
        <source>Also print the Hijri date (Islamic civil calendar).</source>
        <translation type="unfinished">Afficher aussi la date hégirienne (calendrier islamique civil).</translation>
    </message>
    <message>
        <source>The IANA time zone of its place, such as Europe/London (default: the chapter&apos;s).</source>
        <translation type="unfinished">Le fuseau horaire IANA de son lieu, comme Europe/London (par défaut : celui de la section).</translation>
    </message>
    <message>
        <source>unknown command &quot;events %1&quot;; use create, list, show, checkin, attendance or calendar.</source>
        <translation type="unfinished">commande inconnue « events %1 » ; utilisez create, list, show, checkin, attendance ou calendar.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished">Type : %1</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation type="unfinished">Début : %1</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation type="unfinished">Fin : %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished">Fuseau horaire : %1</translation>
    </message>
    <message>
        <source>%1 (the chapter&apos;s or the workspace&apos;s)</source>
        <translation type="unfinished">%1 (celui de la section ou de l’espace de travail)</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished">Lieu : %1</translation>
    </message>
    <message>
        <source>--encoding &quot;%1&quot; is not one Majlis reads; use one of %2.</source>
        <translation type="unfinished">--encoding « %1 » n’est pas un encodage que Majlis lit ; utilisez l’un de %2.</translation>
    </message>
    <message>
        <source>%1, detected</source>
        <translation type="unfinished">%1, détecté</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation type="unfinished">%1, choisi</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding, when detection guesses wrong: %1.</source>
        <translation type="unfinished">L’encodage du texte du fichier, quand la détection se trompe : %1.</translation>
    </message>
    <message>
        <source>&quot;chapters region&quot; takes one country code, such as DE.</source>
        <translation type="unfinished">« chapters region » prend un seul code de pays, par exemple DE.</translation>
    </message>
    <message>
        <source>Country of %1: %2</source>
        <translation type="unfinished">Pays de %1 : %2</translation>
    </message>
    <message>
        <source>--building takes a name, and after = the group it is a short walk from, such as &quot;Binsfeld Office Building=offices&quot;.</source>
        <translation type="unfinished">--building prend un nom, et après = le groupe dont il est à quelques pas, par exemple &quot;Binsfeld Office Building=offices&quot;.</translation>
    </message>
    <message>
        <source>%1: the U.S. Capitol&apos;s buildings, as Majlis knows them.</source>
        <translation type="unfinished">%1 : les bâtiments du Capitole des États-Unis, tels que Majlis les connaît.</translation>
    </message>
    <message>
        <source>%1: one building, the capitol.</source>
        <translation type="unfinished">%1 : un seul bâtiment, le capitole.</translation>
    </message>
    <message>
        <source>With campus: a building of the capitol as NAME=GROUP; buildings of one group are a short walk apart. Repeat for each; the list replaces the campus.</source>
        <translation type="unfinished">Avec campus : un bâtiment du capitole sous la forme NAME=GROUP ; les bâtiments d&apos;un même groupe sont à quelques pas. Répétez pour chacun ; la liste remplace les bâtiments.</translation>
    </message>
    <message>
        <source>building</source>
        <translation type="unfinished">bâtiment</translation>
    </message>
    <message>
        <source>unknown command &quot;bodies %1&quot;; use list or campus.</source>
        <translation type="unfinished">commande inconnue « bodies %1 » ; utilisez list ou campus.</translation>
    </message>
    <message>
        <source>&quot;bodies campus&quot; needs the body&apos;s code, such as us-mi.</source>
        <translation type="unfinished">« bodies campus » a besoin du code de l&apos;assemblée, par exemple us-mi.</translation>
    </message>
    <message>
        <source>The legislature the day lobbies, by code or name (default: the U.S. Congress).</source>
        <translation type="unfinished">L&apos;assemblée auprès de laquelle la journée plaide, par code ou par nom (par défaut : le Congrès des États-Unis).</translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished">assemblée</translation>
    </message>
    <message>
        <source>The day&apos;s time zone, such as America/Detroit (default: the capitol&apos;s).</source>
        <translation type="unfinished">Le fuseau horaire de la journée, par exemple America/Detroit (par défaut : celui du capitole).</translation>
    </message>
    <message>
        <source>Only this legislature, by its code or name (default: every one; see &quot;bodies list&quot;).</source>
        <translation type="unfinished">Seulement cette assemblée, par son code ou son nom (par défaut : toutes ; voir « bodies list »).</translation>
    </message>
    <message>
        <source>Only this chamber: upper, lower or unicameral (senate and house also work).</source>
        <translation type="unfinished">Seulement cette chambre : upper, lower ou unicameral (senate et house fonctionnent aussi).</translation>
    </message>
    <message>
        <source>chamber</source>
        <translation type="unfinished">chambre</translation>
    </message>
    <message>
        <source>--chamber is one of upper, lower or unicameral.</source>
        <translation type="unfinished">--chamber vaut upper, lower ou unicameral.</translation>
    </message>
    <message>
        <source>No members match. Import a legislature&apos;s members with &quot;majlis-cli legislators import FILE&quot;.</source>
        <translation type="unfinished">Aucun membre ne correspond. Importez les membres d&apos;une assemblée avec « majlis-cli legislators import FILE ».</translation>
    </message>
    <message>
        <source>  %1 (%2, %3)</source>
        <comment>a contact, their postcode and a legislature</comment>
        <translation type="unfinished">  %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;districts lookup&quot; needs a ZIP code: --zip 48126.</source>
        <translation type="unfinished">« districts lookup » a besoin d’un code ZIP : --zip 48126.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a legislature, its chamber and a district</comment>
        <translation type="unfinished">%1 (%2) : %3</translation>
    </message>
    <message>
        <source>No district file knows ZIP %1 (ZIP codes of post office boxes only have no area).</source>
        <translation type="unfinished">Aucun fichier de circonscriptions ne connaît le code ZIP %1 (les codes ZIP réservés aux boîtes postales n’ont pas de territoire).</translation>
    </message>
    <message>
        <source>ZIP %1 spans several districts; the address decides which:</source>
        <translation type="unfinished">Le code ZIP %1 couvre plusieurs circonscriptions ; l’adresse décide laquelle :</translation>
    </message>
    <message>
        <source>&quot;districts import&quot; takes one CSV file, --body CODE and --chamber senate|house|unicameral.</source>
        <translation type="unfinished">« districts import » prend un fichier CSV, --body CODE et --chamber senate|house|unicameral.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished">ligne %1 : %2</translation>
    </message>
    <message>
        <source>Imported %1 postcodes in %2 rows for %3 (%4); %5 rows left out.</source>
        <translation type="unfinished">%1 codes postaux importés en %2 lignes pour %3 (%4) ; %5 lignes laissées de côté.</translation>
    </message>
    <message>
        <source>The ZIP code, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">Le code ZIP, par exemple 48126 ou 48126-1234.</translation>
    </message>
    <message>
        <source>zip</source>
        <translation type="unfinished">zip</translation>
    </message>
    <message>
        <source>The legislature&apos;s code, such as us-mi.</source>
        <translation type="unfinished">Le code de l&apos;assemblée, par exemple us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral.</source>
        <translation type="unfinished">senate, house ou unicameral.</translation>
    </message>
    <message>
        <source>unknown command &quot;districts %1&quot;; use lookup or import.</source>
        <translation type="unfinished">commande inconnue « districts %1 » ; utilisez lookup ou import.</translation>
    </message>
    <message numerus="yes">
        <source>Would fill %n district(s) from postcodes (dry run: nothing was written).</source>
        <translation type="unfinished">
            <numerusform>%n circonscription serait remplie d’après les codes postaux (essai : rien n’a été écrit).</numerusform>
            <numerusform>%n circonscriptions seraient remplies d’après les codes postaux (essai : rien n’a été écrit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postcodes.</source>
        <translation type="unfinished">
            <numerusform>%n circonscription remplie d’après les codes postaux.</numerusform>
            <numerusform>%n circonscriptions remplies d’après les codes postaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already filled, %2 kept (entered by hand or confirmed), %3 without a postcode, of %4 contacts.</source>
        <translation type="unfinished">%1 déjà remplies, %2 conservées (saisies à la main ou confirmées), %3 sans code postal, sur %4 contacts.</translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts; choose with &quot;contacts districts ID --set DISTRICT&quot;:</source>
        <translation type="unfinished">
            <numerusform>%n code postal couvre plusieurs circonscriptions ; choisissez avec « contacts districts ID --set DISTRICT » :</numerusform>
            <numerusform>%n codes postaux couvrent plusieurs circonscriptions ; choisissez avec « contacts districts ID --set DISTRICT » :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows:</source>
        <translation type="unfinished">
            <numerusform>%n code postal qu’aucun fichier de circonscriptions ne connaît :</numerusform>
            <numerusform>%n codes postaux qu’aucun fichier de circonscriptions ne connaît :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s; check the address:</source>
        <translation type="unfinished">
            <numerusform>%n code ZIP se trouve seulement dans un autre État que celui du contact ; vérifiez l’adresse :</numerusform>
            <numerusform>%n codes ZIP se trouvent seulement dans un autre État que celui du contact ; vérifiez l’adresse :</numerusform>
        </translation>
    </message>
    <message>
        <source>candidates: %1</source>
        <translation type="unfinished">candidates : %1</translation>
    </message>
    <message>
        <source>No districts yet; &quot;contacts districts --fill&quot; finds them from postcodes.</source>
        <translation type="unfinished">Pas encore de circonscriptions ; « contacts districts --fill » les trouve d’après les codes postaux.</translation>
    </message>
    <message>
        <source>Fill districts from postcodes.</source>
        <translation type="unfinished">Remplir les circonscriptions d’après les codes postaux.</translation>
    </message>
    <message>
        <source>List who still has districts to choose.</source>
        <translation type="unfinished">Lister qui a encore des circonscriptions à choisir.</translation>
    </message>
    <message>
        <source>Only this advocacy day&apos;s attendees.</source>
        <translation type="unfinished">Seulement les participants de cette journée de plaidoyer.</translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished">journée</translation>
    </message>
    <message>
        <source>Only this legislature, such as us-congress or us-mi.</source>
        <translation type="unfinished">Seulement cette assemblée, par exemple us-congress ou us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral (default house).</source>
        <translation type="unfinished">senate, house ou unicameral (house par défaut).</translation>
    </message>
    <message>
        <source>Report what would be filled; write nothing.</source>
        <translation type="unfinished">Indiquer ce qui serait rempli, sans rien écrire.</translation>
    </message>
    <message>
        <source>Choose the district, such as MI-12 for the U.S. House.</source>
        <translation type="unfinished">Choisir la circonscription, par exemple MI-12 pour la Chambre des États-Unis.</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">circonscription</translation>
    </message>
    <message>
        <source>The district held is right.</source>
        <translation type="unfinished">La circonscription enregistrée est la bonne.</translation>
    </message>
    <message>
        <source>Mark the district to be checked.</source>
        <translation type="unfinished">Marquer la circonscription à vérifier.</translation>
    </message>
    <message>
        <source>Give one of --fill, --ambiguous, --set, --confirm and --check-later.</source>
        <translation type="unfinished">Donnez une seule option parmi --fill, --ambiguous, --set, --confirm et --check-later.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose.</source>
        <translation type="unfinished">
            <numerusform>%n circonscription à choisir.</numerusform>
            <numerusform>%n circonscriptions à choisir.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;contacts districts&quot; takes one contact id, or --fill or --ambiguous.</source>
        <translation type="unfinished">« contacts districts » prend un identifiant de contact, ou --fill ou --ambiguous.</translation>
    </message>
    <message>
        <source>--chamber takes senate, house or unicameral.</source>
        <translation type="unfinished">--chamber prend senate, house ou unicameral.</translation>
    </message>
    <message>
        <source>Count what would be added, updated and marked departed, and write nothing.</source>
        <translation type="unfinished">Compter ce qui serait ajouté, mis à jour et marqué parti, sans rien écrire.</translation>
    </message>
    <message>
        <source>Read PATH as a member list (CSV) of this legislature, by its code, such as gb-parliament.</source>
        <translation type="unfinished">Lire PATH comme la liste des membres (CSV) de cette assemblée, désignée par son code, par exemple gb-parliament.</translation>
    </message>
    <message>
        <source>The legislature&apos;s name, for a new one, such as &quot;UK Parliament&quot;.</source>
        <translation type="unfinished">Le nom de l’assemblée, si elle est nouvelle, par exemple « UK Parliament ».</translation>
    </message>
    <message>
        <source>The legislature&apos;s country, such as GB.</source>
        <translation type="unfinished">Le pays de l’assemblée, par exemple GB.</translation>
    </message>
    <message>
        <source>The name of its upper chamber.</source>
        <translation type="unfinished">Le nom de sa chambre haute.</translation>
    </message>
    <message>
        <source>The name of its lower chamber, where members go when the list names none.</source>
        <translation type="unfinished">Le nom de sa chambre basse, où vont les membres quand la liste n’en nomme aucune.</translation>
    </message>
    <message>
        <source>The time zone of its capital, such as Europe/London.</source>
        <translation type="unfinished">Le fuseau horaire de sa capitale, par exemple Europe/London.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs, comma-separated, for the columns a guess misses. Fields: %1.</source>
        <translation type="unfinished">Paires FIELD=COLUMN, séparées par des virgules, pour les colonnes que la détection manque. Champs : %1.</translation>
    </message>
    <message>
        <source>--body takes a legislature&apos;s code, letters, digits and dashes such as gb-parliament; &quot;%1&quot; is none in this workspace.</source>
        <translation type="unfinished">--body prend le code d’une assemblée, en lettres, chiffres et tirets, par exemple gb-parliament ; « %1 » n’en est pas un dans cet espace de travail.</translation>
    </message>
    <message>
        <source>%1 is a new legislature: give its name with --body-name.</source>
        <translation type="unfinished">%1 est une nouvelle assemblée : donnez son nom avec --body-name.</translation>
    </message>
    <message>
        <source>--time-zone takes a zone such as Europe/London; &quot;%1&quot; is none.</source>
        <translation type="unfinished">--time-zone prend un fuseau comme Europe/London ; « %1 » n’en est pas un.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 members; %4 new, %5 updated, %6 unchanged, %7 no longer in office.</source>
        <translation type="unfinished">%1 (%2) : %3 membres ; %4 nouveaux, %5 mis à jour, %6 inchangés, %7 qui ne sont plus en fonction.</translation>
    </message>
    <message>
        <source>&quot;legislators import&quot; needs one path: legislators-current.csv, an Open States folder or download, or a member list with --body.</source>
        <translation type="unfinished">« legislators import » attend un chemin : legislators-current.csv, un dossier ou téléchargement Open States, ou une liste de membres avec --body.</translation>
    </message>
    <message>
        <source>--map reads a member list: say whose with --body.</source>
        <translation type="unfinished">--map lit une liste de membres : indiquez de quelle assemblée avec --body.</translation>
    </message>
    <message>
        <source>Where (default: the legislature&apos;s capital, such as Washington, DC).</source>
        <translation type="unfinished">Lieu (par défaut : la capitale de l&apos;assemblée, comme Washington, DC).</translation>
    </message>
    <message>
        <source>Import the members of Congress built into this program instead of a file.</source>
        <translation type="unfinished">Importer les membres du Congrès intégrés à ce programme au lieu d&apos;un fichier.</translation>
    </message>
    <message>
        <source>--bundled imports the members of Congress built in: give no path, --body or --map with it.</source>
        <translation type="unfinished">--bundled importe les membres du Congrès intégrés : ne donnez ni chemin, ni --body, ni --map avec.</translation>
    </message>
    <message>
        <source>Say who is calling with --caller NAME: this workspace syncs with no server, so there is no user name to call as.</source>
        <translation type="unfinished">Indiquez qui appelle avec --caller NAME : cet espace de travail ne se synchronise avec aucun serveur, il n’y a donc pas de nom d’utilisateur sous lequel appeler.</translation>
    </message>
    <message>
        <source>--answer takes QUESTION=ANSWER, such as plan=yes (&quot;%1&quot; is not).</source>
        <translation type="unfinished">--answer attend QUESTION=RÉPONSE, par exemple plan=yes (« %1 » ne l’est pas).</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; takes one answer, and was given two.</source>
        <translation type="unfinished">La question « %1 » prend une seule réponse et en a reçu deux.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">Téléphone : %1</translation>
    </message>
    <message>
        <source>%1 (as typed; check it)</source>
        <translation type="unfinished">%1 (tel que saisi ; à vérifier)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished">Langues : %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished">Adresse : %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s) before in this campaign.</source>
        <translation type="unfinished">
            <numerusform>Déjà tenté %n fois dans cette campagne.</numerusform>
            <numerusform>Déjà tenté %n fois dans cette campagne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">Dernier contact : %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Last contact: never</source>
        <translation type="unfinished">Dernier contact : jamais</translation>
    </message>
    <message>
        <source>Still to call: %1, this one included.</source>
        <translation type="unfinished">Reste à appeler : %1, celle-ci comprise.</translation>
    </message>
    <message>
        <source>Record it with: majlis-cli campaigns record %1 %2 --result CODE [--answer QUESTION=ANSWER]</source>
        <translation type="unfinished">Enregistrez-le avec : majlis-cli campaigns record %1 %2 --result CODE [--answer QUESTION=RÉPONSE]</translation>
    </message>
    <message>
        <source>Nobody is left for %1 to call on %2.</source>
        <translation type="unfinished">Il ne reste personne à appeler pour %1 dans %2.</translation>
    </message>
    <message>
        <source>&quot;campaigns record&quot; needs the campaign and the person: campaigns record CAMPAIGN CONTACT --result CODE.</source>
        <translation type="unfinished">« campaigns record » a besoin de la campagne et de la personne : campaigns record CAMPAGNE CONTACT --result CODE.</translation>
    </message>
    <message>
        <source>--result is one of %1.</source>
        <translation type="unfinished">--result est l’un de %1.</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for %2 by %3.</source>
        <translation type="unfinished">« %1 » enregistré pour %2 par %3.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2</source>
        <translation type="unfinished">Sur la liste : %1 ; terminés : %2</translation>
    </message>
    <message>
        <source>Attempts: %1; reached: %2 (%3%); pledges: %4; follow-ups: %5; opt-outs: %6</source>
        <translation type="unfinished">Tentatives : %1 ; joints : %2 (%3 %) ; engagements : %4 ; suivis : %5 ; refus de contact : %6</translation>
    </message>
    <message>
        <source>Per volunteer:</source>
        <translation type="unfinished">Par bénévole :</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3 (%4%), pledges %5, from %6 to %7</source>
        <translation type="unfinished">  %1 : tentatives %2, joints %3 (%4 %), engagements %5, de %6 à %7</translation>
    </message>
    <message>
        <source>    check: %1</source>
        <translation type="unfinished">    à vérifier : %1</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished">Réponses :</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation type="unfinished">Par jour :</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3, pledges %4</source>
        <translation type="unfinished">  %1 : tentatives %2, joints %3, engagements %4</translation>
    </message>
    <message>
        <source>--caller names the volunteer whose results to withdraw.</source>
        <translation type="unfinished">--caller désigne le ou la bénévole dont les résultats sont retirés.</translation>
    </message>
    <message>
        <source>--%1 takes a time such as 2026-11-01T14:00 (this computer&apos;s time, or end it with Z for UTC) or a day such as 2026-11-01.</source>
        <translation type="unfinished">--%1 attend une heure comme 2026-11-01T14:00 (heure de cet ordinateur, ou terminée par Z pour UTC) ou un jour comme 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must come before --to.</source>
        <translation type="unfinished">--from doit précéder --to.</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %n result(s) by %1 from %2; those people can be called again.</source>
        <translation type="unfinished">
            <numerusform>%n résultat de %1 retiré de %2 ; ces personnes peuvent être rappelées.</numerusform>
            <numerusform>%n résultats de %1 retirés de %2 ; ces personnes peuvent être rappelées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is calling (default: the user this workspace syncs as).</source>
        <translation type="unfinished">Qui appelle (par défaut : l’utilisateur sous lequel cet espace de travail se synchronise).</translation>
    </message>
    <message>
        <source>Pass over this person for now; repeatable.</source>
        <translation type="unfinished">Passer cette personne pour l’instant ; répétable.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished">contact</translation>
    </message>
    <message>
        <source>What came of it: %1.</source>
        <translation type="unfinished">Ce qu’il en est résulté : %1.</translation>
    </message>
    <message>
        <source>QUESTION=ANSWER from the script; repeatable. Several answers to a multiple-choice question: QUESTION=A,B.</source>
        <translation type="unfinished">QUESTION=RÉPONSE tirée du script ; répétable. Plusieurs réponses à une question à choix multiples : QUESTION=A,B.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished">réponse</translation>
    </message>
    <message>
        <source>refused or hostile: the person is never contacted again.</source>
        <translation type="unfinished">refused ou hostile : la personne n’est plus jamais contactée.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished">motif</translation>
    </message>
    <message>
        <source>The number dialled, when not the card&apos;s (marked bad by wrong_number or disconnected).</source>
        <translation type="unfinished">Le numéro composé, s’il n’est pas celui de la fiche (marqué invalide par wrong_number ou disconnected).</translation>
    </message>
    <message>
        <source>The volunteer whose results to withdraw.</source>
        <translation type="unfinished">Le ou la bénévole dont les résultats sont retirés.</translation>
    </message>
    <message>
        <source>Only results recorded from this time on.</source>
        <translation type="unfinished">Seulement les résultats enregistrés à partir de cette heure.</translation>
    </message>
    <message>
        <source>Only results recorded up to this time.</source>
        <translation type="unfinished">Seulement les résultats enregistrés jusqu’à cette heure.</translation>
    </message>
    <message>
        <source>Election day, such as 2026-11-03.</source>
        <translation type="unfinished">Jour de l’élection, par exemple 2026-11-03.</translation>
    </message>
    <message>
        <source>Where it is held, such as Michigan or Dearborn.</source>
        <translation type="unfinished">Où elle a lieu, par exemple Michigan ou Dearborn.</translation>
    </message>
    <message>
        <source>The chapter mobilizing for it.</source>
        <translation type="unfinished">La section qui mobilise pour elle.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns elections %1&quot;; use add or list.</source>
        <translation type="unfinished">commande inconnue « campaigns elections %1 » ; utilisez add ou list.</translation>
    </message>
    <message>
        <source>--date takes the election day, such as 2026-11-03.</source>
        <translation type="unfinished">--date attend le jour de l’élection, par exemple 2026-11-03.</translation>
    </message>
    <message>
        <source>Added the election %1 on %2 (%3).</source>
        <translation type="unfinished">Élection %1 du %2 ajoutée (%3).</translation>
    </message>
    <message>
        <source>No elections yet. Add one with &quot;majlis-cli campaigns elections add NAME --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">Aucune élection pour l’instant. Ajoutez-en une avec « majlis-cli campaigns elections add NOM --date AAAA-MM-JJ ».</translation>
    </message>
    <message>
        <source>phone (a phone bank), door (door knocking) or gotv (get out the vote).</source>
        <translation type="unfinished">phone (phoning), door (porte-à-porte) ou gotv (mobilisation du vote).</translation>
    </message>
    <message>
        <source>The script: a YAML or JSON file with the introduction and questions.</source>
        <translation type="unfinished">Le script : un fichier YAML ou JSON avec l’introduction et les questions.</translation>
    </message>
    <message>
        <source>The election it is for, by name or id.</source>
        <translation type="unfinished">L’élection qu’elle prépare, par nom ou identifiant.</translation>
    </message>
    <message>
        <source>election</source>
        <translation type="unfinished">élection</translation>
    </message>
    <message>
        <source>The chapter running it (default: the whole organization).</source>
        <translation type="unfinished">La section qui la mène (par défaut : toute l’organisation).</translation>
    </message>
    <message>
        <source>First day, such as 2026-10-01.</source>
        <translation type="unfinished">Premier jour, par exemple 2026-10-01.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished">Dernier jour.</translation>
    </message>
    <message>
        <source>Give the campaign a name: &quot;campaigns create NAME --kind phone --script FILE&quot;.</source>
        <translation type="unfinished">Donnez un nom à la campagne : « campaigns create NOM --kind phone --script FICHIER ».</translation>
    </message>
    <message>
        <source>--kind is one of phone, door, gotv.</source>
        <translation type="unfinished">--kind est l’un de phone, door, gotv.</translation>
    </message>
    <message>
        <source>--script names the script file (YAML or JSON).</source>
        <translation type="unfinished">--script désigne le fichier du script (YAML ou JSON).</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-10-01.</source>
        <translation type="unfinished">--%1 attend une date comme 2026-10-01.</translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation type="unfinished">Impossible de lire le script %1 : %2</translation>
    </message>
    <message>
        <source>The script %1: %2</source>
        <translation type="unfinished">Le script %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 (%2). Kind: %3; %n question(s) in its script.</source>
        <translation type="unfinished">
            <numerusform>%1 (%2) créée. Type : %3 ; %n question dans son script.</numerusform>
            <numerusform>%1 (%2) créée. Type : %3 ; %n questions dans son script.</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished">close</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">ouverte</translation>
    </message>
    <message>
        <source>No campaigns yet. Create one with &quot;majlis-cli campaigns create NAME --kind phone --script FILE.yaml&quot;.</source>
        <translation type="unfinished">Aucune campagne pour l’instant. Créez-en une avec « majlis-cli campaigns create NOM --kind phone --script FICHIER.yaml ».</translation>
    </message>
    <message>
        <source>Election: %1 on %2</source>
        <translation type="unfinished">Élection : %1 le %2</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation type="unfinished">Dates : du %1 au %2</translation>
    </message>
    <message>
        <source>Closed: it takes no more results.</source>
        <translation type="unfinished">Close : elle n’accepte plus de résultats.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2; attempts: %3; reached: %4</source>
        <translation type="unfinished">Sur la liste : %1 ; terminés : %2 ; tentatives : %3 ; joints : %4</translation>
    </message>
    <message>
        <source>  still to call for %1: %2</source>
        <translation type="unfinished">  reste à appeler pour %1 : %2</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished">(personne pour l’instant)</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation type="unfinished">Script :</translation>
    </message>
    <message>
        <source>People with this tag; repeat for any of several.</source>
        <translation type="unfinished">Personnes ayant cette étiquette ; répétez pour l’une de plusieurs.</translation>
    </message>
    <message>
        <source>People of this chapter.</source>
        <translation type="unfinished">Personnes de cette section.</translation>
    </message>
    <message>
        <source>People who speak this language, such as ar.</source>
        <translation type="unfinished">Personnes qui parlent cette langue, par exemple ar.</translation>
    </message>
    <message>
        <source>People in this U.S. state, two letters.</source>
        <translation type="unfinished">Personnes dans cet État américain, deux lettres.</translation>
    </message>
    <message>
        <source>With --district: the legislature, such as us-mi.</source>
        <translation type="unfinished">Avec --district : l’assemblée, par exemple us-mi.</translation>
    </message>
    <message>
        <source>People in this district of --body.</source>
        <translation type="unfinished">Personnes dans cette circonscription de --body.</translation>
    </message>
    <message>
        <source>People who checked in at this event.</source>
        <translation type="unfinished">Personnes enregistrées à l’entrée de cet événement.</translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished">événement</translation>
    </message>
    <message>
        <source>People with this voter-registration status at any drive: %1.</source>
        <translation type="unfinished">Personnes ayant ce statut d’inscription électorale lors d’une campagne d’inscription : %1.</translation>
    </message>
    <message>
        <source>With --question and --answer: people who gave that answer in this campaign.</source>
        <translation type="unfinished">Avec --question et --answer : personnes ayant donné cette réponse dans cette campagne.</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished">campagne</translation>
    </message>
    <message>
        <source>The question&apos;s key.</source>
        <translation type="unfinished">La clé de la question.</translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished">clé</translation>
    </message>
    <message>
        <source>The answer&apos;s key.</source>
        <translation type="unfinished">La clé de la réponse.</translation>
    </message>
    <message>
        <source>With --pledged or --not-voted: the election.</source>
        <translation type="unfinished">Avec --pledged ou --not-voted : l’élection.</translation>
    </message>
    <message>
        <source>People who pledged to vote in --election.</source>
        <translation type="unfinished">Personnes qui se sont engagées à voter à --election.</translation>
    </message>
    <message>
        <source>People not yet marked as voted in --election.</source>
        <translation type="unfinished">Personnes pas encore marquées comme ayant voté à --election.</translation>
    </message>
    <message>
        <source>Say how many would be added, and add nobody.</source>
        <translation type="unfinished">Dire combien seraient ajoutées, sans ajouter personne.</translation>
    </message>
    <message>
        <source>--state takes two letters, such as MI.</source>
        <translation type="unfinished">--state attend deux lettres, par exemple MI.</translation>
    </message>
    <message>
        <source>--body and --district go together: the district of which legislature.</source>
        <translation type="unfinished">--body et --district vont ensemble : la circonscription de quelle assemblée.</translation>
    </message>
    <message>
        <source>--voter-status is one of %1.</source>
        <translation type="unfinished">--voter-status est l’un de %1.</translation>
    </message>
    <message>
        <source>--answered, --question and --answer go together: who gave which answer where.</source>
        <translation type="unfinished">--answered, --question et --answer vont ensemble : qui a donné quelle réponse, et où.</translation>
    </message>
    <message>
        <source>--election goes with --pledged or --not-voted.</source>
        <translation type="unfinished">--election va avec --pledged ou --not-voted.</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n person(s) to the list of %1; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform>Ajouterait %n personne à la liste de %1 ; rien n’a été modifié.</numerusform>
            <numerusform>Ajouterait %n personnes à la liste de %1 ; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the list of %1.</source>
        <translation type="unfinished">
            <numerusform>%n personne ajoutée à la liste de %1.</numerusform>
            <numerusform>%n personnes ajoutées à la liste de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">terminé</translation>
    </message>
    <message>
        <source>Nobody is on the list yet. Add people with &quot;majlis-cli campaigns build %1 --tag TAG&quot;.</source>
        <translation type="unfinished">Personne n’est encore sur la liste. Ajoutez des personnes avec « majlis-cli campaigns build %1 --tag ÉTIQUETTE ».</translation>
    </message>
    <message>
        <source>Split the list with --to a,b,c (by count) or --by-language NAME=LANG,LANG (repeat per volunteer), not both.</source>
        <translation type="unfinished">Répartissez la liste avec --to a,b,c (par nombre) ou --by-language NOM=LANGUE,LANGUE (répété pour chaque bénévole), pas les deux.</translation>
    </message>
    <message>
        <source>--by-language takes NAME=LANG,LANG, such as amina=ar,en.</source>
        <translation type="unfinished">--by-language attend NOM=LANGUE,LANGUE, par exemple amina=ar,en.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n person(s) on the list of %1.</source>
        <translation type="unfinished">
            <numerusform>%n personne attribuée sur la liste de %1.</numerusform>
            <numerusform>%n personnes attribuées sur la liste de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n to call</source>
        <translation type="unfinished">
            <numerusform>  %1 : %n à appeler</numerusform>
            <numerusform>  %1 : %n à appeler</numerusform>
        </translation>
    </message>
    <message>
        <source>--out names the CSV file to write.</source>
        <translation type="unfinished">--out désigne le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>--volunteer goes with --list: one volunteer&apos;s share of the list.</source>
        <translation type="unfinished">--volunteer va avec --list : la part de la liste d’un ou une bénévole.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to call or visit to %1.</source>
        <translation type="unfinished">
            <numerusform>%n personne à appeler ou à visiter écrite dans %1.</numerusform>
            <numerusform>%n personnes à appeler ou à visiter écrites dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n result(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n résultat écrit dans %1.</numerusform>
            <numerusform>%n résultats écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the campaign, by the id &quot;campaigns list&quot; shows or by its name.</source>
        <translation type="unfinished">Désignez la campagne par l’identifiant qu’affiche « campaigns list » ou par son nom.</translation>
    </message>
    <message>
        <source>Volunteers to split the list among by count, such as amina,bilal.</source>
        <translation type="unfinished">Bénévoles entre qui répartir la liste par nombre, par exemple amina,bilal.</translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished">noms</translation>
    </message>
    <message>
        <source>A volunteer and the languages they call in, such as amina=ar,en; repeat per volunteer.</source>
        <translation type="unfinished">Un ou une bénévole et les langues dans lesquelles il ou elle appelle, par exemple amina=ar,en ; répétez pour chaque bénévole.</translation>
    </message>
    <message>
        <source>name=languages</source>
        <translation type="unfinished">nom=langues</translation>
    </message>
    <message>
        <source>Take back only this volunteer&apos;s share.</source>
        <translation type="unfinished">Reprendre seulement la part de ce ou cette bénévole.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished">Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>Write the list to call or walk instead of the results.</source>
        <translation type="unfinished">Écrire la liste à appeler ou à parcourir au lieu des résultats.</translation>
    </message>
    <message>
        <source>With --list: only this volunteer&apos;s share.</source>
        <translation type="unfinished">Avec --list : seulement la part de ce ou cette bénévole.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns %1&quot;; use elections, create, list, show, build, entries, assign, release, next, record, progress, rollback, close or export.</source>
        <translation type="unfinished">commande inconnue « campaigns %1 » ; utilisez elections, create, list, show, build, entries, assign, release, next, record, progress, rollback, close ou export.</translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from every volunteer.</source>
        <translation type="unfinished">
            <numerusform>%n personne reprise à tous les bénévoles.</numerusform>
            <numerusform>%n personnes reprises à tous les bénévoles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from %1.</source>
        <translation type="unfinished">
            <numerusform>%n personne reprise à %1.</numerusform>
            <numerusform>%n personnes reprises à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1: it takes no more results, and its assignments have ended.</source>
        <translation type="unfinished">%1 close : elle n’accepte plus de résultats et ses attributions ont pris fin.</translation>
    </message>
    <message>
        <source>(district unknown)</source>
        <translation type="unfinished">(circonscription inconnue)</translation>
    </message>
    <message>
        <source>Pledged: %1; of them voted: %2; everyone marked voted: %3</source>
        <translation type="unfinished">Engagés : %1 ; parmi eux ont voté : %2 ; marqués comme ayant voté au total : %3</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 pledged have voted</source>
        <translation type="unfinished">  %1 : %2 sur %3 engagés ont voté</translation>
    </message>
    <message>
        <source>Everyone who pledged to vote in %1 has voted (or nobody pledged yet).</source>
        <translation type="unfinished">Toutes les personnes engagées à voter à %1 ont voté (ou personne ne s’est encore engagé).</translation>
    </message>
    <message>
        <source>Name the people who voted, by contact id: gotv voted ELECTION ID...</source>
        <translation type="unfinished">Désignez les personnes qui ont voté par identifiant de contact : gotv voted ÉLECTION ID...</translation>
    </message>
    <message numerus="yes">
        <source>Took back the vote of %n person(s) in %1.</source>
        <translation type="unfinished">
            <numerusform>Vote de %n personne à %1 annulé.</numerusform>
            <numerusform>Votes de %n personnes à %1 annulés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n person(s) as having voted in %1.</source>
        <translation type="unfinished">
            <numerusform>%n personne marquée comme ayant voté à %1.</numerusform>
            <numerusform>%n personnes marquées comme ayant voté à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the mark back: they have not voted after all.</source>
        <translation type="unfinished">Retirer la marque : elles n’ont finalement pas voté.</translation>
    </message>
    <message>
        <source>unknown command &quot;gotv %1&quot;; use summary, chase or voted.</source>
        <translation type="unfinished">commande inconnue « gotv %1 » ; utilisez summary, chase ou voted.</translation>
    </message>
    <message>
        <source>Name the election, by the id &quot;campaigns elections list&quot; shows or by its name.</source>
        <translation type="unfinished">Désignez l’élection par l’identifiant qu’affiche « campaigns elections list » ou par son nom.</translation>
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
