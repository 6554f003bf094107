import torch

torch.manual_seed(0)
X = torch.randn(4, 3)
W = torch.randn(3, 2, requires_grad=True)
b = torch.zeros(2, requires_grad=True)
out = X @ W + b
print(out)
loss = (out ** 2).mean()
print(loss)
loss.backward()
print(W.grad)
print(b.grad)
