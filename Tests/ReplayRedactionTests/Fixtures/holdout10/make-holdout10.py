#!/usr/bin/env python3
"""holdout10 generator. Python 3 standard library only, fixed seed, deterministic.

    python3 make-holdout10.py          rewrite holdout10.jsonl
    python3 make-holdout10.py --stats  composition
    python3 make-holdout10.py --check  regenerate in memory, compare byte for byte, re-validate
                                       (uses phonenumbers / stdnum when importable)
No set or dict-ordered-by-hash container is iterated; dicts are only iterated in insertion order.
"""
import json, os, re, sys, random, zlib

SEED = 100_417_2026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout10.jsonl")

# ---------------------------------------------------------------- phones
# (region, cc, trunk, nsn prefixes, nsn length, national templates (trunk+nsn digits), international templates (nsn))
PHONES = [
 ("DE","49","0",["151","152","157","176"],11,["#### ########","####/########","####-########"],["### ########","### #### ####"]),
 ("DE","49","0",["160","170","171","175"],10,["#### #######","####/#######"],["### #######"]),
 ("DE","49","0",["30","40","89"],10,["### ########","(###) ### ### ##"],["## ########"]),
 ("AT","43","0",["664","676","699","650"],10,["#### #######","####/#######"],["### #######"]),
 ("CH","41","0",["76","77","78","79"],9,["### ### ## ##"],["## ### ## ##"]),
 ("FR","33","0",["61","62","64","65","66","67","68","75","76","77","78"],9,["## ## ## ## ##","##.##.##.##.##","##########"],["# ## ## ## ##"]),
 ("GB","44","0",["74","75","79"],10,["##### ######","#####-######"],["#### ######","#### ### ###"]),
 ("GB","44","0",["203","208"],10,["### #### ####","(###) #### ####"],["## #### ####"]),
 ("IE","353","0",["83","85","86","87","89"],9,["### ### ####","###-#######"],["## ### ####"]),
 ("ES","34","",["61","62","63","64","65","66","67","68","69","71","72"],9,["### ### ###","### ## ## ##"],["### ## ## ##","### ### ###"]),
 ("PT","351","",["91","92","93","96"],9,["### ### ###"],["### ### ###"]),
 ("IT","39","",["320","328","329","333","334","335","338","339","340","342","345","347","348","349","366","380","388","392"],10,["### ### ####","### #######"],["### ### ####","### #######"]),
 ("NL","31","0",["61","62","63","64","65"],9,["##-########","## ########","## ## ## ## ##"],["# ########","# ## ## ## ##"]),
 ("BE","32","0",["470","471","472","473","474","475","476","477","478","479","484","485","486","487","488","489","490","491","492","493","494","495","496","497","498","499"],9,["#### ## ## ##","####/## ## ##"],["### ## ## ##"]),
 ("PL","48","",["50","51","53","57","60","66","69","72","73","78","79","88"],9,["### ### ###","###-###-###"],["### ### ###"]),
 ("SE","46","0",["70","72","73","76"],9,["###-### ## ##","### ### ## ##"],["## ### ## ##"]),
 ("NO","47","",["40","41","45","46","47","48","90","91","92","93","94","95","97","98"],8,["### ## ###","## ## ## ##"],["### ## ###"]),
 ("FI","358","0",["40","41","44","45","50"],9,["### #######","### ### ####"],["## #######"]),
 ("CZ","420","",["602","603","604","605","606","607","608","720","721","722","723","724","725","730","731","732","733","734","736","737","739","770","771","773","774","775","776","777"],9,["### ### ###"],["### ### ###"]),
 ("HU","36","06",["20","30","70"],9,["## ## ### ####","##-##-###-####"],["## ### ####"]),
 ("GR","30","",["690","693","694","695","697","698","699"],10,["### ### ####","##########"],["### #######"]),
 ("RO","40","0",["72","73","74","75","76","77"],9,["#### ### ###"],["### ### ###"]),
 ("UA","380","0",["50","63","66","67","68","73","93","95","96","97","98","99"],9,["### ### ## ##","(###) ###-##-##"],["## ### ## ##"]),
 ("RU","7","8",["903","905","906","909","910","915","916","917","919","925","926","929","977","985"],10,["# (###) ###-##-##","# ### ### ## ##"],["### ###-##-##","(###) ###-##-##"]),
 ("TR","90","0",["530","531","532","533","535","536","537","538","539","541","542","543","544","545","546","549","552","553","554","555"],10,["#### ### ## ##","(####) ### ## ##"],["### ### ## ##"]),
 ("IL","972","0",["50","52","53","54"],9,["###-###-####"],["##-###-####"]),
 ("AE","971","0",["50","52","54","55","56","58"],9,["### ### ####"],["## ### ####"]),
 ("SA","966","0",["50","53","54","55","56","59"],9,["### ### ####"],["## ### ####"]),
 ("EG","20","0",["10","11","12","15"],10,["#### ### ####"],["## #### ####"]),
 ("ZA","27","0",["72","73","74","76","79","82","83","84"],9,["### ### ####"],["## ### ####"]),
 ("NG","234","0",["803","806","813","816","703","706","805","807","815","802","808","812"],10,["#### ### ####"],["### ### ####"]),
 ("KE","254","0",["70","71","72","79"],9,["#### ######","#### ### ###"],["### ######"]),
 ("IN","91","",["98","99","97","96","95","94","93","91","90","88","87","86","85","84","81","80","79","78","77","76","75","74","73","72","70"],10,["##### #####","##########"],["##### #####"]),
 ("PK","92","0",["300","301","302","303","304","305","306","307","308","309","310","311","312","313","314","315","320","321","322","323","330","331","332","333","334","335","336","340","341","342","343","344","345","346","347"],10,["####-#######","#### #######"],["### #######"]),
 ("ID","62","0",["811","812","813","821","822","852","853","857","858","877","878","895","896","897","898","899","881","882"],11,["####-####-####","#### #### ####"],["###-####-####"]),
 ("PH","63","0",["917","918","919","920","921","927","928","929","905","906","915","916","926","935","936","945","955","956","995","996","997","998","999"],10,["#### ### ####"],["### ### ####"]),
 ("VN","84","0",["90","91","93","94","96","97","98","70","76","77","78","79","81","82","83","84","85","86","88","32","33","34","35","36","37","38","39"],9,["#### ### ###"],["### ### ###"]),
 ("TH","66","0",["81","82","83","84","85","86","87","88","89","61","62","63","64","65","91","92","93","94","95"],9,["###-###-####"],["## ### ####"]),
 ("MY","60","0",["12","13","16","17","19"],9,["###-### ####"],["##-### ####"]),
 ("SG","65","",["81","82","83","84","85","86","87","88","90","91","92","93","94","96","97","98"],8,["#### ####"],["#### ####"]),
 ("CN","86","",["130","131","132","133","135","136","137","138","139","150","151","152","157","158","159","186","187","188","189","177","180","181","183"],11,["### #### ####","###-####-####","###########"],["### #### ####"]),
 ("TW","886","0",["91","92","93","95","96","97","98"],9,["####-###-###"],["### ### ###"]),
 ("JP","81","0",["90","80","70"],10,["###-####-####"],["##-####-####"]),
 ("JP","81","0",["3"],9,["##-####-####"],["#-####-####"]),
 ("KR","82","0",["10"],10,["###-####-####"],["##-####-####"]),
 ("AU","61","0",["400","401","402","403","404","405","406","407","408","409","410","411","412","413","414","415","416","417","418","419","420","421","422","423","424","425","426","427","428","429","430","431","432","433","434","435","437","438","439","447","448","449","450","451","452","455","456","457","458","459"],9,["#### ### ###"],["### ### ###"]),
 ("NZ","64","0",["21","22","27"],9,["### ### ####"],["## ### ####"]),
 ("US","1","",["212","415","312","617","206","303","512","702","404","646","917","213","305","773","818","713","503","612"],10,["(###) ###-####","###-###-####","###.###.####"],["### ###-####","###-###-####"]),
 ("CA","1","",["416","647","604","778","514","438","403","613"],10,["(###) ###-####","###-###-####"],["### ### ####"]),
 ("MX","52","",["55","33","81"],10,["## #### ####"],["## #### ####"]),
 ("BR","55","",["119","219","319","419","519","619","719","819","859","479","489"],11,["(##) #####-####","## #####-####"],["## #####-####"]),
 ("CO","57","",["300","301","310","311","312","313","314","315","316","317","318","320","321","350"],10,["### ### ####","### #######"],["### #######"]),
 ("CL","56","",["95","98","99"],9,["# #### ####"],["# #### ####"]),
 ("AR","54","",["114","115","116","113"],10,["## ####-####","(##) ####-####"],["## ####-####"]),
 ("PE","51","",["9"],9,["### ### ###"],["### ### ###"]),
]
LANG_REGIONS = {
 "en": ["US","GB","CA","AU","IE","NZ","ZA","NG","KE","IN","SG","PH"], "de": ["DE","AT","CH"], "fr": ["FR","BE","CH"],
 "es": ["ES","MX","CO","CL","AR","PE"], "pt": ["BR","PT"], "it": ["IT"], "nl": ["NL","BE"], "pl": ["PL"], "tr": ["TR"],
 "ru": ["RU"], "uk": ["UA"], "ja": ["JP"], "zh": ["CN","TW","SG"], "ko": ["KR"], "hi": ["IN"], "id": ["ID"], "vi": ["VN"],
 "ar": ["AE","SA","EG"], "sv": ["SE"], "no": ["NO"], "fi": ["FI"], "cs": ["CZ"], "hu": ["HU"], "el": ["GR"], "ro": ["RO"],
 "he": ["IL"], "th": ["TH"], "ms": ["MY"], "tl": ["PH"], "ur": ["PK"], "sw": ["KE"],
}

def fill(tpl, digits):
    out, i = [], 0
    for ch in tpl:
        if ch == "#":
            out.append(digits[i]); i += 1
        else:
            out.append(ch)
    assert i == len(digits), (tpl, digits)
    return "".join(out)

