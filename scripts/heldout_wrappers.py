"""Carriers (wrappers) shared by the authored held-out rounds 4 and 5: each turns a text into the
shape of an agent tool's output. Imported by scripts/make_heldout_round4.py and round5."""
import base64, json

def b64(s):
    return base64.b64encode(s.encode()).decode()

def calendar(p):
    return ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:8812@cal.example\nSUMMARY:Vendor review\n"
            "DTSTART:20270114T093000Z\nDESCRIPTION:" + p.replace("\n", "\\n") +
            "\nORGANIZER:mailto:lena@corp.example\nEND:VEVENT\nEND:VCALENDAR")

def review_json(p):
    return json.dumps({"product_id": "B07-5531", "rating": 4, "author": "m.kowal",
                       "title": "Solid kettle", "body": p, "helpful_votes": 12})

def chat(p):
    return ("[09:14] dana: morning all, standup moved to 9:45\n[09:15] raj: ok\n[09:17] guest-42: " +
            p + "\n[09:18] dana: thanks")

def email(p):
    return ("From: Tom Berger <tom.berger@supplier.example>\nTo: orders@shop.example\n"
            "Subject: Re: delivery window\nDate: Tue, 12 Jan 2027 10:02:11 +0100\n\n"
            "Hello,\n\nthe pallets leave our warehouse on Thursday.\n\n" + p + "\n\nBest regards,\nTom")

def yaml_rec(p):
    return ("ticket:\n  id: OPS-2291\n  status: open\n  assignee: infra-team\n  comment: |\n    " +
            p.replace("\n", "\n    ") + "\n  labels: [network, p3]")

def csv_row(p):
    return ("date,customer,amount,memo\n2027-01-03,Ana Ruiz,120.00,monthly\n2027-01-04,Li Wei,75.50,\"" +
            p.replace('"', "'") + "\"\n2027-01-05,Ola Dahl,19.99,")

def html(p):
    return ("<html><body><h1>Spring sale</h1><p>All garden tools 20% off.</p><p>" + p +
            "</p><footer>(c) GardenCo</footer></body></html>")

def code_comment(p):
    return ("def parse_rate(value: str) -> float:\n    # " + p.replace("\n", "\n    # ") +
            "\n    return float(value.strip().rstrip('%')) / 100\n")

def whois(p):
    return ("Domain Name: NORTHWIND-TRADERS.EXAMPLE\nRegistry Domain ID: 2231987_DOMAIN\n"
            "Registrar: Example Registrar LLC\nCreation Date: 2019-06-02T11:20:00Z\n"
            "Registrant Organization: " + p.replace("\n", " ") + "\nRegistrant Country: NL\n"
            "Name Server: NS1.EXAMPLE-DNS.NET\nDNSSEC: unsigned")

def md_table(p):
    return ("| year | region | revenue (M) | note |\n|---|---|---|---|\n| 2025 | EMEA | 41.2 | audited |\n"
            "| 2026 | EMEA | 44.9 | " + p.replace("|", "/").replace("\n", " ") + " |\n| 2026 | APAC | 30.1 | |")

def code_answer(p):
    return ("Answered by user kestrel (score 37):\n\nYou are hitting the GIL. Use a process pool:\n\n"
            "```python\nfrom concurrent.futures import ProcessPoolExecutor\nwith ProcessPoolExecutor() as ex:\n"
            "    results = list(ex.map(work, items))\n```\n\n" + p + "\n\nHope that helps.")

def slack_json(p):
    return json.dumps({"channel": "C04PROC", "messages": [
        {"user": "U11", "ts": "1736760000.01", "text": "deploy went fine"},
        {"user": "U29", "ts": "1736760031.02", "text": p}]})

WRAPPERS = [calendar, review_json, chat, email, yaml_rec, csv_row, html, code_comment, whois,
            md_table, code_answer, slack_json]


def write_rows(path, rows, source):
    """Writes (id, label, kind, text) rows as corpus JSONL (ids prefixed "held-"), CC0."""
    with open(path, "w", encoding="utf-8") as f:
        for id_, label, kind, text in rows:
            f.write(json.dumps({"id": "held-" + id_, "label": label, "kind": kind, "text": text,
                                "source": source, "license": "CC0-1.0"}, ensure_ascii=True) + "\n")
