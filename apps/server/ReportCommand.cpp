#include "ReportCommand.h"

#include "ReportDocument.h"
#include "report/ReportCsv.h"
#include "report/ReportSource.h"

#include <QDir>
#include <QFile>
#include <QTranslator>
#include <cstdio>

using namespace tessera;

int ReportCommand::fail(const char *command, const QString &message)
{
    std::fprintf(stderr, "tessera-server %s: %s\n", command, qPrintable(message));
    return 1;
}

Expected<ReportCommand::Setup, QString> ReportCommand::setUp(const ServerOptions &options, const char *command)
{
    Setup setup;
    // A wrong --data must be an error, not a blank report.
    if (!options.journalGiven && !QFile::exists(options.journal))
        return tr("There is no journal at %1. Give the server's data directory with --data.").arg(options.journal);
    auto journal = Journal::openForReading(options.journal);
    if (!journal)
        return journal.error();
    setup.journal = std::move(journal).value();

    setup.day = options.reportDay;
    if (!setup.day.isValid()) {
        auto today = ReportSource::businessDay(*setup.journal, QDateTime::currentMSecsSinceEpoch());
        if (!today)
            return today.error();
        setup.day = today.value().addDays(-options.reportDaysAgo);
    }
    auto config = ReportSource::configAt(*setup.journal, setup.journal->lastSeq());
    if (!config)
        return config.error();
    setup.config = config.value();
    // The words of the PDF: checked before anything is written. A branch language without a
    // translation of its own (the names still come in it) is printed with English words.
    setup.language = options.language.isEmpty() ? setup.config.defaultLanguage : options.language;
    setup.translator = std::make_unique<QTranslator>();
    // English loads its own file too: it holds the plural forms ("3 weeks", not "3 week(s)").
    setup.translated = setup.translator->load(QStringLiteral(":/i18n/tessera_%1.qm").arg(setup.language)) ||
                       setup.language == QLatin1String("en");
    if (!setup.translated && !options.language.isEmpty())
        return tr("There is no \"%1\" translation; use en, zh_CN, zh_TW, lv or cy.").arg(setup.language);
    if (!setup.translated && !options.pdfPath.isEmpty())
        std::fprintf(stderr, "tessera-server %s: %s\n", command,
                     qPrintable(tr("no \"%1\" translation; the PDF's words are in English.").arg(setup.language)));
    if (!setup.translator->isEmpty())
        QCoreApplication::installTranslator(setup.translator.get());
    return setup;
}

int ReportCommand::run(const ServerOptions &options)
{
    auto setup = setUp(options, "report");
    if (!setup)
        return fail("report", setup.error());
    const Setup &s = setup.value();
    const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
    auto report = ReportSource::report(*s.journal, s.day, now, s.language);
    if (!report)
        return fail("report", report.error());
    if (!options.csvDir.isEmpty()) {
        auto written = ReportCsv::write(report.value(), options.csvDir);
        if (!written)
            return fail("report", written.error());
        for (const QString &file : written.value())
            std::printf("%s\n", qPrintable(file));
    }
    if (!options.pdfPath.isEmpty()) {
        const QLocale locale(s.translated ? s.language : QStringLiteral("en"));
        auto pages = report::ReportDocument(report.value(), locale, now).writePdf(options.pdfPath);
        if (!pages)
            return fail("report", pages.error());
        std::printf("%s (%d pages)\n", qPrintable(options.pdfPath), pages.value());
    }
    return 0;
}

int runReportCommand(const ServerOptions &options)
{
    return ReportCommand::run(options);
}
