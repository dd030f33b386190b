#include "sandbox/multipart.h"

namespace odt::sandbox {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Splits "a; b=c; d=\"e;f\"" at semicolons outside quotes.
QList<QByteArray> splitParameters(const QByteArray &value)
{
    QList<QByteArray> result;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (quoted && c == '\\' && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            result.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    result.append(current.trimmed());
    return result;
}

QByteArray unquote(QByteArray value)
{
    value = value.trimmed();
    if (value.size() < 2 || !value.startsWith('"') || !value.endsWith('"'))
        return value;
    QByteArray result;
    for (qsizetype i = 1; i < value.size() - 1; ++i) {
        if (value.at(i) == '\\' && i + 1 < value.size() - 1)
            ++i;
        result += value.at(i);
    }
    return result;
}

// Parameter `key` of a header value such as Content-Type or Content-Disposition.
std::optional<QByteArray> parameter(const QByteArray &headerValue, const QByteArray &key)
{
    const QList<QByteArray> parts = splitParameters(headerValue);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype equals = parts.at(i).indexOf('=');
        if (equals < 0)
            continue;
        if (parts.at(i).left(equals).trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return unquote(parts.at(i).mid(equals + 1));
    }
    return std::nullopt;
}

// The next real delimiter at or after `from`: CRLF "--" boundary, then "--" (the close) or
// optional padding and CRLF. Text that merely starts like one ("--boundaryX") is part data.
qsizetype findDelimiter(const QByteArray &body, const QByteArray &delimiter, qsizetype from)
{
    for (qsizetype at = body.indexOf(delimiter, from); at >= 0;
         at = body.indexOf(delimiter, at + 1)) {
        qsizetype after = at + delimiter.size();
        if (body.mid(after, 2) == "--")
            return at;
        while (after < body.size() && (body.at(after) == ' ' || body.at(after) == '\t'))
            ++after;
        if (body.mid(after, 2) == "\r\n")
            return at;
    }
    return -1;
}

} // namespace

QByteArray multipartBoundary(const QByteArray &contentType)
{
    return parameter(contentType, "boundary").value_or(QByteArray());
}

std::optional<QList<MultipartPart>> parseMultipartFormData(const QByteArray &contentType,
                                                           const QByteArray &body, QString *error)
{
    const QByteArray mediaType = splitParameters(contentType).value(0).toLower();
    if (mediaType != "multipart/form-data") {
        setError(error, QStringLiteral("Content-Type is not multipart/form-data"));
        return std::nullopt;
    }
    const QByteArray boundary = multipartBoundary(contentType);
    // RFC 2046: 1 to 70 characters.
    if (boundary.isEmpty() || boundary.size() > 70) {
        setError(error, QStringLiteral("missing or invalid boundary"));
        return std::nullopt;
    }
    const QByteArray dashBoundary = "--" + boundary;
    const QByteArray delimiter = "\r\n" + dashBoundary;

    // The preamble is ignored; the first boundary may start the body without a leading CRLF.
    qsizetype position;
    if (body.startsWith(dashBoundary)) {
        position = dashBoundary.size();
    } else {
        const qsizetype first = findDelimiter(body, delimiter, 0);
        if (first < 0) {
            setError(error, QStringLiteral("no boundary in the body"));
            return std::nullopt;
        }
        position = first + delimiter.size();
    }

    QList<MultipartPart> parts;
    for (;;) {
        if (body.mid(position, 2) == "--")
            return parts; // close delimiter; the epilogue is ignored
        // Transport padding (spaces/tabs) may follow a boundary before its CRLF.
        while (position < body.size() && (body.at(position) == ' ' || body.at(position) == '\t'))
            ++position;
        if (body.mid(position, 2) != "\r\n") {
            setError(error, QStringLiteral("boundary not followed by CRLF"));
            return std::nullopt;
        }
        position += 2;

        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        const qsizetype next = findDelimiter(body, delimiter, position);
        // A part with no headers at all starts directly with the blank line.
        const bool noHeaders = body.mid(position, 2) == "\r\n";
        if (next < 0) {
            setError(error, QStringLiteral("missing close delimiter"));
            return std::nullopt;
        }
        qsizetype dataStart;
        QList<QByteArray> headerLines;
        if (noHeaders) {
            dataStart = position + 2;
        } else {
            if (headersEnd < 0 || headersEnd > next) {
                setError(error, QStringLiteral("part headers not terminated"));
                return std::nullopt;
            }
            headerLines = body.mid(position, headersEnd - position).split('\n');
            dataStart = headersEnd + 4;
        }

        MultipartPart part;
        bool hasDisposition = false;
        for (QByteArray line : headerLines) {
            if (line.endsWith('\r'))
                line.chop(1);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                if (splitParameters(value).value(0).toLower() != "form-data")
                    continue;
                hasDisposition = true;
                part.name = QString::fromUtf8(parameter(value, "name").value_or(QByteArray()));
                if (const auto filename = parameter(value, "filename"))
                    part.filename = QString::fromUtf8(*filename);
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        if (!hasDisposition || part.name.isEmpty()) {
            setError(error, QStringLiteral("part without a form-data name"));
            return std::nullopt;
        }
        part.data = body.mid(dataStart, next - dataStart);
        parts.append(part);
        position = next + delimiter.size();
    }
}

} // namespace odt::sandbox
