#!/usr/bin/env python3
"""holdout13: an independent held-out evaluation set for the ReplayRedaction redactor.

Standard library only, fixed seed, deterministic (no set or hash-ordered container is iterated;
dicts are only used in insertion order).

    python3 make-holdout13.py           # rewrites holdout13.jsonl
    python3 make-holdout13.py --stats   # prints the composition
    python3 make-holdout13.py --check   # regenerates in memory, compares byte for byte, re-validates

Phones are additionally validated with libphonenumber by validate-holdout13.py (run from a venv).
"""
import json
import os
import random
import re
import sys
import zlib

SEED = 1313052026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout13.jsonl")

N_POS_LINES = 960
N_NEG_LINES = 352
N_POLICY = 25

DIG = "0123456789"
HEX = "0123456789abcdef"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
B62 = DIG + UP + LO
B64U = B62 + "-_"
B32 = UP + "234567"

# ----------------------------------------------------------------------------------------------
# Phones: (region, cc, trunk, type, prefixes, nsn_len, national templates, international templates)
# '#' in a national template consumes trunk+nsn digits in order; in an international one nsn digits.
# ----------------------------------------------------------------------------------------------
NANP_NAT = ["(###) ###-####", "###-###-####", "###.###.####", "### ### ####"]
NANP_INT = ["### ### ####", "###-###-####", "(###) ###-####"]
PLANS = [
    ("US", "1", "", "any", ["212", "305", "312", "415", "503", "512", "617", "646", "702", "713", "720", "206", "404", "470", "773", "818", "917", "929", "614", "919"], 10, NANP_NAT, NANP_INT),
    ("CA", "1", "", "any", ["416", "647", "604", "778", "514", "438", "403", "613"], 10, NANP_NAT, NANP_INT),
    ("GB", "44", "0", "mob", ["740", "741", "742", "743", "744", "746", "747", "748", "749", "751", "753", "754", "756", "757", "758", "759", "771", "772", "773", "774", "775", "776", "777", "780", "781", "784", "785", "786", "787", "788", "789", "790", "792", "794", "795", "796", "797", "798", "799"], 10, ["##### ######", "##### ### ###"], ["#### ######", "#### ### ###"]),
    ("GB", "44", "0", "fix", ["203", "207", "208"], 10, ["### #### ####"], ["## #### ####"]),
    ("GB", "44", "0", "fix", ["1612", "1312", "1173", "1214"], 10, ["#### ### ####"], ["### ### ####"]),
    ("AU", "61", "0", "mob", ["400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "410", "411", "412", "413", "414", "415", "416", "417", "418", "419", "421", "422", "423", "424", "425", "427", "428", "429", "430", "431", "432", "433", "434", "435", "438", "439", "447", "448", "450", "451", "452", "455", "457", "458", "459", "466", "467", "468", "469", "470", "474", "475", "476", "477", "478", "4790", "4791", "481", "487", "488", "497", "498", "499"], 9, ["#### ### ###"], ["### ### ###"]),
    ("AU", "61", "0", "fix", ["29", "28", "39", "38"], 9, ["(##) #### ####", "## #### ####"], ["# #### ####"]),
    ("IE", "353", "0", "mob", ["83", "85", "86", "87", "89"], 9, ["### ### ####", "###-#######"], ["## ### ####"]),
    ("DE", "49", "0", "mob", ["151", "152", "157", "159"], 11, ["#### ########", "####/########", "#### ### #####"], ["### ########", "(0)### ########"]),
    ("DE", "49", "0", "mob", ["160", "170", "171", "175"], 10, ["#### #######", "####/#######", "####-#######"], ["### #######"]),
    ("DE", "49", "0", "fix", ["30", "40", "89"], 10, ["### ########", "###/########", "### ### ### ##"], ["## ########", "(0)## ########"]),
    ("DE", "49", "0", "fix", ["221", "211", "711", "611"], 10, ["#### #######", "####/#######"], ["### #######"]),
    ("AT", "43", "0", "mob", ["664", "676", "650", "660", "699", "680"], 10, ["#### #######", "####/#######"], ["### #######"]),
    ("CH", "41", "0", "mob", ["76", "77", "78", "79"], 9, ["### ### ## ##"], ["## ### ## ##"]),
    ("CH", "41", "0", "fix", ["44", "31", "61", "22"], 9, ["### ### ## ##"], ["## ### ## ##"]),
    ("FR", "33", "0", "mob", ["60", "61", "62", "630", "631", "632", "633", "634", "635", "636", "637", "638", "64", "65", "66", "67", "68", "695", "698", "699", "73", "74", "75", "76", "77", "78"], 9, ["## ## ## ## ##", "##.##.##.##.##", "##########"], ["# ## ## ## ##", "(0)# ## ## ## ##"]),
    ("FR", "33", "0", "fix", ["1", "20", "21", "22", "23", "24", "25", "260", "261", "263", "264", "265", "266", "267", "268", "269", "27", "28", "29", "3", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "591", "592", "593", "595", "596", "597", "598", "599"], 9, ["## ## ## ## ##", "##.##.##.##.##"], ["# ## ## ## ##"]),
    ("BE", "32", "0", "mob", ["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"], 9, ["#### ## ## ##", "####/##.##.##"], ["### ## ## ##"]),
    ("BE", "32", "0", "fix", ["22", "23", "24", "25", "26", "27", "28"], 8, ["## ### ## ##"], ["# ### ## ##"]),
    ("ES", "34", "", "mob", ["6", "71", "72", "73", "74"], 9, ["### ### ###", "### ## ## ##"], ["### ### ###"]),
    ("ES", "34", "", "fix", ["91", "93", "96", "95"], 9, ["## ### ## ##", "### ### ###"], ["## ### ## ##"]),
    ("MX", "52", "", "any", ["55", "33", "81"], 10, ["## #### ####", "(##) #### ####"], ["## #### ####"]),
    ("CO", "57", "", "mob", ["300", "301", "302", "304", "305", "310", "311", "312", "313", "314", "315", "316", "317", "318", "319", "320", "321", "322", "323", "350", "351"], 10, ["### ### ####", "### #######"], ["### ### ####"]),
    ("CO", "57", "", "fix", ["60100", "60101", "60102", "60103", "60104", "6011", "6012", "6013", "6014", "6015", "6016", "6017", "6018", "6019", "6042", "6043", "6044", "6045", "6046", "6047", "6048", "6049"], 10, ["### ### ####"], ["### ### ####"]),
    ("IT", "39", "", "mob", ["320", "323", "327", "328", "329", "330", "331", "333", "334", "335", "338", "339", "340", "342", "345", "347", "348", "349", "351", "366", "380", "388", "389", "392", "393"], 10, ["### #######", "### ### ####", "###-#######"], ["### ### ####", "### #######"]),
    ("IT", "39", "", "fix", ["02", "06"], 10, ["## ########", "## #### ####"], ["## #### ####"]),
    ("PT", "351", "", "mob", ["91", "92", "93", "96"], 9, ["### ### ###"], ["### ### ###"]),
    ("PT", "351", "", "fix", ["21", "22"], 9, ["### ### ###"], ["### ### ###"]),
    ("BR", "55", "", "mob", ["1196", "1197", "1198", "1199", "2197", "2198", "2199", "3198", "3199", "4199", "5198", "5199", "6198", "6199", "7199", "8198", "8599", "1998", "1999", "4899"], 11, ["(##) #####-####", "## #####-####", "(##) ##### ####"], ["## #####-####", "## ##### ####"]),
    ("BR", "55", "", "fix", ["113", "213", "313", "413", "513", "613"], 10, ["(##) ####-####"], ["## ####-####"]),
    ("NL", "31", "0", "mob", ["61", "62", "63", "64", "65"], 9, ["## ########", "##-########", "## ## ## ## ##"], ["# ########", "# #### ####"]),
    ("NL", "31", "0", "fix", ["20", "10", "30", "70"], 9, ["### ### ####", "###-#######"], ["## ### ####"]),
    ("PL", "48", "", "mob", ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9, ["### ### ###", "###-###-###", "#########"], ["### ### ###"]),
    ("PL", "48", "", "fix", ["22", "12", "58", "61", "71"], 9, ["## ### ## ##"], ["## ### ## ##"]),
    ("SE", "46", "0", "mob", ["70", "72", "73", "76", "79"], 9, ["###-### ## ##", "### ### ## ##", "###-#######"], ["## ### ## ##"]),
    ("SE", "46", "0", "fix", ["8"], 9, ["##-### ### ##"], ["# ### ### ##"]),
    ("DK", "45", "", "mob", ["201", "202", "203", "204", "205", "206", "207", "208", "209", "211", "212", "213", "214", "215", "216", "217", "218", "219", "221", "222", "223", "224", "225", "226", "227", "228", "229", "231", "232", "233", "234", "235", "236", "237", "238", "239", "241", "242", "243", "244", "245", "246", "247", "248", "249", "251", "252", "253", "254", "255", "256", "257", "258", "259", "26", "27", "28", "291", "292", "293", "294", "295", "296", "297", "298", "299", "301", "302", "303", "304", "305", "306", "307", "308", "309", "311", "312", "313", "314", "315", "316", "317", "318", "319", "401", "402", "403", "404", "405", "406", "407", "408", "409", "411", "412", "413", "414", "415", "416", "417", "418", "419", "421", "422", "423", "424", "425", "426", "427", "428", "429", "501", "502", "503", "504", "505", "506", "507", "508", "509", "511", "512", "513", "514", "515", "516", "517", "518", "519", "521", "522", "523", "524", "525", "526", "527", "528", "529", "531", "532", "533", "534", "535", "536", "537", "538", "539", "601", "602", "603", "604", "605", "606", "607", "608", "609", "611", "612", "613", "614", "615", "616", "617", "618", "619", "711", "712", "713", "714", "715", "716", "717", "718", "719", "811", "812", "813", "814", "815", "816", "817", "818", "819", "911", "912", "913", "914", "915", "916", "917", "918", "919", "931", "932", "933", "934", "935", "936", "937", "938", "939"], 8, ["## ## ## ##", "########", "#### ####"], ["## ## ## ##"]),
    ("DK", "45", "", "fix", ["331", "332", "333", "334", "335", "336", "337", "338", "339", "351", "352", "353", "354", "355", "356", "357", "358", "359", "381", "382", "383", "384", "385", "386", "387", "388", "389", "391", "392", "393", "394", "395", "396", "397", "398", "399", "861", "862", "863", "864", "865", "866", "867", "868", "869", "981", "982", "983", "984", "985", "986", "987", "988", "989"], 8, ["## ## ## ##"], ["## ## ## ##"]),
    ("NO", "47", "", "mob", ["40", "41", "45", "46", "47", "48", "90", "91", "92", "93", "94", "95", "97", "98", "99"], 8, ["### ## ###", "## ## ## ##"], ["### ## ###"]),
    ("NO", "47", "", "fix", ["22", "23", "55", "73"], 8, ["## ## ## ##"], ["## ## ## ##"]),
    ("FI", "358", "0", "mob", ["40", "41", "44", "45", "46", "50"], 9, ["### ### ####", "###-#######", "### #######"], ["## ### ####"]),
    ("FI", "358", "0", "fix", ["900", "91", "92", "93", "94", "95", "96", "97", "98"], 8, ["## ### ####"], ["# ### ####"]),
    ("CZ", "420", "", "mob", ["601", "602", "603", "604", "605", "606", "607", "608", "702", "703", "704", "705", "720", "721", "722", "723", "724", "725", "730", "731", "732", "733", "734", "736", "737", "739", "770", "771", "773", "774", "775", "776", "777", "778", "779", "790", "791", "792", "793", "799"], 9, ["### ### ###", "#########"], ["### ### ###"]),
    ("CZ", "420", "", "fix", ["2"], 9, ["### ### ###"], ["### ### ###"]),
    ("TR", "90", "0", "mob", ["505", "530", "531", "532", "533", "534", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545", "546", "547", "548", "549", "551", "552", "553", "554", "555"], 10, ["#### ### ## ##", "# ### ### ## ##", "#(###) ### ## ##", "###########"], ["### ### ## ##", "### ### ####"]),
    ("TR", "90", "0", "fix", ["212", "216", "312", "232"], 10, ["#### ### ## ##", "(####) ### ## ##"], ["### ### ## ##"]),
    ("RU", "7", "8", "mob", ["910", "912", "915", "916", "917", "919", "925", "926", "929", "903", "905", "906", "909", "950", "951", "952", "953", "960", "961", "962", "963", "964", "965", "977", "978", "980", "981", "982", "983", "985", "987", "988", "989", "999"], 10, ["# (###) ###-##-##", "# ### ###-##-##", "#-###-###-##-##", "###########"], ["(###) ###-##-##", "### ###-##-##", "### ### ## ##"]),
    ("RU", "7", "8", "fix", ["495", "499", "812"], 10, ["# (###) ###-##-##", "# ### ###-##-##"], ["(###) ###-##-##", "### ###-##-##"]),
    ("UA", "380", "0", "mob", ["50", "66", "67", "68", "96", "97", "98", "63", "73", "93", "95", "99"], 9, ["### ### ## ##", "(###) ###-##-##", "###-###-##-##"], ["## ### ## ##", "(##) ###-##-##"]),
    ("UA", "380", "0", "fix", ["44"], 9, ["### ### ## ##"], ["## ### ## ##"]),
    ("GR", "30", "", "mob", ["690", "693", "694", "695", "697", "698", "699"], 10, ["### ### ####", "##########"], ["### ### ####"]),
    ("GR", "30", "", "fix", ["210", "231"], 10, ["### #######", "### ### ####"], ["### ### ####"]),
    ("IL", "972", "0", "mob", ["500", "502", "503", "504", "505", "506", "507", "508", "509", "520", "522", "523", "524", "525", "526", "527", "528", "529", "53", "542", "543", "544", "545", "546", "547", "548", "549", "5501", "552", "5530", "5531", "5532", "5533", "5543", "5544", "5545", "5550", "5551", "5552", "5555", "5556", "5558", "5559", "5566", "5567", "5568", "5570", "5571", "5572", "5576", "5577", "5587", "5588", "5589", "5591", "5592", "5593", "5594", "5595", "5596", "5597", "5598", "5599", "583", "584", "585", "586", "587"], 9, ["###-###-####", "###-#######", "### ### ####"], ["##-###-####", "## ### ####"]),
    ("IL", "972", "0", "fix", ["3", "2", "4", "9"], 8, ["##-#######", "##-###-####"], ["#-###-####"]),
    ("SA", "966", "0", "mob", ["50", "53", "54", "55", "56", "58", "59"], 9, ["### ### ####", "##########"], ["## ### ####"]),
    ("SA", "966", "0", "fix", ["11", "122", "124", "125", "126", "127", "128", "133", "135", "136", "137", "138"], 9, ["### ### ####"], ["## ### ####"]),
    ("AE", "971", "0", "mob", ["50", "52", "54", "55", "56", "58"], 9, ["### ### ####", "###-#######"], ["## ### ####"]),
    ("AE", "971", "0", "fix", ["42", "43", "44", "45", "46", "47", "48", "22", "23", "24", "25", "26", "27", "28"], 8, ["## ### ####"], ["# ### ####"]),
    ("EG", "20", "0", "mob", ["10", "11", "12", "15"], 10, ["#### ### ####", "###########"], ["### ### ####"]),
    ("EG", "20", "0", "fix", ["2"], 9, ["## #### ####"], ["# #### ####"]),
    ("IN", "91", "", "mob", ["98", "99", "97", "96", "95", "94", "93", "91", "90", "88", "87", "86", "85", "84", "83", "82", "81", "80", "79", "78", "77", "76", "75", "74", "73", "72", "70", "63", "62"], 10, ["##### #####", "##########", "###-###-####"], ["##### #####", "##########"]),
    ("IN", "91", "0", "fix", ["112", "113", "114", "115", "116", "117", "222", "223", "224", "225", "226", "227", "229", "80", "442", "443", "444", "445", "446", "447"], 10, ["### #### ####", "###-########"], ["## #### ####"]),
    ("JP", "81", "0", "mob", ["901", "902", "903", "904", "905", "906", "907", "908", "909", "80", "701", "702", "703", "704", "705", "706", "707", "708", "709"], 10, ["###-####-####", "### #### ####", "###########"], ["##-####-####", "## #### ####"]),
    ("JP", "81", "0", "fix", ["31", "32", "33", "34", "35", "36", "37", "38", "39", "6"], 9, ["##-####-####"], ["#-####-####"]),
    ("KR", "82", "0", "mob", ["10"], 10, ["###-####-####", "### #### ####", "###########"], ["##-####-####", "## #### ####"]),
    ("KR", "82", "0", "fix", ["21", "22", "23", "24", "25", "26", "27", "28", "29"], 9, ["##-####-####"], ["#-####-####"]),
    ("CN", "86", "", "mob", ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157", "158", "159", "177", "180", "181", "182", "185", "186", "187", "188", "189", "198", "199"], 11, ["### #### ####", "###-####-####", "###########"], ["### #### ####", "###########"]),
    ("CN", "86", "0", "fix", ["10", "2111", "2112", "2113", "2114", "2115", "2116", "2117", "2118", "2119", "212", "213", "214", "215", "216", "217", "218", "219"], 10, ["###-########", "(###) #### ####"], ["## #### ####"]),
    ("TW", "886", "0", "mob", ["91", "92", "93", "95", "96", "97", "98", "90"], 9, ["####-###-###", "#### ### ###"], ["### ### ###"]),
    ("TW", "886", "0", "fix", ["22", "23", "24", "25", "26", "27", "28"], 9, ["(##) ####-####", "##-####-####"], ["# #### ####"]),
    ("HK", "852", "", "mob", ["510", "511", "512", "513", "514", "516", "517", "518", "519", "61", "620", "621", "622", "623", "624", "625", "627", "628", "629", "63", "64", "901", "902", "903", "904", "905", "906", "907", "908", "909", "910", "912", "913", "914", "915", "916", "917", "918", "919", "920", "921", "922", "923", "924", "925", "926", "927", "928", "930", "931", "932", "933", "934", "935", "936", "937", "938", "94"], 8, ["#### ####"], ["#### ####"]),
    ("TH", "66", "0", "mob", ["81", "82", "83", "84", "85", "86", "87", "89", "61", "62", "63", "64", "65", "80", "91", "92", "93", "94", "95", "96", "97", "98", "99"], 9, ["###-###-####", "### ### ####"], ["## ### ####"]),
    ("TH", "66", "0", "fix", ["2"], 8, ["##-###-####"], ["# ### ####"]),
    ("VN", "84", "0", "mob", ["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88", "896", "897", "898", "899"], 9, ["#### ### ###", "##########", "### ### ####"], ["### ### ###", "## ### ####"]),
    ("VN", "84", "0", "fix", ["242", "243", "244", "245", "246", "247", "248", "282", "283", "284", "285", "286", "287", "288", "289"], 10, ["### #### ####"], ["## #### ####"]),
    ("ID", "62", "0", "mob", ["811", "812", "813", "821", "822", "823", "852", "853", "856", "857", "858", "877", "878", "895", "896", "897"], 11, ["####-####-####", "#### #### ####", "############"], ["###-####-####", "### #### ####"]),
    ("ID", "62", "0", "fix", ["21"], 10, ["(###) ####-####"], ["## #### ####"]),
    ("MY", "60", "0", "mob", ["12", "131", "132", "133", "134", "135", "136", "137", "138", "139", "16", "171", "172", "173", "174", "175", "176", "177", "178", "179", "19", "142", "143", "145", "146", "147", "148", "149"], 9, ["###-### ####", "###-#######"], ["##-### ####", "## ### ####"]),
    ("MY", "60", "0", "fix", ["320", "321", "322", "323", "326", "327", "328", "329", "330", "331", "332", "333", "336", "338", "340", "341", "342", "347", "348", "350", "351", "352", "354", "355", "356", "357", "358", "360", "361", "362", "363", "364", "366", "367", "371", "372", "374", "376", "377", "378", "379", "38", "390", "391", "392", "393", "394", "395", "397"], 9, ["##-#### ####"], ["#-#### ####"]),
    ("PH", "63", "0", "mob", ["905", "906", "915", "916", "917", "918", "919", "920", "921", "926", "927", "928", "929", "935", "936", "939", "945", "947", "949", "955", "956", "965", "966", "975", "977", "995", "997", "998", "999"], 10, ["#### ### ####", "####-###-####"], ["### ### ####"]),
    ("PH", "63", "0", "fix", ["28"], 9, ["(##) #### ####"], ["# #### ####"]),
    ("HU", "36", "06", "mob", ["20", "30", "31", "50", "70"], 9, ["## ## ### ####", "##-##-###-####", "##/## ### ####"], ["## ### ####", "##/###-####"]),
    ("HU", "36", "06", "fix", ["1"], 8, ["## # ### ####"], ["# ### ####"]),
    ("RO", "40", "0", "mob", ["72", "73", "74", "75", "76", "77", "780", "783", "784", "785", "786", "787", "788"], 9, ["#### ### ###", "##########"], ["### ### ###"]),
    ("RO", "40", "0", "fix", ["21"], 9, ["### ### ####"], ["## ### ####"]),
    ("KE", "254", "0", "mob", ["70", "71", "72", "74", "79", "11"], 9, ["#### ######", "#### ### ###"], ["### ######", "### ### ###"]),
    ("KE", "254", "0", "fix", ["20"], 9, ["### #######"], ["## #######"]),
    ("ZA", "27", "0", "mob", ["60", "61", "62", "63", "64", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"], 9, ["### ### ####"], ["## ### ####"]),
    ("ZA", "27", "0", "fix", ["11", "21", "31"], 9, ["### ### ####"], ["## ### ####"]),
    ("NG", "234", "0", "mob", ["803", "806", "810", "813", "816", "703", "706", "802", "808", "812", "701", "902", "805", "807", "815", "905"], 10, ["#### ### ####", "###########"], ["### ### ####"]),
    ("SG", "65", "", "mob", ["801", "802", "803", "804", "805", "806", "807", "808", "809", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98"], 8, ["#### ####"], ["#### ####"]),
]
FICTIONAL = ["7700900", "207946", "1614960", "1314960", "1173960", "1214960", "491570", "4915705", "255501"]


def fill(tpl, digits):
    out, i = [], 0
    for ch in tpl:
        if ch == "#":
            out.append(digits[i])
            i += 1
        else:
            out.append(ch)
    assert i == len(digits), (tpl, digits)
    return "".join(out)


def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = ord(ch) - 48
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def plans_for(region):
    return [p for p in PLANS if p[0] == region]


def draw_nsn(rng, plan):
    region, cc, trunk, typ, prefixes, n, nat, intl = plan
    while True:
        pre = rng.choice(prefixes)
        nsn = pre + "".join(rng.choice(DIG) for _ in range(n - len(pre)))
        if cc == "1":
            if nsn[3] in "01" or nsn[3:6] == "555" or nsn[4:6] == "11":
                continue
        if any(nsn.startswith(f) for f in FICTIONAL):
            continue
        if len(set(nsn[-4:])) == 1:
            continue
        return nsn


def phone(rng, region, typ=None, form=None):
    ps = [p for p in plans_for(region) if typ is None or p[3] == typ or p[3] == "any"] or plans_for(region)
    plan = rng.choice(ps)
    reg, cc, trunk, ptyp, prefixes, n, nat, intl = plan
    nsn = draw_nsn(rng, plan)
    if form is None:
        form = rng.choices(["nat", "intl", "00", "e164", "natdig"], [48, 26, 7, 13, 6])[0]
    if form == "nat":
        v = fill(rng.choice(nat), trunk + nsn)
    elif form == "natdig":
        v = trunk + nsn
    elif form == "intl":
        t = rng.choice(intl)
        sep = "-" if (region == "IN" and rng.random() < 0.3) else " "
        v = "+" + cc + sep + fill(t, nsn)
    elif form == "00":
        t = rng.choice([x for x in intl if "(0)" not in x] or intl)
        v = "00" + cc + " " + fill(t, nsn)
    else:
        v = "+" + cc + nsn
    dg = re.sub(r"\D", "", v)
    if len(dg) >= 13 and luhn_ok(dg):
        return phone(rng, region, typ, form)
    return v, "%s_%s_%s" % (reg, ptyp, form)


# ----------------------------------------------------------------------------------------------
# Cards
# ----------------------------------------------------------------------------------------------
def _rng_prefix(lo, hi):
    return [str(x) for x in range(lo, hi + 1)]


NETWORKS = {
    "visa": ([p for p in ["40", "41", "42", "43", "44", "45", "46", "47", "48", "49"]], [16]),
    "mc": (_rng_prefix(51, 55) + ["2221", "2228", "2231", "2300", "2420", "2500", "2610", "2701", "2720"], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "644", "645", "646", "647", "648", "649", "65"], [16]),
    "jcb": (_rng_prefix(3528, 3589), [16]),
    "diners": (["36", "300", "301", "302", "303", "305"], [14]),
    "unionpay": (["6212", "6214", "6217", "6222", "6225", "6226", "6228", "6259", "6282"], [16, 19]),
    "rupay": (["6521", "6522", "6070", "6081", "5085", "5086", "5087", "5089", "5081"], [16]),
    "mir": (["2200", "2201", "2202", "2203", "2204"], [16]),
    "elo": (["636368", "636297", "504175", "506699", "509048", "650031", "650487"], [16]),
    "hipercard": (["606282"], [16]),
    "troy": (["9792"], [16]),
    "dankort": (["5019"], [16]),
    "maestro": (["6759", "5018", "5020", "5038", "6304"], [16, 19]),
    "verve": (["5061", "6500"], [16, 19]),
}
REGION_CARDS = {
    "US": [("visa", 5), ("mc", 3), ("amex", 2), ("discover", 1)],
    "CA": [("visa", 5), ("mc", 4), ("amex", 1)],
    "JP": [("jcb", 4), ("visa", 4), ("mc", 2), ("amex", 1), ("diners", 1)],
    "CN": [("unionpay", 6), ("visa", 1), ("mc", 1)],
    "HK": [("unionpay", 2), ("visa", 3), ("mc", 2)],
    "IN": [("rupay", 3), ("visa", 4), ("mc", 2)],
    "RU": [("mir", 5), ("visa", 2), ("mc", 2)],
    "BR": [("elo", 3), ("visa", 4), ("mc", 3), ("hipercard", 1)],
    "TR": [("troy", 2), ("visa", 4), ("mc", 4)],
    "DK": [("dankort", 3), ("visa", 3), ("mc", 2)],
    "NG": [("verve", 3), ("visa", 3), ("mc", 3)],
    "GB": [("visa", 5), ("mc", 3), ("amex", 1), ("maestro", 1)],
    "KR": [("visa", 3), ("mc", 3), ("amex", 1)],
}
DEFAULT_CARDS = [("visa", 5), ("mc", 4), ("amex", 1)]
TEST_PREFIXES = ["4242", "41111", "4000", "4012888", "5555555", "510510", "520082", "222300", "378282", "371449", "601111", "601100", "353011", "356600", "305693", "385200", "6200000", "4917610", "4988438", "5454545", "5425233"]


def card(rng, region=None, network=None, grouping=None):
    if network is None:
        opts = REGION_CARDS.get(region, DEFAULT_CARDS)
        network = rng.choices([o[0] for o in opts], [o[1] for o in opts])[0]
    prefixes, lens = NETWORKS[network]
    while True:
        pre = rng.choice(prefixes)
        n = rng.choice(lens)
        body = pre + "".join(rng.choice(DIG) for _ in range(n - 1 - len(pre)))
        for c in DIG:
            if luhn_ok(body + c):
                num = body + c
                break
        if any(num.startswith(t) for t in TEST_PREFIXES):
            continue
        if re.search(r"(\d)\1\1\1\1", num):
            continue
        break
    g = grouping or rng.choices(["space", "dash", "none"], [62, 14, 24])[0]
    if g == "none":
        v = num
    else:
        sep = " " if g == "space" else "-"
        if n == 15:
            parts = [num[:4], num[4:10], num[10:]]
        elif n == 14:
            parts = [num[:4], num[4:10], num[10:]]
        elif n == 19:
            parts = [num[:4], num[4:8], num[8:12], num[12:16], num[16:]] if rng.random() < 0.6 else [num[:6], num[6:]]
        else:
            parts = [num[i:i + 4] for i in range(0, n, 4)]
        v = sep.join(parts)
    return v, "%s_%d_%s" % (network, n, g)


# ----------------------------------------------------------------------------------------------
# API keys (shapes as real keys of these providers look; GitHub/npm with the CRC32 checksum)
# ----------------------------------------------------------------------------------------------
def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62(n, width=6):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh_token(rng, prefix):
    body = rs(rng, B62, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


KEYGEN = {
    "openai_proj": lambda r: "sk-proj-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74),
    "openai_legacy": lambda r: "sk-" + rs(r, B62, 20) + "T3BlbkFJ" + rs(r, B62, 20),
    "openai_svcacct": lambda r: "sk-svcacct-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74),
    "anthropic": lambda r: "sk-ant-api03-" + rs(r, B64U, 93) + "AA",
    "anthropic_admin": lambda r: "sk-ant-admin01-" + rs(r, B64U, 93) + "AA",
    "github_ghp": lambda r: gh_token(r, "ghp_"),
    "github_gho": lambda r: gh_token(r, "gho_"),
    "github_ghs": lambda r: gh_token(r, "ghs_"),
    "github_pat": lambda r: "github_pat_11" + rs(r, UP + DIG, 20) + "_" + rs(r, B62, 59),
    "npm": lambda r: gh_token(r, "npm_"),
    "aws_akid": lambda r: "AKIA" + rs(r, B32, 16),
    "google": lambda r: "AIza" + rs(r, B64U, 35),
    "slack_bot": lambda r: "xoxb-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 13) + "-" + rs(r, B62, 24),
    "slack_user": lambda r: "xoxp-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 13) + "-" + rs(r, HEX, 32),
    "stripe_live": lambda r: "sk_live_51" + rs(r, B62, 97),
    "stripe_restricted": lambda r: "rk_live_51" + rs(r, B62, 97),
    "stripe_whsec": lambda r: "whsec_" + rs(r, B62, 32),
    "sendgrid": lambda r: "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43),
    "twilio_sk": lambda r: "SK" + rs(r, HEX, 32),
    "huggingface": lambda r: "hf_" + rs(r, UP + LO, 34),
    "groq": lambda r: "gsk_" + rs(r, B62, 52),
    "replicate": lambda r: "r8_" + rs(r, B62, 37),
    "gitlab": lambda r: "glpat-" + rs(r, B64U, 20),
    "shopify": lambda r: "shpat_" + rs(r, HEX, 32),
    "perplexity": lambda r: "pplx-" + rs(r, B62, 48),
    "digitalocean": lambda r: "dop_v1_" + rs(r, HEX, 64),
    "openrouter": lambda r: "sk-or-v1-" + rs(r, HEX, 64),
    "xai": lambda r: "xai-" + rs(r, B62, 80),
    "linear": lambda r: "lin_api_" + rs(r, B62, 40),
    "supabase": lambda r: "sbp_" + rs(r, HEX, 40),
    "mailchimp": lambda r: rs(r, HEX, 32) + "-us" + str(r.randint(2, 21)),
    "brevo": lambda r: "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, B62, 16),
    "telegram": lambda r: str(r.randint(5, 7)) + rs(r, DIG, 9) + ":AA" + rs(r, B64U, 33),
    "mailgun": lambda r: "key-" + rs(r, HEX, 32),
    "deepseek": lambda r: "sk-" + rs(r, HEX, 32),
    "notion": lambda r: "secret_" + rs(r, B62, 43),
    "resend": lambda r: "re_" + rs(r, B62, 8) + "_" + rs(r, B62, 24),
    "tavily": lambda r: "tvly-" + rs(r, B62, 32),
    "airtable": lambda r: "pat" + rs(r, B62, 14) + "." + rs(r, HEX, 64),
    "newrelic": lambda r: "NRAK-" + rs(r, UP + DIG, 27),
    # label-only: nothing in the value itself says "key"; only the name next to it does
    "L_azure_openai": lambda r: rs(r, HEX, 32),
    "L_mistral": lambda r: rs(r, B62, 32),
    "L_cohere": lambda r: rs(r, B62, 40),
    "L_datadog": lambda r: rs(r, HEX, 32),
    "L_twilio_auth": lambda r: rs(r, HEX, 32),
    "L_cloudflare": lambda r: rs(r, B64U, 40),
    "L_postmark": lambda r: "%s-%s-%s-%s-%s" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 12)),
    "L_algolia": lambda r: rs(r, HEX, 32),
    "L_openweather": lambda r: rs(r, HEX, 32),
    "L_deepgram": lambda r: rs(r, HEX, 40),
    "L_assemblyai": lambda r: rs(r, HEX, 32),
    "L_serpapi": lambda r: rs(r, HEX, 64),
    "L_elevenlabs": lambda r: rs(r, HEX, 32),
}
KEY_WEIGHTS = [
    ("openai_proj", 16), ("openai_legacy", 3), ("openai_svcacct", 2), ("anthropic", 14), ("anthropic_admin", 1),
    ("github_ghp", 8), ("github_gho", 1), ("github_ghs", 1), ("github_pat", 4), ("npm", 3), ("aws_akid", 5),
    ("google", 6), ("slack_bot", 3), ("slack_user", 1), ("stripe_live", 5), ("stripe_restricted", 1),
    ("stripe_whsec", 2), ("sendgrid", 3), ("twilio_sk", 1), ("huggingface", 4), ("groq", 2), ("replicate", 1),
    ("gitlab", 2), ("shopify", 1), ("perplexity", 1), ("digitalocean", 1), ("openrouter", 3), ("xai", 1),
    ("linear", 1), ("supabase", 1), ("mailchimp", 1), ("brevo", 1), ("telegram", 2), ("mailgun", 1),
    ("deepseek", 2), ("notion", 1), ("resend", 1), ("tavily", 1), ("airtable", 1), ("newrelic", 1),
]
LABEL_ONLY = [k for k in KEYGEN if k.startswith("L_")]
# what the key is called, per provider: (env var, human name)
KEY_NAMES = {
    "openai_proj": ("OPENAI_API_KEY", "OpenAI"), "openai_legacy": ("OPENAI_API_KEY", "OpenAI"),
    "openai_svcacct": ("OPENAI_API_KEY", "OpenAI"), "anthropic": ("ANTHROPIC_API_KEY", "Anthropic"),
    "anthropic_admin": ("ANTHROPIC_ADMIN_KEY", "Anthropic admin"), "github_ghp": ("GITHUB_TOKEN", "GitHub"),
    "github_gho": ("GH_TOKEN", "GitHub"), "github_ghs": ("GITHUB_TOKEN", "GitHub"), "github_pat": ("GITHUB_PAT", "GitHub"),
    "npm": ("NPM_TOKEN", "npm"), "aws_akid": ("AWS_ACCESS_KEY_ID", "AWS"), "google": ("GOOGLE_API_KEY", "Google Maps"),
    "slack_bot": ("SLACK_BOT_TOKEN", "Slack bot"), "slack_user": ("SLACK_USER_TOKEN", "Slack"),
    "stripe_live": ("STRIPE_SECRET_KEY", "Stripe"), "stripe_restricted": ("STRIPE_API_KEY", "Stripe"),
    "stripe_whsec": ("STRIPE_WEBHOOK_SECRET", "Stripe webhook"), "sendgrid": ("SENDGRID_API_KEY", "SendGrid"),
    "twilio_sk": ("TWILIO_API_KEY", "Twilio"), "huggingface": ("HF_TOKEN", "Hugging Face"), "groq": ("GROQ_API_KEY", "Groq"),
    "replicate": ("REPLICATE_API_TOKEN", "Replicate"), "gitlab": ("GITLAB_TOKEN", "GitLab"),
    "shopify": ("SHOPIFY_ACCESS_TOKEN", "Shopify"), "perplexity": ("PERPLEXITY_API_KEY", "Perplexity"),
    "digitalocean": ("DIGITALOCEAN_TOKEN", "DigitalOcean"), "openrouter": ("OPENROUTER_API_KEY", "OpenRouter"),
    "xai": ("XAI_API_KEY", "xAI"), "linear": ("LINEAR_API_KEY", "Linear"), "supabase": ("SUPABASE_ACCESS_TOKEN", "Supabase"),
    "mailchimp": ("MAILCHIMP_API_KEY", "Mailchimp"), "brevo": ("BREVO_API_KEY", "Brevo"),
    "telegram": ("TELEGRAM_BOT_TOKEN", "Telegram bot"), "mailgun": ("MAILGUN_API_KEY", "Mailgun"),
    "deepseek": ("DEEPSEEK_API_KEY", "DeepSeek"), "notion": ("NOTION_TOKEN", "Notion"), "resend": ("RESEND_API_KEY", "Resend"),
    "tavily": ("TAVILY_API_KEY", "Tavily"), "airtable": ("AIRTABLE_TOKEN", "Airtable"), "newrelic": ("NEW_RELIC_API_KEY", "New Relic"),
    "L_azure_openai": ("AZURE_OPENAI_API_KEY", "Azure OpenAI"), "L_mistral": ("MISTRAL_API_KEY", "Mistral"),
    "L_cohere": ("COHERE_API_KEY", "Cohere"), "L_datadog": ("DD_API_KEY", "Datadog"),
    "L_twilio_auth": ("TWILIO_AUTH_TOKEN", "Twilio auth"), "L_cloudflare": ("CLOUDFLARE_API_TOKEN", "Cloudflare"),
    "L_postmark": ("POSTMARK_SERVER_TOKEN", "Postmark"), "L_algolia": ("ALGOLIA_ADMIN_API_KEY", "Algolia admin"),
    "L_openweather": ("OPENWEATHER_API_KEY", "OpenWeatherMap"), "L_deepgram": ("DEEPGRAM_API_KEY", "Deepgram"),
    "L_assemblyai": ("ASSEMBLYAI_API_KEY", "AssemblyAI"), "L_serpapi": ("SERPAPI_API_KEY", "SerpAPI"),
    "L_elevenlabs": ("ELEVENLABS_API_KEY", "ElevenLabs"),
}
KEY_PREFIX_CHECK = {
    "openai_proj": r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", "openai_legacy": r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}",
    "openai_svcacct": r"sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", "anthropic": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "anthropic_admin": r"sk-ant-admin01-[A-Za-z0-9_-]{93}AA", "github_ghp": r"ghp_[A-Za-z0-9]{36}", "github_gho": r"gho_[A-Za-z0-9]{36}",
    "github_ghs": r"ghs_[A-Za-z0-9]{36}", "github_pat": r"github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}", "npm": r"npm_[A-Za-z0-9]{36}",
    "aws_akid": r"AKIA[A-Z2-7]{16}", "google": r"AIza[A-Za-z0-9_-]{35}", "slack_bot": r"xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}",
    "slack_user": r"xoxp-\d{12}-\d{12}-\d{13}-[0-9a-f]{32}", "stripe_live": r"sk_live_51[A-Za-z0-9]{97}",
    "stripe_restricted": r"rk_live_51[A-Za-z0-9]{97}", "stripe_whsec": r"whsec_[A-Za-z0-9]{32}",
    "sendgrid": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", "twilio_sk": r"SK[0-9a-f]{32}", "huggingface": r"hf_[A-Za-z]{34}",
    "groq": r"gsk_[A-Za-z0-9]{52}", "replicate": r"r8_[A-Za-z0-9]{37}", "gitlab": r"glpat-[A-Za-z0-9_-]{20}",
    "shopify": r"shpat_[0-9a-f]{32}", "perplexity": r"pplx-[A-Za-z0-9]{48}", "digitalocean": r"dop_v1_[0-9a-f]{64}",
    "openrouter": r"sk-or-v1-[0-9a-f]{64}", "xai": r"xai-[A-Za-z0-9]{80}", "linear": r"lin_api_[A-Za-z0-9]{40}",
    "supabase": r"sbp_[0-9a-f]{40}", "mailchimp": r"[0-9a-f]{32}-us\d{1,2}", "brevo": r"xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}",
    "telegram": r"\d{10}:AA[A-Za-z0-9_-]{33}", "mailgun": r"key-[0-9a-f]{32}", "deepseek": r"sk-[0-9a-f]{32}",
    "notion": r"secret_[A-Za-z0-9]{43}", "resend": r"re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}", "tavily": r"tvly-[A-Za-z0-9]{32}",
    "airtable": r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}", "newrelic": r"NRAK-[A-Z0-9]{27}",
    "L_azure_openai": r"[0-9a-f]{32}", "L_mistral": r"[A-Za-z0-9]{32}", "L_cohere": r"[A-Za-z0-9]{40}", "L_datadog": r"[0-9a-f]{32}",
    "L_twilio_auth": r"[0-9a-f]{32}", "L_cloudflare": r"[A-Za-z0-9_-]{40}", "L_postmark": r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "L_algolia": r"[0-9a-f]{32}", "L_openweather": r"[0-9a-f]{32}", "L_deepgram": r"[0-9a-f]{40}", "L_assemblyai": r"[0-9a-f]{32}",
    "L_serpapi": r"[0-9a-f]{64}", "L_elevenlabs": r"[0-9a-f]{32}",
}


def key(rng, provider=None, label_only=None):
    if provider is None:
        if label_only is None:
            label_only = rng.random() < 0.15
        if label_only:
            provider = rng.choice(LABEL_ONLY)
        else:
            provider = rng.choices([k[0] for k in KEY_WEIGHTS], [k[1] for k in KEY_WEIGHTS])[0]
    while True:
        v = KEYGEN[provider](rng)
        body_ok = True
        if provider in ("L_mistral", "L_cohere", "L_cloudflare"):
            body_ok = bool(re.search(r"\d", v) and re.search(r"[a-z]", v) and re.search(r"[A-Z]", v))
        if re.search(r"\d{13,}", v) and provider not in ("slack_bot", "slack_user"):
            body_ok = False
        if body_ok:
            return v, provider


# ----------------------------------------------------------------------------------------------
# E-mail addresses
# ----------------------------------------------------------------------------------------------
NAMES = {
    "en": (["james", "emily", "michael", "sarah", "david", "laura", "chris", "megan", "tom", "olivia", "ryan", "hannah", "priya", "daniel"], ["walker", "thompson", "hughes", "bennett", "carter", "reid", "murphy", "patel", "o.brien", "fletcher", "morgan", "hayes"]),
    "de": (["jonas", "lena", "felix", "anna", "lukas", "marie", "tobias", "katrin", "matthias", "sabine", "florian", "julia"], ["mueller", "schmidt", "weber", "becker", "hoffmann", "schaefer", "koch", "richter", "wagner", "krause", "hartmann", "vogel"]),
    "fr": (["camille", "lucas", "chloe", "hugo", "manon", "julien", "claire", "antoine", "elodie", "mathieu"], ["martin", "bernard", "dubois", "lefebvre", "moreau", "laurent", "girard", "roux", "fournier", "morel"]),
    "es": (["lucia", "javier", "carmen", "alejandro", "sofia", "pablo", "marta", "diego", "elena", "sergio"], ["garcia", "martinez", "lopez", "sanchez", "romero", "navarro", "torres", "ruiz", "hernandez", "castillo"]),
    "it": (["giulia", "marco", "francesca", "luca", "chiara", "alessandro", "sara", "matteo", "elisa", "davide"], ["rossi", "russo", "ferrari", "esposito", "bianchi", "romano", "colombo", "ricci", "marino", "greco"]),
    "pt": (["joao", "ana", "pedro", "mariana", "rafael", "beatriz", "tiago", "camila", "bruno", "larissa"], ["silva", "santos", "oliveira", "souza", "pereira", "costa", "ferreira", "almeida", "ribeiro", "carvalho"]),
    "nl": (["daan", "sanne", "bram", "lotte", "thijs", "femke", "ruben", "iris", "joost", "eva"], ["devries", "jansen", "bakker", "visser", "smit", "meijer", "mulder", "bos", "vandijk", "dekker"]),
    "pl": (["piotr", "anna", "tomasz", "katarzyna", "michal", "agnieszka", "pawel", "magdalena", "krzysztof", "monika"], ["nowak", "kowalski", "wisniewska", "wojcik", "kaminski", "lewandowska", "zielinski", "szymanska", "wozniak", "dabrowski"]),
    "sv": (["erik", "anna", "lars", "karin", "johan", "emma", "oskar", "sara"], ["andersson", "johansson", "karlsson", "nilsson", "eriksson", "larsson", "lindqvist", "berg"]),
    "da": (["mads", "sofie", "frederik", "ida", "mikkel", "freja", "rasmus", "mette"], ["nielsen", "jensen", "hansen", "pedersen", "andersen", "christensen", "larsen", "sorensen"]),
    "nb": (["ola", "ingrid", "henrik", "nora", "sindre", "kari", "magnus", "silje"], ["hansen", "johansen", "olsen", "larsen", "berg", "haugen", "halvorsen", "dahl"]),
    "fi": (["mikko", "laura", "juha", "anna", "ville", "sanna", "antti", "hanna"], ["korhonen", "virtanen", "makinen", "nieminen", "heikkinen", "laine", "koskinen", "jarvinen"]),
    "cs": (["jan", "petra", "tomas", "lucie", "martin", "tereza", "jakub", "eva"], ["novak", "svobodova", "dvorak", "cerny", "prochazka", "kucerova", "vesely", "horak"]),
    "tr": (["mehmet", "ayse", "mustafa", "elif", "emre", "zeynep", "burak", "merve"], ["yilmaz", "kaya", "demir", "sahin", "celik", "yildiz", "ozturk", "aydin"]),
    "ru": (["aleksei", "olga", "dmitry", "natalia", "sergey", "irina", "andrey", "ekaterina"], ["ivanov", "smirnova", "kuznetsov", "popova", "sokolov", "volkova", "morozov", "petrova"]),
    "uk": (["oleksandr", "olena", "andrii", "iryna", "mykola", "oksana", "taras", "natalia"], ["shevchenko", "kovalenko", "bondarenko", "tkachenko", "kravchenko", "melnyk", "boyko", "koval"]),
    "el": (["giorgos", "maria", "nikos", "eleni", "kostas", "katerina", "dimitris", "sofia"], ["papadopoulos", "nikolaou", "georgiou", "papadaki", "konstantinou", "ioannou", "vlachos", "makri"]),
    "he": (["noam", "yael", "itai", "shira", "omer", "tamar", "eitan", "noa"], ["cohen", "levi", "mizrahi", "peretz", "biton", "friedman", "avraham", "katz"]),
    "ar": (["ahmed", "fatima", "mohammed", "noura", "khaled", "sara", "omar", "layla"], ["alharbi", "hassan", "alqahtani", "mahmoud", "ibrahim", "alotaibi", "salem", "nasser"]),
    "hi": (["rahul", "priya", "amit", "neha", "vikram", "anjali", "arjun", "pooja"], ["sharma", "verma", "gupta", "singh", "kumar", "iyer", "reddy", "nair"]),
    "ja": (["yuki", "haruto", "sakura", "takumi", "aoi", "kenta", "misaki", "daiki"], ["tanaka", "suzuki", "takahashi", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi"]),
    "ko": (["minjun", "seoyeon", "jihoon", "jiwoo", "hyunwoo", "sumin", "dohyun", "yejin"], ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon"]),
    "zh": (["wei", "fang", "lei", "jing", "hao", "min", "yang", "xiaoyu"], ["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang"]),
    "th": (["somchai", "niran", "kanya", "pim", "anan", "malee", "chai", "suda"], ["srisuk", "wongsa", "chaiyaporn", "boonmee", "saelim", "thongdee", "kaewmanee", "rattana"]),
    "vi": (["minh", "linh", "huy", "trang", "tuan", "mai", "duc", "thao"], ["nguyen", "tran", "le", "pham", "hoang", "vu", "dang", "bui"]),
    "id": (["budi", "siti", "agus", "dewi", "rizky", "putri", "andi", "ayu"], ["santoso", "wijaya", "saputra", "lestari", "pratama", "hidayat", "kusuma", "setiawan"]),
    "ms": (["ahmad", "nurul", "faiz", "aisyah", "hafiz", "siti", "amir", "farah"], ["ismail", "abdullah", "rahman", "hassan", "yusof", "aziz", "osman", "zakaria"]),
    "tl": (["juan", "maria", "jose", "angelica", "mark", "kristine", "paolo", "jasmine"], ["delacruz", "reyes", "santos", "garcia", "mendoza", "bautista", "villanueva", "ramos"]),
    "hu": (["bence", "anna", "mate", "reka", "gergely", "eszter", "balazs", "zsofia"], ["nagy", "kovacs", "toth", "szabo", "horvath", "varga", "kiss", "molnar"]),
    "ro": (["andrei", "ioana", "mihai", "elena", "alexandru", "maria", "stefan", "ana"], ["popescu", "ionescu", "popa", "dumitru", "stan", "stoica", "gheorghe", "matei"]),
    "sw": (["juma", "amina", "baraka", "neema", "otieno", "wanjiru", "kamau", "achieng"], ["mwangi", "otieno", "kamau", "wanjiku", "ochieng", "kariuki", "njoroge", "mutua"]),
}
DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "btinternet.com", "proton.me", "harbourlightbakery.co.uk", "brightpathdental.com", "northfieldlogistics.com", "kestrel-analytics.io", "bigpond.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "baeckerei-kraus.de", "kanzlei-hofmann.de", "gmx.at", "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr", "cabinet-morel.fr", "skynet.be"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "talleresgarcia.es", "prodigy.net.mx", "hotmail.com"],
    "it": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com", "pec.it", "studiobianchi.it"],
    "pt": ["sapo.pt", "gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "hotmail.com", "outlook.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com", "telenet.be", "xs4all.nl"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
    "sv": ["telia.com", "hotmail.se", "gmail.com", "bredband.net"],
    "da": ["mail.dk", "hotmail.dk", "gmail.com", "youmail.dk"],
    "nb": ["online.no", "hotmail.no", "gmail.com", "live.no"],
    "fi": ["gmail.com", "kolumbus.fi", "luukku.com", "hotmail.fi"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "inbox.ru", "list.ru"],
    "uk": ["ukr.net", "i.ua", "gmail.com", "meta.ua"],
    "el": ["yahoo.gr", "otenet.gr", "gmail.com", "hotmail.gr"],
    "he": ["walla.co.il", "gmail.com", "bezeqint.net", "012.net.il"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com", "i.softbank.jp", "nifty.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "kakao.com", "gmail.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com"],
    "th": ["hotmail.com", "gmail.com", "yahoo.co.th"],
    "vi": ["gmail.com", "yahoo.com.vn"],
    "id": ["gmail.com", "yahoo.co.id"],
    "ms": ["gmail.com", "yahoo.com.my"],
    "tl": ["gmail.com", "yahoo.com.ph"],
    "hu": ["freemail.hu", "citromail.hu", "gmail.com"],
    "ro": ["yahoo.ro", "gmail.com"],
    "sw": ["gmail.com", "yahoo.com"],
}
COMPANY_DOMAINS = ["acme-robotics.io", "lumenhq.com", "fieldnote.app", "tallyworks.co", "orbitalpay.dev", "meridian-health.org", "quillstack.com", "parcelpoint.eu", "greenleaf-coop.org", "hexaform.ai", "bergmann-gmbh.de", "studio-lune.fr"]


def email(rng, lang="en", domain=None):
    first, last = NAMES.get(lang, NAMES["en"])
    f, l = rng.choice(first), rng.choice(last)
    if domain is None:
        domain = rng.choice(DOMAINS.get(lang, DOMAINS["en"]))
    style = rng.choices(["f.l", "fl", "f_l", "fl##", "f.l####", "fi.l", "l.f", "f+tag", "qq"], [30, 14, 6, 12, 8, 10, 6, 4, 3 if domain == "qq.com" else 0])[0]
    l2 = l.replace(".", "")
    if style == "f.l":
        lp = f + "." + l2
    elif style == "fl":
        lp = f + l2
    elif style == "f_l":
        lp = f + "_" + l2
    elif style == "fl##":
        lp = f + l2[:4] + str(rng.randint(10, 99))
    elif style == "f.l####":
        lp = f + "." + l2 + str(rng.randint(1968, 2004))
    elif style == "fi.l":
        lp = f[0] + "." + l2
    elif style == "l.f":
        lp = l2 + "." + f
    elif style == "f+tag":
        lp = f + "+" + rng.choice(["shop", "invoices", "news", "github", "work"])
    else:
        lp = str(rng.randint(10 ** 7, 10 ** 10))
    if domain in ("qq.com",) and rng.random() < 0.5:
        lp = str(rng.randint(10 ** 7, 10 ** 10))
    return lp + "@" + domain


def person(rng, lang):
    first, last = NAMES.get(lang, NAMES["en"])
    return rng.choice(first).capitalize() + " " + rng.choice(last).replace(".", "'").capitalize().replace("'b", "'B")


# ----------------------------------------------------------------------------------------------
# Everyday chat: language -> (regions with weights, templates). {v} is the value.
# ----------------------------------------------------------------------------------------------
LANGS = {
    "en": ([("US", 30), ("GB", 20), ("AU", 7), ("CA", 6), ("IE", 3), ("IN", 5), ("NG", 3), ("ZA", 3), ("SG", 2)], {
        "phone": ["Can you add my number {v} to the footer of the flyer?", "My landlord's number is {v}, can you draft a polite text asking about the boiler repair?",
                  "Write a short voicemail greeting that says to call back on {v}.", "the courier keeps calling from {v}, is that a scam or legit?",
                  "pls put {v} as the contact number on the invoice template", "Draft a message to the school office: my new mobile is {v}, please update the emergency contacts."],
        "email": ["Draft a reply to {v} saying we can deliver on Thursday.", "my email is {v} - can you format my CV header?",
                  "Can you write a follow-up to {v} about the unpaid invoice from March?", "Write a friendly note to {v} thanking her for the referral."],
        "card": ["I was charged twice on my card {v}, write a complaint to the bank please", "Is {v} a Visa or a Mastercard? It's the one I use for the business",
                 "my card number is {v} exp 09/27, fill in this booking form for me", "Which bank issued {v}? There's a charge on it I don't recognise."],
        "combo": ["Update my signature: Tel {p}, email {e}", "Put this on the contact page: call us on {p} or write to {e}"],
    }),
    "de": ([("DE", 8), ("AT", 2), ("CH", 2)], {
        "phone": ["Kannst du meine Nummer {v} unten in die Speisekarte einfügen?", "Schreib bitte eine kurze SMS an den Lieferanten, er soll mich unter {v} zurückrufen.",
                  "Unsere Festnetznummer hat sich geändert, neu ist {v}. Formulier bitte eine Info für die Kunden."],
        "email": ["Schreib eine höfliche Mahnung an {v}, die Rechnung ist seit drei Wochen offen.", "Meine E-Mail-Adresse ist {v}, bitte in den Briefkopf übernehmen."],
        "card": ["Auf meiner Kreditkarte {v} ist eine Abbuchung, die ich nicht kenne. Was soll ich der Bank schreiben?", "Bitte trag die Firmenkarte {v} in die Reisekostenabrechnung ein."],
        "combo": ["Impressum bitte aktualisieren: Telefon {p}, E-Mail {e}"],
    }),
    "fr": ([("FR", 8), ("BE", 2), ("CH", 1)], {
        "phone": ["Peux-tu ajouter mon numéro {v} en bas de l'affiche ?", "Rédige un SMS pour dire au plombier de me rappeler au {v}.", "Le nouveau numéro du cabinet est le {v}, fais une annonce pour les patients."],
        "email": ["Écris un mail de relance à {v} pour la facture impayée.", "mon adresse c'est {v}, tu peux la mettre dans la signature ?"],
        "card": ["On m'a débité deux fois sur ma carte {v}, aide-moi à écrire à la banque.", "Voici la carte de l'entreprise {v}, remplis le formulaire de réservation."],
        "combo": ["Mets à jour mes coordonnées : tél. {p} – courriel {e}"],
    }),
    "es": ([("ES", 5), ("MX", 4), ("CO", 2)], {
        "phone": ["¿Puedes poner mi número {v} en el cartel de la tienda?", "Escríbele a mi proveedor que me llame al {v} mañana por la mañana.", "el teléfono del local es {v}, ponlo en la descripción de Google"],
        "email": ["Redacta un correo a {v} pidiendo el presupuesto actualizado.", "mi correo es {v}, ¿me ayudas con la firma?"],
        "card": ["Me cobraron dos veces en la tarjeta {v}, ¿cómo reclamo al banco?", "Usa la tarjeta {v} para rellenar el formulario de pago del proveedor, por favor."],
        "combo": ["Datos de contacto para la web: tel. {p}, correo {e}"],
    }),
    "it": ([("IT", 1)], {
        "phone": ["il mio numero è {v}, mettilo nel volantino per favore", "Scrivi un messaggio al corriere: può chiamarmi al {v} dopo le 15.", "Il numero fisso del negozio è {v}, aggiornalo nella pagina Contatti."],
        "email": ["Scrivi una mail di sollecito a {v} per il pagamento di marzo.", "la mia mail è {v}, inseriscila nel modulo"],
        "card": ["Ho un addebito sconosciuto sulla carta {v}, come lo contesto?", "Carta aziendale {v}, scadenza 11/26: compila tu il modulo di prenotazione"],
        "combo": ["Firma email: Tel. {p} · {e}"],
    }),
    "pt": ([("BR", 6), ("PT", 3)], {
        "phone": ["Pode colocar o meu número {v} no rodapé do cartaz?", "Escreve uma mensagem para o fornecedor me ligar no {v} amanhã.", "O telefone da clínica mudou para {v}, faz um aviso para os pacientes."],
        "email": ["Escreve um e-mail de cobrança para {v} sobre a fatura de março.", "meu e-mail é {v}, coloca na assinatura"],
        "card": ["Cobraram duas vezes no meu cartão {v}, me ajuda a escrever uma reclamação pro banco", "Usa o cartão da empresa {v} para preencher o formulário da reserva."],
        "combo": ["Contato para o site: telefone {p}, e-mail {e}"],
    }),
    "nl": ([("NL", 4), ("BE", 1)], {
        "phone": ["Kun je mijn nummer {v} onderaan de flyer zetten?", "Stuur een appje naar de loodgieter dat hij me terugbelt op {v}.", "Ons nieuwe vaste nummer is {v}, maak er een korte mededeling van."],
        "email": ["Schrijf een herinnering naar {v} over de openstaande factuur.", "mijn mailadres is {v}, zet het in de handtekening"],
        "card": ["Er staat een onbekende afschrijving op mijn creditcard {v}, wat moet ik doen?", "Vul de zakelijke kaart {v} in op het boekingsformulier."],
    }),
    "pl": ([("PL", 1)], {
        "phone": ["Dodaj mój numer {v} na dole ulotki.", "Napisz SMS do hurtowni, żeby oddzwonili na {v}.", "Nowy numer stacjonarny biura to {v}, przygotuj krótką informację dla klientów."],
        "email": ["Napisz przypomnienie o płatności do {v}.", "mój mail to {v}, wstaw go do stopki"],
        "card": ["Na karcie {v} mam dwa razy tę samą płatność, jak napisać reklamację?", "Karta firmowa {v} – uzupełnij nią formularz rezerwacji."],
    }),
    "sv": ([("SE", 1)], {
        "phone": ["Kan du lägga till mitt nummer {v} längst ner på affischen?", "Skriv ett sms till hantverkaren att han ska ringa mig på {v}."],
        "email": ["Skriv en påminnelse till {v} om den obetalda fakturan.", "min mejl är {v}, lägg in den i signaturen"],
        "card": ["Jag har blivit dubbeldebiterad på kortet {v}, hjälp mig skriva till banken."],
    }),
    "da": ([("DK", 1)], {
        "phone": ["Kan du sætte mit nummer {v} nederst på plakaten?", "Skriv en sms til tømreren om at ringe til mig på {v}."],
        "email": ["Skriv en venlig rykker til {v} om fakturaen fra marts.", "min mail er {v}, sæt den ind i signaturen"],
        "card": ["Der er en ukendt trækning på mit kort {v}, hvad skriver jeg til banken?"],
    }),
    "nb": ([("NO", 1)], {
        "phone": ["Kan du legge til nummeret mitt {v} nederst på plakaten?", "Skriv en melding til snekkeren om å ringe meg på {v}."],
        "email": ["Skriv en purring til {v} om den ubetalte fakturaen.", "e-posten min er {v}, legg den inn i signaturen"],
        "card": ["Jeg er trukket to ganger på kortet {v}, hjelp meg å skrive til banken."],
    }),
    "fi": ([("FI", 1)], {
        "phone": ["Voitko lisätä numeroni {v} mainoksen alareunaan?", "Kirjoita tekstiviesti asentajalle, että hän soittaa minulle numeroon {v}."],
        "email": ["Kirjoita maksumuistutus osoitteeseen {v}.", "sähköpostini on {v}, lisää se allekirjoitukseen"],
        "card": ["Kortiltani {v} on veloitettu kahdesti, auta kirjoittamaan pankille."],
    }),
    "cs": ([("CZ", 1)], {
        "phone": ["Můžeš přidat moje číslo {v} dolů na leták?", "Napiš SMS instalatérovi, ať mi zavolá na {v}."],
        "email": ["Napiš upomínku na {v} kvůli nezaplacené faktuře.", "můj e-mail je {v}, dej ho do podpisu"],
        "card": ["Z karty {v} mi strhli platbu dvakrát, pomoz mi napsat reklamaci."],
    }),
    "tr": ([("TR", 1)], {
        "phone": ["Numaramı {v} broşürün altına ekler misin?", "Tedarikçiye beni {v} numarasından aramasını yazan bir mesaj hazırla.", "Dükkanın sabit hattı {v}, Google profiline ekle"],
        "email": ["{v} adresine ödenmemiş fatura için kibar bir hatırlatma yaz.", "mail adresim {v}, imzaya ekler misin"],
        "card": ["{v} numaralı kartımdan iki kez çekim yapılmış, bankaya ne yazmalıyım?"],
    }),
    "ru": ([("RU", 1)], {
        "phone": ["Добавь мой номер {v} внизу объявления, пожалуйста.", "Напиши сообщение поставщику, чтобы перезвонил мне на {v}.", "Новый городской номер офиса: {v}. Составь короткое объявление для клиентов."],
        "email": ["Напиши вежливое напоминание об оплате на {v}.", "моя почта {v}, добавь её в подпись"],
        "card": ["С моей карты {v} списали деньги дважды, помоги составить претензию в банк.", "Проверь, правильно ли я записал номер карты {v}?"],
    }),
    "uk": ([("UA", 1)], {
        "phone": ["Додай мій номер {v} унизу оголошення.", "Напиши повідомлення майстру, щоб передзвонив на {v}."],
        "email": ["Напиши нагадування про оплату на {v}.", "моя пошта {v}, встав у підпис"],
        "card": ["З картки {v} двічі зняли гроші, допоможи написати скаргу в банк."],
    }),
    "el": ([("GR", 1)], {
        "phone": ["Μπορείς να βάλεις το κινητό μου {v} στο κάτω μέρος της αφίσας;", "Γράψε ένα μήνυμα στον υδραυλικό να με πάρει στο {v}."],
        "email": ["Γράψε μια υπενθύμιση πληρωμής στο {v}.", "το email μου είναι {v}, βάλ' το στην υπογραφή"],
        "card": ["Μου χρέωσαν δύο φορές την κάρτα {v}, βοήθησέ με να γράψω στην τράπεζα."],
    }),
    "he": ([("IL", 1)], {
        "phone": ["תוסיף בבקשה את המספר שלי {v} בתחתית המודעה", "תכתוב הודעה לאינסטלטור שיחזור אליי למספר {v}"],
        "email": ["תכתוב תזכורת תשלום ל-{v}", "המייל שלי הוא {v}, תכניס אותו לחתימה"],
        "card": ["חייבו אותי פעמיים בכרטיס {v}, תעזור לי לנסח תלונה לבנק"],
    }),
    "ar": ([("SA", 3), ("AE", 2), ("EG", 3)], {
        "phone": ["أضف رقمي {v} في أسفل الإعلان من فضلك", "اكتب رسالة للمورد ليتصل بي على {v}"],
        "email": ["اكتب رسالة تذكير بالدفع إلى {v}", "بريدي الإلكتروني هو {v}، أضفه إلى التوقيع"],
        "card": ["تم خصم المبلغ مرتين من بطاقتي {v}، ساعدني في كتابة شكوى للبنك"],
    }),
    "hi": ([("IN", 1)], {
        "phone": ["मेरा नंबर {v} पोस्टर के नीचे डाल दो", "सप्लायर को मैसेज लिखो कि मुझे {v} पर कॉल करे"],
        "email": ["{v} को पेमेंट रिमाइंडर का ईमेल लिख दो", "मेरी ईमेल आईडी {v} है, इसे सिग्नेचर में जोड़ दो"],
        "card": ["मेरे कार्ड {v} से दो बार पैसे कट गए, बैंक को शिकायत लिखने में मदद करो"],
    }),
    "ja": ([("JP", 1)], {
        "phone": ["チラシの一番下に私の電話番号 {v} を入れてください", "配送業者に{v}まで折り返し電話するようメッセージを書いて", "店の固定電話は{v}です。Googleマップの説明文を作って"],
        "email": ["{v} 宛てに未払い請求書の催促メールを書いてください", "私のメールアドレスは{v}です。署名に入れてください"],
        "card": ["カード番号{v}で二重に請求されました。カード会社への問い合わせ文を作って"],
    }),
    "ko": ([("KR", 1)], {
        "phone": ["전단지 맨 아래에 제 번호 {v} 넣어주세요", "거래처에 {v}로 다시 전화 달라고 문자 써줘"],
        "email": ["{v} 앞으로 미납 청구서 독촉 메일 써줘", "제 이메일은 {v}입니다. 서명에 넣어 주세요"],
        "card": ["카드 {v}에서 같은 금액이 두 번 결제됐어요. 카드사에 보낼 문의글 써줘"],
    }),
    "zh": ([("CN", 5), ("TW", 2), ("HK", 1)], {
        "phone": ["请把我的电话{v}加到传单底部", "帮我给供应商写条消息，让他打{v}回我", "店里座机是{v}，帮我写个店铺介绍"],
        "email": ["帮我给{v}写一封催款邮件", "我的邮箱是{v}，加到签名里"],
        "card": ["我的卡{v}被重复扣款了，帮我写一段给银行的投诉"],
    }),
    "th": ([("TH", 1)], {
        "phone": ["ช่วยใส่เบอร์ของฉัน {v} ไว้ท้ายโปสเตอร์หน่อย", "เขียนข้อความถึงร้านส่งของให้โทรกลับที่ {v}"],
        "email": ["ช่วยเขียนอีเมลทวงค่าใช้จ่ายถึง {v}", "อีเมลของฉันคือ {v} ใส่ในลายเซ็นให้หน่อย"],
        "card": ["บัตร {v} ของฉันถูกตัดเงินซ้ำสองครั้ง ช่วยเขียนร้องเรียนถึงธนาคาร"],
    }),
    "vi": ([("VN", 1)], {
        "phone": ["Thêm số của mình {v} vào cuối tờ rơi giúp mình nhé", "Viết tin nhắn cho nhà cung cấp gọi lại cho mình số {v}"],
        "email": ["Viết email nhắc thanh toán gửi {v}", "email của mình là {v}, thêm vào chữ ký nhé"],
        "card": ["Thẻ {v} của mình bị trừ tiền hai lần, giúp mình viết khiếu nại gửi ngân hàng"],
    }),
    "id": ([("ID", 1)], {
        "phone": ["Tolong tambahkan nomor saya {v} di bawah brosur", "Buatkan pesan ke supplier supaya telepon balik ke {v}"],
        "email": ["Tuliskan email pengingat pembayaran ke {v}", "email saya {v}, masukkan ke tanda tangan ya"],
        "card": ["Kartu kredit saya {v} kena tagihan dua kali, bantu tulis keluhan ke bank"],
    }),
    "ms": ([("MY", 1)], {
        "phone": ["Tolong letak nombor saya {v} di bawah risalah", "Tulis mesej kepada pembekal suruh dia telefon saya di {v}"],
        "email": ["Tulis e-mel peringatan bayaran kepada {v}", "e-mel saya {v}, masukkan dalam tandatangan"],
        "card": ["Kad saya {v} dicaj dua kali, tolong tulis aduan kepada bank"],
    }),
    "tl": ([("PH", 1)], {
        "phone": ["Pakilagay ang number ko {v} sa baba ng poster", "Gawan mo ng text ang supplier na tawagan ako sa {v}"],
        "email": ["Sumulat ka ng payment reminder para sa {v}", "ang email ko ay {v}, ilagay mo sa signature"],
        "card": ["Na-charge ako nang dalawang beses sa card ko {v}, tulungan mo akong magreklamo sa bangko"],
    }),
    "hu": ([("HU", 1)], {
        "phone": ["Tedd be a számomat ({v}) a szórólap aljára", "Írj SMS-t a szerelőnek, hogy hívjon vissza ezen a számon: {v}"],
        "email": ["Írj fizetési emlékeztetőt erre a címre: {v}", "az e-mail címem {v}, tedd bele az aláírásba"],
        "card": ["A kártyámról ({v}) kétszer vonták le az összeget, segíts panaszt írni a banknak"],
    }),
    "ro": ([("RO", 1)], {
        "phone": ["Pune te rog numărul meu {v} în josul afișului", "Scrie un mesaj furnizorului să mă sune înapoi la {v}"],
        "email": ["Scrie un e-mail de reamintire a plății către {v}", "adresa mea de e-mail este {v}, pune-o în semnătură"],
        "card": ["Mi s-a retras de două ori suma de pe cardul {v}, ajută-mă să scriu o reclamație la bancă"],
    }),
    "sw": ([("KE", 1)], {
        "phone": ["Tafadhali weka namba yangu {v} chini ya tangazo", "Mwandikie msambazaji ujumbe anipigie kwa {v}"],
        "email": ["Andika barua pepe ya kukumbusha malipo kwa {v}", "barua pepe yangu ni {v}, iweke kwenye sahihi"],
        "card": ["Kadi yangu {v} imekatwa pesa mara mbili, nisaidie kuandika malalamiko kwa benki"],
    }),
}
# how much of the everyday chat is in which language (the small-business owners of many countries)
LANG_WEIGHTS = [("en", 24), ("de", 8), ("fr", 7), ("es", 8), ("it", 5), ("pt", 6), ("nl", 4), ("pl", 4), ("sv", 3), ("da", 3), ("nb", 3),
                ("fi", 3), ("cs", 3), ("tr", 4), ("ru", 5), ("uk", 3), ("el", 3), ("he", 3), ("ar", 5), ("hi", 4), ("ja", 6), ("ko", 4),
                ("zh", 6), ("th", 3), ("vi", 3), ("id", 4), ("ms", 3), ("tl", 3), ("hu", 3), ("ro", 3), ("sw", 3)]
MY_EMAIL_PHRASES = ["my email is", "Meine E-Mail-Adresse", "mon adresse", "mi correo", "la mia mail", "meu e-mail", "mijn mailadres", "mój mail",
                    "min mejl", "min mail", "e-posten min", "sähköpostini", "můj e-mail", "mail adresim", "моя почта", "моя пошта", "email μου",
                    "המייל שלי", "بريدي", "मेरी ईमेल", "私のメール", "제 이메일", "我的邮箱", "อีเมลของฉัน", "email của mình", "email saya", "e-mel saya",
                    "email ko", "e-mail címem", "adresa mea", "barua pepe yangu"]

CHAT_KEY = [
    ("en", "my {name} key is {v} and it keeps saying 401, what am I doing wrong?"),
    ("en", "I set {env}={v} in my shell but the script still says the key is missing"),
    ("en", "here's my {name} API key {v}, can you write me a curl to test it?"),
    ("en", "why does {name} reject {v}? I just created it"),
    ("de", "Mein {name}-Key ist {v}, warum bekomme ich trotzdem 401?"),
    ("fr", "ma clé API {name} c'est {v}, pourquoi ça renvoie 401 ?"),
    ("es", "esta es mi API key de {name}: {v} ¿por qué no funciona?"),
    ("pt", "minha chave da {name} é {v}, por que dá erro de autenticação?"),
    ("ja", "{name}のAPIキーは{v}です。401エラーになります"),
    ("zh", "我的{name} API key是{v}，为什么一直报401"),
    ("ru", "мой ключ {name} {v}, почему выдаёт 401?"),
    ("ko", "제 {name} API 키는 {v}인데 401 에러가 나요"),
]
REPLIES = ["Sure, here is a draft you can adapt.", "Here's a version you can copy:", "Got it. A couple of options below.", "Done. Let me know if you want a shorter one.",
           "Of course! Here you go:", "I can help with that. First, a quick check:"]


def pick_lang(rng):
    return rng.choices([l[0] for l in LANG_WEIGHTS], [l[1] for l in LANG_WEIGHTS])[0]


def pick_region(rng, lang):
    regs = LANGS[lang][0]
    return rng.choices([r[0] for r in regs], [r[1] for r in regs])[0]


def S(kind, value, shape):
    return {"kind": kind, "value": value, "shape": shape}


def chat_line(rng, kind):
    lang = pick_lang(rng)
    regions, T = LANGS[lang]
    region = pick_region(rng, lang)
    known = []
    if kind == "key":
        lang, tpl = rng.choice(CHAT_KEY)
        v, prov = key(rng)
        env, name = KEY_NAMES[prov]
        return tpl.format(v=v, name=name, env=env), [S("api_key", v, prov)], "chat_api_key", lang, known
    if kind == "combo" and "combo" in T:
        p, ps = phone(rng, region)
        e = email(rng, lang)
        tpl = rng.choice(T["combo"])
        return tpl.format(p=p, e=e), [S("phone", p, ps), S("email", e, "chat")], "chat_phone+email", lang, known
    if kind == "combo":
        kind = "phone"
    tpl = rng.choice(T[kind])
    if kind == "phone":
        v, shape = phone(rng, region)
        spans = [S("phone", v, shape)]
    elif kind == "email":
        v = email(rng, lang)
        spans = [S("email", v, "chat")]
        if any(p in tpl for p in MY_EMAIL_PHRASES) and rng.random() < 0.35:
            known = [v]
    else:
        v, shape = card(rng, region)
        spans = [S("card", v, shape)]
    return tpl.format(v=v), spans, "chat_" + kind, lang, known


# ----------------------------------------------------------------------------------------------
# Technical pastes (developer with coding agents; analyst pasting exports)
# ----------------------------------------------------------------------------------------------
def hexs(rng, n):
    return rs(rng, HEX, n)


def ts(rng, sep="T", z="Z"):
    return "2025-%02d-%02d%s%02d:%02d:%02d%s" % (rng.randint(1, 12), rng.randint(1, 28), sep, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), z)


def any_region(rng):
    return pick_region(rng, pick_lang(rng))


def t_env(rng):
    ks = [key(rng) for _ in range(rng.choice([1, 2, 2, 3]))]
    lines = ["# .env" if rng.random() < 0.5 else "# .env.local", "NODE_ENV=development", "DATABASE_URL=postgres://app:app@localhost:5432/app_dev"]
    spans = []
    used = []
    for v, p in ks:
        env = KEY_NAMES[p][0]
        if env in used:
            continue
        used.append(env)
        lines.append("%s=%s" % (env, v) if rng.random() < 0.8 else '%s="%s"' % (env, v))
        spans.append(S("api_key", v, p))
    if rng.random() < 0.35:
        e = email(rng, "en", rng.choice(COMPANY_DOMAINS))
        lines.append("SMTP_USER=" + e)
        spans.append(S("email", e, "env"))
    lines.append("PORT=%d" % rng.choice([3000, 8000, 8080, 5173]))
    ask = rng.choice(["why isn't this env being picked up?", "the app says the key is invalid, here's my env:", "can you check my config", "this is what I have:"])
    return ask + "\n\n" + "\n".join(lines), spans, "env_file", "en"


def t_export(rng):
    v, p = key(rng)
    env = KEY_NAMES[p][0]
    cmd = rng.choice(["export %s=%s", "export %s='%s'", "set -x %s %s", "$env:%s=\"%s\""])
    out = cmd % (env, v)
    tail = rng.choice(["\npython scripts/ingest.py --dry-run", "\nnpm run dev", "\nuv run main.py", "\n./bin/sync --since 2025-01-01", ""])
    return "ran this and still get 401:\n" + out + tail, [S("api_key", v, p)], "shell_export", "en"


def t_curl(rng):
    prov = rng.choice(["anthropic", "openai_proj", "openai_proj", "openrouter", "groq", "L_mistral", "L_azure_openai", "xai", "perplexity", "deepseek"])
    v, p = key(rng, prov)
    if p == "anthropic":
        c = 'curl https://api.anthropic.com/v1/messages \\\n  -H "x-api-key: %s" \\\n  -H "anthropic-version: 2023-06-01" \\\n  -H "content-type: application/json" \\\n  -d \'{"model":"claude-sonnet-4-5","max_tokens":256,"messages":[{"role":"user","content":"ping"}]}\'' % v
    elif p == "L_azure_openai":
        c = 'curl "https://contoso-eastus.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21" \\\n  -H "api-key: %s" \\\n  -H "Content-Type: application/json" -d @body.json' % v
    else:
        host = {"openai_proj": "api.openai.com/v1", "openrouter": "openrouter.ai/api/v1", "groq": "api.groq.com/openai/v1", "L_mistral": "api.mistral.ai/v1",
                "xai": "api.x.ai/v1", "perplexity": "api.perplexity.ai", "deepseek": "api.deepseek.com"}[p]
        c = 'curl https://%s/chat/completions \\\n  -H "Authorization: Bearer %s" \\\n  -H "Content-Type: application/json" \\\n  -d \'{"model":"%s","messages":[{"role":"user","content":"hi"}]}\'' % (host, v, rng.choice(["gpt-4o-mini", "llama-3.3-70b", "mistral-small-latest", "deepseek-chat"]))
    err = rng.choice(["", "\n\n{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}", "\n\ncurl: (6) Could not resolve host", "\n\n{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}"])
    return c + err, [S("api_key", v, p)], "curl", "en"


def t_code(rng):
    v, p = key(rng)
    env, name = KEY_NAMES[p]
    if p.startswith("anthropic"):
        c = 'import anthropic\n\nclient = anthropic.Anthropic(api_key="%s")\nmsg = client.messages.create(model="claude-sonnet-4-5", max_tokens=1024, messages=[{"role": "user", "content": prompt}])' % v
    elif p.startswith("openai"):
        c = 'from openai import OpenAI\nclient = OpenAI(api_key="%s")\nresp = client.chat.completions.create(model="gpt-4o", messages=msgs)' % v
    elif p.startswith("github") and rng.random() < 0.6:
        c = 'import { Octokit } from "@octokit/rest";\nconst octokit = new Octokit({ auth: "%s" });\nconst { data } = await octokit.repos.listForAuthenticatedUser();' % v
    elif p.startswith("stripe"):
        c = "const stripe = require('stripe')('%s');\nconst session = await stripe.checkout.sessions.create({ mode: 'payment', line_items });" % v
    elif p == "huggingface" and rng.random() < 0.6:
        c = 'from huggingface_hub import login\nlogin(token="%s")\nmodel = AutoModel.from_pretrained("org/private-model")' % v
    elif p == "L_openweather":
        c = 'r = requests.get("https://api.openweathermap.org/data/2.5/weather", params={"q": city, "appid": "%s", "units": "metric"})' % v
    else:
        form = rng.choice(['os.environ["%s"] = "%s"', '%s = "%s"', 'const %s = "%s";', '%s: str = "%s"'])
        c = form % (env if "environ" in form or form.startswith("%s =") or "str" in form else env, v) + "\n" + rng.choice(["client = make_client()", "run()", "module.exports = { handler };", "assert settings.ready"])
    ask = rng.choice(["This works locally but fails in CI:\n\n", "refactor this to read from env instead:\n\n", "", "why is this timing out?\n```python\n"])
    if ask.endswith("```python\n"):
        c += "\n```"
    return ask + c, [S("api_key", v, p)], "code_snippet", "en"


def t_yaml(rng):
    v, p = key(rng)
    env, name = KEY_NAMES[p]
    spans = [S("api_key", v, p)]
    svc = name.lower().replace(" ", "_")
    body = "%s:\n  api_key: %s\n  timeout: 30\n  retries: 3" % (svc, v)
    if rng.random() < 0.4:
        e = email(rng, "en", rng.choice(COMPANY_DOMAINS))
        body += "\nnotifications:\n  from: %s\n  enabled: true" % e
        spans.append(S("email", e, "yaml"))
    if rng.random() < 0.3:
        body = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-creds\ntype: Opaque\nstringData:\n  %s: %s" % (svc.replace("_", "-"), env, v)
        spans = [S("api_key", v, p)]
    return body, spans, "yaml_config", "en"


def t_npmrc(rng):
    c = rng.random()
    if c < 0.35:
        v, p = key(rng, "npm")
        txt = "//registry.npmjs.org/:_authToken=%s\n@acme:registry=https://registry.npmjs.org/\nalways-auth=true" % v
    elif c < 0.65:
        v, p = key(rng, rng.choice(["github_ghp", "github_pat"]))
        txt = "git clone https://%s@github.com/%s/%s.git\nCloning into '%s'...\nremote: Repository not found." % (v, rng.choice(["acme-robotics", "lumenhq", "fieldnote"]), "infra", "infra")
        txt = txt.replace(v + "@", "oauth2:" + v + "@") if rng.random() < 0.3 else txt
    else:
        v, p = key(rng, rng.choice(["gitlab", "github_ghp"]))
        txt = '[credential]\n\thelper = store\n[url "https://oauth2:%s@gitlab.com/"]\n\tinsteadOf = https://gitlab.com/' % v
    return txt, [S("api_key", v, p)], "git_credentials", "en"


def t_docker(rng):
    k1, p1 = key(rng)
    spans = [S("api_key", k1, p1)]
    txt = "docker run -d --name worker -e %s=%s -e LOG_LEVEL=info -p 8080:8080 ghcr.io/acme/worker:1.14.2" % (KEY_NAMES[p1][0], k1)
    if rng.random() < 0.3:
        txt = "services:\n  api:\n    image: acme/api:latest\n    environment:\n      - %s=%s\n      - REDIS_URL=redis://redis:6379" % (KEY_NAMES[p1][0], k1)
    return txt, spans, "docker", "en"


def t_http_dump(rng):
    v, p = key(rng, rng.choice(["stripe_live", "stripe_restricted", "sendgrid", "L_postmark", "L_datadog", "openai_proj", "anthropic", "L_cohere", "mailgun"]))
    hdr = {"L_postmark": "X-Postmark-Server-Token: %s", "L_datadog": "DD-API-KEY: %s", "anthropic": "x-api-key: %s", "mailgun": "Authorization: Basic api:%s"}.get(p, "Authorization: Bearer %s")
    txt = "> POST /v1/%s HTTP/1.1\n> Host: api.example-gateway.net\n> User-Agent: python-requests/2.32.3\n> %s\n> Content-Type: application/json\n>\n< HTTP/1.1 %s" % (
        rng.choice(["charges", "mail/send", "email", "series", "messages", "chat"]), hdr % v, rng.choice(["401 Unauthorized", "403 Forbidden", "429 Too Many Requests", "500 Internal Server Error"]))
    return txt, [S("api_key", v, p)], "http_dump", "en"


def t_debug_log(rng):
    v, p = key(rng)
    line = rng.choice([
        "DEBUG:httpx:Request headers: {'authorization': 'Bearer %s', 'content-type': 'application/json'}",
        "[%s] DEBUG config loaded: provider=%s api_key=%s model=default",
        "time=%s level=debug msg=\"init client\" key=%s",
    ])
    if line.startswith("DEBUG:httpx"):
        txt = line % v
    elif line.startswith("[%s]"):
        txt = line % (ts(rng), KEY_NAMES[p][1].lower().replace(" ", "-"), v)
    else:
        txt = line % (ts(rng), v)
    return "found this in the logs, is it bad?\n" + txt, [S("api_key", v, p)], "debug_log", "en"


def t_tfvars(rng):
    ks = [key(rng, label_only=True) for _ in range(rng.choice([1, 2]))]
    lines, spans = [], []
    for v, p in ks:
        nm = KEY_NAMES[p][0].lower()
        lines.append('%s = "%s"' % (nm, v))
        spans.append(S("api_key", v, p))
    if len(spans) == 2 and spans[0]["value"] == spans[1]["value"]:
        lines, spans = lines[:1], spans[:1]
    return "# terraform.tfvars\nregion = \"eu-central-1\"\n" + "\n".join(lines), spans, "tfvars", "en"


def t_stacktrace_email(rng):
    lang = rng.choice(["en", "de", "fr", "es", "pt", "nl", "pl", "it"])
    e = email(rng, lang)
    txt = rng.choice([
        'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(%s) already exists.',
        'Traceback (most recent call last):\n  File "/app/accounts/views.py", line 88, in signup\n    user = User.objects.create_user(email=email, password=pw)\ndjango.db.utils.IntegrityError: UNIQUE constraint failed: auth_user.email\n  email = \'%s\'',
        "ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint \"index_users_on_email\"\nDETAIL:  Key (email)=(%s) already exists.)",
        "smtplib.SMTPRecipientsRefused: {'%s': (550, b'5.1.1 The email account that you tried to reach does not exist.')}",
        "ERROR [mailer] bounce for %s: 552 5.2.2 mailbox full (attempt 3/3)",
    ]) % e
    return txt, [S("email", e, "stacktrace")], "stacktrace", "en"


def t_applog(rng):
    region = any_region(rng)
    spans, lines = [], []
    t = ts(rng, " ", "")
    what = rng.choice(["sms", "card", "mixed"])
    if what in ("sms", "mixed"):
        p, ps = phone(rng, region, form=rng.choice(["e164", "e164", "intl", "nat"]))
        lines.append("%s,%03d INFO  [notify] sms queued to=%s template=booking_reminder" % (t, rng.randint(0, 999), p))
        spans.append(S("phone", p, ps))
    if what in ("card", "mixed"):
        c, cs = card(rng, region, grouping=rng.choice(["none", "none", "space"]))
        lines.append("%s,%03d WARN  [payments] authorize failed pan=%s code=05 do_not_honor" % (t, rng.randint(0, 999), c))
        spans.append(S("card", c, cs))
    lines.append("%s,%03d INFO  [http] POST /api/bookings 201 %dms" % (t, rng.randint(0, 999), rng.randint(8, 900)))
    return "why is this logging so much? excerpt:\n" + "\n".join(lines), spans, "app_log", "en"


CSV_HEAD = {"en": "name,email,phone,city", "de": "Name;E-Mail;Telefon;Ort", "fr": "nom;courriel;téléphone;ville", "es": "nombre,correo,teléfono,ciudad",
            "pt": "nome;email;telefone;cidade", "nl": "naam;e-mail;telefoon;plaats", "it": "nome;email;telefono;città", "pl": "imię i nazwisko;e-mail;telefon;miasto"}
CITY = {"en": ["Leeds", "Austin", "Perth", "Toronto", "Bristol"], "de": ["Köln", "Graz", "Leipzig", "Bern"], "fr": ["Lyon", "Nantes", "Liège"], "es": ["Sevilla", "Puebla", "Medellín"],
        "pt": ["Campinas", "Porto", "Recife"], "nl": ["Utrecht", "Gent", "Zwolle"], "it": ["Torino", "Bari", "Bologna"], "pl": ["Kraków", "Gdańsk", "Poznań"]}


def t_csv(rng):
    lang = rng.choice(["en", "en", "en", "de", "fr", "es", "pt", "nl", "it", "pl"])
    sep = ";" if ";" in CSV_HEAD[lang] else ","
    rows, spans = [CSV_HEAD[lang]], []
    for _ in range(rng.choice([1, 2, 2, 3])):
        region = pick_region(rng, lang)
        e = email(rng, lang)
        p, ps = phone(rng, region, form=rng.choice(["nat", "nat", "intl", "e164"]))
        rows.append(sep.join([person(rng, lang), e, p, rng.choice(CITY[lang])]))
        spans += [S("email", e, "csv"), S("phone", p, ps)]
    ask = rng.choice({"de": ["Bitte nach Ort sortieren", "Dubletten entfernen"], "fr": ["trie par ville", "enlève les doublons"], "es": ["ordena por ciudad", "quita duplicados"],
                      "pt": ["ordena por cidade", "remove duplicados"]}.get(lang, ["dedupe this list by email", "clean up the phone column please", "turn this into a mail-merge table", "convert to JSON"]))
    return ask + ":\n" + "\n".join(rows), spans, "csv_contacts", lang


def t_tsv_orders(rng):
    rows, spans = ["order_id\tcreated_at\tcustomer_email\tcard_number\tamount"], []
    for _ in range(rng.choice([1, 2, 2])):
        region = rng.choice(["US", "GB", "DE", "FR", "CA", "AU", "NL"])
        e = email(rng, "en")
        c, cs = card(rng, region, grouping="none")
        rows.append("%d\t%s\t%s\t%s\t%d.%02d" % (rng.randint(100000, 999999), ts(rng, " ", ""), e, c, rng.randint(5, 900), rng.randint(0, 99)))
        spans += [S("email", e, "tsv"), S("card", c, cs)]
    return "legacy export from the old shop, why are full card numbers in here?\n" + "\n".join(rows), spans, "tsv_orders", "en"


def t_json_body(rng):
    region = any_region(rng)
    lang = "en"
    e = email(rng, rng.choice(["en", "de", "fr", "es", "pt", "it", "nl"]))
    p, ps = phone(rng, region, form=rng.choice(["e164", "e164", "intl"]))
    spans = [S("email", e, "json"), S("phone", p, ps)]
    body = {"customer": {"name": person(rng, "en"), "email": e, "phone": p}, "items": [{"sku": "SKU-%d" % rng.randint(1000, 9999), "qty": rng.randint(1, 4)}]}
    if rng.random() < 0.5:
        c, cs = card(rng, region, grouping=rng.choice(["none", "space"]))
        body["payment"] = {"card_number": c, "exp_month": rng.randint(1, 12), "exp_year": rng.randint(2026, 2030)}
        spans.append(S("card", c, cs))
    txt = json.dumps(body, indent=2, ensure_ascii=False)
    return rng.choice(["The API returns 422 for this body:\n", "request payload:\n", "validate this against the schema:\n"]) + txt, spans, "json_body", lang


def t_sql(rng):
    lang = rng.choice(["en", "de", "es", "pt", "fr"])
    region = pick_region(rng, lang)
    e = email(rng, lang)
    p, ps = phone(rng, region, form=rng.choice(["nat", "e164", "intl"]))
    if rng.random() < 0.5:
        txt = "INSERT INTO customers (full_name, email, phone, created_at)\nVALUES ('%s', '%s', '%s', now());" % (person(rng, lang), e, p)
    else:
        txt = " id  |     email      |    phone     \n-----+----------------+--------------\n %d | %s | %s\n(1 row)" % (rng.randint(100, 9999), e, p)
    return "why does this fail with a constraint error?\n" + txt, [S("email", e, "sql"), S("phone", p, ps)], "sql", "en"


SIG = {
    "en": ("Best regards", ["Office Manager", "Account Executive", "Owner", "Head of Operations"], "T", "M", "E"),
    "de": ("Mit freundlichen Grüßen", ["Geschäftsführerin", "Vertrieb", "Inhaber"], "Tel.", "Mobil", "E-Mail"),
    "fr": ("Cordialement", ["Gérante", "Responsable commercial"], "Tél.", "Port.", "Courriel"),
    "es": ("Un saludo", ["Gerente", "Administración"], "Tel.", "Móvil", "Correo"),
    "it": ("Cordiali saluti", ["Titolare", "Ufficio acquisti"], "Tel.", "Cell.", "Email"),
    "nl": ("Met vriendelijke groet", ["Eigenaar", "Office manager"], "T", "M", "E"),
    "pt": ("Atenciosamente", ["Sócia", "Financeiro"], "Tel.", "Cel.", "E-mail"),
    "pl": ("Pozdrawiam", ["Właściciel", "Księgowość"], "tel.", "kom.", "e-mail"),
    "sv": ("Med vänliga hälsningar", ["Ägare", "Inköp"], "Tel", "Mobil", "E-post"),
}


def t_signature(rng):
    lang = rng.choice(["en", "en", "en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv"])
    region = pick_region(rng, lang)
    closing, titles, tl, ml, el = SIG[lang]
    spans, parts = [], [closing + ",", person(rng, lang), rng.choice(titles)]
    if rng.random() < 0.6:
        p1, s1 = phone(rng, region, typ="fix", form=rng.choice(["nat", "intl"]))
        p2, s2 = phone(rng, region, typ="mob", form=rng.choice(["nat", "intl"]))
        if p1 == p2:
            p2 = None
        parts.append("%s %s" % (tl, p1) + (" | %s %s" % (ml, p2) if p2 else ""))
        spans.append(S("phone", p1, s1))
        if p2:
            spans.append(S("phone", p2, s2))
    else:
        p1, s1 = phone(rng, region, form=rng.choice(["nat", "intl"]))
        parts.append("%s %s" % (ml, p1))
        spans.append(S("phone", p1, s1))
    e = email(rng, lang, rng.choice(COMPANY_DOMAINS + DOMAINS.get(lang, [])[:2]))
    parts.append("%s %s" % (el, e))
    spans.append(S("email", e, "signature"))
    ask = rng.choice(["Make this signature look more professional:\n\n", "translate this email to English please\n\n...thanks again for the quick delivery.\n\n", "shorten this:\n\n"])
    return ask + "\n".join(parts), spans, "signature", lang


def t_git(rng):
    e = email(rng, rng.choice(["en", "de", "fr", "pl", "pt", "nl"]), rng.choice(COMPANY_DOMAINS + ["gmail.com", "proton.me", "outlook.com"]))
    nm = person(rng, "en")
    if rng.random() < 0.6:
        txt = "commit %s\nAuthor: %s <%s>\nDate:   Tue Mar %d 1%d:%02d:%02d 2025 +0100\n\n    fix: handle empty cart on checkout" % (hexs(rng, 40), nm, e, rng.randint(1, 28), rng.randint(0, 9), rng.randint(0, 59), rng.randint(0, 59))
    else:
        txt = "$ git config user.email\n%s\n$ git push origin main\nremote: error: GH007: Your push would publish a private email address." % e
    return txt, [S("email", e, "git")], "git_log", "en"


def t_vcard(rng):
    lang = rng.choice(["en", "de", "fr", "es", "ja", "ko", "nl"])
    region = pick_region(rng, lang)
    p, ps = phone(rng, region, typ="mob", form=rng.choice(["e164", "intl", "nat"]))
    e = email(rng, lang)
    txt = "BEGIN:VCARD\nVERSION:3.0\nFN:%s\nTEL;TYPE=CELL:%s\nEMAIL;TYPE=INTERNET:%s\nEND:VCARD" % (person(rng, lang), p, e)
    return "import this contact into the CRM sheet:\n" + txt, [S("phone", p, ps), S("email", e, "vcard")], "vcard", lang


def t_html(rng):
    lang = rng.choice(["en", "de", "fr", "it", "es", "nl"])
    region = pick_region(rng, lang)
    p, ps = phone(rng, region, form="e164")
    e = email(rng, lang, rng.choice(COMPANY_DOMAINS))
    txt = '<footer>\n  <a href="tel:%s">Call us</a>\n  <a href="mailto:%s">Email us</a>\n</footer>' % (p, e)
    return "make this footer responsive:\n" + txt, [S("phone", p, ps), S("email", e, "html")], "html", "en"


def t_card_sheet(rng):
    lang = rng.choice(["en", "de", "fr", "es", "nl", "pt"])
    region = pick_region(rng, lang)
    head = {"en": "Date,Merchant,Card,Amount", "de": "Datum;Händler;Karte;Betrag", "fr": "Date;Commerçant;Carte;Montant", "es": "Fecha;Comercio;Tarjeta;Importe",
            "nl": "Datum;Winkel;Kaart;Bedrag", "pt": "Data;Estabelecimento;Cartão;Valor"}[lang]
    sep = "," if lang == "en" else ";"
    rows, spans = [head], []
    cards = [card(rng, region) for _ in range(rng.choice([1, 2]))]
    if len(cards) == 2 and cards[0][0] == cards[1][0]:
        cards = cards[:1]
    for c, cs in cards:
        rows.append(sep.join(["%02d/%02d/2025" % (rng.randint(1, 28), rng.randint(1, 12)), rng.choice(["AMZN Mktp", "Shell", "IKEA", "Uber", "Lidl", "Booking.com"]), c, "%d,%02d" % (rng.randint(3, 400), rng.randint(0, 99)) if lang != "en" else "%d.%02d" % (rng.randint(3, 400), rng.randint(0, 99))]))
        spans.append(S("card", c, cs))
    return rng.choice(["categorise these expenses:\n", "sum per card please\n", "find duplicates:\n"]) + "\n".join(rows), spans, "expense_sheet", lang


def t_ticket(rng):
    lang = rng.choice(["en", "en", "de", "es", "fr"])
    region = pick_region(rng, lang)
    e = email(rng, lang)
    c, cs = card(rng, region)
    body = {"en": "Hi, I was charged twice for order %d. The card is %s. Please refund one of them.",
            "de": "Hallo, ich wurde für Bestellung %d doppelt belastet. Karte: %s. Bitte erstatten.",
            "es": "Hola, me cobraron dos veces el pedido %d. La tarjeta es %s. Por favor devuélvanme uno.",
            "fr": "Bonjour, j'ai été débité deux fois pour la commande %d. Carte : %s. Merci de rembourser."}[lang] % (rng.randint(10000, 99999), c)
    txt = "From: %s\nSubject: %s\n\n%s" % (e, rng.choice(["Double charge", "Refund", "Re: order"]), body)
    return "summarise this ticket and draft a reply:\n" + txt, [S("email", e, "ticket"), S("card", c, cs)], "support_ticket", lang


def t_twilio(rng):
    region = rng.choice(["US", "GB", "DE", "BR", "IN", "MX", "ES", "NG", "KE", "ZA"])
    p, ps = phone(rng, region, typ="mob", form="e164")
    txt = '{"SmsMessageSid":"SM%s","NumMedia":"0","From":"whatsapp:%s","To":"whatsapp:+1415523%04d","Body":"hola, quiero reservar","ProfileName":"cliente"}' % (hexs(rng, 32), p, rng.randint(1000, 9999))
    if "+1415523" in p:
        p, ps = phone(rng, "GB", typ="mob", form="e164")
        txt = '{"SmsMessageSid":"SM%s","From":"whatsapp:%s","Body":"hello"}' % (hexs(rng, 32), p)
    return "webhook payload from Twilio, why is the handler 500ing?\n" + txt, [S("phone", p, ps)], "webhook_json", "en"


def t_md_table(rng):
    lang = rng.choice(["en", "de", "es", "fr", "ja", "zh", "ko", "pt"])
    rows, spans = ["| Name | Phone | Email |", "|---|---|---|"], []
    for _ in range(rng.choice([2, 3])):
        region = pick_region(rng, lang)
        p, ps = phone(rng, region)
        e = email(rng, lang)
        rows.append("| %s | %s | %s |" % (person(rng, lang), p, e))
        spans += [S("phone", p, ps), S("email", e, "md_table")]
    return "Format this as a contact list for the staff room:\n" + "\n".join(rows), spans, "md_table", lang


def t_gh_actions(rng):
    v, p = key(rng, rng.choice(["npm", "github_ghp", "openai_proj", "L_cloudflare", "L_datadog", "huggingface"]))
    txt = "- name: Publish\n  run: npm publish\n  env:\n    %s: %s" % (KEY_NAMES[p][0], v)
    return "is it ok to have this in my workflow?\n" + txt, [S("api_key", v, p)], "ci_workflow", "en"


def t_slack_app(rng):
    v, p = key(rng, rng.choice(["slack_bot", "slack_user", "telegram", "L_twilio_auth"]))
    if p == "telegram":
        txt = "bot = telebot.TeleBot(\"%s\")\nbot.infinity_polling()" % v
    elif p == "L_twilio_auth":
        txt = "account_sid = os.environ['TWILIO_ACCOUNT_SID']\nauth_token = '%s'\nclient = Client(account_sid, auth_token)" % v
    else:
        txt = "app = App(token=\"%s\", signing_secret=os.environ[\"SLACK_SIGNING_SECRET\"])" % v
    return txt, [S("api_key", v, p)], "bot_code", "en"


TECH = [  # (template, weight)
    (t_env, 60), (t_export, 28), (t_curl, 30), (t_code, 36), (t_yaml, 22), (t_npmrc, 18), (t_docker, 14), (t_http_dump, 14), (t_debug_log, 12),
    (t_tfvars, 14), (t_stacktrace_email, 24), (t_applog, 32), (t_csv, 24), (t_tsv_orders, 22), (t_json_body, 34), (t_sql, 20), (t_signature, 28),
    (t_git, 14), (t_vcard, 12), (t_html, 10), (t_card_sheet, 40), (t_ticket, 22), (t_twilio, 12), (t_md_table, 8), (t_gh_actions, 10), (t_slack_app, 10),
]


# ----------------------------------------------------------------------------------------------
# Hard negatives: nothing here identifies a person or grants access
# ----------------------------------------------------------------------------------------------
def n_policy(rng):
    return rng.choice([
        "Stripe docs say to test with 4242 4242 4242 4242, any future expiry and any CVC. Why does my checkout still decline?",
        "use the test card 4000 0566 5566 5556 for debit - it's from the Stripe testing page",
        "The AWS docs example uses AKIAIOSFODNN7EXAMPLE with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY - is that format right for ~/.aws/credentials?",
        "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = us-west-2",
        "In the README, replace user@example.com with your own address before running the seed script.",
        "const DEMO_USER = { email: 'jane.doe@example.org', password: 'hunter2' };",
        "Fixtures: alice@example.com, bob@example.net - both get the 'viewer' role.",
        "For the TV script, use the fictional number 555-0142 so nobody real gets called.",
        "Placeholder in the mockup: (212) 555-0187. Replace before launch.",
        "Ofcom reserves 07700 900123 style numbers for drama, so that's what I put in the screenplay.",
        "the dev server binds to 192.168.1.20:8080 and the db is on 10.0.0.5",
        "ssh deploy@10.0.12.7 -p 2222 works from the office VPN but not from home",
        "Stripe's docs key sk_test_4eC39HqLyjWDarjtT1zdp7dc is in the quickstart, I copied it just to see the flow",
        "Co-Authored-By: Claude <noreply@anthropic.com>",
        "git remote add origin git@github.com:acme-robotics/infra.git",
        "Test Visa 4111 1111 1111 1111 works in sandbox but the live site needs a real card.",
        "docker compose ps shows postgres on 172.18.0.3, is that reachable from the host?",
        "curl -u user@localhost:secret http://localhost:9200 says unauthorized",
        "example phone in the spec: +1 202-555-0136",
        "Mastercard test number 5555 5555 5555 4444 from the docs gets declined in live mode, expected?",
        "the Gitleaks docs use ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx as a fake token",
        "In the Postman collection the email var defaults to test@example.com",
        "Amex test card 3782 822463 10005 from the gateway docs",
        "webmaster@example.com is what the Apache default page shows",
        "router admin page at 192.168.0.1 asks for a password I never set",
        "use +44 20 7946 0958 in the UI screenshot - it's in Ofcom's range for fiction",
    ])


def n_order(rng):
    t = rng.choice(["amazon", "inv", "ups", "fedex", "dhl", "ref", "po", "ticket"])
    if t == "amazon":
        v = "%03d-%07d-%07d" % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999))
        return rng.choice(["Order #%s hasn't arrived, write a complaint to the seller", "Bestellnummer %s – Paket kam beschädigt an, bitte Reklamation formulieren", "commande n° %s jamais reçue"]) % v
    if t == "inv":
        return rng.choice(["Invoice INV-2025-%05d is overdue by 14 days." % rng.randint(1, 99999), "Rechnung Nr. RE-2025-%04d vom 03.02.2025" % rng.randint(1, 9999), "Factura F2025/%05d pendiente de pago" % rng.randint(1, 99999)])
    if t == "ups":
        return "tracking 1Z%s%s shows 'exception' since Monday" % (rs(rng, UP + DIG, 6), rs(rng, DIG, 10))
    if t == "fedex":
        return "FedEx tracking %s %s %s - where is it?" % (rs(rng, DIG, 4), rs(rng, DIG, 4), rs(rng, DIG, 4))
    if t == "dhl":
        return "DHL Sendungsnummer %s, Zustellung fehlgeschlagen" % rs(rng, DIG, 10)
    if t == "ref":
        g = " ".join(rs(rng, DIG, 4) for _ in range(4))
        return rng.choice(["Payment reference %s - can you match it to the bank statement?", "Überweisung mit Verwendungszweck %s ist nicht angekommen", "référence de virement %s"]) % g
    if t == "po":
        return "PO-%d-%05d approved, delivery to warehouse B" % (rng.randint(2023, 2025), rng.randint(1, 99999))
    return "Ticket #%d: customer reports the export button does nothing" % rng.randint(100000, 9999999)


def n_longdigits(rng):
    g = rs(rng, DIG, rng.choice([16, 16, 18, 20, 22]))
    return rng.choice([
        "USPS tracking %s says label created only",
        "Customs declaration number %s, what does status 'held' mean?",
        "the barcode under the parcel reads %s",
        "Meter number %s - is that the right one for the electricity switch form?",
        "Kundennummer %s steht auf der Stromrechnung, wofür brauche ich die?",
    ]) % g


def n_epoch(rng):
    s = rng.randint(1600000000, 1760000000)
    ms = s * 1000 + rng.randint(0, 999)
    return rng.choice([
        "convert %d to a human date" % s,
        "created_at: %d, updated_at: %d - are these milliseconds?" % (ms, ms + rng.randint(1000, 90000)),
        '{"ts": %d, "level": "info", "msg": "worker started"}' % ms,
        "Date.now() gave %d, why is the server clock different?" % ms,
        "expires_at=%d in the cookie, is that in the past?" % s,
    ])


def n_dates(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    return rng.choice([
        "Meeting moved to %02d.%02d.%d um 14:30 Uhr" % (d, m, y),
        "rendez-vous le %02d/%02d/%d à 09h15" % (d, m, y),
        "deadline is %d-%02d-%02dT17:00:00+02:00" % (y, m, d),
        "la entrega es el %d de %s de %d" % (d, rng.choice(["marzo", "abril", "mayo", "octubre"]), y),
        "%d年%d月%d日 15:00 に予約しました" % (y, m, d),
        "%d년 %d월 %d일 오후 3시 회의" % (y, m, d),
        "log window: %d-%02d-%02d 00:00:00 to %d-%02d-%02d 23:59:59 UTC" % (y, m, d, y, m, d),
        "Термин: %02d.%02d.%d, 10:00-12:30" % (d, m, y),
        "the report covers Q%d %d (%02d/%02d/%d - %02d/%02d/%d)" % (rng.randint(1, 4), y, m, 1, y, m, 28, y),
        "cron: 0 %d * * 1-5 and next run %d/%02d/%02d %02d:00" % (rng.randint(0, 23), y, m, d, rng.randint(0, 23)),
    ])


def n_versions(rng):
    return rng.choice([
        "node v%d.%d.%d, npm %d.%d.%d, still ERESOLVE" % (rng.randint(16, 22), rng.randint(0, 20), rng.randint(0, 9), rng.randint(8, 10), rng.randint(0, 9), rng.randint(0, 9)),
        "iOS %d.%d.%d (%d%s%d) crashes on launch" % (rng.randint(16, 18), rng.randint(0, 6), rng.randint(0, 3), rng.randint(20, 22), rng.choice("ABCDEFG"), rng.randint(100, 9999)),
        "Xcode %d.%d (%d%s%d)" % (rng.randint(15, 16), rng.randint(0, 4), rng.randint(15, 16), rng.choice("ABCDEF"), rng.randint(100, 999)),
        "pip says torch==%d.%d.%d+cu%d not found" % (2, rng.randint(0, 5), rng.randint(0, 3), rng.choice([118, 121, 124])),
        "Chrome Version %d.0.%d.%d (Official Build) (arm64)" % (rng.randint(118, 132), rng.randint(5000, 6999), rng.randint(10, 250)),
        "build %d.%d.%d.%d failed on the windows runner" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 99), rng.randint(1000, 99999)),
        "Android build number %s.%d.%03d" % (rs(rng, UP, 2) + rs(rng, DIG, 1) + rs(rng, UP, 1), rng.randint(240000, 251231), rng.randint(1, 999)),
    ])


def n_hashes(rng):
    return rng.choice([
        "git checkout %s broke the build" % hexs(rng, 40),
        "sha256sum: %s  release.tar.gz - does this match?" % hexs(rng, 64),
        "integrity=\"sha384-%s\"" % rs(rng, B62 + "+/", 64),
        "docker pull node@sha256:%s" % hexs(rng, 64),
        "md5 %s differs from the mirror" % hexs(rng, 32),
        "cherry-pick %s and %s onto release" % (hexs(rng, 7), hexs(rng, 7)),
        "ETag: \"%s\"" % hexs(rng, 32),
    ])


def n_llm_ids(rng):
    return rng.choice([
        "response id was msg_01%s, tool call toolu_01%s" % (rs(rng, B62, 22), rs(rng, B62, 22)),
        "chatcmpl-%s returned finish_reason=length" % rs(rng, B62, 29),
        "request-id: req_011C%s (include this when contacting support)" % rs(rng, B62, 18),
        "the tool_call id call_%s has no matching output" % rs(rng, B62, 24),
        "resp_%s status=incomplete reason=max_output_tokens" % hexs(rng, 48),
        "batch_%s finished, output file file-%s" % (hexs(rng, 32), rs(rng, B62, 22)),
        "thread_%s / run_%s stuck in queued" % (rs(rng, B62, 24), rs(rng, B62, 24)),
    ])


def n_masked(rng):
    return rng.choice([
        "Incorrect API key provided: sk-proj-****************************************%s. You can find your API key at the dashboard." % rs(rng, B62, 4),
        "card ending in %s was declined" % rs(rng, DIG, 4),
        "**** **** **** %s exp **/**" % rs(rng, DIG, 4),
        "Your code was sent to +%d *** *** %s" % (rng.choice([44, 49, 33, 1, 34]), rs(rng, DIG, 2)),
        "We sent a link to j*****@g****.com",
        "key: sk-ant-...%s (redacted)" % rs(rng, B62, 4),
        "XXXX-XXXX-XXXX-%s is the only card on file" % rs(rng, DIG, 4),
        "token ghp_****%s was revoked automatically" % rs(rng, B62, 4),
        "IBAN DE** **** **** **** **%s %s" % (rs(rng, DIG, 2), rs(rng, DIG, 2)),
    ])


def n_placeholders(rng):
    return rng.choice([
        "OPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-api-key>",
        "export STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
        "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}",
        "client = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])",
        "Authorization: Bearer $TOKEN",
        "headers = {\"x-api-key\": \"YOUR_API_KEY_HERE\"}",
        "Replace <EMAIL> and <PHONE> in the template before sending.",
        "api_key: \"{{ vault_api_key }}\"",
        "GITHUB_TOKEN=ghp_your_token_here",
        "SLACK_BOT_TOKEN=xoxb-your-bot-token",
        "call me at [phone number] or email [email address]",
        "email: [email protected]",
        "card_number: \"XXXX XXXX XXXX XXXX\"",
    ])


def n_at(rng):
    return rng.choice([
        "@channel standup moved to 10:15",
        "@Override\npublic String toString() { return name; }",
        "@media (max-width: 640px) { .nav { display: none; } }",
        "npm i -D @types/node@%d typescript@%d.%d" % (rng.randint(18, 22), 5, rng.randint(0, 7)),
        "npx create-next-app@latest my-shop",
        "brew install python@3.%d" % rng.randint(9, 13),
        "pip install git+https://github.com/org/repo.git@v%d.%d.%d" % (rng.randint(0, 3), rng.randint(0, 20), rng.randint(0, 9)),
        "@app.route('/health')\ndef health(): return 'ok'",
        "dev@build-runner:~/shop$ make test",
        "meet @ the café at 5?",
        "uses: actions/checkout@v4",
        "2 @ %d.%02d each = %d.%02d" % (rng.randint(1, 40), rng.randint(0, 99), rng.randint(2, 80), rng.randint(0, 99)),
        "import { z } from '@hookform/resolvers/zod'",
        "@property\ndef total(self): return sum(i.price for i in self.items)",
    ])


def n_company(rng):
    return rng.choice([
        "Impressum: Amtsgericht München HRB %d, USt-IdNr. DE%09d" % (rng.randint(10000, 299999), rng.randint(100000000, 999999999)),
        "KvK %08d, BTW NL%09dB01" % (rng.randint(10000000, 99999999), rng.randint(100000000, 999999999)),
        "Registered in England and Wales, company no. %08d" % rng.randint(1000000, 15999999),
        "CNPJ %02d.%03d.%03d/0001-%02d" % (rng.randint(10, 99), rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 99)),
        "ABN %02d %03d %03d %03d" % (rng.randint(10, 99), rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 999)),
        "SIREN %03d %03d %03d - capital social 10 000 EUR" % (rng.randint(100, 999), rng.randint(0, 999), rng.randint(0, 999)),
        "NIF B%08d, Registro Mercantil de Madrid" % rng.randint(10000000, 99999999),
        "P.IVA %011d - REA MI-%07d" % (rng.randint(10 ** 9, 10 ** 11 - 1), rng.randint(1000000, 2999999)),
    ])


def n_coords(rng):
    la, lo = rng.uniform(-60, 70), rng.uniform(-170, 170)
    return rng.choice([
        "the pin is at %.6f, %.6f - is that inside the delivery zone?" % (la, lo),
        "geo:%.5f,%.5f?z=17" % (la, lo),
        "%d°%d'%d\"N %d°%d'%d\"E" % (abs(int(la)), rng.randint(0, 59), rng.randint(0, 59), abs(int(lo)), rng.randint(0, 59), rng.randint(0, 59)),
        '{"lat": %.7f, "lng": %.7f}' % (la, lo),
    ])


def n_isbn(rng):
    b = "978" + rs(rng, DIG, 9)
    s = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(b))
    isbn = b + str((10 - s % 10) % 10)
    g = "%s-%s-%s-%s-%s" % (isbn[:3], isbn[3], isbn[4:7], isbn[7:12], isbn[12])
    e = "40" + rs(rng, DIG, 10)
    s = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(e))
    ean = e + str((10 - s % 10) % 10)
    return rng.choice(["ISBN %s - is this the 2nd edition?" % g, "ISBN-13: %s" % isbn, "EAN %s scans as unknown product at the till" % ean, "Artikelnummer (EAN): %s" % ean])


def n_code(rng):
    return rng.choice([
        "EMAIL_RE = re.compile(r\"^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$\")\ndef is_email(s): return bool(EMAIL_RE.match(s))",
        "function luhn(num) {\n  let sum = 0;\n  for (let i = 0; i < num.length; i++) { /* ... */ }\n  return sum % 10 === 0;\n}",
        "const phoneRe = /^\\+?[1-9]\\d{7,14}$/;",
        "if (!validator.isEmail(req.body.email)) return res.status(400).json({ error: 'invalid email' })",
        "CHECK (email ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+[.][A-Za-z]+$')",
        "let cardPattern = #/^\\d{13,19}$/#",
        "phonenumbers.parse(raw, 'DE') raises NumberParseException for short inputs",
        "<input type=\"email\" name=\"email\" required autocomplete=\"email\">",
        "@Email(message = \"must be a valid address\")\nprivate String email;",
    ])


def n_metrics(rng):
    return rng.choice([
        "we served %d requests last month, p99 %d ms" % (rng.randint(10 ** 8, 10 ** 10), rng.randint(80, 2000)),
        "disk: %d bytes free of %d" % (rng.randint(10 ** 10, 10 ** 11), rng.randint(10 ** 11, 10 ** 12)),
        "Umsatz 2024: %d.%03d.%03d EUR, Vorjahr %d.%03d.%03d EUR" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 999), rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 999)),
        "tokens used: input %d, output %d, cache read %d" % (rng.randint(1000, 900000), rng.randint(100, 90000), rng.randint(0, 900000)),
        "population %d, area %d km2" % (rng.randint(10 ** 6, 10 ** 9), rng.randint(10 ** 3, 10 ** 6)),
    ])