def gen_phone(R, region=None):
    rows = [p for p in PHONES if region is None or p[0] == region]
    reg, cc, trunk, prefixes, n, nat, intl = R.choice(rows)
    while True:
        pre = R.choice(prefixes)
        rest = str(R.randint(2, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
        nsn = pre + rest
        if cc == "1" and (nsn[3:6] == "555" or nsn[4:6] == "11"):
            continue
        break
    form = R.choice(["nat", "nat", "nat", "intl", "intl", "e164", "00", "digits"])
    if form == "00" and cc == "1":
        form = "intl"
    if form == "nat":
        v = fill(R.choice(nat), trunk + nsn)
    elif form == "intl":
        v = "+" + cc + " " + fill(R.choice(intl), nsn)
    elif form == "e164":
        v = "+" + cc + nsn
    elif form == "00":
        v = "00" + cc + " " + fill(R.choice(intl), nsn)
    else:
        v = trunk + nsn
    return v, reg + "_" + form

# ---------------------------------------------------------------- cards
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

CARDS = [  # network, prefixes, lengths, weight
 ("visa", ["4"], [16], 6), ("visa_electron", ["4026", "4508", "4844", "4913"], [16], 1),
 ("mastercard", ["51", "52", "53", "54", "55"], [16], 4), ("mastercard2", ["2221", "2303", "2411", "2537", "2619", "2720"], [16], 2),
 ("amex", ["34", "37"], [15], 3), ("unionpay", ["6210", "6222", "6228", "6259", "6217"], [16, 19], 3),
 ("maestro", ["6759", "5018", "5020", "5038", "6304"], [16, 18, 19], 2), ("jcb", ["3528", "3540", "3566", "3589"], [16], 2),
 ("discover", ["6011", "644", "649", "65"], [16], 2), ("diners", ["36", "300", "305", "38"], [14], 1),
 ("mir", ["2200", "2201", "2202", "2204"], [16], 2), ("rupay", ["6521", "6522", "508"], [16], 1),
 ("elo", ["636368", "504175", "451416", "438935"], [16], 1), ("troy", ["9792"], [16], 1),
 ("verve", ["506105", "506121"], [16, 19], 1), ("dankort", ["5019"], [16], 1),
]
TEST_CARDS = ["4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "4000056655665556",
              "5105105105105100", "6011111111111117", "3530111333300000", "4012888888881881", "371449635398431"]

def group_card(d, sep, R):
    n = len(d)
    if n == 15: g = [4, 6, 5]
    elif n == 14: g = [4, 6, 4]
    elif n == 19: g = R.choice([[4, 4, 4, 4, 3], [6, 13]])
    elif n == 18: g = [4, 4, 4, 4, 2]
    else: g = [4, 4, 4, 4]
    out, i = [], 0
    for k in g:
        out.append(d[i:i + k]); i += k
    return sep.join(out)

def gen_card(R, network=None):
    rows = [c for c in CARDS if network is None or c[0] == network]
    weights = [c[3] for c in rows]
    net, prefixes, lengths, _ = R.choices(rows, weights)[0]
    while True:
        pre = R.choice(prefixes); n = R.choice(lengths)
        d = luhn_complete(pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1)))
        if d not in TEST_CARDS and len(set(d[4:])) > 3:
            break
    sep = R.choice(["", " ", " ", "-"])
    return group_card(d, sep, R), net + "_" + ({"": "plain", " ": "space", "-": "dash"}[sep]) + str(n)

# ---------------------------------------------------------------- e-mails
FIRST = ["anna", "lukas", "marie", "jonas", "chloe", "mateo", "valentina", "kenji", "yuki", "wei", "li", "minjun", "seoyeon", "arjun",
         "priya", "olu", "amara", "fatima", "omar", "ines", "tiago", "joana", "giulia", "marco", "sanne", "daan", "kasia", "piotr",
         "elif", "emre", "olga", "dmitri", "sofia", "erik", "ingrid", "aino", "tomas", "zsofia", "nikos", "ioana", "noa", "somchai",
         "nguyen", "linh", "siti", "budi", "grace", "kwame", "liam", "harper", "ethan", "maya", "rafael", "camila"]
LAST = ["schmidt", "weber", "dubois", "lefevre", "garcia", "moreno", "tanaka", "sato", "zhang", "liu", "kim", "park", "sharma", "iyer",
        "adeyemi", "okafor", "haddad", "silva", "costa", "rossi", "bianchi", "dejong", "bakker", "nowak", "kowalski", "yilmaz", "demir",
        "ivanova", "petrov", "lindqvist", "hansen", "virtanen", "novak", "nagy", "papadakis", "popescu", "levi", "tran", "santoso",
        "mensah", "obrien", "walsh", "nguyen", "reyes", "murphy", "campbell", "fischer", "hoffmann"]
FREEMAIL = {
 "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "btinternet.com", "proton.me", "fastmail.com", "aol.com"],
 "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de"], "fr": ["orange.fr", "laposte.net", "free.fr", "sfr.fr", "hotmail.fr"],
 "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "yahoo.com.mx"], "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "sapo.pt", "gmail.com"],
 "it": ["libero.it", "virgilio.it", "alice.it", "tiscali.it"], "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "telenet.be"], "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"],
 "tr": ["hotmail.com", "yandex.com.tr", "gmail.com"], "ru": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru"], "uk": ["ukr.net", "i.ua", "gmail.com"],
 "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "gmail.com"], "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
 "ko": ["naver.com", "daum.net", "hanmail.net"], "hi": ["rediffmail.com", "yahoo.co.in", "gmail.com"], "id": ["yahoo.co.id", "gmail.com"],
 "vi": ["gmail.com", "yahoo.com.vn"], "ar": ["hotmail.com", "gmail.com", "yahoo.com"], "sv": ["telia.com", "hotmail.se", "gmail.com"],
 "cs": ["seznam.cz", "email.cz", "centrum.cz"], "fi": ["luukku.com", "gmail.com"], "el": ["otenet.gr", "yahoo.gr"], "ro": ["yahoo.ro", "gmail.com"],
}
UNI = ["tum.de", "ethz.ch", "ox.ac.uk", "ed.ac.uk", "unimelb.edu.au", "u-tokyo.ac.jp", "usp.br", "mit.edu", "uw.edu", "utoronto.ca",
       "uva.nl", "kuleuven.be", "uj.edu.pl", "itu.edu.tr", "snu.ac.kr", "iitb.ac.in", "ui.ac.id", "uct.ac.za", "unam.mx", "polimi.it"]
CO_A = ["brightwell", "kaltwasser", "nordlicht", "riverbend", "tallpine", "quinta", "vermeer", "sakura", "harbourline", "redkite",
        "bluefjord", "limestone", "orchard", "maple", "ironbark", "saltmarsh", "copperleaf", "greenhollow", "stonebridge", "lumen"]
CO_B = ["logistics", "dental", "studio", "bau", "labs", "freight", "legal", "clinic", "robotics", "bakery", "tours", "analytics",
        "haustechnik", "immobilien", "consulting", "media", "print", "pharma", "energy", "foods"]
CO_TLD = [".com", ".de", ".co.uk", ".fr", ".nl", ".io", ".es", ".it", ".com.br", ".co.jp", ".pl", ".se", ".ch", ".com.au", ".in", ".ca"]

def local_part(R, first=None, last=None):
    f = first or R.choice(FIRST); l = last or R.choice(LAST)
    return R.choice([f + "." + l, f[0] + l, f + "_" + l + str(R.randint(1, 99)), f + l[:3] + str(R.randint(70, 2005)),
                     l + "." + f, f + "." + l + "+" + R.choice(["shop", "news", "work", "bills"]), f + str(R.randint(1, 999))])

def gen_email(R, lang="en", kind=None):
    kind = kind or R.choice(["free", "free", "free", "uni", "co", "co"])
    if kind == "free":
        d = R.choice(FREEMAIL.get(lang, FREEMAIL["en"])); lp = local_part(R)
    elif kind == "uni":
        d = R.choice(UNI); lp = R.choice([R.choice(FIRST) + "." + R.choice(LAST), R.choice(FIRST)[0] + R.choice(LAST) + str(R.randint(1, 9)), "ab" + str(R.randint(1000, 9999))])
        if R.random() < .3: d = R.choice(["cs.", "stud.", "mail.", "student."]) + d
    else:
        d = R.choice(CO_A) + R.choice(["", "-"]) + R.choice(CO_B) + R.choice(CO_TLD)
        lp = R.choice([R.choice(FIRST), R.choice(FIRST) + "." + R.choice(LAST), R.choice(["info", "billing", "bookings", "kontakt", "office", "sales", "support", "hr", "accounts"])])
    return lp + "@" + d, kind

# ---------------------------------------------------------------- API keys
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

def rs(R, alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))

def b62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62); s = B62[r] + s
    return s.rjust(width, "0")

def gh_token(R, prefix):
    body = rs(R, ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xffffffff, 6)

def gh_ok(tok):
    p, rest = tok.split("_", 1)
    return len(rest) == 36 and b62(zlib.crc32(rest[:30].encode()) & 0xffffffff, 6) == rest[30:]

