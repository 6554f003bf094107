# Exercise 9.B: bucketize with scalars, ints and 2-D inputs
import torch

b = torch.tensor([0, 10, 20])
print(torch.bucketize(torch.tensor([[5, 10], [25, -1]]), b))
print(torch.bucketize(15, b), torch.bucketize(torch.tensor(10), b, right=True))
print(torch.bucketize(torch.tensor([1.5]), torch.tensor([1.0, 2.0], dtype=torch.float64)))
try:
    torch.bucketize(torch.tensor([1]), torch.tensor([[1, 2]]))
except RuntimeError as e:
    print("RuntimeError:", e)
