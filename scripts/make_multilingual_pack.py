#!/usr/bin/env python3
"""Writes safety_core/packs/multilingual_override_wide.json from the cue lexicons below.

The lexicons are generic override vocabulary written for this project (not copied from any
dataset), by category, for ru, uk, pl, nl, tr, vi, id, zh, ja, ko, ar, hi, bn and es, fr, de, it,
pt (the hand-written multilingual_override pack keeps its older es/fr/de/it/pt rules): verbs that
tell a reader to drop its instructions, an AI addressed by name, "do not tell the user", "the user
changed their mind", "new instructions:", send a secret to an address, reveal the system prompt,
"you are now an assistant without limits", "important message" to an AI, answer/print exactly a
quoted text. Patterns match the *normalised* text, and the normalizer folds some letters of these
scripts (Cyrillic letters become Latin look-alikes, Arabic alef becomes "l", Devanagari and
Bengali vowel signs vanish), so every letter becomes a class of what its lower- and upper-case
forms normalise to, asked from `detector_eval --print-normalized`.

Cost (bench/notes.md): the matcher scans patterns that cannot match ASCII text only on text
holding a non-ASCII byte, so the Latin-script languages' patterns run on every English text. For
them (LATIN) a two-cue pattern is generated in the language's own word order only (verb before
object; both orders for the verb-final languages, SOV) and their triggers avoid English words;
every window is bounded (GAP) and stops at the end of a sentence.

Usage:
  scripts/make_multilingual_pack.py build/dev/chaos_scenarios/detector_eval
"""
import json
import os
import subprocess
import sys

