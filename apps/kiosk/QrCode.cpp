#include "QrCode.h"

#include <QPainter>
#include <qrencode.h>

namespace tessera::kiosk {

QrCode::QrCode(const QString &text)
{
    QRcode *code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return; // too long for any QR version, or out of memory: nothing is drawn
    m_width = code->width;
    m_modules.resize(qsizetype(m_width) * m_width);
    for (qsizetype i = 0; i < m_modules.size(); ++i)
        m_modules[i] = char(code->data[i] & 1); // the other bits say what a module is for
    QRcode_free(code);
}

QImage QrCode::image(int modulePixels) const
{
    constexpr int kQuietModules = 4;
    const int side = (m_width + 2 * kQuietModules) * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int row = 0; row < m_width; ++row)
        for (int column = 0; column < m_width; ++column)
            if (dark(row, column))
                painter.fillRect((column + kQuietModules) * modulePixels, (row + kQuietModules) * modulePixels,
                                 modulePixels, modulePixels, Qt::black);
    return image;
}

} // namespace tessera::kiosk
