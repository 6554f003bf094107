# Q: torch.autograd.grad with several outputs and grad_outputs - what shapes do I pass?
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([[0.5], [1.5]], requires_grad=True)
y1 = a * 3
y2 = (b * a).sum(1)
ga, gb = torch.autograd.grad((y1, y2), (a, b), grad_outputs=(torch.ones(2), torch.tensor([1.0, -1.0])))
print(ga)
print(gb)
y = a ** 2
try:
    torch.autograd.grad(y, a, grad_outputs=torch.ones(3))
except RuntimeError as e:
    print("RuntimeError:", e)
g = torch.autograd.grad(y, a, grad_outputs=torch.tensor([2.0, 0.5]), retain_graph=True)
print(type(g).__name__, len(g), g[0])
print(torch.autograd.grad(y.sum(), [a]))
