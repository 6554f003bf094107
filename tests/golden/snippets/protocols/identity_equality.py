import torch

a = torch.tensor([1, 2])
b = a
c = a.clone()
print(a is b, a is c)
print(a == c)
print((a == c).all())
print(torch.equal(a, c))
s = {a}
print(len(s), a in [a], a in s)
