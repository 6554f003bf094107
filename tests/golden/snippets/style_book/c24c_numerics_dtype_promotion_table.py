# Section 5.9: type promotion in mixed arithmetic
import torch

pairs = [(torch.int32, torch.float16), (torch.uint8, torch.int8), (torch.bfloat16, torch.float16),
         (torch.int64, torch.float32), (torch.bool, torch.int16), (torch.float32, torch.complex64)]
for a, b in pairs:
    print(a, b, torch.promote_types(a, b))
print((torch.tensor([1], dtype=torch.int32) * 2.5).dtype)
print((torch.tensor([1.0], dtype=torch.float16) * torch.tensor(2.0, dtype=torch.float64)).dtype)
print(torch.result_type(torch.tensor([1, 2]), 1.0))
