#include "SqlCatalog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace tessera {

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("SQL resource %s is missing from the build", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QStringList splitStatements(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("^;\\s*$"), QRegularExpression::MultilineOption);
    QStringList statements;
    for (const QString &part : text.split(separator)) {
        if (!part.trimmed().isEmpty())
            statements << part.trimmed();
    }
    return statements;
}

} // namespace

SqlCatalog::SqlCatalog(QString backend) : m_root(QStringLiteral(":/tessera/sql/") + backend) {}

QString SqlCatalog::fileOf(const QString &name) const
{
    const QString own = QStringLiteral("%1/%2.sql").arg(m_root, name);
    return QFile::exists(own) ? own : QStringLiteral(":/tessera/sql/common/%1.sql").arg(name);
}

QString SqlCatalog::query(const QString &name) const
{
    return readText(fileOf(name)).trimmed();
}

QStringList SqlCatalog::statements(const QString &name) const
{
    return splitStatements(readText(fileOf(name)));
}

QMap<int, QStringList> SqlCatalog::migrations() const
{
    QMap<int, QStringList> result;
    const QDir dir(m_root + QStringLiteral("/schema"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        bool ok = false;
        const int version = QFileInfo(file).baseName().toInt(&ok);
        if (ok)
            result.insert(version, splitStatements(readText(dir.filePath(file))));
    }
    return result;
}

int SqlCatalog::latestVersion() const
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.lastKey();
}

} // namespace tessera
