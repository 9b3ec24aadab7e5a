<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Could not open %1 as an archive: %2</source>
        <translation type="unfinished">No se pudo abrir %1 como archivo comprimido: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not an archive Majlis reads (.tar.gz or .zip): %2</source>
        <translation type="unfinished">%1 está dañado o no es un archivo comprimido que Majlis lea (.tar.gz o .zip): %2</translation>
    </message>
    <message>
        <source>%1 was refused: its entry &quot;%2&quot; points outside the folder it would be unpacked into. Nothing was imported; download the data set again from its source.</source>
        <translation type="unfinished">Se rechazó %1: su entrada «%2» apunta fuera de la carpeta donde se descomprimiría. No se importó nada; vuelva a descargar el conjunto de datos desde su origen.</translation>
    </message>
    <message>
        <source>%1 was refused: its file &quot;%2&quot; is larger than any file of a member list.</source>
        <translation type="unfinished">Se rechazó %1: su archivo «%2» es mayor que cualquier archivo de una lista de miembros.</translation>
    </message>
    <message>
        <source>%1 is damaged: its file &quot;%2&quot; cannot be read (%3).</source>
        <translation type="unfinished">%1 está dañado: su archivo «%2» no se puede leer (%3).</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>That legislature is not in this workspace.</source>
        <translation type="unfinished">Esa legislatura no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>No legislature &quot;%1&quot; in this workspace; `majlis-cli bodies list` shows the codes, and importing a legislature&apos;s members adds it.</source>
        <translation type="unfinished">No hay ninguna legislatura &quot;%1&quot; en este espacio de trabajo; `majlis-cli bodies list` muestra los códigos, e importar los miembros de una legislatura la añade.</translation>
    </message>
    <message>
        <source>A legislature needs a code and a name.</source>
        <translation type="unfinished">Una legislatura necesita un código y un nombre.</translation>
    </message>
    <message>
        <source>A building of the group &quot;%1&quot; has no name; name it or leave its group empty.</source>
        <translation type="unfinished">Un edificio del grupo &quot;%1&quot; no tiene nombre; póngale uno o deje vacío su grupo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; a building belongs to one group.</source>
        <translation type="unfinished">&quot;%1&quot; aparece dos veces; un edificio pertenece a un solo grupo.</translation>
    </message>
</context>
<context>
    <name>BundledCongress</name>
    <message>
        <source>This build of Majlis was made without the members of Congress; import legislators-current.csv from the congress-legislators project instead.</source>
        <translation type="unfinished">Esta versión de Majlis se compiló sin los miembros del Congreso; importe en su lugar legislators-current.csv del proyecto congress-legislators.</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Say which campaign the answer was given in.</source>
        <translation>Indica en qué campaña se dio la respuesta.</translation>
    </message>
    <message>
        <source>Say which election the pledges or votes are for.</source>
        <translation>Indica para qué elección son los compromisos o los votos.</translation>
    </message>
    <message>
        <source>Say which legislature the district is of.</source>
        <translation>Indica de qué legislatura es el distrito.</translation>
    </message>
    <message>
        <source>Name at least one volunteer to give the list to.</source>
        <translation>Indica al menos un voluntario al que asignar la lista.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>The campaign &quot;%1&quot; is closed.</source>
        <translation>La campaña «%1» está cerrada.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is closed and takes no more results.</source>
        <translation>La campaña «%1» está cerrada y no admite más resultados.</translation>
    </message>
    <message>
        <source>Answers are recorded only for a person who was reached.</source>
        <translation>Las respuestas solo se registran para una persona contactada.</translation>
    </message>
    <message>
        <source>A refusal opts out as &quot;refused&quot; or &quot;hostile&quot;.</source>
        <translation>Un rechazo da de baja como &quot;refused&quot; o &quot;hostile&quot;.</translation>
    </message>
    <message>
        <source>This person is not on the campaign&apos;s list.</source>
        <translation>Esta persona no está en la lista de la campaña.</translation>
    </message>
</context>
<context>
    <name>CampaignExport</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">Llamante</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Resultado</translation>
    </message>
    <message>
        <source>Result Name</source>
        <translation type="unfinished">Resultado (texto)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation type="unfinished">Registrado (UTC)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished">Seguimiento</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished">No contactar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">Posición</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ciudad</translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation type="unfinished">Código postal</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Idiomas</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">Voluntario</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Intentos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Hecho</translation>
    </message>
    <message>
        <source>Last Result</source>
        <translation type="unfinished">Último resultado</translation>
    </message>
</context>
<context>
    <name>CampaignProgress</name>
    <message numerus="yes">
        <source>%n results entered within one minute</source>
        <translation>
            <numerusform>%n resultados introducidos en un minuto</numerusform>
            <numerusform>%n resultados introducidos en un minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>reached %1% of the people called; most phone banks reach far fewer</source>
        <translation>contactó al %1% de las personas llamadas; la mayoría de los bancos telefónicos llegan a muchas menos</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>Give the election a name.</source>
        <translation>Da un nombre a la elección.</translation>
    </message>
    <message>
        <source>The election no longer exists.</source>
        <translation>La elección ya no existe.</translation>
    </message>
    <message>
        <source>No election is called &quot;%1&quot;.</source>
        <translation>Ninguna elección se llama «%1».</translation>
    </message>
    <message>
        <source>More than one election&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>Más de un id de elección empieza por «%1»; da más caracteres.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Da un nombre a la campaña.</translation>
    </message>
    <message>
        <source>The campaign must end on or after the day it starts.</source>
        <translation>La campaña debe terminar el día que empieza o después.</translation>
    </message>
    <message>
        <source>A get-out-the-vote drive needs the election it is for.</source>
        <translation>Una campaña para movilizar el voto necesita su elección.</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>La campaña ya no existe.</translation>
    </message>
    <message>
        <source>No campaign is called &quot;%1&quot;.</source>
        <translation>Ninguna campaña se llama «%1».</translation>
    </message>
    <message>
        <source>More than one campaign&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>Más de un id de campaña empieza por «%1»; da más caracteres.</translation>
    </message>
</context>
<context>
    <name>CampaignScriptFormat</name>
    <message>
        <source>The script is not valid YAML (line %1): %2</source>
        <translation>El guion no es YAML válido (línea %1): %2</translation>
    </message>
    <message>
        <source>A script starts with &quot;introduction:&quot; and &quot;questions:&quot;.</source>
        <translation>Un guion empieza con &quot;introduction:&quot; y &quot;questions:&quot;.</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions.</source>
        <translation>&quot;questions&quot; debe ser una lista de preguntas.</translation>
    </message>
    <message>
        <source>Question %1 needs a key of letters, digits, &apos;_&apos; or &apos;-&apos; (at most 40).</source>
        <translation>La pregunta %1 necesita una clave de letras, cifras, &apos;_&apos; o &apos;-&apos; (40 como máximo).</translation>
    </message>
    <message>
        <source>Two questions have the key &quot;%1&quot;.</source>
        <translation>Dos preguntas tienen la clave «%1».</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no text to read.</source>
        <translation>La pregunta «%1» no tiene texto que leer.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has the kind &quot;%2&quot;; use single, multiple, yes_no or text.</source>
        <translation>La pregunta «%1» es de tipo «%2»; usa single, multiple, yes_no o text.</translation>
    </message>
    <message>
        <source>An answer of question &quot;%1&quot; needs a key of letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Una respuesta de la pregunta «%1» necesita una clave de letras, cifras, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has two answers with the key &quot;%2&quot;.</source>
        <translation>La pregunta «%1» tiene dos respuestas con la clave «%2».</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; of question &quot;%2&quot; has the action &quot;%3&quot;; use pledge, follow_up, do_not_contact or tag:NAME.</source>
        <translation>La respuesta «%1» de la pregunta «%2» tiene la acción «%3»; usa pledge, follow_up, do_not_contact o tag:NOMBRE.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes free text and cannot list answers.</source>
        <translation>La pregunta «%1» es de texto libre y no puede listar respuestas.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; lists no answers to choose from.</source>
        <translation>La pregunta «%1» no lista respuestas entre las que elegir.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has more than nine answers; a caller picks them with keys 1 to 9.</source>
        <translation>La pregunta «%1» tiene más de nueve respuestas; quien llama las elige con las teclas 1 a 9.</translation>
    </message>
    <message>
        <source>The script has no question &quot;%1&quot;.</source>
        <translation>El guion no tiene la pregunta «%1».</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes text.</source>
        <translation>La pregunta «%1» admite texto.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes a list of answers.</source>
        <translation>La pregunta «%1» admite una lista de respuestas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of question &quot;%2&quot;.</source>
        <translation>«%1» no es una respuesta de la pregunta «%2».</translation>
    </message>
</context>
<context>
    <name>ChapterRepository</name>
    <message>
        <source>A chapter needs a name.</source>
        <translation type="unfinished">Un capítulo necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">Ya existe un capítulo llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">No hay ningún capítulo llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The chapter no longer exists.</source>
        <translation type="unfinished">El capítulo ya no existe.</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>same email</source>
        <translation type="unfinished">mismo correo electrónico</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished">mismo teléfono</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">mismo nombre</translation>
    </message>
</context>
<context>
    <name>ConflictLog</name>
    <message>
        <source>This conflict is no longer in the log.</source>
        <translation type="unfinished">Este conflicto ya no figura en el registro de conflictos.</translation>
    </message>
    <message>
        <source>This conflict names a field Majlis does not know, so it cannot be restored.</source>
        <translation type="unfinished">Este conflicto menciona un campo que Majlis no conoce, por lo que no se puede restaurar.</translation>
    </message>
    <message>
        <source>The record this value belonged to has been deleted since.</source>
        <translation type="unfinished">El registro al que pertenecía este valor se eliminó desde entonces.</translation>
    </message>
</context>
<context>
    <name>ConflictLogModel</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Apellido</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Nombre preferido</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ciudad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">País</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrito</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Capítulo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Idiomas</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Función</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished">Habilidades</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">Intereses</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Eliminado</translation>
    </message>
</context>
<context>
    <name>ContactChoice</name>
    <message>
        <source>One Person</source>
        <translation type="unfinished">Una sola persona</translation>
    </message>
    <message>
        <source>Tick only one person.</source>
        <translation type="unfinished">Marque solo una persona.</translation>
    </message>
</context>
<context>
    <name>ContactDirectory</name>
    <message>
        <source>&quot;%1&quot; is not a contact id; use the id shown by &quot;contacts list&quot; (at least 4 characters).</source>
        <translation type="unfinished">&quot;%1&quot; no es un id de contacto; use el id que muestra &quot;contacts list&quot; (al menos 4 caracteres).</translation>
    </message>
    <message>
        <source>No contact has the id %1.</source>
        <translation type="unfinished">Ningún contacto tiene el id %1.</translation>
    </message>
    <message>
        <source>More than one contact has an id starting with %1; give more of it.</source>
        <translation type="unfinished">Más de un contacto tiene un id que empieza por %1; indique una parte más larga.</translation>
    </message>
</context>
<context>
    <name>ContactDistricts</name>
    <message>
        <source>That contact is not in this workspace.</source>
        <translation type="unfinished">Ese contacto no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished">introducido a mano</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">confirmado</translation>
    </message>
    <message>
        <source>estimated from the postcode</source>
        <translation type="unfinished">estimado a partir del código postal</translation>
    </message>
    <message>
        <source>to choose</source>
        <translation type="unfinished">por elegir</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot; with districts.</source>
        <translation type="unfinished">%1 no tiene una cámara &quot;%2&quot; con distritos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it with its state, such as MI-12 (MI-0 or MI-AL at-large).</source>
        <translation type="unfinished">&quot;%1&quot; no es un escaño de la Cámara; escríbalo con su estado, como MI-12 (MI-0 o MI-AL para un escaño único).</translation>
    </message>
    <message>
        <source>Name the district to choose.</source>
        <translation type="unfinished">Indique el distrito que elige.</translation>
    </message>
    <message>
        <source>The contact has no district there to confirm yet; choose one first (--set).</source>
        <translation type="unfinished">El contacto aún no tiene un distrito que confirmar; elija uno primero (--set).</translation>
    </message>
    <message>
        <source>The contact has no district there to check.</source>
        <translation type="unfinished">El contacto no tiene ahí un distrito que revisar.</translation>
    </message>
    <message>
        <source>No current member of the %1 of %2 holds district &quot;%3&quot;. Check the district, or import the current members if the districts were redrawn.</source>
        <translation type="unfinished">Ningún miembro actual de la cámara «%1» de %2 ocupa el distrito «%3». Compruebe el distrito, o importe los miembros actuales si los distritos se redibujaron.</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">mismo correo electrónico %1</translation>
    </message>
    <message>
        <source>same email as line %1 of this file</source>
        <translation type="unfinished">mismo correo electrónico que la línea %1 de este archivo</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">mismo teléfono %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">mismo nombre y código postal</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds.</source>
        <translation type="unfinished">Elija qué contiene cada columna del archivo.</translation>
    </message>
    <message>
        <source>No column holds a name: map at least one column to a name field.</source>
        <translation type="unfinished">Ninguna columna contiene un nombre: asigne al menos una columna a un campo de nombre.</translation>
    </message>
    <message>
        <source>The line has more fields than the header; the extra fields were left out.</source>
        <translation type="unfinished">La línea tiene más campos que el encabezado; los campos sobrantes se omitieron.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished">Cancelado; no se importó nada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district number; it was left out.</source>
        <translation type="unfinished">&quot;%1&quot; no es un número de distrito; se omitió.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; the birthday was left out.</source>
        <translation type="unfinished">&quot;%1&quot; no es una fecha; se omitió el cumpleaños.</translation>
    </message>
    <message>
        <source>Line %1 could not be merged: %2</source>
        <translation type="unfinished">No se pudo fusionar la línea %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished">Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problema</translation>
    </message>
</context>
<context>
    <name>ContactMerger</name>
    <message>
        <source>A record the merge needs is missing (%1 %2).</source>
        <translation type="unfinished">Falta un registro que la fusión necesita (%1 %2).</translation>
    </message>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation type="unfinished">Elija dos contactos distintos para fusionar.</translation>
    </message>
    <message>
        <source>%1 or %2 changed after they were merged, so the merge cannot be undone without losing that change.</source>
        <translation type="unfinished">%1 o %2 cambió después de fusionarse, por lo que la fusión no se puede deshacer sin perder ese cambio.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>Contact %1 (%2): %3</source>
        <translation type="unfinished">Contacto %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cancelled; no contacts were added.</source>
        <translation type="unfinished">Cancelado; no se agregó ningún contacto.</translation>
    </message>
    <message>
        <source>Enter at least one tag.</source>
        <translation type="unfinished">Escriba al menos una etiqueta.</translation>
    </message>
    <message>
        <source>The contact was deleted meanwhile; nothing was saved.</source>
        <translation type="unfinished">El contacto se eliminó mientras tanto; no se guardó nada.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">El contacto ya no existe; es posible que se haya eliminado.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>The email address is empty.</source>
        <translation type="unfinished">La dirección de correo electrónico está vacía.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains a space.</source>
        <translation type="unfinished">La dirección de correo electrónico &quot;%1&quot; contiene un espacio.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @ sign; it should look like name@example.org.</source>
        <translation type="unfinished">La dirección de correo electrónico &quot;%1&quot; no tiene el signo @; debería tener la forma nombre@example.org.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @ sign.</source>
        <translation type="unfinished">La dirección de correo electrónico &quot;%1&quot; no tiene nada antes del signo @.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @ sign.</source>
        <translation type="unfinished">La dirección de correo electrónico &quot;%1&quot; tiene más de un signo @.</translation>
    </message>
    <message>
        <source>The part after @ in &quot;%1&quot; is not a valid domain such as example.org.</source>
        <translation type="unfinished">La parte después de @ en &quot;%1&quot; no es un dominio válido, como example.org.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished">El número de teléfono está vacío.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may contain only digits, spaces, + ( ) - . and /.</source>
        <translation type="unfinished">El número de teléfono &quot;%1&quot; solo puede contener dígitos, espacios, + ( ) - . y /.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is too short.</source>
        <translation type="unfinished">El número de teléfono &quot;%1&quot; es demasiado corto.</translation>
    </message>
    <message>
        <source>Enter a given name, a family name or a preferred name.</source>
        <translation type="unfinished">Escriba un nombre, un apellido o un nombre preferido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a U.S. state code; use two letters such as MI or CA.</source>
        <translation type="unfinished">&quot;%1&quot; no es un código de estado de EE. UU.; use dos letras, como MI o CA.</translation>
    </message>
    <message>
        <source>A congressional district needs a state.</source>
        <translation type="unfinished">Un distrito congresional necesita un estado.</translation>
    </message>
    <message>
        <source>District %1 does not exist; use 0 for an at-large seat or 1 to %2.</source>
        <translation type="unfinished">El distrito %1 no existe; use 0 para un escaño general o de 1 a %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: check the country code and the number of digits after it.</source>
        <translation type="unfinished">&quot;%1&quot; no es un número de teléfono: compruebe el código de país y la cantidad de dígitos que le siguen.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; does not look like a whole number in %2: check the digits and the area code, or write it with + and the country code.</source>
        <translation type="unfinished">El número de teléfono &quot;%1&quot; no parece un número completo de %2: compruebe los dígitos y el código de área, o escríbalo con + y el código de país.</translation>
    </message>
</context>
<context>
    <name>CreateContactCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished">Agregar %1</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file ends inside a quoted field that starts on line %1; it may be cut short.</source>
        <translation type="unfinished">El archivo termina dentro de un campo entre comillas que empieza en la línea %1; es posible que esté incompleto.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished">El archivo está vacío: no tiene línea de encabezado.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header names only %3.</source>
        <translation type="unfinished">La línea %1 tiene %2 campos, pero el encabezado solo nombra %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder. Choose a workspace file instead.</source>
        <translation type="unfinished">%1 es una carpeta. Elija un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>Majlis cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished">Majlis no puede leer %1: %2. Revise los permisos del archivo.</translation>
    </message>
    <message>
        <source>%1 is not a Majlis workspace (it is not an SQLite database). Choose another file.</source>
        <translation type="unfinished">%1 no es un espacio de trabajo de Majlis (no es una base de datos SQLite). Elija otro archivo.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation type="unfinished">%1 es de solo lectura. Cópielo a una carpeta en la que pueda escribir, o cambie sus permisos.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and Majlis needs to write beside the workspace. Move the file to a writable folder.</source>
        <translation type="unfinished">La carpeta %1 es de solo lectura, y Majlis necesita escribir junto al espacio de trabajo. Mueva el archivo a una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation type="unfinished">No hay ningún espacio de trabajo en %1.</translation>
    </message>
    <message>
        <source>Majlis cannot create the folder %1. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis no puede crear la carpeta %1. Elija una ubicación en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Majlis cannot create a workspace in %1: %2. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis no puede crear un espacio de trabajo en %1: %2. Elija una ubicación en la que pueda escribir.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 está dañado y no se puede abrir. Restáurelo desde una copia de seguridad o una copia sincronizada.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 está dañado (%2). Restáurelo desde una copia de seguridad o una copia sincronizada.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database from another program, not a Majlis workspace. Choose another file.</source>
        <translation type="unfinished">%1 es una base de datos SQLite de otro programa, no un espacio de trabajo de Majlis. Elija otro archivo.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Majlis (workspace format %2; this version reads up to %3). Update Majlis to open it.</source>
        <translation type="unfinished">%1 fue escrito por una versión más reciente de Majlis (formato de espacio de trabajo %2; esta versión lee hasta el %3). Actualice Majlis para abrirlo.</translation>
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
        <translation type="unfinished">Las fechas de la Hégira siguen el calendario islámico civil (tabular). Donde los meses comienzan con el avistamiento de la luna, o según el calendario Umm al-Qura, la fecha anunciada localmente puede diferir en un día.</translation>
    </message>
</context>
<context>
    <name>DayExport</name>
    <message>
        <source>Meeting with %1</source>
        <translation type="unfinished">Reunión con %1</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1, sala %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished">Dónde: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">Equipo: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">Líder: %1</translation>
    </message>
    <message>
        <source>The asks:</source>
        <translation type="unfinished">Las peticiones:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Fin</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Oficina</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Cámara</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">Escaño</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Edificio</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Sala</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Líder</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Equipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Fijada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">Realizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelada</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">Planificada</translation>
    </message>
    <message>
        <source>Senate</source>
        <translation type="unfinished">Senado</translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished">Cámara de Representantes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
</context>
<context>
    <name>DayPlanner</name>
    <message>
        <source>There are no members of %1 in this workspace yet; import its current members first.</source>
        <translation type="unfinished">Todavía no hay miembros de %1 en este espacio de trabajo; importe primero sus miembros actuales.</translation>
    </message>
</context>
<context>
    <name>DayRepository</name>
    <message>
        <source>Give the day a title.</source>
        <translation type="unfinished">Póngale un título al día.</translation>
    </message>
    <message>
        <source>Choose the day&apos;s date.</source>
        <translation type="unfinished">Elija la fecha del día.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation type="unfinished">&quot;%1&quot; no es una zona horaria que esta computadora conozca.</translation>
    </message>
    <message>
        <source>The meeting window must start before it ends, within the day.</source>
        <translation type="unfinished">El intervalo de reuniones debe empezar antes de terminar, dentro del día.</translation>
    </message>
    <message>
        <source>A meeting slot must be at least 5 minutes and fit in the window.</source>
        <translation type="unfinished">Un turno de reunión debe durar al menos 5 minutos y caber en el intervalo.</translation>
    </message>
    <message>
        <source>A team needs room for at least one person.</source>
        <translation type="unfinished">Un equipo necesita espacio para al menos una persona.</translation>
    </message>
    <message>
        <source>Walking times cannot be negative.</source>
        <translation type="unfinished">Los tiempos a pie no pueden ser negativos.</translation>
    </message>
    <message>
        <source>The advocacy day no longer exists.</source>
        <translation type="unfinished">El día de incidencia ya no existe.</translation>
    </message>
    <message>
        <source>There is no advocacy day &quot;%1&quot;.</source>
        <translation type="unfinished">No hay ningún día de incidencia &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 advocacy days; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; coincide con %2 días de incidencia; indique una parte más larga del id.</translation>
    </message>
    <message>
        <source>A contact to register no longer exists; nothing was added.</source>
        <translation type="unfinished">Un contacto que se iba a inscribir ya no existe; no se agregó nada.</translation>
    </message>
    <message>
        <source>The time must end after it starts.</source>
        <translation type="unfinished">La hora de fin debe ser posterior a la de inicio.</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>Eliminar %n contacto</numerusform>
            <numerusform>Eliminar %n contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoAdvocacy</name>
    <message>
        <source>Capitol Advocacy Day (demo)</source>
        <translation type="unfinished">Día de incidencia en el Capitolio (demo)</translation>
    </message>
    <message>
        <source>Civil rights and community safety</source>
        <translation type="unfinished">Derechos civiles y seguridad comunitaria</translation>
    </message>
    <message>
        <source>Protect travellers from profiling by religion or origin</source>
        <translation type="unfinished">Proteger a los viajeros de perfiles por religión u origen</translation>
    </message>
    <message>
        <source>Share a story of a family stopped at the border; ask the office to speak up.</source>
        <translation type="unfinished">Cuente la historia de una familia detenida en la frontera; pida a la oficina que se pronuncie.</translation>
    </message>
    <message>
        <source>Fund community violence-prevention grants</source>
        <translation type="unfinished">Financiar subvenciones para prevenir la violencia comunitaria</translation>
    </message>
    <message>
        <source>Name the programmes in your district that the grants keep open.</source>
        <translation type="unfinished">Nombre los programas de su distrito que las subvenciones mantienen abiertos.</translation>
    </message>
</context>
<context>
    <name>DistrictFill</name>
    <message>
        <source>No postcode file was imported for %1; import one with &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (or senate).</source>
        <translation type="unfinished">No se importó ningún archivo de códigos postales para %1; importe uno con &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (o senate).</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">mismo correo electrónico %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">mismo teléfono %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">mismo nombre y código postal</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">mismo nombre</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation type="unfinished">Se canceló la búsqueda de duplicados.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">El contacto ya no existe; es posible que se haya eliminado.</translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished">Editar %1</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Give the event a title.</source>
        <translation type="unfinished">Póngale un título al evento.</translation>
    </message>
    <message>
        <source>Give the date and time the event starts.</source>
        <translation type="unfinished">Indique la fecha y la hora en que empieza el evento.</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation type="unfinished">El evento debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished">El evento ya no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 events; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; coincide con %2 eventos; indique una parte más larga del id.</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;.</source>
        <translation type="unfinished">No hay ningún evento &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Inscrito</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">Sin registro previo</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Entrada registrada</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished">La dirección del servidor debe empezar por https://.</translation>
    </message>
    <message>
        <source>No certificate or fingerprint is set for this server, so it cannot be trusted.</source>
        <translation type="unfinished">No hay ningún certificado ni huella digital configurados para este servidor, por lo que no se puede confiar en él.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one set for this organization.</source>
        <translation type="unfinished">El certificado del servidor no es el configurado para esta organización.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted for this organization (%1).</source>
        <translation type="unfinished">El certificado del servidor no es de confianza para esta organización (%1).</translation>
    </message>
    <message>
        <source>The sync server answered with a redirect to another address; Majlis does not follow it. Check the server address.</source>
        <translation type="unfinished">El servidor de sincronización respondió con una redirección a otra dirección; Majlis no la sigue. Compruebe la dirección del servidor.</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Line %1 is not an iCalendar line (NAME:value): &quot;%2&quot;.</source>
        <translation type="unfinished">La línea %1 no es una línea de iCalendar (NOMBRE:valor): &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, which is not the open component.</source>
        <translation type="unfinished">La línea %1 cierra %2, que no es el componente abierto.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation type="unfinished">La línea %1 está fuera de cualquier BEGIN:VCALENDAR … END:VCALENDAR.</translation>
    </message>
    <message>
        <source>%1 opened on line %2 is never closed; the file may be cut short.</source>
        <translation type="unfinished">%1, abierto en la línea %2, nunca se cierra; es posible que el archivo esté incompleto.</translation>
    </message>
    <message>
        <source>The file holds no calendar.</source>
        <translation type="unfinished">El archivo no contiene ningún calendario.</translation>
    </message>
    <message>
        <source>%1 names the time zone &quot;%2&quot;, which this computer does not know; its time %3 is kept as written, without a zone.</source>
        <translation type="unfinished">%1 indica la zona horaria &quot;%2&quot;, que este equipo no conoce; su hora %3 se conserva tal como está escrita, sin zona.</translation>
    </message>
</context>
<context>
    <name>InteractionLog</name>
    <message>
        <source>Give the date of the interaction.</source>
        <translation type="unfinished">Indique la fecha de la interacción.</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation type="unfinished">Diga en pocas palabras qué sucedió.</translation>
    </message>
</context>
<context>
    <name>Itineraries</name>
    <message>
        <source>Team for %1</source>
        <translation type="unfinished">Equipo de %1</translation>
    </message>
    <message>
        <source>No meetings are scheduled yet.</source>
        <translation type="unfinished">Todavía no hay reuniones programadas.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Hora</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Oficina</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Edificio</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Sala</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Equipo</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">Líder: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelada</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">Las peticiones</translation>
    </message>
</context>
<context>
    <name>ItineraryPdf</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorFile</name>
    <message>
        <source>This is not a congress-legislators file: it has no &quot;%1&quot; column.</source>
        <translation type="unfinished">Este no es un archivo de congress-legislators: no tiene la columna &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: it needs a bioguide id, a state and a type of &quot;sen&quot; or &quot;rep&quot;.</source>
        <translation type="unfinished">Se omitió la línea %1: necesita un id de bioguide, un estado y un tipo &quot;sen&quot; o &quot;rep&quot;.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: %2 is listed twice.</source>
        <translation type="unfinished">Se omitió la línea %1: %2 aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 has no Capitol office building in the address &quot;%2&quot;; add it by hand before scheduling meetings with this office.</source>
        <translation type="unfinished">%1 no tiene un edificio de oficinas del Capitolio en la dirección &quot;%2&quot;; agréguelo a mano antes de programar reuniones con esta oficina.</translation>
    </message>
    <message>
        <source>The file lists no members of Congress.</source>
        <translation type="unfinished">El archivo no contiene ningún miembro del Congreso.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorRepository</name>
    <message>
        <source>No member of Congress has the bioguide id &quot;%1&quot;; import the current legislators first.</source>
        <translation type="unfinished">Ningún miembro del Congreso tiene el id de bioguide &quot;%1&quot;; primero importe los legisladores actuales.</translation>
    </message>
    <message>
        <source>A member of %1 has no id, so a later import could not find them again.</source>
        <translation type="unfinished">Un miembro de %1 no tiene identificador, así que una importación posterior no podría encontrarlo.</translation>
    </message>
    <message>
        <source>%1 is listed twice for %2; nothing was imported.</source>
        <translation type="unfinished">%1 aparece dos veces para %2; no se importó nada.</translation>
    </message>
    <message>
        <source>That legislator is not in this workspace.</source>
        <translation type="unfinished">Ese legislador no está en este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>MarkVotedCommand</name>
    <message>
        <source>Mark %1 Voted</source>
        <translation type="unfinished">Marcar que %1 votó</translation>
    </message>
    <message>
        <source>Mark %1 Not Voted</source>
        <translation type="unfinished">Marcar que %1 no votó</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Voted</source>
        <translation type="unfinished">
            <numerusform>Marcar que %Ln persona votó</numerusform>
            <numerusform>Marcar que %Ln personas votaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Not Voted</source>
        <translation type="unfinished">
            <numerusform>Marcar que %Ln persona no votó</numerusform>
            <numerusform>Marcar que %Ln personas no votaron</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished">La reunión ya no existe.</translation>
    </message>
    <message>
        <source>A meeting must end after it starts.</source>
        <translation type="unfinished">Una reunión debe terminar después de empezar.</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>&quot;%1&quot; does not map a field to a column: write FIELD=COLUMN, a field being one of %2 and a column one of the file&apos;s header (%3).</source>
        <translation type="unfinished">«%1» no asigna un campo a una columna: escriba FIELD=COLUMN, con un campo de entre %2 y una columna del encabezado del archivo (%3).</translation>
    </message>
    <message>
        <source>The member list needs a column of names and one of constituencies; its header is: %1.</source>
        <translation type="unfinished">La lista de miembros necesita una columna de nombres y otra de circunscripciones; su encabezado es: %1.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: a member needs a name and a constituency.</source>
        <translation type="unfinished">Se omitió la línea %1: un miembro necesita un nombre y una circunscripción.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: &quot;%2&quot; is not a chamber of %3.</source>
        <translation type="unfinished">Se omitió la línea %1: «%2» no es una cámara de %3.</translation>
    </message>
    <message>
        <source>Lines %1 and %2 both list %3 (%4); a member list names each member once. Nothing was imported.</source>
        <translation type="unfinished">Las líneas %1 y %2 incluyen a %3 (%4); una lista de miembros nombra a cada miembro una vez. No se importó nada.</translation>
    </message>
    <message>
        <source>The member list has no member with a name and a constituency.</source>
        <translation type="unfinished">La lista no tiene ningún miembro con nombre y circunscripción.</translation>
    </message>
</context>
<context>
    <name>MergeContactsCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished">Fusionar %1 con %2</translation>
    </message>
</context>
<context>
    <name>OpenStates</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: this is not valid YAML (%3). Nothing was imported.</source>
        <translation type="unfinished">%1, línea %2: esto no es YAML válido (%3). No se importó nada.</translation>
    </message>
    <message>
        <source>%1, line %2: this is not an Open States person file (%3). Nothing was imported.</source>
        <translation type="unfinished">%1, línea %2: esto no es un archivo de persona de Open States (%3). No se importó nada.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: it has no &quot;%2&quot;. Nothing was imported.</source>
        <translation type="unfinished">%1 no es un archivo de persona de Open States: no tiene «%2». No se importó nada.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: its id, name or roles are not what the people schema writes. Nothing was imported.</source>
        <translation type="unfinished">%1 no es un archivo de persona de Open States: su id, nombre o funciones no son lo que escribe el esquema people. No se importó nada.</translation>
    </message>
    <message>
        <source>%1 (%2) was skipped: no current role in a state legislature.</source>
        <translation type="unfinished">Se omitió a %1 (%2): no tiene un cargo actual en una legislatura estatal.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished">%1 no existe.</translation>
    </message>
    <message>
        <source>%1 holds no Open States legislators: they are YAML files in data/&lt;state&gt;/legislature/.</source>
        <translation type="unfinished">%1 no contiene legisladores de Open States: son archivos YAML en data/&lt;state&gt;/legislature/.</translation>
    </message>
    <message>
        <source>%1 and %2 both describe the person %3; remove one and import again. Nothing was imported.</source>
        <translation type="unfinished">%1 y %2 describen ambos a la persona %3; elimine uno e importe de nuevo. No se importó nada.</translation>
    </message>
    <message>
        <source>Congress in data/us was skipped (%1 files): import Congress from congress-legislators&apos; legislators-current.csv.</source>
        <translation type="unfinished">Se omitió el Congreso en data/us (%1 archivos): importe el Congreso desde legislators-current.csv de congress-legislators.</translation>
    </message>
    <message>
        <source>The Open States data names no current member of a state legislature.</source>
        <translation type="unfinished">Los datos de Open States no nombran a ningún miembro actual de una legislatura estatal.</translation>
    </message>
</context>
<context>
    <name>OptOuts</name>
    <message>
        <source>&quot;%1&quot; is not a reason; use requested, refused, hostile or deceased.</source>
        <translation>«%1» no es un motivo; usa requested, refused, hostile o deceased.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>El contacto ya no existe.</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>A partner needs a name.</source>
        <translation type="unfinished">Un aliado necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a partner named &quot;%1&quot;.</source>
        <translation type="unfinished">Ya existe un aliado llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation type="unfinished">El aliado ya no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 partners; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; coincide con %2 aliados; indique una parte más larga del id.</translation>
    </message>
    <message>
        <source>There is no partner &quot;%1&quot;.</source>
        <translation type="unfinished">No hay ningún aliado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the person who belongs to the partner.</source>
        <translation type="unfinished">Elija a la persona que pertenece al aliado.</translation>
    </message>
    <message>
        <source>%1 is already listed at this partner; record that they left before adding them again.</source>
        <translation type="unfinished">%1 ya figura en este aliado; registre que se fue antes de volver a agregarlo.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation type="unfinished">Ese contacto ya no existe.</translation>
    </message>
