# Following a loss back through grad_fn.next_functions.
import torch
import torch.nn as nn

torch.manual_seed(10)
net = nn.Sequential(nn.Linear(6, 5), nn.ReLU(), nn.Linear(5, 3))
input = torch.randn(1, 6)
output = net(input)
target = torch.randn(3)
target = target.view(1, -1)
criterion = nn.MSELoss()
loss = criterion(output, target)
print(loss)
print(loss.grad_fn)
print(loss.grad_fn.next_functions[0][0])
print(loss.grad_fn.next_functions[0][0].next_functions[0][0])
print(type(loss.grad_fn).__name__)
