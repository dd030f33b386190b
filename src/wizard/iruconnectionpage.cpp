#include "wizard/iruconnectionpage.h"

#include "controller/iruconnectioncontroller.h"
#include "ui_iruconnectionpage.h"
#include "wizard/checkresultwidget.h"
#include "wizard/statusicon.h"

namespace odt::wizard {

namespace {
const QString keychainSource = QStringLiteral("keychain");
const QString sandboxSource = QStringLiteral("sandbox");
} // namespace

IruConnectionPage::IruConnectionPage(IruConnectionController *controller, QWidget *parent)
    : QWizardPage(parent)
    , ui(std::make_unique<Ui::IruConnectionPage>())
    , m_controller(controller)
{
    ui->setupUi(this);
    ui->iruInputErrorIcon->setPixmap(statusIcon(CheckStatus::Fail).pixmap(16, 16));
    ui->iruConnectionResultRow->setConsoleLinkText(tr("Open Iru Endpoint"));
    QPalette muted = ui->iruUrlSuggestionLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    ui->iruUrlHint->setPalette(muted);
    ui->iruTokenNote->setPalette(muted);

    connect(ui->iruUrlEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // A keychain token belongs to the address it was kept for.
        if (m_tokenSource == keychainSource) {
            setTokenSource(QString());
            m_controller->setTokenInput(QString());
        }
        m_controller->setUrlInput(text);
    });
    connect(ui->iruUrlEdit, &QLineEdit::editingFinished, this,
            &IruConnectionPage::offerStoredToken);
    connect(ui->iruTokenEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        setTokenSource(QString());
        m_controller->setTokenInput(text);
    });
    connect(ui->iruConnectButton, &QPushButton::clicked, m_controller,
            &IruConnectionController::connectToTenant);
    connect(m_controller, &IruConnectionController::stateChanged, this, [this] {
        render();
        Q_EMIT completeChanged();
    });
    connect(m_controller, &IruConnectionController::tokenStored, this, &IruConnectionPage::render);
    connect(m_controller, &IruConnectionController::tokenLoaded, this, [this](bool found) {
        if (found)
            setTokenSource(keychainSource);
        render();
    });
    render();
}

IruConnectionPage::~IruConnectionPage() = default;

void IruConnectionPage::setSandboxConnection(const QUrl &apiUrl, const QByteArray &token)
{
    ui->iruUrlEdit->setText(apiUrl.toString());
    if (!token.isEmpty()) {
        {
            const QSignalBlocker blocker(ui->iruTokenEdit);
            ui->iruTokenEdit->clear();
        }
        m_controller->setTokenInput(QString::fromUtf8(token));
        setTokenSource(sandboxSource);
    }
    ui->iruSandboxNotice->setText(
        tr("<b>Sandbox:</b> the simulated tenant's address and API token are filled in (the "
           "token is not shown)."));
    ui->iruSandboxNotice->setVisible(true);
    render();
}

void IruConnectionPage::initializePage()
{
    offerStoredToken();
}

void IruConnectionPage::offerStoredToken()
{
    if (ui->iruTokenEdit->text().isEmpty() && !m_controller->hasToken()
        && m_controller->apiUrl().isValid())
        m_controller->loadStoredToken();
}

void IruConnectionPage::setTokenSource(const QString &source)
{
    m_tokenSource = source;
}

bool IruConnectionPage::isComplete() const
{
    switch (m_controller->state()) {
    case IruConnectionController::State::Ready:
    case IruConnectionController::State::Failed:
    case IruConnectionController::State::Connected:
        return true;
    default:
        return false;
    }
}

bool IruConnectionPage::validatePage()
{
    if (m_controller->canProceed())
        return true;
    m_controller->connectToTenant();
    return false;
}

void IruConnectionPage::render()
{
    using State = IruConnectionController::State;
    const State state = m_controller->state();

    const QString inputError = m_controller->inputError();
    ui->iruInputErrorLabel->setText(inputError);
    ui->iruInputErrorIcon->setVisible(state == State::Invalid && !inputError.isEmpty());
    ui->iruInputErrorLabel->setVisible(state == State::Invalid && !inputError.isEmpty());

    const QString suggestion = m_controller->urlSuggestion();
    ui->iruUrlSuggestionLabel->setText(suggestion);
    ui->iruUrlSuggestionLabel->setVisible(!suggestion.isEmpty());

    const bool checking = state == State::Checking;
    ui->iruUrlEdit->setReadOnly(checking);
    ui->iruTokenEdit->setReadOnly(checking);
    ui->iruConnectButton->setEnabled(state == State::Ready || state == State::Failed);
    ui->iruConnectButton->setText(state == State::Failed ? tr("&Connect again") : tr("&Connect"));
    ui->iruBusyBar->setVisible(checking);
    ui->iruBusyLabel->setVisible(checking);
    if (checking)
        ui->iruBusyLabel->setText(
            tr("Reading one Blueprint from %1…").arg(m_controller->apiUrl().host()));

    const bool connected = state == State::Connected;
    if (connected && !m_wasConnected && !ui->iruTokenEdit->text().isEmpty()) {
        // The token did its job; it stays in the keychain (and in memory), not on screen.
        const QSignalBlocker blocker(ui->iruTokenEdit);
        ui->iruTokenEdit->clear();
        setTokenSource(keychainSource);
    }
    m_wasConnected = connected;
    ui->iruTokenEdit->setPlaceholderText(
        m_controller->hasToken() && ui->iruTokenEdit->text().isEmpty()
            ? tr("A token is in use (not shown); paste another to replace it")
            : tr("Paste the token (a UUID)"));

    const bool fromKeychain = m_tokenSource == keychainSource && m_controller->hasToken()
        && !connected && ui->iruTokenEdit->text().isEmpty();
    ui->iruStoredTokenLabel->setVisible(fromKeychain);
    if (fromKeychain)
        ui->iruStoredTokenLabel->setText(
            tr("Using the token kept in this computer's keychain for %1.")
                .arg(m_controller->apiUrl().host()));

    const bool hasResult = connected || state == State::Failed;
    ui->iruConnectionResultRow->setVisible(hasResult);
    if (hasResult)
        ui->iruConnectionResultRow->setResult(m_controller->result());

    const QString keychainWarning = connected ? m_controller->keychainWarning() : QString();
    ui->iruKeychainWarningLabel->setText(keychainWarning);
    ui->iruKeychainWarningLabel->setVisible(!keychainWarning.isEmpty());
}

} // namespace odt::wizard
