#include "engine/modality.h"

#include <gtest/gtest.h>

#include <string>

namespace rightscheck {
namespace {

// Reads the modality governing the first occurrence of target in sentence.
ModalReading reading(const std::string& sentence, const std::string& target) {
  std::size_t at = sentence.find(target);
  EXPECT_NE(at, std::string::npos) << target;
  return read_modality(sentence, {0, sentence.size()}, {at, at + target.size()});
}

Modality modality(const std::string& sentence, const std::string& target) { return reading(sentence, target).modality; }

TEST(Modality, PowersGrantedByMayCanWillAndEmpowered) {
  EXPECT_EQ(modality("The Minister may direct a provider to decrypt any message.", "decrypt"), Modality::power);
  EXPECT_EQ(modality("The Agency can require the operator to hand over keys.", "hand over"), Modality::power);
  EXPECT_EQ(modality("The Government will introduce lawful access to encrypted services.", "lawful access"), Modality::power);
  EXPECT_EQ(modality("The Director is empowered to intercept communications.", "intercept"), Modality::power);
  EXPECT_EQ(modality("A judge shall have power to issue a warrant.", "warrant"), Modality::power);
  EXPECT_EQ(modality("This Act authorises the Minister to block websites.", "block"), Modality::power);
}

TEST(Modality, DutiesImposedByShallMustRequired) {
  EXPECT_EQ(modality("A provider shall retain traffic data for one year.", "retain"), Modality::duty);
  EXPECT_EQ(modality("Operators must keep logs of all connections.", "keep logs"), Modality::duty);
  EXPECT_EQ(modality("Every licensee is required to install monitoring equipment.", "install"), Modality::duty);
  EXPECT_EQ(modality("The report is to be published annually.", "published"), Modality::duty);
  // Passive voice: the cue follows the target.
  EXPECT_EQ(modality("Any key held by the provider shall be disclosed on request.", "key"), Modality::duty);
}

TEST(Modality, LimitsOnPower) {
  EXPECT_EQ(modality("No provider shall be required to decrypt communications.", "decrypt"), Modality::limit);
  EXPECT_EQ(modality("Nothing in this Act authorises the interception of communications.", "interception"), Modality::limit);
  EXPECT_EQ(modality("Nothing in this Part shall be construed as requiring a backdoor.", "backdoor"), Modality::limit);
  EXPECT_EQ(modality("The Authority shall not order the suspension of internet access.", "suspension"), Modality::limit);
  EXPECT_EQ(modality("A notice may not require a provider to weaken encryption.", "weaken"), Modality::limit);
  EXPECT_EQ(modality("This section does not authorise the blocking of websites.", "blocking"), Modality::limit);
  EXPECT_EQ(modality("A provider is not required to hold keys.", "hold keys"), Modality::limit);
  EXPECT_EQ(modality("(a) Under no circumstances may the Minister order a shutdown.", "shutdown"), Modality::limit);
  EXPECT_EQ(modality("The Agency cannot compel decryption.", "decryption"), Modality::limit);
}

TEST(Modality, LimitWithAnExceptionIsAConditionedPower) {
  ModalReading r = reading("An officer shall not intercept a communication unless a judge has issued a warrant.", "intercept");
  EXPECT_EQ(r.modality, Modality::power);
  EXPECT_TRUE(r.conditioned);
  ModalReading s = reading("No data shall be searched except under an order of a court.", "searched");
  EXPECT_EQ(s.modality, Modality::power);
  EXPECT_TRUE(s.conditioned);
  ModalReading t = reading("The Minister may order decryption only if a judge approves.", "decryption");
  EXPECT_EQ(t.modality, Modality::power);
  EXPECT_TRUE(t.conditioned);
  EXPECT_FALSE(reading("The Minister may order decryption.", "decryption").conditioned);
}

TEST(Modality, NegationDoesNotLeakAcrossClausesOrIntoTimeLimits) {
  // "not later than" is a deadline, not a negation.
  EXPECT_EQ(modality("The provider shall, not later than 24 hours, disclose the data.", "disclose"), Modality::duty);
  // The "No" subject governs its own clause only.
  EXPECT_EQ(modality("No fee is payable; the Minister may order interception.", "interception"), Modality::power);
  // A clause-initial "no" governs; a "no" deep in a relative clause does not.
  EXPECT_EQ(modality("A person who has received no notice shall retain the data.", "retain"), Modality::duty);
}

TEST(Modality, FillersAndTextWithoutModalsReadAsNone) {
  EXPECT_EQ(modality("Interception of communications, as the case may be.", "Interception"), Modality::none);
  EXPECT_EQ(modality("The Authority monitors the interception regime.", "interception"), Modality::none);
  EXPECT_EQ(modality_name(Modality::limit), std::string("limit"));
}

TEST(Modality, ListsTakeTheCueBeforeTheTargetInTheSentence) {
  EXPECT_EQ(modality("The Minister may by order require a provider— (a) to retain data; (b) to decrypt messages.", "decrypt"),
            Modality::power);
}

}  // namespace
}  // namespace rightscheck

