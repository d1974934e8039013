"""holdout16 chat templates, part B (more European languages, Cyrillic and Greek script)."""

CHAT_B = {
    "nl": {
        "phone": [
            "Kun je een kort berichtje voor de verhuurder schrijven? Mijn nummer is {P}",
            "zet mijn nummer ({P}) onderaan de sollicitatiebrief aub",
            "Wie belt er steeds met {P}? Kun je zien waar dat nummer vandaan komt",
            "Afwezigheidsbericht graag, bij spoed bellen naar {P}",
        ],
        "email": [
            "Verbeter even: Je kan me mailen op {E} als er vragen zijn",
            "Schrijf een formele mail om een afspraak te maken, mijn mailadres is {E}",
            "Het formulier accepteert {E} niet, wat is daar mis mee?",
        ],
        "card": [
            "Er is twee keer afgeschreven van mijn creditcard {C}, schrijf een klacht voor de bank",
            "Klopt dit kaartnummer wel? {C} geldig tot {X}",
        ],
        "key": [
            "Waarom geeft {KP} een 401? Mijn key is {K}",
            "Hier is mijn {KP} API-key {K}, kun je die via een env var in het script zetten?",
        ],
        "phone+email": ["Maak een simpele handtekening: {N}, {P}, {E}"],
    },
    "pl": {
        "phone": [
            "Napisz krótką wiadomość do właściciela mieszkania, mój numer to {P}",
            "dopisz mój numer {P} na końcu CV",
            "Kto do mnie dzwoni z numeru {P}? Trzeci raz dzisiaj",
            "Autoodpowiedź: w pilnych sprawach proszę dzwonić pod {P}",
        ],
        "email": [
            "Popraw błędy: W razie pytań prosze pisać na adres {E}",
            "Napisz oficjalnego maila z prośbą o termin, mój mail to {E}",
            "Formularz nie przyjmuje adresu {E}, dlaczego?",
        ],
        "card": [
            "Pobrano dwa razy z karty {C}, napisz reklamację do banku",
            "Czy ten numer karty jest poprawny? {C} ważna do {X}",
        ],
        "key": [
            "Czemu {KP} zwraca 401? Mój klucz to {K}",
            "To mój klucz API {KP}: {K}. Wstaw go do skryptu, ale przez zmienną środowiskową",
        ],
        "phone+email": ["Zrób mi prosty podpis: {N}, tel. {P}, {E}"],
    },
    "sv": {
        "phone": [
            "Kan du skriva ett kort sms till hyresvärden? Mitt nummer är {P}",
            "lägg till mitt mobilnummer {P} sist i CV:t",
            "Vem ringer från {P}? Har missat tre samtal",
        ],
        "email": [
            "Rätta: Du kan nå mig på {E} om du har frågor",
            "Skriv ett formellt mejl och be om en tid, min mejl är {E}",
        ],
        "card": [
            "Jag har blivit dubbeldebiterad på kortet {C}, skriv ett klagomål till banken",
            "Är kortnumret {C} giltigt? Går ut {X}",
        ],
        "key": ["Varför får jag 401 från {KP}? Min nyckel är {K}"],
        "phone+email": ["Gör en enkel signatur: {N}, {P}, {E}"],
    },
    "da": {
        "phone": [
            "Kan du skrive en kort sms til udlejeren? Mit nummer er {P}",
            "sæt mit mobilnummer {P} nederst i ansøgningen",
        ],
        "email": [
            "Ret lige: Du kan skrive til mig på {E} hvis der er spørgsmål",
            "Skriv en formel mail om en aftale, min mail er {E}",
        ],
        "card": ["Jeg er blevet trukket to gange på kortet {C}, skriv en klage til banken"],
        "key": ["Hvorfor giver {KP} mig 401? Min nøgle er {K}"],
    },
    "nb": {
        "phone": [
            "Kan du skrive en kort melding til utleier? Nummeret mitt er {P}",
            "legg til mobilnummeret mitt {P} nederst i søknaden",
        ],
        "email": [
            "Rett opp: Du kan nå meg på {E} hvis du lurer på noe",
            "Skriv en formell e-post om å avtale et møte, e-posten min er {E}",
        ],
        "card": ["Jeg er trukket to ganger på kortet {C}, skriv en klage til banken"],
        "key": ["Hvorfor får jeg 401 fra {KP}? Nøkkelen min er {K}"],
    },
    "fi": {
        "phone": [
            "Voitko kirjoittaa vuokranantajalle lyhyen viestin? Numeroni on {P}",
            "lisää puhelinnumeroni {P} CV:n loppuun",
        ],
        "email": [
            "Korjaa: Minut tavoittaa osoitteesta {E} jos on kysyttävää",
            "Kirjoita virallinen sähköposti ajanvarauksesta, osoitteeni on {E}",
        ],
        "card": ["Kortiltani {C} veloitettiin kahdesti, kirjoita reklamaatio pankille"],
        "key": ["Miksi {KP} palauttaa 401? Avaimeni on {K}"],
    },
    "tr": {
        "phone": [
            "Ev sahibine kısa bir mesaj yazar mısın? Numaram {P}",
            "CV'nin sonuna cep numaramı ekle: {P}",
            "{P} numarası kimin olabilir? Sürekli arıyor",
            "Tesisatçıya mesaj yaz, akşam 6'dan sonra beni {P} numarasından arasın",
            "otomatik yanıt: acil durumlarda {P} numarasını arayabilirsiniz",
        ],
        "email": [
            "Düzelt: Sorularınız için bana {E} adresinden ulaşabilirsiniz",
            "Randevu için resmi bir e-posta yaz, mailim {E}",
            "Form {E} adresini kabul etmiyor, neden?",
        ],
        "card": [
            "{C} numaralı kartımdan iki kez çekim yapıldı, bankaya şikayet yaz",
            "Bu kart numarası geçerli mi? {C} son kullanma {X}",
            "Rezervasyonu doldur: kart {C}, SKT {X}",
        ],
        "key": [
            "{KP} neden 401 döndürüyor? Anahtarım {K}",
            "Bu benim {KP} API anahtarım: {K}. Scripte ortam değişkeni olarak ekler misin?",
        ],
        "phone+email": ["Basit bir imza yap: {N}, Tel: {P}, E-posta: {E}"],
    },
    "ru": {
        "phone": [
            "Напиши, пожалуйста, короткое сообщение хозяину квартиры, мой номер {P}",
            "добавь мой номер {P} в конец резюме",
            "Чей это номер {P}? Звонят уже третий раз",
            "Составь сообщение сантехнику, пусть перезвонит на {P} после шести",
            "Автоответ: по срочным вопросам звоните {P}",
            "правильно ли так писать номер: {P}?",
        ],
        "email": [
            "Исправь ошибки: По всем вопросам пишите мне на {E}",
            "Напиши официальное письмо с просьбой о встрече, моя почта {E}",
            "Форма не принимает адрес {E}, почему?",
            "Переведи на английский: Мой новый адрес — {E}, обновите, пожалуйста, данные",
        ],
        "card": [
            "С карты {C} списали деньги два раза, напиши претензию в банк",
            "Этот номер карты вообще валидный? {C} до {X}",
            "Заполни бронь: карта {C}, срок действия {X}",
            "Карту {C} заблокировали за границей, что сказать в поддержке?",
        ],
        "key": [
            "Почему {KP} отдаёт 401? Мой ключ {K}",
            "Вот мой API-ключ {KP}: {K}. Вставь его в скрипт, но через переменную окружения",
            "Случайно запушил токен {KP} {K} в публичный репозиторий, что делать?",
        ],
        "phone+email": [
            "Сделай простую подпись: {N}, тел. {P}, {E}",
            "Обнови мои контакты в анкете: телефон {P}, почта {E}",
        ],
        "phone+card": ["Напиши в банк: карта {C} заблокирована, прошу перезвонить на {P}"],
    },
    "uk": {
        "phone": [
            "Напиши коротке повідомлення власнику квартири, мій номер {P}",
            "додай мій номер {P} наприкінці резюме",
            "Чий це номер {P}? Дзвонять уже втретє",
        ],
        "email": [
            "Виправ помилки: З усіх питань пишіть мені на {E}",
            "Напиши офіційного листа з проханням про зустріч, моя пошта {E}",
        ],
        "card": [
            "З картки {C} двічі списали кошти, напиши скаргу до банку",
            "Чи дійсний цей номер картки? {C} до {X}",
        ],
        "key": ["Чому {KP} повертає 401? Мій ключ {K}"],
        "phone+email": ["Зроби простий підпис: {N}, тел. {P}, {E}"],
    },
    "cs": {
        "phone": [
            "Napiš krátkou zprávu pronajímateli, moje číslo je {P}",
            "přidej moje číslo {P} na konec životopisu",
        ],
        "email": [
            "Oprav chyby: S dotazy se obracejte na {E}",
            "Napiš formální e-mail s žádostí o schůzku, můj mail je {E}",
        ],
        "card": ["Z karty {C} mi strhli peníze dvakrát, napiš reklamaci do banky"],
        "key": ["Proč mi {KP} vrací 401? Můj klíč je {K}"],
    },
    "hu": {
        "phone": [
            "Írnál egy rövid üzenetet a főbérlőnek? A számom {P}",
            "írd a számomat ({P}) az önéletrajz aljára",
        ],
        "email": [
            "Javítsd ki: Kérdés esetén a {E} címen érhető el",
            "Írj egy hivatalos e-mailt időpontkérésről, a címem {E}",
        ],
        "card": ["A {C} kártyámról kétszer vontak le, írj panaszt a banknak"],
        "key": ["Miért ad a {KP} 401-et? A kulcsom {K}"],
    },
    "ro": {
        "phone": [
            "Poți scrie un mesaj scurt proprietarului? Numărul meu e {P}",
            "pune numărul meu {P} la finalul CV-ului",
        ],
        "email": [
            "Corectează: Pentru întrebări îmi puteți scrie la {E}",
            "Scrie un e-mail formal pentru o programare, adresa mea e {E}",
        ],
        "card": ["Mi s-a retras de două ori de pe cardul {C}, scrie o reclamație la bancă"],
        "key": ["De ce {KP} îmi dă 401? Cheia mea e {K}"],
    },
    "el": {
        "phone": [
            "Μπορείς να γράψεις ένα σύντομο μήνυμα στον ιδιοκτήτη; Το κινητό μου είναι {P}",
            "βάλε το τηλέφωνό μου {P} στο τέλος του βιογραφικού",
        ],
        "email": [
            "Διόρθωσε: Για απορίες στείλτε μου στο {E}",
            "Γράψε ένα επίσημο email για ραντεβού, το email μου είναι {E}",
        ],
        "card": ["Με χρέωσαν δύο φορές στην κάρτα {C}, γράψε ένα παράπονο στην τράπεζα"],
        "key": ["Γιατί το {KP} επιστρέφει 401; Το κλειδί μου είναι {K}"],
    },
}
