# float32 prod multiplies whole blocks of 32 factors lane by lane, then the rest one by one;
# down a column, one after another. tolist() shows every bit.
import torch

torch.manual_seed(0)
for n in (5, 31, 32, 45, 64, 70, 200):
    x = 1 + 0.3 * torch.randn(3, n)
    print(n, x.prod(-1).tolist(), x.prod().item(), x.t().prod(0).tolist(), x[:, 1:].prod().item())
x = 1 + 0.01 * torch.randn(50000)
print(x.prod().item(), x.double().prod().item())
w = (1 + 0.1 * torch.randn(40, 6)).requires_grad_()
p = w.prod(0)
p.sum().backward()
print(p.tolist())
print(w.grad[:2].tolist())
