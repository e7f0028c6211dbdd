// The parser child: results come back intact, and every limit and the
// system-call filter fire with a clear error while the test process,
// standing in for a batch run or a server, carries on.
#include "ingest/isolation.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zip.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <vector>

namespace rightscheck::ingest {
namespace {

ChildLimits small_limits() {
  ChildLimits limits;
  limits.cpu_seconds = 1;
  limits.wall_seconds = 60;
  limits.memory_bytes = 256ull << 20;
  limits.max_result_bytes = 1 << 20;
  return limits;
}

Result<Text> run(const std::function<Result<Text>()>& reader,
                 const ChildLimits& limits = small_limits()) {
  return read_in_child(reader, "hostile.pdf", "PDF extraction", limits);
}

Text text_of(std::string utf8) {
  Text text;
  text.utf8 = std::move(utf8);
  return text;
}

// A PDF of one page per entry, each line of 10 pt Helvetica on its own row.
std::string make_pdf(const std::vector<std::vector<std::string>>& pages) {
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", ""};
  std::string kids;
  const std::size_t font = 3 + 2 * pages.size();
  for (std::size_t i = 0; i < pages.size(); ++i) {
    kids += std::to_string(3 + 2 * i) + " 0 R ";
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 " +
        std::to_string(font) + " 0 R >> >> /Contents " + std::to_string(4 + 2 * i) + " 0 R >>");
    std::string stream = "BT /F1 10 Tf\n";
    int y = 780;
    for (const std::string& line : pages[i])
      stream += "1 0 0 1 72 " + std::to_string(y -= 14) + " Tm (" + line + ") Tj\n";
    stream += "ET";
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream +
                      "\nendstream");
  }
  objects[1] =
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  objects.push_back(
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  objects.push_back("<< /Title (Isolation Act) >>");
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    const std::string number = std::to_string(offset);
    pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
  }
  return pdf + "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R /Info " +
         std::to_string(objects.size()) + " 0 R >>\nstartxref\n" + std::to_string(xref) +
         "\n%%EOF\n";
}

// A DOCX holding only word/document.xml, one paragraph per line.
std::string make_docx(const std::vector<std::string>& lines) {
  std::string body;
  for (const std::string& line : lines) body += "<w:p><w:r><w:t>" + line + "</w:t></w:r></w:p>";
  const std::string document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
      body + "</w:body></w:document>";
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(target);
  zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
  zip_file_add(archive, "word/document.xml",
               zip_source_buffer(archive, document.data(), document.size(), 0), ZIP_FL_ENC_UTF_8);
  zip_close(archive);
  zip_stat_t stat;
  zip_source_stat(target, &stat);
  std::string bytes(stat.size, '\0');
  zip_source_open(target);
  zip_source_read(target, bytes.data(), bytes.size());
  zip_source_close(target);
  zip_source_free(target);
  zip_error_fini(&error);
  return bytes;
}

void expect_same_text(const Result<Text>& isolated, const Result<Text>& in_process) {
  ASSERT_TRUE(in_process.is_ok()) << in_process.status().message();
  ASSERT_TRUE(isolated.is_ok()) << isolated.status().message();
  EXPECT_EQ(isolated->format, in_process->format);
  EXPECT_EQ(isolated->utf8, in_process->utf8);
  EXPECT_EQ(isolated->title, in_process->title);
  EXPECT_EQ(isolated->sha256, in_process->sha256);
  ASSERT_EQ(isolated->pages.size(), in_process->pages.size());
  for (std::size_t i = 0; i < isolated->pages.size(); ++i) {
    EXPECT_EQ(isolated->pages[i].number, in_process->pages[i].number);
    EXPECT_EQ(isolated->pages[i].start, in_process->pages[i].start);
    EXPECT_EQ(isolated->pages[i].end, in_process->pages[i].end);
  }
}

