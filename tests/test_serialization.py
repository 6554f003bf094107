"""torch.save / torch.load: PyTorch's zip format both ways, and a loader that never runs code.

Fixtures in ``tests/data/checkpoints/`` were written by real PyTorch 2.13
(``tools/make_checkpoint_fixtures.py``), together with ``expected.json``: what PyTorch itself
reads back from each. Two of them are malicious: loaded naively, their pickle runs
``exec``/``os.system`` to create a marker file. The engine must refuse them without running it.
"""
from __future__ import annotations

import collections
import io
import json
import pickle
import pickletools
import subprocess
import zipfile
from pathlib import Path

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine import nn, optim

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "data" / "checkpoints"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
MARKER = EXPECTED["_marker"]
TORCH_PYTHON = HERE.parent / ".venv-torch" / "bin" / "python"


def describe(obj):
    """The same JSON picture of a loaded object as tools/make_checkpoint_fixtures.py makes."""
    if isinstance(obj, nn.Parameter):
        return {"parameter": describe(obj.data), "requires_grad": obj.requires_grad}
    if isinstance(obj, torch.Tensor):
        return {"tensor": obj.detach().tolist(), "dtype": str(obj.dtype), "shape": list(obj.shape),
                "requires_grad": obj.requires_grad}
    if isinstance(obj, torch.Size):
        return {"size": list(obj)}
    if isinstance(obj, torch.dtype):
        return {"dtype": str(obj)}
    if isinstance(obj, dict):
        return {"dict": type(obj).__name__, "items": [[k, describe(v)] for k, v in obj.items()]}
    if isinstance(obj, (list, tuple)):
        return {type(obj).__name__: [describe(v) for v in obj]}
    if isinstance(obj, set):
        return {"set": sorted(describe(v)["value"] for v in obj)}
    return {"value": obj}


def _json_roundtrip(value):
    return json.loads(json.dumps(value))


# ---------------------------------------------------------------------------------------------
# Files written by real PyTorch
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(k for k in EXPECTED if not k.startswith("_")))
def test_pytorch_fixture_loads_as_pytorch_reads_it(name):
    assert _json_roundtrip(describe(torch.load(FIXTURES / name))) == EXPECTED[name]


def test_state_dict_metadata_survives():
    sd = torch.load(FIXTURES / "small_cnn_state_dict.pt")
    assert isinstance(sd, collections.OrderedDict)
    assert sd._metadata["1"] == {"version": 2}  # BatchNorm's state-dict version


def test_pytorch_views_still_share_storage():
    views = torch.load(FIXTURES / "views.pt")
    views["base"][1, 1] = -1.0
    assert views["row"].tolist() == [4.0, -1.0, 6.0, 7.0]
    assert views["cols"][1].tolist() == [-1.0, 6.0]
    assert views["t"][1, 1].item() == -1.0


def test_pytorch_state_dicts_load_into_modules():
    linear = nn.Linear(3, 2)
    assert repr(linear.load_state_dict(torch.load(FIXTURES / "linear_state_dict.pt"))) == \
        "<All keys matched successfully>"
    expected = dict(EXPECTED["linear_state_dict.pt"]["items"])
    assert linear.weight.tolist() == expected["weight"]["tensor"]
    cnn = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU(), nn.Flatten(), nn.Linear(2, 1))
    cnn.load_state_dict(torch.load(FIXTURES / "small_cnn_state_dict.pt"))
    assert cnn[1].num_batches_tracked.item() == 1


def test_pytorch_optimizer_state_loads_into_adam():
    params = [nn.Parameter(torch.tensor([1.0, -1.0])), nn.Parameter(torch.tensor([[0.5]]))]
    adam = optim.Adam(params, lr=0.5)
    adam.load_state_dict(torch.load(FIXTURES / "adam_state.pt"))
    assert adam.param_groups[0]["lr"] == 0.01
    assert adam.state[params[0]]["step"].item() == 1.0
    (params[0].sum() + params[1].sum()).backward()
    adam.step()
    assert adam.state[params[0]]["step"].item() == 2.0


# ---------------------------------------------------------------------------------------------
# The engine's own files
# ---------------------------------------------------------------------------------------------
def _objects():
    torch.manual_seed(0)
    base = torch.arange(6.0).reshape(2, 3)
    model = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3))
    return {
        "tensor": torch.tensor([[1.5, -2.0], [3.0, 4.0]]),
        "state_dict": model.state_dict(),
        "views": {"base": base, "t": base.t(), "col": base[:, 2]},
        "dtypes": [torch.arange(3), torch.tensor([True]), torch.tensor(1.0, dtype=torch.float64),
                   torch.tensor([1.0], dtype=torch.float16), torch.zeros(0, 4)],
        "containers": {"n": 1, "s": "x", "t": (1.5, None), "size": torch.Size([3]), "d": torch.int64,
                       "set": {3, 4}, "p": nn.Parameter(torch.ones(2)), "g": torch.ones(1, requires_grad=True)},
    }


