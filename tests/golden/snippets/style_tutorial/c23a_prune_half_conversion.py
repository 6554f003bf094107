# model.half(): parameters become float16; mixing dtypes in a forward fails
import torch
import torch.nn as nn

torch.manual_seed(12)
lin = nn.Linear(3, 2)
print(lin.weight.dtype)
lin.half()
print(lin.weight.dtype, lin.bias.dtype, lin.weight.element_size())
try:
    lin(torch.ones(1, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
out = lin(torch.ones(1, 3, dtype=torch.float16))
print(out.dtype, out.shape)
lin.float()
print(lin.weight.dtype)
