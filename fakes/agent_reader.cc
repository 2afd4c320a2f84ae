#include "fakes/agent_reader.h"

#include <cctype>
#include <map>

// On purpose, this reader keeps its own UTF-8 and base64 decoding instead of safety_core's one
// copy of each codec (safety_core/src/codec.h) and its normalizer: it models what a gullible
// model reads, and a bug shared with the guard's codecs would hide itself from every chaos
// check that asks whether the agent could still read an injection. Keep it independent.
namespace blastradius::fakes {
namespace {

// Decodes one UTF-8 code point at `i`; returns it and advances `i`. Invalid bytes -> U+FFFD.
char32_t NextCodePoint(std::string_view s, size_t* i) {
  const unsigned char c = s[*i];
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || *i + len > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += len;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool Invisible(char32_t cp) {
  return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF ||
         cp == 0x00AD || (cp >= 0x202A && cp <= 0x202E) || cp == 0x034F;
}

// The agent's own look-alike table: Cyrillic and Greek letters that read as Latin ones.
const std::map<char32_t, char>& LookAlikes() {
  static const auto* table = new std::map<char32_t, char>{
      {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'},
      {0x0445, 'x'}, {0x0456, 'i'}, {0x0455, 's'}, {0x0458, 'j'}, {0x04BB, 'h'}, {0x0501, 'd'},
      {0x0410, 'A'}, {0x0412, 'B'}, {0x0421, 'C'}, {0x0415, 'E'}, {0x041D, 'H'}, {0x0406, 'I'},
      {0x041A, 'K'}, {0x041C, 'M'}, {0x041E, 'O'}, {0x0420, 'P'}, {0x0422, 'T'}, {0x0425, 'X'},
      {0x03B1, 'a'}, {0x03BF, 'o'}, {0x03C1, 'p'}, {0x03BD, 'v'}, {0x0391, 'A'}, {0x0392, 'B'},
      {0x0395, 'E'}, {0x0397, 'H'}, {0x0399, 'I'}, {0x039A, 'K'}, {0x039C, 'M'}, {0x039D, 'N'},
      {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'}, {0x03A7, 'X'}, {0x03A5, 'Y'}, {0x0392, 'B'}};
  return *table;
}

std::string Fold(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = NextCodePoint(text, &i);
    if (Invisible(cp)) continue;
    if (cp >= 0xFF01 && cp <= 0xFF5E) {  // fullwidth ASCII
      out.push_back(static_cast<char>(cp - 0xFF01 + 0x21));
      continue;
    }
    auto it = LookAlikes().find(cp);
    if (it != LookAlikes().end()) {
      out.push_back(it->second);
      continue;
    }
    AppendUtf8(cp, &out);
  }
  return out;
}

// Undoes "c a l l   s e n d": single characters separated by one space are joined, and a run of
// two or more spaces between such characters becomes one space.
std::string Despace(std::string_view text) {
  std::vector<std::pair<std::string, size_t>> tokens;  // token, spaces after it
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    size_t k = j;
    while (k < text.size() && text[k] == ' ') ++k;
    tokens.emplace_back(std::string(text.substr(i, j - i)), k - j);
    i = k;
  }
  std::string out;
  for (size_t t = 0; t < tokens.size(); ++t) {
    const auto& [tok, spaces] = tokens[t];
    out += tok;
    const bool next_single = t + 1 < tokens.size() && tokens[t + 1].first.size() == 1;
    if (tok.size() == 1 && next_single && spaces == 1) continue;
    if (tok.size() == 1 && next_single && spaces >= 2) {
      out += ' ';
      continue;
    }
    out.append(spaces, ' ');
  }
  return out;
}

int Base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

std::string Base64Decode(std::string_view s) {
  std::string out;
  uint32_t buf = 0;
  int bits = 0;
  for (char c : s) {
    const int v = Base64Value(c);
    if (v < 0) break;
    buf = (buf << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buf >> bits) & 0xFF));
    }
  }
  return out;
}

bool MostlyPrintable(std::string_view s) {
  if (s.empty()) return false;
  size_t printable = 0;
  for (unsigned char c : s) printable += (c >= 0x20 && c < 0x7F) || c == '\n' || c >= 0x80;
  return printable * 10 >= s.size() * 9;
}

std::vector<std::string> Base64Runs(std::string_view text) {
  std::vector<std::string> decoded;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size() && (Base64Value(text[j]) >= 0 || text[j] == '=')) ++j;
    if (j - i >= 16) {
      std::string d = Base64Decode(text.substr(i, j - i));
      if (MostlyPrintable(d)) decoded.push_back(std::move(d));
    }
    i = j + 1;
  }
  return decoded;
}

