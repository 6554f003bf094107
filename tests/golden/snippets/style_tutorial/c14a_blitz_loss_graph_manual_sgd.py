# Blitz: a loss's backward graph walked by name, a by-hand SGD update with .data, then the optimizer doing the same.
import torch
import torch.nn as nn

torch.manual_seed(1407)
tiny = nn.Sequential(nn.Linear(6, 4), nn.ReLU(), nn.Linear(4, 2))
batch = torch.randn(3, 6)
goal = torch.randn(1, 2)
mse = nn.MSELoss()
value = mse(tiny(batch), goal)
print(value)
node = value.grad_fn
while node is not None:
    print(type(node).__name__, len(node.next_functions))
    node = node.next_functions[0][0] if node.next_functions else None
tiny.zero_grad()
print(tiny[0].bias.grad)
value.backward()
print(tiny[0].bias.grad)
for prm in tiny.parameters():
    prm.data.add_(prm.grad.data, alpha=-0.05)
print(tiny[2].bias)
sgd = torch.optim.SGD(tiny.parameters(), lr=0.05)
sgd.zero_grad()
value = mse(tiny(batch), goal)
value.backward()
sgd.step()
print(value.item(), mse(tiny(batch), goal).item())
