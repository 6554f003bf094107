import torch

# add/sub with alpha round once (a fused multiply-add), so every printed digit matches.
torch.manual_seed(0)
a = torch.randn(1000)
b = torch.randn(1000)
print(torch.add(a, b, alpha=0.1).sum().item(), torch.add(a, b, alpha=-0.37)[:5].tolist())
print(torch.sub(a, b, alpha=0.3)[-5:].tolist())
row = torch.randn(1, 1000)
print(torch.add(torch.randn(3, 1000), row, alpha=0.7)[:, 7].tolist())
d = torch.randn(50, dtype=torch.float64)
e = torch.randn(50, dtype=torch.float64)
print(torch.add(d, e, alpha=0.123)[:4].tolist())
w = torch.randn(257)
g = torch.randn(257)
for _ in range(20):
    w.add_(g, alpha=-0.01)
    w.sub_(g * g, alpha=0.003)
print(w[:6].tolist(), w.sum().item())
x = torch.randn(5, requires_grad=True)
y = torch.add(x, torch.randn(5), alpha=2.5)
y.sum().backward()
print(y.grad_fn, x.grad)
print(torch.add(torch.arange(5), torch.arange(5), alpha=3))