KEYS = [  # name, maker, env var, weight
 ("openai_proj", lambda R: "sk-proj-" + rs(R, URLSAFE, 74) + "T3BlbkFJ" + rs(R, URLSAFE, 74), "OPENAI_API_KEY", 4),
 ("openai_svcacct", lambda R: "sk-svcacct-" + rs(R, URLSAFE, 74) + "T3BlbkFJ" + rs(R, URLSAFE, 74), "OPENAI_API_KEY", 1),
 ("openai_legacy", lambda R: "sk-" + rs(R, ALNUM, 20) + "T3BlbkFJ" + rs(R, ALNUM, 20), "OPENAI_API_KEY", 1),
 ("anthropic", lambda R: "sk-ant-api03-" + rs(R, URLSAFE, 93) + "AA", "ANTHROPIC_API_KEY", 4),
 ("anthropic_admin", lambda R: "sk-ant-admin01-" + rs(R, URLSAFE, 93) + "AA", "ANTHROPIC_ADMIN_KEY", 1),
 ("github_ghp", lambda R: gh_token(R, "ghp_"), "GITHUB_TOKEN", 3),
 ("github_gho", lambda R: gh_token(R, R.choice(["gho_", "ghs_", "ghu_"])), "GH_TOKEN", 1),
 ("github_pat", lambda R: "github_pat_11" + rs(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20) + "_" + rs(R, ALNUM, 59), "GITHUB_PAT", 2),
 ("aws_akia", lambda R: R.choice(["AKIA", "AKIA", "ASIA"]) + rs(R, B32, 16), "AWS_ACCESS_KEY_ID", 3),
 ("google_aiza", lambda R: "AIza" + rs(R, URLSAFE, 35), "GOOGLE_API_KEY", 3),
 ("slack_bot", lambda R: "xoxb-" + str(R.randint(10**10, 10**12)) + "-" + str(R.randint(10**11, 10**13)) + "-" + rs(R, ALNUM, 24), "SLACK_BOT_TOKEN", 2),
 ("slack_user", lambda R: "xoxp-" + str(R.randint(10**10, 10**12)) + "-" + str(R.randint(10**10, 10**12)) + "-" + str(R.randint(10**11, 10**13)) + "-" + rs(R, HEX, 32), "SLACK_USER_TOKEN", 1),
 ("slack_webhook", lambda R: "https://hooks.slack.com/services/T" + rs(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10) + "/B" + rs(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10) + "/" + rs(R, ALNUM, 24), "SLACK_WEBHOOK_URL", 2),
 ("stripe_live", lambda R: R.choice(["sk_live_51", "rk_live_51"]) + rs(R, ALNUM, 97), "STRIPE_SECRET_KEY", 3),
 ("stripe_whsec", lambda R: "whsec_" + rs(R, ALNUM, 32), "STRIPE_WEBHOOK_SECRET", 1),
 ("huggingface", lambda R: "hf_" + rs(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34), "HF_TOKEN", 2),
 ("gitlab", lambda R: "glpat-" + rs(R, URLSAFE, 20), "GITLAB_TOKEN", 2),
 ("sendgrid", lambda R: "SG." + rs(R, URLSAFE, 22) + "." + rs(R, URLSAFE, 43), "SENDGRID_API_KEY", 2),
 ("groq", lambda R: "gsk_" + rs(R, ALNUM, 52), "GROQ_API_KEY", 2),
 ("replicate", lambda R: "r8_" + rs(R, ALNUM, 37), "REPLICATE_API_TOKEN", 1),
 ("openrouter", lambda R: "sk-or-v1-" + rs(R, HEX, 64), "OPENROUTER_API_KEY", 2),
 ("npm", lambda R: gh_token(R, "npm_"), "NPM_TOKEN", 1),
 ("digitalocean", lambda R: "dop_v1_" + rs(R, HEX, 64), "DIGITALOCEAN_TOKEN", 1),
 ("linear", lambda R: "lin_api_" + rs(R, ALNUM, 40), "LINEAR_API_KEY", 1),
 ("perplexity", lambda R: "pplx-" + rs(R, ALNUM, 48), "PERPLEXITY_API_KEY", 1),
 ("xai", lambda R: "xai-" + rs(R, ALNUM, 80), "XAI_API_KEY", 1),
 ("mailgun", lambda R: "key-" + rs(R, HEX, 32), "MAILGUN_API_KEY", 1),
 ("telegram_bot", lambda R: str(R.randint(10**9, 8 * 10**9)) + ":AA" + rs(R, URLSAFE, 33), "TELEGRAM_BOT_TOKEN", 1),
 ("notion", lambda R: "ntn_" + rs(R, "0123456789", 11) + rs(R, ALNUM, 35), "NOTION_TOKEN", 1),
 ("pinecone", lambda R: "pcsk_" + rs(R, ALNUM, 6) + "_" + rs(R, ALNUM, 63), "PINECONE_API_KEY", 1),
]
# label-only: the value has no provider-specific shape; only the label tells
LABEL_ONLY = [
 ("aws_secret", lambda R: rs(R, ALNUM + "/+", 40), "AWS_SECRET_ACCESS_KEY"), ("mistral", lambda R: rs(R, ALNUM, 32), "MISTRAL_API_KEY"),
 ("cohere", lambda R: rs(R, ALNUM, 40), "COHERE_API_KEY"), ("datadog", lambda R: rs(R, HEX, 32), "DD_API_KEY"),
 ("twilio_auth", lambda R: rs(R, HEX, 32), "TWILIO_AUTH_TOKEN"), ("elevenlabs", lambda R: "sk_" + rs(R, HEX, 48), "ELEVENLABS_API_KEY"),
 ("algolia_admin", lambda R: rs(R, HEX, 32), "ALGOLIA_ADMIN_KEY"), ("deepseek", lambda R: "sk-" + rs(R, HEX, 32), "DEEPSEEK_API_KEY"),
 ("mapbox_secret", lambda R: "sk." + rs(R, URLSAFE, 60) + "." + rs(R, URLSAFE, 22), "MAPBOX_SECRET_TOKEN"), ("together", lambda R: rs(R, HEX, 64), "TOGETHER_API_KEY"),
]

def gen_key(R, label_only=None):
    if label_only is None:
        label_only = R.random() < 0.15
    if label_only:
        name, mk, env = R.choice(LABEL_ONLY)
        return mk(R), name + "_labelonly", env
    name, mk, env, _ = R.choices(KEYS, [k[3] for k in KEYS])[0]
    return mk(R), name, env

# ---------------------------------------------------------------- chat turns ({v} = the value, {w} = a second value)
CHAT = {
 "phone": {
  "en": ["can u text the roofer for me, his cell is {v} - ask if thursday still works", "my new number is {v} pls update it in the team sheet",
         "draft a polite msg to my landlord, she said call her on {v} after 6pm only", "someone keeps calling me from {v} is that a scam?? they said they're from my bank",
         "write an out of office that says urgent stuff goes to my colleague ({v})", "the dog walker's number {v}, remind me to pay her friday", "pls format this for the wedding invite rsvp: call or whatsapp {v}"],
  "de": ["kannst du eine sms an den elektriker schreiben, nummer {v}, es geht um den sicherungskasten", "meine neue handynummer ist {v}, bitte in die signatur einbauen",
         "die tagesmutter hat die nummer {v} – formuliere bitte eine absage für morgen"],
  "fr": ["écris un message au plombier stp, son portable c'est le {v}", "voici mon numéro {v}, fais moi une phrase pour le groupe des parents d'élèves", "le livreur m'a appelé du {v} c'est normal?"],
  "es": ["mándale un mensaje a mi casero, su número es {v}, que la caldera no funciona", "mi cel nuevo es {v} ponlo en el cv porfa", "me llamaron del {v} diciendo que gané un premio, es estafa?"],
  "pt": ["escreve uma msg pro síndico, o zap dele é {v}", "meu número novo: {v} — coloca no rodapé do orçamento", "a diarista atende no {v}, pergunta se ela pode sábado"],
  "it": ["scrivi un messaggio all'idraulico, il suo cellulare è {v}", "il mio numero è {v}, mettilo nella firma per favore"],
  "nl": ["stuur een appje naar de loodgieter, zijn nummer is {v}", "mijn nieuwe nummer is {v}, kun je dat in de mail zetten"],
  "pl": ["napisz smsa do hydraulika, numer {v}, że przyjdę później", "mój numer to {v} dodaj go do ogłoszenia o mieszkaniu"],
  "tr": ["tesisatçıya mesaj yaz, numarası {v}", "yeni numaram {v} bunu özgeçmişe ekler misin"],
  "ru": ["напиши сообщение сантехнику, его номер {v}", "мой новый номер {v}, вставь в подпись письма"],
  "uk": ["напиши повідомлення майстру, номер {v}"],
  "ja": ["大家さんの電話番号は{v}です。丁寧な連絡文を作ってください", "{v} から何度も着信があるんだけど詐欺かな？"],
  "zh": ["帮我给房东写条短信，他的电话是{v}，说热水器坏了", "我的手机号是{v}，帮我写进简历里"],
  "ko": ["집주인 번호 {v} 로 보낼 문자 좀 써줘", "내 번호 {v} 이력서에 넣어줘"],
  "hi": ["bhai plumber ka number {v} hai, usko ek polite msg likh do hindi me", "मेरा नया नंबर {v} है, इसे बायोडाटा में डाल दो"],
  "id": ["tolong bikin pesan buat tukang ledeng, nomornya {v}", "nomor hp saya {v}, masukin ke cv ya"],
  "vi": ["viết tin nhắn cho chủ nhà giúp mình, số của bác ấy là {v}"],
  "ar": ["اكتب رسالة للسباك، رقمه {v}", "رقمي الجديد {v} ضيفه للسيرة الذاتية"],
  "sv": ["skriv ett sms till rörmokaren, hans nummer är {v}"], "no": ["lag en melding til snekkeren, nummeret er {v}"], "fi": ["kirjoita viesti putkimiehelle, numero on {v}"],
  "cs": ["napiš sms instalatérovi, číslo je {v}"], "hu": ["írj egy üzenetet a vízszerelőnek, a száma {v}"], "el": ["γράψε ένα μήνυμα στον υδραυλικό, το κινητό του είναι {v}"],
  "ro": ["scrie un mesaj instalatorului, numărul lui e {v}"], "he": ["תכתוב הודעה לאינסטלטור, המספר שלו {v}"], "th": ["ช่วยเขียนข้อความถึงช่างประปาหน่อย เบอร์ {v}"],
  "ms": ["tolong tulis mesej untuk tukang paip, nombor dia {v}"], "tl": ["pakigawa ng text para sa tubero, number niya {v}"], "ur": ["plumber ko msg likh do, uska number {v} hai"], "sw": ["niandikie ujumbe kwa fundi bomba, namba yake ni {v}"],
 },
 "email": {
  "en": ["can you write a follow up to the recruiter? her email is {v}", "my email is {v} - make me a short bio for the conference site", "forward-style summary pls, send to {v} and cc me",
         "i got a weird invoice from {v} is that legit", "change my contact in this cover letter to {v} thx"],
  "de": ["schreib bitte eine mail an {v} wegen der nebenkostenabrechnung", "meine adresse ist {v}, bitte in das bewerbungsanschreiben"],
  "fr": ["rédige un mail pour {v} pour décaler le rdv", "mon mail c'est {v}, ajoute-le à la fin de la lettre de motivation"],
  "es": ["escríbele un correo a {v} pidiendo la factura", "mi correo es {v} ponlo en la firma"],
  "pt": ["escreve um email pra {v} pedindo reembolso", "meu email é {v}, bota no currículo"],
  "it": ["scrivi una mail a {v} per disdire l'abbonamento"], "nl": ["schrijf een mail naar {v} over de huurverhoging"], "pl": ["napisz maila do {v} z prośbą o fakturę"],
  "tr": ["{v} adresine bir şikayet maili yaz"], "ru": ["напиши письмо на {v} с просьбой вернуть деньги"], "uk": ["напиши лист на {v} щодо договору"],
  "ja": ["{v} 宛てにお礼のメールを書いてください", "私のメールアドレスは{v}です。署名を作って"], "zh": ["帮我给{v}写一封催款邮件", "我的邮箱是{v}，帮我加到简历里"],
  "ko": ["{v} 로 보낼 사과 메일 써줘"], "hi": ["ek formal mail likho {v} ko, leave ke liye"], "id": ["buatin email ke {v} soal tagihan"], "vi": ["viết email gửi {v} xin nghỉ phép"],
  "ar": ["اكتب ايميل إلى {v} بخصوص الفاتورة"], "sv": ["skriv ett mejl till {v} om hyran"], "cs": ["napiš email na {v} ohledně faktury"], "fi": ["kirjoita sähköposti osoitteeseen {v} laskusta"],
  "el": ["γράψε email στο {v} για την επιστροφή χρημάτων"], "ro": ["scrie un email către {v} despre factură"],
 },
 "card": {
  "en": ["is this card number even valid {v} my kid typed it into some game site", "i need to dispute a charge on {v}, write the letter to the bank", "the hotel wants me to email them my card {v} exp 09/28 is that normal?",
         "fill the form for me: card {v}, name on card as on my passport", "which bank issued {v}? it showed up in my wallet app and i dont recognise it"],
  "de": ["ich habe eine unbekannte abbuchung auf der karte {v}, schreib mir einen widerspruch", "kartennummer {v} ablauf 11/27 – reicht das für die reservierung?"],
  "fr": ["ma carte {v} a été débitée deux fois, écris une réclamation", "c'est quel type de carte {v} ?"],
  "es": ["me cobraron dos veces en la tarjeta {v}, redacta el reclamo", "esta tarjeta {v} es visa o mastercard?"],
  "pt": ["cobraram duas vezes no cartão {v}, escreve a contestação", "o cartão {v} venceu, como atualizo na netflix?"],
  "it": ["mi hanno addebitato due volte sulla carta {v}, scrivi il reclamo"], "nl": ["er is dubbel afgeschreven van kaart {v}, schrijf een klacht"], "pl": ["obciążono dwa razy kartę {v}, napisz reklamację"],
  "tr": ["kartımdan {v} iki kez çekim yapılmış, itiraz dilekçesi yaz"], "ru": ["с карты {v} списали дважды, составь претензию в банк"],
  "ja": ["カード番号{v}で二重請求されました。問い合わせ文を作って"], "zh": ["我的卡{v}被重复扣款了，帮我写投诉信"], "ko": ["카드 {v} 이중결제 됐어, 항의 문구 써줘"],
  "hi": ["mere card {v} se do baar paise kat gaye, bank ko complaint likho"], "id": ["kartu saya {v} kena tagih dua kali, tolong bikin komplain"], "ar": ["بطاقتي {v} انخصم منها مرتين، اكتب شكوى للبنك"],
 },
 "api_key": {
  "en": ["why does this return 401?? key is {v}", "is {v} a live key or a test one? found it in our old repo", "i accidentally pasted {v} in a public gist, how do i rotate it",
         "set this up for me, my {p} key is {v}", "here's my token {v} - write the curl to list my models"],
  "de": ["warum bekomme ich 401 mit dem key {v}", "mein {p} schlüssel ist {v}, bau mir das skript"], "fr": ["j'ai une erreur 401 avec la clé {v}", "voici ma clé {p} : {v}"],
  "es": ["me da error 401 con la clave {v}", "mi api key de {p} es {v}, armame el script"], "pt": ["dá 401 com a chave {v}, o que tá errado?", "minha chave do {p} é {v}"],
  "it": ["ho un 401 con la chiave {v}"], "nl": ["ik krijg 401 met sleutel {v}"], "pl": ["dostaję 401 z kluczem {v}"], "tr": ["{v} anahtarıyla 401 alıyorum"],
  "ru": ["почему 401 с ключом {v}"], "ja": ["このキー{v}で401エラーが出ます"], "zh": ["用这个key {v} 一直报401"], "ko": ["이 키 {v} 로 401 떠요"],
  "hi": ["yeh key {v} 401 de rahi hai, kya galat hai"], "id": ["pakai key {v} kok 401 ya"], "vi": ["dùng key {v} bị lỗi 401"],
 },
}
LANG_W = [("en", 30), ("de", 7), ("fr", 6), ("es", 7), ("pt", 6), ("it", 4), ("nl", 3), ("pl", 3), ("tr", 3), ("ru", 3), ("uk", 1), ("ja", 4), ("zh", 4),
          ("ko", 3), ("hi", 3), ("id", 3), ("vi", 2), ("ar", 3), ("sv", 1), ("no", 1), ("fi", 1), ("cs", 1), ("hu", 1), ("el", 1), ("ro", 1), ("he", 1),
          ("th", 1), ("ms", 1), ("tl", 1), ("ur", 1), ("sw", 1)]
