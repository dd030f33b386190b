#include "wizard/signinpage.h"

#include "controller/signincontroller.h"
#include "ui_signinpage.h"
#include "wizard/statusicon.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>

namespace odt::wizard {

SignInPage::SignInPage(SignInController *controller, QWidget *parent)
    : QWizardPage(parent)
    , ui(std::make_unique<Ui::SignInPage>())
    , m_controller(controller)
{
    ui->setupUi(this);
    ui->signInErrorIcon->setPixmap(statusIcon(CheckStatus::Fail).pixmap(16, 16));
    QFont whoFont = ui->whoLabel->font();
    whoFont.setBold(true);
    ui->whoLabel->setFont(whoFont);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.6);
    codeFont.setBold(true);
    ui->userCodeLabel->setFont(codeFont);

    auto *c = m_controller;
    connect(ui->clientIdEdit, &QLineEdit::textEdited, c, &SignInController::setClientId);
    connect(ui->deviceClientIdEdit, &QLineEdit::textEdited, c, &SignInController::setClientId);
    connect(ui->redirectPortSpin, &QSpinBox::valueChanged, c,
            [c](int port) { c->setRedirectPort(quint16(port)); });
    connect(ui->rememberCheck, &QCheckBox::toggled, c, &SignInController::setRemembersSignIn);
    connect(ui->browserButton, &QPushButton::clicked, c, &SignInController::signInWithBrowser);
    connect(ui->cancelBrowserButton, &QPushButton::clicked, c, &SignInController::cancel);
    connect(ui->copyLinkButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(
            m_controller->authorizationUrl().toString(QUrl::FullyEncoded));
        ui->copyLinkButton->setText(tr("Link copied"));
    });
    connect(ui->deviceButton, &QPushButton::clicked, c, &SignInController::signInWithDeviceCode);
    connect(ui->cancelDeviceButton, &QPushButton::clicked, c, &SignInController::cancel);
    connect(ui->copyCodeButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_controller->userCode()); });
    connect(ui->copyVerificationButton, &QPushButton::clicked, this, [this] {
        const QUrl complete = m_controller->verificationUriComplete();
        QGuiApplication::clipboard()->setText(
            (complete.isValid() && !complete.isEmpty() ? complete : m_controller->verificationUri())
                .toString());
    });
    const auto useToken = [this] {
        m_controller->signInWithApiToken(ui->apiTokenEdit->text().toUtf8());
    };
    connect(ui->apiTokenButton, &QPushButton::clicked, this, useToken);
    connect(ui->apiTokenEdit, &QLineEdit::returnPressed, this, useToken);
    connect(ui->sandboxTokenButton, &QPushButton::clicked, this, [this] {
        ui->apiTokenEdit->setText(QString::fromUtf8(m_controller->sandboxHints().apiToken));
    });
    connect(ui->savedSignInButton, &QPushButton::clicked, c,
            &SignInController::signInWithSavedSignIn);
    connect(ui->forgetButton, &QPushButton::clicked, c, &SignInController::forgetSavedSignIn);
    connect(ui->signOutButton, &QPushButton::clicked, c, &SignInController::signOut);
    connect(ui->methodTabs, &QTabWidget::currentChanged, this, &SignInPage::render);
    connect(c, &SignInController::changed, this, &SignInPage::render);
    connect(c, &SignInController::stateChanged, this, [this] {
        ui->copyLinkButton->setText(tr("&Copy sign-in link"));
        Q_EMIT completeChanged();
    });
    render();
}

SignInPage::~SignInPage() = default;

void SignInPage::initializePage()
{
    m_controller->activate();
    if (m_controller->org().isValid())
        setSubTitle(tr("Sign in to %1. Only a Super Administrator can add the API service "
                       "integration for Iru Endpoint and grant its Okta API scopes.")
                        .arg(m_controller->org().toString()));
    render();
}

bool SignInPage::isComplete() const
{
    return m_controller->canProceed();
}

