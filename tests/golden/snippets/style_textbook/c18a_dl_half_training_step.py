# A float16 model on CPU: one SGD step, grads and updated weights in half
import torch
from torch import nn

torch.manual_seed(29)
model = nn.Linear(3, 2).half()
x = torch.randn(4, 3).half()
target = torch.randn(4, 2).half()
loss = ((model(x) - target) ** 2).mean()
print(loss)
loss.backward()
print(model.weight.grad)
torch.optim.SGD(model.parameters(), lr=0.1).step()
print(model.weight)
