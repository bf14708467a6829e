// Which sense a common noun has in its context, for the mention finders: "fighters" as people or
// as aircraft. Reads the parse only; stateless.
#pragma once

#include <cstdint>

#include "extractor/core/dependency_tree.h"

namespace kg {

// A word beside `t` (or a dependent of it) that makes it an aircraft: "fighter jets", "F-16
// fighters", "stealth fighters", "fighter aircraft".
bool aircraft_cue(const DependencyTree& tree, uint32_t t);

}  // namespace kg
