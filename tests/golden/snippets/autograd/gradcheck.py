import torch

def f(x):
    return (x ** 2).sin().sum()

x = torch.tensor([0.3, 0.7, 1.1], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(f, (x,)))
torch.manual_seed(0)
a = torch.rand(2, 3, dtype=torch.double, requires_grad=True)
b = torch.rand(3, 2, dtype=torch.double, requires_grad=True)
print(torch.autograd.gradcheck(torch.mm, (a, b)))
print(torch.autograd.gradcheck(lambda t: t.exp() * t, (x,), eps=1e-6, atol=1e-4))