def n_meeting(rng):
    return rng.choice([
        "Zoom Meeting ID: %s %s %s  Passcode: %s" % (rs(rng, DIG, 3), rs(rng, DIG, 4), rs(rng, DIG, 4), rs(rng, DIG, 6)),
        "Microsoft Teams meeting ID: %s %s %s %s, Passcode: %s" % (rs(rng, DIG, 3), rs(rng, DIG, 3), rs(rng, DIG, 3), rs(rng, DIG, 3), rs(rng, B62, 6)),
        "Google Meet: meet.google.com/%s-%s-%s" % (rs(rng, LO, 3), rs(rng, LO, 4), rs(rng, LO, 3)),
        "Webex access code %s %s %s" % (rs(rng, DIG, 4), rs(rng, DIG, 3), rs(rng, DIG, 4)),
    ])


def n_misc_ids(rng):
    return rng.choice([
        "trace_id=%s span_id=%s" % (hexs(rng, 32), hexs(rng, 16)),
        "booking reference %s, flight %s%d" % (rs(rng, UP, 6), rs(rng, UP, 2), rng.randint(100, 9999)),
        "container %s exited with code 137" % hexs(rng, 12),
        "Jira %s-%d blocks %s-%d" % (rs(rng, UP, 3), rng.randint(1, 9999), rs(rng, UP, 3), rng.randint(1, 9999)),
        "session %s-%s-4%s-%s-%s expired" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 3), hexs(rng, 4), hexs(rng, 12)),
        "pod api-%s-%s CrashLoopBackOff" % (hexs(rng, 10), rs(rng, LO + DIG, 5)),
        "VIN %s%s" % (rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 14)),
        "S/N %s-%s-%s" % (rs(rng, UP + DIG, 4), rs(rng, UP + DIG, 4), rs(rng, UP + DIG, 4)),
    ])


