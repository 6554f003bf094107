import torch

x = torch.tensor([1., 2.], requires_grad=True)
z = (x.exp() * 2).sum()
z.backward()
try:
    z.backward()
except RuntimeError as e:
    print(e)
s = (x + 1).sum()
s.backward()
s.backward()
print(x.grad)
