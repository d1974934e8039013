/// Provider keys whose prefix (or URL) says what they are, and keys under labels in more notations; each family
/// with look-alikes that must stay. The keys are random strings of each provider's shape, not real ones.
import Testing
@testable import ReplayRedaction

private func redacted(_ text: String) -> String { redactedText(text, keyByte: 11) }

@Suite struct ProviderKeyTests {
    @Test("Prefixed keys without a label: the prefix says what they are", arguments: [
        "key-26c48bbf33feff9243a8f506b40928b5",
        "dop_v1_b7a767c76fb008f86bebb2737f6a6f0fb23c6f5da2cec255404e4fb440034d66",
        "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",
        "secret_ENUhJduRHHJEYXg4JdpmrcXgGCJbW56eCuNGMGmSrCG",
        "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",
        "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",
        "lin_api_fQ1y3GQsMpSscDlkrCaqx9vJupc94tnwlavyfErG",
        "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",
        "NRAK-1I9MPFLV9FUPXQMB0Y07NYRVD5R",
        "PMAK-b46287cced9041dff02cee73-7443e210471948d33296c87009e8a7f770",
        "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",
        "HRKU-AAD7CHLn-xC_1hsYgBds1ghxY5OokvQyx7eNWVQ4vnakJkS1pAWTN3lg8zV5",
        "glsa_muxV5EbOApZOXzcycDeZ6dqmVe5Mvxrv_18a89020",
        "r8_0ogET9D9XyYq6B0Fi7FlaZ7Vt0SXjMpu3uDxY",
        "dckr_pat_kzYuF0ie9Pu2njHkAm1-5wDr16E",
        "sbp_39988b886e7577496a2c8773e130f7eb19731662",
        "sq0atp-IZHbhS4-FvafhdZxEuhnbz",
        "access_token$production$j0m760l6tetd48ay$de2e5738713a818d8962058765a6ca7c",
        "xapp-1-A08447AB1OT-3699192200119-5b400141212b62c376631129f34369aad80b891baf90d0d3bf16295d06910bf3",
        "sk_f5fb85967f532f3ab3cc2d0b698d5c7e41ba4ea5ee874ae7",
        "ATATT3Vw5HanSBeVRsfAGeAbP0VxNjAe-9i0mYtluYI0KN1gNT11cUzYZAa3u2olZU6uqbgsYlVvsSKuvinX_zMqf9OgXluCZz8xBfZuXTptFyfePpX6N1NF2XV54wca_7E56w8ZniqT3Ul4ffqkOkgWrdioyq_KvCiSGuPJ6sG9AHEOVezxZuJPWv=0A1B2C3D",
        "321223307:AAxHKas1VOqg6YYZYn9ZhyiA4uoRgnatmUd",
    ])
    func prefixed(key: String) {
        #expect(redacted("rotate \(key) now") == "rotate <API_KEY_1> now")
        #expect(redacted("(\(key))") == "(<API_KEY_1>)")
    }