def n_phoneish(rng):
    return rng.choice([
        "error code 0x%s, then E-%s-%s in the event log" % (hexs(rng, 8).upper(), rs(rng, DIG, 4), rs(rng, DIG, 4)),
        "Part no. %s-%s-%s fits the 2019 model?" % (rs(rng, DIG, 3), rs(rng, DIG, 3), rs(rng, DIG, 4)),
        "Aktenzeichen %s/%s-%s" % (rs(rng, DIG, 3), rs(rng, DIG, 2), rs(rng, DIG, 4)),
        "IP range 10.%d.%d.0/24 conflicts with the VPN" % (rng.randint(0, 255), rng.randint(0, 255)),
        "room %s-%s, building %d" % (rs(rng, DIG, 2), rs(rng, DIG, 3), rng.randint(1, 9)),
        "the lottery numbers were %s" % " ".join(str(x) for x in sorted(rng.sample(range(1, 50), 6))),
        "Flurstück %d/%d, Gemarkung Nord" % (rng.randint(100, 9999), rng.randint(1, 99)),
    ])


NEG_GENS = [(n_order, 24), (n_longdigits, 16), (n_epoch, 19), (n_dates, 24), (n_versions, 19), (n_hashes, 20), (n_llm_ids, 24), (n_masked, 20),
            (n_placeholders, 12), (n_at, 20), (n_company, 18), (n_coords, 14), (n_isbn, 14), (n_code, 8), (n_metrics, 14), (n_meeting, 14), (n_misc_ids, 18), (n_phoneish, 14)]


