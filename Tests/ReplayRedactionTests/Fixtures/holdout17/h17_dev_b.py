# -*- coding: utf-8 -*-
"""holdout17 developer-material templates, part B: records, exports, logs, mail and payments."""
from h17_dev_a import NAMES, ORGS
from h17_draw import REGION_LANG

HEADERS = {
    "en": ("Name", "Email", "Phone", "Company", "Notes"),
    "de": ("Name", "E-Mail", "Telefon", "Firma", "Bemerkung"),
    "fr": ("Nom", "E-mail", "Téléphone", "Société", "Remarques"),
    "es": ("Nombre", "Correo", "Teléfono", "Empresa", "Notas"),
    "pt": ("Nome", "E-mail", "Telefone", "Empresa", "Observações"),
    "nl": ("Naam", "E-mail", "Telefoon", "Bedrijf", "Opmerkingen"),
    "it": ("Nome", "Email", "Telefono", "Azienda", "Note"),
    "pl": ("Imię i nazwisko", "E-mail", "Telefon", "Firma", "Uwagi"),
    "ja": ("氏名", "メール", "電話番号", "会社", "備考"),
    "tr": ("Ad Soyad", "E-posta", "Telefon", "Firma", "Not"),
}
HDR_REGION = {"en": ["US", "GB", "AU", "CA", "IE"], "de": ["DE", "AT", "CH"], "fr": ["FR", "BE"], "es": ["ES", "MX", "CO", "AR"],
              "pt": ["BR", "PT"], "nl": ["NL", "BE"], "it": ["IT"], "pl": ["PL"], "ja": ["JP"], "tr": ["TR"]}
HDR_LANGS = list(HEADERS.keys())


def _lang_region(r):
    lang = r.choice(HDR_LANGS)
    return lang, r.choice(HDR_REGION[lang])


def t_csv_export(r, d):
    lang, reg = _lang_region(r)
    h = HEADERS[lang]
    e = d.email(REGION_LANG.get(reg, "en"))
    n1 = d.name()
    n2 = r.choice([x for x in NAMES if x != n1])
    p = d.phone(reg)
    sep = r.choice([",", ";"])
    rows = [sep.join([h[0], h[1], h[2], h[3]]),
            sep.join([n1, e, "", r.choice(ORGS).title()]),
            sep.join([n2, "", '"%s"' % p if sep == "," and "," in p else p, r.choice(ORGS).title()])]
    intro = r.choice(["", "dedupe this export please:\n", "why does excel mangle the phone column?\n\n", "contacts.csv\n"])
    return intro + "\n".join(rows), lang


def t_tsv_sheet(r, d):
    lang, reg = _lang_region(r)
    h = HEADERS[lang]
    n1 = r.choice(NAMES)
    cols = [h[0], h[2], h[4]]
    p = d.phone(reg)
    note = {"en": "call after 5", "de": "ab 17 Uhr", "fr": "rappeler jeudi", "es": "llamar por la tarde", "pt": "só whatsapp",
            "nl": "na 17u", "it": "dopo le 18", "pl": "po 17", "ja": "平日夕方", "tr": "akşam arayın"}[lang]
    rows = ["\t".join(cols), "\t".join([n1, p, note]), "\t".join([r.choice(NAMES), "—", "—"])]
    return "\n".join(rows), lang


def t_sql_insert(r, d):
    reg = r.choice(["US", "GB", "DE", "FR", "BR", "IN", "ES", "NL", "AU", "MX", "JP", "PL"])
    e = d.email(REGION_LANG.get(reg, "en"))
    p = d.phone(reg) if r.random() < 0.6 else None
    n = d.name()
    if p:
        s = "INSERT INTO customers (full_name, email, phone, created_at)\nVALUES ('%s', '%s', '%s', NOW());" % (n, e, p)
    else:
        s = "INSERT INTO users (id, email, plan) VALUES (%d, '%s', 'pro');" % (r.randint(1000, 99999), e)
    return r.choice(["", "ERROR:  duplicate key value violates unique constraint \"users_email_key\"\n", "-- seed data\n"]) + s, "en"


def t_sql_result(r, d):
    e = d.email(r.choice(["en", "de", "fr", "es", "pt"]))
    uid = r.randint(100, 99999)
    return (" id    | email                          | status   | last_login\n-------+--------------------------------+----------+---------------------\n"
            " %-5d | %-30s | active   | 2024-%02d-%02d 0%d:%02d:11\n(1 row)") % (uid, e, r.randint(1, 12), r.randint(1, 28), r.randint(0, 9), r.randint(0, 59)), "en"


