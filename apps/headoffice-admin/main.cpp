// tessera-headoffice-admin: sets up the head office database and admits branches to it.
// Run by the head office's database administrator (a role that may create roles).

#include "headoffice/HeadOfficeDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>
#include <cstdio>

using namespace tessera;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "tessera-headoffice-admin: %s\n", qPrintable(message));
    return 1;
}

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-headoffice-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sets up the Tessera head office database and admits branches to it (docs/HEADOFFICE.md).\n\n"
        "  init URL                           create or upgrade the schema and the group roles\n"
        "  add-branch URL BRANCH_ID           make the branch's role; prints what the branch server needs\n"
        "  accept-journal URL BRANCH_ID ID    follow a refused branch's new or restored journal\n\n"
        "URL: the head office database as its administrator, e.g. postgresql:///tessera_headoffice?host=/run/"
        "postgresql"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("init, add-branch or accept-journal"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const qsizetype wanted = command == QLatin1String("init")             ? 2
                             : command == QLatin1String("add-branch")     ? 3
                             : command == QLatin1String("accept-journal") ? 4
                                                                          : -1;
    if (wanted < 0 || args.size() != wanted)
        return fail(QStringLiteral("say init, add-branch or accept-journal with its "
                                   "arguments (--help shows them)."));

    auto database = HeadOfficeDatabase::openAsAdministrator(args.at(1));
    if (!database)
        return fail(database.error());
    if (command == QLatin1String("init")) {
        say(QStringLiteral("the head office database is at schema %1").arg(database.value()->schemaVersion()));
        return 0;
    }
    if (command == QLatin1String("accept-journal")) {
        QString said;
        if (!database.value()->acceptJournal(args.at(2), args.at(3), &said))
            return fail(said);
        say(said);
        return 0;
    }
    const QString branchId = args.at(2);
    const auto branch = database.value()->addBranch(branchId);
    if (!branch)
        return fail(branch.error());
    const QUrl admin(args.at(1));
    const QString host = admin.host().isEmpty() ? QStringLiteral("HEAD-OFFICE-HOST") : admin.host();
    const QString port = QString::number(admin.port(5432));
    const QString dbName = admin.path().mid(1);
    say(QStringLiteral("Branch %1 may now forward its events, as the role %2.\n\n"
                       "On the branch server, add this option (or put it in the service's settings):\n"
                       "    --head-office 'postgresql://%2@%3:%4/%5?sslmode=verify-full'\n\n"
                       "and this line to the server user's ~/.pgpass (mode 600), where the password "
                       "stays out of logs and process lists:\n"
                       "    %3:%4:%5:%2:%6\n\n"
                       "The branch needs the head office's CA certificate in ~/.postgresql/root.crt "
                       "(or sslrootcert= in the URL). This password is not shown again.")
            .arg(branchId, branch.value().role, host, port, dbName, branch.value().password));
    return 0;
}
