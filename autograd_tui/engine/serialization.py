"""``torch.save`` / ``torch.load`` in PyTorch's zip checkpoint format, readable both ways.

A checkpoint is a zip archive ``<name>/``: ``data.pkl`` (a protocol-2 pickle of the object),
one ``data/<key>`` record of raw little-endian bytes per tensor storage, and a few small
records (``version``, ``byteorder``, …). Inside the pickle a tensor is a call to
``torch._utils._rebuild_tensor_v2`` whose storage argument is a *persistent id* naming its
``data/<key>`` record.

Loading never runs code from the file. The unpickler resolves only an allowlist of globals,
each to our own safe stand-in (``OrderedDict``, the tensor-rebuilding functions, dtypes, …);
any other global is refused with PyTorch's ``weights_only`` error before anything is called,
whatever ``weights_only`` says. Bounds of every stored tensor view are checked against its
storage before a numpy view is made.
"""
from __future__ import annotations as _annotations

import _compat_pickle
import collections as _collections
import contextlib as _contextlib
import io
import os
import pickle
import secrets as _secrets
import zipfile as _zipfile
from typing import Any, Callable, Iterable as _Iterable, Optional as _Optional

import numpy as _np

from autograd_tui.engine import dtypes as _dtypes, functions as _functions, missing as _missing
from autograd_tui.engine._tensor import Size as _Size, Tensor as _Tensor, device as _device, make as _make
from autograd_tui.engine.nn.modules.module import OptimizedModule as _OptimizedModule
from autograd_tui.engine.nn.parameter import Parameter as _Parameter

__all__ = ["save", "load", "add_safe_globals", "get_safe_globals", "clear_safe_globals", "safe_globals",
           "DEFAULT_PROTOCOL"]

DEFAULT_PROTOCOL = 2
_ALIGNMENT = 64  # PyTorch aligns every record's data to 64 bytes (mmap-friendly)

# Legacy storage class names in checkpoints, and the element type of each.
_STORAGE_DTYPES = {
    "FloatStorage": _dtypes.float32, "DoubleStorage": _dtypes.float64, "HalfStorage": _dtypes.float16,
    "LongStorage": _dtypes.int64, "IntStorage": _dtypes.int32, "ShortStorage": _dtypes.int16,
    "CharStorage": _dtypes.int8, "ByteStorage": _dtypes.uint8, "BoolStorage": _dtypes.bool_,
    "BFloat16Storage": _dtypes.bfloat16, "ComplexFloatStorage": _dtypes.complex64,
    "ComplexDoubleStorage": _dtypes.complex128,
}
_STORAGE_NAMES = {d.name: name for name, d in _STORAGE_DTYPES.items()}

_UNSAFE_MESSAGE = (
    "In PyTorch 2.6, we changed the default value of the `weights_only` argument in `torch.load` from "
    "`False` to `True`. Re-running `torch.load` with `weights_only` set to `False` will likely succeed, but it "
    "can result in arbitrary code execution. Do it only if you got the file from a trusted source."
)
_DOCS_MESSAGE = ("\n\nCheck the documentation of torch.load to learn more about types accepted by default with "
                 "weights_only https://pytorch.org/docs/stable/generated/torch.load.html.")
_BLOCKED_MODULES = ("sys", "os", "posix", "nt")


# =============================================================================================
# Stand-ins: what each allowlisted global of a checkpoint means here
# =============================================================================================
class _StorageType:
    """``torch.FloatStorage`` and friends, as they appear inside a checkpoint."""

    def __init__(self, name: str, dtype: _dtypes.dtype | None = None) -> None:
        self.name = name
        self.dtype = dtype or _STORAGE_DTYPES[name]

    def __repr__(self) -> str:
        return f"StorageType(dtype={self.dtype})"


_STORAGE_TYPES = {name: _StorageType(name) for name in _STORAGE_DTYPES}
# A uint16/uint32/uint64 tensor's storage is written untyped (its bytes); _rebuild_tensor_v3 gets the type.
_UNTYPED_STORAGE = _StorageType("UntypedStorage", _dtypes.uint8)