namespace rightscheck {
namespace {

Modality modality_in(const std::string& language, const std::string& sentence, const std::string& target) {
  std::size_t at = sentence.find(target);
  EXPECT_NE(at, std::string::npos) << target;
  return read_modality(sentence, {0, sentence.size()}, {at, at + target.size()}, language).modality;
}

TEST(ModalityFrench, PowersDutiesAndLimits) {
  EXPECT_EQ(modality_in("fr", "Le ministre peut ordonner le blocage de tout site.", "blocage"), Modality::power);
  EXPECT_EQ(modality_in("fr", "L’autorité est habilitée à intercepter les communications.", "intercepter"), Modality::power);
  EXPECT_EQ(modality_in("fr", "Les opérateurs doivent conserver les données de connexion.", "conserver"), Modality::duty);
  EXPECT_EQ(modality_in("fr", "Le fournisseur est tenu de remettre les clés de chiffrement.", "remettre"), Modality::duty);
  EXPECT_EQ(modality_in("fr", "Les données sont conservées, et l'opérateur a l'obligation de les remettre.", "remettre"),
            Modality::duty);
  EXPECT_EQ(modality_in("fr", "Nul ne peut être contraint de déchiffrer ses communications.", "déchiffrer"), Modality::limit);
  EXPECT_EQ(modality_in("fr", "Aucun fournisseur ne peut être tenu d'affaiblir le chiffrement.", "affaiblir"), Modality::limit);
  EXPECT_EQ(modality_in("fr", "L’opérateur n’est pas tenu de déchiffrer les messages.", "déchiffrer"), Modality::limit);
  EXPECT_EQ(modality_in("fr", "Il est interdit d'intercepter les correspondances.", "intercepter"), Modality::limit);
}

TEST(ModalityFrench, NeQueGrantsOnACondition) {
  std::string sentence = "L'interception ne peut être ordonnée que par un juge.";
  std::size_t at = sentence.find("interception");
  ModalReading r = read_modality(sentence, {0, sentence.size()}, {at, at + 12}, "fr");
  EXPECT_EQ(r.modality, Modality::power);
  EXPECT_TRUE(r.conditioned);
  std::string proviso = "Le service peut accéder aux données, sous réserve de l'autorisation du juge.";
  at = proviso.find("accéder");
  r = read_modality(proviso, {0, proviso.size()}, {at, at + 8}, "fr");
  EXPECT_EQ(r.modality, Modality::power);
  EXPECT_TRUE(r.conditioned);
}

TEST(ModalitySpanish, PowersDutiesAndLimits) {
  EXPECT_EQ(modality_in("es", "La autoridad podrá ordenar el bloqueo de sitios web.", "bloqueo"), Modality::power);
  EXPECT_EQ(modality_in("es", "El Ministerio está facultado para interceptar comunicaciones.", "interceptar"), Modality::power);
  EXPECT_EQ(modality_in("es", "Los proveedores deberán conservar los datos de tráfico.", "conservar"), Modality::duty);
  EXPECT_EQ(modality_in("es", "El operador estará obligado a entregar las claves.", "entregar"), Modality::duty);
  EXPECT_EQ(modality_in("es", "Ningún proveedor podrá ser obligado a descifrar mensajes.", "descifrar"), Modality::limit);
  EXPECT_EQ(modality_in("es", "El proveedor no estará obligado a descifrar las comunicaciones.", "descifrar"), Modality::limit);
  EXPECT_EQ(modality_in("es", "Queda prohibido interceptar comunicaciones privadas.", "interceptar"), Modality::limit);
  std::string sentence = "La policía sólo podrá acceder a los datos con orden judicial.";
  std::size_t at = sentence.find("acceder");
  ModalReading r = read_modality(sentence, {0, sentence.size()}, {at, at + 7}, "es");
  EXPECT_EQ(r.modality, Modality::power);
}

}  // namespace
}  // namespace rightscheck

namespace rightscheck {
namespace {

ModalReading read_in(const std::string& language, const std::string& sentence, const std::string& target) {
  std::size_t at = sentence.find(target);
  EXPECT_NE(at, std::string::npos) << target;
  return read_modality(sentence, {0, sentence.size()}, {at, at + target.size()}, language, /*statute=*/true);
}

TEST(ModalitySpanish, TheFutureTenseBindsAndOnlyConditions) {
  EXPECT_EQ(read_in("es", "Los operadores adoptarán medidas técnicas de seguridad.", "medidas").modality, Modality::duty);
  EXPECT_EQ(read_in("es", "No se exigirá a ningún proveedor que descifre mensajes.", "descifre").modality, Modality::limit);
  ModalReading only = read_in("es", "Los servicios sólo podrán ser prestados por personas habilitadas.", "prestados");
  EXPECT_EQ(only.modality, Modality::power);
  EXPECT_TRUE(only.conditioned);
  EXPECT_EQ(read_in("es", "La ley permita al juez ordenar la medida.", "ordenar").modality, Modality::power);
}

TEST(ModalityFrench, ThePresentIndicativeBinds) {
  EXPECT_EQ(read_in("fr", "Les fournisseurs conservent les données de connexion pendant un an.", "conservent").modality,
            Modality::duty);
  EXPECT_EQ(read_in("fr", "Les fournisseurs ne conservent pas les journaux au-delà de la session.", "conservent").modality,
            Modality::limit);
  EXPECT_EQ(read_in("en", "Providers keep connection data for a year.", "keep").modality, Modality::none)
      << "English says shall; its present tense describes";
  std::string described = "La sensibilisation du public demeure faible.";
  EXPECT_EQ(read_modality(described, {0, described.size()}, {3, 17}, "fr", /*statute=*/false).modality, Modality::none)
      << "outside a statute, the present describes";
}

TEST(ModalityFrench, ARelativeQueIsNotARestriction) {
  ModalReading r = read_in("fr", "Le régulateur ne peut exiger d'une plateforme qu'elle divulgue le contenu.", "divulgue");
  EXPECT_EQ(r.modality, Modality::limit);
  EXPECT_EQ(read_in("es", "No obstante lo dispuesto en otra ley, la Agencia podrá exigir los registros.", "registros").modality,
            Modality::power);
}

}  // namespace
}  // namespace rightscheck