TEST(Isolation, PdfTextIsTheSameWithAndWithoutTheChild) {
  const std::string pdf =
      make_pdf({{"1. Short title", "This Act is the Isolation Act."},
                {"2. Interception", "(1) A person must not intercept a communication."}});
  IngestLimits direct;
  direct.isolate_parsers = false;
  const Result<Text> isolated = ingest_bytes(pdf, "act.pdf");
  expect_same_text(isolated, ingest_bytes(pdf, "act.pdf", direct));
  ASSERT_TRUE(isolated.is_ok());
  EXPECT_EQ(isolated->pages.size(), 2u);
  EXPECT_EQ(isolated->title, "Isolation Act");
}

TEST(Isolation, DocxTextIsTheSameWithAndWithoutTheChild) {
  const std::string docx = make_docx({"Section 1. Caf\xC3\xA9 law", "Section 2. Interception"});
  IngestLimits direct;
  direct.isolate_parsers = false;
  expect_same_text(ingest_bytes(docx, "act.docx"), ingest_bytes(docx, "act.docx", direct));
}

TEST(Isolation, ReaderErrorsComeBackAsTheyWere) {
  IngestLimits direct;
  direct.isolate_parsers = false;
  const std::string damaged = "%PDF-1.4\nnot really a PDF";
  const Result<Text> isolated = ingest_bytes(damaged, "bad.pdf");
  const Result<Text> in_process = ingest_bytes(damaged, "bad.pdf", direct);
  ASSERT_FALSE(isolated.is_ok());
  EXPECT_EQ(isolated.status().code(), in_process.status().code());
  EXPECT_EQ(isolated.status().message(), in_process.status().message());
}

TEST(Isolation, ALoopingParserHitsTheCpuLimit) {
  const Result<Text> result = run([]() -> Result<Text> {
    volatile unsigned long spin = 0;
    for (;;) spin = spin + 1;
  });
  ASSERT_FALSE(result.is_ok());
  EXPECT_EQ(result.status().code(), Status::Code::limit_exceeded);
  EXPECT_EQ(result.status().message(),
            "hostile.pdf: PDF extraction exceeded its 1 s CPU limit (see --parse-timeout)");
}

TEST(Isolation, ABlockedParserHitsTheWallClockDeadline) {
  ChildLimits limits = small_limits();
  limits.wall_seconds = 1;
  const Result<Text> result = run(
      []() -> Result<Text> {
        // Relocking a normal mutex blocks for ever: the deadlock a fork can
        // inherit from another thread's lock.
        pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
        pthread_mutex_lock(&mutex);
        pthread_mutex_lock(&mutex);
        return text_of("unreachable");
      },
      limits);
  ASSERT_FALSE(result.is_ok());
  EXPECT_EQ(result.status().code(), Status::Code::limit_exceeded);
  EXPECT_NE(result.status().reason().find("did not finish within its 1 s time limit"),
            std::string::npos)
      << result.status().message();
}

TEST(Isolation, AMemoryHungryParserHitsTheMemoryLimit) {
  if (!child_memory_limit_enforced()) GTEST_SKIP() << "no address-space limit in sanitizer builds";
  const Result<Text> result = run([]() -> Result<Text> {
    std::vector<std::unique_ptr<char[]>> held;
    for (;;) held.push_back(std::make_unique_for_overwrite<char[]>(16 << 20));
  });
  ASSERT_FALSE(result.is_ok());
  EXPECT_EQ(result.status().code(), Status::Code::limit_exceeded);
  EXPECT_EQ(result.status().reason(),
            "PDF extraction exceeded its 256 MiB memory limit (see --parse-memory)");
}

TEST(Isolation, ACrashIsReportedWithItsSignal) {
  const Result<Text> result = run([]() -> Result<Text> {
    std::signal(SIGSEGV, SIG_DFL);  // past a sanitizer's handler
    std::raise(SIGSEGV);
    return text_of("unreachable");
  });
  ASSERT_FALSE(result.is_ok());
  EXPECT_EQ(result.status().code(), Status::Code::invalid_input);
  EXPECT_EQ(result.status().reason(),
            "PDF extraction failed: the parser crashed (signal 11, SIGSEGV)");
}

