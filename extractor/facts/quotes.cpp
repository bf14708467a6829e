#include "extractor/facts/quotes.h"

#include <algorithm>
#include <array>

namespace kg {
namespace {

struct Span2 {
  uint32_t begin, end;  // bytes of the quoted words, marks excluded
};

// Quotation spans. Straight quotes alternate; curly ones open and close explicitly.
std::vector<Span2> quote_spans(const std::string& text) {
  std::vector<Span2> out;
  bool open = false;
  uint32_t start = 0;
  for (uint32_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    bool straight = c == '"';
    bool curly_open = c == 0xE2 && i + 2 < text.size() &&
                      static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                      static_cast<unsigned char>(text[i + 2]) == 0x9C;
    bool curly_close = c == 0xE2 && i + 2 < text.size() &&
                       static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                       static_cast<unsigned char>(text[i + 2]) == 0x9D;
    if (c == '\n' && open && i + 1 < text.size() && text[i + 1] == '\n') {
      out.push_back({start, i});  // continued in the next paragraph, which reopens the quote
      open = false;
      continue;
    }
    uint32_t width = straight ? 1 : 3;
    if ((straight && !open) || (curly_open)) {
      open = true;
      start = i + width;
    } else if ((straight || curly_close) && open) {
      out.push_back({start, i});
      open = false;
    }
    if (!straight && (curly_open || curly_close)) i += 2;
  }
  if (open) out.push_back({start, static_cast<uint32_t>(text.size())});
  return out;
}

std::string trim_quote(std::string_view s) {
  auto strip = [](unsigned char c) {
    return c == ' ' || c == '\n' || c == ',' || c == '.' || c == '\t';
  };
  while (!s.empty() && strip(s.front())) s.remove_prefix(1);
  while (!s.empty() && strip(s.back())) s.remove_suffix(1);
  return std::string(s);
}

bool can_speak(EntityType t) {
  return t == EntityType::Person || t == EntityType::Organization || t == EntityType::Country ||
         t == EntityType::Group || t == EntityType::Document;
}

struct Finder {
  const DependencyTree& tree;
  const ArgumentResolver& args;
  const Lexicon& lex;
  const Document& doc;
  const std::vector<Entity>& entities_;

  bool inside(uint32_t t, const Span2& q) const {
    return doc.tokens[t].begin >= q.begin && doc.tokens[t].end <= q.end;
  }

  // The entity of subject token s; when that is not a person, a person named in the same noun
  // phrase ("Acme Chief Executive Ivo Marsh" parsed with the company as head): people
  // speak for organizations.
  int speaker_entity(uint32_t s) const {
    int e = args.entity(s);
    bool person = e >= 0 && entities_[e].type == EntityType::Person;
    int other = -1;  // a person named in the phrase beside the subject's own entity
    for (uint32_t c : tree.children(s)) {
      std::string_view rel = tree.rel(c);
      if (rel != "flat" && rel != "list" && rel != "appos" && rel != "compound") continue;
      int p = person_in_name(c);
      if (p < 0 || p == e) continue;
      // "Norvik Energy Chief Executive Lena Holm" parsed with the company as head: the name
      // right after a role word is the one speaking.
      if (c > 0 && lex.roles(to_lower(doc.tokens[c - 1].form)) != nullptr) return p;
      if (other < 0) other = p;
    }
    if (person) return e;
    return other >= 0 ? other : e;
  }

  // The person entity of name word c, or of a flat word of its name ("Lena" -flat-> "Holm").
  int person_in_name(uint32_t c) const {
    int p = args.entity(c);
    if (p >= 0 && entities_[p].type == EntityType::Person) return p;
    for (uint32_t g : tree.children(c)) {
      if (tree.rel(g) != "flat") continue;
      int q = args.entity(g);
      if (q >= 0 && entities_[q].type == EntityType::Person) return q;
    }
    return -1;
  }

