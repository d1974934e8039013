# -*- coding: utf-8 -*-
"""holdout17 chat templates, part B (non-Latin scripts), and two-value chat turns for all languages."""

CHAT_B = {
    "ru": {
        "email": [
            "ME|помоги написать сопроводительное письмо, моя почта {v}",
            "Напиши вежливое напоминание на {v}, счёт до сих пор не оплачен",
            "как ответить на письмо от {v}? просят подтвердить собеседование",
            "ME|обнови подпись, новая почта {v}",
            "Куда писать жалобу? Мне дали адрес {v}, составь текст",
        ],
        "phone": [
            "мой номер {v}, добавь в резюме",
            "Мне постоянно звонят с {v}, это мошенники?",
            "M|напиши смс сантехнику на {v}, что в четверг удобно",
            "Объявление: продаю велосипед, звонить по тел. {v} после 18:00",
            "переведи номер {v} в международный формат",
        ],
        "card": [
            "почему карту {v} не принимают на сайте?",
            "С карты {v} списали деньги, я ничего не покупал. Помоги составить заявление в банк",
            "это мир или виза? {v}",
        ],
        "api_key": [
            "мой API-ключ {prov} {v} возвращает 401, что не так?",
            "вот токен {v}, напиши пример на python для {prov}",
            "случайно закоммитил ключ {v}, как его отозвать?",
        ],
    },
    "uk": {
        "email": ["ME|допоможи написати мотиваційний лист, моя пошта {v}", "Напиши нагадування на {v} щодо рахунку"],
        "phone": ["мій номер {v}, додай у резюме", "мені постійно дзвонять з {v}, це шахраї?", "M|напиши смс майстру на {v}, що четвер підходить"],
        "card": ["чому картку {v} не приймають в інтернет-магазині?", "з картки {v} зняли гроші без мого відома, що робити?"],
        "api_key": ["мій ключ API {prov} {v} повертає 401"],
    },
    "ar": {
        "email": [
            "ME|ممكن تكتب لي رسالة تقديم على وظيفة؟ إيميلي {v}",
            "اكتب رسالة تذكير مهذبة إلى {v} بخصوص الفاتورة المتأخرة",
            "كيف أرد على {v}؟ يطلب تأكيد موعد المقابلة",
        ],
        "phone": [
            "رقمي {v} أضفه في السيرة الذاتية",
            "يتصل بي الرقم {v} كل يوم، هل هو احتيال؟",
            "M|اكتب رسالة واتساب للسباك على {v} إن الخميس مناسب",
            "للحجز: ٤ أشخاص مساء الجمعة، رقم التواصل {v}",
        ],
        "card": [
            "ليش البطاقة {v} ترفض في الشراء أونلاين؟",
            "في عملية ما أعرفها على بطاقتي {v}، ساعدني أكتب اعتراض للبنك",
        ],
        "api_key": ["مفتاح API حق {prov} هو {v} ويعطيني خطأ 401", "هذا التوكن {v} اكتب لي مثال بايثون لـ {prov}"],
    },
    "he": {
        "email": ["ME|תכתוב לי מכתב מקדים לקורות חיים? המייל שלי {v}", "תנסח תזכורת מנומסת ל-{v} לגבי החשבונית"],
        "phone": ["המספר שלי {v}, תוסיף לקורות החיים", "מתקשרים אליי כל יום מ-{v}, זה עוקץ?", "M|תכתוב הודעה לאינסטלטור ({v}) שיום חמישי מתאים"],
        "card": ["למה הכרטיס {v} נדחה באתר?", "יש חיוב לא מוכר בכרטיס {v}, תעזור לי לנסח ערעור"],
        "api_key": ["מפתח ה-API של {prov} שלי {v} מחזיר 401"],
    },
    "hi": {
        "email": ["ME|मेरे लिए एक कवर लेटर लिख दो, मेरा ईमेल {v} है", "{v} को एक reminder mail लिखो कि invoice अभी तक pending है", "ME|mera email {v} hai, isko resume me daal do"],
        "phone": ["मेरा नंबर {v} है, इसे resume में जोड़ दो", "{v} से बार-बार कॉल आ रहे हैं, क्या ये fraud है?", "M|bhai plumber ka number {v} hai, usko msg likh do ki guruvar theek hai"],
        "card": ["मेरा कार्ड {v} online payment में decline क्यों हो रहा है?", "card {v} se unknown transaction hua hai, bank ko complaint likh do"],
        "api_key": ["मेरी {prov} API key {v} 401 error दे रही है", "yeh token hai {v}, {prov} ke liye python example bana do"],
    },
    "ja": {
        "email": [
            "ME|職務経歴書の連絡先を {v} に変えてください",
            "{v} 宛に請求書の件で丁寧な催促メールを書いてください",
            "{v} さんから面接日程の確認が来ました。返信文を考えて",
            "ME|私のメールアドレスは{v}です。署名を作ってください",
        ],
        "phone": [
            "電話番号は{v}です。履歴書に入れてください",
            "{v}から毎日電話が来るんですが、詐欺でしょうか",
            "M|水道屋さん({v})に木曜で大丈夫ですとSMSを送る文面をお願い",
            "予約: 土曜19時 4名 連絡先 {v}",
        ],
        "card": [
            "カード番号{v}がネットで使えないのはなぜ？",
            "クレジットカード {v} に身に覚えのない請求があります。カード会社への問い合わせ文を書いて",
        ],
        "api_key": ["{prov}のAPIキー {v} で401エラーになります", "このトークン {v} を使って{prov}のサンプルコードを書いて"],
    },
    "ko": {
        "email": [
            "ME|자기소개서 마지막에 연락처 넣어줘. 이메일은 {v}",
            "{v}로 견적서 회신 독촉하는 메일 정중하게 써줘",
            "{v} 이 분이 면접 일정 확인해달래, 답장 어떻게 써?",
        ],
        "phone": [
            "제 번호는 {v}예요. 이력서에 넣어주세요",
            "{v}에서 계속 전화 오는데 스팸인가요?",
            "M|집주인({v})한테 월세 5일에 보내도 되는지 문자 써줘",
        ],
        "card": ["카드 {v} 해외결제가 왜 안 되죠?", "{v} 카드에서 모르는 결제가 있어요. 카드사에 보낼 이의신청 써줘"],
        "api_key": ["{prov} API 키 {v} 쓰는데 401 떠요", "토큰 {v}로 {prov} 호출하는 파이썬 예제 만들어줘"],
    },
    "zh": {
        "email": [
            "ME|帮我写一封求职信，我的邮箱是{v}",
            "给{v}写一封催款邮件，语气客气一点",
            "ME|把我的签名改一下，新邮箱 {v}",
            "{v} 发来面试邀请，帮我回复确认周四下午",
        ],
        "phone": [
            "M|我的手机号是{v}，帮我加到简历里",
            "{v}老是给我打电话，是诈骗吗？",
            "M|帮我给房东发个短信，他电话 {v}，说房租晚两天交",
            "订位：周六晚上6位，联系电话 {v}",
        ],
        "card": ["为什么我的卡{v}在网上支付被拒？", "信用卡 {v} 有一笔不认识的消费，帮我写申诉"],
        "api_key": ["我的{prov} API key 是 {v}，一直报401", "这是token {v}，帮我写个调用{prov}的python例子"],
    },
    "th": {
        "email": ["ME|ช่วยเขียนจดหมายสมัครงานให้หน่อย อีเมลเรา {v}", "เขียนอีเมลทวงถามไปที่ {v} เรื่องใบแจ้งหนี้ให้หน่อย"],
        "phone": ["เบอร์เรา {v} ใส่ในเรซูเม่ให้หน่อย", "เบอร์ {v} โทรมาทุกวัน เป็นมิจฉาชีพไหม", "M|ส่งข้อความหาช่างประปา ({v}) ว่าวันพฤหัสได้"],
        "card": ["ทำไมบัตร {v} จ่ายออนไลน์ไม่ผ่าน"],
        "api_key": ["API key ของ {prov} คือ {v} แต่ขึ้น 401"],
    },
    "el": {
        "email": ["ME|μου γράφεις μια συνοδευτική επιστολή; το email μου είναι {v}", "γράψε μια υπενθύμιση στο {v} για το τιμολόγιο"],
        "phone": ["M|το κινητό μου είναι {v}, βάλ' το στο βιογραφικό", "με παίρνουν συνέχεια από το {v}, είναι απάτη;"],
        "card": ["γιατί απορρίπτεται η κάρτα {v} στις online αγορές;"],
        "api_key": ["το API key μου για {prov} είναι {v} και παίρνω 401"],
    },
}

