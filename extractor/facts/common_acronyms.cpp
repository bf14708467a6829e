#include "extractor/facts/common_acronyms.h"

#include <algorithm>
#include <array>

namespace kg {

bool is_common_acronym(std::string_view form) {
  // Technology and media, units, time zones, medicine and economics, job titles: general
  // vocabulary, sorted for binary search.
  static constexpr std::array<std::string_view, 77> kWords = {
      "3D",   "4G",  "4K",  "5G",  "AI",  "AIDS", "AM",  "API", "AR",  "ATM",  "BMI", "CD",  "CEO",
      "CFO",  "COO", "CPU", "CT",  "CTO", "DIY",  "DJ",  "DLC", "DNA", "DVD",  "EDT", "EST", "ET",
      "FAQ",  "FM",  "FPS", "GB",  "GDP", "GMT",  "GPS", "GPU", "HD",  "HDMI", "HDR", "HIV", "HR",
      "HTML", "ICU", "ID",  "IQ",  "IR",  "KB",   "LCD", "LED", "LTE", "MB",   "MMO", "MRI", "NPC",
      "OLED", "OS",  "PC",  "PDF", "PIN", "PM",   "PR",  "PST", "PT",  "RAM",  "RNA", "ROM", "RPG",
      "SMS",  "SSD", "SUV", "TB",  "TV",  "URL",  "USB", "UTC", "VR",  "WW2",  "WWI", "WWII"};
  return std::binary_search(kWords.begin(), kWords.end(), form);
}

}  // namespace kg
