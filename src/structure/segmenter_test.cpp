// The segmenter on short texts in each drafting style. Each test names the
// anchors a person would cite and checks where the provisions start.
#include "structure/segmenter.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "rightscheck/document.h"

namespace rightscheck {
namespace {

std::vector<std::string> anchors(const std::string& text, structure::SegmenterOptions options = {}) {
  std::vector<std::string> out;
  for (const Provision& p : structure::segment(text, options)) out.push_back(p.anchor);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& a) { return std::find(v.begin(), v.end(), a) != v.end(); }

// The anchor of the innermost provision that holds the phrase.
std::string anchor_of(const Document& doc, const std::string& phrase) {
  std::size_t at = doc.text.utf8.find(phrase);
  EXPECT_NE(at, std::string::npos) << phrase;
  int p = doc.innermost(at, at + phrase.size());
  return p < 0 ? "" : doc.provisions[p].anchor;
}

Document analysed(const std::string& text) {
  Text t;
  t.utf8 = text;
  return analyse(t, "test.txt");
}

const char* kCommonwealth =
    "PART II — POWERS\n"
    "\n"
    "Interception of content data\n"
    "24.  (1) A police officer may, with the authority of a judge, intercept\n"
    "    content data in accordance with subsection (2).\n"
    "    (2) An order under subsection (1) may require—\n"
    "        (a) a service provider to collect the data; or\n"
    "        (b) a service provider to assist the officer, including by—\n"
    "            (i) providing equipment; and\n"
    "            (ii) keeping the order secret.\n"
    "    (3) This section applies subject to section 25 and to paragraph\n"
    "    (b) of section 26.\n"
    "\n"
    "Notice of interception\n"
    "25.—(1) A person whose data was intercepted shall be told.\n";

TEST(Segmenter, CommonwealthSectionsSubsectionsParagraphs) {
  Document doc = analysed(kCommonwealth);
  EXPECT_EQ(anchor_of(doc, "with the authority of a judge"), "s. 24(1)");
  EXPECT_EQ(anchor_of(doc, "collect the data"), "s. 24(2)(a)");
  EXPECT_EQ(anchor_of(doc, "keeping the order secret"), "s. 24(2)(b)(ii)");
  // "(b)" after "paragraph" at the end of a line is a reference, not a unit.
  EXPECT_EQ(anchor_of(doc, "of section 26"), "s. 24(3)");
  EXPECT_EQ(anchor_of(doc, "shall be told"), "s. 25(1)");
  int s24 = doc.innermost(doc.text.utf8.find("Interception of content"), doc.text.utf8.find("Interception of content") + 5);
  ASSERT_GE(s24, 0);
  EXPECT_EQ(doc.provisions[s24].anchor, "s. 24");
  EXPECT_EQ(doc.provisions[s24].heading, "Interception of content data");
  EXPECT_EQ(doc.provisions[doc.provisions[s24].parent].anchor, "Part II");
}

TEST(Segmenter, RomanAfterLetterIsTheLetterI) {
  std::string text = "1. Definitions apply—\n";
  for (char c = 'a'; c <= 'j'; ++c) text += std::string("    (") + c + ") item " + c + ";\n";
  Document doc = analysed(text);
  EXPECT_EQ(anchor_of(doc, "item h"), "s. 1(h)");
  EXPECT_EQ(anchor_of(doc, "item i"), "s. 1(i)");
  EXPECT_EQ(anchor_of(doc, "item j"), "s. 1(j)");
}

TEST(Segmenter, UnitedKingdomHeadingOnTheNumberLine) {
  Document doc = analysed(
      "4 Offence of unlawful interception\n"
      "(1) A person commits an offence if the person intercepts.\n"
      "(2) A person has lawful authority only if—\n"
      "    (a) a warrant was issued; or\n"
      "    (b) both parties consent.\n"
      "5 Targeted interception warrants\n"
      "The Secretary may issue a warrant.\n"
      "1 March 2027 is a date in running text that must not open a section.\n");
  EXPECT_EQ(anchor_of(doc, "both parties consent"), "s. 4(2)(b)");
  EXPECT_EQ(anchor_of(doc, "Secretary may issue"), "s. 5");
  EXPECT_EQ(anchor_of(doc, "running text"), "s. 5");
}

TEST(Segmenter, UnitedStatesSections) {
  Document doc = analysed(
      "SEC. 104. AUTHORIZATIONS.\n"
      "    (a) Monitoring.—\n"
      "        (1) In general.—A private entity may monitor—\n"
      "            (A) its own systems; and\n"
      "            (B) another system with consent.\n"
      "    (b) Limit.—Nothing in this section authorizes surveillance.\n");
  EXPECT_EQ(anchor_of(doc, "another system with consent"), "Sec. 104(a)(1)(B)");
  EXPECT_EQ(anchor_of(doc, "authorizes surveillance"), "Sec. 104(b)");
}

TEST(Segmenter, TreatyArticlesWithNumberedParagraphs) {
  Document doc = analysed(
      "CHAPTER I — GENERAL PROVISIONS\n\n"
      "Article 1 — Use of terms\n"
      "(a) \"computer\" means a device;\n"
      "(b) \"data\" means information.\n\n"
      "Article 4 — Respect for human rights\n"
      "1. State Parties shall respect human rights.\n"
      "2. Nothing in this Convention shall be interpreted as permitting\n"
      "   restrictions, including those in Article\n"
      "   6. of the Charter.\n");
  EXPECT_EQ(anchor_of(doc, "means information"), "Art. 1(b)");
  EXPECT_EQ(anchor_of(doc, "permitting"), "Art. 4(2)");
  EXPECT_EQ(anchor_of(doc, "of the Charter"), "Art. 4(2)");
}

TEST(Segmenter, FrenchArticlesRomanParagraphsAndDegrees) {
  Document doc = analysed(
      "TITRE Ier\nDISPOSITIONS GÉNÉRALES\n\n"
      "Article 1er\nLa présente loi protège les droits et libertés de la personne.\n\n"
      "Article 18\n"
      "I. – Peuvent être mises en œuvre les techniques suivantes dans le respect de la loi.\n"
      "II. – Ces techniques sont :\n"
      "1° Le recueil des données de connexion ;\n"
      "2° L'interception des correspondances ;\n"
      "3° L'accès à distance à un appareil informatique.\n");
  EXPECT_EQ(doc.language, "fr");
  EXPECT_EQ(anchor_of(doc, "protège les droits"), "Art. 1er");
  EXPECT_EQ(anchor_of(doc, "accès à distance"), "Art. 18(II)(3°)");
  EXPECT_EQ(anchor_of(doc, "Peuvent être mises"), "Art. 18(I)");
}

TEST(Segmenter, ProvisionsInAnotherLanguageAreMarked) {
  Document doc = analysed(
      "1. Short title\nThis Act may be cited as the Bilingual Cybersecurity Act, and the Minister shall make "
      "regulations for the security of the networks of the State and of the persons who use them.\n\n"
      "2. Interpretation\nIn this Act, any word that is used in the French version has the meaning that the "
      "English version gives to it, and the two versions are equally authoritative for all purposes.\n\n"
      "3. Titre abrégé\nLa présente loi peut être citée comme la loi sur la cybersécurité, et le ministre prend "
      "les règlements pour la sécurité des réseaux de l'État et des personnes qui les utilisent dans le pays.\n");
  EXPECT_EQ(doc.language, "en");
  ASSERT_GE(doc.provisions.size(), 3u);
  EXPECT_EQ(doc.provisions[0].language, "") << "the document's own language is not repeated";
  EXPECT_EQ(doc.provisions[2].language, "fr");
}

TEST(Segmenter, SpanishArticlesLettersAndFinalProvisions) {
  Document doc = analysed(
      "TÍTULO I\nDisposiciones generales\n\n"
      "Artículo 12. Interceptación.\n"
      "1. La interceptación de las comunicaciones requerirá autorización judicial.\n"
      "2. La resolución judicial determinará:\n"
      "a) El alcance de la medida.\n"
      "b) La duración de la medida, que no excederá de tres meses.\n\n"
      "Disposición adicional primera. Garantía del cifrado.\n"
      "Nada de lo dispuesto en esta ley podrá interpretarse en el sentido de obligar a descifrar.\n");
  EXPECT_EQ(doc.language, "es");
  EXPECT_EQ(anchor_of(doc, "no excederá"), "Art. 12(2)(b)");
  EXPECT_EQ(anchor_of(doc, "obligar a descifrar"), "Disp. adic. 1\xC2\xAA");
}

TEST(Segmenter, AmendingScheduleItemsAndInsertedSections) {
  Document doc = analysed(
      "A Bill for an Act to amend the law relating to telecommunications\n\n"
      "1  Short title\n"
      "     This Act is the Telecommunications Amendment Act 2026.\n\n"
      "Schedule 1—Industry assistance\n"
      "Telecommunications Act 1997\n\n"
      "1  After Part 14\n"
      "   Insert:\n\n"
      "Part 15—Industry assistance\n"
      "317L  Technical assistance notices\n"
      " (1) The agency may require a provider to do acts.\n"
      " (2) The acts include:\n"
      "      (a)  removing electronic protection; and\n"
      "      (b)  providing information.\n\n"
      "2  Schedule 1, after paragraph (daa)\n"
      "   Insert:\n"
      "   (dab)  decisions under Part 15;\n\n"
      "3  Subsection 55(1)\n"
      "   Repeal the subsection, substitute:\n"
      " (1) The Ombudsman must inspect the records.\n");
  EXPECT_EQ(anchor_of(doc, "This Act is the"), "cl. 1");
  EXPECT_EQ(anchor_of(doc, "removing electronic protection"), "Sch. 1 item 1, s. 317L(2)(a)");
  EXPECT_EQ(anchor_of(doc, "decisions under Part 15"), "Sch. 1 item 2, para. (dab)");
  EXPECT_EQ(anchor_of(doc, "Ombudsman must inspect"), "Sch. 1 item 3, s. 55(1)");
}

TEST(Segmenter, StrategyHeadingsAndNumberedActions) {
  Document doc = analysed(
      "NATIONAL CYBERSECURITY STRATEGY 2026\n\n"
      "INTRODUCTION\n\n"
      "Guiding principles\n"
      "Every measure taken under this Strategy will respect human rights and the rule of law in every case.\n\n"
      "Basic concepts\n"
      "For the purposes of this Strategy the following concepts are used, in the sense given here:\n"
      "(a) \"cyberspace\" means the networks and the people who use them;\n"
      "(b) \"information security\" means the protection of information and of the people it concerns.\n\n"
      "Pillar 1 — Resilient infrastructure\n\n"
      "Action 1.1 — Report incidents\n"
      "Operators will notify the centre of significant incidents within a day, as the law will require.\n\n"
      "Task 3. Monitoring of the information space for the detection of destructive information.\n");
  EXPECT_EQ(doc.kind, DocumentKind::strategy);
  EXPECT_EQ(anchor_of(doc, "will respect human rights"), "Guiding principles");
  EXPECT_EQ(anchor_of(doc, "protection of information and"), "Basic concepts (b)");
  EXPECT_EQ(anchor_of(doc, "notify the centre"), "Action 1.1");
  EXPECT_EQ(anchor_of(doc, "destructive information"), "Task 3");
}

TEST(Segmenter, TableOfContentsDoesNotHideTheBody) {
  Document doc = analysed(
      "ARRANGEMENT OF SECTIONS\n"
      " 1. Short title\n"
      " 2. Interpretation\n"
      "\n"
      "Short title\n"
      "1.  This Act may be cited as the Example Act, 2026.\n\n"
      "Interpretation\n"
      "2.  In this Act, \"Minister\" means the Minister for ICT.\n");
  EXPECT_EQ(doc.title, "Example Act, 2026");
  EXPECT_EQ(anchor_of(doc, "may be cited"), "s. 1");
  EXPECT_EQ(anchor_of(doc, "the Minister for ICT"), "s. 2");
  int count = 0;
  for (const Provision& p : doc.provisions) count += p.anchor == "s. 1";
  EXPECT_EQ(count, 1);
  ASSERT_EQ(doc.definitions.size(), 1u);
  EXPECT_EQ(doc.definitions[0].term, "Minister");
}

TEST(Segmenter, UnstructuredTextDegradesToParagraphs) {
  Document doc = analysed("we think that the bill is bad.\nit should be withdrawn.\n\nsecond block of text here.\n");
  ASSERT_EQ(doc.provisions.size(), 2u);
  EXPECT_EQ(anchor_of(doc, "second block"), "para. 2");
}

TEST(Segmenter, SpansNestAndStayInsideTheText) {
  Document doc = analysed(kCommonwealth);
  for (std::size_t i = 0; i < doc.provisions.size(); ++i) {
    const Provision& p = doc.provisions[i];
    EXPECT_LE(p.start, p.end);
    EXPECT_LE(p.end, doc.text.utf8.size());
    if (p.parent >= 0) {
      EXPECT_LT(p.parent, static_cast<int>(i));
      EXPECT_GE(p.start, doc.provisions[p.parent].start) << p.anchor;
      EXPECT_LE(p.end, doc.provisions[p.parent].end) << p.anchor;
    }
  }
}

TEST(CrossReferences, ResolveSectionsSubsectionsAndParts) {
  Document doc = analysed(kCommonwealth);
  auto target_of = [&](const std::string& phrase) {
    std::size_t at = doc.text.utf8.find(phrase);
    for (const CrossReference& r : doc.references)
      if (r.start == at) return r.target >= 0 ? doc.provisions[r.target].anchor : std::string("-");
    return std::string("none");
  };
  EXPECT_EQ(target_of("subsection (2)."), "s. 24(2)");
  EXPECT_EQ(target_of("section 25 and"), "s. 25");
  EXPECT_EQ(target_of("subsection (1) may"), "s. 24(1)");
}

}  // namespace
}  // namespace rightscheck
