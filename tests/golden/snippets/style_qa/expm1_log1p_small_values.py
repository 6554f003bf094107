# Q: why use expm1 and log1p? exp(x) - 1 loses everything for tiny x.
import torch

x = torch.tensor([1e-10, 1e-5, 1e-2, 1.0])
print(torch.exp(x) - 1)
print(torch.expm1(x))
print(torch.log(1 + x))
print(torch.log1p(x))
print(f'{torch.expm1(torch.tensor(1e-7)).item():.6e}', f'{(torch.exp(torch.tensor(1e-7)) - 1).item():.6e}')
w = torch.tensor([0.5, -2.0], requires_grad=True)
y = torch.expm1(w)
y.sum().backward()
print(y, w.grad)
print(torch.special.expit(torch.tensor([0.0, 2.0])), torch.special.logit(torch.tensor(0.75)))
z = torch.tensor([1.2345, -2.5], requires_grad=True)
r = torch.round(z, decimals=2)
print(r, torch.special.round(z).grad_fn.name(), z.round().grad_fn.name())
