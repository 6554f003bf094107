import torch
import torch.nn as nn

torch.manual_seed(55)
net = nn.Sequential(nn.Linear(3, 6), nn.Dropout(0.5), nn.Linear(6, 2))
s = torch.randn(1, 3)
net.eval()
with torch.inference_mode():
    q = net(s)
print(q.requires_grad, torch.is_inference(q))
print(q.argmax(dim=1).item())
net.train()
print(net.training, net[1].training)
try:
    q.add_(1)
except RuntimeError as e:
    print(e)