class _TensorTypeMarker:
    """``torch.Tensor`` / ``torch.nn.parameter.Parameter`` as arguments of ``_rebuild_from_type_v2``.

    Deliberately not callable: a checkpoint cannot use them to allocate or run anything.
    """

    def __init__(self, name: str) -> None:
        self.name = name


_TENSOR_TYPE = _TensorTypeMarker("Tensor")
_PARAMETER_TYPE = _TensorTypeMarker("Parameter")


def _checked_view(storage: _np.ndarray, offset: int, size: tuple, stride: tuple) -> _np.ndarray:
    """A numpy view of ``storage`` with PyTorch's (offset, size, stride), refusing anything out of bounds."""
    size = tuple(int(s) for s in size)
    stride = tuple(int(s) for s in stride)
    offset = int(offset)
    if len(size) != len(stride) or any(s < 0 for s in size) or any(s < 0 for s in stride) or offset < 0:
        raise pickle.UnpicklingError("invalid tensor geometry in checkpoint")
    if 0 in size:
        return _np.zeros(size, dtype=storage.dtype)
    last = offset + sum((n - 1) * s for n, s in zip(size, stride))
    if last >= storage.size:
        raise pickle.UnpicklingError(
            f"tensor of size {list(size)} and stride {list(stride)} at offset {offset} does not fit in its "
            f"storage of {storage.size} elements")
    item = storage.itemsize
    # An ndarray over the storage's buffer keeps the storage as its base, so storage_offset() and
    # untyped_storage() see the whole record as PyTorch does (as_strided's result hides it).
    return _np.ndarray(size, storage.dtype, buffer=storage, offset=offset * item,
                      strides=tuple(s * item for s in stride))


def _rebuild_tensor(storage: _np.ndarray, storage_offset: int, size: tuple, stride: tuple) -> _Tensor:
    if not isinstance(storage, _np.ndarray):
        raise pickle.UnpicklingError("tensor storage must come from the checkpoint's own records")
    data = _checked_view(storage, storage_offset, size, stride)
    return _make(data, _dtypes.from_numpy_dtype(storage.dtype))


def _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad=False, backward_hooks=None,
                       metadata=None) -> _Tensor:
    t = _rebuild_tensor(storage, storage_offset, size, stride)
    if requires_grad:
        t.requires_grad = bool(requires_grad)
    return t


def _rebuild_tensor_v3(storage, storage_offset, size, stride, requires_grad, backward_hooks, dtype=None,
                       metadata=None) -> _Tensor:
    if isinstance(dtype, _dtypes.dtype) and isinstance(storage, _np.ndarray) and storage.dtype != dtype.np:
        storage = storage.view(dtype.np)
    return _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad)


def _rebuild_parameter(data: _Tensor, requires_grad: bool, backward_hooks=None):
    if not isinstance(data, _Tensor):
        raise pickle.UnpicklingError("a parameter must wrap a tensor")
    return _Parameter(data, bool(requires_grad))


def _rebuild_parameter_with_state(data: _Tensor, requires_grad: bool, backward_hooks, state):
    param = _rebuild_parameter(data, requires_grad)
    _set_plain_state(param, state)
    return param


def _set_plain_state(obj: Any, state: Any) -> None:
    if not state:
        return
    if not isinstance(state, dict) or not all(isinstance(k, str) and not k.startswith("_") for k in state):
        raise pickle.UnpicklingError("unsupported tensor state in checkpoint")
    obj.__dict__.update(state)


_REBUILDERS = (_rebuild_tensor, _rebuild_tensor_v2, _rebuild_tensor_v3, _rebuild_parameter,
               _rebuild_parameter_with_state)


def _rebuild_from_type_v2(func: Callable, new_type: Any, args: tuple, state: Any):
    if func not in _REBUILDERS or not isinstance(new_type, _TensorTypeMarker) or not isinstance(args, tuple):
        raise pickle.UnpicklingError("unsupported tensor subclass in checkpoint")
    tensor = func(*args)
    if new_type is _PARAMETER_TYPE and func not in (_rebuild_parameter, _rebuild_parameter_with_state):
        tensor = _rebuild_parameter(tensor, tensor.requires_grad)
    _set_plain_state(tensor, state)
    return tensor