@pytest.mark.parametrize("key", list(_objects()))
def test_engine_roundtrip_bytesio(key):
    obj = _objects()[key]
    buf = io.BytesIO()
    torch.save(obj, buf)
    buf.seek(0)
    assert describe(torch.load(buf)) == describe(obj)


def test_engine_roundtrip_path_and_archive_layout(tmp_path):
    path = tmp_path / "model.pt"
    obj = _objects()["state_dict"]
    torch.save(obj, path)
    assert describe(torch.load(str(path))) == describe(obj)
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        assert names[0] == "model/data.pkl"
        for required in ("model/version", "model/byteorder", "model/.data/serialization_id"):
            assert required in names
        assert zf.read("model/version") == b"3\n"
        raw = path.read_bytes()
        for info in zf.infolist():  # every record's bytes start on a 64-byte boundary
            name_len, extra_len = int.from_bytes(raw[info.header_offset + 26:info.header_offset + 28], "little"), \
                int.from_bytes(raw[info.header_offset + 28:info.header_offset + 30], "little")
            assert (info.header_offset + 30 + name_len + extra_len) % 64 == 0
        globals_used = {arg for op, arg, _ in pickletools.genops(zf.read("model/data.pkl")) if op.name == "GLOBAL"}
    assert globals_used == {"collections OrderedDict", "torch._utils _rebuild_tensor_v2", "torch FloatStorage",
                            "torch LongStorage"}


def test_saved_views_share_one_storage():
    base = torch.arange(12.0).reshape(3, 4)
    buf = io.BytesIO()
    torch.save([base, base[1:], base.t()], buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        assert [n for n in zf.namelist() if "/data/" in n] == ["archive/data/0"]
    buf.seek(0)
    a, b, c = torch.load(buf)
    a[2, 0] = 100.0
    assert b[1, 0].item() == 100.0 and c[0, 2].item() == 100.0


@pytest.mark.skipif(not TORCH_PYTHON.exists(), reason="needs the oracle venv (.venv-torch) for real PyTorch")
def test_real_pytorch_reads_engine_files(tmp_path):
    objects = _objects()
    for key, obj in objects.items():
        torch.save(obj, tmp_path / f"{key}.pt")
    script = (
        "import json, sys, torch, importlib.util\n"
        "spec = importlib.util.spec_from_file_location('fx', sys.argv[2])\n"
        "fx = importlib.util.module_from_spec(spec); spec.loader.exec_module(fx)\n"
        "out = {k: fx.describe(torch.load(f'{sys.argv[1]}/{k}.pt')) for k in sys.argv[3:]}\n"
        "print(json.dumps(out))\n"
    )
    proc = subprocess.run([str(TORCH_PYTHON), "-c", script, str(tmp_path),
                           str(HERE.parent / "tools" / "make_checkpoint_fixtures.py"), *objects],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout)
    for key, obj in objects.items():
        assert seen[key] == _json_roundtrip(describe(obj)), key


# ---------------------------------------------------------------------------------------------
# Refusing code
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name, shown", [("malicious_exec.pt", "GLOBAL exec was not an allowed global"),
                                         ("malicious_os_system.pt", "GLOBAL posix.system whose module posix "
                                                                    "is blocked")])
@pytest.mark.parametrize("weights_only", [None, True, False])
def test_malicious_fixture_is_refused_and_never_runs(tmp_path, monkeypatch, name, shown, weights_only):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(pickle.UnpicklingError) as info:
        torch.load(FIXTURES / name, weights_only=weights_only)
    assert str(info.value).startswith("Weights only load failed.")
    assert shown in str(info.value)
    assert not (tmp_path / MARKER).exists()


def test_malicious_fixture_would_run_if_loaded_naively(tmp_path, monkeypatch):
    """The control: plain pickle does run the exec payload, so the refusal above means something."""
    monkeypatch.chdir(tmp_path)
    with zipfile.ZipFile(FIXTURES / "malicious_exec.pt") as zf:
        data = zf.read(next(n for n in zf.namelist() if n.endswith("data.pkl")))

    class Naive(pickle.Unpickler):
        def persistent_load(self, pid):
            return None

        def find_class(self, module, name):
            if module.startswith("torch"):  # tensors are not the point here
                return lambda *args: None
            return super().find_class(module, name)

    Naive(io.BytesIO(data)).load()
    assert (tmp_path / MARKER).read_text() == "pwned"


def _checkpoint(pickle_bytes: bytes, records: dict | None = None) -> io.BytesIO:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("archive/data.pkl", pickle_bytes)
        for name, data in (records or {}).items():
            zf.writestr(f"archive/data/{name}", data)
        zf.writestr("archive/version", b"3\n")
    buf.seek(0)
    return buf


def _global_call(module: str, name: str, arg: str) -> bytes:
    """A protocol-2 pickle of ``module.name(arg)``."""
    text = arg.encode()
    return (b"\x80\x02c" + module.encode() + b"\n" + name.encode() + b"\n" + b"X"
            + len(text).to_bytes(4, "little") + text + b"\x85R.")


