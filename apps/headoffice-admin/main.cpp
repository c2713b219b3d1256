// tessera-headoffice-admin: sets up the head office database and admits branches to it.
// Run by the head office's database administrator (a role that may create roles).

#include "headoffice/HeadOfficeDatabase.h"
#include "headoffice/HeadOfficeProjector.h"

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

// Runs the projector until the process is stopped; a lost database connection ends it (its
// service starts it again, and it goes on from what it wrote).
int project(const QString &url, bool rebuildFirst)
{
    HeadOfficeProjector::Settings settings;
    settings.database = url;
    auto projector = HeadOfficeProjector::open(settings);
    if (!projector)
        return fail(projector.error());
    QString error;
    if (rebuildFirst) {
        if (!projector.value()->rebuild(&error) || !projector.value()->catchUp(&error) ||
            !projector.value()->flushRunningDays(true, &error))
            return fail(error);
        say(QStringLiteral("the read models are rebuilt from the events"));
        return 0;
    }
    // A branch that cannot be folded is said and retried; a lost database ends the process.
    HeadOfficeProjector *running = projector.value().get();
    QObject::connect(running, &HeadOfficeProjector::problem, qApp, [running](const QString &what) {
        fail(what);
        if (!running->connected())
            QCoreApplication::exit(1);
    });
    projector.value()->start();
    return QCoreApplication::exec();
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
        "  accept-journal URL BRANCH_ID ID    follow a refused branch's new or restored journal\n"
        "  add-viewer URL NAME                make a login role that may watch (tessera-headoffice)\n"
        "  project URL                        keep the read models up to date (runs until stopped)\n"
        "  rebuild URL                        rebuild the read models from the events, then exit\n\n"
        "URL: the head office database as its administrator, e.g. postgresql:///tessera_headoffice?host=/run/"
        "postgresql"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("init, add-branch, accept-journal, add-viewer, project or rebuild"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const QMap<QString, qsizetype> arguments{{QStringLiteral("init"), 2},           {QStringLiteral("add-branch"), 3},
                                             {QStringLiteral("accept-journal"), 4}, {QStringLiteral("add-viewer"), 3},
                                             {QStringLiteral("project"), 2},        {QStringLiteral("rebuild"), 2}};
    if (args.size() != arguments.value(command, -1))
        return fail(QStringLiteral("say init, add-branch, accept-journal, add-viewer, project or rebuild with its "
                                   "arguments (--help shows them)."));
    if (command == QLatin1String("project") || command == QLatin1String("rebuild"))
        return project(args.at(1), command == QLatin1String("rebuild"));

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
    const QUrl admin(args.at(1));
    const QString host = admin.host().isEmpty() ? QStringLiteral("HEAD-OFFICE-HOST") : admin.host();
    const QString port = QString::number(admin.port(5432));
    const QString dbName = admin.path().mid(1);
    if (command == QLatin1String("add-viewer")) {
        const auto viewer = database.value()->addViewer(args.at(2));
        if (!viewer)
            return fail(viewer.error());
        say(QStringLiteral("%1 may now watch the branches, as the role %2:\n\n"
                           "    tessera-headoffice 'postgresql://%2@%3:%4/%5?sslmode=verify-full'\n\n"
                           "with this line in their ~/.pgpass (mode 600):\n"
                           "    %3:%4:%5:%2:%6\n\n"
                           "This password is not shown again.")
                .arg(args.at(2), viewer.value().role, host, port, dbName, viewer.value().password));
        return 0;
    }
    const QString branchId = args.at(2);
    const auto branch = database.value()->addBranch(branchId);
    if (!branch)
        return fail(branch.error());
    say(QStringLiteral("Branch %1 may now forward its events, as the role %2.\n\n"
                       "On the branch server, add this option:\n"
                       "    --head-office 'postgresql://%2@%3:%4/%5?sslmode=verify-full'\n"
                       "(for the packaged service, this line in /etc/default/tessera-server:\n"
                       "    TESSERA_SERVER_OPTIONS=--head-office=postgresql://%2@%3:%4/%5?sslmode=verify-full)\n\n"
                       "and this line to the server user's ~/.pgpass (mode 600; the service's user is tessera, "
                       "whose home is /var/lib/tessera), where the password "
                       "stays out of logs and process lists:\n"
                       "    %3:%4:%5:%2:%6\n\n"
                       "The branch needs the head office's CA certificate in ~/.postgresql/root.crt "
                       "(or sslrootcert= in the URL). This password is not shown again.")
            .arg(branchId, branch.value().role, host, port, dbName, branch.value().password));
    return 0;
}
