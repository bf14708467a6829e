// kg articles [show ID | remove ID] : the stored articles, one article's record, and removing one
// with everything only it supports.
#include <cstdio>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/output.h"
#include "graph/query/articles.h"

namespace kg::cli {

void add_articles_command(CLI::App& app) {
  struct Options {
    std::string db = default_db();
    OutputFormat format = OutputFormat::Table;
    int limit = 50;
    std::string id;
    bool with_copies = false;
  };
  auto list = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand(
      "articles", "List stored articles (id, title, date, source, counts, copy of)");
  command->add_option("--db", list->db, "SQLite database (default $KG_DB or kg.db)");
  command->add_option("--limit", list->limit, "at most N rows (0: all)")->capture_default_str();
  add_output_options(*command, list->format);
  command->callback([command, list] {
    if (!command->get_subcommands().empty()) return;  // show or remove did the work
    Store store(list->db, Store::Mode::ReadOnly);
    int64_t total = 0;
    ResultTable table = list_articles(store, list->limit, &total);
    table.total = total;  // print_result says "showing N of M" and puts both in --json
    print_result(table, list->format);
  });

  auto show = std::make_shared<Options>();
  CLI::App* show_command = command->add_subcommand("show", "One article's record and counts");
  show_command->add_option("ID", show->id, "article id, content hash or row number")->required();
  show_command->add_option("--db", show->db, "SQLite database (default $KG_DB or kg.db)");
  add_output_options(*show_command, show->format);
  show_command->callback([show] {
    Store store(show->db, Store::Mode::ReadOnly);
    print_result(show_article(store, show->id), show->format);
  });

  auto remove = std::make_shared<Options>();
  CLI::App* remove_command = command->add_subcommand(
      "remove", "Remove an article with the facts, quotes and mentions only it supports");
  remove_command->add_option("ID", remove->id, "article id, content hash or row number")
      ->required();
  remove_command->add_option("--db", remove->db, "SQLite database (default $KG_DB or kg.db)");
  remove_command->add_flag("--with-copies", remove->with_copies,
                           "also remove the stored copies of it");
  remove_command->callback([remove] {
    Store store(remove->db);
    RemovalReport r = remove_article(store, remove->id, remove->with_copies);
    std::printf(
        "removed article %s: %lld fact mentions (%lld facts still supported by other articles), "
        "%lld quotes, %lld mentions, %lld entities left with nothing, %lld copies\n",
        r.id.c_str(), static_cast<long long>(r.facts), static_cast<long long>(r.shared_facts),
        static_cast<long long>(r.quotes), static_cast<long long>(r.mentions),
        static_cast<long long>(r.entities), static_cast<long long>(r.copies));
  });
  command->require_subcommand(0, 1);
}

}  // namespace kg::cli
