import torch

x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x.exp()
z = y.sum()
y.add_(1)
print(y)
z.backward()
