# torch.save keeps views sharing storage: a list with a tensor and its slice is loaded still sharing memory.
import io
import torch

base = torch.arange(6.0)
view = base[2:5]
buf = io.BytesIO()
torch.save([base, view, {"step": 3, "name": "run1"}], buf)
buf.seek(0)
b2, v2, meta = torch.load(buf)
print(b2, v2, meta)
v2[0] = -1
print(b2)
print(v2.storage_offset(), v2.shape, v2.is_contiguous())
buf = io.BytesIO()
torch.save(view.clone(), buf)
buf.seek(0)
c = torch.load(buf)
print(c, c.storage_offset())
buf = io.BytesIO()
torch.save({"ints": torch.tensor([1, 2], dtype=torch.int16), "flag": torch.tensor(True), "h": torch.ones(2).half()}, buf)
buf.seek(0)
d = torch.load(buf, weights_only=True)
print({k: (v.dtype, v.tolist()) for k, v in d.items()})
