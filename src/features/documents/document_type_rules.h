#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace childrecord {

// What a file really is, judged by its CONTENT (magic bytes and structure), never by its name or
// the type the browser declared: a renamed program is not a PDF because it is called "x.pdf".
// Pure: no I/O.
//
// Accepted (docs/recording.md "Documents"):
//   PDF (%PDF-), PNG, JPEG, GIF, WebP, HEIC/HEIF (phone photos: ISO-BMFF "ftyp" with a HEIF
//   brand), Word .docx and Excel .xlsx (a ZIP whose central directory lists
//   "[Content_Types].xml" and word/document.xml or xl/workbook.xml; macro-enabled files, which
//   carry vbaProject.bin, are refused), and plain text (valid UTF-8 without NUL or other control
//   characters than tab, line feed, carriage return and form feed).
// Everything else is refused, including other ZIPs, legacy .doc/.xls and executables.
struct DocumentType {
  std::string media_type;  // "application/pdf"
  std::string label;       // "PDF", for people
  std::string extension;   // "pdf", without the dot
};

// The type of `bytes`, or nullopt when it is none of the accepted types (or empty).
std::optional<DocumentType> SniffDocumentType(std::string_view bytes);

// For error messages and the upload page: "PDF, Word (.docx), Excel (.xlsx), plain text, PNG,
// JPEG, GIF, WebP or HEIC".
const std::string& AcceptedDocumentTypesText();


}  // namespace childrecord
