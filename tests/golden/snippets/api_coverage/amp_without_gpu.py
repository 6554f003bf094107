# Mixed-precision code written for a GPU, run without one: autocast and GradScaler turn themselves off.
import torch
import torch.nn as nn
model = nn.Linear(3, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cuda")
print(scaler.is_enabled(), scaler.get_scale())
scaler2 = torch.cuda.amp.GradScaler()
print(scaler2.is_enabled())
x = torch.randn(4, 3)
with torch.autocast(device_type="cuda", dtype=torch.float16):
    out = model(x)
    loss = out.pow(2).mean()
print(out.dtype, torch.is_autocast_enabled())
s = scaler.scale(loss)
print(s is loss, s)
s.backward()
print(scaler.step(opt))
scaler.update()
print(scaler.state_dict())
with torch.cuda.amp.autocast():
    print(model(x).dtype)
with torch.autocast("cuda", enabled=False):
    pass
print(torch.amp.GradScaler(enabled=False).is_enabled())
print(torch.get_autocast_dtype("cuda"), torch.amp.autocast("cuda", enabled=False).fast_dtype)
print(scaler.unscale_(opt))
@torch.autocast("cuda")
def forward(inp):
    return model(inp)

print(forward(x).dtype)
from torch.cuda.amp import GradScaler, autocast
with autocast(dtype=torch.bfloat16):
    print(model(x).dtype)
print(GradScaler(enabled=False).is_enabled())
print(scaler.get_growth_factor())
