# Q: "One of the differentiated Tensors appears to not have been used in the graph"
import torch

a = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(2.0, requires_grad=True)
c = torch.tensor(3.0, requires_grad=True)
out = a * b
try:
    torch.autograd.grad(out, (a, c), retain_graph=True)
except RuntimeError as e:
    print(e)
print(torch.autograd.grad(out, (c, a), allow_unused=True, retain_graph=True))
print(torch.autograd.grad(out, [b], retain_graph=True))
print(torch.autograd.grad(out, (a, b, c), allow_unused=True, materialize_grads=True))
