# Q: what gradient does PyTorch give at non-differentiable points (relu at 0, abs at 0, max with ties)?
import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
torch.relu(x).sum().backward()
print(x.grad)
x.grad = None
x.abs().sum().backward()
print(x.grad)
x.grad = None
torch.clamp(x, min=0.0).sum().backward()
print(x.grad)
t = torch.tensor([2.0, 2.0, 1.0], requires_grad=True)
t.max().backward()
print(t.grad)
t.grad = None
t.max(dim=0).values.backward()
print(t.grad)
t.grad = None
torch.amax(t, dim=0).backward()
print(t.grad)
s = torch.tensor(0.0, requires_grad=True)
torch.sqrt(s).backward()
print(s.grad)
u = torch.tensor([0.0, 0.0], requires_grad=True)
torch.norm(u).backward()
print(u.grad, torch.sign(torch.tensor([-2.0, 0.0, 3.0])))
