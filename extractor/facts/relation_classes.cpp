#include "extractor/facts/relation_classes.h"

#include <array>

namespace kg {
namespace {

// clang-format off
constexpr std::array kClasses{
  // The scored vocabulary (../shared/eval/relations.tsv).
  RelationClass{"SAY", "010", "a party makes a statement", Frame::Speech, "", "", ""},
  RelationClass{"REPORT", "-", "a source makes an event public", Frame::Report, "", "", ""},
  RelationClass{"CONDEMN", "111", "a party criticises or denounces another", Frame::Target, "", "of against to on", ""},
  RelationClass{"ACCUSE", "112", "a party accuses another of wrongdoing", Frame::Target, "", "of against to on", ""},
  RelationClass{"OPPOSE", "120", "a party rejects or opposes another or a policy", Frame::Target, "", "of against to on", ""},
  RelationClass{"DEMAND", "100", "a party demands action from another", Frame::Target, "on upon iobj ccomp", "of against to on", "irrealis"},
  RelationClass{"THREATEN", "130", "a party threatens another", Frame::Target, "xcomp", "of against to on", "irrealis"},
  RelationClass{"SUPPORT", "051", "a party supports, praises or endorses another or a document", Frame::Target, "", "of against to on", ""},
  RelationClass{"TRANSFER", "-", "goods or weapons move from one party to another", Frame::Transfer, "to", "of to", ""},
  RelationClass{"USE", "-", "a party uses a weapon or means", Frame::Target, "", "of", ""},
  RelationClass{"ATTACK", "190", "a party uses military force against another or a place", Frame::Target, "on against", "on of against", "place"},
  RelationClass{"VISIT", "042", "a person visits a place or party", Frame::Target, "to", "to of", "place"},
  RelationClass{"MEET", "044", "parties meet or negotiate", Frame::Symmetric, "with", "with", ""},
  RelationClass{"COOPERATE", "060", "parties cooperate", Frame::Symmetric, "with", "with", ""},
  RelationClass{"VIOLATE", "-", "a party or act violates a rule or resolution", Frame::Target, "", "of against to on", ""},
  RelationClass{"SANCTION", "163", "a party imposes sanctions or binding measures on another", Frame::Target, "on against", "on against", ""},
  RelationClass{"PRODUCE", "-", "a party produces goods or weapons", Frame::Target, "", "of", ""},
  RelationClass{"DESIGNATE", "-", "a party labels another as something", Frame::Target, "", "of against to on", ""},
  RelationClass{"MONITOR", "090", "a party monitors or investigates another", Frame::Target, "into", "of into", ""},
  RelationClass{"LEADER_OF", "-", "a person leads an organization or country", Frame::Affiliation, "", "", ""},
  RelationClass{"SPOKESPERSON_OF", "-", "a person speaks for an organization", Frame::Affiliation, "", "", ""},
  RelationClass{"WORKS_FOR", "-", "a person works for an organization", Frame::Affiliation, "", "", ""},
  RelationClass{"MEMBER_OF", "-", "a party is a member of an organization", Frame::Affiliation, "", "", ""},
  RelationClass{"PART_OF", "-", "an organization belongs to a larger one or to a country", Frame::Affiliation, "", "", ""},
  RelationClass{"LOCATED_IN", "-", "a place lies within another place", Frame::Affiliation, "", "", ""},
  RelationClass{"AUTHOR_OF", "-", "a person wrote the article", Frame::Affiliation, "", "", ""},
  // CAMEO root families the scored vocabulary has no class for.
  RelationClass{"APPEAL", "020", "a party appeals to or asks another for something", Frame::Target, "to", "to", "irrealis"},
  RelationClass{"INTEND", "030", "a party expresses intent to cooperate or act", Frame::Target, "to with", "to with", "irrealis"},
  RelationClass{"CONSULT", "040", "a party consults, discusses with or calls another", Frame::Symmetric, "with", "with", ""},
  RelationClass{"AGREE", "057", "parties agree or sign a formal agreement", Frame::Symmetric, "with", "with between", ""},
  RelationClass{"AID", "070", "a party gives aid to another", Frame::Transfer, "to", "to for", ""},
  RelationClass{"YIELD", "080", "a party yields, concedes, releases or withdraws", Frame::Target, "", "of", ""},
  RelationClass{"PROTEST", "140", "a party demonstrates or protests against another", Frame::Target, "against", "against", ""},
  RelationClass{"POSTURE", "150", "a party shows military force or alert", Frame::Target, "against", "against", ""},
  RelationClass{"REDUCE_RELATIONS", "160", "a party reduces or breaks relations, aid or talks with another", Frame::Target, "with", "with", ""},
  RelationClass{"COERCE", "170", "a party arrests, detains, expels or represses another", Frame::Target, "", "of", ""},
  RelationClass{"ASSAULT", "180", "a party assaults, abducts, kills or assassinates another", Frame::Target, "", "of on", ""},
  RelationClass{"MASS_VIOLENCE", "200", "a party commits mass killing, expulsion or uses mass-destruction weapons", Frame::Target, "against", "of against", ""},
};
// clang-format on

}  // namespace

std::span<const RelationClass> relation_classes() { return kClasses; }

const RelationClass* relation_class(std::string_view name) {
  for (const auto& c : kClasses)
    if (c.name == name) return &c;
  return nullptr;
}

bool RelationClass::has(std::string_view trait) const { return in_word_list(traits, trait); }

bool in_word_list(std::string_view list, std::string_view word) {
  while (!list.empty()) {
    size_t sp = list.find(' ');
    if (list.substr(0, sp) == word) return true;
    if (sp == std::string_view::npos) break;
    list.remove_prefix(sp + 1);
  }
  return false;
}

}  // namespace kg
