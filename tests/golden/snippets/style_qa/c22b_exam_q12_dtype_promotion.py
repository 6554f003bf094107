import torch

# Q12. What is the dtype of each result?
i = torch.tensor([1, 2, 3])
f = torch.tensor([1.0, 2.0])
h = torch.tensor([1.0], dtype=torch.float16)
d = torch.tensor([1.0], dtype=torch.float64)
b = torch.tensor([True, False])
print((i + 1).dtype, (i + 1.5).dtype, (i / 2).dtype, (i // 2).dtype)
print((h + 1.0).dtype, (h + f[:1]).dtype, (h + d).dtype)
print((b + b).dtype, (b + 1).dtype, (b * 2.5).dtype)
print(torch.result_type(i, 2.0), torch.promote_types(torch.int32, torch.float16))
print((torch.tensor(3, dtype=torch.uint8) - 5).item())
