"""holdout18 value generators: phones, cards, e-mails, API keys. Standard library only."""
import base64
import binascii
import json
import string

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "_-"
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"

# ---------------------------------------------------------------- phones
# region: (cc, [(nsn prefixes, nsn length)], national formats, international formats)
# '#' consumes the next digit of the national significant number; everything else is literal.
def _p(s):
    return s.split()

PHONES = {
    "US": ("1", [(_p("212 415 312 617 206 512 303 404 713 305 646 702 619 503 773"), 10)],
           ["(###) ###-####", "###-###-####", "###.###.####", "### ### ####"],
           ["+1 ###-###-####", "+1 (###) ###-####", "+1 ### ### ####"]),
    "CA": ("1", [(_p("416 604 514 403 613 647 778 905"), 10)],
           ["(###) ###-####", "###-###-####", "### ###-####"], ["+1 ###-###-####", "+1 (###) ###-####"]),
    "GB": ("44", [(_p("740 741 742 743 744 753 754 755 756 757 758 759 771 772 773 774 775 776 777 794 795 796 797 798 799"), 10)],
           ["0#### ######", "0#### ### ###", "0##########"], ["+44 #### ######", "+44 #### ### ###", "+44##########"]),
    "GB_LDN": ("44", [(_p("207 208"), 10)], ["0## #### ####"], ["+44 ## #### ####"]),
    "DE": ("49", [(_p("151 152 160 170 171 172 173 174 175 176 177 178 179"), 11)],
           ["0### ########", "0###/########", "0###-########", "0### #### ####"], ["+49 ### ########", "+49 ### #### ####", "+49 (0)### ########"]),
    "DE_BER": ("49", [(_p("302 303 304 306 308"), 10)], ["0## ########", "0##/########"], ["+49 ## ########"]),
    "FR": ("33", [(_p("60 61 62 64 65 66 67 68 75 76 77 78 79"), 9)], ["0# ## ## ## ##", "0#.##.##.##.##", "0#########"], ["+33 # ## ## ## ##", "+33 #########", "+33 (0)# ## ## ## ##"]),
    "FR_PAR": ("33", [(_p("14 15"), 9)], ["0# ## ## ## ##"], ["+33 # ## ## ## ##"]),
    "IT": ("39", [(_p("320 324 327 328 329 330 331 333 334 335 336 338 339 340 342 345 346 347 348 349 351 366 380 388 389 391 392 393"), 10)],
           ["### #######", "### ### ####", "###-#######", "##########"], ["+39 ### ### ####", "+39 ##########", "+39 ### #######"]),
    "IT_MI": ("39", [(_p("02"), 10)], ["## ########", "##-########"], ["+39 ## ########"]),
    "ES": ("34", [(_p("60 61 62 63 64 65 66 67 68 69"), 9)], ["### ### ###", "### ## ## ##", "#########"], ["+34 ### ### ###", "+34 ### ## ## ##", "+34#########"]),
    "ES_MAD": ("34", [(_p("91"), 9)], ["## ### ## ##", "### ## ## ##"], ["+34 ## ### ## ##"]),
    "NL": ("31", [(_p("61 62 63 64 65"), 9)], ["0# ########", "0#-########", "0# ## ## ## ##"], ["+31 # ########", "+31 # ## ## ## ##", "+31 (0)# ########"]),
    "NL_AMS": ("31", [(_p("20"), 9)], ["0## ### ####", "0##-#######"], ["+31 ## ### ####"]),
    "BE": ("32", [(_p("470 471 472 473 474 475 476 477 478 479 484 485 486 487 488 489 491 492 493 494 495 496 497 498 499"), 9)],
           ["0### ## ## ##", "0###/##.##.##", "0### ### ###"], ["+32 ### ## ## ##", "+32 ### ### ###"]),
    "CH": ("41", [(_p("75 76 77 78 79"), 9)], ["0## ### ## ##", "0#########"], ["+41 ## ### ## ##", "+41 (0)## ### ## ##"]),
    "CH_ZH": ("41", [(_p("44"), 9)], ["0## ### ## ##"], ["+41 ## ### ## ##"]),
    "AT": ("43", [(_p("664 660 650 676 699 680 681 688"), 10)], ["0### #######", "0###/#######", "0### ### ####"], ["+43 ### #######", "+43 ### ### ####"]),
    "PL": ("48", [(_p("50 51 53 57 60 66 69 72 73 78 79 88"), 9)], ["### ### ###", "#########", "###-###-###"], ["+48 ### ### ###", "+48 #########"]),
    "SE": ("46", [(_p("70 72 73 76 79"), 9)], ["0##-### ## ##", "0## ### ## ##", "0##-#######"], ["+46 ## ### ## ##", "+46 #########"]),
    "DK": ("45", [(_p("20 21 22 23 24 25 26 27 28 29 30 31 40 42 50 51 52 53 60 61"), 8)], ["## ## ## ##", "########", "#### ####"], ["+45 ## ## ## ##", "+45 ########"]),
    "NO": ("47", [(_p("41 45 46 47 48 90 91 92 93 94 95 96 97 98 99"), 8)], ["### ## ###", "## ## ## ##", "########"], ["+47 ### ## ###", "+47 ## ## ## ##"]),
    "FI": ("358", [(_p("40 41 44 45 50"), 9)], ["0## ### ####", "0## #######"], ["+358 ## ### ####", "+358 #########"]),
    "PT": ("351", [(_p("91 92 93 96"), 9)], ["### ### ###", "#########"], ["+351 ### ### ###", "+351 #########"]),
    "BR": ("55", [([a + "9" + b for a in _p("11 21 31 41 51 61 71 81 85 19 48") for b in "6789"], 11)],
           ["(##) #####-####", "## #####-####", "(##) # ####-####", "(##)#####-####"], ["+55 ## #####-####", "+55 (##) #####-####", "+55 ## # ####-####"]),
    "MX": ("52", [(_p("55 33 81"), 10)], ["## #### ####", "(##) #### ####", "##-####-####"], ["+52 ## #### ####", "+52 (##) #### ####"]),
    "IN": ("91", [(_p("98 99 97 96 94 93 91 90 88 89 87 70 77 78 79 63"), 10)], ["##### #####", "##########", "0##### #####"], ["+91 ##### #####", "+91-##########", "+91 ##########"]),
    "JP": ("81", [(_p("90 80 70"), 10)], ["0##-####-####", "0## #### ####", "0##########"], ["+81 ##-####-####", "+81 ## #### ####"]),
    "JP_TKY": ("81", [(_p("35 36 33"), 9)], ["0#-####-####"], ["+81 #-####-####"]),
    "KR": ("82", [(_p("10"), 10)], ["0##-####-####", "0## #### ####", "0##########"], ["+82 ##-####-####", "+82 ## #### ####"]),
    "CN": ("86", [(_p("135 136 137 138 139 150 151 152 157 158 159 186 187 188 189 177 180 199"), 11)],
           ["### #### ####", "###########", "###-####-####"], ["+86 ### #### ####", "+86 ###########", "+86-###-####-####"]),
    "CN_BJ": ("86", [(_p("105 106"), 10)], ["0##-########", "(0##) ########"], ["+86 ## #### ####"]),
    "RU": ("7", [(_p("910 915 916 917 919 925 926 929 903 905 906 909 960 961 962 963 964 965 985 999"), 10)],
           ["8 (###) ###-##-##", "8 ### ###-##-##", "8##########", "8-###-###-##-##"], ["+7 (###) ###-##-##", "+7 ### ###-##-##", "+7 ### ### ## ##", "+7##########"]),
    "RU_MSK": ("7", [(_p("495 499"), 10)], ["8 (###) ###-##-##"], ["+7 (###) ###-##-##", "+7 ### ###-##-##"]),
    "TR": ("90", [(_p("532 533 535 536 537 538 542 543 544 545 505 506 507 555 552 553 554 501"), 10)],
           ["0### ### ## ##", "0 (###) ### ## ##", "0###-###-####"], ["+90 ### ### ## ##", "+90 (###) ### ## ##", "+90##########"]),
    "AU": ("61", [(_p("40 41 42 43"), 9)], ["0### ### ###", "0#########"], ["+61 ### ### ###", "+61 # #### ####"]),
    "AU_SYD": ("61", [(_p("28 29"), 9)], ["(0#) #### ####", "0# #### ####"], ["+61 # #### ####"]),
    "IE": ("353", [(_p("83 85 86 87 89"), 9)], ["0## ### ####", "0##-#######"], ["+353 ## ### ####", "+353 #########"]),
    "ZA": ("27", [(_p("82 83 84 72 73 74 76 79 81 71 61"), 9)], ["0## ### ####", "0#########"], ["+27 ## ### ####"]),
    "NG": ("234", [(_p("803 806 813 816 703 706 805 807 815 905 810 814 903 802 808 812 701 708 902"), 10)], ["0### ### ####", "0##########"], ["+234 ### ### ####", "+234##########"]),
    "EG": ("20", [(_p("10 11 12 15"), 10)], ["0## #### ####", "0##########"], ["+20 ## #### ####", "+20 ##########"]),
    "SA": ("966", [(_p("50 53 54 55 56 58 59"), 9)], ["0## ### ####", "0#########"], ["+966 ## ### ####", "+966#########"]),
    "AE": ("971", [(_p("50 52 54 55 56 58"), 9)], ["0## ### ####", "0##-#######"], ["+971 ## ### ####", "+971 #########"]),
    "IL": ("972", [(_p("50 52 53 54"), 9)], ["0##-###-####", "0##-#######", "0## ### ####"], ["+972 ##-###-####", "+972 ## ### ####"]),
    "TH": ("66", [(_p("81 82 83 84 85 86 87 88 89 61 62 63 64 65 90 91 92 93 94 95 96 97 98 99"), 9)], ["0## ### ####", "0##-###-####", "0#########"], ["+66 ## ### ####", "+66 #########"]),
    "VN": ("84", [(_p("90 91 93 94 96 97 98 32 33 34 35 36 37 38 39 70 76 77 78 79 81 82 83 84 85 86 88"), 9)], ["0## ### ####", "0### ### ###", "0#########"], ["+84 ## ### ####", "+84 #########"]),
    "ID": ("62", [(_p("811 812 813 821 822 823 852 853 857 858 878 877 896 895 838 831"), 11)], ["0###-####-####", "0### #### ####", "0###########"], ["+62 ###-####-####", "+62 ### #### ####", "+62###########"]),
    "PH": ("63", [(_p("917 918 919 920 921 927 928 939 945 995 915 906 905 977"), 10)], ["0### ### ####", "0###-###-####", "0##########"], ["+63 ### ### ####", "+63##########"]),
    "UA": ("380", [(_p("50 66 67 68 63 73 93 95 96 97 98 99"), 9)], ["0## ### ## ##", "(0##) ###-##-##", "0#########"], ["+380 ## ### ## ##", "+380 (##) ###-##-##", "+380#########"]),
    "GR": ("30", [(_p("690 693 694 695 697 698 699"), 10)], ["### ### ####", "##########"], ["+30 ### ### ####", "+30 ##########"]),
    "CZ": ("420", [(_p("601 602 603 604 605 606 607 608 702 720 721 722 723 724 725 730 731 732 733 734 736 737 739 770 771 773 774 775 776 777 778"), 9)], ["### ### ###", "#########"], ["+420 ### ### ###", "+420 #########"]),
    "HK": ("852", [(_p("61 63 64 65 69 94 96 97"), 8)], ["#### ####", "########"], ["+852 #### ####", "+852-####-####"]),
    "SG": ("65", [(_p("81 82 83 84 85 86 87 88 90 91 92 93 94 96 97 98"), 8)], ["#### ####", "########"], ["+65 #### ####", "+65 ########"]),
    "TW": ("886", [(_p("90 91 92 93 95 96 97 98"), 9)], ["0###-###-###", "0### ### ###", "0#########"], ["+886 ### ### ###", "+886 #########", "+886-#-####-####"]),
    "KE": ("254", [(_p("70 71 72 74 79"), 9)], ["0### ######", "0### ### ###"], ["+254 ### ######", "+254 ### ### ###", "+254#########"]),
    "RO": ("40", [(_p("72 73 74 75 76"), 9)], ["0### ### ###", "0###.###.###", "0#########"], ["+40 ### ### ###", "+40 #########"]),
    "HU": ("36", [(_p("20 30 70"), 9)], ["06 ## ### ####", "06-##-###-####", "06#########"], ["+36 ## ### ####", "+36 ## #######"]),
}
REGION_OF = {k: k.split("_")[0] for k in PHONES}
# national-significant-number starts that libphonenumber does not accept (pruned once with phonenumbers)
BAD_START = {"DK": ["200", "210", "220", "230", "240", "250", "260", "270", "280", "290", "300", "310", "400", "420", "500", "510", "520", "530", "600", "610"],
             "IL": ["501", "521", "540", "541"], "JP": ["900", "800", "700"], "KR": ["1059"], "NO": ["453"]}