# ----------------------------------------------------------------------------------------------
# Log wrappers
# ----------------------------------------------------------------------------------------------
def uuid4(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def ulid(rng):
    return "01" + rs(rng, "0123456789abcdefghjkmnpqrstvwxyz", 24)


def w_claude_code(rng, text):
    if rng.random() < 0.3:
        content = [{"tool_use_id": "toolu_01" + rs(rng, B62, 22), "type": "tool_result", "content": text}]
    else:
        content = text
    o = {"parentUuid": uuid4(rng), "isSidechain": False, "userType": "external", "cwd": "/home/dev/projects/" + rng.choice(["shop-api", "infra", "site", "etl"]),
         "sessionId": uuid4(rng), "version": "2.%d.%d" % (rng.randint(0, 1), rng.randint(1, 60)), "gitBranch": rng.choice(["main", "dev", "fix/checkout"]), "type": "user",
         "message": {"role": "user", "content": content}, "uuid": uuid4(rng), "timestamp": ts(rng)[:-1] + ".%03dZ" % rng.randint(0, 999)}
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def w_codex(rng, text):
    t = ts(rng)[:-1] + ".%03dZ" % rng.randint(0, 999)
    if rng.random() < 0.3:
        o = {"timestamp": t, "type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_" + rs(rng, B62, 24), "output": text}}
    else:
        o = {"timestamp": t, "type": "event_msg", "payload": {"type": "user_message", "message": text, "images": [], "local_images": [], "text_elements": []}}
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def w_chatgpt(rng, text):
    nid = uuid4(rng)
    o = {"id": nid, "message": {"id": nid, "author": {"role": "user", "name": None, "metadata": {}}, "create_time": rng.randint(1690000000, 1760000000) + rng.randint(0, 999999) / 1e6,
                                "update_time": None, "content": {"content_type": "text", "parts": [text]}, "status": "finished_successfully", "end_turn": None, "weight": 1.0,
                                "metadata": {"request_id": hexs(rng, 16), "message_source": None}, "recipient": "all", "channel": None},
         "parent": uuid4(rng), "children": [uuid4(rng)]}
    return json.dumps(o, ensure_ascii=True)


