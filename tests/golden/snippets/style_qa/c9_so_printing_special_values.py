# Q: how tensors print nan, inf, -0., huge and tiny mixed values, integers that look like floats, and bools.
import torch

print(torch.tensor([float("nan"), float("inf"), -float("inf"), 1.5]))
print(torch.tensor([-0.0, 0.0, 1.0]))
print(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.0, 2.5]))
print(torch.tensor([1e-10, 1.0]))
print(torch.tensor([1e10, 1.0]))
print(torch.tensor([100000.0, 0.5]), torch.tensor([1000000.0, 0.5]))
print(torch.tensor([0.001, 0.0001]))
print(torch.tensor([[1e-3, 2.0], [float("nan"), 3.0]]))
print(torch.tensor([1, -20, 300]), torch.tensor([True, False]))
print(torch.tensor([1.0, 2.0], dtype=torch.float64), torch.tensor([1.0, 2.0], dtype=torch.float16))
print(torch.tensor(float("nan")), torch.tensor(-float("inf")), torch.tensor(-0.0))
print(torch.tensor([123456789.0]), torch.tensor([0.1 + 0.2]))
print(torch.tensor([2 ** 40, 5]), torch.tensor([1.0e20, -1.0e-20]))
print(torch.full((2, 2), 7.0), torch.zeros(0, 3))
print(torch.tensor([[1, 2], [3, 4]], dtype=torch.uint8), torch.tensor([-1.25], dtype=torch.bfloat16))
