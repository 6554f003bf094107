# Q: "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed" - why is my hidden layer's grad None?
import torch

torch.manual_seed(0)
x = torch.randn(4, 3)
W = torch.randn(3, 2, requires_grad=True)
hidden = x @ W
out = hidden.relu().sum()
out.backward()
print(hidden.is_leaf, W.is_leaf, x.is_leaf)
print(hidden.grad)
print(W.grad.shape)
W.grad = None
hidden = x @ W
hidden.retain_grad()
hidden.relu().sum().backward()
print(hidden.grad)
print(hidden.retains_grad, W.retains_grad)
moved = W.to(torch.float64)
print(moved.is_leaf, moved.grad_fn)
print(moved.grad)
b = torch.zeros(2).requires_grad_()
print(b.is_leaf, b.grad)
