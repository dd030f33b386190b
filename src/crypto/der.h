#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <initializer_list>
#include <optional>

// Just enough DER (ITU-T X.690) to write an X.509 TBSCertificate; see TlsAuthority for why QCA
// cannot do it. Every function returns one complete encoding (tag, length, contents), so
// structures are built by nesting calls. Only low tag numbers (< 31) are supported.
namespace odt::crypto::der {

enum Tag : quint8 {
    Boolean = 0x01,
    Integer = 0x02,
    BitString = 0x03,
    OctetString = 0x04,
    Null = 0x05,
    ObjectIdentifier = 0x06,
    Utf8String = 0x0c,
    PrintableString = 0x13,
    Ia5String = 0x16,
    UtcTime = 0x17,
    GeneralizedTime = 0x18,
    Sequence = 0x30,
    Set = 0x31,
};

// The length octets alone: short form below 128, else long form with the fewest bytes.
QByteArray encodeLength(qsizetype length);
QByteArray tlv(quint8 tag, QByteArrayView contents);

QByteArray sequence(const QByteArrayList &elements);
// SET OF: DER wants the elements sorted by their encodings, which this does.
QByteArray set(QByteArrayList elements);

// `bigEndian` is an unsigned magnitude; redundant leading zeros are dropped and a 0x00 is put in
// front when the high bit is set, so the value never reads as negative.
QByteArray integer(QByteArrayView bigEndian);
QByteArray integer(quint64 value);

// Dotted decimal ("1.2.840.113549.1.1.11"); an empty QByteArray when it is not a valid OID.
QByteArray oid(QByteArrayView dotted);
QByteArray null();
QByteArray boolean(bool value);
QByteArray utf8String(const QString &text);
// Both types only allow a subset of ASCII; the caller is trusted to pass that.
QByteArray printableString(QByteArrayView text);
QByteArray ia5String(QByteArrayView text);
QByteArray octetString(QByteArrayView bytes);
// `unusedBits` (0..7) is how many low bits of the last byte carry no data.
QByteArray bitString(QByteArrayView bytes, int unusedBits = 0);
// A named bit list (keyUsage): bit 0 is the high bit of the first byte. DER drops trailing zero
// bits, so the encoding depends on the highest bit that is set.
QByteArray namedBits(std::initializer_list<int> bits);

// Seconds precision, always in UTC. `time` picks what RFC 5280 §4.1.2.5 asks for: UTCTime
// through 2049, GeneralizedTime from 2050.
QByteArray utcTime(const QDateTime &when);
QByteArray generalizedTime(const QDateTime &when);
QByteArray time(const QDateTime &when);

// [number] EXPLICIT wraps a whole encoding; [number] IMPLICIT replaces the tag of `element` and
// keeps its contents (constructed when the original was).
QByteArray explicitTag(int number, QByteArrayView element);
QByteArray implicitTag(int number, QByteArrayView element);

// Reading, for taking apart what QCA hands us (a SubjectPublicKeyInfo).
struct Element
{
    quint8 tag = 0;
    QByteArray contents;
    qsizetype encodedSize = 0; // tag + length + contents, to step to the next element
};
// The first element in `data`, or std::nullopt when it is truncated or not DER.
std::optional<Element> read(QByteArrayView data);
// All elements directly inside a constructed element's contents.
std::optional<QList<Element>> readAll(QByteArrayView contents);

} // namespace odt::crypto::der
