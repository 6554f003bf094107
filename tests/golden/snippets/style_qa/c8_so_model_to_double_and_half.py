# Q: "expected scalar type Float but found Double" after model.double() / mixed dtypes in a custom layer.
import torch
import torch.nn as nn

torch.manual_seed(0)

class Scale(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(3))
        self.c = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)

    def forward(self, x):
        return x * self.w + self.c

m = Scale()
out = m(torch.ones(2, 3))
print(out.dtype)
lin = nn.Linear(3, 2).double()
print(lin.weight.dtype)
try:
    lin(torch.ones(2, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
print(lin(torch.ones(2, 3, dtype=torch.double)).dtype)
lin.float()
print(lin(torch.ones(2, 3)).dtype, lin.to(torch.float64).weight.dtype)
t = torch.ones(2, dtype=torch.float16)
print(t + torch.ones(2), (t + torch.ones(2)).dtype, (t + 1.5).dtype)
print(torch.get_default_dtype(), torch.tensor(1.5).dtype, torch.tensor(1).dtype)
print(torch.result_type(torch.ones(1, dtype=torch.int32), 2.0), torch.promote_types(torch.int64, torch.float16))
