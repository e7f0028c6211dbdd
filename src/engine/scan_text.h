// ScanText: the copy of a document's text that the pattern database scans.
//
// Laws are matched on their words, not on their typography. The copy folds
// what a drafter or a converter varies without changing meaning:
//   - accents and ligatures: "déchiffrement" reads "dechiffrement",
//     "œuvre" reads "oeuvre", so French and Spanish terms are written (and
//     matched) once, without accents, and \b sees whole words;
//   - runs of white space (line breaks, tabs, no-break spaces) become one
//     space, so a phrase matches across a line break with a plain ' ';
//   - typographic apostrophes become "'" ("l’autorité" reads "l'autorite").
// Case is left alone (the database is case-insensitive).
//
// Offsets found in the copy map back to the original text, where every
// finding is reported. Where nothing changes length the copy and the
// original share offsets; only the edits are stored, so mapping is a binary
// search and an ASCII document without repeated spaces costs one pass.
//
// Thread safety: an immutable value after construction.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rightscheck {

class ScanText {
 public:
  explicit ScanText(std::string_view original);

  std::string_view text() const { return folded_.empty() && edits_.empty() ? original_ : std::string_view(folded_); }
  // The original offset where the folded character at offset starts.
  std::size_t original_start(std::size_t offset) const;
  // The original offset just past the folded character that ends at offset.
  std::size_t original_end(std::size_t offset) const;

 private:
  // One stretch whose length changed: folded [at, at + folded_length) came
  // from original [from, from + original_length).
  struct Edit {
    std::size_t at;
    std::size_t folded_length;
    std::size_t from;
    std::size_t original_length;
  };
  const Edit* last_edit_before(std::size_t offset) const;

  std::string_view original_;
  std::string folded_;  // empty when identical to the original
  std::vector<Edit> edits_;
};

// A word or a pattern folded as ScanText folds text: accents and ligatures
// removed, typographic apostrophes made plain. Regular-expression syntax is
// ASCII and passes through unchanged.
std::string fold_accents(std::string_view text);

}  // namespace rightscheck