</context>
<context>
    <name>PersonRows</name>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation type="unfinished">No hay ningún contacto con el identificador %1.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This number could not be read as a phone number; it is kept as typed.</source>
        <translation type="unfinished">Este número no se pudo leer como número de teléfono; se conserva tal como se escribió.</translation>
    </message>
    <message>
        <source>This number could not be read as a phone number of %1; it is kept as typed.</source>
        <translation type="unfinished">Este número no se pudo leer como número de teléfono de %1; se conserva tal como se escribió.</translation>
    </message>
</context>
<context>
    <name>PhoneRegion</name>
    <message>
        <source>&quot;%1&quot; is not a country code Majlis knows; use two letters such as DE, GB or CA.</source>
        <translation type="unfinished">&quot;%1&quot; no es un código de país que Majlis conozca; use dos letras, como DE, GB o CA.</translation>
    </message>
</context>
<context>
    <name>PostcodeFile</name>
    <message>
        <source>The file needs a postcode column (postcode, zip or zcta) and a district column (district or cd) in its first line; it has: %1.</source>
        <translation type="unfinished">El archivo necesita en su primera línea una columna de código postal (postcode, zip o zcta) y una de distrito (district o cd); tiene: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postcode; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; no es un código postal; se omitió la fila.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ZIP code; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; no es un código ZIP; se omitió la fila.</translation>
    </message>
    <message>
        <source>Postcode %1 has no district; the row was left out.</source>
        <translation type="unfinished">El código postal %1 no tiene distrito; se omitió la fila.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it as MI-12, or give the state in a state column; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; no es un escaño de la Cámara; escríbalo como MI-12 o indique el estado en una columna state; se omitió la fila.</translation>
    </message>
</context>
<context>
    <name>PostcodeImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chamber; use senate (the upper chamber), house (the lower one) or unicameral.</source>
        <translation type="unfinished">&quot;%1&quot; no es una cámara; use senate (la cámara alta), house (la baja) o unicameral.</translation>
    </message>
    <message>
        <source>Senators of the U.S. Congress represent a whole state; a postcode file is for the House.</source>
        <translation type="unfinished">Los senadores del Congreso de EE. UU. representan a todo un estado; un archivo de códigos postales es para la Cámara.</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot;.</source>
        <translation type="unfinished">%1 no tiene una cámara &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file has no usable rows, so the districts held for %1 were left as they were.</source>
        <translation type="unfinished">El archivo no tiene filas utilizables, así que los distritos guardados para %1 quedaron como estaban.</translation>
    </message>
    <message>
        <source>No current member of %1 holds district %2 (postcode %3); the row was imported.</source>
        <translation type="unfinished">Ningún miembro actual de %1 ocupa el distrito %2 (código postal %3); la fila se importó.</translation>
    </message>
</context>
<context>
    <name>PostcodeLookup</name>
    <message>
        <source>&quot;%1&quot; is not a U.S. ZIP code; give five digits, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">&quot;%1&quot; no es un código ZIP de EE. UU.; indique cinco dígitos, como 48126 o 48126-1234.</translation>
    </message>
</context>
<context>
    <name>ScheduleCheck</name>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">una oficina que ya no figura en la lista</translation>
    </message>
    <message>
        <source>someone no longer registered</source>
        <translation type="unfinished">alguien que ya no está inscrito</translation>
    </message>
    <message>
        <source>%1 to %2 is outside the day&apos;s meeting window.</source>
        <translation type="unfinished">De %1 a %2 está fuera del intervalo de reuniones del día.</translation>
    </message>
    <message>
        <source>The team has %1 people; the day allows %2.</source>
        <translation type="unfinished">El equipo tiene %1 personas; el día permite %2.</translation>
    </message>
    <message>
        <source>%1 cannot meet from %2 to %3.</source>
        <translation type="unfinished">%1 no puede reunirse de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 confirmed other times for meetings.</source>
        <translation type="unfinished">%1 confirmó otros horarios para reuniones.</translation>
    </message>
    <message>
        <source>%1 has another meeting at %2.</source>
        <translation type="unfinished">%1 tiene otra reunión a las %2.</translation>
    </message>
    <message>
        <source>%1 is also meeting %2 at %3.</source>
        <translation type="unfinished">%1 también se reúne con %2 a las %3.</translation>
    </message>
    <message>
        <source>%1 needs %2 minutes to walk here from %3, which ends at %4.</source>
        <translation type="unfinished">%1 necesita %2 minutos para caminar hasta aquí desde %3, que termina a las %4.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>The office has no free time left in the day&apos;s window, its blackouts and its confirmed times.</source>
        <translation type="unfinished">La oficina no tiene tiempo libre en el intervalo del día, con sus bloqueos y sus horarios confirmados.</translation>
    </message>
    <message>
        <source>Whenever the office is free, the attendee is in another meeting or could not walk there in time.</source>
        <translation type="unfinished">Siempre que la oficina está libre, el asistente está en otra reunión o no podría llegar caminando a tiempo.</translation>
    </message>
    <message>
        <source>The contact has no U.S. state, or lives outside the legislature&apos;s state, so their members are unknown.</source>
        <translation type="unfinished">El contacto no tiene estado de EE. UU., o vive fuera del estado de la legislatura, así que se desconocen sus legisladores.</translation>
    </message>
    <message>
        <source>The contact has no district for this chamber, so their member is unknown; fill districts from ZIP codes or enter it.</source>
        <translation type="unfinished">El contacto no tiene distrito para esta cámara, así que se desconoce su legislador; rellene los distritos a partir de los códigos ZIP o introdúzcalo.</translation>
    </message>
    <message>
        <source>No current member holds this seat.</source>
        <translation type="unfinished">Ningún miembro actual ocupa este escaño.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Enter the server address, such as https://sync.example.org.</source>
        <translation type="unfinished">Escriba la dirección del servidor, como https://sync.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It looks like https://sync.example.org.</source>
        <translation type="unfinished">“%1” no es una dirección de servidor. Una dirección de servidor tiene esta forma: https://sync.example.org.</translation>
    </message>
    <message>
        <source>The server address must start with https://, so the password and the workspace travel encrypted. Plain http:// is only for a server on this computer (localhost).</source>
        <translation type="unfinished">La dirección del servidor debe empezar por https:// para que la contraseña y el espacio de trabajo viajen cifrados. http:// sin cifrar solo sirve para un servidor en esta computadora (localhost).</translation>
    </message>
    <message>
        <source>The fingerprint must be the SHA-256 of the server&apos;s certificate: 64 hexadecimal digits (0–9 and A–F), colons allowed.</source>
        <translation type="unfinished">La huella digital debe ser el SHA-256 del certificado del servidor: 64 dígitos hexadecimales (0–9 y A–F); se admiten dos puntos.</translation>
    </message>
</context>
<context>
    <name>SignOnLetters</name>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished">Aún sin respuesta</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">Firmó</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Declinó</translation>
    </message>
    <message>
        <source>A sign-on letter needs a title.</source>
        <translation type="unfinished">Una carta de adhesión necesita un título.</translation>
    </message>
    <message>
        <source>That partner was not asked to sign this letter.</source>
        <translation type="unfinished">A ese aliado no se le pidió que firmara esta carta.</translation>
    </message>
    <message>
        <source>Signed &quot;%1&quot;</source>
        <translation type="unfinished">Firmó &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The workspace is in use by another program or another Majlis window. Close it there and try again.</source>
        <translation type="unfinished">Otro programa u otra ventana de Majlis está usando el espacio de trabajo. Ciérrelo allí e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written. Check that the file and its folder are writable.</source>
        <translation type="unfinished">No se puede escribir en el archivo del espacio de trabajo. Compruebe que el archivo y su carpeta tengan permiso de escritura.</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">El archivo del espacio de trabajo está dañado. Restáurelo desde una copia de seguridad o una copia sincronizada.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished">El disco está lleno. Libere espacio e inténtelo de nuevo; no se guardó nada.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation type="unfinished">No se pudo leer ni escribir el espacio de trabajo: %1</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync server could not be reached: %1</source>
        <translation type="unfinished">No se pudo conectar con el servidor de sincronización: %1</translation>
    </message>
    <message>
        <source>The server did not accept the login. Log in again.</source>
        <translation type="unfinished">El servidor no aceptó el inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished">El servidor rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The sync server needs a newer Majlis. Update Majlis on this laptop, then sync again.</source>
        <translation type="unfinished">El servidor de sincronización necesita una versión más reciente de Majlis. Actualice Majlis en esta computadora portátil y vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation type="unfinished">Demasiados intentos. Espere unos minutos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The sync server answered %1: %2</source>
        <translation type="unfinished">El servidor de sincronización respondió %1: %2</translation>
    </message>
    <message>
        <source>This workspace syncs with another server. Open a new workspace to sync with this one.</source>
        <translation type="unfinished">Este espacio de trabajo se sincroniza con otro servidor. Abra un espacio de trabajo nuevo para sincronizar con este.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished">El nombre de usuario o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>The sync server keeps refusing to acknowledge this laptop&apos;s changes.</source>
        <translation type="unfinished">El servidor de sincronización sigue negándose a confirmar la recepción de los cambios de esta computadora portátil.</translation>
    </message>
    <message>
        <source>The server refused this workspace&apos;s new device id as well. Try again later.</source>
        <translation type="unfinished">El servidor también rechazó el nuevo id de dispositivo de este espacio de trabajo. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Ask for at least one person.</source>
        <translation>Pida al menos una persona.</translation>
    </message>
    <message>
        <source>The server has no such campaign in your chapters. Sync, then choose the campaign again.</source>
        <translation>El servidor no tiene esa campaña en sus capítulos. Sincronice y vuelva a elegir la campaña.</translation>
    </message>
    <message>
        <source>This campaign is closed: nobody can take people from its list.</source>
        <translation>Esta campaña está cerrada: nadie puede tomar personas de su lista.</translation>
    </message>
