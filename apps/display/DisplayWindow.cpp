#include "DisplayWindow.h"

#include "NewTicketWait.h"
#include "TickerLine.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QLabel>

namespace tessera::display {

namespace {

QLabel *label(QWidget *parent, const QString &name, Qt::Alignment alignment = Qt::AlignCenter)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(alignment);
    return label;
}

const QString kMainStyle = QStringLiteral("#mainCall { background: %1; border-radius: 24px; }");

} // namespace

DisplayWindow::DisplayWindow(BranchClient &client, const Clock &clock, CallBoard &board,
                             const DisplaySettings &settings, QWidget *parent)
    : QWidget(parent), m_client(client), m_clock(clock), m_board(board), m_settings(settings),
      m_body(new QBoxLayout(QBoxLayout::LeftToRight)), m_branch(label(this, QStringLiteral("branch"), Qt::AlignLeft)),
      m_clockLabel(label(this, QStringLiteral("clock"), Qt::AlignRight)), m_main(new QFrame(this)),
      m_caption(label(m_main, QStringLiteral("caption"))), m_number(label(m_main, QStringLiteral("mainNumber"))),
      m_counter(label(m_main, QStringLiteral("mainCounter"))), m_offline(label(m_main, QStringLiteral("offline"))),
      m_recentTitle(label(this, QStringLiteral("recentTitle"), Qt::AlignLeft)),
      m_waiting(label(this, QStringLiteral("waiting"), Qt::AlignLeft)), m_ticker(new TickerLine(this)),
      m_admin(label(this, QStringLiteral("adminNotice"), Qt::AlignRight))
{
    setObjectName(QStringLiteral("display"));
    setWindowTitle(tr("Tessera display"));
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#display { background: #0b1a36; } QLabel { color: white; }"
                                 "#caption, #recentTitle { color: #9fb6e0; }"
                                 "#offline { color: #ffd54f; }"
                                 "#adminNotice { color: #ffab91; background: rgba(0,0,0,120); }"
                                 "#recentList QLabel { border-bottom: 1px solid #1f3563; }"));
    m_main->setObjectName(QStringLiteral("mainCall"));
    m_main->setStyleSheet(kMainStyle.arg(QStringLiteral("#12306b")));
    auto *mainLayout = new QVBoxLayout(m_main);
    mainLayout->addStretch();
    for (QLabel *part : {m_caption, m_number, m_counter, m_offline})
        mainLayout->addWidget(part);
    mainLayout->addStretch();
    m_offline->setWordWrap(true);
    m_offline->hide();

    auto *recent = new QWidget(this);
    recent->setObjectName(QStringLiteral("recentList"));
    auto *recentLayout = new QGridLayout(recent);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->addWidget(m_recentTitle, 0, 0, 1, 2);
    for (int row = 0; row < m_settings.recentCalls; ++row) {
        m_recentNumbers.append(label(recent, QStringLiteral("recentNumber%1").arg(row), Qt::AlignLeft));
        m_recentCounters.append(label(recent, QStringLiteral("recentCounter%1").arg(row), Qt::AlignRight));
        recentLayout->addWidget(m_recentNumbers.last(), row + 1, 0);
        recentLayout->addWidget(m_recentCounters.last(), row + 1, 1);
    }
    recentLayout->setRowStretch(m_settings.recentCalls + 1, 1);

    auto *header = new QHBoxLayout;
    header->addWidget(m_branch, 1);
    header->addWidget(m_clockLabel);
    m_body->addWidget(m_main, 3);
    m_body->addWidget(recent, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_waiting);
    layout->addWidget(m_ticker);
    m_admin->setParent(this); // floats over the corner, outside the layout
    m_admin->hide();
    m_ticker->setText(m_settings.ticker);
    // Text never widens the window: a long line is cut or wrapped, the screen stays its size.
    m_waiting->setWordWrap(true); // a portrait screen takes the services on two lines
    for (QLabel *text : findChildren<QLabel *>()) {
        if (!text->wordWrap() && text != m_clockLabel)
            text->setSizePolicy(QSizePolicy::Ignored, text->sizePolicy().verticalPolicy());
    }
    // The screen is the size it is: the layout fits into it rather than asking for more.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_waiting->setVisible(m_settings.showWaiting);

    connect(&m_board, &CallBoard::changed, this, &DisplayWindow::refresh);
    connect(&m_board, &CallBoard::mainCallStarted, this, &DisplayWindow::highlight);
    connect(&m_client, &BranchClient::statusChanged, this, &DisplayWindow::refresh);
    connect(&m_client, &BranchClient::eventApplied, this, &DisplayWindow::refreshWaiting);
    connect(&m_tick, &QTimer::timeout, this, &DisplayWindow::refreshClock);
    m_tick.start(1000);
    connect(&m_blink, &QTimer::timeout, this, [this] {
        --m_blinks;
        const bool bright = m_blinks > 0 && m_blinks % 2 == 1;
        m_main->setStyleSheet(kMainStyle.arg(bright ? QStringLiteral("#f2a900") : QStringLiteral("#12306b")));
        if (m_blinks <= 0)
            m_blink.stop();
    });
    refresh();
}