QString SignInPage::busyText() const
{
    using State = SignInController::State;
    switch (m_controller->state()) {
    case State::Verifying:
        return m_controller->method() == SignInController::Method::ApiToken
            ? tr("Checking the API token with Okta…")
            : tr("Completing the sign-in with Okta…");
    case State::ReadingRoles:
        return tr("Reading the admin roles of %1…").arg(m_controller->login());
    default:
        return {};
    }
}

void SignInPage::render()
{
    using State = SignInController::State;
    using Method = SignInController::Method;
    const SignInController *c = m_controller;
    const State state = c->state();
    const bool signedIn = state == State::SignedIn;
    const bool busy = c->isBusy();
    const Method method = c->method();

    ui->signInSandboxNotice->setVisible(c->isSandbox());
    if (c->isSandbox())
        ui->signInSandboxNotice->setText(
            tr("<b>Sandbox: signing in as %1.</b> A browser cannot trust the sandbox's "
               "certificate, so the assistant plays the browser step itself, for the sandbox "
               "only.")
                .arg(c->sandboxHints().login.toHtmlEscaped()));

    ui->savedPanel->setVisible(!signedIn && !busy && c->hasSavedSignIn());
    ui->methodTabs->setVisible(!signedIn);

    // Echo the controller without fighting the admin's typing (it trims).
    for (QLineEdit *edit : { ui->clientIdEdit, ui->deviceClientIdEdit }) {
        if (edit->text().trimmed() != c->clientId())
            edit->setText(c->clientId());
        edit->setReadOnly(busy);
    }
    if (ui->redirectPortSpin->value() != c->redirectPort())
        ui->redirectPortSpin->setValue(c->redirectPort());
    ui->redirectPortSpin->setReadOnly(busy);
    ui->redirectHint->setText(
        tr("The app must list %1 as a sign-in redirect URI.").arg(c->redirectUri()));

    const bool browserBusy = busy && method == Method::Browser;
    ui->browserButton->setVisible(!browserBusy);
    ui->browserButton->setEnabled(!busy);
    ui->cancelBrowserButton->setVisible(browserBusy);
    ui->copyLinkButton->setVisible(browserBusy && c->authorizationUrl().isValid()
                                   && !c->isSandbox());
    QString browserStatus;
    if (browserBusy && state == State::WaitingForBrowser) {
        if (c->isSandbox())
            browserStatus = tr("Sandbox: signing in as %1…").arg(c->sandboxHints().login);
        else if (c->browserNotOpened())
            browserStatus = tr("No browser could be opened. Copy the sign-in link and open it in "
                               "a browser on this computer; the assistant waits for it.");
        else
            browserStatus = tr("Your browser shows Okta's sign-in page: sign in there as a Super "
                               "Administrator. If no page opened, copy the sign-in link into a "
                               "browser on this computer.");
    }
    ui->browserStatusLabel->setText(browserStatus);
    ui->browserStatusLabel->setVisible(!browserStatus.isEmpty());

    const bool deviceBusy = busy && method == Method::DeviceCode;
    ui->deviceButton->setVisible(!deviceBusy);
    ui->deviceButton->setEnabled(!busy);
    ui->cancelDeviceButton->setVisible(deviceBusy);
    const bool haveCode = deviceBusy && !c->userCode().isEmpty();
    ui->codePanel->setVisible(haveCode);
    if (haveCode) {
        ui->userCodeLabel->setText(c->userCode());
        const QString uri = c->verificationUri().toString();
        ui->verificationLabel->setText(
            QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(c->verificationUriComplete().isEmpty()
                         ? uri.toHtmlEscaped()
                         : c->verificationUriComplete().toString().toHtmlEscaped(),
                     uri.toHtmlEscaped()));
    }
    QString deviceStatus;
    if (deviceBusy && state == State::WaitingForApproval) {
        if (!haveCode)
            deviceStatus = tr("Asking Okta for a code…");
        else if (c->isSandbox())
            deviceStatus = tr("Sandbox: approving the code as %1…").arg(c->sandboxHints().login);
        else
            deviceStatus = tr("Waiting for you to approve the code as a Super Administrator. It "
                              "expires at %1.")
                               .arg(QLocale().toString(c->userCodeExpires().toLocalTime().time(),
                                                       QLocale::ShortFormat));
    }
    ui->deviceStatusLabel->setText(deviceStatus);
    ui->deviceStatusLabel->setVisible(!deviceStatus.isEmpty());

    ui->apiTokenButton->setEnabled(!busy);
    ui->apiTokenEdit->setReadOnly(busy);
    ui->sandboxTokenButton->setVisible(c->isSandbox() && !c->sandboxHints().apiToken.isEmpty());
    if (signedIn)
        ui->apiTokenEdit->clear(); // the session holds it now; the field need not

    ui->rememberCheck->setVisible(!signedIn);
    if (ui->rememberCheck->isChecked() != c->remembersSignIn())
        ui->rememberCheck->setChecked(c->remembersSignIn());
    ui->rememberCheck->setEnabled(!busy && ui->methodTabs->currentWidget() != ui->tokenTab);

    const QString busyMessage = busyText();
    ui->signInBusyPanel->setVisible(busy && (!busyMessage.isEmpty() || state != State::SignedOut));
    ui->signInBusyLabel->setText(busyMessage.isEmpty() ? tr("Waiting for the sign-in…")
                                                       : busyMessage);

    const bool showError = state == State::SignedOut && !c->error().isEmpty();
    ui->signInErrorPanel->setVisible(showError);
    ui->signInErrorLabel->setText(c->error());

    ui->signInResultFrame->setVisible(signedIn);
    if (signedIn)
        renderResult();
    ui->signInNoticeLabel->setText(c->notice());
    ui->signInNoticeLabel->setVisible(!c->notice().isEmpty());
}

