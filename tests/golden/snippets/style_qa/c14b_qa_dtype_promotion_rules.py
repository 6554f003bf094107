# Q: what dtype does a mixed operation give? int + float scalar, int32 + int64, 0-dim float64, uint8 + int8.
import numpy as np
import torch

i64 = torch.tensor([1, 2, 3])
i32 = torch.tensor([1, 2, 3], dtype=torch.int32)
f32 = torch.tensor([0.5, 1.5, 2.5])
f64_scalar = torch.tensor(2.0, dtype=torch.float64)
print((i64 + 1.5).dtype, (i32 + i64).dtype, (i32 * 2).dtype)
print((f32 * f64_scalar).dtype, (i64 * f64_scalar).dtype, (f32 + torch.from_numpy(np.ones(3))).dtype)
u8 = torch.tensor([200, 100], dtype=torch.uint8)
s8 = torch.tensor([-1, 1], dtype=torch.int8)
print(u8 + s8, (u8 + s8).dtype, u8 + u8)
print(torch.result_type(i32, 1.0), torch.promote_types(torch.uint8, torch.int8), torch.can_cast(torch.float32, torch.int32))
print(torch.tensor([True, False]) + torch.tensor([True, True]), (torch.tensor([True]) * 2.5).dtype)
f16 = torch.tensor([1.0, 2.0], dtype=torch.float16)
print((f16 + f32[:2]).dtype, (f16 + 1.0).dtype, f16 * 0.1)
try:
    i64 += f32
except RuntimeError as e:
    print(e)
f32 += i64
print(f32, f32.dtype)
