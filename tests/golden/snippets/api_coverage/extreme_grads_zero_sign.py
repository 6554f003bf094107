import torch

x = torch.tensor([1., 3., 2.], requires_grad=True)
(x.max() * -1).backward()
print(x.grad)
y = torch.tensor([[4., 1.], [2., 8.]], requires_grad=True)
(y.median() * -2 + y.min() * -1 + y.trace() * -3).backward()
print(y.grad)
z = torch.tensor([1., float('nan'), 2.], requires_grad=True)
z.max().backward()
print(z.max(), z.grad)
w = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
(w.trace() * -1).backward()
print(w.grad)