def _codecs_encode(text: str, encoding: str = "utf-8") -> bytes:
    """How protocol-2 pickles store ``bytes``: only text codecs are accepted."""
    if not isinstance(text, str) or encoding not in ("latin1", "latin-1", "utf-8", "utf8", "ascii"):
        raise pickle.UnpicklingError("unsupported _codecs.encode call in checkpoint")
    return text.encode(encoding)


def _get_layout(name: str):
    if name != "torch.strided":
        raise pickle.UnpicklingError(f"unsupported tensor layout {name} in checkpoint")
    return _functions.strided


def _make_device(kind: Any = "cpu", index: Any = None):
    return _device("cpu")  # every stored location maps to the CPU here


def _allowed_globals() -> dict:
    table: dict[str, Any] = {
        "collections.OrderedDict": _collections.OrderedDict,
        "collections.Counter": _collections.Counter,
        "torch._utils._rebuild_tensor": _rebuild_tensor,
        "torch._utils._rebuild_tensor_v2": _rebuild_tensor_v2,
        "torch._utils._rebuild_tensor_v3": _rebuild_tensor_v3,
        "torch._utils._rebuild_parameter": _rebuild_parameter,
        "torch._utils._rebuild_parameter_with_state": _rebuild_parameter_with_state,
        "torch._tensor._rebuild_from_type_v2": _rebuild_from_type_v2,
        "torch.Tensor": _TENSOR_TYPE,
        "torch.nn.parameter.Parameter": _PARAMETER_TYPE,
        "torch.serialization._get_layout": _get_layout,
        "torch.Size": _Size,
        "torch.device": _make_device,
        "_codecs.encode": _codecs_encode,
        "builtins.set": set,
        "builtins.frozenset": frozenset,
        "builtins.complex": complex,
        "builtins.bytearray": bytearray,
    }
    for name, st in _STORAGE_TYPES.items():
        table[f"torch.{name}"] = st
    table["torch.storage.UntypedStorage"] = _UNTYPED_STORAGE
    for d in _dtypes.ALL:
        table[f"torch.{d.name}"] = d
    return table


_ALLOWED = _allowed_globals()
_user_safe_globals: dict[str, Any] = {}


def add_safe_globals(safe_globals: _Iterable) -> None:
    """Allow more globals, as ``torch.serialization.add_safe_globals`` does (only ones you trust)."""
    for obj in safe_globals:
        if isinstance(obj, tuple):
            obj, name = obj
        else:
            name = f"{obj.__module__}.{obj.__qualname__}"
        _user_safe_globals[name] = obj


def get_safe_globals() -> list:
    return list(_user_safe_globals.values())


def clear_safe_globals() -> None:
    _user_safe_globals.clear()


@_contextlib.contextmanager
def safe_globals(globals_: _Iterable) -> Any:
    saved = dict(_user_safe_globals)
    add_safe_globals(globals_)
    try:
        yield
    finally:
        _user_safe_globals.clear()
        _user_safe_globals.update(saved)


def _refusal(message: str) -> pickle.UnpicklingError:
    """PyTorch's weights_only error text around the specific ``message``."""
    if "was not an allowed global by default" in message:
        text = ("Weights only load failed. This file can still be loaded, to do so you have two options, "
                "\033[1mdo those steps only if you trust the source of the checkpoint\033[0m. "
                f"\n\t(1) {_UNSAFE_MESSAGE}\n\t(2) Alternatively, to load with `weights_only=True` please check "
                "the recommended steps in the following error message.\n\tWeightsUnpickler error: " + message)
    else:
        text = f"Weights only load failed. {_UNSAFE_MESSAGE}\n"
        if "is blocked" not in message:
            text += ("Please file an issue with the following so that we can make `weights_only=True` compatible "
                     "with your use case: WeightsUnpickler error: ")
        text += "\n\n" + message
    return pickle.UnpicklingError(text + _DOCS_MESSAGE)


