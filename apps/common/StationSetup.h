#pragma once

#include "net/BranchClient.h"
#include "net/Discovery.h"

#include <QDialog>
#include <QSettings>
#include <QTimer>
#include <functional>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tessera {

// The first run of a station, when it has no settings file yet: a short screen asks for the
// branch key and what this kind of station needs (the program adds those rows), offers the
// servers of the branch it finds on the LAN with that key, connects to check everything
// against the branch (a wrong key, an unknown counter are said plainly), and only then
// writes the settings file (readable by its owner only: it holds the key).
class StationSetup : public QDialog
{
    Q_OBJECT

public:
    // Checks the program's own rows against the connected branch and writes them into the
    // file; an error sentence for the person setting up when something does not fit.
    using Complete = std::function<std::optional<QString>(const QueueState &state, QSettings &file)>;

    // What was typed, carried over when the screen is made again in another language.
    struct Entered
    {
        QString language; // the screen's, and the station's (teller, display)
        QString key;
        QString address;
        QString name;
    };
    // exec() returns this when the person picked another language: make the screen again.
    static constexpr int kLanguageChanged = 2;

    StationSetup(StationRole role, QString settingsPath, Entered entered = {}, QWidget *parent = nullptr);
    ~StationSetup() override;
    Entered entered() const;
    // The PC's language when Tessera speaks it, else English.
    static QString systemLanguage();

    void addRow(const QString &label, QWidget *field);
    void setComplete(Complete complete) { m_complete = std::move(complete); }
    // The language chosen for the station (written as the program's own "language" key).
    QString language() const;

    // Where a program looks for its settings when --config is not given: the user's
    // ~/.config/tessera/<program>.ini, else the PC's /etc/tessera/<program>.ini; the
    // first is where setup writes.
    static QString defaultPath(const QString &program);
    static QString writablePath(const QString &program);

private:
    void keyEdited();
    void serverFound(const Announcement &announcement);
    void check();
    void onStatus(BranchClient::Status status);
    void fail(const QString &message);
    void save();
    std::optional<StationSettings> settingsFromFields();

    StationRole m_role;
    QString m_path;
    Complete m_complete;
    QFormLayout *m_form;
    QLineEdit *m_key;
    QListWidget *m_servers;
    QLineEdit *m_address;
    QLineEdit *m_name;
    QComboBox *m_language;
    QLabel *m_message;
    QPushButton *m_save;
    std::unique_ptr<DiscoveryListener> m_discovery;
    std::unique_ptr<BranchClient> m_client;
    QTimer m_giveUp;
    QList<Announcement> m_found;
};

} // namespace tessera
