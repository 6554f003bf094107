import torch

t = torch.tensor([1., 2., 3.])
t.add_(1)
print(t)
t.mul_(2)
print(t)
t.sub_(torch.tensor([1., 1., 1.]))
print(t)
t.div_(2)
print(t)
t += 10
print(t)
t *= torch.tensor([0., 1., 2.])
print(t)
t -= 1
t /= 2
print(t)
