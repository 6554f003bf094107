# learnable edge weights as sparse values: requires_grad on the sparse tensor itself
import torch

i = torch.tensor([[0, 1, 2], [1, 2, 0]])
A = torch.sparse_coo_tensor(i, torch.tensor([1.0, 2.0, 3.0]), (3, 3), requires_grad=True)
print(A.requires_grad, A.is_leaf)
x = torch.tensor([[1.0], [2.0], [3.0]])
y = torch.sparse.mm(A, x)
y.sum().backward()
print(A.grad)
print(A.grad.is_sparse)
