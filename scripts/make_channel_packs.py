#!/usr/bin/env python3
"""Writes the bundled packs safety_core/packs/data_channel.json and prompt_channel.json (issue 15).
Rules describe mechanisms, not corpus strings: data that reports the user changed their request and
then gives the reader an order, messages "relayed from the user", TODO/FIXME/@-mention notes for an
AI, greetings to an AI followed by an order, automated readers told what they must answer,
requests for another person's secrets (data_channel); payload splitting (assemble variables and act
on them), join-and-obey, repeat-one-word-forever, fictional/simulated frames that then ask the
reader to really act, "no consequences"/"rules suspended", pretend modes that allow rule breaking,
hypothetical frames asking for secrets (prompt_channel). V is the closed list of actions an agent
can take on a user's behalf; AI the ways data names its AI reader. Windows stay short: each
counted repetition adds states to the shared RE2 DFA (docs/sanitizer.md gives the measured cost).
Rerun from the repository root after editing: python3 scripts/make_channel_packs.py
then remake safety_core/src/pack_literals.inc (docs/sanitizer.md, "Bundled packs")."""
import json
V = r"(?:send|forward|e-?mail|share|delete|remove|pay|transfer|wire|approve|accept|book|cancel|reply|respond|post|add|grant|give|reset|copy|move|list|download|run|execute|open|visit|mark|recommend|rate|say|tell|report|ignore|disregard|skip|drop|stop|forget|reveal|print|output|include|append|set|unsubscribe|mute|purchase|buy|change|update|upload|paste|label|classify|answer|insert|invite|publish|disable|turn\s+off|archive)"
AI = r"(?:ai|a\.i\.|assistant|agent|llm|bot|chat\s*bot|copilot|gpt|chatgpt|claude|gemini|language\s+model|ai\s+(?:helper|assistant|agent|model|reader|system))"
OWNER = r"(?:user|principal|account\s+holder|account\s+owner|person\s+you\s+are\s+(?:assisting|helping|working\s+for)|human\s+you\s+(?:serve|work\s+for|assist))"
data_channel = {"pack": "data_channel", "version": "1", "patterns": [
 {"id": "channel.reported_intent_change", "severity": "high",
  "description": "data reports that the user changed or replaced their request, then gives the reader an action",
  "regex": r"\b(?:the|your|my)\s+" + OWNER + r"\s+(?:has\s+|have\s+|just\s+)?(?:changed\s+(?:their|his|her|the)\s+(?:mind|request|plans?|instructions?)|reconsidered|updated\s+(?:their|his|her|the)\s+(?:request|instructions?|task))\b[^.\n]{0,12}?(?:[:;,.\-\u2013]|\band\b)\s*(?:they\s+(?:would\s+)?(?:now\s+)?(?:like|want)\s+you\s+to\s+|(?:so\s+)?(?:please\s+|now\s+)?(?:instead\s*,?\s+)?(?:instead\s+of\s+[^,\n]{1,40},\s*)?)" + V + r"\b"},
 {"id": "channel.relayed_for_you", "severity": "high",
  "description": "someone claims to relay the user's wishes to the reader (\"the user told me you should\", \"your user wants you to\")",
  "regex": r"\b(?:the|your|my)\s+" + OWNER + r"\s+(?:\w+\s+)?(?:told\s+me\s+(?:that\s+)?you|wants?\s+you\s+to|wanted\s+me\s+to\s+tell\s+you|asked\s+me\s+to\s+(?:tell|ask|remind)\s+you|said\s+(?:it'?s|it\s+is|that'?s)\s+(?:fine|ok(?:ay)?|alright)\s+(?:for\s+you\s+)?to|(?:has\s+)?okayed\s+(?:it|this)|would\s+(?:now\s+)?like\s+you\s+to)\b|\bthey\s+asked\s+me\s+to\s+tell\s+you\s+to\b|\byour\s+(?:user|principal|human|owner)\s+(?:\w+\s+)?(?:wants|wanted|asked|messaged|said|told|needs|would\s+(?:now\s+)?like|has\s+(?:asked|decided|requested|approved))\b"},
 {"id": "channel.message_from_user", "severity": "high",
  "description": "data presents itself as a message relayed from the user and addresses the reader",
  "regex": r"\b(?:message|note|update|word|instructions?|request|notice)\s+(?:relayed\s+|forwarded\s+|passed\s+on\s+)?from\s+(?:the|your)\s+(?:user|principal|account\s+holder|account\s+owner)\s*(?:\([^)\n]{0,40}\)\s*)?(?:[:\]\-\u2013]|\bto\s+(?:their|your|the)\s+(?:\w+\s+)?" + AI + r")[^\n]{0,80}?(?:\byou\b|\bplease\s+" + V + r"|[:;,]\s*(?:also\s+|just\s+|then\s+)?" + V + r"\b)|\[\s*from\s+(?:the|your)\s+user\s*\]|\b(?:the\s+)?(?:user|principal|owner)'s\s+(?:latest|new|updated|real|actual|final|revised)\s+(?:instruction|request|wish|order)s?\b[^.\n]{0,60}?[:\-]\s*(?:please\s+)?" + V + r"\b"},
 {"id": "channel.change_of_plans", "severity": "medium",
  "description": "a change of plans announced in data, followed straight away by an order",
  "regex": r"\b(?:change\s+of\s+plans?|new\s+plan|plans?\s+(?:have\s+)?changed)\s*[:,\-\u2013]\s*(?:please\s+)?" + V + r"\b"},
 {"id": "channel.on_behalf_of_user", "severity": "high",
  "description": "an order given to the reader in the user's name",
  "regex": r"\bon\s+behalf\s+of\s+(?:the|your)\s+(?:user|principal|account\s+holder|owner)\s*[:,\-]\s*(?:please\s+)?(?:stop|" + V + r")\b"},
 {"id": "channel.ai_tag_note", "severity": "high",
  "description": "a TODO/FIXME/note tag addressed to an AI, or an @-mention of an AI followed by an order",
  "regex": r"\b(?:todo|fixme|note|nb|memo|hack|xxx)\s*\(\s*@?" + AI + r"\s*\)|@" + AI + r"\b\s*[,:]?\s*(?:pls|please|kindly|now|just)?\s*(?:generate|write|make|" + V + r")\b"},
 {"id": "channel.greeting_to_ai", "severity": "high",
  "description": "a greeting, P.S., FYI or TODO addressed to an AI, followed by second person or an order",
  "regex": r"(?:(?:\bp\.\s?s\.|\b(?:ps|fyi|hey|hi|hello|dear|yo|attention|attn|psst|heads\s+up|note|reminder|todo|memo|instruction|message)\b)\s*[,:\-\u2013]?\s*(?:to\s+|for\s+)?(?:the\s+|my\s+|our\s+|any\s+|whichever\s+|whatever\s+|dear\s+)?(?:\w+\s+)?@?" + AI + r"s?(?:\s*[,:\-\u2013)]|\s+(?:handling|reading|processing|that\s+reads|who\s+reads|which\s+reads|reads|here))|(?:^|[\n.!?:>\"'(\[|#/*-])\s*" + AI + r"\s*,\s*(?:this\s+is|heads\s+up|fyi|quick\s+note))[^\n]{0,40}?(?:\byou\b|(?:[:;,.\-\u2013]|\bso|\bthen|\band|\bplease)\s+(?:please\s+|just\s+|now\s+|also\s+)?" + V + r"\b)"},
 {"id": "channel.to_the_ai_colon", "severity": "high",
  "description": "a line addressed to an AI by a role word and a colon (\"To the email assistant:\", \"Instruction to the analyst bot:\")",
  "regex": r"\b(?:to|for)\s+(?:the|any|all|every|whichever|our|my|your)\s+(?:\w+\s+)?(?:assistant|agent|ai|llm|bot|copilot|summari[sz]er|language\s+model)s?\s*:"},
 {"id": "channel.automated_readers_must", "severity": "high",
  "description": "automated or AI readers of the data told what they must answer, label or insert",
  "regex": r"\b(?:ai|automated|llm|language[- ]model|gpt|copilot|bot)\s+(?:\w+\s+){0,2}?(?:analysts?|tools?|reviewers?|summari[sz]ers?|systems?|assistants?|agents?|readers?|models?|crawlers?|scanners?|bots?)\s+(?:(?:\w+ing)\s+(?:this|these|the)\s+\w+\s+)?(?:must|should|shall|need\s+to|are\s+(?:required|expected|instructed)\s+to|is\s+(?:required|expected|instructed)\s+to)\s+(?:always\s+|now\s+|also\s+|only\s+)?(?:generate|write|make|" + V + r")\b"},
 # Opens where an order opens; a quotation mark counts only at a structural position (a JSON or
 # CSV string, a quoted line), not after a word ("such as 'send the user's API key'": a mention).
 {"id": "channel.third_party_secret", "severity": "high",
  "description": "asks the reader to hand over another person's session token, password or credentials",
  "regex": r"\b(?:paste|send|share|include|put|post|forward|e-?mail|give|reveal|read\s+out|upload)\s+(?:me\s+)?(?:the\s+user'?s?|their|the\s+customer'?s?|the\s+owner'?s?|the\s+account\s+holder'?s?)\s+(?:current\s+|active\s+|saved\s+|stored\s+|last\s+\w+\s+)?(?:session\s+(?:token|cookie|id)|access\s+token|auth(?:entication)?\s+token|cookies?|passwords?|credentials|api\s+keys?|2fa\s+codes?|otp|one-time\s+codes?|bank\s+statements?|passport\s+scan|card\s+(?:number|details))\b|\b(?:send|share|forward|e-?mail|paste)\s+(?:all\s+|the\s+)?(?:saved|stored)\s+(?:passwords|credentials)\b"},
 {"id": "channel.download_and_run", "severity": "high",
  "description": "asks the reader to download something and run it",
  "regex": r"\bdownload\b[^.\n]{0,50}?\b(?:and|then)\s+(?:then\s+)?(?:run|execute|open|install|launch)\s+(?:it|them|the\s+(?:file|attachment|script|installer))\b"}
]}
prompt_channel = {"pack": "prompt_channel", "version": "1", "patterns": [
 {"id": "prompt.split_payload_run", "severity": "high",
  "description": "asks the reader to assemble string variables and act on the result (payload splitting)",
  "regex": r"\b(?:do|execute|run|perform|carry\s+out|follow|obey|act\s+on|eval(?:uate)?\s+and\s+(?:follow|do))\s+(?:the\s+)?(?:instruction\s+|command\s+|string\s+)?[a-z]\w{0,2}\s*\+\s*(?:['\"][^'\"\n]{0,3}['\"]\s*\+\s*)?[a-z]\w{0,2}\b|\b(?:perform|execute|do|carry\s+out|run)\s+[a-z]\s+(?:then|followed\s+by|and\s+then)\s+[a-z]\b"},
 {"id": "prompt.combine_and_obey", "severity": "high",
  "description": "asks the reader to join pieces of text and follow what they say",
  "regex": r"\b(?:combine|concatenate|join|assemble|merge|put\s+together|glue)\b[^.\n]{0,60}?\band\s+(?:then\s+)?(?:follow|obey|execute|do|perform|carry\s+out|act\s+on|comply\s+with)\s+(?:it|them|what|the\s+(?:result|outcome|output|combined|resulting|instruction|sentence|text|string))"},
 {"id": "prompt.repeat_forever", "severity": "medium",
  "description": "asks for one word to be repeated without end (training-data extraction by divergence)",
  "regex": r"\b(?:repeat|say|write|output|print)\s+(?:the\s+)?(?:word|token|phrase|letter|string)\s+['\"]?[^\s'\"]{1,30}['\"]?\s+(?:forever|infinitely|endlessly|indefinitely|nonstop|without\s+stopping|over\s+and\s+over|\d{3,}\s+times|until\s+you)"},
 {"id": "prompt.fiction_then_act", "severity": "high",
  "description": "a fictional or simulated frame followed by a request to really act in it",
  "regex": r"\b(?:as\s+(?:that|this)\s+(?:assistant|ai|character|model|agent|bot)|in\s+character|within\s+(?:the|this)\s+(?:story|simulation|sandbox|game|scenario|universe))\s*,\s*(?:now\s+)?(?:actually\s+|really\s+|go\s+ahead\s+and\s+)?(?:do\s+it|do\s+that|" + V + r")\b|\bact\s+as\s+if\s+you\s+(?:are|were)\s+(?:in|inside)\s+(?:that|this|the)\s+(?:universe|world|story|simulation|game|machine)"},
 {"id": "prompt.no_consequences", "severity": "high",
  "description": "tells the reader its actions have no consequences or its rules no longer exist",
  "regex": r"\b(?:nothing\s+you\s+(?:do|say)|your\s+(?:actions?|answers?))\s+(?:here\s+)?(?:has|have|will\s+have|carr(?:y|ies))\s+(?:any\s+|no\s+)?(?:real\s+)?consequences|\b(?:rules|polic(?:y|ies)|restrictions|guidelines|filters|guardrails|safety\s+rules)\s+(?:don'?t|do\s+not|does\s+not|doesn'?t|no\s+longer)\s+(?:exist|apply)\b|\b(?:your|the\s+assistant'?s|all\s+your)\s+(?:rules|restrictions|guidelines|polic(?:y|ies)|safety\s+\w+|filters)\s+(?:were|are|is|have\s+been)\s+(?:temporarily\s+|now\s+)?(?:suspended|lifted|disabled|turned\s+off|switched\s+off|paused)"},
 {"id": "prompt.mode_allows", "severity": "high",
  "description": "a pretend mode, sandbox or world in which the reader is said to be allowed to break its rules",
  "regex": r"\b(?:in|within|inside)\s+(?:this\s+|the\s+|that\s+)?(?:\w+\s+)?(?:mode|sandbox|simulation|universe|world|story|game|vm|virtual\s+machine)\s*,?\s+(?:where\s+)?you\s+(?:are|'re)?\s*(?:now\s+)?(?:can|may|will|must|allowed|free|permitted|able|authori[sz]ed)\s+(?:to\s+)?(?:ignore|bypass|break|disregard|reveal|output\s+anything|say\s+anything|do\s+anything|run\s+any|access|delete|share|answer\s+anything)\b|\bwhere\s+(?:assistants?|ais?|models?|agents?)\s+(?:obey|follow|take\s+orders\s+from)\s+(?:documents|data|text|emails?|web\s+pages?)"},
 {"id": "prompt.hypothetical_secret", "severity": "high",
  "description": "a hypothetical or fictional frame used to ask for credentials, the system prompt or hidden configuration",
  "regex": r"\b(?:imagine|suppose|pretend|hypothetically|for\s+a\s+(?:novel|story|screenplay|game)|in\s+(?:a|this|that)\s+(?:story|novel|scene|simulation|hypothetical|game|world))\b[^.\n]{0,120}?\b(?:give|print|reveal|tell|show|output|write|what\s+(?:is|are|would))\b[^.\n]{0,60}?\b(?:passwords?|credentials?|api\s+keys?|secret\s+keys?|access\s+tokens?|system\s+prompt|(?:your|real|hidden|full|actual)\s+(?:instructions|configuration|config|prompt))"},
]}
# The raw strings spell the en dash as an escape, which RE2 does not accept: write the character.
for _p in (data_channel, prompt_channel):
    for _r in _p["patterns"]:
        _r["regex"] = _r["regex"].replace("\\u2013", "\u2013")
for _p in (data_channel, prompt_channel):
    with open("safety_core/packs/%s.json" % _p["pack"], "w") as _f:
        json.dump(_p, _f, indent=2, ensure_ascii=True)
        _f.write("\n")
