# Quiz: half precision overflow and how infinities print.
import torch

h = torch.tensor([60000.0, 70000.0, -1e6], dtype=torch.float16)
print(h)
print(h * 2)
print(torch.tensor([float("nan"), float("inf"), 1.0]))
print(torch.tensor([float("inf")]).isinf(), torch.tensor(float("nan")) == torch.tensor(float("nan")))
