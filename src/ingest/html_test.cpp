#include <gtest/gtest.h>

#include "ingest/readers.h"
#include "rightscheck/ingest.h"

namespace rightscheck::ingest {
namespace {

Result<Text> read(const std::string& html) { return read_html(html, "law.html", IngestLimits{}); }

TEST(HtmlReader, BlocksBecomeLinesAndWhitespaceCollapses) {
  Result<Text> text = read(
      "<!DOCTYPE html><html><head><title>Cybercrimes  Act</title></head><body>"
      "<h1>Part 1</h1><p>Section   1.\n   Any   person\twho <b>intercepts</b> data</p>"
      "<div>second<div>nested</div>tail</div></body></html>");
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, "Part 1\nSection 1. Any person who intercepts data\nsecond\nnested\ntail\n");
  EXPECT_EQ(text->format, SourceFormat::html);
  EXPECT_EQ(text->title, "Cybercrimes Act");
}

TEST(HtmlReader, DropsNavigationScriptsAndHiddenParts) {
  Result<Text> text = read(
      "<html><body><nav>Home | About</nav><div role=\"navigation\">Menu</div>"
      "<script>var x = 1;</script><style>p{}</style><noscript>enable js</noscript>"
      "<p>Kept text</p><p hidden>secret</p><span aria-hidden=\"true\">icon</span>"
      "<form><button>Send</button></form><iframe src=x>frame</iframe><svg><text>svg</text></svg>"
      "<template><p>tpl</p></template></body></html>");
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, "Kept text\n");
}

TEST(HtmlReader, TitleFallsBackToFirstHeading) {
  Result<Text> text = read("<body><h1> Online  Safety Act </h1><p>x</p></body>");
  ASSERT_TRUE(text.is_ok());
  EXPECT_EQ(text->title, "Online Safety Act");
}

TEST(HtmlReader, PreKeepsItsTextAndTablesBecomeTabbedRows) {
  Result<Text> text = read(
      "<body><pre>  a   b\n    c  \n</pre><table><tr><th>Term</th><th>Meaning</th></tr>"
      "<tr><td><p>data</p><p>item</p></td><td>any  record</td></tr>"
      "<tr><td></td><td>second column</td></tr></table></body>");
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, "  a   b\n    c\nTerm\tMeaning\ndata item\tany record\n\tsecond column\n");
}

TEST(HtmlReader, ListsGetNoGeneratedNumbersAndBlankLinesDoNotPileUp) {
  Result<Text> text = read("<body><ol><li>(a) first</li><li>(b) second</li></ol>"
                           "<p>x<br><br><br><br>y</p><p></p><p></p><div> </div><p>z&nbsp;</p></body>");
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, "(a) first\n(b) second\nx\n\ny\nz\n");
}

TEST(HtmlReader, HonoursDeclaredCharsets) {
  Result<Text> latin = read("<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Caf\xE9</p></body></html>");
  ASSERT_TRUE(latin.is_ok()) << latin.status().message();
  EXPECT_EQ(latin->utf8, "Caf\xC3\xA9\n");

  Result<Text> equiv = read(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
      "</head><body><p>\xC7\xE0\xEA\xEE\xED</p></body></html>");
  ASSERT_TRUE(equiv.is_ok()) << equiv.status().message();
  EXPECT_EQ(equiv->utf8, "\xD0\x97\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xBD\n");  // "Закон"

  Result<Text> bom = read("\xEF\xBB\xBF<p>Ley</p>");
  ASSERT_TRUE(bom.is_ok());
  EXPECT_EQ(bom->utf8, "Ley\n");

  std::string utf16 = std::string("\xFF\xFE", 2);
  for (char c : std::string("<p>Loi</p>")) utf16 += std::string{c, '\0'};
  Result<Text> wide = read(utf16);
  ASSERT_TRUE(wide.is_ok()) << wide.status().message();
  EXPECT_EQ(wide->utf8, "Loi\n");
}

TEST(HtmlReader, OutputIsNfc) {
  Result<Text> text = read("<p>Cafe\xCC\x81</p>");  // e + combining acute
  ASSERT_TRUE(text.is_ok());
  EXPECT_EQ(text->utf8, "Caf\xC3\xA9\n");
}

TEST(HtmlReader, BadInputGivesClearErrors) {
  Result<Text> unknown = read("<meta charset=\"klingon-8\"><p>x</p>");
  EXPECT_EQ(unknown.status().code(), Status::Code::invalid_input);
  EXPECT_NE(unknown.status().message().find("law.html"), std::string::npos);
  EXPECT_NE(unknown.status().reason().find("klingon-8"), std::string::npos);

  Result<Text> undeclared = read("<p>Caf\xE9</p>");
  EXPECT_EQ(undeclared.status().code(), Status::Code::invalid_input);
  EXPECT_NE(undeclared.status().reason().find("UTF-8"), std::string::npos);

  Result<Text> shift_jis = read("<meta charset=\"shift_jis\"><p>\x81</p>");
  EXPECT_EQ(shift_jis.status().code(), Status::Code::invalid_input);

  Result<Text> empty = read("<html><body><script>x</script><p>  </p></body></html>");
  EXPECT_EQ(empty.status().code(), Status::Code::invalid_input);
  EXPECT_NE(empty.status().reason().find("no visible text"), std::string::npos);
}

TEST(HtmlReader, DeepNestingIsRefusedNotCrashed) {
  std::string html = "<body>";
  for (int i = 0; i < 3000; ++i) html += "<span>";
  html += "deep";
  Result<Text> text = read(html);
  EXPECT_FALSE(text.is_ok());
  EXPECT_NE(text.status().reason().find("levels deep"), std::string::npos);

  // Refused before gumbo, whose tree building is quadratic in the depth.
  std::string unclosed = "<body>" + std::string(100000 * 5, ' ');
  for (std::size_t i = 6; i + 5 <= unclosed.size(); i += 5) unclosed.replace(i, 5, "<div>");
  EXPECT_EQ(read(unclosed).status().code(), Status::Code::invalid_input);

  // Many siblings are not depth: a long statute of <p>s and closed <div>s reads.
  std::string wide = "<body>";
  for (int i = 0; i < 5000; ++i) wide += "<div><p>Section " + std::to_string(i) + "</div>";
  EXPECT_TRUE(read(wide).is_ok());
}

TEST(HtmlReader, IsReachedThroughIngestBytes) {
  Result<Text> text = ingest_bytes("<!DOCTYPE html><p>Article 5</p>", "x.html");
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, "Article 5\n");
  EXPECT_EQ(text->sha256.size(), 64u);
}

}  // namespace
}  // namespace rightscheck::ingest
