#pragma once

#include "Channel.h"

#include <QPointer>
#include <QSslSocket>

namespace tessera {

// A station's side of a connection: Qt's QSslSocket, already encrypted, as a Channel.
class QSslSocketChannel : public Channel
{
    Q_OBJECT

public:
    // Takes ownership of `socket`.
    explicit QSslSocketChannel(QSslSocket *socket, QObject *parent = nullptr);

    qint64 write(const char *data, qint64 size) override;
    QByteArray readAll() override;
    qint64 unsentBytes() const override;
    void closeAfterWriting() override;
    void abort() override;
    QString peerName() const override { return m_peerName; }

private:
    void finish(const QString &reason);

    QPointer<QSslSocket> m_socket;
    QString m_peerName;
    bool m_open = true;
};

} // namespace tessera
