// The HTML report: hostile text stays text, evidence is marked at the right
// bytes (overlapping, nested, multi-byte), gaps and suppressed findings are
// shown, nothing points off the page, the output is deterministic and fast.
#include <gtest/gtest.h>
#include <sodium.h>

#include <chrono>
#include <regex>
#include <string>
#include <vector>

#include "report/html_escape.h"
#include "rightscheck/report.h"

namespace rightscheck {
namespace {

Framework small_framework() {
  Framework f;
  f.id = "test";
  f.version = "1";
  f.title = "Test <framework>";
  for (int n = 1; n <= 13; ++n) f.recommendations.push_back({n, "Recommendation " + std::to_string(n)});
  return f;
}

Finding finding(const std::string& indicator, IndicatorKind kind, int rec, std::vector<Evidence> evidence,
                int provision = -1) {
  Finding f;
  f.indicator = indicator;
  f.recommendation = rec;
  f.kind = kind;
  f.severity = Severity::high;
  f.confidence = 0.8;
  f.provision = provision;
  f.evidence = std::move(evidence);
  f.message = "Message of " + indicator;
  f.rationale = "Rationale of " + indicator;
  f.suggestion = "Suggestion of " + indicator;
  return f;
}

Evidence span_of(const std::string& text, const std::string& words) {
  std::size_t at = text.find(words);
  EXPECT_NE(at, std::string::npos) << words;
  return {at, at + words.size()};
}

// A document of one provision holding text, with the given findings.
struct Fixture {
  Document doc;
  Assessment assessment;
  DocumentReport report;
  Framework framework = small_framework();

  explicit Fixture(std::string text) {
    doc.path = "bill.txt";
    doc.title = "A bill";
    doc.language = "en";
    doc.text.utf8 = std::move(text);
    doc.provisions.push_back({"s. 1", "Powers", "section", "1", 0, doc.text.utf8.size(), -1, 0});
    assessment.document = &doc;
    report.document = &doc;
    report.assessment = &assessment;
    for (const Recommendation& r : framework.recommendations) report.scores.by_recommendation[r.number] = 50;
    report.scores.overall = 50;
  }
  std::string html() const { return html_report({report}, framework, HtmlOptions{}); }
};

// (data-f, text) of every <mark> in the document text, in order.
std::vector<std::pair<std::string, std::string>> marks(const std::string& html) {
  std::vector<std::pair<std::string, std::string>> out;
  static const std::regex mark(R"re(<mark class="[^"]*" data-f="([^"]*)">([^<]*)</mark>)re");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), mark); it != std::sregex_iterator(); ++it)
    out.emplace_back((*it)[1], (*it)[2]);
  return out;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

TEST(HtmlEscape, EscapesMarkupQuotesAndControlCharacters) {
  EXPECT_EQ(escaped("<a href=\"x\" onclick='y'>&</a>"),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  EXPECT_EQ(escaped(std::string("a\0b\x01\tc\n", 7)), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\tc\n");
  EXPECT_EQ(escaped("déchiffrer"), "déchiffrer");
}

TEST(HtmlEscape, CutsAtCharacterBoundaries) {
  std::string s = "aé";  // 'é' is bytes 1-2
  EXPECT_EQ(utf8_floor(s, 2), 1u);
  EXPECT_EQ(utf8_floor(s, 99), s.size());
  EXPECT_EQ(utf8_prefix("ééé", 3), "é\xE2\x80\xA6");
}

TEST(HtmlReport, HostileTextRendersAsText) {
  std::string text = "The Minister may <script>alert('owned')</script> intercept <img src=x onerror=1> data.";
  Fixture fx(text);
  fx.doc.title = "<b>Bill</b>";
  fx.doc.path = "\"><script>x</script>.txt";
  fx.doc.provisions[0].anchor = "s. <1>";
  fx.assessment.findings.push_back(finding("R4.<x>", IndicatorKind::risk, 4, {span_of(text, "intercept")}, 0));
  fx.assessment.findings.back().message = "<i>message</i>";
  std::string html = fx.html();
  EXPECT_EQ(count(html, "<script"), 1u) << "only the page's own script";
  EXPECT_EQ(count(html, "<img"), 0u);
  EXPECT_EQ(count(html, "<b>"), 0u);
  EXPECT_EQ(count(html, "<i>"), 0u);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x onerror=1&gt;"), std::string::npos);
  EXPECT_NE(html.find("s. &lt;1&gt;"), std::string::npos);
}

TEST(HtmlReport, MarksEvidenceAtItsBytesInMultiByteText) {
  std::string text = "Le Ministre peut ordonner à l’opérateur de déchiffrer les données chiffrées.";
  Fixture fx(text);
  fx.doc.language = "fr";
  fx.assessment.findings.push_back(finding("R8.decrypt", IndicatorKind::risk, 8, {span_of(text, "déchiffrer")}, 0));
  std::string html = fx.html();
  auto m = marks(html);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0], (std::pair<std::string, std::string>{"1", "déchiffrer"}));
  EXPECT_NE(html.find("<div class=\"src\" dir=\"auto\" lang=\"fr\">"), std::string::npos);
  EXPECT_TRUE(valid_utf8(html));
}

