#include "wizard/checkresultwidget.h"

#include "ui_checkresultwidget.h"
#include "wizard/statusicon.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocument>

namespace odt::wizard {

CheckResultWidget::CheckResultWidget(QWidget *parent)
    : QFrame(parent)
    , ui(std::make_unique<Ui::CheckResultWidget>())
{
    ui->setupUi(this);
    QFont titleFont = ui->titleLabel->font();
    titleFont.setBold(true);
    ui->titleLabel->setFont(titleFont);
    QPalette muted = ui->confidenceLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    ui->confidenceLabel->setPalette(muted);
    ui->evidenceText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Evidence lines are paths and ids: break them anywhere rather than widen the page.
    ui->evidenceText->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    ui->evidenceText->setFrameShape(QFrame::NoFrame);
    connect(ui->evidenceToggle, &QToolButton::toggled, this, [this](bool shown) {
        ui->evidenceToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        ui->evidenceText->setVisible(shown);
        fitEvidence();
    });
    connect(ui->findingsToggle, &QToolButton::toggled, this, [this](bool shown) {
        ui->findingsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        renderFindings();
    });
    connect(ui->confirmButton, &QPushButton::clicked, this,
            [this] { Q_EMIT confirmRequested(m_result.id); });
}

CheckResultWidget::~CheckResultWidget() = default;

QString CheckResultWidget::confidenceText(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Verified:
        return tr("verified");
    case Confidence::Inferred:
        return tr("inferred");
    case Confidence::Confirmed:
        return tr("confirmed by you");
    }
    return {};
}

void CheckResultWidget::setResult(const CheckResult &result, bool running)
{
    m_result = result;
    m_running = running;
    render();
}

void CheckResultWidget::setConsoleUrl(const QUrl &url)
{
    m_consoleUrl = url;
    render();
}

void CheckResultWidget::setShowsConfidence(bool shows)
{
    m_showsConfidence = shows;
    render();
}

void CheckResultWidget::setConsoleLinkText(const QString &text)
{
    m_consoleLinkText = text;
    render();
}

void CheckResultWidget::render()
{
    const CheckResult &r = m_result;
    ui->statusIcon->setPixmap(statusIcon(r.status).pixmap(24, 24));
    ui->statusIcon->setToolTip(m_running ? tr("Checking") : statusKey(r.status));
    ui->titleLabel->setText(r.title);
    ui->confidenceLabel->setText(m_running || !m_showsConfidence ? QString()
                                                                 : confidenceText(r.confidence));
    ui->confidenceLabel->setToolTip(r.confidence == Confidence::Inferred ? tr(
                                        "Deduced from indirect data: no API reports this directly.")
                                                                         : QString());
    ui->detailLabel->setText(r.detail);
    ui->detailLabel->setVisible(!r.detail.isEmpty());
    renderFindings();

    const bool needsFix
        = !m_running && r.status != CheckStatus::Pass && r.status != CheckStatus::Skipped;
    ui->remediationLabel->setVisible(needsFix && !r.remediation.isEmpty());
    ui->remediationLabel->setText(tr("<b>What to do:</b> %1").arg(r.remediation.toHtmlEscaped()));

    const bool confirmable
        = !m_running && !r.confirmationPrompt.isEmpty() && r.status != CheckStatus::Error;
    ui->confirmPanel->setVisible(confirmable);
    if (confirmable) {
        const bool confirmed = r.confidence == Confidence::Confirmed;
        ui->confirmPrompt->setText(confirmed
                                       ? tr("You confirmed: “%1”").arg(r.confirmationPrompt)
                                       : tr("Can you confirm? “%1”").arg(r.confirmationPrompt));
        ui->confirmButton->setVisible(!confirmed);
    }

    QString link;
    if (!r.link.isEmpty()) {
        const bool help = QUrl(r.link).host().startsWith(QLatin1String("help."));
        const QString text = help         ? tr("Okta help")
            : m_consoleLinkText.isEmpty() ? tr("Open in the Admin Console")
                                          : m_consoleLinkText;
        link = QStringLiteral("<a href=\"%1\">%2</a>").arg(r.link.toHtmlEscaped(), text);
    } else if (needsFix && m_consoleUrl.isValid()) {
        link = QStringLiteral("<a href=\"%1\">%2</a>")
                   .arg(m_consoleUrl.toString().toHtmlEscaped(),
                        m_consoleLinkText.isEmpty() ? tr("Open the Admin Console")
                                                    : m_consoleLinkText);
    }
    ui->linkLabel->setText(link);
    ui->linkLabel->setVisible(!link.isEmpty());

    ui->evidenceToggle->setVisible(!r.evidence.isEmpty());
    ui->evidenceToggle->setText(tr("Evidence (%n)", nullptr, int(r.evidence.size())));
    ui->evidenceText->setPlainText(r.evidence.join(QLatin1Char('\n')));
    if (r.evidence.isEmpty())
        ui->evidenceToggle->setChecked(false);
    fitEvidence();
}

