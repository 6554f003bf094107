# Lower precision on CPU, as in the course's mixed-precision lesson: bfloat16 casts, autocast, loss in float32.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(3, 4)
with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    out = model(x)
    print(out.dtype)
    loss = out.float().pow(2).mean()
print(loss.dtype, out.requires_grad)
loss.backward()
print(model.weight.grad.dtype)
a = torch.tensor([1.0, 1.001, 1000.5, 3.14159])
print(a.to(torch.bfloat16))
print(a.half())
print(torch.finfo(torch.bfloat16))
print(torch.tensor([1.0], dtype=torch.bfloat16) + 0.001)
b = a.bfloat16()
print(b.dtype, b.float())
print((b.float() - a).abs().max())