def t_json_body(r, d):
    reg = r.choice(["US", "GB", "DE", "FR", "ES", "IT", "BR", "MX", "IN", "SG", "AU", "NL", "SE", "PL"])
    e = d.email(REGION_LANG.get(reg, "en"))
    p = d.phone(reg, plus=r.random() < 0.6)
    return ('POST /api/v2/customers\n{\n  "customer": {\n    "name": "%s",\n    "email": "%s",\n    "phone": "%s",\n    "locale": "%s"\n  }\n}') % (
        d.name(), e, p, REGION_LANG.get(reg, "en")), "en"


def t_webhook(r, d):
    e = d.email(r.choice(["en", "de", "fr", "es", "nl"]))
    p = d.phone(r.choice(["US", "GB", "DE", "FR", "NL", "AU", "CA", "IE"]), plus=True) if r.random() < 0.5 else None
    obj = '{"id":"evt_1P%s","type":"customer.created","data":{"object":{"id":"cus_Q%s","object":"customer","email":"%s",%s"name":"%s","livemode":true}}}' % (
        "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(22)),
        "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(13)), e,
        ('"phone":"%s",' % p) if p else "", d.name())
    return r.choice(["webhook handler crashes on this payload:\n", "", "received:\n"]) + obj, "en"


def t_server_log(r, d):
    ts = "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
    reg = r.choice(["US", "GB", "DE", "BR", "IN", "FR", "NG", "KE", "PH", "ID", "MX", "TR"])
    kind = r.randrange(3)
    if kind == 0:
        e = d.email(REGION_LANG.get(reg, "en"))
        line = "%s INFO  [auth] password reset requested user=%s ip=10.0.%d.%d" % (ts, e, r.randint(0, 255), r.randint(1, 254))
    elif kind == 1:
        p = d.phone(reg, plus=True)
        line = "%s WARN  [sms] delivery failed to=%s provider=twilio err=30003 (Unreachable destination handset)" % (ts, p)
    else:
        e = d.email(REGION_LANG.get(reg, "en"))
        p = d.phone(reg)
        line = "%s DEBUG [signup] payload={email: %s, phone: %s, plan: trial}" % (ts, e, p)
    prev = "%s INFO  [http] GET /healthz 200 2ms" % ts
    return prev + "\n" + line, "en"


def t_payment_log(r, d):
    c = d.card(sep=r.choice(["plain", "plain", "space"]))
    ts = "2024-%02d-%02d %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    line = "%s DEBUG PaymentGateway - authorize request pan=%s exp=%02d/%02d amount=%d.%02d currency=%s" % (
        ts, c, r.randint(1, 12), r.randint(25, 31), r.randint(5, 900), r.randint(0, 99), r.choice(["EUR", "USD", "GBP", "BRL", "JPY"]))
    return r.choice(["our logs are leaking full card numbers?? how do I mask this in logback:\n", "found this in prod logs:\n", ""]) + line, "en"


def t_card_form(r, d):
    c = d.card()
    return ('{"payment_method":{"type":"card","card":{"number":"%s","exp_month":%d,"exp_year":%d}},"amount":%d}' % (
        c, r.randint(1, 12), r.randint(2026, 2031), r.randint(500, 90000))), "en"


def t_expense_sheet(r, d):
    lang = r.choice(["en", "de", "fr", "es", "nl"])
    hdr = {"en": "Date\tMerchant\tCard\tAmount", "de": "Datum\tHändler\tKarte\tBetrag", "fr": "Date\tCommerçant\tCarte\tMontant",
           "es": "Fecha\tComercio\tTarjeta\tImporte", "nl": "Datum\tWinkel\tKaart\tBedrag"}[lang]
    c = d.card(sep=r.choice(["space", "plain", "dash"]))
    rows = [hdr, "%02d.%02d.2024\t%s\t%s\t%d,%02d" % (r.randint(1, 28), r.randint(1, 12), r.choice(["Lufthansa", "SNCF", "Renfe", "Uber", "Hilton", "Bol.com"]), c, r.randint(10, 800), r.randint(0, 99)),
            "%02d.%02d.2024\t%s\t%s\t%d,%02d" % (r.randint(1, 28), r.randint(1, 12), r.choice(["Deutsche Bahn", "Starbucks", "Amazon"]), {"en": "corporate", "de": "Firmenkarte", "fr": "carte société", "es": "tarjeta empresa", "nl": "zakelijke kaart"}[lang], r.randint(3, 90), r.randint(0, 99))]
    return "\n".join(rows), lang


