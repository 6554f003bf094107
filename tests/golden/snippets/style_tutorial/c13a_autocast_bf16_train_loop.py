# Mixed precision on CPU: a short training loop under torch.autocast with bfloat16; dtypes of everything.
import torch
import torch.nn as nn

torch.manual_seed(6)
model = nn.Sequential(nn.Linear(10, 32), nn.GELU(), nn.Linear(32, 3))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(8, 10)
y = torch.tensor([0, 1, 2, 0, 1, 2, 0, 1])
for step in range(3):
    opt.zero_grad()
    with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
        logits = model(x)
        loss = nn.functional.cross_entropy(logits, y)
    print(step, logits.dtype, loss.dtype, f"{loss.item():.3f}")
    loss.backward()
    opt.step()
print(model[0].weight.dtype, model[0].weight.grad.dtype)
with torch.autocast("cpu", dtype=torch.bfloat16):
    h = model[0](x)
    g = nn.functional.gelu(h)
    s = torch.softmax(h, dim=1)
    a = h + 1
    m = torch.mm(x, x.t())
print(h.dtype, g.dtype, s.dtype, a.dtype, m.dtype)
print(torch.is_autocast_enabled("cpu"))