# Two values in one turn. {e} e-mail, {p} phone, {c} card, {k} key.
COMBOS = {
    "en": [
        ("email+phone", "M|ME|Make me an email signature: Senior Product Designer, {e}, mobile {p}"),
        ("email+phone", "new client details - email {e}, phone {p}. add them to the onboarding checklist"),
        ("email+phone", "can you write an out of office? urgent stuff goes to {e} or call {p}"),
        ("card+phone", "Booking the hotel by phone, they asked for card {c} and a callback number, I gave {p}. Is that safe?"),
        ("email+card", "I got an email from {e} asking me to confirm my card {c}. Is this phishing?"),
        ("api_key+email", "My {prov} key {k} was disabled, the notice went to {e}. How do I appeal?"),
    ],
    "de": [
        ("email+phone", "ME|Erstell mir eine Signatur: Projektleitung, {e}, Tel. {p}"),
        ("email+phone", "M|Neuer Kunde: Mail {e}, Handy {p} – bitte in die Tabelle übernehmen"),
        ("email+card", "Habe eine Mail von {e} bekommen, ich soll meine Karte {c} bestätigen. Phishing?"),
    ],
    "fr": [
        ("email+phone", "Fais-moi une signature : Chargée de communication, {e}, {p}"),
        ("email+phone", "en cas d'urgence écrivez à {e} ou appelez le {p} — tu peux reformuler ça ?"),
    ],
    "es": [
        ("email+phone", "M|ME|hazme una firma de correo: Contadora, {e}, cel. {p}"),
        ("email+phone", "Datos del proveedor: correo {e}, teléfono {p}. Redacta un correo para pedir presupuesto"),
        ("card+phone", "me llamaron del {p} diciendo que eran del banco y me pidieron la tarjeta {c}. ¿Qué hago?"),
    ],
    "pt": [
        ("email+phone", "Faz uma assinatura de e-mail: Engenheira Civil, {e}, {p}"),
        ("email+phone", "contato do fornecedor: {e} / {p}, escreve pedindo orçamento"),
    ],
    "it": [("email+phone", "M|Mi fai una firma: Architetto, {e}, cell. {p}")],
    "nl": [("email+phone", "maak een handtekening: Projectmanager, {e}, {p}")],
    "pl": [("email+phone", "zrób mi stopkę maila: Księgowa, {e}, tel. {p}")],
    "tr": [("email+phone", "Bana imza oluştur: Satış Müdürü, {e}, {p}")],
    "ru": [
        ("email+phone", "Сделай подпись для письма: Менеджер проектов, {e}, тел. {p}"),
        ("card+phone", "мне позвонили с {p}, сказали из банка, попросили номер карты {c}. я продиктовал. что теперь?"),
    ],
    "ar": [("email+phone", "M|سوّي لي توقيع إيميل: مدير مبيعات، {e}، جوال {p}")],
    "ja": [("email+phone", "M|メール署名を作って。営業部、{e}、携帯 {p}")],
    "ko": [("email+phone", "M|이메일 서명 만들어줘: 마케팅팀 대리, {e}, 휴대폰 {p}")],
    "zh": [("email+phone", "M|帮我做个邮件签名：市场部经理，邮箱 {e}，手机 {p}")],
    "hi": [("email+phone", "M|mera email signature bana do: Sales Executive, {e}, Mob: {p}")],
    "vi": [("email+phone", "làm giúp mình chữ ký email: Kế toán, {e}, ĐT {p}")],
    "id": [("email+phone", "M|bikinin tanda tangan email: Staf HRD, {e}, HP {p}")],
    "he": [("email+phone", "M|תעשה לי חתימה למייל: מנהלת משרד, {e}, נייד {p}")],
    "uk": [("email+phone", "зроби підпис для листа: бухгалтер, {e}, тел. {p}")],
    "th": [("email+phone", "ช่วยทำลายเซ็นอีเมลหน่อย: ฝ่ายบุคคล, {e}, โทร {p}")],
}