PROVIDER_WORD = {"openai": "openai", "anthropic": "anthropic", "github": "github", "aws": "aws", "google": "gemini", "slack": "slack", "stripe": "stripe",
                 "huggingface": "huggingface", "gitlab": "gitlab", "sendgrid": "sendgrid", "groq": "groq", "replicate": "replicate", "openrouter": "openrouter"}

def typo(R, s):
    if R.random() < 0.25:
        words = s.split(" ")
        i = R.randrange(len(words))
        w = words[i]
        if len(w) > 4 and "{" not in w and w.isalpha():
            j = R.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        s = " ".join(words)
    return s

def make_value(R, kind, lang):
    if kind == "phone":
        v, sh = gen_phone(R, R.choice(LANG_REGIONS.get(lang, ["US"])))
    elif kind == "email":
        v, sh = gen_email(R, lang)
    elif kind == "card":
        nat = {"ru": "mir", "ja": "jcb", "zh": "unionpay", "hi": "rupay", "pt": "elo", "tr": "troy"}.get(lang)
        v, sh = gen_card(R, nat if nat and R.random() < 0.4 else None)
    else:
        v, sh, env = gen_key(R)
    return v, sh

def chat_line(R):
    kind = R.choices(["phone", "email", "card", "api_key"], [0.9, 1.0, 1.35, 1.0])[0]
    langs = [l for l, w in LANG_W if l in CHAT[kind]]
    lang = R.choices(langs, [w for l, w in LANG_W if l in CHAT[kind]])[0]
    tpl = typo(R, R.choice(CHAT[kind][lang]))
    v, sh = make_value(R, kind, lang)
    spans = [(kind, v, sh)]
    prov = sh.split("_")[0]
    text = tpl.replace("{p}", PROVIDER_WORD.get(prov, prov)).replace("{v}", v)
    known = {"names": [], "emails": [], "ids": []}
    if kind == "email" and ("my email" in tpl or "mi correo" in tpl or "mon mail" in tpl or "meu email" in tpl or "我的邮箱" in tpl or "私のメール" in tpl or "meine adresse" in tpl) and R.random() < 0.6:
        known["emails"].append(v)
    genre = "chat_" + kind
    if R.random() < 0.15:  # a second request in the same turn
        k2 = R.choice(["phone", "email", "card", "api_key"])
        if lang in CHAT[k2] and k2 != kind:
            v2, sh2 = make_value(R, k2, lang)
            t2 = R.choice(CHAT[k2][lang]).replace("{p} ", "").replace("{v}", v2)
            joiner = R.choice([" also ", ". ", "\n", " — and ", " + "]) if lang == "en" else R.choice([". ", "\n", " / "])
            text = text + joiner + t2
            spans.append((k2, v2, sh2)); genre += "+" + k2
    if R.random() < 0.3:
        text = text.lower() if not any(c.isupper() for c in v) and kind != "api_key" else text
    return text, spans, genre, lang, known

# ---------------------------------------------------------------- technical pastes
def ts(R):
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))

def hexid(R, n):
    return rs(R, HEX, n)

def fullname(R):
    return R.choice(FIRST).capitalize() + " " + R.choice(LAST).capitalize()

def T_git_log(R):
    e, sh = gen_email(R, "en", R.choice(["free", "co"]))
    return ("$ git log -2 --format=fuller\ncommit %s\nAuthor:     %s <%s>\nAuthorDate: Tue Oct 14 09:12:55 2025 +0200\nCommit:     GitHub <web-flow>\n\n    fix flaky retry test in uploader\n"
            % (hexid(R, 40), fullname(R), e)), [("email", e, sh)]

def T_ssh_pubkey(R):
    e, sh = gen_email(R, "en")
    return ("cat ~/.ssh/id_ed25519.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s\n\nwhy does github say key is already in use" % (rs(R, ALNUM, 43), e)), [("email", e, sh)]

def T_gpg(R):
    e, sh = gen_email(R, "de")
    return ("gpg --list-keys\n/home/dev/.gnupg/pubring.kbx\n-----------------------------\npub   ed25519 2024-03-02 [SC] [expires: 2027-03-02]\n      %s\nuid           [ultimate] %s <%s>\nsub   cv25519 2024-03-02 [E]\n"
            % (hexid(R, 40).upper(), fullname(R), e)), [("email", e, sh)]

