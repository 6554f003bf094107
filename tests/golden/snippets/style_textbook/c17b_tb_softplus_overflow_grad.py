# log(1 + exp(x)) overflows; softplus does not.
import torch
import torch.nn.functional as F

x = torch.tensor([-100.0, 0.0, 50.0, 100.0], requires_grad=True)
naive = torch.log(1 + torch.exp(x))
print(naive)
naive.sum().backward()
print(x.grad)
x.grad = None
sp = F.softplus(x)
print(sp)
sp.sum().backward()
print(x.grad)
print(F.softplus(x, beta=2, threshold=5))