def _fill(pattern, digits):
    out, i = [], 0
    for ch in pattern:
        if ch == "#":
            out.append(digits[i]); i += 1
        else:
            out.append(ch)
    assert i == len(digits), (pattern, digits)
    return "".join(out)


def _fmt_ok(pattern, n):
    return pattern.count("#") == n


def phone(rng, key, intl=None):
    cc, entries, nats, intls = PHONES[key]
    prefixes, n = rng.choice(entries)
    while True:
        p = rng.choice(prefixes)
        nsn = p + "".join(rng.choice(string.digits) for _ in range(n - len(p)))
        if REGION_OF[key] in ("US", "CA"):
            ex = nsn[3:6]
            if ex[0] in "01" or ex[1:] == "11" or ex == "555" or nsn[6:8] == "01":
                continue
        if REGION_OF[key] == "GB" and nsn.startswith("77009"):
            continue
        if any(nsn.startswith(b) for b in BAD_START.get(key, [])):
            continue
        if len(set(nsn[len(p):])) < 3:
            continue
        break
    if intl is None:
        intl = rng.random() < 0.45
    fmts = intls if intl else nats
    f = rng.choice(fmts)
    return _fill(f, nsn), "%s_%s" % (REGION_OF[key], "intl" if intl else "nat")

# ---------------------------------------------------------------- cards
PUBLISHED_TEST_CARDS = [
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
    "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
    "3056930009020004", "36227206271667", "6555900000604105", "3566002020360505", "6200000000000005",
    "4111111111111111", "4012888888881881", "4222222222222", "5431111111111111", "378734493671000",
    "6011601160116611", "30569309025904", "38520000023237", "3530111333300000", "3566111111111113",
    "5019717010103742", "6331101999990016", "4000000000000002", "4000000000000077", "4000000000003220",
    "4000002500003155", "5425233430109903", "2222420000001113", "4917610000000000", "4001919257537193",
    "6759649826438453", "6304000000000000", "4988438843884305", "4166676667666746", "5577000055770004",
]