def w_claude_ai(rng, text):
    t = ts(rng)[:-1] + ".%06dZ" % rng.randint(0, 999999)
    o = {"uuid": uuid4(rng), "text": text, "sender": "human", "created_at": t, "updated_at": t, "attachments": [], "files": []}
    return json.dumps(o, ensure_ascii=False)


def w_anthropic(rng, text):
    o = {"model": rng.choice(["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-5-haiku-latest"]), "max_tokens": rng.choice([1024, 4096, 8192]),
         "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}]}
    return json.dumps(o, ensure_ascii=rng.random() < 0.5)


def w_openai_chat(rng, text):
    o = {"model": rng.choice(["gpt-4o-mini", "gpt-4o", "gpt-4.1"]), "messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": text}], "stream": True}
    return json.dumps(o, ensure_ascii=False)


def w_responses(rng, text):
    o = {"model": rng.choice(["gpt-5", "gpt-5-mini", "o4-mini"]), "input": [{"role": "user", "content": [{"type": "input_text", "text": text}]}], "store": False}
    return json.dumps(o, ensure_ascii=False)


def w_llm(rng, text):
    o = {"id": ulid(rng), "model": rng.choice(["gpt-4o-mini", "claude-3.5-sonnet", "gemini-2.0-flash"]), "resolved_model": None, "conversation_id": ulid(rng),
         "duration_ms": rng.randint(300, 30000), "datetime_utc": ts(rng, "T", "")[:19] + ".%06d+00:00" % rng.randint(0, 999999), "prompt": text, "system": None,
         "response": rng.choice(REPLIES), "input_tokens": rng.randint(10, 4000), "output_tokens": rng.randint(10, 2000)}
    return json.dumps(o, ensure_ascii=False)


