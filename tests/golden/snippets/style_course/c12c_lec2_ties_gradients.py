# Lecture: where does the gradient go when max/min/relu/abs have ties or kinks?
import torch

x = torch.tensor([1.0, 3.0, 3.0, 2.0], requires_grad=True)
x.max().backward()
print(x.grad)
x.grad = None
x.amax().backward()
print(x.grad)
x.grad = None
torch.max(x, dim=0).values.backward()
print(x.grad)
x.grad = None
x.sort(descending=True).values[0].backward()
print(x.grad)
z = torch.tensor([0.0, -0.0, 1.0], requires_grad=True)
(torch.relu(z).sum() + z.abs().sum() + torch.clamp(z, 0, 1).sum()).backward()
print(z.grad)
m = torch.tensor([2.0, 2.0], requires_grad=True)
torch.maximum(m[0], m[1]).backward()
print(m.grad)
n = torch.tensor([5.0, 5.0, 1.0], requires_grad=True)
n.median().backward()
print(n.grad)
