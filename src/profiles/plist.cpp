#include "profiles/plist.h"

#include <QXmlStreamReader>

namespace odt::profiles {

namespace {

class PlistReader
{
public:
    explicit PlistReader(const QByteArray &xml)
        : m_xml(xml)
    { }

    std::optional<QVariant> read(QString *error)
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement()) {
                if (m_xml.name() != u"plist") {
                    fail(QStringLiteral("the root element is <%1>, not <plist>")
                             .arg(m_xml.name().toString()));
                    break;
                }
                if (!nextElement()) {
                    fail(QStringLiteral("the plist is empty"));
                    break;
                }
                QVariant value = readValue();
                if (m_failed)
                    break;
                if (error)
                    error->clear();
                return value;
            }
        }
        if (!m_failed && m_xml.hasError())
            fail(m_xml.errorString());
        else if (!m_failed)
            fail(QStringLiteral("no <plist> element"));
        if (error)
            *error = m_error;
        return std::nullopt;
    }

private:
    // Moves to the next start element at this level; false at the enclosing end element.
    bool nextElement()
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement())
                return true;
            if (m_xml.isEndElement())
                return false;
            if (m_xml.isCharacters() && !m_xml.isWhitespace()) {
                fail(QStringLiteral("unexpected text at line %1").arg(m_xml.lineNumber()));
                return false;
            }
        }
        if (m_xml.hasError())
            fail(m_xml.errorString());
        return false;
    }

    // Reads the element the reader stands on, leaving it on the element's end.
    QVariant readValue()
    {
        const QStringView name = m_xml.name();
        if (name == u"dict")
            return readDict();
        if (name == u"array")
            return readArray();
        if (name == u"true" || name == u"false") {
            const bool value = name == u"true";
            m_xml.skipCurrentElement();
            return value;
        }
        if (name == u"string" || name == u"date" || name == u"key")
            return text();
        if (name == u"integer") {
            bool ok = false;
            const qlonglong value = text().trimmed().toLongLong(&ok);
            if (!ok)
                fail(QStringLiteral("an <integer> that is not a number at line %1")
                         .arg(m_xml.lineNumber()));
            return value;
        }
        if (name == u"real") {
            bool ok = false;
            const double value = text().trimmed().toDouble(&ok);
            if (!ok)
                fail(QStringLiteral("a <real> that is not a number at line %1")
                         .arg(m_xml.lineNumber()));
            return value;
        }
        if (name == u"data")
            return QByteArray::fromBase64(text().toLatin1());
        fail(QStringLiteral("unknown element <%1> at line %2")
                 .arg(name.toString())
                 .arg(m_xml.lineNumber()));
        return {};
    }

    QString text()
    {
        const QString value = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (m_xml.hasError())
            fail(m_xml.errorString());
        return value;
    }

    QVariant readDict()
    {
        QVariantMap map;
        while (!m_failed && nextElement()) {
            if (m_xml.name() != u"key") {
                fail(QStringLiteral("a <dict> entry without <key> at line %1")
                         .arg(m_xml.lineNumber()));
                break;
            }
            const QString key = text();
            if (m_failed || !nextElement()) {
                fail(QStringLiteral("the key \"%1\" has no value").arg(key));
                break;
            }
            map.insert(key, readValue());
        }
        return map;
    }

    QVariant readArray()
    {
        QVariantList list;
        while (!m_failed && nextElement())
            list.append(readValue());
        return list;
    }

    void fail(const QString &why)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error = why;
    }

    QXmlStreamReader m_xml;
    bool m_failed = false;
    QString m_error;
};

} // namespace

std::optional<QVariant> parsePlist(const QByteArray &bytes, QString *error)
{
    QByteArray xml = bytes;
    const qsizetype start = bytes.indexOf("<?xml");
    if (start > 0) {
        // A signed profile: DER (CMS) around the XML, which stays readable inside it.
        const qsizetype end = bytes.indexOf("</plist>", start);
        if (end < 0) {
            if (error)
                *error = QStringLiteral("a signed profile whose XML has no </plist>");
            return std::nullopt;
        }
        xml = bytes.mid(start, end + qsizetype(qstrlen("</plist>")) - start);
    }
    return PlistReader(xml).read(error);
}

} // namespace odt::profiles
