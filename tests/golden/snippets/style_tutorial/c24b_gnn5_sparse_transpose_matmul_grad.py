# gradient of X through A^T X with a sparse A (mm with a transposed sparse tensor)
import torch

A = torch.sparse_coo_tensor(torch.tensor([[0, 1, 2], [1, 2, 2]]), torch.tensor([1.0, -1.0, 2.0]), (3, 3))
X = torch.ones(3, 2, requires_grad=True)
Y = torch.mm(A.t(), X)
print(Y)
Y.pow(2).sum().backward()
print(X.grad)
print(Y.grad_fn.name())
