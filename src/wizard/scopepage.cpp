#include "wizard/scopepage.h"

#include "controller/scopecontroller.h"
#include "ui_scopepage.h"
#include "wizard/statusicon.h"

#include <QHeaderView>
#include <QTableWidgetItem>

namespace odt::wizard {

namespace {

constexpr int idRole = Qt::UserRole;

QTableWidgetItem *countItem(int count)
{
    auto *item = new QTableWidgetItem(QString::number(count));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ScopePage::ScopePage(ScopeController *controller, QWidget *parent)
    : QWizardPage(parent)
    , ui(std::make_unique<Ui::ScopePage>())
    , m_controller(controller)
{
    ui->setupUi(this);
    ui->scopeErrorIcon->setPixmap(statusIcon(CheckStatus::Error).pixmap(24, 24));

    QTableWidget *table = ui->blueprintTable;
    table->setColumnCount(6);
    table->setHorizontalHeaderLabels(
        { tr("Blueprint"), tr("Type"), tr("Macs"), tr("iPhones"), tr("iPads"), tr("Other") });
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column = TypeColumn; column <= OthersColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setHighlightSections(false);

    connect(ui->scopeRetryButton, &QPushButton::clicked, m_controller, &ScopeController::load);
    connect(ui->scopeUseSuggestedButton, &QPushButton::clicked, this,
            [this] { m_controller->setSelectedIds({ m_controller->suggestedTestBlueprintId() }); });
    connect(ui->allBlueprintsRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller->selectAll();
    });
    connect(ui->chosenBlueprintsRadio, &QRadioButton::toggled, this, [this](bool on) {
        // From "all" to "the ticked ones": every Blueprint stays ticked until the admin unticks.
        if (on && m_controller->selection() == ScopeController::Selection::All)
            m_controller->setSelectedIds(m_controller->selectedBlueprintIds());
    });
    connect(table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != NameColumn)
            return;
        m_controller->setSelected(item->data(idRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(m_controller, &ScopeController::stateChanged, this, [this] {
        renderState();
        Q_EMIT completeChanged();
    });
    connect(m_controller, &ScopeController::progress, this, [this](int done, int total) {
        ui->scopeBusyLabel->setText(
            tr("Reading the Blueprints and devices… (lists read: %1 of %2)").arg(done).arg(total));
    });
    connect(m_controller, &ScopeController::rowsChanged, this, &ScopePage::fillTable);
    connect(m_controller, &ScopeController::selectionChanged, this, [this] {
        renderSelection();
        Q_EMIT completeChanged();
    });
    renderState();
    fillTable();
}

ScopePage::~ScopePage() = default;

void ScopePage::initializePage()
{
    // First visit, another tenant since, or a failed read worth another try.
    const ScopeController::State state = m_controller->state();
    if (state == ScopeController::State::Idle || state == ScopeController::State::Failed)
        m_controller->load();
}

bool ScopePage::isComplete() const
{
    return m_controller->canProceed();
}

void ScopePage::renderState()
{
    using State = ScopeController::State;
    const State state = m_controller->state();
    ui->scopeBusyPanel->setVisible(state == State::Loading);
    if (state == State::Loading)
        ui->scopeBusyLabel->setText(tr("Reading the Blueprints and devices…"));
    ui->scopeErrorPanel->setVisible(state == State::Failed);
    if (state == State::Failed)
        ui->scopeErrorLabel->setText(m_controller->errorMessage());
    const bool loaded = state == State::Loaded;
    ui->allBlueprintsRadio->setEnabled(loaded);
    ui->chosenBlueprintsRadio->setEnabled(loaded);
    ui->blueprintTable->setEnabled(loaded);
    renderSelection();
}

void ScopePage::fillTable()
{
    const QList<ScopeController::BlueprintRow> rows = m_controller->rows();
    const QString suggested = m_controller->suggestedTestBlueprintId();
    QTableWidget *table = ui->blueprintTable;
    const QSignalBlocker blocker(table);
    table->setRowCount(int(rows.size()));
    bool others = false;
    for (int i = 0; i < rows.size(); ++i) {
        const ScopeController::BlueprintRow &row = rows.at(i);
        auto *name = new QTableWidgetItem(row.name);
        name->setData(idRole, row.id);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(row.selected ? Qt::Checked : Qt::Unchecked);
        QString tip = row.description;
        if (row.id == suggested) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            tip = tr("Suggested as the test Blueprint to start with.")
                + (tip.isEmpty() ? QString() : QStringLiteral("\n") + tip);
        }
        name->setToolTip(tip);
        table->setItem(i, NameColumn, name);
        auto *type = new QTableWidgetItem(row.type == QLatin1String("map") ? tr("Assignment Map")
                                                                           : tr("Classic"));
        type->setData(idRole, row.type);
        table->setItem(i, TypeColumn, type);
        table->setItem(i, MacsColumn, countItem(row.counts.macs));
        table->setItem(i, IPhonesColumn, countItem(row.counts.iPhones));
        table->setItem(i, IPadsColumn, countItem(row.counts.iPads));
        table->setItem(i, OthersColumn, countItem(row.counts.others));
        others = others || row.counts.others > 0;
    }
    // Apple TVs and the like only get a column when the tenant has some.
    table->setColumnHidden(OthersColumn, !others);
    renderSelection();
}

void ScopePage::renderSelection()
{
    const bool loaded = m_controller->state() == ScopeController::State::Loaded;
    const bool all = m_controller->selection() == ScopeController::Selection::All;
    {
        const QSignalBlocker a(ui->allBlueprintsRadio);
        const QSignalBlocker b(ui->chosenBlueprintsRadio);
        ui->allBlueprintsRadio->setChecked(all);
        ui->chosenBlueprintsRadio->setChecked(!all);
    }
    const QStringList selected = m_controller->selectedBlueprintIds();
    {
        QTableWidget *table = ui->blueprintTable;
        const QSignalBlocker blocker(table);
        for (int i = 0; i < table->rowCount(); ++i) {
            QTableWidgetItem *name = table->item(i, NameColumn);
            name->setCheckState(selected.contains(name->data(idRole).toString()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
        }
    }

    const QString hint = m_controller->hint();
    ui->scopeHintPanel->setVisible(loaded && !hint.isEmpty());
    ui->scopeHintLabel->setText(hint);
    const QString suggested = m_controller->suggestedTestBlueprintId();
    const bool onlySuggested = selected == QStringList { suggested } && !all;
    ui->scopeUseSuggestedButton->setVisible(loaded && !suggested.isEmpty() && !onlySuggested);
    for (const ScopeController::BlueprintRow &row : m_controller->rows()) {
        if (row.id == suggested)
            ui->scopeUseSuggestedButton->setText(tr("Start with “%1” only").arg(row.name));
    }

    ui->scopeSelectionLabel->setVisible(loaded);
    if (!loaded)
        return;
    if (selected.isEmpty()) {
        ui->scopeSelectionLabel->setText(tr("Tick at least one Blueprint to go on."));
        return;
    }
    const iru::PlatformCounts counts = m_controller->selectedCounts();
    // Counts after a colon read right for any number, without plural forms.
    QString devices = tr("Macs: %1, iPhones: %2, iPads: %3")
                          .arg(counts.macs)
                          .arg(counts.iPhones)
                          .arg(counts.iPads);
    if (counts.others > 0)
        devices += tr(", other devices: %1").arg(counts.others);
    ui->scopeSelectionLabel->setText(tr("In scope: %1 of %2 Blueprints (%3).")
                                         .arg(selected.size())
                                         .arg(m_controller->rows().size())
                                         .arg(devices));
}

} // namespace odt::wizard
