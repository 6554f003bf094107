# Quiz: gradients at exactly zero for log, 1/x and x*log(x).
import torch

a = torch.tensor(0.0, requires_grad=True)
torch.log(a).backward()
print(a.grad)
b = torch.tensor(0.0, requires_grad=True)
(1 / b).backward()
print(b.grad)
c = torch.tensor(0.0, requires_grad=True)
(c * torch.log(c)).backward()
print(c.grad)
d = torch.tensor(0.0, requires_grad=True)
torch.xlogy(d, d).backward()
print(d.grad)