def w_otel(rng, text):
    inner = json.dumps([{"role": "user", "parts": [{"type": "text", "content": text}]}], ensure_ascii=False)
    o = {"name": "chat gpt-4o", "context": {"trace_id": hexs(rng, 32), "span_id": hexs(rng, 16)}, "kind": "SPAN_KIND_CLIENT",
         "attributes": {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": "gpt-4o", "gen_ai.input.messages": inner,
                        "gen_ai.usage.input_tokens": rng.randint(10, 3000)}}
    return json.dumps(o, ensure_ascii=False)


def w_sharegpt(rng, text):
    o = {"id": "identity_%d" % rng.randint(0, 99999), "conversations": [{"from": "human", "value": text}, {"from": "gpt", "value": rng.choice(REPLIES)}]}
    return json.dumps(o, ensure_ascii=False)


WRAPPERS = {"claude_code": w_claude_code, "codex": w_codex, "chatgpt_node": w_chatgpt, "claude_ai": w_claude_ai, "anthropic_request": w_anthropic,
            "openai_chat": w_openai_chat, "openai_responses": w_responses, "llm_logs": w_llm, "otel": w_otel, "sharegpt": w_sharegpt}
# the chatting owner exports ChatGPT / claude.ai; the developer's agents write Claude Code / Codex logs; the analyst scripts API calls
CHAT_WRAP = [("chatgpt_node", 5), ("claude_ai", 4), ("sharegpt", 1), ("llm_logs", 1), ("openai_chat", 1)]
DEV_WRAP = [("claude_code", 6), ("codex", 5), ("anthropic_request", 2), ("openai_responses", 2), ("otel", 2), ("llm_logs", 1), ("openai_chat", 1)]
DATA_WRAP = [("openai_chat", 3), ("anthropic_request", 3), ("llm_logs", 3), ("otel", 2), ("openai_responses", 2), ("claude_code", 1), ("chatgpt_node", 2)]
DATA_GENRES = ["csv_contacts", "tsv_orders", "json_body", "sql", "expense_sheet", "md_table", "vcard", "support_ticket", "signature"]


