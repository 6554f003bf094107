# Training in float64: model.double(), set_default_dtype, dtype errors between float32 inputs and float64 weights.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1).double()
x = torch.randn(4, 2, dtype=torch.float64)
print(model(x).dtype, model.weight.dtype)
try:
    model(torch.randn(4, 2))
except RuntimeError as e:
    print(e)
torch.set_default_dtype(torch.float64)
print(torch.tensor([1.5]).dtype, torch.randn(2).dtype, nn.Linear(2, 2).weight.dtype)
m2 = nn.Linear(2, 1)
opt = torch.optim.SGD(m2.parameters(), lr=0.1)
for _ in range(3):
    opt.zero_grad()
    loss = ((m2(x) - 1.0) ** 2).mean()
    loss.backward()
    opt.step()
print(loss, loss.item())
torch.set_default_dtype(torch.float32)
print(torch.tensor([1.5]).dtype, m2.weight.dtype, m2.float().weight.dtype)
