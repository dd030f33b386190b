#include "net/linkheader.h"

#include <QList>
#include <QRegularExpression>

namespace odt::net {

QUrl linkRelation(const QList<QByteArray> &linkHeaders, const QByteArray &relation,
                  const QUrl &base)
{
    static const QRegularExpression entry(
        QStringLiteral("<([^>]*)>\\s*((?:;\\s*[A-Za-z*]+\\s*=\\s*(?:\"[^\"]*\"|[^;,\\s]+)\\s*)*)"));
    static const QRegularExpression relParam(
        QStringLiteral(";\\s*rel\\s*=\\s*(?:\"([^\"]*)\"|([^;,\\s]+))"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &header : linkHeaders) {
        auto it = entry.globalMatch(QString::fromUtf8(header));
        while (it.hasNext()) {
            const auto match = it.next();
            const auto rel = relParam.match(match.captured(2));
            if (!rel.hasMatch())
                continue;
            const QString rels = rel.captured(1).isEmpty() ? rel.captured(2) : rel.captured(1);
            if (!rels.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                     .contains(QString::fromLatin1(relation), Qt::CaseInsensitive))
                continue;
            const QUrl url(match.captured(1));
            return base.isEmpty() ? url : base.resolved(url);
        }
    }
    return {};
}

} // namespace odt::net
