#pragma once

#include <QList>
#include <algorithm>

namespace tessera::bench {

// The value below which a share `p` of `values` lies; -1 when there are none.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()))];
}

} // namespace tessera::bench
