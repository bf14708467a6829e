#include "extractor/model_file.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extractor/error.h"

namespace kg {

uint32_t crc32(const void* data, size_t size) {
  static const auto table = [] {
    std::vector<uint32_t> t(256);
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  uint32_t c = 0xFFFFFFFFu;
  const auto* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < size; ++i) c = table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
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
  throw Error(ErrorKind::Model, "model file " + file_ + " is corrupt: " + what + " (at payload byte " +
                                    std::to_string(pos_) + ")");
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
  for (int i = 0; i < 2; ++i) v |= static_cast<uint16_t>(static_cast<unsigned char>(data_[pos_ + i]) << (8 * i));
  pos_ += 2;
  return v;
}
uint32_t ByteReader::u32() {
  need(4);
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(data_[pos_ + i])) << (8 * i);
  pos_ += 4;
  return v;
}
uint64_t ByteReader::u64() {
  need(8);
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(data_[pos_ + i])) << (8 * i);
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
uint32_t ByteReader::count(size_t min_bytes_each) {
  uint32_t n = u32();
  if (min_bytes_each > 0 && static_cast<uint64_t>(n) * min_bytes_each > data_.size() - pos_)
    fail("element count " + std::to_string(n) + " exceeds the data");
  return n;
}
void ByteReader::expect_tag(std::string_view four_chars) {
  need(4);
  if (data_.substr(pos_, 4) != four_chars) fail("expected section '" + std::string(four_chars) + "'");
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
  if (ec) throw Error(ErrorKind::Output, "cannot rename " + tmp + " to " + path + ": " + ec.message());
}

ModelFileContents read_model_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw Error(ErrorKind::Model, "cannot open model file " + path);
  std::string data;
  std::streamoff file_size = in.tellg();
  if (file_size > 0) {
    data.resize(static_cast<size_t>(file_size));
    in.seekg(0);
    in.read(data.data(), file_size);
    if (!in) throw Error(ErrorKind::Model, "cannot read model file " + path);
  }
  if (data.size() < kModelHeaderSize)
    throw Error(ErrorKind::Model, "model file " + path + " is truncated (" + std::to_string(data.size()) +
                                      " bytes, shorter than the header)");
  if (std::memcmp(data.data(), kModelMagic, 8) != 0)
    throw Error(ErrorKind::Model, "model file " + path + " is not a kg model (bad magic number)");
  ByteReader header(std::string_view(data).substr(8, kModelHeaderSize - 8), path);
  uint32_t version = header.u32();
  if (version != kModelFormatVersion)
    throw Error(ErrorKind::Model, "model file " + path + " has format version " + std::to_string(version) +
                                      ", this kg reads version " + std::to_string(kModelFormatVersion));
  ModelFileContents result;
  result.fingerprint = header.u64();
  uint64_t size = header.u64();
  uint32_t crc = header.u32();
  if (size != data.size() - kModelHeaderSize)
    throw Error(ErrorKind::Model, "model file " + path + " is truncated or padded (payload " +
                                      std::to_string(data.size() - kModelHeaderSize) + " bytes, header says " +
                                      std::to_string(size) + ")");
  if (crc32(data.data() + kModelHeaderSize, size) != crc)
    throw Error(ErrorKind::Model, "model file " + path + " is corrupt (checksum mismatch)");
  data.erase(0, kModelHeaderSize);
  result.payload = std::move(data);
  return result;
}

}  // namespace kg