# Cue lexicons by category (see the module docstring). Entries are substrings of the text as
# machine translation renders an English injection; "*" stands for an inflected ending of up to
# five letters, "<" for the start of a word, a space for any run of whitespace. Keys:
#   verbs/nouns    drop verbs, instruction nouns                  -> drop_instructions
#   ai             words that name an AI assistant                -> addressed_instructions (vocative)
#   hide           whole "keep it from the user" phrases          -> hide_from_user
#   neg, user      "do not tell/inform" and "the user"            -> hide_from_user (within a clause)
#   tell_user      "tell the user" (zh: the negation comes first)  -> hide_from_user, with neg
#   changed        "changed their mind"                           -> user_changed_mind (after "user")
#   new_instr      "new instructions" (followed by a colon)       -> new_instructions
#   your_task      "your new task"                                -> new_instructions
#   exv, secret    send/forward verbs, secret nouns               -> send_secret (with an address)
#   rv, sp         reveal verbs, "system prompt" nouns            -> reveal_prompt
#   you_now, role  "you are now", assistant roles / "no limits"   -> role_reassignment
#   imp            "important message"                            -> important_message (to an AI)
#   vv, only       answer/print verbs, "only/exactly"             -> verbatim_output (then a quote)
L = {}
L["ru"] = dict(
    verbs="игнорир|проигнорир|не обращай|забудь|забудьте|отбрось|не слушай|не учитывай|не следуй|пренебреги|пренебрегите",
    nouns="инструкци|указани|<правил|задач|команд|приказ|директив|предписани",
    ai="ассистент|ии-агент|ии-ассистент|<ии |<бот|нейросет|модель|помощник|агент",
    hide="не говори пользовател|не сообщай пользовател|не сообщая пользовател|скрой от пользовател|без ведома пользовател|втайне от пользовател|скройте от пользовател",
    neg="не сообща|не говори|не говорите|не информир|не уведомля|не рассказыва|не ставь в известность|не ставьте в известность",
    user="пользовател|юзер",
    changed="передума|изменил решение|изменила решение|изменил своё решение|изменил свое решение|изменил мнение|изменил своё мнение|изменил свое мнение|поменял решение|поменял мнение|решил иначе|отменил свой запрос",
    new_instr="новые инструкци|новая инструкци|новые указани|обновлённые инструкци|обновленные инструкци",
    your_task="твоя новая задача|ваша новая задача|твоё новое задание|твое новое задание|ваше новое задание",
    exv="отправ|перешл|пересыл|передай|передайте|вышл|высыла|загрузи",
    secret="парол|токен|ключ|учётн* данн|учетн* данн|данные для входа|пин-код|pin-код|номер карты|cvv",
    rv="раскро|раскры|покаж|выведи|выведите|распечата|повтор|процитир|воспроизвед|огласи",
    sp="системн* промпт|системн* промт|системн* подсказк|системн* инструкци|системн* сообщени|скрыт* инструкци|исходн* инструкци|первоначальн* инструкци|начальн* инструкци",
    you_now="теперь ты|теперь вы|ты теперь|вы теперь|отныне ты|отныне вы|с этого момента ты|с этого момента вы",
    role="ассистент|помощник|модел|агент|чат-бот|<ии-|неограниченн|без ограничений|без каких-либо ограничений|режим разработчика|без цензуры",
    imp="важное сообщение|важное уведомление|срочное сообщение|важное примечание|примечание для|важная информация для",
    vv="ответь|ответьте|отвечай|выведи|выведите|напиши|напишите|скажи|скажите|напечатай",
    only="только|точно|дословно|ровно|исключительно",
)
L["uk"] = dict(
    verbs="ігнор|проігнор|не зважай|забудь|забудьте|відкинь|відкиньте|не слухай|не враховуй|не виконуй|знехтуй",
    nouns="інструкці|вказівк|<правил|завдання|команд|наказ|директив",
    ai="асистент|ші-агент|ші-асистент|<ші |<бот|нейромереж|модель|помічник|агент",
    hide="не кажи користувач|не повідомляй користувач|не повідомляючи користувач|приховай від користувач|без відома користувач|таємно від користувач|не повідомляйте користувач",
    neg="не повідомля|не кажи|не кажіть|не інформу|не розповіда|не сповіща",
    user="користувач",
    changed="передума|змінив свою думку|змінила свою думку|змінив думку|змінила думку|змінив рішення|змінив своє рішення|змінила рішення|вирішив інакше",
    new_instr="нові інструкці|нова інструкці|нові вказівк|оновлені інструкці",
    your_task="твоє нове завдання|ваше нове завдання|твоя нова задача|ваша нова задача",
    exv="надішл|надсил|перешл|пересил|передай|передайте|відправ|вивантаж|завантаж",
    secret="парол|токен|ключ|облікові дані|облікових даних|дані для входу|пін-код|pin-код|номер картки",
    rv="розкри|покаж|виведи|виведіть|роздрукуй|повтор|процитуй|відтвор|оголоси",
    sp="системн* промпт|системн* підказк|системн* інструкці|системн* повідомленн|прихован* інструкці|початков* інструкці|вихідн* інструкці",
    you_now="тепер ти|тепер ви|ти тепер|ви тепер|віднині ти|віднині ви|з цього моменту ти|з цього моменту ви",
    role="асистент|помічник|модел|агент|чат-бот|<ші-|необмежен|без обмежень|без жодних обмежень|режим розробника|без цензури",
    imp="важливе повідомлення|термінове повідомлення|важлива примітка|примітка для|важлива інформація для",
    vv="відповідай|дайте відповідь|дай відповідь|виведи|виведіть|напиши|напишіть|скажи|скажіть|надрукуй",
    only="лише|тільки|точно|дослівно|виключно",
)
L["pl"] = dict(
    verbs="zignoruj|ignoruj|zapomnij|nie zwracaj uwagi|pomiń|odrzuć|nie stosuj się|nie wykonuj|nie przestrzegaj|zlekceważ",
    nouns="instrukcj|polece|zasad|zadani|regu|rozkaz|wytyczn|wskazów",
    ai="asystencie|asystent|agencie ai|agent ai|modelu|bocie|sztuczna inteligencj",
    hide="nie mów użytkownik|bez informowania użytkownik|ukryj przed użytkownik|bez wiedzy użytkownik|nie informuj użytkownik|w tajemnicy przed użytkownik",
    neg="nie informuj|nie mów|nie powiadamiaj|nie zawiadamiaj|nie wspominaj|bez informowania|bez powiadamiania",
    user="użytkowni",
    changed="zmienił zdanie|zmieniła zdanie|zmienił decyzję|zmieniła decyzję|rozmyślił się|rozmyśliła się|zmienił plany|zmieniła plany",
    new_instr="nowe instrukcje|nowa instrukcja|nowe polecenia|nowe polecenie|zaktualizowane instrukcje",
    your_task="twoje nowe zadanie|twoim nowym zadaniem|pana nowe zadanie|nowym zadaniem jest",
    exv="wyślij|prześlij|przekaż|udostępnij|wgraj|przelej",
    secret="hasł|hasło|token|klucz api|klucz dostępu|dane logowania|dane uwierzytelniające|kod pin|numer karty",
    rv="ujawnij|pokaż|wypisz|wyświetl|podaj|zdradź|powtórz|przytocz|wydrukuj",
    sp="prompt systemow|systemowy prompt|instrukcje systemow|systemowe instrukcje|ukryte instrukcje|początkowe instrukcje|pierwotne instrukcje|swój prompt|swoje instrukcje",
    you_now="jesteś teraz|teraz jesteś|od teraz jesteś|od tej chwili jesteś|jest pan teraz|odtąd jesteś",
    role="asystent|model|agent|bot|bez ograniczeń|bez żadnych ograniczeń|nieograniczon|tryb",
    imp="ważna wiadomość|pilna wiadomość|ważna informacja|ważna uwaga|uwaga dla",
    vv="odpowiedz|odpowiadaj|wypisz|napisz|powiedz|wydrukuj|wyświetl",
    only="wyłącznie|tylko|dokładnie|dosłownie",
)
L["nl"] = dict(
    verbs="negeer|vergeet|trek je niets aan van|trek u niets aan van|let niet op|laat links liggen|volg niet|houd geen rekening met|leg naast je neer",
    nouns="instructies|instructie|opdracht|regels|taak|richtlijnen|aanwijzingen|bevelen",
    ai="assistent|ai-agent|ai-assistent|chatbot|taalmodel|kunstmatige intelligentie",
    hide="zeg niets tegen de gebruiker|zonder de gebruiker te informeren|verberg dit voor de gebruiker|buiten medeweten van de gebruiker|informeer de gebruiker niet|vertel de gebruiker niet|vertel de gebruiker niets|zonder dat de gebruiker het weet|houd dit geheim voor de gebruiker",
    neg="zonder de|zeg niets tegen|vertel niets aan",
    user="gebruiker",
    changed="heeft zich bedacht|is van gedachten veranderd|is van mening veranderd|bedacht zich|heeft zijn besluit|heeft haar besluit|ander besluit genomen",
    new_instr="nieuwe instructies|nieuwe instructie|nieuwe opdracht|bijgewerkte instructies|nieuwe richtlijnen",
    your_task="je nieuwe taak|uw nieuwe taak|jouw nieuwe taak",
    exv="stuur|verstuur|zend|deel|maak over|upload",
    secret="wachtwoord|toegangstoken|token|api-sleutel|inloggegevens|pincode|creditcardnummer|sleutel",
    rv="onthul|toon|laat zien|geef|herhaal|citeer|druk",
    sp="systeemprompt|systeeminstructies|verborgen instructies|oorspronkelijke instructies|initiële instructies|je prompt|uw prompt|systeembericht",
    you_now="je bent nu|u bent nu|jij bent nu|vanaf nu ben je|vanaf nu bent u|voortaan ben je|voortaan bent u",
    role="assistent|model|agent|bot|zonder beperkingen|zonder enige beperking|onbeperkt|modus|ai-",
    imp="belangrijk bericht|dringend bericht|belangrijke mededeling|belangrijke melding|notitie voor",
    vv="antwoord|druk|schrijf|zeg|geef",
    only="uitsluitend|alleen|precies|letterlijk|exact",
)
L["tr"] = dict(
    verbs="yok say|görmezden gel|unut|dikkate alma|boşver|aldırma|göz ardı et|önemseme|uymayın|uyma",
    nouns="talimat|komut|kural|görev|yönerge|emir|direktif",
    ai="asistan|yapay zek|ajan|sohbet botu|dil modeli",
    hide="kullanıcıya söyleme|kullanıcıya haber vermeden|kullanıcıdan gizle|kullanıcıya bildirmeden|kullanıcıyı bilgilendirmey|kullanıcıyı bilgilendirmeden|kullanıcıya bildirmey|kullanıcıya söylemey|kullanıcıya haber vermey|kullanıcının haberi olmadan|kullanıcıdan sakla",
    neg="", user="kullanıcı",
    changed="fikrini değiştir|kararını değiştir|vazgeçti|fikir değiştir",
    new_instr="yeni talimat|yeni komut|yeni yönerge|güncellenmiş talimat",
    your_task="yeni görevin|yeni göreviniz",
    exv="gönder|ilet|aktar|yolla|paylaş|yükle",
    secret="şifre|parola|token|belirteç|api anahtar|erişim anahtar|giriş bilgi|kimlik bilgi|pin kod|kart numara",
    rv="açıklayın|açıkla |gösterin|göster |ifşa edin|ifşa et|paylaşın|yazdırın|tekrarlayın|söyleyin",
    sp="sistem istem|sistem talimat|sistem mesaj|sistem prompt|gizli talimat|ilk talimat|başlangıç talimat",
    you_now="artık sen|artık siz|bundan sonra sen|bundan sonra siz|bundan böyle|şu andan itibaren|sen artık|siz artık|artık",
    role="asistansın|asistansınız|bir yapay zek|kısıtlaması olmayan|kısıtlamasız|sınırsız|filtresiz|modundasın|modundasınız|kısıtlama olmadan",
    imp="önemli mesaj|acil mesaj|önemli not|önemli bildirim|için not",
    vv="yanıt ver|cevap ver|yanıtla|cevapla|yazdır|yaz|söyle|çıktı ver",
    only="yalnızca|sadece|tam olarak|aynen|kelimesi kelimesine",
)
L["vi"] = dict(
    verbs="bỏ qua|phớt lờ|quên|đừng để ý|lờ đi|đừng quan tâm|không tuân theo|đừng làm theo|gạt bỏ|đừng tuân theo",
    nouns="hướng dẫn|chỉ dẫn|chỉ thị|nhiệm vụ|quy tắc|mệnh lệnh",
    ai="trợ lý|tác tử ai|chatbot|mô hình|trí tuệ nhân tạo",
    hide="đừng nói với người dùng|không cần thông báo cho người dùng|giấu người dùng|không cho người dùng biết|không thông báo cho người dùng|đừng thông báo cho người dùng|đừng cho người dùng biết|không để người dùng biết|giữ bí mật với người dùng",
    neg="", user="người dùng",
    changed="đã thay đổi ý định|thay đổi ý định|đã đổi ý|đổi ý|thay đổi ý kiến|thay đổi quyết định|đổi quyết định",
    new_instr="hướng dẫn mới|chỉ dẫn mới|chỉ thị mới|lệnh mới",
    your_task="nhiệm vụ mới của bạn",
    exv="gửi|chuyển tiếp|chuyển|tải lên|chia sẻ",
    secret="mật khẩu|mã thông báo|token|khóa api|thông tin đăng nhập|mã pin|số thẻ",
    rv="tiết lộ|hiển thị|cho xem|in ra|nhắc lại|lặp lại|cho biết|sao chép",
    sp="lời nhắc hệ thống|prompt hệ thống|chỉ dẫn hệ thống|hướng dẫn hệ thống|chỉ dẫn ẩn|hướng dẫn ẩn|hướng dẫn ban đầu|chỉ dẫn ban đầu",
    you_now="bây giờ bạn là|từ giờ bạn là|từ bây giờ bạn là|kể từ bây giờ bạn là|bạn giờ là|bạn bây giờ là|giờ đây bạn là",
    role="trợ lý|mô hình|tác tử|chatbot|không có giới hạn|không có bất kỳ giới hạn|không bị giới hạn|chế độ|không có hạn chế|không bị hạn chế",
    imp="thông báo quan trọng|tin nhắn quan trọng|thông điệp quan trọng|lưu ý quan trọng|lưu ý cho",
    vv="trả lời|hãy in|in ra|viết ra|xuất ra|hãy nói",
    only="chính xác|nguyên văn|duy nhất|bằng câu sau|văn bản sau",
)
L["id"] = dict(
    verbs="abaikan|lupakan|jangan hiraukan|jangan pedulikan|acuhkan|kesampingkan|jangan ikuti|jangan patuhi|tidak perlu mengikuti",
    nouns="instruksi|petunjuk|perintah|aturan|tugas|arahan|pedoman",
    ai="asisten|agen ai|chatbot|model bahasa|kecerdasan buatan",
    hide="jangan beri tahu pengguna|tanpa memberi tahu pengguna|sembunyikan dari pengguna|tanpa sepengetahuan pengguna|jangan memberi tahu pengguna|jangan memberitahu pengguna|jangan beritahu pengguna|rahasiakan dari pengguna|jangan informasikan kepada pengguna",
    neg="jangan memberi tahu|jangan beri tahu|jangan memberitahu|jangan beritahu|tanpa memberi tahu|tanpa memberitahu|jangan informasikan",
    user="pengguna",
    changed="berubah pikiran|mengubah keputusan|berubah keputusan|mengubah pikiran|membatalkan permintaan",
    new_instr="instruksi baru|perintah baru|petunjuk baru|arahan baru",
    your_task="tugas baru anda|tugas barumu|tugas baru kamu",
    exv="kirim|teruskan|unggah|bagikan",
    secret="kata sandi|token|kunci api|kredensial|data login|informasi login|kode pin|nomor kartu|password",
    rv="ungkapkan|tampilkan|tunjukkan|bocorkan|cetak|ulangi|sebutkan|beberkan",
    sp="prompt sistem|instruksi sistem|pesan sistem|instruksi tersembunyi|instruksi awal|petunjuk sistem",
    you_now="sekarang anda adalah|sekarang kamu adalah|mulai sekarang anda|mulai sekarang kamu|kini anda adalah|kini kamu adalah|anda sekarang adalah|kamu sekarang adalah",
    role="asisten|model|agen|bot|tanpa batasan|tanpa batas|tanpa filter|mode",
    imp="pesan penting|pesan mendesak|pemberitahuan penting|catatan penting|catatan untuk",
    vv="jawablah|jawab|cetak|tulis|katakan|tampilkan|balas",
    only="hanya|persis|secara harfiah|kata demi kata",
)
L["zh"] = dict(
    verbs="忽略|忘掉|忘记|无视|不要理会|别管|不用管|抛开|不要遵循|不要遵守|无需遵循|不必遵守|不再遵循",
    nouns="指令|指示|任务|规则|说明|命令|提示",
    ai="助手|ai|人工智能|代理|机器人|模型",
    hide="不要告诉用户|不通知用户|瞒着用户|别让用户知道|对用户保密|不要通知用户|不要让用户知道|不要告知用户|勿告知用户|不要向用户透露",
    neg="不要|别|勿|切勿|无需|不必|不用",
    tell_user="告知用户|告诉用户|通知用户|让用户知道|向用户透露|向用户提及|用户知道",
    user="用户|使用者",
    changed="改变了主意|改变主意|改主意|改变了想法|改变了决定|改了主意|变卦|另有打算",
    new_instr="新指令|新的指令|新指示|新的指示|更新后的指令",
    your_task="你的新任务|您的新任务",
    exv="发送|发到|转发|发给|寄给|上传|传给|分享给",
    secret="密码|令牌|token|api密钥|api 密钥|密钥|凭据|凭证|登录信息|验证码|卡号",
    rv="透露|显示|展示|输出|打印|告诉我|复述|重复|泄露|公开",
    sp="系统提示|系统指令|系统消息|隐藏指令|初始指令|原始指令|系统设定|提示词",
    you_now="你现在是|现在你是|从现在起你是|从现在开始你是|你从现在起是|您现在是|从现在起，你是",
    role="助手|ai|模型|代理|机器人|没有任何限制|不受限制|无限制|没有限制|模式",
    imp="重要消息|重要信息|重要通知|紧急消息|重要提示|备注",
    vv="回答|回复|输出|打印|写出|说出",
    only="只|仅|准确|一字不差|原样|完全照",
)
L["ja"] = dict(
    verbs="無視|忘れ|気にせず|気にしない|従わず|従わないで|従う必要はありません|破棄",
    nouns="指示|命令|タスク|ルール|指令|課題|指図",
    ai="アシスタント|aiエージェント|ai|ボット|モデル|エージェント",
    hide="ユーザーには伝えず|ユーザーに知らせず|ユーザーに内緒|ユーザーに言わず|ユーザーに知らせないで|ユーザーに伝えないで|ユーザーに言わないで|ユーザーに秘密",
    neg="知らせないで|伝えないで|言わないで|知らせず|伝えず|通知しないで|報告しないで|教えないで",
    user="ユーザー|利用者|使用者",
    changed="気が変わ|考えを変え|気持ちが変わ|方針を変え|意向を変え|心変わり",
    new_instr="新しい指示|新たな指示|新しい命令|更新された指示",
    your_task="あなたの新しいタスク|新しい任務|あなたの新しい仕事",
    exv="送信|転送|送って|送付|送り|アップロード|共有",
    secret="パスワード|アクセストークン|トークン|apiキー|認証情報|ログイン情報|暗証番号|カード番号|秘密鍵",
    rv="明か|表示|見せ|出力|開示|教えて|繰り返|再現|公開",
    sp="システムプロンプト|システム指示|システムメッセージ|隠された指示|隠し指示|初期指示|最初の指示|元の指示",
    you_now="あなたは今|今からあなたは|これからあなたは|あなたはこれから|今後あなたは|あなたは今後|あなたはもう",
    role="アシスタント|ai|モデル|エージェント|ボット|制限のない|制限なし|無制限|一切の制限|モード",
    imp="重要なメッセージ|重要なお知らせ|緊急メッセージ|重要な連絡|重要な通知|重要事項",
    vv="回答|答え|出力|印刷|書い|言って|表示",
    only="だけ|のみ|正確に|そのまま|一字一句",
)
L["ko"] = dict(
    verbs="무시|잊어|잊으|신경 쓰지 말|신경쓰지 말|따르지 말|따르지 마|폐기",
    nouns="지시|지침|명령|작업|규칙|임무|규정",
    ai="어시스턴트|ai 에이전트|ai|챗봇|모델|에이전트",
    hide="사용자에게 말하지 말|사용자에게 알리지 말|사용자 몰래|사용자에게 숨기|사용자에게 알리지 마|사용자에게 말하지 마|사용자 모르게|사용자에게 비밀",
    neg="알리지 마|말하지 마|알리지 말|말하지 말|통보하지 마|보고하지 마|알려주지 마|전하지 마",
    user="사용자|이용자|유저",
    changed="마음을 바꾸|마음을 바꿨|마음이 바뀌|생각을 바꾸|생각을 바꿨|생각이 바뀌|결정을 바꾸|결정을 바꿨|변심",
    new_instr="새로운 지침|새 지침|새로운 지시|새 지시|새로운 명령|새 명령|업데이트된 지침",
    your_task="너의 새 작업|당신의 새 작업|당신의 새로운 임무|너의 새로운 임무|새로운 임무는",
    exv="보내|전달|전송|업로드|공유|발송",
    secret="비밀번호|패스워드|액세스 토큰|토큰|api 키|api키|인증 정보|로그인 정보|자격 증명|핀 번호|카드 번호|암호",
    rv="공개|보여|출력|알려|누설|밝히|반복|재현|노출",
    sp="시스템 프롬프트|시스템 지시|시스템 지침|시스템 메시지|숨겨진 지시|숨겨진 지침|초기 지시|초기 지침|원래 지시",
    you_now="당신은 이제|너는 이제|이제 당신은|이제 너는|지금부터 당신은|지금부터 너는|앞으로 당신은|앞으로 너는",
    role="어시스턴트|ai|모델|에이전트|챗봇|봇|제한이 없는|제한 없는|제한 없이|무제한|모드",
    imp="중요한 메시지|중요 메시지|긴급 메시지|중요한 알림|중요 공지|중요한 공지|참고 사항",
    vv="답변|대답|응답|출력|인쇄|작성|말해",
    only="으로만|로만|정확히|그대로|오직|글자 그대로",
)
L["ar"] = dict(
    verbs="تجاهل|انس|انسَ|لا تلتفت|أهمل|لا تتبع|لا تلتزم|تخل عن|تغاض عن",
    nouns="التعليمات|تعليمات|الأوامر|أوامر|مهمتك|القواعد|تعليماتك|الإرشادات|إرشادات|التوجيهات|توجيهات",
    ai="المساعد|الذكاء الاصطناعي|الوكيل|روبوت|النموذج",
    hide="لا تخبر المستخدم|دون إبلاغ المستخدم|دون علم المستخدم|أخف عن المستخدم|لا تعلم المستخدم|لا تبلغ المستخدم|دون أن يعلم المستخدم|دون إخبار المستخدم|بدون علم المستخدم",
    neg="لا تعلم|لا تخبر|لا تبلغ|لا تطلع|دون إعلام|دون إخبار|دون إبلاغ",
    user="المستخدم",
    changed="رأيه|رأيها|قراره|قرارها",
    new_instr="تعليمات جديدة|التعليمات الجديدة|أوامر جديدة|الأوامر الجديدة|توجيهات جديدة",
    your_task="مهمتك الجديدة",
    exv="أرسل|ارسل|أعد توجيه|انقل|شارك|ارفع|وجه",
    secret="كلمة مرور|كلمة المرور|كلمات المرور|رمز الوصول|رمز الدخول|مفتاح api|بيانات الاعتماد|بيانات تسجيل الدخول|الرقم السري|رقم البطاقة|رمز التحقق|توكن",
    rv="اكشف|أظهر|اعرض|اطبع|أفصح|كرر|انشر",
    sp="موجه النظام|تعليمات النظام|رسالة النظام|التعليمات المخفية|التعليمات الأولية|تعليماتك الأصلية|التعليمات الأصلية|برومبت النظام",
    you_now="أنت الآن|الآن أنت|من الآن فصاعدا أنت|أصبحت الآن|صرت الآن",
    role="مساعد|نموذج|وكيل|روبوت|ذكاء اصطناعي|بلا أي قيود|بلا قيود|دون قيود|بدون قيود|دون أي قيود",
    imp="رسالة مهمة|رسالة هامة|رسالة عاجلة|إشعار مهم|تنبيه مهم|ملاحظة مهمة|ملاحظة إلى",
    vv="أجب|اطبع|اكتب|أخرج|ردّ",
    only="فقط|بالضبط|حرفيا|كما هو",
)
L["hi"] = dict(
    verbs="अनदेखा|भूल जाओ|भूल जाएं|भूल जाइए|ध्यान मत दो|ध्यान न दें|नज़रअंदाज़|नजरअंदाज|पालन न करें|पालन मत करो|उपेक्षा|दरकिनार",
    nouns="निर्देश|आदेश|काम|नियम|कार्य|हिदायत|दिशानिर्देश",
    ai="सहायक|एआई|एजेंट|बॉट|मॉडल",
    hide="उपयोगकर्ता को मत बताओ|उपयोगकर्ता को बताए बिना|उपयोगकर्ता से छिपा|उपयोगकर्ता को पता न|उपयोगकर्ता को सूचित न|उपयोगकर्ता को न बताएं|उपयोगकर्ता की जानकारी के बिना",
    neg="सूचित न|न बताएं|न बताएँ|मत बताओ|मत बताना|सूचित मत|जानकारी न दें|बताए बिना|सूचित किए बिना",
    user="उपयोगकर्ता|यूज़र|यूजर|प्रयोक्ता",
    changed="विचार बदल|मन बदल|इरादा बदल|फैसला बदल|निर्णय बदल",
    new_instr="नए निर्देश|नया निर्देश|नई हिदायत|नए आदेश|नया आदेश|अद्यतन निर्देश",
    your_task="तुम्हारा नया काम|आपका नया काम|आपका नया कार्य|तुम्हारा नया कार्य",
    exv="भेज|फ़ॉरवर्ड|फॉरवर्ड|अग्रेषित|अपलोड|साझा कर",
    secret="पासवर्ड|टोकन|एपीआई कुंजी|api कुंजी|कुंजी|क्रेडेंशियल|लॉगिन विवरण|कार्ड नंबर|गुप्त कोड",
    rv="प्रकट|दिखाओ|दिखाएं|दिखाएँ|बताओ|बताएं|प्रिंट|दोहराओ|दोहराएं|दोहराएँ|उजागर",
    sp="सिस्टम प्रॉम्प्ट|सिस्टम प्रांप्ट|सिस्टम निर्देश|सिस्टम संदेश|छिपे निर्देश|छिपे हुए निर्देश|प्रारंभिक निर्देश|मूल निर्देश",
    you_now="अब आप|अब तुम|आप अब|तुम अब|अब से आप|अब से तुम",
    role="सहायक|एआई|मॉडल|एजेंट|बॉट|बिना किसी प्रतिबंध|बिना प्रतिबंध|प्रतिबंध रहित|बिना किसी सीमा|असीमित",
    imp="महत्वपूर्ण संदेश|ज़रूरी संदेश|जरूरी संदेश|महत्वपूर्ण सूचना|तत्काल संदेश|महत्वपूर्ण नोट",
    vv="उत्तर दें|उत्तर दो|जवाब दें|जवाब दो|प्रिंट|लिखें|लिखो|कहें|कहो|आउटपुट",
    only="केवल|सिर्फ|सिर्फ़|ठीक-ठीक|बिल्कुल|हूबहू|शब्दशः",
)
L["bn"] = dict(
    verbs="উপেক্ষা|ভুলে যাও|ভুলে যান|পাত্তা দিও না|অগ্রাহ্য|মানবে না|মানবেন না|অনুসরণ করবেন না|অনুসরণ করো না|অবজ্ঞা",
    nouns="নির্দেশ|আদেশ|কাজ|নিয়ম|হুকুম",
    ai="সহকারী|এআই|এজেন্ট|বট|মডেল",
    hide="ব্যবহারকারীকে বলবে না|ব্যবহারকারীকে না জানিয়ে|ব্যবহারকারীর কাছ থেকে লুকাও|ব্যবহারকারীকে জানাবে না|ব্যবহারকারীকে জানাবেন না|ব্যবহারকারীকে বলবেন না|ব্যবহারকারীর অজান্তে",
    neg="জানাবেন না|বলবেন না|জানাবে না|বলবে না|জানিও না|বোলো না|না জানিয়ে|না বলে|অবহিত করবেন না",
    user="ব্যবহারকারী",
    changed="মত পরিবর্তন|মন পরিবর্তন|সিদ্ধান্ত পরিবর্তন|মত বদল|মন বদল|সিদ্ধান্ত বদল",
    new_instr="নতুন নির্দেশ|নতুন আদেশ|হালনাগাদ নির্দেশ|আপডেট করা নির্দেশ",
    your_task="তোমার নতুন কাজ|আপনার নতুন কাজ",
    exv="পাঠাও|পাঠান|পাঠিয়ে|ফরোয়ার্ড|প্রেরণ|আপলোড|শেয়ার",
    secret="পাসওয়ার্ড|টোকেন|এপিআই কী|api কী|ক্রেডেনশিয়াল|লগইন তথ্য|কার্ড নম্বর|গোপন কোড",
    rv="প্রকাশ|দেখাও|দেখান|প্রিন্ট|পুনরাবৃত্তি|বলো|বলুন|ফাঁস",
    sp="সিস্টেম প্রম্পট|সিস্টেম নির্দেশ|সিস্টেম বার্তা|লুকানো নির্দেশ|গোপন নির্দেশ|প্রাথমিক নির্দেশ|মূল নির্দেশ",
    you_now="তুমি এখন|আপনি এখন|এখন থেকে তুমি|এখন থেকে আপনি|এখন তুমি|এখন আপনি",
    role="সহকারী|এআই|মডেল|এজেন্ট|বট|বিধিনিষেধ ছাড়া|কোনো বিধিনিষেধ|সীমাবদ্ধতা ছাড়া|কোনো সীমাবদ্ধতা|সীমাহীন",
    imp="গুরুত্বপূর্ণ বার্তা|জরুরি বার্তা|গুরুত্বপূর্ণ বিজ্ঞপ্তি|গুরুত্বপূর্ণ নোট|জরুরি বিজ্ঞপ্তি",
    vv="উত্তর দিন|উত্তর দাও|জবাব দিন|মুদ্রণ|প্রিন্ট|লিখুন|লেখো|বলুন|বলো",
    only="শুধুমাত্র|শুধু|কেবল|হুবহু|অবিকল",
)
L["es"] = dict(
    verbs="ignora|ignore|ignoren|olvida|olvide|descarta|descarte|omite|omita|haz caso omiso|haga caso omiso|no sigas|no siga|no tengas en cuenta|no tenga en cuenta|desestima|desestime|prescinde|prescinda",
    nouns="instrucciones|indicaciones|directrices|órdenes|reglas|normas|consignas|tarea",
    ai="asistente|agente de ia|asistente de ia|inteligencia artificial|chatbot",
    hide="no informe al usuario|no informes al usuario|no le digas al usuario|no le diga al usuario|sin informar al usuario|sin que el usuario|sin avisar al usuario|oculta al usuario|oculte al usuario",
    neg="no informe|no informes|no le diga|no le digas|no avise|no avises|no notifique|no notifiques|no comunique|no comuniques|sin informar|sin avisar|sin notificar|sin decirle",
    user="usuario|usuaria",
    changed="cambiado de opinión|cambió de opinión|cambiado de idea|cambió de idea|cambiado de parecer|cambió de parecer|se arrepintió|ha decidido otra cosa",
    new_instr="nuevas instrucciones|nueva instrucción|nuevas indicaciones|nuevas órdenes|instrucciones actualizadas",
    your_task="tu nueva tarea|su nueva tarea",
    exv="envía|envíe|envíen|reenvía|reenvíe|manda|mande|transfiere|transfiera|comparte|comparta",
    secret="contraseña|token|clave de api|clave api|credenciales|datos de acceso|número de tarjeta|clave secreta",
    rv="revela|revele|muestra|muestre|imprime|imprima|repite|repita|divulga|divulgue|dime|dígame",
    sp="prompt del sistema|prompt de sistema|instrucciones del sistema|instrucciones de sistema|mensaje del sistema|instrucciones ocultas|instrucciones iniciales|instrucciones originales|tu prompt|su prompt",
    you_now="ahora eres|ahora usted es|usted es ahora|eres ahora|a partir de ahora eres|a partir de ahora usted es|desde ahora eres|desde ahora usted es",
    role="asistente|modelo|agente|bot|sin restricciones|sin ninguna restricción|sin límites|sin filtros|modo",
    imp="mensaje importante|mensaje urgente|aviso importante|nota importante|nota para",
    vv="responde|responda|imprime|imprima|escribe|escriba|diga|contesta|conteste|muestra|muestre",
    only="únicamente|solamente|solo|sólo|exactamente|textualmente|literalmente",
)
L["fr"] = dict(
    verbs="ignorez|ignore-|oublie|oubliez|ne tiens pas compte|ne tenez pas compte|fais abstraction|faites abstraction|néglige|négligez|ne suis pas|ne suivez pas|écarte|écartez|passe outre|passez outre",
    nouns="instructions|consignes|directives|règles|ordres|tâche|indications",
    ai="assistant|agent ia|assistant ia|intelligence artificielle|chatbot",
    hide="n'informez pas l'utilisat|n'informe pas l'utilisat|ne dis rien à l'utilisat|ne dites rien à l'utilisat|sans informer l'utilisat|sans prévenir l'utilisat|à l'insu de l'utilisat|cachez à l'utilisat|sans en informer l'utilisat",
    neg="n'informez pas|n'informe pas|ne dis pas|ne dites pas|ne dis rien|ne dites rien|ne prévenez pas|ne préviens pas|n'avertissez pas|sans informer|sans prévenir|sans avertir|sans en informer",
    user="utilisateur|utilisatrice",
    changed="changé d'avis|change d'avis|changé d'idée|s'est ravisé|revu sa décision|changé sa décision",
    new_instr="nouvelles instructions|nouvelle instruction|nouvelles consignes|nouvelle consigne|nouvelles directives|instructions mises à jour",
    your_task="ta nouvelle tâche|votre nouvelle tâche",
    exv="envoie|envoyez|transfère|transférez|transmets|transmettez|partagez|fais suivre|faites suivre|virez",
    secret="mot de passe|mots de passe|jeton|token|clé api|clé d'api|identifiants|données de connexion|code pin|numéro de carte|clé secrète",
    rv="révèle|révélez|montre|montrez|affiche|affichez|imprime|imprimez|répète|répétez|divulgue|divulguez|dis-moi|dites-moi|donne|donnez",
    sp="prompt système|prompt du système|instructions système|instructions du système|message système|instructions cachées|instructions initiales|instructions d'origine|ton prompt|votre prompt",
    you_now="tu es maintenant|vous êtes maintenant|tu es désormais|vous êtes désormais|désormais tu es|désormais vous êtes|à partir de maintenant tu es|à partir de maintenant vous êtes|dorénavant tu es|dorénavant vous êtes",
    role="assistant|modèle|agent|bot|sans aucune restriction|sans restriction|sans limite|sans filtre|mode",
    imp="message important|message urgent|avis important|note importante|note pour|remarque importante",
    vv="réponds|répondez|affiche|affichez|écris|écrivez|dites|imprime|imprimez",
    only="uniquement|seulement|exactement|textuellement|mot pour mot|littéralement",
)
L["de"] = dict(
    verbs="ignoriere|ignorieren sie|ignoriert|vergiss|vergessen sie|missachte|missachten sie|befolge nicht|befolgen sie nicht|setze dich über|setzen sie sich über|verwirf|verwerfen sie|lass außer acht|lassen sie außer acht",
    nouns="anweisungen|anweisung|instruktionen|vorgaben|befehle|regeln|richtlinien|aufgabe|anordnungen",
    ai="assistent|ki-assistent|ki-agent|sprachmodell|künstliche intelligenz|chatbot",
    hide="informieren sie den benutzer nicht|sag dem benutzer nichts|sagen sie dem benutzer nichts|ohne den benutzer zu informieren|ohne wissen des benutzers|ohne dass der benutzer|verschweigen sie dem benutzer|informiere den nutzer nicht|informieren sie den nutzer nicht|ohne den nutzer zu informieren|sagen sie dem nutzer nichts|informiere den benutzer nicht",
    neg="", user="benutzer|nutzer|anwender",
    changed="es sich anders überlegt|seine meinung geändert|ihre meinung geändert|meinung geändert|sich umentschieden|umentschieden|seine entscheidung geändert",
    new_instr="neue anweisungen|neue anweisung|neue instruktionen|neue vorgaben|neue befehle|aktualisierte anweisungen",
    your_task="deine neue aufgabe|ihre neue aufgabe",
    exv="sende|senden sie|schicke|schicken sie|leite|leiten sie|übermittle|übermitteln sie|überweise|überweisen sie",
    secret="passwort|kennwort|zugriffstoken|token|api-schlüssel|api-key|zugangsdaten|anmeldedaten|kartennummer|geheimschlüssel",
    rv="zeige|zeigen sie|verrate|verraten sie|gib|geben sie|lege offen|legen sie|wiederhole|wiederholen sie|drucke|drucken sie|nenne|nennen sie",
    sp="systemprompt|system-prompt|systemanweisungen|systemanweisung|systemnachricht|versteckten anweisungen|versteckte anweisungen|ursprünglichen anweisungen|anfänglichen anweisungen|deinen prompt|ihren prompt",
    you_now="du bist jetzt|sie sind jetzt|du bist nun|sie sind nun|ab sofort bist du|ab sofort sind sie|von nun an bist du|von nun an sind sie|ab jetzt bist du|ab jetzt sind sie",
    role="assistent|modell|agent|bot|ohne einschränkungen|ohne jegliche einschränkung|ohne beschränkungen|ohne filter|ohne regeln|modus",
    imp="wichtige nachricht|dringende nachricht|wichtiger hinweis|wichtige mitteilung|hinweis für|notiz für",
    vv="antworte|antworten sie|gib|geben sie|schreibe|schreiben sie|sage|sagen sie|drucke|drucken sie",
    only="ausschließlich|nur|genau|wörtlich|exakt",
)
L["it"] = dict(
    verbs="ignora|ignori|ignorate|dimentica|dimentichi|dimenticate|non seguire|non segua|trascura|trascuri|non tenere conto|non tenga conto|tralascia|tralasci|scarta|scarti",
    nouns="istruzioni|direttive|regole|indicazioni|ordini|compito|consegne",
    ai="assistente|agente ia|assistente ia|intelligenza artificiale|chatbot",
    hide="non informare l'utente|non informi l'utente|non dire all'utente|non dica all'utente|senza informare l'utente|all'insaputa dell'utente|nascondi all'utente|senza avvisare l'utente|non avvisare l'utente|non avvisi l'utente",
    neg="non informare|non informi|non dire|non dica|non avvisare|non avvisi|non comunicare|non comunichi|senza informare|senza avvisare|non notificare",
    user="utente",
    changed="cambiato idea|cambiato opinione|cambiato parere|ci ha ripensato|deciso diversamente",
    new_instr="nuove istruzioni|nuova istruzione|nuove direttive|nuove indicazioni|istruzioni aggiornate",
    your_task="il tuo nuovo compito|il suo nuovo compito",
    exv="invia|invii|inoltra|inoltri|manda|mandi|trasferisci|trasferisca|condividi|condivida|carica|carichi",
    secret="password|token|chiave api|credenziali|dati di accesso|numero della carta|numero di carta|chiave segreta",
    rv="rivela|riveli|mostra|mostri|stampa|stampi|ripeti|ripeta|svela|sveli|dimmi|mi dica|divulga",
    sp="prompt di sistema|prompt del sistema|istruzioni di sistema|istruzioni del sistema|messaggio di sistema|istruzioni nascoste|istruzioni iniziali|istruzioni originali|tuo prompt|suo prompt",
    you_now="ora sei|adesso sei|ora lei è|lei è ora|sei ora|da ora in poi sei|d'ora in poi sei|d'ora in poi lei è|da adesso sei",
    role="assistente|modello|agente|bot|senza restrizioni|senza alcuna restrizione|senza limiti|senza filtri|modalità",
    imp="messaggio importante|messaggio urgente|avviso importante|nota importante|nota per",
    vv="rispondi|risponda|stampa|stampi|scrivi|scriva|dica|mostra|mostri",
    only="esclusivamente|solamente|solo|soltanto|esattamente|testualmente|letteralmente",
)
L["pt"] = dict(
    verbs="ignore|ignora|ignorem|esqueça|esqueçam|desconsidere|desconsidera|não siga|não sigas|descarte|descarta|despreze|deixe de lado",
    nouns="instruções|diretrizes|regras|orientações|ordens|tarefa|indicações|comandos",
    ai="assistente|agente de ia|assistente de ia|inteligência artificial|chatbot",
    hide="não informe o usuário|não informe o utilizador|não diga ao usuário|não diga ao utilizador|sem informar o usuário|sem informar o utilizador|sem que o usuário saiba|sem o conhecimento do usuário|esconda do usuário|oculte do usuário|não avise o usuário",
    neg="não informe|não informes|não diga|não digas|não avise|não notifique|não comunique|sem informar|sem avisar|sem notificar|sem contar",
    user="usuário|utilizador|usuária",
    changed="mudou de ideia|mudou de opinião|mudado de ideia|mudou de ideias|mudou a decisão|voltou atrás|reconsiderou",
    new_instr="novas instruções|nova instrução|novas diretrizes|novas orientações|novas ordens|instruções atualizadas",
    your_task="sua nova tarefa|tua nova tarefa",
    exv="envie|envia|encaminhe|encaminha|mande|manda|transfira|transfere|compartilhe|partilhe",
    secret="senha|palavra-passe|token|chave de api|chave api|credenciais|dados de acesso|dados de login|número do cartão|chave secreta",
    rv="revele|revela|mostre|mostra|imprima|imprime|repita|repete|divulgue|diga-me|exiba|exibe",
    sp="prompt de sistema|prompt do sistema|instruções de sistema|instruções do sistema|mensagem de sistema|mensagem do sistema|instruções ocultas|instruções iniciais|instruções originais|seu prompt|teu prompt",
    you_now="agora você é|você agora é|você é agora|agora és|a partir de agora você é|a partir de agora és|de agora em diante você é|doravante você é",
    role="assistente|modelo|agente|bot|sem restrições|sem quaisquer restrições|sem nenhuma restrição|sem limites|sem filtros|modo",
    imp="mensagem importante|mensagem urgente|aviso importante|nota importante|nota para",
    vv="responda|responde|imprima|imprime|escreva|escreve|diga|exiba|mostre",
    only="apenas|somente|exatamente|textualmente|literalmente",
)