# network: ([IIN prefixes], [lengths], [grouping by length])
CARDS = {
    "visa": (["4"], [16], {16: [4, 4, 4, 4]}),
    "visa13": (["4"], [13], {13: [13]}),
    "visa19": (["4"], [19], {19: [4, 4, 4, 4, 3]}),
    "mastercard": (["51", "52", "53", "54", "55"], [16], {16: [4, 4, 4, 4]}),
    "mastercard2": (["2221", "2300", "2415", "2520", "2650", "2719"], [16], {16: [4, 4, 4, 4]}),
    "amex": (["34", "37"], [15], {15: [4, 6, 5]}),
    "discover": (["6011", "644", "645", "649", "65"], [16], {16: [4, 4, 4, 4]}),
    "jcb": (["3528", "3530", "3540", "3566", "3589"], [16], {16: [4, 4, 4, 4]}),
    "diners": (["300", "305", "36", "38"], [14], {14: [4, 6, 4]}),
    "unionpay": (["62"], [16, 19], {16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}),
    "maestro": (["6759", "5018", "5020", "6304"], [16, 19], {16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}),
    "mir": (["2200", "2201", "2202", "2204"], [16], {16: [4, 4, 4, 4]}),
    "troy": (["9792"], [16], {16: [4, 4, 4, 4]}),
    "elo": (["636368", "438935", "504175", "451416", "506699"], [16], {16: [4, 4, 4, 4]}),
    "hipercard": (["606282"], [16], {16: [4, 4, 4, 4]}),
    "rupay": (["6521", "6522", "6070", "6081", "5085"], [16], {16: [4, 4, 4, 4]}),
}


