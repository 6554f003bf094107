# Serialised size of a state_dict before and after converting to half precision
import io
import torch
import torch.nn as nn

model = nn.Linear(64, 32)
def tensor_bytes(sd):
    return sum(v.numel() * v.element_size() for v in sd.values())
buf = io.BytesIO()
torch.save(model.state_dict(), buf)
print(tensor_bytes(model.state_dict()), buf.tell() > tensor_bytes(model.state_dict()))
model.half()
buf2 = io.BytesIO()
torch.save(model.state_dict(), buf2)
print(tensor_bytes(model.state_dict()), buf2.tell() < buf.tell())
buf2.seek(0)
sd = torch.load(buf2)
print({k: (v.dtype, tuple(v.shape)) for k, v in sd.items()})
