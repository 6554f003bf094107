import numpy as np
import torch
u = torch.tensor([1, 200], dtype=torch.uint8)
i8 = torch.tensor([1, 100], dtype=torch.int8)
for e in ["u + 300", "u == 257", "u < 300", "u * 300", "u - 300", "300 - u", "u // 300", "u % 300", "u.add(300)", "torch.add(u, 300)",
          "i8 + 200", "i8 * np.int64(1000)", "u + 2**63", "u + (-2**63)", "u + 2**64", "torch.tensor([1]) + 2**63", "u.clamp(0, 300)",
          "torch.where(u > 1, u, 300)", "u.masked_fill(u > 1, 300)", "u.fill_(300)", "u ** 300", "u & 257", "i8 + 2**31", "torch.tensor([1], dtype=torch.int32) + 2**40"]:
    try:
        print(e, "->", eval(e))
    except Exception as ex:
        print(e, "!!", type(ex).__name__, ex)
print(torch.full((2,), 255, dtype=torch.uint8), torch.tensor([1, 2], dtype=torch.int8) * np.int64(-129))
for bad in (lambda: torch.full((2,), 256, dtype=torch.uint8), lambda: torch.zeros(2, dtype=torch.int8).fill_(-129)):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
