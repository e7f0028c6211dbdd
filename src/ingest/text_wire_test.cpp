#include "ingest/text_wire.h"

#include <gtest/gtest.h>

namespace rightscheck::ingest {
namespace {

Text sample_text() {
  Text text;
  text.format = SourceFormat::akoma_ntoso;
  text.utf8 = "Section 1. Caf\xC3\xA9\nSection 2. \xE2\x80\x94 end\n";
  text.title =
      "Donn\xC3\xA9"
      "es Act";
  text.pages = {{1, 0, 19}, {2, 19, text.utf8.size()}};
  text.hints = {{"section", "1", "Heading", 0, 19, -1}, {"paragraph", "(a)", "", 11, 19, 0}};
  return text;
}

void expect_same(const Text& a, const Text& b) {
  EXPECT_EQ(a.format, b.format);
  EXPECT_EQ(a.utf8, b.utf8);
  EXPECT_EQ(a.title, b.title);
  ASSERT_EQ(a.pages.size(), b.pages.size());
  for (std::size_t i = 0; i < a.pages.size(); ++i) {
    EXPECT_EQ(a.pages[i].number, b.pages[i].number);
    EXPECT_EQ(a.pages[i].start, b.pages[i].start);
    EXPECT_EQ(a.pages[i].end, b.pages[i].end);
  }
  ASSERT_EQ(a.hints.size(), b.hints.size());
  for (std::size_t i = 0; i < a.hints.size(); ++i) {
    EXPECT_EQ(a.hints[i].unit, b.hints[i].unit);
    EXPECT_EQ(a.hints[i].number, b.hints[i].number);
    EXPECT_EQ(a.hints[i].heading, b.hints[i].heading);
    EXPECT_EQ(a.hints[i].start, b.hints[i].start);
    EXPECT_EQ(a.hints[i].end, b.hints[i].end);
    EXPECT_EQ(a.hints[i].parent, b.hints[i].parent);
  }
}

TEST(TextWire, TextRoundTrips) {
  const Text text = sample_text();
  std::optional<Result<Text>> decoded = decode_result(encode_result(text), "a.xml");
  ASSERT_TRUE(decoded && decoded->is_ok());
  expect_same(text, decoded->value());
  EXPECT_TRUE(decoded->value().sha256.empty());
}

TEST(TextWire, ErrorRoundTripsWithTheParentsName) {
  const Status sent =
      Status::error(Status::Code::unsupported, "ignored", "encrypted PDF: a password is needed");
  std::optional<Result<Text>> decoded = decode_result(encode_result(sent), "bill.pdf");
  ASSERT_TRUE(decoded && !decoded->is_ok());
  EXPECT_EQ(decoded->status().code(), Status::Code::unsupported);
  EXPECT_EQ(decoded->status().message(), "bill.pdf: encrypted PDF: a password is needed");
}

TEST(TextWire, EveryTruncationAndAnyTrailingByteIsRefused) {
  const std::string message = encode_result(sample_text());
  for (std::size_t size = 0; size < message.size(); ++size)
    EXPECT_FALSE(decode_result(std::string_view(message).substr(0, size), "a"))
        << "prefix of " << size;
  EXPECT_FALSE(decode_result(message + "x", "a"));
}

TEST(TextWire, SpansOutsideTheTextAndForwardParentsAreRefused) {
  Text page_past_end = sample_text();
  page_past_end.pages.back().end += 1;
  EXPECT_FALSE(decode_result(encode_result(page_past_end), "a"));

  Text reversed = sample_text();
  reversed.hints[1].start = 19;
  reversed.hints[1].end = 11;
  EXPECT_FALSE(decode_result(encode_result(reversed), "a"));

  Text forward_parent = sample_text();
  forward_parent.hints[0].parent = 1;
  EXPECT_FALSE(decode_result(encode_result(forward_parent), "a"));
}

TEST(TextWire, BadUtf8AndUnknownValuesAreRefused) {
  Text bad_utf8 = sample_text();
  bad_utf8.title = "caf\xE9";
  EXPECT_FALSE(decode_result(encode_result(bad_utf8), "a"));

  std::string message = encode_result(sample_text());
  message[5] = 42;  // the format
  EXPECT_FALSE(decode_result(message, "a"));

  std::string ok_code = encode_result(Status::error(Status::Code::invalid_input, "", "bad"));
  ok_code[5] = 0;  // Status::Code::ok is not an error
  EXPECT_FALSE(decode_result(ok_code, "a"));
  EXPECT_FALSE(decode_result(
      encode_result(Status::error(Status::Code::invalid_input, "", "two\nlines")), "a"));
}

TEST(TextWire, AHugeCountIsRefusedWithoutAllocating) {
  Text text;
  text.utf8 = "x";
  std::string message = encode_result(text);
  // The page count follows magic, tag, format, the text and an empty title.
  const std::size_t count_at = 4 + 1 + 8 + (8 + 1) + 8;
  for (int i = 0; i < 8; ++i) message[count_at + i] = '\xFF';
  EXPECT_FALSE(decode_result(message, "a"));
}

}  // namespace
}  // namespace rightscheck::ingest
