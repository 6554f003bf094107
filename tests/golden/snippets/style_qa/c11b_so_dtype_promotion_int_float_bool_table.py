# Q: what dtype do I get when mixing int, float, bool tensors and Python scalars?
import torch

i32 = torch.tensor([1, 2], dtype=torch.int32)
i64 = torch.tensor([1, 2])
f16 = torch.tensor([1.0, 2.0], dtype=torch.float16)
f32 = torch.tensor([1.0, 2.0])
f64 = torch.tensor([1.0, 2.0], dtype=torch.float64)
bl = torch.tensor([True, False])
u8 = torch.tensor([1, 2], dtype=torch.uint8)
pairs = [("i32+i64", i32 + i64), ("i64+f16", i64 + f16), ("f16+f32", f16 + f32), ("f32+f64", f32 + f64),
         ("bl+bl", bl + bl), ("bl+i32", bl + i32), ("u8+i32", u8 + i32), ("i64*2.5", i64 * 2.5),
         ("i32+True", i32 + True), ("f16*1e5", f16 * 1e5), ("u8-5", u8 - 5), ("bl*1.0", bl * 1.0),
         ("i64/i64", i64 / i64), ("i32//2", i32 // 2), ("f64+0-dim f32", f64 + torch.tensor(1.0)),
         ("i64+0-dim f64", i64 + torch.tensor(1.0, dtype=torch.float64))]
for name, t in pairs:
    print(f"{name:16s} {str(t.dtype):15s} {t}")
print(torch.result_type(i32, 2.0), torch.result_type(u8, -1), torch.promote_types(torch.int8, torch.uint8))
print(torch.can_cast(torch.float32, torch.int32), torch.can_cast(torch.int32, torch.float32))
print(bl.sum(), bl.sum().dtype, bl.float().mean())
