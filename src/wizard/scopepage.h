#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ScopePage;
}

namespace odt {
class ScopeController;
}

namespace odt::wizard {

// Binds the Blueprint table (name, type, Macs, iPhones, iPads, a tick each) and the "All
// Blueprints" choice to ScopeController, with its test-Blueprint-first hint. Loads the inventory
// on entry; Next needs at least one Blueprint.
class ScopePage : public QWizardPage
{
    Q_OBJECT
public:
    // Table columns, for tests and for the code that fills the table.
    enum Column { NameColumn, TypeColumn, MacsColumn, IPhonesColumn, IPadsColumn, OthersColumn };

    explicit ScopePage(ScopeController *controller, QWidget *parent = nullptr);
    ~ScopePage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    void renderState();
    void fillTable();
    void renderSelection();

    std::unique_ptr<Ui::ScopePage> ui;
    ScopeController *m_controller;
};

} // namespace odt::wizard
