#include <gtest/gtest.h>
#include <zip.h>

#include <utility>
#include <vector>

#include "ingest/docx_numbering.h"
#include "ingest/readers.h"
#include "rightscheck/ingest.h"

namespace rightscheck::ingest {
namespace {

using Parts = std::vector<std::pair<std::string, std::string>>;

// A ZIP archive in memory holding the given entries, written with libzip.
std::string make_zip(const Parts& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(target);
  zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
  }
  zip_close(archive);
  std::string bytes;
  zip_stat_t stat;
  zip_source_stat(target, &stat);
  bytes.resize(stat.size);
  zip_source_open(target);
  zip_source_read(target, bytes.data(), bytes.size());
  zip_source_close(target);
  zip_source_free(target);
  zip_error_fini(&error);
  return bytes;
}

const char* kNamespace = R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string document_xml(const std::string& body) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document") + kNamespace +
         "><w:body>" + body + "<w:sectPr/></w:body></w:document>";
}

std::string paragraph(const std::string& text, const std::string& properties = "") {
  return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") +
         "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

std::string numbered(const std::string& text, int num_id, int level) {
  return paragraph(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
                             std::to_string(num_id) + "\"/></w:numPr>");
}

// abstractNum 10: "1." / "(a)" / "(i)"; abstractNum 20: "%1.%2" headings
// linked to style "Heading1"/"Heading2"; num 1 and 2 use 10 (2 restarts at
// 5), num 3 uses 20, num 4 is a bullet list.
const std::string kNumbering = std::string("<w:numbering") + kNamespace + R"xml(>
  <w:abstractNum w:abstractNumId="10">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="20">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Part %1"/><w:pStyle w:val="Heading1"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:pStyle w:val="Heading2"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="30">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="20"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="30"/></w:num>
</w:numbering>)xml";

const std::string kStyles = std::string("<w:styles") + kNamespace + R"xml(>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>
  <w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>
</w:styles>)xml";

const std::string kCore =
    R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Data  Protection Act</dc:title></cp:coreProperties>)";

std::string docx(const std::string& body, bool with_numbering = false) {
  Parts parts = {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", document_xml(body)}};
  if (with_numbering) {
    parts.push_back({"word/numbering.xml", kNumbering});
    parts.push_back({"word/styles.xml", kStyles});
  }
  parts.push_back({"docProps/core.xml", kCore});
  return make_zip(parts);
}

Result<Text> read(const std::string& bytes, const IngestLimits& limits = {}) {
  return read_docx(bytes, "law.docx", limits);
}

TEST(DocxReader, ParagraphsAreLinesWithRunsTabsAndBreaks) {
  Result<Text> text = read(docx(
      "<w:p><w:r><w:t>Section 1. Any </w:t></w:r><w:r><w:t>person</w:t></w:r><w:r><w:tab/><w:t>who</w:t>"
      "<w:br/><w:t>non</w:t><w:noBreakHyphen/><w:t>state ac</w:t><w:softHyphen/><w:t>tor</w:t></w:r></w:p>"
      "<w:p/><w:p/><w:p/>" +
      paragraph("Section 2.  ") +
      "<w:p><w:hyperlink><w:r><w:t>linked</w:t></w:r></w:hyperlink><w:r><w:fldChar/><w:instrText>PAGE</w:instrText></w:r></w:p>"));
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, "Section 1. Any person\twho\nnon-state actor\n\nSection 2.\nlinked\n");
  EXPECT_EQ(text->format, SourceFormat::docx);
  EXPECT_EQ(text->title, "Data Protection Act");
}

TEST(DocxReader, TrackedChangesReadAsAccepted) {
  Result<Text> text = read(docx(
      "<w:p><w:r><w:t xml:space=\"preserve\">The minister </w:t></w:r>"
      "<w:del w:id=\"1\"><w:r><w:delText>may</w:delText></w:r></w:del>"
      "<w:ins w:id=\"2\"><w:r><w:t>shall</w:t></w:r></w:ins>"
      "<w:r><w:t xml:space=\"preserve\"> publish.</w:t></w:r></w:p>"));
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, "The minister shall publish.\n");
}

TEST(DocxReader, ListNumbersAreGenerated) {
  Result<Text> text = read(docx(numbered("Definitions", 1, 0) + numbered("data", 1, 1) +
                                    numbered("device", 1, 1) + numbered("includes", 1, 2) +
                                    numbered("Offences", 1, 0) + numbered("access", 1, 1) +
                                    numbered("restarted list", 2, 0) + numbered("bullet", 4, 0) +
                                    paragraph("General", "<w:pStyle w:val=\"Heading1\"/>") +
                                    paragraph("Scope", "<w:pStyle w:val=\"Heading2\"/>") +
                                    paragraph("Aims", "<w:pStyle w:val=\"Heading2\"/>") +
                                    paragraph("Powers", "<w:pStyle w:val=\"Heading1\"/>") +
                                    paragraph("loop", "<w:pStyle w:val=\"Loop1\"/>") +
                                    numbered("no list", 0, 0) + numbered("unknown list", 99, 0),
                                true));
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8,
            "1. Definitions\n"
            "(a) data\n"
            "(b) device\n"
            "(i) includes\n"
            "2. Offences\n"
            "(a) access\n"
            "5. restarted list\n"
            "bullet\n"
            "Part I General\n"
            "I.1 Scope\n"
            "I.2 Aims\n"
            "Part II Powers\n"
            "loop\n"
            "no list\n"
            "unknown list\n");
}