void CheckResultWidget::renderFindings()
{
    // Rebuilt on each change: a check has a handful of Blueprints, and a confirmation may
    // change every one of them.
    const QList<QWidget *> old
        = ui->findingsList->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(old);

    const CheckResult &r = m_result;
    const auto isProblem = [](const Finding &f) {
        return f.status == CheckStatus::Fail || f.status == CheckStatus::Warn
            || f.status == CheckStatus::Error;
    };
    int problems = 0;
    for (const Finding &finding : r.findings)
        problems += isProblem(finding) ? 1 : 0;
    const int others = int(r.findings.size()) - problems;
    const bool showOthers = ui->findingsToggle->isChecked();

    ui->findingsPanel->setVisible(!m_running && (problems > 0 || (showOthers && others > 0)));
    ui->findingsToggle->setVisible(!m_running && others > 0);
    ui->findingsToggle->setText(problems == 0 ? tr("Per Blueprint (%1)").arg(others)
                                              : tr("Other Blueprints (%1)").arg(others));
    if (m_running)
        return;

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (const Finding &finding : r.findings) {
        if (!isProblem(finding) && !showOthers)
            continue;
        auto *row = new QWidget(ui->findingsList);
        row->setObjectName(QStringLiteral("finding"));
        row->setProperty("subjectId", finding.subjectId);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(6);
        auto *icon = new QLabel(row);
        icon->setObjectName(QStringLiteral("findingIcon"));
        icon->setPixmap(statusIcon(finding.status).pixmap(16, 16));
        icon->setToolTip(statusKey(finding.status));
        icon->setFixedWidth(16);
        icon->setAlignment(Qt::AlignLeading | Qt::AlignTop);
        layout->addWidget(icon, 0, Qt::AlignTop);

        const QString subject = finding.subject.isEmpty() ? finding.subjectId : finding.subject;
        QString text = QStringLiteral("<b>%1</b>").arg(subject.toHtmlEscaped());
        if (!finding.platforms.isEmpty())
            text += QStringLiteral(" (%1)").arg(
                finding.platforms.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!finding.detail.isEmpty())
            text += QStringLiteral(": ") + finding.detail.toHtmlEscaped();
        auto *label = new QLabel(row);
        label->setObjectName(QStringLiteral("findingLabel"));
        // Before setWordWrap(): setSizePolicy() would drop its height-for-width flag.
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->setTextFormat(Qt::RichText);
        label->setText(text);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setFont(small);
        layout->addWidget(label, 1);

        auto *confidence = new QLabel(confidenceText(finding.confidence), row);
        confidence->setObjectName(QStringLiteral("findingConfidence"));
        confidence->setFont(small);
        confidence->setPalette(ui->confidenceLabel->palette());
        confidence->setAlignment(Qt::AlignRight | Qt::AlignTop);
        confidence->setVisible(m_showsConfidence && finding.status != CheckStatus::Skipped);
        layout->addWidget(confidence, 0, Qt::AlignTop);
        ui->findingsListLayout->addWidget(row);
    }
}

void CheckResultWidget::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitEvidence();
}

void CheckResultWidget::fitEvidence()
{
    if (!ui->evidenceText->isVisibleTo(this))
        return;
    // A QTextEdit has no height for its width; size it to its text so the page scrolls, not it.
    QTextDocument *document = ui->evidenceText->document();
    document->setTextWidth(ui->evidenceText->viewport()->width());
    const int height = int(document->size().height()) + 2 * ui->evidenceText->frameWidth() + 2;
    if (ui->evidenceText->height() != height)
        ui->evidenceText->setFixedHeight(height);
}

} // namespace odt::wizard
