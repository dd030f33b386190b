#include "wizard/setupwizard.h"

#include "controller/apiservicecontroller.h"
#include "controller/iruconnectioncontroller.h"
#include "controller/irureadinesscontroller.h"
#include "controller/networksettings.h"
#include "controller/oktareadinesscontroller.h"
#include "controller/orgcontroller.h"
#include "controller/reviewcontroller.h"
#include "controller/sandboxbrowser.h"
#include "controller/scopecontroller.h"
#include "controller/session.h"
#include "controller/signincontroller.h"
#include "secrets/secretstore.h"
#include "wizard/apiservicepage.h"
#include "wizard/iruconnectionpage.h"
#include "wizard/irureadinesspage.h"
#include "wizard/oktaorgpage.h"
#include "wizard/oktareadinesspage.h"
#include "wizard/proxydialog.h"
#include "wizard/reviewpage.h"
#include "wizard/scopepage.h"
#include "wizard/signinpage.h"
#include "wizard/welcomepage.h"

#include <QAbstractButton>
#include <QIcon>

namespace odt::wizard {

SetupWizard::SetupWizard(Session *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_keychain(
          new secrets::KeychainSecretStore(secrets::KeychainSecretStore::defaultService, this))
    , m_orgController(new OrgController(session, this))
    , m_signInController(new SignInController(session, this))
    , m_oktaReadinessController(new OktaReadinessController(session, this))
    , m_apiServiceController(new ApiServiceController(session, m_keychain, this))
    , m_iruConnectionController(new IruConnectionController(session, m_keychain, this))
    , m_scopeController(new ScopeController(session, this))
    , m_iruReadinessController(new IruReadinessController(session, m_scopeController, this))
    , m_reviewController(new ReviewController(session, this))
    , m_welcomePage(new WelcomePage(session))
    , m_oktaOrgPage(new OktaOrgPage(m_orgController))
    , m_signInPage(new SignInPage(m_signInController))
    , m_oktaReadinessPage(new OktaReadinessPage(m_oktaReadinessController))
    , m_apiServicePage(new ApiServicePage(m_apiServiceController))
    , m_iruConnectionPage(new IruConnectionPage(m_iruConnectionController))
    , m_scopePage(new ScopePage(m_scopeController))
    , m_iruReadinessPage(new IruReadinessPage(m_iruReadinessController))
    , m_reviewPage(new ReviewPage(m_reviewController))
{
    setObjectName(QStringLiteral("SetupWizard"));
    setWindowTitle(tr("ODT Setup Assistant"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/odt-setup.svg")));
#ifndef Q_OS_MACOS
    // AeroStyle ignores the palette in dark mode (QTBUG-123853); ModernStyle shows the page
    // titles and subtitles in a header on Windows and Linux alike.
    setWizardStyle(QWizard::ModernStyle);
#endif
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/odt-setup.svg")).pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(640, 480);
    m_signInController->setSecretStore(m_keychain);

    setPage(WelcomePageId, m_welcomePage);
    setPage(OktaOrgPageId, m_oktaOrgPage);
    setPage(SignInPageId, m_signInPage);
    setPage(OktaReadinessPageId, m_oktaReadinessPage);
    setPage(ApiServicePageId, m_apiServicePage);
    setPage(IruConnectionPageId, m_iruConnectionPage);
    setPage(ScopePageId, m_scopePage);
    setPage(IruReadinessPageId, m_iruReadinessPage);
    setPage(ReviewPageId, m_reviewPage);

    setButtonText(QWizard::CustomButton1, tr("&Network…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("networkButton"));
    button(QWizard::CustomButton1)->setToolTip(tr("Proxy settings for Okta and Iru Endpoint"));
    setOption(QWizard::HaveCustomButton1);
    setButtonLayout({ QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton,
                      QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                      QWizard::CancelButton });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            editNetworkSettings();
    });
}

void SetupWizard::editNetworkSettings()
{
    auto *dialog = new ProxyDialog(m_session->proxy(), this);
    dialog->setObjectName(QStringLiteral("proxyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session->setProxy(dialog->setting());
        networksettings::saveProxy(dialog->setting());
    });
    dialog->open(); // window-modal, no nested event loop
}

void SetupWizard::setSandboxScenario(const QString &scenario)
{
    setWindowTitle(tr("ODT Setup Assistant — Sandbox (%1)").arg(scenario));
    m_welcomePage->setSandboxNotice(scenario);
}

void SetupWizard::setSandboxHints(const SandboxHints &hints)
{
    m_signInController->setSandboxHints(hints);
    if (hints.iruApiUrl.isValid())
        m_iruConnectionPage->setSandboxConnection(hints.iruApiUrl, hints.iruApiToken);
}

void SetupWizard::setInitialOktaOrg(const QString &url)
{
    m_oktaOrgPage->setInitialUrl(url);
}

void SetupWizard::setSecretStore(secrets::SecretStore *store)
{
    m_signInController->setSecretStore(store);
    m_apiServiceController->setSecretStore(store);
    m_iruConnectionController->setSecretStore(store);
}

int SetupWizard::nextId() const
{
    int next = QWizard::nextId();
    if (next == ApiServicePageId && m_session->mode() == Session::Mode::CheckOnly) {
        // The first registered page after it, or the end.
        const QList<int> ids = pageIds();
        next = -1;
        for (int id : ids) {
            if (id > ApiServicePageId) {
                next = id;
                break;
            }
        }
    }
    return next;
}

} // namespace odt::wizard
