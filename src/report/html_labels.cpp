// The page's own words in French and Spanish.
#include "report/html_labels.h"

#include <array>
#include <unordered_map>

namespace rightscheck {
namespace {

enum Language { kEnglish = 0, kFrench = 1, kSpanish = 2 };

thread_local int current = kEnglish;

struct Translation {
  std::string_view fr;
  std::string_view es;
};

const std::unordered_map<std::string_view, Translation>& translations() {
  static const std::unordered_map<std::string_view, Translation> table = {
      {"Suppressed", {"Écartée", "Descartada"}},
      {"Risk", {"Risque", "Riesgo"}},
      {"Safeguard", {"Garantie", "Garantía"}},
      {"Gap", {"Lacune", "Laguna"}},
      {"Risks", {"Risques", "Riesgos"}},
      {"Safeguards", {"Garanties", "Garantías"}},
      {"Gaps", {"Lacunes", "Lagunas"}},
      {"risk", {"risque", "riesgo"}},
      {"risks", {"risques", "riesgos"}},
      {"safeguard", {"garantie", "garantía"}},
      {"safeguards", {"garanties", "garantías"}},
      {"gap", {"lacune", "laguna"}},
      {"gaps", {"lacunes", "lagunas"}},
      {"high", {"élevé", "alto"}},
      {"medium", {"moyen", "medio"}},
      {"low", {"faible", "bajo"}},
      {"High", {"Élevé", "Alto"}},
      {"Medium", {"Moyen", "Medio"}},
      {"Low", {"Faible", "Bajo"}},
      {"whole document", {"tout le document", "todo el documento"}},
      {"page", {"page", "página"}},
      {"pages", {"pages", "páginas"}},
      {"confidence", {"confiance", "confianza"}},
      {"What makes it a gap: ", {"Ce qui en fait une lacune : ", "Lo que la convierte en laguna: "}},
      {"Evidence: ", {"Passage : ", "Pasaje: "}},
      {"No provision of the document provides this protection.",
       {"Aucune disposition du document n'assure cette protection.",
        "Ninguna disposición del documento ofrece esta protección."}},
      {"Why it matters:", {"Pourquoi c'est important :", "Por qué importa:"}},
      {"Suggestion:", {"Proposition :", "Sugerencia:"}},
      {"Lowered by the safeguard", {"Atténué par la garantie", "Atenuado por la garantía"}},
      {"Lowered by the safeguards", {"Atténué par les garanties", "Atenuado por las garantías"}},
      {"Suppressed because:", {"Écartée parce que :", "Descartada porque:"}},
      {"no justification given", {"aucune justification donnée", "sin justificación"}},
      {"Scorecard", {"Tableau de bord", "Cuadro de resultados"}},
      {"overall score", {"note globale", "puntuación global"}},
      {"Findings by kind and severity", {"Constats par type et par gravité", "Hallazgos por tipo y gravedad"}},
      {"Kind", {"Type", "Tipo"}},
      {"Severity", {"Gravité", "Gravedad"}},
      {"Recommendation", {"Recommandation", "Recomendación"}},
      {"Total", {"Total", "Total"}},
      {"Not counted: ", {"Non comptés : ", "No contabilizados: "}},
      {"suppressed finding", {"constat écarté", "hallazgo descartado"}},
      {"suppressed findings", {"constats écartés", "hallazgos descartados"}},
      {"risk was", {"risque a été", "riesgo fue"}},
      {"risks were", {"risques ont été", "riesgos fueron"}},
      {"removed by a governing safeguard", {"levé(s) par une garantie applicable", "eliminado(s) por una garantía aplicable"}},
      {"says why", {"explique pourquoi", "explica por qué"}},
      {"Score by recommendation", {"Note par recommandation", "Puntuación por recomendación"}},
      {"not scored", {"non noté", "sin puntuación"}},
      {"No findings", {"Aucun constat", "Sin hallazgos"}},
      {"What each recommendation asks", {"Ce que demande chaque recommandation", "Qué pide cada recomendación"}},
      {"Contents", {"Sommaire", "Índice"}},
      {"Filter findings", {"Filtrer les constats", "Filtrar los hallazgos"}},
      {"Text and findings", {"Texte et constats", "Texto y hallazgos"}},
      {"Provisions", {"Dispositions", "Disposiciones"}},
      {"Suppressed findings", {"Constats écartés", "Hallazgos descartados"}},
      {"Untick a box to hide those findings and their highlights. Everything is shown when the browser cannot filter.",
       {"Décochez une case pour masquer ces constats et leurs surlignages. Tout reste affiché si le navigateur ne "
        "peut pas filtrer.",
        "Desmarque una casilla para ocultar esos hallazgos y sus resaltados. Todo se muestra si el navegador no "
        "puede filtrar."}},
      {"Highlighted words are evidence:", {"Les mots surlignés sont les passages relevés :",
                                           "Las palabras resaltadas son los pasajes señalados:"}},
      {"solid underline", {"soulignement plein", "subrayado continuo"}},
      {"for a risk,", {"pour un risque,", "para un riesgo,"}},
      {"double underline", {"double soulignement", "subrayado doble"}},
      {"for a safeguard,", {"pour une garantie,", "para una garantía,"}},
      {"dotted underline", {"soulignement pointillé", "subrayado punteado"}},
      {"for a gap. The number in brackets after them links to the explanation, which links back.",
       {"pour une lacune. Le numéro entre crochets qui les suit mène à l'explication, qui y renvoie.",
        "para una laguna. El número entre corchetes que los sigue lleva a la explicación, que remite a ellos."}},
      {"Gaps: protections the document lacks", {"Lacunes : les protections qui manquent au document",
                                                "Lagunas: las protecciones que faltan en el documento"}},
      {"A gap belongs to no provision: it is a protection missing from the whole document, given the powers it "
       "contains.",
       {"Une lacune n'appartient à aucune disposition : c'est une protection absente de tout le document, au regard "
        "des pouvoirs qu'il confère.",
        "Una laguna no pertenece a ninguna disposición: es una protección ausente de todo el documento, a la vista "
        "de las facultades que otorga."}},
      {"No gaps found.", {"Aucune lacune relevée.", "No se encontraron lagunas."}},
      {"Findings the configuration suppresses, with the reason given. They are not highlighted and not counted in "
       "the scorecard.",
       {"Les constats que la configuration écarte, avec la raison donnée. Ils ne sont ni surlignés ni comptés dans le "
        "tableau de bord.",
        "Los hallazgos que la configuración descarta, con la razón dada. No se resaltan ni se cuentan en el cuadro "
        "de resultados."}},
      {"None.", {"Aucun.", "Ninguno."}},
      {"Showing {n} of {total} findings.", {"{n} constats affichés sur {total}.", "Se muestran {n} de {total} hallazgos."}},
      {"language", {"langue", "idioma"}},
      {"Incomplete:", {"Incomplet :", "Incompleto:"}},
      {"Skip to the report", {"Aller au rapport", "Ir al informe"}},
      {"Human-rights review of", {"Analyse au regard des droits humains de", "Análisis de derechos humanos de"}},
      {"document", {"document", "documento"}},
      {"documents", {"documents", "documentos"}},
      {"By rightscheck", {"Par rightscheck", "Por rightscheck"}},
      {"against", {"selon", "según"}},
      {"version", {"version", "versión"}},
      {"rightscheck report", {"rapport rightscheck", "informe de rightscheck"}},
      {"Made by rightscheck. Every finding shows its evidence and its confidence; a finding is a prompt for a "
       "lawyer's reading, not a verdict. This page is self-contained: it loads nothing from any network.",
       {"Produit par rightscheck. Chaque constat montre le passage qui le fonde et son degré de confiance ; un "
        "constat invite à la lecture d'un juriste, ce n'est pas un verdict. Cette page se suffit à elle-même : "
        "elle ne charge rien depuis aucun réseau.",
        "Elaborado por rightscheck. Cada hallazgo muestra el pasaje que lo funda y su grado de confianza; un "
        "hallazgo invita a la lectura de un jurista, no es un veredicto. Esta página es autónoma: no carga nada "
        "de ninguna red."}},
  };
  return table;
}

int language_index(std::string_view language) {
  if (language == "fr") return kFrench;
  if (language == "es") return kSpanish;
  return kEnglish;
}

}  // namespace

LabelLanguage::LabelLanguage(std::string_view language) : previous_(current) { current = language_index(language); }
LabelLanguage::~LabelLanguage() { current = previous_; }

std::string_view label(std::string_view english) {
  if (current == kEnglish) return english;
  const auto& table = translations();
  auto it = table.find(english);
  if (it == table.end()) return english;
  return current == kFrench ? it->second.fr : it->second.es;
}

}  // namespace rightscheck
