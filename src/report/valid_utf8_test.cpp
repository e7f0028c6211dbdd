// valid_utf8: well-formed text passes unchanged; every kind of ill-formed
// byte becomes U+FFFD and what follows it is kept.
#include "report/valid_utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace rightscheck {
namespace {

const std::string kReplacement = "\xEF\xBF\xBD";

TEST(ValidUtf8, KeepsWellFormedText) {
  const std::string text = "bill \xC3\xA9t\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x93\x9C.txt";
  EXPECT_EQ(valid_utf8(text), text);
  EXPECT_EQ(valid_utf8(""), "");
}

TEST(ValidUtf8, ReplacesEachBadByte) {
  EXPECT_EQ(valid_utf8("a\xFF" "b"), "a" + kReplacement + "b");
  EXPECT_EQ(valid_utf8("\x80"), kReplacement);                          // stray continuation
  EXPECT_EQ(valid_utf8("caf\xC3"), "caf" + kReplacement);               // truncated at the end
  EXPECT_EQ(valid_utf8("\xC0\xAF"), kReplacement + kReplacement);       // overlong
  EXPECT_EQ(valid_utf8("\xED\xA0\x80").find("\xED"), std::string::npos);  // surrogate
  EXPECT_EQ(valid_utf8("\xF4\x90\x80\x80").find("\xF4"), std::string::npos);  // past U+10FFFF
  EXPECT_EQ(valid_utf8("\xE2\x80" "x"), kReplacement + kReplacement + "x");  // resynchronises
}

}  // namespace
}  // namespace rightscheck