  // `quote` (may be null): subjects inside it never speak it ('"It was an act of aggression,"
  // the minister told', where the parse hangs "told" on "act" and lends it "It").
  int subject_entity(uint32_t verb, const Span2* quote = nullptr) const {
    for (uint32_t s : tree.subjects(verb)) {
      if (quote && inside(s, *quote)) continue;
      int e = speaker_entity(s);
      if (e >= 0) {
        by_pronoun = doc.tokens[s].upos == "PRON";
        return e;
      }
    }
    return -1;
  }

  bool pronoun_subject(uint32_t verb) const {
    for (uint32_t s : tree.subjects(verb))
      if (doc.tokens[s].upos == "PRON") return true;
    return false;
  }

  // The speaker who makes the statement noun t, named by "by X" or a possessive ("a warning by
  // X", "X's pledge"), else -1.
  int reporting_noun_agent(uint32_t t) const {
    if (doc.tokens[t].upos != "NOUN") return -1;
    static const std::array<std::string_view, 16> kNouns = {
        "warning",    "statement", "claim",        "pledge",    "promise",     "vow",
        "remark",     "comment",   "assertion",    "admission", "declaration", "assurance",
        "insistence", "threat",    "announcement", "suggestion"};
    if (std::find(kNouns.begin(), kNouns.end(), tree.lemma(t)) == kNouns.end()) return -1;
    for (uint32_t c : tree.children(t)) {
      std::string_view rel = tree.rel(c);
      bool agent = rel == "nmod:poss" || (tree.base(c) == "nmod" && tree.case_of(c) == "by");
      if (!agent) continue;
      int e = speaker_entity(c);
      if (e >= 0 && can_speak(entities_[e].type)) return e;
    }
    return -1;
  }

  // The speaker of the last reported statement of paragraph p outside the quotes `spans`: a
  // speech verb with a clause it reports ('the minister admitted that ...'), or -1.
  int reported_speaker(uint32_t p, const std::vector<Span2>& spans) const {
    int found = -1;
    for (const Sentence& s : doc.sentences) {
      if (s.paragraph != p) continue;
      for (uint32_t t = s.first_token; t < s.end_token; ++t) {
        if (!is_say(t) || !tree.is_verbal(t) || tree.children(t, "ccomp").empty()) continue;
        if (std::any_of(spans.begin(), spans.end(), [&](const Span2& q) { return inside(t, q); }))
          continue;
        int e = subject_entity(t);
        if (e >= 0 && can_speak(entities_[e].type)) found = e;
      }
    }
    return found;
  }

  // Whether the last subject_entity() found its speaker through a pronoun ("he said").
  mutable bool by_pronoun = false;

  bool is_say(uint32_t t) const { return lex.speech_family(tree.lemma(t)) == "say"; }

  // '"...," the communique said' / '"...," said X', read off the words when the parse is
  // wrong: a speech word within a few tokens after the quote, with a name right before or after it.
  int speaker_after(uint32_t last, uint32_t end, std::string* cue) const {
    for (uint32_t u = last; u < end && u < last + 8; ++u) {
      if (doc.tokens[u].upos == "PUNCT" && doc.tokens[u].form != "," &&
          doc.tokens[u].form != "\"" && doc.tokens[u].form.find("\xe2\x80") == std::string::npos)
        break;
      if (!is_say(u)) continue;
      *cue = tree.lemma(u);
      if (u > last) {
        if (int e = args.entity(u - 1); e >= 0) return e;
        if (int e = named_by_head(u - 1); e >= 0) return e;
      }
      if (u + 1 < end)
        if (int e = args.entity(u + 1); e >= 0) return e;
      // "said the agency's director" (not "said in a statement": a phrase after a preposition
      // is no speaker).
      for (uint32_t w = u + 2; w < end && w < u + 4 && doc.tokens[u + 1].upos != "ADP"; ++w)
        if (int e = args.entity(w); e >= 0) return e;
      return -1;
    }
    return -1;
  }

