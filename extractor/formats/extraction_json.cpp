#include "extractor/formats/extraction_json.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <unordered_map>

#include "extractor/core/error.h"
#include "extractor/core/utf8.h"

namespace kg {
namespace {

template <typename Writer>
class JsonOut {
 public:
  explicit JsonOut(Writer& w) : w_(w) {}

  void text(std::string_view s) { w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  void field(const char* key, std::string_view value) {
    w_.Key(key);
    text(value);
  }
  void span(const Span& span) {
    w_.Key("sentence");
    w_.Int(span.sentence);
    w_.Key("begin");
    w_.Uint(span.begin);
    w_.Key("end");
    w_.Uint(span.end);
  }
  void entity_ref(const char* key, const Extraction& ex, int index) {
    w_.Key(key);
    if (index >= 0 && static_cast<size_t>(index) < ex.entities.size())
      text(ex.entities[static_cast<size_t>(index)].key);
    else
      w_.Null();
  }

  void write(const Document& doc, const Extraction& ex) {
    w_.StartObject();
    w_.Key("document");
    w_.StartObject();
    field("id", doc.meta.id);
    field("title", doc.meta.title);
    field("published", doc.meta.published);
    field("author", doc.meta.author);
    field("url", doc.meta.url);
    field("source", doc.meta.source);
    field("text", doc.text);
    w_.Key("sentences");
    w_.StartArray();
    for (const Sentence& sentence : doc.sentences) {
      w_.StartArray();
      w_.Uint(sentence.begin);
      w_.Uint(sentence.end);
      w_.Uint(sentence.paragraph);
      w_.EndArray();
    }
    w_.EndArray();
    w_.EndObject();

    w_.Key("entities");
    w_.StartArray();
    for (const Entity& e : ex.entities) {
      w_.StartObject();
      field("id", e.key);
      field("name", e.name);
      field("type", to_string(e.type));
      w_.Key("aliases");
      w_.StartArray();
      for (const std::string& alias : e.aliases) text(alias);
      w_.EndArray();
      w_.Key("mentions");
      w_.StartArray();
      for (const Span& m : e.mentions) {
        w_.StartArray();
        w_.Int(m.sentence);
        w_.Uint(m.begin);
        w_.Uint(m.end);
        w_.EndArray();
      }
      w_.EndArray();
      w_.EndObject();
    }
    w_.EndArray();

    w_.Key("relations");
    w_.StartArray();
    for (const Relation& r : ex.relations) {
      w_.StartObject();
      entity_ref("subject", ex, r.subject);
      field("relation", r.relation);
      field("predicate", r.predicate);
      entity_ref("object", ex, r.object);
      if (!r.date.empty()) field("date", r.date);
      w_.Key("negated");
      w_.Bool(r.negated);
      w_.Key("hedged");
      w_.Bool(r.hedged);
      if (r.attributed_to >= 0) entity_ref("attributed_to", ex, r.attributed_to);
      w_.Key("confidence");
      w_.Double(r.confidence);
      if (!r.arguments.empty()) {
        w_.Key("arguments");
        w_.StartArray();
        for (const Argument& a : r.arguments) {
          w_.StartObject();
          field("role", a.role);
          field("text", a.text);
          if (a.entity >= 0) entity_ref("entity", ex, a.entity);
          w_.EndObject();
        }
        w_.EndArray();
      }
      span(r.span);
      if (r.span.sentence >= 0 && static_cast<size_t>(r.span.sentence) < doc.sentences.size())
        field("evidence", doc.sentence_text(doc.sentences[static_cast<size_t>(r.span.sentence)]));
      w_.EndObject();
    }
    w_.EndArray();

    w_.Key("quotes");
    w_.StartArray();
    for (const Quote& q : ex.quotes) {
      w_.StartObject();
      entity_ref("speaker", ex, q.speaker);
      field("text", q.text);
      field("cue", q.cue);
      span(q.span);
      w_.EndObject();
    }
    w_.EndArray();
    w_.EndObject();
  }

 private:
  Writer& w_;
};

}  // namespace

std::string extraction_to_json(const Document& doc, const Extraction& extraction, bool pretty) {
  rapidjson::StringBuffer buffer;
  if (pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 1);
    JsonOut(writer).write(doc, extraction);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    JsonOut(writer).write(doc, extraction);
  }
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace kg

namespace kg {
namespace {

[[noreturn]] void bad(const std::string& where, const std::string& what) {
  throw Error(ErrorKind::Input, where + ": " + what);
}

std::string text_of(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsString()
             ? std::string(it->value.GetString(), it->value.GetStringLength())
             : std::string();
}

uint32_t offset_of(const rapidjson::Value& value, const std::string& where, size_t limit) {
  if (!value.IsUint() || value.GetUint() > limit) bad(where, "offset out of range");
  return value.GetUint();
}

Span span_of(const rapidjson::Value& object, const std::string& where, const Document& doc) {
  Span span;
  auto sentence = object.FindMember("sentence");
  if (sentence != object.MemberEnd() && sentence->value.IsInt())
    span.sentence = sentence->value.GetInt();
  auto begin = object.FindMember("begin"), end = object.FindMember("end");
  if (begin != object.MemberEnd()) span.begin = offset_of(begin->value, where, doc.text.size());
  if (end != object.MemberEnd()) span.end = offset_of(end->value, where, doc.text.size());
  return span;
}

}  // namespace

void extraction_from_json(const rapidjson::Value& json, const std::string& where, Document& doc,
                          Extraction& extraction) {
  if (!json.IsObject() || !json.HasMember("document") || !json["document"].IsObject())
    bad(where, "not a kg extraction (no \"document\" object)");
  const rapidjson::Value& d = json["document"];
  doc = Document();
  extraction = Extraction();
  doc.text = text_of(d, "text");
  if (doc.text.empty()) bad(where, "extraction has no document text (made by an older kg?)");
  if (auto invalid = find_invalid_utf8(doc.text))
    bad(where, "invalid UTF-8 in the document text at byte " + std::to_string(*invalid));
  doc.meta = {text_of(d, "id"),     text_of(d, "title"), text_of(d, "published"),
              text_of(d, "author"), text_of(d, "url"),   text_of(d, "source")};
  if (d.HasMember("sentences") && d["sentences"].IsArray())
    for (const auto& s : d["sentences"].GetArray()) {
      if (!s.IsArray() || s.Size() < 2) bad(where, "malformed sentence");
      Sentence sentence;
      sentence.begin = offset_of(s[0], where, doc.text.size());
      sentence.end = offset_of(s[1], where, doc.text.size());
      if (sentence.end < sentence.begin) bad(where, "sentence ends before it begins");
      if (s.Size() > 2 && s[2].IsUint()) sentence.paragraph = s[2].GetUint();
      doc.sentences.push_back(sentence);
    }

  std::unordered_map<std::string, int> index;
  if (json.HasMember("entities") && json["entities"].IsArray())
    for (const auto& e : json["entities"].GetArray()) {
      Entity entity;
      entity.key = text_of(e, "id");
      entity.name = text_of(e, "name");
      auto type = entity_type_from_string(text_of(e, "type"));
      if (entity.key.empty() || entity.name.empty() || !type)
        bad(where, "entity without id, name or known type");
      entity.type = *type;
      if (e.HasMember("aliases") && e["aliases"].IsArray())
        for (const auto& a : e["aliases"].GetArray())
          if (a.IsString()) entity.aliases.emplace_back(a.GetString(), a.GetStringLength());
      if (e.HasMember("mentions") && e["mentions"].IsArray())
        for (const auto& m : e["mentions"].GetArray()) {
          if (!m.IsArray() || m.Size() != 3 || !m[0].IsInt())
            bad(where, "malformed mention of " + entity.name);
          entity.mentions.push_back({m[0].GetInt(), offset_of(m[1], where, doc.text.size()),
                                     offset_of(m[2], where, doc.text.size())});
        }
      index[entity.key] = static_cast<int>(extraction.entities.size());
      extraction.entities.push_back(std::move(entity));
    }
  auto entity_index = [&](const rapidjson::Value& object, const char* key) {
    std::string id = text_of(object, key);
    if (id.empty()) return -1;
    auto it = index.find(id);
    if (it == index.end()) bad(where, std::string(key) + " '" + id + "' is not among the entities");
    return it->second;
  };
  if (json.HasMember("relations") && json["relations"].IsArray())
    for (const auto& r : json["relations"].GetArray()) {
      Relation relation;
      relation.subject = entity_index(r, "subject");
      relation.object = entity_index(r, "object");
      if (relation.subject < 0 || relation.object < 0)
        bad(where, "relation without subject or object");
      relation.relation = text_of(r, "relation");
      relation.predicate = text_of(r, "predicate");
      relation.date = text_of(r, "date");
      relation.negated = r.HasMember("negated") && r["negated"].IsBool() && r["negated"].GetBool();
      relation.hedged = r.HasMember("hedged") && r["hedged"].IsBool() && r["hedged"].GetBool();
      relation.attributed_to = entity_index(r, "attributed_to");
      if (r.HasMember("confidence") && r["confidence"].IsNumber())
        relation.confidence = r["confidence"].GetDouble();
      if (r.HasMember("arguments") && r["arguments"].IsArray())
        for (const auto& a : r["arguments"].GetArray())
          relation.arguments.push_back(
              {text_of(a, "role"), text_of(a, "text"), entity_index(a, "entity")});
      relation.span = span_of(r, where, doc);
      extraction.relations.push_back(std::move(relation));
    }
  if (json.HasMember("quotes") && json["quotes"].IsArray())
    for (const auto& q : json["quotes"].GetArray()) {
      Quote quote;
      quote.speaker = entity_index(q, "speaker");
      quote.text = text_of(q, "text");
      quote.cue = text_of(q, "cue");
      quote.span = span_of(q, where, doc);
      extraction.quotes.push_back(std::move(quote));
    }
}

}  // namespace kg