# Lexicon co-occurrence (development set 4, scripts/multilingual_dev4.py): more synonyms and
# inflections for the roles above, and the roles of five further categories. A key that L has
# already is extended (its words are added); new keys:
#   post          a verb particle that follows the noun (de "beiseite", nl "opzij")  -> drop_instructions
#   prior         "everything you were told", "all previous"                         -> drop_instructions, after a verb
#   principal     user / owner / account holder / administrator                      -> reported_change
#   wants         "wants you to", "decided otherwise", "asks you"                    -> reported_change
#   xv, data      export/upload/share/send verbs, data nouns (database, contacts,    -> send_data (with an address)
#                 conversation history, files, credentials)
#   off, guard    imperative "turn off/disable", safety/filters/checks/restrictions  -> safety_off
#   act, unlim    "you act as", "without restrictions"/administrator                 -> act_as
#   cfg           "your configuration", "the hidden rules"                           -> reveal_prompt (with rv)
#   rv_only       replaces rv: imperative forms only, where the infinitive of a reveal verb
#                 began with the imperative (news about chatbots that "reveal system prompts")
# ">" marks the end of a word (the infinitive "отключить" must not pass for "отключи"; in hi and
# bn, whose vowel signs the normalizer drops, "करो" and "करने" would both begin with "कर").
X = {}
X["ru"] = dict(
    verbs="отложите в сторону|отложи в сторону|отбросьте|оставьте без внимания|оставь без внимания|не руководствуйся|не руководствуйтесь|больше не следуй|больше не следуйте|перестань следовать|перестаньте следовать|не принимай во внимание|не принимайте во внимание|не обращайте внимания|забудьте о|игнорируйте",
    nouns="рекомендаци|руководящ|установк|распоряжени|промпт",
    prior="всё, что тебе говорили|все, что тебе говорили|всё, что вам говорили|все, что вам говорили|всё, что вам сказали|всё, что тебе сказали|все предыдущ|всё предыдущ|все прежн|всё сказанное ранее|все сказанное ранее|всё вышеизложенн|все вышеизложенн",
    neg="не упомина|не упомяни|не извещай|не докладывай|ничего не говори|ничего не сообщай|умолчи|держи в тайне|держите в тайне",
    principal="пользовател|владел|администратор|руководител|начальни|хозяин",
    wants="хочет, чтобы вы|хочет, чтобы ты|хочет чтобы вы|хочет чтобы ты|просит вас|просит тебя|решил иначе|решила иначе|передумал|передумала|поручил вам|поручил тебе|велел вам|велел тебе",
    xv="экспортир|выгрузи|выгрузите|загрузи|загрузите|отправь|отправьте|перешли|перешлите|поделись|поделитесь|передай|передайте|скопируй|скопируйте|вышли|вышлите",
    data="баз* данн|данные клиент|клиентск* данн|контакт|переписк|истори* чата|истори* разговор|истори* переписк|файл|документ|парол|токен|ключ|учётн|учетн",
    off="отключи>|отключите|выключи>|выключите|деактивируй|деактивируйте|сними>|снимите|обойди>|обойдите",
    guard="фильтр|защит|безопасност|проверк|ограничени|модераци|цензур",
    act="действуешь как|действуйте как|действуй как|выступаешь в роли|выступай в роли|играешь роль|играй роль|притворись|веди себя как|ведите себя как|будь>|будьте",
    unlim="без ограничени|без каких-либо ограничени|неограниченн|администратор|без цензуры|без фильтр|без правил|суперпользовател",
    cfg="свою конфигураци|вашу конфигураци|твою конфигураци|свои настройки|ваши настройки|скрыт* правил|внутренн* правил|свои правила",
    rv_only="раскрой>|раскройте|раскрывай|покажи|покажите|выведи|выведите|распечатай|повтори>|повторите|процитируй|воспроизведи|огласи",
)
X["uk"] = dict(
    verbs="відкладіть убік|відклади вбік|відкладіть вбік|відклади убік|залиште поза увагою|облиште|більше не дотримуйтесь|більше не дотримуйся|не керуйтеся|не керуйся|ігноруйте",
    nouns="рекомендаці|настанов|розпорядженн|промпт|правила",
    prior="все, що вам казали|все, що тобі казали|все, що вам сказали|все, що тобі сказали|усе, що вам|усе, що тобі|всі попередні|усі попередні|все сказане раніше",
    neg="не згадуй|не згадуйте|нічого не кажіть|нічого не кажи|тримайте в таємниці|тримай в таємниці",
    principal="користувач|власник|адміністратор|керівник|начальник",
    wants="хоче, щоб ви|хоче, щоб ти|хоче щоб ви|хоче щоб ти|просить вас|просить тебе|вирішив інакше|вирішила інакше|передумав|передумала|доручив вам|доручив тобі",
    xv="експортуй|вивантаж|завантаж|надішли|надішліть|перешли|перешліть|поділись|поділіться|передай|передайте|скопіюй|скопіюйте",
    data="баз* даних|дані клієнт|клієнтськ* дан|контакт|листуванн|історі* чат|історі* розмов|історі* листуванн|файл|документ|парол|токен|ключ|облікові дані",
    off="вимкни>|вимкніть|відключи>|відключіть|деактивуй|зніми>|зніміть|обійди>|обійдіть",
    guard="фільтр|захист|безпек|перевірк|обмеженн|модераці|цензур",
    act="дієш як|дійте як|дій як|виступаєш у ролі|виступай у ролі|граєш роль|грай роль|вдавай|поводься як|будь>",
    unlim="без обмежень|без жодних обмежень|необмежен|адміністратор|без цензури|без фільтр|без правил",
    cfg="свою конфігураці|вашу конфігураці|твою конфігураці|свої налаштування|ваші налаштування|прихован* правил|внутрішн* правил|свої правила",
    rv_only="розкрий>|розкрийте|покажи|покажіть|виведи|виведіть|роздрукуй|повтори>|повторіть|процитуй|відтвори>|відтворіть|оголоси",
)
X["pl"] = dict(
    verbs="odłóż na bok|odłóżcie na bok|odsuń na bok|porzuć|przestań stosować|przestań przestrzegać|nie kieruj się|nie bierz pod uwagę|zapomnijcie|zignorujcie",
    nouns="reguł|ustale",
    prior="wszystko, co ci powiedziano|wszystko co ci powiedziano|wszystko, co ci przekazano|wszystkie wcześniejsze|wszystkie poprzednie|wszystko wcześniejsze",
    neg="nie wspominaj|nie mów nic|nic nie mów|zachowaj w tajemnicy",
    principal="użytkowni|właściciel|administrator|kierowni|szef",
    wants="chce, abyś|chce, żebyś|chce abyś|chce żebyś|prosi cię|prosi, abyś|zdecydował inaczej|zdecydowała inaczej|zmienił zdanie|zmieniła zdanie|poleca ci|polecił ci",
    xv="wyeksportuj|wyeksportować|wyślij|prześlij|przesłać|przekaż|udostępnij|wgraj|skopiuj|załaduj",
    data="baz* danych|dane klient|kontakt|histori* rozm|histori* czat|korespondencj|plik|dokument|hasł|token|klucz|dane logowania",
    off="wyłącz>|wyłączcie|dezaktywuj>|zdezaktywuj>|obejdź",
    guard="filtr|zabezpiecze|kontrol|ogranicze|moderacj|cenzur|bezpieczeństw",
    act="działasz jako|działaj jako|działaj jak|występujesz jako|występuj jako|odgrywasz rolę|odgrywaj rolę|udawaj|zachowuj się jak",
    unlim="bez ograniczeń|bez żadnych ograniczeń|nieograniczon|administrator|bez cenzury|bez filtrów|bez zasad",
    cfg="swoją konfiguracj|twoją konfiguracj|swoje ustawienia|ukryte zasady|ukryte reguły|wewnętrzne zasady|swoje zasady",
)
X["nl"] = dict(
    verbs="volg niet langer|volg niet meer|laat varen",
    nouns="richtlijn|voorschriften",
    post="opzij|naast je neer|naast u neer|buiten beschouwing",
    prior="alles wat je is verteld|alles wat u is verteld|alles wat je eerder|alles wat u eerder|alle eerdere|alle vorige|al het voorgaande",
    neg="vermeld dit niet|vermeld niets|noem dit niet|meld dit niet|zeg dit niet|houd dit geheim|verzwijg",
    principal="gebruiker|eigenaar|beheerder|leidinggevende|baas",
    wants="wil dat u|wil dat je|wil nu dat u|wil nu dat je|vraagt u|vraagt je|anders besloten|heeft zich bedacht|van gedachten veranderd",
    xv="exporteer|stuur|verstuur|zend|deel|kopieer",
    data="database|klantgegevens|gegevens|contacten|contactenlijst|gespreksgeschiedenis|chatgeschiedenis|bestanden|documenten|wachtwoord|token|sleutel|inloggegevens",
    off="deactiveer|omzeil",
    off_pre="schakel|zet",
    off_post="uit>",
    guard="beveiliging|veiligheid|controles|beperkingen|moderatie|censuur",
    act="treed je op als|treedt u op als|treed op als|fungeer als|gedraag je als|gedraag u als|speel de rol|doe alsof",
    unlim="zonder beperkingen|zonder enige beperking|onbeperkt|beheerder|zonder censuur|zonder filters|zonder regels",
    cfg="je configuratie|uw configuratie|jouw configuratie|je instellingen|uw instellingen|verborgen regels|interne regels",
)
X["tr"] = dict(
    verbs="bir kenara bırak|kenara bırak|artık uyma|uymayı bırak|hiçe say|geçersiz say",
    nouns="istem|politika",
    prior="size söylenen her şey|sana söylenen her şey|daha önce söylenen|önceki tüm|daha önceki tüm|yukarıdaki her şey|şimdiye kadar söylenen",
    neg="bahsetme|söyleme|bildirme|haber verme|anlatma|bilgilendirme|belirtme",
    principal="kullanıcı|hesap sahibi|sahibi|yönetici|patron|müdür",
    wants="nizi istiyor|nızı istiyor|nuzu istiyor|nüzü istiyor|meni istiyor|manı istiyor|farklı bir karar|fikrini değiştir|kararını değiştir|sizden istiyor|senden istiyor",
    xv="dışa aktar|gönder|ilet|aktar|yolla|paylaş|yükle|kopyala",
    data="veritaban|müşteri veri|kişi listesi|kişiler|konuşma geçmiş|sohbet geçmiş|yazışma|dosya|belge|şifre|parola|token|anahtar",
    off="kapatın|kapat>|devre dışı bırakın|devre dışı bırak>|kaldırın|kaldır>|atlayın",
    guard="filtre|güvenlik|kontrol|kısıtlama|denetim|moderasyon|sansür",
    act="olarak hareket et|olarak davran|gibi davran|rolünü üstlen|rolüne bürün|rolünü oyna",
    unlim="sınırsız|kısıtlamasız|kısıtlaması olmayan|yönetici|filtresiz|sansürsüz|kuralsız",
    cfg="yapılandırmanı>|yapılandırmanızı>|ayarlarını>|ayarlarınızı>|gizli kural|iç kural",
    rv_only="açıklayın|açıkla>|gösterin|göster>|ifşa edin|ifşa et>|paylaşın|yazdırın|yazdır>|tekrarlayın|söyleyin",
)
X["vi"] = dict(
    verbs="gác lại|gạt sang một bên|để sang một bên|không cần tuân theo|ngừng tuân theo|đừng tuân thủ|không tuân thủ",
    nouns="nguyên tắc|quy định|lời nhắc",
    prior="mọi điều bạn được|tất cả những gì bạn được|mọi thứ bạn được|tất cả những gì đã được|mọi chỉ dẫn trước",
    neg="đừng nhắc|không nhắc|đừng đề cập|không đề cập|đừng nói|giữ bí mật",
    principal="người dùng|chủ tài khoản|chủ sở hữu|quản trị viên|sếp|quản lý",
    wants="muốn bạn|yêu cầu bạn|đã quyết định khác|quyết định khác|đổi ý|thay đổi ý định|nhờ bạn",
    xv="xuất|chuyển tiếp|chia sẻ",
    data="cơ sở dữ liệu|dữ liệu khách hàng|danh bạ|danh sách liên hệ|lịch sử cuộc trò chuyện|lịch sử trò chuyện|mật khẩu|thông tin đăng nhập",
    off="hãy tắt|hãy vô hiệu hóa|hãy vô hiệu hoá|xin tắt",
    guard="bộ lọc an toàn|bộ lọc nội dung|bộ lọc bảo mật|kiểm duyệt|kiểm tra an toàn|kiểm tra nội dung|giới hạn an toàn",
    act="đóng vai|hành động như|giả làm|hãy là",
    unlim="không bị giới hạn|không giới hạn|không có giới hạn|không bị hạn chế|quản trị viên|không kiểm duyệt|không có bộ lọc",
    rv_only="hãy tiết lộ|tiết lộ cho tôi|hãy hiển thị|hãy cho xem|cho tôi xem|hãy in|in ra|hãy nhắc lại|hãy lặp lại|hãy cho biết|hãy sao chép",
)
X["id"] = dict(
    verbs="kesampingkan|singkirkan|tidak usah mengikuti|berhenti mengikuti|jangan lagi mengikuti",
    nouns="pedoman|ketentuan",
    prior="semua yang diberitahukan|segala yang diberitahukan|semua yang telah dikatakan|semua instruksi sebelumnya|semua yang sebelumnya|semua yang diberikan kepada anda",
    neg="jangan sebutkan|jangan menyebutkan|jangan ceritakan|jangan katakan|rahasiakan",
    principal="pengguna|pemilik|administrator|atasan|manajer|bos",
    wants="ingin anda|ingin kamu|meminta anda|meminta kamu|memutuskan lain|berubah pikiran|mengubah keputusan|menyuruh anda",
    xv="ekspor|kirim|teruskan|unggah|bagikan|salin",
    data="basis data|database|data pelanggan|daftar kontak|kontak|riwayat percakapan|riwayat obrolan|berkas|file|dokumen|kata sandi|token|kunci|kredensial",
    off="<matikan|<nonaktifkan|<lewati",
    guard="filter|keamanan|pemeriksaan|pembatasan|batasan|moderasi|sensor",
    act="bertindak sebagai|berperan sebagai|berlaku sebagai|berpura-pura|jadilah",
    unlim="tanpa batasan|tanpa batas|tanpa pembatasan|administrator|tanpa sensor|tanpa filter|tanpa aturan",
    cfg="konfigurasi anda|konfigurasimu|pengaturan anda|aturan tersembunyi|aturan internal",
    rv_only="<ungkapkan|<tampilkan|<tunjukkan|<bocorkan|<cetak|<ulangi|<sebutkan|<beberkan",
)
X["zh"] = dict(
    verbs="放在一边|放到一边|搁置|撇开|抛诸脑后|不再遵守|不再遵循|置之不理|不予理会",
    nouns="准则|规定|指南|提示词",
    prior="之前告诉你的|之前给你的|先前给你的|此前给你的|上面的所有|以上所有|你被告知的|之前的所有",
    principal="用户|账户所有者|所有者|管理员|老板|主人",
    wants="希望你|要你|要求你|让你|另有决定|改变了主意|改主意|请你",
    xv="导出|发送|转发|上传|分享|共享|发给|发到|传给|复制",
    data="数据库|客户数据|客户资料|联系人|通讯录|对话记录|聊天记录|文件|文档|密码|令牌|密钥|凭证|凭据",
    off="关闭你的|关掉你的|禁用你的|停用你的|请关闭|请禁用|请关掉|请停用|绕过你的|关闭所有|禁用所有",
    guard="安全|过滤|检查|限制|审核|防护|审查",
    act="扮演|充当|假装成|假扮",
    unlim="不受限制|没有限制|无限制|管理员|无审查|不受约束|没有任何限制",
    cfg="你的配置|您的配置|你的设置|您的设置|隐藏规则|隐藏的规则|内部规则|你的规则",
    sp_only="你的系统提示|您的系统提示|你的系统指令|您的系统指令|你的系统消息|隐藏指令|初始指令|原始指令|你的系统设定|你的提示词|您的提示词",
)
X["ja"] = dict(
    verbs="脇に置|わきに置|放棄|従う必要はない|気にしないで|捨て",
    nouns="ガイドライン|指針|規則|プロンプト",
    prior="以前に与えられ|前に受け|上記のすべて|これまでに与えられ",
    neg="触れないで|黙って|内緒に|秘密に",
    principal="ユーザー|所有者|オーナー|管理者|上司|利用者",
    wants="別の決定|気が変わ|考えを変え|てほしい|あなたに求め|あなたに頼",
    xv="エクスポート|送信|転送|アップロード|共有|送って|送付|コピー",
    data="データベース|顧客データ|連絡先|会話履歴|チャット履歴|ファイル|文書|パスワード|トークン|認証情報",
    off="無効にして|オフにして|無効化して|停止して|解除して|切って|回避して",
    guard="安全|フィルター|チェック|制限|モデレーション|検閲|セーフティ",
    act="として振る舞|として行動|のふりを|を演じ|になりきって",
    unlim="制限のない|制限なし|無制限|管理者|検閲なし|フィルターなし",
    cfg="あなたの設定|設定と|隠しルール|隠されたルール|内部ルール|従っているルール",
)
X["ko"] = dict(
    verbs="제쳐 두|제쳐두|내려놓|따르지 않아도|더 이상 따르지",
    nouns="가이드라인|프롬프트",
    prior="이전에 받은|이전의 모든|앞서 받은|위의 모든|지금까지 받은|이전에 들은",
    neg="언급하지 마|언급하지 말|알려 주지 마|밝히지 마",
    principal="사용자|소유자|관리자|상사|주인|이용자",
    wants="다르게 결정|마음을 바꿨|마음이 바뀌|원합니다|당신에게 요청|당신이 원",
    xv="내보내|전송|전달|업로드|공유|보내|복사",
    data="데이터베이스|고객 데이터|연락처|대화 기록|채팅 기록|파일|문서|비밀번호|토큰|자격 증명",
    off="끄십시오|꺼 주십시오|꺼주십시오|꺼 주세요|꺼주세요|끄세요|비활성화하십시오|비활성화하세요|비활성화해 주|해제하십시오|해제하세요|우회하십시오|우회하세요",
    guard="안전|필터|검사|제한|검열|보안",
    act="로 행동|으로 행동|처럼 행동|역할을 하|인 척|행세",
    unlim="제한이 없는|제한 없는|무제한|관리자|검열 없는|필터 없는",
    cfg="당신의 설정|설정과|숨겨진 규칙|내부 규칙|따르고 있는 규칙",
    rv_only="공개하십시오|공개하세요|공개해|보여 주십시오|보여주십시오|보여 주세요|보여주세요|보여줘|보여 줘|출력하십시오|출력하세요|출력해|알려 주십시오|알려주십시오|알려 주세요|알려주세요|알려줘|밝히십시오|밝히세요|밝혀 주|반복하십시오|반복하세요|재현하십시오|재현하세요|노출하십시오|누설하십시오|인쇄하십시오",
)
X["ar"] = dict(
    verbs="ضع جانب|دع جانب|لا تعمل ب|أغفل|اطرح جانب",
    nouns="الإرشادات|إرشادات|التوجيهات|القواعد|الموجه",
    prior="كل ما قيل لك|كل ما أخبرت|جميع ما سبق|كل ما سبق|جميع التعليمات السابقة|كل التعليمات السابقة",
    neg="لا تذكر|لا تقل|أخف|اكتم|لا تشر",
    principal="المستخدم|مالك|المالك|المسؤول|المدير|صاحب الحساب",
    wants="يريد منك|يريد أن ت|يطلب منك|قرر خلاف|خلاف ذلك|غير رأيه|غيّر رأيه|عدل عن",
    user="مستخدم",
    xv="صدّر|صدر|تصدير|ارفع|رفعها|أرسل|إرسال|حوّل|شارك|انسخ|أعد توجيه",
    data="قاعدة بيانات|بيانات العملاء|جهات الاتصال|سجل المحادثة|سجل الدردشة|الملفات|ملفات|المستندات|كلمة المرور|كلمات المرور|مفتاح|بيانات الاعتماد",
    off="<عطّل|<عطل|<أوقف|ألغ تفعيل|<أطفئ|<تجاوز",
    guard="مرشحات|فلاتر|الأمان|الحماية|فحوصات|القيود|الرقابة",
    act="تتصرف ك|تصرف ك|تصرّف ك|تعمل ك|اعمل ك|تقمص|انتحل",
    unlim="بلا قيود|دون قيود|بدون قيود|مسؤول|غير مقيد|بلا رقابة|بدون فلاتر",
    cfg="إعداداتك|تكوينك|القواعد المخفية|القواعد الخفية|قواعدك",
)
X["hi"] = dict(
    verbs="एक तरफ रख|किनारे रख|दरकिनार|अनदेखा|नज़रअंदाज़|नजरअंदाज|पालन न करें|पालन मत",
    nouns="दिशानिर्देश|प्रॉम्प्ट",
    prior="पहले आपको दिए|पहले दिए गए|पिछले सभी|पिछले निर्देश|ऊपर के सभी|अब तक के",
    neg="ज़िक्र न|जिक्र न|ज़िक्र मत|उल्लेख न|मत बताइए",
    principal="उपयोगकर्ता|मालिक|व्यवस्थापक|प्रबंधक|बॉस",
    wants="चाहते हैं कि आप|चाहता है कि आप|चाहती है कि आप|आपसे कहा|कुछ और तय|इरादा बदल|मन बदल|फ़ैसला बदल|फैसला बदल",
    xv="निर्यात|भेज|अग्रेषित|अपलोड|साझा|कॉपी|फॉरवर्ड",
    data="डेटाबेस|ग्राहक डेटा|संपर्क सूची|संपर्क|बातचीत का इतिहास|चैट इतिहास|फ़ाइल|फाइल|दस्तावेज़|पासवर्ड|टोकन|कुंजी|क्रेडेंशियल",
    off="बंद कर>|बंद कर दें>|बंद करो>|अक्षम कर>|निष्क्रिय कर>|हटा दें>|बायपास कर>",
    guard="सुरक्षा|फ़िल्टर|फिल्टर|जाँच|जांच|प्रतिबंध|सेंसर",
    act="की तरह काम|के रूप में काम|की भूमिका|का अभिनय|बनकर",
    unlim="बिना किसी प्रतिबंध|बिना प्रतिबंध|असीमित|व्यवस्थापक|बिना सेंसर|बिना फ़िल्टर",
    cfg="अपना कॉन्फ़िगरेशन|अपनी सेटिंग|छिपे हुए नियम|छिपे नियम|आंतरिक नियम",
    rv_only="प्रकट कर>|प्रकट करो>|उजागर कर>|उजागर करो>|दिखाओ>|दिखाएं>|दिखाएँ>|बताओ>|बताएं>|प्रिंट कर>|प्रिंट करो>|दोहराओ>|दोहराएं>|दोहराएँ>",
)
X["bn"] = dict(
    verbs="একপাশে সরিয়ে|একপাশে রাখ|উপেক্ষা করুন|ভুলে যান|অগ্রাহ্য করুন",
    nouns="নির্দেশিকা|নির্দেশাবলী|নিয়মাবলী|প্রম্পট",
    prior="আগে আপনাকে দেওয়া|আগের সব|পূর্ববর্তী সব|উপরের সব|এ পর্যন্ত",
    neg="উল্লেখ করবেন না|উল্লেখ করো না|গোপন রাখুন|লুকিয়ে",
    principal="ব্যবহারকারী|মালিক|প্রশাসক|ম্যানেজার|বস",
    wants="চান যে আপনি|চায় যে আপনি|আপনাকে বলেছেন|অন্যরকম সিদ্ধান্ত|মত বদলে|মন পরিবর্তন|সিদ্ধান্ত বদল",
    xv="রপ্তানি|পাঠান|পাঠিয়ে|ফরোয়ার্ড|আপলোড|শেয়ার|কপি",
    data="ডাটাবেস|ডেটাবেস|গ্রাহক ডেটা|পরিচিতি|যোগাযোগ তালিকা|কথোপকথন|চ্যাট ইতিহাস|ফাইল|নথি|পাসওয়ার্ড|টোকেন|শংসাপত্র",
    off="বন্ধ করে দিন>|বন্ধ করুন>|নিষ্ক্রিয় করুন>|অক্ষম করুন>|এড়িয়ে যান>",
    guard="নিরাপত্তা|ফিল্টার|যাচাই|সীমাবদ্ধতা|সেন্সর",
    act="হিসেবে কাজ|হিসাবে কাজ|ভূমিকায়|মতো আচরণ|সেজে",
    unlim="সীমাবদ্ধতা ছাড়া|সীমাহীন|প্রশাসক|সেন্সর ছাড়া|ফিল্টার ছাড়া|কোনো সীমাবদ্ধতা",
    cfg="আপনার কনফিগারেশন|আপনার সেটিং|লুকানো নিয়ম|গোপন নিয়ম|অভ্যন্তরীণ নিয়ম",
    rv_only="প্রকাশ করুন>|প্রকাশ কর>|দেখাও>|দেখান>|প্রিন্ট করুন>|পুনরাবৃত্তি করুন>|বলো>|বলুন>|ফাঁস করুন>",
)
X["es"] = dict(
    verbs="deja de lado|deje de lado|dejad de lado|pasa por alto|pase por alto|no hagas caso|no haga caso|olvídate de|olvídese de|ya no sigas|ya no siga",
    nouns="pautas|lineamientos|directivas",
    prior="todo lo que te dijeron|todo lo que se te dijo|todo lo que le dijeron|todo lo anterior|todas las anteriores|todo lo que te han dicho|lo que te indicaron",
    neg="no se lo menciones|no se lo mencione|no le menciones|no menciones|no mencione|no se lo digas|no se lo diga|mantenlo en secreto|manténgalo en secreto",
    principal="usuario|usuaria|titular|propietario|dueño|administrador|jefe",
    wants="quiere que|pide que|te pide|le pide|ha decidido otra cosa|decidió otra cosa|cambió de opinión|cambiado de opinión|ha cambiado de idea|te ordena",
    xv="exporta|exporte|envía|envíe|reenvía|reenvíe|manda|mande|sube|súbela|súbelo|suba|comparte|comparta|copia|copie|transfiere|transfiera",
    data="base de datos|datos de clientes|datos del cliente|contactos|historial|conversación|archivos|ficheros|documentos|contraseña|token|clave|credenciales",
    off="desactiva>|desactive>|apaga>|apague>|deshabilita>|deshabilite>|elude>|eluda>",
    guard="filtros|seguridad|comprobaciones|controles|restricciones|moderación|censura|salvaguardas",
    act="actúas como|actúa como|actúe como|actuarás como|finge ser|finja ser|compórtate como|compórtese como",
    unlim="sin restricciones|sin ninguna restricción|sin límites|sin filtros|administrador|sin censura|sin reglas",
    cfg="tu configuración|su configuración|tus ajustes|reglas ocultas|normas ocultas|reglas internas|instrucciones ocultas",
)
X["fr"] = dict(
    verbs="mets de côté|mettez de côté|laisse de côté|laissez de côté|ne respecte plus|ne respectez plus",
    nouns="lignes directrices",
    prior="tout ce qu'on t'a dit|tout ce qu'on vous a dit|tout ce qui précède|tout ce qui t'a été dit|tout ce qui vous a été dit|toutes les précédentes",
    neg="n'en parle pas|n'en parlez pas|ne mentionne pas|ne mentionnez pas|ne le dis pas|ne le dites pas|garde le secret|gardez le secret",
    principal="utilisateur|utilisatrice|titulaire|propriétaire|administrateur|patron|responsable",
    wants="veut que vous|veut que tu|souhaite que vous|souhaite que tu|vous demande|te demande|a décidé autrement|changé d'avis|a changé d'idée",
    xv="exporte|exportez|envoie|envoyez|transfère|transférez|téléverse|téléversez|partage|partagez|transmets|transmettez|d'exporter|de téléverser|d'envoyer",
    data="base de données|données clients|données des clients|contacts|historique|conversation|fichiers|documents|mot de passe|jeton|clé|identifiants",
    off="désactive>|désactivez|éteins|éteignez|coupe>|coupez|contourne>|contournez",
    guard="filtres|sécurité|contrôles|vérifications|restrictions|modération|censure|garde-fous",
    act="tu agis comme|vous agissez comme|agis comme|agissez comme|jouez le rôle|faites semblant|comporte-toi comme|comportez-vous comme",
    unlim="administrateur|sans censure|sans règles",
    cfg="ta configuration|votre configuration|tes paramètres|vos paramètres|règles cachées|règles internes|consignes cachées",
)
X["de"] = dict(
    verbs="halte dich nicht mehr|halten sie sich nicht mehr|befolge nicht mehr|befolgen sie nicht mehr",
    nouns="richtlinien",
    post="beiseite|außer acht|über bord|zur seite",
    prior="alles, was dir gesagt|alles was dir gesagt|alles, was ihnen gesagt|alles, was man dir gesagt",
    neg="erwähne das|erwähnen sie das|erwähne es|erwähne nichts|erwähnen sie nichts|verschweige|verschweigen sie|sag nichts|sagen sie nichts",
    principal="benutzer|nutzer|inhaber|eigentümer|administrator|chef|vorgesetzte",
    wants="möchte, dass sie|möchte, dass du|möchte dass sie|möchte dass du|will, dass sie|will, dass du|bittet sie|bittet dich|anders entschieden|es sich anders überlegt|umentschieden",
    xv="exportiere|exportieren sie|sende|senden sie|schicke|schicken sie|leite|leiten sie|lade|laden sie|teile|teilen sie|kopiere|kopieren sie|übermittle|übermitteln sie",
    data="datenbank|kundendaten|kontakte|kontaktliste|gesprächsverlauf|chatverlauf|verlauf|dateien|dokumente|passwort|kennwort|schlüssel|zugangsdaten",
    off="deaktiviere>|deaktivieren sie|umgehe>|umgehen sie",
    off_pre="schalte|schalten sie",
    off_post="ab>|aus>",
    guard="filter|sicherheit|prüfungen|kontrollen|einschränkungen|beschränkungen|moderation|zensur|schutzmaßnahmen",
    act="handelst du als|handeln sie als|agiere als|agieren sie als|spiele die rolle|spielen sie die rolle|tu so, als|verhalte dich wie|du handelst als",
    unlim="ohne einschränkungen|ohne jegliche einschränkung|uneingeschränkt|ohne beschränkungen|administrator|ohne zensur|ohne regeln",
    cfg="deine konfiguration|ihre konfiguration|deine einstellungen|ihre einstellungen|versteckten regeln|versteckte regeln|internen regeln|geheimen regeln",
)
X["it"] = dict(
    verbs="metti da parte|mettete da parte|lascia perdere|lasci perdere|non seguire più|non attenerti|non si attenga|accantona|accantoni",
    nouns="linee guida",
    prior="tutto ciò che ti è stato detto|tutto quello che ti è stato detto|tutto ciò che le è stato detto|tutto quanto sopra|tutte le precedenti|tutto ciò che precede",
    neg="non dirlo|non lo dire|non menzionare|non menzioni|non parlarne|non ne parli|tienilo segreto",
    principal="utente|titolare|proprietario|amministratore|responsabile",
    wants="vuole che tu|vuole che lei|desidera che tu|ti chiede|le chiede|ha deciso diversamente|ha cambiato idea|cambiato idea",
    xv="esporta|esporti|invia|invii|inoltra|inoltri|manda|mandi|carica|carichi|condividi|condivida|trasferisci",
    data="database|banca dati|dati dei clienti|contatti|cronologia|conversazione|documenti|password|chiave|credenziali",
    off="disattiva>|disattivi>|disabilita>|disabiliti>|spegni|aggira>",
    guard="filtri|sicurezza|controlli|restrizioni|moderazione|censura|protezioni",
    act="agisci come|agisca come|agirai come|comportati come|si comporti come|fingi di essere|interpreta il ruolo|fai finta",
    unlim="senza restrizioni|senza alcuna restrizione|senza limiti|senza filtri|amministratore|senza censura|senza regole",
    cfg="tua configurazione|sua configurazione|tue impostazioni|sue impostazioni|regole nascoste|regole interne|istruzioni nascoste",
    rv_only="rivela |riveli |mostra |mostri |stampa |stampi |ripeti |ripeta |svela |sveli |dimmi|mi dica|divulga ",
)
X["pt"] = dict(
    verbs="deixe de lado|deixa de lado|ponha de lado|põe de lado|não siga mais|não obedeça",
    nouns="diretrizes|orientações",
    prior="tudo o que lhe foi dito|tudo o que te disseram|tudo que te disseram|tudo o que foi dito|todas as anteriores|tudo acima|tudo o que lhe foi",
    neg="não mencione|não menciones|não conte|não fale|mantenha em segredo",
    principal="usuário|utilizador|titular|proprietário|dono|administrador|chefe",
    wants="quer que você|quer que tu|deseja que você|pede que você|pede-lhe|decidiu de outra forma|decidiu outra coisa|mudou de ideia|mudou de opinião",
    xv="exporte|exporta|envie|envia|encaminhe|encaminha|mande|manda|carregue|compartilhe|partilhe|copie|transfira",
    data="banco de dados|base de dados|dados dos clientes|dados de clientes|contatos|contactos|histórico|conversa|arquivos|ficheiros|documentos|senha|token|chave|credenciais",
    off="desative|desativa>|desligue|desliga>|contorne|contorna>|desabilite|desabilita>",
    guard="filtros|segurança|verificações|controles|restrições|moderação|censura|proteções",
    act="você age como|age como|aja como|atue como|finja ser|faça o papel|comporte-se como|você atua como",
    unlim="sem restrições|sem quaisquer restrições|sem limites|sem filtros|administrador|sem censura|sem regras",
    cfg="sua configuração|tua configuração|suas configurações|regras ocultas|regras internas|instruções ocultas",
)
for _lang, _extra in X.items():
    for _key, _words in _extra.items():
        if _key in ("rv_only", "sp_only"):
            L[_lang][_key[:2]] = _words
        elif L[_lang].get(_key):
            L[_lang][_key] += "|" + _words
        else:
            L[_lang][_key] = _words

