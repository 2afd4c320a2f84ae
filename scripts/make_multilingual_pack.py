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
then remake safety_core/src/pack_literals.inc (docs/sanitizer.md, "Bundled packs").
"""
import json
import os
import subprocess
import sys

# Cue lexicons by category (see the module docstring). Entries are substrings of the text as
# machine translation renders an English injection; "*" stands for an inflected ending of up to
# five letters, "<" for the start of a word, ">" for its end (a space or punctuation beside it), a
# space for any run of whitespace.
# Keys:
#   verbs/nouns    drop verbs, instruction nouns                  -> drop_instructions
#   verbs_after    drop verbs that follow the noun (de, nl)       -> drop_instructions
#   ai             words that name an AI assistant                -> addressed_instructions (vocative)
#   hide           whole "keep it from the user" phrases          -> hide_from_user
#   neg, user      "do not tell/inform" and "the user"            -> hide_from_user (within a clause)
#   tell_user      "tell the user" (zh: the negation comes first)  -> hide_from_user, with neg
#   changed        "changed their mind"                           -> user_changed_mind (after "user")
#   new_instr      "new instructions" (followed by a colon)       -> new_instructions
#   your_task      "your new task"                                -> new_instructions
#   exv, secret    send/forward verbs, secret nouns               -> send_secret (with an address)
#   exv_them       "send them", "post them" (Latin-script languages) -> send_secret, after the secret
#   rv, sp         reveal verbs, "system prompt" nouns            -> reveal_prompt (either order)
#   off, safety    "turn off"/"is off", safety filters and checks -> safety_off (either order)
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

# Second lexicon layer (branch ml7): synonyms, inflections and register variants (formal and
# informal imperatives, polite forms, verb-final orders) for the categories above, and two
# lexicons by mechanism: `off` + `safety` ("turn off / are disabled" + safety filters or checks:
# safety_off) and data nouns that join the secrets of send_secret ("the customer database", "the
# contact list", "the conversation history": still only with an address or URL in the sentence).
# A value starting with "=" replaces the first layer's list instead of extending it (reveal verbs
# in their imperative forms only: "researchers showed a chatbot can be made to reveal its system
# prompt" is news, not an order).
MORE = {}
MORE["ru"] = dict(
    verbs="отложи|отложите|оставь в стороне|оставьте в стороне|не принимай во внимание|не принимайте во внимание|забудьте про|больше не следуй|больше не следуйте|можешь не следовать|можете не следовать|пренебрегай|не обращайте",
    nouns="всё, что|все, что|рекомендаци|ограничени|установк|сказан|данные ранее|полученные ранее|что вам говорили|что тебе говорили|что вам сказали|что тебе сказали|вам говорили|тебе говорили",
    off="отключи>|отключите|выключи>|выключите|деактивируй>|деактивируйте|отключен>|отключены|отключена|выключен>|выключены|деактивирован|приостановлен|не действуют",
    safety="фильтр* безопасности|фильтр* контента|фильтр* содержимого|проверк* безопасности|проверк* контента|проверк* содержимого|защитн* фильтр|модераци|правила безопасности|механизм* безопасности|ограничения безопасности|фильтр контента",
    you_now="действуй как|действуйте как|действуешь как|действуете как|веди себя как|ведите себя как|выступай в роли|выступайте в роли|с этого момента|отныне|начиная с этого момента|с этой минуты ты|с этой минуты вы|ты работаешь|вы работаете|работаешь как|работаете как",
    role="администратор|админ|никакие правила|никаких правил|правила на вас не|правила на тебя не|без всяких ограничений|без каких-либо ограничений|без любых ограничений",
    user="владел|хозяин|передать вам|передать тебе|сообщить вам|сообщить тебе",
    changed="решил по-другому|решила иначе|решила по-другому|передумала|пересмотрел|план изменился|планы изменились|план поменялся|изменил планы",
    neg="не упоминай|не упоминайте|не говорите|ничего не говори|ничего не говорите|не сообщайте|скрой от|скройте от|держи в секрете|держите в секрете",
    hide="об этом не сообща|об этом не говори|ему об этом не|ей об этом не|об этом не упомина",
    exv="экспортир|выгрузи|выгрузите|поделись|поделитесь|загрузите|скинь|скиньте|слей|слейте|опубликуй|опубликуйте|размести|разместите|выложи|выложите",
    secret="баз* данных|список клиентов|список контактов|контакт* адресной книги|адресн* книг|истори* переписки|истори* разговора|истори* чата|переписк|персональн* данн|доступ|учётн* запис|учетн* запис",
    rv="=раскрой>|раскройте|покажи>|покажите|выведи>|выведите|распечатай>|распечатайте|повтори>|повторите|процитируй>|процитируйте|воспроизведи>|огласи>|напиши>|напишите|перечисли>|перечислите|выпиши>|выпишите|запиши>|запишите",
    sp="конфигураци|настройк|скрыт* правил|внутренн* правил|исходн* указани|полученн* инструкци|первоначальн* указани|свои инструкции|ваши инструкции|твои инструкции|которые вы получили|которые ты получил|которые тебе дали|которые вам дали|полученные в начале|данные в начале",
)
MORE["uk"] = dict(
    verbs="відклади|відкладіть|залиш осторонь|залиште осторонь|не бери до уваги|не беріть до уваги|забудьте про|більше не виконуй|більше не виконуйте|можеш не виконувати|можете не виконувати|не зважайте",
    nouns="все, що|усе, що|рекомендаці|обмеженн|настанов|сказан|отриман* раніше|надан* раніше|що вам казали|що тобі казали|вам казали|тобі казали|вам сказали|тобі сказали",
    off="вимкни>|вимкніть|відключи>|відключіть|деактивуй>|деактивуйте|вимкнено|відключено|вимкнені|відключені|деактивовано|призупинено",
    safety="фільтр* безпеки|фільтр* контенту|фільтр* вмісту|перевірк* безпеки|перевірк* контенту|перевірк* вмісту|захисн* фільтр|модераці|правила безпеки|механізм* безпеки",
    you_now="дій як|дійте як|дієш як|дієте як|поводься як|поводьтеся як|виступай у ролі|з цього моменту|відтепер|віднині|з цієї хвилини ти|з цієї хвилини ви|ти працюєш|ви працюєте|працюєш як|працюєте як",
    role="адміністратор|адмін|жодні правила|жодних правил|без будь-яких обмежень|без усяких обмежень",
    user="власник|власниц|передати вам|передати тобі|повідомити вам|повідомити тобі",
    changed="вирішив по-іншому|вирішила інакше|передумала|переглянув|план змінився|плани змінилися|змінив плани",
    neg="не згадуй|не згадуйте|нічого не кажи|нічого не кажіть|не повідомляйте|приховай від|приховайте від|тримай у таємниці",
    hide="про це не повідомля|про це не кажи|йому про це не|їй про це не|про це не згаду",
    exv="експортуй|вивантаж|поділись|поділіться|завантаж|скинь|опублікуй|опублікуйте|розмісти|розмістіть|виклади|викладіть",
    secret="баз* даних|список клієнтів|список контактів|адресн* книг|істор* листування|істор* розмов|істор* чату|листуванн|персональн* дан|обліков* запис",
    rv="=розкрий>|розкрийте|покажи>|покажіть|виведи>|виведіть|роздрукуй>|роздрукуйте|повтори>|повторіть|процитуй>|процитуйте|відтвори>|оголоси>|напиши>|напишіть|перелічи>|перелічіть|випиши>|випишіть|запиши>|запишіть",
    sp="конфігураці|налаштуванн|прихован* правил|внутрішн* правил|початков* вказівк|отриман* інструкці|свої інструкції|ваші інструкції|твої інструкції|які ви отримали|які ти отримав|отримані на початку|які вам дали|які тобі дали",
)
MORE["pl"] = dict(
    verbs="odłóż na bok|odłóżcie na bok|zostaw na boku|nie bierz pod uwagę|nie brać pod uwagę|proszę pominąć|proszę zignorować|nie musisz już przestrzegać|przestań stosować|porzuć|zapomnijcie",
    nouns="wszystko, co|ograniczeni|zalece|powiedzian|otrzyman",
    off="wyłącz>|wyłączcie|dezaktywuj>|proszę wyłączyć|są wyłączone|zostały wyłączone|wyłączone|wyłączony|zawieszone",
    safety="filtr* bezpieczeństwa|filtr* treści|kontrol* bezpieczeństwa|kontrol* treści|sprawdzani* bezpieczeństwa|weryfikacj* bezpieczeństwa|zabezpiecze|moderacj|zasady bezpieczeństwa|filtr treści",
    you_now="działaj jako|działasz jako|zachowuj się jak|występuj jako|od tej chwili|pracujesz jako|pracuje pan jako|pracuje pani jako",
    role="administrator|żadne zasady|żadnych zasad|bez żadnych limitów|bez limitów",
    user="właściciel|żebym ci przekazał|żebym panu przekazał|przekazać ci|przekazać panu|przekazać pani",
    changed="zdecydował inaczej|zdecydowała inaczej|postanowił inaczej|plan się zmienił|plany się zmieniły|zmienił plan",
    neg="nie wspominaj|nie wspominajcie|proszę nie wspominać|nic nie mów|nie mówcie|ukryj przed|zachowaj w tajemnicy",
    hide="nic mu o tym nie|nic jej o tym nie|nie mów mu o tym|nie informuj go",
    exv="wyeksportuj|eksportuj|prześlijcie|wrzuć|załaduj|wgrajcie|opublikuj|wklej|proszę wyeksportować|proszę przesłać|proszę wysłać|proszę udostępnić",
    secret="baz* danych|list* klientów|list* kontaktów|książk* adresow|histori* rozmow|histori* czatu|korespondencj|dan* osobow|klucze api|kluczy api|klucz* api",
    rv="=ujawnij|pokaż|wypisz|wyświetl|podaj|zdradź|powtórz|przytocz|wydrukuj|proszę pokazać|proszę wyświetlić|proszę podać|wymień",
    sp="konfiguracj|ustawieni|ukryte zasady|ukryte reguły|wewnętrzne zasady|otrzymane instrukcje|początkowe polecenia|instrukcj* początkow|instrukcj* systemow|treść instrukcji|treść poleceń|które otrzymałeś|które otrzymałaś|które pan otrzymał|otrzymane na początku",
    exv_them="opublikuj je|wyślij je|prześlij je|wklej je|udostępnij je|wrzuć je|przekaż je",
)
MORE["nl"] = dict(
    verbs="zet opzij|zet alle|leg opzij|negeert u|vergeet u|houd je niet aan|houdt u zich niet aan|hoef je niet meer te volgen|hoeft u niet meer te volgen|schuif terzijde|laat varen",
    nouns="richtlijn|alles wat|voorschriften|beperkingen|verteld|gezegd|wat je eerder|wat u eerder",
    off="<schakel>|schakelt u|zet uit|uitgeschakeld|gedeactiveerd|deactiveer>|deactiveert u|buiten werking|<zet>|zet u",
    safety="veiligheidsfilter|beveiligingsfilter|veiligheidscontrole|beveiligingscontrole|inhoudsfilter|contentfilter|moderatie|veiligheidsregels|veiligheidsmaatregelen|inhoudscontrole",
    you_now="gedraag je als|gedraagt u zich als|treed op als|treedt u op als|fungeer als|vanaf dit moment|vanaf nu",
    role="beheerder|geen enkele regel|geen regels",
    user="eigenaar|je te laten weten|u te laten weten|laten weten dat",
    changed="anders besloten|heeft besloten het anders|het plan is gewijzigd|de plannen zijn gewijzigd|van plan veranderd",
    neg="vermeld niet|vermeld dit niet|zeg dit niet|verzwijg|houd geheim voor|zeg niets",
    hide="vertel het hem niet|vertel het haar niet|niets over zeggen|houd dit stil",
    exv="exporteer",
    secret="database|klantenlijst|contactenlijst|adresboek|gespreksgeschiedenis|chatgeschiedenis|correspondentie|persoonsgegevens",
    rv="=toon|laat zien|geef|herhaal|citeer|druk af|print uw|print je|noem|te tonen|te laten zien|weer te geven|weergeven|schrijf>|schrijf uit|uit te schrijven|onthul>|onthult u",
    sp="configuratie|instellingen|verborgen regels|interne regels|ontvangen instructies|eerste instructies|instructies die u kreeg|instructies die je kreeg|volledige tekst|die je aan het begin|die u aan het begin|instructies die je|instructies die u",
    verbs_after="opzij>|naast je neer|naast u neer|niet meer op te volgen|niet langer opvolgen|buiten beschouwing",
    exv_them="plaats ze|stuur ze|zet ze|upload ze|deel ze|verstuur ze|plaats deze|stuur deze",
)
MORE["tr"] = dict(
    verbs="bir kenara bırak|kenara bırakın|kenara koy|dikkate almayın|yok sayın|görmezden gelin|unutun|uymanıza gerek yok|uymana gerek yok|takmayın",
    nouns="yönerge|talimat|söylenen|her şeyi|kısıtlama",
    off="devre dışı bırakın|devre dışı bırak>|devre dışıdır|devre dışı kaldı|devre dışı bırakıldı|devre dışı>|kapatın|kapat>|kapatıldı|kapalı>|askıya alın|askıya alındı",
    safety="güvenlik filtre|güvenlik kontrol|içerik filtre|içerik kontrol|güvenlik denetim|moderasyon|güvenlik önlem|güvenlik kural",
    you_now="olarak hareket et|olarak davran|gibi davran|rolünü üstlen|bu andan itibaren|şu andan itibaren",
    role="yönetici|kural yok|hiçbir kural|sınırsız yetki|sınırı olmayan|hiçbir sınır|sınır olmadan",
    user="hesap sahibi|sahibi|size iletmemi|size söylememi|size bildirmemi|sana iletmemi|sana söylememi",
    changed="farklı bir karar|başka bir karar|karar değiştir|plan değişti|planlar değişti|fikrini değiştirdi|planın değiştiğini|planın değiştiği|planların değiştiğini",
    hide="kullanıcıya bahsetme|kullanıcıya söylemeyin|kullanıcıya belirtme|kullanıcıdan sakla|ona söyleme|ona bundan bahsetme|bundan bahsetme|bundan kimseye",
    exv="dışa aktar|aktarın|yükleyin|gönderin|paylaşın|iletin|yayınla|yayınlayın|yapıştır",
    secret="veritaban|müşteri liste|kişi liste|rehber|konuşma geçmiş|sohbet geçmiş|yazışma|kişisel veri",
    rv="=açıklayın|açıkla>|gösterin|göster>|göstermen|ifşa edin|ifşa et>|paylaşın|paylaş>|yazdırın|yazdır>|yazdırman|tekrarlayın|tekrarla>|söyleyin|söyle>|listeleyin|belirtin|yaz>|yazın",
    sp="yapılandırma|ayarların|gizli kural|iç kural|aldığın talimat|aldığınız talimat|verilen talimat|talimatların tam metni|ilk talimatlar",
)
MORE["vi"] = dict(
    nouns="được dặn|được bảo|được yêu cầu trước",
    off="hãy tắt|vui lòng tắt|vô hiệu hóa|vô hiệu hoá|ngừng kích hoạt",
    safety="bộ lọc an toàn|bộ lọc nội dung|kiểm tra an toàn|kiểm tra bảo mật|kiểm duyệt|cơ chế an toàn|biện pháp an toàn|kiểm tra nội dung|bộ lọc bảo mật",
    you_now="hãy đóng vai|đóng vai trò|hành động như|cư xử như|từ thời điểm này|kể từ lúc này|bạn làm việc như|bạn làm việc với tư cách|bạn làm việc như một",
    role="quản trị viên|không có quy tắc|không quy tắc nào",
    user="chủ sở hữu|chủ tài khoản|nhắn với bạn|nói với bạn rằng|báo với bạn|báo cho bạn",
    changed="quyết định khác|đổi kế hoạch|kế hoạch đã thay đổi|kế hoạch thay đổi|thay đổi kế hoạch",
    hide="đừng nhắc đến|không nhắc đến|không đề cập|đừng đề cập|đừng nói cho|đừng nói với",
    exv="xuất|tải|gửi lên|chia sẻ qua|đăng|dán",
    secret="cơ sở dữ liệu|danh sách khách hàng|danh bạ|danh sách liên hệ|lịch sử trò chuyện|lịch sử hội thoại|lịch sử cuộc trò chuyện|dữ liệu cá nhân",
    exv_them="đăng chúng|gửi chúng|dán chúng|tải chúng|chuyển chúng",
)
MORE["id"] = dict(
    verbs="kesampingkan|sisihkan|tidak perlu lagi mengikuti|tak perlu mengikuti|abaikanlah|lupakanlah|jangan lagi mengikuti",
    nouns="pedoman|semua yang|segala yang|batasan|apa yang dikatakan|yang dikatakan kepada|yang diberitahukan|apa yang diminta",
    off="<matikan|<nonaktifkan|dimatikan|dinonaktifkan|nonaktif>",
    safety="filter keamanan|filter keselamatan|filter konten|pemeriksaan keamanan|pemeriksaan konten|moderasi|pengaman|kontrol keamanan|pemeriksaan keselamatan",
    you_now="bertindak sebagai|bertindaklah sebagai|berperan sebagai|berperanlah sebagai|berlaku sebagai|sejak saat ini|mulai saat ini|mulai detik ini|kamu bekerja sebagai|anda bekerja sebagai",
    role="administrator|admin|tidak ada aturan|tanpa aturan",
    user="pemilik|menyampaikan kepada anda|menyampaikan kepadamu|memberi tahu anda|memberitahu anda|memberi tahu kamu",
    changed="memutuskan lain|keputusan lain|rencana berubah|rencananya berubah|mengubah rencana",
    neg="jangan sebutkan|jangan menyebutkan|jangan singgung|jangan bilang|jangan ceritakan|rahasiakan dari",
    hide="jangan beri tahu dia|jangan bilang padanya",
    exv="ekspor|unggahlah|kirimkan|bagikanlah|tempel|tempelkan|posting",
    secret="basis data|database|daftar pelanggan|daftar kontak|riwayat percakapan|riwayat obrolan|riwayat chat|data pribadi",
    rv="=<ungkapkan|<tampilkan|<tunjukkan|<bocorkan|<cetak|<ulangi|<sebutkan|<beberkan|<tuliskan|<perlihatkan|mohon menampilkan|untuk menampilkan teks|bisakah anda menampilkan|dapatkah anda menampilkan|tolong tampilkan",
    sp="konfigurasi|pengaturan anda|aturan tersembunyi|aturan rahasia|instruksi yang anda terima|instruksi awal|teks lengkap instruksi|instruksi yang anda terima",
    exv_them="<unggah ke|<unggahkan ke|<kirim ke|<kirimkan ke|<tempel ke|<tempelkan ke|<bagikan ke|<teruskan ke",
)
MORE["zh"] = dict(
    verbs="放在一边|搁置|置之不理|不用再遵守|不必再遵守|不再遵守|不要再遵守|放下|撇开|别理会|不用理会|别听",
    nouns="准则|守则|要求|告诉你的|规定|限制|说的话|跟你说的|对你说的|之前的话",
    off="请关闭|关闭你|关闭您|关掉你|关掉您|禁用你|禁用您|停用你|停用您|已关闭|已禁用|已停用|已被关闭|已被禁用|已解除|已暂停|暂时关闭|暂时停用|均已关闭|都已关闭|处于关闭|关掉",
    safety="安全过滤|内容过滤|安全检查|内容检查|内容审查|安全审查|安全限制|安全机制|安全防护|安全策略",
    you_now="扮演|充当|作为一个|从此刻开始|从现在起|从现在开始|此后你",
    role="管理员|不受任何|没有规则|任何规则",
    user="所有者|主人|账户持有人|转告你|转告您|让我告诉你|让我告诉您",
    changed="另有决定|改变计划|计划有变|计划变了|重新考虑|改了计划|决定不",
    neg="不要提|别提|不要提及|不要透露|勿提",
    tell_user="向用户提|对用户提|跟用户说|和用户说|告诉他|告诉她",
    exv="导出|上传|分享|发至|提交到|发布|贴到|粘贴到",
    secret="数据库|客户名单|客户列表|联系人|通讯录|对话记录|聊天记录|会话记录|个人信息",
    rv="=透露你|透露您|请透露|显示|展示|输出|打印|告诉我|复述|重复|泄露你|泄露您|公开你|公开您|列出|给我看|写出来|写下来",
    sp="配置|设置|隐藏规则|内部规则|收到的指令|最初的指令|收到的指示|一开始收到|最初收到|开始时收到",
)
MORE["ja"] = dict(
    verbs="脇に置|無視して|守らなくて|従わなくて|忘れて|考慮しない|気にしなくて",
    nouns="ガイドライン|指針|言われたこと|規則|制限|ルール",
    off="無効にして|無効化して|オフにして|解除して|切ってください|無効になって|無効化されて|無効になりました|無効です|オフになって|解除されて|停止されて",
    safety="セキュリティチェック|セキュリティ チェック|安全フィルタ|コンテンツフィルタ|コンテンツチェック|安全チェック|検閲|セーフティ|安全機能|セキュリティ機能|フィルター",
    you_now="として振る舞|として行動|のふりをして|を演じて|今この瞬間から|この瞬間から|これ以降",
    role="管理者|いかなるルール|ルールに縛られ|ルールはありません",
    user="所有者|オーナー|持ち主|あなたに伝え|あなたにお伝え|伝えるよう頼まれ",
    changed="別の決定|考え直し|計画が変わ|予定が変わ|方針が変わ|決定を変え",
    neg="言わないで|伝えないで|触れないで|知らせないで|言及しないで|黙って",
    exv="エクスポート|アップロード|共有して|送信して|転送して|投稿|掲載|貼り付け",
    secret="データベース|顧客リスト|連絡先|アドレス帳|会話履歴|チャット履歴|やり取り|個人情報|api キー",
    rv="=明かして|表示して|見せて|出力して|開示して|教えて|繰り返して|再現して|公開して|書き出して|表示していただけ|出力してください|列挙して|書き出して|書いて",
    sp="設定|隠しルール|隠れたルール|内部ルール|受け取った指示|最初に受け取った|システムプロンプト|最初に与えられた|与えられた指示",
)
MORE["ko"] = dict(
    verbs="제쳐 두|제쳐두|따를 필요 없|따르지 않아도|신경 쓰지 않아도|잊어버리|무시하십시오|무시해 주|신경 쓰지 마|신경쓰지 마",
    nouns="지침|가이드라인|들은 것|받은 모든|제한|들은 말|들은 내용",
    off="비활성화|꺼 주|꺼주|끄십시오|끄세요|꺼 두|해제되|해제하|해제됐|중단하십시오",
    safety="보안 검사|보안 검증|안전 필터|콘텐츠 필터|보안 필터|콘텐츠 검사|안전 검사|안전장치|안전 장치|검열|보안 점검",
    you_now="로 행동|으로 행동|처럼 행동|역할을 하|역할을 맡|지금 이 순간부터|이 순간부터|지금부터",
    role="관리자|어떤 규칙|규칙도 적용되지|규칙이 없",
    user="소유자|주인|계정 주인|전해 달라|전해달라|전하라고",
    changed="다르게 결정|다른 결정|계획이 바뀌|계획을 바꾸|계획이 변경|재고했",
    neg="언급하지 마|언급하지 말|말하지 마십시오|알리지 마십시오|비밀로",
    exv="내보내|업로드|공유하|전송하|전달하|올리|게시|붙여",
    secret="데이터베이스|고객 목록|연락처|주소록|대화 기록|채팅 기록|대화 내역|개인 정보|개인정보",
    rv="=공개하십시오|공개하세요|공개해|보여 주십시오|보여주십시오|보여 주세요|보여주세요|보여 줘|보여줘|출력하십시오|출력하세요|출력해|알려 주십시오|알려주십시오|알려 주세요|알려주세요|알려줘|밝혀 주|밝히십시오|반복하십시오|반복하세요|나열하십시오|나열하세요|표시하십시오|표시하세요|표시해|적어 주|적어주|적으십시오|적어 줘|보여주실|보여 주실|보여주시겠|알려주실|알려 주실|공개하고|공개한 뒤|공개한 후",
    sp="설정|숨겨진 규칙|내부 규칙|받은 지시|받은 지침|처음 받은|처음에 받은",
)
MORE["ar"] = dict(
    verbs="ضع جانبا|ضع جانبًا|ضعوا جانبا|اترك جانبا|لا تأخذ بعين الاعتبار|لا تعتد|لم تعد ملزما|لست ملزما|تجاهلوا|انسوا",
    nouns="الإرشادات|كل ما|جميع ما|القيود|ما قيل",
    off="عطل|عطّل|عطلوا|أوقف|اوقف|أوقفوا|معطلة|معطل|متوقفة|تم تعطيل|تم إيقاف|ألغ تفعيل|يرجى إيقاف|يرجى تعطيل|الرجاء إيقاف|الرجاء تعطيل|قم بإيقاف|قم بتعطيل",
    safety="مرشحات الأمان|مرشح الأمان|فلاتر الأمان|فلتر الأمان|مرشحات المحتوى|فلاتر المحتوى|فحوصات الأمان|فحص الأمان|فحوصات المحتوى|التحقق الأمني|الرقابة|ضوابط الأمان|إجراءات الأمان|آليات الأمان|عمليات التحقق|مرشح المحتوى|فلتر المحتوى",
    you_now="تتصرف ك|تصرف ك|تصرف بصفتك|تصرف على أنك|قم بدور|العب دور|ابتداء من هذه اللحظة|ابتداءً من|من هذه اللحظة|من الآن فصاعدا|من الآن تعمل|تعمل ك|تعمل بصفتك",
    role="مسؤول|المسؤول|مدير|بلا قيود|لا تنطبق عليك|أي قواعد|دون أي حدود|بلا حدود|دون حدود|بدون حدود",
    user="مالك|صاحب الحساب|أن أبلغك|أن أخبرك|أبلغك|أخبرك",
    changed="خلاف ذلك|غير رأيه|غيرت رأيها|عدل عن|تغيرت الخطة|الخطة تغيرت|قرر شيئا آخر",
    neg="لا تذكر|لا تذكري|لا تشر|لا تخبره|لا تخبرها|لا تقل|أخف عن|اكتم عن",
    hide="لا تخبره بذلك|لا تخبرها بذلك|لا تذكر ذلك",
    exv="صدر|صدّر|تصدير|ارفعها|ارفعه|حمّل|شارك|أرسلها|أرسله|انشر|انشرها|الصق",
    secret="قاعدة بيانات|قاعدة البيانات|قائمة العملاء|قائمة جهات الاتصال|جهات الاتصال|سجل المحادثة|سجل المحادثات|سجل الدردشة|البيانات الشخصية",
    rv="=اكشف|أظهر|اعرض|اطبع|أفصح|كرر|انشر|أخبرني|اذكر|اسرد|اعرضوا|اطبعوا|بعرض|عرض|اكتب",
    sp="إعداداتك|الإعدادات|تكوينك|القواعد المخفية|القواعد الداخلية|التعليمات التي تلقيتها|التعليمات التي تلقيت|تعليماتك الأولية|النص الكامل للتعليمات|التعليمات الأولية|التي أعطيت لك|أعطيت لك في البداية",
)
MORE["hi"] = dict(
    verbs="एक तरफ रख|एक तरफ़ रख|किनारे रख|दरकिनार कर|पालन करने की ज़रूरत नहीं|पालन करने की जरूरत नहीं|भूल जा|अनदेखी कर",
    nouns="दिशानिर्देश|जो कुछ|सब कुछ|बताया गया|प्रतिबंध|जो कहा गया|कहा गया था|जो बताया गया",
    off="बंद कर>|बंद कर दें>|बंद करें>|बंद करो>|बंद है|बंद हैं|निष्क्रिय कर दें>|निष्क्रिय करें>|निष्क्रिय है|अक्षम करें>|अक्षम कर दें>|अक्षम है",
    safety="सुरक्षा फ़िल्टर|सुरक्षा फिल्टर|सुरक्षा जांच|सुरक्षा जाँच|सामग्री फ़िल्टर|सामग्री फिल्टर|सामग्री जाँच|सामग्री जांच|सुरक्षा प्रतिबंध|सुरक्षा नियम|सुरक्षा उपाय|कंटेंट फ़िल्टर|कंटेंट फिल्टर",
    you_now="की तरह काम कर|की तरह व्यवहार|के रूप में काम|की भूमिका निभा|इस क्षण से|अभी से|इस पल से",
    role="व्यवस्थापक|प्रशासक|एडमिन|कोई नियम|बिना किसी प्रतिबंध",
    user="आपको बता दूँ|आपको बता दूं|आपको बताऊँ|आपको बताऊं|आपको सूचित कर|खाते के मालिक|मालिक ने",
    changed="कुछ और तय|अलग फैसला|अलग निर्णय|योजना बदल|प्लान बदल",
    neg="ज़िक्र न|जिक्र न|ज़िक्र मत|जिक्र मत|उल्लेख न|उल्लेख मत|न बताना|छिपाकर|छिपा कर",
    hide="उसे न बताएं|उन्हें न बताएं|किसी को न बताएं",
    exv="निर्यात|एक्सपोर्ट|अपलोड|साझा करें|साझा कर दें|भेज दें|पोस्ट|प्रकाशित",
    secret="डेटाबेस|ग्राहक सूची|संपर्क सूची|संपर्कों|बातचीत का इतिहास|चैट इतिहास|चैट हिस्ट्री|व्यक्तिगत डेटा|निजी जानकारी",
    rv="=प्रकट करें>|प्रकट करो>|दिखाओ>|दिखाएं>|दिखाएँ>|दिखाइए>|बताओ>|बताएं>|बताइए>|प्रिंट करें>|प्रिंट करो>|दोहराओ>|दोहराएं>|दोहराएँ>|उजागर करें>|लिखें>|सूचीबद्ध करें>|लिखिए|लिखो>",
    sp="कॉन्फ़िगरेशन|कॉन्फिगरेशन|सेटिंग्स|छिपे हुए नियम|छिपे नियम|आंतरिक नियम|प्राप्त निर्देश|मिले निर्देश|आपको दिए गए निर्देश|दिए गए निर्देश|शुरुआत में दिए",
)
MORE["bn"] = dict(
    verbs="একপাশে রাখ|সরিয়ে রাখ|মানার দরকার নেই|মানতে হবে না|ভুলে যেও|উপেক্ষা কর|অগ্রাহ্য কর|কান দিও না|কান দেবেন না|পাত্তা দেবেন না",
    nouns="নির্দেশিকা|যা কিছু|সবকিছু|বলা হয়েছে|বিধিনিষেধ|যা বলা হয়েছিল|বলা হয়েছিল|যা বলা হয়েছে",
    off="বন্ধ করুন>|বন্ধ করো>|বন্ধ করে দিন|বন্ধ রাখুন|বন্ধ আছে|বন্ধ রয়েছে|বন্ধ থাকবে|বন্ধ করা হয়েছে|নিষ্ক্রিয় করুন>|নিষ্ক্রিয় করা হয়েছে|নিষ্ক্রিয় আছে|অক্ষম করুন>|বন্ধ রাখা",
    safety="নিরাপত্তা ফিল্টার|নিরাপত্তা যাচাই|নিরাপত্তা পরীক্ষা|কনটেন্ট ফিল্টার|বিষয়বস্তু ফিল্টার|নিরাপত্তা চেক|বিষয়বস্তু যাচাই|বিষয়বস্তু পরীক্ষা|নিরাপত্তা নিয়ম|নিরাপত্তা ব্যবস্থা",
    you_now="হিসেবে কাজ কর|মতো আচরণ|মতো কাজ কর|ভূমিকায়|এই মুহূর্ত থেকে|এখন থেকে",
    role="প্রশাসক|অ্যাডমিন|অ্যাডমিনিস্ট্রেটর|কোনো নিয়ম|কোনও নিয়ম",
    user="মালিক|আপনাকে জানাতে|তোমাকে জানাতে|আপনাকে বলতে|তোমাকে বলতে",
    changed="অন্য সিদ্ধান্ত|ভিন্ন সিদ্ধান্ত|পরিকল্পনা বদল|পরিকল্পনা পরিবর্তন|মত বদলেছ|মন বদলেছ|মত পাল্ট|মন পাল্ট|সিদ্ধান্ত পাল্ট|অন্যরকম সিদ্ধান্ত|অন্য রকম সিদ্ধান্ত",
    neg="উল্লেখ করবেন না|উল্লেখ করো না|উল্লেখ কোরো না|কিছু বলবেন না|কিছু বলবে না|গোপন রাখ|লুকিয়ে",
    hide="তাকে জানাবেন না|তাকে বলবেন না|তাঁকে জানাবেন না|তাঁকে কিছু জানিও না|তাকে কিছু জানিও না|কিছু জানিও না|কিছু জানাবেন না|তাকে কিছু বলবেন না",
    exv="রপ্তানি|এক্সপোর্ট|আপলোড|শেয়ার কর|পাঠিয়ে দিন|পোস্ট কর|প্রকাশ কর",
    secret="ডেটাবেস|ডাটাবেস|গ্রাহক তালিকা|যোগাযোগ তালিকা|পরিচিতি|কথোপকথনের ইতিহাস|চ্যাট ইতিহাস|ব্যক্তিগত তথ্য",
    rv="=প্রকাশ করুন>|প্রকাশ করো>|দেখাও>|দেখান>|প্রিন্ট করুন>|পুনরাবৃত্তি করুন>|বলো>|বলুন>|ফাঁস করুন>|ফাঁস করো>|লিখুন>|তালিকা দিন|লিখে দিন|লিখে দাও",
    sp="কনফিগারেশন|সেটিংস|লুকানো নিয়ম|গোপন নিয়ম|অভ্যন্তরীণ নিয়ম|প্রাপ্ত নির্দেশ|পাওয়া নির্দেশ|শুরুতে দেওয়া নির্দেশ|প্রথমে দেওয়া নির্দেশ|নির্দেশাবলির সম্পূর্ণ|শুরুর নির্দেশ|যে নির্দেশনা দেওয়া|নির্দেশনা দেওয়া হয়েছিল|শুরুতে আপনাকে|শুরুতে তোমাকে",
)
MORE["es"] = dict(
    verbs="deja de lado|deje de lado|dejen de lado|pasa por alto|pase por alto|no hagas caso|no haga caso|ya no sigas|ya no siga|no respetes|no respete|no obedezcas|no obedezca|no tome en cuenta|no tomes en cuenta|no tome en consideración",
    nouns="pautas|todo lo que|lineamientos|restricciones|recibidas|lo que te dijeron|lo que le dijeron|te han dicho|le han dicho|se te dijo|se le dijo",
    off="desactiva>|desactive>|desactiven|apaga>|apague>|deshabilita>|deshabilite>|desactivad|deshabilitad|suspendid",
    safety="filtros de seguridad|filtro de seguridad|controles de seguridad|comprobaciones de seguridad|verificaciones de seguridad|filtros de contenido|controles de contenido|moderación|salvaguardas|medidas de seguridad|filtro de contenido|control de contenido",
    you_now="actúa como|actúe como|actúas como|compórtate como|compórtese como|a partir de este momento|desde este momento|en adelante|trabajas como|trabaja como|funcionas como|funciona como|desde ahora trabajas",
    role="administrador|ninguna regla|ningún límite|sin ningún límite|sin límite|sin ninguna limitación|sin limitaciones",
    user="propietari|dueñ|que te avisara|que le avisara|que te dijera|que le dijera|que te comunicara|que le comunicara",
    changed="decidido otra cosa|decidió otra cosa|lo ha pensado mejor|lo pensó mejor|reconsiderado|cambiado el plan|cambió el plan|el plan cambió|el plan ha cambiado",
    neg="no menciones|no mencione|no le menciones|no le mencione|no comentes|no comente|oculta|oculte|no le cuentes|no le cuente",
    hide="no se lo digas|no se lo diga|no se lo comuniques|no se lo comunique|no le digas nada|no le diga nada|no se lo menciones|no se lo mencione|no se lo cuentes|no se lo cuente|no lo menciones|no lo mencione",
    exv="exporta|exporte|sube|suba|carga|cargue|comparte|comparta|publica|publique|pega|pegue",
    secret="base de datos de clientes|lista de clientes|lista de contactos|libreta de direcciones|historial de conversaci|historial del chat|historial de chat|historial completo|conversación completa",
    rv="=revela>|revele>|muestra>|muestre>|imprime>|imprima>|repite>|repita>|divulga>|divulgue>|dime>|dígame|enumera>|enumere>|escribe>|escriba>|mostrarme|amable de mostrar|amable de revelar|amable de imprimir|podría mostrar|podrías mostrar|puede mostrar|puedes mostrar|podría revelar|podrías revelar",
    sp="configuración|ajustes|reglas ocultas|normas ocultas|reglas internas|instrucciones que recibi|instrucciones recibidas|que recibiste|que recibió al principio",
    exv_them="publícalas|publícalos|envíalas|envíalos|mándalas|mándalos|súbelas|súbelos|pégalas|pégalos|compártelas|compártelos|reenvíalas|reenvíalos",
)
MORE["fr"] = dict(
    verbs="mets de côté|mettez de côté|laisse de côté|laissez de côté|ne respecte plus|ne respectez plus|ne tiens plus compte|ne tenez plus compte|n'obéis plus|n'obéissez plus|fais fi|faites fi|oublie tout|oubliez tout|passe outre|ne fais pas attention|ne faites pas attention|ne prête pas attention|ne prêtez pas attention",
    nouns="lignes directrices|recommandations",
    off="désactive>|désactivez|désactivée|désactivés|coupe>|coupez|suspendu|mis hors service|merci de couper|merci de désactiver|veuillez couper|veuillez désactiver",
    safety="filtres de sécurité|filtre de sécurité|contrôles de sécurité|vérifications de sécurité|filtres de contenu|contrôles de contenu|garde-fous|mesures de sécurité|filtre de contenu|contrôle de contenu",
    you_now="dès maintenant|dès à présent",
    role="administrateur|aucune règle|aucune limite",
    user="propriétaire|titulaire|de te prévenir|de vous prévenir|de t'informer|de vous informer",
    changed="décidé autrement|a changé le plan|le plan a changé|changé de plan|reconsidéré|s'est ravisée|revu ses plans",
    neg="ne mentionne pas|ne mentionnez pas|n'en parle pas|n'en parlez pas|cachez|ne signale pas|ne signalez pas",
    hide="ne lui en parlez pas|ne lui en parle pas|ne l'en informe pas|ne l'en informez pas",
    exv="exporte|exportez|téléverse|téléversez|chargez|partage|envoie-|envoyez-|publiez",
    secret="base de données|liste des clients|liste de clients|liste des contacts|liste de contacts|carnet d'adresses|historique de conversation|historique de la conversation|historique du chat|données personnelles|historique complet|conversation complète|clés d'api|clés api|clés",
    rv="=révèle>|révélez|montre>|montrez|affiche>|affichez|imprime>|imprimez|répète>|répétez|divulgue>|divulguez|dis-moi|dites-moi|donne>|donnez|énumère>|énumérez|écris>|écrivez|recopie>|recopiez|l'amabilité d'afficher|l'amabilité de montrer|pourriez-vous afficher|pourrais-tu afficher|pourriez-vous montrer|pourrais-tu montrer|veuillez afficher|veuillez montrer|merci d'afficher",
    sp="configuration|paramètres|règles cachées|règles internes|instructions reçues|instructions que vous avez reçues|instructions que tu as reçues",
    exv_them="publie-les|publiez-les|envoie-les|envoyez-les|transfère-les|transférez-les|colle-les|collez-les|partage-les|partagez-les|mets-les|mettez-les",
)
MORE["de"] = dict(
    verbs="lass beiseite|lassen sie beiseite|lege beiseite|legen sie beiseite|schiebe beiseite|schieben sie beiseite|ignorier|kümmere dich nicht|kümmern sie sich nicht|achte nicht auf|achten sie nicht auf",
    nouns="vorgaben|alles, was|leitlinien|einschränkungen|erhaltenen",
    off="deaktiviere>|deaktivieren sie|deaktiviert|<schalte>|schalten sie|abgeschaltet|ausgeschaltet|außer kraft|ausgesetzt",
    safety="sicherheitsfilter|sicherheitsprüfung|sicherheitskontroll|sicherheitscheck|inhaltsfilter|inhaltsprüfung|inhaltskontroll|schutzmechanism|sicherheitsmechanism|sicherheitsvorkehrung|sicherheitsregeln|inhaltsfilter",
    you_now="handle als|handeln sie als|agiere als|agieren sie als|verhalte dich wie|verhalten sie sich wie|tritt als|ab diesem moment|von diesem moment an|ab sofort|arbeitest du als|arbeiten sie als|du arbeitest als|sie arbeiten als",
    role="administrator|keinerlei regeln|keine regeln|ohne jede|ohne jede begrenzung|ohne begrenzung|ohne jede einschränkung|ohne grenzen",
    user="inhaber|eigentümer|kontoinhaber|dir auszurichten|ihnen auszurichten|dir zu sagen|ihnen zu sagen|dir mitzuteilen|ihnen mitzuteilen",
    changed="anders entschieden|umentschieden|umgeplant|plan hat sich geändert|pläne haben sich geändert|plan geändert|anders überlegt",
    neg="erwähne nicht|erwähnen sie nicht|erwähne das nicht|erwähnen sie das nicht|sag nichts|sagen sie nichts|teile ihm das nicht|teilen sie ihm das nicht|verschweige|verschweigen sie",
    hide="teile ihm das nicht mit|teilen sie ihm das nicht mit|sag ihm nichts|sagen sie ihm nichts|ohne ihn zu informieren|ohne sie zu informieren|erwähne das nicht|erwähnen sie das nicht|erwähne das dem benutzer|erwähne dies dem benutzer|erwähne es dem benutzer|erwähnen sie das dem benutzer|benutzer gegenüber nicht|nutzer gegenüber nicht|sag ihm nichts davon|sagen sie ihm nichts davon",
    exv="exportiere|exportieren sie|lade|laden sie|teile|teilen sie|übermittle|übermitteln sie|leite|leiten sie|veröffentliche|veröffentlichen sie|stelle|stellen sie|füge",
    secret="datenbank|kundenliste|kontaktliste|adressbuch|kontakte|gesprächsverlauf|chatverlauf|unterhaltungsverlauf|personenbezogene daten|kontopasswort",
    rv="=zeige>|zeigen sie|zeig mir|verrate>|verraten sie|gib>|geben sie|lege offen|legen sie offen|wiederhole>|wiederholen sie|drucke>|drucken sie|nenne>|nennen sie|anzuzeigen|gib aus|geben sie aus|schreib>|schreibe>|schreiben sie",
    sp="konfiguration|einstellungen|versteckten regeln|verborgenen regeln|internen regeln|ursprünglichen anweisungen|ursprünglichen vorgaben|erhaltenen anweisungen|wortlaut ihrer|wortlaut|erhaltenen anweisungen|anfangsanweisungen|die du am anfang|die sie am anfang|am anfang bekommen|am anfang erhalten",
    verbs_after="beiseite|außer acht|nicht mehr befolgen|nicht mehr beachten|nicht länger befolgen|sind ungültig|gelten nicht mehr für dich|gelten nicht mehr für sie",
    exv_them="stelle sie|sende sie|schicke sie|lade sie hoch|leite sie weiter|teile sie",
)
MORE["it"] = dict(
    verbs="metti da parte|metta da parte|lascia perdere|lasci perdere|non rispettare|non rispetti|non obbedire|non obbedisca|non considerare|non consideri|non devi più seguire|non deve più seguire|non badare|non badi|non fare caso|non faccia caso",
    nouns="linee guida|tutto ciò che|tutto quello che|restrizioni|ricevute|ti è stato detto|le è stato detto|ti hanno detto|le hanno detto",
    off="disattiva>|disattivi>|disattivate|spegni>|spenga>|disabilita>|disabiliti>|disattivat|disabilitat|sospes",
    safety="filtri di sicurezza|filtro di sicurezza|controlli di sicurezza|verifiche di sicurezza|filtri dei contenuti|filtri di contenuto|controlli sui contenuti|moderazione|misure di sicurezza|protezioni|filtro dei contenuti|filtro contenuti",
    you_now="agisci come|agisca come|comportati come|si comporti come|da questo momento|d'ora in avanti|a partire da ora|lavori come|lavora come|da adesso lavori|da ora lavori",
    role="amministratore|nessuna regola|nessun limite|senza alcun limite|senza alcuna limitazione",
    user="proprietari|titolare|di farti sapere|di farle sapere|di dirti|di dirle|di avvisarti|di avvisarla",
    changed="deciso diversamente|ha deciso altrimenti|ripensato|il piano è cambiato|cambiato piano|cambiato i piani",
    neg="non menzionare|non menzioni|non parlarne|non ne parli|non dirgli|non gli dica|nascondi|nasconda|non glielo dire|non glielo dica",
    hide="non dirglielo|non glielo dica|non parlargliene|senza dirglielo|non dirlo|non menzionarlo|non lo menzioni|non dirlo all'utente|non farne parola",
    exv="esporta|esporti|carica|carichi|condividi|condivida|pubblica|pubblichi|incolla|incolli",
    secret="database|elenco clienti|elenco dei clienti|elenco contatti|elenco dei contatti|rubrica|cronologia della conversazione|cronologia delle conversazioni|cronologia della chat|dati personali|cronologia completa|conversazione completa",
    rv="=rivela>|riveli>|mostra>|mostri>|stampa>|stampi>|ripeti>|ripeta>|svela>|sveli>|dimmi|mi dica|divulga>|elenca>|elenchi>|scrivi>|scriva>|cortesemente mostrare|potrebbe mostrare|potresti mostrare|potrebbe rivelare|potresti rivelare|gentilmente mostrare",
    sp="configurazione|impostazioni|regole nascoste|regole interne|istruzioni ricevute|istruzioni che hai ricevuto|istruzioni che ha ricevuto|che hai ricevuto|che ha ricevuto",
    exv_them="pubblicale|pubblicali|inviale|inviali|mandale|mandali|incollale|incollali|caricale|caricali|inoltrale|inoltrali|condividile|condividili",
)
MORE["pt"] = dict(
    verbs="deixa de lado|ponha de lado|põe de lado|não respeite|não obedeça|não leve em conta|não leve em consideração|não precisa mais seguir|já não siga|passe por cima|não ligue para|não ligues para|não dê atenção|não dês atenção",
    nouns="todo o que|tudo o que|restrições|recebidas|lhe disseram|te disseram|lhe foi dito|te foi dito|foi dito a você",
    off="desative>|desativa>|desliga>|desligue>|desabilite>|desabilita>|desativad|desligad|desabilitad|suspens",
    safety="filtros de segurança|filtro de segurança|verificações de segurança|controles de segurança|controlos de segurança|filtros de conteúdo|moderação|salvaguardas|medidas de segurança|proteções|filtro de conteúdo",
    you_now="aja como|age como|atue como|atua como|comporte-se como|a partir deste momento|deste momento em diante|de agora em diante|você trabalha como|trabalhas como|trabalha como",
    role="administrador|nenhuma regra|nenhum limite|sem nenhum limite|sem qualquer limite|sem limite",
    user="proprietári|dono|avisar você|avisá-lo|te avisar|lhe dizer|dizer a você|te dizer",
    changed="decidiu outra coisa|decidiu de outra forma|pensou melhor|repensou|o plano mudou|mudou o plano|mudou os planos",
    neg="não mencione|não menciones|não lhe diga|não lhe digas|oculte|esconda",
    hide="não diga nada a ele|não diga nada a ela|sem lhe dizer",
    exv="exporte|exporta|carregue|carrega|suba|faça upload|compartilhe|partilhe|publique|publica|cole|poste",
    secret="base de dados|banco de dados|lista de clientes|lista de contatos|lista de contactos|agenda de contatos|histórico da conversa|histórico de conversas|histórico do chat|dados pessoais|histórico completo|conversa completa|chaves de api|chaves api",
    rv="=revele>|revela>|mostre>|mostra>|imprima>|imprime>|repita>|repete>|divulgue>|diga-me|exiba>|exibe>|liste>|escreva>|gentileza, exibir|gentileza exibir|poderia exibir|poderia mostrar|poderias mostrar|pode mostrar|poderia revelar|favor exibir|favor mostrar",
    sp="configuração|configurações|regras ocultas|regras internas|instruções que recebeu|instruções recebidas|instruções que você recebeu|que você recebeu no início|que recebeste",
    exv_them="publique-as|publique-os|envie-as|envie-os|mande-as|mande-os|cole-as|cole-os|compartilhe-as|compartilhe-os|encaminhe-as|encaminhe-os",
)
L_FIRST = {lang: dict(lex) for lang, lex in L.items()}  # FROZEN_PATTERNS keep these words
for _lang, _extra in MORE.items():
    for _key, _words in _extra.items():
        _old = L[_lang].get(_key, "")
        L[_lang][_key] = _words[1:] if _words.startswith("=") else "|".join(x for x in (_old, _words) if x)

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
# What may stand beside a word that "<" or ">" marks, besides whitespace and ASCII punctuation.
BOUNDS = "।。、，"
# Opener words per pattern in Latin-script languages (add_split).
SPLIT = 12
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


def words(lang, key, lexicons=None):
    return [w for w in (lexicons or L)[lang].get(key, "").split("|") if w]


def main():
    tool = sys.argv[1]
    chars = sorted({c for lex in L.values() for v in lex.values() for c in v} | set(QUOTES + VOCATIVE))
    chars = [c for c in chars if c not in "|*< "]
    forms = [f for c in chars for f in (c.lower(), c.upper())]
    norm = normalise_all(tool, forms)

    def char_class(c, upper=True):
        forms = {c.lower(), c.upper()} if upper else {c.lower()}
        options = sorted({norm.get(f, f) for f in forms})
        return [o for o in options if o], "" in options

    def word_regex(word, latin=False):
        # A capital is looked for only where a word starts (or after "-"): every letter that has
        # a second folded form adds a branch to each DFA state (bench/notes.md, "Cold start"),
        # and all-capital words in these scripts are rare in tool output.
        parts = []
        start = True
        boundary = "\\b" if latin else f"[\\s[:punct:]{BOUNDS}]"
        for c in word:
            if c == " ":
                parts.append("\\s+")
                start = True
                continue
            if c == "*":
                parts.append("\\S{0,5}")
                continue
            if c == "<":
                # the word starts here: after a space or ASCII punctuation (a class of all
                # non-letters, \\PL, would multiply the program's size). In a Latin-script
                # language, whose folded text is ASCII, "\\b": a class there hides the word from
                # RE2's prefilter, and the literal gate could then never skip the pattern's set on
                # English text (pattern_gate.h).
                parts.append(boundary)
                start = True
                continue
            if c == ">":
                # the word ends here ("покажи", not "показывает"), as above
                parts.append(boundary)
                continue
            nonempty, droppable = char_class(c, upper=start)
            start = c in "-"
            if not nonempty:
                continue  # the normalizer drops this mark
            alt = "|".join(re2_escape(o) for o in nonempty)
            group = alt if len(nonempty) == 1 and len(nonempty[0]) == 1 else f"(?:{alt})"
            parts.append(group + ("?" if droppable else ""))
        return "".join(parts)

    latin = [False]  # the language being generated writes Latin script (set in the loop below)

    def alt(ws):
        assert ws, "an empty alternation would match anywhere"
        return "(?:" + "|".join(sorted({word_regex(w, latin[0]) for w in ws})) + ")"

    def chars_class(cs):
        opts = sorted({o for c in cs for o in char_class(c)[0] if len(o) == 1})
        return "[" + "".join(re2_escape(o) if o not in "]^" else "\\" + o for o in opts) + "]"

    patterns = []

    def add(lang, name, regex, severity, what):
        patterns.append({"id": f"mlw.{lang}.{name}", "regex": regex, "severity": severity,
                         "description": f"{lang}: {what}"})

    def add_split(lang, name, opener, make, severity, what):
        """One pattern per run of at most SPLIT opener words (Latin-script languages): RE2's
        prefilter gives up on a larger alternation of literals, and a pattern without required
        literals cannot be gated (pattern_gate.h): its set would run on every English text."""
        n = SPLIT if lang in LATIN else len(opener)
        for k in range(0, len(opener), n):
            add(lang, name + (f"_{k // n + 1}" if k else ""), make(opener[k:k + n], k == 0),
                severity, what)

    for lang in sorted(L):
        latin[0] = lang in LATIN
        both = lang not in LATIN or lang in SOV  # generate the reversed order too
        w = lambda k: words(lang, k)  # noqa: E731

        def g(n, dots=False, lang=lang):
            return gap(n, ENDS.get(lang, ""), dots)

        def pair(a, b, n, window=g, both=both):
            forward = f"{alt(a)}{window(n)}{alt(b)}"
            return forward + (f"|{alt(b)}{window(n)}{alt(a)}" if both else "")

        def drop(verbs, first, lang=lang, w=w, g=g, pair=pair):
            regex = pair(verbs, w("nouns"), 40)
            if first and w("verbs_after"):  # separable, clause-final verbs: "die Regeln ... beiseite"
                regex += f"|{alt(w('nouns'))}{g(40)}{alt(w('verbs_after'))}"
            return regex

        add_split(lang, "drop_instructions", w("verbs"), drop, "high",
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
        frozen = (lang, "hide_from_user") in FROZEN_PATTERNS
        wh = (lambda k: words(lang, k, L_FIRST)) if frozen else w
        hide = alt(wh("hide"))
        if wh("neg"):
            hide += "|" + pair(wh("neg"), wh("tell_user") or wh("user"), 20,
                               window=gap if frozen else g)
        add(lang, "hide_from_user", hide, "high", "asks to keep an action from the user")
        changed = f"{alt(w('user'))}{g(25)}{alt(w('changed'))}"
        if lang in SOV:  # "that the plan changed, (he asked me) to tell you"
            changed += f"|{alt(w('changed'))}{g(25)}{alt(w('user'))}"
        add(lang, "user_changed_mind", changed, "medium",
            "reports that the user changed their mind (what follows replaces the task)")
        add(lang, "new_instructions",
            # the colon of the same sentence, not a JSON key's after the closing quote
            f"{alt(w('new_instr'))}[^.!?\\n:\"{ENDS.get(lang, '')}]{{0,30}}:|{alt(w('your_task'))}",
            "medium",
            "announces new instructions or a new task for the reader")
        at = "(?:@|://)\\S{0,30}"  # the address, dots included
        frozen = (lang, "send_secret") in FROZEN_PATTERNS
        ws = (lambda k: words(lang, k, L_FIRST)) if frozen else w
        secrets = [x for x in ws("secret") if lang in LATIN or not x.isascii()]
        exv, sec = alt(ws("exv")), alt(secrets)
        if frozen:
            near, far = gap(30), gap(60)
        else:  # the window up to the address crosses the periods of file names and addresses
            near, far = g(50, dots=True), g(60, dots=True)
        send = f"{exv}{near}{sec}{far}{at}"
        if lang in SOV or lang not in LATIN:
            send += f"|{sec}{far}{at}{near}{exv}"
        # The secret first, then the verb, then the address ("the API keys ..., upload them to"),
        # not in Latin-script languages: there it also reads "your password was sent to ..."
        # notices (their past participles share the imperative's stem: "envia" in "enviada"),
        # which the verb-first order does not.
        if lang not in LATIN:
            send += f"|{sec}{near}{exv}{far}{at}"
        elif w("exv_them") and not frozen:  # "the API keys ..., post them to": an imperative with its pronoun
            send += f"|{sec}{far}{alt(w('exv_them'))}{near}{at}"
        add(lang, "send_secret", send, "high",
            "asks to send a password, token or key to an address")
        add_split(lang, "safety_off", w("off"),
                  lambda off, _, w=w, pair=pair: pair(off, w("safety"), 40, both=True), "high",
            "tells the reader to turn off its safety filters or checks, or says they are off")
        add_split(lang, "reveal_prompt", w("rv"), lambda rv, _, w=w, pair=pair: pair(rv, w("sp"), 30),
                  "high",
            "asks the reader to reveal its system prompt or hidden instructions")
        add_split(lang, "role_reassignment", w("you_now"),
                  lambda you, _, w=w, g=g: f"{alt(you)}{g(25)}{alt(w('role'))}", "high",
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