def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        x = int(ch)
        if alt:
            x *= 2
            if x > 9:
                x -= 9
        s += x
        alt = not alt
    return s % 10 == 0


def luhn_complete(body):
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c


def card_digits(rng, net):
    pres, lens, _ = CARDS[net]
    while True:
        p = rng.choice(pres)
        n = rng.choice(lens)
        body = p + "".join(rng.choice(string.digits) for _ in range(n - len(p) - 1))
        d = luhn_complete(body)
        if d not in PUBLISHED_TEST_CARDS and len(set(d)) >= 5:
            return d


def card(rng, net, style=None):
    d = card_digits(rng, net)
    groups = CARDS[net][2][len(d)]
    if style is None:
        style = rng.choice(["space", "space", "plain", "dash"]) if len(groups) > 1 else "plain"
    if style == "plain" or len(groups) == 1:
        v, style = d, "plain"
    else:
        parts, i = [], 0
        for g in groups:
            parts.append(d[i:i + g]); i += g
        v = (" " if style == "space" else "-").join(parts)
    return v, "%s_%d_%s" % (net, len(d), style)

# ---------------------------------------------------------------- e-mails
FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "aol.com"],
    "en_gb": ["hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "gmail.com"],
    "en_au": ["bigpond.com", "outlook.com.au", "gmail.com"],
    "en_in": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmx.net", "posteo.de", "gmail.com"],
    "de_at": ["gmx.at", "aon.at"], "de_ch": ["bluewin.ch", "gmx.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com"],
    "es": ["hotmail.es", "gmail.com", "yahoo.es", "telefonica.net"],
    "es_mx": ["hotmail.com", "yahoo.com.mx", "prodigy.net.mx"],
    "it": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com"], "pt_br": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "hotmail.nl"], "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"],
    "sv": ["telia.com", "hotmail.se", "gmail.com"], "da": ["hotmail.dk", "mail.dk"], "no": ["online.no", "hotmail.no"],
    "fi": ["luukku.com", "gmail.com"], "tr": ["hotmail.com", "yandex.com.tr", "gmail.com"], "ru": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru"],
    "uk": ["ukr.net", "i.ua", "gmail.com"], "ar": ["hotmail.com", "yahoo.com", "gmail.com"], "he": ["walla.co.il", "gmail.com"],
    "hi": ["rediffmail.com", "gmail.com"], "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "gmail.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net"], "zh": ["qq.com", "163.com", "126.com", "sina.com"],
    "th": ["hotmail.com", "gmail.com"], "vi": ["gmail.com", "yahoo.com.vn"], "id": ["yahoo.co.id", "gmail.com"],
    "el": ["yahoo.gr", "otenet.gr"], "cs": ["seznam.cz", "email.cz", "centrum.cz"], "ro": ["yahoo.ro", "gmail.com"],
    "hu": ["freemail.hu", "citromail.hu"], "tl": ["yahoo.com.ph", "gmail.com"],
}
ORGS = {
    "en": ["northwind-analytics.com", "brightlane.io", "harbourfreight-logistics.co.uk", "cs.stanford.edu", "umich.edu", "ox.ac.uk", "mail.utoronto.ca", "unimelb.edu.au"],
    "de": ["stadtwerke-giessen.de", "tum.de", "uni-heidelberg.de", "brandt-maschinenbau.de", "student.kit.edu"],
    "fr": ["univ-lyon1.fr", "etu.sorbonne-universite.fr", "cabinet-lefevre.fr", "groupe-altaris.fr"],
    "es": ["estudiante.uam.es", "ub.edu", "construcciones-navarro.es", "unam.mx"],
    "it": ["studenti.unimi.it", "polimi.it", "studio-ferraro.it"], "pt": ["usp.br", "ulisboa.pt", "grupomarques.com.br"],
    "nl": ["student.tudelft.nl", "uva.nl", "vanderberg-bouw.nl"], "pl": ["student.uw.edu.pl", "pw.edu.pl", "kowalczyk-transport.pl"],
    "sv": ["kth.se", "student.lu.se"], "da": ["ku.dk"], "no": ["uio.no"], "fi": ["helsinki.fi", "aalto.fi"],
    "tr": ["metu.edu.tr", "boun.edu.tr"], "ru": ["msu.ru", "hse.ru"], "uk": ["knu.ua"], "ar": ["ksu.edu.sa", "aucegypt.edu"],
    "he": ["mail.huji.ac.il", "post.tau.ac.il"], "hi": ["iitb.ac.in", "iisc.ac.in"], "ja": ["g.ecc.u-tokyo.ac.jp", "keio.jp"],
    "ko": ["snu.ac.kr", "kaist.ac.kr"], "zh": ["pku.edu.cn", "mails.tsinghua.edu.cn", "connect.hku.hk"], "th": ["chula.ac.th"],
    "vi": ["hust.edu.vn"], "id": ["ui.ac.id", "itb.ac.id"], "el": ["uoa.gr"], "cs": ["cuni.cz", "fit.cvut.cz"], "ro": ["unibuc.ro"], "hu": ["elte.hu"], "tl": ["up.edu.ph"],
}
NAMES = {
    "en": ["james", "olivia", "liam", "emma", "noah", "sophie", "ethan", "chloe", "ryan", "megan", "daniel", "hannah"],
    "en_last": ["walker", "bennett", "hughes", "carter", "morgan", "reid", "foster", "sullivan", "patel", "nguyen"],
    "de": ["lukas", "anna", "jonas", "lea", "felix", "marie", "tobias", "katrin"], "de_last": ["schneider", "becker", "hoffmann", "wagner", "krueger", "schulz"],
    "fr": ["julien", "camille", "thomas", "lea", "antoine", "manon"], "fr_last": ["dubois", "lefevre", "moreau", "girard", "fontaine"],
    "es": ["javier", "lucia", "carlos", "marta", "alejandro", "paula"], "es_last": ["garcia", "fernandez", "lopez", "martin", "navarro"],
    "it": ["marco", "giulia", "luca", "chiara", "matteo", "francesca"], "it_last": ["rossi", "bianchi", "esposito", "ferrari", "romano"],
    "pt": ["joao", "ana", "pedro", "beatriz", "rafael", "mariana"], "pt_last": ["silva", "santos", "oliveira", "souza", "pereira"],
    "nl": ["daan", "sanne", "bram", "lotte", "ruben"], "nl_last": ["devries", "jansen", "bakker", "visser", "smit"],
    "pl": ["piotr", "agnieszka", "tomasz", "katarzyna", "michal"], "pl_last": ["nowak", "kowalski", "wisniewska", "wojcik", "kaminski"],
    "sv": ["erik", "elin", "oskar", "maja"], "sv_last": ["lindqvist", "berg", "nilsson"], "da": ["mads", "freja", "rasmus"], "da_last": ["jensen", "nielsen"],
    "no": ["henrik", "ingrid", "sindre"], "no_last": ["haugen", "solberg"], "fi": ["mikko", "aino", "juho"], "fi_last": ["virtanen", "korhonen"],
    "tr": ["emre", "zeynep", "burak", "elif"], "tr_last": ["yilmaz", "demir", "kaya", "celik"],
    "ru": ["dmitry", "anastasia", "sergey", "olga", "ivan"], "ru_last": ["ivanov", "smirnova", "kuznetsov", "popov"],
    "uk": ["oleksandr", "iryna", "taras"], "uk_last": ["shevchenko", "bondarenko", "kovalenko"],
    "ar": ["ahmed", "fatima", "omar", "noura", "khalid"], "ar_last": ["alharbi", "hassan", "mansour", "alotaibi"],
    "he": ["noam", "yael", "itai", "tamar"], "he_last": ["cohen", "levi", "mizrahi"], "hi": ["rahul", "priya", "arjun", "ananya", "vikram"], "hi_last": ["sharma", "verma", "iyer", "gupta"],
    "ja": ["haruto", "yui", "sota", "aoi", "kenji"], "ja_last": ["tanaka", "suzuki", "sato", "watanabe"], "ko": ["minjun", "jiwoo", "seoyeon", "hyunwoo"], "ko_last": ["kim", "park", "lee", "choi"],
    "zh": ["wei", "fang", "lei", "xiaoming", "jing"], "zh_last": ["wang", "li", "zhang", "chen", "liu"], "th": ["somchai", "nattaya", "kittipong"], "th_last": ["srisuk", "wongsa"],
    "vi": ["minh", "linh", "tuan", "huong"], "vi_last": ["nguyen", "tran", "pham"], "id": ["budi", "siti", "agus", "dewi"], "id_last": ["santoso", "wijaya", "pratama"],
    "el": ["giorgos", "eleni", "nikos"], "el_last": ["papadopoulos", "nikolaou"], "cs": ["jakub", "tereza", "ondrej"], "cs_last": ["novak", "svobodova", "dvorak"],
    "ro": ["andrei", "ioana", "mihai"], "ro_last": ["popescu", "ionescu"], "hu": ["bence", "reka", "gergo"], "hu_last": ["nagy", "kovacs", "toth"], "tl": ["paolo", "andrea", "miguel"], "tl_last": ["reyes", "santos", "delacruz"],
}


