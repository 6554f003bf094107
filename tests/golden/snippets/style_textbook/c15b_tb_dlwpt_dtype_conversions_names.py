# Element types: three ways to ask for a dtype, and what happens when two types meet.
import torch

counts = torch.tensor([[7, 3], [2, 9]], dtype=torch.int16)
heights = torch.empty(2, 2, dtype=torch.float64).fill_(1.75)
print(counts.dtype, heights.dtype, counts.element_size(), heights.element_size())
print(counts.to(torch.float16), counts.half().dtype)
print(heights.type(), heights.float().type(), counts.type(torch.int32).dtype)
print((counts * heights).dtype, (counts * 2.5).dtype, (counts + True).dtype)
print(torch.tensor([2.9, -2.9, 255.5]).to(torch.int64))
print(torch.tensor([1.0, 0.0, -0.5]).bool(), torch.tensor([129]).to(torch.int8))
print(torch.result_type(counts, heights), torch.promote_types(torch.int16, torch.float16))
print(torch.double, torch.cfloat, torch.short, torch.half == torch.float16)
