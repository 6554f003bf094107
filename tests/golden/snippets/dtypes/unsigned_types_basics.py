# torch.uint16, torch.uint32 and torch.uint64: making them, their limits, their printing and the values
# above the signed range.
import numpy as np
import torch

for dt in (torch.uint16, torch.uint32, torch.uint64):
    info = torch.iinfo(dt)
    print(dt, info, info.max, info.bits, dt.is_signed, dt.itemsize, dt.is_floating_point)
    print(torch.zeros(2, dtype=dt), torch.full((2,), -1, dtype=dt), torch.ones(3, dtype=dt).sum())

big = torch.tensor([2**63, 2**64 - 1, 5], dtype=torch.uint64)
print(big, big.tolist(), big[0].item(), big.float(), big.long())
print(torch.tensor([3000000000, 1], dtype=torch.uint32), torch.tensor([-1, 70000]).to(torch.uint16))
print(torch.as_tensor(np.array([40000, 2], dtype=np.uint16)).numpy(), torch.tensor(np.uint32(7)))

for expr in ("torch.arange(5, dtype=torch.uint16)", "torch.rand(2, dtype=torch.uint32)",
             "torch.tensor([1, 2], dtype=torch.uint16, requires_grad=True)", "torch.tensor([-1], dtype=torch.uint64)",
             "torch.tensor(np.uint64(3))", "int(big[1])"):
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print("uint16" in dir(torch), torch.uint16 == torch.uint16, torch.uint16.to_real())
