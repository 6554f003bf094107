# Q: "One of the differentiated Tensors appears to not have been used in the graph".
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
y = a ** 2
try:
    torch.autograd.grad(y, [a, b], retain_graph=True)
except RuntimeError as e:
    print(e)
print(torch.autograd.grad(y, [a, b], allow_unused=True, retain_graph=True))
print(torch.autograd.grad(y, [a, b], allow_unused=True, materialize_grads=True))
