"""The learner's progress: one small JSON file, written atomically, never executed.

Layout (version 1)::

    {"version": 1, "language": "tr", "last": "article-main",
     "lessons": {"article-main": {"step": 4, "step_id": "backward", "total": 12,
                                  "done": false, "updated": "2025-01-01T10:00:00+00:00",
                                  "stats": {"tasks": {"backward": true}, "hints": {},
                                            "quizzes": {"grad-before": false}}}}}

``stats`` (optional, absent in older files) is what the end screen counts.

``step`` is the step the learner is on; every step before it is complete, so a resume replays
the steps before ``step`` and shows ``step`` again. ``done`` is kept apart from that position:
once a lesson is done it stays done (:meth:`ProgressStore.save_lesson` never clears it; only
:meth:`ProgressStore.forget_lesson` does), while ``step`` still follows the learner around.
Reading is tolerant (a bad entry costs only that entry; a bad file is moved aside, never silently
overwritten). Writing is read-modify-write under a lock file, so two tutors open at once merge
instead of clobbering, and the file is replaced by rename, so a kill -9 mid-write leaves the previous good state.

Standard library only (no UI), so ``autograd-tui lessons`` can read progress cheaply.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from autograd_tui.settings import LANGS, NotRegularFile, progress_path, read_regular

VERSION = 1


@dataclass
class LessonProgress:
    step: int = 0
    step_id: str | None = None
    total: int = 0
    done: bool = False
    updated: str = ""
    # how the learner did, for the end screen: {"tasks": {step id: solved without help},
    # "hints": {step id: hints shown}, "quizzes": {step id: right on the first try}}
    stats: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_json(cls, raw: Any) -> "LessonProgress | None":
        """A validated entry, or None when ``raw`` is not one (wrong types are not guessed at)."""
        if not isinstance(raw, dict):
            return None
        step, total, done = raw.get("step", 0), raw.get("total", 0), raw.get("done", False)
        step_id, updated = raw.get("step_id"), raw.get("updated", "")
        if not (isinstance(step, int) and not isinstance(step, bool) and step >= 0):
            return None
        if not (isinstance(total, int) and not isinstance(total, bool) and total >= 0):
            return None
        if not isinstance(done, bool) or not (step_id is None or _is_text(step_id)):
            return None
        if not _is_text(updated):
            return None
        return cls(step=step, step_id=step_id, total=total, done=done, updated=updated,
                   stats=_clean_stats(raw.get("stats")))

    @classmethod
    def repaired(cls, raw: Any) -> "LessonProgress | None":
        """What can still be trusted of an entry :meth:`from_json` refuses: the step reached
        (the learner's work) when it is a whole number, with every damaged nicety (``updated``,
        ``total``, ``step_id``, ``done``) reset; None when even the step is gone."""
        if not isinstance(raw, dict):
            return None
        step = raw.get("step", 0)
        if isinstance(step, float) and step.is_integer() and 0 <= step < 2**31:
            step = int(step)
        if not (isinstance(step, int) and not isinstance(step, bool) and 0 <= step < 2**31):
            return None

        def kept(name: str, ok: Callable[[Any], bool], default: Any) -> Any:
            value = raw.get(name, default)
            return value if ok(value) else default

        whole = lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0  # noqa: E731
        return cls(step=step, step_id=kept("step_id", lambda v: v is None or _is_text(v), None),
                   total=kept("total", whole, 0), done=kept("done", lambda v: isinstance(v, bool), False),
                   updated=kept("updated", _is_text, ""),
                   stats=_clean_stats(raw.get("stats")))

    def to_json(self) -> dict[str, Any]:
        """The entry as the file holds it, sharing this object's stats tables (by hand:
        dataclasses.asdict deep-copies field by field; cleaning 20,000 entries with it took
        seconds, and every entry made here is fresh from :meth:`from_json` or the tutor)."""
        return {"step": self.step, "step_id": self.step_id, "total": self.total, "done": self.done,
                "updated": self.updated, "stats": self.stats}

    def status(self) -> str:
        """'done', 'started' or 'new' - what the menu shows."""
        if self.done:
            return "done"
        return "started" if self.step > 0 else "new"


STAT_TYPES = {"tasks": bool, "hints": int, "quizzes": bool}
_NOT_LESSONS = {"lessons", "stats", *STAT_TYPES}   # objects of the file that are no lesson entry


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and _writable_text(value)


def _writable_text(text: str) -> bool:
    """Whether ``text`` can be written back as UTF-8 (JSON can spell lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _clean_stats(raw: Any) -> dict[str, dict[str, Any]]:
    """The stats that make sense; anything else is dropped (stats are a nicety, not progress)."""
    if not isinstance(raw, dict):
        return {}
    out: dict[str, dict[str, Any]] = {}
    for name, kind in STAT_TYPES.items():
        table = raw.get(name)
        if isinstance(table, dict):
            out[name] = {k: v for k, v in table.items()
                         if isinstance(k, str) and _writable_text(k) and type(v) is kind}
    return out


_ENTRY_KEYS = {"step", "step_id", "total", "done", "updated", "stats"}


def _as_written(entry: Any) -> bool:
    """Whether ``entry`` is exactly what :meth:`LessonProgress.to_json` writes, with every stats
    table (then cleaning it would give it back unchanged). A quick exact check: a file of
    20,000 entries took most of a second to rebuild entry by entry at every start."""
    if type(entry) is not dict or entry.keys() != _ENTRY_KEYS:
        return False
    step, total, step_id, stats = entry["step"], entry["total"], entry["step_id"], entry["stats"]
    if type(step) is not int or step < 0 or type(total) is not int or total < 0:
        return False
    if type(entry["done"]) is not bool or type(entry["updated"]) is not str or not _writable_text(entry["updated"]):
        return False
    if step_id is not None and type(step_id) is str and not _writable_text(step_id):
        return False
    if (step_id is not None and type(step_id) is not str) or type(stats) is not dict \
            or stats.keys() != STAT_TYPES.keys():
        return False
    for name, kind in STAT_TYPES.items():
        table = stats[name]
        if type(table) is not dict or any(type(value) is not kind for value in table.values()):
            return False
        if table and not _writable_text("".join(table)):   # a key JSON spelt as a lone surrogate
            return False
    return True   # a JSON object's keys are always strings


def progress_bar(done: int, total: int, width: int = 20) -> str:
    """``████░░░░``: how much of ``total`` is ``done``."""
    filled = round(width * done / total) if total else 0
    return "█" * filled + "░" * (width - filled)


MAX_PROGRESS_BYTES = 4 * 1024 * 1024   # ~20,000 lessons' entries; a bigger file is damage
INDENTED_UP_TO = 256 * 1024            # bytes (compact) up to which the file is written indented


# why: without indent, json uses its C encoder; with indent, a pure-Python one (seconds for a
# file of 20,000 entries, on every save). One encoder: json.dumps builds one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _compact(value: Any) -> str:
    return _ENCODER.encode(value)


def _compact_data(data: dict[str, Any], cache: dict[str, tuple[Any, str]] | None) -> str:
    """``_compact(data)``, with each lesson's entry encoded once for as long as it stays the
    same object in ``cache`` (entries are replaced on change, never modified in place), so a
    save of a file with 20,000 lessons encodes only what changed."""
    lessons = data.get("lessons")
    if cache is None or not isinstance(lessons, dict):
        return _compact(data)
    parts, kept = [], {}
    for key in sorted(lessons):
        entry = lessons[key]
        hit = cache.get(key)
        if hit is None or hit[0] is not entry:
            hit = (entry, _compact({key: entry})[1:-1])   # '"key":{...}'
        kept[key] = hit
        parts.append(hit[1])
    cache.clear()
    cache.update(kept)
    # why: inside a JSON string every quote is escaped, so this marker occurs once, as the key
    head = _compact(dict(data, lessons={}))
    return head.replace('"lessons":{}', '"lessons":{' + ",".join(parts) + "}", 1)


def _payload_within_limit(data: dict[str, Any], cache: dict[str, tuple[Any, str]] | None = None) -> bytes:
    """The file's bytes: indented (for a person reading it) while small, else compact, and if
    even that is too large, first without the stats of the lessons touched longest ago (the end
    screen's counts, not progress), then without as few of those lessons as it takes. A file
    written here must never read back as damage (it would be salvaged again at every start).
    ``cache``: see :func:`_compact_data`."""
    payload = _compact_data(data, cache).encode("utf-8")
    if len(payload) <= INDENTED_UP_TO:
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    if len(payload) <= MAX_PROGRESS_BYTES:
        return payload
    data = dict(data)
    lessons = dict(data.get("lessons") or {})
    order = {key: i for i, key in enumerate(lessons)}  # ties: the later entries go first
    oldest = sorted(lessons, key=lambda k: (str(lessons[k].get("updated", "")) if isinstance(lessons[k], dict)
                                            else "", -order[k]))
    excess = len(payload) - MAX_PROGRESS_BYTES
    for key in oldest:
        if excess <= 0:
            break
        entry = lessons[key]
        if isinstance(entry, dict) and entry.get("stats"):
            bare = dict(entry, stats={})
            excess -= len(_compact(entry).encode("utf-8")) - len(_compact(bare).encode("utf-8"))
            lessons[key] = bare
    for key in oldest:
        if excess <= 0:
            break
        excess -= len(_compact({key: lessons.pop(key)}).encode("utf-8"))   # its text and a comma
    while True:   # the sizes were counted entry by entry; the whole is checked once more
        data["lessons"] = lessons
        payload = _compact(data).encode("utf-8")
        if len(payload) <= MAX_PROGRESS_BYTES or not lessons:
            return payload
        lessons.pop(next(key for key in oldest if key in lessons))


def _keep_missing(data: dict[str, Any], salvaged: dict[str, Any]) -> None:
    """Add what ``salvaged`` knows and ``data`` does not (never overwrite fresher entries)."""
    for key in ("language", "last"):
        if data.get(key) is None and salvaged.get(key) is not None:
            data[key] = salvaged[key]
    for lesson_id, entry in salvaged.get("lessons", {}).items():
        data["lessons"].setdefault(lesson_id, entry)


def _signature(status: os.stat_result) -> tuple[int, ...]:
    """What changes whenever the file is replaced or written (each save here is a new file)."""
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


class ProgressStore:
    """Load once, then every change goes straight to disk.

    ``notices`` collects i18n keys (with format arguments) that the UI must show once: a
    corrupted file moved aside, or a state directory that cannot be written.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            path = progress_path()
        self.path = Path(path)
        self.notices: list[tuple[str, dict[str, str]]] = []
        self.writable = True
        self._unwritable_told = False
        self._last_error = ""
        self._pending: dict[str, Any] | None = None   # salvaged data not written yet
        self._moved_aside: Path | None = None
        # why: the file as this store last read it clean or wrote it; a save finds it unchanged
        # (no other tutor wrote meanwhile) and skips reading and validating every entry again
        self._seen: tuple[int, ...] | None = None
        self._encoded: dict[str, tuple[Any, str]] = {}   # see _compact_data
        self._listed: tuple[int, dict[str, LessonProgress]] | None = None   # lessons(), per change
        self._changes = 0
        self._data: dict[str, Any] = self._empty()
        self._data = self._read(report=True)
        if self._moved_aside is not None and self._data != self._empty():
            # why: the damaged file is now a backup; write back what was salvaged from it, or
            # the first save would start from an empty file and drop the other lessons
            salvaged = json.loads(json.dumps(self._data))
            backup = self._moved_aside
            if not self._update(lambda d: _keep_missing(d, salvaged), quiet=True):
                self._undo_salvage(backup)

    # ----------------------------------------------------------------- reading
    @staticmethod
    def _empty() -> dict[str, Any]:
        return {"version": VERSION, "language": None, "last": None, "lessons": {}}

    def _read(self, *, report: bool) -> dict[str, Any]:
        """The file's data, cleaned. A damaged file is backed up and salvaged entry by entry."""
        self._seen = None
        seen: list[os.stat_result] = []
        try:
            raw_bytes = read_regular(self.path, MAX_PROGRESS_BYTES + 1, seen)
        except FileNotFoundError:
            return self._empty()
        except NotRegularFile:
            self._quarantine(report)   # a FIFO or a device here would block every read
            return self._empty()
        except OSError:
            return dict(self._data)
        if len(raw_bytes) > MAX_PROGRESS_BYTES:
            # why: no real progress file comes near this; reading and merging it on every save
            # would take seconds. Salvage what its beginning holds and keep it as a backup.
            data = self._salvage(raw_bytes[:MAX_PROGRESS_BYTES].decode("utf-8", "replace"))
            self._quarantine(report)
            return data
        try:
            text = raw_bytes.decode("utf-8")
            raw = json.loads(text)
        except (UnicodeDecodeError, ValueError, RecursionError):
            data = self._salvage(raw_bytes.decode("utf-8", "replace"))
            self._quarantine(report)
            return data
        data, clean = self._clean(raw)
        if not clean:
            self._quarantine(report)
        else:
            self._seen = _signature(seen[0])
        return data

    def _clean(self, raw: Any) -> tuple[dict[str, Any], bool]:
        data = self._empty()
        if not isinstance(raw, dict):
            return data, False
        clean = raw.get("version") == VERSION
        lang = raw.get("language")
        if lang in LANGS:
            data["language"] = lang
        elif lang is not None:
            clean = False
        last = raw.get("last")
        if isinstance(last, str) and _writable_text(last):
            data["last"] = last
        elif last is not None:
            clean = False
        lessons = raw.get("lessons", {})
        if not isinstance(lessons, dict):
            return data, False
        for lesson_id, entry in lessons.items():
            if not _writable_text(lesson_id):
                # why: JSON may spell a lone surrogate ("\\ud800"), which UTF-8 cannot write
                # back; kept, it made every later save fail
                clean = False
                continue
            if _as_written(entry):
                data["lessons"][lesson_id] = entry   # fresh from json.loads: nothing to rebuild
                continue
            parsed = LessonProgress.from_json(entry)
            if parsed is None:
                clean = False
                # why: a damaged `updated` or `total` used to drop the lesson, and its step, whole
                parsed = LessonProgress.repaired(entry)
            if parsed is not None:
                data["lessons"][lesson_id] = parsed.to_json()
        return data, clean

    def _salvage(self, text: str) -> dict[str, Any]:
        """Keep what can still be read from a truncated or garbled file."""
        data = self._empty()
        m = re.search(r'"language"\s*:\s*"(tr|en)"', text)
        if m:
            data["language"] = m.group(1)
        m = re.search(r'"last"\s*:\s*"([^"\\]{1,200})"', text)
        if m:
            data["last"] = m.group(1)
        decoder = json.JSONDecoder()
        # why: each '"name": {' is tried as a whole object, nested "stats" included; a flat
        # pattern matched no entry that has stats (all of them now) and took the stats tables
        # themselves ("hints", "tasks") for lessons
        for m in re.finditer(r'"([^"\\]{1,200})"\s*:\s*(?=\{)', text):
            if m.group(1) in _NOT_LESSONS:
                continue
            try:
                raw, _ = decoder.raw_decode(text, m.end())
            except (ValueError, RecursionError):   # an entry nested past the parser's depth
                continue
            parsed = LessonProgress.from_json(raw) or LessonProgress.repaired(raw)
            if parsed is not None:
                data["lessons"][m.group(1)] = parsed.to_json()
        return data

    def _quarantine(self, report: bool) -> None:
        """Move the bad file aside (never delete what a learner might want back)."""
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while backup.exists():
            n += 1
            backup = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        try:
            os.replace(self.path, backup)
            self._moved_aside = backup
        except OSError as exc:
            if report:   # never claim a move that did not happen (a read-only folder)
                self.notices.append(("progress.corrupt_unmoved",
                                     {"path": str(self.path), "error": exc.strerror or str(exc)}))
            return
        if report:
            notice = ("progress.corrupt", {"path": str(backup)})
            self.notices.append(notice)
            # why: `autograd-tui lessons` reads progress too but shows no notices; leave one on
            # disk so the next tutor session still tells the learner, once
            # why: by rename, so that whatever sat there (even a FIFO) is replaced, not opened;
            # a folder there refuses the rename, and the temporary file must not stay behind
            marker = self._notice_path()
            tmp = marker.with_name(f".{marker.name}.{os.getpid()}.tmp")
            try:
                tmp.write_text(json.dumps(notice[1]), encoding="utf-8")
                os.replace(tmp, marker)
            except OSError:
                with contextlib.suppress(OSError):
                    tmp.unlink()

    # ----------------------------------------------------------------- writing
    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """An exclusive lock on a side file, so concurrent tutors take turns read-modify-write."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                import fcntl
            except ImportError:  # Windows: rename is still atomic, only merging is lost
                fcntl = None  # type: ignore[assignment]
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the flock

    def _write_atomic(self, data: dict[str, Any]) -> None:
        import tempfile  # why: only needed when saving; keeps start-up light

        payload = _payload_within_limit(data, self._encoded)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                   dir=str(self.path.parent))
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
            self._seen = None
            with contextlib.suppress(OSError):
                self._seen = _signature(os.stat(self.path))   # under the lock: it is ours
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        # why: the rename itself must reach the disk, or a power cut could undo it
        with contextlib.suppress(OSError):
            dfd = os.open(str(self.path.parent), os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)

    def _update(self, change: Callable[[dict[str, Any]], None], *, quiet: bool = False) -> bool:
        """Apply ``change`` to the freshest data on disk and write it back. False if not saved.

        Every save tries the disk again (a full disk may have room by now), but the learner is
        told only once that saving fails.
        """
        change(self._data)  # the session keeps working even when nothing can be written
        self._changes += 1
        self._moved_aside = None
        try:
            with self._locked():
                if self._seen is not None and self._seen == self._current_signature():
                    fresh = self._data   # as read or written here, and ``change`` is in it
                else:
                    fresh = self._read(report=True)
                    change(fresh)
                if self._pending is not None:
                    _keep_missing(fresh, self._pending)   # a salvage that could not be written yet
                self._write_atomic(fresh)
                self._data = fresh
                self._changes += 1
            self.writable = True
            self._pending = None
            return True
        except OSError as exc:
            self.writable = False
            self._last_error = exc.strerror or str(exc)
            if self._moved_aside is not None and self._pending is not None:
                self._undo_salvage(self._moved_aside)   # damaged again on disk: put it back, quietly
            elif not quiet and not self._unwritable_told:
                self._unwritable_told = True
                self.notices.append(("progress.unwritable",
                                     {"path": str(self.path.parent), "error": self._last_error}))
            return False

    def _current_signature(self) -> tuple[int, ...] | None:
        try:
            return _signature(os.stat(self.path))
        except OSError:
            return None

    def _undo_salvage(self, backup: Path) -> None:
        """The salvage could not be written (a full disk): put the damaged file back, so that
        nothing depends on this process living on, and say what really happened. Each later
        save reads the file again, salvages it and writes the result once space returns."""
        self.notices = [n for n in self.notices if n[0] != "progress.corrupt"]
        with contextlib.suppress(OSError):
            self._notice_path().unlink()
        with contextlib.suppress(OSError):
            os.replace(backup, self.path)
        self._moved_aside = None
        if self._pending is None:
            self._pending = json.loads(json.dumps(self._data))
            self.notices.append(("progress.salvage_pending", {"error": self._last_error}))

    # ----------------------------------------------------------------- public API
    def language(self) -> str | None:
        """The learner's saved language choice, if any."""
        return self._data.get("language")

    def last(self) -> str | None:
        """The id of the lesson opened most recently."""
        return self._data.get("last")

    def lesson(self, lesson_id: str) -> LessonProgress | None:
        raw = self._data["lessons"].get(lesson_id)
        return LessonProgress.from_json(raw) if raw is not None else None

    def lessons(self) -> dict[str, LessonProgress]:
        # why: the menu asks on every page; with 20,000 entries, parsing them all each time showed
        if self._listed is None or self._listed[0] != self._changes:
            out = {}
            for key, raw in self._data["lessons"].items():
                parsed = LessonProgress.from_json(raw)
                if parsed is not None:
                    out[key] = parsed
            self._listed = (self._changes, out)
        return dict(self._listed[1])

    def set_language(self, lang: str) -> bool:
        if lang not in LANGS:
            raise ValueError(lang)

        def change(d: dict[str, Any]) -> None:
            d["language"] = lang
        return self._update(change)

    def save_lesson(self, lesson_id: str, *, step: int, total: int, step_id: str | None = None,
                    done: bool = False, stats: dict[str, dict[str, Any]] | None = None) -> bool:
        """Save the position in a lesson; ``stats`` replaces the saved ones when given."""
        entry = LessonProgress(step=max(0, int(step)), step_id=step_id, total=int(total),
                               done=bool(done), updated=_now(), stats=_clean_stats(stats)).to_json()

        def change(d: dict[str, Any]) -> None:
            before = LessonProgress.from_json(d["lessons"].get(lesson_id))
            # why: "done" is earned once and kept; only the position moves back and forth
            kept = dict(entry, done=entry["done"] or bool(before and before.done))
            if stats is None and before is not None:
                kept["stats"] = before.stats
            d["lessons"][lesson_id] = kept
            d["last"] = lesson_id
        return self._update(change)

    def forget_lesson(self, lesson_id: str) -> bool:
        def change(d: dict[str, Any]) -> None:
            d["lessons"].pop(lesson_id, None)
        return self._update(change)

    def _notice_path(self) -> Path:
        return self.path.with_name(self.path.name + ".notice")

    def take_notices(self) -> list[tuple[str, dict[str, str]]]:
        """The notices not shown yet (including one left by another command); each once."""
        out, self.notices = self.notices, []
        marker = self._notice_path()
        try:
            raw = read_regular(marker, 64 * 1024)
        except NotRegularFile:
            raw = b""
        except OSError:
            raw = None
        if raw is not None:
            with contextlib.suppress(OSError):
                marker.unlink()   # read or not, an empty or odd notice is never left behind
        try:
            pending = json.loads(raw.decode("utf-8")) if raw else None
        except ValueError:
            pending = None
        if isinstance(pending, dict) and isinstance(pending.get("path"), str):
            notice = ("progress.corrupt", {"path": pending["path"]})
            if notice not in out:
                out.append(notice)
        return out
