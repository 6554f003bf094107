# fastai-style: SGD with momentum and weight decay written by hand, checked against torch.optim.SGD.
import torch

torch.manual_seed(0)
X = torch.randn(32, 4)
y = X @ torch.tensor([1.5, -2.0, 0.3, 0.0]) + 0.1
w0 = torch.randn(4)
lr, mom, wd = 0.05, 0.9, 1e-2

w = w0.clone().requires_grad_(True)
buf = None
for step in range(5):
    loss = ((X @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        g = w.grad + wd * w
        buf = g.clone() if buf is None else buf.mul(mom).add(g)
        w -= lr * buf
    w.grad.zero_()
    print(step, f"{loss.item():.6f}")

w2 = w0.clone().requires_grad_(True)
opt = torch.optim.SGD([w2], lr=lr, momentum=mom, weight_decay=wd)
for step in range(5):
    opt.zero_grad()
    loss = ((X @ w2 - y) ** 2).mean()
    loss.backward()
    opt.step()
print(w.detach())
print(w2.detach())
print(torch.equal(w, w2), (w - w2).abs().max().item())
print(opt.state[w2]["momentum_buffer"])