def t_signature(r, d):
    lang = r.choice(["en", "en", "de", "fr", "es", "pt", "nl", "it"])
    reg = r.choice({"en": ["US", "GB", "AU", "CA", "IE", "SG", "ZA"], "de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH"], "es": ["ES", "MX", "CO", "CL"],
                    "pt": ["BR", "PT"], "nl": ["NL", "BE"], "it": ["IT"]}[lang])
    title = {"en": "Account Manager", "de": "Teamleitung Vertrieb", "fr": "Responsable commerciale", "es": "Gerente de cuentas",
             "pt": "Gerente comercial", "nl": "Accountmanager", "it": "Responsabile vendite"}[lang]
    e = d.email(lang, "corp")
    n = d.name()
    org = e.split("@")[1].split(".")[0].replace("-", " ").title()
    p = d.phone(reg)
    tel = {"en": "T", "de": "Tel.", "fr": "Tél.", "es": "Tel.", "pt": "Tel.", "nl": "T", "it": "Tel."}[lang]
    ext = (" " + d.ext()) if reg in ("US", "CA", "GB", "AU", "IE") and r.random() < 0.5 else ""
    sig = "--\n%s\n%s | %s\n%s %s%s\n%s" % (n, title, org, tel, p, ext, e)
    intro = {"en": "tidy up my signature:\n\n", "de": "Signatur bitte hübscher formatieren:\n\n", "fr": "améliore ma signature :\n\n",
             "es": "mejora mi firma:\n\n", "pt": "melhora minha assinatura:\n\n", "nl": "maak mijn handtekening netter:\n\n", "it": "sistemami la firma:\n\n"}[lang]
    return (intro if r.random() < 0.6 else "") + sig, lang


def t_vcard(r, d):
    reg = r.choice(["US", "DE", "FR", "JP", "BR", "GB", "ES", "IT", "KR", "NL", "SE", "AU"])
    p = d.phone(reg)
    e = d.email(REGION_LANG.get(reg, "en")) if r.random() < 0.6 else None
    n = d.name()
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:%s" % n, "TEL;TYPE=CELL:%s" % p]
    if e:
        lines.append("EMAIL;TYPE=INTERNET:%s" % e)
    lines.append("END:VCARD")
    return "\n".join(lines), "en"


def t_ics(r, d):
    e = d.email(r.choice(["en", "de", "fr", "nl", "sv"]))
    return ("BEGIN:VEVENT\nDTSTART:2024%02d%02dT%02d0000Z\nSUMMARY:Quarterly review\nATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s\nEND:VEVENT") % (
        r.randint(1, 12), r.randint(1, 28), r.randint(7, 16), d.name(), e), "en"


def t_mail_headers(r, d):
    l1 = r.choice(["en", "de", "fr", "es", "ja", "pt"])
    e1 = d.email(l1)
    e2 = d.email(r.choice(["en", "de"]), "corp") if r.random() < 0.5 else None
    h = ["From: %s <%s>" % (d.name(), e1)]
    if e2:
        h.append("To: %s" % e2)
    h += ["Subject: Re: %s" % r.choice(["invoice 2024-118", "contract draft", "Angebot", "demande de devis", "meeting notes"]),
          "Date: %s, %d %s 2024 %02d:%02d:%02d +0%d00" % (r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), r.randint(1, 28), r.choice(["Jan", "Mar", "May", "Aug", "Oct"]),
                                                       r.randint(7, 20), r.randint(0, 59), r.randint(0, 59), r.randint(0, 2)),
          "Content-Type: text/plain; charset=UTF-8"]
    return r.choice(["", "why did this land in spam? headers:\n"]) + "\n".join(h), "en"


def t_git_log(r, d):
    e = d.email(r.choice(["en", "de", "fr", "pt", "ja", "zh", "ru"]))
    sha = "".join(r.choice("0123456789abcdef") for _ in range(40))
    return "commit %s\nAuthor: %s <%s>\nDate:   %s %s %d %02d:%02d:%02d 2024 +0200\n\n    %s" % (
        sha, d.name(), e, r.choice(["Mon", "Tue", "Thu"]), r.choice(["Feb", "Jun", "Sep"]), r.randint(1, 28), r.randint(8, 22),
        r.randint(0, 59), r.randint(0, 59), r.choice(["fix: handle empty cart", "chore: bump deps", "feat: export to csv", "refactor auth middleware"])), "en"


def t_package_json(r, d):
    e = d.email(r.choice(["en", "de", "fr", "es"]))
    return ('{\n  "name": "@%s/utils",\n  "version": "%d.%d.%d",\n  "author": "%s <%s>",\n  "license": "MIT",\n  "main": "dist/index.js"\n}') % (
        r.choice(ORGS), r.randint(0, 3), r.randint(0, 20), r.randint(0, 9), d.name(), e), "en"