TEST(HtmlReport, OffsetsInsideACharacterAreWidenedToWholeCharacters) {
  std::string text = "opérateur";  // 'é' is bytes 2-3
  Fixture fx(text);
  fx.assessment.findings.push_back(finding("R1.x", IndicatorKind::risk, 1, {{3, 4}}, 0));
  std::string html = fx.html();
  auto m = marks(html);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].second, "é");
  EXPECT_TRUE(valid_utf8(html));
}

TEST(HtmlReport, SplitsOverlappingEvidenceIntoSegments) {
  std::string text = "0123456789abcdefghijABCDEFGHIJ";
  Fixture fx(text);
  fx.assessment.findings.push_back(finding("R4.a", IndicatorKind::risk, 4, {{5, 15}}, 0));
  fx.assessment.findings.push_back(finding("R5.b", IndicatorKind::safeguard, 5, {{10, 25}}, 0));
  auto m = marks(fx.html());
  std::vector<std::pair<std::string, std::string>> want = {{"1", "56789"}, {"1 2", "abcde"}, {"2", "fghijABCDE"}};
  EXPECT_EQ(m, want);
}

TEST(HtmlReport, SplitsNestedAndRepeatedEvidence) {
  std::string text = "An officer may decrypt any information held.";
  Fixture fx(text);
  Evidence outer = span_of(text, "decrypt any information");
  Evidence inner = span_of(text, "any");
  // One indicator under two recommendations repeats the same evidence.
  fx.assessment.findings.push_back(finding("R8.d", IndicatorKind::risk, 8, {outer}, 0));
  fx.assessment.findings.push_back(finding("R8.d", IndicatorKind::risk, 4, {outer}, 0));
  fx.assessment.findings.push_back(finding("R1.n", IndicatorKind::safeguard, 1, {inner}, 0));
  std::string html = fx.html();
  auto m = marks(html);
  std::vector<std::pair<std::string, std::string>> want = {
      {"1 2", "decrypt "}, {"1 2 3", "any"}, {"1 2", " information"}};
  EXPECT_EQ(m, want);
  // Each finding links from the text to its explanation, and back.
  for (const char* n : {"1", "2", "3"}) {
    EXPECT_NE(html.find(std::string("href=\"#d1-f") + n + "\""), std::string::npos) << n;
    EXPECT_NE(html.find(std::string("id=\"d1-f") + n + "\""), std::string::npos) << n;
    EXPECT_NE(html.find(std::string("href=\"#d1-f") + n + "-e0\""), std::string::npos) << n;
    EXPECT_NE(html.find(std::string("id=\"d1-f") + n + "-e0\""), std::string::npos) << n;
  }
}

TEST(HtmlReport, SurvivesEvidenceOutsideTheText) {
  Fixture fx("short");
  fx.assessment.findings.push_back(finding("R1.a", IndicatorKind::risk, 1, {{3, 999}, {500, 600}}, 7));
  fx.assessment.findings.push_back(finding("R1.b", IndicatorKind::risk, 1, {{4, 2}}, -5));
  auto m = marks(fx.html());
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].second, "rt");
  Fixture empty("");
  empty.doc.provisions.clear();
  EXPECT_NE(empty.html().find("</html>"), std::string::npos);
}

TEST(HtmlReport, ExplainsGapsAndListsSuppressedFindings) {
  std::string text = "The Minister may suspend any service.";
  Fixture fx(text);
  fx.assessment.findings.push_back(finding("R6.shutdown", IndicatorKind::risk, 6, {span_of(text, "suspend")}, 0));
  fx.assessment.findings.push_back(finding("R6.no-limits", IndicatorKind::gap, 6, {}));
  fx.report.suppressed.push_back(
      {finding("R5.vague", IndicatorKind::risk, 5, {span_of(text, "any service")}, 0), "Reviewed <by> counsel"});
  std::string html = fx.html();
  std::size_t gaps = html.find("id=\"d1-gaps\"");
  std::size_t suppressed = html.find("id=\"d1-suppressed\"");
  ASSERT_NE(gaps, std::string::npos);
  ASSERT_NE(suppressed, std::string::npos);
  std::size_t gap = html.find("Message of R6.no-limits");
  EXPECT_GT(gap, gaps);
  EXPECT_LT(gap, suppressed);
  EXPECT_NE(html.find("No provision of the document provides this protection."), gaps);
  std::size_t s = html.find("Message of R5.vague");
  EXPECT_GT(s, suppressed);
  EXPECT_NE(html.find("Suppressed</span>", suppressed), std::string::npos);
  EXPECT_NE(html.find("Reviewed &lt;by&gt; counsel", suppressed), std::string::npos);
  // Suppressed evidence is not highlighted.
  auto m = marks(html);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].second, "suspend");
}

