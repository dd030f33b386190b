#include "wizard/reviewpage.h"

#include "controller/reviewcontroller.h"
#include "ui_reviewpage.h"
#include "wizard/statusicon.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace odt::wizard {

namespace {

CheckStatus iconStatus(ReviewItem::Kind kind)
{
    switch (kind) {
    case ReviewItem::Kind::Blocker:
        return CheckStatus::Fail;
    case ReviewItem::Kind::CouldNotCheck:
        return CheckStatus::Error;
    case ReviewItem::Kind::Warning:
        break;
    }
    return CheckStatus::Warn;
}

// The same hues as the HTML report; the kind is always spelled out too, so color is a hint only.
QString accentColor(ReviewItem::Kind kind)
{
    switch (kind) {
    case ReviewItem::Kind::Blocker:
        return QStringLiteral("#b3261e");
    case ReviewItem::Kind::CouldNotCheck:
        return QStringLiteral("#6b2fa0");
    case ReviewItem::Kind::Warning:
        break;
    }
    return QStringLiteral("#b07400");
}

QLabel *wrappedLabel(const QString &text, Qt::TextFormat format, QWidget *parent)
{
    auto *label = new QLabel(parent);
    // Before setWordWrap(): setSizePolicy() would drop the height-for-width flag word wrapping
    // sets, and the cards would then be laid out at their (much taller) narrow-width height.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setTextFormat(format);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool isWebLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"https" || scheme == u"http") && !url.host().isEmpty();
}

} // namespace

ReviewPage::ReviewPage(ReviewController *controller, QWidget *parent)
    : QWizardPage(parent)
    , ui(std::make_unique<Ui::ReviewPage>())
    , m_controller(controller)
    , m_exportDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    ui->setupUi(this);
    ui->blockerBannerIcon->setPixmap(statusIcon(CheckStatus::Fail).pixmap(20, 20));
    QFont summaryFont = ui->summaryLabel->font();
    summaryFont.setBold(true);
    ui->summaryLabel->setFont(summaryFont);
    ui->exportStatusIcon->setVisible(false);
    ui->exportStatusLabel->setVisible(false);

    m_chooser = [this](const QString &caption, const QString &suggestedPath, const QString &filter,
                       const std::function<void(const QString &)> &chosen) {
        auto *dialog = new QFileDialog(this, caption, suggestedPath, filter);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QFileInfo(suggestedPath).suffix());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, chosen);
        dialog->open();
    };

    connect(ui->exportJsonButton, &QPushButton::clicked, this, [this] { exportReport(false); });
    connect(ui->exportHtmlButton, &QPushButton::clicked, this, [this] { exportReport(true); });
    connect(m_controller, &ReviewController::itemsChanged, this, &ReviewPage::rebuildCards);
    connect(m_controller, &ReviewController::acknowledgementChanged, this,
            [this](int index, bool acknowledged) {
                if (index >= 0 && index < m_cards.size()) {
                    if (auto *box = m_cards.at(index)->findChild<QCheckBox *>(
                            QStringLiteral("acknowledgeCheck"))) {
                        const QSignalBlocker blocker(box);
                        box->setChecked(acknowledged);
                    }
                }
                renderSummary();
            });
    connect(m_controller, &ReviewController::stateChanged, this, &ReviewPage::completeChanged);
    rebuildCards();
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

void ReviewPage::initializePage()
{
    // Entered again after Back and a re-check: the report may have changed.
    m_controller->refresh();
    setFinalPage(m_controller->isCheckOnly());
}

bool ReviewPage::isComplete() const
{
    return m_controller->canContinue();
}

int ReviewPage::nextId() const
{
    return m_controller->isCheckOnly() ? -1 : QWizardPage::nextId();
}

