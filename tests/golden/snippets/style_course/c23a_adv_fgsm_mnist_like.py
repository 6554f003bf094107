# FGSM on a tiny CNN for 1x6x6 "digits": shapes, loss change, grad sign counts
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(14)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3)
        self.fc = nn.Linear(2 * 2 * 2, 3)
    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv(x)), 2)
        return self.fc(torch.flatten(x, 1))
net = Net().eval()
x = torch.rand(2, 1, 6, 6, requires_grad=True)
y = torch.tensor([1, 2])
loss = F.cross_entropy(net(x), y)
loss.backward()
x_adv = (x + 0.1 * x.grad.sign()).clamp(0, 1)
adv_loss = F.cross_entropy(net(x_adv), y)
print(net(x).shape, x.grad.shape)
print(adv_loss.item() > loss.item())
print(x_adv.grad_fn.name(), (x.grad != 0).sum().item() <= 72)