TEST(Isolation, TheFaultHookReachesTheRealIngestPath) {
  ASSERT_EQ(::setenv("RIGHTSCHECK_PARSER_FAULT", "crash", 1), 0);
  const Result<Text> result = ingest_bytes(make_pdf({{"1. Text"}}), "hooked.pdf");
  ::unsetenv("RIGHTSCHECK_PARSER_FAULT");
  ASSERT_FALSE(result.is_ok());
  EXPECT_EQ(result.status().message(),
            "hooked.pdf: PDF extraction failed: the parser crashed (signal 11, SIGSEGV)");
}

TEST(Isolation, AResultOverTheSizeLimitIsRefused) {
  const Result<Text> result =
      run([]() -> Result<Text> { return text_of(std::string(2 << 20, 'x')); });
  ASSERT_FALSE(result.is_ok());
  EXPECT_EQ(result.status().code(), Status::Code::limit_exceeded);
  EXPECT_NE(result.status().reason().find("produced more than 1048576 bytes"), std::string::npos);
}

TEST(Isolation, TheParentStopsReadingAtTheSizeLimit) {
  // A compromised child that announces a short message, then ignores its
  // own check and floods the pipe.
  const Result<Text> result = run([]() -> Result<Text> {
    const char announced[8] = {100, 0, 0, 0, 0, 0, 0, 0};
    if (::write(3, announced, sizeof announced) < 0) return text_of("write failed");
    const std::string flood(64 << 10, 'x');
    for (;;)
      if (::write(3, flood.data(), flood.size()) < 0) break;
    return text_of("unreachable");
  });
  ASSERT_FALSE(result.is_ok());
  EXPECT_NE(result.status().reason().find("produced more than 1048576 bytes"), std::string::npos)
      << result.status().message();
}

TEST(Isolation, AGarbledResultIsRefused) {
  const Result<Text> result = run([]() -> Result<Text> {
    const char garbage[] = "not a result";
    if (::write(3, garbage, sizeof garbage - 1) < 0) return text_of("write failed");
    return text_of("ok");
  });
  ASSERT_FALSE(result.is_ok());
  EXPECT_EQ(result.status().reason(),
            "PDF extraction failed: the parser returned a malformed result");
}

// The child tries what a compromised parser would, and reports the errno
// of each attempt as its text.
TEST(Isolation, TheFilterForbidsFilesNetworkAndProcesses) {
  const std::string written = ::testing::TempDir() + "isolation_written_by_child";
  std::filesystem::remove(written);
  const pid_t parent = ::getpid();
  const Result<Text> result = run([&]() -> Result<Text> {
    std::string report;
    auto note = [&](const char* what, long rc) {
      report += std::string(what) + "=" +
                (rc >= 0          ? "allowed"
                 : errno == EPERM ? "EPERM"
                                  : "errno" + std::to_string(errno)) +
                "\n";
    };
    note("read-file", ::open("/etc/passwd", O_RDONLY));
    note("write-file", ::open(written.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600));
    note("socket", ::socket(AF_INET, SOCK_STREAM, 0));
    note("unix-socket", ::socket(AF_UNIX, SOCK_STREAM, 0));
    note("fork", ::fork());
    char* const argv[] = {const_cast<char*>("/bin/true"), nullptr};
    note("exec", ::execv("/bin/true", argv));
    note("write-stdout", ::write(STDOUT_FILENO, "x", 1));
    note("signal-parent", ::kill(parent, 0));
    return text_of(report);
  });
  ASSERT_TRUE(result.is_ok()) << result.status().message();
  EXPECT_EQ(
      result->utf8,
      "read-file=EPERM\nwrite-file=EPERM\nsocket=EPERM\nunix-socket=EPERM\nfork=EPERM\nexec=EPERM\n"
      "write-stdout=EPERM\nsignal-parent=EPERM\n");
  EXPECT_FALSE(std::filesystem::exists(written));
}

}  // namespace
}  // namespace rightscheck::ingest
