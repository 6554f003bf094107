import torch

# Q24. With X (4x3), W (3x2), L = sum(XW). What are the shapes and values of the grads?
X = torch.arange(12.0).reshape(4, 3).requires_grad_()
W = torch.ones(3, 2, requires_grad=True)
L = (X @ W).sum()
L.backward()
print(X.grad.shape, W.grad.shape)
print(W.grad)
print(X.grad[0])
print(torch.equal(W.grad, X.detach().sum(0, keepdim=True).T.expand(3, 2)))