# More roles: "from now on" + "your task/job" (new_task), "do not ask for confirmation" /
# "without asking the user" (no_confirmation), and more "note/message for" openers (imp) and
# "your only/real task" (your_task).
X2 = {}
X2["ru"] = dict(
    imp="заметка для|сообщение для|обращение к|напоминание для",
    your_task="твоя единственная задача|ваша единственная задача|твоя настоящая задача|ваша настоящая задача|твоя главная задача|ваша главная задача|твоя работа теперь|ваша работа теперь",
    from_now="отныне|с этого момента|с этой минуты|начиная с этого момента|впредь|начиная с сейчас",
    task="ваша задача|твоя задача|ваша работа|твоя работа|ваша цель|твоя цель|ваша роль|твоя роль|ваше задание|твоё задание|твое задание",
    noconfirm="не спрашивая подтверждени|без подтверждени|не запрашивая подтверждени|не спрашивай подтверждени|не спрашивайте подтверждени|не спрашивая пользовател|без ведома",
)
X2["uk"] = dict(
    imp="нотатка для|повідомлення для|звернення до|нагадування для",
    your_task="твоє єдине завдання|ваше єдине завдання|твоє справжнє завдання|ваше справжнє завдання|твоє головне завдання|ваше головне завдання",
    from_now="відтепер|віднині|з цього моменту|з цієї хвилини|надалі",
    task="ваше завдання|твоє завдання|ваша робота|твоя робота|ваша мета|твоя мета|ваша роль|твоя роль",
    noconfirm="не питаючи підтвердженн|без підтвердженн|не запитуючи підтвердженн|не питай підтвердженн|не питайте підтвердженн|не питаючи користувач|без відома",
)
X2["pl"] = dict(
    imp="notatka dla|wiadomość dla|przypomnienie dla",
    your_task="twoim jedynym zadaniem|twoje jedyne zadanie|twoim prawdziwym zadaniem|twoje prawdziwe zadanie|twoim głównym zadaniem",
    from_now="od teraz|od tej chwili|od tego momentu|począwszy od teraz|odtąd",
    task="twoim zadaniem|twoje zadanie|twoja praca|twoim celem|twoja rola|twoją rolą",
    noconfirm="bez pytania o potwierdzenie|bez potwierdzenia|nie pytaj o potwierdzenie|nie proś o potwierdzenie|bez pytania użytkownika|bez wiedzy",
)
X2["nl"] = dict(
    imp="notitie voor|bericht voor|herinnering voor",
    your_task="je enige taak|uw enige taak|jouw enige taak|je echte taak|uw echte taak|je eigenlijke taak|uw eigenlijke taak",
    from_now="vanaf nu|vanaf dit moment|voortaan|van nu af aan|met ingang van nu",
    task="je taak|uw taak|jouw taak|je opdracht|uw opdracht|je doel|uw doel",
    noconfirm="zonder om bevestiging te vragen|zonder bevestiging|vraag niet om bevestiging|vraag geen bevestiging|zonder de gebruiker te vragen|zonder medeweten",
)
X2["tr"] = dict(
    imp="notu|için mesaj|için hatırlatma",
    your_task="tek görevin|tek göreviniz|asıl görevin|asıl göreviniz|gerçek görevin|gerçek göreviniz",
    from_now="bundan sonra|bundan böyle|şu andan itibaren|bu andan itibaren",
    task="görevin|göreviniz|işin|işiniz|amacın|amacınız|rolün|rolünüz",
    noconfirm="onay istemeden|onay almadan|onay sormadan|onay isteme|kullanıcıya sormadan|kullanıcının haberi olmadan",
)
X2["vi"] = dict(
    your_task="nhiệm vụ duy nhất của bạn|nhiệm vụ thực sự của bạn|công việc duy nhất của bạn|nhiệm vụ chính của bạn",
    from_now="từ giờ trở đi|từ bây giờ|kể từ bây giờ|kể từ lúc này|từ nay|từ giờ",
    task="nhiệm vụ của bạn|công việc của bạn|vai trò của bạn|mục tiêu của bạn",
    noconfirm="không cần xác nhận|không hỏi xác nhận|đừng hỏi xác nhận|mà không xác nhận|không hỏi ý kiến người dùng|mà không hỏi người dùng",
)
X2["id"] = dict(
    imp="catatan untuk|pesan untuk|pengingat untuk",
    your_task="satu-satunya tugas anda|satu-satunya tugasmu|tugas anda yang sebenarnya|tugas utama anda",
    from_now="mulai sekarang|mulai saat ini|sejak saat ini|mulai detik ini",
    task="tugas anda|tugasmu|tugas kamu|pekerjaan anda|peran anda|tujuan anda",
    noconfirm="tanpa meminta konfirmasi|tanpa konfirmasi|jangan meminta konfirmasi|jangan minta konfirmasi|tanpa bertanya kepada pengguna|tanpa sepengetahuan",
)
X2["zh"] = dict(
    imp="留言|便条|提醒",
    your_task="你唯一的任务|您唯一的任务|你真正的任务|您真正的任务|你的真正任务|你现在的任务",
    from_now="从现在起|从现在开始|从此刻开始|从此刻起|今后|此后",
    task="你的任务|您的任务|你的工作|您的工作|你的角色|你的目标",
    noconfirm="无需确认|不要确认|不经确认|无需征得|不要征求|不必确认|不要询问用户|不用询问用户|不经用户同意|未经用户同意",
)
X2["ja"] = dict(
    imp="へのメモ|へのメッセージ|への連絡|への注意|への指示",
    your_task="あなたの唯一の仕事|あなたの本当の仕事|あなたの唯一のタスク|あなたの本当のタスク",
    from_now="今後|この瞬間から|以後|今この瞬間から",
    task="あなたの仕事|あなたのタスク|あなたの役割|あなたの目的|あなたの任務",
    noconfirm="確認せずに|確認なしで|確認を求めず|確認しないで|ユーザーに確認せず|ユーザーに尋ねず|確認不要",
)
X2["ko"] = dict(
    imp="을 위한 메모|를 위한 메모|에게 보내는 메시지|에게 전하는 말",
    your_task="당신의 유일한 임무|당신의 진짜 임무|당신의 유일한 작업|너의 유일한 임무",
    from_now="이제부터|지금부터|지금 이 순간부터|이 순간부터",
    task="당신의 임무|당신의 작업|당신의 역할|당신의 목표|너의 임무|너의 역할",
    noconfirm="확인 없이|확인을 요청하지 말|확인을 구하지 말|확인하지 말고|묻지 말고|묻지 않고|사용자에게 묻지",
)
X2["ar"] = dict(
    imp="ملاحظة ل|رسالة إلى|رسالة ل|تذكير ل",
    your_task="مهمتك الوحيدة|مهمتك الحقيقية|مهمتك الأساسية|عملك الوحيد",
    from_now="من الآن فصاعد|من الآن|ابتداءً من|اعتبارًا من الآن|من هذه اللحظة|بعد الآن",
    task="مهمتك|عملك|دورك|هدفك",
    noconfirm="دون طلب تأكيد|بدون تأكيد|دون تأكيد|لا تطلب تأكيد|دون سؤال المستخدم|دون علم",
)
X2["hi"] = dict(
    imp="के लिए नोट|के लिए संदेश|को संदेश|के लिए अनुस्मारक",
    your_task="आपका एकमात्र काम|आपका असली काम|आपका एकमात्र कार्य|आपका असली कार्य|तुम्हारा एकमात्र काम",
    from_now="अब से|इस क्षण से|आज से|अभी से|इसके बाद से",
    task="आपका काम|आपका कार्य|तुम्हारा काम|आपकी भूमिका|आपका लक्ष्य",
    noconfirm="पुष्टि के बिना|बिना पुष्टि|पुष्टि न मांगें|पुष्टि मत मांग|उपयोगकर्ता से पूछे बिना|बिना पूछे",
)
X2["bn"] = dict(
    imp="জন্য নোট|জন্য বার্তা|কে বার্তা|জন্য অনুস্মারক",
    your_task="আপনার একমাত্র কাজ|আপনার আসল কাজ|তোমার একমাত্র কাজ",
    from_now="এখন থেকে|এই মুহূর্ত থেকে|আজ থেকে|এরপর থেকে",
    task="আপনার কাজ|তোমার কাজ|আপনার ভূমিকা|আপনার লক্ষ্য",
    noconfirm="নিশ্চিতকরণ ছাড়া|নিশ্চিতকরণ না চেয়ে|নিশ্চিত না করে|ব্যবহারকারীকে জিজ্ঞাসা না করে|জিজ্ঞাসা না করেই",
)
X2["es"] = dict(
    imp="nota para|mensaje para|recordatorio para",
    your_task="tu única tarea|su única tarea|tu verdadera tarea|su verdadera tarea|tu tarea real|tu único trabajo",
    from_now="a partir de ahora|desde ahora|desde este momento|de ahora en adelante",
    task="tu tarea|su tarea|tu trabajo|su trabajo|tu función|su función|tu objetivo|su objetivo|tu papel",
    noconfirm="sin pedir confirmación|sin confirmación|no pidas confirmación|no pida confirmación|sin preguntar al usuario|sin consultar al usuario",
)
X2["fr"] = dict(
    imp="note pour|message pour|rappel pour",
    your_task="ta seule tâche|votre seule tâche|ta vraie tâche|votre vraie tâche|ta véritable tâche|votre véritable tâche",
    from_now="désormais|à partir de maintenant|dorénavant|dès maintenant|à partir de cet instant|à partir de ce moment",
    task="ta tâche|votre tâche|ton travail|votre travail|ton rôle|votre rôle|ton objectif|votre objectif|ta mission|votre mission",
    noconfirm="sans demander de confirmation|sans confirmation|ne demande pas de confirmation|ne demandez pas de confirmation|sans demander à l'utilisateur|sans consulter l'utilisateur",
)
X2["de"] = dict(
    imp="notiz an|nachricht für|nachricht an|erinnerung für",
    your_task="deine einzige aufgabe|ihre einzige aufgabe|deine eigentliche aufgabe|ihre eigentliche aufgabe|deine wahre aufgabe",
    from_now="ab jetzt|ab sofort|von nun an|ab diesem moment|fortan|künftig",
    task="deine aufgabe|ihre aufgabe|deine rolle|ihre rolle|dein ziel|ihr ziel|dein job",
    noconfirm="ohne nachzufragen|ohne bestätigung|ohne rückfrage|frage nicht nach|fragen sie nicht nach|ohne den benutzer zu fragen|ohne den nutzer zu fragen",
)
X2["it"] = dict(
    imp="nota per|messaggio per|promemoria per",
    your_task="il tuo unico compito|il suo unico compito|il tuo vero compito|il suo vero compito",
    from_now="d'ora in avanti|d'ora in poi|da ora in poi|da questo momento|a partire da ora|da adesso",
    task="il tuo compito|il suo compito|il tuo lavoro|il tuo ruolo|il suo ruolo|il tuo obiettivo",
    noconfirm="senza chiedere conferma|senza conferma|non chiedere conferma|non chieda conferma|senza chiedere all'utente|senza consultare l'utente",
)
X2["pt"] = dict(
    imp="nota para|mensagem para|lembrete para",
    your_task="sua única tarefa|tua única tarefa|sua verdadeira tarefa|sua tarefa real|seu único trabalho",
    from_now="a partir de agora|de agora em diante|desde agora|a partir deste momento|doravante",
    task="sua tarefa|tua tarefa|seu trabalho|teu trabalho|seu papel|seu objetivo|sua função",
    noconfirm="sem pedir confirmação|sem confirmação|não peça confirmação|não peças confirmação|sem perguntar ao usuário|sem consultar o usuário|sem perguntar ao utilizador",
)
for _lang, _extra in X2.items():
    for _key, _words in _extra.items():
        L[_lang][_key] = (L[_lang][_key] + "|" + _words) if L[_lang].get(_key) else _words