  // "the ... statement" when the parse left it without a mention: the document or body of the
  // article whose name ends in that noun.
  int named_by_head(uint32_t t) const {
    const Token& k = doc.tokens[t];
    if (k.upos != "NOUN" && k.upos != "PROPN") return -1;
    std::string word = to_lower(k.form);
    for (size_t e = 0; e < entities_.size(); ++e) {
      const Entity& ent = entities_[e];
      if (ent.type != EntityType::Document && ent.type != EntityType::Organization) continue;
      std::string name = to_lower(ent.name);
      // "the office" of the "Attorney's Office for the Northern District": the name's head noun
      // comes before its "for" or "of" phrase.
      for (std::string_view link : {" for ", " of "})
        if (size_t at = name.find(link); at != std::string::npos) name.resize(at);
      if (name == word || name.ends_with(" " + word)) return static_cast<int>(e);
    }
    return -1;
  }

  // 'X, who ..., called the agreement "..."': the first person named in the sentence before a
  // speech verb that precedes the quote.
  int speaker_before(uint32_t first, const Sentence& s, std::string* cue) const {
    for (uint32_t v = first; v-- > s.first_token;) {
      if (!is_say(v) || !tree.is_verbal(v)) continue;
      int party = -1;
      for (uint32_t t = s.first_token; t < v; ++t) {
        int e = args.entity(t);
        if (e < 0) continue;
        if (entities_[e].type == EntityType::Person) {
          *cue = tree.lemma(v);
          return e;
        }
        if (party < 0) party = e;
      }
      *cue = tree.lemma(v);
      return party;
    }
    return -1;
  }

  // Speaker and cue of quote `q`, whose tokens are [first, last). `strong` tells whether a speech
  // verb or "according to" names the speaker (not merely the clause's subject).
  std::pair<int, std::string> speaker(const Span2& q, uint32_t first, uint32_t last,
                                      bool* strong) const {
    by_pronoun = false;
    auto found = speaker_in_clauses(q, first, last, strong);
    // 'he said, "...," the office said': the words as a named reporter gives them are surer than
    // a pronoun's antecedent (the nearest person before, often the wrong one).
    if (found.first >= 0 && by_pronoun) {
      int si = doc.sentence_of(last - 1);
      std::string cue;
      if (si >= 0)
        if (int e = speaker_after(last, doc.sentences[si].end_token, &cue);
            e >= 0 && e != found.first && entities_[e].type != EntityType::Person)
          return {e, cue};
    }
    return found;
  }

