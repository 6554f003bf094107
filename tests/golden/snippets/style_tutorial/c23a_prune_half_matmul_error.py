# float16 arithmetic on CPU and mixing it with float32 tensors
import torch

a = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float16)
b = torch.tensor([0.5, 0.25, 0.125])
print((a * b).dtype, (a + 1).dtype, (a * 2.5).dtype)
print(a.sum(), a.mean(), a.sum().dtype)
print(torch.promote_types(torch.float16, torch.bfloat16))
try:
    torch.mm(a.view(1, 3), b.view(3, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