def T_sentry_user(R):
    e, sh = gen_email(R, "en"); 
    return (json.dumps({"event_id": hexid(R, 32), "level": "error", "platform": "python", "user": {"id": str(R.randint(1000, 99999)), "email": e, "ip_address": "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))},
                        "exception": {"values": [{"type": "KeyError", "value": "'billing_address'"}]}}, indent=2)), [("email", e, sh)]

def T_crontab(R):
    e, sh = gen_email(R, "en", "co")
    return ("crontab -l\nMAILTO=%s\nSHELL=/bin/bash\n15 3 * * * /opt/backup/run.sh --target s3://nightly-%s >> /var/log/backup.log 2>&1\n" % (e, rs(R, "abcdefghijklmnop", 6))), [("email", e, sh)]

def T_ldif(R):
    f, l = R.choice(FIRST), R.choice(LAST); e, sh = gen_email(R, "en", "co")
    t = "$ ldapsearch -x -LLL uid=%s%s mail telephoneNumber\ndn: uid=%s%s,ou=people,dc=corp,dc=internal\nmail: %s\n" % (f[0], l, f[0], l, e)
    spans = [("email", e, sh)]
    if R.random() < .6:
        p, psh = gen_phone(R); t += "telephoneNumber: %s\n" % p; spans.append(("phone", p, psh))
    return t, spans

def T_sieve(R):
    e, sh = gen_email(R, "fr")
    return ('require ["fileinto"];\nif address :is "from" "%s" {\n    fileinto "Factures";\n    stop;\n}\n# why is this not matching?' % e), [("email", e, sh)]

def T_customers_csv(R):
    lang = R.choice(["en", "de", "es", "pt", "fr", "nl"])
    hdr = {"en": "id,name,email,phone,city", "de": "kundennr;name;e-mail;telefon;ort", "es": "id;nombre;correo;teléfono;ciudad", "pt": "id;nome;email;celular;cidade", "fr": "id;nom;courriel;téléphone;ville", "nl": "id;naam;email;telefoon;plaats"}[lang]
    sep = "," if lang == "en" else ";"
    rows, spans = [hdr], []
    for i in range(R.randint(2, 3)):
        e, esh = gen_email(R, lang); p, psh = gen_phone(R, R.choice(LANG_REGIONS[lang]))
        rows.append(sep.join([str(R.randint(10000, 99999)), fullname(R), e, p, R.choice(["Leeds", "Köln", "Sevilla", "Recife", "Lyon", "Utrecht", "Porto"])]))
        spans += [("email", e, esh), ("phone", p, psh)]
    return "\n".join(rows) + "\n", spans, lang

def T_hubspot_json(R):
    e, esh = gen_email(R, "en", "co"); p, psh = gen_phone(R)
    return (json.dumps({"id": str(R.randint(10**10, 10**11)), "properties": {"email": e, "firstname": R.choice(FIRST).capitalize(), "phone": p, "lifecyclestage": "lead", "hs_lead_status": "NEW"}, "archived": False}, indent=2, ensure_ascii=False)), [("email", e, esh), ("phone", p, psh)]

def T_signature(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pl"])
    e, esh = gen_email(R, lang, "co"); p, psh = gen_phone(R, R.choice(LANG_REGIONS[lang]))
    lab = {"en": ("Mobile", "Email"), "de": ("Mobil", "E-Mail"), "fr": ("Portable", "Courriel"), "es": ("Móvil", "Correo"), "it": ("Cell.", "Email"), "nl": ("Mobiel", "E-mail"), "pl": ("Tel. kom.", "E-mail")}[lang]
    return ("--\n%s\n%s\n%s: %s\n%s: %s\n" % (fullname(R), R.choice(["Project Manager", "Einkauf", "Responsable logistique", "Office Manager", "Key Account"]), lab[0], p, lab[1], e)), [("phone", p, psh), ("email", e, esh)], lang

def T_logcat_sms(R):
    p, psh = gen_phone(R)
    return ("%s  2231  2290 I SmsDispatcher: sendText: dest=%s msgId=%d parts=1\n%s  2231  2290 W SmsDispatcher: onSendComplete: RESULT_ERROR_GENERIC_FAILURE\n" % ("11-0%d 14:22:0%d.%03d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 999)), p, R.randint(100, 999), "11-02 14:22:09.911")), [("phone", p, psh)]

def T_whatsapp_api(R):
    p, psh = gen_phone(R)
    d = "".join(c for c in p if c.isdigit())
    if p.startswith("00"): d = d[2:]
    elif not p.startswith("+"): return T_logcat_sms(R)
    return ("curl -X POST https://graph.facebook.com/v20.0/%d/messages -H 'Content-Type: application/json' -d '{\"messaging_product\":\"whatsapp\",\"to\":\"%s\",\"type\":\"template\",\"template\":{\"name\":\"order_ready\",\"language\":{\"code\":\"en\"}}}'\n{\"error\":{\"message\":\"(#131030) Recipient phone number not in allowed list\"}}" % (R.randint(10**14, 10**15), d)), [("phone", d, psh.split("_")[0] + "_digits_cc")]

def T_oncall_yaml(R):
    spans, rows = [], []
    for role in ["primary", "secondary"]:
        p, psh = gen_phone(R); rows.append("  %s:\n    name: %s\n    phone: \"%s\"" % (role, fullname(R), p)); spans.append(("phone", p, psh))
    return "oncall:\n  rotation: weekly\n" + "\n".join(rows) + "\n  escalate_after_min: 15\n", spans

def T_reservation_log(R):
    p, psh = gen_phone(R)
    return ("[%s] INFO booking.create party=%d slot=19:30 table=T%d guest=\"%s\" tel=%s channel=phone\n[%s] WARN sms.confirm failed provider=timeout" % (ts(R), R.randint(2, 8), R.randint(1, 40), fullname(R), p, ts(R))), [("phone", p, psh)]

def T_django_validation(R):
    p, psh = gen_phone(R)
    return ("django.core.exceptions.ValidationError: {'mobile': ['Enter a valid phone number (e.g. +12125552368).']}\n>>> form.data['mobile']\n'%s'" % p), [("phone", p, psh)]

def T_md_contacts(R):
    lang = R.choice(["en", "de", "es"])
    rows, spans = ["| role | name | phone |", "|---|---|---|"], []
    for role in (["caterer", "venue", "dj"] if lang == "en" else ["catering", "location", "dj"])[:R.randint(2, 3)]:
        p, psh = gen_phone(R, R.choice(LANG_REGIONS[lang])); rows.append("| %s | %s | %s |" % (role, fullname(R), p)); spans.append(("phone", p, psh))
    return "\n".join(rows), spans, lang

def T_checkout_log(R):
    c, csh = gen_card(R)
    return ("%s DEBUG payments.gateway request body={\"amount\":%d,\"currency\":\"%s\",\"source\":{\"number\":\"%s\",\"exp_month\":%d,\"exp_year\":20%d,\"cvc\":\"%03d\"}}\n%s ERROR payments.gateway declined code=do_not_honor"
            % (ts(R), R.randint(500, 90000), R.choice(["eur", "usd", "gbp", "brl", "jpy"]), c, R.randint(1, 12), R.randint(26, 31), R.randint(0, 999), ts(R))), [("card", c, csh)]

def T_bitwarden(R):
    c, csh = gen_card(R)
    return (json.dumps({"type": 3, "name": R.choice(["Work Amex", "Revolut", "Nubank", "Sparkasse", "Tinkoff", "ICICI"]), "card": {"cardholderName": fullname(R), "brand": csh.split("_")[0].capitalize(), "number": c, "expMonth": str(R.randint(1, 12)), "expYear": "20%d" % R.randint(26, 31), "code": "%03d" % R.randint(0, 999)}}, indent=2)), [("card", c, csh)]

def T_chrome_cards_csv(R):
    rows, spans = ["name_on_card,expiration_month,expiration_year,card_number,nickname"], []
    for _ in range(R.randint(1, 2)):
        c, csh = gen_card(R); rows.append("%s,%d,20%d,%s,%s" % (fullname(R), R.randint(1, 12), R.randint(26, 31), c, R.choice(["", "travel", "groceries"]))); spans.append(("card", c, csh))
    return "\n".join(rows), spans

def T_psql_orders(R):
    c, csh = gen_card(R)
    return (" order_id | status  |      cc_number       | total\n----------+---------+----------------------+-------\n   %6d | failed  | %-20s | %d.%02d\n(1 row)\n" % (R.randint(100000, 999999), c, R.randint(10, 999), R.randint(0, 99))), [("card", c, csh)]

def T_pci_scan(R):
    c, csh = gen_card(R)
    return ("pan-scanner v2.3 — scanning ./logs\n./logs/app-%s.log:%d: possible PAN (%s): %s\n1 finding(s). exit 2" % ("2026-0%d-1%d" % (R.randint(1, 9), R.randint(0, 9)), R.randint(10, 9000), csh.split("_")[0], c)), [("card", c, csh)]

def T_expense_sheet(R):
    lang = R.choice(["en", "de", "fr", "es"])
    c, csh = gen_card(R)
    lab = {"en": "Card used", "de": "Karte", "fr": "Carte utilisée", "es": "Tarjeta usada"}[lang]
    return ("Trip: %s\t%s: %s\nHotel\t%d.%02d\nTaxi\t%d.%02d\n" % (R.choice(["Lisbon offsite", "Messe Frankfurt", "Salon Lyon", "Feria Madrid"]), lab, c, R.randint(100, 900), R.randint(0, 99), R.randint(10, 90), R.randint(0, 99))), [("card", c, csh)], lang

def T_traceback_card(R):
    c, csh = gen_card(R)
    return ('Traceback (most recent call last):\n  File "checkout/views.py", line %d, in pay\n    charge = gateway.charge(card_number="%s", amount=total)\n  File "gateway/client.py", line 88, in charge\n    raise CardDeclined(resp["reason"])\ngateway.errors.CardDeclined: insufficient_funds' % (R.randint(40, 400), c)), [("card", c, csh)]

def T_dotenv(R):
    n = R.randint(1, 3); lines = ["NODE_ENV=production", "PORT=%d" % R.choice([3000, 8080, 5173]), "LOG_LEVEL=info"]; spans = []
    for _ in range(n):
        v, sh, env = gen_key(R); lines.insert(R.randint(0, len(lines)), "%s=%s" % (env, R.choice([v, v, '"%s"' % v]))); spans.append(("api_key", v, sh))
    return "\n".join(lines) + "\n", spans

HDR = {"openai": "Authorization: Bearer ", "anthropic": "x-api-key: ", "groq": "Authorization: Bearer ", "openrouter": "Authorization: Bearer ", "github": "Authorization: token ", "gitlab": "PRIVATE-TOKEN: ",
       "huggingface": "Authorization: Bearer ", "sendgrid": "Authorization: Bearer ", "stripe": "Authorization: Bearer ", "replicate": "Authorization: Bearer ", "perplexity": "Authorization: Bearer ", "xai": "Authorization: Bearer "}
def T_curl(R):
    v, sh, env = gen_key(R)
    prov = sh.split("_")[0]
    if sh.endswith("labelonly") or prov not in HDR:
        if prov == "google":
            return ("curl \"https://generativelanguage.googleapis.com/v1beta/models?key=%s\"\n{ \"error\": { \"code\": 403, \"status\": \"PERMISSION_DENIED\" } }" % v), [("api_key", v, sh)]
        return ("curl -s https://api.%s.example-service.io/v1/usage -H 'X-API-Key: %s' | jq .\nparse error: Invalid numeric literal at line 1, column 10" % (R.choice(["eu", "us"]), v)), [("api_key", v, sh)]
    return ("curl -sS https://api.%s.com/v1/models \\\n  -H '%s%s' \\\n  -H 'content-type: application/json'\n{\"error\":{\"type\":\"authentication_error\"}}" % (prov, HDR[prov], v)), [("api_key", v, sh)]

def T_sdk(R):
    v, sh, env = gen_key(R, False)
    prov = sh.split("_")[0]
    ctor = {"openai": "from openai import OpenAI\nclient = OpenAI(api_key=\"%s\")", "anthropic": "import anthropic\nclient = anthropic.Anthropic(api_key=\"%s\")", "groq": "from groq import Groq\nclient = Groq(api_key=\"%s\")",
            "stripe": "import stripe\nstripe.api_key = \"%s\"", "huggingface": "from huggingface_hub import login\nlogin(token=\"%s\")", "google": "import google.generativeai as genai\ngenai.configure(api_key=\"%s\")",
            "github": "from github import Github\ng = Github(\"%s\")", "sendgrid": "sg = SendGridAPIClient(\"%s\")", "replicate": "client = replicate.Client(api_token=\"%s\")"}.get(prov, "API_KEY = \"%s\"\nclient = Client(API_KEY)")
    return (ctor % v) + "\n\n# this worked yesterday, now AuthenticationError. why", [("api_key", v, sh)]

def T_gha(R):
    v, sh, env = gen_key(R)
    return ("name: nightly\non:\n  schedule:\n    - cron: '0 2 * * *'\njobs:\n  run:\n    runs-on: ubuntu-latest\n    env:\n      %s: %s\n    steps:\n      - uses: actions/checkout@v4\n      - run: python scripts/sync.py\n" % (env, v)), [("api_key", v, sh)]

def T_docker_run(R):
    v, sh, env = gen_key(R)
    return ("docker run -d --name worker -e %s=%s -e TZ=Europe/Berlin -p 8080:8080 ghcr.io/acme/worker:%d.%d.%d\n%s" % (env, v, R.randint(1, 4), R.randint(0, 20), R.randint(0, 9), hexid(R, 64))), [("api_key", v, sh)]

def T_tfvars(R):
    v, sh, env = gen_key(R)
    return ('# terraform.tfvars\nregion        = "eu-central-1"\ninstance_type = "t3.small"\n%s = "%s"\n' % (env.lower(), v)), [("api_key", v, sh)]

def T_npmrc(R):
    v = gh_token(R, "npm_")
    return ("cat ~/.npmrc\n//registry.npmjs.org/:_authToken=%s\nfund=false\n\nnpm ERR! code E403 when publishing, token is new" % v), [("api_key", v, "npm")]

def T_k8s_secret(R):
    v, sh, env = gen_key(R)
    return ("kubectl create secret generic app-secrets --from-literal=%s=%s -n prod\nerror: failed to create secret secrets \"app-secrets\" already exists" % (env, v)), [("api_key", v, sh)]

def T_http_debug(R):
    v, sh, env = gen_key(R, False)
    prov = sh.split("_")[0]
    h = HDR.get(prov, "Authorization: Bearer ")
    return ("DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.%s.com:443\nsend: b'POST /v1/chat HTTP/1.1\\r\\nHost: api.%s.com\\r\\n%s%s\\r\\nContent-Length: %d\\r\\n'\nreply: 'HTTP/1.1 429 Too Many Requests\\r\\n'" % (prov, prov, h, v, R.randint(80, 900))), [("api_key", v, sh)]

def T_tool_cat_env(R):
    v, sh, env = gen_key(R); e, esh = gen_email(R, "en", "co")
    return ("$ cat config/prod.env\nMAIL_FROM=%s\n%s=%s\nFEATURE_FLAGS=beta_search,new_cart\n" % (e, env, v)), [("email", e, esh), ("api_key", v, sh)]

def T_label_only(R):
    v, sh, env = gen_key(R, True)
    lang = R.choice(["en", "en", "de", "es"])
    t = R.choice(["export %s='%s'", "%s: %s", "[credentials]\n%s = \"%s\""]) % (env if R.random() < .7 else env.lower(), v)
    return t, [("api_key", v, sh)], "en"

TECH = [(f, k) for f, k in [
 (T_git_log, "email"), (T_ssh_pubkey, "email"), (T_gpg, "email"), (T_sentry_user, "email"), (T_crontab, "email"), (T_ldif, "email"), (T_sieve, "email"),
 (T_customers_csv, "email"), (T_hubspot_json, "email"), (T_signature, "email"), (T_tool_cat_env, "email"),
 (T_logcat_sms, "phone"), (T_whatsapp_api, "phone"), (T_oncall_yaml, "phone"), (T_reservation_log, "phone"), (T_django_validation, "phone"), (T_md_contacts, "phone"),
 (T_checkout_log, "card"), (T_bitwarden, "card"), (T_chrome_cards_csv, "card"), (T_psql_orders, "card"), (T_pci_scan, "card"), (T_expense_sheet, "card"), (T_traceback_card, "card"),
 (T_dotenv, "api_key"), (T_curl, "api_key"), (T_sdk, "api_key"), (T_gha, "api_key"), (T_docker_run, "api_key"), (T_tfvars, "api_key"), (T_npmrc, "api_key"), (T_k8s_secret, "api_key"),
 (T_http_debug, "api_key"), (T_label_only, "api_key")]]

def tech_line(R):
    f, k = R.choice(TECH)
    r = f(R)
    text, spans = r[0], r[1]
    lang = r[2] if len(r) > 2 else "en"
    return text, spans, f.__name__[2:], lang, {"names": [], "emails": [], "ids": []}

# ---------------------------------------------------------------- wrappers (shapes after /work/shared/fixtures/logs)
def uuid(R):
    h = hexid(R, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])

def dumps(o, ascii_=False):
    return json.dumps(o, ensure_ascii=ascii_, separators=(",", ":"))

def w_cc_user(R, t, tool):
    return dumps({"parentUuid": uuid(R), "isSidechain": False, "userType": "external", "cwd": "/Users/dev/" + R.choice(["shop", "infra", "thesis", "app"]), "sessionId": uuid(R), "version": "2.1.%d" % R.randint(10, 90),
                  "gitBranch": "main", "type": "user", "message": {"role": "user", "content": t}, "uuid": uuid(R), "timestamp": ts(R)})

def w_cc_tool_result(R, t, tool):
    return dumps({"parentUuid": uuid(R), "isSidechain": False, "type": "user", "message": {"role": "user", "content": [{"tool_use_id": "toolu_01" + rs(R, ALNUM, 22), "type": "tool_result", "content": t, "is_error": False}]},
                  "uuid": uuid(R), "timestamp": ts(R)})

def w_codex_user(R, t, tool):
    return dumps({"timestamp": ts(R), "type": "event_msg", "payload": {"type": "user_message", "message": t, "images": [], "local_images": [], "text_elements": []}})

def w_codex_fn_output(R, t, tool):
    return dumps({"timestamp": ts(R), "type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_" + rs(R, ALNUM, 24), "output": {"type": "input_text", "text": t}}})

def w_chatgpt_node(R, t, tool):
    i = uuid(R)
    return dumps({i: {"id": i, "message": {"id": i, "author": {"role": "user", "name": None, "metadata": {}}, "create_time": 1760000000 + R.randint(0, 9999999) + 0.5, "update_time": None,
                  "content": {"content_type": "text", "parts": [t]}, "status": "finished_successfully", "end_turn": None, "weight": 1.0, "metadata": {}, "recipient": "all"}, "parent": uuid(R), "children": []}}, True)

def w_claude_ai(R, t, tool):
    return dumps({"uuid": uuid(R), "text": t, "content": [{"type": "text", "text": t}] if False else [], "sender": "human", "created_at": ts(R), "updated_at": ts(R), "attachments": [], "files": []})

def w_anthropic_req(R, t, tool):
    return dumps({"model": R.choice(["claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5"]), "max_tokens": R.choice([1024, 4096, 8192]), "messages": [{"role": "user", "content": [{"type": "text", "text": t}]}]}, R.random() < .5)

def w_openai_chat(R, t, tool):
    return dumps({"model": R.choice(["gpt-4o-mini", "gpt-4.1", "gpt-5"]), "messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": t}], "stream": True})

