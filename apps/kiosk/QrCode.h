#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace tessera::kiosk {

// A QR code's modules, as libqrencode makes them (error correction M, 8-bit bytes): what the
// paper ticket prints and the ticket screen shows.
class QrCode
{
public:
    explicit QrCode(const QString &text);

    bool isValid() const { return m_width > 0; }
    int width() const { return m_width; } // modules per side, without the quiet zone
    bool dark(int row, int column) const { return m_modules.at(row * m_width + column) != 0; }
    // Black on white, `modulePixels` to a module, with the four-module quiet zone round it
    // that phone cameras need to find the code on a busy screen.
    QImage image(int modulePixels) const;

private:
    int m_width = 0;
    QByteArray m_modules; // one byte per module, row by row: 1 dark, 0 light
};

} // namespace tessera::kiosk
