#include "extractor/syntax/model_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extractor/core/error.h"

namespace kg {

// Slicing-by-8 (eight bytes per step through eight tables): the same CRC-32 as the bytewise
// loop, about five times faster, which matters when checking a 40 MB model on every load.
uint32_t crc32(const void* data, size_t size) {
  static const auto tables = [] {
    std::vector<std::array<uint32_t, 256>> t(8);
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[0][i] = c;
    }
    for (uint32_t i = 0; i < 256; ++i)
      for (size_t s = 1; s < 8; ++s) t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xFF];
    return t;
  }();
  uint32_t c = 0xFFFFFFFFu;
  const auto* p = static_cast<const unsigned char*>(data);
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    // Explicit little-endian assembly keeps the result independent of the host's byte order.
    uint32_t lo = c ^ (uint32_t{p[i]} | uint32_t{p[i + 1]} << 8 | uint32_t{p[i + 2]} << 16 |
                       uint32_t{p[i + 3]} << 24);
    uint32_t hi = uint32_t{p[i + 4]} | uint32_t{p[i + 5]} << 8 | uint32_t{p[i + 6]} << 16 |
                  uint32_t{p[i + 7]} << 24;
    c = tables[7][lo & 0xFF] ^ tables[6][(lo >> 8) & 0xFF] ^ tables[5][(lo >> 16) & 0xFF] ^
        tables[4][lo >> 24] ^ tables[3][hi & 0xFF] ^ tables[2][(hi >> 8) & 0xFF] ^
        tables[1][(hi >> 16) & 0xFF] ^ tables[0][hi >> 24];
  }
  for (; i < size; ++i) c = tables[0][(c ^ p[i]) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

uint64_t fnv1a64(std::string_view s, uint64_t seed) {
  uint64_t h = seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

void ByteWriter::u16(uint16_t v) {
  for (int i = 0; i < 2; ++i) buf_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void ByteWriter::u32(uint32_t v) {
  for (int i = 0; i < 4; ++i) buf_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void ByteWriter::u64(uint64_t v) {
  for (int i = 0; i < 8; ++i) buf_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void ByteWriter::f32(float v) {
  uint32_t bits;
  std::memcpy(&bits, &v, 4);
  u32(bits);
}
void ByteWriter::str(std::string_view s) {
  u32(static_cast<uint32_t>(s.size()));
  buf_.append(s.data(), s.size());
}

void ByteReader::fail(const std::string& what) const {
  throw Error(ErrorKind::Model, "model file " + file_ + " is corrupt: " + what +
                                    " (at payload byte " + std::to_string(pos_) + ")");
}
void ByteReader::need(size_t n) const {
  if (n > data_.size() - pos_) fail("unexpected end of data");
}
uint8_t ByteReader::u8() {
  need(1);
  return static_cast<uint8_t>(data_[pos_++]);
}
uint16_t ByteReader::u16() {
  need(2);
  uint16_t v = 0;
  for (int i = 0; i < 2; ++i)
    v |= static_cast<uint16_t>(static_cast<unsigned char>(data_[pos_ + i]) << (8 * i));
  pos_ += 2;
  return v;
}
uint32_t ByteReader::u32() {
  need(4);
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i)
    v |= static_cast<uint32_t>(static_cast<unsigned char>(data_[pos_ + i])) << (8 * i);
  pos_ += 4;
  return v;
}
uint64_t ByteReader::u64() {
  need(8);
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i)
    v |= static_cast<uint64_t>(static_cast<unsigned char>(data_[pos_ + i])) << (8 * i);
  pos_ += 8;
  return v;
}
float ByteReader::f32() {
  uint32_t bits = u32();
  float v;
  std::memcpy(&v, &bits, 4);
  return v;
}
std::string ByteReader::str() {
  uint32_t n = u32();
  need(n);
  std::string s(data_.substr(pos_, n));
  pos_ += n;
  return s;
}
std::string_view ByteReader::bytes(size_t n) {
  need(n);
  std::string_view v = data_.substr(pos_, n);
  pos_ += n;
  return v;
}
uint32_t ByteReader::count(size_t min_bytes_each) {
  uint32_t n = u32();
  if (min_bytes_each > 0 && static_cast<uint64_t>(n) * min_bytes_each > data_.size() - pos_)
    fail("element count " + std::to_string(n) + " exceeds the data");
  return n;
}
void ByteReader::expect_tag(std::string_view four_chars) {
  need(4);
  if (data_.substr(pos_, 4) != four_chars)
    fail("expected section '" + std::string(four_chars) + "'");
  pos_ += 4;
}

void write_model_file(const std::string& path, uint64_t fingerprint, const std::string& payload) {
  ByteWriter header;
  for (char c : kModelMagic) header.u8(static_cast<uint8_t>(c));
  header.u32(kModelFormatVersion);
  header.u64(fingerprint);
  header.u64(payload.size());
  header.u32(crc32(payload.data(), payload.size()));
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(ErrorKind::Output, "cannot write " + tmp);
    out.write(header.bytes().data(), static_cast<std::streamsize>(header.bytes().size()));
    out.write(payload.data(), static_cast<std::streamsize>(payload.size()));
    out.flush();
    if (!out) throw Error(ErrorKind::Output, "cannot write " + tmp);
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec)
    throw Error(ErrorKind::Output, "cannot rename " + tmp + " to " + path + ": " + ec.message());
}

ModelFileContents read_model_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(ErrorKind::Model, "cannot open model file " + path);
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw Error(ErrorKind::Model, "cannot read model file " + path);
  }
  auto file_size = static_cast<size_t>(st.st_size);
  if (file_size < kModelHeaderSize) {
    ::close(fd);
    throw Error(ErrorKind::Model, "model file " + path + " is truncated (" +
                                      std::to_string(file_size) +
                                      " bytes, shorter than the header)");
  }
  // A read-only mapping instead of a read into a buffer: the kernel's page cache is used in place,
  // so loading touches no fresh memory for the 40 MB payload.
  void* map = ::mmap(nullptr, file_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) throw Error(ErrorKind::Model, "cannot read model file " + path);
  std::shared_ptr<const void> mapping(
      map, [file_size](const void* p) { ::munmap(const_cast<void*>(p), file_size); });
  std::string_view bytes(static_cast<const char*>(map), file_size);
  if (std::memcmp(bytes.data(), kModelMagic, 8) != 0)
    throw Error(ErrorKind::Model, "model file " + path + " is not a kg model (bad magic number)");
  ByteReader header(bytes.substr(8, kModelHeaderSize - 8), path);
  uint32_t version = header.u32();
  if (version < kOldestModelFormatVersion || version > kModelFormatVersion) {
    std::string readable = kOldestModelFormatVersion == kModelFormatVersion
                               ? "version " + std::to_string(kModelFormatVersion)
                               : "versions " + std::to_string(kOldestModelFormatVersion) + " to " +
                                     std::to_string(kModelFormatVersion);
    throw Error(
        ErrorKind::Model,
        "model file " + path + " has format version " + std::to_string(version) +
            ", this kg reads " + readable +
            (version < kOldestModelFormatVersion ? "; retrain it with this kg (kg train)" : ""));
  }
  ModelFileContents result;
  result.version = version;
  result.fingerprint = header.u64();
  uint64_t size = header.u64();
  uint32_t crc = header.u32();
  uint64_t actual = file_size - kModelHeaderSize;
  if (size != actual)
    throw Error(ErrorKind::Model, "model file " + path + " is truncated or padded (payload " +
                                      std::to_string(actual) + " bytes, header says " +
                                      std::to_string(size) + ")");
  result.payload = bytes.substr(kModelHeaderSize);
  result.mapping = std::move(mapping);
  if (crc32(result.payload.data(), result.payload.size()) != crc)
    throw Error(ErrorKind::Model, "model file " + path + " is corrupt (checksum mismatch)");
  return result;
}

}  // namespace kg
