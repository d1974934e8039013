# -*- coding: utf-8 -*-
"""holdout17 chat templates, part A (Latin-script European languages).

{v} = the value. 'ME|' marks a template in which the writer gives their own e-mail address.
{prov} = a service name (used by api_key templates; the generator fills a name that fits the key).
"""

CHAT_A = {
    "en": {
        "email": [
            "ME|can you write a short cover letter for the junior analyst role? put my contact as {v} at the bottom",
            "what's the best way to reply to a recruiter? her address is {v} and she wants my availability for next week",
            "ME|Please update my signature block - new email is {v}, old one is dead",
            "draft a polite follow up to {v}, we sent the invoice 3 weeks ago and heard nothing",
            "ME|im locked out of my account and support keeps asking for the email on file. its {v}. what should i say to them",
            "Could you turn this into a formal email to our landlord ({v})? The boiler has been broken since Friday.",
            "my daughter's teacher gave us {v} for absence notes, can you write one saying she has a fever today",
            "ME|Format this for my CV header: Software Engineer | London | {v}",
            "forward-looking question: if I cc {v} on the complaint will that escalate it faster?",
            "translate to spanish and keep the email the same: 'Please send the signed contract to {v} before Monday.'",
        ],
        "phone": [
            "can you make this sound more professional: 'call me back on {v} whenever'",
            "my landlord's number is {v}, write a text asking if I can pay rent on the 5th instead",
            "Is {v} a mobile or a landline? got a missed call from it twice",
            "write a voicemail greeting that says to reach me on {v} for urgent stuff",
            "I keep getting spam calls from {v} - how do I report it?",
            "M|add this to the flyer: Call or WhatsApp {v} (evenings only)",
            "ok so the plumber is on {v}, remind me in the list below to call him tuesday",
            "For the reservation: party of 6, Saturday 7pm, contact number {v}",
            "help me write a lost dog poster. black lab, answers to Bruno, call {v}",
            "my mum's new number is {v}, can you put it into the contact table format I sent earlier",
            "R=US,CA,GB,AU,IE|the office line is {v} ext. 214 - write a voicemail script asking them to call back about the invoice",
        ],
        "card": [
            "why would my card {v} get declined online but work in stores?",
            "I want to dispute a charge on {v} from a merchant I've never heard of. draft the letter for me",
            "is this a visa or mastercard? {v}",
            "my bank sent me a new card, {v}, how do I update it on all my subscriptions quickly",
            "Checkout keeps saying invalid card number for {v} but I typed it right?",
            "someone used my card {v} in another country, what do I do first",
        ],
        "api_key": [
            "I keep getting 401 Unauthorized with this key: {v} - did I paste it wrong?",
            "here's my {prov} API key {v}, can you write a python script that lists my projects",
            "is this {prov} key still valid? {v} I rotated it last week but not sure",
            "why does my {prov} token {v} not work in the Authorization header",
            "set this up in my .zshrc for me, key is {v} ({prov})",
            "quick q - I accidentally pushed {v} to a public repo. how bad is it and how do I revoke it?",
        ],
    },
    "de": {
        "email": [
            "ME|Kannst du mir eine Bewerbung als Werkstudent schreiben? Meine Mail ist {v}",
            "Schreib bitte eine freundliche Erinnerung an {v}, die Rechnung ist seit drei Wochen offen",
            "ME|meine neue E-Mail-Adresse lautet {v} – bitte in die Signatur übernehmen",
            "Formuliere eine Kündigung fürs Fitnessstudio, Rückfragen an {v}",
            "wie schreibe ich dem Vermieter ({v}) am besten, dass die Heizung wieder ausgefallen ist?",
            "ich soll die Unterlagen an {v} schicken, klingt mein Anschreiben so okay?",
        ],
        "phone": [
            "M|Mein Handy ist {v}, kannst du das in die Visitenkarte einbauen?",
            "M|Der Handwerker hat {v} hinterlassen, schreib mir bitte eine kurze SMS, dass Donnerstag passt",
            "ist {v} eine Festnetznummer oder Handy? Ruft ständig an",
            "Bitte bei Rückfragen unter {v} melden – klingt das zu steif für eine Einladung?",
            "tel. erreichbar unter {v}, ab 18 Uhr – pack das bitte in die Kleinanzeige",
            "Kannst du die Nummer {v} in die Kontaktliste unten einfügen, Name: Hausmeister",
        ],
        "card": [
            "Meine Kreditkarte {v} wurde gesperrt, was schreibe ich der Bank?",
            "Warum wird die Karte {v} bei Amazon abgelehnt?",
            "Ich habe eine Abbuchung auf {v}, die ich nicht kenne. Hilf mir beim Widerspruch",
            "Kartennummer {v} – ist das eine Visa oder Mastercard?",
        ],
        "api_key": [
            "Mein {prov} API-Key {v} gibt immer 403 zurück, woran liegt das?",
            "Hier mein Token: {v} – bau mir bitte ein curl-Beispiel für {prov}",
            "Ich hab aus Versehen {v} auf GitHub gepusht, wie widerrufe ich das?",
            "Wie setze ich den Schlüssel {v} als Umgebungsvariable in Windows? ({prov})",
        ],
    },
    "fr": {
        "email": [
            "ME|tu peux me rédiger une lettre de motivation pour un stage ? mon mail c'est {v}",
            "Écris un mail de relance à {v}, toujours pas de réponse pour le devis",
            "ME|Mets à jour ma signature, ma nouvelle adresse est {v}",
            "comment je réponds poliment à {v} qui me demande mes disponibilités ?",
            "Le syndic m'a donné {v} pour les réclamations, tu peux m'aider à écrire la mienne ?",
        ],
        "phone": [
            "Mon numéro c'est le {v}, tu peux l'ajouter en bas du CV ?",
            "M|le plombier m'a laissé son numéro, {v}, écris-lui un SMS pour confirmer mardi",
            "Je reçois des appels du {v} tous les jours, c'est du démarchage ?",
            "Rédige une annonce Leboncoin pour mon vélo, contact au {v} de préférence par SMS",
            "pour la résa : 4 personnes samedi soir, tél {v}",
        ],
        "card": [
            "ma carte {v} est refusée sur le site de la SNCF, pourquoi ?",
            "J'ai un prélèvement inconnu sur ma carte bleue {v}, aide-moi à écrire à la banque",
            "C'est quoi comme carte {v} ? Visa ou Mastercard ?",
            "opposition faite sur la carte {v}, est-ce que je dois aussi porter plainte ?",
        ],
        "api_key": [
            "Ma clé API {prov} {v} renvoie une erreur 401, tu vois pourquoi ?",
            "voilà mon token {v}, fais-moi un script python pour {prov}",
            "j'ai commit ma clé {v} par erreur, comment je la révoque ?",
        ],
    },
    "es": {
        "email": [
            "ME|me ayudas con una carta de presentación? mi correo es {v}",
            "Escríbele a {v} que ya hicimos la transferencia y que nos mande la factura",
            "ME|cambia mi firma, ahora mi email es {v}",
            "¿Cómo le contesto a {v}? Me pide que confirme la entrevista del jueves",
            "necesito un correo formal para {v} pidiendo la devolución del depósito",
            "La profe nos dio {v} para justificar faltas, escribe uno porque el niño tiene fiebre",
        ],
        "phone": [
            "M|R=MX,CO,AR,CL,PE,US|mi cel es {v}, ponlo en el currículum por favor",
            "Me llaman todos los días del {v}, ¿es spam?",
            "M|escríbele un whatsapp al casero ({v}) diciendo que le pago el lunes",
            "Anuncio para vender el sofá: interesados llamar al {v}",
            "Reserva para 8 el sábado, a nombre de la empresa, teléfono de contacto {v}",
            "pásame este número a formato internacional: {v}",
        ],
        "card": [
            "¿Por qué me rechazan la tarjeta {v} en Mercado Libre?",
            "Tengo un cargo que no reconozco en la tarjeta {v}, ayúdame a reclamar",
            "la tarjeta terminada en... bueno, es la {v}, ¿es débito o crédito?",
            "Me clonaron la tarjeta {v}, ¿qué hago primero?",
        ],
        "api_key": [
            "mi API key de {prov} es {v} y me da error 401, ¿qué estoy haciendo mal?",
            "Te paso el token {v}, hazme un ejemplo con requests para {prov}",
            "Subí sin querer la clave {v} a GitHub, ¿cómo la revoco?",
        ],
    },
    "pt": {
        "email": [
            "ME|me ajuda a escrever um e-mail de apresentação? meu e-mail é {v}",
            "Manda um e-mail pro {v} cobrando o orçamento, por favor",
            "ME|atualiza minha assinatura, o e-mail novo é {v}",
            "como respondo o {v}? ele quer remarcar a reunião",
            "Preciso reclamar com a operadora, o contato que me passaram foi {v}",
        ],
        "phone": [
            "M|R=BR|meu zap é {v}, coloca no final do currículo",
            "R=BR|Escreve uma mensagem pro corretor ({v}) perguntando se o apê ainda tá disponível",
            "R=BR|recebo ligação do {v} toda hora, é golpe?",
            "Anúncio: vendo geladeira seminova, falar com Carla no {v}",
            "M|R=PT|meu telemóvel é o {v}, podes pôr isso na candidatura?",
        ],
        "card": [
            "por que meu cartão {v} foi recusado no iFood?",
            "Tem uma compra estranha no cartão {v}, me ajuda a contestar",
            "esse cartão {v} é crédito ou débito?",
            "Clonaram meu cartão {v}, o que faço?",
        ],
        "api_key": [
            "minha chave da API do {prov} é {v} e tá dando 401",
            "segue o token {v}, monta um exemplo em node pra {prov}",
            "commitei a chave {v} sem querer, como revogo?",
        ],
    },
    "it": {
        "email": [
            "ME|mi scrivi una lettera di presentazione? la mia mail è {v}",
            "Scrivi un sollecito a {v}, la fattura è scaduta da un mese",
            "come rispondo a {v} che mi chiede la disponibilità per il colloquio?",
            "ME|aggiorna la firma, il nuovo indirizzo è {v}",
        ],
        "phone": [
            "M|il mio cell è {v}, mettilo nel curriculum",
            "Scrivi un messaggio all'idraulico ({v}) per confermare giovedì",
            "mi chiamano sempre dal {v}, è un call center?",
            "M|per la prenotazione: 5 persone venerdì sera, cell. {v}",
        ],
        "card": [
            "perché la carta {v} viene rifiutata su Trenitalia?",
            "Ho un addebito sconosciuto sulla carta {v}, aiutami a fare il reclamo",
            "la carta {v} è una Visa o una Mastercard?",
        ],
        "api_key": [
            "la mia chiave API {prov} è {v} ma ricevo 401",
            "ecco il token {v}, fammi uno script per {prov}",
        ],
    },
    "nl": {
        "email": [
            "ME|kun je een sollicitatiebrief schrijven? mijn mail is {v}",
            "Stuur een herinnering naar {v}, de factuur staat nog open",
            "hoe reageer ik netjes op {v}? ze vraagt of ik dinsdag kan",
        ],
        "phone": [
            "mijn nummer is {v}, zet dat onderaan mijn cv",
            "M|Schrijf een appje naar de loodgieter ({v}) dat donderdag goed is",
            "word steeds gebeld door {v}, is dat telemarketing?",
            "bel gerust: {v} (na 17:00)",
        ],
        "card": [
            "waarom wordt mijn creditcard {v} geweigerd bij Booking?",
            "Er staat een onbekende afschrijving op {v}, help me met een bezwaar",
        ],
        "api_key": [
            "mijn {prov} API-sleutel {v} geeft een 401, wat doe ik fout?",
            "hier is mijn token {v}, maak een voorbeeld in python voor {prov}",
        ],
    },
    "pl": {
        "email": [
            "ME|napiszesz mi list motywacyjny? mój mail to {v}",
            "Napisz przypomnienie do {v}, faktura nadal nieopłacona",
            "jak odpisać na maila od {v}? pyta o termin spotkania",
        ],
        "phone": [
            "M|mój numer to {v}, dopisz go do CV",
            "Dzwonią do mnie ciągle z {v}, to jakiś telemarketing?",
            "M|napisz SMS do hydraulika ({v}), że czwartek mi pasuje",
        ],
        "card": [
            "dlaczego karta {v} jest odrzucana w sklepie internetowym?",
            "Mam nieznaną transakcję na karcie {v}, pomóż mi napisać reklamację",
        ],
        "api_key": [
            "mój klucz API do {prov} to {v} i dostaję 401",
            "oto token {v}, zrób mi przykład w pythonie dla {prov}",
        ],
    },
    "sv": {
        "email": ["ME|kan du skriva ett personligt brev åt mig? min mejl är {v}", "Skicka en påminnelse till {v} om fakturan"],
        "phone": ["mitt nummer är {v}, lägg in det i CV:t", "jag blir uppringd av {v} hela tiden, är det telefonförsäljning?", "M|sms:a hantverkaren på {v} att torsdag funkar"],
        "card": ["varför nekas mitt kort {v} på nätet?", "Det finns en okänd dragning på kortet {v}, hjälp mig reklamera"],
        "api_key": ["min {prov}-nyckel {v} ger 401, vad är fel?"],
    },
    "da": {
        "email": ["ME|kan du skrive en ansøgning for mig? min mail er {v}", "skriv en rykker til {v} om regningen"],
        "phone": ["mit nummer er {v}, sæt det ind nederst i CV'et", "jeg bliver ringet op af {v} hele tiden, er det telefonsalg?"],
        "card": ["hvorfor bliver mit kort {v} afvist online?"],
        "api_key": ["min {prov} API-nøgle {v} giver 401, hvad gør jeg forkert?"],
    },
    "fi": {
        "email": ["ME|voitko kirjoittaa hakemuksen? sähköpostini on {v}", "kirjoita muistutus osoitteeseen {v} laskusta"],
        "phone": ["numeroni on {v}, lisää se CV:n loppuun", "minulle soitetaan jatkuvasti numerosta {v}, onko se puhelinmyyntiä?"],
        "card": ["miksi korttini {v} hylätään verkkokaupassa?"],
        "api_key": ["{prov} API-avaimeni {v} antaa 401, mikä on vialla?"],
    },
    "nb": {
        "email": ["ME|kan du skrive en søknad for meg? e-posten min er {v}", "skriv en purring til {v} på fakturaen"],
        "phone": ["nummeret mitt er {v}, legg det inn i CV-en", "M|send en sms til rørleggeren på {v} om at torsdag passer"],
        "card": ["hvorfor blir kortet mitt {v} avvist på nett?"],
        "api_key": ["{prov}-nøkkelen min {v} gir 401, hva er feil?"],
    },
    "tr": {
        "email": ["ME|bana bir ön yazı yazar mısın? mail adresim {v}", "{v} adresine faturayı hatırlatan kibar bir mail yaz", "ME|imzamı güncelle, yeni mailim {v}"],
        "phone": ["numaram {v}, CV'nin altına ekler misin", "sürekli {v} numarasından aranıyorum, dolandırıcı mı?", "M|tesisatçıya ({v}) perşembe uygun diye mesaj yaz", "Rezervasyon: cumartesi akşam 4 kişi, iletişim {v}"],
        "card": ["kartım {v} neden internette reddediliyor?", "{v} numaralı kartımda tanımadığım bir harcama var, itiraz yazısı yazar mısın"],
        "api_key": ["{prov} API anahtarım {v} 401 hatası veriyor", "token'ım {v}, {prov} için python örneği yazar mısın"],
    },
    "cs": {
        "email": ["ME|napíšeš mi motivační dopis? můj mail je {v}", "napiš upomínku na {v} kvůli faktuře"],
        "phone": ["moje číslo je {v}, dej ho do životopisu", "pořád mi volají z {v}, je to podvod?"],
        "card": ["proč mi banka zamítá kartu {v} na e-shopu?"],
        "api_key": ["můj {prov} API klíč {v} vrací 401"],
    },
    "ro": {
        "email": ["ME|îmi scrii o scrisoare de intenție? mailul meu e {v}", "scrie-i lui {v} că am plătit factura"],
        "phone": ["numărul meu e {v}, pune-l în CV", "mă tot sună {v}, e țeapă?"],
        "card": ["de ce îmi e refuzat cardul {v} online?"],
        "api_key": ["cheia mea API de la {prov} e {v} și primesc 401"],
    },
    "hu": {
        "email": ["ME|írnál nekem egy motivációs levelet? az e-mailem {v}", "írj emlékeztetőt a(z) {v} címre a számla miatt"],
        "phone": ["a számom {v}, írd bele az önéletrajzba", "folyton hívnak a {v} számról, ez átverés?"],
        "card": ["miért utasítják el a kártyámat ({v}) online?"],
        "api_key": ["a {prov} API kulcsom {v} és 401-et kapok"],
    },
    "id": {
        "email": ["ME|tolong buatin surat lamaran, emailku {v}", "kirim pengingat ke {v} soal tagihan yang belum dibayar"],
        "phone": ["M|nomor WA aku {v}, masukin ke CV ya", "sering ditelepon dari {v}, itu penipuan bukan?", "M|tolong bikin pesan ke tukang ledeng ({v}) kalau Kamis bisa"],
        "card": ["kenapa kartu kredit {v} ditolak waktu bayar online?"],
        "api_key": ["API key {prov} aku {v} kok error 401 ya"],
    },
    "ms": {
        "email": ["ME|tolong tulis surat permohonan kerja, emel saya {v}"],
        "phone": ["nombor saya {v}, letak dalam resume", "selalu dapat panggilan dari {v}, scam ke?"],
        "card": ["kenapa kad {v} saya ditolak masa bayar online?"],
        "api_key": ["kunci API {prov} saya {v} dapat ralat 401"],
    },
    "vi": {
        "email": ["ME|viết giúp mình thư xin việc, email của mình là {v}", "gửi mail nhắc {v} thanh toán hóa đơn giúp mình"],
        "phone": ["sđt của mình là {v}, thêm vào CV nhé", "số {v} gọi cho mình suốt, có phải lừa đảo không?", "M|nhắn cho anh thợ điện ({v}) là thứ 5 được nhé"],
        "card": ["sao thẻ {v} của mình bị từ chối khi thanh toán online?"],
        "api_key": ["API key {prov} của mình là {v} mà bị lỗi 401"],
    },
}
