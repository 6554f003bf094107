# Max with ties: max() and amax spread the gradient, max(dim) sends it to one index.
import torch

x = torch.tensor([1.0, 3.0, 3.0, 2.0], requires_grad=True)
x.max().backward()
print("max()", x.grad)
x.grad = None
x.amax().backward()
print("amax()", x.grad)
x.grad = None
v, i = x.max(dim=0)
v.backward()
print(i, x.grad)
x.grad = None
torch.stack([x[1], x[2]]).max().backward()
print(x.grad)
