// SPDX-License-Identifier: Apache-2.0
#include "presetinfo.h"

#include "carrierpreset.h"
#include "look.h"
#include "statusstyle.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
void setTone(QLabel* label, StatusStyle::Tone tone)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, StatusStyle::color(tone, pal));
    label->setPalette(pal);
}
} // namespace

SkippedPresetFiles::SkippedPresetFiles(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("skippedPresetFiles"));
    m_summary->setObjectName(QStringLiteral("skippedPresetSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    setTone(m_summary, StatusStyle::Tone::Warning);
    m_toggle->setObjectName(QStringLiteral("skippedPresetToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    // file names and messages quote what the files say
    m_details->setObjectName(QStringLiteral("skippedPresetDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->hide();
    Look::makeMuted(m_details);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(6);
    top->addWidget(m_summary, 1);
    top->addWidget(m_toggle, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_details);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(open);
        retranslate();
    });
    hide();
}

void SkippedPresetFiles::setProblems(const QList<PresetFileProblem>& problems)
{
    m_problems = problems;
    QStringList lines;
    for (const PresetFileProblem& problem : problems)
        lines << QDir::toNativeSeparators(problem.text());
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_summary->setToolTip(m_details->text());
    retranslate();
    setVisible(!problems.isEmpty());
}

void SkippedPresetFiles::retranslate()
{
    m_summary->setText(tr("%n preset files were not loaded.", nullptr, int(m_problems.size())));
    m_toggle->setText(m_toggle->isChecked() ? tr("Hide why") : tr("Show why"));
    m_toggle->setAccessibleName(tr("Why preset files were not loaded"));
}

void SkippedPresetFiles::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

PresetInfo::PresetInfo(QWidget* parent)
    : QFrame(parent)
    , m_notes(new QLabel(this))
    , m_origin(new QLabel(this))
    , m_unconfirmed(new QLabel(this))
    , m_docs(new QLabel(this))
    , m_skipped(new SkippedPresetFiles(this))
{
    setObjectName(QStringLiteral("presetInfo"));
    m_notes->setObjectName(QStringLiteral("presetNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    Look::makeMuted(m_notes);
    m_origin->setObjectName(QStringLiteral("presetOrigin"));
    m_origin->setWordWrap(true);
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTone(m_origin, StatusStyle::Tone::Info);
    m_origin->hide();
    m_unconfirmed->setObjectName(QStringLiteral("presetUnconfirmed"));
    m_unconfirmed->setWordWrap(true);
    m_unconfirmed->setTextFormat(Qt::PlainText);
    setTone(m_unconfirmed, StatusStyle::Tone::Warning);
    m_docs->setObjectName(QStringLiteral("presetDocs"));
    m_docs->setTextFormat(Qt::RichText);
    m_docs->setOpenExternalLinks(true);
    m_docs->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_notes);
    layout->addWidget(m_origin);
    layout->addWidget(m_unconfirmed);
    layout->addWidget(m_docs);
    layout->addWidget(m_skipped);
}

void PresetInfo::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setPreset(m_preset);
    QFrame::changeEvent(event);
}

void PresetInfo::setSkipped(const QList<PresetFileProblem>& problems)
{
    m_skipped->setProblems(problems);
}

void PresetInfo::showOrigin(const CarrierPreset& preset)
{
    const QString file = QDir::toNativeSeparators(preset.sourceFile);
    switch (preset.origin) {
    case PresetOrigin::BuiltIn:
        m_origin->clear();
        break;
    case PresetOrigin::System:
        m_origin->setText(tr("An administrator's preset, read from %1").arg(file));
        break;
    case PresetOrigin::User:
        m_origin->setText(tr("Your preset, read from %1").arg(file));
        break;
    }
    m_origin->setVisible(preset.origin != PresetOrigin::BuiltIn);
}

void PresetInfo::setPreset(const CarrierPreset* preset)
{
    m_preset = preset;
    if (!preset) {
        m_notes->clear();
        m_origin->hide();
        m_unconfirmed->hide();
        m_docs->clear();
        return;
    }
    m_notes->setText(carrierText(preset->notes.isEmpty() ? preset->summary : preset->notes));
    showOrigin(*preset);
    QStringList facts;
    for (const QString& fact : preset->unconfirmed)
        facts << carrierText(fact);
    m_unconfirmed->setText(tr("Not confirmed by %1's own documentation: %2.")
                               .arg(preset->name, facts.join(QStringLiteral(", "))));
    m_unconfirmed->setVisible(!facts.isEmpty());
    const QString url = preset->docsUrl.toString();
    m_docs->setText(
        url.isEmpty()
            ? QString()
            : QStringLiteral("<a href=\"%1\">%2</a>")
                  .arg(url.toHtmlEscaped(),
                       tr("%1 developer documentation \u2197").arg(preset->name).toHtmlEscaped()));
    m_docs->setToolTip(url);
    m_docs->setAccessibleName(tr("%1 developer documentation").arg(preset->name));
}
