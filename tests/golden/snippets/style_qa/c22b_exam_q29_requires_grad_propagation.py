import torch

# Q29. Does the output require grad?
a = torch.randn(2, requires_grad=True)
b = torch.randn(2)
print((a + b).requires_grad)
print((b * 2).requires_grad)
print(torch.cat([a, b]).requires_grad)
print(a.detach().requires_grad, a.clone().requires_grad)
print(a.data.requires_grad, a.numpy if False else "-")
print(torch.where(b > 0, b, b * 0).requires_grad)
