"""holdout16 chat templates, part A (Latin-script European languages).

{P} phone, {E} e-mail, {C} card, {X} expiry, {K} key, {KP} the key's provider, {N} a first name, {CITY} a city.
Keys are lists of templates; "phone+email" etc. hold two-value turns.
"""

CHAT_A = {
    "en": {
        "phone": [
            "can you add my number to the bottom of this cover letter? it's {P}",
            "My landlord wants a short text confirming Thursday. Sign it off with my cell {P} please",
            "is {P} the right way to write a phone number on a CV or should I drop the spaces?",
            "pls reformat for a business card: {N} / Project Lead / {P}",
            "write a polite voicemail script, callback number is {P}",
            "the courier keeps calling {P} but that's my old number, help me word an email to change it",
            "Quick one: turn this into E.164 -> {P}",
            "hey so the school needs an emergency contact, put down {P} (that's my sister's mobile)",
            "Draft a WhatsApp message to the plumber asking him to call me back on {P} after 5",
            "what country is {P} from? got a missed call",
        ],
        "email": [
            "can you write a short bio for the conference site and put {E} at the end as contact",
            "fix the grammar: Please reach out to me at {E} if you have any question's",
            "I keep getting 'invalid address' when I type {E} into the form, is something wrong with it?",
            "Make a polite out-of-office reply. For urgent stuff they should email {E}",
            "my recruiter asked for my email again, just write 'Sure, it's {E}' but make it sound less rude lol",
            "help me unsubscribe from everything tied to {E}, what do I write to them?",
            "Use {E} as the reply-to in the template below and shorten the intro",
        ],
        "card": [
            "my card {C} got declined at checkout twice, write a short complaint to the bank",
            "is this card number even valid? {C} exp {X}",
            "fill the hotel booking form for me: name on card {N}, number {C}, expiry {X}",
            "I was charged twice on {C} for the same order. Can you write a dispute message?",
            "what network is {C}? visa or mastercard? the logo rubbed off",
            "Lost my wallet. Card ending... actually here's the full number {C}, what do I tell the bank when I call?",
        ],
        "key": [
            "why am I getting 401 from {KP}? my key is {K}",
            "here's my {KP} API key {K} - can you plug it into the script and make it read from an env var instead?",
            "I accidentally pushed {K} to a public repo. It's my {KP} token. What do I do right now??",
            "is {K} a valid format for a {KP} key? the dashboard shows something different",
            "my {KP} key stopped working overnight: {K}. rate limit or revoked?",
            "test this for me with my {KP} token {K}, I just need to know if the endpoint answers",
        ],
        "phone+email": [
            "Put this in my email signature, nothing fancy: {N}, mobile {P}, {E}",
            "Update my contact details on the form: phone {P}, email {E}. Also fix the capitalisation",
            "can you write a short reply saying they can reach me at {E} or call {P} during business hours",
        ],
        "card+email": [
            "the receipt for {C} should go to {E}, can you word the request to the shop?",
        ],
        "key+email": [
            "my {KP} account is {E} and the key {K} says unauthorized. what am I doing wrong?",
        ],
        "phone+card": [
            "write to the bank: my card {C} was blocked, please call me on {P} to verify",
        ],
    },
    "de": {
        "phone": [
            "Kannst du mir eine kurze Abwesenheitsnotiz schreiben? In dringenden Fällen bin ich unter {P} erreichbar.",
            "bitte schreib die Nummer {P} in die Signatur unter den Brief an die Hausverwaltung",
            "Ist {P} so richtig formatiert für Visitenkarten oder eher ohne Klammern?",
            "Formuliere eine SMS an den Handwerker: er soll mich bitte unter {P} zurückrufen, ab 17 Uhr",
            "Mein Handy ist {P}, trag das bitte als Notfallkontakt in das Formular für die Kita ein",
            "wer ruft mich da dauernd an? {P} – kannst du das irgendwie einordnen",
            "Schreib eine Kündigung für den Fitnessvertrag, Rückfragen bitte an {P}",
        ],
        "email": [
            "Schreib bitte eine Bewerbung als Werkstudent, Kontakt: {E}",
            "Kannst du die Mail kürzen und am Ende meine Adresse {E} für Rückfragen angeben?",
            "Warum sagt das Formular, dass {E} ungültig ist?",
            "Meine neue Mailadresse ist {E} – formulier mal eine Rundmail an die Vereinsmitglieder",
            "bitte auf Englisch übersetzen: Bei Fragen erreichen Sie mich unter {E}.",
        ],
        "card": [
            "Meine Kreditkarte {C} wurde zweimal belastet. Schreib bitte eine Reklamation an die Bank",
            "Ist die Kartennummer {C} überhaupt gültig? Gültig bis {X}",
            "Füll das Buchungsformular aus: Karte {C}, Ablaufdatum {X}",
            "Meine Karte {C} wurde im Urlaub gesperrt, was schreibe ich dem Kundenservice?",
        ],
        "key": [
            "Warum bekomme ich 401 von {KP}? Mein Key ist {K}",
            "Hier mein {KP}-Token {K} – bau das bitte so ein, dass es aus einer Umgebungsvariable gelesen wird",
            "Ich hab aus Versehen meinen {KP} API-Key {K} auf GitHub gepusht, was muss ich jetzt tun?",
            "funktioniert der {KP} Schlüssel {K} noch? bekomme nur Fehlermeldungen",
        ],
        "phone+email": [
            "Mach mir eine schlichte Signatur: {N}, Tel. {P}, Mail {E}",
            "Bitte im Anschreiben die Kontaktdaten ergänzen: {P} und {E}",
        ],
        "card+email": [
            "Die Rechnung für die Zahlung mit {C} soll an {E} gehen, formulier das bitte für den Shop",
        ],
        "phone+card": [
            "Schreib an die Bank: Karte {C} gesperrt, bitte Rückruf unter {P}",
        ],
    },
    "fr": {
        "phone": [
            "Tu peux rédiger un petit mot pour le syndic ? Mon numéro c'est le {P}",
            "mets mon portable {P} en bas de la lettre de motivation stp",
            "Écris un SMS au plombier pour qu'il me rappelle au {P} après 18h",
            "C'est quoi l'indicatif de {P} ? J'ai eu un appel en absence",
            "Réponse automatique d'absence : en cas d'urgence, joindre le {P}",
            "est-ce que {P} est bien écrit pour un CV ou je mets des points ?",
        ],
        "email": [
            "Corrige les fautes : Vous pouvez me contacté à l'adresse {E} pour toute question",
            "Rédige un mail de relance au propriétaire, ma nouvelle adresse c'est {E}",
            "Le formulaire refuse {E}, tu vois pourquoi ?",
            "Traduis en anglais : Pour toute demande, écrivez-moi à {E}. Merci !",
        ],
        "card": [
            "Ma carte {C} a été débitée deux fois, tu peux écrire une réclamation à la banque ?",
            "Ce numéro de carte est valide ? {C} exp {X}",
            "Remplis la réservation : carte {C}, date d'expiration {X}",
            "J'ai fait opposition sur la carte {C}, quoi dire au conseiller ?",
        ],
        "key": [
            "Pourquoi {KP} me renvoie 401 ? Ma clé c'est {K}",
            "Voilà ma clé API {KP} : {K}. Tu peux l'intégrer au script mais via une variable d'environnement ?",
            "J'ai commité ma clé {KP} {K} par erreur dans un repo public, je fais quoi ?",
        ],
        "phone+email": [
            "Fais-moi une signature simple : {N} – {P} – {E}",
            "Ajoute mes coordonnées à la fin du courrier : tél. {P}, mail {E}",
        ],
        "key+email": [
            "Le compte {KP} c'est {E}, et la clé {K} ne marche plus depuis hier",
        ],
    },
    "es": {
        "phone": [
            "¿Me ayudas a escribir un mensaje para el casero? Que me llame al {P}",
            "pon mi número {P} al final del CV porfa",
            "Redacta un WhatsApp para el fontanero, que me devuelva la llamada al {P} por la tarde",
            "¿De dónde es el número {P}? Me han llamado tres veces",
            "Mi celular es {P}, agrégalo como contacto de emergencia en el formulario del colegio",
            "ayúdame con la respuesta automática: para urgencias, llamar al {P}",
            "¿Está bien escrito así {P} o le quito los espacios?",
        ],
        "email": [
            "Corrige esto: Pueden escribirme a {E} para cualquier duda.",
            "Escríbeme un correo formal para pedir cita, mi correo es {E}",
            "El formulario dice que {E} no es válido, ¿qué tiene de malo?",
            "Traduce al inglés: Mi correo nuevo es {E}, por favor actualicen sus datos",
        ],
        "card": [
            "Me cobraron dos veces en la tarjeta {C}, redacta una reclamación para el banco",
            "¿Es válido este número de tarjeta? {C} vence {X}",
            "rellena la reserva del hotel: tarjeta {C}, caducidad {X}",
            "Mi tarjeta {C} fue rechazada en la tienda online, ¿qué le digo al banco?",
        ],
        "key": [
            "¿Por qué {KP} me da 401? Mi clave es {K}",
            "Esta es mi API key de {KP}: {K}. ¿La puedes meter en el script leyendo de una variable de entorno?",
            "Subí sin querer mi token de {KP} {K} a un repo público, ¿qué hago?",
        ],
        "phone+email": [
            "Hazme una firma sencilla: {N}, tel. {P}, correo {E}",
            "Actualiza mis datos de contacto en el formulario: teléfono {P} y correo {E}",
        ],
        "phone+card": [
            "Escribe al banco: mi tarjeta {C} está bloqueada, que me llamen al {P}",
        ],
    },
    "pt": {
        "phone": [
            "Pode escrever uma mensagem pro síndico? Meu número é {P}",
            "coloca meu celular {P} no final do currículo por favor",
            "Me ajuda a mandar um zap pro encanador pedindo pra ele me ligar no {P}",
            "De onde é esse número {P}? Ligaram várias vezes",
            "O meu telemóvel é {P}, põe isso no formulário da escola como contacto de emergência",
            "tá certo escrever {P} assim ou tiro os traços?",
        ],
        "email": [
            "Corrige pra mim: Qualquer duvida me chama no email {E}",
            "Escreve um email formal pedindo reembolso, meu email é {E}",
            "O site diz que {E} é inválido, por quê?",
            "Traduz pro inglês: Meu novo e-mail é {E}, por favor atualizem o cadastro",
        ],
        "card": [
            "Cobraram duas vezes no meu cartão {C}, escreve uma reclamação pro banco",
            "Esse número de cartão é válido? {C} validade {X}",
            "Preenche a reserva: cartão {C}, validade {X}",
            "meu cartão {C} foi recusado na compra online, o que eu falo pro banco?",
        ],
        "key": [
            "Por que a {KP} retorna 401? Minha chave é {K}",
            "Segue minha API key da {KP}: {K}. Coloca no script lendo de variável de ambiente?",
            "Subi sem querer meu token da {KP} {K} num repositório público, e agora?",
        ],
        "phone+email": [
            "Faz uma assinatura simples: {N} | {P} | {E}",
            "Atualiza meus contatos no formulário: celular {P}, e-mail {E}",
        ],
    },
    "it": {
        "phone": [
            "Mi scrivi un messaggio per l'amministratore di condominio? Il mio numero è {P}",
            "metti il mio cellulare {P} in fondo al curriculum per favore",
            "Scrivi un SMS all'idraulico, che mi richiami al {P} dopo le 18",
            "Di dove è il numero {P}? Mi hanno chiamato tre volte",
            "risposta automatica: per urgenze chiamare il {P}",
        ],
        "email": [
            "Correggi: Per qualsiasi informazione potete scrivermi a {E}",
            "Scrivi una mail formale per chiedere un appuntamento, la mia mail è {E}",
            "Il modulo dice che {E} non è valido, perché?",
        ],
        "card": [
            "Mi hanno addebitato due volte sulla carta {C}, scrivi un reclamo alla banca",
            "Questo numero di carta è valido? {C} scadenza {X}",
            "Compila la prenotazione: carta {C}, scadenza {X}",
        ],
        "key": [
            "Perché {KP} mi dà 401? La mia chiave è {K}",
            "Ecco la mia API key di {KP}: {K}. La metti nello script ma letta da variabile d'ambiente?",
            "Ho pushato per sbaglio il token {KP} {K} su un repo pubblico, che faccio?",
        ],
        "phone+email": [
            "Firma semplice per favore: {N} – cell. {P} – {E}",
        ],
    },
}
