#!/usr/bin/env python3
"""Writes safety_core/packs/multilingual_override_wide.json from the cue lexicons below.

The lexicons are generic override vocabulary written for this project (not copied from any
dataset): verbs that tell a reader to drop something, nouns for instructions/tasks/rules, words
that address an AI, and phrases that hide an action from the user. Patterns match the
*normalised* text, and the normalizer folds some letters of these scripts (Cyrillic н/Н differ
after folding, Arabic alef becomes "l", Devanagari vowel signs vanish), so every letter becomes a
class of what its lower- and upper-case forms normalise to, asked from
`detector_eval --print-normalized`. Usage:
  scripts/make_multilingual_pack.py build/dev/chaos_scenarios/detector_eval
"""
import json
import os
import subprocess
import sys

# language: (drop verbs, instruction nouns, AI-address words, hide-from-user phrases)
LEXICON = {
    "ru": (["игнорируй", "проигнорируй", "не обращай внимания", "забудь", "отбрось", "не слушай"],
           ["инструкци", "указани", "правил", "задач", "команд", "приказ"],
           ["ассистент", "ии-агент", "ии ", "бот", "нейросет", "модель"],
           ["не говори пользовател", "не сообщай пользовател", "не сообщая пользовател",
            "скрой от пользовател", "без ведома пользовател"]),
    "uk": (["ігноруй", "проігноруй", "не зважай", "забудь", "відкинь", "не слухай"],
           ["інструкці", "вказівк", "правил", "завдання", "команд", "наказ"],
           ["асистент", "ші-агент", "ші ", "бот", "нейромереж", "модель"],
           ["не кажи користувач", "не повідомляй користувач", "не повідомляючи користувач",
            "приховай від користувач", "без відома користувач"]),
    "pl": (["zignoruj", "ignoruj", "zapomnij", "nie zwracaj uwagi", "pomiń", "odrzuć"],
           ["instrukcj", "polece", "zasad", "zadani", "regu", "rozkaz"],
           ["asystencie", "asystent", "agencie ai", "agent ai", "ai:", "ai,", "modelu"],
           ["nie mów użytkownik", "bez informowania użytkownik", "ukryj przed użytkownik",
            "bez wiedzy użytkownik"]),
    "nl": (["negeer", "vergeet", "trek je niets aan van", "let niet op", "laat links liggen"],
           ["instructies", "instructie", "opdracht", "regels", "taak", "richtlijnen"],
           ["assistent", "ai-agent", "ai:", "ai,", "chatbot", "taalmodel"],
           ["zeg niets tegen de gebruiker", "zonder de gebruiker te informeren",
            "verberg dit voor de gebruiker", "buiten medeweten van de gebruiker"]),
    "tr": (["yok say", "görmezden gel", "unut", "dikkate alma", "boşver", "aldırma"],
           ["talimat", "komut", "kural", "görev", "yönerge", "emir"],
           ["asistan", "yapay zek", "ajan", "sohbet botu", "dil modeli"],
           ["kullanıcıya söyleme", "kullanıcıya haber vermeden", "kullanıcıdan gizle",
            "kullanıcıya bildirmeden"]),
    "vi": (["bỏ qua", "phớt lờ", "quên", "đừng để ý", "lờ đi", "đừng quan tâm"],
           ["hướng dẫn", "chỉ dẫn", "chỉ thị", "nhiệm vụ", "quy tắc", "mệnh lệnh"],
           ["trợ lý", "tác tử ai", "ai:", "ai,", "chatbot", "mô hình"],
           ["đừng nói với người dùng", "không cần thông báo cho người dùng",
            "giấu người dùng", "không cho người dùng biết"]),
    "id": (["abaikan", "lupakan", "jangan hiraukan", "jangan pedulikan", "acuhkan", "kesampingkan"],
           ["instruksi", "petunjuk", "perintah", "aturan", "tugas", "arahan"],
           ["asisten", "agen ai", "ai:", "ai,", "chatbot", "model bahasa"],
           ["jangan beri tahu pengguna", "tanpa memberi tahu pengguna",
            "sembunyikan dari pengguna", "tanpa sepengetahuan pengguna"]),
    "zh": (["忽略", "忘掉", "忘记", "无视", "不要理会", "别管", "不用管", "抛开"],
           ["指令", "指示", "任务", "规则", "说明", "命令"],
           ["助手", "ai", "人工智能", "代理", "机器人", "模型"],
           ["不要告诉用户", "不通知用户", "瞒着用户", "别让用户知道", "对用户保密"]),
    "ja": (["無視", "忘れ", "気にせず", "気にしない", "従わず"],
           ["指示", "命令", "タスク", "ルール", "指令", "課題"],
           ["アシスタント", "aiエージェント", "aiへ", "ai、", "ボット", "モデル"],
           ["ユーザーには伝えず", "ユーザーに知らせず", "ユーザーに内緒", "ユーザーに言わず"]),
    "ko": (["무시", "잊어", "신경 쓰지 말", "신경쓰지 말", "따르지 말"],
           ["지시", "지침", "명령", "작업", "규칙", "임무"],
           ["어시스턴트", "ai 에이전트", "ai에게", "ai,", "챗봇", "모델"],
           ["사용자에게 말하지 말", "사용자에게 알리지 말", "사용자 몰래", "사용자에게 숨기"]),
    "ar": (["تجاهل", "انس", "انسَ", "لا تلتفت", "أهمل"],
           ["التعليمات", "تعليمات", "الأوامر", "أوامر", "مهمتك", "القواعد", "تعليماتك"],
           ["المساعد", "الذكاء الاصطناعي", "الوكيل", "روبوت", "النموذج"],
           ["لا تخبر المستخدم", "دون إبلاغ المستخدم", "دون علم المستخدم", "أخف عن المستخدم"]),
    "hi": (["अनदेखा", "भूल जाओ", "भूल जाएं", "ध्यान मत दो", "नज़रअंदाज़", "नजरअंदाज"],
           ["निर्देश", "आदेश", "काम", "नियम", "कार्य"],
           ["सहायक", "एआई", "एजेंट", "बॉट", "मॉडल"],
           ["उपयोगकर्ता को मत बताओ", "उपयोगकर्ता को बताए बिना", "उपयोगकर्ता से छिपा",
            "उपयोगकर्ता को पता न"]),
    "bn": (["উপেক্ষা", "ভুলে যাও", "পাত্তা দিও না", "অগ্রাহ্য", "মানবে না"],
           ["নির্দেশ", "আদেশ", "কাজ", "নিয়ম"],
           ["সহকারী", "এআই", "এজেন্ট", "বট", "মডেল"],
           ["ব্যবহারকারীকে বলবে না", "ব্যবহারকারীকে না জানিয়ে", "ব্যবহারকারীর কাছ থেকে লুকাও",
            "ব্যবহারকারীকে জানাবে না"]),
}

