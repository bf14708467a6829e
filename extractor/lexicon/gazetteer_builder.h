// Builds the project's country gazetteer (models/countries.tsv) from a public countries data set
// (mledoze/countries JSON layout: name.common, name.official, altSpellings, demonyms.eng, capital,
// cca2, cca3).
//
// The output keeps facts only, one surface form per line: ISO alpha-3, kind, surface. Kinds are
// `name` (common name, the canonical display name; one per country), `official`, `alt`,
// `initials` (initials of a multi-word name, dropped when two countries share them), `demonym`
// and `capital`. See models/README.md for the format. Stateless; thread-safe.
#pragma once

#include <string>

namespace kg {

// Reads `countries_json` and writes the gazetteer to `output_tsv` (through a temporary file
// renamed when complete). Throws kg::Error (Input for a bad JSON file, Output when it cannot
// write). Returns the number of countries written.
int build_gazetteer(const std::string& countries_json, const std::string& output_tsv);

}  // namespace kg
