#include "extractor/tokenize/tokenizer.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

std::vector<std::string> forms(const std::string& text) {
  kg::Document doc;
  doc.text = text;
  kg::tokenize(doc);
  std::vector<std::string> out;
  for (const kg::Token& t : doc.tokens) out.push_back(t.form);
  return out;
}

using V = std::vector<std::string>;

kg::Document analyse(const std::string& text) {
  kg::Document doc;
  doc.text = text;
  kg::tokenize(doc);
  return doc;
}

std::vector<std::string> sentence_texts(const kg::Document& doc) {
  std::vector<std::string> out;
  for (const kg::Sentence& s : doc.sentences) out.emplace_back(doc.sentence_text(s));
  return out;
}

}  // namespace

TEST_CASE("tokenizer splits clitics and punctuation", "[tokenizer]") {
  CHECK(forms("I don't think it's John's car, isn't it?") ==
        V{"I", "do", "n't", "think", "it", "'s", "John", "'s", "car", ",", "is", "n't", "it", "?"});
  CHECK(forms("They're sure we'll win; I'm told you've, she'd") ==
        V{"They", "'re", "sure", "we", "'ll", "win", ";", "I", "'m", "told", "you", "'ve", ",",
          "she", "'d"});
  CHECK(forms("We cannot go, we can't, we won't.") ==
        V{"We", "can", "not", "go", ",", "we", "ca", "n't", ",", "we", "wo", "n't", "."});
  CHECK(forms("It\xE2\x80\x99s Seoul\xE2\x80\x99s plan") ==
        V{"It", "\xE2\x80\x99s", "Seoul", "\xE2\x80\x99s", "plan"});
  CHECK(forms("I'm gonna go") == V{"I", "'m", "gon", "na", "go"});
}

TEST_CASE("tokenizer keeps abbreviations, initials, numbers and hyphenated words", "[tokenizer]") {
  CHECK(forms("Mr. Kim met Gov. Hochul in the U.S. on Jan. 10.") ==
        V{"Mr.", "Kim", "met", "Gov.", "Hochul", "in", "the", "U.S.", "on", "Jan.", "10", "."});
  CHECK(forms("N. Korean leader Kim Jong-un, the U.N. and No. 2") ==
        V{"N.", "Korean", "leader", "Kim", "Jong-un", ",", "the", "U.N.", "and", "No.", "2"});
  CHECK(forms("It cost $1,000 or 3.5% more at 14:57 in 2024.") ==
        V{"It", "cost", "$", "1,000", "or", "3.5", "%", "more", "at", "14:57", "in", "2024", "."});
  CHECK(forms("the second-largest war-torn city") ==
        V{"the", "second-largest", "war-torn", "city"});
  CHECK(forms("Wait... what?!") == V{"Wait", "...", "what", "?!"});
  CHECK(forms("Peace \xE2\x80\x94 or war\xE2\x80\x94now") ==
        V{"Peace", "\xE2\x80\x94", "or", "war", "\xE2\x80\x94", "now"});
}

TEST_CASE("tokenizer keeps URLs and e-mail addresses whole", "[tokenizer]") {
  CHECK(forms("See https://example.com/a?b=c, or mail info@example.org.") ==
        V{"See", "https://example.com/a?b=c", ",", "or", "mail", "info@example.org", "."});
  CHECK(forms("(www.koreaherald.com)") == V{"(", "www.koreaherald.com", ")"});
}

TEST_CASE("tokenizer splits quotes and brackets", "[tokenizer]") {
  CHECK(forms("\"We will win,\" he said (quietly).") ==
        V{"\"", "We", "will", "win", ",", "\"", "he", "said", "(", "quietly", ")", "."});
  CHECK(forms("\xE2\x80\x9CYes\xE2\x80\x9D and \xE2\x80\x98no\xE2\x80\x99") ==
        V{"\xE2\x80\x9C", "Yes", "\xE2\x80\x9D", "and", "\xE2\x80\x98", "no", "\xE2\x80\x99"});
  CHECK(forms("the students' books") == V{"the", "students", "'", "books"});
}

TEST_CASE("token offsets point into the text", "[tokenizer]") {
  kg::Document doc = analyse("  Kim's  \xE2\x80\x9Cplan\xE2\x80\x9D failed.\n\nNext one.");
  for (const kg::Token& t : doc.tokens) {
    CHECK(doc.text.substr(t.begin, t.end - t.begin) == t.form);
  }
  REQUIRE(doc.tokens.size() >= 4);
  CHECK(doc.tokens[0].form == "Kim");
  CHECK_FALSE(doc.tokens[0].space_after);
  CHECK(doc.tokens[1].space_after);
}

TEST_CASE("sentence splitter respects abbreviations and quotes", "[tokenizer]") {
  kg::Document doc = analyse(
      "Mr. Kim arrived in the U.S. on Jan. 10. He said, \"We will talk.\" Then he left! "
      "Did he? Yes.");
  CHECK(sentence_texts(doc) == V{"Mr. Kim arrived in the U.S. on Jan. 10.",
                                 "He said, \"We will talk.\"", "Then he left!", "Did he?", "Yes."});
  kg::Document doc2 = analyse("Production rose in the U.S. The company said so.");
  CHECK(sentence_texts(doc2) == V{"Production rose in the U.S.", "The company said so."});
}

