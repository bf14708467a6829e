#include "extractor/extraction_json.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

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
      w_.Uint(static_cast<unsigned>(e.mentions.size()));
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
