# Q: ways to convert a tensor to another's dtype: type_as, to(other), .type(str), double() and their reprs.
import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([0.5, 1.5], dtype=torch.float64)
print(a.type_as(b), a.to(b), a.to(b.dtype))
print(a.type(), b.type(), a.type(torch.float32), a.type("torch.DoubleTensor"))
print(a.double().dtype, a.half(), a.bool(), a.char().dtype, a.short().dtype, a.byte())
print(torch.tensor([1.7, -1.7]).int(), torch.tensor([1.7, -1.7]).long(), torch.tensor([300.0]).byte() if False else "skip")
print(torch.tensor([True, False]).float(), torch.tensor([2.5]).to(torch.int32))
print(a.to(torch.float16).dtype, a.to(dtype=torch.bfloat16))
print(a.is_floating_point(), b.is_floating_point(), torch.is_tensor(a), torch.is_floating_point(b))
c = a.to(torch.int64)
print(c is a, a.to(a) is a, a.long() is a)
print(torch.tensor([1.0, 2.0]).new_tensor([3, 4]).dtype, a.new_zeros(2, 2).dtype, b.new_full((2,), 7).dtype)
print(torch.result_type(a, b), torch.promote_types(torch.int32, torch.float16), torch.can_cast(torch.float32, torch.int32))