TEST_CASE("sentence splitter handles headlines, datelines and paragraphs", "[tokenizer]") {
  kg::Document doc = analyse(
      "N. Korea fires missile toward East Sea\n"
      "Jan. 10, 2024 - 14:57 By Ana Vell\n"
      "North Korea fired a ballistic missile on Wednesday, the military said.\n"
      "\n"
      "The launch came days after Pyongyang\xE2\x80\x99s drills. (Yonhap)\n"
      "Photo: A TV screen shows the launch\n");
  CHECK(sentence_texts(doc) ==
        V{"N. Korea fires missile toward East Sea", "Jan. 10, 2024 - 14:57 By Ana Vell",
          "North Korea fired a ballistic missile on Wednesday, the military said.",
          "The launch came days after Pyongyang\xE2\x80\x99s drills.", "(Yonhap)",
          "Photo: A TV screen shows the launch"});
  REQUIRE(doc.sentences.size() == 6);
  CHECK(doc.sentences[0].paragraph == 0);
  CHECK(doc.sentences[2].paragraph == 0);
  CHECK(doc.sentences[3].paragraph == 1);
  CHECK(doc.sentences[5].paragraph == 1);
  for (const kg::Sentence& s : doc.sentences) {
    CHECK(s.begin == doc.tokens[s.first_token].begin);
    CHECK(s.end == doc.tokens[s.end_token - 1].end);
  }
}

TEST_CASE("hard-wrapped prose is not split at line breaks", "[tokenizer]") {
  kg::Document doc = analyse(
      "The ministry said on Tuesday that the talks between the two sides would resume\n"
      "next month in Geneva, according to officials familiar with the matter.\n");
  CHECK(doc.sentences.size() == 1);
}

TEST_CASE("tokenizer copes with empty and odd input", "[tokenizer]") {
  CHECK(analyse("").tokens.empty());
  CHECK(analyse(" \n\n \t").sentences.empty());
  kg::Document doc = analyse("\xFF\xFE broken \xC3");
  for (const kg::Token& t : doc.tokens) CHECK(t.end > t.begin);
}

TEST_CASE("informal text: lower-case sentence starts, emoticons, runs of dots", "[tokenizer]") {
  CHECK(sentence_texts(analyse("the food is mediocre. the waitress took my name.")) ==
        V{"the food is mediocre.", "the waitress took my name."});
  CHECK(sentence_texts(analyse("\"Why?\" he asked.")) == V{"\"Why?\" he asked."});
  CHECK(forms("I love her. :) She is great :-(") ==
        V{"I", "love", "her", ".", ":)", "She", "is", "great", ":-("});
  CHECK(sentence_texts(analyse("I love her. :) She is great.")) ==
        V{"I love her. :)", "She is great."});
  CHECK(sentence_texts(analyse("It was good.. and cheap.")) == V{"It was good.. and cheap."});
}

TEST_CASE("web text: slashes between words, symbol runs, contractions without apostrophes",
          "[tokenizer]") {
  CHECK(forms("confidential and/or privileged, he/she said w/o 24/7 help") ==
        V{"confidential", "and", "/", "or", "privileged", ",", "he", "/", "she", "said", "w/o",
          "24/7", "help"});
  CHECK(forms("LONDON/BRUSSELS, May 2") == V{"LONDON/BRUSSELS", ",", "May", "2"});
  CHECK(forms("It's all about the $$$ *** <<Bush>>") ==
        V{"It", "'s", "all", "about", "the", "$$$", "***", "<<", "Bush", ">>"});
  CHECK(forms("Is it in Word format.?") == V{"Is", "it", "in", "Word", "format", ".?"});
  CHECK(forms("im sure thats alot, I cant") ==
        V{"i", "m", "sure", "that", "s", "a", "lot", ",", "I", "ca", "nt"});
  CHECK(forms("IM CANT") == V{"IM", "CANT"});  // acronyms stay whole
}

TEST_CASE("separator lines and spaced ellipses in sentence splitting", "[tokenizer]") {
  CHECK(sentence_texts(analyse("He left. *** Bush also nominated A. Kramer.")) ==
        V{"He left.", "***", "Bush also nominated A. Kramer."});
  CHECK(sentence_texts(analyse("It is a destruction of the peace . . . The talks ended.")) ==
        V{"It is a destruction of the peace . . .", "The talks ended."});
}

TEST_CASE("e-mail address after a name glued to it", "[tokenizer]") {
  CHECK(
      forms("Email: \"Ryan Reynolds\"<rreynol...@cogeco.ca> Groups") ==
      V{"Email", ":", "\"", "Ryan", "Reynolds", "\"", "<", "rreynol...@cogeco.ca", ">", "Groups"});
  CHECK(forms("<mailto:amy.cornell@example.com>") == V{"<", "mailto:amy.cornell@example.com", ">"});
}