def maybe_wrap(rng, text, genre, p=0.34):
    if rng.random() >= p:
        return text, genre
    if genre.startswith("chat") or genre.startswith("n_"):
        pool = CHAT_WRAP if genre.startswith("chat") or rng.random() < 0.5 else DEV_WRAP
    elif genre in DATA_GENRES:
        pool = DATA_WRAP
    else:
        pool = DEV_WRAP
    w = rng.choices([x[0] for x in pool], [x[1] for x in pool])[0]
    return WRAPPERS[w](rng, text), genre + "@" + w


# ----------------------------------------------------------------------------------------------
# Line checks
# ----------------------------------------------------------------------------------------------
EMAIL_SCAN = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
DIGIT_RUNS = re.compile(r"\d+(?:[ -]\d+)*")


def luhn_windows(text):
    """(start, end) of every group-aligned window of 13-19 digits that passes Luhn."""
    out = []
    for m in DIGIT_RUNS.finditer(text):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group())]
        for i in range(len(groups)):
            digits = ""
            for j in range(i, len(groups)):
                digits += text[groups[j][0]:groups[j][1]]
                if len(digits) > 19:
                    break
                if len(digits) >= 13 and luhn_ok(digits):
                    out.append((groups[i][0], groups[j][1]))
    return out


def occurrences(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append((i, i + len(v)))
        i = text.find(v, i + 1)
    return out


def line_problems(text, spans, policy=False):
    probs = []
    covered = []
    values = [s["value"] for s in spans]
    for s in spans:
        v = s["value"]
        if any(c in v for c in '"\\') or any(ord(c) < 32 or ord(c) > 126 for c in v):
            probs.append("escapable char in value")
        n = len(occurrences(text, v))
        if n != values.count(v):
            probs.append("value occurs %d times, labelled %d" % (n, values.count(v)))
        covered += occurrences(text, v)
    for a in values:
        for b in values:
            if a != b and a in b:
                probs.append("value inside another value")
    if policy:
        return probs

    def free(a, b):
        return not any(a < y and x < b for x, y in covered)
    for m in EMAIL_SCAN.finditer(text):
        if free(m.start(), m.end()):
            probs.append("unlabelled e-mail")
    for a, b in luhn_windows(text):
        if free(a, b):
            probs.append("unlabelled Luhn-valid run")
    return probs


# ----------------------------------------------------------------------------------------------
# Build
# ----------------------------------------------------------------------------------------------
CHAT_JOBS = [("phone", 130), ("email", 80), ("card", 165), ("key", 45), ("combo", 24)]


def record(text, spans, genre, lang, known_emails=()):
    return {"text": text, "spans": spans, "genre": genre, "lang": lang, "known": {"names": [], "emails": list(known_emails), "ids": []}}


def build():
    rng = random.Random(SEED)
    jobs = []
    for kind, n in CHAT_JOBS:
        jobs += [("chat", kind)] * n
    n_tech = N_POS_LINES - len(jobs)
    tw = [w for _, w in TECH]
    for i in range(n_tech):
        jobs.append(("tech", rng.choices(range(len(TECH)), tw)[0]))
    n_neg = N_NEG_LINES - N_POLICY
    negs = [("neg", rng.choices(range(len(NEG_GENS)), [w for _, w in NEG_GENS])[0]) for _ in range(n_neg)] + [("policy", 0)] * N_POLICY
    jobs += negs
    rng.shuffle(jobs)
    out, seen = [], []
    for job in jobs:
        while True:
            known = []
            if job[0] == "chat":
                text, spans, genre, lang, known = chat_line(rng, job[1])
                if rng.random() < 0.25:  # a short back-and-forth before the request
                    text = rng.choice(["hi!\n", "quick one:\n", "ok next thing - ", ""]) + text if lang == "en" else text
            elif job[0] == "tech":
                text, spans, genre, lang = TECH[job[1]][0](rng)
            elif job[0] == "neg":
                gen = NEG_GENS[job[1]][0]
                text, spans, genre, lang = gen(rng), [], gen.__name__, "en"
            else:
                text, spans, genre, lang = n_policy(rng), [], "n_policy", "en"
            if text in seen:
                if job[0] == "neg":  # a generator with few fixed variants is used up: draw another generator
                    job = ("neg", rng.choices(range(len(NEG_GENS)), [w for _, w in NEG_GENS])[0])
                continue
            wtext, wgenre = maybe_wrap(rng, text, genre)
            if line_problems(wtext, spans, policy=(genre == "n_policy")):
                continue
            seen.append(text)
            out.append(record(wtext, spans, wgenre, lang, known))
            break
    return out


def serialize(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def base_genre(g):
    return g.split("@")[0]


def stats(recs):
    kinds = {"email": 0, "phone": 0, "card": 0, "api_key": 0}
    pos = [r for r in recs if r["spans"]]
    neg = [r for r in recs if not r["spans"]]
    for r in pos:
        for s in r["spans"]:
            kinds[s["kind"]] += 1
    print("lines %d: positive %d, negative %d (policy %d)" % (len(recs), len(pos), len(neg), sum(1 for r in neg if r["genre"].startswith("n_policy"))))
    print("spans %d: " % sum(kinds.values()) + ", ".join("%s %d" % kv for kv in kinds.items()))
    wr = {}
    for r in recs:
        w = r["genre"].split("@")[1] if "@" in r["genre"] else "(plain)"
        wr[w] = wr.get(w, 0) + 1
    print("wrappers: " + ", ".join("%s %d" % (k, wr[k]) for k in sorted(wr)))
    g = {}
    for r in recs:
        g[base_genre(r["genre"])] = g.get(base_genre(r["genre"]), 0) + 1
    print("genres: " + ", ".join("%s %d" % (k, g[k]) for k in sorted(g)))
    langs = {}
    for r in recs:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    print("languages (%d): " % len(langs) + ", ".join("%s %d" % (k, langs[k]) for k in sorted(langs)))
    shp = {}
    for r in pos:
        for s in r["spans"]:
            if s["kind"] == "phone":
                k = "phone " + s["shape"].split("_")[0]
            elif s["kind"] == "card":
                k = "card " + s["shape"].split("_")[0]
            elif s["kind"] == "api_key":
                k = "api_key " + ("label-only" if s["shape"].startswith("L_") else "shaped")
            else:
                continue
            shp[k] = shp.get(k, 0) + 1
    print("shapes: " + ", ".join("%s %d" % (k, shp[k]) for k in sorted(shp)))
    forms = {}
    for r in pos:
        for s in r["spans"]:
            if s["kind"] == "phone":
                f = s["shape"].split("_")[2]
                forms[f] = forms.get(f, 0) + 1
    print("phone forms: " + ", ".join("%s %d" % (k, forms[k]) for k in sorted(forms)))
    print("known.emails set on %d lines" % sum(1 for r in recs if r["known"]["emails"]))
    print("non-ASCII escaped as \\uXXXX: %d lines" % sum(1 for r in recs if "\\u" in r["text"]))


def check(recs, data):
    errs = []
    try:
        with open(OUT, "rb") as f:
            disk = f.read()
    except OSError:
        disk = b""
    if disk != data:
        errs.append("holdout13.jsonl differs from a fresh generation")
    for i, line in enumerate(disk.decode("utf-8").splitlines()):
        r = json.loads(line)
        if list(r.keys()) != ["text", "spans", "genre", "lang", "known"]:
            errs.append("line %d: keys" % (i + 1))
        policy = r["genre"].startswith("n_policy")
        for p in line_problems(r["text"], r["spans"], policy):
            errs.append("line %d: %s" % (i + 1, p))
        for s in r["spans"]:
            if list(s.keys()) != ["kind", "value", "shape"] or s["kind"] not in ("email", "phone", "card", "api_key"):
                errs.append("line %d: span format" % (i + 1))
            v = s["value"]
            if s["kind"] == "card":
                d = re.sub(r"[ -]", "", v)
                net = s["shape"].split("_")[0]
                if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
                    errs.append("line %d: card not Luhn-valid" % (i + 1))
                if not any(d.startswith(p) for p in NETWORKS[net][0]) or any(d.startswith(t) for t in TEST_PREFIXES):
                    errs.append("line %d: card prefix" % (i + 1))
            elif s["kind"] == "api_key":
                if not re.fullmatch(KEY_PREFIX_CHECK[s["shape"]], v):
                    errs.append("line %d: key shape %s" % (i + 1, s["shape"]))
                if s["shape"] in ("github_ghp", "github_gho", "github_ghs", "npm"):
                    body = v[4:34]
                    if v[34:] != b62(zlib.crc32(body.encode()) & 0xFFFFFFFF):
                        errs.append("line %d: token checksum" % (i + 1))
            elif s["kind"] == "email":
                if not EMAIL_SCAN.fullmatch(v) or re.search(r"example\.(com|org|net)$", v):
                    errs.append("line %d: e-mail" % (i + 1))
            elif s["kind"] == "phone":
                d = re.sub(r"\D", "", v)
                if not re.fullmatch(r"[+0-9() ./-]+", v) or not (7 <= len(d) <= 15):
                    errs.append("line %d: phone characters" % (i + 1))
                if len(d) >= 13 and luhn_ok(d):
                    errs.append("line %d: phone digits Luhn-valid" % (i + 1))
        if not r["spans"] and not policy and r["known"]["emails"]:
            errs.append("line %d: known on negative" % (i + 1))
    return errs


def main():
    recs = build()
    data = serialize(recs)
    if "--check" in sys.argv:
        errs = check(recs, data)
        n = data.count(b"\n")
        spans = sum(len(r["spans"]) for r in recs)
        if errs:
            for e in errs[:50]:
                print(e)
            print("FAIL: %d problems" % len(errs))
            sys.exit(1)
        print("OK: %d lines, %d spans; byte-identical regeneration; every line and value re-validated (cards Luhn, key shapes and checksums, e-mail/Luhn scans)" % (n, spans))
        return
    if "--stats" in sys.argv:
        stats(recs)
        return
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote %s (%d lines)" % (os.path.basename(OUT), data.count(b"\n")))


if __name__ == "__main__":
    main()
