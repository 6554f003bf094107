# A bfloat16 model: save/load keeps the dtype, a float32 leaf through .to(bfloat16) gets float32
# gradients, add(alpha=) rounds as PyTorch's vector/scalar loop, MSE and plain SGD steps in bfloat16.
import io

import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.tensor([1.5, -2.25, 1e-3], dtype=torch.bfloat16)
buf = io.BytesIO()
torch.save({"x": x, "f": x.float()}, buf)
buf.seek(0)
loaded = torch.load(buf)
print(loaded["x"], loaded["x"].dtype, loaded["f"].dtype, x.type(torch.BFloat16Tensor), x.type())
f = torch.tensor([1.1, 2.2], requires_grad=True)
b = f.to(torch.bfloat16)
(b * b).sum().backward()
print(b.grad_fn.name(), f.grad, f.grad.dtype)
p = torch.randn(70).bfloat16()
g = torch.randn(70).bfloat16()
for alpha in (-0.1, 0.37, 2.5):
    r = p.add(g, alpha=alpha)
    print(r[:4], r[60:], torch.sub(p, g, alpha=alpha)[-3:])
print(torch.randn(3, 33).bfloat16().add(torch.randn(33).bfloat16(), alpha=0.3)[:, 30:])
m = nn.Linear(2, 1).to(torch.bfloat16)
print(m.state_dict()["bias"].dtype, m.weight.grad)
opt = torch.optim.SGD(m.parameters(), lr=0.1)
xx = torch.randn(4, 2).bfloat16()
yy = torch.randn(4, 1).bfloat16()
for _ in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(m(xx), yy)
    loss.backward()
    opt.step()
    print(loss.item(), m.weight.grad, m.bias)
print(nn.MSELoss(reduction="sum")(m(xx), yy), nn.MSELoss(reduction="none")(m(xx), yy).flatten())
print(torch.tensor([0.1], dtype=torch.bfloat16) + torch.tensor(0.1, dtype=torch.float32))
print(torch.tensor([3], dtype=torch.int32) * torch.tensor(0.5, dtype=torch.bfloat16))
print(x.abs().max(), x.argmax(), torch.cat([x, x.float()]).dtype, x.bfloat16() is x)
