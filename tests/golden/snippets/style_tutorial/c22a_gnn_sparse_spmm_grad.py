import torch

i = torch.tensor([[0, 1, 1, 2], [1, 0, 2, 1]])
v = torch.tensor([1.0, 1.0, 0.5, 0.5])
A = torch.sparse_coo_tensor(i, v, (3, 3))
x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
y = torch.sparse.mm(A, x)
print(y)
y.sum().backward()
print(x.grad)
print(A.to_dense().t().sum(1))
