#pragma once

#include "ServerOptions.h"
#include "model/BranchConfig.h"
#include "storage/Journal.h"

#include <QTranslator>
#include <memory>

// `tessera-server report`: a day's figures from the journal in the data directory, as a PDF
// and/or CSV tables, without a running server (cron runs it; the server may be running too:
// the journal is only read). Returns the process's exit code; errors go to stderr.
int runReportCommand(const ServerOptions &options);

// What `report` and `forecast` both start from: the journal opened for reading, the business
// day asked for, the branch's configuration, and the document's language with its words.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    struct Setup
    {
        std::unique_ptr<tessera::Journal> journal;
        QDate day;
        tessera::BranchConfig config;
        QString language;
        bool translated = false; // false: the document's words fall back to English
        std::unique_ptr<QTranslator> translator;
    };
    static tessera::Expected<Setup, QString> setUp(const ServerOptions &options, const char *command);
    static int fail(const char *command, const QString &message);
    static int run(const ServerOptions &options);
};
