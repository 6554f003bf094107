# The grader compared an int tensor with a float tensor using allclose
import torch

counts = torch.tensor([1, 2, 3])
expected = torch.tensor([1.0, 2.0, 3.0])
try:
    print(torch.allclose(counts, expected))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.allclose(counts.float(), expected))
print(torch.equal(counts, expected), torch.equal(counts.float(), expected))
print(torch.isclose(counts, counts))
