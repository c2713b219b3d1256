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
    auto journal = Journal::openSqlite(journalPath);
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
    const QString language = options.language.isEmpty() ? config.value().defaultLanguage : options.language;
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
        QTranslator translator;
        if (translator.load(QStringLiteral(":/i18n/tessera_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&translator);
        else if (language != QLatin1String("en"))
            return fail(tr("There is no \"%1\" translation; use en, zh_CN, zh_TW, lv or cy.").arg(language));
        const report::ReportDocument document(report.value(), QLocale(language), now);
        auto pages = document.writePdf(options.pdfPath);
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