class _RestrictedUnpickler(pickle._Unpickler):  # the pure-Python unpickler: its opcodes can be vetted
    """Resolves only allowlisted globals; storages come from the archive's records."""

    def __init__(self, file, load_record: Callable[[str, _StorageType, int], _np.ndarray]) -> None:
        super().__init__(file, encoding="utf-8")
        self._load_record = load_record
        # Copy the opcode table so BUILD can be vetted without touching pickle's own.
        dispatch: dict[Any, Any] = dict(pickle._Unpickler.dispatch)
        dispatch[pickle.BUILD[0]] = _RestrictedUnpickler._load_build
        self.__dict__["dispatch"] = dispatch  # this instance's table, not the class's

    def load(self):
        # pickle._Unpickler.load looks opcodes up in the class-level table; use ours instead.
        self._unframer = pickle._Unframer(self._file_read, self._file_readline)
        self.read = self._unframer.read
        self.readinto = self._unframer.readinto
        self.readline = self._unframer.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self.read
        dispatch = self.dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError
                handler = dispatch.get(key[0])
                if handler is None:
                    raise _refusal(f"Unsupported operand {key[0]}")
                handler(self)
        except pickle._Stop as stopinst:
            return stopinst.value

    def find_class(self, module: str, name: str) -> Any:
        if self.proto < 3:  # Python 2 names, as protocol 2 writes them (`__builtin__ set`)
            module, name = _compat_pickle.NAME_MAPPING.get((module, name), (module, name))
            module = _compat_pickle.IMPORT_MAPPING.get(module, module)
        full = f"{module}.{name}"
        if module in _BLOCKED_MODULES:
            raise _refusal(f"Trying to load unsupported GLOBAL {full} whose module {module} is blocked.")
        if full in _ALLOWED:
            return _ALLOWED[full]
        if full in _user_safe_globals:
            return _user_safe_globals[full]
        shown = full
        if full.startswith("builtins"):
            shown = full[len("builtins"):]
            shown = shown[1:] if shown.startswith(".") else "builtins" + shown
        raise _refusal(f"Unsupported global: GLOBAL {shown} was not an allowed global by default. Please use "
                       f"`torch.serialization.add_safe_globals([{shown}])` or the "
                       f"`torch.serialization.safe_globals([{shown}])` context manager to allowlist this global "
                       "if you trust this class/function.")

    def persistent_load(self, pid: Any) -> _np.ndarray:
        if not (isinstance(pid, tuple) and len(pid) == 5 and pid[0] == "storage"):
            raise _refusal(f"Unsupported persistent id {pid!r}")
        _, storage_type, key, _location, numel = pid
        if isinstance(storage_type, _dtypes.dtype):
            storage_type = _STORAGE_TYPES.get(_STORAGE_NAMES.get(storage_type.name, ""), None)
        if not isinstance(storage_type, _StorageType) or not isinstance(key, str) or not isinstance(numel, int):
            raise _refusal(f"Unsupported persistent id {pid!r}")
        return self._load_record(key, storage_type, numel)

    def _load_build(self) -> None:
        state = self.stack.pop()
        inst = self.stack[-1]
        # Only plain containers (an OrderedDict's `_metadata`) and classes the user allowlisted
        # get their state set.
        trusted = {v for v in _user_safe_globals.values() if isinstance(v, type)}
        if type(inst) not in (_collections.OrderedDict, _collections.Counter, dict) and type(inst) not in trusted:
            raise _refusal(f"Can only build dict-like objects, not {type(inst).__name__}")
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
            if slots:
                raise _refusal("Unsupported slot state in checkpoint")
        if state:
            if not isinstance(state, dict):
                raise _refusal("Unsupported object state in checkpoint")
            setstate = getattr(type(inst), "__setstate__", None)
            if setstate is not None and type(inst) in trusted:
                setstate(inst, state)
            else:
                for k, v in state.items():
                    if not isinstance(k, str):
                        raise _refusal("Unsupported object state in checkpoint")
                    inst.__dict__[k] = v


# =============================================================================================
# torch.load
# =============================================================================================
def _open_archive(f: Any) -> _zipfile.ZipFile:
    if isinstance(f, (str, os.PathLike)):
        data_source: Any = os.fspath(f)
        with open(data_source, "rb") as fh:  # FileNotFoundError as in PyTorch
            head = fh.read(4)
    else:
        data_source = f
        pos = f.tell()
        head = f.read(4)
        f.seek(pos)
    if head[:4] != b"PK\x03\x04":
        raise RuntimeError(
            "Invalid checkpoint: the embedded engine reads PyTorch's zip checkpoint format (what torch.save "
            "has written since PyTorch 1.6); this file is not a zip archive.")
    return _zipfile.ZipFile(data_source)


