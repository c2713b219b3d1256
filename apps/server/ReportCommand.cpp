#include "ReportCommand.h"

#include "ReportDocument.h"
#include "report/ReportCsv.h"
#include "report/ReportSource.h"

#include <QDir>
#include <QFile>
#include <QTranslator>
#include <cstdio>

using namespace tessera;

namespace {

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static int run(const ServerOptions &options);
};

int fail(const QString &message)
{
    std::fprintf(stderr, "tessera-server report: %s\n", qPrintable(message));
    return 1;
}

int ReportCommand::run(const ServerOptions &options)
{
    const QString journalPath = QDir(options.dataDir).filePath(QStringLiteral("journal.sqlite"));
    // Opening would create an empty journal: a wrong --data must be an error, not a blank report.
    if (!QFile::exists(journalPath))
        return fail(tr("There is no journal at %1. Give the server's data directory with --data.").arg(journalPath));
    auto journal = Journal::openSqliteForReading(journalPath);
    if (!journal)
        return fail(journal.error());

    const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
    QDate day = options.reportDay;
    if (!day.isValid()) {
        auto today = ReportSource::businessDay(*journal.value(), now);
        if (!today)
            return fail(today.error());
        day = today.value().addDays(-options.reportDaysAgo);
    }
    auto config = ReportSource::configAt(*journal.value(), journal.value()->lastSeq());
    if (!config)
        return fail(config.error());
    // The words of the PDF: checked before anything is written. A branch language without a
    // translation of its own (the names still come in it) is printed with English words.
    const QString language = options.language.isEmpty() ? config.value().defaultLanguage : options.language;
    QTranslator translator;
    const bool translated =
        language == QLatin1String("en") || translator.load(QStringLiteral(":/i18n/tessera_%1.qm").arg(language));
    if (!translated && !options.language.isEmpty())
        return fail(tr("There is no \"%1\" translation; use en, zh_CN, zh_TW, lv or cy.").arg(language));
    if (!translated && !options.pdfPath.isEmpty())
        std::fprintf(stderr, "tessera-server report: %s\n",
                     qPrintable(tr("no \"%1\" translation; the PDF's words are in English.").arg(language)));
    if (!translator.isEmpty())
        QCoreApplication::installTranslator(&translator);

    auto report = ReportSource::report(*journal.value(), day, now, language);
    if (!report)
        return fail(report.error());
    if (!options.csvDir.isEmpty()) {
        auto written = ReportCsv::write(report.value(), options.csvDir);
        if (!written)
            return fail(written.error());
        for (const QString &file : written.value())
            std::printf("%s\n", qPrintable(file));
    }
    if (!options.pdfPath.isEmpty()) {
        const QLocale locale(translated ? language : QStringLiteral("en"));
        auto pages = report::ReportDocument(report.value(), locale, now).writePdf(options.pdfPath);
        if (!pages)
            return fail(pages.error());
        std::printf("%s (%d pages)\n", qPrintable(options.pdfPath), pages.value());
    }
    return 0;
}

} // namespace

int runReportCommand(const ServerOptions &options)
{
    return ReportCommand::run(options);
}
