# Section 11.4: vector norms of different orders
import torch

v = torch.tensor([3.0, -4.0, 0.0])
for ord_ in (0, 1, 2, float("inf"), -float("inf")):
    print(ord_, torch.linalg.vector_norm(v, ord=ord_))
print(torch.dist(v, torch.zeros(3)), torch.dist(v, torch.zeros(3), p=1))
print(torch.linalg.norm(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), ord="fro"))
