import torch

W = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
x = torch.tensor([1., -1.], requires_grad=True)
y = W @ x
print(y)
y.sum().backward()
print(W.grad)
print(x.grad)
