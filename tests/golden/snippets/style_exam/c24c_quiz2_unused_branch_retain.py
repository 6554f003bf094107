# Quiz B26: autograd.grad twice through one graph
import torch

inp = torch.tensor(2.0, requires_grad=True)
cube = inp ** 3
first = torch.autograd.grad(cube, inp, retain_graph=True)
again = torch.autograd.grad(cube, inp)
print(first, again)
try:
    torch.autograd.grad(cube, inp)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:60])
print(inp.grad)
