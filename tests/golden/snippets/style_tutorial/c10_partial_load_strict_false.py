# Save a model's state_dict to memory and load it into a model with a different head (strict=False).
import io
import torch
import torch.nn as nn

torch.manual_seed(9)
src = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3))
buf = io.BytesIO()
torch.save(src.state_dict(), buf)
buf.seek(0)
state = torch.load(buf)
print(list(state.keys()))
dst = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 5))
try:
    dst.load_state_dict(state)
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
filtered = {k: v for k, v in state.items() if not k.startswith("2.")}
result = dst.load_state_dict(filtered, strict=False)
print(result)
print(result.missing_keys, result.unexpected_keys)
print(torch.equal(dst[0].weight, src[0].weight))
extra = dict(state)
extra["3.weight"] = torch.zeros(1)
dst2 = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3))
r2 = dst2.load_state_dict(extra, strict=False)
print(r2.unexpected_keys)
try:
    dst2.load_state_dict(extra)
except RuntimeError as e:
    print(e)
