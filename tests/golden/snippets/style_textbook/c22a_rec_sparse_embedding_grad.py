import torch
import torch.nn as nn

torch.manual_seed(10)
items = nn.Embedding(6, 2, sparse=True)
basket = torch.tensor([[1, 3], [1, 5]])
score = items(basket).prod(dim=1).sum()
score.backward()
grad = items.weight.grad
print(grad.layout)
print(grad._nnz())
dense = grad.to_dense()
print(dense)
print(dense.abs().sum(1) != 0)
