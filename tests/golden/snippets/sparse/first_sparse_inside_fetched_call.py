import torch

# the first sparse tensor of the process is made inside the arguments of a function already fetched
d = torch.ones(2, 3)
add = torch.add
print(torch.add(d, torch.sparse_coo_tensor([[0, 1], [2, 0]], [1.0, 2.0], (2, 3))))
print(add(d, torch.sparse_coo_tensor([[0, 1], [2, 0]], [1.0, 2.0], (2, 3)), alpha=2))
mul = torch.mul
s = torch.sparse_coo_tensor([[0, 1], [2, 0]], [1.0, 2.0], (2, 3))
print(mul(s, 3.0))
print(torch.add)