def t_ticket(r, d):
    lang = r.choice(["en", "de", "es", "fr", "pt", "ja"])
    reg = r.choice(HDR_REGION.get(lang, ["US"]))
    e = d.email(REGION_LANG.get(reg, lang))
    p = d.phone(reg) if r.random() < 0.5 else None
    lab = {"en": ("Requester", "Phone", "Subject", "Order not delivered"), "de": ("Anfragender", "Telefon", "Betreff", "Lieferung nicht angekommen"),
           "es": ("Solicitante", "Teléfono", "Asunto", "Pedido no entregado"), "fr": ("Demandeur", "Téléphone", "Objet", "Commande non livrée"),
           "pt": ("Solicitante", "Telefone", "Assunto", "Pedido não entregue"), "ja": ("依頼者", "電話", "件名", "商品が届かない")}[lang]
    t = "#%d %s: %s\n%s: %s" % (r.randint(10000, 99999), lab[2], lab[3], lab[0], e)
    if p:
        t += "\n%s: %s" % (lab[1], p)
    return t, lang


def t_form_submission(r, d):
    reg = r.choice(["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "AU", "ZA", "NG", "PH", "SG", "AE"])
    e = d.email(REGION_LANG.get(reg, "en"))
    p = d.phone(reg)
    return ('[contact-form] submission %d\n  name: %s\n  email: %s\n  phone: %s\n  message: "Hi, do you ship to my country? Thanks"') % (
        r.randint(1000, 9999), d.name(), e, p), "en"


def t_crm_note(r, d):
    lang = r.choice(["de", "fr", "es", "pt", "it", "nl", "pl", "tr", "ru", "ja", "ko", "zh"])
    reg = r.choice({"de": ["DE", "AT", "CH"], "fr": ["FR", "BE"], "es": ["ES", "MX", "AR", "CO"], "pt": ["BR", "PT"], "it": ["IT"], "nl": ["NL"],
                    "pl": ["PL"], "tr": ["TR"], "ru": ["RU"], "ja": ["JP"], "ko": ["KR"], "zh": ["CN", "TW"]}[lang])
    p = d.phone(reg)
    txt = {"de": "Notiz: Rückruf vereinbart, Mobil %s, Entscheidung bis Freitag", "fr": "Note : rappeler au %s, décision vendredi",
           "es": "Nota: devolver llamada al %s, decide el viernes", "pt": "Obs.: retornar no %s, decide sexta", "it": "Nota: richiamare al %s entro venerdì",
           "nl": "Notitie: terugbellen op %s, beslist vrijdag", "pl": "Notatka: oddzwonić na %s, decyzja w piątek", "tr": "Not: %s numarasından geri aranacak, cuma karar verecek",
           "ru": "Заметка: перезвонить на %s, решение в пятницу", "ja": "メモ: %s に折り返し、金曜までに回答", "ko": "메모: %s 로 회신 요망, 금요일까지 결정",
           "zh": "备注：回电 %s，周五前答复"}[lang]
    return txt % p, lang


def t_card_import(r, d):
    c = d.card(sep=r.choice(["plain", "plain", "space"]))
    hdr = r.choice(["card_number,expiry,cardholder,limit", "pan;exp;holder;currency"])
    sep = hdr[len(hdr.split(",")[0].split(";")[0])]
    row = sep.join([c, "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31)), d.name(), r.choice(["5000", "EUR", "USD", "2500"])])
    intro = r.choice(["import fails on row 2, invalid PAN? file:\n", "", "migrating our corporate cards to the new expense tool:\n"])
    return intro + hdr + "\n" + row, "en"


DEV_B = [
    ("csv_export", t_csv_export, 6), ("tsv_sheet", t_tsv_sheet, 4), ("sql_insert", t_sql_insert, 4), ("sql_result", t_sql_result, 2),
    ("json_body", t_json_body, 4), ("webhook", t_webhook, 3), ("server_log", t_server_log, 6), ("payment_log", t_payment_log, 6),
    ("card_form", t_card_form, 4), ("expense_sheet", t_expense_sheet, 5), ("card_import", t_card_import, 3), ("signature", t_signature, 6), ("vcard", t_vcard, 3),
    ("ics", t_ics, 2), ("mail_headers", t_mail_headers, 3), ("git_log", t_git_log, 3), ("package_json", t_package_json, 2),
    ("ticket", t_ticket, 4), ("form_submission", t_form_submission, 4), ("crm_note", t_crm_note, 4),
]
