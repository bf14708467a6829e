// The interactive HTML view's own files (exporters/html/: page template, style sheet, script),
// compiled into kg at build time so that an export needs nothing but the rendering library
// (d3, found at export time: html_exporter.cpp).
#pragma once

#include <string_view>

namespace kg {

std::string_view html_view_template();  // view.html, with the {{style}} {{data}} ... slots
std::string_view html_view_style();     // view.css
std::string_view html_view_script();    // view.js

}  // namespace kg
