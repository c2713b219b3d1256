#include "StationSetup.h"

#include "StationLanguage.h"
#include "net/StationSettingsFile.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSysInfo>
#include <QVBoxLayout>
#include <sys/stat.h>

namespace tessera {

namespace {

constexpr int kCheckTimeoutMs = 8000;

QString roleName(StationRole role)
{
    switch (role) {
    case StationRole::Kiosk:
        return tessera::StationSetup::tr("kiosk");
    case StationRole::Teller:
    case StationRole::Supervisor:
        return tessera::StationSetup::tr("teller's workstation");
    case StationRole::Display:
        return tessera::StationSetup::tr("lobby display");
    case StationRole::Tool:
    case StationRole::Web:
        return tessera::StationSetup::tr("tool");
    }
    return {};
}

} // namespace

QString StationSetup::writablePath(const QString &program)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("tessera/%1.ini").arg(program));
}

QString StationSetup::defaultPath(const QString &program)
{
    const QString user = writablePath(program);
    const QString system = QStringLiteral("/etc/tessera/%1.ini").arg(program);
    return QFileInfo::exists(user) || !QFileInfo(system).isReadable() ? user : system;
}

QString StationSetup::systemLanguage()
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese)
        return system.script() == QLocale::TraditionalChineseScript ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
    if (system.language() == QLocale::Latvian)
        return QStringLiteral("lv");
    if (system.language() == QLocale::Welsh)
        return QStringLiteral("cy");
    return QStringLiteral("en");
}

