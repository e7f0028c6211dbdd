// Modal cues and their negation.
#include "engine/modality.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <vector>

#include "engine/sentences.h"

namespace rightscheck {

const char* modality_name(Modality modality) {
  switch (modality) {
    case Modality::none: return "none";
    case Modality::power: return "power";
    case Modality::duty: return "duty";
    case Modality::limit: return "limit";
  }
  return "none";
}

namespace {

bool is_one_of(const std::string& word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// A cue: words [first, last] of the sentence and what they say.
struct Cue {
  std::size_t first = 0;
  std::size_t last = 0;
  Modality modality = Modality::none;
  int clause = 0;
};

// French elisions: "n'est", "l'autorité", "qu'il" read as two words, so
// that "n'" is the negation "ne" and the noun stands alone.
std::vector<Word> split_elisions(std::vector<Word> words) {
  std::vector<Word> out;
  out.reserve(words.size());
  for (Word& word : words) {
    std::size_t apostrophe = word.lower.find('\'');
    std::string_view prefix = std::string_view(word.lower).substr(0, apostrophe);
    if (apostrophe == std::string::npos ||
        !is_one_of(std::string(prefix), {"n", "l", "d", "qu", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu"})) {
      out.push_back(std::move(word));
      continue;
    }
    Word head{word.start, word.start + apostrophe + 1, prefix == "n" ? "ne" : std::string(prefix)};
    // The original may spell the apostrophe in three bytes (’).
    std::size_t rest_start = word.end - (word.lower.size() - apostrophe - 1);
    Word rest{rest_start, word.end, word.lower.substr(apostrophe + 1)};
    out.push_back(std::move(head));
    out.push_back(std::move(rest));
  }
  return out;
}

class CueReader {
 public:
  CueReader(std::string_view text, Evidence sentence, std::string_view language)
      : text_(text), language_(language == "fr" ? Language::fr : language == "es" ? Language::es : Language::en) {
    words_ = words_in(text, sentence);
    if (language_ == Language::fr) words_ = split_elisions(std::move(words_));
    // Clause numbers: a ';' between two words starts a new clause.
    int clause = 0;
    for (std::size_t i = 0; i < words_.size(); ++i) {
      if (i > 0) {
        std::string_view gap = text_.substr(words_[i - 1].end, words_[i].start - words_[i - 1].end);
        if (gap.find(';') != std::string_view::npos) ++clause;
      }
      clause_of_.push_back(clause);
    }
  }

  const std::vector<Word>& words() const { return words_; }
  int clause_of(std::size_t i) const { return clause_of_[i]; }

  std::vector<Cue> cues() const {
    std::vector<Cue> found;
    std::size_t i = 0;
    while (i < words_.size()) {
      std::optional<Cue> cue = language_ == Language::fr   ? cue_at_fr(i)
                               : language_ == Language::es ? cue_at_es(i)
                                                           : cue_at(i);
      if (cue) {
        cue->clause = clause_of_[i];
        found.push_back(*cue);
        i = cue->last + 1;
      } else {
        ++i;
      }
    }
    return found;
  }

 private:
  const std::string& at(std::size_t i) const {
    static const std::string kNone;
    return i < words_.size() ? words_[i].lower : kNone;
  }

  // "No provider shall", "Nothing in this Act authorises", "Under no
  // circumstances may": a negative word among the first words of the clause
  // and before i. Enumeration labels ("(a)", "1") count as words, hence three.
  bool negative_subject_before(std::size_t i) const {
    if (i > 0 && is_one_of(at(i - 1), {"nor", "ni"})) return true;
    std::size_t clause_start = i;
    while (clause_start > 0 && clause_of_[clause_start - 1] == clause_of_[i]) --clause_start;
    for (std::size_t k = clause_start; k < i && k < clause_start + 3; ++k) {
      if (is_one_of(at(k), {"no", "nothing", "neither", "none"}) && at(k + 1) != "obstante") return true;
      // "Nul ne peut", "Aucun fournisseur ne peut"; "Ninguna autoridad podrá", "Nadie podrá".
      if (is_one_of(at(k), {"nul", "nulle", "aucun", "aucune", "rien", "ninguna", "ninguno", "ningun", "nadie", "nada"})) {
        return true;
      }
    }
    return false;
  }

  // "shall not", "may in no case", but not "shall, not later than 24 hours,".
  bool negated_after(std::size_t i) const {
    for (std::size_t k : {i + 1, i + 2}) {
      if (!is_one_of(at(k), {"not", "never", "no"})) continue;
      if (is_one_of(at(k + 1), {"later", "earlier", "less", "more", "fewer", "sooner", "exceeding", "longer"})) return false;
      return true;
    }
    return false;
  }

  static bool is_power_word(const std::string& w) {
    return is_one_of(w, {"power", "powers", "authority", "empowered", "authorised", "authorized", "entitled",
                         "permitted", "competent", "lawful", "allowed", "able"});
  }

  std::optional<Cue> make(std::size_t first, std::size_t last, Modality modality) const {
    if (modality != Modality::limit && modality != Modality::none && negative_subject_before(first)) {
      modality = Modality::limit;
    }
    return Cue{first, last, modality, 0};
  }

  std::optional<Cue> cue_at(std::size_t i) const {
    const std::string& w = at(i);
    if (w == "cannot" || w == "can't") return Cue{i, i, Modality::limit, 0};

    if (is_one_of(w, {"shall", "may", "must", "will", "can", "should"})) {
      // Fillers, not grants: "as the case may be", "as may be prescribed".
      if (i > 0 && is_one_of(at(i - 1), {"case", "as"})) return std::nullopt;
      if (negated_after(i)) return Cue{i, std::min(i + 2, words_.size() - 1), Modality::limit, 0};
      bool have_or_be = is_one_of(at(i + 1), {"have", "be"});
      if (have_or_be && (is_power_word(at(i + 2)) || (at(i + 2) == "the" && is_power_word(at(i + 3))))) {
        return make(i, i + 2, Modality::power);
      }
      bool grants = is_one_of(w, {"may", "can", "will"});
      return make(i, i, grants ? Modality::power : Modality::duty);
    }

    if (is_one_of(w, {"does", "do", "did"}) && at(i + 1) == "not") return Cue{i, i + 1, Modality::limit, 0};

    if (is_one_of(w, {"is", "are", "be", "been"})) {
      if (at(i + 1) == "not" && (is_power_word(at(i + 2)) || is_one_of(at(i + 2), {"required", "obliged", "bound"}))) {
        return Cue{i, i + 2, Modality::limit, 0};
      }
      if (is_one_of(at(i + 1), {"prohibited", "forbidden", "barred", "precluded"})) return Cue{i, i + 1, Modality::limit, 0};
      if (is_power_word(at(i + 1)) && at(i + 2) == "to") return make(i, i + 2, Modality::power);
      if (is_one_of(at(i + 1), {"required", "obliged", "obligated", "bound"}) && at(i + 2) == "to") {
        return make(i, i + 2, Modality::duty);
      }
      if (is_one_of(w, {"is", "are"}) && at(i + 1) == "to") return make(i, i + 1, Modality::duty);
      return std::nullopt;
    }

    if (is_one_of(w, {"has", "have"})) {
      std::size_t k = is_one_of(at(i + 1), {"the", "a", "an"}) ? i + 2 : i + 1;
      if (at(i + 1) == "no") return Cue{i, i + 2, Modality::limit, 0};
      if (is_one_of(at(k), {"power", "powers", "authority"})) return make(i, k, Modality::power);
      if (is_one_of(at(k), {"duty", "obligation"})) return make(i, k, Modality::duty);
      return std::nullopt;
    }

    // A law that speaks of itself: "This Act authorises", "Nothing in this
    // Part requires".
    if (is_one_of(w, {"authorises", "authorizes", "empowers", "permits", "entitles", "allows"})) {
      return make(i, i, Modality::power);
    }
    if (is_one_of(w, {"requires", "compels", "obliges"})) return make(i, i, Modality::duty);
    return std::nullopt;
  }

  // French: "peut / peuvent / pourra" grant, "doit / est tenu de / a
  // l'obligation de" bind, "ne peut", "nul ne peut", "il est interdit de",
  // "ne peut être contraint" limit; "ne peut … que" grants on a condition.
  std::optional<Cue> cue_at_fr(std::size_t i) const {
    const std::string& w = at(i);
    bool negated = i > 0 && at(i - 1) == "ne";
    auto negated_cue = [&](std::size_t first, std::size_t last, Modality granted) -> std::optional<Cue> {
      // "ne peut … que" (only): a power held on a condition, read by
      // condition_follows.
      if (negated && restricted_after(last)) return make(first, last, granted);
      if (negated) return Cue{first - 1, last, Modality::limit, 0};
      return make(first, last, granted);
    };
    if (is_one_of(w, {"peut", "peuvent", "pourra", "pourront", "pourrait", "puisse", "puissent"})) {
      // "ne peut être contraint / tenu / obligé": nobody may be compelled.
      return negated_cue(i, i, Modality::power);
    }
    if (is_one_of(w, {"doit", "doivent", "devra", "devront", "devrait", "devraient", "incombe"})) {
      return negated_cue(i, i, Modality::duty);
    }
    // "n'est pas tenu", "n'a pas le pouvoir": the second half of the negation.
    std::size_t after = is_one_of(at(i + 1), {"pas", "point", "jamais", "nullement", "aucunement"}) ? i + 1 : i;
    if (is_one_of(w, {"est", "sont", "sera", "seront", "etre"})) {
      const std::string& next = at(after + 1);
      if (is_one_of(next, {"tenu", "tenue", "tenus", "tenues", "oblige", "obligee", "obliges", "obligees", "astreint",
                           "astreinte", "astreints", "contraint", "contrainte", "contraints", "exige", "exigee",
                           "exiges", "exigees", "requis", "requise", "requises"})) {
        return negated_cue(i, after + 1, Modality::duty);
      }
      if (is_one_of(next, {"habilite", "habilitee", "habilites", "habilitees", "autorise", "autorisee", "autorises",
                           "autorisees", "competent", "competente", "competents", "competentes", "fonde", "fondee",
                           "fondes", "fondees", "libre", "libres"})) {
        return negated_cue(i, after + 1, Modality::power);
      }
      if (is_one_of(next, {"interdit", "interdite", "interdits", "interdites", "prohibe", "prohibee", "prohibes"})) {
        return Cue{i, after + 1, Modality::limit, 0};
      }
      return std::nullopt;
    }
    if (is_one_of(w, {"a", "ont", "aura", "auront", "dispose", "disposent"})) {
      std::size_t k = is_one_of(at(after + 1), {"le", "la", "l", "du", "de"}) ? after + 2 : after + 1;
      if (is_one_of(at(k), {"pouvoir", "faculte", "droit", "competence"}) && is_one_of(at(k + 1), {"de", "d"})) {
        return negated_cue(i, k, Modality::power);
      }
      if (is_one_of(at(k), {"obligation", "devoir"}) && is_one_of(at(k + 1), {"de", "d"})) {
        return negated_cue(i, k, Modality::duty);
      }
      return std::nullopt;
    }
    // The law speaking of itself: "la présente loi autorise", "rien dans la
    // présente loi n'oblige".
    if (is_one_of(w, {"autorise", "autorisent", "permet", "permettent", "habilite", "habilitent"})) {
      return negated_cue(i, i, Modality::power);
    }
    if (is_one_of(w, {"oblige", "obligent", "impose", "imposent", "exige", "exigent", "astreint"})) {
      return negated_cue(i, i, Modality::duty);
    }
    return std::nullopt;
  }

  // "qu'il", "que la personne": a clause of its own, not "ne … que".
  bool starts_clause(std::size_t k) const {
    return is_one_of(at(k), {"il", "elle", "ils", "elles", "on", "l", "le", "la", "les", "ce", "cette", "ces", "celui",
                             "celle", "son", "sa", "ses", "leur", "leurs", "un", "une"});
  }

  // "ne … que": restriction, not negation ("ne peut intervenir que sur
  // autorisation du juge").
  bool restricted_after(std::size_t last) const {
    for (std::size_t k = last + 1; k < words_.size() && k < last + 8; ++k) {
      if ((at(k) == "que" || at(k) == "qu") && !starts_clause(k + 1)) return true;
      if (is_one_of(at(k), {"pas", "point", "jamais", "aucun", "aucune", "plus", "nullement"})) return false;
    }
    return false;
  }

  // Spanish: "podrá / puede / está facultado" grant, "deberá / debe / estará
  // obligado a / tendrá la obligación de" bind, "no podrá", "nadie podrá",
  // "queda prohibido", "no podrá exigirse" limit.
  std::optional<Cue> cue_at_es(std::size_t i) const {
    const std::string& w = at(i);
    // "no podrá", and across a clitic: "no se podrá", "no le será exigido".
    std::size_t no = i;
    if (i > 0 && at(i - 1) == "no") no = i - 1;
    else if (i > 1 && at(i - 2) == "no" && is_one_of(at(i - 1), {"se", "le", "les", "lo", "la", "los", "las"})) no = i - 2;
    bool negated = no != i;
    auto cue = [&](std::size_t first, std::size_t last, Modality granted) -> std::optional<Cue> {
      if (negated) return Cue{no, last, Modality::limit, 0};
      return make(first, last, granted);
    };
    if (is_one_of(w, {"podra", "podran", "puede", "pueden", "podria", "podrian", "pueda", "puedan"})) {
      return cue(i, i, Modality::power);
    }
    if (is_one_of(w, {"permita", "permitan", "autorice", "autoricen", "faculte", "faculten", "habilite", "habiliten"})) {
      return cue(i, i, Modality::power);
    }
    if (is_one_of(w, {"exija", "exijan", "obligue", "obliguen", "imponga", "impongan"})) return cue(i, i, Modality::duty);
    if (is_one_of(w, {"debera", "deberan", "debe", "deben", "habra", "habran"})) {
      if (is_one_of(w, {"habra", "habran"}) && at(i + 1) != "de") return std::nullopt;
      return cue(i, i, Modality::duty);
    }
    if (is_one_of(w, {"esta", "estan", "estara", "estaran", "queda", "quedan", "quedara", "quedaran", "sera", "seran",
                      "es", "son"})) {
      const std::string& next = at(i + 1);
      if (is_one_of(next, {"obligado", "obligada", "obligados", "obligadas", "compelido", "compelida", "compelidos",
                           "constrenido", "constrenida", "sujeto", "sujeta", "sujetos", "sujetas"})) {
        return cue(i, i + 1, Modality::duty);
      }
      if (is_one_of(next, {"facultado", "facultada", "facultados", "facultadas", "autorizado", "autorizada",
                           "autorizados", "autorizadas", "habilitado", "habilitada", "habilitados", "habilitadas",
                           "competente", "competentes"})) {
        return cue(i, i + 1, Modality::power);
      }
      if (is_one_of(next, {"prohibido", "prohibida", "prohibidos", "prohibidas", "vedado", "vedada"})) {
        return Cue{i, i + 1, Modality::limit, 0};
      }
      return std::nullopt;
    }
    if (is_one_of(w, {"tiene", "tienen", "tendra", "tendran"})) {
      std::size_t k = is_one_of(at(i + 1), {"la", "el"}) ? i + 2 : i + 1;
      if (is_one_of(at(k), {"facultad", "potestad", "poder", "derecho", "competencia"})) return cue(i, k, Modality::power);
      if (is_one_of(at(k), {"obligacion", "deber"})) return cue(i, k, Modality::duty);
      return std::nullopt;
    }
    if (w == "se" && is_one_of(at(i + 1), {"prohibe", "prohiben", "prohibira"})) return Cue{i, i + 1, Modality::limit, 0};
    if (is_one_of(w, {"autoriza", "autorizan", "faculta", "facultan", "permite", "permiten", "habilita"})) {
      return cue(i, i, Modality::power);
    }
    if (is_one_of(w, {"obliga", "obligan", "exige", "exigen", "impone", "imponen"})) return cue(i, i, Modality::duty);
    // The future tense is how Spanish statutes say "shall": "los operadores
    // adoptarán", "se conservarán", "no se exigirá". Read from the accented
    // original, where the future ends in "-rá" / "-rán".
    if (is_future_es(i)) return cue(i, i, Modality::duty);
    return std::nullopt;
  }

  bool is_future_es(std::size_t i) const {
    std::string_view word = text_.substr(words_[i].start, words_[i].end - words_[i].start);
    auto ends = [&](std::string_view tail) {
      return word.size() > tail.size() + 2 && word.compare(word.size() - tail.size(), tail.size(), tail) == 0;
    };
    return ends("r\xC3\xA1") || ends("r\xC3\xA1n") || ends("R\xC3\x81") || ends("R\xC3\x81N");
  }

  enum class Language { en, fr, es };

  std::string_view text_;
  Language language_;
  std::vector<Word> words_;
  std::vector<int> clause_of_;
};

// "sólo podrán", "únicamente podrá": a restriction just before
// the cue makes what it grants conditional.
bool restricted_before(const std::vector<Word>& words, std::size_t first) {
  for (std::size_t b = first; b > 0 && b + 2 >= first; --b) {
    if (is_one_of(words[b - 1].lower, {"solo", "unicamente", "solamente", "seulement", "uniquement"})) return true;
  }
  return false;
}

// A French or Spanish sentence that denies what it says: "ne … pas",
// "no", "ningún / nadie / aucun / nul" (but not "no obstante").
bool negated_sentence(const std::vector<Word>& words) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k].lower;
    const std::string& next = k + 1 < words.size() ? words[k + 1].lower : w;
    if (w == "no" && next != "obstante") return true;
    if (is_one_of(w, {"ningun", "ninguna", "ninguno", "nadie", "nul", "nulle", "aucun", "aucune"})) return true;
    if (w == "ne" || w == "n") {
      for (std::size_t j = k + 1; j < words.size() && j <= k + 4; ++j) {
        if (is_one_of(words[j].lower, {"pas", "point", "jamais", "aucun", "aucune", "plus", "nullement"})) return true;
      }
    }
  }
  return false;
}

// Whether "ne" stands just before the cue ending at word last.
bool ne_before(const std::vector<Word>& words, std::size_t last) {
  for (std::size_t b = last; b + 3 >= last + 1 && b > 0; --b) {
    if (words[b - 1].lower == "ne") return true;
  }
  return false;
}

// Words after a cue that make what it grants conditional. After a limit
// they turn it into a conditioned power ("shall not ... unless").
bool condition_follows(const std::vector<Word>& words, std::size_t after) {
  for (std::size_t k = after + 1; k < words.size(); ++k) {
    const std::string& w = words[k].lower;
    if (is_one_of(w, {"unless", "except", "otherwise"})) return true;
    // French and Spanish: "sauf", "sous réserve", "à moins que", "ne … que";
    // "salvo", "excepto", "a menos que", "sólo/únicamente", "siempre que".
    if (is_one_of(w, {"sauf", "excepte", "hormis", "uniquement", "seulement", "salvo", "excepto", "unicamente",
                      "solamente", "solo"})) {
      return true;
    }
    if (k + 1 < words.size()) {
      const std::string& next = words[k + 1].lower;
      if ((w == "sous" && next == "reserve") || (w == "a" && next == "moins") || (w == "sujet" && next == "a") ||
          (w == "siempre" && next == "que") || (w == "sujeto" && next == "a") || (w == "con" && next == "sujecion")) {
        return true;
      }
    }
    if ((w == "que" || w == "qu") && k <= after + 8 && ne_before(words, after) &&
        !(k + 1 < words.size() && is_one_of(words[k + 1].lower, {"il", "elle", "ils", "elles", "on", "l", "le", "la",
                                                                   "les", "ce", "cette", "ces", "un", "une"}))) {
      return true;  // "ne peut … que", not "ne peut exiger … qu'il"
    }
    if (w == "only" && k + 1 < words.size() && is_one_of(words[k + 1].lower, {"if", "where", "when", "with", "after", "on", "upon", "by", "in", "under"})) return true;
    if (w == "save" && k + 1 < words.size() && is_one_of(words[k + 1].lower, {"as", "where", "in", "under", "with", "on"})) return true;
    if (w == "other" && k + 1 < words.size() && words[k + 1].lower == "than") return true;
    if (w == "subject" && k + 1 < words.size() && words[k + 1].lower == "to") return true;
    if (w == "provided" && k + 1 < words.size() && words[k + 1].lower == "that") return true;
  }
  return false;
}

}  // namespace

ModalReading read_modality(std::string_view text, Evidence sentence, Evidence target, std::string_view language,
                           bool statute) {
  CueReader reader(text, sentence, language);
  std::vector<Cue> cues = reader.cues();
  if (cues.empty()) {
    // French and Spanish statutes state duties in the present (and future)
    // indicative: "les opérateurs conservent les données", "el operador
    // notifica". In a statute, a sentence with no modal word binds — or,
    // negated, forbids ("ne conservent pas", "ningún organismo tendrá").
    if (!statute || (language != "fr" && language != "es")) return {};
    return {negated_sentence(reader.words()) ? Modality::limit : Modality::duty, false, {}};
  }
  const std::vector<Word>& words = reader.words();

  // The target's first word (or the word after it, when it starts in a gap).
  std::size_t t = 0;
  while (t < words.size() && words[t].end <= target.start) ++t;
  int clause = t < words.size() ? reader.clause_of(t) : reader.clause_of(words.size() - 1);

  const Cue* before_in_clause = nullptr;
  const Cue* after_in_clause = nullptr;
  const Cue* before = nullptr;
  const Cue* after = nullptr;
  for (const Cue& cue : cues) {
    bool is_before = cue.first < t;
    if (is_before) {
      before = &cue;
      if (cue.clause == clause) before_in_clause = &cue;
    } else {
      if (after == nullptr) after = &cue;
      if (after_in_clause == nullptr && cue.clause == clause) after_in_clause = &cue;
    }
  }
  const Cue* governing = before_in_clause ? before_in_clause
                         : after_in_clause ? after_in_clause
                         : before          ? before
                                           : after;
  ModalReading reading;
  reading.modality = governing->modality;
  reading.cue = {words[governing->first].start, words[governing->last].end};
  if (condition_follows(words, governing->last) || restricted_before(words, governing->first)) {
    reading.conditioned = true;
    if (reading.modality == Modality::limit) reading.modality = Modality::power;
  }
  return reading;
}

}  // namespace rightscheck
