import torch

a = torch.tensor([1., 2.])
b = torch.tensor([1., 2.], requires_grad=True)
print(a.requires_grad, b.requires_grad)
print((a + b).requires_grad, (a * 2).requires_grad)
print(torch.ones(2, requires_grad=True).requires_grad)
print(torch.randn(2, requires_grad=False).requires_grad)
