# Q: save and load a model state_dict
import io
import torch
import torch.nn as nn

torch.manual_seed(0)
src = nn.Linear(2, 1)
buf = io.BytesIO()
torch.save(src.state_dict(), buf)
buf.seek(0)
dst = nn.Linear(2, 1)
sd = torch.load(buf)
print(type(sd).__name__, list(sd))
print(dst.load_state_dict(sd))
print(torch.equal(dst.weight, src.weight))
