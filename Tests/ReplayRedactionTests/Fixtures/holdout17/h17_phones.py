"""holdout17 phone table: per region, national-significant-number prefixes and the ways people write them.

A template's 'N's are filled left to right with the NSN digits (prefix first, then random digits); the
number of 'N's is the NSN length. Label = the shape suffix. Pruned once with libphonenumber (see README).
"""
import re

# fiction / reserved ranges that must never be drawn (checked on the NSN)
FICTION = {
    "US": r"^\d{3}555|^\d{3}[01]|^\d{3}\d11",
    "CA": r"^\d{3}555|^\d{3}[01]|^\d{3}\d11",
    "GB": r"^7700900|^207946|^1614960|^1214960|^1314960|^1174960|^2890180|^2920180|^1632960|^1134960|^1184960",
    "AU": r"^491570|^25550|^27010|^35550|^37010|^75550|^77010|^85550|^87010",
    "FR": r"^199|^299|^399|^499|^599|^63998|^7999",
    "DE": r"^\d+0{5}",
    "KR": r"^1059",          # pruned (libphonenumber)
    "HK": r"^626[29]",       # pruned (libphonenumber)
    "JP": r"^800|^60",       # 0800 freephone, 060 UPT: not a subscriber line
}

# (region, country code, [(prefix, nsn_len, [(label, template), ...]), ...])
PHONES = [
    ("US", "1", [
        (p, 10, [("nat_paren", "(NNN) NNN-NNNN"), ("nat_dash", "NNN-NNN-NNNN"), ("nat_dot", "NNN.NNN.NNNN"),
                 ("intl", "+1 NNN NNN NNNN"), ("intl_dash", "+1-NNN-NNN-NNNN"), ("one_dash", "1-NNN-NNN-NNNN"),
                 ("intl_paren", "+1 (NNN) NNN-NNNN"), ("plain", "NNNNNNNNNN"), ("e164", "+1NNNNNNNNNN")])
        for p in ["2125", "4158", "3124", "6172", "2069", "5127", "3037", "4043", "7135", "3056", "6194", "7027", "9176", "6468", "5038"]]),
    ("CA", "1", [
        (p, 10, [("nat_paren", "(NNN) NNN-NNNN"), ("nat_dash", "NNN-NNN-NNNN"), ("intl", "+1 NNN NNN NNNN"), ("nat_space", "NNN NNN NNNN")])
        for p in ["4163", "6048", "5142", "4032", "6135", "6472", "7804"]]),
    ("GB", "44", [
        (p, 10, [("nat_mob", "0NNNN NNNNNN"), ("intl_mob", "+44 NNNN NNNNNN"), ("intl0_mob", "+44 (0)NNNN NNNNNN"),
                 ("plain", "0NNNNNNNNNN"), ("nat_mob3", "0NNNN NNN NNN"), ("e164", "+44NNNNNNNNNN")])
        for p in ["741", "745", "751", "753", "777", "780", "783", "791", "795", "797", "738", "756"]] + [
        (p, 10, [("nat_london", "0NN NNNN NNNN"), ("intl_london", "+44 NN NNNN NNNN"), ("intl0_london", "+44 (0)NN NNNN NNNN")])
        for p in ["2071", "2073", "2074", "2037", "2082", "2089"]] + [
        (p, 10, [("nat_city", "0NNN NNN NNNN"), ("intl_city", "+44 NNN NNN NNNN")])
        for p in ["1612", "1613", "1214", "1315", "1174", "1912"]]),
    ("DE", "49", [
        (p, 11, [("nat_mob", "0NNN NNNNNNNN"), ("slash_mob", "0NNN/NNNNNNNN"), ("intl_mob", "+49 NNN NNNNNNNN"),
                 ("intl0_mob", "+49 (0)NNN NNNNNNNN"), ("dd_mob", "0049 NNN NNNNNNNN"), ("plain", "0NNNNNNNNNNN"),
                 ("nat_mob_grp", "0NNN NNN NNNNN")])
        for p in ["151", "152", "157", "159", "176", "178"]] + [
        (p, 10, [("nat_mob", "0NNN NNNNNNN"), ("slash_mob", "0NNN/NNNNNNN"), ("intl_mob", "+49 NNN NNNNNNN"), ("dash_mob", "0NNN-NNNNNNN")])
        for p in ["170", "171", "172", "173", "174", "175", "160", "162"]] + [
        (p, 10, [("nat_city", "0NN NNNNNNNN"), ("slash_city", "0NN/NNNN NNNN"), ("intl_city", "+49 NN NNNNNNNN"),
                 ("paren_city", "(0NN) NNNN NNNN"), ("dash_city", "0NN-NNNN NNNN")])
        for p in ["302", "304", "308", "893", "894", "406", "407", "695"]] + [
        (p, 11, [("nat_city4", "0NNNN NNNNNNN"), ("intl_city4", "+49 NNNN NNNNNNN")])
        for p in ["2214", "2115", "7112"]]),
    ("AT", "43", [
        (p, 10, [("nat_mob", "0NNN NNNNNNN"), ("intl_mob", "+43 NNN NNNNNNN"), ("slash_mob", "0NNN/NNNNNNN"), ("grp_mob", "0NNN NNN NN NN")])
        for p in ["664", "676", "699", "650", "660", "681"]] + [
        (p, 8, [("nat_vie", "0N NNNNNNN"), ("intl_vie", "+43 N NNNNNNN")]) for p in ["14", "15"]]),
    ("CH", "41", [
        (p, 9, [("nat", "0NN NNN NN NN"), ("intl", "+41 NN NNN NN NN"), ("plain", "0NNNNNNNNN"), ("dd", "0041 NN NNN NN NN")])
        for p in ["79", "78", "76", "77", "44", "22", "31", "61"]]),
    ("FR", "33", [
        (p, 9, [("nat", "0N NN NN NN NN"), ("intl", "+33 N NN NN NN NN"), ("intl0", "+33 (0)N NN NN NN NN"),
                ("dot", "0N.NN.NN.NN.NN"), ("plain", "0NNNNNNNNN"), ("dash", "0N-NN-NN-NN-NN"), ("e164", "+33NNNNNNNNN")])
        for p in ["61", "62", "63", "64", "65", "66", "67", "68", "75", "76", "77", "78", "14", "15", "47", "49", "95"]]),
    ("BE", "32", [
        (p, 9, [("nat_mob", "0NNN NN NN NN"), ("intl_mob", "+32 NNN NN NN NN"), ("slash_mob", "0NNN/NN.NN.NN"), ("plain", "0NNNNNNNNN")])
        for p in ["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "494", "495", "496", "497", "498", "499"]] + [
        (p, 8, [("nat_bru", "0N NNN NN NN"), ("intl_bru", "+32 N NNN NN NN")]) for p in ["25", "26", "27"]]),
    ("NL", "31", [
        (p, 9, [("nat_mob", "0N-NNNNNNNN"), ("nat_mob_sp", "0N NNNN NNNN"), ("intl_mob", "+31 N NNNNNNNN"),
                ("intl0_mob", "+31 (0)N NNNN NNNN"), ("plain", "0NNNNNNNNN")])
        for p in ["61", "62", "63", "64", "65"]] + [
        (p, 9, [("nat_city", "0NN-NNNNNNN"), ("intl_city", "+31 NN NNN NNNN")]) for p in ["205", "206", "104", "302", "703"]]),
    ("ES", "34", [
        (p, 9, [("nat3", "NNN NNN NNN"), ("nat_pairs", "NNN NN NN NN"), ("intl", "+34 NNN NNN NNN"), ("plain", "NNNNNNNNN"),
                ("dd", "0034 NNN NNN NNN"), ("e164", "+34NNNNNNNNN")])
        for p in ["60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "71", "72"]] + [
        (p, 9, [("nat_city", "NN NNN NN NN"), ("intl_city", "+34 NN NNN NN NN")]) for p in ["91", "93", "95", "96"]]),
    ("IT", "39", [
        (p, 10, [("nat_mob", "NNN NNNNNNN"), ("nat_mob_grp", "NNN NNN NNNN"), ("intl_mob", "+39 NNN NNN NNNN"),
                 ("plain", "NNNNNNNNNN"), ("intl_mob2", "+39 NNN NNNNNNN"), ("dot", "NNN.NNN.NNNN")])
        for p in ["320", "327", "328", "329", "333", "334", "335", "338", "339", "340", "345", "347", "348", "349", "366", "380", "388", "392"]] + [
        (p, 10, [("nat_city", "NN NNNN NNNN"), ("intl_city", "+39 NN NNNN NNNN")]) for p in ["02", "06"]]),
    ("PT", "351", [
        (p, 9, [("nat", "NNN NNN NNN"), ("intl", "+351 NNN NNN NNN"), ("plain", "NNNNNNNNN")])
        for p in ["91", "92", "93", "96", "21", "22"]]),
    ("IE", "353", [
        (p, 9, [("nat_mob", "0NN NNN NNNN"), ("intl_mob", "+353 NN NNN NNNN"), ("plain", "0NNNNNNNNN")])
        for p in ["83", "85", "86", "87", "89"]] + [
        (p, 8, [("nat_dub", "0N NNN NNNN"), ("intl_dub", "+353 N NNN NNNN")]) for p in ["16", "18"]]),
    ("PL", "48", [
        (p, 9, [("nat", "NNN NNN NNN"), ("intl", "+48 NNN NNN NNN"), ("dash", "NNN-NNN-NNN"), ("plain", "NNNNNNNNN")])
        for p in ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]] + [
        (p, 9, [("nat_city", "NN NNN NN NN"), ("intl_city", "+48 NN NNN NN NN")]) for p in ["22", "12", "61"]]),
    ("SE", "46", [
        (p, 9, [("nat", "0NN-NNN NN NN"), ("intl", "+46 NN NNN NN NN"), ("plain", "0NNNNNNNNN"), ("nat_sp", "0NN NNN NN NN")])
        for p in ["70", "72", "73", "76", "79"]] + [
        (p, 9, [("nat_sthlm", "0N-NNN NNN NN"), ("intl_sthlm", "+46 N NNN NNN NN")]) for p in ["85", "86", "87"]]),
    ("NO", "47", [
        (p, 8, [("nat", "NNN NN NNN"), ("intl", "+47 NNN NN NNN"), ("pairs", "NN NN NN NN"), ("plain", "NNNNNNNN")])
        for p in ["40", "41", "45", "46", "90", "91", "92", "93", "94", "95", "97", "98"]]),
    ("DK", "45", [
        (p, 8, [("nat", "NN NN NN NN"), ("intl", "+45 NN NN NN NN"), ("plain", "NNNNNNNN")])
        for p in ["20", "21", "22", "26", "28", "30", "31", "40", "42", "50", "52", "53", "60", "61", "71", "81"]]),
    ("FI", "358", [
        (p, 9, [("nat", "0NN NNN NNNN"), ("intl", "+358 NN NNN NNNN"), ("plain", "0NNNNNNNNN")]) for p in ["40", "41", "44", "45", "50"]]),
    ("CZ", "420", [
        (p, 9, [("nat", "NNN NNN NNN"), ("intl", "+420 NNN NNN NNN")]) for p in ["60", "72", "73", "77", "79"]]),
    ("GR", "30", [
        (p, 10, [("nat", "NNN NNN NNNN"), ("intl", "+30 NNN NNN NNNN"), ("plain", "NNNNNNNNNN")]) for p in ["693", "694", "695", "697", "698", "699", "210"]]),
    ("RO", "40", [
        (p, 9, [("nat", "0NNN NNN NNN"), ("intl", "+40 NNN NNN NNN")]) for p in ["72", "73", "74", "75", "76", "78"]]),
    ("HU", "36", [
        (p, 9, [("nat", "06 NN NNN NNNN"), ("intl", "+36 NN NNN NNNN"), ("slash", "06-NN/NNN-NNNN")]) for p in ["20", "30", "70"]]),
    ("TR", "90", [
        (p, 10, [("nat", "0NNN NNN NN NN"), ("paren", "0 (NNN) NNN NN NN"), ("intl", "+90 NNN NNN NN NN"), ("plain", "0NNNNNNNNNN"),
                 ("nat_nozero", "NNN NNN NN NN")])
        for p in ["530", "532", "533", "535", "537", "539", "541", "542", "543", "544", "545", "505", "506", "507", "551", "552", "212", "216", "312"]]),
    ("RU", "7", [
        (p, 10, [("intl", "+7 NNN NNN-NN-NN"), ("eight_paren", "8 (NNN) NNN-NN-NN"), ("plain8", "8NNNNNNNNNN"), ("intl_paren", "+7 (NNN) NNN-NN-NN"),
                 ("e164", "+7NNNNNNNNNN"), ("eight_sp", "8 NNN NNN NN NN")])
        for p in ["903", "905", "909", "915", "916", "917", "925", "926", "977", "985", "999", "495", "499", "812"]]),
    ("UA", "380", [
        (p, 9, [("nat", "0NN NNN NN NN"), ("intl", "+380 NN NNN NNNN"), ("paren", "(0NN) NNN-NN-NN"), ("plain", "0NNNNNNNNN")])
        for p in ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]]),
    ("IL", "972", [
        (p, 9, [("nat", "0NN-NNN-NNNN"), ("intl", "+972 NN-NNN-NNNN"), ("plain", "0NNNNNNNNN"), ("intl_sp", "+972 NN NNN NNNN")])
        for p in ["50", "52", "53", "54", "55"]]),
    ("AE", "971", [
        (p, 9, [("nat", "0NN NNN NNNN"), ("intl", "+971 NN NNN NNNN"), ("plain", "0NNNNNNNNN")]) for p in ["50", "52", "54", "55", "56", "58"]]),
    ("SA", "966", [
        (p, 9, [("nat", "0NN NNN NNNN"), ("intl", "+966 NN NNN NNNN"), ("plain", "0NNNNNNNNN")]) for p in ["50", "53", "54", "55", "56", "59"]]),
    ("EG", "20", [
        (p, 10, [("nat", "0NNN NNN NNNN"), ("intl", "+20 NNN NNN NNNN"), ("plain", "0NNNNNNNNNN")]) for p in ["100", "101", "106", "109", "111", "112", "114", "120", "122", "127", "150"]]),
    ("IN", "91", [
        (p, 10, [("nat", "NNNNN NNNNN"), ("intl", "+91 NNNNN NNNNN"), ("intl_dash", "+91-NNNNNNNNNN"), ("zero", "0NNNNNNNNNN"),
                 ("plain", "NNNNNNNNNN"), ("intl_grp", "+91 NNN NNN NNNN")])
        for p in ["98", "99", "97", "96", "95", "94", "93", "91", "90", "89", "88", "87", "86", "85", "81", "80", "79", "78", "77", "76", "75", "70", "63", "62"]] + [
        (p, 10, [("nat_city", "0NN NNNN NNNN"), ("intl_city", "+91 NN NNNN NNNN")]) for p in ["112", "114", "222", "226"]]),
    ("PK", "92", [
        (p, 10, [("nat", "0NNN NNNNNNN"), ("intl", "+92 NNN NNNNNNN"), ("dash", "0NNN-NNNNNNN")]) for p in ["300", "301", "302", "303", "321", "333", "345"]]),
    ("JP", "81", [
        (p, 10, [("nat", "0NN-NNNN-NNNN"), ("intl", "+81 NN-NNNN-NNNN"), ("intl_sp", "+81 NN NNNN NNNN"), ("plain", "0NNNNNNNNNN")])
        for p in ["90", "80", "70"]] + [
        (p, 9, [("nat_tokyo", "0N-NNNN-NNNN"), ("intl_tokyo", "+81 N-NNNN-NNNN"), ("paren_tokyo", "0N(NNNN)NNNN")]) for p in ["3", "6"]]),
    ("KR", "82", [
        (p, 10, [("nat", "0NN-NNNN-NNNN"), ("intl", "+82 NN-NNNN-NNNN"), ("plain", "0NNNNNNNNNN"), ("nat_sp", "0NN NNNN NNNN")]) for p in ["10"]] + [
        (p, 9, [("nat_seoul", "0N-NNNN-NNNN"), ("intl_seoul", "+82 N-NNNN-NNNN")]) for p in ["2"]]),
    ("CN", "86", [
        (p, 11, [("nat", "NNN NNNN NNNN"), ("intl", "+86 NNN NNNN NNNN"), ("plain", "NNNNNNNNNNN"), ("dash", "NNN-NNNN-NNNN"),
                 ("intl_plain", "+86 NNNNNNNNNNN")])
        for p in ["133", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "177", "180", "182", "186", "187", "188", "189", "199"]] + [
        (p, 10, [("nat_city", "0NN-NNNNNNNN"), ("intl_city", "+86 NN NNNN NNNN")]) for p in ["10", "21"]]),
    ("TW", "886", [
        (p, 9, [("nat", "0NNN-NNN-NNN"), ("intl", "+886 NNN NNN NNN"), ("plain", "0NNNNNNNNN"), ("nat_sp", "0NNN NNN NNN")])
        for p in ["91", "92", "93", "95", "96", "97", "98"]] + [
        (p, 9, [("nat_tpe", "(0N) NNNN-NNNN"), ("intl_tpe", "+886 N NNNN NNNN")]) for p in ["22", "27"]]),
    ("HK", "852", [
        (p, 8, [("nat", "NNNN NNNN"), ("intl", "+852 NNNN NNNN"), ("intl_paren", "(+852) NNNN NNNN"), ("plain", "NNNNNNNN")])
        for p in ["51", "54", "55", "59", "61", "62", "63", "64", "66", "67", "68", "69", "90", "91", "92", "93", "94", "96", "97", "98", "23", "27", "31", "37"]]),
    ("SG", "65", [
        (p, 8, [("nat", "NNNN NNNN"), ("intl", "+65 NNNN NNNN"), ("intl_plain", "+65 NNNNNNNN"), ("plain", "NNNNNNNN")])
        for p in ["81", "82", "83", "84", "85", "86", "87", "88", "90", "91", "92", "93", "94", "96", "97", "98", "61", "62", "63", "64", "65", "66", "67", "68"]]),
    ("TH", "66", [
        (p, 9, [("nat", "0NN NNN NNNN"), ("dash", "0NN-NNN-NNNN"), ("intl", "+66 NN NNN NNNN"), ("plain", "0NNNNNNNNN")])
        for p in ["61", "62", "63", "64", "65", "80", "81", "82", "83", "84", "85", "86", "87", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"]]),
    ("VN", "84", [
        (p, 9, [("nat", "0NN NNN NNNN"), ("nat_grp", "0NNN NNN NNN"), ("intl", "+84 NN NNN NNNN"), ("plain", "0NNNNNNNNN")])
        for p in ["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88"]]),
    ("ID", "62", [
        (p, 11, [("nat", "0NNN-NNNN-NNNN"), ("intl", "+62 NNN-NNNN-NNNN"), ("intl_sp", "+62 NNN NNNN NNNN"), ("plain", "0NNNNNNNNNNN")])
        for p in ["811", "812", "813", "821", "822", "852", "853", "856", "857", "858", "877", "878", "895", "896"]]),
    ("MY", "60", [
        (p, 9, [("nat", "0NN-NNN NNNN"), ("intl", "+60 NN-NNN NNNN"), ("plain", "0NNNNNNNNN")]) for p in ["12", "13", "16", "17", "19"]] + [
        (p, 10, [("nat11", "0NN-NNNN NNNN"), ("intl11", "+60 NN-NNNN NNNN")]) for p in ["11"]]),
    ("PH", "63", [
        (p, 10, [("nat", "0NNN NNN NNNN"), ("intl", "+63 NNN NNN NNNN"), ("plain", "0NNNNNNNNNN"), ("dash", "0NNN-NNN-NNNN")])
        for p in ["905", "906", "915", "916", "917", "918", "919", "920", "921", "927", "928", "929", "939", "945", "947", "949", "956", "966", "977", "995", "998"]]),
    ("AU", "61", [
        (p, 9, [("nat_mob", "0NNN NNN NNN"), ("intl_mob", "+61 NNN NNN NNN"), ("plain", "0NNNNNNNNN"), ("intl_plain", "+61NNNNNNNNN")])
        for p in ["400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "410", "411", "412", "413", "414", "415", "416", "417", "418", "419", "420", "421", "422", "423", "424", "425", "427", "428", "429", "430", "431", "432", "433", "434", "435", "437", "438", "439", "447", "448", "449", "450", "451", "452", "455", "456", "457", "458", "459", "466", "467", "468", "469", "470", "473", "474", "475", "476", "477", "478", "479", "481", "482", "483", "484", "485", "487", "488", "490", "492", "493", "494", "495", "496", "497", "498", "499"]] + [
        (p, 9, [("nat_land", "(0N) NNNN NNNN"), ("nat_land_sp", "0N NNNN NNNN"), ("intl_land", "+61 N NNNN NNNN")])
        for p in ["29", "28", "39", "38", "73", "86"]]),
    ("NZ", "64", [
        (p, 9, [("nat_mob", "0NN NNN NNNN"), ("intl_mob", "+64 NN NNN NNNN"), ("plain", "0NNNNNNNNN")]) for p in ["21", "22", "27"]] + [
        (p, 8, [("nat_akl", "0N NNN NNNN"), ("intl_akl", "+64 N NNN NNNN")]) for p in ["93", "94", "95", "43", "33"]]),
    ("ZA", "27", [
        (p, 9, [("nat", "0NN NNN NNNN"), ("intl", "+27 NN NNN NNNN"), ("plain", "0NNNNNNNNN")]) for p in ["60", "61", "71", "72", "73", "76", "78", "79", "82", "83", "84", "11", "21"]]),
    ("NG", "234", [
        (p, 10, [("nat", "0NNN NNN NNNN"), ("intl", "+234 NNN NNN NNNN"), ("plain", "0NNNNNNNNNN")]) for p in ["803", "806", "813", "816", "703", "706", "802", "808", "812", "805", "807", "905"]]),
    ("KE", "254", [
        (p, 9, [("nat", "0NNN NNNNNN"), ("intl", "+254 NNN NNNNNN"), ("plain", "0NNNNNNNNN")]) for p in ["70", "71", "72", "74", "79", "11"]]),
    ("BR", "55", [
        (p, 11, [("nat", "(NN) NNNNN-NNNN"), ("intl", "+55 NN NNNNN-NNNN"), ("intl_paren", "+55 (NN) NNNNN-NNNN"), ("plain", "NNNNNNNNNNN"),
                 ("nat_nosep", "NN NNNNNNNNN"), ("e164", "+55NNNNNNNNNNN")])
        for p in ["119", "219", "319", "419", "519", "619", "719", "819", "859", "479", "489", "279", "629"]] + [
        (p, 10, [("nat_land", "(NN) NNNN-NNNN"), ("intl_land", "+55 NN NNNN-NNNN")]) for p in ["113", "114", "213", "313", "513"]]),
    ("MX", "52", [
        (p, 10, [("nat", "NN NNNN NNNN"), ("intl", "+52 NN NNNN NNNN"), ("plain", "NNNNNNNNNN"), ("paren", "(NN) NNNN NNNN")]) for p in ["55", "56", "33", "81"]] + [
        (p, 10, [("nat3", "NNN NNN NNNN"), ("intl3", "+52 NNN NNN NNNN")]) for p in ["222", "442", "477", "664", "998"]]),
    ("AR", "54", [
        (p, 10, [("intl_mob", "+54 9 NN NNNN-NNNN"), ("e164_mob", "+549NNNNNNNNNN")]) for p in ["11"]] + [
        (p, 10, [("nat_land", "0NN NNNN-NNNN"), ("intl_land", "+54 NN NNNN-NNNN")]) for p in ["114", "115", "116"]]),
    ("CO", "57", [
        (p, 10, [("nat", "NNN NNN NNNN"), ("intl", "+57 NNN NNN NNNN"), ("plain", "NNNNNNNNNN")]) for p in ["300", "301", "304", "310", "311", "312", "313", "314", "315", "316", "317", "318", "320", "321", "350", "601", "604"]]),
    ("CL", "56", [
        (p, 9, [("nat", "N NNNN NNNN"), ("intl", "+56 N NNNN NNNN"), ("plain", "+56NNNNNNNNN")]) for p in ["98", "99", "95", "94", "93", "92"]]),
    ("PE", "51", [
        (p, 9, [("nat", "NNN NNN NNN"), ("intl", "+51 NNN NNN NNN")]) for p in ["91", "94", "95", "96", "97", "98", "99"]]),
]

# Pruned once with libphonenumber 9.0.43 (40 draws per template per one-digit extension): after these
# prefixes only the listed next digits are drawn (the others gave numbers it does not accept).
NEXT_DIGIT = {
    ("GB", "745"): "012345689",
    ("GB", "783"): "012345678",
    ("GB", "791"): "023456789",
    ("FR", "63"): "012345678",
    ("NO", "45"): "012456789",
    ("DK", "20"): "123456789",
    ("DK", "21"): "123456789",
    ("DK", "22"): "123456789",
    ("DK", "30"): "123456789",
    ("DK", "31"): "123456789",
    ("DK", "40"): "123456789",
    ("DK", "42"): "123456789",
    ("DK", "50"): "123456789",
    ("DK", "52"): "123456789",
    ("DK", "53"): "123456789",
    ("DK", "60"): "123456789",
    ("DK", "61"): "123456789",
    ("DK", "71"): "123456789",
    ("DK", "81"): "123456789",
    ("CZ", "60"): "12345678",
    ("RO", "78"): "0345678",
    ("IL", "50"): "023456789",
    ("IL", "52"): "023456789",
    ("IL", "54"): "23456789",
    ("IL", "55"): "2",
    ("JP", "90"): "123456789",
    ("JP", "70"): "123456789",
    ("JP", "3"): "123456789",
    ("KR", "2"): "123456789",
    ("CN", "21"): "23456789",
    ("HK", "51"): "012346789",
    ("HK", "54"): "012346789",
    ("HK", "55"): "012346789",
    ("HK", "59"): "012346789",
    ("HK", "66"): "012345789",
    ("HK", "67"): "012345679",
    ("HK", "68"): "012345789",
    ("HK", "90"): "123456789",
    ("HK", "91"): "023456789",
    ("HK", "92"): "012345678",
    ("HK", "93"): "012345678",
    ("HK", "98"): "012345678",
    ("HK", "31"): "012456789",
    ("HK", "37"): "0124569",
    ("SG", "66"): "013456789",
    ("MY", "13"): "123456789",
    ("MY", "17"): "123456789",
    ("MY", "11"): "12345",
    ("AU", "479"): "01",
    ("AU", "483"): "01236789",
    ("AU", "495"): "0123",
    ("AU", "496"): "01234",
    ("AU", "86"): "012345678",
    ("AR", "11"): "012345678",
    ("CO", "601"): "123456789",
    ("CO", "604"): "23456789",
    ("CL", "99"): "03456789",
}

# template extras: an extension after the number (kept outside the labelled value)
EXT_REGIONS = ["US", "CA", "GB", "DE", "AU", "IN", "FR"]


def region_rows(region):
    for r in PHONES:
        if r[0] == region:
            return r
    raise KeyError(region)


def fill(template, nsn):
    out, i = [], 0
    for ch in template:
        if ch == "N":
            out.append(nsn[i])
            i += 1
        else:
            out.append(ch)
    assert i == len(nsn), (template, nsn)
    return "".join(out)


def draw_nsn(rng, region, prefix, length):
    fic = FICTION.get(region)
    while True:
        head = prefix
        if (region, prefix) in NEXT_DIGIT:
            head += rng.choice(NEXT_DIGIT[(region, prefix)])
        nsn = head + "".join(rng.choice("0123456789") for _ in range(length - len(head)))
        if fic and re.search(fic, nsn):
            continue
        if re.search(r"(\d)\1\1\1\1", nsn):
            continue
        return nsn


# first NSN digits of mobile numbers (None: the rows drawn for that region are all mobile or indistinguishable)
MOBILE_FIRST = {
    "GB": "7", "DE": "1", "AT": "6", "CH": "7", "FR": "67", "BE": "4", "NL": "6", "ES": "67", "IT": "3", "PT": "9", "IE": "8",
    "PL": "5678", "SE": "7", "NO": "49", "FI": "45", "CZ": "67", "GR": "6", "RO": "7", "TR": "5", "RU": "9", "EG": "1",
    "IN": "6789", "JP": "789", "KR": "1", "CN": "1", "TW": "9", "HK": "569", "SG": "89", "TH": "689", "VN": "35789",
    "ID": "8", "MY": "1", "PH": "9", "AU": "4", "NZ": "2", "ZA": "678", "KE": "71", "CO": "3", "CL": "9", "PE": "9",
}


MOBILE_PREFIXES = {
    "IN": ["98", "99", "97", "96", "95", "94", "93", "91", "90", "89", "85", "70"],
    "CN": ["133", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "177", "180", "182", "186", "187", "188", "189", "199"],
    "PL": ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"],
    "JP": ["90", "70"],
}


def is_mobile_row(region, prefix, length, forms):
    if region in MOBILE_PREFIXES:
        return prefix in MOBILE_PREFIXES[region]
    if region == "BR":
        return length == 11
    if region == "AR":
        return any("mob" in f[0] for f in forms)
    first = MOBILE_FIRST.get(region)
    return first is None or prefix[0] in first


def make_phone(rng, region, label=None, plus=None, mobile=False):
    """Returns (value, shape). plus=True: only international forms; False: only national forms."""
    _, cc, rows = region_rows(region)
    if mobile:
        rows = [row for row in rows if is_mobile_row(region, *row)]
    if plus is not None:
        cands = [(p, n, f) for p, n, fs in rows for f in fs if f[1].lstrip("(").startswith("+") == plus]
        prefix, length, (lab, tpl) = rng.choice(cands)
    elif label is None:
        prefix, length, forms = rng.choice(rows)
        lab, tpl = rng.choice(forms)
    else:
        cands = [(p, n, f) for p, n, fs in rows for f in fs if f[0] == label]
        prefix, length, (lab, tpl) = rng.choice(cands)
    nsn = draw_nsn(rng, region, prefix, length)
    return fill(tpl, nsn), "%s_%s" % (region, lab)


LANG_REGIONS = {
    "en": ["US", "US", "GB", "GB", "CA", "AU", "NZ", "IE", "IN", "SG", "ZA", "NG", "KE", "PH", "HK", "MY"],
    "de": ["DE", "DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "FR", "BE", "CH"],
    "es": ["ES", "ES", "MX", "AR", "CO", "CL", "PE", "US"], "pt": ["BR", "BR", "BR", "PT"], "it": ["IT", "IT", "CH"],
    "nl": ["NL", "NL", "BE"], "pl": ["PL"], "sv": ["SE"], "da": ["DK"], "fi": ["FI"], "nb": ["NO"], "tr": ["TR", "TR", "DE"],
    "ru": ["RU", "RU", "RU", "UA"], "uk": ["UA", "UA", "PL"], "ar": ["EG", "AE", "SA", "SA", "AE"], "he": ["IL"],
    "hi": ["IN"], "ja": ["JP"], "ko": ["KR"], "zh": ["CN", "CN", "CN", "TW", "HK", "SG"], "th": ["TH"], "vi": ["VN"],
    "id": ["ID"], "ms": ["MY"], "el": ["GR"], "cs": ["CZ"], "ro": ["RO"], "hu": ["HU"], "ur": ["PK"],
}
