#pragma once

#include <QByteArray>
#include <QUrl>
#include <QWizardPage>

#include <memory>

namespace Ui {
class IruConnectionPage;
}

namespace odt {
class IruConnectionController;
}

namespace odt::wizard {

// Binds the Iru Endpoint address and API token fields to IruConnectionController and renders its
// state: the API address it will use, input errors, the connection check's result with the
// permission it lacks. Next (or Connect) runs the check; it moves on once connected. A token kept
// in the keychain for the address is used without being shown.
class IruConnectionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IruConnectionPage(IruConnectionController *controller, QWidget *parent = nullptr);
    ~IruConnectionPage() override;

    // Sandbox mode: the sandbox tenant's address and token. The token goes to the controller
    // only, never into a widget.
    void setSandboxConnection(const QUrl &apiUrl, const QByteArray &token);

    void initializePage() override;
    bool isComplete() const override;
    // Next connects first; it moves on only once the tenant accepted the token.
    bool validatePage() override;

private:
    void render();
    // Fills the token from the keychain entry for the address, unless one was entered.
    void offerStoredToken();
    void setTokenSource(const QString &source);

    std::unique_ptr<Ui::IruConnectionPage> ui;
    IruConnectionController *m_controller;
    // Where a token the field does not show came from ("keychain", "sandbox"); empty if typed.
    QString m_tokenSource;
    bool m_wasConnected = false;
};

} // namespace odt::wizard
