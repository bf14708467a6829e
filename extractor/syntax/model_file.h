// The binary container of a trained model (see model_format.md for the byte layout).
//
// A model file is: magic "KGMODEL\0", format version, feature fingerprint, payload size, CRC32 of
// the payload, payload. All integers are little-endian whatever the host. ByteWriter and
// ByteReader encode the payload; ByteReader checks every read against the payload's end and
// throws kg::Error (ErrorKind::Model) naming the file, so a truncated or corrupt file is rejected
// with a reason instead of crashing.
//
// Stateless functions are thread-safe; a ByteWriter or ByteReader belongs to one thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

inline constexpr char kModelMagic[8] = {'K', 'G', 'M', 'O', 'D', 'E', 'L', '\0'};
inline constexpr uint32_t kModelFormatVersion = 7;
// Oldest version still read (see model_format.md for what differs).
inline constexpr uint32_t kOldestModelFormatVersion = 3;
inline constexpr size_t kModelHeaderSize = 8 + 4 + 8 + 8 + 4;
// The byte after the word-cluster table (format 5): which stages add cluster features.
inline constexpr uint8_t kClustersInTagger = 1;
inline constexpr uint8_t kClustersInParser = 2;

uint32_t crc32(const void* data, size_t size);
// 64-bit FNV-1a, used for fingerprints and feature hashing (platform independent).
uint64_t fnv1a64(std::string_view s, uint64_t seed = 0xcbf29ce484222325ULL);

class ByteWriter {
 public:
  void u8(uint8_t v) { buf_.push_back(static_cast<char>(v)); }
  void u16(uint16_t v);
  void u32(uint32_t v);
  void u64(uint64_t v);
  void f32(float v);
  void str(std::string_view s);  // u32 length + bytes
  void tag(std::string_view four_chars) { buf_.append(four_chars.data(), 4); }
  void raw(std::string_view bytes) { buf_.append(bytes.data(), bytes.size()); }
  const std::string& bytes() const { return buf_; }

 private:
  std::string buf_;
};

class ByteReader {
 public:
  // `data` must outlive the reader; `file` is named in error messages.
  ByteReader(std::string_view data, std::string file) : data_(data), file_(std::move(file)) {}
  uint8_t u8();
  uint16_t u16();
  uint32_t u32();
  uint64_t u64();
  float f32();
  std::string str();
  // The next n bytes, in place.
  std::string_view bytes(size_t n);
  // Reads a u32 element count and checks that `count * min_bytes_each` bytes remain.
  uint32_t count(size_t min_bytes_each);
  void expect_tag(std::string_view four_chars);
  bool at_end() const { return pos_ == data_.size(); }
  size_t remaining() const { return data_.size() - pos_; }
  [[noreturn]] void fail(const std::string& what) const;
  const std::string& file() const { return file_; }

 private:
  void need(size_t n) const;
  std::string_view data_;
  size_t pos_ = 0;
  std::string file_;
};

// Writes header + payload to `path` through a temporary file renamed into place. Throws kg::Error
// (ErrorKind::Output) on failure.
void write_model_file(const std::string& path, uint64_t fingerprint, const std::string& payload);

// The payload is a read-only memory mapping of the file (no copy), unmapped with the last copy
// of the contents.
struct ModelFileContents {
  uint32_t version = 0;
  uint64_t fingerprint = 0;
  std::string_view payload;
  std::shared_ptr<const void> mapping;
};

// Reads and checks magic, version, size and checksum. Throws kg::Error (ErrorKind::Model) naming
// the file when it is missing, truncated, corrupt or of another format version.
ModelFileContents read_model_file(const std::string& path);

}  // namespace kg
