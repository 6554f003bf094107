# Issue: "autograd.grad with several outputs and grad_outputs containing None".
import torch

x = torch.tensor(2.0, requires_grad=True)
a, b = x ** 2, x ** 3
print(torch.autograd.grad([a, b], x, retain_graph=True))
print(torch.autograd.grad([a, b], x, grad_outputs=[torch.tensor(1.0), None], retain_graph=True))
print(torch.autograd.grad([a, b], [x], grad_outputs=[torch.tensor(0.5), torch.tensor(2.0)]))
