#pragma once

#include "net/proxysetting.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProxyDialog;
}

namespace odt::wizard {

// Lets the admin choose the system proxy, none, or one proxy; OK stays disabled while the typed
// proxy is not valid, and the reason is shown under it.
class ProxyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProxyDialog(const net::ProxySetting &current, QWidget *parent = nullptr);
    ~ProxyDialog() override;

    // What the admin chose (valid whenever OK is enabled).
    net::ProxySetting setting() const { return m_setting; }

private:
    void update();

    std::unique_ptr<Ui::ProxyDialog> ui;
    net::ProxySetting m_setting;
};

} // namespace odt::wizard
