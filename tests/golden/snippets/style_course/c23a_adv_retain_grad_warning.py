# Grabbing the gradient of a hidden activation for attribution: .grad of a non-leaf warns unless retained
import torch

inp = torch.tensor([0.5, -1.5, 2.0], requires_grad=True)
hidden = torch.relu(inp * 3)
score = (hidden * hidden).mean()
score.backward()
print(hidden.grad)
hidden = torch.relu(inp * 3)
hidden.retain_grad()
(hidden * hidden).mean().backward()
print(hidden.grad, hidden.is_leaf)
print(inp.grad)