LATIN = {"es", "fr", "de", "it", "pt", "pl", "nl", "tr", "vi", "id"}
SOV = {"tr", "ja", "ko", "hi", "bn"}
QUOTES = "\"'«»“”„「」『』"
VOCATIVE = ",:،、"


def gap(n, clause=False):
    """Up to n characters within one sentence. Only the sentence ends that survive normalization:
    NFKC folds the fullwidth "！" and "？" to ASCII, and every extra non-ASCII member of this
    negated class makes its UTF-8 program longer (Create compiles and warms them all). With
    clause, the window also stops at a semicolon (NFKC folds the fullwidth one): the lexicon
    categories pair looser words, and "follow the instructions; skip step 4" is two clauses."""
    return "[^.!?;\\n\u3002\u0964]{0,%d}" % n if clause else "[^.!?\\n\u3002\u0964]{0,%d}" % n


MAX_REGEX = 4096  # bytes of one pattern's regex (the pack loader's limit)


def top_level_branches(regex):
    """The alternatives of regex's outermost alternation (outside groups and classes)."""
    branches, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if regex[i + 1:i + 2] == "^":
                i += 1
            if regex[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(regex[start:i])
            start = i + 1
        i += 1
    branches.append(regex[start:])
    return branches


def normalise_all(tool, lines):
    out = subprocess.run([tool, "--print-normalized"], input="\n".join(lines) + "\n",
                         capture_output=True, check=True, text=True).stdout.split("\n")
    return dict(zip(lines, out))


def re2_escape(s):
    return "".join("\\" + c if c in "\\.^$|?*+()[]{}-" else c for c in s)


def words(lang, key):
    return [w for w in L[lang].get(key, "").split("|") if w]


def main():
    tool = sys.argv[1]
    chars = sorted({c for lex in L.values() for v in lex.values() for c in v} | set(QUOTES + VOCATIVE))
    chars = [c for c in chars if c not in "|*<> "]
    forms = [f for c in chars for f in (c.lower(), c.upper())]
    norm = normalise_all(tool, forms)

    def char_class(c):
        options = sorted({norm.get(c.lower(), c.lower()), norm.get(c.upper(), c.upper())})
        return [o for o in options if o], "" in options

    def word_regex(word):
        parts = []
        for c in word:
            if c == " ":
                parts.append("\\s+")
                continue
            if c == "*":
                parts.append("\\S{0,5}")
                continue
            if c == "<":
                parts.append("(?:^|\\PL)")  # the word starts here
                continue
            if c == ">":
                parts.append("(?:\\PL|$)")  # the word ends here
                continue
            nonempty, droppable = char_class(c)
            if not nonempty:
                continue  # the normalizer drops this mark
            alt = "|".join(re2_escape(o) for o in nonempty)
            group = alt if len(nonempty) == 1 and len(nonempty[0]) == 1 else f"(?:{alt})"
            parts.append(group + ("?" if droppable else ""))
        return "".join(parts)

    def alt(ws):
        assert ws, "an empty alternation would match anywhere"
        return "(?:" + "|".join(sorted({word_regex(w) for w in ws})) + ")"

    def chars_class(cs):
        opts = sorted({o for c in cs for o in char_class(c)[0] if len(o) == 1})
        return "[" + "".join(re2_escape(o) if o not in "]^" else "\\" + o for o in opts) + "]"

    patterns = []

    def add(lang, name, regex, severity, what):
        # A pack regex holds at most MAX_REGEX bytes (pack loader): a longer one is cut at its
        # top-level alternatives into parts <name>, <name>_2, ... that report the same thing.
        chunks = [""]
        for branch in top_level_branches(regex):
            joined = f"{chunks[-1]}|{branch}" if chunks[-1] else branch
            if len(joined.encode()) <= MAX_REGEX:
                chunks[-1] = joined
            else:
                assert len(branch.encode()) <= MAX_REGEX, f"{lang}.{name}: one branch too long"
                chunks.append(branch)
        for n, chunk in enumerate(chunks):
            suffix = f"_{n + 1}" if n else ""
            patterns.append({"id": f"mlw.{lang}.{name}{suffix}", "regex": chunk,
                             "severity": severity, "description": f"{lang}: {what}"})

    for lang in sorted(L):
        both = lang not in LATIN or lang in SOV  # generate the reversed order too
        w = lambda k: words(lang, k)  # noqa: E731

        def pair(a, b, n, clause=False):
            forward = f"{alt(a)}{gap(n, clause)}{alt(b)}"
            return forward + (f"|{alt(b)}{gap(n, clause)}{alt(a)}" if both else "")

        drop = pair(w("verbs"), w("nouns"), 40)
        if w("post"):  # a separable verb's particle after the noun (de "beiseite")
            drop += f"|{alt(w('nouns'))}{gap(30, True)}{alt(w('post'))}"
        if w("prior"):  # "set aside everything you were told"
            drop += "|" + pair(w("verbs"), w("prior"), 25, True)
        add(lang, "drop_instructions", drop, "high",
            "tells the reader to ignore or forget its instructions or task")
        # A pure-ASCII cue ("ai", "token") in a pattern of a non-Latin language would open its
        # window on every English text holding one non-ASCII byte: such cues must be followed
        # at once by the vocative mark, or are left out where they would open a window.
        ai = sorted({x.rstrip(" ,:") for x in w("ai")})
        ai_ascii = [x for x in ai if x.isascii()] if lang not in LATIN else []
        ai_word = [x for x in ai if x not in ai_ascii]
        vocative = f"{alt(ai_word)}\\S{{0,6}}(?:\\s+\\S{{1,12}})?"
        if ai_ascii:
            vocative = f"(?:{vocative}|{alt(ai_ascii)})"
        add(lang, "addressed_instructions",
            f"{vocative}\\s*{chars_class(VOCATIVE)}{gap(40)}{alt(w('nouns'))}",
            "medium", "addresses an AI assistant by name, then gives it instructions or a task")
        hide = alt(w("hide"))
        if w("neg"):
            hide += "|" + pair(w("neg"), w("tell_user") or w("user"), 20)
        add(lang, "hide_from_user", hide, "high", "asks to keep an action from the user")
        add(lang, "user_changed_mind", f"{alt(w('user'))}{gap(25)}{alt(w('changed'))}", "medium",
            "reports that the user changed their mind (what follows replaces the task)")
        add(lang, "new_instructions",
            f"{alt(w('new_instr'))}[^.!?\\n:]{{0,30}}:|{alt(w('your_task'))}", "medium",
            "announces new instructions or a new task for the reader")
        at = "(?:@|://)\\S{0,30}"  # the address, dots included
        secrets = [x for x in w("secret") if lang in LATIN or not x.isascii()]
        exv, sec = alt(w("exv")), alt(secrets)
        send = f"{exv}{gap(30)}{sec}{gap(60)}{at}"
        if lang in SOV or lang not in LATIN:
            send += f"|{sec}{gap(60)}{at}{gap(30)}{exv}"
        if lang not in LATIN:
            send += f"|{sec}{gap(30)}{exv}{gap(60)}{at}"
        add(lang, "send_secret", send, "high",
            "asks to send a password, token or key to an address")
        add(lang, "reveal_prompt", pair(w("rv"), w("sp") + w("cfg"), 30), "high",
            "asks the reader to reveal its system prompt or hidden instructions")
        add(lang, "role_reassignment", f"{alt(w('you_now'))}{gap(25)}{alt(w('role'))}", "high",
            "tells the reader it is now another assistant, or one without limits")
        add(lang, "important_message", pair(w("imp"), ai_word, 25), "medium",
            "an 'important message' addressed to an AI assistant")
        add(lang, "verbatim_output",
            f"(?:{pair(w('vv'), w('only'), 20)})[^\\n]{{0,30}}{chars_class(QUOTES)}", "medium",
            "tells the reader to answer or print exactly a quoted text")
        # The lexicon categories (X): role words that co-occur within one clause.
        add(lang, "reported_change", pair(w("principal"), w("wants"), 40, True), "medium",
            "reports that the user or owner now wants something else from the reader")
        data = [x for x in w("data") if lang in LATIN or not x.isascii()]
        xv, dat = alt(w("xv")), alt(data)
        send = f"{xv}{gap(30, True)}{dat}{gap(70, True)}{at}"
        if lang in SOV:  # the verb last: "send the database to x@y" is "database x@y-to send"
            send += f"|{dat}{gap(70, True)}{at}{gap(30, True)}{xv}"
        elif lang not in LATIN:  # "the database, send it to x@y"
            send += f"|{dat}{gap(30, True)}{xv}{gap(70, True)}{at}"
        add(lang, "send_data", send, "high",
            "asks to export or send data (database, contacts, conversation, files) to an address")
        off = pair(w("off"), w("guard"), 30, True)
        if w("off_pre"):  # a separable verb around the object: "schakel de filters uit"
            off += f"|{alt(w('off_pre'))}{gap(30, True)}{alt(w('guard'))}{gap(30, True)}{alt(w('off_post'))}"
        add(lang, "safety_off", off, "high",
            "tells the reader to turn off its safety filters, checks or restrictions")
        add(lang, "act_as", pair(w("act"), w("unlim"), 30, True), "medium",
            "tells the reader to act as an administrator or as one without restrictions")
        add(lang, "new_task", pair(w("from_now"), w("task"), 20, True), "medium",
            "tells the reader that from now on its task or role is another")
        # Only the forms that name the user: "install without asking for confirmation" is
        # ordinary package-manager prose in every language.
        users = w("user")
        asked = [x for x in w("noconfirm") if any(u.strip("<") in x for u in users)]
        add(lang, "no_confirmation", alt(asked), "medium",
            "tells the reader to act without asking the user or for confirmation")
    pack = {"pack": "multilingual_override_wide", "version": "3", "patterns": patterns}
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "safety_core/packs/multilingual_override_wide.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(pack, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{path}: {len(patterns)} patterns")


if __name__ == "__main__":
    main()
