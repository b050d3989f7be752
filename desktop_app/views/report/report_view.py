"""The Report tab: the call-block report with numbers beside charts, for a chosen period."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMargins, QObject, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.domain.localtime import utc_to_local
from desktop_app.platform.private_files import open_private
from desktop_app.services import AppContext
from desktop_app.services.context import STALLS, TOUCHES
from desktop_app.services.report import (
    PERIOD_PRESETS,
    CallBlockReport,
    Funnel,
    ReportPeriod,
    build_report,
    custom_period,
    export_report_csv,
    period_preset,
)
from desktop_app.views.common.background import BackgroundJob
from desktop_app.views.common.colours import PAPER_MUTED, Tone, is_dark, series_colours, set_tone
from desktop_app.views.common.qt_dates import from_qdate, to_qdate
from desktop_app.views.common.table_model import RowTableModel, configure_list_table

DEFAULT_PERIOD = "last_90"
DEFINITIONS = QT_TR_NOOP(
    "Cohorts are the stalls logged in the period; what became of them is counted up to now. "
    "<b>Reached</b>: a call for the stall connected (a conversation, an appointment, a new "
    "stall or “not interested”). <b>Conversation</b>: a call logged as a conversation or an "
    "appointment. <b>Punctuality</b>: calls planned for the agreed slot, minutes after the "
    "slot they were logged. <b>Touches before the first conversation</b>: touches made for "
    "the stall, up to and including that call."
)


class FiguresTableModel(RowTableModel[Sequence[str]]):
    """A small read-only table of report figures; the first column is the label."""

    def __init__(self, columns: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)

    def columnCount(self, parent: Any = None) -> int:
        return len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section]
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        values = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return values[column] if column < len(values) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _count(value: int) -> str:
    """A whole number with the rep's thousands separator (1,234 or 1.234)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)


def _percent(count: int, whole: int) -> str:
    return tr("{number}%").format(number=round(100 * count / whole)) if whole else "–"


def _with_rate(count: int, whole: int) -> str:
    return f"{_count(count)}  ({_percent(count, whole)})" if whole else _count(count)


def funnel_rows(funnels: Sequence[Funnel]) -> list[list[str]]:
    return [[tr(f.label), _count(f.stalls), _with_rate(f.reached, f.stalls),
             _with_rate(f.conversations, f.stalls), _with_rate(f.appointments, f.stalls)]
            for f in funnels]


def _minutes(value: float | None) -> str:
    if value is None:
        return "–"
    from PySide6.QtCore import QLocale

    digits = 0 if float(value).is_integer() else 1
    return tr("{minutes} min").format(
        minutes=QLocale().toString(float(value), "f", digits))


class ReportSection(QGroupBox):
    """A titled block: the figures on the left, a chart on the right."""

    def __init__(self, title: str, columns: Sequence[str], parent: QWidget,
                 name: str = "") -> None:
        super().__init__(title, parent)
        self.model = FiguresTableModel(columns, self)
        self.table = QTableView(self)
        self.table.setObjectName(f"{name or title} figures")  # English: found by tests
        self.table.setAccessibleName(tr("{section}: figures").format(section=title))
        self.table.setModel(self.model)
        configure_list_table(self.table)
        # The figures take the focus and arrows move cell by cell, so a screen reader
        # reads each number with its row and column.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        set_tone(self.note, Tone.MUTED)
        self.chart_box = QVBoxLayout()
        self.chart_view: Any = None
        left = QVBoxLayout()
        left.addWidget(self.table)
        left.addWidget(self.note)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addLayout(self.chart_box, 1)

    def set_rows(self, rows: Sequence[Sequence[str]], note: str = "") -> None:
        self.model.set_rows(rows)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.table.resizeColumnsToContents()
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        self.table.setFixedHeight(height)
        width = sum(self.table.columnWidth(c) for c in range(self.model.columnCount())) + 4
        self.table.setFixedWidth(width)

    def set_chart(self, chart: Any) -> None:
        from PySide6.QtCharts import QChartView

        if self.chart_view is None:
            self.chart_view = QChartView(self)
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.chart_view.setMinimumSize(QSize(320, 250))
            self.chart_view.setSizePolicy(QSizePolicy.Policy.Expanding,
                                          QSizePolicy.Policy.Expanding)
            self.chart_box.addWidget(self.chart_view)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()


