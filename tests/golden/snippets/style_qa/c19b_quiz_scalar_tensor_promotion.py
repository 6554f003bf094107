# Quiz 42: a 0-dim float64 tensor does not upcast float32
import torch

f32 = torch.tensor([1.0, 2.0])
s64 = torch.tensor(3.0, dtype=torch.float64)
print((f32 * s64).dtype)
print((f32 * torch.tensor([3.0], dtype=torch.float64)).dtype)
i = torch.tensor([1, 2])
print((i * s64).dtype)
print((i * torch.tensor(2, dtype=torch.int8)).dtype)
print(torch.result_type(i, 2.5), torch.promote_types(torch.int32, torch.float16))
print((torch.tensor(1, dtype=torch.uint8) + torch.tensor([1], dtype=torch.int8)).dtype)
