# Quiz B26: autograd.grad twice through one graph
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
g1 = torch.autograd.grad(y, x, retain_graph=True)
g2 = torch.autograd.grad(y, x)
print(g1, g2)
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:60])
print(x.grad)
