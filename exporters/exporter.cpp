#include "exporters/exporter.h"

#include "extractor/error.h"

namespace kg {
namespace {

struct Format {
  const char* name;
  std::unique_ptr<Exporter> (*make)();
};

constexpr Format kFormats[] = {
    {"graphml", make_graphml_exporter},
    {"jsonld", make_jsonld_exporter},
};

}  // namespace

std::vector<std::string> exporter_formats() {
  std::vector<std::string> names;
  for (const Format& format : kFormats) names.emplace_back(format.name);
  return names;
}

std::unique_ptr<Exporter> make_exporter(std::string_view name) {
  for (const Format& format : kFormats)
    if (name == format.name) return format.make();
  std::string known;
  for (const Format& format : kFormats) known += (known.empty() ? "" : ", ") + std::string(format.name);
  throw Error(ErrorKind::Usage, "unknown export format '" + std::string(name) + "' (known: " + known + ")");
}

}  // namespace kg
