"""holdout16 chat templates, part C (Arabic, Hebrew, Indic, East and South-East Asian languages, Filipino)."""

CHAT_C = {
    "ar": {
        "phone": [
            "ممكن تكتب لي رسالة قصيرة لصاحب الشقة؟ رقمي {P}",
            "ضيف رقم جوالي {P} في آخر السيرة الذاتية",
            "مين صاحب الرقم {P}؟ يتصل علي كل شوي",
            "اكتب رد تلقائي: للحالات العاجلة يرجى الاتصال على {P}",
            "اكتب رسالة للسباك يتصل علي على الرقم {P} بعد العصر",
        ],
        "email": [
            "صحح الأخطاء: للاستفسار يرجى التواصل على البريد {E}",
            "اكتب إيميل رسمي لطلب موعد، إيميلي {E}",
            "الموقع يقول إن {E} غير صالح، ليش؟",
        ],
        "card": [
            "انسحب المبلغ مرتين من بطاقتي {C}، اكتب شكوى للبنك",
            "هل رقم البطاقة هذا صحيح؟ {C} تنتهي {X}",
        ],
        "key": [
            "ليش {KP} يرجع 401؟ المفتاح حقي {K}",
            "هذا مفتاح API من {KP}: {K} حطه في السكربت بس من متغير بيئة",
        ],
        "phone+email": ["سوّ لي توقيع بسيط: {N} - جوال {P} - {E}"],
    },
    "he": {
        "phone": [
            "אפשר לכתוב הודעה קצרה לבעל הדירה? המספר שלי {P}",
            "תוסיף את הנייד שלי {P} בסוף קורות החיים",
            "של מי המספר {P}? מתקשרים אליי כל היום",
            "תנסח הודעה לאינסטלטור שיחזור אליי ל-{P} אחרי חמש",
        ],
        "email": [
            "תתקן: לשאלות אפשר לפנות אליי במייל {E}",
            "תכתוב מייל רשמי לקביעת תור, המייל שלי {E}",
        ],
        "card": [
            "חייבו אותי פעמיים בכרטיס {C}, תכתוב תלונה לבנק",
            "מספר הכרטיס הזה תקין? {C} תוקף {X}",
        ],
        "key": ["למה {KP} מחזיר 401? המפתח שלי {K}"],
        "phone+email": ["תעשה לי חתימה פשוטה: {N}, נייד {P}, {E}"],
    },
    "hi": {
        "phone": [
            "मकान मालिक के लिए एक छोटा सा मैसेज लिख दो, मेरा नंबर {P} है",
            "मेरा मोबाइल नंबर {P} रिज़्यूमे के आख़िर में जोड़ दो",
            "bhai ye number {P} kiska hai? baar baar call aa raha hai",
            "plumber ko message likh do ki mujhe {P} pe call kare shaam ko",
            "ऑटो रिप्लाई लिखो: ज़रूरी काम हो तो {P} पर कॉल करें",
        ],
        "email": [
            "गलतियाँ ठीक करो: किसी भी सवाल के लिए मुझे {E} पर मेल करें",
            "appointment ke liye ek formal email likh do, mera email {E} hai",
            "फ़ॉर्म {E} को invalid क्यों बता रहा है?",
        ],
        "card": [
            "मेरे कार्ड {C} से दो बार पैसे कट गए, बैंक को शिकायत लिख दो",
            "ye card number sahi hai kya? {C} expiry {X}",
        ],
        "key": [
            "{KP} 401 क्यों दे रहा है? मेरी key {K} है",
            "ye meri {KP} API key hai {K}, isko script me env variable se daal do",
        ],
        "phone+email": ["ek simple signature bana do: {N}, Mob: {P}, Email: {E}"],
    },
    "ja": {
        "phone": [
            "大家さんに送る短いメッセージを書いてもらえますか？電話番号は{P}です",
            "履歴書の最後に携帯番号 {P} を入れてください",
            "{P}って誰の番号かわかる？何回も着信がある",
            "水道屋さんに「18時以降に{P}へ折り返しお願いします」って丁寧に書いて",
            "不在時の自動返信を作って。急ぎの場合は {P} まで",
            "電話番号の書き方これで合ってる？ {P}",
        ],
        "email": [
            "添削お願いします：ご質問は{E}までご連絡ください",
            "面談の日程調整メールを書いて。私のアドレスは {E} です",
            "フォームで {E} が無効って言われるんだけどなんで？",
        ],
        "card": [
            "カード {C} で二重に請求されました。カード会社への問い合わせ文を書いてください",
            "このカード番号って有効？ {C} 有効期限 {X}",
            "ホテルの予約フォーム埋めて：カード番号 {C}、有効期限 {X}",
        ],
        "key": [
            "{KP}から401が返ってくるのはなぜ？キーは {K} です",
            "これ私の{KP}のAPIキー {K} なんだけど、環境変数から読むようにスクリプト直して",
            "{KP}のトークン {K} を間違って公開リポジトリにpushしちゃった、どうすればいい？",
        ],
        "phone+email": [
            "シンプルな署名を作って：{N} / 携帯 {P} / {E}",
            "連絡先を更新したいです。電話：{P}　メール：{E}",
        ],
    },
    "ko": {
        "phone": [
            "집주인한테 보낼 짧은 문자 써줄래? 내 번호는 {P}야",
            "이력서 마지막에 제 휴대폰 번호 {P} 넣어주세요",
            "{P} 이 번호 누군지 알아? 계속 전화 와",
            "자동응답 문구 만들어줘. 급한 일은 {P}로 연락 달라고",
        ],
        "email": [
            "맞춤법 봐줘: 문의 사항은 {E}로 보내주세요",
            "면접 일정 잡는 메일 써줘, 내 메일은 {E}",
            "폼에서 {E}가 잘못된 주소라는데 왜 그래?",
        ],
        "card": [
            "카드 {C}로 두 번 결제됐어요. 카드사에 보낼 민원 좀 써주세요",
            "이 카드번호 유효한 거야? {C} 유효기간 {X}",
        ],
        "key": [
            "{KP}에서 401 뜨는 이유가 뭐야? 키는 {K}",
            "내 {KP} API 키 {K} 인데 환경변수로 읽게 코드 고쳐줘",
        ],
        "phone+email": ["간단한 서명 만들어줘: {N} / {P} / {E}"],
    },
    "zh": {
        "phone": [
            "帮我给房东写条短信，我的电话是{P}",
            "把我的手机号 {P} 加到简历最后",
            "{P} 这个号码是哪里的？一直打给我",
            "帮我写个自动回复：有急事请打 {P}",
            "幫我寫一封簡短的信給房東，我的電話是 {P}",
            "给水管工发个消息，让他晚上六点后打 {P} 找我",
        ],
        "email": [
            "帮我改一下：如有问题请发邮件至{E}",
            "写一封正式的预约邮件，我的邮箱是 {E}",
            "表单说 {E} 无效，为什么？",
            "翻译成英文：我的新邮箱是{E}，请更新资料",
        ],
        "card": [
            "我的卡 {C} 被扣了两次款，帮我写个投诉给银行",
            "这个卡号有效吗？{C} 有效期 {X}",
            "帮我填酒店预订：卡号 {C}，有效期 {X}",
        ],
        "key": [
            "为什么{KP}返回401？我的key是 {K}",
            "这是我的{KP} API key：{K}，帮我改成从环境变量读取",
            "不小心把{KP}的token {K} 推到公开仓库了，怎么办？",
        ],
        "phone+email": [
            "帮我做个简单的签名：{N}，手机 {P}，邮箱 {E}",
        ],
    },
    "th": {
        "phone": [
            "ช่วยเขียนข้อความสั้นๆ ถึงเจ้าของห้องหน่อย เบอร์เรา {P}",
            "ใส่เบอร์มือถือ {P} ไว้ท้ายเรซูเม่ให้หน่อย",
            "เบอร์ {P} นี่ของใคร โทรมาหลายรอบแล้ว",
        ],
        "email": [
            "แก้คำผิดให้หน่อย: หากมีข้อสงสัยติดต่อได้ที่ {E}",
            "เขียนอีเมลทางการขอนัดหมาย อีเมลเราคือ {E}",
        ],
        "card": [
            "บัตร {C} โดนตัดเงินสองครั้ง ช่วยเขียนร้องเรียนถึงธนาคาร",
            "เลขบัตรนี้ใช้ได้ไหม {C} หมดอายุ {X}",
        ],
        "key": ["ทำไม {KP} ตอบ 401 คีย์ของเราคือ {K}"],
    },
    "vi": {
        "phone": [
            "Viết giúp mình tin nhắn ngắn cho chủ nhà, số mình là {P}",
            "thêm sđt {P} vào cuối CV giúp mình",
            "Số {P} là của ai vậy? Gọi mấy lần rồi",
        ],
        "email": [
            "Sửa lỗi giúp: Mọi thắc mắc xin gửi về {E}",
            "Viết email trang trọng xin lịch hẹn, email của mình là {E}",
        ],
        "card": [
            "Thẻ {C} bị trừ tiền hai lần, viết giúp đơn khiếu nại gửi ngân hàng",
            "Số thẻ này có hợp lệ không? {C} hết hạn {X}",
        ],
        "key": ["Sao {KP} trả về 401 vậy? Key của mình là {K}"],
        "phone+email": ["Làm chữ ký đơn giản: {N} - {P} - {E}"],
    },
    "id": {
        "phone": [
            "Tolong buatin pesan singkat buat pemilik kos, nomorku {P}",
            "tambahin nomor hp aku {P} di akhir CV ya",
            "Nomor {P} ini punya siapa ya? Nelpon terus dari tadi",
        ],
        "email": [
            "Tolong koreksi: Untuk pertanyaan silakan hubungi saya di {E}",
            "Buatkan email resmi untuk minta jadwal, email saya {E}",
        ],
        "card": [
            "Kartu {C} kepotong dua kali, tolong buatkan surat komplain ke bank",
            "Nomor kartu ini valid nggak? {C} exp {X}",
        ],
        "key": ["Kenapa {KP} balikin 401? Key aku {K}"],
        "phone+email": ["Bikinin tanda tangan email simpel: {N}, HP {P}, {E}"],
    },
    "tl": {
        "phone": [
            "pa-draft naman ng text sa landlord ko, number ko {P}",
            "Pakilagay yung number ko {P} sa dulo ng resume",
            "kanino kaya tong number na {P}? paulit-ulit tumatawag",
        ],
        "email": [
            "Paki-check grammar: For concerns, pakiemail na lang ako sa {E}",
            "gawan mo ako ng formal email for appointment, email ko {E}",
        ],
        "card": ["Na-double charge ako sa card {C}, pa-draft ng complaint sa bank"],
        "key": ["bakit 401 yung {KP}? yung key ko {K}"],
    },
}
