# A small convnet: shapes after each layer, counting parameters, and the flatten size for the Linear.
import torch
import torch.nn as nn
import torch.nn.functional as F

class Net(nn.Module):
    def __init__(self, n_chans1=4):
        super().__init__()
        self.n_chans1 = n_chans1
        self.conv1 = nn.Conv2d(3, n_chans1, kernel_size=3, padding=1)
        self.conv2 = nn.Conv2d(n_chans1, n_chans1 // 2, kernel_size=3, padding=1)
        self.fc1 = nn.Linear(4 * 4 * n_chans1 // 2, 8)
        self.fc2 = nn.Linear(8, 2)

    def forward(self, x):
        out = F.max_pool2d(torch.tanh(self.conv1(x)), 2)
        out = F.max_pool2d(torch.tanh(self.conv2(out)), 2)
        out = out.view(-1, 4 * 4 * self.n_chans1 // 2)
        out = torch.tanh(self.fc1(out))
        return self.fc2(out)

torch.manual_seed(0)
model = Net()
numel_list = [p.numel() for p in model.parameters()]
print(sum(numel_list), numel_list)
out = model(torch.randn(5, 3, 16, 16))
print(out.shape)
try:
    model(torch.randn(1, 3, 32, 32)).shape
except RuntimeError as e:
    print(e)
print(out.argmax(1).shape)
