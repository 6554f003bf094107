# reading and writing adjacency entries by flat index with take/put_
import torch

A = torch.zeros(3, 3)
flat = torch.tensor([1, 5, 6])
A.put_(flat, torch.tensor([1.0, 2.0, 3.0]))
print(A)
print(torch.take(A, torch.tensor([[5, 1], [6, 0]])))
A.put_(torch.tensor([1, 1]), torch.tensor([10.0, 20.0]), accumulate=True)
print(A[0])
try:
    torch.take(A, torch.tensor([9]))
except IndexError as e:
    print("IndexError:", e)