def load(f: Any, map_location: Any = None, pickle_module: Any = None, *, weights_only: _Optional[bool] = None,
         mmap: _Optional[bool] = None, **pickle_load_args: Any) -> Any:
    """Read a checkpoint written by ``torch.save`` (ours or PyTorch's). Never runs code from the file."""
    with _open_archive(f) as archive:
        names = archive.namelist()
        pkl = next((n for n in names if n.endswith("data.pkl") and n.count("/") == 1), None)
        if pkl is None:
            raise RuntimeError("Invalid checkpoint: no data.pkl record in the archive")
        prefix = pkl[: -len("data.pkl")]
        byteorder = "little"
        if prefix + "byteorder" in names:
            byteorder = archive.read(prefix + "byteorder").decode("ascii", "replace").strip() or "little"
        cache: dict[str, _np.ndarray] = {}

        def load_record(key: str, storage_type: _StorageType, numel: int) -> _np.ndarray:
            if key in cache:
                return cache[key]
            name = f"{prefix}data/{key}"
            if name not in names:
                raise pickle.UnpicklingError(f"checkpoint record {name} is missing")
            raw = archive.read(name)
            bf16 = storage_type.dtype is _dtypes.bfloat16  # stored as the upper halves of float32s
            np_dtype = (_np.dtype(_np.uint16) if bf16 else storage_type.dtype.np).newbyteorder(
                "<" if byteorder == "little" else ">")
            if len(raw) != numel * np_dtype.itemsize:
                raise pickle.UnpicklingError(f"checkpoint record {name} has {len(raw)} bytes, expected "
                                             f"{numel * np_dtype.itemsize}")
            array = _np.frombuffer(raw, dtype=np_dtype)
            if bf16:
                array = (array.astype(_np.uint32) << _np.uint32(16)).view(_np.float32)
            array = array.astype(storage_type.dtype.np)  # a writable copy (bfloat16's type is marked)
            cache[key] = array
            return array

        unpickler = _RestrictedUnpickler(io.BytesIO(archive.read(pkl)), load_record)
        try:
            return unpickler.load()
        except pickle.UnpicklingError as exc:
            if weights_only is False:
                # PyTorch's advice (pass weights_only=False) does not apply here: say so.
                raise pickle.UnpicklingError(
                    f"{exc}\n\nThe embedded engine of autograd-tui never runs code from a checkpoint, so "
                    "weights_only=False cannot load this file here either.") from None
            raise