</context>
<context>
    <name>TagContactsCommand</name>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>Etiquetar %n contacto</numerusform>
            <numerusform>Etiquetar %n contactos</numerusform>
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
        <translation type="unfinished">Unicode (UTF-16 little-endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation type="unfinished">Unicode (UTF-16 big-endian)</translation>
    </message>
    <message>
        <source>Arabic (Windows-1256)</source>
        <translation type="unfinished">Árabe (Windows-1256)</translation>
    </message>
    <message>
        <source>Arabic (ISO-8859-6)</source>
        <translation type="unfinished">Árabe (ISO-8859-6)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished">Europeo occidental (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation type="unfinished">Europeo occidental (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Line %1 has bytes (%2) that are not %3 text; the file is written in another encoding. Choose the one it was saved in.</source>
        <translation type="unfinished">La línea %1 tiene bytes (%2) que no son texto %3; el archivo está escrito en otra codificación. Elija aquella con la que se guardó.</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; use an IANA name such as Europe/London, America/New_York or Asia/Karachi.</source>
        <translation type="unfinished">&quot;%1&quot; no es una zona horaria que este equipo conozca; use un nombre IANA como Europe/London, America/New_York o Asia/Karachi.</translation>
    </message>
</context>
<context>
    <name>Turnout</name>
    <message>
        <source>A person to mark is no longer in the workspace.</source>
        <translation>Una persona por marcar ya no está en el espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Line %1 is not a vCard line (NAME:value) and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">La línea %1 no es una línea de vCard (NOMBRE:valor) y se omitió: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 was not imported</source>
        <translation type="unfinished">%1: no se importó %2</translation>
    </message>
    <message>
        <source>%1: another %2 (&quot;%3&quot;) was not imported; Majlis keeps one</source>
        <translation type="unfinished">%1: no se importó otro %2 (&quot;%3&quot;); Majlis conserva uno</translation>
    </message>
    <message>
        <source>%1: BDAY %2 has no year, so the birthday was not imported</source>
        <translation type="unfinished">%1: BDAY %2 no tiene año, así que no se importó el cumpleaños</translation>
    </message>
    <message>
        <source>%1: BDAY &quot;%2&quot; is not a date Majlis can read, so the birthday was not imported</source>
        <translation type="unfinished">%1: BDAY &quot;%2&quot; no es una fecha que Majlis pueda leer, así que no se importó el cumpleaños</translation>
    </message>
    <message>
        <source>%1: the %2 nested inside it on line %3 was not imported</source>
        <translation type="unfinished">%1: no se importó el %2 anidado dentro en la línea %3</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped.</source>
        <translation type="unfinished">Se omitió la tarjeta %1, que empieza en la línea %2, porque no tiene nombre (N o FN).</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped: %3</source>
        <translation type="unfinished">Se omitió la tarjeta %1, que empieza en la línea %2, porque no tiene nombre (N o FN): %3</translation>
    </message>
    <message>
        <source>%1: ADR was not imported for %2; Majlis keeps one address per contact</source>
        <translation type="unfinished">%1: no se importó ADR para %2; Majlis conserva una dirección por contacto</translation>
    </message>
    <message>
        <source>%1: ROLE (&quot;%2&quot;) was not imported; the role comes from TITLE</source>
        <translation type="unfinished">%1: no se importó ROLE (&quot;%2&quot;); la función se toma de TITLE</translation>
    </message>
    <message>
        <source>%1: the name parts &quot;%2&quot; in N were not imported</source>
        <translation type="unfinished">%1: no se importaron las partes del nombre &quot;%2&quot; en N</translation>
    </message>
    <message>
        <source>Card %1 (%2)</source>
        <translation type="unfinished">Tarjeta %1 (%2)</translation>
    </message>
    <message>
        <source>The file is empty; there is no vCard in it.</source>
        <translation type="unfinished">El archivo está vacío; no contiene ninguna vCard.</translation>
    </message>
    <message>
        <source>Line %1 is &quot;%2&quot; where a vCard should begin with BEGIN:VCARD; this does not look like a vCard (.vcf) file.</source>
        <translation type="unfinished">La línea %1 es &quot;%2&quot;, donde una vCard debería empezar con BEGIN:VCARD; no parece un archivo vCard (.vcf).</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but no vCard is open there.</source>
        <translation type="unfinished">La línea %1 cierra %2, pero no hay ninguna vCard abierta allí.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCARD … END:VCARD and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">La línea %1 está fuera de cualquier BEGIN:VCARD … END:VCARD y se omitió: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the %3 begun on line %4 is still open.</source>
        <translation type="unfinished">La línea %1 cierra %2, pero el %3 que empieza en la línea %4 sigue abierto.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the vCard begun on line %3 is still open.</source>
        <translation type="unfinished">La línea %1 cierra %2, pero la vCard que empieza en la línea %3 sigue abierta.</translation>
    </message>
    <message>
        <source>The vCard begun on line %1 is never closed (END:VCARD is missing); the file may be cut short.</source>
        <translation type="unfinished">La vCard que empieza en la línea %1 nunca se cierra (falta END:VCARD); es posible que el archivo esté incompleto.</translation>
    </message>
    <message>
        <source>Line %1 names the character set &quot;%2&quot;, but its text cannot be read in it; it was read as %3 (detected) and may look wrong.</source>
        <translation type="unfinished">La línea %1 nombra el juego de caracteres «%2», pero su texto no se puede leer en él; se leyó como %3 (detectado) y puede verse mal.</translation>
    </message>
</context>
<context>
    <name>WalkList</name>
    <message>
        <source>Only a door-knocking campaign has a walk list; &quot;%1&quot; is not one.</source>
        <translation type="unfinished">Solo una campaña puerta a puerta tiene lista de recorrido; «%1» no lo es.</translation>
    </message>
</context>
<context>
    <name>WalkListDocument</name>
    <message>
        <source>Walk list: %1</source>
        <translation type="unfinished">Lista de recorrido: %1</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">La lista completa</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation type="unfinished">Parte de %1</translation>
    </message>
    <message>
        <source>Not given to anyone yet</source>
        <translation type="unfinished">Aún sin asignar</translation>
    </message>
    <message>
        <source>%1: %2 on %3, printed %4</source>
        <comment>share, doors, streets, date</comment>
        <translation type="unfinished">%1: %2 en %3, impresa el %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doors</source>
        <translation type="unfinished">
            <numerusform>%Ln puerta</numerusform>
            <numerusform>%Ln puertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln streets</source>
        <translation type="unfinished">
            <numerusform>%Ln calle</numerusform>
            <numerusform>%Ln calles</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick one result at each door. Write a short answer for each question the person answered; the answers are entered afterwards.</source>
        <translation type="unfinished">Marque un resultado en cada puerta. Escriba una respuesta breve a cada pregunta que la persona respondió; las respuestas se introducen después.</translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <comment>question number, then its text</comment>
        <translation type="unfinished">P%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>question, then its answers</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is left to visit here.</source>
        <translation type="unfinished">No queda nadie por visitar aquí.</translation>
    </message>
    <message>
        <source>Street without a name</source>
        <translation type="unfinished">Calle sin nombre</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>street, then town and postal code</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln doors)</source>
        <translation type="unfinished">
            <numerusform>%1 (%Ln puerta)</numerusform>
            <numerusform>%1 (%Ln puertas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Dirección</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>question number</comment>
        <translation type="unfinished">P%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Walk list %1</source>
        <comment>file name: the campaign</comment>
        <translation type="unfinished">Lista de recorrido %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceArchive</name>
    <message>
        <source>%1 already exists; choose a new file name for the archive.</source>
        <translation type="unfinished">%1 ya existe; elija un nuevo nombre para el archivo del espacio de trabajo.</translation>
    </message>
    <message>
        <source>This workspace already has records. Import an archive into a new, empty workspace (File &gt; New Workspace), so nothing is mixed or overwritten.</source>
        <translation type="unfinished">Este espacio de trabajo ya tiene registros. Importe un archivo en un espacio de trabajo nuevo y vacío (Archivo &gt; Nuevo espacio de trabajo), para que nada se mezcle ni se sobrescriba.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first organizer for civic and advocacy organizations.</source>
        <translation type="unfinished">Organizador que funciona primero sin conexión para organizaciones cívicas y de incidencia.</translation>
    </message>
    <message>
        <source>Open this workspace file (default: %1).</source>
        <translation type="unfinished">Abrir este archivo de espacio de trabajo (predeterminado: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">ruta</translation>
    </message>
    <message>
        <source>Open a fictional demo workspace, creating it if needed.</source>
        <translation type="unfinished">Abrir un espacio de trabajo de demostración ficticio y crearlo si hace falta.</translation>
    </message>
    <message>
        <source>Language, such as ar or en.</source>
        <translation type="unfinished">Idioma, como ar o en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">código</translation>
    </message>
</context>
<context>
    <name>majlis-cli</name>
    <message>
        <source>majlis-cli: error: %1</source>
        <translation type="unfinished">majlis-cli: error: %1</translation>
    </message>
    <message>
        <source>majlis-cli: %1</source>
        <translation type="unfinished">majlis-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;majlis-cli --help&quot; for the commands.</source>
        <translation type="unfinished">Ejecute &quot;majlis-cli --help&quot; para ver los comandos.</translation>
    </message>
    <message>
        <source>Workspace file (default: %1).</source>
        <translation type="unfinished">Archivo del espacio de trabajo (predeterminado: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">ruta</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished">Imprimir JSON legible por máquina.</translation>
    </message>
    <message>
        <source>Language of messages, such as ar.</source>
        <translation type="unfinished">Idioma de los mensajes, como ar.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">código</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished">Mostrar la versión.</translation>
    </message>
    <message>
        <source>init, contacts, chapters, legislators, day, partners, events, import, export or demo</source>
        <translation type="unfinished">init, contacts, chapters, legislators, day, partners, events, import, export o demo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a verb, such as list.</source>
        <translation type="unfinished">&quot;%1&quot; necesita un verbo, como list.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished">comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>  sync                        sync with the organization&apos;s server (--server, --user, --ca or --fingerprint, --password-stdin)</source>
        <translation type="unfinished">  sync                        sincronizar con el servidor de la organización (--server, --user, --ca o --fingerprint, --password-stdin)</translation>
    </message>
    <message>
        <source>  chapters time-zone [ZONE]   show or set the workspace&apos;s time zone (--chapter NAME: a chapter&apos;s)
  events show EVENT           one event, with its time zone (--hijri)
  --hijri on events list, day list and day export --pdf adds the Hijri date</source>
        <translation type="unfinished">  chapters time-zone [ZONE]   mostrar o fijar la zona horaria del espacio de trabajo (--chapter NOMBRE: la de un capítulo)
  events show EVENT           un evento, con su zona horaria (--hijri)
  --hijri en events list, day list y day export --pdf añade la fecha de la Hégira</translation>
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
        <translation type="unfinished">Comandos:
  init                        crear o actualizar el espacio de trabajo
  contacts add [options]      agregar un contacto (--given, --family, --email, --phone, --country, --chapter, ...)
  contacts list               listar contactos (--chapter, --tag, --limit)
  contacts search TEXT        buscar contactos por nombre, correo electrónico, teléfono, etiqueta, organización o notas
  contacts show ID            mostrar un contacto
  contacts edit ID [options]  modificar un contacto
  contacts delete ID...       eliminar contactos
  contacts merge KEEP OTHER   fusiona un duplicado en el contacto que se conserva (sus correos, teléfonos, etiquetas e historial)
  contacts export-data ID FILE  escribir todo lo que se guarda sobre una persona en un archivo JSON
  contacts erase ID --yes     borra todo lo que se guarda sobre una persona, aquí y en cada portátil sincronizado
  chapters add NAME           agregar un capítulo (--city, --region, --country)
  chapters list               listar capítulos
  chapters region [CODE]      mostrar o fijar el país del espacio de trabajo, para los números sin + (--chapter NAME: el de un capítulo)
  legislators import FILE     importar o actualizar miembros del Congreso (legislators-current.csv)
  legislators list            listar los miembros de un órgano legislativo (--body, --state, --chamber)
  bodies list                 listar los órganos legislativos de este espacio de trabajo y sus cámaras
  bodies campus BODY          mostrar o establecer los edificios de un capitolio (--building NAME=GROUP ...)
  day create TITLE --date D   planificar un día de incidencia (--body, --time-zone, --start, --end, --slot, --team-size, --ask)
  day list                    listar días de incidencia
  day attendees add DAY ID... inscribir contactos para un día (--role, --tag)
  day attendees list DAY      listar los asistentes de un día
  day schedule DAY            armar el horario de reuniones del día
  day export DAY --ics|--pdf|--csv FILE   escribir calendarios, itinerarios o el horario
  partners add NAME           agregar un aliado de la coalición (--kind, --area, --status, --city, ...)
  partners list               listar aliados (--kind, --area, --status, --search)
  partners show NAME|ID       un aliado con sus personas e historial
  events create TITLE --start T   crear un evento (--end, --kind, --place, --capacity, --chapter)
  events list                 listar eventos
  events checkin EVENT ID...  registrar la entrada de contactos (o --walk-in --given NAME --email ...)
  events attendance EVENT --csv FILE   escribir quién se inscribió y quién asistió
  events calendar FILE        escribir todos los eventos en un archivo iCalendar (.ics)
  import csv FILE             importar contactos desde una hoja de cálculo (--dry-run, --map, --duplicates, --report)
  import vcard FILE           importar contactos desde un archivo vCard (--dry-run, --duplicates)
  import archive FILE         traer un archivo de espacio de trabajo a este espacio de trabajo vacío
  export csv FILE             exportar contactos como CSV (--search, --tag)
  export vcard FILE           exportar contactos como vCard (--version 4.0|3.0|2.1, --search, --tag)
  export archive FILE         escribir todo el espacio de trabajo en un solo archivo portátil
  demo [--count N]            llenar el espacio de trabajo con datos ficticios de demostración
Ejecute &quot;majlis-cli COMMAND VERB --help&quot; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>  districts lookup --zip ZIP  the districts a ZIP code lies in
  districts import FILE --body CODE --chamber C   import a postcode to district file for a legislature
  contacts districts ID       a contact&apos;s districts (--body, --chamber, --set DISTRICT, --confirm, --check-later)
  contacts districts --fill   fill districts from postcodes (--tag, --day, --body, --dry-run; --ambiguous lists who has districts to choose)</source>
        <translation type="unfinished">  districts lookup --zip ZIP  los distritos en que está un código ZIP
  districts import FILE --body CODE --chamber C   importar un archivo de códigos postales a distritos para una legislatura
  contacts districts ID       los distritos de un contacto (--body, --chamber, --set DISTRICT, --confirm, --check-later)
  contacts districts --fill   rellenar distritos a partir de códigos postales (--tag, --day, --body, --dry-run; --ambiguous lista quién tiene distritos por elegir)</translation>
    </message>
    <message>
        <source>  legislators import PATH     also an Open States folder or download (state legislatures), or any parliament&apos;s member list CSV with --body CODE (--body-name, --country, --map, --dry-run)</source>
        <translation type="unfinished">  legislators import PATH     también una carpeta o descarga de Open States (legislaturas estatales), o la lista CSV de miembros de cualquier parlamento con --body CODE (--body-name, --country, --map, --dry-run)</translation>
    </message>
    <message>
        <source>  legislators import --bundled  the members of Congress built into this program (--dry-run)</source>
        <translation type="unfinished">  legislators import --bundled  los miembros del Congreso incluidos en este programa (--dry-run)</translation>
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
        <translation type="unfinished">  campaigns elections add NAME --date D   añadir una elección (--jurisdiction, --chapter); elections list
  campaigns create NAME --kind phone|door|gotv --script FILE   un banco telefónico, una lista puerta a puerta o una movilización del voto (--election, --chapter, --starts, --ends)
  campaigns list | show C | entries C   las campañas, una con su guion y cifras, su lista
  campaigns build C [filtro]  añadir personas a la lista (--tag, --chapter, --language, --state, --body --district, --event, --voter-status, --answered --question --answer, --election --pledged|--not-voted, --dry-run)
  campaigns assign C --to a,b | --by-language NAME=LANGS   repartir la lista; release C [--volunteer V]
  campaigns next C [--caller NAME]   la siguiente persona a quien llamar, con el guion
  campaigns record C ID --result CODE   guardar un resultado (--answer Q=A, --opt-out, --phone, --caller)
  campaigns progress C | rollback C --caller NAME [--from T --to T] | close C
  campaigns export C --out FILE.csv   los resultados en CSV (--list: las personas a quienes llamar o visitar)
  gotv summary|chase ELECTION   compromisos y votos; quién se comprometió y aún no ha votado, por distrito
  gotv voted ELECTION ID...   marcar personas como que ya votaron (--undo)</translation>
    </message>
</context>
<context>
    <name>majlis::AdvocacyPage</name>
    <message>
        <source>Advocacy days</source>
        <translation type="unfinished">Días de incidencia</translation>
    </message>
    <message>
        <source>&amp;New Day</source>
        <translation type="unfinished">&amp;Nuevo día</translation>
    </message>
    <message>
        <source>Delete Day</source>
        <translation type="unfinished">Eliminar día</translation>
    </message>
    <message>
        <source>&amp;Legislators…</source>
        <translation type="unfinished">&amp;Legisladores…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished">&amp;Asistentes</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished">&amp;Horario</translation>
    </message>
    <message>
        <source>&amp;Itineraries</source>
        <translation type="unfinished">&amp;Itinerarios</translation>
    </message>
    <message>
        <source>&amp;Report-back</source>
        <translation type="unfinished">Informe de &amp;resultados</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation type="unfinished">&amp;Panel</translation>
    </message>
    <message>
        <source>No advocacy days yet</source>
        <translation type="unfinished">Todavía no hay días de incidencia</translation>
    </message>
    <message>
        <source>New advocacy day</source>
        <translation type="unfinished">Nuevo día de incidencia</translation>
    </message>
    <message>
        <source>Cannot create the day</source>
        <translation type="unfinished">No se puede crear el día</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its schedule and reports? Contacts are not touched.</source>
        <translation type="unfinished">¿Eliminar &quot;%1&quot; con su horario e informes? Los contactos no se modifican.</translation>
    </message>
    <message>
        <source>Cannot delete the day</source>
        <translation type="unfinished">No se puede eliminar el día</translation>
    </message>
    <message>
        <source>Look up the members of each legislature, import or update them, and list a capitol&apos;s buildings.</source>
        <translation type="unfinished">Consulte los miembros de cada legislatura, impórtelos o actualícelos, y liste los edificios de un capitolio.</translation>
    </message>
    <message>
        <source>Plan an advocacy day at the U.S. Capitol, a state capitol or a parliament: bring in its members with Legislators…, create a day with New Day, register attendees, then build the schedule. Everything works offline.</source>
        <translation type="unfinished">Planifique una jornada de incidencia en el Capitolio de EE. UU., en el capitolio de un estado o en un parlamento: traiga sus miembros con Legisladores…, cree una jornada con Nuevo día, inscriba a los asistentes y luego arme el calendario. Todo funciona sin conexión.</translation>
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
        <translation type="unfinished">elija: %1</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished">%1 (elegido)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Órgano legislativo</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished">Código postal</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrito</translation>
    </message>
    <message>
        <source>%1 is not among the districts postcode %2 spans.</source>
        <translation type="unfinished">%1 no está entre los distritos que abarca el código postal %2.</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerChart</name>
    <message>
        <source>Answers to the question</source>
        <translation type="unfinished">Respuestas a la pregunta</translation>
    </message>
    <message>
        <source>Answers to this question are written, not chosen: they are not counted.</source>
        <translation type="unfinished">Las respuestas a esta pregunta se escriben, no se eligen: no se cuentan.</translation>
    </message>
    <message>
        <source>Nobody has answered this question yet.</source>
        <translation type="unfinished">Nadie ha respondido aún a esta pregunta.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">Respuestas</translation>
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
        <translation type="unfinished">Personas que dieron la respuesta</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerCountModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Respuesta</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Personas</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation type="unfinished">Parte de las respuestas</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerPanel</name>
    <message>
        <source>This campaign has no survey: record the result with the keys below.</source>
        <translation>Esta campaña no tiene encuesta: registre el resultado con las teclas de abajo.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <comment>question number, question, kind of answer</comment>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Type what they said</source>
        <translation>Escriba lo que dijo la persona</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>Pregunta actual</translation>
    </message>
</context>
<context>
    <name>majlis::AskPartnersDialog</name>
    <message>
        <source>Ask Partners to Sign</source>
        <translation type="unfinished">Pedir a los aliados que firmen</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation type="unfinished">Buscar un aliado</translation>
    </message>
    <message>
        <source>%1 (already asked)</source>
        <translation type="unfinished">%1 (ya se le pidió)</translation>
    </message>
    <message>
        <source>There are no partners yet: add them in the Partners view.</source>
        <translation type="unfinished">Todavía no hay aliados: agréguelos en la vista Aliados.</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation type="unfinished">&amp;Pedir</translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation type="unfinished">&amp;Marcar todos</translation>
    </message>
    <message>
        <source>Partners to ask</source>
        <translation type="unfinished">Socios a los que pedir la firma</translation>
    </message>
</context>
<context>
    <name>majlis::AssignDialog</name>
    <message>
        <source>Assign Callers: %1</source>
        <translation>Asignar voluntarios: %1</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <source>A&amp;dd Volunteer</source>
        <translation>&amp;Añadir voluntario</translation>
    </message>
    <message>
        <source>&amp;Remove from the Table</source>
        <translation>&amp;Quitar de la tabla</translation>
    </message>
    <message>
        <source>%1 still has people to call: take back their share first.</source>
        <translation>%1 todavía tiene personas por llamar: primero recupere su parte.</translation>
    </message>
    <message>
        <source>&amp;Take Back Their Share</source>
        <translation>&amp;Recuperar su parte</translation>
    </message>
    <message>
        <source>The selected volunteer&apos;s people still to call go back to nobody, for others to call.</source>
        <translation>Las personas que el voluntario elegido aún debía llamar quedan sin asignar, para que otros las llamen.</translation>
    </message>
    <message>
        <source>By &amp;count: runs of about equal size, neighbours together</source>
        <translation>Por &amp;cantidad: tramos de tamaño parecido, vecinos juntos</translation>
    </message>
    <message>
        <source>By &amp;language: each person to a volunteer who speaks one of their languages</source>
        <translation>Por &amp;idioma: cada persona a un voluntario que hable uno de sus idiomas</translation>
    </message>
    <message>
        <source>&amp;Give Out the List</source>
        <translation>&amp;Repartir la lista</translation>
    </message>
    <message>
        <source>Name each volunteer as they log in to sync, so their laptop receives their share. Only the people nobody has yet are given out.</source>
        <translation>Escriba el nombre de cada voluntario tal como inicia sesión en la sincronización, para que su portátil reciba su parte. Solo se reparten las personas que aún no tiene nadie.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people nobody has yet.</source>
        <translation>
            <numerusform>Sin asignar todavía: %Ln</numerusform>
            <numerusform>Sin asignar todavía: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people given out.</source>
        <translation>
            <numerusform>Repartidas: %Ln</numerusform>
            <numerusform>Repartidas: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a volunteer who has people to call.</source>
        <translation>Elija un voluntario que tenga personas por llamar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people taken back from %1.</source>
        <translation>
            <numerusform>Recuperadas de %1: %Ln</numerusform>
            <numerusform>Recuperadas de %1: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::AttendeeRole</name>
    <message>
        <source>Constituent</source>
        <translation type="unfinished">Elector</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished">Líder de equipo</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation type="unfinished">Encargado de notas</translation>
    </message>
    <message>
        <source>First-timer</source>
        <translation type="unfinished">Primera vez</translation>
    </message>
</context>
<context>
    <name>majlis::AttendeesPanel</name>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">&amp;Registrar contactos…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;Quitar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">Estado y distrito</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Función</translation>
    </message>
    <message>
        <source>Earlier days</source>
        <translation type="unfinished">Días anteriores</translation>
    </message>
    <message>
        <source>No state: cannot be matched</source>
        <translation type="unfinished">Sin estado: no se puede asignar</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">Función de %1</translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation type="unfinished">No se puede cambiar la función</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation type="unfinished">
            <numerusform>%n asistente</numerusform>
            <numerusform>%n asistentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a state on their contact</source>
        <translation type="unfinished">
            <numerusform>; %n sin estado en su contacto</numerusform>
            <numerusform>; %n sin estado en sus contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet: register contacts to plan their meetings.</source>
        <translation type="unfinished">Todavía no hay nadie inscrito: inscriba contactos para planificar sus reuniones.</translation>
    </message>
    <message>
        <source>Cannot register attendees</source>
        <translation type="unfinished">No se pueden inscribir asistentes</translation>
    </message>
    <message>
        <source>Remove Attendees</source>
        <translation type="unfinished">Quitar asistentes</translation>
    </message>
    <message>
        <source>Remove %1 from this day? They are also taken out of their meetings.</source>
        <translation type="unfinished">¿Quitar a %1 de este día? También se le retirará de sus reuniones.</translation>
    </message>
    <message>
        <source>Cannot remove the attendee</source>
        <translation type="unfinished">No se puede quitar al asistente</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished">Asistentes</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">Rellenar &amp;distritos desde los códigos ZIP…</translation>
    </message>
    <message>
        <source>Find the attendees&apos; districts in the day&apos;s legislature from their ZIP codes</source>
        <translation type="unfinished">Encontrar los distritos de los asistentes en la legislatura del día a partir de sus códigos ZIP</translation>
    </message>
    <message>
        <source>Cannot fill districts</source>
        <translation type="unfinished">No se pueden rellenar los distritos</translation>
    </message>
    <message>
        <source>the attendees of %1</source>
        <translation type="unfinished">los asistentes de %1</translation>
    </message>
</context>
<context>
    <name>majlis::BuildListDialog</name>
    <message>
        <source>Build the List of %1</source>
        <translation>Crear la lista de %1</translation>
    </message>
    <message>
        <source>Any of these tags, separated by commas</source>
        <translation>Cualquiera de estas etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>A language code, such as ar or ur</source>
        <translation>Un código de idioma, como ar o ur</translation>
    </message>
    <message>
        <source>Two letters, such as MI</source>
        <translation>Dos letras, como MI</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Órgano legislativo</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrito</translation>
    </message>
    <message>
        <source>District, such as 12</source>
        <translation>Distrito, como 12</translation>
    </message>
    <message>
        <source>Answered in the campaign</source>
        <translation>Respondió en la campaña</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Respuesta</translation>
    </message>
    <message>
        <source>Only people who pledged to vote</source>
        <translation>Solo quienes se comprometieron a votar</translation>
    </message>
    <message>
        <source>Only people who have not voted yet</source>
        <translation>Solo quienes aún no han votado</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">Capít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;District of:</source>
        <translation>&amp;Distrito de:</translation>
    </message>
    <message>
        <source>Came to the &amp;event:</source>
        <translation>Asistió al &amp;evento:</translation>
    </message>
    <message>
        <source>&amp;Voter registration:</source>
        <translation>Registro de &amp;votantes:</translation>
    </message>
    <message>
        <source>&amp;Answered:</source>
        <translation>&amp;Respondió:</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>Elección:</translation>
    </message>
    <message>
        <source>Election (none):</source>
        <translation>Elección (ninguna):</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people without a street address, and people already on the list.</source>
        <translation>Nunca se añaden: quienes pidieron no ser contactados o se dieron de baja, quienes no tienen dirección postal y quienes ya están en la lista.</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people who have not agreed to be phoned, people whose every number is marked wrong or disconnected, and people already on the list.</source>
        <translation>Nunca se añaden: quienes pidieron no ser contactados o se dieron de baja, quienes no aceptaron recibir llamadas, quienes tienen todos sus números marcados como equivocados o desconectados y quienes ya están en la lista.</translation>
    </message>
    <message>
        <source>&amp;Add to the List</source>
        <translation>&amp;Añadir a la lista</translation>
    </message>
    <message>
        <source>Any chapter</source>
        <translation>Cualquier capítulo</translation>
    </message>
    <message>
        <source>Any legislature</source>
        <translation>Cualquier legislatura</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Cualquiera o ninguno</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event: title (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No earlier answer needed</source>
        <translation>No se necesita una respuesta anterior</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people would be added.</source>
        <translation>
            <numerusform>Se añadirían: %Ln</numerusform>
            <numerusform>Se añadirían: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CallListModel</name>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">Nadie todavía</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Hecho</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Aún sin intentar</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Idiomas</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">Llamante</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Intentos</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
</context>
<context>
    <name>majlis::CallerProgressModel</name>
    <message>
        <source>Check this work before counting it: %1</source>
        <translation type="unfinished">Revise este trabajo antes de contarlo: %1</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">Voluntario</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Intentos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contactos</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Tasa de contacto</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Compromisos</translation>
    </message>
    <message>
        <source>Busiest minute</source>
        <translation type="unfinished">Minuto más intenso</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished">Alerta</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Intentos que llegaron a la persona</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">Contactos respecto a los intentos</translation>
    </message>
    <message>
        <source>The most results entered within any sixty seconds</source>
        <translation type="unfinished">El máximo de resultados introducidos en sesenta segundos</translation>
    </message>
    <message>
        <source>Why an organizer should check this volunteer&apos;s work</source>
        <translation type="unfinished">Por qué revisar el trabajo de este voluntario</translation>
    </message>
</context>
<context>
    <name>majlis::CallerWindow</name>
    <message>
        <source>Calling: %1</source>
        <translation>Llamadas: %1</translation>
    </message>
    <message>
        <source>Entering Results: %1</source>
        <translation>Introducir resultados: %1</translation>
    </message>
    <message>
        <source>Calling as %1</source>
        <translation>Llama: %1</translation>
    </message>
    <message>
        <source>Entered as %1</source>
        <translation>Introduce: %1</translation>
    </message>
    <message>
        <source>Save and Next (Enter)</source>
        <translation>Guardar y siguiente (Enter)</translation>
    </message>
    <message>
        <source>Skip for Later (F12)</source>
        <translation>Saltar para después (F12)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Back to the List (Esc)</source>
        <translation>Volver a la lista (Esc)</translation>
    </message>
    <message>
        <source>Keys: 1–9 answer the current question, ↑ ↓ move between questions, F1–F11 choose the result, Enter saves.</source>
        <translation>Teclas: 1–9 responden la pregunta actual, ↑ ↓ cambian de pregunta, F1–F11 eligen el resultado, Enter guarda.</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>Buscar a la persona</translation>
    </message>
    <message>
        <source>Type a name or the number on the list, then press Enter</source>
        <translation>Escriba un nombre o el número en la lista y presione Enter</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Personas de la lista</translation>
    </message>
    <message>
        <source>Show people already done</source>
        <translation>Mostrar personas ya terminadas</translation>
    </message>
    <message>
        <source>The current question has no answer %1.</source>
        <translation>La pregunta actual no tiene respuesta %1.</translation>
    </message>
    <message>
        <source>Back to the people you skipped.</source>
        <translation>Volvemos a las personas que saltó.</translation>
    </message>
    <message>
        <source>Nobody is left for you to call in this campaign. Thank you!</source>
        <translation>No le queda nadie por llamar en esta campaña. ¡Gracias!</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Sin número</translation>
    </message>
    <message>
        <source>%1 (as typed: check it)</source>
        <translation>%1 (tal como se escribió: compruébelo)</translation>
    </message>
    <message>
        <source>Languages: not known</source>
        <translation>Idiomas: desconocidos</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>Habla: %1</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>Sin contacto anterior.</translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">Último contacto: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Intento %1 de %2</translation>
    </message>
    <message>
        <source>Choose a result with F1 to F11, or answer a question, then press Enter.</source>
        <translation>Elija un resultado con F1 a F11, o responda una pregunta, y presione Enter.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">No se guardó: %1</translation>
    </message>
    <message>
        <source>✓ Saved for %1: %2.</source>
        <translation>✓ Guardado para %1: %2.</translation>
    </message>
    <message>
        <source>They will not be contacted again.</source>
        <translation>No se le volverá a contactar.</translation>
    </message>
    <message>
        <source>%1 skipped for later.</source>
        <translation>%1 queda para después.</translation>
    </message>
    <message>
        <source>Nobody on the list matches what you typed.</source>
        <translation>Nadie en la lista coincide con lo que escribió.</translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>Pendientes: %n</numerusform>
            <numerusform>Pendientes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to call</source>
        <translation>
            <numerusform>Por llamar: %n</numerusform>
            <numerusform>Por llamar: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::Campaign</name>
    <message>
        <source>Phone bank</source>
        <translation>Banco telefónico</translation>
    </message>
    <message>
        <source>Door knocking</source>
        <translation>Puerta a puerta</translation>
    </message>
    <message>
        <source>Get out the vote</source>
        <translation>Movilización del voto</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>No está en casa</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>Mensaje dejado</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazó</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Se mudó</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Language barrier</source>
        <translation>Barrera del idioma</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation>Pidió que no le contacten</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>Hostil</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDayChart</name>
    <message>
        <source>Attempts, contacts and pledges per day</source>
        <translation type="unfinished">Intentos, contactos y compromisos por día</translation>
    </message>
    <message>
        <source>No results recorded yet.</source>
        <translation type="unfinished">Aún no hay resultados registrados.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Intentos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contactos</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Compromisos</translation>
    </message>
    <message>
        <source>%1: attempts %2, contacts %3, pledges %4</source>
        <comment>a day, then its counts</comment>
        <translation type="unfinished">%1: intentos %2, contactos %3, compromisos %4</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Resultados</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>Such as November phone bank</source>
        <translation>Como Llamadas de noviembre</translation>
    </message>
    <message>
        <source>Such as General election 2026</source>
        <translation>Como Elecciones generales 2026</translation>
    </message>
    <message>
        <source>Such as Michigan, or Dearborn</source>
        <translation>Como Michigan o Dearborn</translation>
    </message>
    <message>
        <source>Election &amp;name:</source>
        <translation>&amp;Nombre de la elección:</translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation>&amp;Fecha de la elección:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Jurisdicción:</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>Sin fechas</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
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
        <translation>introduction: &quot;Hola {name}, le habla {caller}, de nuestro capítulo.&quot;
questions:
  - key: plan
    text: &quot;¿Piensa votar el día de la elección?&quot;
    kind: yes_no
    answers:
      - {key: &quot;yes&quot;, label: &quot;Sí&quot;, action: pledge}
      - {key: &quot;no&quot;, label: &quot;No&quot;}</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>&amp;Cargar desde archivo…</translation>
    </message>
    <message>
        <source>Load Script</source>
        <translation>Cargar guion</translation>
    </message>
    <message>
        <source>Scripts (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Guiones (*.yaml *.yml *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>An introduction ({caller} and {name} are filled in for each call), then questions of the kind single, multiple, yes_no or text. An answer can record a pledge, ask for a follow_up, opt the person out (do_not_contact) or add a tag (tag:NAME).</source>
        <translation>Una introducción ({caller} y {name} se completan en cada llamada) y luego preguntas de tipo single, multiple, yes_no o text. Una respuesta puede registrar un compromiso de votar (pledge), pedir un seguimiento (follow_up), dar de baja a la persona (do_not_contact) o añadir una etiqueta (tag:NAME).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Elección:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">Capít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Runs from:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Script (YAML):</source>
        <translation>&amp;Guion (YAML):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Guardar</translation>
    </message>
    <message>
        <source>No election</source>
        <translation>Sin elección</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>election: name (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>New Election…</source>
        <translation>Nueva elección…</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>The script cannot be used: %1</source>
        <translation>El guion no se puede usar: %1</translation>
    </message>
    <message numerus="yes">
        <source>The script reads well: %n question(s).</source>
        <translation>
            <numerusform>El guion es correcto; preguntas: %n.</numerusform>
            <numerusform>El guion es correcto; preguntas: %n.</numerusform>
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
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">Campaña</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">En la lista</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Hecho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignProgressPanel</name>
    <message>
        <source>On the list</source>
        <translation type="unfinished">En la lista</translation>
    </message>
    <message>
        <source>People on the campaign&apos;s list</source>
        <translation type="unfinished">Personas en la lista de la campaña</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">Terminados</translation>
    </message>
    <message>
        <source>People with a final result, or tried three times</source>
        <translation type="unfinished">Personas con un resultado final o intentadas tres veces</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Intentos</translation>
    </message>
    <message>
        <source>Results recorded, one per call or knock</source>
        <translation type="unfinished">Resultados registrados, uno por llamada o visita</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contactos</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Intentos que llegaron a la persona</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Tasa de contacto</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">Contactos respecto a los intentos</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Compromisos</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">Personas que se comprometieron a votar</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">Seguimientos</translation>
    </message>
    <message>
        <source>Voter-registration follow-ups asked for</source>
        <translation type="unfinished">Seguimientos de inscripción electoral pedidos</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation type="unfinished">Bajas</translation>
    </message>
    <message>
        <source>People who asked not to be contacted again</source>
        <translation type="unfinished">Personas que pidieron no ser contactadas de nuevo</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation type="unfinished">&amp;Voluntarios</translation>
    </message>
    <message>
        <source>A&amp;nswers</source>
        <translation type="unfinished">Res&amp;puestas</translation>
    </message>
    <message>
        <source>Over &amp;Time</source>
        <translation type="unfinished">En el &amp;tiempo</translation>
    </message>
    <message>
        <source>Progress per volunteer</source>
        <translation type="unfinished">Avance por voluntario</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation type="unfinished">&amp;Retirar…</translation>
    </message>
    <message>
        <source>Withdraw every result the selected volunteer entered in this campaign</source>
        <translation type="unfinished">Retirar todos los resultados que el voluntario elegido introdujo en esta campaña</translation>
    </message>
    <message>
        <source>Work that looks implausible (dozens of results a minute, nearly everyone reached) is shown in bold with a warning sign. Check it with the volunteer; if it was not really done, roll it back.</source>
        <translation type="unfinished">El trabajo poco creíble (decenas de resultados por minuto, casi todos contactados) aparece en negrita con un aviso. Compruébelo con el voluntario; si no se hizo de verdad, retírelo.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Pregunta</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">Respuestas</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished">Pre&amp;gunta:</translation>
    </message>
    <message>
        <source>Results per day</source>
        <translation type="unfinished">Resultados por día</translation>
    </message>
    <message>
        <source>Choose a campaign to see how it is going.</source>
        <translation type="unfinished">Elija una campaña para ver cómo va.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>campaign dates</comment>
        <translation type="unfinished">del %1 al %2</translation>
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
        <translation type="unfinished">%1 (cerrada)</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %Ln days; the table lists every day with results.</source>
        <translation type="unfinished">
            <numerusform>El gráfico muestra el último %Ln día; la tabla lista cada día con resultados.</numerusform>
            <numerusform>El gráfico muestra los últimos %Ln días; la tabla lista cada día con resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is on this campaign&apos;s list yet. Build its list, then progress appears here as volunteers record results.</source>
        <translation type="unfinished">Aún no hay nadie en la lista de esta campaña. Créela; el avance aparecerá aquí a medida que los voluntarios registren resultados.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded yet: %Ln people are on the list. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">
            <numerusform>Aún no se ha registrado nada: hay %Ln persona en la lista. El avance aparecerá aquí a medida que los voluntarios registren resultados.</numerusform>
            <numerusform>Aún no se ha registrado nada: hay %Ln personas en la lista. El avance aparecerá aquí a medida que los voluntarios registren resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll Back Results</source>
        <translation type="unfinished">Retirar resultados</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw all %Ln results %1 entered in &quot;%2&quot;?</source>
        <translation type="unfinished">
            <numerusform>¿Retirar el %Ln resultado que %1 introdujo en «%2»?</numerusform>
            <numerusform>¿Retirar los %Ln resultados que %1 introdujo en «%2»?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their results will no longer count. The people they recorded are reopened, to be called or visited again, and the pledges to vote and the opt-outs that only their results made are lifted. This cannot be undone.</source>
        <translation type="unfinished">Sus resultados dejarán de contar. Las personas que registró se reabren para volver a llamarlas o visitarlas, y se anulan los compromisos de voto y las bajas que solo sus resultados produjeron. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Flagged: %1.</source>
        <comment>why the work looks implausible</comment>
        <translation type="unfinished">Alerta: %1.</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation type="unfinished">&amp;Retirar</translation>
    </message>
    <message>
        <source>Cannot roll back the results</source>
        <translation type="unfinished">No se pueden retirar los resultados</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %Ln results by %1.</source>
        <translation type="unfinished">
            <numerusform>Se retiró %Ln resultado de %1.</numerusform>
            <numerusform>Se retiraron %Ln resultados de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CampaignsPage</name>
    <message>
        <source>Who Is Calling?</source>
        <translation>¿Quién llama?</translation>
    </message>
    <message>
        <source>Your name, as the organizer gave you your part of the list. It is asked once and kept on this computer.</source>
        <translation>Su nombre, tal como el organizador le asignó su parte de la lista. Se pregunta una vez y se guarda en este equipo.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Todavía no hay campañas</translation>
    </message>
    <message>
        <source>A campaign is a phone bank, a door-knocking effort or a get-out-the-vote drive: a list of people built from your contacts, a script with its questions, and volunteers who work through the list, offline, each result saved the moment it is entered.</source>
        <translation>Una campaña es un banco telefónico, un puerta a puerta o una movilización para votar: una lista de personas sacada de sus contactos, un guion con sus preguntas y voluntarios que recorren la lista sin conexión; cada resultado se guarda en cuanto se introduce.</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Build List…</source>
        <translation>&amp;Crear lista…</translation>
    </message>
    <message>
        <source>&amp;Assign Callers…</source>
        <translation>&amp;Asignar voluntarios…</translation>
    </message>
    <message>
        <source>C&amp;lose Campaign…</source>
        <translation>Ce&amp;rrar campaña…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Start &amp;Calling (Ctrl+Enter)</source>
        <translation>Empezar a &amp;llamar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The caller&apos;s window: the next person on your part of the list, the script, and the results by keys. Works without a network.</source>
        <translation>La ventana de llamadas: la siguiente persona de su parte de la lista, el guion y los resultados con teclas. Funciona sin red.</translation>
    </message>
    <message>
        <source>Enter &amp;Results from Paper…</source>
        <translation>Introducir resultados del &amp;papel…</translation>
    </message>
    <message>
        <source>For a door list walked on paper: find each person, then type their result and answers.</source>
        <translation>Para una lista puerta a puerta hecha en papel: busque a cada persona y escriba su resultado y respuestas.</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Personas de la lista</translation>
    </message>
    <message>
        <source>Find on the list</source>
        <translation>Buscar en la lista</translation>
    </message>
    <message>
        <source>Find on the list by name or number</source>
        <translation>Buscar en la lista por nombre o número</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>Introducción:</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>L&amp;ista</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Guion</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>A&amp;vance</translation>
    </message>
    <message>
        <source>Cannot show the campaigns</source>
        <translation>No se pueden mostrar las campañas</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished">%1 (cerrada)</translation>
    </message>
    <message>
        <source>The list is empty: build it from your contacts with Build List.</source>
        <translation>La lista está vacía: créela a partir de sus contactos con «Crear lista».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the list, %1 done, %2 not given to a caller yet.</source>
        <translation>
            <numerusform>En la lista: %Ln; terminadas: %1; sin asignar aún: %2.</numerusform>
            <numerusform>En la lista: %Ln; terminadas: %1; sin asignar aún: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No introduction.</source>
        <translation>Sin introducción.</translation>
    </message>
    <message>
        <source>Re&amp;open Campaign</source>
        <translation>Volver a a&amp;brir la campaña</translation>
    </message>
    <message>
        <source>Close Campaign</source>
        <translation>Cerrar campaña</translation>
    </message>
    <message>
        <source>Close %1? Callers can no longer record results for it, and every assignment ends. Its results stay, and it can be reopened.</source>
        <translation>¿Cerrar %1? Ya no se podrán registrar resultados y terminan todas las asignaciones. Sus resultados se conservan y se puede volver a abrir.</translation>
    </message>
    <message>
        <source>Cannot close the campaign</source>
        <translation>No se puede cerrar la campaña</translation>
    </message>
    <message>
        <source>Cannot remember your name</source>
        <translation>No se puede recordar su nombre</translation>
    </message>
    <message>
        <source>&amp;Turnout</source>
        <translation>&amp;Participación</translation>
    </message>
    <message>
        <source>&amp;Walk Lists</source>
        <translation>&amp;Listas de recorrido</translation>
    </message>
</context>
<context>
    <name>majlis::CampusDialog</name>
    <message>
        <source>Campus of %1</source>
        <translation type="unfinished">Edificios de %1</translation>
    </message>
    <message>
        <source>Buildings of one walking group are a short walk apart; going to another group takes longer. The walking minutes on the day&apos;s Details tab apply.</source>
        <translation type="unfinished">Los edificios de un mismo grupo están a poca distancia a pie; ir a otro grupo lleva más tiempo. Se aplican los minutos a pie de la pestaña Detalles del día.</translation>
    </message>
    <message>
        <source>The U.S. Capitol&apos;s buildings are built in: the Senate&apos;s and the House&apos;s office buildings and the Capitol. List buildings here only to replace them.</source>
        <translation type="unfinished">Los edificios del Capitolio de EE. UU. vienen incluidos: los edificios de oficinas del Senado y de la Cámara, y el Capitolio. Indique edificios aquí solo para reemplazarlos.</translation>
    </message>
    <message>
        <source>No buildings listed: every office is taken to be in the capitol.</source>
        <translation type="unfinished">No hay edificios: se considera que cada oficina está en el capitolio.</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Edificio</translation>
    </message>
    <message>
        <source>Walking group</source>
        <translation type="unfinished">Grupo a pie</translation>
    </message>
    <message>
        <source>Buildings of the capitol</source>
        <translation type="unfinished">Edificios del capitolio</translation>
    </message>
    <message>
        <source>&amp;Add Building</source>
        <translation type="unfinished">&amp;Añadir edificio</translation>
    </message>
    <message>
        <source>&amp;Remove Building</source>
        <translation type="unfinished">&amp;Quitar edificio</translation>
    </message>
    <message>
        <source>Cannot save the campus</source>
        <translation type="unfinished">No se pueden guardar los edificios</translation>
    </message>
</context>
<context>
    <name>majlis::CandidateDelegate</name>
    <message>
        <source>District of %1</source>
        <translation type="unfinished">Distrito de %1</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlaceDelegate</name>
    <message>
        <source>Follow the workspace</source>
        <translation type="unfinished">Seguir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Empty: follow the workspace</source>
        <translation type="unfinished">Vacío: seguir el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlacesModel</name>
    <message>
        <source>None: numbers without + are kept as typed</source>
        <translation type="unfinished">Ninguno: los números sin + se guardan tal como se escribieron</translation>
    </message>
    <message>
        <source>Workspace&apos;s: %1</source>
        <translation type="unfinished">Del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Not set for this chapter: it follows the workspace&apos;s setting above. Double-click to set one.</source>
        <translation type="unfinished">No definido para este capítulo: sigue el ajuste del espacio de trabajo de arriba. Haga doble clic para definir uno.</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Capítulo</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">País de los números de teléfono</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished">Zona horaria</translation>
    </message>
</context>
<context>
    <name>majlis::CheckInWindow</name>
    <message>
        <source>Check-in: %1</source>
        <translation type="unfinished">Registro de entrada: %1</translation>
    </message>
    <message>
        <source>Type a name, email or phone, then press Enter</source>
        <translation type="unfinished">Escriba un nombre, correo electrónico o teléfono y presione Enter</translation>
    </message>
    <message>
        <source>Find the person arriving</source>
        <translation type="unfinished">Buscar a la persona que llega</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Personas encontradas</translation>
    </message>
    <message>
        <source>New Walk-in (Ctrl+N)</source>
        <translation type="unfinished">Nuevo sin registro previo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Undo Last Check-in (Ctrl+Z)</source>
        <translation type="unfinished">Deshacer el último registro de entrada (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close Check-in (Esc)</source>
        <translation type="unfinished">Cerrar registro de entrada (Esc)</translation>
    </message>
    <message>
        <source>May we email you?</source>
        <translation type="unfinished">¿Podemos enviarle correos electrónicos?</translation>
    </message>
    <message>
        <source>May we text you?</source>
        <translation type="unfinished">¿Podemos enviarle mensajes de texto?</translation>
    </message>
    <message>
        <source>May we use photos of you?</source>
        <translation type="unfinished">¿Podemos usar fotos suyas?</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished">&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished">&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished">Consentimiento:</translation>
    </message>
    <message>
        <source>Already a contact?</source>
        <translation type="unfinished">¿Ya es un contacto?</translation>
    </message>
    <message>
        <source>&amp;Add and Check In</source>
        <translation type="unfinished">Agregar y &amp;registrar entrada</translation>
    </message>
    <message>
        <source>Back to Search (Esc)</source>
        <translation type="unfinished">Volver a la búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Already a contact? Double-click to check them in instead:</source>
        <translation type="unfinished">¿Ya es un contacto? Haga doble clic para registrar su entrada en su lugar:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>%1 (already checked in)</source>
        <translation type="unfinished">%1 (ya registró su entrada)</translation>
    </message>
    <message>
        <source>%1 (not registered)</source>
        <translation type="unfinished">%1 (no inscrito)</translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to add &quot;%1&quot; as a walk-in.</source>
        <translation type="unfinished">No se encontró a nadie. Presione Ctrl+N para agregar a &quot;%1&quot; como persona sin registro previo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">No se guardó: %1</translation>
    </message>
    <message>
        <source>%1 was already checked in.</source>
        <translation type="unfinished">%1 ya había registrado su entrada.</translation>
    </message>
    <message>
        <source>✓ %1 is checked in.</source>
        <translation type="unfinished">✓ %1 registró su entrada.</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation type="unfinished">No se deshizo: %1</translation>
    </message>
    <message>
        <source>Check-in of %1 taken back.</source>
        <translation type="unfinished">Se anuló el registro de entrada de %1.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished">%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1, already checked in</source>
        <translation type="unfinished">%1, ya registró su entrada</translation>
    </message>
    <message>
        <source>&amp;Add as a New Person Anyway</source>
        <translation type="unfinished">Agregar como persona nueva &amp;de todos modos</translation>
    </message>
    <message>
        <source>check-in at %1</source>
        <translation type="unfinished">registro de entrada en %1</translation>
    </message>
    <message>
        <source>✓ %1 is added and checked in.</source>
        <translation type="unfinished">✓ %1 se agregó y registró su entrada.</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation type="unfinished">%1 de %2 lugares ocupados</translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation type="unfinished">
            <numerusform>%n registró su entrada</numerusform>
            <numerusform>%n registraron su entrada</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CoalitionMap</name>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">Aliados por área temática</translation>
    </message>
    <message>
        <source>Issue area and partners</source>
        <translation type="unfinished">Área temática y aliados</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Aliados</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>No issue area</source>
        <translation type="unfinished">Sin área temática</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners view, with their issue areas.</source>
        <translation type="unfinished">Todavía no hay aliados: agréguelos en la vista Aliados, con sus áreas temáticas.</translation>
    </message>
    <message>
        <source>%1 across %2</source>
        <comment>partners across issue areas</comment>
        <translation type="unfinished">%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n aliado</numerusform>
            <numerusform>%n aliados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue area(s)</source>
        <translation type="unfinished">
            <numerusform>%n área temática</numerusform>
            <numerusform>%n áreas temáticas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::ColumnMappingTable</name>
    <message>
        <source>Column</source>
        <translation type="unfinished">Columna</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished">Primeras filas</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished">Importar como</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished">Importar la columna %1 como</translation>
    </message>
</context>
<context>
    <name>majlis::ConflictLogDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation type="unfinished">Conflictos de sincronización</translation>
    </message>
    <message>
        <source>When two laptops change the same field before they sync, the later edit is kept and the other is listed here. Restoring a lost value puts it back, and it then syncs like any other edit.</source>
        <translation type="unfinished">Cuando dos computadoras portátiles cambian el mismo campo antes de sincronizarse, se conserva la edición posterior y la otra aparece aquí. Al restaurar un valor perdido, este vuelve a su lugar y luego se sincroniza como cualquier otra edición.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Conflictos</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished">Mostrar &amp;resueltos</translation>
    </message>
    <message>
        <source>Restore &amp;Lost Value</source>
        <translation type="unfinished">Restaurar valor &amp;perdido</translation>
    </message>
    <message>
        <source>Put the lost value back into the record, replacing the kept one.</source>
        <translation type="unfinished">Vuelve a poner el valor perdido en el registro, en lugar del valor conservado.</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation type="unfinished">&amp;Conservar el actual</translation>
    </message>
    <message>
        <source>Leave the record as it is and close the entry.</source>
        <translation type="unfinished">Deja el registro como está y cierra la entrada.</translation>
    </message>
    <message>
        <source>No conflicts: every edit from every laptop was kept.</source>
        <translation type="unfinished">No hay conflictos: se conservaron todas las ediciones de todas las computadoras portátiles.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished">No se puede restaurar</translation>
    </message>
    <message>
        <source>Cannot keep the current value</source>
        <translation type="unfinished">No se puede conservar el valor actual</translation>
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
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contacto</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Aliado</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Evento</translation>
    </message>
    <message>
        <source>Advocacy day</source>
        <translation type="unfinished">Día de incidencia</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Capítulo</translation>
    </message>
    <message>
        <source>Sign-on letter</source>
        <translation type="unfinished">Carta de adhesión</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">Esta computadora portátil</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation type="unfinished">Computadora portátil %1</translation>
    </message>
    <message>
        <source>Edit made %1; logged %2.</source>
        <translation type="unfinished">Edición hecha el %1; registrada el %2.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">Campo</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished">Valor conservado</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation type="unfinished">Valor perdido</translation>
    </message>
    <message>
        <source>From laptop</source>
        <translation type="unfinished">Computadora de origen</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Cuándo</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDetailPane</name>
    <message>
        <source>Added to Majlis</source>
        <translation type="unfinished">Agregado a Majlis</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished">Restaurado</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation type="unfinished">Fusionado con %1</translation>
    </message>
    <message>
        <source>Came to %1</source>
        <translation type="unfinished">Asistió a %1</translation>
    </message>
    <message>
        <source>Tagged: %1</source>
        <translation type="unfinished">Etiquetado: %1</translation>
    </message>
    <message>
        <source>Tags removed: %1</source>
        <translation type="unfinished">Etiquetas quitadas: %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">nombre</translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished">correos electrónicos</translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished">teléfonos</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">dirección</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">distrito</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation type="unfinished">capítulo</translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished">idiomas</translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished">organización</translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished">etiquetas</translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished">consentimiento</translation>
    </message>
    <message>
        <source>skills and interests</source>
        <translation type="unfinished">habilidades e intereses</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished">notas</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished">cumpleaños</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation type="unfinished">Editado: %1</translation>
    </message>
    <message>
        <source>Select a contact to see and edit it here,
or press Ctrl+N to add one.</source>
        <translation type="unfinished">Seleccione un contacto para verlo y editarlo aquí,
o presione Ctrl+N para agregar uno.</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Historial</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Guardar</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished">Guardar cambios (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Revertir</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>history entry: date, what happened</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished">Distritos</translation>
    </message>
    <message>
        <source>Marked do not contact: %1</source>
        <translation>Marcado como no contactar: %1</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>Se le puede volver a contactar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not contact&lt;/b&gt; (%1): left out of every list, calling export and campaign.</source>
        <translation>&lt;b&gt;No contactar&lt;/b&gt; (%1): fuera de toda lista, exportación para llamadas y campaña.</translation>
    </message>
    <message>
        <source>Allow Contact &amp;Again…</source>
        <translation>Permitir contactar de &amp;nuevo…</translation>
    </message>
    <message>
        <source>Do &amp;Not Contact</source>
        <translation>&amp;No contactar</translation>
    </message>
    <message>
        <source>The person asked to be contacted again, or the mark was a mistake</source>
        <translation>La persona pidió que la vuelvan a contactar, o la marca fue un error</translation>
    </message>
    <message>
        <source>Leave this person out of every list and campaign from now on</source>
        <translation>Dejar a esta persona fuera de toda lista y campaña a partir de ahora</translation>
    </message>
    <message>
        <source>Do Not Contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Allow Contact Again</source>
        <translation>Permitir contactar de nuevo</translation>
    </message>
    <message>
        <source>%1 is marked &quot;%2&quot;. Allow contacting them again? Only do this when they asked for it.</source>
        <translation>%1 está marcado como «%2». ¿Permitir contactarle de nuevo? Hazlo solo si lo pidió.</translation>
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
        <translation type="unfinished">El código postal abarca %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Desconocido</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished">uno de %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">De %1</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Órgano legislativo</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Cámara</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
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
        <translation type="unfinished">Distritos</translation>
    </message>
    <message>
        <source>Look &amp;Up from ZIP</source>
        <translation type="unfinished">&amp;Buscar desde el ZIP</translation>
    </message>
    <message>
        <source>Find the districts from the contact&apos;s ZIP code, offline</source>
        <translation type="unfinished">Encontrar los distritos a partir del código ZIP del contacto, sin conexión</translation>
    </message>
    <message>
        <source>Set Dis&amp;trict…</source>
        <translation type="unfinished">Fijar dis&amp;trito…</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished">Con&amp;firmar</translation>
    </message>
    <message>
        <source>The selected district is right</source>
        <translation type="unfinished">El distrito seleccionado es correcto</translation>
    </message>
    <message>
        <source>Check &amp;Later</source>
        <translation type="unfinished">Comprobar más &amp;tarde</translation>
    </message>
    <message>
        <source>List the selected district among those to check</source>
        <translation type="unfinished">Poner el distrito seleccionado entre los que hay que comprobar</translation>
    </message>
    <message>
        <source>Save or revert the contact&apos;s edits first</source>
        <translation type="unfinished">Guarde o descarte primero los cambios del contacto</translation>
    </message>
    <message>
        <source>%1 has no postal code yet: enter it above and save, then look up the districts.</source>
        <translation type="unfinished">%1 aún no tiene código postal: escríbalo arriba y guarde; luego busque los distritos.</translation>
    </message>
    <message>
        <source>Look Up Districts of %1</source>
        <translation type="unfinished">Buscar los distritos de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) found from postcode %1, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n distrito(s) encontrado(s) a partir del código postal %1, marcado(s) como estimado(s).</numerusform>
            <numerusform>%n distrito(s) encontrado(s) a partir del código postal %1, marcado(s) como estimado(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) chosen among the candidates.</source>
        <translation type="unfinished">
            <numerusform>%n distrito(s) elegido(s) entre los candidatos.</numerusform>
            <numerusform>%n distrito(s) elegido(s) entre los candidatos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) still to choose: the postcode spans several. Look up again to choose.</source>
        <translation type="unfinished">
            <numerusform>%n distrito(s) aún por elegir: el código postal abarca varios. Busque de nuevo para elegir.</numerusform>
            <numerusform>%n distrito(s) aún por elegir: el código postal abarca varios. Busque de nuevo para elegir.</numerusform>
        </translation>
    </message>
    <message>
        <source>No district file knows postcode %1 for %2. A ZIP code of post office boxes only has no area; for a legislature without a file, import one with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate), then look up again.</source>
        <translation type="unfinished">Ningún archivo de distritos conoce el código postal %1 para %2. Un código ZIP solo de apartados postales no tiene área; para una legislatura sin archivo, importe uno con &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (o senate) y vuelva a buscar.</translation>
    </message>
    <message>
        <source>ZIP code %1 lies only in %2, not in the contact&apos;s state: check the address.</source>
        <translation type="unfinished">El código ZIP %1 está solo en %2, no en el estado del contacto: compruebe la dirección.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) entered by hand or confirmed were kept; choose Check Later on one to let a look-up replace it.</source>
        <translation type="unfinished">
            <numerusform>Se mantuvieron %n distrito(s) introducido(s) a mano o confirmado(s); elija «Comprobar más tarde» en uno para que una búsqueda lo sustituya.</numerusform>
            <numerusform>Se mantuvieron %n distrito(s) introducido(s) a mano o confirmado(s); elija «Comprobar más tarde» en uno para que una búsqueda lo sustituya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The districts of postcode %1 were already set.</source>
        <translation type="unfinished">Los distritos del código postal %1 ya estaban fijados.</translation>
    </message>
    <message>
        <source>No legislature here has a postcode file for the contact&apos;s country.</source>
        <translation type="unfinished">Ninguna legislatura aquí tiene un archivo de códigos postales para el país del contacto.</translation>
    </message>
    <message>
        <source>Set District of %1</source>
        <translation type="unfinished">Fijar el distrito de %1</translation>
    </message>
    <message>
        <source>Confirm District of %1</source>
        <translation type="unfinished">Confirmar el distrito de %1</translation>
    </message>
    <message>
        <source>Check District of %1 Later</source>
        <translation type="unfinished">Comprobar más tarde el distrito de %1</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditor</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Apellido</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Nombre preferido</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation type="unfinished">Cómo le gusta que le llamen</translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished">casa</translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished">trabajo</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">otro</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation type="unfinished">Agregar correo electrónico</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished">celular</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished">Agregar teléfono</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Número de teléfono</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Capítulo</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ciudad</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">Estado o región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">País</translation>
    </message>
    <message>
        <source>Two letters, such as US</source>
        <translation type="unfinished">Dos letras, como US</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">Estado de EE. UU.</translation>
    </message>
    <message>
        <source>MI</source>
        <translation type="unfinished">MI</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">Distrito congresional</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Desconocido</translation>
    </message>
    <message>
        <source>0 for an at-large seat</source>
        <translation type="unfinished">0 para un escaño general (at-large)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Idiomas</translation>
    </message>
    <message>
        <source>Comma-separated, such as ar, en</source>
        <translation type="unfinished">Separados por comas, como ar, en</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Función</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Etiquetas</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation type="unfinished">Separadas por comas</translation>
    </message>
    <message>
        <source>Volunteer skills</source>
        <translation type="unfinished">Habilidades de voluntariado</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">Intereses</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished">Problemas</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished">Nombre &amp;preferido:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation type="unfinished">&amp;Correos electrónicos:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation type="unfinished">&amp;Teléfonos:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">Capít&amp;ulo:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished">Distrito:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished">Calle:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">Ciudad:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">Región:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished">Código postal:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished">País:</translation>
    </message>
    <message>
        <source>U.S. &amp;state:</source>
        <translation type="unfinished">&amp;Estado de EE. UU.:</translation>
    </message>
    <message>
        <source>Address and district</source>
        <translation type="unfinished">Dirección y distrito</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished">Idio&amp;mas:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished">&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation type="unfinished">&amp;Habilidades:</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation type="unfinished">&amp;Intereses:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">Nota&amp;s:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">Consentimiento</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished">Registrado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Fecha</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Origen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished">Mensajes de texto</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation type="unfinished">Llamadas telefónicas</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished">Fotos</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">No registrado</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished">Otorgado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Rechazado</translation>
    </message>
    <message>
        <source>Consent to %1</source>
        <translation type="unfinished">Consentimiento para %1</translation>
    </message>
    <message>
        <source>Date of consent to %1</source>
        <translation type="unfinished">Fecha del consentimiento para %1</translation>
    </message>
    <message>
        <source>Sign-up form, event, call…</source>
        <translation type="unfinished">Formulario de inscripción, evento, llamada…</translation>
    </message>
    <message>
        <source>Source of consent to %1</source>
        <translation type="unfinished">Origen del consentimiento para %1</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Sin capítulo</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditorDialog</name>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">Nuevo contacto</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation type="unfinished">No se guardó el contacto</translation>
    </message>
</context>
<context>
    <name>majlis::ContactExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">Exportar contactos</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation type="unfinished">Qué contactos</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>&amp;Todos (%n contacto)</numerusform>
            <numerusform>&amp;Todos los %n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) &amp;listed now</source>
        <translation type="unfinished">
            <numerusform>El %n contacto &amp;mostrado ahora</numerusform>
            <numerusform>Los %n contactos &amp;mostrados ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>El %n contacto &amp;seleccionado</numerusform>
            <numerusform>Los %n contactos &amp;seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished">Hoja de cálculo CSV</translation>
    </message>
    <message>
        <source>vCard 4.0 (address books)</source>
        <translation type="unfinished">vCard 4.0 (libretas de direcciones)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older address books)</source>
        <translation type="unfinished">vCard 3.0 (libretas de direcciones antiguas)</translation>
    </message>
    <message>
        <source>vCard 2.1 (old phones and Outlook)</source>
        <translation type="unfinished">vCard 2.1 (teléfonos antiguos y Outlook)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;Exportar…</translation>
    </message>
</context>
<context>
    <name>majlis::ContactField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">No importar</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Apellido</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Nombre completo</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Nombre preferido</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>Home email</source>
        <translation type="unfinished">Correo electrónico personal</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation type="unfinished">Correo electrónico del trabajo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished">Teléfono celular</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished">Teléfono de casa</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished">Teléfono del trabajo</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ciudad</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">Estado o región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">País</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">Estado de EE. UU.</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">Distrito congresional</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation type="unfinished">Función o cargo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notas</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Cumpleaños</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Idiomas</translation>
    </message>
    <message>
        <source>Department (added to the role)</source>
        <translation type="unfinished">Departamento (se añade al cargo)</translation>
    </message>
    <message>
        <source>Whole address (used when there is no street)</source>
        <translation type="unfinished">Dirección completa (se usa si no hay calle)</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation type="unfinished">Calle, segunda línea</translation>
    </message>
    <message>
        <source>Label of the next email</source>
        <translation type="unfinished">Etiqueta del siguiente correo</translation>
    </message>
    <message>
        <source>Label of the next phone</source>
        <translation type="unfinished">Etiqueta del siguiente teléfono</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished">Año de nacimiento</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation type="unfinished">Mes de nacimiento</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation type="unfinished">Día de nacimiento</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished">No contactar</translation>
    </message>
</context>
<context>
    <name>majlis::ContactPickerDialog</name>
    <message>
        <source>Register Attendees</source>
        <translation type="unfinished">Inscribir asistentes</translation>
    </message>
    <message>
        <source>Search by name, email, phone or tag</source>
        <translation type="unfinished">Buscar por nombre, correo electrónico, teléfono o etiqueta</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished">&amp;Inscribir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation type="unfinished">Ningún contacto coincide.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contactos</translation>
    </message>
</context>
<context>
    <name>majlis::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Capítulo</translation>
    </message>
    <message>
        <source>District</source>
        <comment>congressional district</comment>
        <translation type="unfinished">Distrito</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Etiquetas</translation>
    </message>
    <message>
        <source>%1 — do not contact (%2)</source>
        <translation>%1 — no contactar (%2)</translation>
    </message>
</context>
<context>
    <name>majlis::ContactsPage</name>
    <message>
        <source>Search names, emails, phones, tags, notes… (Ctrl+F)</source>
        <translation type="unfinished">Buscar nombres, correos, teléfonos, etiquetas, notas… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished">Buscar contactos</translation>
    </message>
    <message>
        <source>Filter by chapter</source>
        <translation type="unfinished">Filtrar por capítulo</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished">Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">Nuevo contacto</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation type="unfinished">Agregar un contacto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contactos</translation>
    </message>
    <message>
        <source>contacts.%1</source>
        <translation type="unfinished">contactos.%1</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">Exportar contactos</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">Todos los capítulos</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished">Todas las etiquetas</translation>
    </message>
    <message>
        <source>No contacts match the search and filters.</source>
        <translation type="unfinished">Ningún contacto coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add the first one, or try File &gt; New Demo Workspace to explore Majlis with fictional data.</source>
        <translation type="unfinished">Todavía no hay contactos.
Presione Ctrl+N para agregar el primero, o pruebe Archivo &gt; Nuevo espacio de trabajo de demostración para explorar Majlis con datos ficticios.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished">¿Guardar los cambios en %1?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished">¿Eliminar a %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)?</source>
        <translation type="unfinished">
            <numerusform>¿Eliminar %n contacto?</numerusform>
            <numerusform>¿Eliminar %n contactos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation type="unfinished">Eliminar contactos</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation type="unfinished">Puede deshacer esto con Editar &gt; Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Eliminar</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation type="unfinished">Agregar etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n contact(s), separated by commas:</source>
        <translation type="unfinished">
            <numerusform>Etiquetas para agregar a %n contacto, separadas por comas:</numerusform>
            <numerusform>Etiquetas para agregar a %n contactos, separadas por comas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Export a Person&apos;s Data</source>
        <translation type="unfinished">Exportar los datos de una persona</translation>
    </message>
    <message>
        <source>Select one contact first.</source>
        <translation type="unfinished">Primero selecciona un solo contacto.</translation>
    </message>
    <message>
        <source>%1 - data.json</source>
        <translation type="unfinished">%1 - datos.json</translation>
    </message>
    <message>
        <source>Export Everything About %1</source>
        <translation type="unfinished">Exportar todo sobre %1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2. It is personal data: send it only to them.</source>
        <translation type="unfinished">Se escribió todo lo que se guarda sobre %1 en %2. Son datos personales: envíalos solo a esa persona.</translation>
    </message>
    <message>
        <source>Erase a Person</source>
        <translation type="unfinished">Borrar a una persona</translation>
    </message>
    <message>
        <source>Erase everything held about %1?</source>
        <translation type="unfinished">¿Borrar todo lo que se guarda sobre %1?</translation>
    </message>
    <message>
        <source>Their contact, emails, phones, tags, consents, history, registrations and advocacy-day roles are removed from this workspace, and from every laptop and the server at their next sync. This cannot be undone. If they asked for a copy, export it first.</source>
        <translation type="unfinished">Su contacto, correos, teléfonos, etiquetas, consentimientos, historial, inscripciones y funciones en jornadas de incidencia se eliminan de este espacio de trabajo, y de cada portátil y del servidor en su próxima sincronización. No se puede deshacer. Si pidió una copia, expórtela primero.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished">Entiendo que no se puede deshacer</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">Borrar</translation>
    </message>
    <message numerus="yes">
        <source>Erased %1 and %n row(s) about them.</source>
        <translation type="unfinished">
            <numerusform>Se borró a %1 y %n fila(s) sobre esa persona.</numerusform>
            <numerusform>Se borró a %1 y %n fila(s) sobre esa persona.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n contact(s) listed</source>
        <translation type="unfinished">
            <numerusform>los %n contacto(s) listado(s)</numerusform>
            <numerusform>los %n contacto(s) listado(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n contacto(s) seleccionado(s)</numerusform>
            <numerusform>%n contacto(s) seleccionado(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::DayDashboard</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">Resultados por petición</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">No registrado</translation>
    </message>
    <message>
        <source>Held meetings that recorded nothing for this ask</source>
        <translation type="unfinished">Reuniones realizadas que no registraron nada para esta petición</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation type="unfinished">No hay seguimientos pendientes.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished">Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Hecho</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Descripción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Vence</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Oficina</translation>
    </message>
    <message>
        <source>Tick a follow-up off once it is done</source>
        <translation type="unfinished">Marque un seguimiento cuando esté hecho</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">No se seleccionó ningún día de incidencia.</translation>
    </message>
    <message>
        <source>Meetings held: %1 of %2 scheduled</source>
        <translation type="unfinished">Reuniones realizadas: %1 de %2 programadas</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished">Canceladas: %1</translation>
    </message>
    <message>
        <source>Reports received: %1 of %2 held</source>
        <translation type="unfinished">Informes recibidos: %1 de %2 realizadas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Vencido</translation>
    </message>
    <message>
        <source>Follow-up not updated</source>
        <translation type="unfinished">No se actualizó el seguimiento</translation>
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
        <translation type="unfinished">&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Ciudad:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished">Te&amp;ma:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">a</translation>
    </message>
    <message>
        <source>&amp;Meetings from:</source>
        <translation type="unfinished">Reuniones &amp;a partir de:</translation>
    </message>
    <message>
        <source>&amp;Slot length:</source>
        <translation type="unfinished">&amp;Duración del turno:</translation>
    </message>
    <message>
        <source>Largest &amp;team:</source>
        <translation type="unfinished">&amp;Equipo más grande:</translation>
    </message>
    <message>
        <source>Walking time between meetings</source>
        <translation type="unfinished">Tiempo a pie entre reuniones</translation>
    </message>
    <message>
        <source>In the same building:</source>
        <translation type="unfinished">En el mismo edificio:</translation>
    </message>
    <message>
        <source>Same side (Senate or House buildings):</source>
        <translation type="unfinished">Del mismo lado (edificios del Senado o de la Cámara):</translation>
    </message>
    <message>
        <source>Across the Capitol:</source>
        <translation type="unfinished">Al otro lado del Capitolio:</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">Las peticiones</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished">Proyecto de ley</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Título</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished">Puntos clave</translation>
    </message>
    <message>
        <source>Add Ask</source>
        <translation type="unfinished">Agregar petición</translation>
    </message>
    <message>
        <source>Remove Ask</source>
        <translation type="unfinished">Quitar petición</translation>
    </message>
    <message>
        <source>Leave-behind files</source>
        <translation type="unfinished">Documentos para dejar</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished">Agregar archivos…</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation type="unfinished">Quitar archivo</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">Aliados copatrocinadores</translation>
    </message>
    <message>
        <source>Notes for the organizers</source>
        <translation type="unfinished">Notas para los organizadores</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Revertir</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">Todavía no hay aliados: agréguelos en el espacio de trabajo Aliados.</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">No se pueden guardar los copatrocinadores</translation>
    </message>
    <message>
        <source>Cannot save the day</source>
        <translation type="unfinished">No se puede guardar el día</translation>
    </message>
    <message>
        <source>Add Leave-behind Files</source>
        <translation type="unfinished">Agregar documentos para dejar</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt);;All files (*)</source>
        <translation type="unfinished">Documentos (*.pdf *.docx *.odt *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The times of the day&apos;s meetings are in this time zone: the capitol&apos;s.</source>
        <translation type="unfinished">Las horas de las reuniones del día están en esta zona horaria: la del capitolio.</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Órgano legislativo:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Unknown legislature</source>
        <translation type="unfinished">Órgano legislativo desconocido</translation>
    </message>
    <message>
        <source>This day already has meetings with the members of this legislature, so it stays at it. Plan a day at another legislature as a new day.</source>
        <translation type="unfinished">Este día ya tiene reuniones con los miembros de este órgano legislativo, así que se queda en él. Planifique un día en otro órgano como un día nuevo.</translation>
    </message>
    <message>
        <source>The legislature whose members the day&apos;s teams meet.</source>
        <translation type="unfinished">El órgano legislativo con cuyos miembros se reúnen los equipos del día.</translation>
    </message>
    <message>
        <source>Same walking group (Legislators, Campus…):</source>
        <translation type="unfinished">Mismo grupo a pie (Legisladores, Edificios…):</translation>
    </message>
    <message>
        <source>Between walking groups:</source>
        <translation type="unfinished">Entre grupos a pie:</translation>
    </message>
    <message>
        <source>Meetings until</source>
        <translation type="unfinished">Reuniones hasta</translation>
    </message>
</context>
<context>
    <name>majlis::DayProgressModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">Día</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Intentos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contactos</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Compromisos</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictChoiceDialog</name>
    <message>
        <source>Choose the District</source>
        <translation type="unfinished">Elegir el distrito</translation>
    </message>
    <message>
        <source>%1&apos;s postcode %2 spans several districts of %3. Which one does the address lie in?</source>
        <translation type="unfinished">El código postal %2 de %1 abarca varios distritos de %3. ¿En cuál está la dirección?</translation>
    </message>
    <message>
        <source>Candidate districts</source>
        <translation type="unfinished">Distritos candidatos</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;Elegir</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictFillDialog</name>
    <message>
        <source>Fill Districts from ZIP Codes</source>
        <translation type="unfinished">Rellenar distritos desde los códigos ZIP</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="unfinished">&amp;Rellenar</translation>
    </message>
    <message>
        <source>Districts to choose</source>
        <translation type="unfinished">Distritos por elegir</translation>
    </message>
    <message>
        <source>&amp;Choose District…</source>
        <translation type="unfinished">&amp;Elegir distrito…</translation>
    </message>
    <message>
        <source>Pick the district of the selected row among its candidates (F2)</source>
        <translation type="unfinished">Elegir el distrito de la fila seleccionada entre sus candidatos (F2)</translation>
    </message>
    <message>
        <source>Looking up the districts of %1 from their postal codes:</source>
        <translation type="unfinished">Buscando los distritos de %1 a partir de sus códigos postales:</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) would be filled, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>Se rellenarían %n distrito(s), marcado(s) como estimado(s).</numerusform>
            <numerusform>Se rellenarían %n distrito(s), marcado(s) como estimado(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts: you choose among the candidates after the fill.</source>
        <translation type="unfinished">
            <numerusform>%n código(s) postal(es) abarca(n) varios distritos: elegirá entre los candidatos después de rellenar.</numerusform>
            <numerusform>%n código(s) postal(es) abarca(n) varios distritos: elegirá entre los candidatos después de rellenar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows.</source>
        <translation type="unfinished">
            <numerusform>%n código(s) postal(es) que ningún archivo de distritos conoce.</numerusform>
            <numerusform>%n código(s) postal(es) que ningún archivo de distritos conoce.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s: check the address.</source>
        <translation type="unfinished">
            <numerusform>%n código(s) ZIP está(n) solo en otro estado que el del contacto: compruebe la dirección.</numerusform>
            <numerusform>%n código(s) ZIP está(n) solo en otro estado que el del contacto: compruebe la dirección.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left as they are: %1 entered by hand or confirmed, %2 already filled, %3 without a postcode.</source>
        <translation type="unfinished">Se dejan como están: %1 introducidos a mano o confirmados, %2 ya rellenados, %3 sin código postal.</translation>
    </message>
    <message>
        <source>There is nothing to fill.</source>
        <translation type="unfinished">No hay nada que rellenar.</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postal codes, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>Se rellenaron %n distrito(s) desde los códigos postales, marcado(s) como estimado(s).</numerusform>
            <numerusform>Se rellenaron %n distrito(s) desde los códigos postales, marcado(s) como estimado(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose: pick one in each row below (F2 or Choose District…).</source>
        <translation type="unfinished">
            <numerusform>%n distrito(s) por elegir: elija uno en cada fila de abajo (F2 o «Elegir distrito…»).</numerusform>
            <numerusform>%n distrito(s) por elegir: elija uno en cada fila de abajo (F2 o «Elegir distrito…»).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district is left to choose.</source>
        <translation type="unfinished">No queda ningún distrito por elegir.</translation>
    </message>
    <message>
        <source>No district file knows the postcodes of: %1. Import a postcode file with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate).</source>
        <translation type="unfinished">Ningún archivo de distritos conoce los códigos postales de: %1. Importe un archivo de códigos postales con &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (o senate).</translation>
    </message>
    <message>
        <source>Check the address of: %1 (the ZIP code lies in another state).</source>
        <translation type="unfinished">Compruebe la dirección de: %1 (el código ZIP está en otro estado).</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictSetDialog</name>
    <message>
        <source>Set District</source>
        <translation type="unfinished">Fijar distrito</translation>
    </message>
    <message>
        <source>Legislature and chamber</source>
        <translation type="unfinished">Legislatura y cámara</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a legislature and one of its chambers</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrito</translation>
    </message>
    <message>
        <source>MI-12 for the U.S. House; the district&apos;s name or number elsewhere</source>
        <translation type="unfinished">MI-12 para la Cámara de EE. UU.; en otros casos, el nombre o número del distrito</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Órgano legislativo:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">&amp;Distrito:</translation>
    </message>
    <message>
        <source>A district set here is marked as entered by hand; no look-up changes it.</source>
        <translation type="unfinished">Un distrito fijado aquí se marca como introducido a mano; ninguna búsqueda lo cambia.</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictTurnoutModel</name>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrito</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Comprometidos</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">Votó</translation>
    </message>
    <message>
        <source>Still to vote</source>
        <translation type="unfinished">Aún por votar</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished">Participación</translation>
    </message>
    <message>
        <source>Of those who pledged, the share who have voted</source>
        <translation type="unfinished">De quienes se comprometieron, la parte que ya votó</translation>
    </message>
</context>
<context>
    <name>majlis::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished">Buscar duplicados</translation>
    </message>
    <message>
        <source>Looking for contacts entered more than once…</source>
        <translation type="unfinished">Buscando contactos ingresados más de una vez…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Posibles duplicados</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished">Puntuación</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contactos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Motivo</translation>
    </message>
    <message>
        <source>Contacts in this group; the first two selected are merged:</source>
        <translation type="unfinished">Contactos de este grupo; se fusionan los dos primeros seleccionados:</translation>
    </message>
    <message>
        <source>Contacts in the selected group</source>
        <translation type="unfinished">Contactos del grupo seleccionado</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">Fusionar…</translation>
    </message>
    <message>
        <source>Choose, field by field, what the merged contact keeps</source>
        <translation type="unfinished">Elija, campo por campo, qué conserva el contacto fusionado</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation type="unfinished">Buscar de nuevo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">Rehacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>The search was cancelled. Press Search Again to look for duplicates.</source>
        <translation type="unfinished">Se canceló la búsqueda. Presione Buscar de nuevo para buscar duplicados.</translation>
    </message>
    <message>
        <source>No contacts look like duplicates of each other.</source>
        <translation type="unfinished">Ningún contacto parece duplicado de otro.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts may be the same person, most likely first. Select one, check its contacts, then Merge.</source>
        <translation type="unfinished">
            <numerusform>%n grupo de contactos puede ser la misma persona, los más probables primero. Seleccione uno, revise sus contactos y luego haga clic en Fusionar.</numerusform>
            <numerusform>%n grupos de contactos pueden ser la misma persona, los más probables primero. Seleccione uno, revise sus contactos y luego haga clic en Fusionar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">Uno de estos contactos ya no existe; es posible que se haya fusionado o eliminado mientras tanto.</translation>
    </message>
</context>
<context>
    <name>majlis::Event</name>
    <message>
        <source>Voter-registration drive</source>
        <translation type="unfinished">Campaña de inscripción de votantes</translation>
    </message>
    <message>
        <source>Interfaith gathering</source>
        <translation type="unfinished">Encuentro interreligioso</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation type="unfinished">Reunión comunitaria (town hall)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">Capacitación</translation>
    </message>
    <message>
        <source>Cultural evening</source>
        <translation type="unfinished">Velada cultural</translation>
    </message>
    <message>
        <source>Community event</source>
        <translation type="unfinished">Evento comunitario</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Otro</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">No se preguntó</translation>
    </message>
    <message>
        <source>Registered here</source>
        <translation type="unfinished">Inscrito aquí</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished">Ya inscrito</translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation type="unfinished">Requiere seguimiento</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished">No elegible</translation>
    </message>
</context>
<context>
    <name>majlis::EventsPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished">Eventos</translation>
    </message>
    <message>
        <source>&amp;New Event</source>
        <translation type="unfinished">&amp;Nuevo evento</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished">Eliminar evento</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation type="unfinished">&amp;Exportar calendario…</translation>
    </message>
    <message>
        <source>Every event as an iCalendar (.ics) file for phones and calendar programs.</source>
        <translation type="unfinished">Todos los eventos como archivo iCalendar (.ics) para teléfonos y programas de calendario.</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation type="unfinished">eventos.ics</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished">Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished">Sin límite</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">Aliados copatrocinadores</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">No se pueden guardar los copatrocinadores</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">Ti&amp;po:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">Capít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished">&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished">&amp;Fin:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">&amp;Lugar:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished">&amp;Capacidad:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notas:</translation>
    </message>
    <message>
        <source>Co-sponsors:</source>
        <translation type="unfinished">Copatrocinadores:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Revertir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Inscrito</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Entrada registrada</translation>
    </message>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">&amp;Registrar contactos…</translation>
    </message>
    <message>
        <source>E&amp;xport Attendance…</source>
        <translation type="unfinished">E&amp;xportar asistencia…</translation>
    </message>
    <message>
        <source>%1 attendance.csv</source>
        <translation type="unfinished">%1 asistencia.csv</translation>
    </message>
    <message>
        <source>Export Attendance</source>
        <translation type="unfinished">Exportar asistencia</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished">Elegible</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished">Inscripción</translation>
    </message>
    <message>
        <source>Pledged to vote</source>
        <translation type="unfinished">Se comprometió a votar</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished">Seguimiento hecho</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notas</translation>
    </message>
    <message>
        <source>Everyone registered or checked in; changes are saved as you make them.</source>
        <translation type="unfinished">Todas las personas inscritas o con entrada registrada; los cambios se guardan a medida que los hace.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups still open:</source>
        <translation type="unfinished">&amp;Seguimientos pendientes:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;Asistencia</translation>
    </message>
    <message>
        <source>&amp;Voter Registration</source>
        <translation type="unfinished">Inscripción de &amp;votantes</translation>
    </message>
    <message>
        <source>Open &amp;Check-in (F9)</source>
        <translation type="unfinished">A&amp;brir registro de entrada (F9)</translation>
    </message>
    <message>
        <source>A full-screen window for the door: find people as you type, Enter checks them in.</source>
        <translation type="unfinished">Una ventana a pantalla completa para la puerta: busque personas mientras escribe; Enter registra su entrada.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished">Todavía no hay eventos</translation>
    </message>
    <message>
        <source>Create an event with New Event, register people for it, then open check-in at the door. Check-in works without a network and saves every arrival at once.</source>
        <translation type="unfinished">Cree un evento con Nuevo evento, inscriba personas en él y luego abra el registro de entrada en la puerta. El registro de entrada funciona sin red y guarda cada llegada al instante.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Sin capítulo</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">Todavía no hay aliados: agréguelos en el espacio de trabajo Aliados.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">Sin registro previo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>%1 registered or came; %2 checked in, %3 of them new at the door.</source>
        <translation type="unfinished">%1 inscritos o asistentes; %2 con entrada registrada, %3 de ellos nuevos en la puerta.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">No se preguntó</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation type="unfinished">Elegible: %1</translation>
    </message>
    <message>
        <source>Registration: %1</source>
        <translation type="unfinished">Inscripción: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished">Ninguno.</translation>
    </message>
    <message>
        <source>Cannot save the voter record</source>
        <translation type="unfinished">No se puede guardar el registro de votante</translation>
    </message>
    <message>
        <source>Cannot save the event</source>
        <translation type="unfinished">No se puede guardar el evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished">Nuevo evento</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation type="unfinished">No se puede crear el evento</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its registrations and attendance? The contacts stay.</source>
        <translation type="unfinished">¿Eliminar &quot;%1&quot; con sus inscripciones y asistencia? Los contactos se conservan.</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation type="unfinished">No se puede eliminar el evento</translation>
    </message>
    <message>
        <source>Cannot register</source>
        <translation type="unfinished">No se puede inscribir</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished">No se puede exportar el calendario</translation>
    </message>
    <message>
        <source>Cannot export the attendance</source>
        <translation type="unfinished">No se puede exportar la asistencia</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished">Inscripciones</translation>
    </message>
    <message>
        <source>Voter registration</source>
        <translation type="unfinished">Registro de votantes</translation>
    </message>
    <message>
        <source>Voter registration follow-ups</source>
        <translation type="unfinished">Seguimientos del registro de votantes</translation>
    </message>
    <message>
        <source>The time zone of the event&apos;s place, such as Europe/London: calendar exports name it, so the event shows at the right time wherever it is opened. Type part of a city to find it.</source>
        <translation type="unfinished">La zona horaria del lugar del evento, como Europe/London: las exportaciones de calendario la indican, para que el evento aparezca a la hora correcta dondequiera que se abra. Escriba parte de una ciudad para encontrarla.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">&amp;Zona horaria:</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReportModel</name>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Órgano legislativo</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation type="unfinished">Miembros listados</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished">Sin cambios</translation>
    </message>
    <message>
        <source>No longer in office</source>
        <translation type="unfinished">Ya no en el cargo</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReviewDialog</name>
    <message>
        <source>Review the Import</source>
        <translation type="unfinished">Revisar la importación</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been written yet. %Ln legislature(s) listed: %1 new members, %2 updated, %3 unchanged, %4 no longer in office. Meetings already planned are kept.</source>
        <translation type="unfinished">
            <numerusform>Aún no se ha escrito nada. %Ln legislatura(s) listada(s): %1 miembros nuevos, %2 actualizados, %3 sin cambios, %4 ya no en el cargo. Las reuniones ya planificadas se conservan.</numerusform>
            <numerusform>Aún no se ha escrito nada. %Ln legislatura(s) listada(s): %1 miembros nuevos, %2 actualizados, %3 sin cambios, %4 ya no en el cargo. Las reuniones ya planificadas se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import does to each legislature</source>
        <translation type="unfinished">Lo que la importación hace a cada legislatura</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, or read with a doubt (%n):</source>
        <translation type="unfinished">
            <numerusform>No importado, o leído con dudas (%n):</numerusform>
            <numerusform>No importado, o leído con dudas (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows and files not imported</source>
        <translation type="unfinished">Filas y archivos no importados</translation>
    </message>
</context>
<context>
    <name>majlis::ImportWizard</name>
    <message>
        <source>Merge into the existing contact</source>
        <translation type="unfinished">Fusionar con el contacto existente</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation type="unfinished">Omitir esta fila</translation>
    </message>
    <message>
        <source>Create a new contact anyway</source>
        <translation type="unfinished">Crear un contacto nuevo de todos modos</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished">Importar contactos</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Importar</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished">Elija el archivo</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or text: from Excel, Google Contacts, Outlook or an organizing tool.</source>
        <translation type="unfinished">Una hoja de cálculo guardada como CSV o texto: de Excel, Google Contacts, Outlook o una herramienta de organización.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished">El archivo que se va a importar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Examinar…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">Hojas de cálculo (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">Qué contiene cada columna</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check them against the first rows.</source>
        <translation type="unfinished">Las columnas con nombres conocidos ya están asignadas; compárelas con las primeras filas.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">Columna</translation>
    </message>
    <message>
        <source>Put everyone in &amp;chapter:</source>
        <translation type="unfinished">Poner a todos en el &amp;capítulo:</translation>
    </message>
    <message>
        <source>When a row matches a &amp;contact:</source>
        <translation type="unfinished">Cuando una &amp;fila coincide con un contacto:</translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation type="unfinished">Revisar antes de importar</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes everything at once, or nothing if it is cancelled.</source>
        <translation type="unfinished">Todavía no se ha escrito nada. La importación escribe todo a la vez, o nada si se cancela.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Línea</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished">En el archivo</translation>
    </message>
    <message>
        <source>Already a contact</source>
        <translation type="unfinished">Ya es un contacto</translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished">Acción</translation>
    </message>
    <message>
        <source>Merge All</source>
        <translation type="unfinished">Fusionar todos</translation>
    </message>
    <message>
        <source>Skip All</source>
        <translation type="unfinished">Omitir todos</translation>
    </message>
    <message>
        <source>Create All</source>
        <translation type="unfinished">Crear todos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problema</translation>
    </message>
    <message>
        <source>&amp;Save Problems…</source>
        <translation type="unfinished">&amp;Guardar problemas…</translation>
    </message>
    <message>
        <source>Rows that look like someone already here:</source>
        <translation type="unfinished">Filas que parecen ser alguien que ya está aquí:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported as they are:</source>
        <translation type="unfinished">Filas que no se pueden importar tal como están:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished">tabulación</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished">punto y coma</translation>
    </message>
    <message>
        <source>bar</source>
        <translation type="unfinished">barra vertical</translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished">coma</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns; text in %3, fields separated by %4.</source>
        <translation type="unfinished">%1 filas en %2 columnas; texto en %3, campos separados por %4.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Sin capítulo</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">importación de %1</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished">Revisando las filas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Checking the rows… %1 of %2</source>
        <translation type="unfinished">Revisando las filas… %1 de %2</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">No se puede importar</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 problems.</source>
        <translation type="unfinished">%1 filas leídas: %2 contactos nuevos, %3 fusionados con contactos existentes, %4 omitidos; %5 problemas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation type="unfinished">Guardar problemas</translation>
    </message>
    <message>
        <source>import problems.csv</source>
        <translation type="unfinished">problemas de importación.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished">No se puede guardar</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation type="unfinished">Importando contactos…</translation>
    </message>
    <message>
        <source>Importing contacts… %1 of %2</source>
        <translation type="unfinished">Importando contactos… %1 de %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">No se realizó la importación</translation>
    </message>
    <message>
        <source>The first rows, as read in this encoding</source>
        <translation type="unfinished">Las primeras filas, leídas en esta codificación</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation type="unfinished">&amp;Codificación del texto:</translation>
    </message>
    <message>
        <source>The first rows as they will be imported; if names look wrong, choose another encoding:</source>
        <translation type="unfinished">Las primeras filas tal como se importarán; si los nombres se ven mal, elija otra codificación:</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished">%1 (detectada)</translation>
    </message>
</context>
<context>
    <name>majlis::InteractionDialog</name>
    <message>
        <source>Add Interaction</source>
        <translation type="unfinished">Agregar interacción</translation>
    </message>
    <message>
        <source>In a few words, what happened</source>
        <translation type="unfinished">En pocas palabras, qué sucedió</translation>
    </message>
    <message>
        <source>Add &amp;People…</source>
        <translation type="unfinished">Agregar &amp;personas…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished">&amp;Resumen:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notas:</translation>
    </message>
    <message>
        <source>Who took part:</source>
        <translation type="unfinished">Quiénes participaron:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished">&amp;Agregar</translation>
    </message>
    <message>
        <source>Who Took Part</source>
        <translation type="unfinished">Quiénes participaron</translation>
    </message>
    <message>
        <source>People who took part</source>
        <translation type="unfinished">Personas que participaron</translation>
    </message>
</context>
<context>
    <name>majlis::ItineraryPanel</name>
    <message>
        <source>Itinerary of</source>
        <translation type="unfinished">Itinerario de</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Calendar…</source>
        <translation type="unfinished">Guardar &amp;calendario…</translation>
    </message>
    <message>
        <source>Save Schedule as CS&amp;V…</source>
        <translation type="unfinished">Guardar horario como CS&amp;V…</translation>
    </message>
    <message>
        <source>Every attendee (one page each)</source>
        <translation type="unfinished">Cada asistente (una página cada uno)</translation>
    </message>
    <message>
        <source>Every team (one page each)</source>
        <translation type="unfinished">Cada equipo (una página cada uno)</translation>
    </message>
    <message>
        <source>No meetings yet. Build the schedule on the Schedule tab, then print or save itineraries here.</source>
        <translation type="unfinished">Todavía no hay reuniones. Arme el horario en la pestaña Horario y luego imprima o guarde los itinerarios aquí.</translation>
    </message>
    <message>
        <source>Print Itineraries</source>
        <translation type="unfinished">Imprimir itinerarios</translation>
    </message>
    <message>
        <source>Save Itineraries as PDF</source>
        <translation type="unfinished">Guardar itinerarios como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">No se puede guardar el PDF</translation>
    </message>
    <message>
        <source>Save Calendar</source>
        <translation type="unfinished">Guardar calendario</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Save Schedule as CSV</source>
        <translation type="unfinished">Guardar horario como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation type="unfinished">No se puede guardar el archivo</translation>
    </message>
    <message>
        <source>Itinerary preview</source>
        <translation type="unfinished">Vista previa del itinerario</translation>
    </message>
</context>
<context>
    <name>majlis::LabeledListEdit</name>
    <message>
        <source>Label</source>
        <translation type="unfinished">Etiqueta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Quitar</translation>
    </message>
</context>
<context>
    <name>majlis::LegislativeBody</name>
    <message>
        <source>Upper chamber</source>
        <translation type="unfinished">Cámara alta</translation>
    </message>
    <message>
        <source>Lower chamber</source>
        <translation type="unfinished">Cámara baja</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Cámara</translation>
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
        <translation type="unfinished">La dirección de descarga no es una dirección web. Configúrela en Preferencias.</translation>
    </message>
    <message>
        <source>The download address must start with https://, so nobody on the network can change the list on its way. Set it in Preferences.</source>
        <translation type="unfinished">La dirección de descarga debe empezar por https://, para que nadie en la red pueda modificar la lista en el camino. Configúrela en Preferencias.</translation>
    </message>
    <message>
        <source>The download is larger than any list of legislators; check the address in Preferences.</source>
        <translation type="unfinished">La descarga es más grande que cualquier lista de legisladores; revise la dirección en Preferencias.</translation>
    </message>
    <message>
        <source>Could not download the legislators: %1</source>
        <translation type="unfinished">No se pudieron descargar los legisladores: %1</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorTableModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished">desconocido</translation>
    </message>
    <message>
        <source>No longer in office: the last import did not list this member. Meetings already planned with them are kept.</source>
        <translation type="unfinished">Ya no está en el cargo: la última importación no incluía a este miembro. Las reuniones ya previstas con él se conservan.</translation>
    </message>
    <message>
        <source>Double-click to set the building and room.</source>
        <translation type="unfinished">Haga doble clic para establecer el edificio y la sala.</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">Escaño</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">Partido</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Cámara</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Edificio</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Sala</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorsDialog</name>
    <message>
        <source>&amp;Update from the Internet</source>
        <translation type="unfinished">&amp;Actualizar desde Internet</translation>
    </message>
    <message>
        <source>Set &amp;Office…</source>
        <translation type="unfinished">Establecer &amp;oficina…</translation>
    </message>
    <message numerus="yes">
        <source>; %n without a known office building</source>
        <translation type="unfinished">
            <numerusform>; %n sin edificio de oficinas conocido</numerusform>
            <numerusform>; %n sin edificio de oficinas conocido</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import legislators</source>
        <translation type="unfinished">No se pueden importar los legisladores</translation>
    </message>
    <message>
        <source>Downloading the current members of Congress…</source>
        <translation type="unfinished">Descargando los miembros actuales del Congreso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Cannot update legislators</source>
        <translation type="unfinished">No se pueden actualizar los legisladores</translation>
    </message>
    <message>
        <source>Import Legislators</source>
        <translation type="unfinished">Importar legisladores</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished">Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Set Office</source>
        <translation type="unfinished">Establecer oficina</translation>
    </message>
    <message>
        <source>Office of %1, as room and building (&quot;2107 Rayburn&quot;):</source>
        <translation type="unfinished">Oficina de %1, como sala y edificio (&quot;2107 Rayburn&quot;):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Capitol building. Write the room and the building, such as &quot;2107 Rayburn&quot; or &quot;511 Hart&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; no nombra ningún edificio del Capitolio. Escriba la sala y el edificio, como &quot;2107 Rayburn&quot; o &quot;511 Hart&quot;.</translation>
    </message>
    <message>
        <source>Legislators</source>
        <translation type="unfinished">Legisladores</translation>
    </message>
    <message>
        <source>Filter by name, seat or building</source>
        <translation type="unfinished">Filtrar por nombre, escaño o edificio</translation>
    </message>
    <message>
        <source>Download the current members of Congress from the address in Preferences and import them.</source>
        <translation type="unfinished">Descargar los miembros actuales del Congreso desde la dirección de Preferencias e importarlos.</translation>
    </message>
    <message>
        <source>Legislatures and their chambers</source>
        <translation type="unfinished">Órganos legislativos y sus cámaras</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Miembros</translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation type="unfinished">Mostrar &amp;antiguos miembros</translation>
    </message>
    <message>
        <source>Also list members a newer import no longer lists; meetings planned with them are kept.</source>
        <translation type="unfinished">Listar también los miembros que una importación más reciente ya no incluye; las reuniones previstas con ellos se conservan.</translation>
    </message>
    <message>
        <source>Set the building and room of the chosen member&apos;s office; double-clicking a member does the same.</source>
        <translation type="unfinished">Establecer el edificio y la sala de la oficina del miembro elegido; hacer doble clic en un miembro hace lo mismo.</translation>
    </message>
    <message>
        <source>&amp;Campus…</source>
        <translation type="unfinished">&amp;Edificios…</translation>
    </message>
    <message>
        <source>List the buildings of this legislature&apos;s capitol and which are a short walk apart.</source>
        <translation type="unfinished">Listar los edificios del capitolio de este órgano y cuáles están a poca distancia a pie.</translation>
    </message>
    <message>
        <source>No members of %1 in this workspace yet; they arrive with an import of the legislature&apos;s members.</source>
        <translation type="unfinished">Todavía no hay miembros de %1 en este espacio de trabajo; llegan con una importación de los miembros del órgano.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n no longer in office</source>
        <translation type="unfinished">
            <numerusform>; %n ya no está en el cargo</numerusform>
            <numerusform>; %n ya no están en el cargo</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no building of the capitol&apos;s campus (%2). Write the room and the building, or add the building with Campus….</source>
        <translation type="unfinished">&quot;%1&quot; no nombra ningún edificio del capitolio (%2). Escriba la sala y el edificio, o añada el edificio con «Edificios…».</translation>
    </message>
    <message>
        <source>the capitol alone</source>
        <translation type="unfinished">solo el capitolio</translation>
    </message>
    <message>
        <source>No members of Congress yet. Use Update from the Internet, or Import and the members built in or legislators-current.csv from the congress-legislators project.</source>
        <translation type="unfinished">Aún no hay miembros del Congreso. Use Actualizar desde Internet, o Importar y los miembros incluidos o legislators-current.csv del proyecto congress-legislators.</translation>
    </message>
    <message>
        <source>Reading the Open States data…</source>
        <translation type="unfinished">Leyendo los datos de Open States…</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation type="unfinished">%1

No se importó nada.</translation>
    </message>
    <message>
        <source>The file lists no legislature&apos;s members.</source>
        <translation type="unfinished">El archivo no lista los miembros de ninguna legislatura.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Importar</translation>
    </message>
    <message>
        <source>Import or update the members of a legislature. What an import changes is shown before anything is written.</source>
        <translation type="unfinished">Importar o actualizar los miembros de una legislatura. Lo que cambia una importación se muestra antes de escribir nada.</translation>
    </message>
    <message>
        <source>&amp;Congress (Built In)</source>
        <translation type="unfinished">&amp;Congreso (incluido)</translation>
    </message>
    <message>
        <source>The members of Congress this version of Majlis was made with, for use with no network.</source>
        <translation type="unfinished">Los miembros del Congreso con los que se creó esta versión de Majlis, para usar sin red.</translation>
    </message>
    <message>
        <source>Congress from congress-legislators &amp;CSV…</source>
        <translation type="unfinished">Congreso desde el &amp;CSV de congress-legislators…</translation>
    </message>
    <message>
        <source>legislators-current.csv of the congress-legislators project.</source>
        <translation type="unfinished">legislators-current.csv del proyecto congress-legislators.</translation>
    </message>
    <message>
        <source>State Legislatures from &amp;Open States Download…</source>
        <translation type="unfinished">Legislaturas estatales desde una descarga de &amp;Open States…</translation>
    </message>
    <message>
        <source>The Open States people data downloaded as a .tar.gz or .zip file: every state legislature.</source>
        <translation type="unfinished">Los datos de personas de Open States descargados como archivo .tar.gz o .zip: todas las legislaturas estatales.</translation>
    </message>
    <message>
        <source>State Legislatures from Open States &amp;Folder…</source>
        <translation type="unfinished">Legislaturas estatales desde una &amp;carpeta de Open States…</translation>
    </message>
    <message>
        <source>A folder of the Open States people data: the project, its data folder or one state&apos;s.</source>
        <translation type="unfinished">Una carpeta de los datos de personas de Open States: el proyecto, su carpeta data o la de un estado.</translation>
    </message>
    <message>
        <source>&amp;Member List of a Parliament (CSV)…</source>
        <translation type="unfinished">Lista de &amp;miembros de un parlamento (CSV)…</translation>
    </message>
    <message>
        <source>Any legislature&apos;s members from a spreadsheet, one member a row, with what each column holds.</source>
        <translation type="unfinished">Los miembros de cualquier legislatura desde una hoja de cálculo, un miembro por fila, con lo que contiene cada columna.</translation>
    </message>
    <message>
        <source>Import from Open States</source>
        <translation type="unfinished">Importar desde Open States</translation>
    </message>
    <message>
        <source>Open States downloads (*.tar.gz *.tgz *.zip);;All files (*)</source>
        <translation type="unfinished">Descargas de Open States (*.tar.gz *.tgz *.zip);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatureTreeModel</name>
    <message>
        <source>All chambers. The capitol is in %1 (time zone %2).</source>
        <translation type="unfinished">Todas las cámaras. El capitolio está en %1 (zona horaria %2).</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Órgano legislativo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Miembros</translation>
    </message>
</context>
<context>
    <name>majlis::LetterAnswerDialog</name>
    <message>
        <source>Answer of %1</source>
        <translation type="unfinished">Respuesta de %1</translation>
    </message>
    <message>
        <source>Name and title as it appears on the letter</source>
        <translation type="unfinished">Nombre y cargo tal como aparecen en la carta</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished">&amp;Respuesta:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished">&amp;El:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished">&amp;Firmado por:</translation>
    </message>
</context>
<context>
    <name>majlis::LetterDialog</name>
    <message>
        <source>New Sign-on Letter</source>
        <translation type="unfinished">Nueva carta de adhesión</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">Sin fecha límite</translation>
    </message>
    <message>
        <source>The text of the letter, or the part partners need to read</source>
        <translation type="unfinished">El texto de la carta, o la parte que los aliados deben leer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished">&amp;Enlace:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished">&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">Te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Crear</translation>
    </message>
</context>
<context>
    <name>majlis::MainWindow</name>
    <message>
        <source>Majlis workspaces (*.majlis);;All files (*)</source>
        <translation type="unfinished">Espacios de trabajo de Majlis (*.majlis);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished">Espacios de trabajo</translation>
    </message>
    <message>
        <source>Advocacy Days</source>
        <translation type="unfinished">Días de incidencia</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contactos</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Aliados</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished">Eventos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Informes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished">&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished">&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation type="unfinished">Nuevo espacio de trabajo de &amp;demostración…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts from CSV…</source>
        <translation type="unfinished">&amp;Importar contactos desde CSV…</translation>
    </message>
    <message>
        <source>Import Contacts from &amp;vCard…</source>
        <translation type="unfinished">Importar contactos desde &amp;vCard…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation type="unfinished">&amp;Exportar contactos…</translation>
    </message>
    <message>
        <source>Export Workspace &amp;Archive…</source>
        <translation type="unfinished">Exportar archivo del espacio de &amp;trabajo…</translation>
    </message>
    <message>
        <source>Import Wor&amp;kspace Archive…</source>
        <translation type="unfinished">Im&amp;portar archivo del espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished">&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <source>&amp;Delete Contacts…</source>
        <translation type="unfinished">&amp;Eliminar contactos…</translation>
    </message>
    <message>
        <source>Add &amp;Tags to Selected…</source>
        <translation type="unfinished">&amp;Agregar etiquetas a los seleccionados…</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation type="unfinished">&amp;Buscar contactos</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation type="unfinished">Buscar d&amp;uplicados…</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished">Duplicados</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Majlis</source>
        <translation type="unfinished">&amp;Acerca de Majlis</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished">Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished">No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open Workspace (Ctrl+O), create one with File &gt; New Workspace, or explore a demo with File &gt; New Demo Workspace.</source>
        <translation type="unfinished">Abra un espacio de trabajo con Archivo &gt; Abrir espacio de trabajo (Ctrl+O), cree uno con Archivo &gt; Nuevo espacio de trabajo o explore una demostración con Archivo &gt; Nuevo espacio de trabajo de demostración.</translation>
    </message>
    <message>
        <source>Plan Capitol advocacy days: legislators, constituent meetings, schedules and itineraries. Open or create a workspace first.</source>
        <translation type="unfinished">Planifique días de incidencia en el Capitolio: legisladores, reuniones con electores, horarios e itinerarios. Primero abra o cree un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Keep track of coalition partners, sign-on letters and the history of every relationship. Open or create a workspace first.</source>
        <translation type="unfinished">Lleve un registro de los aliados de la coalición, las cartas de adhesión y la historia de cada relación. Primero abra o cree un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Run community events with offline check-in and voter-registration drives. Open or create a workspace first.</source>
        <translation type="unfinished">Organice eventos comunitarios con registro de entrada sin conexión y campañas de inscripción de votantes. Primero abra o cree un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Attendance, voter registration, partners and sign-on letters in charts. Open or create a workspace first.</source>
        <translation type="unfinished">Asistencia, inscripción de votantes, aliados y cartas de adhesión en gráficos. Primero abra o cree un espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 — Majlis</source>
        <translation type="unfinished">%1 — Majlis</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished">No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished">Espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the demo workspace.</source>
        <translation type="unfinished">%1 ya existe. Elija un nuevo nombre de archivo para el espacio de trabajo de demostración.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished">No se puede crear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Creating fictional contacts…</source>
        <translation type="unfinished">Creando contactos ficticios…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished">Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 already exists. To open it, use File &gt; Open Workspace.</source>
        <translation type="unfinished">%1 ya existe. Para abrirlo, use Archivo &gt; Abrir espacio de trabajo.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished">Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation type="unfinished">Nuevo espacio de trabajo de demostración</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%1 de %Ln contacto</numerusform>
            <numerusform>%1 de %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>About Majlis</source>
        <translation type="unfinished">Acerca de Majlis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;An offline-first organizer for Muslim civic and advocacy organizations: contacts, advocacy days, coalition partners and community events.&lt;/p&gt;&lt;p&gt;Majlis is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;Un organizador que funciona primero sin conexión para organizaciones cívicas y de incidencia musulmanas: contactos, días de incidencia, aliados de la coalición y eventos comunitarios.&lt;/p&gt;&lt;p&gt;Majlis es software libre, con licencia GNU General Public License, versión 3 o (a su elección) cualquier versión posterior. Se ofrece sin ninguna garantía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 merged, %3 skipped.</source>
        <translation type="unfinished">Importados: %1 nuevos, %2 fusionados, %3 omitidos.</translation>
    </message>
    <message>
        <source>Import Contacts from vCard</source>
        <translation type="unfinished">Importar contactos desde vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished">Archivos vCard (*.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">No se puede importar</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">importación de %1</translation>
    </message>
    <message>
        <source>%1 cards: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 with problems. Import?</source>
        <translation type="unfinished">%1 tarjetas: %2 contactos nuevos, %3 fusionados con contactos existentes, %4 omitidos; %5 con problemas. ¿Importar?</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation type="unfinished">Tarjeta %1: %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">No se realizó la importación</translation>
    </message>
    <message>
        <source>%1 archive %2.majlis</source>
        <translation type="unfinished">%1 archivo %2.majlis</translation>
    </message>
    <message>
        <source>Export Workspace Archive</source>
        <translation type="unfinished">Exportar archivo del espacio de trabajo</translation>
    </message>
    <message>
        <source>Majlis workspaces (*.majlis)</source>
        <translation type="unfinished">Espacios de trabajo de Majlis (*.majlis)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished">No se puede exportar</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">Se escribió el archivo del espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>Import Workspace Archive</source>
        <translation type="unfinished">Importar archivo del espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot import the archive</source>
        <translation type="unfinished">No se puede importar el archivo</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">Se importó el archivo %1.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished">&amp;Sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation type="unfinished">Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Sync &amp;Server…</source>
        <translation type="unfinished">&amp;Servidor de sincronización…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished">&amp;Conflictos…</translation>
    </message>
    <message>
        <source>Sync &amp;Automatically</source>
        <translation type="unfinished">Sincronizar de &amp;forma automática</translation>
    </message>
    <message>
        <source>E&amp;xport Everything About This Person…</source>
        <translation type="unfinished">E&amp;xportar todo sobre esta persona…</translation>
    </message>
    <message>
        <source>Erase This &amp;Person…</source>
        <translation type="unfinished">Borrar a esta &amp;persona…</translation>
    </message>
    <message>
        <source>Show &amp;Hijri Dates</source>
        <translation type="unfinished">Mostrar fechas de la &amp;Hégira</translation>
    </message>
    <message>
        <source>&amp;Workspace Settings…</source>
        <translation type="unfinished">Ajustes del &amp;espacio de trabajo…</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">Rellenar &amp;distritos desde los códigos ZIP…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Run phone banks, door knocking and get-out-the-vote drives: lists built from your contacts, scripts, and results entered offline. Open or create a workspace first.</source>
        <translation>Organice bancos telefónicos, puerta a puerta y movilizaciones para votar: listas a partir de sus contactos, guiones y resultados introducidos sin conexión. Primero abra o cree un espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>majlis::MemberField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">No importar</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished">Id. del miembro</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Nombre completo</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Apellido</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Cámara</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation type="unfinished">Circunscripción</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">Partido</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation type="unfinished">Dirección de la oficina</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
</context>
<context>
    <name>majlis::MemberListDialog</name>
    <message>
        <source>Import a Member List</source>
        <translation type="unfinished">Importar una lista de miembros</translation>
    </message>
    <message>
        <source>A new legislature</source>
        <translation type="unfinished">Una legislatura nueva</translation>
    </message>
    <message>
        <source>such as gb-parliament</source>
        <translation type="unfinished">por ejemplo gb-parliament</translation>
    </message>
    <message>
        <source>such as UK Parliament</source>
        <translation type="unfinished">por ejemplo UK Parliament</translation>
    </message>
    <message>
        <source>such as GB</source>
        <translation type="unfinished">por ejemplo GB</translation>
    </message>
    <message>
        <source>The member list to import</source>
        <translation type="unfinished">La lista de miembros que importar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Examinar…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">Hojas de cálculo (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Órgano legislativo:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished">&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">&amp;País:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished">&amp;Archivo:</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">Qué contiene cada columna</translation>
    </message>
    <message>
        <source>The first members, as they will be imported</source>
        <translation type="unfinished">Los primeros miembros, tal como se importarán</translation>
    </message>
    <message>
        <source>&amp;Review Import…</source>
        <translation type="unfinished">&amp;Revisar la importación…</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check what each holds:</source>
        <translation type="unfinished">Las columnas con nombres conocidos ya están asignadas; compruebe qué contiene cada una:</translation>
    </message>
    <message>
        <source>The first members, as they will be imported:</source>
        <translation type="unfinished">Los primeros miembros, tal como se importarán:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns.</source>
        <translation type="unfinished">%1 filas en %2 columnas.</translation>
    </message>
    <message>
        <source>Give the new legislature a code of letters, digits and dashes, such as gb-parliament.</source>
        <translation type="unfinished">Dé a la legislatura nueva un código de letras, dígitos y guiones, como gb-parliament.</translation>
    </message>
    <message>
        <source>Give the new legislature its name, such as UK Parliament.</source>
        <translation type="unfinished">Dé su nombre a la legislatura nueva, como UK Parliament.</translation>
    </message>
    <message>
        <source>The workspace has %1 as %2 already; choose it in the list.</source>
        <translation type="unfinished">El espacio de trabajo ya tiene %1 como %2; elíjala en la lista.</translation>
    </message>
    <message>
        <source>Choose the member list to import, saved as CSV.</source>
        <translation type="unfinished">Elija la lista de miembros que importar, guardada como CSV.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) read</source>
        <translation type="unfinished">
            <numerusform>%n miembro(s) leído(s)</numerusform>
            <numerusform>%n miembro(s) leído(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) skipped, listed when you review the import</source>
        <translation type="unfinished">
            <numerusform>; %n fila(s) omitida(s), listada(s) al revisar la importación</numerusform>
            <numerusform>; %n fila(s) omitida(s), listada(s) al revisar la importación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::MergeDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation type="unfinished">Fusionar contactos</translation>
    </message>
    <message>
        <source>These records look like the same person. Choose the record that stays and, for each field, the value to keep. Nothing is lost: emails, phones and tags of both are kept, and the other record&apos;s history and event records move to the one that stays.</source>
        <translation type="unfinished">Estos registros parecen ser la misma persona. Elija el registro que se conserva y, para cada campo, el valor que desea mantener. No se pierde nada: se conservan los correos, teléfonos y etiquetas de ambos, y el historial y los registros de eventos del otro registro pasan al que se conserva.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished">agregado %1</translation>
    </message>
    <message>
        <source>Record that stays</source>
        <translation type="unfinished">Registro que se conserva</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation type="unfinished">Conservar este registro</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished">Conservar %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Nombre preferido</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Dirección</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">Estado y distrito</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Capítulo</translation>
    </message>
    <message>
        <source>Organization and role</source>
        <translation type="unfinished">Organización y función</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Cumpleaños</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notas</translation>
    </message>
    <message>
        <source>Emails (both kept)</source>
        <translation type="unfinished">Correos electrónicos (se conservan ambos)</translation>
    </message>
    <message>
        <source>Phones (both kept)</source>
        <translation type="unfinished">Teléfonos (se conservan ambos)</translation>
    </message>
    <message>
        <source>Tags (both kept)</source>
        <translation type="unfinished">Etiquetas (se conservan ambas)</translation>
    </message>
    <message>
        <source>Languages, skills and interests (both kept)</source>
        <translation type="unfinished">Idiomas, habilidades e intereses (se conservan ambos)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished">Fusionar</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">Uno de estos contactos ya no existe; es posible que se haya fusionado o eliminado mientras tanto.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(ninguno)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>The second record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">Se conserva el segundo registro, con el nombre “%1” y los valores elegidos arriba.</translation>
    </message>
    <message>
        <source>The first record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">Se conserva el primer registro, con el nombre “%1” y los valores elegidos arriba.</translation>
    </message>
    <message>
        <source>The other is removed once its emails, phones, tags, consents, history and event records have moved to it. Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished">El otro se elimina una vez que sus correos, teléfonos, etiquetas, consentimientos, historial y registros de eventos hayan pasado a este. Editar &gt; Deshacer revierte la fusión.</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimeDialog</name>
    <message>
        <source>Office Time</source>
        <translation type="unfinished">Horario de oficina</translation>
    </message>
    <message>
        <source>Confirmed meeting time</source>
        <translation type="unfinished">Hora de reunión confirmada</translation>
    </message>
    <message>
        <source>Cannot meet (blackout)</source>
        <translation type="unfinished">No puede reunirse (bloqueo)</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished">&amp;Oficina:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;Hasta:</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimesPanel</name>
    <message>
        <source>Office times</source>
        <translation type="unfinished">Horarios de oficinas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished">Agregar…</translation>
    </message>
    <message>
        <source>A time an office confirmed for your meeting, or a time it cannot meet.</source>
        <translation type="unfinished">Un horario que una oficina confirmó para su reunión, o un horario en que no puede reunirse.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Quitar</translation>
    </message>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">una oficina que ya no figura en la lista</translation>
    </message>
    <message>
        <source>%1: confirmed %2–%3</source>
        <translation type="unfinished">%1: confirmado %2–%3</translation>
    </message>
    <message>
        <source>%1: cannot meet %2–%3</source>
        <translation type="unfinished">%1: no puede reunirse %2–%3</translation>
    </message>
    <message>
        <source>No confirmed times or blackouts: every office can meet all day.</source>
        <translation type="unfinished">No hay horarios confirmados ni bloqueos: todas las oficinas pueden reunirse todo el día.</translation>
    </message>
    <message>
        <source>Cannot add the office time</source>
        <translation type="unfinished">No se puede agregar el horario de oficina</translation>
    </message>
    <message>
        <source>Cannot remove the office time</source>
        <translation type="unfinished">No se puede quitar el horario de oficina</translation>
    </message>
</context>
<context>
    <name>majlis::Organization</name>
    <message>
        <source>Mosque or Islamic center</source>
        <translation type="unfinished">Mezquita o centro islámico</translation>
    </message>
    <message>
        <source>Interfaith</source>
        <translation type="unfinished">Interreligioso</translation>
    </message>
    <message>
        <source>Civil rights</source>
        <translation type="unfinished">Derechos civiles</translation>
    </message>
    <message>
        <source>Immigrant rights</source>
        <translation type="unfinished">Derechos de los inmigrantes</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation type="unfinished">Sindical</translation>
    </message>
    <message>
        <source>Student association</source>
        <translation type="unfinished">Asociación estudiantil</translation>
    </message>
    <message>
        <source>Other faith-based</source>
        <translation type="unfinished">Otra organización religiosa</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation type="unfinished">Oficina gubernamental</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">Medios de comunicación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Otro</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished">Posible aliado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Activo</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished">Inactivo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">Reunión</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished">Llamada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>Joint event</source>
        <translation type="unfinished">Evento conjunto</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished">Adhesión</translation>
    </message>
</context>
<context>
    <name>majlis::Outcome</name>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">A favor</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished">Indeciso</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation type="unfinished">En contra</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished">Sin respuesta</translation>
    </message>
</context>
<context>
    <name>majlis::OutcomeChart</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">Resultados por petición</translation>
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
        <translation type="unfinished">No registrado: %1</translation>
    </message>
    <message>
        <source>No outcomes reported yet.</source>
        <translation type="unfinished">Todavía no se informaron resultados.</translation>
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
        <translation type="unfinished">ninguno registrado</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerBrowser</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Aliados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ciudad</translation>
    </message>
    <message>
        <source>Issue areas</source>
        <translation type="unfinished">Áreas temáticas</translation>
    </message>
    <message>
        <source>&amp;New Partner</source>
        <translation type="unfinished">&amp;Nuevo aliado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Eliminar</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished">&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished">&amp;Historial</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation type="unfinished">Todavía no hay aliados</translation>
    </message>
    <message>
        <source>Keep track of the mosques, interfaith councils, civil-rights and labor groups you work with: click New Partner, give its name, then fill in its details, the people you know there and the history of the relationship.</source>
        <translation type="unfinished">Lleve un registro de las mezquitas, consejos interreligiosos y grupos de derechos civiles y sindicales con los que trabaja: haga clic en Nuevo aliado, escriba su nombre y luego complete sus detalles, las personas que conoce allí y la historia de la relación.</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation type="unfinished">No se seleccionó ningún aliado</translation>
    </message>
    <message>
        <source>Choose a partner in the list to see its details, its people and its history.</source>
        <translation type="unfinished">Elija un aliado de la lista para ver sus detalles, sus personas y su historial.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n aliado</numerusform>
            <numerusform>%n aliados</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners match these filters.</source>
        <translation type="unfinished">Ningún aliado coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation type="unfinished">Todavía no hay aliados.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished">Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; first?</source>
        <translation type="unfinished">¿Guardar primero los cambios en &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Cannot add the partner</source>
        <translation type="unfinished">No se puede agregar el aliado</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation type="unfinished">Nuevo aliado</translation>
    </message>
    <message>
        <source>Name of the organization:</source>
        <translation type="unfinished">Nombre de la organización:</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation type="unfinished">Eliminar aliado</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its people and history go with it, and it leaves the sign-on letters. The contacts themselves are not touched.</source>
        <translation type="unfinished">¿Eliminar &quot;%1&quot;? Se eliminan también sus personas e historial, y sale de las cartas de adhesión. Los contactos en sí no se modifican.</translation>
    </message>
    <message>
        <source>Cannot delete the partner</source>
        <translation type="unfinished">No se puede eliminar el aliado</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerDetailsPanel</name>
    <message>
        <source>civil rights, immigration, voting</source>
        <translation type="unfinished">derechos civiles, inmigración, voto</translation>
    </message>
    <message>
        <source>Separate issue areas with commas.</source>
        <translation type="unfinished">Separe las áreas temáticas con comas.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US or CA.</source>
        <translation type="unfinished">Código de país de dos letras, como US o CA.</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">&amp;Elegir…</translation>
    </message>
    <message>
        <source>The person in your organization who keeps this relationship.</source>
        <translation type="unfinished">La persona de su organización que mantiene esta relación.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished">&amp;Borrar</translation>
    </message>
    <message>
        <source>What matters to them, what they asked of us, what we promised</source>
        <translation type="unfinished">Qué les importa, qué nos pidieron, qué prometimos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Tipo:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished">E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Issue areas:</source>
        <translation type="unfinished">Áreas te&amp;máticas:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Ciudad:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished">&amp;Región:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished">Sitio &amp;web:</translation>
    </message>
    <message>
        <source>Cha&amp;pter:</source>
        <translation type="unfinished">Capít&amp;ulo:</translation>
    </message>
    <message>
        <source>Relationship owner:</source>
        <translation type="unfinished">Responsable de la relación:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished">N&amp;otas:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Revertir</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Sin capítulo</translation>
    </message>
    <message>
        <source>Unknown chapter</source>
        <translation type="unfinished">Capítulo desconocido</translation>
    </message>
    <message>
        <source>Cannot save the partner</source>
        <translation type="unfinished">No se puede guardar el aliado</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">Nadie todavía</translation>
    </message>
    <message>
        <source>A deleted contact</source>
        <translation type="unfinished">Un contacto eliminado</translation>
    </message>
    <message>
        <source>Relationship Owner</source>
        <translation type="unfinished">Responsable de la relación</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;Elegir</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerFilterBar</name>
    <message>
        <source>Search name, city, website or notes</source>
        <translation type="unfinished">Buscar nombre, ciudad, sitio web o notas</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation type="unfinished">Buscar aliados</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation type="unfinished">Tipo de aliado</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished">Todos los tipos</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">Área temática</translation>
    </message>
    <message>
        <source>All issue areas</source>
        <translation type="unfinished">Todas las áreas temáticas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Cualquier estado</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Capítulo</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">Todos los capítulos</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerHistoryPanel</name>
    <message>
        <source>&amp;Add Interaction…</source>
        <translation type="unfinished">&amp;Agregar interacción…</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Historial</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Resumen</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished">Quiénes participaron</translation>
    </message>
    <message>
        <source>Nothing recorded yet: add meetings, calls and joint events as they happen.</source>
        <translation type="unfinished">Todavía no hay nada registrado: agregue reuniones, llamadas y eventos conjuntos a medida que ocurran.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation type="unfinished">
            <numerusform>%n interacción</numerusform>
            <numerusform>%n interacciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the interaction</source>
        <translation type="unfinished">No se puede agregar la interacción</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerPeoplePanel</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished">&amp;Agregar persona…</translation>
    </message>
    <message>
        <source>&amp;Left the Organization…</source>
        <translation type="unfinished">&amp;Dejó la organización…</translation>
    </message>
    <message>
        <source>Records that the person left today; they stay in the partner&apos;s history.</source>
        <translation type="unfinished">Registra que la persona se fue hoy; se conserva en el historial del aliado.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Función</translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished">Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished">Hasta</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) there now</source>
        <translation type="unfinished">
            <numerusform>%n persona allí actualmente</numerusform>
            <numerusform>%n personas allí actualmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n who left</source>
        <translation type="unfinished">
            <numerusform>; %n que se fue</numerusform>
            <numerusform>; %n que se fueron</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody recorded yet: add the people you work with there.</source>
        <translation type="unfinished">Todavía no hay nadie registrado: agregue a las personas con las que trabaja allí.</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation type="unfinished">No se puede agregar a la persona</translation>
    </message>
    <message>
        <source>Cannot record the departure</source>
        <translation type="unfinished">No se puede registrar la salida</translation>
    </message>
    <message>
        <source>Add People</source>
        <translation type="unfinished">Agregar personas</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Siguiente</translation>
    </message>
    <message>
        <source>Role at the partner (director, imam, organizer…):</source>
        <translation type="unfinished">Función en el aliado (director, imán, organizador…):</translation>
    </message>
    <message>
        <source>Left the Organization</source>
        <translation type="unfinished">Dejó la organización</translation>
    </message>
    <message>
        <source>Record that %1 left on %2? They stay in the partner&apos;s history.</source>
        <translation type="unfinished">¿Registrar que %1 se fue el %2? Se conserva en el historial del aliado.</translation>
    </message>
</context>
<context>
    <name>majlis::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Aliados</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">Cartas de adhesión</translation>
    </message>
    <message>
        <source>Coalition map</source>
        <translation type="unfinished">Mapa de la coalición</translation>
    </message>
</context>
<context>
    <name>majlis::PostcodeLookup</name>
    <message>
        <source>This build of Majlis has no ZIP code to congressional district file (it is added when the program is built with MAJLIS_DISTRICT_FILE). Import one with &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot;: a CSV with zip, state and district columns, such as zccd.csv of the us-zipcodes-congress project.</source>
        <translation type="unfinished">Esta versión de Majlis no tiene el archivo de códigos ZIP a distritos del Congreso (se añade al compilar el programa con MAJLIS_DISTRICT_FILE). Importe uno con &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot;: un CSV con columnas zip, state y district, como zccd.csv del proyecto us-zipcodes-congress.</translation>
    </message>
</context>
<context>
    <name>majlis::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished">Preferencias</translation>
    </message>
    <message>
        <source>Use the &amp;Default</source>
        <translation type="unfinished">Usar el valor &amp;predeterminado</translation>
    </message>
    <message>
        <source>&amp;Legislators download address:</source>
        <translation type="unfinished">Dirección de descarga de &amp;legisladores:</translation>
    </message>
    <message>
        <source>Advocacy Days &gt; Legislators… &gt; Update from the Internet downloads legislators-current.csv from here. It must be an https:// address.</source>
        <translation type="unfinished">Días de incidencia &gt; Legisladores… &gt; Actualizar desde Internet descarga legislators-current.csv desde aquí. Debe ser una dirección https://.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">El idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>majlis::ReportBackPanel</name>
    <message>
        <source>planned</source>
        <translation type="unfinished">planificada</translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished">realizada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished">cancelada</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>ask: bill number, then its title</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished">Reuniones</translation>
    </message>
    <message>
        <source>Select a meeting to report on it.</source>
        <translation type="unfinished">Seleccione una reunión para informar sobre ella.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">Planificada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">Realizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelada</translation>
    </message>
    <message>
        <source>Name and title, e.g. Jordan Lee, legislative director</source>
        <translation type="unfinished">Nombre y cargo, p. ej., Jordan Lee, director legislativo</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">No registrado</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Miembro</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation type="unfinished">Personal</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;Estado:</translation>
    </message>
    <message>
        <source>Met &amp;with:</source>
        <translation type="unfinished">Se reunió &amp;con:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Función:</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished">Resultados</translation>
    </message>
    <message>
        <source>The day has no asks yet. Add them on the Details tab.</source>
        <translation type="unfinished">El día todavía no tiene peticiones. Agréguelas en la pestaña Detalles.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">Seguimientos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Hecho</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Descripción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Vence</translation>
    </message>
    <message>
        <source>Due date as year-month-day, for example %1</source>
        <translation type="unfinished">Fecha de vencimiento como año-mes-día, por ejemplo %1</translation>
    </message>
    <message>
        <source>&amp;Add Follow-up</source>
        <translation type="unfinished">&amp;Agregar seguimiento</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">&amp;Quitar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notas</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Save Report</source>
        <translation type="unfinished">&amp;Guardar informe</translation>
    </message>
    <message>
        <source>Save the report (%1)</source>
        <translation type="unfinished">Guardar el informe (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Revertir</translation>
    </message>
    <message>
        <source>Go back to the report as last saved</source>
        <translation type="unfinished">Volver al informe tal como se guardó por última vez</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">No se seleccionó ningún día de incidencia.</translation>
    </message>
    <message>
        <source>No meetings yet: schedule the day first on the Schedule tab.</source>
        <translation type="unfinished">Todavía no hay reuniones: primero programe el día en la pestaña Horario.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished">%1:</translation>
    </message>
    <message>
        <source>Unknown office</source>
        <translation type="unfinished">Oficina desconocida</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <comment>meeting list: start time, office, report status</comment>
        <translation type="unfinished">%1  %2 — %3</translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation type="unfinished">Informe sin guardar</translation>
    </message>
    <message>
        <source>Save the report of the meeting with %1?</source>
        <translation type="unfinished">¿Guardar el informe de la reunión con %1?</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <comment>meeting heading: start, end, office</comment>
        <translation type="unfinished">%1–%2  %3</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (líder)</translation>
    </message>
    <message>
        <source>No team assigned.</source>
        <translation type="unfinished">No hay equipo asignado.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">Equipo: %1</translation>
    </message>
    <message>
        <source>Follow-up row %1: “%2” is not a date. Write due dates as year-month-day, for example %3.</source>
        <translation type="unfinished">Fila de seguimiento %1: “%2” no es una fecha. Escriba las fechas de vencimiento como año-mes-día, por ejemplo %3.</translation>
    </message>
    <message>
        <source>Follow-up row %1 has a due date but no description. Say what is to be done, or remove the row.</source>
        <translation type="unfinished">La fila de seguimiento %1 tiene fecha de vencimiento pero no descripción. Indique qué hay que hacer o quite la fila.</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished">No se guardó el informe</translation>
    </message>
    <message>
        <source>Not a date. Write it as year-month-day, for example %1.</source>
        <translation type="unfinished">No es una fecha. Escríbala como año-mes-día, por ejemplo %1.</translation>
    </message>
</context>
<context>
    <name>majlis::ReportsPage</name>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;Asistencia</translation>
    </message>
    <message>
        <source>Attendance per event</source>
        <translation type="unfinished">Asistencia por evento</translation>
    </message>
    <message>
        <source>How many registered for each event, how many came, and how many new people walked in.</source>
        <translation type="unfinished">Cuántas personas se inscribieron en cada evento, cuántas asistieron y cuántas personas nuevas llegaron sin registro previo.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Evento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Fecha</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Inscritos</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Entrada registrada</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation type="unfinished">Contactos nuevos</translation>
    </message>
    <message>
        <source>People who walked in without registering and were added as new contacts</source>
        <translation type="unfinished">Personas que llegaron sin inscribirse y se agregaron como contactos nuevos</translation>
    </message>
    <message>
        <source>By &amp;chapter</source>
        <translation type="unfinished">&amp;Por capítulo</translation>
    </message>
    <message>
        <source>Attendance per chapter by month</source>
        <translation type="unfinished">Asistencia por capítulo y mes</translation>
    </message>
    <message>
        <source>How many people each chapter checked in at its events, month by month.</source>
        <translation type="unfinished">Cuántas personas registró cada capítulo en sus eventos, mes a mes.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Mes</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished">Campaña</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Comprometidos</translation>
    </message>
    <message>
        <source>&amp;Voter registration</source>
        <translation type="unfinished">Inscripción de &amp;votantes</translation>
    </message>
    <message>
        <source>Voter registration per drive</source>
        <translation type="unfinished">Inscripción de votantes por campaña</translation>
    </message>
    <message>
        <source>What each voter-registration drive recorded, person by person, and how many pledged to vote.</source>
        <translation type="unfinished">Lo que registró cada campaña de inscripción de votantes, persona por persona, y cuántas personas se comprometieron a votar.</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">Personas que se comprometieron a votar</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished">A&amp;liados</translation>
    </message>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">Aliados por área temática</translation>
    </message>
    <message>
        <source>How many coalition partners work on each issue, and who they are.</source>
        <translation type="unfinished">Cuántos aliados de la coalición trabajan en cada tema, y quiénes son.</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">Área temática</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Aliados</translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished">Nombres</translation>
    </message>
    <message>
        <source>&amp;Sign-on letters</source>
        <translation type="unfinished">&amp;Cartas de adhesión</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">Cartas de adhesión</translation>
    </message>
    <message>
        <source>For each letter, how many partners asked have signed, declined, or not answered yet.</source>
        <translation type="unfinished">Para cada carta, cuántos de los aliados a los que se les pidió han firmado, declinado o aún no han respondido.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">Carta</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished">Fecha límite</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished">Solicitados</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">Firmaron</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Declinaron</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished">Sin respuesta</translation>
    </message>
    <message>
        <source>A chart of the numbers in the table below.</source>
        <translation type="unfinished">Un gráfico de los números de la tabla de abajo.</translation>
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
        <translation type="unfinished">Personas</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest events with attendance; the table lists every event.</source>
        <translation type="unfinished">
            <numerusform>El gráfico muestra el %n evento más reciente con asistencia; la tabla enumera todos los eventos.</numerusform>
            <numerusform>El gráfico muestra los %n eventos más recientes con asistencia; la tabla enumera todos los eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see attendance here.</source>
        <translation type="unfinished">Registre la entrada de personas en los eventos para ver aquí la asistencia.</translation>
    </message>
    <message>
        <source>No one has registered or checked in yet. Check people in at events to see attendance here.</source>
        <translation type="unfinished">Todavía nadie se ha inscrito ni ha registrado su entrada. Registre la entrada de personas en los eventos para ver aquí la asistencia.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Sin capítulo</translation>
    </message>
    <message>
        <source>People checked in</source>
        <translation type="unfinished">Personas con entrada registrada</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n months; the table lists every month.</source>
        <translation type="unfinished">
            <numerusform>El gráfico muestra el último %n mes; la tabla enumera todos los meses.</numerusform>
            <numerusform>El gráfico muestra los últimos %n meses; la tabla enumera todos los meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see each chapter&apos;s attendance by month here.</source>
        <translation type="unfinished">Registre la entrada de personas en los eventos para ver aquí la asistencia de cada capítulo por mes.</translation>
    </message>
    <message>
        <source>People recorded</source>
        <translation type="unfinished">Personas registradas</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest drives with records; the table lists every drive.</source>
        <translation type="unfinished">
            <numerusform>El gráfico muestra la %n campaña más reciente con registros; la tabla enumera todas las campañas.</numerusform>
            <numerusform>El gráfico muestra las %n campañas más recientes con registros; la tabla enumera todas las campañas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record who registered at voter-registration drives to see the results here.</source>
        <translation type="unfinished">Registre quién se inscribió en las campañas de inscripción de votantes para ver aquí los resultados.</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n issue areas with the most partners; the table lists every area.</source>
        <translation type="unfinished">
            <numerusform>El gráfico muestra el %n área temática con más aliados; la tabla enumera todas las áreas.</numerusform>
            <numerusform>El gráfico muestra las %n áreas temáticas con más aliados; la tabla enumera todas las áreas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add issue areas to partners to see the coalition by issue here.</source>
        <translation type="unfinished">Agregue áreas temáticas a los aliados para ver aquí la coalición por tema.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no deadline</comment>
        <translation type="unfinished">Ninguna</translation>
    </message>
    <message>
        <source>Partners asked</source>
        <translation type="unfinished">Aliados solicitados</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n letters with the latest deadlines; the table lists every letter.</source>
        <translation type="unfinished">
            <numerusform>El gráfico muestra la %n carta con la fecha límite más reciente; la tabla enumera todas las cartas.</numerusform>
            <numerusform>El gráfico muestra las %n cartas con las fechas límite más recientes; la tabla enumera todas las cartas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a sign-on letter and ask partners to sign it to see who signed here.</source>
        <translation type="unfinished">Cree una carta de adhesión y pida a los aliados que la firmen para ver aquí quién firmó.</translation>
    </message>
    <message>
        <source>No partner has been asked to sign yet. Ask partners to sign a letter to see who signed here.</source>
        <translation type="unfinished">Todavía no se le ha pedido a ningún aliado que firme. Pida a los aliados que firmen una carta para ver aquí quién firmó.</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation type="unfinished">Ca&amp;mpañas</translation>
    </message>
    <message>
        <source>Open campaigns</source>
        <translation type="unfinished">Campañas abiertas</translation>
    </message>
    <message>
        <source>How each open phone bank, door-knocking effort and get-out-the-vote drive is going: attempts, people reached and pledges to vote, in all and day by day.</source>
        <translation type="unfinished">Cómo va cada banco telefónico, puerta a puerta y movilización del voto abiertos: intentos, personas contactadas y compromisos de voto, en total y día a día.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">Campaña</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">En la lista</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Intentos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contactos</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Tasa de contacto</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Compromisos</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Intentos que llegaron a la persona</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Resultados</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %Ln newest open campaigns with results; the table lists every open campaign.</source>
        <translation type="unfinished">
            <numerusform>El gráfico muestra la campaña abierta más reciente con resultados (%Ln); la tabla lista cada campaña abierta.</numerusform>
            <numerusform>El gráfico muestra las %Ln campañas abiertas más recientes con resultados; la tabla lista cada campaña abierta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: attempts, contacts and pledges per day</source>
        <translation type="unfinished">%1: intentos, contactos y compromisos por día</translation>
    </message>
    <message>
        <source>Start a phone bank, door-knocking effort or get-out-the-vote drive to see its progress here.</source>
        <translation type="unfinished">Inicie un banco telefónico, un puerta a puerta o una movilización del voto para ver aquí su avance.</translation>
    </message>
    <message>
        <source>No results recorded yet in the open campaigns. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">Aún no hay resultados en las campañas abiertas. El avance aparecerá aquí a medida que los voluntarios registren resultados.</translation>
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
        <translation>¿Darle también de baja?</translation>
    </message>
    <message>
        <source>Keep them on future lists</source>
        <translation>Mantener en futuras listas</translation>
    </message>
    <message>
        <source>Opt out: refused</source>
        <translation>Dar de baja: rechazó</translation>
    </message>
    <message>
        <source>Opt out: hostile</source>
        <translation>Dar de baja: hostil</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Result: none chosen yet</source>
        <translation>Resultado: aún sin elegir</translation>
    </message>
</context>
<context>
    <name>majlis::RowWriter</name>
    <message>
        <source>The record was deleted meanwhile, perhaps in another window.</source>
        <translation type="unfinished">El registro se eliminó mientras tanto, quizás en otra ventana.</translation>
    </message>
</context>
<context>
    <name>majlis::SaveFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>majlis::ScheduleGridModel</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation type="unfinished">
            <numerusform>%1 (%n persona)</numerusform>
            <numerusform>%1 (%n personas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1, sala %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished">%1–%2</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (líder)</translation>
    </message>
    <message>
        <source>Pinned: scheduling again keeps it here.</source>
        <translation type="unfinished">Fijada: al volver a programar, se queda aquí.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished">Conflicto</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Fijada</translation>
    </message>
</context>
<context>
    <name>majlis::SchedulePanel</name>
    <message>
        <source>Move meeting to %1</source>
        <translation type="unfinished">Mover la reunión a %1</translation>
    </message>
    <message>
        <source>Cannot move the meeting</source>
        <translation type="unfinished">No se puede mover la reunión</translation>
    </message>
    <message>
        <source>%1: no conflicts</source>
        <translation type="unfinished">%1: sin conflictos</translation>
    </message>
    <message>
        <source>&amp;Build Schedule</source>
        <translation type="unfinished">&amp;Armar horario</translation>
    </message>
    <message>
        <source>Place every constituent with their senators and representative. Pinned and reported meetings stay where they are. (Ctrl+R)</source>
        <translation type="unfinished">Ubica a cada elector con sus senadores y su representante. Las reuniones fijadas y las que ya tienen informe se quedan donde están. (Ctrl+R)</translation>
    </message>
    <message>
        <source>By office</source>
        <translation type="unfinished">Por oficina</translation>
    </message>
    <message>
        <source>By attendee</source>
        <translation type="unfinished">Por asistente</translation>
    </message>
    <message>
        <source>By team</source>
        <translation type="unfinished">Por equipo</translation>
    </message>
    <message>
        <source>Show the schedule</source>
        <translation type="unfinished">Mostrar el horario</translation>
    </message>
    <message>
        <source>&amp;Pin / Unpin</source>
        <translation type="unfinished">&amp;Fijar / Desfijar</translation>
    </message>
    <message>
        <source>A pinned meeting keeps its time when the schedule is built again.</source>
        <translation type="unfinished">Una reunión fijada conserva su hora cuando se vuelve a armar el horario.</translation>
    </message>
    <message>
        <source>Schedule grid: drag a meeting to another time to move it</source>
        <translation type="unfinished">Cuadrícula del horario: arrastre una reunión a otra hora para moverla</translation>
    </message>
    <message>
        <source>Time and office</source>
        <translation type="unfinished">Hora y oficina</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Dónde</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Función</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished">&amp;Conflictos</translation>
    </message>
    <message>
        <source>&amp;Not scheduled</source>
        <translation type="unfinished">&amp;Sin programar</translation>
    </message>
    <message>
        <source>&amp;Office times</source>
        <translation type="unfinished">Horarios de &amp;oficinas</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished">Sin conflictos.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Fijada</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Líder</translation>
    </message>
    <message>
        <source>no office</source>
        <translation type="unfinished">sin oficina</translation>
    </message>
    <message>
        <source>%1 — %2: not scheduled yet; build the schedule to place this meeting.</source>
        <translation type="unfinished">%1 — %2: todavía no programada; arme el horario para ubicar esta reunión.</translation>
    </message>
    <message>
        <source>Register attendees on the Attendees tab, then build the schedule.</source>
        <translation type="unfinished">Inscriba asistentes en la pestaña Asistentes y luego arme el horario.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s); </source>
        <translation type="unfinished">
            <numerusform>%n reunión; </numerusform>
            <numerusform>%n reuniones; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) not scheduled.</source>
        <translation type="unfinished">
            <numerusform>%n solicitud sin programar.</numerusform>
            <numerusform>%n solicitudes sin programar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has every meeting they can have.</source>
        <translation type="unfinished">Todos tienen todas las reuniones que pueden tener.</translation>
    </message>
    <message>
        <source>Cannot build the schedule</source>
        <translation type="unfinished">No se puede armar el horario</translation>
    </message>
    <message>
        <source>Cannot pin the meeting</source>
        <translation type="unfinished">No se puede fijar la reunión</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Conflictos</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished">Sin programar</translation>
    </message>
</context>
<context>
    <name>majlis::ScriptTreeModel</name>
    <message>
        <source>Choose one</source>
        <translation>Elegir una</translation>
    </message>
    <message>
        <source>Choose any</source>
        <translation>Elegir varias</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Sí o no</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>Adds the tag %1</source>
        <translation>Añade la etiqueta %1</translation>
    </message>
    <message>
        <source>Records a pledge to vote</source>
        <translation>Registra un compromiso de votar</translation>
    </message>
    <message>
        <source>Asks for a voter-registration follow-up</source>
        <translation>Pide un seguimiento del registro de votantes</translation>
    </message>
    <message>
        <source>Opts the person out of every list</source>
        <translation>Da de baja a la persona de todas las listas</translation>
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
        <translation>Pregunta y respuestas</translation>
    </message>
    <message>
        <source>Kind, or what the answer does</source>
        <translation>Tipo, o qué hace la respuesta</translation>
    </message>
</context>
<context>
    <name>majlis::SignOnLettersPanel</name>
    <message>
        <source>New &amp;Letter…</source>
        <translation type="unfinished">Nueva &amp;carta…</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">Cartas de adhesión</translation>
    </message>
    <message>
        <source>&amp;Ask Partners…</source>
        <translation type="unfinished">&amp;Pedir a los aliados…</translation>
    </message>
    <message>
        <source>&amp;Record Answer…</source>
        <translation type="unfinished">&amp;Registrar respuesta…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Aliado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Respuesta</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished">Respondió el</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished">Firmado por</translation>
    </message>
    <message>
        <source>No sign-on letters yet</source>
        <translation type="unfinished">Todavía no hay cartas de adhesión</translation>
    </message>
    <message>
        <source>When a coalition circulates a letter, add it with New Letter…, ask the partners you want on it, then record who signed and who declined. Signatures go into each partner&apos;s history.</source>
        <translation type="unfinished">Cuando una coalición haga circular una carta, agréguela con Nueva carta…, pida su firma a los aliados que desee y luego registre quién firmó y quién declinó. Las firmas pasan al historial de cada aliado.</translation>
    </message>
    <message>
        <source>No letter selected</source>
        <translation type="unfinished">No se seleccionó ninguna carta</translation>
    </message>
    <message>
        <source>Choose a letter in the list to see who was asked and who answered.</source>
        <translation type="unfinished">Elija una carta de la lista para ver a quién se le pidió y quién respondió.</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished">Fecha límite: %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">Sin fecha límite</translation>
    </message>
    <message>
        <source>The deadline, %1, has passed</source>
        <translation type="unfinished">La fecha límite, %1, ya pasó</translation>
    </message>
    <message>
        <source>Nobody asked yet: click Ask Partners… to choose who should sign.</source>
        <translation type="unfinished">Todavía no se le ha pedido a nadie: haga clic en Pedir a los aliados… para elegir quién debe firmar.</translation>
    </message>
    <message>
        <source>%1 signed, %2 declined, %3 not yet answered</source>
        <translation type="unfinished">%1 firmaron, %2 declinaron, %3 aún sin responder</translation>
    </message>
    <message>
        <source>Every partner asked has answered.</source>
        <translation type="unfinished">Todos los aliados a los que se les pidió han respondido.</translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation type="unfinished">Aún sin responder: %1</translation>
    </message>
    <message>
        <source>Cannot add the letter</source>
        <translation type="unfinished">No se puede agregar la carta</translation>
    </message>
    <message>
        <source>Cannot ask the partners</source>
        <translation type="unfinished">No se puede pedir a los aliados</translation>
    </message>
    <message>
        <source>Cannot record the answer</source>
        <translation type="unfinished">No se puede registrar la respuesta</translation>
    </message>
    <message>
        <source>Change the Answer</source>
        <translation type="unfinished">Cambiar la respuesta</translation>
    </message>
    <message>
        <source>%1 already answered: %2 on %3. Record a new answer instead?</source>
        <translation type="unfinished">%1 ya respondió: %2 el %3. ¿Registrar una nueva respuesta en su lugar?</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished">Texto de la carta</translation>
    </message>
    <message>
        <source>Partners&apos; answers</source>
        <translation type="unfinished">Respuestas de los socios</translation>
    </message>
</context>
<context>
    <name>majlis::SyncController</name>
    <message>
        <source>This computer has no keychain Majlis can use, so the sync login is kept only until Majlis closes: the password will be asked again next time.</source>
        <translation type="unfinished">Esta computadora no tiene un llavero que Majlis pueda usar, así que el inicio de sesión de sincronización solo se conserva hasta que Majlis se cierre: la próxima vez se volverá a pedir la contraseña.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncServerDialog</name>
    <message>
        <source>Sync Server</source>
        <translation type="unfinished">Servidor de sincronización</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation type="unfinished">https://sync.example.org</translation>
    </message>
    <message>
        <source>How this laptop recognizes the server</source>
        <translation type="unfinished">Cómo reconoce esta computadora portátil al servidor</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate &amp;authority</source>
        <translation type="unfinished">La &amp;autoridad de certificación de la organización</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="unfinished">&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>The server certificate&apos;s SHA-256 &amp;fingerprint</source>
        <translation type="unfinished">La &amp;huella digital SHA-256 del certificado del servidor</translation>
    </message>
    <message>
        <source>AB:CD:EF:… (64 hexadecimal digits)</source>
        <translation type="unfinished">AB:CD:EF:… (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>Your organization&apos;s administrator gives you one of the two.</source>
        <translation type="unfinished">El administrador de su organización le proporciona una de las dos.</translation>
    </message>
    <message>
        <source>Majlis does not save your password: the server gives this laptop a session, which is kept in this computer&apos;s keychain.</source>
        <translation type="unfinished">Majlis no guarda su contraseña: el servidor le da a esta computadora portátil una sesión, que se guarda en el llavero de esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished">&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished">Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Forget the session on this laptop. Changes stay here until you log in again.</source>
        <translation type="unfinished">Olvida la sesión en esta computadora portátil. Los cambios se quedan aquí hasta que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished">&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished">Escriba su nombre de usuario en el servidor.</translation>
    </message>
    <message>
        <source>Choose the file of the organization&apos;s certificate authority, or give the server certificate&apos;s fingerprint instead.</source>
        <translation type="unfinished">Elija el archivo de la autoridad de certificación de la organización, o indique en su lugar la huella digital del certificado del servidor.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format (a text file starting with “-----BEGIN CERTIFICATE-----”).</source>
        <translation type="unfinished">%1 no contiene ningún certificado en formato PEM (un archivo de texto que empieza por “-----BEGIN CERTIFICATE-----”).</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished">Autoridad de certificación</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished">Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished">No se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation type="unfinished">%1, válido hasta el %2</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished">Escriba su contraseña.</translation>
    </message>
    <message>
        <source>A sync is running. Log in once it is done, or cancel it in the status bar.</source>
        <translation type="unfinished">Hay una sincronización en curso. Inicie sesión cuando termine, o cancélela en la barra de estado.</translation>
    </message>
    <message>
        <source>Logged out. Changes stay on this laptop until you log in again.</source>
        <translation type="unfinished">Sesión cerrada. Los cambios se quedan en esta computadora portátil hasta que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished">Iniciando sesión…</translation>
    </message>
    <message>
        <source>A sync is running; logging in is possible once it is done.</source>
        <translation type="unfinished">Hay una sincronización en curso; podrá iniciar sesión cuando termine.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished">Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation type="unfinished">No ha iniciado sesión.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncStatusWidget</name>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished">Sincronizado hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform>Sincronizado hace %n minuto</numerusform>
            <numerusform>Sincronizado hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform>Sincronizado hace %n hora</numerusform>
            <numerusform>Sincronizado hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation type="unfinished">Sincronizado el %1</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation type="unfinished">Última sincronización: %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished">Todavía no se ha sincronizado.</translation>
    </message>
    <message>
        <source>Sent: %1 · Received: %2 · Removed: %3 · New conflicts: %4 · Refused: %5</source>
        <translation type="unfinished">Enviados: %1 · Recibidos: %2 · Eliminados: %3 · Conflictos nuevos: %4 · Rechazados: %5</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished">Sincronización: sin configurar</translation>
    </message>
    <message>
        <source>This workspace is only on this laptop. Click to choose the sync server.</source>
        <translation type="unfinished">Este espacio de trabajo solo está en esta computadora portátil. Haga clic para elegir el servidor de sincronización.</translation>
    </message>
    <message>
        <source>Offline — will retry</source>
        <translation type="unfinished">Sin conexión — se volverá a intentar</translation>
    </message>
    <message>
        <source>Majlis tries again every few minutes. Click to try now.</source>
        <translation type="unfinished">Majlis vuelve a intentarlo cada pocos minutos. Haga clic para intentarlo ahora.</translation>
    </message>
    <message>
        <source>Syncing: connecting…</source>
        <translation type="unfinished">Sincronizando: conectando…</translation>
    </message>
    <message>
        <source>Syncing: sending…</source>
        <translation type="unfinished">Sincronizando: enviando…</translation>
    </message>
    <message>
        <source>Sent %1 of %2 changes.</source>
        <translation type="unfinished">Se enviaron %1 de %2 cambios.</translation>
    </message>
    <message>
        <source>Syncing: receiving…</source>
        <translation type="unfinished">Sincronizando: recibiendo…</translation>
    </message>
    <message>
        <source>Received %1 changes so far.</source>
        <translation type="unfinished">Hasta ahora se recibieron %1 cambios.</translation>
    </message>
    <message>
        <source>Sync: not synced yet</source>
        <translation type="unfinished">Sincronización: todavía sin sincronizar</translation>
    </message>
    <message>
        <source>Majlis syncs every few minutes. Click to sync now.</source>
        <translation type="unfinished">Majlis sincroniza cada pocos minutos. Haga clic para sincronizar ahora.</translation>
    </message>
    <message>
        <source>Sync: log in again</source>
        <translation type="unfinished">Sincronización: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Your changes stay on this laptop until then. Click to log in.</source>
        <translation type="unfinished">Mientras tanto, sus cambios se quedan en esta computadora portátil. Haga clic para iniciar sesión.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished">La sincronización falló</translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation type="unfinished">Haga clic para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished">Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished">Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Stop syncing. What was already sent or received is kept.</source>
        <translation type="unfinished">Detiene la sincronización. Se conserva lo que ya se envió o recibió.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Values that lost to an edit made on another laptop. Click to review them.</source>
        <translation type="unfinished">Valores que perdieron frente a una edición hecha en otra computadora portátil. Haga clic para revisarlos.</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutPanel</name>
    <message>
        <source>Turnout per district</source>
        <translation type="unfinished">Participación por distrito</translation>
    </message>
    <message>
        <source>Chase list: pledged, not voted yet</source>
        <translation type="unfinished">Lista de seguimiento: comprometidos, aún sin votar</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrito</translation>
    </message>
    <message>
        <source>Chase list</source>
        <translation type="unfinished">Lista de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Mark Voted</source>
        <translation type="unfinished">&amp;Marcar votó</translation>
    </message>
    <message>
        <source>Mark the selected people on the chase list as voted</source>
        <translation type="unfinished">Marcar como votantes a las personas elegidas de la lista de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation type="unfinished">Deshacer la última marca</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">D&amp;istrito:</translation>
    </message>
    <message>
        <source>Find anyone</source>
        <translation type="unfinished">Buscar a cualquiera</translation>
    </message>
    <message>
        <source>Find by name or phone</source>
        <translation type="unfinished">Buscar por nombre o teléfono</translation>
    </message>
    <message>
        <source>Name or phone number</source>
        <translation type="unfinished">Nombre o número de teléfono</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Personas encontradas</translation>
    </message>
    <message>
        <source>Mark &amp;Voted</source>
        <translation type="unfinished">Marcar &amp;votó</translation>
    </message>
    <message>
        <source>Mark the people found as voted</source>
        <translation type="unfinished">Marcar como votantes a las personas encontradas</translation>
    </message>
    <message>
        <source>Mark &amp;Not Voted</source>
        <translation type="unfinished">Marcar &amp;no votó</translation>
    </message>
    <message>
        <source>Take the voted mark off the people found</source>
        <translation type="unfinished">Quitar la marca de voto a las personas encontradas</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rehacer</translation>
    </message>
    <message>
        <source>Choose an election to follow its turnout.</source>
        <translation type="unfinished">Elija una elección para seguir su participación.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>election name, then its date</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>Nobody has pledged to vote in this election yet. Pledges come from the answers people give to campaign scripts.</source>
        <translation type="unfinished">Nadie se ha comprometido aún a votar en esta elección. Los compromisos vienen de las respuestas a los guiones de las campañas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pledged to vote; %1 of them (%2) have voted.</source>
        <translation type="unfinished">
            <numerusform>%Ln persona se comprometió a votar; %1 (%2) ya votó.</numerusform>
            <numerusform>%Ln personas se comprometieron a votar; %1 de ellas (%2) ya votaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more voted without having pledged.</source>
        <translation type="unfinished">
            <numerusform>%Ln persona más votó sin haberse comprometido.</numerusform>
            <numerusform>%Ln personas más votaron sin haberse comprometido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every district</source>
        <translation type="unfinished">Todos los distritos</translation>
    </message>
    <message>
        <source>Nobody to chase: nobody has pledged yet.</source>
        <translation type="unfinished">Nadie a quien dar seguimiento: nadie se ha comprometido aún.</translation>
    </message>
    <message>
        <source>Nobody left to chase: everyone who pledged has voted.</source>
        <translation type="unfinished">No queda nadie: todos los que se comprometieron ya votaron.</translation>
    </message>
    <message>
        <source>Type a name or phone number to find anyone, pledged or not, and mark them voted.</source>
        <translation type="unfinished">Escriba un nombre o un teléfono para encontrar a cualquiera, comprometido o no, y marcar que votó.</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation type="unfinished">Nadie coincide con «%1».</translation>
    </message>
    <message>
        <source>Already marked voted.</source>
        <translation type="unfinished">Ya marcado como votante.</translation>
    </message>
    <message>
        <source>Not marked voted.</source>
        <translation type="unfinished">No marcado como votante.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln people voted.</source>
        <translation type="unfinished">
            <numerusform>Se marcó que %Ln persona votó.</numerusform>
            <numerusform>Se marcó que %Ln personas votaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the voted mark off %Ln people.</source>
        <translation type="unfinished">
            <numerusform>Se quitó la marca de voto a %Ln persona.</numerusform>
            <numerusform>Se quitó la marca de voto a %Ln personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with %1.</source>
        <translation type="unfinished">Deshaga con %1.</translation>
    </message>
    <message>
        <source>Cannot mark the vote</source>
        <translation type="unfinished">No se puede marcar el voto</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutRowModel</name>
    <message>
        <source>Unknown district</source>
        <translation type="unfinished">Distrito desconocido</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Comprometidos</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">Votó</translation>
    </message>
    <message>
        <source>Marked voted at %1</source>
        <translation type="unfinished">Marcado como votante el %1</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrito</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
    </message>
</context>
<context>
    <name>majlis::VolunteerModel</name>
    <message>
        <source>Volunteer (sync user name)</source>
        <translation>Voluntario (usuario de sincronización)</translation>
    </message>
    <message>
        <source>Languages they call in</source>
        <translation>Idiomas en que llama</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>Por llamar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Hecho</translation>
    </message>
</context>
<context>
    <name>majlis::WalkListPanel</name>
    <message>
        <source>Walk list of</source>
        <translation type="unfinished">Lista de recorrido de</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>Walk list preview</source>
        <translation type="unfinished">Vista previa de la lista de recorrido</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">La lista completa</translation>
    </message>
    <message>
        <source>Every volunteer&apos;s share (each on its own pages)</source>
        <translation type="unfinished">La parte de cada voluntario (cada una en sus páginas)</translation>
    </message>
    <message>
        <source>Choose a door-knocking campaign to print its walk lists.</source>
        <translation type="unfinished">Elija una campaña puerta a puerta para imprimir sus listas de recorrido.</translation>
    </message>
    <message>
        <source>Print Walk Lists</source>
        <translation type="unfinished">Imprimir listas de recorrido</translation>
    </message>
    <message>
        <source>Save Walk Lists as PDF</source>
        <translation type="unfinished">Guardar listas de recorrido como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">No se puede guardar el PDF</translation>
    </message>
</context>
<context>
    <name>majlis::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation type="unfinished">Ajustes del espacio de trabajo</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s country</source>
        <translation type="unfinished">No definido: el país de este equipo</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">País de los números de teléfono</translation>
    </message>
    <message>
        <source>Time zone of events</source>
        <translation type="unfinished">Zona horaria de los eventos</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s time zone</source>
        <translation type="unfinished">No definido: la zona horaria de este equipo</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation type="unfinished">&amp;País de los números de teléfono:</translation>
    </message>
    <message>
        <source>&amp;Time zone of events:</source>
        <translation type="unfinished">&amp;Zona horaria de los eventos:</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished">Capítulos</translation>
    </message>
    <message>
        <source>C&amp;hapters</source>
        <translation type="unfinished">Capít&amp;ulos</translation>
    </message>
    <message>
        <source>A chapter&apos;s own country and time zone come before the workspace&apos;s for its contacts and events. Double-click a cell to change it; an empty one follows the workspace.</source>
        <translation type="unfinished">El país y la zona horaria propios de un capítulo tienen prioridad sobre los del espacio de trabajo para sus contactos y eventos. Haga doble clic en una celda para cambiarla; una vacía sigue al espacio de trabajo.</translation>
    </message>
    <message>
        <source>The chapters could not be read: %1</source>
        <translation type="unfinished">No se pudieron leer los capítulos: %1</translation>
    </message>
    <message>
        <source>Numbers typed without + are read as numbers of %1, unless the contact or its chapter names another country.</source>
        <translation type="unfinished">Los números escritos sin + se leen como números de %1, salvo que el contacto o su capítulo indique otro país.</translation>
    </message>
    <message>
        <source>In effect: %1, from this computer&apos;s language and region settings.</source>
        <translation type="unfinished">En vigor: %1, según la configuración de idioma y región de este equipo.</translation>
    </message>
    <message>
        <source>None in effect: this computer&apos;s settings name no country, so numbers typed without + and without a country are kept as typed. Choose one.</source>
        <translation type="unfinished">Ningún país en vigor: la configuración de este equipo no indica ningún país, así que los números escritos sin + y sin país se guardan tal cual. Elija uno.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows; choose one from the list.</source>
        <translation type="unfinished">%1 no es una zona horaria que este equipo conozca; elija una de la lista.</translation>
    </message>
    <message>
        <source>In effect: %1, this computer&apos;s time zone.</source>
        <translation type="unfinished">En vigor: %1, la zona horaria de este equipo.</translation>
    </message>
    <message>
        <source>Events without a zone of their own or of their chapter are at %1.</source>
        <translation type="unfinished">Los eventos sin zona propia ni de su capítulo están a la hora de %1.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished">No se cambió nada. %1</translation>
    </message>
</context>
<context>
    <name>majlis::cli::Context</name>
    <message>
        <source>The chapter&apos;s city.</source>
        <translation type="unfinished">La ciudad del capítulo.</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">nombre</translation>
    </message>
    <message>
        <source>State, province or region.</source>
        <translation type="unfinished">Estado, provincia o región.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US.</source>
        <translation type="unfinished">Código de país de dos letras, como US.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">código</translation>
    </message>
    <message>
        <source>&quot;chapters add&quot; needs the chapter&apos;s name.</source>
        <translation type="unfinished">&quot;chapters add&quot; necesita el nombre del capítulo.</translation>
    </message>
    <message>
        <source>Added chapter %1.</source>
        <translation type="unfinished">Se agregó el capítulo %1.</translation>
    </message>
    <message>
        <source>No chapters yet. Add one with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">Todavía no hay capítulos. Agregue uno con &quot;majlis-cli chapters add NAME&quot;.</translation>
    </message>
    <message>
        <source>Workspace ready at %1 (format %2).</source>
        <translation type="unfinished">Espacio de trabajo listo en %1 (formato %2).</translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation type="unfinished">Nombre.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation type="unfinished">Apellido.</translation>
    </message>
    <message>
        <source>Preferred name.</source>
        <translation type="unfinished">Nombre preferido.</translation>
    </message>
    <message>
        <source>Email address; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">Dirección de correo electrónico; repítala para indicar varias (al editar, reemplaza las existentes).</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">dirección</translation>
    </message>
    <message>
        <source>Phone number; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">Número de teléfono; repítalo para indicar varios (al editar, reemplaza los existentes).</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">número</translation>
    </message>
    <message>
        <source>Chapter name.</source>
        <translation type="unfinished">Nombre del capítulo.</translation>
    </message>
    <message>
        <source>U.S. state, two letters.</source>
        <translation type="unfinished">Estado de EE. UU., dos letras.</translation>
    </message>
    <message>
        <source>Congressional district (0 for at-large).</source>
        <translation type="unfinished">Distrito congresional (0 para un escaño general).</translation>
    </message>
    <message>
        <source>Organization.</source>
        <translation type="unfinished">Organización.</translation>
    </message>
    <message>
        <source>Role at the organization.</source>
        <translation type="unfinished">Función en la organización.</translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished">función</translation>
    </message>
    <message>
        <source>Tag; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">Etiqueta; repítala para indicar varias (al editar, reemplaza las existentes).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished">etiqueta</translation>
    </message>
    <message>
        <source>Language spoken, such as ar; repeatable.</source>
        <translation type="unfinished">Idioma que habla, como ar; se puede repetir.</translation>
    </message>
    <message>
        <source>Consent given today, on the command line: email, sms, phone or photo; repeatable.</source>
        <translation type="unfinished">Consentimiento otorgado hoy, en la línea de comandos: email, sms, phone o photo; se puede repetir.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished">canal</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished">Notas.</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">texto</translation>
    </message>
    <message>
        <source>--district takes a number, such as 12 or 0 for at-large.</source>
        <translation type="unfinished">--district acepta un número, como 12, o 0 para un escaño general.</translation>
    </message>
    <message>
        <source>Unknown consent &quot;%1&quot;; use email, sms, phone or photo.</source>
        <translation type="unfinished">Consentimiento desconocido &quot;%1&quot;; use email, sms, phone o photo.</translation>
    </message>
    <message>
        <source>%1 Add it first with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">%1 Agréguelo primero con &quot;majlis-cli chapters add NAME&quot;.</translation>
    </message>
    <message>
        <source>  id: %1</source>
        <translation type="unfinished">  id: %1</translation>
    </message>
    <message>
        <source>  email: %1</source>
        <translation type="unfinished">  correo electrónico: %1</translation>
    </message>
    <message>
        <source>  phone: %1</source>
        <translation type="unfinished">  teléfono: %1</translation>
    </message>
    <message>
        <source>  chapter: %1</source>
        <translation type="unfinished">  capítulo: %1</translation>
    </message>
    <message>
        <source>  district: %1</source>
        <translation type="unfinished">  distrito: %1</translation>
    </message>
    <message>
        <source>  tags: %1</source>
        <translation type="unfinished">  etiquetas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Show at most this many (default 50).</source>
        <translation type="unfinished">Mostrar como máximo esta cantidad (predeterminado: 50).</translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished">cantidad</translation>
    </message>
    <message>
        <source>Only this chapter.</source>
        <translation type="unfinished">Solo este capítulo.</translation>
    </message>
    <message>
        <source>Only contacts with this tag.</source>
        <translation type="unfinished">Solo los contactos con esta etiqueta.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished">Se agregó %1.</translation>
    </message>
    <message>
        <source>&quot;contacts search&quot; needs something to search for.</source>
        <translation type="unfinished">&quot;contacts search&quot; necesita algo que buscar.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished">--limit acepta un número positivo.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; needs a contact id.</source>
        <translation type="unfinished">&quot;contacts %1&quot; necesita un id de contacto.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; takes one contact id.</source>
        <translation type="unfinished">&quot;contacts %1&quot; acepta un solo id de contacto.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">Se guardó %1.</translation>
    </message>
    <message>
        <source>--date takes a date like 2027-03-04.</source>
        <translation type="unfinished">--date acepta una fecha como 2027-03-04.</translation>
    </message>
    <message>
        <source>--%1 takes a time like 09:00.</source>
        <translation type="unfinished">--%1 acepta una hora como 09:00.</translation>
    </message>
    <message>
        <source>--slot and --team-size take whole numbers.</source>
        <translation type="unfinished">--slot y --team-size aceptan números enteros.</translation>
    </message>
    <message>
        <source>Created advocacy day %1 (%2).</source>
        <translation type="unfinished">Se creó el día de incidencia %1 (%2).</translation>
    </message>
    <message>
        <source>No advocacy days yet. Create one with &quot;majlis-cli day create TITLE --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">Todavía no hay días de incidencia. Cree uno con &quot;majlis-cli day create TITLE --date YYYY-MM-DD&quot;.</translation>
    </message>
    <message>
        <source>--role is one of constituent, team_lead, note_taker, first_timer.</source>
        <translation type="unfinished">--role es uno de constituent, team_lead, note_taker, first_timer.</translation>
    </message>
    <message>
        <source>Name the contacts to register, by id or with --tag.</source>
        <translation type="unfinished">Indique los contactos que desea inscribir, por id o con --tag.</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n new attendee(s) for %1.</source>
        <translation type="unfinished">
            <numerusform>Se inscribió %n asistente nuevo para %1.</numerusform>
            <numerusform>Se inscribieron %n asistentes nuevos para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet. Use &quot;majlis-cli day attendees add DAY CONTACT...&quot;.</source>
        <translation type="unfinished">Todavía no hay nadie inscrito. Use &quot;majlis-cli day attendees add DAY CONTACT...&quot;.</translation>
    </message>
    <message>
        <source>Scheduled %1 meetings; %2 of %3 constituents have all their meetings.</source>
        <translation type="unfinished">Se programaron %1 reuniones; %2 de %3 electores tienen todas sus reuniones.</translation>
    </message>
    <message>
        <source>Not scheduled:</source>
        <translation type="unfinished">Sin programar:</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished">No se pudo crear la carpeta %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation type="unfinished">
            <numerusform>Se escribió %n archivo.</numerusform>
            <numerusform>Se escribieron %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;day attendees&quot; needs add or list.</source>
        <translation type="unfinished">&quot;day attendees&quot; necesita add o list.</translation>
    </message>
    <message>
        <source>The day&apos;s date, such as 2027-03-04.</source>
        <translation type="unfinished">La fecha del día, como 2027-03-04.</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">fecha</translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished">ciudad</translation>
    </message>
    <message>
        <source>The day&apos;s theme.</source>
        <translation type="unfinished">El tema del día.</translation>
    </message>
    <message>
        <source>First meeting time (default 09:00).</source>
        <translation type="unfinished">Hora de la primera reunión (predeterminado: 09:00).</translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished">hora</translation>
    </message>
    <message>
        <source>End of the last meeting (default 17:00).</source>
        <translation type="unfinished">Fin de la última reunión (predeterminado: 17:00).</translation>
    </message>
    <message>
        <source>Minutes per meeting (default 30).</source>
        <translation type="unfinished">Minutos por reunión (predeterminado: 30).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished">minutos</translation>
    </message>
    <message>
        <source>Most people in one team (default 8).</source>
        <translation type="unfinished">Máximo de personas en un equipo (predeterminado: 8).</translation>
    </message>
    <message>
        <source>An ask, as &quot;BILL: title&quot;; repeat for more.</source>
        <translation type="unfinished">Una petición, como &quot;BILL: título&quot;; repítala para agregar más.</translation>
    </message>
    <message>
        <source>ask</source>
        <translation type="unfinished">petición</translation>
    </message>
    <message>
        <source>constituent (default), team_lead, note_taker or first_timer.</source>
        <translation type="unfinished">constituent (predeterminado), team_lead, note_taker o first_timer.</translation>
    </message>
    <message>
        <source>Register every contact with this tag.</source>
        <translation type="unfinished">Inscribir a todos los contactos con esta etiqueta.</translation>
    </message>
    <message>
        <source>Write the day as an iCalendar file.</source>
        <translation type="unfinished">Escribir el día como archivo iCalendar.</translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished">archivo</translation>
    </message>
    <message>
        <source>Write the itineraries as a PDF, one per page.</source>
        <translation type="unfinished">Escribir los itinerarios como PDF, uno por página.</translation>
    </message>
    <message>
        <source>Write the schedule as CSV.</source>
        <translation type="unfinished">Escribir el horario como CSV.</translation>
    </message>
    <message>
        <source>With --ics: one file per attendee, in the folder given.</source>
        <translation type="unfinished">Con --ics: un archivo por asistente, en la carpeta indicada.</translation>
    </message>
    <message>
        <source>unknown command &quot;day %1&quot;; use create, list, attendees add, attendees list, schedule or export.</source>
        <translation type="unfinished">comando desconocido &quot;day %1&quot;; use create, list, attendees add, attendees list, schedule o export.</translation>
    </message>
    <message>
        <source>&quot;day create&quot; needs the day&apos;s title.</source>
        <translation type="unfinished">&quot;day create&quot; necesita el título del día.</translation>
    </message>
    <message>
        <source>Name the advocacy day, by the id &quot;day list&quot; shows or by its title.</source>
        <translation type="unfinished">Indique el día de incidencia, por el id que muestra &quot;day list&quot; o por su título.</translation>
    </message>
    <message>
        <source>This walk-in may already be a contact: %1. Check in that contact by id instead.</source>
        <translation type="unfinished">Esta persona sin registro previo puede ser ya un contacto: %1. En su lugar, registre la entrada de ese contacto por su id.</translation>
    </message>
    <message>
        <source>Added and checked in %1.</source>
        <translation type="unfinished">Se agregó a %1 y se registró su entrada.</translation>
    </message>
    <message>
        <source>Name the contacts to check in by id, or add a walk-in with --walk-in --given NAME.</source>
        <translation type="unfinished">Indique por id los contactos cuya entrada desea registrar, o agregue a una persona sin registro previo con --walk-in --given NAME.</translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation type="unfinished">%1 registró su entrada en %2.</translation>
    </message>
    <message>
        <source>When it starts, such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">Cuándo empieza, como &quot;2027-05-01 18:30&quot;.</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation type="unfinished">Cuándo termina.</translation>
    </message>
    <message>
        <source>voter_registration, interfaith, town_hall, training, cultural, community or other.</source>
        <translation type="unfinished">voter_registration, interfaith, town_hall, training, cultural, community u other.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished">tipo</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation type="unfinished">Dónde.</translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished">lugar</translation>
    </message>
    <message>
        <source>How many people fit (0: no limit).</source>
        <translation type="unfinished">Cuántas personas caben (0: sin límite).</translation>
    </message>
    <message>
        <source>The chapter running it.</source>
        <translation type="unfinished">El capítulo que lo organiza.</translation>
    </message>
    <message>
        <source>Add a new contact at the door and check them in.</source>
        <translation type="unfinished">Agregar un contacto nuevo en la puerta y registrar su entrada.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s given name.</source>
        <translation type="unfinished">El nombre de la persona sin registro previo.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s family name.</source>
        <translation type="unfinished">El apellido de la persona sin registro previo.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s email.</source>
        <translation type="unfinished">El correo electrónico de la persona sin registro previo.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s phone.</source>
        <translation type="unfinished">El teléfono de la persona sin registro previo.</translation>
    </message>
    <message>
        <source>Write attendance as CSV to this file (- for the screen).</source>
        <translation type="unfinished">Escribir la asistencia como CSV en este archivo (- para la pantalla).</translation>
    </message>
    <message>
        <source>--start takes a time such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">--start acepta una hora como &quot;2027-05-01 18:30&quot;.</translation>
    </message>
    <message>
        <source>--end takes a time such as &quot;2027-05-01 21:00&quot;.</source>
        <translation type="unfinished">--end acepta una hora como &quot;2027-05-01 21:00&quot;.</translation>
    </message>
    <message>
        <source>--kind is one of voter_registration, interfaith, town_hall, training, cultural, community, other.</source>
        <translation type="unfinished">--kind es uno de voter_registration, interfaith, town_hall, training, cultural, community, other.</translation>
    </message>
    <message>
        <source>Created event %1 (%2).</source>
        <translation type="unfinished">Se creó el evento %1 (%2).</translation>
    </message>
    <message>
        <source>&quot;events calendar&quot; needs the .ics file to write.</source>
        <translation type="unfinished">&quot;events calendar&quot; necesita el archivo .ics que se va a escribir.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>Se escribió %n evento en %1.</numerusform>
            <numerusform>Se escribieron %n eventos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet. Create one with &quot;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&quot;.</source>
        <translation type="unfinished">Todavía no hay eventos. Cree uno con &quot;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&quot;.</translation>
    </message>
    <message>
        <source>Name the event, by the id &quot;events list&quot; shows or by its title.</source>
        <translation type="unfinished">Indique el evento, por el id que muestra &quot;events list&quot; o por su título.</translation>
    </message>
    <message>
        <source>Wrote the attendance of %1 to %2.</source>
        <translation type="unfinished">Se escribió la asistencia de %1 en %2.</translation>
    </message>
    <message>
        <source>Imported %1 members of Congress: %2 new, %3 updated, %4 unchanged, %5 no longer in office.</source>
        <translation type="unfinished">Se importaron %1 miembros del Congreso: %2 nuevos, %3 actualizados, %4 sin cambios, %5 que ya no ocupan el cargo.</translation>
    </message>
    <message>
        <source>Only this state, such as WA.</source>
        <translation type="unfinished">Solo este estado, como WA.</translation>
    </message>
    <message>
        <source>unknown command &quot;legislators %1&quot;; use import or list.</source>
        <translation type="unfinished">comando desconocido &quot;legislators %1&quot;; use import o list.</translation>
    </message>
    <message>
        <source>How many contacts (default 2000).</source>
        <translation type="unfinished">Cuántos contactos (predeterminado: 2000).</translation>
    </message>
    <message>
        <source>--count takes a number.</source>
        <translation type="unfinished">--count acepta un número.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation type="unfinished">
            <numerusform>Se agregó %n contacto de demostración.</numerusform>
            <numerusform>Se agregaron %n contactos de demostración.</numerusform>
        </translation>
    </message>
    <message>
        <source>People:</source>
        <translation type="unfinished">Personas:</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation type="unfinished"> (hasta %1)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished">Historial:</translation>
    </message>
    <message>
        <source>mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media or other.</source>
        <translation type="unfinished">mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media u other.</translation>
    </message>
    <message>
        <source>An issue area; repeat for several.</source>
        <translation type="unfinished">Un área temática; repítala para indicar varias.</translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished">área</translation>
    </message>
    <message>
        <source>prospect, active or dormant.</source>
        <translation type="unfinished">prospect, active o dormant.</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">estado</translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished">Ciudad.</translation>
    </message>
    <message>
        <source>State or region.</source>
        <translation type="unfinished">Estado o región.</translation>
    </message>
    <message>
        <source>Web address.</source>
        <translation type="unfinished">Dirección web.</translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished">url</translation>
    </message>
    <message>
        <source>The chapter that keeps the relationship.</source>
        <translation type="unfinished">El capítulo que mantiene la relación.</translation>
    </message>
    <message>
        <source>Only partners whose name, city or notes contain this.</source>
        <translation type="unfinished">Solo los aliados cuyo nombre, ciudad o notas contengan esto.</translation>
    </message>
    <message>
        <source>unknown command &quot;partners %1&quot;; use add, list or show.</source>
        <translation type="unfinished">comando desconocido &quot;partners %1&quot;; use add, list o show.</translation>
    </message>
    <message>
        <source>--kind is one of mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media, other.</source>
        <translation type="unfinished">--kind es uno de mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media, other.</translation>
    </message>
    <message>
        <source>--status is one of prospect, active, dormant.</source>
        <translation type="unfinished">--status es uno de prospect, active, dormant.</translation>
    </message>
    <message>
        <source>&quot;partners show&quot; needs the partner&apos;s name or id.</source>
        <translation type="unfinished">&quot;partners show&quot; necesita el nombre o el id del aliado.</translation>
    </message>
    <message>
        <source>&quot;partners add&quot; needs the partner&apos;s name.</source>
        <translation type="unfinished">&quot;partners add&quot; necesita el nombre del aliado.</translation>
    </message>
    <message>
        <source>Added partner %1 (%2).</source>
        <translation type="unfinished">Se agregó el aliado %1 (%2).</translation>
    </message>
    <message>
        <source>No partners match. Add one with &quot;majlis-cli partners add NAME --kind interfaith&quot;.</source>
        <translation type="unfinished">Ningún aliado coincide. Agregue uno con &quot;majlis-cli partners add NAME --kind interfaith&quot;.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>--duplicates is one of merge, skip, create.</source>
        <translation type="unfinished">--duplicates es uno de merge, skip, create.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with a column of the file&apos;s header and a field such as email; &quot;%1&quot; is neither.</source>
        <translation type="unfinished">--map acepta COLUMN=FIELD, con una columna del encabezado del archivo y un campo como email; &quot;%1&quot; no es ninguna de las dos cosas.</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">importación de %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read; %4 to create, %5 to merge, %6 to skip, %7 problems.</source>
        <translation type="unfinished">%1 (%2): %3 filas leídas; %4 para crear, %5 para fusionar, %6 para omitir, %7 problemas.</translation>
    </message>
    <message>
        <source>  line %1, %2: %3</source>
        <translation type="unfinished">  línea %1, %2: %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 merged, %3 skipped.</source>
        <translation type="unfinished">Importados: %1 creados, %2 fusionados, %3 omitidos.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished">Simulación: no se escribió nada.</translation>
    </message>
    <message>
        <source>%1: %2 cards; %3 to create, %4 to merge, %5 to skip, %6 problems.</source>
        <translation type="unfinished">%1: %2 tarjetas; %3 para crear, %4 para fusionar, %5 para omitir, %6 problemas.</translation>
    </message>
    <message>
        <source>Show what would be created, merged and skipped, and write nothing.</source>
        <translation type="unfinished">Mostrar lo que se crearía, fusionaría y omitiría, sin escribir nada.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD; repeatable. Fields: %1.</source>
        <translation type="unfinished">COLUMN=FIELD; se puede repetir. Campos: %1.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished">asignación</translation>
    </message>
    <message>
        <source>What to do with rows that match a contact: merge (default), skip or create.</source>
        <translation type="unfinished">Qué hacer con las filas que coinciden con un contacto: merge (predeterminado), skip o create.</translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished">acción</translation>
    </message>
    <message>
        <source>Put every imported contact in this chapter.</source>
        <translation type="unfinished">Poner todos los contactos importados en este capítulo.</translation>
    </message>
    <message>
        <source>Write the problems found, row by row, to this CSV file.</source>
        <translation type="unfinished">Escribir los problemas encontrados, fila por fila, en este archivo CSV.</translation>
    </message>
    <message>
        <source>unknown command &quot;import %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">comando desconocido &quot;import %1&quot;; use csv, vcard o archive.</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; needs the file to import.</source>
        <translation type="unfinished">&quot;import %1&quot; necesita el archivo que se va a importar.</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">Se importó el archivo %1.</translation>
    </message>
    <message>
        <source>Only contacts matching this search.</source>
        <translation type="unfinished">Solo los contactos que coinciden con esta búsqueda.</translation>
    </message>
    <message>
        <source>vCard version: 4.0 (default), 3.0 or 2.1.</source>
        <translation type="unfinished">Versión de vCard: 4.0 (predeterminada), 3.0 o 2.1.</translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished">versión</translation>
    </message>
    <message>
        <source>unknown command &quot;export %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">comando desconocido &quot;export %1&quot;; use csv, vcard o archive.</translation>
    </message>
    <message>
        <source>&quot;export %1&quot; needs the file to write.</source>
        <translation type="unfinished">&quot;export %1&quot; necesita el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">Se escribió el archivo del espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>No contacts match; nothing was written.</source>
        <translation type="unfinished">Ningún contacto coincide; no se escribió nada.</translation>
    </message>
    <message>
        <source>--version is one of 4.0, 3.0, 2.1.</source>
        <translation type="unfinished">--version es uno de 4.0, 3.0, 2.1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>Se exportó %n contacto a %1.</numerusform>
            <numerusform>Se exportaron %n contactos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server address, such as https://sync.example.org.</source>
        <translation type="unfinished">Dirección del servidor, como https://sync.example.org.</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation type="unfinished">Nombre de usuario en el servidor.</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate authority (PEM file).</source>
        <translation type="unfinished">La autoridad de certificación de la organización (archivo PEM).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate.</source>
        <translation type="unfinished">Huella digital SHA-256 del certificado del servidor.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished">Leer la contraseña desde la entrada estándar.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished">No se puede leer %1.</translation>
    </message>
    <message>
        <source>Give --server and --user the first time.</source>
        <translation type="unfinished">Indique --server y --user la primera vez.</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation type="unfinished">Proporcione la contraseña por la entrada estándar con --password-stdin.</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 received, %3 removed, %4 conflict(s), %5 refused.</source>
        <translation type="unfinished">Sincronizado: %1 cambio(s) enviado(s), %2 recibido(s), %3 eliminado(s), %4 conflicto(s), %5 rechazado(s).</translation>
    </message>
    <message>
        <source>&quot;contacts export-data&quot; takes a contact id and the file to write.</source>
        <translation type="unfinished">&quot;contacts export-data&quot; necesita un identificador de contacto y el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Wrote everything this workspace holds about the contact to %1.</source>
        <translation type="unfinished">Se escribió en %1 todo lo que este espacio de trabajo guarda sobre el contacto.</translation>
    </message>
    <message>
        <source>Confirm that the erasure cannot be undone.</source>
        <translation type="unfinished">Confirma que el borrado no se puede deshacer.</translation>
    </message>
    <message>
        <source>&quot;contacts erase&quot; takes one contact id.</source>
        <translation type="unfinished">&quot;contacts erase&quot; recibe el identificador de un contacto.</translation>
    </message>
    <message>
        <source>Erasing a person removes everything held about them, here and at the next sync on every laptop, and cannot be undone. Export it first with &quot;contacts export-data&quot; if they asked for a copy, then run the command again with --yes.</source>
        <translation type="unfinished">Borrar a una persona elimina todo lo que se guarda sobre ella, aquí y en cada portátil en la próxima sincronización, y no se puede deshacer. Si pidió una copia, expórtela primero con &quot;contacts export-data&quot; y vuelva a ejecutar la orden con --yes.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the contact and %n row(s) about them. The erasure reaches other laptops at their next sync.</source>
        <translation type="unfinished">
            <numerusform>Se borró el contacto y %n fila(s) sobre él. El borrado llegará a los demás portátiles en su próxima sincronización.</numerusform>
            <numerusform>Se borró el contacto y %n fila(s) sobre él. El borrado llegará a los demás portátiles en su próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;contacts %1&quot;; use add, list, search, show, edit, delete, merge, export-data or erase.</source>
        <translation type="unfinished">orden desconocida &quot;contacts %1&quot;; use add, list, search, show, edit, delete, merge, export-data o erase.</translation>
    </message>
    <message>
        <source>&quot;contacts merge&quot; takes the id of the contact to keep and of the one to merge into it.</source>
        <translation type="unfinished">&quot;contacts merge&quot; recibe el identificador del contacto que se conserva y el del que se fusiona en él.</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished">Fusionado en %1.</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation type="unfinished">Dirección (calle y número).</translation>
    </message>
    <message>
        <source>City or town.</source>
        <translation type="unfinished">Ciudad o localidad.</translation>
    </message>
    <message>
        <source>State, province or region of the address.</source>
        <translation type="unfinished">Estado, provincia o región de la dirección.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation type="unfinished">Código postal.</translation>
    </message>
    <message>
        <source>Country, two letters such as DE or GB; phone numbers without + are read as numbers of this country.</source>
        <translation type="unfinished">País, dos letras, como DE o GB; los números de teléfono sin + se interpretan como números de este país.</translation>
    </message>
    <message>
        <source>--country takes a two-letter country code such as DE, GB, FR, CA or TR.</source>
        <translation type="unfinished">--country acepta un código de país de dos letras, como DE, GB, FR, CA o TR.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a value and its label, such as an email and home</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>  given name: %1</source>
        <translation type="unfinished">  nombre: %1</translation>
    </message>
    <message>
        <source>  family name: %1</source>
        <translation type="unfinished">  apellido: %1</translation>
    </message>
    <message>
        <source>  preferred name: %1</source>
        <translation type="unfinished">  nombre preferido: %1</translation>
    </message>
    <message>
        <source>  address: %1</source>
        <translation type="unfinished">  dirección: %1</translation>
    </message>
    <message>
        <source>  organization: %1</source>
        <translation type="unfinished">  organización: %1</translation>
    </message>
    <message>
        <source>  role: %1</source>
        <translation type="unfinished">  función: %1</translation>
    </message>
    <message>
        <source>  languages: %1</source>
        <translation type="unfinished">  idiomas: %1</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation type="unfinished">otorgado el %1</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation type="unfinished">rechazado el %1</translation>
    </message>
    <message>
        <source>  consent to %1: %2</source>
        <translation type="unfinished">  consentimiento para %1: %2</translation>
    </message>
    <message>
        <source>  skills: %1</source>
        <translation type="unfinished">  habilidades: %1</translation>
    </message>
    <message>
        <source>  interests: %1</source>
        <translation type="unfinished">  intereses: %1</translation>
    </message>
    <message>
        <source>  birthday: %1</source>
        <translation type="unfinished">  cumpleaños: %1</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation type="unfinished">  notas: %1</translation>
    </message>
    <message>
        <source>No workspace country: numbers without + and without a country are kept as typed.</source>
        <translation type="unfinished">El espacio de trabajo no tiene país: los números sin + y sin país se guardan tal como se escribieron.</translation>
    </message>
    <message>
        <source>Workspace country: %1</source>
        <translation type="unfinished">País del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Choose one of --ics, --pdf, --html or --csv, with the file to write.</source>
        <translation type="unfinished">Elija una de --ics, --pdf, --html o --csv, con el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>With --pdf or --html: one page per team instead of per attendee.</source>
        <translation type="unfinished">Con --pdf o --html: una página por equipo en lugar de por asistente.</translation>
    </message>
    <message>
        <source>Write the itineraries as a web page, to send or open in a browser.</source>
        <translation type="unfinished">Escribir los itinerarios como página web, para enviarla o abrirla en un navegador.</translation>
    </message>
    <message>
        <source>&quot;chapters time-zone&quot; takes one zone, such as Europe/London.</source>
        <translation type="unfinished">&quot;chapters time-zone&quot; recibe una zona, como Europe/London.</translation>
    </message>
    <message>
        <source>Workspace time zone: %1</source>
        <translation type="unfinished">Zona horaria del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Time zone of %1: %2</source>
        <translation type="unfinished">Zona horaria de %1: %2</translation>
    </message>
    <message>
        <source>The IANA time zone of the chapter&apos;s events, such as Europe/London.</source>
        <translation type="unfinished">La zona horaria IANA de los eventos del capítulo, como Europe/London.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished">zona</translation>
    </message>
    <message>
        <source>The chapter to show or set.</source>
        <translation type="unfinished">El capítulo que mostrar o fijar.</translation>
    </message>
    <message>
        <source>unknown command &quot;chapters %1&quot;; use add, list, region or time-zone.</source>
        <translation type="unfinished">comando desconocido &quot;chapters %1&quot;; use add, list, region o time-zone.</translation>
    </message>
    <message>
        <source>Also print the Hijri date (Islamic civil calendar).</source>
        <translation type="unfinished">Mostrar también la fecha de la Hégira (calendario islámico civil).</translation>
    </message>
    <message>
        <source>The IANA time zone of its place, such as Europe/London (default: the chapter&apos;s).</source>
        <translation type="unfinished">La zona horaria IANA de su lugar, como Europe/London (por defecto: la del capítulo).</translation>
    </message>
    <message>
        <source>unknown command &quot;events %1&quot;; use create, list, show, checkin, attendance or calendar.</source>
        <translation type="unfinished">comando desconocido &quot;events %1&quot;; use create, list, show, checkin, attendance o calendar.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished">Tipo: %1</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation type="unfinished">Comienza: %1</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation type="unfinished">Termina: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished">Zona horaria: %1</translation>
    </message>
    <message>
        <source>%1 (the chapter&apos;s or the workspace&apos;s)</source>
        <translation type="unfinished">%1 (la del capítulo o la del espacio de trabajo)</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished">Lugar: %1</translation>
    </message>
    <message>
        <source>--encoding &quot;%1&quot; is not one Majlis reads; use one of %2.</source>
        <translation type="unfinished">--encoding «%1» no es una codificación que Majlis lea; use una de %2.</translation>
    </message>
    <message>
        <source>%1, detected</source>
        <translation type="unfinished">%1, detectada</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation type="unfinished">%1, elegida</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding, when detection guesses wrong: %1.</source>
        <translation type="unfinished">La codificación del texto del archivo, cuando la detección se equivoca: %1.</translation>
    </message>
    <message>
        <source>&quot;chapters region&quot; takes one country code, such as DE.</source>
        <translation type="unfinished">&quot;chapters region&quot; admite un solo código de país, como DE.</translation>
    </message>
    <message>
        <source>Country of %1: %2</source>
        <translation type="unfinished">País de %1: %2</translation>
    </message>
    <message>
        <source>--building takes a name, and after = the group it is a short walk from, such as &quot;Binsfeld Office Building=offices&quot;.</source>
        <translation type="unfinished">--building recibe un nombre y, tras =, el grupo al que está a poca distancia a pie, como &quot;Binsfeld Office Building=offices&quot;.</translation>
    </message>
    <message>
        <source>%1: the U.S. Capitol&apos;s buildings, as Majlis knows them.</source>
        <translation type="unfinished">%1: los edificios del Capitolio de EE. UU., tal como Majlis los conoce.</translation>
    </message>
    <message>
        <source>%1: one building, the capitol.</source>
        <translation type="unfinished">%1: un solo edificio, el capitolio.</translation>
    </message>
    <message>
        <source>With campus: a building of the capitol as NAME=GROUP; buildings of one group are a short walk apart. Repeat for each; the list replaces the campus.</source>
        <translation type="unfinished">Con campus: un edificio del capitolio como NAME=GROUP; los edificios de un grupo están a poca distancia a pie. Repítalo para cada uno; la lista reemplaza los edificios.</translation>
    </message>
    <message>
        <source>building</source>
        <translation type="unfinished">edificio</translation>
    </message>
    <message>
        <source>unknown command &quot;bodies %1&quot;; use list or campus.</source>
        <translation type="unfinished">comando desconocido &quot;bodies %1&quot;; use list o campus.</translation>
    </message>
    <message>
        <source>&quot;bodies campus&quot; needs the body&apos;s code, such as us-mi.</source>
        <translation type="unfinished">&quot;bodies campus&quot; necesita el código del órgano, como us-mi.</translation>
    </message>
    <message>
        <source>The legislature the day lobbies, by code or name (default: the U.S. Congress).</source>
        <translation type="unfinished">El órgano legislativo ante el que aboga el día, por código o nombre (predeterminado: el Congreso de EE. UU.).</translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished">órgano</translation>
    </message>
    <message>
        <source>The day&apos;s time zone, such as America/Detroit (default: the capitol&apos;s).</source>
        <translation type="unfinished">La zona horaria del día, como America/Detroit (predeterminada: la del capitolio).</translation>
    </message>
    <message>
        <source>Only this legislature, by its code or name (default: every one; see &quot;bodies list&quot;).</source>
        <translation type="unfinished">Solo este órgano legislativo, por su código o nombre (predeterminado: todos; vea &quot;bodies list&quot;).</translation>
    </message>
    <message>
        <source>Only this chamber: upper, lower or unicameral (senate and house also work).</source>
        <translation type="unfinished">Solo esta cámara: upper, lower o unicameral (senate y house también sirven).</translation>
    </message>
    <message>
        <source>chamber</source>
        <translation type="unfinished">cámara</translation>
    </message>
    <message>
        <source>--chamber is one of upper, lower or unicameral.</source>
        <translation type="unfinished">--chamber es upper, lower o unicameral.</translation>
    </message>
    <message>
        <source>No members match. Import a legislature&apos;s members with &quot;majlis-cli legislators import FILE&quot;.</source>
        <translation type="unfinished">Ningún miembro coincide. Importe los miembros de un órgano con &quot;majlis-cli legislators import FILE&quot;.</translation>
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
        <translation type="unfinished">&quot;districts lookup&quot; necesita un código ZIP: --zip 48126.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a legislature, its chamber and a district</comment>
        <translation type="unfinished">%1 (%2): %3</translation>
    </message>
    <message>
        <source>No district file knows ZIP %1 (ZIP codes of post office boxes only have no area).</source>
        <translation type="unfinished">Ningún archivo de distritos conoce el código ZIP %1 (los códigos ZIP solo de apartados postales no tienen área).</translation>
    </message>
    <message>
        <source>ZIP %1 spans several districts; the address decides which:</source>
        <translation type="unfinished">El código ZIP %1 abarca varios distritos; la dirección decide cuál:</translation>
    </message>
    <message>
        <source>&quot;districts import&quot; takes one CSV file, --body CODE and --chamber senate|house|unicameral.</source>
        <translation type="unfinished">&quot;districts import&quot; toma un archivo CSV, --body CODE y --chamber senate|house|unicameral.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished">línea %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 postcodes in %2 rows for %3 (%4); %5 rows left out.</source>
        <translation type="unfinished">Se importaron %1 códigos postales en %2 filas para %3 (%4); se omitieron %5 filas.</translation>
    </message>
    <message>
        <source>The ZIP code, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">El código ZIP, como 48126 o 48126-1234.</translation>
    </message>
    <message>
        <source>zip</source>
        <translation type="unfinished">zip</translation>
    </message>
    <message>
        <source>The legislature&apos;s code, such as us-mi.</source>
        <translation type="unfinished">El código de la legislatura, como us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral.</source>
        <translation type="unfinished">senate, house o unicameral.</translation>
    </message>
    <message>
        <source>unknown command &quot;districts %1&quot;; use lookup or import.</source>
        <translation type="unfinished">orden desconocida &quot;districts %1&quot;; use lookup o import.</translation>
    </message>
    <message numerus="yes">
        <source>Would fill %n district(s) from postcodes (dry run: nothing was written).</source>
        <translation type="unfinished">
            <numerusform>Se rellenaría %n distrito a partir de códigos postales (simulación: no se escribió nada).</numerusform>
            <numerusform>Se rellenarían %n distritos a partir de códigos postales (simulación: no se escribió nada).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postcodes.</source>
        <translation type="unfinished">
            <numerusform>Se rellenó %n distrito a partir de códigos postales.</numerusform>
            <numerusform>Se rellenaron %n distritos a partir de códigos postales.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already filled, %2 kept (entered by hand or confirmed), %3 without a postcode, of %4 contacts.</source>
        <translation type="unfinished">%1 ya rellenados, %2 conservados (introducidos a mano o confirmados), %3 sin código postal, de %4 contactos.</translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts; choose with &quot;contacts districts ID --set DISTRICT&quot;:</source>
        <translation type="unfinished">
            <numerusform>%n código postal abarca varios distritos; elija con &quot;contacts districts ID --set DISTRICT&quot;:</numerusform>
            <numerusform>%n códigos postales abarcan varios distritos; elija con &quot;contacts districts ID --set DISTRICT&quot;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows:</source>
        <translation type="unfinished">
            <numerusform>%n código postal que ningún archivo de distritos conoce:</numerusform>
            <numerusform>%n códigos postales que ningún archivo de distritos conoce:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s; check the address:</source>
        <translation type="unfinished">
            <numerusform>%n código ZIP está solo en otro estado que el del contacto; revise la dirección:</numerusform>
            <numerusform>%n códigos ZIP están solo en otro estado que el del contacto; revise la dirección:</numerusform>
        </translation>
    </message>
    <message>
        <source>candidates: %1</source>
        <translation type="unfinished">candidatos: %1</translation>
    </message>
    <message>
        <source>No districts yet; &quot;contacts districts --fill&quot; finds them from postcodes.</source>
        <translation type="unfinished">Aún no hay distritos; &quot;contacts districts --fill&quot; los encuentra a partir de los códigos postales.</translation>
    </message>
    <message>
        <source>Fill districts from postcodes.</source>
        <translation type="unfinished">Rellenar distritos a partir de códigos postales.</translation>
    </message>
    <message>
        <source>List who still has districts to choose.</source>
        <translation type="unfinished">Listar quién aún tiene distritos por elegir.</translation>
    </message>
    <message>
        <source>Only this advocacy day&apos;s attendees.</source>
        <translation type="unfinished">Solo los asistentes de esta jornada de incidencia.</translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished">jornada</translation>
    </message>
    <message>
        <source>Only this legislature, such as us-congress or us-mi.</source>
        <translation type="unfinished">Solo esta legislatura, como us-congress o us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral (default house).</source>
        <translation type="unfinished">senate, house o unicameral (house por omisión).</translation>
    </message>
    <message>
        <source>Report what would be filled; write nothing.</source>
        <translation type="unfinished">Informar de lo que se rellenaría; no escribir nada.</translation>
    </message>
    <message>
        <source>Choose the district, such as MI-12 for the U.S. House.</source>
        <translation type="unfinished">Elegir el distrito, como MI-12 para la Cámara de EE. UU.</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">distrito</translation>
    </message>
    <message>
        <source>The district held is right.</source>
        <translation type="unfinished">El distrito guardado es correcto.</translation>
    </message>
    <message>
        <source>Mark the district to be checked.</source>
        <translation type="unfinished">Marcar el distrito para revisarlo.</translation>
    </message>
    <message>
        <source>Give one of --fill, --ambiguous, --set, --confirm and --check-later.</source>
        <translation type="unfinished">Indique una de --fill, --ambiguous, --set, --confirm y --check-later.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose.</source>
        <translation type="unfinished">
            <numerusform>%n distrito por elegir.</numerusform>
            <numerusform>%n distritos por elegir.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;contacts districts&quot; takes one contact id, or --fill or --ambiguous.</source>
        <translation type="unfinished">&quot;contacts districts&quot; toma un identificador de contacto, o --fill o --ambiguous.</translation>
    </message>
    <message>
        <source>--chamber takes senate, house or unicameral.</source>
        <translation type="unfinished">--chamber toma senate, house o unicameral.</translation>
    </message>
    <message>
        <source>Count what would be added, updated and marked departed, and write nothing.</source>
        <translation type="unfinished">Contar lo que se añadiría, actualizaría y marcaría como salido, sin escribir nada.</translation>
    </message>
    <message>
        <source>Read PATH as a member list (CSV) of this legislature, by its code, such as gb-parliament.</source>
        <translation type="unfinished">Leer PATH como lista de miembros (CSV) de este órgano legislativo, por su código, como gb-parliament.</translation>
    </message>
    <message>
        <source>The legislature&apos;s name, for a new one, such as &quot;UK Parliament&quot;.</source>
        <translation type="unfinished">El nombre del órgano legislativo, si es nuevo, como «UK Parliament».</translation>
    </message>
    <message>
        <source>The legislature&apos;s country, such as GB.</source>
        <translation type="unfinished">El país del órgano legislativo, como GB.</translation>
    </message>
    <message>
        <source>The name of its upper chamber.</source>
        <translation type="unfinished">El nombre de su cámara alta.</translation>
    </message>
    <message>
        <source>The name of its lower chamber, where members go when the list names none.</source>
        <translation type="unfinished">El nombre de su cámara baja, donde van los miembros cuando la lista no nombra ninguna.</translation>
    </message>
    <message>
        <source>The time zone of its capital, such as Europe/London.</source>
        <translation type="unfinished">La zona horaria de su capital, como Europe/London.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs, comma-separated, for the columns a guess misses. Fields: %1.</source>
        <translation type="unfinished">Pares FIELD=COLUMN, separados por comas, para las columnas que la detección no reconoce. Campos: %1.</translation>
    </message>
    <message>
        <source>--body takes a legislature&apos;s code, letters, digits and dashes such as gb-parliament; &quot;%1&quot; is none in this workspace.</source>
        <translation type="unfinished">--body recibe el código de un órgano legislativo, con letras, dígitos y guiones, como gb-parliament; «%1» no es ninguno en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 is a new legislature: give its name with --body-name.</source>
        <translation type="unfinished">%1 es un órgano legislativo nuevo: indique su nombre con --body-name.</translation>
    </message>
    <message>
        <source>--time-zone takes a zone such as Europe/London; &quot;%1&quot; is none.</source>
        <translation type="unfinished">--time-zone recibe una zona como Europe/London; «%1» no lo es.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 members; %4 new, %5 updated, %6 unchanged, %7 no longer in office.</source>
        <translation type="unfinished">%1 (%2): %3 miembros; %4 nuevos, %5 actualizados, %6 sin cambios, %7 que ya no ejercen.</translation>
    </message>
    <message>
        <source>&quot;legislators import&quot; needs one path: legislators-current.csv, an Open States folder or download, or a member list with --body.</source>
        <translation type="unfinished">«legislators import» necesita una ruta: legislators-current.csv, una carpeta o descarga de Open States, o una lista de miembros con --body.</translation>
    </message>
    <message>
        <source>--map reads a member list: say whose with --body.</source>
        <translation type="unfinished">--map lee una lista de miembros: indique de qué órgano con --body.</translation>
    </message>
    <message>
        <source>Where (default: the legislature&apos;s capital, such as Washington, DC).</source>
        <translation type="unfinished">Dónde (por defecto: la capital de la legislatura, como Washington, DC).</translation>
    </message>
    <message>
        <source>Import the members of Congress built into this program instead of a file.</source>
        <translation type="unfinished">Importar los miembros del Congreso incluidos en este programa en lugar de un archivo.</translation>
    </message>
    <message>
        <source>--bundled imports the members of Congress built in: give no path, --body or --map with it.</source>
        <translation type="unfinished">--bundled importa los miembros del Congreso incluidos: no indique ruta, --body ni --map con él.</translation>
    </message>
    <message>
        <source>Say who is calling with --caller NAME: this workspace syncs with no server, so there is no user name to call as.</source>
        <translation type="unfinished">Indica quién llama con --caller NOMBRE: este espacio de trabajo no se sincroniza con ningún servidor, así que no hay nombre de usuario con el que llamar.</translation>
    </message>
    <message>
        <source>--answer takes QUESTION=ANSWER, such as plan=yes (&quot;%1&quot; is not).</source>
        <translation type="unfinished">--answer espera PREGUNTA=RESPUESTA, por ejemplo plan=yes («%1» no lo es).</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; takes one answer, and was given two.</source>
        <translation type="unfinished">La pregunta «%1» admite una respuesta y recibió dos.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">Teléfono: %1</translation>
    </message>
    <message>
        <source>%1 (as typed; check it)</source>
        <translation type="unfinished">%1 (tal como se escribió; compruébalo)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished">Idiomas: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished">Dirección: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s) before in this campaign.</source>
        <translation type="unfinished">
            <numerusform>Ya se intentó %n vez en esta campaña.</numerusform>
            <numerusform>Ya se intentó %n veces en esta campaña.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">Último contacto: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Last contact: never</source>
        <translation type="unfinished">Último contacto: nunca</translation>
    </message>
    <message>
        <source>Still to call: %1, this one included.</source>
        <translation type="unfinished">Quedan por llamar: %1, incluida esta persona.</translation>
    </message>
    <message>
        <source>Record it with: majlis-cli campaigns record %1 %2 --result CODE [--answer QUESTION=ANSWER]</source>
        <translation type="unfinished">Regístralo con: majlis-cli campaigns record %1 %2 --result CODE [--answer PREGUNTA=RESPUESTA]</translation>
    </message>
    <message>
        <source>Nobody is left for %1 to call on %2.</source>
        <translation type="unfinished">No queda nadie a quien %1 deba llamar en %2.</translation>
    </message>
    <message>
        <source>&quot;campaigns record&quot; needs the campaign and the person: campaigns record CAMPAIGN CONTACT --result CODE.</source>
        <translation type="unfinished">«campaigns record» necesita la campaña y la persona: campaigns record CAMPAÑA CONTACTO --result CODE.</translation>
    </message>
    <message>
        <source>--result is one of %1.</source>
        <translation type="unfinished">--result es uno de %1.</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for %2 by %3.</source>
        <translation type="unfinished">«%1» registrado para %2 por %3.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2</source>
        <translation type="unfinished">En la lista: %1; terminados: %2</translation>
    </message>
    <message>
        <source>Attempts: %1; reached: %2 (%3%); pledges: %4; follow-ups: %5; opt-outs: %6</source>
        <translation type="unfinished">Intentos: %1; contactados: %2 (%3 %); compromisos: %4; seguimientos: %5; bajas de contacto: %6</translation>
    </message>
    <message>
        <source>Per volunteer:</source>
        <translation type="unfinished">Por voluntario:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3 (%4%), pledges %5, from %6 to %7</source>
        <translation type="unfinished">  %1: intentos %2, contactados %3 (%4 %), compromisos %5, de %6 a %7</translation>
    </message>
    <message>
        <source>    check: %1</source>
        <translation type="unfinished">    revisar: %1</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished">Respuestas:</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation type="unfinished">Por día:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3, pledges %4</source>
        <translation type="unfinished">  %1: intentos %2, contactados %3, compromisos %4</translation>
    </message>
    <message>
        <source>--caller names the volunteer whose results to withdraw.</source>
        <translation type="unfinished">--caller indica el voluntario cuyos resultados se retiran.</translation>
    </message>
    <message>
        <source>--%1 takes a time such as 2026-11-01T14:00 (this computer&apos;s time, or end it with Z for UTC) or a day such as 2026-11-01.</source>
        <translation type="unfinished">--%1 espera una hora como 2026-11-01T14:00 (hora de este ordenador, o terminada en Z para UTC) o un día como 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must come before --to.</source>
        <translation type="unfinished">--from debe ir antes que --to.</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %n result(s) by %1 from %2; those people can be called again.</source>
        <translation type="unfinished">
            <numerusform>Se retiró %n resultado de %1 en %2; esas personas pueden volver a ser llamadas.</numerusform>
            <numerusform>Se retiraron %n resultados de %1 en %2; esas personas pueden volver a ser llamadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is calling (default: the user this workspace syncs as).</source>
        <translation type="unfinished">Quién llama (por defecto: el usuario con el que se sincroniza este espacio de trabajo).</translation>
    </message>
    <message>
        <source>Pass over this person for now; repeatable.</source>
        <translation type="unfinished">Saltar a esta persona por ahora; se puede repetir.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished">contacto</translation>
    </message>
    <message>
        <source>What came of it: %1.</source>
        <translation type="unfinished">Qué resultó: %1.</translation>
    </message>
    <message>
        <source>QUESTION=ANSWER from the script; repeatable. Several answers to a multiple-choice question: QUESTION=A,B.</source>
        <translation type="unfinished">PREGUNTA=RESPUESTA del guion; se puede repetir. Varias respuestas a una pregunta de opción múltiple: PREGUNTA=A,B.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished">respuesta</translation>
    </message>
    <message>
        <source>refused or hostile: the person is never contacted again.</source>
        <translation type="unfinished">refused o hostile: la persona no vuelve a ser contactada nunca.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished">motivo</translation>
    </message>
    <message>
        <source>The number dialled, when not the card&apos;s (marked bad by wrong_number or disconnected).</source>
        <translation type="unfinished">El número marcado, si no es el de la ficha (wrong_number o disconnected lo marcan como erróneo).</translation>
    </message>
    <message>
        <source>The volunteer whose results to withdraw.</source>
        <translation type="unfinished">El voluntario cuyos resultados se retiran.</translation>
    </message>
    <message>
        <source>Only results recorded from this time on.</source>
        <translation type="unfinished">Solo los resultados registrados desde esta hora.</translation>
    </message>
    <message>
        <source>Only results recorded up to this time.</source>
        <translation type="unfinished">Solo los resultados registrados hasta esta hora.</translation>
    </message>
    <message>
        <source>Election day, such as 2026-11-03.</source>
        <translation type="unfinished">Día de la elección, por ejemplo 2026-11-03.</translation>
    </message>
    <message>
        <source>Where it is held, such as Michigan or Dearborn.</source>
        <translation type="unfinished">Dónde se celebra, por ejemplo Michigan o Dearborn.</translation>
    </message>
    <message>
        <source>The chapter mobilizing for it.</source>
        <translation type="unfinished">El capítulo que moviliza para ella.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns elections %1&quot;; use add or list.</source>
        <translation type="unfinished">comando desconocido «campaigns elections %1»; usa add o list.</translation>
    </message>
    <message>
        <source>--date takes the election day, such as 2026-11-03.</source>
        <translation type="unfinished">--date espera el día de la elección, por ejemplo 2026-11-03.</translation>
    </message>
    <message>
        <source>Added the election %1 on %2 (%3).</source>
        <translation type="unfinished">Se añadió la elección %1 del %2 (%3).</translation>
    </message>
    <message>
        <source>No elections yet. Add one with &quot;majlis-cli campaigns elections add NAME --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">Aún no hay elecciones. Añade una con «majlis-cli campaigns elections add NOMBRE --date AAAA-MM-DD».</translation>
    </message>
    <message>
        <source>phone (a phone bank), door (door knocking) or gotv (get out the vote).</source>
        <translation type="unfinished">phone (banco telefónico), door (puerta a puerta) o gotv (movilización del voto).</translation>
    </message>
    <message>
        <source>The script: a YAML or JSON file with the introduction and questions.</source>
        <translation type="unfinished">El guion: un archivo YAML o JSON con la introducción y las preguntas.</translation>
    </message>
    <message>
        <source>The election it is for, by name or id.</source>
        <translation type="unfinished">La elección para la que es, por nombre o id.</translation>
    </message>
    <message>
        <source>election</source>
        <translation type="unfinished">elección</translation>
    </message>
    <message>
        <source>The chapter running it (default: the whole organization).</source>
        <translation type="unfinished">El capítulo que la lleva (por defecto: toda la organización).</translation>
    </message>
    <message>
        <source>First day, such as 2026-10-01.</source>
        <translation type="unfinished">Primer día, por ejemplo 2026-10-01.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished">Último día.</translation>
    </message>
    <message>
        <source>Give the campaign a name: &quot;campaigns create NAME --kind phone --script FILE&quot;.</source>
        <translation type="unfinished">Da un nombre a la campaña: «campaigns create NOMBRE --kind phone --script ARCHIVO».</translation>
    </message>
    <message>
        <source>--kind is one of phone, door, gotv.</source>
        <translation type="unfinished">--kind es uno de phone, door, gotv.</translation>
    </message>
    <message>
        <source>--script names the script file (YAML or JSON).</source>
        <translation type="unfinished">--script indica el archivo del guion (YAML o JSON).</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-10-01.</source>
        <translation type="unfinished">--%1 espera una fecha como 2026-10-01.</translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation type="unfinished">No se puede leer el guion %1: %2</translation>
    </message>
    <message>
        <source>The script %1: %2</source>
        <translation type="unfinished">El guion %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 (%2). Kind: %3; %n question(s) in its script.</source>
        <translation type="unfinished">
            <numerusform>Se creó %1 (%2). Tipo: %3; %n pregunta en su guion.</numerusform>
            <numerusform>Se creó %1 (%2). Tipo: %3; %n preguntas en su guion.</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished">cerrada</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">abierta</translation>
    </message>
    <message>
        <source>No campaigns yet. Create one with &quot;majlis-cli campaigns create NAME --kind phone --script FILE.yaml&quot;.</source>
        <translation type="unfinished">Aún no hay campañas. Crea una con «majlis-cli campaigns create NOMBRE --kind phone --script ARCHIVO.yaml».</translation>
    </message>
    <message>
        <source>Election: %1 on %2</source>
        <translation type="unfinished">Elección: %1 el %2</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation type="unfinished">Fechas: del %1 al %2</translation>
    </message>
    <message>
        <source>Closed: it takes no more results.</source>
        <translation type="unfinished">Cerrada: ya no admite resultados.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2; attempts: %3; reached: %4</source>
        <translation type="unfinished">En la lista: %1; terminados: %2; intentos: %3; contactados: %4</translation>
    </message>
    <message>
        <source>  still to call for %1: %2</source>
        <translation type="unfinished">  quedan por llamar para %1: %2</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished">(nadie todavía)</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation type="unfinished">Guion:</translation>
    </message>
    <message>
        <source>People with this tag; repeat for any of several.</source>
        <translation type="unfinished">Personas con esta etiqueta; repite para cualquiera de varias.</translation>
    </message>
    <message>
        <source>People of this chapter.</source>
        <translation type="unfinished">Personas de este capítulo.</translation>
    </message>
    <message>
        <source>People who speak this language, such as ar.</source>
        <translation type="unfinished">Personas que hablan este idioma, por ejemplo ar.</translation>
    </message>
    <message>
        <source>People in this U.S. state, two letters.</source>
        <translation type="unfinished">Personas en este estado de EE. UU., dos letras.</translation>
    </message>
    <message>
        <source>With --district: the legislature, such as us-mi.</source>
        <translation type="unfinished">Con --district: la legislatura, por ejemplo us-mi.</translation>
    </message>
    <message>
        <source>People in this district of --body.</source>
        <translation type="unfinished">Personas en este distrito de --body.</translation>
    </message>
    <message>
        <source>People who checked in at this event.</source>
        <translation type="unfinished">Personas que se registraron a la entrada de este evento.</translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished">evento</translation>
    </message>
    <message>
        <source>People with this voter-registration status at any drive: %1.</source>
        <translation type="unfinished">Personas con este estado de inscripción electoral en cualquier jornada: %1.</translation>
    </message>
    <message>
        <source>With --question and --answer: people who gave that answer in this campaign.</source>
        <translation type="unfinished">Con --question y --answer: personas que dieron esa respuesta en esta campaña.</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished">campaña</translation>
    </message>
    <message>
        <source>The question&apos;s key.</source>
        <translation type="unfinished">La clave de la pregunta.</translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished">clave</translation>
    </message>
    <message>
        <source>The answer&apos;s key.</source>
        <translation type="unfinished">La clave de la respuesta.</translation>
    </message>
    <message>
        <source>With --pledged or --not-voted: the election.</source>
        <translation type="unfinished">Con --pledged o --not-voted: la elección.</translation>
    </message>
    <message>
        <source>People who pledged to vote in --election.</source>
        <translation type="unfinished">Personas que se comprometieron a votar en --election.</translation>
    </message>
    <message>
        <source>People not yet marked as voted in --election.</source>
        <translation type="unfinished">Personas aún no marcadas como que votaron en --election.</translation>
    </message>
    <message>
        <source>Say how many would be added, and add nobody.</source>
        <translation type="unfinished">Decir cuántas se añadirían, sin añadir a nadie.</translation>
    </message>
    <message>
        <source>--state takes two letters, such as MI.</source>
        <translation type="unfinished">--state espera dos letras, por ejemplo MI.</translation>
    </message>
    <message>
        <source>--body and --district go together: the district of which legislature.</source>
        <translation type="unfinished">--body y --district van juntos: el distrito de qué legislatura.</translation>
    </message>
    <message>
        <source>--voter-status is one of %1.</source>
        <translation type="unfinished">--voter-status es uno de %1.</translation>
    </message>
    <message>
        <source>--answered, --question and --answer go together: who gave which answer where.</source>
        <translation type="unfinished">--answered, --question y --answer van juntos: quién dio qué respuesta y dónde.</translation>
    </message>
    <message>
        <source>--election goes with --pledged or --not-voted.</source>
        <translation type="unfinished">--election va con --pledged o --not-voted.</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n person(s) to the list of %1; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform>Añadiría %n persona a la lista de %1; no se cambió nada.</numerusform>
            <numerusform>Añadiría %n personas a la lista de %1; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the list of %1.</source>
        <translation type="unfinished">
            <numerusform>Se añadió %n persona a la lista de %1.</numerusform>
            <numerusform>Se añadieron %n personas a la lista de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">hecho</translation>
    </message>
    <message>
        <source>Nobody is on the list yet. Add people with &quot;majlis-cli campaigns build %1 --tag TAG&quot;.</source>
        <translation type="unfinished">Aún no hay nadie en la lista. Añade personas con «majlis-cli campaigns build %1 --tag ETIQUETA».</translation>
    </message>
    <message>
        <source>Split the list with --to a,b,c (by count) or --by-language NAME=LANG,LANG (repeat per volunteer), not both.</source>
        <translation type="unfinished">Reparte la lista con --to a,b,c (por cantidad) o --by-language NOMBRE=IDIOMA,IDIOMA (repetido por voluntario), no ambos.</translation>
    </message>
    <message>
        <source>--by-language takes NAME=LANG,LANG, such as amina=ar,en.</source>
        <translation type="unfinished">--by-language espera NOMBRE=IDIOMA,IDIOMA, por ejemplo amina=ar,en.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n person(s) on the list of %1.</source>
        <translation type="unfinished">
            <numerusform>Se asignó %n persona de la lista de %1.</numerusform>
            <numerusform>Se asignaron %n personas de la lista de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n to call</source>
        <translation type="unfinished">
            <numerusform>  %1: %n por llamar</numerusform>
            <numerusform>  %1: %n por llamar</numerusform>
        </translation>
    </message>
    <message>
        <source>--out names the CSV file to write.</source>
        <translation type="unfinished">--out indica el archivo CSV que se escribirá.</translation>
    </message>
    <message>
        <source>--volunteer goes with --list: one volunteer&apos;s share of the list.</source>
        <translation type="unfinished">--volunteer va con --list: la parte de la lista de un voluntario.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to call or visit to %1.</source>
        <translation type="unfinished">
            <numerusform>Se escribió %n persona a quien llamar o visitar en %1.</numerusform>
            <numerusform>Se escribieron %n personas a quienes llamar o visitar en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n result(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>Se escribió %n resultado en %1.</numerusform>
            <numerusform>Se escribieron %n resultados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the campaign, by the id &quot;campaigns list&quot; shows or by its name.</source>
        <translation type="unfinished">Indica la campaña por el id que muestra «campaigns list» o por su nombre.</translation>
    </message>
    <message>
        <source>Volunteers to split the list among by count, such as amina,bilal.</source>
        <translation type="unfinished">Voluntarios entre quienes repartir la lista por cantidad, por ejemplo amina,bilal.</translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished">nombres</translation>
    </message>
    <message>
        <source>A volunteer and the languages they call in, such as amina=ar,en; repeat per volunteer.</source>
        <translation type="unfinished">Un voluntario y los idiomas en que llama, por ejemplo amina=ar,en; repite por voluntario.</translation>
    </message>
    <message>
        <source>name=languages</source>
        <translation type="unfinished">nombre=idiomas</translation>
    </message>
    <message>
        <source>Take back only this volunteer&apos;s share.</source>
        <translation type="unfinished">Retirar solo la parte de este voluntario.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished">El archivo CSV que se escribirá.</translation>
    </message>
    <message>
        <source>Write the list to call or walk instead of the results.</source>
        <translation type="unfinished">Escribir la lista para llamar o recorrer en lugar de los resultados.</translation>
    </message>
    <message>
        <source>With --list: only this volunteer&apos;s share.</source>
        <translation type="unfinished">Con --list: solo la parte de este voluntario.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns %1&quot;; use elections, create, list, show, build, entries, assign, release, next, record, progress, rollback, close or export.</source>
        <translation type="unfinished">comando desconocido «campaigns %1»; usa elections, create, list, show, build, entries, assign, release, next, record, progress, rollback, close o export.</translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from every volunteer.</source>
        <translation type="unfinished">
            <numerusform>Se retiró %n persona a todos los voluntarios.</numerusform>
            <numerusform>Se retiraron %n personas a todos los voluntarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from %1.</source>
        <translation type="unfinished">
            <numerusform>Se retiró %n persona a %1.</numerusform>
            <numerusform>Se retiraron %n personas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1: it takes no more results, and its assignments have ended.</source>
        <translation type="unfinished">%1 cerrada: ya no admite resultados y sus asignaciones terminaron.</translation>
    </message>
    <message>
        <source>(district unknown)</source>
        <translation type="unfinished">(distrito desconocido)</translation>
    </message>
    <message>
        <source>Pledged: %1; of them voted: %2; everyone marked voted: %3</source>
        <translation type="unfinished">Comprometidos: %1; de ellos votaron: %2; marcados como que votaron en total: %3</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 pledged have voted</source>
        <translation type="unfinished">  %1: %2 de %3 comprometidos han votado</translation>
    </message>
    <message>
        <source>Everyone who pledged to vote in %1 has voted (or nobody pledged yet).</source>
        <translation type="unfinished">Todos los que se comprometieron a votar en %1 han votado (o aún nadie se comprometió).</translation>
    </message>
    <message>
        <source>Name the people who voted, by contact id: gotv voted ELECTION ID...</source>
        <translation type="unfinished">Indica las personas que votaron por id de contacto: gotv voted ELECCIÓN ID...</translation>
    </message>
    <message numerus="yes">
        <source>Took back the vote of %n person(s) in %1.</source>
        <translation type="unfinished">
            <numerusform>Se retiró el voto de %n persona en %1.</numerusform>
            <numerusform>Se retiró el voto de %n personas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n person(s) as having voted in %1.</source>
        <translation type="unfinished">
            <numerusform>Se marcó %n persona como que votó en %1.</numerusform>
            <numerusform>Se marcaron %n personas como que votaron en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the mark back: they have not voted after all.</source>
        <translation type="unfinished">Retirar la marca: al final no votaron.</translation>
    </message>
    <message>
        <source>unknown command &quot;gotv %1&quot;; use summary, chase or voted.</source>
        <translation type="unfinished">comando desconocido «gotv %1»; usa summary, chase o voted.</translation>
    </message>
    <message>
        <source>Name the election, by the id &quot;campaigns elections list&quot; shows or by its name.</source>
        <translation type="unfinished">Indica la elección por el id que muestra «campaigns elections list» o por su nombre.</translation>
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
