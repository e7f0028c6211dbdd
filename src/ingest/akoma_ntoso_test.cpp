#include <gtest/gtest.h>

#include "ingest/readers.h"
#include "rightscheck/ingest.h"

namespace rightscheck::ingest {
namespace {

const char* kAct = R"(<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="act">
    <meta>
      <identification source="#x"><FRBRWork><FRBRalias value="CA 2020" name="short"/></FRBRWork></identification>
    </meta>
    <preface>
      <p class="title"><docTitle>Cybercrimes   Act</docTitle></p>
    </preface>
    <body>
      <part eId="part_1">
        <num>Part 1</num>
        <heading>Offences</heading>
        <section eId="sec_12">
          <num> 12 </num>
          <heading>Interception of content data</heading>
          <subsection eId="sec_12__subsec_1">
            <num>(1)</num>
            <content><p>A person who   <i>intentionally</i> intercepts
              data commits an offence.</p></content>
          </subsection>
          <subsection eId="sec_12__subsec_2">
            <num>(2)</num>
            <intro><p>A court may order</p></intro>
            <point eId="p_a"><num>(a)</num><content><p>a fine; or</p></content></point>
            <point eId="p_b"><num>(b)</num><content><p>imprisonment.<authorialNote><p>See note.</p></authorialNote></p></content></point>
          </subsection>
        </section>
        <section eId="sec_13"><content><p>Unnumbered text.</p></content></section>
      </part>
    </body>
    <conclusions><p>Passed by Parliament.</p></conclusions>
  </act>
</akomaNtoso>)";

TEST(AkomaNtosoReader, WritesUnitsAsLinesWithNumAndHeading) {
  Result<Text> text = read_akoma_ntoso(kAct, "act.xml", IngestLimits{});
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8,
            "Cybercrimes Act\n"
            "Part 1 Offences\n"
            "12 Interception of content data\n"
            "(1)\n"
            "A person who intentionally intercepts data commits an offence.\n"
            "(2)\n"
            "A court may order\n"
            "(a)\n"
            "a fine; or\n"
            "(b)\n"
            "imprisonment.\n"
            "Unnumbered text.\n"
            "Passed by Parliament.\n");
  EXPECT_EQ(text->format, SourceFormat::akoma_ntoso);
  EXPECT_EQ(text->title, "Cybercrimes Act");
}

TEST(AkomaNtosoReader, HintsGiveUnitNumberHeadingSpanAndParent) {
  Result<Text> text = read_akoma_ntoso(kAct, "act.xml", IngestLimits{});
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  const std::vector<StructureHint>& hints = text->hints;
  ASSERT_EQ(hints.size(), 6u);
  const std::string& s = text->utf8;
  auto span = [&](const StructureHint& h) { return s.substr(h.start, h.end - h.start); };

  EXPECT_EQ(hints[0].unit, "part");
  EXPECT_EQ(hints[0].number, "Part 1");
  EXPECT_EQ(hints[0].heading, "Offences");
  EXPECT_EQ(hints[0].parent, -1);
  EXPECT_EQ(span(hints[0]).rfind("Part 1 Offences\n", 0), 0u);
  EXPECT_NE(span(hints[0]).find("Unnumbered text."), std::string::npos);

  EXPECT_EQ(hints[1].unit, "section");
  EXPECT_EQ(hints[1].number, "12");
  EXPECT_EQ(hints[1].heading, "Interception of content data");
  EXPECT_EQ(hints[1].parent, 0);
  EXPECT_EQ(span(hints[1]),
            "12 Interception of content data\n(1)\nA person who intentionally intercepts data commits an "
            "offence.\n(2)\nA court may order\n(a)\na fine; or\n(b)\nimprisonment.");

  EXPECT_EQ(hints[2].unit, "subsection");
  EXPECT_EQ(hints[2].number, "(1)");
  EXPECT_EQ(hints[2].heading, "");
  EXPECT_EQ(hints[2].parent, 1);
  EXPECT_EQ(span(hints[2]), "(1)\nA person who intentionally intercepts data commits an offence.");

  EXPECT_EQ(hints[3].number, "(2)");
  EXPECT_EQ(hints[4].unit, "point");
  EXPECT_EQ(hints[4].number, "(a)");
  EXPECT_EQ(hints[4].parent, 3);
  EXPECT_EQ(span(hints[4]), "(a)\na fine; or");
  EXPECT_EQ(hints[5].number, "(b)");
  EXPECT_EQ(hints[5].parent, 3);

  // Children lie inside their parents.
  for (const StructureHint& h : hints) {
    if (h.parent < 0) continue;
    EXPECT_GE(h.start, hints[h.parent].start);
    EXPECT_LE(h.end, hints[h.parent].end);
  }
}

