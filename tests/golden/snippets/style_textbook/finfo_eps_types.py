# Machine precision, type names and conversions between numeric types.
import torch

print(torch.finfo(torch.float32).eps, torch.finfo(torch.float64).eps)
print(torch.finfo(torch.float32))
print(torch.iinfo(torch.int8))
x = torch.tensor([1.5, 2.5])
print(x.type(), x.double().type(), x.int().type(), x.long().dtype)
print(x.type(torch.int64), x.to(torch.uint8), x.to(dtype=torch.float16))
print(torch.tensor(1.0) + torch.finfo(torch.float32).eps / 2 == 1.0)
print(torch.get_default_dtype(), torch.is_floating_point(x), x.element_size())
print(torch.promote_types(torch.int32, torch.float16), torch.result_type(x, 1))
