#pragma once

// What the GUI suites share to drive the real SetupWizard by object name: the session, the
// sandbox tenant, a fake keychain and the wizard, destroyed wizard first.
#include "controller/session.h"
#include "sandbox/sandboxtenant.h"
#include "support/fakesecretstore.h"
#include "wizard/checkresultwidget.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>

#include <memory>

struct WizardFixture
{
    odt::Session session;
    std::unique_ptr<odt::sandbox::SandboxTenant> tenant;
    FakeSecretStore store;
    std::unique_ptr<odt::wizard::SetupWizard> wizard;

    template<typename T> T *find(const char *name) const
    {
        T *widget = wizard->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    // Next, or Finish on the last page.
    QAbstractButton *next() const
    {
        const bool last = wizard->nextId() == -1;
        return wizard->button(last ? QWizard::FinishButton : QWizard::NextButton);
    }
    // The row showing a check's result (its object name is the check id).
    odt::wizard::CheckResultWidget *row(const QString &checkId) const
    {
        return wizard->findChild<odt::wizard::CheckResultWidget *>(checkId);
    }
};