TEST_CASE("numbers with a unit or time of day glued on are split", "[tokenizer]") {
  CHECK(forms("a 375mm statue, $3bn, 650k works at 7:30PM or 5pm for 24hrs") ==
        V{"a",     "375", "mm",   "statue", ",",  "$", "3",  "bn",  ",",  "650", "k",
          "works", "at",  "7:30", "PM",     "or", "5", "pm", "for", "24", "hrs"});
  // Ordinals, decades and one-letter labels stay whole.
  CHECK(forms("the 21st and 2nd, the 1990s, a 3D film in room 5a") ==
        V{"the", "21st", "and", "2nd", ",", "the", "1990s", ",", "a", "3D", "film", "in", "room",
          "5a"});
}

TEST_CASE("runs of terminal marks, glued emoticons, trailing pluses, hashtags", "[tokenizer]") {
  CHECK(forms("for an ipod??. Really!. Why..? Wait...?") ==
        V{"for", "an", "ipod", "??.", "Really", "!.", "Why", "..?", "Wait", "...", "?"});
  CHECK(forms("It was Inc.. Then L.P.. Done") ==
        V{"It", "was", "Inc.", ".", "Then", "L.P.", ".", "Done"});
  CHECK(forms("thanks family:) and friends :). yes") ==
        V{"thanks", "family", ":)", "and", "friends", ":)", ".", "yes"});
  CHECK(forms("an A+ and A++ for 18+ clubs, +44 and 1+1") ==
        V{"an", "A", "+", "and", "A", "++", "for", "18", "+", "clubs", ",", "+44", "and", "1+1"});
  CHECK(forms("join #audiobooks (#1 fan)") == V{"join", "#audiobooks", "(", "#", "1", "fan", ")"});
  CHECK(forms("their big/ main meal, at 40 /MWh") ==
        V{"their", "big", "/", "main", "meal", ",", "at", "40", "/", "MWh"});
}

TEST_CASE("double quotes typed as two single quotes", "[tokenizer]") {
  CHECK(forms("''We had to act,'' he said.") ==
        V{"''", "We", "had", "to", "act", ",", "''", "he", "said", "."});
  CHECK(forms("\xE2\x80\x98\xE2\x80\x99Yes\xE2\x80\x99\xE2\x80\x99 and ''") ==
        V{"\xE2\x80\x98\xE2\x80\x99", "Yes", "\xE2\x80\x99\xE2\x80\x99", "and", "''"});
  CHECK(sentence_texts(analyse("It was over.'' Records show more.")) ==
        V{"It was over.''", "Records show more."});
}

TEST_CASE("contractions without apostrophes decided by the next word", "[tokenizer]") {
  CHECK(forms("its a reel and its not here, but its roots and its so-called rules") ==
        V{"it", "s", "a", "reel", "and", "it", "s", "not", "here", ",", "but", "its", "roots",
          "and", "its", "so-called", "rules"});
  CHECK(forms("your the best, your car. Lets go, he lets go") == V{"you", "r", "the", "best", ",",
                                                                   "your", "car", ".", "Let", "s",
                                                                   "go", ",", "he", "lets", "go"});
  CHECK(forms("youll see theyre here, mama`s house") ==
        V{"you", "ll", "see", "they", "re", "here", ",", "mama", "`s", "house"});
}

TEST_CASE("decades, abbreviations before other marks, ellipsis with a full stop", "[tokenizer]") {
  CHECK(forms("in the 1960's and our 20's, 2003's film") ==
        V{"in", "the", "1960's", "and", "our", "20's", ",", "2003", "'s", "film"});
  CHECK(forms("a T.V.? Attn. Bob, ext. 5") ==
        V{"a", "T.V.", "?", "Attn.", "Bob", ",", "ext.", "5"});
  CHECK(sentence_texts(analyse("GOVERNMENT\xE2\x80\xA6. Tet was a disaster.")) ==
        V{"GOVERNMENT\xE2\x80\xA6.", "Tet was a disaster."});
}

TEST_CASE("No. is the number sign only before a number, titles in capitals", "[tokenizer]") {
  CHECK(forms("No. 2 and Nos. 3 and 4") == V{"No.", "2", "and", "Nos.", "3", "and", "4"});
  CHECK(sentence_texts(analyse("Are you sure? No. It was fine.")) ==
        V{"Are you sure?", "No.", "It was fine."});
  CHECK(forms("GEN. LEE of ACME LTD. and PVT. RYAN") ==
        V{"GEN.", "LEE", "of", "ACME", "LTD.", "and", "PVT.", "RYAN"});
  CHECK(forms("WE ARE IN LA.") == V{"WE", "ARE", "IN", "LA", "."});
}

TEST_CASE("arrows and separator art are one token", "[tokenizer]") {
  CHECK(forms("A -> B <-- C ===> D, News==---- and <>") ==
        V{"A", "->", "B", "<--", "C", "===>", "D", ",", "News", "==----", "and", "<", ">"});
  CHECK(forms("x = y, a_b and a--b") == V{"x", "=", "y", ",", "a_b", "and", "a", "--", "b"});
}
