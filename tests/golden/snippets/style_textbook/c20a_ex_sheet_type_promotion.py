# Practice sheet 1, task 4: what dtype does each expression produce?
import torch

i = torch.tensor([1, 2])
f = torch.tensor([1.0, 2.0])
b = torch.tensor([True, False])
print((i + f).dtype, (i + 2.5).dtype, (b + b).dtype, (b + 1).dtype)
print((i * True).dtype, (f.double() + f).dtype, (i.to(torch.int8) + 200).dtype)
print(torch.result_type(i, 1.0), torch.promote_types(torch.int32, torch.float16))
print(torch.can_cast(torch.float32, torch.int32), torch.can_cast(torch.int32, torch.float32))
print(torch.tensor([1, 2], dtype=torch.uint8) - 3)
