// The visible byline and publication date of a page, for pages whose JSON-LD and <meta> tags
// say nothing: schema.org itemprop=author (its nested name) and datePublished, rel=author links,
// elements whose class/id names a byline or author, and the first <time datetime>.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace kg {

// The page's author(s), several joined by ", "; empty when none is found. `site` (the site's
// name, may be empty) is never taken as an author.
std::string visible_byline(const xmlNode* body, std::string_view site);

// A byline's names: without a leading "By"/"Written by"/"Par"/"Von", a trailing date, an
// "Updated ..." stamp or a " | "/" - " tail, spaces collapsed; empty when it does not look like
// names (too long, a URL, an e-mail address, digits).
std::string clean_byline(std::string_view text);

// The page's publication date as written in itemprop=datePublished, else the first <time
// datetime>; empty when none.
std::string visible_date(const xmlNode* body);

}  // namespace kg
