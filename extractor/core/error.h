// The one error type that crosses module edges.
//
// Modules throw kg::Error with a message that names the input (file, line or byte offset) and a
// category; the CLI turns the category into the process exit code in one place (see README.md,
// "Exit codes").
#pragma once

#include <stdexcept>
#include <string>

namespace kg {

enum class ErrorKind : int {
  Usage = 2,   // the command line is wrong
  Input = 3,   // an input file is missing, unreadable or malformed
  Store = 4,   // the database cannot be opened, is locked, corrupt or of another version
  Model = 5,   // the model file is missing, truncated, corrupt or of another version
  Output = 6,  // an output file cannot be written
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const { return kind_; }
  int exit_code() const { return static_cast<int>(kind_); }

 private:
  ErrorKind kind_;
};

}  // namespace kg