void ReviewPage::rebuildCards()
{
    for (QWidget *card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    const QList<ReviewItem> &items = m_controller->items();
    for (int i = 0; i < items.size(); ++i) {
        QWidget *card = createCard(i, items.at(i));
        // Before the stretch at the end, after the all-clear label.
        ui->itemLayout->insertWidget(ui->itemLayout->count() - 1, card);
        m_cards.append(card);
    }
    ui->allClearLabel->setVisible(items.isEmpty());
    renderSummary();
}

QWidget *ReviewPage::createCard(int index, const ReviewItem &item)
{
    auto *card = new QFrame(ui->itemList);
    card->setObjectName(QStringLiteral("reviewCard"));
    card->setProperty("itemKey", item.key);
    card->setProperty("itemIndex", index);
    // Scoped to this frame by name: labels are QFrames too and must keep their own look.
    card->setStyleSheet(QStringLiteral("QFrame#reviewCard { border: 1px solid palette(mid); "
                                       "border-left: 5px solid %1; border-radius: 4px; }")
                            .arg(accentColor(item.kind)));

    auto *row = new QHBoxLayout(card);
    row->setContentsMargins(10, 8, 10, 8);
    row->setSpacing(10);
    auto *icon = new QLabel(card);
    icon->setObjectName(QStringLiteral("statusIcon"));
    icon->setPixmap(statusIcon(iconStatus(item.kind)).pixmap(24, 24));
    icon->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    icon->setFixedWidth(24);
    row->addWidget(icon, 0, Qt::AlignTop);

    auto *column = new QVBoxLayout;
    column->setSpacing(4);
    row->addLayout(column, 1);

    QString kind;
    switch (item.kind) {
    case ReviewItem::Kind::Blocker:
        kind = tr("Blocker");
        break;
    case ReviewItem::Kind::CouldNotCheck:
        kind = tr("Could not check");
        break;
    case ReviewItem::Kind::Warning:
        kind = item.notVerified ? tr("Warning, not verified") : tr("Warning");
        break;
    }
    auto *kindLabel = wrappedLabel(QStringLiteral("%1 · %2").arg(kind.toUpper(), item.checkId),
                                   Qt::PlainText, card);
    kindLabel->setObjectName(QStringLiteral("kindLabel"));
    QFont small = kindLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QFont smallBold = small;
    smallBold.setBold(true);
    kindLabel->setFont(smallBold);
    column->addWidget(kindLabel);

    auto *title = wrappedLabel(item.title, Qt::PlainText, card);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    column->addWidget(title);

    if (!item.subject.isEmpty()) {
        const QString subject = item.platforms.isEmpty()
            ? tr("Applies to: %1").arg(item.subject)
            : tr("Applies to: %1 (%2)")
                  .arg(item.subject, item.platforms.join(QStringLiteral(", ")));
        auto *subjectLabel = wrappedLabel(subject, Qt::PlainText, card);
        subjectLabel->setObjectName(QStringLiteral("subjectLabel"));
        column->addWidget(subjectLabel);
    }
    if (!item.detail.isEmpty()) {
        auto *why = wrappedLabel(item.detail, Qt::PlainText, card);
        why->setObjectName(QStringLiteral("whyLabel"));
        column->addWidget(why);
    }
    if (!item.remediation.isEmpty()) {
        auto *fix = wrappedLabel(
            QStringLiteral("<b>%1</b> %2")
                .arg(tr("How to fix:").toHtmlEscaped(), item.remediation.toHtmlEscaped()),
            Qt::RichText, card);
        fix->setObjectName(QStringLiteral("fixLabel"));
        column->addWidget(fix);
    }
    if (!item.evidence.isEmpty()) {
        auto *evidence = wrappedLabel(
            tr("What the service said: %1").arg(item.evidence.join(QStringLiteral("; "))),
            Qt::PlainText, card);
        evidence->setObjectName(QStringLiteral("evidenceLabel"));
        evidence->setFont(small);
        evidence->setForegroundRole(QPalette::PlaceholderText);
        column->addWidget(evidence);
    }
    const QUrl url(item.link);
    if (isWebLink(url)) {
        auto *link = wrappedLabel(QStringLiteral("<a href=\"%1\">%2</a> (%3)")
                                      .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                           tr("Open in console").toHtmlEscaped(),
                                           url.host().toHtmlEscaped()),
                                  Qt::RichText, card);
        link->setObjectName(QStringLiteral("consoleLink"));
        link->setTextInteractionFlags(Qt::TextBrowserInteraction);
        link->setOpenExternalLinks(true);
        link->setToolTip(url.toString());
        column->addWidget(link);
    }
    if (item.kind == ReviewItem::Kind::Warning && !m_controller->isCheckOnly()) {
        auto *box = new QCheckBox(tr("I understand and accept this"), card);
        box->setObjectName(QStringLiteral("acknowledgeCheck"));
        box->setProperty("itemKey", item.key);
        box->setAccessibleDescription(item.title);
        box->setChecked(item.acknowledged);
        connect(box, &QCheckBox::toggled, this,
                [this, index](bool checked) { m_controller->acknowledge(index, checked); });
        column->addWidget(box);
    }
    card->setAccessibleName(kind + QStringLiteral(": ") + item.title);
    return card;
}

