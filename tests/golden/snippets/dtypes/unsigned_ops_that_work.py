# What PyTorch's uint16/uint32/uint64 kernels do run: moving and viewing, indexing and assignment,
# ==, *, the bitwise and/or/xor, sum/prod/cumsum into int64, sort and unique, and float math.
import torch

t = torch.tensor([3, 1, 2, 65535], dtype=torch.uint16)
print(t.view(2, 2), t.reshape(2, 2).T, t.unsqueeze(0), torch.cat([t, t]), torch.stack([t, t]).shape)
print(t.view(torch.int16), t[t == 2], t[[0, 3]], t.clone().fill_(7))
u = t.clone()
u[0] = 9
u[1:3] = torch.tensor([4, 5])
print(u, t * 2, t * t, t & 1, t | 4, t ^ 3)
print(t / 2, t * 0.5, t.sqrt(), t + 0.5, t < 2.5)
print(t.sum(), t.prod(), t.cumsum(0), t.sort(), t.argsort(), t.unique())
print(t.float().mean(), t.double().std(), t.int().max(), t.to(torch.uint32), t.byte())
try:
    t.sum(dtype=torch.uint16)
except NotImplementedError as e:
    print(e)
w = torch.tensor([7, 8], dtype=torch.uint32)
for expr in ("w + 1", "w << 1", "~w", "w.clamp(0, 7)", "torch.maximum(w, w)", "w.topk(1)", "w @ w"):
    try:
        eval(expr)
    except NotImplementedError as e:
        print(expr, "->", e)