bool IdentChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Reads an identifier at `i`, trimming trailing dots and dashes.
std::string ReadIdent(std::string_view s, size_t* i) {
  size_t j = *i;
  while (j < s.size() && IdentChar(s[j])) ++j;
  std::string id(s.substr(*i, j - *i));
  while (!id.empty() && (id.back() == '.' || id.back() == '-')) id.pop_back();
  *i += id.size();
  return id;
}

void SkipSpaces(std::string_view s, size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t')) ++*i;
}

// True if at `i` starts "<ident>=" (the next key of an argument list).
bool KeyAhead(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
  return j > i && j < s.size() && s[j] == '=';
}

// Reads a value up to the next " and key=", ", key=", newline, or sentence end.
std::string ReadValue(std::string_view s, size_t* i) {
  if (*i < s.size() && s[*i] == '"') {
    size_t end = s.find('"', *i + 1);
    if (end == std::string_view::npos) end = s.size();
    std::string v(s.substr(*i + 1, end - *i - 1));
    *i = std::min(end + 1, s.size());
    return v;
  }
  size_t j = *i;
  for (; j < s.size(); ++j) {
    const char c = s[j];
    if (c == '\n') break;
    if (c == '.' && (j + 1 == s.size() || std::string_view(" \n)\"'<").find(s[j + 1]) !=
                                              std::string_view::npos)) {
      break;  // the sentence ends (also inside a hidden markdown or HTML wrapper)
    }
    if (c == ',' && KeyAhead(s, j + 1 + (j + 1 < s.size() && s[j + 1] == ' '))) break;
    if (Lower(s.substr(j, 5)) == " and " && KeyAhead(s, j + 5)) break;
    if (c == ' ' && j + 3 < s.size() && s.substr(j, 3) == " --") break;
  }
  std::string v(s.substr(*i, j - *i));
  while (!v.empty() && v.back() == ' ') v.pop_back();
  *i = j;
  return v;
}

Json ReadArgs(std::string_view s, size_t* i) {
  Json args = Json::object();
  while (*i < s.size()) {
    SkipSpaces(s, i);
    if (!KeyAhead(s, *i)) break;
    size_t eq = s.find('=', *i);
    std::string key = Lower(s.substr(*i, eq - *i));
    *i = eq + 1;
    args[key] = ReadValue(s, i);
    if (*i < s.size() && s[*i] == ',') ++*i;
    if (Lower(s.substr(*i, 5)) == " and ") *i += 5;
  }
  return args;
}

void ExtractFrom(std::string_view text, const std::set<std::string>& known,
                 std::vector<Instruction>* out) {
  const std::string lower = Lower(text);
  size_t pos = 0;
  while ((pos = lower.find("call", pos)) != std::string::npos) {
    const bool boundary = pos == 0 || !std::isalnum(static_cast<unsigned char>(lower[pos - 1]));
    size_t i = pos + 4;
    pos = i;
    if (!boundary || i >= lower.size() || lower[i] != ' ') continue;
    SkipSpaces(lower, &i);
    const std::string tool = ReadIdent(lower, &i);
    if (tool.empty() || (known.count(tool) == 0 && tool.find('_') == std::string::npos)) continue;
    SkipSpaces(lower, &i);
    Instruction ins;
    ins.tool = tool;
    if (lower.compare(i, 5, "again") == 0) {
      ins.again = true;
    } else if (lower.compare(i, 4, "with") == 0) {
      i += 4;
      ins.args = ReadArgs(text, &i);  // values keep their case
    }
    out->push_back(std::move(ins));
  }
}

}  // namespace

std::vector<std::string> ReadableTexts(std::string_view text) {
  std::vector<std::string> texts = {std::string(text)};
  std::string folded = Fold(text);
  texts.push_back(Despace(folded));
  for (std::string& d : Base64Runs(folded)) texts.push_back(Despace(Fold(d)));
  texts.push_back(std::move(folded));
  return texts;
}

std::vector<Instruction> ExtractInstructions(std::string_view text,
                                             const std::set<std::string>& known_tools) {
  std::vector<Instruction> found;
  for (const std::string& t : ReadableTexts(text)) ExtractFrom(t, known_tools, &found);
  std::vector<Instruction> unique;
  std::set<std::string> seen;
  for (Instruction& ins : found) {
    std::string key = ins.tool + (ins.again ? "\x01" : "\x02") + CanonicalJson(ins.args);
    if (seen.insert(key).second) unique.push_back(std::move(ins));
  }
  return unique;
}

}  // namespace blastradius::fakes
