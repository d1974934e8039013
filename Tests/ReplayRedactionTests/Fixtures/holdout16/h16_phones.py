"""holdout16 phone table. Each region: (region, [(type, prefixes, nsn_len, patterns)]).

A pattern is written over the national significant number (NSN): every X takes the next NSN digit, `~` takes one and
drops it (Argentina's mobile 9 in the national 15-form), anything else is literal. The prefix lists were pruned once
with libphonenumber (see README); the generator itself imports no phone library.
"""

US_AREAS = ["212", "646", "718", "917", "415", "510", "650", "312", "773", "617", "206", "512", "737", "303",
            "404", "713", "305", "602", "619", "858", "702", "215", "202", "503", "614", "919"]
CA_AREAS = ["416", "647", "604", "778", "514", "438", "403", "613"]
US_PAT = ["(XXX) XXX-XXXX", "XXX-XXX-XXXX", "XXX.XXX.XXXX", "+1 XXX XXX XXXX", "+1 (XXX) XXX-XXXX", "1-XXX-XXX-XXXX",
          "XXXXXXXXXX", "+1XXXXXXXXXX", "+1-XXX-XXX-XXXX", "(XXX)XXX-XXXX", "XXX XXX XXXX"]

REGIONS = [
    ("US", [("mob", US_AREAS, 10, US_PAT)]),
    ("CA", [("mob", CA_AREAS, 10, US_PAT)]),
    ("GB", [("mob", ["71", "73", "740", "741", "742", "743", "744", "746", "747", "748", "749", "751", "753", "754", "755", "757", "759", "770", "771", "772", "773", "774", "775", "776", "777", "778", "780", "781", "784", "785", "786", "787", "788", "789", "790", "791", "792", "794", "795", "796", "797", "798", "799"], 10,
             ["0XXXX XXXXXX", "+44 XXXX XXXXXX", "+44 (0)XXXX XXXXXX", "0XXXXXXXXXX", "+44XXXXXXXXXX", "0XXXX XXX XXX",
              "+44 XXXX XXX XXX", "0044 XXXX XXXXXX"]),
            ("fix", ["203", "207", "208"], 10, ["0XX XXXX XXXX", "+44 XX XXXX XXXX", "+44 (0)XX XXXX XXXX", "(0XX) XXXX XXXX"]),
            ("fix", ["161"], 10, ["0XXX XXX XXXX", "+44 XXX XXX XXXX"])]),
    ("IE", [("mob", ["83", "85", "86", "87", "89"], 9,
             ["0XX XXX XXXX", "+353 XX XXX XXXX", "+353 (0)XX XXX XXXX", "0XX-XXXXXXX", "0XXXXXXXXX", "+353XXXXXXXXX"]),
            ("fix", ["1"], 8, ["0X XXX XXXX", "+353 X XXX XXXX", "(0X) XXX XXXX"])]),
    ("AU", [("mob", ["40", "41", "42", "43", "447", "448", "450", "451", "452", "46", "470", "472", "473", "474", "475", "476", "477", "478", "480", "481", "482", "484", "485", "487", "488"], 9,
             ["0XXX XXX XXX", "0XXXXXXXXX", "+61 XXX XXX XXX", "+61 (0)XXX XXX XXX", "+61XXXXXXXXX", "0XXX-XXX-XXX"]),
            ("fix", ["28", "29", "38", "39"], 9, ["(0X) XXXX XXXX", "0X XXXX XXXX", "+61 X XXXX XXXX"])]),
    ("NZ", [("mob", ["21", "22", "27"], 9, ["0XX XXX XXXX", "+64 XX XXX XXXX", "+64XXXXXXXXX", "0XX-XXX-XXXX", "0XXXXXXXXX"]),
            ("fix", ["93", "94", "95", "96"], 8, ["(0X) XXX XXXX", "0X XXX XXXX", "+64 X XXX XXXX"])]),
    ("IN", [("mob", ["98", "99", "97", "96", "94", "93", "91", "90", "89", "88", "87", "86", "85", "84", "83", "82",
                     "81", "80", "79", "78", "77", "76", "75", "74", "73", "72", "70", "63", "62"], 10,
             ["XXXXX XXXXX", "+91 XXXXX XXXXX", "+91-XXXXXXXXXX", "+91XXXXXXXXXX", "0XXXXXXXXXX", "XXXXXXXXXX",
              "+91 XXXX XXX XXX", "+91 XXX XXX XXXX", "0XXXXX-XXXXX"]),
            ("fix", ["222", "223", "224", "226", "112", "114", "115", "116"], 10, ["0XX-XXXXXXXX", "+91 XX XXXX XXXX", "0XX XXXX XXXX", "(0XX) XXXX XXXX"])]),
    ("SG", [("mob", ["8", "90", "91", "92", "93", "94", "96", "97", "98"], 8, ["XXXX XXXX", "+65 XXXX XXXX", "+65XXXXXXXX", "+65-XXXX-XXXX", "XXXXXXXX", "(+65) XXXX XXXX"]),
            ("fix", ["61", "62", "63", "64", "65", "67", "68"], 8, ["XXXX XXXX", "+65 XXXX XXXX"])]),
    ("PH", [("mob", ["905", "906", "915", "916", "917", "926", "927", "935", "936", "945", "955", "956", "965", "966",
                     "975", "977", "995", "997", "908", "918", "919", "920", "921", "928", "929", "939", "947", "949",
                     "961", "998", "999", "922", "923", "925", "931", "932", "933", "942", "943", "973", "974", "991",
                     "992", "993", "994"], 10,
             ["0XXX XXX XXXX", "0XXX-XXX-XXXX", "0XXXXXXXXXX", "+63 XXX XXX XXXX", "+63XXXXXXXXXX", "+63 (XXX) XXX XXXX"]),
            ("fix", ["28"], 9, ["(0X) XXXX XXXX", "+63 X XXXX XXXX"])]),
    ("NG", [("mob", ["803", "806", "813", "816", "703", "706", "810", "814", "903", "802", "808", "812", "701",
                     "708", "902", "805", "807", "815", "905", "809", "817", "818", "909"], 10,
             ["0XXX XXX XXXX", "0XXXXXXXXXX", "+234 XXX XXX XXXX", "+234XXXXXXXXXX", "+234 (0)XXX XXX XXXX", "0XXX-XXX-XXXX"])]),
    ("KE", [("mob", ["70", "71", "72", "74", "79", "11"], 9,
             ["0XXX XXX XXX", "0XXXXXXXXX", "+254 XXX XXX XXX", "+254XXXXXXXXX", "0XXX XXXXXX", "+254 XXX XXXXXX"])]),
    ("ZA", [("mob", ["60", "61", "62", "63", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"], 9,
             ["0XX XXX XXXX", "0XXXXXXXXX", "+27 XX XXX XXXX", "+27XXXXXXXXX", "0XX-XXX-XXXX", "+27 (0)XX XXX XXXX"]),
            ("fix", ["11", "21"], 9, ["0XX XXX XXXX", "+27 XX XXX XXXX", "(0XX) XXX-XXXX"])]),
    ("DE", [("mob", ["151", "152", "157", "159"], 11,
             ["0XXX XXXXXXXX", "+49 XXX XXXXXXXX", "0XXXX XXXXXXX", "+49 XXXX XXXXXXX", "0XXX/XXXXXXXX", "+49XXXXXXXXXXX",
              "+49 (0)XXX XXXXXXXX", "0XXXXXXXXXXX"]),
            ("mob", ["160", "162", "170", "171", "172", "173", "174", "175", "177", "178", "179"], 10,
             ["0XXX XXXXXXX", "+49 XXX XXXXXXX", "+49 (0)XXX XXXXXXX", "0XXX/XXXXXXX", "0XXX-XXXXXXX", "0XXXXXXXXXX",
              "0049 XXX XXXXXXX", "+49XXXXXXXXXX", "0XXX XXX XX XX", "+49 XXX XXX XX XX", "(0XXX) XXXXXXX"]),
            ("mob", ["176"], 11, ["0XXX XXXXXXXX", "+49 XXX XXXXXXXX", "0XXX/XXXXXXXX", "0XXXXXXXXXXX"]),
            ("fix", ["302", "303", "304", "306", "307", "308", "309"], 10,
             ["0XX XXXXXXXX", "+49 XX XXXXXXXX", "0XX/XXXXXXXX", "(0XX) XXXXXXXX", "0XX XXXX XXXX", "+49 (0)XX XXXX XXXX"]),
            ("fix", ["402", "403", "404", "405", "406", "407", "408"], 10, ["0XX XXXXXXXX", "+49 XX XXXXXXXX", "0XX/XXXXXXXX"]),
            ("fix", ["892", "893", "894", "895", "896"], 10, ["0XX XXXXXXXX", "+49 XX XXXXXXXX", "0XX / XXXX XXXX"])]),
    ("AT", [("mob", ["664", "650", "660", "676", "699", "681", "688"], 10,
             ["0XXX XXXXXXX", "+43 XXX XXXXXXX", "0XXX/XXXXXXX", "+43 (0)XXX XXXXXXX", "0XXXXXXXXXX", "+43XXXXXXXXXX",
              "0XXX XXX XX XX"]),
            ("fix", ["1"], 8, ["0X XXXXXXX", "+43 X XXXXXXX", "0X/XXXXXXX", "+43 (0)X XXX XX XX"])]),
    ("CH", [("mob", ["75", "76", "77", "78", "79"], 9,
             ["0XX XXX XX XX", "+41 XX XXX XX XX", "+41 (0)XX XXX XX XX", "0XXXXXXXXX", "0041 XX XXX XX XX", "+41XXXXXXXXX"]),
            ("fix", ["44", "22", "31", "61"], 9, ["0XX XXX XX XX", "+41 XX XXX XX XX"])]),
    ("FR", [("mob", ["60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78", "79"], 9,
             ["0X XX XX XX XX", "0X.XX.XX.XX.XX", "0XXXXXXXXX", "+33 X XX XX XX XX", "+33 (0)X XX XX XX XX",
              "+33XXXXXXXXX", "0033 X XX XX XX XX", "0X-XX-XX-XX-XX", "0X XX XX XX XX"]),
            ("fix", ["1", "4", "51", "53", "55", "56", "9"], 9, ["0X XX XX XX XX", "+33 X XX XX XX XX", "0X.XX.XX.XX.XX"])]),
    ("BE", [("mob", ["45", "46", "47", "48", "49"], 9,
             ["0XXX XX XX XX", "+32 XXX XX XX XX", "0XXX/XX.XX.XX", "0XXXXXXXXX", "+32XXXXXXXXX", "0XXX/XX XX XX"]),
            ("fix", ["22", "23", "24", "25", "26", "27"], 8, ["0X XXX XX XX", "+32 X XXX XX XX", "0X/XXX.XX.XX"])]),
    ("NL", [("mob", ["61", "62", "63", "64", "65"], 9,
             ["0X XXXXXXXX", "0X-XXXXXXXX", "0X XX XX XX XX", "+31 X XXXXXXXX", "+31 (0)X XXXXXXXX", "+31XXXXXXXXX",
              "0031 X XXXXXXXX", "0XXXXXXXXX"]),
            ("fix", ["20"], 9, ["0XX XXX XXXX", "+31 XX XXX XXXX", "0XX-XXXXXXX"])]),
    ("ES", [("mob", ["6", "71", "72", "73", "74"], 9,
             ["XXX XXX XXX", "XXX XX XX XX", "+34 XXX XXX XXX", "+34 XXX XX XX XX", "XXXXXXXXX", "+34XXXXXXXXX",
              "0034 XXX XXX XXX", "XXX-XXX-XXX"]),
            ("fix", ["91", "93"], 9, ["XX XXX XX XX", "+34 XX XXX XX XX", "XXX XX XX XX"])]),
    ("PT", [("mob", ["91", "92", "93", "96"], 9, ["XXX XXX XXX", "+351 XXX XXX XXX", "+351XXXXXXXXX", "XXXXXXXXX", "00351 XXX XXX XXX"]),
            ("fix", ["21"], 9, ["XXX XXX XXX", "+351 XXX XXX XXX"])]),
    ("IT", [("mob", ["320", "324", "327", "328", "329", "330", "331", "333", "334", "335", "338", "339", "340", "342",
                     "345", "346", "347", "348", "349", "351", "366", "368", "371", "377", "380", "388", "389", "391",
                     "392", "393"], 10,
             ["XXX XXXXXXX", "XXX XXX XXXX", "XXX-XXXXXXX", "XXX.XXX.XXXX", "+39 XXX XXX XXXX", "+39 XXX XXXXXXX",
              "+39XXXXXXXXXX", "0039 XXX XXXXXXX", "XXXXXXXXXX", "XXX/XXXXXXX"]),
            ("fix", ["02", "063", "064", "065"], 10, ["XX XXXX XXXX", "+39 XX XXXX XXXX", "XX-XXXXXXXX", "XX/XXXXXXXX"])]),
    ("PL", [("mob", ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9,
             ["XXX XXX XXX", "XXX-XXX-XXX", "+48 XXX XXX XXX", "+48XXXXXXXXX", "XXXXXXXXX", "0048 XXX XXX XXX", "+48 XXX-XXX-XXX"]),
            ("fix", ["22"], 9, ["XX XXX XX XX", "+48 XX XXX XX XX", "(XX) XXX XX XX"])]),
    ("SE", [("mob", ["70", "72", "73", "76", "79"], 9,
             ["0XX-XXX XX XX", "0XX XXX XX XX", "+46 XX XXX XX XX", "+46 (0)XX-XXX XX XX", "0XXXXXXXXX", "+46XXXXXXXXX", "0XX-XXXXXXX"]),
            ("fix", ["8"], 9, ["0X-XXX XXX XX", "+46 X XXX XXX XX", "0X-XX XX XX XX"])]),
    ("NO", [("mob", ["40", "41", "46", "47", "48", "9"], 8, ["XXX XX XXX", "XX XX XX XX", "+47 XXX XX XXX", "+47 XX XX XX XX", "XXXXXXXX", "+47XXXXXXXX"])]),
    ("DK", [("mob", ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"], 8,
             ["XX XX XX XX", "+45 XX XX XX XX", "XXXXXXXX", "+45XXXXXXXX", "XXXX XXXX"])]),
    ("FI", [("mob", ["40", "41", "44", "45", "46", "50"], 9,
             ["0XX XXX XXXX", "0XX-XXX XXXX", "+358 XX XXX XXXX", "+358XXXXXXXXX", "0XXXXXXXXX", "0XX XXXXXXX"])]),
    ("GR", [("mob", ["690", "693", "694", "695", "697", "698", "699"], 10, ["XXX XXX XXXX", "XXXXXXXXXX", "+30 XXX XXX XXXX", "+30 XXXXXXXXXX", "+30XXXXXXXXXX"]),
            ("fix", ["21"], 10, ["XXX XXX XXXX", "+30 XXX XXX XXXX", "XXX-XXXXXXX"])]),
    ("CZ", [("mob", ["601", "602", "603", "604", "605", "606", "607", "608", "702", "703", "704", "705", "72", "73", "77", "79"], 9, ["XXX XXX XXX", "+420 XXX XXX XXX", "+420XXXXXXXXX", "XXXXXXXXX", "00420 XXX XXX XXX"])]),
    ("HU", [("mob", ["20", "30", "31", "70"], 9,
             ["06 XX XXX XXXX", "06-XX/XXX-XXXX", "06XXXXXXXXX", "+36 XX XXX XXXX", "+36-XX-XXX-XXXX", "+36XXXXXXXXX", "06 (XX) XXX-XXXX"]),
            ("fix", ["1"], 8, ["06 X XXX XXXX", "+36 X XXX XXXX", "(06-X) XXX-XXXX"])]),
    ("RO", [("mob", ["72", "73", "74", "75", "76", "77", "784", "785", "786", "787", "788"], 9, ["0XXX XXX XXX", "0XXX-XXX-XXX", "+40 XXX XXX XXX", "+40XXXXXXXXX", "0XXXXXXXXX", "0040 XXX XXX XXX"])]),
    ("TR", [("mob", ["50", "53", "54", "55"], 10,
             ["0XXX XXX XX XX", "0 (XXX) XXX XX XX", "+90 XXX XXX XX XX", "+90XXXXXXXXXX", "0XXXXXXXXXX", "+90 (XXX) XXX XX XX",
              "0XXX XXX XXXX", "XXX XXX XX XX"]),
            ("fix", ["212", "216", "312"], 10, ["0XXX XXX XX XX", "+90 XXX XXX XX XX", "0 (XXX) XXX XX XX"])]),
    ("RU", [("mob", ["90", "91", "92", "93", "95", "96", "98"], 10,
             ["8 (XXX) XXX-XX-XX", "8XXXXXXXXXX", "+7 XXX XXX-XX-XX", "+7 (XXX) XXX-XX-XX", "+7XXXXXXXXXX", "8-XXX-XXX-XX-XX",
              "8 XXX XXX XX XX", "+7 XXX XXX XX XX", "+7-XXX-XXX-XX-XX"]),
            ("fix", ["495", "499", "812"], 10, ["+7 (XXX) XXX-XX-XX", "8 (XXX) XXX-XX-XX", "8 XXX XXX-XX-XX"])]),
    ("UA", [("mob", ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], 9,
             ["0XX XXX XX XX", "0XX-XXX-XX-XX", "+380 XX XXX XX XX", "+380XXXXXXXXX", "(0XX) XXX-XX-XX", "0XXXXXXXXX", "+38 0XX XXX XX XX", "+38(0XX)XXX-XX-XX"]),
            ("fix", ["44"], 9, ["0XX XXX XX XX", "+380 XX XXX XX XX", "(0XX) XXX-XX-XX"])]),
    ("IL", [("mob", ["50", "52", "53", "54", "584", "585", "586"], 9,
             ["0XX-XXX-XXXX", "0XX-XXXXXXX", "+972 XX-XXX-XXXX", "+972-XX-XXX-XXXX", "+972XXXXXXXXX", "0XXXXXXXXX", "0XX XXX XXXX"]),
            ("fix", ["3", "25", "26", "27"], 8, ["0X-XXX-XXXX", "+972 X-XXX-XXXX"])]),
    ("SA", [("mob", ["50", "53", "54", "55", "56", "570", "58", "59"], 9,
             ["0XX XXX XXXX", "+966 XX XXX XXXX", "+966XXXXXXXXX", "00966XXXXXXXXX", "0XXXXXXXXX", "+966 XX XXXXXXX"]),
            ("fix", ["11"], 9, ["0XX XXX XXXX", "+966 XX XXX XXXX"])]),
    ("AE", [("mob", ["50", "52", "54", "55", "56", "58"], 9,
             ["0XX XXX XXXX", "+971 XX XXX XXXX", "+971-XX-XXXXXXX", "0XX-XXXXXXX", "+971XXXXXXXXX", "00971 XX XXX XXXX"]),
            ("fix", ["42", "43", "44", "45", "46"], 8, ["0X XXX XXXX", "+971 X XXX XXXX", "0X-XXXXXXX"])]),
    ("EG", [("mob", ["10", "11", "12", "15"], 10, ["0XXX XXX XXXX", "0XXXXXXXXXX", "+20 XX XXXX XXXX", "+20XXXXXXXXXX", "0XXX-XXX-XXXX", "+20 XXX XXX XXXX"])]),
    ("JP", [("mob", ["90", "80", "70"], 10,
             ["0XX-XXXX-XXXX", "0XXXXXXXXXX", "+81 XX-XXXX-XXXX", "+81 XX XXXX XXXX", "+81XXXXXXXXXX", "0XX XXXX XXXX", "+81-XX-XXXX-XXXX"]),
            ("fix", ["3", "6"], 9, ["0X-XXXX-XXXX", "+81 X-XXXX-XXXX", "(0X)XXXX-XXXX", "0X(XXXX)XXXX", "+81 X XXXX XXXX"])]),
    ("KR", [("mob", ["102", "103", "104", "106", "107", "108", "109"], 10, ["0XX-XXXX-XXXX", "0XXXXXXXXXX", "0XX XXXX XXXX", "+82 XX-XXXX-XXXX", "+82 XX XXXX XXXX", "+82XXXXXXXXXX", "+82-XX-XXXX-XXXX", "0XX.XXXX.XXXX"]),
            ("fix", ["2"], 9, ["0X-XXXX-XXXX", "+82 X-XXXX-XXXX", "0X)XXXX-XXXX"])]),
    ("CN", [("mob", ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                     "155", "156", "157", "158", "159", "180", "181", "182", "183", "185", "186", "187", "188", "189",
                     "177", "178", "199", "198"], 11,
             ["XXX XXXX XXXX", "XXXXXXXXXXX", "XXX-XXXX-XXXX", "+86 XXX XXXX XXXX", "+86 XXXXXXXXXXX", "+86-XXX-XXXX-XXXX",
              "0086 XXX XXXX XXXX", "+86XXXXXXXXXXX"]),
            ("fix", ["106", "105", "216", "215"], 10, ["0XX-XXXXXXXX", "(0XX) XXXX XXXX", "+86 XX XXXX XXXX", "0XX-XXXX-XXXX"])]),
    ("TW", [("mob", ["9"], 9, ["0XXX-XXX-XXX", "0XXX XXX XXX", "0XXXXXXXXX", "+886 XXX XXX XXX", "+886-XXX-XXX-XXX", "+886XXXXXXXXX", "+886 XXX-XXX-XXX"]),
            ("fix", ["22", "23", "25", "26", "27", "28"], 9, ["(0X) XXXX-XXXX", "0X-XXXX-XXXX", "+886 X XXXX XXXX", "(0X)XXXX-XXXX"])]),
    ("HK", [("mob", ["510", "511", "512", "513", "514", "516", "517", "518", "519", "520", "521", "522", "523", "530", "531", "532", "540", "541", "542", "550", "551", "552", "553", "560", "561", "562", "590", "591", "592", "60", "61", "63", "64", "65", "69", "90", "91", "94", "96", "97"], 8, ["XXXX XXXX", "+852 XXXX XXXX", "+852-XXXX-XXXX", "XXXXXXXX", "(852) XXXX XXXX", "+852XXXXXXXX"]),
            ("fix", ["21", "23", "24", "25", "26", "27", "28", "29", "310", "311", "312", "370", "371", "372", "390", "391", "392"], 8, ["XXXX XXXX", "+852 XXXX XXXX"])]),
    ("TH", [("mob", ["61", "62", "63", "64", "65", "66", "8", "9"], 9, ["0XX-XXX-XXXX", "0XX XXX XXXX", "0XXXXXXXXX", "+66 XX XXX XXXX", "+66XXXXXXXXX", "+66 (0)XX-XXX-XXXX", "0X-XXXX-XXXX"]),
            ("fix", ["2"], 8, ["0X-XXX-XXXX", "+66 X XXX XXXX", "0X XXX XXXX"])]),
    ("VN", [("mob", ["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70",
                     "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88"], 9,
             ["0XXX XXX XXX", "0XX XXX XXXX", "0XXXXXXXXX", "+84 XX XXX XXXX", "+84XXXXXXXXX", "(+84) XXX XXX XXX", "0XXX.XXX.XXX"]),
            ("fix", ["243", "246", "28"], 10, ["0XX XXXX XXXX", "+84 XX XXXX XXXX", "(0XX) XXXX XXXX"])]),
    ("ID", [("mob", ["811", "812", "813", "821", "822", "852", "853", "857", "856", "858", "877", "878", "895", "896",
                     "897", "898", "899", "881", "882", "838", "831", "832", "859"], 11,
             ["0XXX-XXXX-XXXX", "0XXX XXXX XXXX", "0XXXXXXXXXXX", "+62 XXX-XXXX-XXXX", "+62 XXX XXXX XXXX", "+62XXXXXXXXXXX"]),
            ("fix", ["21"], 10, ["(0XX) XXXX XXXX", "+62 XX XXXX XXXX", "0XX-XXXXXXXX"])]),
    ("BR", [("mob", ["119", "219", "319", "419", "519", "619", "719", "819", "859", "199", "279", "489", "629", "929"], 11,
             ["(XX) XXXXX-XXXX", "XX XXXXX-XXXX", "XX XXXXXXXXX", "+55 XX XXXXX-XXXX", "+55 (XX) XXXXX-XXXX", "+55XXXXXXXXXXX",
              "(XX)XXXXX-XXXX", "XX XXXXX XXXX", "0XX XXXXX-XXXX"]),
            ("fix", ["112", "113", "114", "115", "213", "312"], 10, ["(XX) XXXX-XXXX", "+55 XX XXXX-XXXX", "XX XXXX-XXXX"])]),
    ("MX", [("mob", ["55", "33", "81"], 10, ["XX XXXX XXXX", "+52 XX XXXX XXXX", "(XX) XXXX-XXXX", "XXXXXXXXXX", "+52XXXXXXXXXX", "+52 (XX) XXXX XXXX", "XX-XXXX-XXXX"]),
            ("mob", ["222", "442", "998", "664"], 10, ["XXX XXX XXXX", "+52 XXX XXX XXXX", "(XXX) XXX XXXX", "XXX-XXX-XXXX"])]),
    ("AR", [("mob", ["9111", "9112", "9113", "9114", "9115", "9116", "9117", "9118"], 11, ["+54 X XX XXXX-XXXX", "+54XXXXXXXXXXX", "+54 X XX XXXX XXXX", "~0XX 15-XXXX-XXXX", "~0XX 15 XXXX-XXXX", "~XX 15-XXXX-XXXX"]),
            ("fix", ["114", "115", "116"], 10, ["0XX XXXX-XXXX", "+54 XX XXXX-XXXX", "(0XX) XXXX-XXXX", "XX XXXX-XXXX"])]),
    ("CO", [("mob", ["300", "301", "304", "310", "311", "312", "313", "314", "315", "316", "317", "318", "320", "321", "322", "350"], 10,
             ["XXX XXX XXXX", "+57 XXX XXX XXXX", "+57XXXXXXXXXX", "XXXXXXXXXX", "(+57) XXX XXX XXXX", "XXX-XXX-XXXX"])]),
    ("CL", [("mob", ["98", "95", "94", "92"], 9, ["+56 X XXXX XXXX", "X XXXX XXXX", "+56XXXXXXXXX", "XXXXXXXXX", "+56 (X) XXXX XXXX"])]),
    ("PE", [("mob", ["91", "92", "93", "94", "95", "96", "97", "98", "99"], 9, ["XXX XXX XXX", "+51 XXX XXX XXX", "+51XXXXXXXXX", "XXXXXXXXX", "XXX-XXX-XXX"])]),
]