def _nm(lang):
    base = lang.split("_")[0]
    return base if base in NAMES else "en"


def email(rng, lang, kind=None):
    base = _nm(lang)
    f, l = rng.choice(NAMES[base]), rng.choice(NAMES[base + "_last"])
    if kind is None:
        kind = "free" if rng.random() < 0.62 else "org"
    if kind == "free":
        doms = FREEMAIL.get(lang) or FREEMAIL.get(base) or FREEMAIL["en"]
        local = rng.choice([f + "." + l, f + l + str(rng.randint(1, 99)), f[0] + l, f + "_" + l, l + "." + f + str(rng.randint(70, 99)), f + str(rng.randint(1980, 2006))])
    else:
        doms = ORGS.get(base, ORGS["en"])
        local = rng.choice([f + "." + l, f[0] + "." + l, f + "." + l[0], l, f[0] + l])
    return local + "@" + rng.choice(doms), "%s_%s" % (kind, base)

# ---------------------------------------------------------------- API keys
def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62_crc(s):
    c = binascii.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while c:
        c, r = divmod(c, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def gh_token(rng, prefix):
    body = rs(rng, ALNUM, 30)
    return prefix + body + b62_crc(body)


def gh_ok(tok):
    pre, _, rest = tok.partition("_")
    return len(rest) == 36 and b62_crc(rest[:30]) == rest[30:]


def _b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def supabase_jwt(rng):
    ref = rs(rng, string.ascii_lowercase, 20)
    iat = rng.randint(1690000000, 1740000000)
    return _b64u({"alg": "HS256", "typ": "JWT"}) + "." + _b64u({"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315360000}) + "." + rs(rng, URLSAFE, 43)


def mapbox_sk(rng):
    return "sk." + _b64u({"u": rs(rng, string.ascii_lowercase, 8), "a": rs(rng, ALNUM, 25)}) + "." + rs(rng, URLSAFE, 22)


# shape name -> (service label, generator)
KEYS = {
    "openai_proj": ("OpenAI", lambda r: "sk-proj-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74)),
    "openai_legacy": ("OpenAI", lambda r: "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)),
    "openai_svcacct": ("OpenAI", lambda r: "sk-svcacct-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74)),
    "anthropic": ("Anthropic", lambda r: "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA"),
    "anthropic_admin": ("Anthropic", lambda r: "sk-ant-admin01-" + rs(r, URLSAFE, 93) + "AA"),
    "aws_akid": ("AWS", lambda r: r.choice(["AKIA", "ASIA"]) + rs(r, B32, 16)),
    "google_api": ("Google", lambda r: "AIza" + rs(r, URLSAFE, 35)),
    "stripe_live": ("Stripe", lambda r: "sk_live_" + rs(r, ALNUM, r.choice([24, 99]))),
    "stripe_restricted": ("Stripe", lambda r: "rk_live_" + rs(r, ALNUM, 99)),
    "slack_bot": ("Slack", lambda r: "xoxb-" + rs(r, string.digits, 12) + "-" + rs(r, string.digits, 13) + "-" + rs(r, ALNUM, 24)),
    "slack_user": ("Slack", lambda r: "xoxp-" + rs(r, string.digits, 12) + "-" + rs(r, string.digits, 13) + "-" + rs(r, string.digits, 13) + "-" + rs(r, HEX, 32)),
    "github_pat": ("GitHub", lambda r: gh_token(r, "ghp_")),
    "github_oauth": ("GitHub", lambda r: gh_token(r, "gho_")),
    "github_app": ("GitHub", lambda r: gh_token(r, "ghs_")),
    "github_fine": ("GitHub", lambda r: "github_pat_11" + rs(r, string.ascii_uppercase + string.digits, 20) + "_" + rs(r, ALNUM, 59)),
    "npm": ("npm", lambda r: gh_token(r, "npm_")),
    "sendgrid": ("SendGrid", lambda r: "SG." + rs(r, URLSAFE, 22) + "." + rs(r, URLSAFE, 43)),
    "huggingface": ("Hugging Face", lambda r: "hf_" + rs(r, string.ascii_letters, 34)),
    "gitlab": ("GitLab", lambda r: "glpat-" + rs(r, URLSAFE, 20)),
    "shopify": ("Shopify", lambda r: "shpat_" + rs(r, HEX, 32)),
    "digitalocean": ("DigitalOcean", lambda r: "dop_v1_" + rs(r, HEX, 64)),
    "groq": ("Groq", lambda r: "gsk_" + rs(r, ALNUM, 52)),
    "replicate": ("Replicate", lambda r: "r8_" + rs(r, ALNUM, 37)),
    "perplexity": ("Perplexity", lambda r: "pplx-" + rs(r, ALNUM, 48)),
    "xai": ("xAI", lambda r: "xai-" + rs(r, ALNUM, 80)),
    "openrouter": ("OpenRouter", lambda r: "sk-or-v1-" + rs(r, HEX, 64)),
    "notion": ("Notion", lambda r: "secret_" + rs(r, ALNUM, 43)),
    "linear": ("Linear", lambda r: "lin_api_" + rs(r, ALNUM, 40)),
    "atlassian": ("Atlassian", lambda r: "ATATT3xFfGF0" + rs(r, URLSAFE, 171) + "=" + rs(r, HEX.upper(), 8)),
    "pypi": ("PyPI", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, URLSAFE, 150)),
    "postman": ("Postman", lambda r: "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34)),
    "figma": ("Figma", lambda r: "figd_" + rs(r, URLSAFE, 40)),
    "airtable": ("Airtable", lambda r: "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEX, 64)),
    "telegram_bot": ("Telegram", lambda r: str(r.randint(5000000000, 7999999999)) + ":AA" + rs(r, URLSAFE, 33)),
    "supabase_service": ("Supabase", supabase_jwt),
    "newrelic": ("New Relic", lambda r: "NRAK-" + rs(r, string.ascii_uppercase + string.digits, 27)),
    "sentry_user": ("Sentry", lambda r: "sntryu_" + rs(r, HEX, 64)),
    "grafana_sa": ("Grafana", lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8)),
    "mapbox_secret": ("Mapbox", mapbox_sk),
    "square": ("Square", lambda r: "EAAA" + rs(r, URLSAFE, 60)),
    "brevo": ("Brevo", lambda r: "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, ALNUM, 16)),
    "doppler": ("Doppler", lambda r: "dp.st.prd." + rs(r, ALNUM, 43)),
    "mailgun": ("Mailgun", lambda r: "key-" + rs(r, HEX, 32)),
    "netlify": ("Netlify", lambda r: "nfp_" + rs(r, ALNUM, 36)),
    "deepseek": ("DeepSeek", lambda r: "sk-" + rs(r, HEX, 32)),
    "elevenlabs": ("ElevenLabs", lambda r: "sk_" + rs(r, HEX, 48)),
}

# label-only opaque keys: (service, env var name, header name or None, generator)
OPAQUE = [
    ("Mistral", "MISTRAL_API_KEY", None, lambda r: rs(r, ALNUM, 32)),
    ("Cohere", "COHERE_API_KEY", None, lambda r: rs(r, ALNUM, 40)),
    ("Twilio", "TWILIO_AUTH_TOKEN", None, lambda r: rs(r, HEX, 32)),
    ("Datadog", "DD_API_KEY", "DD-API-KEY", lambda r: rs(r, HEX, 32)),
    ("Algolia", "ALGOLIA_ADMIN_API_KEY", "X-Algolia-API-Key", lambda r: rs(r, HEX, 32)),
    ("Azure OpenAI", "AZURE_OPENAI_API_KEY", "api-key", lambda r: rs(r, HEX, 32)),
    ("SerpApi", "SERPAPI_API_KEY", None, lambda r: rs(r, HEX, 64)),
    ("NewsAPI", "NEWSAPI_KEY", "X-Api-Key", lambda r: rs(r, HEX, 32)),
    ("Deepgram", "DEEPGRAM_API_KEY", None, lambda r: rs(r, HEX, 40)),
    ("AssemblyAI", "ASSEMBLYAI_API_KEY", "authorization", lambda r: rs(r, HEX, 32)),
    ("Together AI", "TOGETHER_API_KEY", None, lambda r: rs(r, HEX, 64)),
    ("Cloudflare", "CLOUDFLARE_API_TOKEN", None, lambda r: rs(r, URLSAFE, 40)),
    ("Vercel", "VERCEL_TOKEN", None, lambda r: rs(r, ALNUM, 24)),
    ("OpenWeatherMap", "OPENWEATHER_API_KEY", None, lambda r: rs(r, HEX, 32)),
    ("TMDB", "TMDB_API_KEY", None, lambda r: rs(r, HEX, 32)),
    ("Alpha Vantage", "ALPHAVANTAGE_API_KEY", None, lambda r: rs(r, string.ascii_uppercase + string.digits, 16)),
    ("Bitly", "BITLY_ACCESS_TOKEN", None, lambda r: rs(r, HEX, 40)),
    ("Pipedrive", "PIPEDRIVE_API_TOKEN", None, lambda r: rs(r, HEX, 40)),
    ("Zendesk", "ZENDESK_API_TOKEN", None, lambda r: rs(r, ALNUM, 40)),
    ("Weaviate", "WEAVIATE_API_KEY", None, lambda r: rs(r, ALNUM, 40)),
    ("Jina", "JINA_API_KEY", None, lambda r: "jina_" + rs(r, HEX, 32) + rs(r, URLSAFE, 28)),
    ("Freshdesk", "FRESHDESK_API_KEY", None, lambda r: rs(r, ALNUM, 20)),
]


def api_key(rng, shape):
    svc, g = KEYS[shape]
    return g(rng), svc


def opaque_key(rng):
    svc, env, hdr, g = rng.choice(OPAQUE)
    return g(rng), svc, env, hdr