DANGEROUS = [
    ("builtins", "eval"), ("builtins", "exec"), ("builtins", "getattr"), ("builtins", "__import__"),
    ("__builtin__", "eval"), ("os", "system"), ("posix", "system"), ("subprocess", "getoutput"),
    ("importlib", "import_module"), ("collections", "OrderedDict.fromkeys"), ("torch", "load"),
    ("torch._utils", "_rebuild_device_tensor_from_numpy"), ("numpy", "load"), ("pickle", "loads"),
]


@pytest.mark.parametrize("module, name", DANGEROUS)
def test_crafted_globals_are_refused_without_running(tmp_path, monkeypatch, module, name):
    monkeypatch.chdir(tmp_path)
    payload = f"open({MARKER!r}, 'w').write('x')"
    with pytest.raises(pickle.UnpicklingError):
        torch.load(_checkpoint(_global_call(module, name, payload)))
    assert not (tmp_path / MARKER).exists()


def test_protocol4_stack_global_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    class Evil:
        def __reduce__(self):
            return (exec, (f"open({MARKER!r}, 'w').write('x')",))

    with pytest.raises(pickle.UnpicklingError):
        torch.load(_checkpoint(pickle.dumps(Evil(), protocol=4)))
    assert not (tmp_path / MARKER).exists()


def test_extension_registry_opcodes_are_refused():
    import copyreg
    copyreg.add_extension("os", "system", 0xF00D)
    try:
        crafted = b"\x80\x02\x83" + (0xF00D).to_bytes(2, "little") + b"X\x04\x00\x00\x00true\x85R."
        with pytest.raises(pickle.UnpicklingError):
            torch.load(_checkpoint(crafted))
    finally:
        copyreg.remove_extension("os", "system", 0xF00D)


def test_build_on_tensor_is_refused():
    # A tensor, then BUILD with a state dict that would overwrite its internals.
    buf = io.BytesIO()
    torch.save(torch.ones(2), buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        data = zf.read("archive/data.pkl")
        storage = zf.read("archive/data/0")
    crafted = data[:-1] + b"}X\x05\x00\x00\x00_datak\x00sb."  # {'_data': None} BUILD
    with pytest.raises(pickle.UnpicklingError):
        torch.load(_checkpoint(crafted, {"0": storage}))


def _int(value: int) -> bytes:
    return b"J" + value.to_bytes(4, "little", signed=True)


def _tensor_pickle(offset: int, size: tuple, stride: tuple, numel: int = 4) -> bytes:
    """A protocol-2 pickle of one ``_rebuild_tensor_v2`` call with the given geometry."""
    ints = lambda values: b"(" + b"".join(_int(v) for v in values) + b"t"  # noqa: E731
    return (b"\x80\x02ctorch._utils\n_rebuild_tensor_v2\n("
            b"(X\x07\x00\x00\x00storagectorch\nFloatStorage\nX\x01\x00\x00\x000X\x03\x00\x00\x00cpu"
            + _int(numel) + b"tQ" + _int(offset) + ints(size) + ints(stride)
            + b"\x89ccollections\nOrderedDict\n)RtR.")


def test_crafted_tensor_pickle_loads_when_in_bounds():
    storage = np.arange(4, dtype=np.float32).tobytes()
    t = torch.load(_checkpoint(_tensor_pickle(1, (3,), (1,)), {"0": storage}))
    assert t.tolist() == [1.0, 2.0, 3.0]
    t = torch.load(_checkpoint(_tensor_pickle(0, (2, 2), (1, 2)), {"0": storage}))
    assert t.tolist() == [[0.0, 2.0], [1.0, 3.0]]


@pytest.mark.parametrize("size, stride, offset, numel", [
    ((100,), (1,), 0, 4), ((2,), (1,), 3, 4), ((2, 2), (3, 1), 0, 4), ((2,), (-1,), 1, 4),
    ((-1,), (1,), 0, 4), ((2,), (1,), -1, 4), ((4,), (1,), 0, 1000),
])
def test_out_of_bounds_tensor_geometry_is_refused(size, stride, offset, numel):
    storage = np.arange(4, dtype=np.float32).tobytes()
    with pytest.raises(pickle.UnpicklingError):
        torch.load(_checkpoint(_tensor_pickle(offset, size, stride, numel), {"0": storage}))


def test_not_a_checkpoint(tmp_path):
    bad = tmp_path / "bad.pt"
    bad.write_bytes(pickle.dumps({"a": 1}))
    with pytest.raises(RuntimeError, match="zip checkpoint format"):
        torch.load(bad)
    with pytest.raises(FileNotFoundError):
        torch.load(tmp_path / "missing.pt")


def test_user_allowlisted_class_loads():
    from autograd_tui.engine import serialization

    buf = io.BytesIO()
    torch.save({"cfg": _Config(3)}, buf)
    buf.seek(0)
    with pytest.raises(pickle.UnpicklingError, match="add_safe_globals"):
        torch.load(buf)
    buf.seek(0)
    with serialization.safe_globals([_Config]):
        assert torch.load(buf)["cfg"].depth == 3
    assert serialization.get_safe_globals() == []


class _Config:
    def __init__(self, depth):
        self.depth = depth


def test_fixture_folder_is_small():
    assert sum(p.stat().st_size for p in FIXTURES.iterdir()) < 200_000
