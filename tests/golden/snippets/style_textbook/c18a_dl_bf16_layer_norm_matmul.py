# bfloat16 matmul and layer norm: outputs rounded to 8 bits of mantissa
import torch
import torch.nn.functional as F

torch.manual_seed(27)
a = torch.randn(3, 5).bfloat16()
b = torch.randn(5, 2).bfloat16()
print(a @ b)
print((a.float() @ b.float()).bfloat16())
h = torch.randn(2, 6).bfloat16()
print(F.layer_norm(h, (6,)))
print(F.gelu(h))