def bar_chart(categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
              *, percent_axis: bool = False, horizontal: bool = False) -> Any:
    """A grouped bar chart; QtCharts is imported only when a chart is drawn."""
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSeries,
        QBarSet,
        QChart,
        QHorizontalBarSeries,
        QValueAxis,
    )
    from PySide6.QtGui import QGuiApplication, QPalette

    chart = QChart()
    if is_dark():
        chart.setTheme(QChart.ChartTheme.ChartThemeDark)
    colours = series_colours()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    top = 0.0
    for index, (name, values) in enumerate(series):
        bar_set = QBarSet(name)
        bar_set.setColor(colours[index % len(colours)])
        bar_set.setBorderColor(colours[index % len(colours)])
        bar_set.setLabelColor(QGuiApplication.palette().color(QPalette.ColorRole.Text))
        for value in (reversed(values) if horizontal else values):
            bar_set.append(float(value))
            top = max(top, float(value))
        bars.append(bar_set)
    bars.setLabelsVisible(len(categories) * len(series) <= 12)
    bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setLabelsFormat("@value%" if percent_axis else "@value")
    chart.addSeries(bars)
    category_axis = QBarCategoryAxis()
    labels = list(categories) if horizontal else [_two_lines(c) for c in categories]
    category_axis.append(list(reversed(labels)) if horizontal else labels)
    value_axis = QValueAxis()
    value_axis.setLabelFormat("%d%%" if percent_axis else "%d")
    ceiling = 100.0 if percent_axis else max(4.0, top * 1.15)
    value_axis.setRange(0, ceiling)
    value_axis.applyNiceNumbers()
    if percent_axis:  # room above 100% for the bar labels, ticks every 20%
        value_axis.setRange(0, 112)
        value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        value_axis.setTickAnchor(0)
        value_axis.setTickInterval(20)
    if horizontal:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(category_axis)
    bars.attachAxis(value_axis)
    chart.legend().setVisible(len(series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _two_lines(label: str) -> str:
    """A category under a bar, broken at its middle space so a long word pair ("Nächster
    Monat") reads whole under a narrow bar instead of ending in an ellipsis."""
    from html import escape

    words = label.split(" ")
    if len(words) < 2:
        return escape(label)
    best = min(range(1, len(words)),
               key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return escape(" ".join(words[:best])) + "<br>" + escape(" ".join(words[best:]))


def _rate(count: int, whole: int) -> float:
    return round(100 * count / whole) if whole else 0


class ReportPanel(QWidget):
    """The call-block report; computed on a worker thread with its own connection."""

    def __init__(self, ctx: AppContext, changes: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportPanel")
        self.ctx = ctx
        self.report: CallBlockReport | None = None
        self._dirty = True
        self._again = False
        self.job = BackgroundJob("ReportJob", self)
        self.job.finished.connect(self._show_report)
        self.job.failed.connect(self._show_failure)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setObjectName("ReportRefreshTimer")
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)
        self._refresh_timer.timeout.connect(self.refresh)
        changes.changed.connect(self._on_changed)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 6)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Stalls logged in:"), self))
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("ReportPeriod")
        for key, label in PERIOD_PRESETS:
            self.period_combo.addItem(tr(label), key)
        self.period_combo.addItem(tr("Between dates…"), "custom")
        self.period_combo.setCurrentIndex(self.period_combo.findData(DEFAULT_PERIOD))
        bar.addWidget(self.period_combo)
        local_today = utc_to_local(ctx.now(), ctx.rep_timezone).date()
        today = to_qdate(local_today)
        self.from_date = QDateEdit(today.addMonths(-1), self)
        self.to_date = QDateEdit(today, self)
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setVisible(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.to_label = QLabel(tr("to", "between two dates"), self)
        self.to_label.setVisible(False)
        bar.addWidget(self.from_date)
        bar.addWidget(self.to_label)
        bar.addWidget(self.to_date)
        self.status = QLabel(self)
        self.status.setObjectName("ReportStatus")
        set_tone(self.status, Tone.MUTED)
        bar.addWidget(self.status, 1)
        self.csv_button = QPushButton(tr("Export CSV…"), self)
        self.pdf_button = QPushButton(tr("Export PDF…"), self)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)
        outer.addLayout(bar)
        self.period_combo.currentIndexChanged.connect(self._period_changed)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setAccessibleName(tr("Call-block report"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self.scroll_area)
        body.setObjectName("ReportBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 4, 0, 4)
        funnel_columns = (tr("Stall kind"), tr("Stalls"), tr("Reached"), tr("Conversation"),
                          tr("Appointment"))
        self.kinds_section = ReportSection(tr("What became of the stalls"), funnel_columns,
                                           body, "What became of the stalls")
        self.quality_section = ReportSection(
            tr("Booked against vague slots"), (tr("Slot"), *funnel_columns[1:]), body,
            "Booked against vague slots")
        self.punctuality_section = ReportSection(
            tr("Punctuality at the agreed slot"), (tr("Calls"), tr("Count")), body,
            "Punctuality at the agreed slot")
        self.touches_section = ReportSection(
            tr("Touches before the first conversation"), (tr("Touches"), tr("Conversations")),
            body, "Touches before the first conversation")
        self.quiet_section = ReportSection(
            tr("Why prospects went quiet"), (tr("Reason"), tr("Stalls")), body,
            "Why prospects went quiet")
        grid.addWidget(self.kinds_section, 0, 0, 1, 2)
        grid.addWidget(self.quality_section, 1, 0, 1, 2)
        grid.addWidget(self.punctuality_section, 2, 0)
        grid.addWidget(self.touches_section, 2, 1)
        grid.addWidget(self.quiet_section, 3, 0)
        definitions = QLabel(tr(DEFINITIONS), body)
        definitions.setWordWrap(True)
        set_tone(definitions, Tone.MUTED)
        definitions.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(definitions, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)
        self._set_buttons()

    # -- computing ------------------------------------------------------------------------

    def period(self) -> ReportPeriod:
        key = self.period_combo.currentData()
        tz = self.ctx.rep_timezone
        if key == "custom":
            return custom_period(from_qdate(self.from_date.date()),
                                 from_qdate(self.to_date.date()), tz)
        return period_preset(key, self.ctx.now(), tz)

    def refresh(self) -> None:
        """Recompute on a worker thread; a request while one runs is queued once."""
        self._dirty = False
        if self.job.running:
            self._again = True
            return
        period = self.period()
        self.status.setText(tr("Working out the figures…"))
        self._set_buttons()
        self.job.start_with_store(
            self.ctx.store, lambda store, _p, _c: build_report(store, period))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & {STALLS, TOUCHES}:
            self._dirty = True
            if self.isVisible():
                self._refresh_timer.start()

    def _period_changed(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        for widget in (self.from_date, self.to_label, self.to_date):
            widget.setVisible(custom)
        self.refresh()

    def _show_failure(self, message: str) -> None:
        self.status.setText(message)
        self._set_buttons()

    def _show_report(self, report: CallBlockReport) -> None:
        if self._again:
            self._again = False
            self.refresh()
            return
        self.report = report
        self._fill(report)
        count = report.total.stalls
        self.status.setText(tr("%n stall(s) logged · {period}", None, count).format(
            period=tr(report.period.label)))
        self._set_buttons()

    def _set_buttons(self) -> None:
        ready = self.report is not None and not self.job.running
        self.csv_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    # -- showing --------------------------------------------------------------------------

    def _fill(self, report: CallBlockReport) -> None:
        kinds = [f for f in report.by_kind]
        self.kinds_section.set_rows(funnel_rows([*kinds, report.total]))
        self.kinds_section.set_chart(bar_chart(
            [_short_kind(f.label) for f in kinds],
            [(tr("Stalls"), [f.stalls for f in kinds]),
             (tr("Reached"), [f.reached for f in kinds]),
             (tr("Conversation"), [f.conversations for f in kinds]),
             (tr("Appointment"), [f.appointments for f in kinds])]))

        qualities = [f for f in report.by_quality if f.key in ("booked", "vague")]
        self.quality_section.set_rows(funnel_rows(report.by_quality))
        self.quality_section.set_chart(bar_chart(
            [tr("Reached"), tr("Conversation"), tr("Appointment")],
            [(tr(f.label), [_rate(f.reached, f.stalls), _rate(f.conversations, f.stalls),
                        _rate(f.appointments, f.stalls)]) for f in qualities],
            percent_axis=True))

        p = report.punctuality
        self.punctuality_section.set_rows(
            [[tr("On time"), _with_rate(p.on_time, p.calls)],
             [tr("1–5 min late"), _with_rate(p.within_5, p.calls)],
             [tr("More than 5 min late"), _with_rate(p.later, p.calls)],
             [tr("Median lateness"), _minutes(p.median_minutes)]],
            "" if p.calls else tr("No calls at an agreed slot were logged for these stalls."))
        self.punctuality_section.set_chart(bar_chart(
            [tr("On time"), tr("1–5 min"), tr("> 5 min")],
            [(tr("Calls"), [p.on_time, p.within_5, p.later])]))

        t = report.touches_to_conversation
        rows = [[tr("6+ touches") if bucket == "6+" else tr("%n touch(es)", None, int(bucket)),
                 _with_rate(n, t.conversations)] for bucket, n in t.buckets]
        from PySide6.QtCore import QLocale

        locale = QLocale()
        rows.append([tr("Median"), "–" if t.median is None else locale.toString(
            t.median, "f", 0 if float(t.median).is_integer() else 1)])
        rows.append([tr("Mean"), "–" if t.mean is None else locale.toString(t.mean, "f", 1)])
        self.touches_section.set_rows(rows)
        self.touches_section.set_chart(bar_chart(
            [b for b, _ in t.buckets], [(tr("Conversations"), [n for _, n in t.buckets])]))

        quiet = list(report.quiet_reasons)
        self.quiet_section.set_rows(
            [[tr(label), _with_rate(n, report.quiet_total)] for label, n in quiet],
            "" if report.quiet_total else tr("Nobody said “not interested” in this period."))
        self.quiet_section.set_chart(bar_chart(
            [tr(label) for label, _ in quiet], [(tr("Stalls"), [n for _, n in quiet])],
            horizontal=True))

    # -- exporting ------------------------------------------------------------------------

    def _ask_path(self, title: str, suffix: str, pattern: str) -> Path | None:
        name = f"tickler-report-{date.today().isoformat()}.{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    def export_csv(self, path: Path | None = None) -> Path | None:
        if self.report is None:
            return None
        path = path or self._ask_path(tr("Export the report as CSV"), "csv",
                                      tr("CSV files (*.csv)"))
        if path is None:
            return None
        try:
            export_report_csv(self.report, path)
        except OSError as exc:
            QMessageBox.warning(self, tr("Export failed"), tr(
                "Could not write {file}: {error}").format(file=path.name, error=exc))
            return None
        return path

    def export_pdf(self, path: Path | None = None) -> Path | None:
        if self.report is None:
            return None
        path = path or self._ask_path(tr("Export the report as PDF"), "pdf",
                                      tr("PDF files (*.pdf)"))
        if path is None:
            return None
        from PySide6.QtGui import QPdfWriter

        open_private(path, "wb").close()  # QPdfWriter then writes into a 0600 file
        writer = QPdfWriter(str(path))
        writer.setTitle(tr("Tickler call-block report: {period}").format(
            period=tr(self.report.period.label)))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setResolution(150)
        document = self._report_document(writer.width())
        document.print_(writer)
        if not path.exists() or path.stat().st_size == 0:
            QMessageBox.warning(self, tr("Export failed"),
                                tr("Could not write {file}.").format(file=path.name))
            return None
        return path

    def _report_document(self, page_width: int) -> QTextDocument:
        """The report as a printable document: each section's figures and its chart."""
        from html import escape

        assert self.report is not None
        document = QTextDocument(self)
        parts = [tr("<h1>Call-block report</h1><p>Stalls logged: {period} · %n stall(s)</p>",
                    None, self.report.total.stalls).format(
            period=escape(tr(self.report.period.label)))]
        for number, section in enumerate((self.kinds_section, self.quality_section,
                                          self.punctuality_section, self.touches_section,
                                          self.quiet_section)):
            model = section.model
            titles = [model.headerData(c, Qt.Orientation.Horizontal)
                      for c in range(model.columnCount())]
            head = "".join(f"<th align='left'>{escape(str(t))}</th>" for t in titles)
            body = "".join(
                "<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row) + "</tr>"
                for row in model.rows())
            parts.append(f"<h3>{escape(section.title())}</h3>"
                         f"<table cellspacing='0' cellpadding='3' border='1'>"
                         f"<tr>{head}</tr>{body}</table>")
            if section.chart_view is not None:
                image = self._chart_image(section.chart_view)
                url = QUrl(f"chart{number}.png")
                document.addResource(QTextDocument.ResourceType.ImageResource, url, image)
                parts.append(f"<p><img src='{url.toString()}' width='520'></p>")
        parts.append(f"<p style='color:{PAPER_MUTED}'>{tr(DEFINITIONS)}</p>")
        document.setHtml("".join(parts))
        return document

    @staticmethod
    def _chart_image(view: Any) -> QImage:
        size = QSize(1280, 640)
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene = view.scene()
        chart = view.chart()
        old = chart.size()
        chart.resize(size.width() / 2, size.height() / 2)
        scene.render(painter, image.rect(), chart.sceneBoundingRect())
        chart.resize(old)
        painter.end()
        return image


SHORT_KINDS = {"Call me next month": QT_TR_NOOP("Next month"),
               "Call me next week": QT_TR_NOOP("Next week"),
               "Call me back later": QT_TR_NOOP("Later"),
               "Not ready yet": QT_TR_NOOP("Not ready"),
               "Too busy right now": QT_TR_NOOP("Too busy"),
               "Gone dark / no answer": QT_TR_NOOP("Gone dark")}


def _short_kind(label: str) -> str:
    return tr(SHORT_KINDS[label]) if label in SHORT_KINDS else label