void ReviewPage::renderSummary()
{
    const bool checkOnly = m_controller->isCheckOnly();
    const int blockers = m_controller->blockerCount();
    const int unknown = m_controller->couldNotCheckCount();
    const int warnings = m_controller->warningCount();

    ui->checkOnlyNote->setVisible(checkOnly);
    if (m_controller->items().isEmpty()) {
        ui->summaryLabel->setText(checkOnly ? tr("Ready: nothing is missing.")
                                            : tr("Ready: nothing is missing. You can go on."));
    } else {
        QStringList parts { tr("%n blocker(s)", nullptr, blockers) };
        if (unknown > 0)
            parts << tr("%n could not be checked", nullptr, unknown);
        parts << tr("%n warning(s)", nullptr, warnings);
        if (!checkOnly && warnings > 0)
            parts
                << tr("%1 of %2 acknowledged").arg(m_controller->acknowledgedCount()).arg(warnings);
        QString summary = parts.join(QStringLiteral(", ")) + u'.';
        if (!checkOnly && blockers + unknown == 0)
            summary += u' '
                + (m_controller->canProceed() ? tr("You can go on.")
                                              : tr("Tick each warning to go on."));
        ui->summaryLabel->setText(summary);
    }

    const int blocking = blockers + unknown;
    ui->blockerBanner->setVisible(blocking > 0);
    if (blocking > 0) {
        ui->blockerBannerLabel->setText(
            checkOnly ? tr("<b>%n item(s) would stop the setup.</b> Fix them in the console, then "
                           "run the readiness check again.",
                           nullptr, blocking)
                      : tr("<b>Fix these, then re-check.</b> %n item(s) stop the setup: fix them "
                           "in the console, then go Back and run the checks again.",
                           nullptr, blocking));
    }
}

void ReviewPage::exportReport(bool html)
{
    const QString extension = html ? QStringLiteral("html") : QStringLiteral("json");
    const QString caption
        = html ? tr("Export the report as HTML") : tr("Export the report as JSON");
    const QString filter = html ? tr("Web pages (*.html)") : tr("JSON files (*.json)");
    const QString suggested
        = QDir(m_exportDir).filePath(m_controller->suggestedFileName(extension));
    m_chooser(caption, suggested, filter, [this, html](const QString &path) {
        if (path.isEmpty())
            return;
        m_exportDir = QFileInfo(path).absolutePath();
        QString error;
        const bool ok = html ? m_controller->exportHtml(path, &error)
                             : m_controller->exportJson(path, &error);
        showExportResult(ok, ok ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : error);
    });
}

void ReviewPage::showExportResult(bool ok, const QString &message)
{
    ui->exportStatusIcon->setPixmap(
        statusIcon(ok ? CheckStatus::Pass : CheckStatus::Fail).pixmap(16, 16));
    ui->exportStatusIcon->setVisible(true);
    ui->exportStatusLabel->setText(message);
    ui->exportStatusLabel->setVisible(true);
}

} // namespace odt::wizard
