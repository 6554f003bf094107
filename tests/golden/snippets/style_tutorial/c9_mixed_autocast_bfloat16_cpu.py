# Mixed precision on the CPU: torch.autocast with bfloat16, which ops change dtype, and a training step.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 2))
x = torch.randn(4, 8)
y = torch.randint(0, 2, (4,))
with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    out = model(x)
    print(out.dtype)
    loss = nn.functional.cross_entropy(out, y)
    print(loss.dtype)
    s = torch.softmax(out, 1)
    print(s.dtype, (x + 1).dtype)
loss.backward()
print(model[0].weight.grad.dtype, model[0].weight.dtype)
print(torch.is_autocast_enabled("cpu"), torch.get_autocast_dtype("cpu"))
with torch.autocast("cpu", enabled=False):
    print(model(x).dtype)
