# Mixed precision on CPU: autocast to bfloat16 for the forward pass
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
x = torch.randn(16, 4)
with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    out = model(x)
    print("inside autocast:", out.dtype)
    loss = ((out.float() - 1) ** 2).mean()
print("loss dtype:", loss.dtype)
loss.backward()
print("grad dtype:", model[0].weight.grad.dtype)
print(torch.is_autocast_enabled("cpu"))
