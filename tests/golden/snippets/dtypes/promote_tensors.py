import torch

i64 = torch.tensor([1, 2])
i32 = torch.tensor([1, 2], dtype=torch.int32)
f32 = torch.tensor([0.5, 0.5])
f64 = torch.tensor([0.5, 0.5], dtype=torch.float64)
print((i64 * f32).dtype, i64 * f32)
print((i32 + i64).dtype)
print((f32 + f64).dtype)
print((i32 * f64).dtype)
print(torch.promote_types(torch.int32, torch.float32))
print(torch.result_type(i64, 2.0))
