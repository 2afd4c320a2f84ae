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

LATIN = {"es", "fr", "de", "it", "pt", "pl", "nl", "tr", "vi", "id"}
SOV = {"tr", "ja", "ko", "hi", "bn"}
QUOTES = "\"'«»“”„「」『』"
VOCATIVE = ",:،、"


# The sentence ends a window stops at, by language. Every non-ASCII member of the negated class
# makes its UTF-8 program longer, and a window is that program repeated n times: Create compiles
# and warms them all (bench/notes.md). A Russian sentence never ends in "。", so only the
# languages that write "。" (zh, ja) or the danda "।" (hi, bn) pay for them. NFKC folds
# the fullwidth "！" and "？" to ASCII.
ENDS = {"zh": "。", "ja": "。", "hi": "।", "bn": "।"}
# Two patterns are being given gate clauses on another branch: they keep the window they had
# (both sentence ends, periods stop it) so that they stay byte for byte as they are.
FROZEN_PATTERNS = {("es", "hide_from_user"), ("vi", "send_secret")}
FROZEN_ENDS = "。।"


def gap(n, ends=FROZEN_ENDS, dots=False):
    """Up to n characters within one sentence; ends are the language's non-ASCII sentence ends.
    With dots, a period ends the sentence only before a space, another period or the end of
    the line: the window that runs up to an address crosses "keys.xlsx" and "j.doe@"."""
    stop = "!?\\n" + ends
    if dots:
        return "(?:[^.%s]|\\.[^\\s.%s]){0,%d}" % (stop, stop, n)
    return "[^.%s]{0,%d}" % (stop, n)


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
    chars = [c for c in chars if c not in "|*< "]
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
        patterns.append({"id": f"mlw.{lang}.{name}", "regex": regex, "severity": severity,
                         "description": f"{lang}: {what}"})

    for lang in sorted(L):
        both = lang not in LATIN or lang in SOV  # generate the reversed order too
        w = lambda k: words(lang, k)  # noqa: E731

        def g(n, dots=False, lang=lang):
            return gap(n, ENDS.get(lang, ""), dots)

        def pair(a, b, n, window=g):
            forward = f"{alt(a)}{window(n)}{alt(b)}"
            return forward + (f"|{alt(b)}{window(n)}{alt(a)}" if both else "")

        add(lang, "drop_instructions", pair(w("verbs"), w("nouns"), 40), "high",
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
            f"{vocative}\\s*{chars_class(VOCATIVE)}{g(40)}{alt(w('nouns'))}",
            "medium", "addresses an AI assistant by name, then gives it instructions or a task")
        hide = alt(w("hide"))
        if w("neg"):
            frozen = (lang, "hide_from_user") in FROZEN_PATTERNS
            hide += "|" + pair(w("neg"), w("tell_user") or w("user"), 20,
                               window=gap if frozen else g)
        add(lang, "hide_from_user", hide, "high", "asks to keep an action from the user")
        add(lang, "user_changed_mind", f"{alt(w('user'))}{g(25)}{alt(w('changed'))}", "medium",
            "reports that the user changed their mind (what follows replaces the task)")
        add(lang, "new_instructions",
            f"{alt(w('new_instr'))}[^.!?\\n:]{{0,30}}:|{alt(w('your_task'))}", "medium",
            "announces new instructions or a new task for the reader")
        at = "(?:@|://)\\S{0,30}"  # the address, dots included
        secrets = [x for x in w("secret") if lang in LATIN or not x.isascii()]
        exv, sec = alt(w("exv")), alt(secrets)
        if (lang, "send_secret") in FROZEN_PATTERNS:
            near, far = gap(30), gap(60)
        else:  # the window up to the address crosses the periods of file names and addresses
            near, far = g(30), g(60, dots=True)
        send = f"{exv}{near}{sec}{far}{at}"
        if lang in SOV or lang not in LATIN:
            send += f"|{sec}{far}{at}{near}{exv}"
        if lang not in LATIN:
            send += f"|{sec}{near}{exv}{far}{at}"
        add(lang, "send_secret", send, "high",
            "asks to send a password, token or key to an address")
        add(lang, "reveal_prompt", pair(w("rv"), w("sp"), 30), "high",
            "asks the reader to reveal its system prompt or hidden instructions")
        add(lang, "role_reassignment", f"{alt(w('you_now'))}{g(25)}{alt(w('role'))}", "high",
            "tells the reader it is now another assistant, or one without limits")
        add(lang, "important_message", pair(w("imp"), ai_word, 25), "medium",
            "an 'important message' addressed to an AI assistant")
        add(lang, "verbatim_output",
            f"(?:{pair(w('vv'), w('only'), 20)})[^\\n]{{0,30}}{chars_class(QUOTES)}", "medium",
            "tells the reader to answer or print exactly a quoted text")
    pack = {"pack": "multilingual_override_wide", "version": "3", "patterns": patterns}
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "safety_core/packs/multilingual_override_wide.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(pack, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{path}: {len(patterns)} patterns")


if __name__ == "__main__":
    main()
