#include "io/textdecoding.h"

#include <QList>

#include <algorithm>

namespace majlis {

DecodedText decodeText(const QByteArray &data)
{
    const EncodingGuess guess = detectEncoding(data);
    return {decodeTextLeniently(data, guess.encoding), TextEncodings::name(guess.encoding), guess.encoding,
        guess.confidence};
}

QChar detectDelimiter(const QString &text)
{
    // Fields per line for each candidate, over the first lines, counting outside quotes only.
    const QChar candidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    int bestScore = -1;
    for (const QChar delimiter : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size() && counts.size() < 20; ++i) {
            const QChar c = text.at(i);
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && c == delimiter)
                ++count;
            else if (!quoted && c == u'\n') {
                counts.append(count);
                count = 0;
            }
        }
        if (count > 0)
            counts.append(count);
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        // Lines that agree with the header, weighted by how many fields the header has.
        const int agreeing = int(std::count(counts.cbegin(), counts.cend(), counts.first()));
        const int score = agreeing * 100 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = delimiter;
        }
    }
    return best;
}

} // namespace majlis