# =============================================================================================
# torch.save
# =============================================================================================
class _Global:
    """Something pickled as ``GLOBAL module name`` (a PyTorch name the reader resolves)."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    def __call__(self, *args: Any) -> Any:  # pickle insists that a reduce function be callable
        raise TypeError(f"{self.module}.{self.name} is only a name written into checkpoints")


_G_REBUILD_V2 = _Global("torch._utils", "_rebuild_tensor_v2")
_G_REBUILD_V3 = _Global("torch._utils", "_rebuild_tensor_v3")
_G_UNTYPED_STORAGE = _Global("torch.storage", "UntypedStorage")
_G_REBUILD_PARAMETER = _Global("torch._utils", "_rebuild_parameter")
_G_SIZE = _Global("torch", "Size")
_G_DEVICE = _Global("torch", "device")
_G_ORDERED_DICT = _Global("collections", "OrderedDict")
_G_STORAGE = {name: _Global("torch", name) for name in _STORAGE_DTYPES}
_G_DTYPE = {d.name: _Global("torch", d.name) for d in _dtypes.ALL}


class _StorageRef:
    """A storage to write as one ``data/<key>`` record; pickled through its persistent id."""

    def __init__(self, key: str, array: _np.ndarray, dtype: _dtypes.dtype | None = None) -> None:
        self.key, self.array, self.dtype = key, array, dtype  # dtype: when the array's type is not it


def _root_array(a: _np.ndarray) -> _np.ndarray:
    root = a
    while isinstance(root.base, _np.ndarray):
        root = root.base
    return root


class _CheckpointPickler(pickle._Pickler):
    def __init__(self, file, protocol: int) -> None:
        super().__init__(file, protocol)
        self.storages: dict[Any, _StorageRef] = {}  # by the id of the root array (bfloat16: of the tensor)
        self._keepalive: list = []
        dispatch: dict[Any, Any] = dict(pickle._Pickler.dispatch)
        dispatch[_Global] = _CheckpointPickler._save_global_ref
        self.__dict__["dispatch"] = dispatch  # this instance's table, not the class's

    write: Callable[[bytes], Any]      # the pure-Python pickler's own helpers
    memoize: Callable[[Any], None]

    def _save_global_ref(self, obj: _Global) -> None:
        self.write(pickle.GLOBAL + f"{obj.module}\n{obj.name}\n".encode("utf-8"))
        self.memoize(obj)

    def save(self, obj, save_persistent_id=True):
        # pickle._Pickler.save reads the class-level dispatch table; route our stand-ins first.
        if isinstance(obj, _dtypes.dtype):
            obj = _G_DTYPE[obj.name]  # a dtype is pickled as the bare name torch.float32
        if type(obj) is _Global:
            self.framer.commit_frame()
            memo = self.memo.get(id(obj))
            if memo is not None:
                self.write(self.get(memo[0]))
                return
            self._save_global_ref(obj)
            return
        super().save(obj, save_persistent_id)

    def persistent_id(self, obj: Any):
        if isinstance(obj, _StorageRef):
            dtype = obj.dtype or _dtypes.from_numpy_dtype(obj.array.dtype)
            if dtype in _dtypes.SHELL:
                return ("storage", _G_UNTYPED_STORAGE, obj.key, "cpu", int(obj.array.nbytes))
            return ("storage", _G_STORAGE[_STORAGE_NAMES[dtype.name]], obj.key, "cpu", int(obj.array.size))
        return None

    def _storage_for(self, t: _Tensor) -> tuple[_StorageRef, int, tuple]:
        """The storage record of ``t`` (shared between views of one array), its offset and strides."""
        if t.dtype in _dtypes.FLOAT8 or t.dtype in _dtypes.QUANTIZED:  # their storages' layouts: not written yet
            raise _missing.not_in_engine(f"torch.save of a {t.dtype} tensor")
        a = t._data
        if t.dtype is _dtypes.bfloat16:  # two bytes an element on file: a storage of its own
            halves = (_np.ascontiguousarray(a, dtype=_np.float32).reshape(-1).view(_np.uint32) >> _np.uint32(16))
            own = self.storages[("bfloat16", id(t))] = _StorageRef(str(len(self.storages)), halves.astype(_np.uint16),
                                                                   _dtypes.bfloat16)
            self._keepalive.append(t)
            return own, 0, _contiguous_strides(a.shape)
        item = a.itemsize
        root = _root_array(a)
        usable = (root.flags.c_contiguous and root.dtype == a.dtype and a.size > 0
                  and all(s >= 0 and s % item == 0 for s in a.strides))
        if usable:
            offset_bytes = a.__array_interface__["data"][0] - root.__array_interface__["data"][0]
            last = offset_bytes // item + sum((n - 1) * s // item for n, s in zip(a.shape, a.strides))
            usable = offset_bytes >= 0 and offset_bytes % item == 0 and last < root.size
        if not usable:
            root = _np.ascontiguousarray(a).reshape(-1)
            offset, strides = 0, _contiguous_strides(a.shape)
        else:
            offset = offset_bytes // item
            strides = tuple(s // item for s in a.strides)
        ref = self.storages.get(id(root))
        if ref is None:
            ref = self.storages[id(root)] = _StorageRef(str(len(self.storages)), root.reshape(-1))
            self._keepalive.append(root)
        return ref, offset, strides

    def reducer_override(self, obj: Any):
        if isinstance(obj, _OptimizedModule):  # PyTorch pickles it through torch._dynamo, which the engine has not
            raise _missing.not_in_engine("Pickling a torch.compile module (torch.save of an OptimizedModule)")
        if isinstance(obj, _Parameter):
            plain = _make(obj._data, obj.dtype)
            return (_G_REBUILD_PARAMETER, (plain, obj.requires_grad, _collections.OrderedDict()))
        if isinstance(obj, _Tensor):
            ref, offset, strides = self._storage_for(obj)
            if obj.dtype in _dtypes.SHELL:
                return (_G_REBUILD_V3, (ref, offset, tuple(obj.shape), strides, obj.requires_grad,
                                        _collections.OrderedDict(), obj.dtype))
            return (_G_REBUILD_V2, (ref, offset, tuple(obj.shape), strides, obj.requires_grad,
                                    _collections.OrderedDict()))
        if isinstance(obj, _Size):
            return (_G_SIZE, (tuple(obj),))
        if isinstance(obj, _device):
            return (_G_DEVICE, ("cpu",))
        if type(obj) is _collections.OrderedDict:
            state = dict(obj.__dict__) or None
            return (_G_ORDERED_DICT, (), state, None, iter(obj.items()))
        return NotImplemented


def _contiguous_strides(shape: tuple) -> tuple:
    strides, acc = [], 1
    for d in reversed(shape):
        strides.append(acc)
        acc *= max(d, 1)
    return tuple(reversed(strides))


def _archive_name(f: Any) -> str:
    if isinstance(f, (str, os.PathLike)):
        base = os.path.basename(os.fspath(f))
        stem, dot, _ = base.rpartition(".")
        return (stem if dot else base) or "archive"
    return "archive"


def _aligned_record(zf: _zipfile.ZipFile, name: str, data: bytes) -> None:
    """Write ``data`` as a stored record whose bytes start on a 64-byte boundary, as PyTorch does."""
    info = _zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = _zipfile.ZIP_STORED
    assert zf.fp is not None  # an open archive
    start = zf.fp.tell()
    header = 30 + len(name.encode("utf-8"))
    pad = (-(start + header + 4)) % _ALIGNMENT
    info.extra = b"FB" + pad.to_bytes(2, "little") + b"Z" * pad
    zf.writestr(info, data)


def save(obj: Any, f: Any, pickle_module: Any = None, pickle_protocol: int = DEFAULT_PROTOCOL,
         _use_new_zipfile_serialization: bool = True, _disable_byteorder_record: bool = False) -> None:
    """Write ``obj`` (tensors, state dicts, containers of them) as a PyTorch zip checkpoint."""
    if not _use_new_zipfile_serialization:
        raise NotImplementedError("the embedded engine writes only the zip checkpoint format")
    target = _open_for_writing(f) if isinstance(f, (str, os.PathLike)) else f  # (before pickling, as PyTorch)
    buffer = io.BytesIO()
    pickler = _CheckpointPickler(buffer, pickle_protocol)
    try:
        pickler.dump(obj)
    except BaseException:
        if target is not f:
            target.close()
        raise
    name = _archive_name(f)
    try:
        with _zipfile.ZipFile(target, "w", _zipfile.ZIP_STORED) as zf:
            _aligned_record(zf, f"{name}/data.pkl", buffer.getvalue())
            _aligned_record(zf, f"{name}/.format_version", b"1")
            _aligned_record(zf, f"{name}/.storage_alignment", b"64")
            if not _disable_byteorder_record:
                _aligned_record(zf, f"{name}/byteorder", b"little")
            for ref in pickler.storages.values():
                data = ref.array
                little = data.astype(data.dtype.newbyteorder("<"), copy=False)
                _aligned_record(zf, f"{name}/data/{ref.key}", little.tobytes())
            _aligned_record(zf, f"{name}/version", b"3\n")
            _aligned_record(zf, f"{name}/.data/serialization_id",
                            "".join(_secrets.choice("0123456789") for _ in range(40)).encode("ascii"))
    finally:
        if target is not f:
            target.close()


def _open_for_writing(path: Any) -> Any:
    """The file a checkpoint is written to, refused in the words of PyTorch's zip writer."""
    parent = os.path.dirname(os.fspath(path))
    if parent and not os.path.isdir(parent):
        raise RuntimeError(f"Parent directory {parent} does not exist.")
    try:
        return open(os.fspath(path), "wb")
    except OSError as error:
        raise RuntimeError(f"[enforce fail at inline_container.cc:747] . open file failed with strerror: "
                           f"{error.strerror}") from None
