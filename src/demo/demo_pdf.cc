#include "demo/demo_pdf.h"

#include <cstdio>

namespace childrecord::demo {
namespace {

// A PDF literal string's contents: ( ) and \ escaped, non-ASCII as '?' (one per UTF-8 character).
std::string PdfText(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      if ((c & 0xc0) != 0x80) out.push_back('?');  // count a character once, at its lead byte
      continue;
    }
    if (c < 0x20) continue;
    if (c == '(' || c == ')' || c == '\\') out.push_back('\\');
    out.push_back(static_cast<char>(c));
  }
  return out;
}

}  // namespace

std::string MinimalPdf(const std::string& title, const std::vector<std::string>& lines) {
  std::string content = "BT /F1 16 Tf 56 780 Td (" + PdfText(title) + ") Tj /F1 11 Tf 0 -28 Td 15 TL\n";
  for (const std::string& line : lines) content += "(" + PdfText(line) + ") Tj T*\n";
  content += "ET\n";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
      "/Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
  };
  std::string pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace childrecord::demo