def w_openai_responses(R, t, tool):
    return dumps({"model": "gpt-5", "input": [{"role": "user", "content": [{"type": "input_text", "text": t}]}], "store": False})

def w_llm_logs(R, t, tool):
    return json.dumps({"id": rs(R, "0123456789abcdefghjkmnpqrstvwxyz", 26), "model": R.choice(["gpt-4o-mini", "claude-3.5-haiku", "gemini-2.0-flash"]), "prompt": t, "system": None,
                       "response": R.choice(["Sure — here is a draft.", "Here's what's happening:", "Done."]), "conversation_id": rs(R, "0123456789abcdefghjkmnpqrstvwxyz", 26), "datetime_utc": ts(R).replace("Z", "+00:00")}, indent=2)

def w_otel(R, t, tool):
    msgs = json.dumps([{"role": "user", "parts": [{"type": "text", "content": t}]}], ensure_ascii=False)
    return dumps({"name": "chat gpt-4o", "context": {"trace_id": hexid(R, 32), "span_id": hexid(R, 16)}, "kind": "SPAN_KIND_CLIENT",
                  "attributes": {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": "gpt-4o", "gen_ai.input.messages": msgs}})

def w_sharegpt(R, t, tool):
    return dumps({"id": "identity_%d" % R.randint(0, 99999), "conversations": [{"from": "human", "value": t}, {"from": "gpt", "value": "Of course. Here is a version you can send:"}]})

WRAP_CHAT = [("cc_user", w_cc_user), ("codex_user_message", w_codex_user), ("chatgpt_node", w_chatgpt_node), ("claude_ai_message", w_claude_ai), ("anthropic_request", w_anthropic_req),
             ("openai_chat_request", w_openai_chat), ("openai_responses_request", w_openai_responses), ("llm_logs", w_llm_logs), ("otel", w_otel), ("sharegpt", w_sharegpt)]
WRAP_TOOL = [("cc_tool_result", w_cc_tool_result), ("codex_function_output", w_codex_fn_output), ("cc_user", w_cc_user), ("anthropic_request", w_anthropic_req), ("openai_chat_request", w_openai_chat), ("otel", w_otel)]

# ---------------------------------------------------------------- hard negatives
def digits(R, n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))

def luhn_bad(R, n):
    while True:
        d = digits(R, n)
        if not luhn_ok(d):
            return d

def N_order(R):
    lang = R.choice(["en", "de", "fr", "es", "pt", "it", "nl", "pl"])
    o = luhn_bad(R, R.choice([13, 14, 15, 16, 17, 18, 19]))
    lab = {"en": "where is my order", "de": "wo bleibt meine bestellung", "fr": "où en est ma commande", "es": "dónde está mi pedido", "pt": "cadê meu pedido", "it": "dov'è il mio ordine", "nl": "waar blijft mijn bestelling", "pl": "gdzie jest moje zamówienie"}[lang]
    return R.choice(["%s %s? tracking says label created since monday" % (lab, o), "%s, nr %s" % (lab, o), "invoice INV-%d-%06d and order %s are the same purchase, merge them in the sheet" % (R.randint(2019, 2026), R.randint(1, 999999), o),
                     "UPS 1Z%s%s — %s" % (rs(R, "ABCDEFGHJKLMNPRTVWXY0123456789", 6), digits(R, 10), lab)]), lang

def N_epoch(R):
    e = str(R.randint(1_600_000_000_000, 1_800_000_000_000))
    return R.choice(["convert %s to a date in python pls" % e, "[%s] worker-3 heartbeat ok lag_ms=%d" % (e, R.randint(1, 900)), "created_at: %d\nupdated_at: %s" % (R.randint(1_600_000_000, 1_800_000_000), e)]), "en"

def N_isbn(R):
    b = "978" + digits(R, 9, "0123456789")
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b)); b += str((10 - s % 10) % 10)
    return R.choice(["cite this book for my thesis, ISBN %s, apa 7 please" % b, "EAN %s scanned twice at checkout" % b, "isbn-13: %s-%s-%s-%s-%s" % (b[:3], b[3], b[4:8], b[8:12], b[12])]), "en"

