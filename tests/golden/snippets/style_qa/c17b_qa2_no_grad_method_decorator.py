# Q: using torch.no_grad() as a decorator on a model method
import torch
from torch import nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return self.fc(x)

    @torch.no_grad()
    def predict(self, x):
        return self.fc(x)

    @torch.inference_mode()
    def score(self, x):
        return self.fc(x).sum()

net = Net()
x = torch.ones(3, 2)
print(net.predict(x).requires_grad, net(x).requires_grad)
s = net.score(x)
print(s.requires_grad, s.is_inference(), torch.is_inference_mode_enabled())
with torch.inference_mode(mode=False):
    print(torch.is_inference_mode_enabled(), net(x).requires_grad)
