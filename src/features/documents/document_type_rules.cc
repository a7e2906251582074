#include "features/documents/document_type_rules.h"

#include <cstdint>
#include <set>
#include <vector>

#include "core/text.h"

namespace childrecord {
namespace {

bool StartsWith(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

uint32_t Le16(std::string_view b, size_t at) {
  return static_cast<uint8_t>(b[at]) | static_cast<uint32_t>(static_cast<uint8_t>(b[at + 1])) << 8;
}
uint32_t Le32(std::string_view b, size_t at) { return Le16(b, at) | Le16(b, at + 2) << 16; }

// The names in a ZIP's central directory, or nullopt when the structure is not a sound ZIP.
// Reads only the end-of-central-directory record and the directory it points at (no ZIP64:
// documents of that size are over our limit anyway).
std::optional<std::vector<std::string>> ZipEntryNames(std::string_view b) {
  constexpr size_t kEocdSize = 22;
  if (b.size() < kEocdSize) return std::nullopt;
  // The EOCD is at the end, followed by a comment of at most 65,535 bytes.
  size_t eocd = std::string_view::npos;
  const size_t lowest = b.size() > kEocdSize + 65535 ? b.size() - kEocdSize - 65535 : 0;
  for (size_t i = b.size() - kEocdSize + 1; i-- > lowest;) {
    if (b.substr(i, 4) == std::string_view("PK\x05\x06", 4)) {
      eocd = i;
      break;
    }
  }
  if (eocd == std::string_view::npos) return std::nullopt;
  const uint32_t count = Le16(b, eocd + 10);
  const uint32_t dir_size = Le32(b, eocd + 12);
  const uint32_t dir_offset = Le32(b, eocd + 16);
  if (static_cast<uint64_t>(dir_offset) + dir_size > eocd) return std::nullopt;
  std::vector<std::string> names;
  size_t at = dir_offset;
  for (uint32_t i = 0; i < count; ++i) {
    constexpr size_t kHeader = 46;
    if (at + kHeader > eocd || b.substr(at, 4) != std::string_view("PK\x01\x02", 4)) return std::nullopt;
    const size_t name_length = Le16(b, at + 28);
    const size_t extra_length = Le16(b, at + 30);
    const size_t comment_length = Le16(b, at + 32);
    if (at + kHeader + name_length > eocd) return std::nullopt;
    names.emplace_back(b.substr(at + kHeader, name_length));
    at += kHeader + name_length + extra_length + comment_length;
  }
  return names;
}

std::optional<DocumentType> SniffOffice(std::string_view bytes) {
  auto names = ZipEntryNames(bytes);
  if (!names) return std::nullopt;
  const std::set<std::string> set(names->begin(), names->end());
  if (!set.count("[Content_Types].xml")) return std::nullopt;
  // Macros are programs: a macro-enabled workbook or document is not accepted.
  if (set.count("word/vbaProject.bin") || set.count("xl/vbaProject.bin")) return std::nullopt;
  if (set.count("word/document.xml")) {
    return DocumentType{"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document",
                        "docx"};
  }
  if (set.count("xl/workbook.xml")) {
    return DocumentType{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel spreadsheet",
                        "xlsx"};
  }
  return std::nullopt;
}

// HEIF images (iPhone photos) are ISO base media files: a box "ftyp" at offset 4 whose major
// brand (or a compatible brand) is a HEIF one.
bool IsHeif(std::string_view b) {
  if (b.size() < 16 || b.substr(4, 4) != "ftyp") return false;
  const size_t box = std::min<size_t>(static_cast<size_t>(b[0] & 0xff) << 24 | static_cast<size_t>(b[1] & 0xff) << 16 |
                                          static_cast<size_t>(b[2] & 0xff) << 8 | static_cast<size_t>(b[3] & 0xff),
                                      b.size());
  static const std::set<std::string_view> kBrands = {"heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"};
  if (kBrands.count(b.substr(8, 4))) return true;
  for (size_t at = 16; at + 4 <= box; at += 4) {
    if (kBrands.count(b.substr(at, 4))) return true;
  }
  return false;
}

bool IsPlainText(std::string_view b) {
  if (!IsValidUtf8(b)) return false;
  for (char c : b) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
    if (u == 0x7f) return false;
  }
  return true;
}

}  // namespace

std::optional<DocumentType> SniffDocumentType(std::string_view b) {
  if (b.empty()) return std::nullopt;
  if (StartsWith(b, "%PDF-")) return DocumentType{"application/pdf", "PDF", "pdf"};
  if (StartsWith(b, std::string_view("\x89PNG\r\n\x1a\n", 8))) return DocumentType{"image/png", "PNG image", "png"};
  if (StartsWith(b, "\xff\xd8\xff")) return DocumentType{"image/jpeg", "JPEG image", "jpg"};
  if (StartsWith(b, "GIF87a") || StartsWith(b, "GIF89a")) return DocumentType{"image/gif", "GIF image", "gif"};
  if (b.size() >= 12 && StartsWith(b, "RIFF") && b.substr(8, 4) == "WEBP") {
    return DocumentType{"image/webp", "WebP image", "webp"};
  }
  if (IsHeif(b)) return DocumentType{"image/heic", "HEIC photo", "heic"};
  if (StartsWith(b, std::string_view("PK\x03\x04", 4))) return SniffOffice(b);
  // Text last: the binary formats above all contain bytes that are not UTF-8 text, but a
  // text file could start with "GIF89a" and still be text; binary wins, as a browser would.
  if (IsPlainText(b)) {
    return DocumentType{"text/plain; charset=utf-8", "Plain text", "txt"};
  }
  return std::nullopt;
}

const std::string& AcceptedDocumentTypesText() {
  static const auto* text = new std::string(
      "PDF, Word (.docx), Excel (.xlsx), plain text (.txt), or a photo or picture (PNG, JPEG, GIF, WebP or HEIC)");
  return *text;
}

}  // namespace childrecord