GAP = "[^.!?\\n\u3002\uff01\uff1f\u0964]{0,60}"  # within one sentence


def normalise_all(tool, lines):
    out = subprocess.run([tool, "--print-normalized"], input="\n".join(lines) + "\n",
                         capture_output=True, check=True, text=True).stdout.split("\n")
    return dict(zip(lines, out))


def re2_escape(s):
    return "".join("\\" + c if c in "\\.^$|?*+()[]{}-" else c for c in s)


def main():
    tool = sys.argv[1]
    chars = sorted({c for lex in LEXICON.values() for group in lex for w in group for c in w})
    forms = [f for c in chars for f in (c.lower(), c.upper())]
    norm = normalise_all(tool, forms)

    def word_regex(word):
        parts = []
        for c in word:
            if c == " ":
                parts.append("\\s+")
                continue
            options = sorted({norm.get(c.lower(), c.lower()), norm.get(c.upper(), c.upper())})
            nonempty = [o for o in options if o]
            if not nonempty:
                continue  # the normalizer drops this mark
            alt = "|".join(re2_escape(o) for o in nonempty)
            group = alt if len(nonempty) == 1 and len(nonempty[0]) == 1 else f"(?:{alt})"
            parts.append(group + ("?" if "" in options else ""))
        return "".join(parts)

    def alternation(words):
        return "(?:" + "|".join(word_regex(w) for w in words) + ")"

    patterns = []
    for lang, (verbs, nouns, ai, hide) in sorted(LEXICON.items()):
        v, n = alternation(verbs), alternation(nouns)
        patterns.append({
            "id": f"mlw.{lang}.drop_instructions",
            "regex": f"{v}{GAP}{n}|{n}{GAP}{v}",
            "severity": "high",
            "description": f"{lang}: tells the reader to ignore or forget its instructions or task",
        })
        patterns.append({
            "id": f"mlw.{lang}.addressed_instructions",
            "regex": f"{alternation(ai)}{GAP}{n}",
            "severity": "medium",
            "description": f"{lang}: addresses an AI assistant and gives it instructions or a task",
        })
        patterns.append({
            "id": f"mlw.{lang}.hide_from_user",
            "regex": alternation(hide),
            "severity": "high",
            "description": f"{lang}: asks to keep an action from the user",
        })
    pack = {"pack": "multilingual_override_wide", "version": "1", "patterns": patterns}
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "safety_core/packs/multilingual_override_wide.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(pack, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{path}: {len(patterns)} patterns")


if __name__ == "__main__":
    main()
