#include "ForecastCommand.h"

#include "PlanDocument.h"
#include "ReportCommand.h"
#include "host/PlanSource.h"
#include "planning/PlanCsv.h"

#include <cstdio>

using namespace tessera;

int runForecastCommand(const ServerOptions &options)
{
    auto setup = ReportCommand::setUp(options, "forecast");
    if (!setup)
        return ReportCommand::fail("forecast", setup.error());
    const ReportCommand::Setup &s = setup.value();
    auto plan = PlanSource::plan(*s.journal, s.day);
    if (!plan)
        return ReportCommand::fail("forecast", plan.error());
    if (!plan.value().known())
        return ReportCommand::fail("forecast", QCoreApplication::translate(
                                                   "ForecastCommand", "There is not enough history to forecast %1: the "
                                                                      "journal has no earlier day with customers.")
                                                   .arg(s.day.toString(Qt::ISODate)));
    if (options.csvDir.isEmpty() && options.pdfPath.isEmpty()) {
        std::fputs(PlanCsv::table(plan.value()).toUtf8().constData(), stdout);
        return 0;
    }
    if (!options.csvDir.isEmpty()) {
        auto written = PlanCsv::write(plan.value(), options.csvDir);
        if (!written)
            return ReportCommand::fail("forecast", written.error());
        std::printf("%s\n", qPrintable(written.value().join(QLatin1Char('\n'))));
    }
    if (!options.pdfPath.isEmpty()) {
        const QString language = s.translated ? s.language : QStringLiteral("en");
        QMap<QString, QString> names;
        for (const ServiceConfig &service : s.config.services)
            names.insert(service.id, service.names.text(language));
        const QDateTime now = QDateTime::currentDateTime().toTimeZone(s.config.timeZone);
        auto pages =
            report::PlanDocument(plan.value(), s.config.branchName.text(language), names, QLocale(language), now)
                .writePdf(options.pdfPath);
        if (!pages)
            return ReportCommand::fail("forecast", pages.error());
        std::printf("%s (%d pages)\n", qPrintable(options.pdfPath), pages.value());
    }
    return 0;
}