TEST(AkomaNtosoReader, SpansIndexTheNormalisedText) {
  // "é" written decomposed in the heading: spans must count the NFC bytes.
  const char* act = R"(<akn:akomaNtoso xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
    <akn:act><akn:body>
      <akn:article><akn:num>1</akn:num><akn:heading>Sécurité</akn:heading>
        <akn:paragraph><akn:num>1.</akn:num><akn:content><akn:p>Caf&#x65;&#x301; données.</akn:p></akn:content></akn:paragraph>
      </akn:article>
    </akn:body></akn:act></akn:akomaNtoso>)";
  Result<Text> text = read_akoma_ntoso(act, "loi.xml", IngestLimits{});
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, "1 S\xC3\xA9" "curit\xC3\xA9\n1.\nCaf\xC3\xA9 donn\xC3\xA9" "es.\n");
  ASSERT_EQ(text->hints.size(), 2u);
  EXPECT_EQ(text->hints[0].unit, "article");
  EXPECT_EQ(text->hints[1].unit, "paragraph");
  const StructureHint& paragraph = text->hints[1];
  EXPECT_EQ(text->utf8.substr(paragraph.start, paragraph.end - paragraph.start),
            "1.\nCaf\xC3\xA9 donn\xC3\xA9" "es.");
  EXPECT_EQ(text->hints[0].end, paragraph.end);
}

TEST(AkomaNtosoReader, TitleFallsBackToAliasThenShortTitle) {
  Result<Text> alias = read_akoma_ntoso(
      R"(<akomaNtoso><act><meta><FRBRWork><FRBRalias value="Data Act"/></FRBRWork></meta>
         <body><section><num>1</num><content><p>x</p></content></section></body></act></akomaNtoso>)",
      "a.xml", IngestLimits{});
  ASSERT_TRUE(alias.is_ok()) << alias.status().message();
  EXPECT_EQ(alias->title, "Data Act");
  EXPECT_EQ(alias->utf8, "1\nx\n");

  Result<Text> short_title = read_akoma_ntoso(
      R"(<akomaNtoso><bill><preface><p><shortTitle>Safety Bill</shortTitle></p></preface></bill></akomaNtoso>)",
      "b.xml", IngestLimits{});
  ASSERT_TRUE(short_title.is_ok()) << short_title.status().message();
  EXPECT_EQ(short_title->title, "Safety Bill");
}

TEST(AkomaNtosoReader, TablesBecomeTabbedRows) {
  Result<Text> text = read_akoma_ntoso(
      R"(<akomaNtoso><act><body><table><tr><th>Offence</th><th>Penalty</th></tr>
         <tr><td><p>Hacking</p></td><td><p>5 years</p><p>or a fine</p></td></tr></table></body></act></akomaNtoso>)",
      "t.xml", IngestLimits{});
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->utf8, "Offence\tPenalty\nHacking\t5 years or a fine\n");
}

TEST(AkomaNtosoReader, BadInputGivesClearErrors) {
  Result<Text> broken = read_akoma_ntoso("<akomaNtoso><act><body></act>", "bad.xml", IngestLimits{});
  EXPECT_EQ(broken.status().code(), Status::Code::invalid_input);
  EXPECT_NE(broken.status().message().find("bad.xml"), std::string::npos);
  EXPECT_EQ(broken.status().reason().rfind("malformed XML at byte ", 0), 0u) << broken.status().reason();

  Result<Text> other = read_akoma_ntoso("<?xml version=\"1.0\"?><rss><channel/></rss>", "feed.xml", IngestLimits{});
  EXPECT_EQ(other.status().code(), Status::Code::invalid_input);
  EXPECT_EQ(other.status().reason(), "XML but not an Akoma Ntoso document");

  Result<Text> empty = read_akoma_ntoso("<akomaNtoso><act><meta/><body> </body></act></akomaNtoso>", "e.xml",
                                        IngestLimits{});
  EXPECT_EQ(empty.status().code(), Status::Code::invalid_input);

  std::string deep = "<akomaNtoso><act><body>";
  for (int i = 0; i < 2000; ++i) deep += "<hcontainer>";
  for (int i = 0; i < 2000; ++i) deep += "</hcontainer>";
  deep += "</body></act></akomaNtoso>";
  EXPECT_NE(read_akoma_ntoso(deep, "deep.xml", IngestLimits{}).status().reason().find("levels deep"),
            std::string::npos);
}

TEST(AkomaNtosoReader, IsReachedThroughIngestBytes) {
  Result<Text> text = ingest_bytes(kAct, "act.xml");
  ASSERT_TRUE(text.is_ok()) << text.status().message();
  EXPECT_EQ(text->format, SourceFormat::akoma_ntoso);
  EXPECT_FALSE(text->hints.empty());
  EXPECT_EQ(ingest_bytes("<?xml version=\"1.0\"?><note>x</note>", "n.xml").status().reason(),
            "XML but not an Akoma Ntoso document");
}

}  // namespace
}  // namespace rightscheck::ingest
