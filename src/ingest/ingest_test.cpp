#include <gtest/gtest.h>

#include "rightscheck/ingest.h"

namespace rightscheck {
namespace {

TEST(Ingest, PlainTextKeepsBytesExactly) {
  std::string bytes = "Section 1.\r\n  Caf\xC3\xA9 \xE2\x80\x94 text\n";
  Result<Text> text = ingest_bytes(bytes, "a.txt");
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, bytes);
  EXPECT_EQ(text->sha256.size(), 64u);
}

TEST(Ingest, RejectsEmptyBinaryAndBadUtf8) {
  EXPECT_EQ(ingest_bytes("", "e.txt").status().code(), Status::Code::invalid_input);
  EXPECT_NE(ingest_bytes(std::string("ab\0cd", 5), "b.txt").status().reason().find("binary"), std::string::npos);
  EXPECT_NE(ingest_bytes("caf\xE9", "c.txt").status().reason().find("UTF-8"), std::string::npos);
  EXPECT_EQ(ingest_bytes("\x89PNG\r\n", "d.txt").status().code(), Status::Code::invalid_input);
}

TEST(Ingest, SizeLimitIsEnforced) {
  IngestLimits limits;
  limits.max_input_bytes = 4;
  EXPECT_EQ(ingest_bytes("hello", "a.txt", limits).status().code(), Status::Code::limit_exceeded);
}

TEST(Ingest, DetectsFormatByContent) {
  bool ok = false;
  EXPECT_EQ(detect_format("%PDF-1.4\n", "x.txt", ok), SourceFormat::pdf);
  EXPECT_EQ(detect_format("<!DOCTYPE html><p>x", "x.txt", ok), SourceFormat::html);
  EXPECT_EQ(detect_format("<akomaNtoso>", "x", ok), SourceFormat::akoma_ntoso);
  EXPECT_EQ(detect_format("# Title\n", "x.md", ok), SourceFormat::markdown);
  EXPECT_EQ(detect_format("PK\x03\x04", "x.bin", ok), SourceFormat::docx);
  // An XML root that merely starts with "p" is not an HTML paragraph.
  EXPECT_EQ(detect_format("<?xml version=\"1.0\"?><catalog><publisher/></catalog>", "c.txt", ok),
            SourceFormat::akoma_ntoso);
  EXPECT_EQ(detect_format("<!-- note --><an:akomaNtoso xmlns:an=\"x\">", "a", ok), SourceFormat::akoma_ntoso);
  EXPECT_EQ(detect_format("<p>Section 1.</p>", "frag", ok), SourceFormat::html);
  EXPECT_EQ(ingest_bytes("just text", "x.pdf").status().code(), Status::Code::invalid_input);
}

}  // namespace
}  // namespace rightscheck
