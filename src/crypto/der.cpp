#include "crypto/der.h"

#include <algorithm>
#include <limits>

namespace odt::crypto::der {

namespace {

// Base 128, most significant group first, high bit set on all but the last byte.
void appendBase128(QByteArray &out, quint64 value)
{
    char groups[10];
    int count = 0;
    do {
        groups[count++] = char(value & 0x7f);
        value >>= 7;
    } while (value != 0);
    while (count > 1)
        out.append(char(groups[--count] | 0x80));
    out.append(groups[0]);
}

std::optional<quint64> parseArc(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 19)
        return std::nullopt;
    // X.660 arcs have no leading zeros: "01" would name no node.
    if (text.size() > 1 && text.front() == '0')
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    return value;
}

QByteArray formatTime(quint8 tag, const QDateTime &when, const char *format)
{
    QByteArray text = when.toUTC().toString(QLatin1String(format)).toLatin1();
    text.append('Z');
    return tlv(tag, text);
}

} // namespace

QByteArray encodeLength(qsizetype length)
{
    Q_ASSERT(length >= 0);
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray bytes;
    for (quint64 rest = quint64(length); rest != 0; rest >>= 8)
        bytes.prepend(char(rest & 0xff));
    return char(0x80 | bytes.size()) + bytes;
}

QByteArray tlv(quint8 tag, QByteArrayView contents)
{
    QByteArray out;
    out.append(char(tag));
    out.append(encodeLength(contents.size()));
    out.append(contents);
    return out;
}

QByteArray sequence(const QByteArrayList &elements)
{
    return tlv(Sequence, elements.join());
}

QByteArray set(QByteArrayList elements)
{
    // Unsigned byte order, and a shorter encoding that is a prefix sorts first (X.690 §11.6).
    std::sort(elements.begin(), elements.end(), [](const QByteArray &a, const QByteArray &b) {
        return std::lexicographical_compare(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                                            [](char x, char y) { return uchar(x) < uchar(y); });
    });
    return tlv(Set, elements.join());
}

QByteArray integer(QByteArrayView bigEndian)
{
    qsizetype start = 0;
    while (start < bigEndian.size() && bigEndian[start] == 0)
        ++start;
    QByteArray contents = bigEndian.sliced(start).toByteArray();
    if (contents.isEmpty() || (uchar(contents.front()) & 0x80))
        contents.prepend('\0');
    return tlv(Integer, contents);
}

QByteArray integer(quint64 value)
{
    QByteArray bytes;
    for (int shift = 56; shift >= 0; shift -= 8)
        bytes.append(char((value >> shift) & 0xff));
    return integer(QByteArrayView(bytes));
}

QByteArray oid(QByteArrayView dotted)
{
    QList<quint64> arcs;
    for (const QByteArray &part : dotted.toByteArray().split('.')) {
        const std::optional<quint64> arc = parseArc(part);
        if (!arc)
            return {};
        arcs.append(*arc);
    }
    // The first two arcs share one subidentifier (40 * first + second, X.690 §8.19.4).
    if (arcs.size() < 2 || arcs[0] > 2 || (arcs[0] < 2 && arcs[1] > 39)
        || arcs[1] > std::numeric_limits<quint64>::max() - 80)
        return {};
    QByteArray contents;
    appendBase128(contents, arcs[0] * 40 + arcs[1]);
    for (qsizetype i = 2; i < arcs.size(); ++i)
        appendBase128(contents, arcs[i]);
    return tlv(ObjectIdentifier, contents);
}

QByteArray null()
{
    return tlv(Null, {});
}

QByteArray boolean(bool value)
{
    // DER allows only 0xff for TRUE (X.690 §11.1).
    return tlv(Boolean, QByteArray(1, value ? char(0xff) : char(0x00)));
}

QByteArray utf8String(const QString &text)
{
    return tlv(Utf8String, text.toUtf8());
}

QByteArray printableString(QByteArrayView text)
{
    return tlv(PrintableString, text);
}

QByteArray ia5String(QByteArrayView text)
{
    return tlv(Ia5String, text);
}

QByteArray octetString(QByteArrayView bytes)
{
    return tlv(OctetString, bytes);
}

QByteArray bitString(QByteArrayView bytes, int unusedBits)
{
    Q_ASSERT(unusedBits >= 0 && unusedBits <= 7);
    Q_ASSERT(!bytes.isEmpty() || unusedBits == 0);
    QByteArray contents;
    contents.append(char(unusedBits));
    contents.append(bytes);
    return tlv(BitString, contents);
}

QByteArray namedBits(std::initializer_list<int> bits)
{
    int highest = -1;
    for (const int bit : bits) {
        Q_ASSERT(bit >= 0);
        highest = std::max(highest, bit);
    }
    if (highest < 0)
        return bitString({});
    QByteArray bytes(highest / 8 + 1, '\0');
    for (const int bit : bits)
        bytes[bit / 8] = char(bytes[bit / 8] | (0x80 >> (bit % 8)));
    return bitString(bytes, 7 - highest % 8);
}

QByteArray utcTime(const QDateTime &when)
{
    return formatTime(UtcTime, when, "yyMMddHHmmss");
}

QByteArray generalizedTime(const QDateTime &when)
{
    return formatTime(GeneralizedTime, when, "yyyyMMddHHmmss");
}

QByteArray time(const QDateTime &when)
{
    return when.toUTC().date().year() < 2050 ? utcTime(when) : generalizedTime(when);
}

QByteArray explicitTag(int number, QByteArrayView element)
{
    Q_ASSERT(number >= 0 && number < 31);
    return tlv(quint8(0xa0 | number), element);
}

QByteArray implicitTag(int number, QByteArrayView element)
{
    Q_ASSERT(number >= 0 && number < 31);
    const std::optional<Element> inner = read(element);
    Q_ASSERT(inner && inner->encodedSize == element.size());
    if (!inner)
        return {};
    const quint8 constructed = inner->tag & 0x20;
    return tlv(quint8(0x80 | constructed | number), inner->contents);
}

std::optional<Element> read(QByteArrayView data)
{
    if (data.size() < 2)
        return std::nullopt;
    Element element;
    element.tag = quint8(data[0]);
    if ((element.tag & 0x1f) == 0x1f) // high tag numbers never occur in what we read
        return std::nullopt;
    qsizetype offset = 2;
    quint64 length = uchar(data[1]);
    if (length & 0x80) {
        const int count = int(length & 0x7f);
        // 0x80 is BER's indefinite length; DER always states it, in the fewest bytes.
        if (count == 0 || count > 4 || data.size() < offset + count)
            return std::nullopt;
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | uchar(data[offset++]);
        if (length < 0x80 || uchar(data[2]) == 0)
            return std::nullopt;
    }
    if (length > quint64(data.size() - offset))
        return std::nullopt;
    element.contents = data.sliced(offset, qsizetype(length)).toByteArray();
    element.encodedSize = offset + qsizetype(length);
    return element;
}

std::optional<QList<Element>> readAll(QByteArrayView contents)
{
    QList<Element> elements;
    while (!contents.isEmpty()) {
        std::optional<Element> element = read(contents);
        if (!element)
            return std::nullopt;
        contents = contents.sliced(element->encodedSize);
        elements.append(std::move(*element));
    }
    return elements;
}

} // namespace odt::crypto::der
