#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/readers.h"
#include "rightscheck/ingest.h"

namespace rightscheck::ingest {
namespace {

// One line of text on a page: position in points from the bottom left.
struct PlacedLine {
  int x;
  int y;
  std::string text;  // PDF string syntax: escape ( ) and \ yourself
};
using Page = std::vector<PlacedLine>;

struct PdfOptions {
  std::string info;     // e.g. "/Title (Data Act)"; empty: no /Info
  std::string encrypt;  // an /Encrypt dictionary; empty: not encrypted
};

// A minimal PDF 1.4 with Helvetica text and a correct xref table.
std::string make_pdf(const std::vector<std::string>& content_streams, const PdfOptions& options = {}) {
  const int pages = static_cast<int>(content_streams.size());
  std::vector<std::string> objects;
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (int i = 0; i < pages; ++i) kids += std::to_string(3 + 2 * i) + " 0 R ";
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>");
  const int font = 3 + 2 * pages;
  for (int i = 0; i < pages; ++i) {
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 " +
                      std::to_string(font) + " 0 R >> >> /Contents " + std::to_string(4 + 2 * i) + " 0 R >>");
    const std::string& stream = content_streams[i];
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
  }
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  std::string trailer_extra;
  if (!options.info.empty()) {
    objects.push_back("<< " + options.info + " >>");
    trailer_extra += " /Info " + std::to_string(objects.size()) + " 0 R";
  }
  if (!options.encrypt.empty()) {
    objects.push_back(options.encrypt);
    trailer_extra += " /Encrypt " + std::to_string(objects.size()) + " 0 R" +
                     " /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]";
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    std::string number = std::to_string(offset);
    pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R" + trailer_extra +
         " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

std::string text_stream(const Page& page) {
  std::string stream = "BT /F1 10 Tf\n";
  for (const PlacedLine& line : page)
    stream += "1 0 0 1 " + std::to_string(line.x) + " " + std::to_string(line.y) + " Tm (" + line.text + ") Tj\n";
  return stream + "ET";
}

std::string make_text_pdf(const std::vector<Page>& pages, const PdfOptions& options = {}) {
  std::vector<std::string> streams;
  for (const Page& page : pages) streams.push_back(text_stream(page));
  return make_pdf(streams, options);
}

Result<Text> read(const std::string& bytes, const IngestLimits& limits = {}) {
  return read_pdf(bytes, "law.pdf", limits);
}

std::string page_text(const Text& text, int number) {
  const PageSpan& page = text.pages.at(static_cast<std::size_t>(number - 1));
  return text.utf8.substr(page.start, page.end - page.start);
}

// Three pages with a running header, "Page N of 3" footers and words split
// across lines.
std::vector<Page> statute_pages() {
  return {
      {{200, 800, "Cybercrimes Act 2025"}, {72, 760, "1. Short title"}, {72, 745, "This Act is the Cybercrimes Act."},
       {72, 40, "Page 1 of 3"}},
      {{200, 800, "Cybercrimes Act 2025"}, {72, 760, "2. The inter-"}, {72, 745, "ception of data by the Director-"},
       {72, 730, "General is an offence."}, {72, 40, "Page 2 of 3"}},
      {{200, 800, "Cybercrimes Act 2025"}, {72, 760, "3. Penalties apply to non-"},
       {72, 745, "State actors and to well-"}, {72, 730, "known  persons."}, {290, 40, "- 3 -"}},
  };
}

TEST(PdfReader, ExtractsLinesAndMapsPages) {
  Result<Text> text = read(make_text_pdf(statute_pages(), {.info = "/Title (Cybercrimes Act)", .encrypt = ""}));
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->format, SourceFormat::pdf);
  EXPECT_EQ(text->title, "Cybercrimes Act");
  ASSERT_EQ(text->pages.size(), 3u);
  EXPECT_EQ(text->utf8,
            "1. Short title\nThis Act is the Cybercrimes Act.\n"
            "2. The interception of data by the Director-\nGeneral is an offence.\n"
            "3. Penalties apply to non-\nState actors and to wellknown persons.\n");
  for (int number = 1; number <= 3; ++number) EXPECT_EQ(text->pages[number - 1].number, number);
  EXPECT_EQ(page_text(text.value(), 2), "2. The interception of data by the Director-\nGeneral is an offence.\n");
  EXPECT_EQ(page_text(text.value(), 1).find("interception"), std::string::npos);
  EXPECT_EQ(page_text(text.value(), 3).rfind("3. Penalties", 0), 0u);
  // Spans tile the text: each page starts where the previous one ends.
  EXPECT_EQ(text->pages[0].start, 0u);
  EXPECT_EQ(text->pages[1].start, text->pages[0].end);
  EXPECT_EQ(text->pages[2].end, text->utf8.size());
  EXPECT_EQ(text->page_at(text->utf8.find("Director")), 2);
}

TEST(PdfReader, KeepsRepeatedLinesOfShortDocumentsAndUniqueFirstLines) {
  // Two pages: an identical first line is not yet a running header.
  Result<Text> two = read(make_text_pdf({{{72, 800, "Schedule"}, {72, 786, "one"}},
                                         {{72, 800, "Schedule"}, {72, 786, "two"}}}));
  ASSERT_TRUE(two.is_ok()) << two.status().message();
  EXPECT_EQ(two->utf8, "Schedule\none\nSchedule\ntwo\n");

  // Four pages, a line first on only one of them: kept. Bare page numbers go.
  Result<Text> four = read(make_text_pdf({{{72, 800, "Preamble"}, {72, 786, "a"}, {290, 40, "1"}},
                                          {{72, 800, "Header"}, {72, 786, "b"}, {290, 40, "2"}},
                                          {{72, 800, "Header"}, {72, 786, "c"}, {290, 40, "3"}},
                                          {{72, 800, "Other"}, {72, 786, "d"}, {290, 40, "4"}}}));
  ASSERT_TRUE(four.is_ok()) << four.status().message();
  EXPECT_EQ(four->utf8, "Preamble\na\nb\nc\nOther\nd\n");
  EXPECT_EQ(page_text(four.value(), 2), "b\n");
}

TEST(PdfReader, BlankPageGetsAnEmptySpan) {
  Result<Text> text = read(make_pdf({text_stream({{72, 800, "First"}}), "", text_stream({{72, 800, "Third"}})}));
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, "First\nThird\n");
  ASSERT_EQ(text->pages.size(), 3u);
  EXPECT_EQ(text->pages[1].start, text->pages[1].end);
  EXPECT_EQ(page_text(text.value(), 3), "Third\n");
}

TEST(PdfReader, EncryptedPdfNeedsAPassword) {
  const std::string encrypt =
      "<< /Filter /Standard /V 1 /R 2 /P -4"
      " /O <0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF>"
      " /U <FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210> >>";
  Result<Text> text = read(make_text_pdf({{{72, 800, "secret"}}}, {.info = "", .encrypt = encrypt}));
  EXPECT_EQ(text.status().code(), Status::Code::unsupported);
  EXPECT_EQ(text.status().message(), "law.pdf: encrypted PDF: a password is needed to read it");
}

TEST(PdfReader, ImageOnlyPdfAsksForOcr) {
  Result<Text> text = read(make_pdf({"0 0 1 rg 72 72 400 600 re f", "q 100 0 0 100 0 0 cm Q"}));
  EXPECT_EQ(text.status().code(), Status::Code::unsupported);
  EXPECT_NE(text.status().message().find("law.pdf"), std::string::npos);
  EXPECT_NE(text.status().reason().find("no text layer"), std::string::npos);
  EXPECT_NE(text.status().reason().find("ocrmypdf"), std::string::npos);
}

TEST(PdfReader, GarbageAfterHeaderIsMalformed) {
  Result<Text> text = read("%PDF-1.7\nthis is not really a PDF at all\n");
  EXPECT_EQ(text.status().code(), Status::Code::invalid_input);
  EXPECT_NE(text.status().message().find("law.pdf"), std::string::npos);
  EXPECT_EQ(text.status().reason().rfind("malformed PDF", 0), 0u) << text.status().reason();

  const std::string whole = make_text_pdf({{{72, 800, "text"}}});
  EXPECT_FALSE(read(whole.substr(0, 40)).is_ok());
}

TEST(PdfReader, TooManyPagesIsALimit) {
  IngestLimits limits;
  limits.max_pages = 2;
  Result<Text> text = read(make_text_pdf({{{72, 800, "a"}}, {{72, 800, "b"}}, {{72, 800, "c"}}}), limits);
  EXPECT_EQ(text.status().code(), Status::Code::limit_exceeded);
  EXPECT_NE(text.status().message().find("law.pdf"), std::string::npos);
  EXPECT_NE(text.status().reason().find("3 pages"), std::string::npos);
}

TEST(PdfReader, IsReachedThroughIngestBytes) {
  Result<Text> text = ingest_bytes(make_text_pdf({{{72, 800, "Article 1"}}}), "bill.pdf");
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, "Article 1\n");
  ASSERT_EQ(text->pages.size(), 1u);
}

}  // namespace
}  // namespace rightscheck::ingest
