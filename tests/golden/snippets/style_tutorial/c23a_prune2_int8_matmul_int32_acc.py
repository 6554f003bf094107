# Integer matmul as an int8 kernel does it: int8 operands, int32 accumulation, float rescale
import torch

a = torch.tensor([[100, -50, 7], [127, 127, -128]], dtype=torch.int8)
b = torch.tensor([[3, -1], [2, 2], [-128, 1]], dtype=torch.int8)
acc = a.to(torch.int32) @ b.to(torch.int32)
print(acc, acc.dtype)
print((acc.float() * 0.02 * 0.05))
try:
    a @ b
except RuntimeError as e:
    print("RuntimeError:", e)
print((a.to(torch.int16) * 3).dtype)
