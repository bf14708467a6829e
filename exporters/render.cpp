#include "exporters/render.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <vector>

#include "exporters/exporter.h"
#include "extractor/core/error.h"

extern char** environ;

namespace kg {
namespace {

// Runs `dot` without a shell (file names stay data); returns its exit status, or -1 when it
// could not be started. Its messages go to `messages`.
int run_dot(const std::vector<std::string>& args, const std::string& messages) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, messages.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  std::vector<char*> argv;
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  int spawned = posix_spawnp(&pid, "dot", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return -1;
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return -1;
  if (!WIFEXITED(status)) return -1;
  return WEXITSTATUS(status) == 127 ? -1 : WEXITSTATUS(status);
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

void render_graph(const KnowledgeGraph& graph, Store& store, const std::string& output) {
  std::string extension = std::filesystem::path(output).extension().string();
  if (extension != ".svg" && extension != ".png" && extension != ".pdf")
    throw Error(ErrorKind::Usage, output + ": give a .svg, .png or .pdf file to render");
  std::string dot_file = output + ".dot.tmp", picture = output + ".tmp",
              messages = output + ".log.tmp";
  auto cleanup = [&] {
    std::error_code ec;
    for (const std::string& file : {dot_file, picture, messages}) std::filesystem::remove(file, ec);
  };
  {
    std::ofstream out(dot_file, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(ErrorKind::Output, output + ": cannot open for writing");
    make_exporter("dot")->write(graph, store, out);
    out.close();
    if (!out) {
      cleanup();
      throw Error(ErrorKind::Output, output + ": write failed");
    }
  }
  int status = run_dot({"dot", "-T" + extension.substr(1), "-o", picture, dot_file}, messages);
  std::string said = read_all(messages);
  if (status != 0 || !std::filesystem::exists(picture) ||
      std::filesystem::file_size(picture) == 0) {
    cleanup();
    if (status < 0)
      throw Error(ErrorKind::Output,
                  "cannot run Graphviz's dot program: install the graphviz package");
    throw Error(ErrorKind::Output, output + ": dot failed: " + said);
  }
  std::error_code ec;
  std::filesystem::rename(picture, output, ec);
  cleanup();
  if (ec) throw Error(ErrorKind::Output, output + ": cannot write: " + ec.message());
}

}  // namespace kg
