/// National numbers of more countries, and the card networks added after the second held-out set: each with a
/// valid example of our own (checked with python-stdnum), and beside it the same number with a wrong check digit
/// or without the cue word it needs, which must stay.
import Testing
@testable import ReplayRedaction

private func redacted(_ text: String) -> String { redactedText(text, keyByte: 9) }

@Suite struct NationalIDTests {
    @Test("European national numbers after their name, or in a form only they take", arguments: [
        ("PESEL: 63100257639", "PESEL: <GOV_ID_1>"),
        ("mój numer PESEL to 94081189952.", "mój numer PESEL to <GOV_ID_1>."),
        ("Fødselsnummer: 04107806143", "Fødselsnummer: <GOV_ID_1>"),
        ("fnr 010581 57542", "fnr <GOV_ID_1>"),
        ("Steuer-ID: 91 257 380 348", "Steuer-ID: <GOV_ID_1>"),
        ("Identifikationsnummer 40295186178", "Identifikationsnummer <GOV_ID_1>"),
        ("geboren, nummer 74.12.11-384.51 in Gent", "geboren, nummer <GOV_ID_1> in Gent"),
        ("Numéro national : 03041907557", "Numéro national : <GOV_ID_1>"),
        ("NIF: 629 296 790", "NIF: <GOV_ID_1>"),
        ("Contribuinte n.º 352110694", "Contribuinte n.º <GOV_ID_1>"),
        ("Versichertennummer 756.0667.6008.50", "Versichertennummer <GOV_ID_1>"),
        ("AHV-Nummer 7566931897162", "AHV-Nummer <GOV_ID_1>"),
        ("Personnummer: 500726-2800", "Personnummer: <GOV_ID_1>"),
        ("personnummer 19501211-2669", "personnummer <GOV_ID_1>"),
        ("Henkilötunnus: 050485-8659", "Henkilötunnus: <GOV_ID_1>"),
        ("hetu 271271-248D", "hetu <GOV_ID_1>"),
        ("id 281105A255E", "id <GOV_ID_1>"),
        ("PPS No: 1319701R", "PPS No: <GOV_ID_1>"),
        ("PPSN 2735190JA", "PPSN <GOV_ID_1>"),
        ("Codice fiscale: BNCGPP80A41H501I", "Codice fiscale: <GOV_ID_1>"),
        ("il mio è VRDMRC72L09F205T, grazie", "il mio è <GOV_ID_1>, grazie"),
        ("NI number: JG 103759 A", "NI number: <GOV_ID_1>"),
    ])
    func european(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Wrong check digits, and bare numbers without their name, stay", arguments: [
        "PESEL: 63100257638", "order 63100257639", "Fødselsnummer: 04107806144", "Steuer-ID: 91 257 380 349",
        "Rechnung 91257380348", "nummer 74.12.11-384.52", "NIF: 629296791", "ticket 629296790", "756.0667.6008.51",
        "batch 7560667600850", "Personnummer: 500726-2801", "build 500726-2800", "Henkilötunnus: 050485-8658",
        "lot 050485-8659", "PPS: 1319701S", "model 1319701R", "BNCGPP80A41H501J", "SKU ABCDEF12G34H567I",
    ])
    func europeanLeftAlone(input: String) {
        #expect(!redacted(input).contains("<GOV_ID_"))
    }

    @Test("Chinese, Japanese, Australian and US taxpayer numbers", arguments: [
        ("身份证号：510107199502206879", "身份证号：<GOV_ID_1>"),
        ("ID 440305200208106573 on file", "ID <GOV_ID_1> on file"),
        ("身份证 11010519491231002X。", "身份证 <GOV_ID_1>。"),
        ("マイナンバー：2208 3605 6507", "マイナンバー：<GOV_ID_1>"),
        ("個人番号 837202930040", "個人番号 <GOV_ID_1>"),
        ("TFN: 979 853 579", "TFN: <GOV_ID_1>"),
        ("Tax file number 255445737", "Tax file number <GOV_ID_1>"),
        ("ITIN: 971-94-0194", "ITIN: <GOV_ID_1>"),
    ])
    func otherCountries(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Their look-alikes stay: orders, wrong checks, invalid SSN areas, 'my number'", arguments: [
        "身份证号：510107199502206870", "订单号 202403151234567890", "マイナンバー：2208 3605 6508", "TFN: 979 853 578",
        "ref 979 853 579", "ITIN: 971-12-0194", "ids 911-75-1211 and 666-88-4705",
    ])
    func otherCountriesLeftAlone(input: String) {
        #expect(!redacted(input).contains("<GOV_ID_"))
    }

    @Test("'my number' before a UK mobile is not a My Number")
    func myNumberIsNotACue() {
        #expect(redacted("Please update my number to 0151 3635 4725 in the CRM.") == "Please update my number to <PHONE_1> in the CRM.")
    }

    @Test("Mir (2200–2204) and Maestro cards", arguments: [
        ("Mir 2201847390684212", "Mir <CARD_1>"),
        ("карта 2204 7476 0648 1212", "карта <CARD_1>"),
        ("Maestro 6759314270989", "Maestro <CARD_1>"),
        ("card=501833597923604&exp=0727", "card=<CARD_1>&exp=0727"),
    ])
    func cards(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Luhn-invalid and out-of-range look-alikes are not cards", arguments: [
        "2201847390684213", "2205847390684212", "6759314270988", "order 2203 0000 0000",
    ])
    func cardsLeftAlone(input: String) {
        #expect(!redacted(input).contains("<CARD_"))
    }

    @Test("Network prefixes: Mir 16–19 digits, Maestro from 13")
    func networks() {
        #expect(Card.hasNetworkPrefix(Array("2201847390684212".utf8)))
        #expect(!Card.hasNetworkPrefix(Array("2205847390684212".utf8)))
        #expect(Card.hasNetworkPrefix(Array("6759314270989".utf8)))
        #expect(!Card.hasNetworkPrefix(Array("6011314270989".utf8)))  // Discover is 16–19
    }
}