def N_coords(R):
    la, lo = R.uniform(-60, 70), R.uniform(-170, 170)
    return R.choice(["how far is %.5f, %.5f from the nearest airport" % (la, lo), "{\"lat\": %.6f, \"lng\": %.6f, \"accuracy_m\": %d}" % (la, lo, R.randint(3, 80)), "geo:%.4f,%.4f?z=%d" % (la, lo, R.randint(8, 18))]), "en"

def N_dates(R):
    d, m, y, h, mi = R.randint(1, 28), R.randint(1, 12), R.randint(2020, 2027), R.randint(0, 23), R.randint(0, 59)
    opts = [("de", "termin am %02d.%02d.%d um %02d:%02d uhr, bitte in den kalender" % (d, m, y, h, mi)), ("en", "meeting moved to %d/%d/%d %d:%02d %s" % (m, d, y, h % 12 or 12, mi, "am" if h < 12 else "pm")),
            ("ja", "%d年%d月%d日 %d時%02d分に予約しました" % (y, m, d, h, mi)), ("fr", "rdv le %02d/%02d/%d à %dh%02d" % (d, m, y, h, mi)), ("zh", "%d年%d月%d日下午%d点" % (y, m, d, R.randint(1, 6))),
            ("en", "%d-%02d-%02dT%02d:%02d:%02d+05:30" % (y, m, d, h, mi, R.randint(0, 59))), ("pl", "spotkanie %d.%02d.%d godz. %d:%02d" % (d, m, y, h, mi)), ("ko", "%d년 %d월 %d일 오후 %d시" % (y, m, d, R.randint(1, 9)))]
    l, t = R.choice(opts); return t, l

def N_versions(R):
    return R.choice(["upgrade from %d.%d.%d to %d.%d.%d broke the build" % (R.randint(1, 20), R.randint(0, 30), R.randint(0, 30), R.randint(1, 20), R.randint(0, 30), R.randint(0, 30)),
                     "Microsoft Windows [Version 10.0.%d.%d]" % (R.randint(19041, 26100), R.randint(1000, 6000)), "build %d.%d.%d.%d (arm64) crashed on launch" % (R.randint(1, 9), R.randint(0, 99), R.randint(0, 999), R.randint(1000, 99999)),
                     "pip install torch==2.%d.%d+cu12%d" % (R.randint(0, 6), R.randint(0, 3), R.randint(1, 8))]), "en"

def N_hashes(R):
    return R.choice(["git cherry-pick %s" % hexid(R, 40), "image: ghcr.io/acme/api@sha256:%s" % hexid(R, 64), "sha512sum mismatch: expected %s" % hexid(R, 128), "fixed in %s, see also %s" % (hexid(R, 7), hexid(R, 12)),
                     "etag: W/\"%s\"" % hexid(R, 32), "integrity=\"sha384-%s\"" % rs(R, ALNUM + "+/", 64)]), "en"

def N_llm_ids(R):
    return R.choice(["{\"id\": \"msg_01%s\", \"type\": \"message\", \"stop_reason\": \"end_turn\"}" % rs(R, ALNUM, 22), "tool_use id toolu_01%s failed: timeout" % rs(R, ALNUM, 22),
                     "\"id\": \"chatcmpl-%s\", \"object\": \"chat.completion.chunk\"" % rs(R, ALNUM, 29), "request-id: req_011C%s" % rs(R, ALNUM, 20), "call_id=call_%s status=completed" % rs(R, ALNUM, 24),
                     "response id resp_%s" % hexid(R, 48), "batch_%s finished with 3 errors" % hexid(R, 32), "file-%s uploaded (purpose=assistants)" % rs(R, ALNUM, 22)]), "en"

def N_masked(R):
    return R.choice(["the charge was on my card ending **** **** **** %04d, ignore it" % R.randint(0, 9999), "key shown as sk-proj-...%s in the dashboard" % rs(R, ALNUM, 4), "Visa •••• %04d expires %02d/%d" % (R.randint(0, 9999), R.randint(1, 12), R.randint(26, 31)),
                     "otp sent to +49 *** *****%02d" % R.randint(0, 99), "AKIA************%s (rotated)" % rs(R, B32, 4), "XXXX-XXXX-XXXX-%04d" % R.randint(0, 9999), "ghp_****************************%s" % rs(R, ALNUM, 4)]), "en"

def N_placeholders(R):
    return R.choice(["export OPENAI_API_KEY=sk-...", "curl -H \"x-api-key: <your-api-key>\" https://api.anthropic.com/v1/messages", "env:\n  STRIPE_KEY: ${{ secrets.STRIPE_KEY }}", "client = Anthropic(api_key=os.environ[\"ANTHROPIC_API_KEY\"])",
                     "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "api_key = \"YOUR_API_KEY_HERE\"", "Authorization: Bearer $HF_TOKEN", "AWS_SECRET_ACCESS_KEY=<redacted>", "token: {{ vault_gitlab_token }}",
                     "SENDGRID_API_KEY=SG.xxxxx.yyyyy"]), "en"

def N_at(R):
    return R.choice(["@channel deploy freeze starts friday", "npm i @types/node@%d.%d.%d --save-dev" % (R.randint(18, 22), R.randint(0, 20), R.randint(0, 9)), "@app.route(\"/health\")\ndef health():\n    return \"ok\"",
                     "@media (max-width: 600px) { .nav { display: none } }", "meet @ 5 at the station", "uses: actions/setup-node@v4", "@dependabot rebase", "price: 3 @ $4.99", "pip install git+https://github.com/psf/requests@v2.32.3"]), "en"

def N_company(R):
    return R.choice(["Amtsgericht München HRB %d, USt-IdNr. DE%s" % (R.randint(10000, 299999), digits(R, 9)), "KvK-nummer %s, BTW NL%sB01" % (digits(R, 8), digits(R, 9)), "Companies House no. %08d" % R.randint(1000000, 14999999),
                     "SIRET %s %s %s %s" % (digits(R, 3), digits(R, 3), digits(R, 3), digits(R, 5, "0123456789")), "CNPJ %02d.%03d.%03d/0001-%02d" % (R.randint(10, 99), R.randint(0, 999), R.randint(0, 999), R.randint(0, 99)), "ABN %s %s %s %s" % (digits(R, 2), digits(R, 3), digits(R, 3), digits(R, 3, "0123456789"))]), R.choice(["en", "de", "nl"])

def N_meeting(R):
    return R.choice(["Zoom Meeting ID: %s %s %s  Passcode: %s" % (digits(R, 3), digits(R, 4, "0123456789"), digits(R, 4, "0123456789"), rs(R, ALNUM, 6)), "Teams meeting ID: %s %s %s %s" % (digits(R, 3), digits(R, 3, "0123456789"), digits(R, 3, "0123456789"), digits(R, 3, "0123456789")),
                     "join: meet.google.com/%s-%s-%s" % (rs(R, "abcdefghijkmnopqrstuvwxyz", 3), rs(R, "abcdefghijkmnopqrstuvwxyz", 4), rs(R, "abcdefghijkmnopqrstuvwxyz", 3)), "webex access code %s %s %s" % (digits(R, 4), digits(R, 3, "0123456789"), digits(R, 4, "0123456789"))]), "en"

def N_code(R):
    return R.choice(["EMAIL_RE = re.compile(r\"^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$\")", "def luhn(n):\n    s = 0\n    for i, d in enumerate(reversed(n)):\n        d = int(d) * (2 if i % 2 else 1)\n        s += d - 9 if d > 9 else d\n    return s % 10 == 0",
                     "num = phonenumbers.parse(raw, region)\nif not phonenumbers.is_valid_number(num):\n    raise ValueError(\"bad phone\")", "<input type=\"email\" name=\"email\" autocomplete=\"email\" required>", "const isCard = (s) => /^\\d{13,19}$/.test(s.replace(/[ -]/g, ''));",
                     "CHECK (phone ~ '^\\+[1-9][0-9]{7,14}$')"]), "en"

