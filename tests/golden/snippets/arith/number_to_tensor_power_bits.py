# A number raised to a tensor reads the number in the result's type: 0.95 ** t takes float32's 0.95.
import torch

t = torch.arange(40).float()
for lam in (0.95, 0.9, 1.1, 0.3):
    p = lam ** t
    print(lam, p.sum().item(), p.tolist()[5:40:6])
print((0.95 ** torch.arange(10)).dtype, (0.95 ** torch.arange(10)).sum().item())
print(torch.pow(0.7, torch.linspace(-3, 3, 7)).tolist())
h = torch.linspace(-2, 2, 5, dtype=torch.float16)
print((0.95 ** h).tolist(), (0.95 ** h.bfloat16()).tolist())
print((0.95 ** t.double()).sum().item())
x = torch.linspace(0, 2, 5, requires_grad=True)
y = 0.7 ** x
y.sum().backward()
print(y, x.grad)