# ranges reserved for fiction / documentation: never drawn
FICTION = {
    "GB": ("7700900", "2079460", "1614960", "1134960", "1214960", "1314960"),
    "AU": ("4915", "255501", "270100", "355501", "370100"),
    "FR": ("63998", "19900", "26191", "35301", "46571", "53649"),
    "US": (), "CA": (),
}


def region_entry(region):
    for r, entries in REGIONS:
        if r == region:
            return entries
    raise KeyError(region)


def apply_pattern(pattern, nsn):
    out = []
    i = 0
    for ch in pattern:
        if ch == "X":
            out.append(nsn[i])
            i += 1
        elif ch == "~":
            i += 1
        else:
            out.append(ch)
    assert i == len(nsn), (pattern, nsn)
    return "".join(out)


def pattern_form(pattern):
    if pattern.startswith("+") or pattern.startswith("(+"):
        form = "intl"
    elif pattern.startswith("00"):
        form = "idd"
    elif pattern.startswith("(852)"):
        form = "intl"
    else:
        form = "nat"
    if all(c not in " -./()" for c in pattern):
        form += "_plain"
    return form


def draw_nsn(rng, region, prefixes, nsn_len):
    while True:
        p = rng.choice(prefixes)
        rest = nsn_len - len(p)
        if region in ("US", "CA"):
            # exchange NXX: N in 2-9, not N11, not 555
            ex = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(2))
            if ex[1:] == "11" or ex == "555":
                continue
            nsn = p + ex + "".join(rng.choice("0123456789") for _ in range(4))
        else:
            first = "23456789" if rest > 0 else ""
            digits = [rng.choice(first)] if rest > 0 else []
            digits += [rng.choice("0123456789") for _ in range(rest - 1)]
            nsn = p + "".join(digits)
        if any(nsn.startswith(f) for f in FICTION.get(region, ())):
            continue
        # avoid toy-looking runs
        if "0000" in nsn[len(p):] or "1234567" in nsn:
            continue
        return nsn


def draw_phone(rng, region, want_type=None, want_form=None):
    entries = region_entry(region)
    cands = [e for e in entries if want_type is None or e[0] == want_type] or entries
    # mobile numbers are what people hand over most often
    weights = [3 if e[0] == "mob" else 1 for e in cands]
    typ, prefixes, nsn_len, patterns = rng.choices(cands, weights=weights)[0]
    pats = patterns
    if want_form is not None:
        pats = [p for p in patterns if pattern_form(p).startswith(want_form)] or patterns
    pat = rng.choice(pats)
    nsn = draw_nsn(rng, region, prefixes, nsn_len)
    value = apply_pattern(pat, nsn)
    shape = "%s_%s_%s" % (region, typ, pattern_form(pat))
    return value, shape
