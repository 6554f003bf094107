# Vanilla saliency: |d score / d input| for a tiny MLP classifier
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 3))
net.eval()
x = torch.randn(1, 6, requires_grad=True)
logits = net(x)
pred = logits.argmax(dim=1).item()
print("predicted class:", pred)
logits[0, pred].backward()
saliency = x.grad.abs().squeeze()
print(saliency)
print("most salient feature:", saliency.argmax().item())
print(x.grad.shape, x.grad.dtype)