void SignInPage::renderResult()
{
    const SignInController *c = m_controller;
    const QString who = c->displayName().isEmpty() || c->displayName() == c->login()
        ? c->login()
        : tr("%1 (%2)").arg(c->displayName(), c->login());
    ui->whoLabel->setText(c->method() == SignInController::Method::ApiToken
                              ? tr("API token of %1").arg(who)
                              : tr("Signed in as %1").arg(who));

    QString roles;
    if (!c->rolesNote().isEmpty()) {
        roles = c->rolesNote().toHtmlEscaped();
    } else if (c->roles().isEmpty()) {
        roles = tr("Admin roles: none.");
    } else {
        QStringList items;
        for (const SignInController::Role &role : c->roles()) {
            const QString state = role.active ? tr("active") : tr("inactive");
            const QString how = role.throughGroup ? tr("through a group") : tr("directly");
            items.append(tr("<li>%1 (%2, %3, assigned %4)</li>")
                             .arg((role.label.isEmpty() ? role.type : role.label).toHtmlEscaped(),
                                  role.type.toHtmlEscaped(), state, how));
        }
        roles = tr("Admin roles:")
            + QStringLiteral("<ul style=\"margin-top:2px; margin-bottom:0px; margin-left:-20px\">")
            + items.join(QString()) + QStringLiteral("</ul>");
    }
    ui->rolesLabel->setText(roles);

    CheckStatus status = CheckStatus::Pass;
    QString verdict;
    if (c->isSuperAdmin()) {
        verdict = tr("<b>Super Administrator: yes.</b> You can continue.");
    } else if (c->canProceed()) {
        status = CheckStatus::Warn;
        verdict = tr("<b>Not a Super Administrator.</b> You can still check readiness; the "
                     "report names what needs a Super Administrator.");
    } else {
        status = CheckStatus::Fail;
        verdict = tr("<b>Not a Super Administrator.</b> Setting up Okta Device Trust needs one. "
                     "Ask a Super Administrator to assign (or activate) the role under Security "
                     "&gt; Administrators, or sign in as a Super Administrator.");
    }
    ui->verdictLabel->setText(verdict);
    ui->signInResultIcon->setPixmap(statusIcon(status).pixmap(32, 32));
}

} // namespace odt::wizard