TEST(HtmlReport, ShowsKindAndSeverityInWordsAndSymbols) {
  std::string text = "The Minister may suspend any service.";
  Fixture fx(text);
  fx.assessment.findings.push_back(finding("R6.shutdown", IndicatorKind::risk, 6, {span_of(text, "suspend")}, 0));
  std::string html = fx.html();
  EXPECT_NE(html.find("<span aria-hidden=\"true\">\u25B2</span> Risk · high</span>"), std::string::npos);
  EXPECT_NE(html.find("overall score"), std::string::npos);
  EXPECT_NE(html.find("class=\"scorecard\""), std::string::npos);
}

TEST(HtmlReport, PointsNowhereOffThePage) {
  std::string text = "See https://example.org and http://example.com for <a href=\"//evil\">more</a>.";
  Fixture fx(text);
  fx.assessment.findings.push_back(finding("R1.x", IndicatorKind::risk, 1, {span_of(text, "example.org")}, 0));
  std::string html = fx.html();
  // The document's own words are escaped text; the page itself names no URL.
  std::string page = std::regex_replace(html, std::regex("https?://(<[^>]*>)*example\\.(org|com)"), "");
  EXPECT_EQ(page.find("http://"), std::string::npos);
  EXPECT_EQ(page.find("https://"), std::string::npos);
  EXPECT_EQ(page.find("src="), std::string::npos);
  EXPECT_EQ(page.find("url("), std::string::npos);
  EXPECT_EQ(page.find("@import"), std::string::npos);
  static const std::regex href("href=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it)
    EXPECT_EQ((*it)[1].str().substr(0, 1), "#") << (*it)[1];
}

TEST(HtmlReport, ContentSecurityPolicyAllowsExactlyItsOwnScript) {
  Fixture fx("text");
  std::string html = fx.html();
  std::smatch csp;
  ASSERT_TRUE(std::regex_search(html, csp, std::regex("Content-Security-Policy\" content=\"([^\"]*)\"")));
  std::string policy = csp[1];
  EXPECT_NE(policy.find("default-src 'none'"), std::string::npos);
  std::string script_src = policy.substr(policy.find("script-src"));
  script_src = script_src.substr(0, script_src.find(';'));
  EXPECT_EQ(script_src.find("unsafe"), std::string::npos) << script_src;
  std::size_t open = html.find("<script>") + 8;
  std::string script = html.substr(open, html.find("</script>") - open);
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(script.data()), script.size());
  char b64[sodium_base64_ENCODED_LEN(crypto_hash_sha256_BYTES, sodium_base64_VARIANT_ORIGINAL)];
  sodium_bin2base64(b64, sizeof b64, digest, sizeof digest, sodium_base64_VARIANT_ORIGINAL);
  EXPECT_NE(policy.find(std::string("script-src 'sha256-") + b64 + "'"), std::string::npos) << policy;
}

TEST(HtmlReport, IsDeterministic) {
  std::string text = "The Minister may suspend any service.";
  Fixture fx(text);
  fx.assessment.findings.push_back(finding("R6.shutdown", IndicatorKind::risk, 6, {span_of(text, "suspend")}, 0));
  EXPECT_EQ(fx.html(), fx.html());
}

TEST(HtmlReport, RendersAMegabyteStatuteQuickly) {
  std::string line = "An authorised officer may intercept any communication & <retain> the data.\n";
  std::string text;
  while (text.size() < (1u << 20)) text += line;
  Fixture fx(text);
  fx.doc.provisions.clear();
  for (std::size_t at = 0, n = 0; at < text.size(); at += line.size() * 10, ++n)
    fx.doc.provisions.push_back({"s. " + std::to_string(n + 1), "", "section", std::to_string(n + 1), at,
                                 std::min(at + line.size() * 10, text.size()), -1, 0});
  for (std::size_t at = 0, p = 0; at + line.size() < text.size(); at += line.size() * 5, p = at / (line.size() * 10))
    fx.assessment.findings.push_back(
        finding("R4.intercept", IndicatorKind::risk, 4, {{at + 26, at + 35}, {at + 58, at + 66}}, static_cast<int>(p)));
  auto start = std::chrono::steady_clock::now();
  std::string html = fx.html();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "1 MiB, " << fx.assessment.findings.size() << " findings: " << html.size() << " bytes in " << seconds
            << " s\n";
  EXPECT_EQ(marks(html.substr(0, 200000)).empty(), false);
  EXPECT_LT(seconds, 3.0) << "well under a second in a release build";
}

}  // namespace
}  // namespace rightscheck
