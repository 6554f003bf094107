# Mixing float16, float32 and int tensors: what dtype comes out
import torch

h = torch.tensor([1.5, 2.25], dtype=torch.float16)
f = torch.tensor([0.1, 0.2])
i = torch.tensor([1, 2])
print((h + f).dtype, (h + i).dtype, (h * 2.5).dtype, (i * 2.5).dtype)
print(h + f, h.float() + f)
print(torch.result_type(h, f), torch.promote_types(torch.int64, torch.float16))
print((h.sum() / 3), (h @ h), h.to(torch.bfloat16))
print(torch.tensor(70000.0).half(), torch.finfo(torch.float16).max)
