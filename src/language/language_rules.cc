#include "language/language_rules.h"

#include "language/text_tokens.h"

namespace childrecord {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::uint64_t EdgeKey(std::uint32_t node, std::uint32_t word) {
  return (static_cast<std::uint64_t>(node) << 32) | word;
}

struct SplitWords {
  std::vector<std::string> keys;
  std::vector<std::string> raw;
};

Result<SplitWords> SplitForm(std::string_view form, const std::string& source) {
  TokenizedText t = TokenizeText(form);
  if (t.tokens.empty()) {
    return Error::Validation(source, source + ": \"" + std::string(form) + "\" has no words");
  }
  SplitWords out;
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    const TextToken& tok = t.tokens[i];
    if (i > 0 && !tok.joined_to_previous) {
      return Error::Validation(
          source, source + ": \"" + std::string(form) + "\" must be words separated only by spaces or hyphens");
    }
    out.keys.emplace_back(t.Key(tok));
    out.raw.emplace_back(form.substr(tok.byte_start, tok.byte_end - tok.byte_start));
  }
  return out;
}

}  // namespace

Result<LanguageRules> LanguageRules::Compile(LanguageData data) {
  LanguageRules rules;
  rules.terminals_.emplace_back();  // the root
  rules.form_words_.resize(data.entries.size());
  for (std::uint32_t e = 0; e < data.entries.size(); ++e) {
    const LanguageEntry& entry = data.entries[e];
    if (entry.forms.empty()) {
      return Error::Validation(entry.source, entry.source + ": the entry has no spelling to look for");
    }
    for (std::uint32_t f = 0; f < entry.forms.size(); ++f) {
      CR_ASSIGN_OR_RETURN(SplitWords words, SplitForm(entry.forms[f], entry.source));
      std::uint32_t node = 0;
      for (const std::string& key : words.keys) {
        auto [word_it, inserted] = rules.words_.try_emplace(key, static_cast<std::uint32_t>(rules.words_.size()));
        (void)inserted;
        auto [edge_it, added] = rules.edges_.try_emplace(EdgeKey(node, word_it->second),
                                                         static_cast<std::uint32_t>(rules.terminals_.size()));
        if (added) rules.terminals_.emplace_back();
        node = edge_it->second;
      }
      for (const Terminal& existing : rules.terminals_[node]) {
        const LanguageEntry& other = data.entries[existing.entry];
        bool clash = !entry.case_sensitive || !other.case_sensitive ||
                     rules.form_words_[existing.entry][existing.form] == words.raw;
        if (clash && existing.entry != e) {
          return Error::Validation(
              entry.source, entry.source + ": \"" + entry.forms[f] + "\" is already listed (" + other.source + ")");
        }
      }
      rules.terminals_[node].push_back({e, f});
      rules.form_words_[e].push_back(std::move(words.raw));
    }
  }
  for (const auto& w : data.caps_exceptions) rules.caps_exceptions_.insert(Lower(w));
  for (const auto& w : data.common_words) rules.common_words_.insert(Lower(w));
  auto split_cue = [](const std::string& cue) {
    TokenizedText t = TokenizeText(cue);
    std::vector<std::string> keys;
    for (const auto& tok : t.tokens) keys.emplace_back(t.Key(tok));
    return keys;
  };
  for (const auto& c : data.explanation_cues_after) rules.cues_after_.Add(split_cue(c));
  for (const auto& c : data.explanation_cues_before) rules.cues_before_.Add(split_cue(c));
  for (const auto& c : data.explanation_cues_next) rules.cues_next_.Add(split_cue(c));
  const std::vector<std::string>* balance[4] = {&data.balance_strengths, &data.balance_worries, &data.balance_speech,
                                                &data.balance_adults};
  for (int b = 0; b < 4; ++b) {
    for (const auto& c : *balance[b]) rules.balance_[b].Add(split_cue(c));
  }
  rules.senses_.resize(data.entries.size());
  for (const SenseRule& rule : data.senses) {
    // The rule's word is looked up as the checker would match it: every spelling of its entry.
    std::uint32_t node = 0;
    for (const auto& key : split_cue(rule.term)) {
      std::uint32_t id = rules.WordId(key);
      node = id == kNoWord ? kNoNode : rules.Next(node, id);
      if (node == kNoNode) break;
    }
    const Terminal* found = nullptr;
    if (node != kNoNode && node != 0) {
      for (const Terminal& t : rules.terminals_[node]) {
        if (data.entries[t.entry].kind == LanguageEntryKind::kFinding) found = &t;
      }
    }
    if (found == nullptr) {
      return Error::Validation(rule.source, rule.source + ": \"" + rule.term + "\" is not a listed word or phrase");
    }
    Sense sense;
    sense.where = rule.where;
    sense.window = rule.window;
    for (const auto& w : rule.words) {
      auto keys = split_cue(w);
      if (!keys.empty()) sense.words.push_back(std::move(keys));
    }
    rules.senses_[found->entry].push_back(std::move(sense));
  }
  rules.data_ = std::move(data);
  return rules;
}

std::uint32_t LanguageRules::WordId(std::string_view key) const {
  auto it = words_.find(key);
  return it == words_.end() ? kNoWord : it->second;
}

std::uint32_t LanguageRules::Next(std::uint32_t node, std::uint32_t word) const {
  auto it = edges_.find(EdgeKey(node, word));
  return it == edges_.end() ? kNoNode : it->second;
}

bool LanguageRules::IsCapsException(std::string_view key) const {
  return caps_exceptions_.find(key) != caps_exceptions_.end();
}

bool LanguageRules::IsCommonWord(std::string_view key) const { return common_words_.find(key) != common_words_.end(); }

}  // namespace childrecord
