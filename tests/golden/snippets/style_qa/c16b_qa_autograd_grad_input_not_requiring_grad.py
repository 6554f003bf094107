# Q: One of the differentiated Tensors does not require grad
import torch

a = torch.tensor(2.0, requires_grad=True)
c = torch.tensor(3.0)
out = a * c
try:
    torch.autograd.grad(out, [a, c])
except RuntimeError as e:
    print(e)
print(torch.autograd.grad(out, a, retain_graph=True))
print(torch.autograd.grad(out, (a,)), a.grad)
