#include "wizard/proxydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using odt::net::ProxySetting;
using odt::wizard::ProxyDialog;

class TestProxyDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheCurrentSetting();
    void manualProxyIsValidatedBeforeOk();
};

namespace {
template<typename T> T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}
QPushButton *okButton(ProxyDialog &dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}
} // namespace

void TestProxyDialog::showsTheCurrentSetting()
{
    ProxyDialog system(ProxySetting::system());
    QVERIFY(child<QRadioButton>(system, "systemRadio")->isChecked());
    QVERIFY(!child<QLineEdit>(system, "proxyEdit")->isEnabled());
    QVERIFY(okButton(system)->isEnabled());

    ProxyDialog manual(ProxySetting::manual(QNetworkProxy::Socks5Proxy, u"gw"_qs, 1080));
    QVERIFY(child<QRadioButton>(manual, "manualRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(manual, "proxyEdit")->text(), u"socks5://gw:1080"_qs);
    QCOMPARE(manual.setting(), ProxySetting::manual(QNetworkProxy::Socks5Proxy, u"gw"_qs, 1080));
}

void TestProxyDialog::manualProxyIsValidatedBeforeOk()
{
    ProxyDialog dialog(ProxySetting::system());
    dialog.show();
    child<QRadioButton>(dialog, "manualRadio")->click();
    auto *edit = child<QLineEdit>(dialog, "proxyEdit");
    auto *error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(edit->isEnabled());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(error->text().startsWith(u"Type the proxy's address"));

    QTest::keyClicks(edit, u"http://proxy.corp:"_qs);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(error->text().contains(u"needs a port"), qPrintable(error->text()));
    QVERIFY(error->isVisible());

    QTest::keyClicks(edit, u"3128"_qs);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!error->isVisible());
    QCOMPARE(dialog.setting(),
             ProxySetting::manual(QNetworkProxy::HttpProxy, u"proxy.corp"_qs, 3128));

    edit->setText(u"none"_qs);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(error->text().contains(u"Choose the option above"));

    child<QRadioButton>(dialog, "noneRadio")->click();
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!edit->isEnabled());
    QCOMPARE(dialog.setting(), ProxySetting::none());
}

QTEST_MAIN(TestProxyDialog)
#include "tst_proxydialog.moc"