StationSetup::StationSetup(StationRole role, QString settingsPath, Entered entered, QWidget *parent)
    : QDialog(parent), m_role(role), m_path(std::move(settingsPath)), m_form(new QFormLayout),
      m_key(new QLineEdit(this)), m_servers(new QListWidget(this)), m_address(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_language(new QComboBox(this)), m_message(new QLabel(this)),
      m_save(new QPushButton(tr("Check and save"), this))
{
    setObjectName(QStringLiteral("stationSetup"));
    setWindowTitle(tr("Set up this %1").arg(roleName(role)));
    auto *intro = new QLabel(tr("This PC is not set up yet. Enter the branch key (on the server PC: "
                                "tessera-server key) and what this %1 needs. Tessera checks it all with the "
                                "branch server before saving.")
                                 .arg(roleName(role)),
                             this);
    intro->setWordWrap(true);
    m_key->setObjectName(QStringLiteral("branchKey"));
    m_key->setPlaceholderText(tr("64 hexadecimal digits, spaces allowed"));
    m_key->setMinimumWidth(520);
    m_servers->setObjectName(QStringLiteral("servers"));
    m_servers->setMaximumHeight(90);
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setPlaceholderText(tr("only where the LAN blocks discovery, e.g. 192.168.1.10:47010"));
    m_name->setObjectName(QStringLiteral("stationName"));
    m_name->setText(QStringLiteral("%1 %2").arg(QSysInfo::machineHostName(), roleName(role)));
    m_language->setObjectName(QStringLiteral("language"));
    for (const char *code : {"en", "zh_CN", "zh_TW", "lv", "cy"})
        m_language->addItem(StationLanguage::nativeName(QLatin1String(code)), QLatin1String(code));
    m_message->setObjectName(QStringLiteral("setupMessage"));
    m_message->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("checkAndSave"));
    m_save->setDefault(true);

    // First: choosing it makes the screen again in that language (StationCommandLine).
    m_form->addRow(tr("Language:"), m_language);
    m_form->addRow(tr("Branch key:"), m_key);
    m_form->addRow(tr("Servers found:"), m_servers);
    m_form->addRow(tr("Server address:"), m_address);
    m_form->addRow(tr("Station name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_save, 0, Qt::AlignRight);

    const int chosen = m_language->findData(entered.language.isEmpty() ? systemLanguage() : entered.language);
    m_language->setCurrentIndex(qMax(0, chosen));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { done(kLanguageChanged); });
    connect(m_key, &QLineEdit::textChanged, this, &StationSetup::keyEdited);
    connect(m_save, &QPushButton::clicked, this, &StationSetup::check);
    m_giveUp.setSingleShot(true);
    m_giveUp.setInterval(kCheckTimeoutMs);
    connect(&m_giveUp, &QTimer::timeout, this, [this] {
        fail(m_address->text().trimmed().isEmpty() && m_servers->count() == 0
                 ? tr("No server of this branch answered with this key. Check the key, that the server is "
                      "running, and, where the LAN blocks discovery, type its address.")
                 : tr("The server did not accept this station within %1 s: check the key (the server shows "
                      "it with tessera-server key) and the address. (%2)")
                       .arg(kCheckTimeoutMs / 1000)
                       .arg(m_client ? m_client->statusText() : QString()));
    });
    m_message->setText(tr("Enter the branch key: the servers of the branch then show here by themselves."));
    if (!entered.name.isEmpty())
        m_name->setText(entered.name);
    m_address->setText(entered.address);
    m_key->setText(entered.key);
}

StationSetup::Entered StationSetup::entered() const
{
    // A name the person did not type is the default, made again in the new language.
    return {language(), m_key->text(), m_address->text(), m_name->isModified() ? m_name->text() : QString()};
}

StationSetup::~StationSetup() = default;

void StationSetup::addRow(const QString &label, QWidget *field)
{
    m_form->addRow(label, field);
}

QString StationSetup::language() const
{
    return m_language->currentData().toString();
}

void StationSetup::keyEdited()
{
    m_discovery.reset();
    m_servers->clear();
    m_found.clear();
    const auto key = BranchKey::fromText(m_key->text());
    if (!key)
        return;
    // Announcements are signed with the branch key: only this branch's servers show.
    m_discovery = std::make_unique<DiscoveryListener>(key.value(), QString());
    connect(m_discovery.get(), &DiscoveryListener::found, this, &StationSetup::serverFound);
    if (const auto error = m_discovery->start())
        m_message->setText(tr("Cannot listen for servers on the LAN (%1); type the server's address.").arg(*error));
    else
        m_message->setText(tr("Looking for the branch's servers…"));
}

void StationSetup::serverFound(const Announcement &announcement)
{
    for (const Announcement &known : std::as_const(m_found))
        if (known.serverId == announcement.serverId)
            return;
    m_found.append(announcement);
    m_servers->addItem(tr("%1 (%2) at %3:%4")
                           .arg(announcement.name, announcement.branchId, announcement.host.toString())
                           .arg(announcement.tcpPort));
    if (m_servers->currentRow() < 0)
        m_servers->setCurrentRow(0);
    m_message->setText(tr("Found the branch's server. Fill in the rest and press Check and save."));
}

std::optional<StationSettings> StationSetup::settingsFromFields()
{
    auto key = BranchKey::fromText(m_key->text());
    if (!key) {
        fail(tr("The branch key is not right: %1").arg(key.error()));
        return std::nullopt;
    }
    StationSettings settings;
    settings.role = m_role;
    settings.key = key.value();
    settings.name = m_name->text().trimmed();
    // Unique in the branch and stable: the server keeps each station's place by it.
    // (a random part too: cloned PCs share their host name)
    settings.stationId = QStringLiteral("%1-%2-%3")
                             .arg(wireName(m_role), QSysInfo::machineHostName().toLower())
                             .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
    const QString address = m_address->text().trimmed();
    if (!address.isEmpty()) {
        if (const auto error = StationSettingsFile::setServer(settings, address)) {
            fail(tr("Server address: %1").arg(*error));
            return std::nullopt;
        }
    } else if (const int row = m_servers->currentRow(); row >= 0 && row < m_found.size()) {
        settings.branchId = m_found[row].branchId;
    }
    return settings;
}

void StationSetup::check()
{
    auto settings = settingsFromFields();
    if (!settings)
        return;
    m_save->setEnabled(false);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Connecting to the branch server…"));
    m_client = std::make_unique<BranchClient>(*settings);
    connect(m_client.get(), &BranchClient::statusChanged, this, &StationSetup::onStatus);
    connect(m_client.get(), &BranchClient::rejected, this, [this](const QString &, const QString &text) {
        fail(tr("The server refused this station: %1").arg(text));
    });
    m_client->start();
    m_giveUp.start();
}

void StationSetup::onStatus(BranchClient::Status status)
{
    if (status != BranchClient::Status::Online || !m_client)
        return;
    m_giveUp.stop();
    save();
}

void StationSetup::fail(const QString &message)
{
    m_giveUp.stop();
    if (m_client) {
        m_client->stop();
        m_client.release()->deleteLater(); // not from inside its own signal
    }
    m_message->setStyleSheet(QStringLiteral("color: #8a1c00; font-weight: bold;"));
    m_message->setText(message);
    m_save->setEnabled(true);
}

void StationSetup::save()
{
    const StationSettings &settings = m_client->settings();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(tr("Cannot create the folder for %1.").arg(m_path));
    QFile::remove(m_path);
    // The file holds the branch key: only its owner reads it, from the first byte on.
    const mode_t umask = ::umask(077);
    const auto restoreUmask = qScopeGuard([umask] { ::umask(umask); });
    {
        QSettings file(m_path, QSettings::IniFormat);
        file.beginGroup(QStringLiteral("station"));
        file.setValue(QStringLiteral("role"), wireName(settings.role));
        file.setValue(QStringLiteral("id"), settings.stationId);
        file.setValue(QStringLiteral("name"), settings.name);
        file.setValue(QStringLiteral("branch"), m_client->state().config().branchId);
        file.setValue(QStringLiteral("key"), settings.key.toText());
        if (!settings.host.isEmpty())
            file.setValue(QStringLiteral("server"), QStringLiteral("%1:%2").arg(settings.host).arg(settings.port));
        file.endGroup();
        if (m_complete) {
            if (const auto problem = m_complete(m_client->state(), file)) {
                file.clear();
                file.sync();
                QFile::remove(m_path);
                return fail(*problem);
            }
        }
        file.sync();
        if (file.status() != QSettings::NoError || !QFileInfo::exists(m_path))
            return fail(tr("Cannot write %1: check that this user may write there.").arg(m_path));
    }
    m_client->stop();
    accept();
}

} // namespace tessera