QString DisplayWindow::counterName(CounterNumber counter) const
{
    const CounterConfig *config = m_client.state().config().counter(counter);
    // The branch's own names ("Office 5") stand; the default is said in the screen's language.
    if (!config || config->label.isEmpty() || config->label == QStringLiteral("Counter %1").arg(counter))
        return tr("Counter %1").arg(counter);
    return config->label;
}

void DisplayWindow::refresh()
{
    const bool online = m_client.status() == BranchClient::Status::Online;
    const BranchConfig &config = m_client.state().config();
    m_branch->setText(config.branchName.text(m_settings.language, config.defaultLanguage));
    const Call *current = m_board.current();
    // Offline: no call is presented as current; the list stays, marked as possibly old.
    if (!online) {
        m_blink.stop();
        m_blinks = 0;
    }
    if (m_blinks == 0)
        m_main->setStyleSheet(kMainStyle.arg(online ? QStringLiteral("#12306b") : QStringLiteral("#2b2f3a")));
    m_offline->setVisible(!online);
    m_offline->setText(tr("Not connected. Calls will appear here again as soon as the connection is back."));
    m_caption->setVisible(online);
    m_number->setVisible(online);
    m_counter->setVisible(online);
    m_caption->setText(current ? (current->recall ? tr("Called again") : tr("Now calling")) : tr("Welcome"));
    m_number->setText(current ? current->label : QString());
    m_counter->setText(current ? QStringLiteral("→ ") + counterName(current->counter) : QString());
    m_recentTitle->setText(online ? tr("Recent calls") : tr("Recent calls (may be out of date)"));
    const std::deque<Call> &recent = m_board.recent();
    for (int row = 0; row < m_recentNumbers.size(); ++row) {
        const bool filled = row < int(recent.size());
        m_recentNumbers[row]->setText(filled ? recent[row].label : QString());
        m_recentCounters[row]->setText(filled ? counterName(recent[row].counter) : QString());
    }
    refreshClock();
    refreshWaiting();
}

void DisplayWindow::refreshClock()
{
    const QDateTime now = m_client.state().config().toLocal(m_clock.nowMs());
    m_clockLabel->setText(QLocale(m_settings.language).toString(now.date(), QLocale::ShortFormat) +
                          QStringLiteral("  ") + now.toString(QStringLiteral("HH:mm")));
}

void DisplayWindow::refreshWaiting()
{
    if (!m_settings.showWaiting)
        return;
    const QueueState &state = m_client.state();
    QStringList parts;
    for (const ServiceConfig &service : state.config().services) {
        if (!m_settings.services.isEmpty() && !m_settings.services.contains(service.id))
            continue;
        const ServiceState *line = state.service(service.id);
        const QString name = service.names.text(m_settings.language, state.config().defaultLanguage);
        const qsizetype waiting = line ? line->waiting.size() : 0;
        // What a ticket taken now would say, so a customer at the door knows before taking one.
        const QString told = NewTicketWait::text(state, service.id, m_clock.nowMs());
        // No-break spaces: a line wraps between services, never inside one.
        parts << (told.isEmpty() ? tr("%1: %2 waiting").arg(name).arg(waiting)
                                 : tr("%1: %2 waiting, new tickets %3").arg(name).arg(waiting).arg(told))
                     .replace(QLatin1Char(' '), QChar(0xa0));
    }
    m_waiting->setText(parts.join(QStringLiteral("   ·   ")));
}

void DisplayWindow::highlight()
{
    m_blinks = m_settings.highlightSeconds * 2;
    m_main->setStyleSheet(kMainStyle.arg(QStringLiteral("#f2a900")));
    if (m_blinks > 0)
        m_blink.start(500);
}

void DisplayWindow::setAdminNotice(const QString &text)
{
    m_admin->setText(text);
    m_admin->setVisible(!text.isEmpty());
    m_admin->adjustSize();
    m_admin->move(width() - m_admin->width() - 8, height() - m_admin->height() - 8);
    m_admin->raise();
}

void DisplayWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applySizes();
}

// Everything scales with the screen: a 4K screen gets the 1080p layout, twice as large.
void DisplayWindow::applySizes()
{
    const bool portrait = height() > width();
    m_body->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    const double unit =
        portrait ? qMin(width() / 1080.0, height() / 1920.0) : qMin(width() / 1920.0, height() / 1080.0);
    const auto size = [&](QWidget *widget, double pixels, bool bold = false) {
        QFont font = widget->font();
        font.setPixelSize(qMax(8, int(pixels * unit)));
        font.setBold(bold);
        widget->setFont(font);
    };
    size(m_branch, 44, true);
    size(m_clockLabel, 44, true);
    size(m_caption, 56);
    size(m_number, portrait ? 260 : 300, true);
    size(m_counter, 110, true);
    size(m_offline, 64, true);
    size(m_recentTitle, 44);
    for (QLabel *number : std::as_const(m_recentNumbers))
        size(number, 72, true);
    for (QLabel *counter : std::as_const(m_recentCounters))
        size(counter, 60);
    size(m_waiting, 38);
    size(m_admin, 28);
    m_ticker->setFixedHeight(qMax(16, int(64 * unit)));
    layout()->setContentsMargins(int(32 * unit), int(24 * unit), int(32 * unit), int(16 * unit));
    layout()->setSpacing(int(20 * unit));
    m_body->setSpacing(int(40 * unit));
    setAdminNotice(m_admin->text());
}

} // namespace tessera::display
