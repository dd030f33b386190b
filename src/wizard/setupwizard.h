#pragma once

#include <QWizard>

namespace odt {
class Session;
class OrgController;
class SignInController;
class OktaReadinessController;
class ApiServiceController;
class ReviewController;
class IruConnectionController;
class ScopeController;
class IruReadinessController;
struct SandboxHints;
namespace secrets {
class SecretStore;
}
} // namespace odt

namespace odt::wizard {

class WelcomePage;
class OktaOrgPage;
class SignInPage;
class OktaReadinessPage;
class ApiServicePage;
class ReviewPage;
class IruConnectionPage;
class ScopePage;
class IruReadinessPage;

class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        WelcomePageId,
        OktaOrgPageId,
        SignInPageId,
        OktaReadinessPageId,
        ApiServicePageId,
        IruConnectionPageId,
        ScopePageId,
        IruReadinessPageId,
        ReviewPageId
    };

    explicit SetupWizard(Session *session, QWidget *parent = nullptr);

    // Marks the window and the first page when the tenant is the built-in sandbox.
    void setSandboxScenario(const QString &scenario);
    // Sandbox mode only: pre-fills the sign-in and plays its browser step for the sandbox origin,
    // and fills in the sandbox's Iru Endpoint address and token.
    void setSandboxHints(const SandboxHints &hints);
    void setInitialOktaOrg(const QString &url);
    // Where secrets go (not owned). Defaults to the OS keychain; tests pass a fake.
    void setSecretStore(secrets::SecretStore *store);

    // Check-only runs skip the pages that change something.
    int nextId() const override;

    Session *session() const { return m_session; }
    OrgController *orgController() const { return m_orgController; }
    SignInController *signInController() const { return m_signInController; }
    OktaReadinessController *oktaReadinessController() const { return m_oktaReadinessController; }
    ApiServiceController *apiServiceController() const { return m_apiServiceController; }
    IruConnectionController *iruConnectionController() const { return m_iruConnectionController; }
    ScopeController *scopeController() const { return m_scopeController; }
    IruReadinessController *iruReadinessController() const { return m_iruReadinessController; }
    ReviewController *reviewController() const { return m_reviewController; }
    ReviewPage *reviewPage() const { return m_reviewPage; }

private:
    // "Network…": the proxy for this and later runs.
    void editNetworkSettings();

    Session *m_session;
    secrets::SecretStore *m_keychain;
    OrgController *m_orgController;
    SignInController *m_signInController;
    OktaReadinessController *m_oktaReadinessController;
    ApiServiceController *m_apiServiceController;
    IruConnectionController *m_iruConnectionController;
    ScopeController *m_scopeController;
    IruReadinessController *m_iruReadinessController;
    ReviewController *m_reviewController;
    WelcomePage *m_welcomePage;
    OktaOrgPage *m_oktaOrgPage;
    SignInPage *m_signInPage;
    OktaReadinessPage *m_oktaReadinessPage;
    ApiServicePage *m_apiServicePage;
    IruConnectionPage *m_iruConnectionPage;
    ScopePage *m_scopePage;
    IruReadinessPage *m_iruReadinessPage;
    ReviewPage *m_reviewPage;
};

} // namespace odt::wizard
