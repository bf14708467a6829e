// The relation classes, named once: each class's CAMEO code, meaning and the argument frame it
// takes (which prepositions carry its object on a verb and on an event noun, whether it is
// symmetric). The rules read frames from here instead of comparing class names; the lexicon
// loader checks every class a lexicon names against this table (an unknown class is an error
// naming the file and line). Classes beyond ../shared/eval/relations.tsv are CAMEO root families
// the scored vocabulary has no class for.
#pragma once

#include <span>
#include <string_view>

namespace kg {

// How a class reads its arguments beyond subject and direct object.
enum class Frame {
  Target,       // subject acts on the object (obj, or obl/nmod with one of `verb_cases`)
  Symmetric,    // parties act together ("with", "between")
  Transfer,     // goods and recipient ("to", "with", iobj)
  Speech,       // a statement: read as quotes, no fact of its own
  Report,       // a source makes a clause public: the clause's subject is the object
  Affiliation,  // read off titles and appositions (affiliations.cpp), not off verbs
};

struct RelationClass {
  std::string_view name;     // "CONDEMN"
  std::string_view cameo;    // CAMEO root or event code ("111"), "-" for none
  std::string_view meaning;  // one line
  Frame frame;
  std::string_view verb_cases;  // space-separated case words carrying the object of a verb;
                                // also "iobj" (the indirect object: "urged X to ..."), "ccomp"
                                // (the subject of its complement clause: "demanded that X ..."),
                                // "xcomp" (the object of its controlled verb: "threatened to
                                // kill X", when it has none of its own)
  std::string_view noun_cases;  // ... of an event noun
  std::string_view traits;      // space-separated: "irrealis" (a verb it controls names an act
                                // not done: "vowed to strike X"), "place" (a place may be its
                                // object: "struck X", "visited X")
  bool has(std::string_view trait) const;
};

std::span<const RelationClass> relation_classes();
// The class named `name`, or null.
const RelationClass* relation_class(std::string_view name);
inline bool is_relation_class(std::string_view name) { return relation_class(name) != nullptr; }
// Whether `word` is one of the space-separated words of `list`.
bool in_word_list(std::string_view list, std::string_view word);

}  // namespace kg
