# Section 6.D (proof for the engine fix): sum/prod/cumsum/cumprod compute in out's dtype or refuse a dtype= clash
import torch
x = torch.tensor([1, 2, 3], dtype=torch.int8)
f32 = torch.tensor([1.5, 2.25, 3.0])
b = torch.tensor([True, True, False])
cases = [("cumsum", (x, 0), {"dtype": torch.int64}, torch.int8), ("cumsum", (x, 0), {"dtype": torch.int64}, torch.int64),
         ("cumsum", (x, 0), {}, torch.int8), ("cumsum", (x, 0), {}, torch.float32), ("cumprod", (x, 0), {"dtype": torch.int32}, torch.int16),
         ("cumsum", (f32, 0), {}, torch.float64), ("cumsum", (f32, 0), {}, torch.int64), ("cumsum", (f32, 0), {"dtype": torch.float64}, torch.float32),
         ("sum", (x, 0), {"dtype": torch.int64}, torch.int8), ("sum", (f32, 0), {}, torch.int64), ("sum", (f32, 0), {}, torch.float64),
         ("sum", (b, 0), {}, torch.int64), ("sum", (b, 0), {}, torch.bool), ("prod", (f32, 0), {}, torch.int64),
         ("prod", (x, 0), {}, torch.int8), ("prod", (x, 0), {"dtype": torch.float32}, torch.float64), ("cumprod", (b, 0), {}, torch.bool),
         ("sum", (f32, 0), {"keepdim": True}, torch.float16), ("cumsum", (f32,), {"dim": 0}, torch.bfloat16)]
for name, args, kw, odt in cases:
    out = torch.empty(0, dtype=odt)
    try:
        r = getattr(torch, name)(*args, **kw, out=out)
        print(name, r, r is out)
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