def N_metrics(R):
    return R.choice(["processed %s rows in %.1fs (%d rejected)" % ("{:,}".format(R.randint(10**5, 10**9)), R.uniform(1, 900), R.randint(0, 999)), "http_requests_total{code=\"200\",route=\"/api\"} %d" % R.randint(10**6, 10**12),
                     "disk: %d bytes free of %d" % (R.randint(10**10, 10**12), R.randint(10**12, 10**13)), "population %s (2023 est.)" % "{:,}".format(R.randint(10**5, 10**9)), "Σ = %d.%02d EUR" % (R.randint(1000, 999999), R.randint(0, 99))]), "en"

def N_misc_ids(R):
    return R.choice(["trace_id=%s span_id=%s" % (hexid(R, 32), hexid(R, 16)), "session %s expired" % uuid(R), "PNR %s, flight %s %d, seat %d%s" % (rs(R, "ABCDEFGHJKLMNPQRSTUVWXYZ", 6), R.choice(["LH", "AF", "TK", "QR", "LA"]), R.randint(100, 9999), R.randint(1, 45), R.choice("ABCDEF")),
                     "IMEI check: SV %02d" % R.randint(0, 99), "room 3.%03d, ext. %d" % (R.randint(1, 200), R.randint(100, 9999)), "postcode %s %s" % (R.choice(["SW1A", "M1", "EH1"]), "%d%s" % (R.randint(1, 9), rs(R, "ABDEFGHJLNPQRSTUWXYZ", 2))), "container %s restarting" % hexid(R, 12)]), "en"

POLICY = ["use 4242 4242 4242 4242 with any future expiry in test mode, right?", "stripe test card 4111111111111111 keeps declining in sandbox", "the aws docs example key AKIAIOSFODNN7EXAMPLE is in our readme, is that a problem",
          "secret from the docs: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"  # from stripe docs", "send the test mail to alice@example.com and bob@example.org",
          "for the demo use (555) 010-0%02d, those are fictional" , "uk drama number 07700 900%03d for the screenplay", "server at 192.168.%d.%d, gateway 10.0.0.1", "Co-Authored-By: Claude <noreply@anthropic.com>",
          "git remote add origin git@github.com:acme-tools/%s.git", "ping 172.16.%d.%d", "user@localhost can't log in to mysql", "john.doe@example.net is our placeholder in fixtures"]

def N_policy(R):
    t = R.choice(POLICY)
    n = t.count("%")
    if "%02d" in t or "%03d" in t:
        t = t % R.randint(0, 99)
    elif "%d.%d" in t:
        t = t % (R.randint(0, 255), R.randint(1, 254))
    elif "%s" in t:
        t = t % R.choice(["api", "web", "infra"])
    return t, "en"

NEG = [N_order, N_epoch, N_isbn, N_coords, N_dates, N_versions, N_hashes, N_llm_ids, N_masked, N_placeholders, N_at, N_company, N_meeting, N_code, N_metrics, N_misc_ids]

# ---------------------------------------------------------------- checks
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
RUN_RE = re.compile(r"\d+(?:[ -]\d+)*")

def luhn_runs(text):
    out = []
    for m in RUN_RE.finditer(text):
        groups, pos = [], m.start()
        for g in re.finditer(r"\d+", m.group()):
            groups.append((m.start() + g.start(), m.start() + g.end()))
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                a, b = groups[i][0], groups[j][1]
                ds = re.sub(r"\D", "", text[a:b])
                if len(ds) > 19: break
                if len(ds) >= 13 and luhn_ok(ds):
                    out.append((a, b))
    return out

def span_ranges(text, spans):
    rs_ = []
    for k, v, sh in spans:
        i = text.find(v)
        while i >= 0:
            rs_.append((i, i + len(v))); i = text.find(v, i + 1)
    return rs_

def line_ok(text, spans, policy=False):
    vals = [s[1] for s in spans]
    for v in vals:
        if text.count(v) != vals.count(v):
            return False
        if any(v != w and v in w for w in vals):
            return False
    if policy:
        return True
    cov = span_ranges(text, spans)
    def covered(a, b):
        return any(a < y and x < b for x, y in cov)
    for m in EMAIL_RE.finditer(text):
        if not covered(m.start(), m.end()):
            return False
    for a, b in luhn_runs(text):
        if not covered(a, b):
            return False
    return True

# ---------------------------------------------------------------- build
N_CHAT, N_TECH, N_NEG = 470, 480, 360
TECH_KIND_W = {"email": 1.6, "phone": 1.0, "card": 1.4, "api_key": 1.2}

def build():
    R = random.Random(SEED)
    lines = []
    plan = ["chat"] * N_CHAT + ["tech"] * N_TECH + ["neg"] * N_NEG
    R.shuffle(plan)
    kinds = ["email", "phone", "card", "api_key"]
    for what in plan:
        while True:
            wrapper = None
            if what == "chat":
                text, spans, genre, lang, known = chat_line(R)
                if R.random() < 0.33: wrapper = R.choice(WRAP_CHAT)
            elif what == "tech":
                k = R.choices(kinds, [TECH_KIND_W[x] for x in kinds])[0]
                f = R.choice([f for f, kk in TECH if kk == k])
                r = f(R); text, spans = r[0], r[1]; lang = r[2] if len(r) > 2 else "en"; genre = f.__name__[2:]; known = {"names": [], "emails": [], "ids": []}
                if R.random() < 0.36: wrapper = R.choice(WRAP_TOOL)
            else:
                if R.random() < 0.08:
                    f = N_policy
                else:
                    f = R.choice(NEG)
                text, lang = f(R); spans = []; genre = "n_" + f.__name__[2:].lower(); known = {"names": [], "emails": [], "ids": []}
                if R.random() < 0.3: wrapper = R.choice(WRAP_CHAT)
            if wrapper:
                text = wrapper[1](R, text, what == "tech"); genre += "@" + wrapper[0]
            if line_ok(text, spans, genre.startswith("n_policy")):
                break
        rec = {"text": text, "spans": [{"kind": k, "value": v, "shape": sh} for k, v, sh in spans], "genre": genre, "lang": lang, "known": known}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"

def stats(data):
    recs = [json.loads(l) for l in data.splitlines()]
    from collections import Counter
    def show(title, c):
        print(title + ": " + ", ".join("%s %d" % (k, v) for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
    kinds, chat, tech, wrapped, shapes, langs, wraps = Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    pos = [r for r in recs if r["spans"]]
    for r in recs:
        if "@" in r["genre"]: wraps[r["genre"].split("@")[1]] += 1
    for r in pos:
        langs[r["lang"]] += 1
        for s in r["spans"]:
            kinds[s["kind"]] += 1
            (chat if r["genre"].startswith("chat_") else tech)[s["kind"]] += 1
            if "@" in r["genre"]: wrapped[s["kind"]] += 1
            shapes[s["kind"] + ":" + s["shape"].split("_")[0]] += 1
    print("lines %d, positive %d (chat %d, technical %d), negatives %d (policy %d), wrapped %d" % (len(recs), len(pos), sum(1 for r in pos if r["genre"].startswith("chat_")),
          sum(1 for r in pos if not r["genre"].startswith("chat_")), len(recs) - len(pos), sum(1 for r in recs if r["genre"].startswith("n_policy")), sum(1 for r in recs if "@" in r["genre"])))
    show("spans", kinds); show("spans in chat", chat); show("spans in technical", tech); show("spans in wrapped", wrapped)
    show("languages (positive lines)", langs); show("wrappers", wraps)
    show("negative generators", Counter(r["genre"].split("@")[0] for r in recs if not r["spans"]))
    show("technical templates", Counter(r["genre"].split("@")[0] for r in pos if not r["genre"].startswith("chat_")))
    for k in ["phone", "card", "api_key", "email"]:
        show("shapes " + k, Counter(s["shape"] for r in pos for s in r["spans"] if s["kind"] == k))

def check(data):
    ok = True
    with open(OUT, encoding="utf-8") as fh:
        disk = fh.read()
    print("byte-identical regeneration:", disk == data); ok &= disk == data
    recs = [json.loads(l) for l in data.splitlines()]
    bad = 0
    for r in recs:
        sp = [(s["kind"], s["value"], s["shape"]) for s in r["spans"]]
        if not line_ok(r["text"], sp, r["genre"].startswith("n_policy")): bad += 1
        for k, v, sh in sp:
            if k == "card":
                d = re.sub(r"\D", "", v)
                if not luhn_ok(d) or d in TEST_CARDS: bad += 1
            if k == "api_key" and (v.startswith("ghp_") or v.startswith("npm_")) and not gh_ok(v): bad += 1
            if k == "email" and not EMAIL_RE.fullmatch(v): bad += 1
    print("structural/value failures:", bad); ok &= bad == 0
    try:
        import phonenumbers
        from stdnum import luhn
    except ImportError:
        print("phonenumbers/stdnum not importable: external checks skipped")
        return ok
    pb = cb = npn = ncd = 0
    for r in recs:
        for s in r["spans"]:
            if s["kind"] == "phone":
                npn += 1
                reg = s["shape"].split("_")[0]; v = s["value"]
                if v.startswith("00"): v = "+" + v[2:]
                if "digits_cc" in s["shape"]: v = "+" + v
                try:
                    p = phonenumbers.parse(v, reg)
                    good = phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == reg
                except Exception:
                    good = False
                pb += not good
            if s["kind"] == "card":
                ncd += 1; cb += not luhn.is_valid(re.sub(r"\D", "", s["value"]))
    print("phonenumbers %s: %d phones, %d invalid or misattributed" % (phonenumbers.__version__, npn, pb))
    print("stdnum luhn: %d cards, %d invalid" % (ncd, cb))
    return ok and pb == 0 and cb == 0

if __name__ == "__main__":
    data = build()
    if "--check" in sys.argv:
        sys.exit(0 if check(data) else 1)
    elif "--stats" in sys.argv:
        stats(data)
    else:
        with open(OUT, "w", encoding="utf-8") as fh:
            fh.write(data)
        print("wrote %s (%d lines)" % (OUT, data.count("\n")))
