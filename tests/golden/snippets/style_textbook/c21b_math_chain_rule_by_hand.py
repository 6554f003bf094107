# chain rule by hand for f(g(h(x))) vs autograd
import torch

x = torch.tensor(0.7, requires_grad=True)
h = x ** 2
g = torch.sin(h)
f = torch.exp(g)
f.backward()
manual = torch.exp(torch.sin(x ** 2)) * torch.cos(x ** 2) * 2 * x
print(x.grad)
print(manual.detach())
print(torch.isclose(x.grad, manual))
print(f.grad_fn, f.grad_fn.next_functions[0][0])