    @Test("Keys whose prefix has no trigger of its own: in Markdown code, after any label, after Bearer", arguments: [
        ("`patIZEG8pSH4487q7.6e4d3cea27d26934b484e73cf575dcad6ba2b0aee0ca923732881584d8c4fa28`", "`<API_KEY_1>`"),
        ("AIRTABLE_PAT=patIZEG8pSH4487q7.6e4d3cea27d26934b484e73cf575dcad6ba2b0aee0ca923732881584d8c4fa28",
         "AIRTABLE_PAT=<API_KEY_1>"),
        ("`EAAAHogU5nGYVHWVsUQk4DwgLGNOaeCtL31Ugq_DfcgaTMnTC0MrAU8urbFt5mis`", "`<API_KEY_1>`"),
        ("Authorization: Bearer EAAAHogU5nGYVHWVsUQk4DwgLGNOaeCtL31Ugq_DfcgaTMnTC0MrAU8urbFt5mis", "Authorization: Bearer <API_KEY_1>"),
        ("DOPPLER: dp.pt.PVStNKiaEdFrRgSnRFsTHsDDDXh5Jmtf7EbsDe0G9Cr", "DOPPLER: <API_KEY_1>"),
        ("vault login `hvs.XAAjlsHUqJoUD-_Ydua_5ZMs1SWOpQaPRYpzbLGViYXjU2JgJngKtFI3OyV2dZAkg05rK_gqv81RKMGHZEM9YpvujA-C5Q5`",
         "vault login `<API_KEY_1>`"),
        ("bot = TeleBot('321223307:AAxHKas1VOqg6YYZYn9ZhyiA4uoRgnatmUd')", "bot = TeleBot('<API_KEY_1>')"),
        // In plain prose too, found from any digit in the token: Airtable, Doppler, Vault, Databricks, and shapes of
        // their own: Alibaba Cloud LTAI…, Tencent Cloud AKID…, Dynatrace dt0c01.…, MailerSend mlsn.…
        ("why does patIZEG8pSH4487q7.6e4d3cea27d26934b484e73cf575dcad6ba2b0aee0ca923732881584d8c4fa28 fail?", "why does <API_KEY_1> fail?"),
        ("why does dp.st.prd.PVStNKiaEdFrRgSnRFsTHsDDDXh5Jmtf7EbsDe0G9Cr fail?", "why does <API_KEY_1> fail?"),
        ("why does hvs.XAAjlsHUqJoUD-_Ydua_5ZMs1SWOpQaPRYpzbLGViYXjU2JgJngKtFI3OyV2dZAkg05rK fail?", "why does <API_KEY_1> fail?"),
        ("why does dapi49b5539ac5ba7b4b87113c16fdf59247 fail?", "why does <API_KEY_1> fail?"),
        ("why does LTAI5tQm8KvX2pR7nB4cY6hJ fail?", "why does <API_KEY_1> fail?"),
        ("why does AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA fail?", "why does <API_KEY_1> fail?"),
        ("why does dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM fail?",
         "why does <API_KEY_1> fail?"),
        ("why does mlsn.0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9 fail?", "why does <API_KEY_1> fail?"),
    ])
    func untriggeredPrefixes(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Webhook URLs are keys, whole", arguments: [
        ("SLACK_WEBHOOK: https://hooks.slack.com/services/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",
         "SLACK_WEBHOOK: <API_KEY_1>"),
        ("curl -X POST https://discord.com/api/webhooks/628194821993518190/A-2O76UMFxFkM-R5Kjp1vRt_1fjORS-6ilI8ihN5KXSc7Tvo-hBKqFYY-kv5ZJr3J1TW -d x",
         "curl -X POST <API_KEY_1> -d x"),
    ])
    func webhooks(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("A provider's key in a URL's userinfo is an API key", arguments: [
        ("git clone https://x-access-token:ghp_R2n8Kq5Lm7Vx3Zc9Wb4Ty6Up1Sd0Fg2Hj4Kl@github.com/o/r.git",
         "git clone https://x-access-token:<API_KEY_1>@github.com/o/r.git"),
        ("https://glpat-Xy7Zq2Wv9Ks4Lm1Np3Rt@gitlab.com/g/p.git", "https://<API_KEY_1>@gitlab.com/g/p.git"),
    ])
    func userinfoKeys(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Labels in more notations: subscripts, Kubernetes name/value pairs, Markdown tables, app keys, DeepL", arguments: [
        (#"os.environ["REPLICATE_API_TOKEN"] = "Qm7xK2pL9vN4rT8wZ3cY6bJ1""#, #"os.environ["REPLICATE_API_TOKEN"] = "<API_KEY_1>""#),
        ("- name: VERCEL_TOKEN\n  value: \"hpQ3mK8nL2vX7cZ9wR4tY6bJ\"", "- name: VERCEL_TOKEN\n  value: \"<API_KEY_1>\""),
        ("| SENTRY_AUTH_TOKEN | `Zk4xM9pQ2wL7vN3rT8cY5bJ6` | prod |", "| SENTRY_AUTH_TOKEN | `<API_KEY_1>` | prod |"),
        ("| DATADOG_API_KEY | 689447ab57a683536c4499d863386ce1 |", "| DATADOG_API_KEY | <API_KEY_1> |"),
        (#"dd_app_key = "689447ab57a683536c4499d863386ce10cd79e04""#, #"dd_app_key = "<API_KEY_1>""#),
        ("DEEPL_AUTH_KEY=1b4e28ba-2fa1-11d2-883f-0016d3cca427:fx", "DEEPL_AUTH_KEY=<API_KEY_1>"),
        ("aws configure set aws_secret_access_key Q9sT2vXk7LmP4wRz8NcB6yHf3JdG1aUe5KoV0iMn",
         "aws configure set aws_secret_access_key <SECRET_1>"),
    ])
    func labelNotations(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("Look-alikes of those prefixes, labels and URLs stay", arguments: [
        "a key-value store", "key-26c48bbf33feff9243a8f506b40928b", "dop_v1_short", "secret_sauce_recipe_v2",
        "pat_downs and patIZEG8pSH4487q7.readme", "lin_api_docs", "https://hooks.slack.com/services/ is the endpoint",
        "see https://discord.com/api/webhooks for details", "NRAK-EXAMPLE", "sk_learn_model_selection", "r8_is_a_register",
        "| Name | Value |\n| API_KEY | `<your-api-key>` |", "GOCSPX-short", "10:30:45 and 123456789:BBxyz",
        "EAAA is a prefix", "- name: LOG_LEVEL\n  value: \"debug-verbose-output\"", "ASP.NET_SessionState=InProc",
        "DEEPL_AUTH_KEY=<your-key>:fx", "dp.pt.example", "shpat_ is the prefix", "glsa_ tokens",
    ])
    func leftAlone(input: String) {
        #expect(redacted(input) == input)
    }
}
