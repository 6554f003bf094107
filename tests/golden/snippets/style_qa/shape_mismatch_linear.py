# mat1 and mat2 shapes cannot be multiplied: a classic after flattening wrong.
import torch
import torch.nn as nn

torch.manual_seed(0)
fc = nn.Linear(4, 2)
x = torch.randn(3, 5)
try:
    fc(x)
except RuntimeError as e:
    print(e)
try:
    torch.randn(2, 3) @ torch.randn(2, 3)
except RuntimeError as e:
    print(e)
print(fc(torch.randn(3, 4)).shape)
