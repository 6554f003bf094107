# gradients flow into the dense features through torch.sparse.mm
import torch

idx = torch.tensor([[0, 1, 2, 2], [2, 2, 0, 1]])
A = torch.sparse_coo_tensor(idx, torch.tensor([1., 2., 3., 4.]), (3, 3))
X = torch.tensor([[1., 0.], [0., 1.], [1., 1.]], requires_grad=True)
Y = torch.sparse.mm(A, X)
print(Y)
print(Y.grad_fn is not None, Y.requires_grad)
Y.sum().backward()
print(X.grad)
