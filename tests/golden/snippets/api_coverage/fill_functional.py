import torch

x = torch.ones(2, requires_grad=True)
y = torch.fill(x, 2.)
print(y, y.grad_fn, len(y.grad_fn.next_functions))
v = torch.tensor(3., requires_grad=True)
z = torch.fill(x, v)
print(z, z.grad_fn)
(z * torch.tensor([1., 2.])).sum().backward()
print(x.grad, v.grad)
print(torch.fill(torch.zeros(2, dtype=torch.long), 2.7), torch.fill(torch.zeros(2), True))
print(torch.fill(torch.zeros(2, 3).t(), 1.).stride())
try:
    torch.fill(x, torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", e)