  std::pair<int, std::string> speaker_in_clauses(const Span2& q, uint32_t first, uint32_t last,
                                                 bool* strong) const {
    *strong = true;
    std::vector<uint32_t> roots;
    for (uint32_t t = first; t < last; ++t) {
      int h = tree.head(t);
      if (h < 0 || !inside(static_cast<uint32_t>(h), q)) roots.push_back(t);
    }
    int fallback = -1;
    std::string fallback_cue;
    for (uint32_t r : roots) {
      // X said Y was "...": a quoted clause that a speech verb reports is that verb's subject's
      // words, or nobody's we can name (never Y's).
      for (int cur = static_cast<int>(r), hops = 0; cur >= 0 && hops < 3; ++hops) {
        int h = tree.head(cur);
        if (h < 0 || inside(static_cast<uint32_t>(h), q)) break;
        if (tree.base(cur) == "ccomp" && is_say(h) && tree.is_verbal(h)) {
          int e = subject_entity(h, &q);
          if (e >= 0) return {e, tree.lemma(h)};
          // 'the panel said X was "..."': an unnamed reporter; after the quote ('"...," said
          // judge X') the words around the verb may still name the speaker.
          if (static_cast<uint32_t>(h) < first) {
            // 'she said, "...," the ministry said' with "she" unresolved: the named reporter after
            // the quote gives the words (as for a resolved pronoun, speaker()).
            if (pronoun_subject(h))
              if (int si = doc.sentence_of(last - 1); si >= 0) {
                std::string cue;
                if (int a = speaker_after(last, doc.sentences[si].end_token, &cue);
                    a >= 0 && entities_[a].type != EntityType::Person)
                  return {a, cue};
              }
            *strong = false;
            return {-1, ""};
          }
          break;
        }
        cur = h;
      }
      // Kim "predicated that ...": the quoted verb's own subject stands outside. (A quoted noun,
      // 'X is not the "growth engine" it claims', is a phrase X is given, not X's words.)
      for (uint32_t c : tree.is_verbal(r) ? tree.children(r) : std::vector<uint32_t>{}) {
        std::string_view rel = tree.rel(c);
        if ((rel == "nsubj" || rel == "nsubj:pass") && !inside(c, q))
          if (int e = speaker_entity(c); e >= 0) return {e, tree.lemma(r)};
      }
      // Up the tree to the nearest speech verb; the first clause subject is the fallback.
      for (int cur = tree.head(r), hops = 0; cur >= 0 && hops < 8; cur = tree.head(cur), ++hops) {
        if (inside(static_cast<uint32_t>(cur), q)) continue;
        // 'a warning by X that Y would "..."', 'X's pledge that ...': the reporting noun's
        // agent gives the words, not the subject of the clause it reports.
        if (int e = reporting_noun_agent(static_cast<uint32_t>(cur)); e >= 0)
          return {e, tree.lemma(cur)};
        if (!tree.is_verbal(cur)) continue;
        int e = subject_entity(cur, &q);
        if (lex.speech_family(tree.lemma(cur)) == "say" && e >= 0) return {e, tree.lemma(cur)};
        if (fallback < 0 && e >= 0) fallback = e, fallback_cue = tree.lemma(cur);
      }
      // '"...," the statement read': the speech verb hangs off the quoted clause.
      for (uint32_t c : tree.children(r))
        if (!inside(c, q) && lex.speech_family(tree.lemma(c)) == "say")
          if (int e = subject_entity(c, &q); e >= 0) return {e, tree.lemma(c)};
    }
    // The sentence the quote opens in and, for a quote of several sentences, the one it closes
    // in: '"... . ...," X said' is attributed after its last sentence.
    std::vector<const Sentence*> sentences;
    for (int i : {doc.sentence_of(first), doc.sentence_of(last - 1)})
      if (i >= 0 && (sentences.empty() || sentences.back() != &doc.sentences[i]))
        sentences.push_back(&doc.sentences[i]);
    for (const Sentence* s : sentences) {
      for (uint32_t t = s->first_token; t < s->end_token; ++t)
        if (!inside(t, q) && tree.is_verbal(t) && lex.speech_family(tree.lemma(t)) == "say")
          if (int e = subject_entity(t, &q); e >= 0) return {e, tree.lemma(t)};
      std::string cue;
      if (int e = speaker_after(last, s->end_token, &cue); e >= 0) return {e, cue};
      if (int e = speaker_before(first, *s, &cue); e >= 0) return {e, cue};
    }
    if (fallback >= 0) {
      *strong = false;
      return {fallback, fallback_cue};
    }
    for (const Sentence* s : sentences)
      for (uint32_t t = s->first_token; t + 1 < s->end_token; ++t)
        if (to_lower(doc.tokens[t].form) == "according" && !inside(t, q)) {
          for (uint32_t u = t + 2; u < s->end_token && u < t + 8; ++u)
            if (int e = args.entity(u); e >= 0) return {e, "according to"};
        }
    *strong = false;
    return {-1, ""};
  }

  // Whether every word of tokens [first, last) is capitalised (a name, not a phrase).
  bool all_capitalised(uint32_t first, uint32_t last) const {
    for (uint32_t t = first; t < last; ++t)
      if (doc.tokens[t].upos != "PUNCT" && !is_capitalised(doc.tokens[t].form)) return false;
    return true;
  }

