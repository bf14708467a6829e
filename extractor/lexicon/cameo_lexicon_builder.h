// Builds the project's relation-verb lexicon (models/lexicon/cameo_verbs.tsv) from PETRARCH2's
// CAMEO verb dictionary (CAMEO.2.0.txt, MIT licence; ../shared/data/cameo): each verb of a
// synonym block with its CAMEO code, and each verb pattern ("* SANCTIONS (ON)") as the object
// noun and the preposition it needs. CAMEO codes map to the project's relation classes
// (facts/relation_classes.h) by code prefix. The MIT notice is copied into the output.
// Stateless; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// The project class of a CAMEO event code ("163" -> "SANCTION"), or empty.
std::string_view cameo_class(std::string_view code);

// Reads `cameo_txt` and writes the lexicon to `output_tsv` (through a temporary file renamed
// when complete). Throws kg::Error (Input when it cannot read, Output when it cannot write).
// Returns the number of rows written.
int build_cameo_lexicon(const std::string& cameo_txt, const std::string& output_tsv);

}  // namespace kg
