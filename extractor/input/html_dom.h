// Small helpers over libxml2's HTML tree shared by the page reader, the content scorer and the
// byline reader: names and attributes, class/id tokens, elements never read, and the text walk
// that turns a subtree into paragraphs separated by blank lines.
#pragma once

#include <libxml/tree.h>

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

namespace kg::html {

std::string_view name_of(const xmlNode* node);
std::string attribute(const xmlNode* node, const char* name);
bool one_of(std::string_view name, std::initializer_list<std::string_view> names);

// How much page furniture an element is dropped for: kHardOnly drops only what is never article
// text (scripts, navigation, forms, hidden elements); kWholeTokens also a furniture class/id token
// ("sidebar", "related"); kTokenParts also a furniture part of a token ("share-buttons").
enum class Furniture { kHardOnly, kWholeTokens, kTokenParts };
bool skipped(const xmlNode* node, Furniture level);

// Elements a browser lays out as blocks (a paragraph break before and after their text).
bool is_block(std::string_view name);

// The class and id (and role) of an element, lower-cased, space separated.
std::string class_and_id(const xmlNode* node);

// Calls `on_part` for every part of every class/id token, split on spaces, '-' and '_'.
void for_each_token_part(std::string_view marks,
                         const std::function<void(std::string_view)>& on_part);

// The text of `root` (paragraphs separated by blank lines, spaces collapsed), without the
// elements `skipped` at `level` and those `dropped` says to leave out (may be empty).
std::string subtree_text(const xmlNode* root, Furniture level,
                         const std::function<bool(const xmlNode*)>& dropped = {});

// All the text under `node` (xmlNodeGetContent).
std::string node_text(const xmlNode* node);

// `text` with each run of white space (space, tab, CR, LF) as one space and none at either end.
std::string collapse_spaces(std::string_view text);

}  // namespace kg::html