TEST(DocxReader, NumberFormats) {
  EXPECT_EQ(format_list_number(3, "decimal"), "3");
  EXPECT_EQ(format_list_number(28, "lowerLetter"), "bb");
  EXPECT_EQ(format_list_number(2, "upperLetter"), "B");
  EXPECT_EQ(format_list_number(14, "upperRoman"), "XIV");
  EXPECT_EQ(format_list_number(1994, "lowerRoman"), "mcmxciv");
  EXPECT_EQ(format_list_number(7, "decimalZero"), "07");
  EXPECT_EQ(format_list_number(4, "chineseCounting"), "4");
}

TEST(DocxReader, TablesBecomeTabbedRows) {
  const std::string cell_a = "<w:tc><w:tcPr/>" + paragraph("Offence") + "</w:tc>";
  const std::string cell_b = "<w:tc>" + paragraph("Penalty") + "</w:tc>";
  const std::string cell_c = "<w:tc>" + paragraph("Hacking") + paragraph("of systems") + "</w:tc>";
  const std::string nested = "<w:tc><w:tbl><w:tr><w:tc>" + paragraph("5 years") + "</w:tc><w:tc>" +
                             paragraph("fine") + "</w:tc></w:tr><w:tr><w:tc>" + paragraph("or both") +
                             "</w:tc></w:tr></w:tbl>" + paragraph("") + "</w:tc>";
  Result<Text> text = read(docx(paragraph("Schedule") + "<w:tbl><w:tblPr/><w:tr>" + cell_a + cell_b +
                                "</w:tr><w:tr>" + cell_c + nested + "</w:tr><w:tr><w:tc>" + paragraph("") +
                                "</w:tc>" + cell_b + "</w:tr></w:tbl>" + paragraph("After")));
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, "Schedule\nOffence\tPenalty\nHacking of systems\t5 years fine or both\n\tPenalty\nAfter\n");
}

TEST(DocxReader, NotAZipOrTruncatedIsMalformed) {
  Result<Text> garbage = read("PK\x03\x04 this is not a zip at all");
  EXPECT_EQ(garbage.status().code(), Status::Code::invalid_input);
  EXPECT_NE(garbage.status().message().find("law.docx"), std::string::npos);
  EXPECT_EQ(garbage.status().reason().rfind("malformed DOCX: ", 0), 0u) << garbage.status().reason();

  const std::string whole = docx(paragraph("Section 1"));
  Result<Text> truncated = read(whole.substr(0, whole.size() / 2));
  EXPECT_EQ(truncated.status().code(), Status::Code::invalid_input);
  EXPECT_EQ(truncated.status().reason().rfind("malformed DOCX: ", 0), 0u) << truncated.status().reason();
}

TEST(DocxReader, MissingDocumentPartIsNamed) {
  Result<Text> text = read(make_zip({{"[Content_Types].xml", "<Types/>"}}));
  EXPECT_EQ(text.status().code(), Status::Code::invalid_input);
  EXPECT_EQ(text.status().message(), "law.docx: malformed DOCX: word/document.xml is missing");
}

TEST(DocxReader, BrokenXmlNamesThePartAndTheProblem) {
  Result<Text> text = read(make_zip({{"word/document.xml", "<w:document><w:body><w:p></w:body>"}}));
  EXPECT_EQ(text.status().code(), Status::Code::invalid_input);
  EXPECT_NE(text.status().reason().find("word/document.xml"), std::string::npos);
  EXPECT_NE(text.status().reason().find("Start-end tags mismatch"), std::string::npos) << text.status().reason();

  Result<Text> numbering = read(make_zip({{"word/document.xml", document_xml(paragraph("x"))},
                                          {"word/numbering.xml", "<w:numbering"}}));
  EXPECT_NE(numbering.status().reason().find("word/numbering.xml"), std::string::npos);

  Result<Text> no_body = read(make_zip({{"word/document.xml", "<w:document/>"}}));
  EXPECT_NE(no_body.status().reason().find("no w:body"), std::string::npos);
}

TEST(DocxReader, ZipBombStopsAtTheDecompressionLimit) {
  std::string huge = document_xml(paragraph("x"));
  huge.insert(huge.find("<w:body>"), std::string(20u << 20, ' '));
  const std::string bomb = make_zip({{"word/document.xml", huge}});
  ASSERT_LT(bomb.size(), 1u << 20);  // it really is small on disk
  IngestLimits limits;
  limits.max_decompressed_bytes = 1u << 20;
  Result<Text> text = read(bomb, limits);
  EXPECT_EQ(text.status().code(), Status::Code::limit_exceeded);
  EXPECT_NE(text.status().message().find("law.docx"), std::string::npos);
  EXPECT_NE(text.status().reason().find("zip bomb"), std::string::npos);
  EXPECT_NE(text.status().reason().find("--max-decompressed"), std::string::npos);

  limits.max_decompressed_bytes = 64u << 20;  // the same file within a larger budget is fine
  EXPECT_TRUE(read(bomb, limits).is_ok());
}

TEST(DocxReader, EmptyDocumentIsAnError) {
  Result<Text> text = read(docx("<w:p/><w:p><w:r><w:t>   </w:t></w:r></w:p>"));
  EXPECT_EQ(text.status().code(), Status::Code::invalid_input);
  EXPECT_NE(text.status().reason().find("no text"), std::string::npos);
}

TEST(DocxReader, IsReachedThroughIngestBytes) {
  Result<Text> text = ingest_bytes(docx(paragraph("Article 1")), "bill.docx");
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, "Article 1\n");
}

}  // namespace
}  // namespace rightscheck::ingest
