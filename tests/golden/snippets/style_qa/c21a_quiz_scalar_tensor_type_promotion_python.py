# Quiz: Python scalars and 0-dim tensors do not upcast a float16 tensor, a dimensioned one does.
import torch

h = torch.ones(2, dtype=torch.float16)
print((h * 3.5).dtype)
print((h * torch.tensor(3.5, dtype=torch.float64)).dtype)
print((h * torch.tensor([3.5], dtype=torch.float64)).dtype)
print((torch.ones(2, dtype=torch.int32) * torch.tensor(2)).dtype)
print((torch.ones(2, dtype=torch.int32) * 2.0).dtype)
print(torch.result_type(torch.tensor([1], dtype=torch.uint8), -1))