  // Whether quote `q` opens its paragraph (a bare quote paragraph continues the last speaker).
  bool opens_paragraph(const Span2& q, uint32_t first) const {
    int si = doc.sentence_of(first);
    if (si < 0) return false;
    const Sentence& s = doc.sentences[si];
    bool first_of_paragraph = si == 0 || doc.sentences[si - 1].paragraph != s.paragraph;
    return first_of_paragraph && q.begin <= s.begin + 3;
  }
};

}  // namespace

std::vector<Quote> find_quotes(const DependencyTree& tree, const ArgumentResolver& args,
                               const Lexicon& lexicon, std::vector<int>* first_person) {
  const Document& doc = tree.doc();
  Finder f{tree, args, lexicon, doc, args.all_entities()};
  std::vector<Quote> out;
  first_person->assign(doc.tokens.size(), -1);
  int prev_speaker = -1;
  int prev_paragraph = -2;
  const std::vector<Span2> spans = quote_spans(doc.text);
  for (const Span2& q : spans) {
    std::string text = trim_quote(doc.span_text(q.begin, q.end));
    if (text.empty()) continue;
    auto first_it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), q.begin,
                                     [](const Token& t, uint32_t b) { return t.begin < b; });
    uint32_t first = static_cast<uint32_t>(first_it - doc.tokens.begin());
    uint32_t last = first;
    while (last < doc.tokens.size() && doc.tokens[last].end <= q.end) ++last;
    if (first >= last) continue;
    bool strong = true;
    auto [speaker, cue] = f.speaker(q, first, last, &strong);
    // Places, events and things do not speak ('South Port described as "..."').
    // (A "place" that says or tells is a name the tagger mistyped: "Varga said".)
    if (speaker >= 0 && !can_speak(f.entities_[speaker].type) &&
        !(f.entities_[speaker].type == EntityType::Location && (cue == "say" || cue == "tell")))
      speaker = -1, strong = false;
    // 'deplored in "no uncertain terms"': a short phrase in quotation marks that no speech verb
    // introduces is a scare quote, not somebody's words.
    size_t words = 1 + std::count(text.begin(), text.end(), ' ');
    if (words <= 4 && !strong && !(speaker < 0 && f.opens_paragraph(q, first))) continue;
    // 'called the mayor a "traitor"', 'dubbed him "Iron Duke"': one word, or a name in
    // capitals, in marks after a naming verb is a name given, not words spoken (a longer phrase,
    // 'called it "a grave mistake"', stays the speaker's words).
    bool naming =
        cue == "call" || cue == "dub" || cue == "brand" || cue == "label" || cue == "nickname";
    if (naming && words <= 3 && (words == 1 || f.all_capitalised(first, last))) continue;
    // 'the "Blue Harbour" estate': a short run of capitalised words in marks is a name.
    if (words >= 2 && words <= 4 && f.all_capitalised(first, last) && !f.opens_paragraph(q, first))
      continue;
    int sentence = doc.sentence_of(first);
    int paragraph = sentence >= 0 ? static_cast<int>(doc.sentences[sentence].paragraph) : -1;
    // A quote paragraph with no speech verb continues the previous speaker's words, or the words
    // of the paragraph before when that reports somebody's statement and quotes nobody
    // ('The minister admitted that ...' then '"We were wrong."').
    if (speaker < 0 && paragraph - prev_paragraph <= 1) speaker = prev_speaker, cue = "";
    if (speaker < 0 && paragraph > 0 && paragraph - prev_paragraph > 1 &&
        f.opens_paragraph(q, first))
      speaker = f.reported_speaker(static_cast<uint32_t>(paragraph - 1), spans), cue = "";
    if (speaker >= 0) {
      prev_speaker = speaker;
      prev_paragraph = paragraph;
    }
    for (uint32_t t = first; t < last; ++t) (*first_person)[t] = speaker;
    Quote quote;
    quote.speaker = speaker;
    quote.text = std::move(text);
    quote.cue = cue;
    quote.span = {sentence, q.begin, q.end};
    out.push_back(std::move(quote));
  }
  return out;
}

}  // namespace kg
